// Command kiln compiles and runs WebAssembly modules.
//
// Usage:
//
//	kiln run [flags] FILE.wasm|FILE.kiln [ARGS...]
//	kiln compile [--target amd64|arm64] [-o OUT] FILE.wasm
//	kiln cache dir | size | clean [--max-size N]
//	kiln spectest [--report FILE] [--engine ENGINE] PATH...
//	kiln objdump [--func F] [--stage S,...] FILE.wasm
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"
)

// exitError carries a process exit status out of a subcommand.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

type subcommand struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) error
}

var subcommands = []subcommand{
	{"run", "run a WebAssembly module (WASI command or --invoke an export)", runRun},
	{"compile", "compile a module ahead of time into a native artifact", runCompile},
	{"cache", "manage the cache of compiled modules", runCache},
	{"objdump", "compile a module and disassemble its machine code", runObjdump},
	{"spectest", "run WebAssembly spec test scripts (JSON form)", runSpectest},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range subcommands {
		if c.name == args[0] {
			err := c.run(args[1:], stdout, stderr)
			if err == nil {
				return 0
			}
			var ee *exitError
			if errors.As(err, &ee) {
				if ee.err != nil && ee.err.Error() != "" {
					fmt.Fprintf(stderr, "kiln %s: %v\n", c.name, ee.err)
				}
				return ee.code
			}
			fmt.Fprintf(stderr, "kiln %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "kiln: unknown command %q (try kiln help)\n", args[0])
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Kiln compiles WebAssembly modules to native code and runs them.")
	fmt.Fprintln(w, "\nUsage: kiln COMMAND [flags] [arguments]\n\nCommands:")
	for _, c := range subcommands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun kiln COMMAND --help for a command's flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: kiln %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping --help to success and bad flags to
// status 2.
func parseFlags(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return &exitError{code: 0, err: errors.New("")}
		}
		return &exitError{code: 2, err: err}
	}
	return nil
}
