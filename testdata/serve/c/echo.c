// echo: returns the request body verbatim, with the request's Content-Type,
// and reports the request's method, query and headers as response headers:
// X-Echo-Method, X-Echo-Query, and one Echo-NAME header per HTTP_NAME
// variable (HTTP_USER_AGENT becomes Echo-User-Agent).
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static void header_name(const char *var, size_t n) {
	// HTTP_USER_AGENT -> User-Agent
	int start = 1;
	for (size_t i = 0; i < n; i++) {
		char c = var[i];
		if (c == '_') {
			putchar('-');
			start = 1;
		} else {
			putchar(start ? toupper((unsigned char)c) : tolower((unsigned char)c));
			start = 0;
		}
	}
}

int main(void) {
	const char *ct = getenv("CONTENT_TYPE");
	const char *method = getenv("REQUEST_METHOD");
	const char *query = getenv("QUERY_STRING");
	printf("Content-Type: %s\n", ct && *ct ? ct : "application/octet-stream");
	printf("X-Echo-Method: %s\n", method ? method : "");
	printf("X-Echo-Query: %s\n", query ? query : "");
	for (char **e = environ; *e; e++) {
		if (strncmp(*e, "HTTP_", 5) != 0)
			continue;
		const char *eq = strchr(*e, '=');
		if (!eq)
			continue;
		fputs("Echo-", stdout);
		header_name(*e + 5, (size_t)(eq - *e - 5));
		printf(": %s\n", eq + 1);
	}
	putchar('\n');
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		fwrite(buf, 1, n, stdout);
	return 0;
}
