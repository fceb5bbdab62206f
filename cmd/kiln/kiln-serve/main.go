// Command kiln-serve is kiln serve: kiln serve ARGS... runs kiln-serve
// ARGS..., which it looks for beside the kiln executable, then on PATH
// (go install ./cmd/kiln/... installs both). It is a program of its own
// so that kiln does not link net/http: the initialization of net/http,
// crypto/tls and their dependencies, and the larger binary, cost every
// kiln run 0.3-0.4 ms. See kiln help serve, or kiln-serve --help.
package main

import (
	"io"
	"os"

	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	return cli.Status("serve", runServe(args, stdout, stderr), stderr)
}
