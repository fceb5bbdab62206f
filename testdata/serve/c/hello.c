// hello: the smallest useful CGI handler. It answers every request with a
// plain-text greeting (the same bytes as the native Go handler of
// bench/cmd/servebench).
#include <stdio.h>

int main(void) {
	fputs("Content-Type: text/plain; charset=utf-8\n\nHello, world!\n", stdout);
	return 0;
}
