// Command handlers is the Go (GOOS=wasip1) build of the example CGI
// handlers: one module, three handlers, chosen by the last element of
// SCRIPT_NAME (the route it is served under), or else the last element of
// PATH_INFO, so that one 3 MB Go binary is committed instead of three:
//
//	kiln serve --route /hello=handlers-go.wasm --route /echo=handlers-go.wasm --route /json=handlers-go.wasm
//	kiln serve --route /go=handlers-go.wasm    # /go/hello, /go/echo, /go/json
//
// hello (also the default, e.g. for the route "/"), echo and json behave
// exactly as the C and Rust handlers of the same names (see hello.go,
// echo.go, json.go). It is its own module so that the repository's
// `go vet ./...` does not build it for the host.
package main

import (
	"bufio"
	"os"
	"path"
)

func main() {
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	defer out.Flush()
	name := path.Base(os.Getenv("SCRIPT_NAME"))
	if name != "echo" && name != "json" {
		name = path.Base(os.Getenv("PATH_INFO"))
	}
	switch name {
	case "echo":
		echo(out)
	case "json":
		jsonTransform(out)
	default:
		hello(out)
	}
}
