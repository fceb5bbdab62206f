// overread (hostile): reads CONTENT_LENGTH + 1 MiB bytes from stdin, i.e.
// more than the client sent, in a blocking loop. The server gives it EOF
// after the body, never a hang and never bytes of the next request on the
// same connection; it reports what it got.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
	const char *cl = getenv("CONTENT_LENGTH");
	long want = (cl ? atol(cl) : 0) + (1L << 20);
	static char buf[65536];
	long got = 0;
	int reads = 0;
	while (got < want) {
		size_t n = fread(buf, 1, sizeof buf, stdin);
		reads++;
		if (n == 0) {
			if (reads > 100)
				break; // EOF again and again: give up
			clearerr(stdin);
			continue;
		}
		got += (long)n;
	}
	printf("Content-Type: text/plain\n\nasked for %ld bytes, got %ld\n", want, got);
	return 0;
}
