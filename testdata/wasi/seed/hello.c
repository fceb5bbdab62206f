/* Seed scenario (C): print a greeting, then write it to output.txt in the
 * current directory. wasi-libc resolves relative paths against the preopen
 * named "." (or any preopen whose name is a prefix of the cwd, "/" by
 * default), so the host must map a directory to "." (or "/"). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *msg = "Hello from WASI!";
    printf("%s\n", msg);
    fflush(stdout);
    FILE *f = fopen("output.txt", "w");
    if (f == NULL) {
        fprintf(stderr, "Error opening output.txt: %s\n", strerror(errno));
        return 1;
    }
    if (fprintf(f, "%s\n", msg) < 0 || fclose(f) != 0) {
        fprintf(stderr, "Error writing output.txt: %s\n", strerror(errno));
        return 1;
    }
    printf("Successfully wrote to output.txt\n");
    return 0;
}
