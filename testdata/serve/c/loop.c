// loop (hostile): writes a complete header, then spins forever. Only the
// server's --timeout stops it (504 Gateway Timeout, since nothing of the
// body was sent).
#include <stdio.h>

volatile unsigned long spins;

int main(void) {
	fputs("Content-Type: text/plain\n\n", stdout);
	fflush(stdout);
	for (;;)
		spins++;
}
