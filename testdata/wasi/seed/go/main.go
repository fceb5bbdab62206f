// Seed scenario (Go, GOOS=wasip1): print a greeting, then write it to
// output.txt in the current directory.
//
// Go's wasip1 port makes relative paths absolute against PWD (default: the
// first preopen's name) and matches preopens by guest-path prefix, so a
// plain os.WriteFile("output.txt") never reaches a preopen named "." (the
// C and Rust versions use one). Opening "." as an os.Root does match it, and
// the file is then created relative to that directory: the program works
// with --mapdir .::. as well as with a directory mapped to "/".
package main

import (
	"fmt"
	"os"
)

func main() {
	msg := "Hello from WASI!"
	fmt.Println(msg)
	if err := write(msg + "\n"); err != nil {
		fmt.Fprintf(os.Stderr, "Error writing to output.txt: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("Successfully wrote to output.txt")
}

func write(s string) error {
	root, err := os.OpenRoot(".")
	if err != nil {
		return err
	}
	defer root.Close()
	f, err := root.Create("output.txt")
	if err != nil {
		return err
	}
	if _, err := f.WriteString(s); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
