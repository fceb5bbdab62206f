// cases: the conformance cases of kiln serve's CGI handling, one per
// QUERY_STRING (its first word, before '&', '+' or '='), for the tests:
//
//	env           the CGI environment and arguments as the body, one per line
//	status        Status: 404 with a body
//	bad-status    a Status line that is not a status (502)
//	malformed     a first line that is not a header (502)
//	no-blank      headers without the blank line that ends them (502)
//	big-header    more than 64 KiB of header (502)
//	no-type       only a blank line: no Content-Type, Location or Status (502)
//	redirect      a client redirect (302 with Location)
//	local         a local redirect to /hello: the server serves that instead
//	local-loop    a local redirect to itself, forever (502)
//	local-body    a local Location with a body: a client redirect (302)
//	headers       several Set-Cookie lines, a hop-by-hop header, CRLF line ends
//	length        a Content-Length that matches the body
//	exit-early    proc_exit(3) before any output (502)
//	exit-after    a complete response, then proc_exit(0) (fine)
//	exit-fail     a complete response, then proc_exit(7) (502)
//	late-trap     200 KB of body (more than the server holds back), then a
//	              trap: the response has begun, so the connection is cut
//	stderr        two lines on stderr (to the server log), then a response
//	sleep=MS      sleeps MS milliseconds, then answers "slept"
//	spin=MS       computes for MS milliseconds (no host calls), then answers
//	file=PATH     the file PATH (in a directory the server grants) as the
//	              body, or 404 if it cannot be opened
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static int is(const char *q, const char *name) {
	size_t n = strlen(name);
	return strncmp(q, name, n) == 0 && (q[n] == 0 || q[n] == '&' || q[n] == '=' || q[n] == '+');
}

static long arg(const char *q) {
	const char *eq = strchr(q, '=');
	return eq ? atol(eq + 1) : 0;
}

static long now_ms(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

int main(int argc, char **argv) {
	const char *q = getenv("QUERY_STRING");
	if (!q)
		q = "";
	if (is(q, "env")) {
		fputs("Content-Type: text/plain\n\n", stdout);
		for (int i = 0; i < argc; i++)
			printf("argv[%d]=%s\n", i, argv[i]);
		for (char **e = environ; *e; e++)
			printf("%s\n", *e);
	} else if (is(q, "status")) {
		fputs("Status: 404 Not Found\nContent-Type: text/plain\n\nnothing here\n", stdout);
	} else if (is(q, "bad-status")) {
		fputs("Status: two hundred\nContent-Type: text/plain\n\nbad\n", stdout);
	} else if (is(q, "malformed")) {
		fputs("this is not a header\n\nbody\n", stdout);
	} else if (is(q, "no-blank")) {
		fputs("Content-Type: text/plain\n", stdout);
	} else if (is(q, "big-header")) {
		fputs("Content-Type: text/plain\n", stdout);
		for (int i = 0; i < 2000; i++)
			printf("X-Filler-%d: 0123456789012345678901234567890123456789\n", i);
		fputs("\nbody\n", stdout);
	} else if (is(q, "no-type")) {
		fputs("\nbody\n", stdout);
	} else if (is(q, "redirect")) {
		fputs("Location: https://example.com/elsewhere\n\n", stdout);
	} else if (is(q, "local")) {
		fputs("Location: /hello?from=local\n\n", stdout);
	} else if (is(q, "local-loop")) {
		fputs("Location: /cases?local-loop\n\n", stdout);
	} else if (is(q, "local-body")) {
		fputs("Location: /hello\nContent-Type: text/plain\n\nsee /hello\n", stdout);
	} else if (is(q, "headers")) {
		fputs("Content-Type: text/plain\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
		      "Connection: close\r\nX-Custom:  spaced value \r\n\r\nwith headers\n",
		      stdout);
	} else if (is(q, "length")) {
		fputs("Content-Type: text/plain\nContent-Length: 6\n\nsized\n", stdout);
	} else if (is(q, "exit-early")) {
		_Exit(3);
	} else if (is(q, "exit-after")) {
		fputs("Content-Type: text/plain\n\ncomplete\n", stdout);
		exit(0);
	} else if (is(q, "exit-fail")) {
		fputs("Content-Type: text/plain\n\nfailed\n", stdout);
		exit(7);
	} else if (is(q, "late-trap")) {
		fputs("Content-Type: text/plain\n\n", stdout);
		for (int i = 0; i < 200 * 1024 / 64; i++)
			fputs("0123456789012345678901234567890123456789012345678901234567890123", stdout);
		fflush(stdout);
		__builtin_trap();
	} else if (is(q, "stderr")) {
		fputs("first line to stderr\nsecond line to stderr\n", stderr);
		fputs("Content-Type: text/plain\n\nlogged\n", stdout);
	} else if (is(q, "sleep")) {
		usleep((useconds_t)arg(q) * 1000);
		fputs("Content-Type: text/plain\n\nslept\n", stdout);
	} else if (is(q, "spin")) {
		long until = now_ms() + arg(q);
		volatile unsigned long x = 0;
		while (now_ms() < until)
			for (int i = 0; i < 100000; i++)
				x++;
		fputs("Content-Type: text/plain\n\nspun\n", stdout);
	} else if (is(q, "file")) {
		FILE *f = fopen(strchr(q, '=') ? strchr(q, '=') + 1 : "", "r");
		if (!f) {
			fputs("Status: 404 Not Found\nContent-Type: text/plain\n\nno such file\n", stdout);
			return 0;
		}
		fputs("Content-Type: text/plain\n\n", stdout);
		char buf[4096];
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, f)) > 0)
			fwrite(buf, 1, n, stdout);
		fclose(f);
	} else {
		fputs("Status: 400 Bad Request\nContent-Type: text/plain\n\nunknown case\n", stdout);
	}
	return 0;
}
