// Command kiln compiles and runs WebAssembly modules.
//
// Usage:
//
//	kiln run [flags] FILE.wasm|FILE.kiln [ARGS...]
//	kiln FILE.wasm|FILE.kiln [ARGS...]      (the same as kiln run)
//	kiln serve [flags] [MODULE]             (runs kiln-serve, cmd/kiln/kiln-serve)
//	kiln compile [--target ARCH] [-o OUT] FILE.wasm
//	kiln cache [--cache-dir DIR] [--max-size N] dir|size|clean
//	kiln objdump [--func F]... [--stage S,...] [--target ARCH] FILE.wasm
//	kiln spectest [--report FILE] [--engine ENGINE] [--known-failures FILE] PATH...
//	kiln version
//	kiln help [COMMAND]
//
// Each command's full synopsis, with every flag, is in kiln help COMMAND;
// the exit statuses are listed in kiln help (exitStatusHelp below).
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

// Exit statuses: one rule for every command (exitStatusHelp says it to
// users): cli.ExitOK, cli.ExitFailure and cli.ExitUsage (0, 1, 2), and
// kiln run's own.
const (
	// exitTimeout is kiln run's status when --timeout ends the guest:
	// 124, as coreutils timeout(1) uses.
	exitTimeout = 124
	// exitTrap is kiln run's status when the guest traps: 128+SIGABRT, as
	// wasmtime uses.
	exitTrap = 134
	// A signal (SIGINT, SIGTERM) that stops kiln run gives 128+n, as a
	// shell reports a process the signal killed: 130 and 143.
	exitSignalBase = 128
)

const exitStatusHelp = `Exit status:
  0    success
  N    kiln run: the guest called proc_exit(N) (0 to 255; a larger N gives 255)
  1    the module is invalid, unsupported, or cannot be linked or instantiated
       (an unknown import, a limit, a segment out of bounds, a _start that is
       not a WASI command's), or another error
  2    usage: an unknown command or flag, a bad flag value, a missing or
       unreadable FILE, no such export, wrong arguments for --invoke
  124  kiln run: --timeout expired
  130  kiln run: stopped by SIGINT (Ctrl-C); 143: by SIGTERM
  134  kiln run: the guest trapped (unreachable, out of bounds access, call
       stack exhausted, ...); the trap and its backtrace go to stderr
(kiln run's own failures use 1 and 2; a guest may exit with any status.)`

type subcommand struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) error
}

var subcommands []subcommand

func init() {
	// (Assigned in init: runHelp refers to subcommands.)
	subcommands = []subcommand{
		{"run", "run a WebAssembly module (WASI command or --invoke an export)", runRun},
		{"serve", "serve HTTP requests with modules (CGI), a fresh instance per request", runServe},
		{"compile", "compile a module ahead of time into a native artifact", runCompile},
		{"cache", "manage the cache of compiled modules", runCache},
		{"objdump", "compile a module and disassemble its machine code", runObjdump},
		{"spectest", "run WebAssembly spec test scripts (JSON form)", runSpectest},
		{"version", "print the versions of Kiln, Go and the ABI, and the target", runVersion},
		{"help", "print help on kiln or on a command", runHelp},
	}
}

func main() {
	exitAfterRun = true
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return cli.ExitUsage
	}
	switch args[0] {
	case "-h", "--help":
		usage(stdout)
		return cli.ExitOK
	case "-V", "--version":
		args = append([]string{"version"}, args[1:]...)
	}
	c, ok := lookupCommand(args[0])
	if !ok {
		if !runShorthand(args[0]) {
			fmt.Fprintf(stderr, "kiln: unknown command %q (kiln help lists the commands; kiln run FILE runs a module)\n", args[0])
			return cli.ExitUsage
		}
		c, _ = lookupCommand("run")
		args = append([]string{"run"}, args...)
	}
	return cli.Status(c.name, c.run(args[1:], stdout, stderr), stderr)
}

func lookupCommand(name string) (subcommand, bool) {
	for _, c := range subcommands {
		if c.name == name {
			return c, true
		}
	}
	return subcommand{}, false
}

// runShorthand reports whether kiln ARG... means kiln run ARG...: when ARG
// (which is no command name) is a flag (of kiln run), names a file that
// exists, or ends in .wasm or .kiln. A module file named like a command
// is run with kiln run NAME (or ./NAME).
func runShorthand(arg string) bool {
	if strings.HasPrefix(arg, "-") && arg != "-" {
		return true
	}
	if strings.HasSuffix(arg, ".wasm") || strings.HasSuffix(arg, ".kiln") {
		return true
	}
	st, err := os.Stat(arg)
	return err == nil && !st.IsDir()
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Kiln compiles WebAssembly modules to native code and runs them.")
	fmt.Fprint(w, "\nUsage:\n  kiln COMMAND [flags] [arguments]\n  kiln [run flags] FILE.wasm|FILE.kiln [ARGS...]   (short for kiln run)\n\nCommands:\n")
	for _, c := range subcommands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nkiln help COMMAND (or kiln COMMAND --help) gives a command's synopsis and flags;")
	fmt.Fprintln(w, "kiln --version is kiln version.")
	fmt.Fprintln(w, "\n"+exitStatusHelp)
}

const helpSynopsis = `help [COMMAND]

Prints an overview of kiln, or COMMAND's synopsis, description and flags
(the same as kiln COMMAND --help).`

func runHelp(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("help", helpSynopsis, stdout)
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	switch fs.NArg() {
	case 0:
		usage(stdout)
		return nil
	case 1:
		c, ok := lookupCommand(fs.Arg(0))
		if !ok {
			return cli.UsageError("no command %q (kiln help lists them)", fs.Arg(0))
		}
		return c.run([]string{"--help"}, stdout, stderr)
	}
	return cli.UsageError("want one command, got %d arguments", fs.NArg())
}

const versionSynopsis = `version

Prints the Kiln version (the version artifacts are tagged with: compiled
code runs only under the Kiln that made it), the Go version Kiln was built
with, the ABI version of its generated code, the target it compiles for on
this machine and the optional CPU features that code uses. kiln --version
prints the same.`

func runVersion(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("version", versionSynopsis, stdout)
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return cli.UsageError("takes no arguments")
	}
	tg := backend.HostTarget()
	target := fmt.Sprintf("%s/%s", runtime.GOOS, runtime.GOARCH)
	features := tg.Features.String()
	if tg.Arch == abi.ArchUnknown {
		target += " (no backend: Kiln cannot run code here)"
		features = "-"
	} else if tg.Features == 0 {
		features = "none (baseline " + tg.Arch.String() + ")"
	}
	fmt.Fprintf(stdout, "kiln %s\n", artifact.Version())
	fmt.Fprintf(stdout, "go version:      %s\n", runtime.Version())
	fmt.Fprintf(stdout, "abi version:     %d\n", abi.Version)
	fmt.Fprintf(stdout, "artifact format: %d\n", artifact.FormatVersion)
	fmt.Fprintf(stdout, "target:          %s\n", target)
	fmt.Fprintf(stdout, "cpu features:    %s\n", features)
	return nil
}
