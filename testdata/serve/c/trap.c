// trap (hostile): starts a response, then executes `unreachable` (a Wasm
// trap, as a crashing native CGI program would segfault). The server
// answers 500 Internal Server Error.
#include <stdio.h>

int main(void) {
	fputs("Content-Type: text/plain\n\npartial", stdout);
	__builtin_trap();
}
