// big (hostile): a 100 MB response (100 * 2^20 bytes of 'x' with a final
// newline), written 64 KiB at a time, so that it cannot fit any reasonable
// response buffer. The server must stream it (or cut it at
// --max-response) without holding it in memory.
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buf[65536];

int main(void) {
	fputs("Content-Type: application/octet-stream\n\n", stdout);
	fflush(stdout);
	memset(buf, 'x', sizeof buf);
	const long total = 100L << 20;
	for (long sent = 0; sent < total; sent += sizeof buf) {
		if (sent + (long)sizeof buf == total)
			buf[sizeof buf - 1] = '\n';
		const char *q = buf;
		size_t left = sizeof buf;
		while (left > 0) {
			ssize_t n = write(1, q, left);
			if (n <= 0)
				return 1;
			q += n;
			left -= (size_t)n;
		}
	}
	return 0;
}
