// Seed scenario (Go, GOOS=wasip1): print a greeting, then write it to
// output.txt in the current directory. Go's wasip1 port takes its working
// directory from the PWD environment variable (default "/"), makes relative
// paths absolute against it and then picks the preopen with the longest
// matching guest-path prefix; a preopen named "." is never matched. So the
// host must map the directory to "/" (no PWD needed), or to an absolute
// guest path such as /work and pass PWD=/work. Mapping it to "." (enough for
// the C and Rust versions) fails with EBADF.
package main

import (
	"fmt"
	"os"
)

func main() {
	msg := "Hello from WASI!"
	fmt.Println(msg)
	if err := os.WriteFile("output.txt", []byte(msg+"\n"), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "Error writing to output.txt: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("Successfully wrote to output.txt")
}
