/* cfiles exercises wasi-libc's stdio, opendir, stat and rename over WASI:
 * it lists the directory given as its argument with stat sizes (sorted),
 * writes a file with fprintf, reads it back with fgets, and renames it. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
	if (argc != 2) {
		fprintf(stderr, "usage: cfiles DIR\n");
		return 2;
	}
	DIR *d = opendir(argv[1]);
	if (!d) {
		perror("opendir");
		return 1;
	}
	char *names[256];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256) {
		if (e->d_name[0] == '.')
			continue;
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof names[0], cmp);
	char path[1024];
	for (int i = 0; i < n; i++) {
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
		if (stat(path, &st) != 0) {
			perror("stat");
			return 1;
		}
		printf("%s %s %lld\n", S_ISDIR(st.st_mode) ? "dir " : "file", names[i], (long long)st.st_size);
	}
	snprintf(path, sizeof path, "%s/cfiles.tmp", argv[1]);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror("fopen");
		return 1;
	}
	fprintf(f, "%d entries\n", n);
	fclose(f);
	f = fopen(path, "r");
	char line[64];
	if (!f || !fgets(line, sizeof line, f)) {
		perror("read back");
		return 1;
	}
	fclose(f);
	char to[1024];
	snprintf(to, sizeof to, "%s/cfiles.txt", argv[1]);
	if (rename(path, to) != 0) {
		perror("rename");
		return 1;
	}
	printf("summary: %s", line);
	return 0;
}
