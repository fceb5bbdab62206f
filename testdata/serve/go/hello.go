package main

import "bufio"

// hello answers every request with a plain-text greeting (the same bytes
// as the C and Rust handlers and the native Go handler of
// bench/cmd/servebench).
func hello(out *bufio.Writer) {
	out.WriteString("Content-Type: text/plain; charset=utf-8\n\nHello, world!\n")
}
