package serve_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/serve"
)

// A Handler is an http.Handler: here it serves a CGI module under /hello
// of an application's own mux.
func ExampleNew() {
	wasm, err := os.ReadFile("../testdata/serve/hello-c.wasm")
	if err != nil {
		log.Fatal(err)
	}
	mod, err := kiln.Compile(context.Background(), wasm)
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	h, err := serve.New(serve.Config{
		Routes:  []serve.Route{{Path: "/hello", Module: mod, Name: "hello.wasm"}},
		Timeout: 5 * time.Second,
		Log:     io.Discard,
	})
	if err != nil {
		log.Fatal(err)
	}
	defer h.Close()
	mux := http.NewServeMux()
	mux.Handle("/hello", h)
	mux.Handle("/metrics", h.Metrics())

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/hello", nil))
	fmt.Print(rec.Code, " ", rec.Header().Get("Content-Type"), " ", rec.Body.String())
	// Output: 200 text/plain; charset=utf-8 Hello, world!
}

// A Server runs a Handler until its context ends, then shuts down
// gracefully (kiln serve cancels the context at SIGINT or SIGTERM).
func ExampleServer() {
	wasm, err := os.ReadFile("../testdata/serve/hello-c.wasm")
	if err != nil {
		log.Fatal(err)
	}
	mod, err := kiln.Compile(context.Background(), wasm)
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	h, err := serve.New(serve.Config{Routes: []serve.Route{{Path: "/", Module: mod}}, Log: io.Discard})
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- (&serve.Server{Handler: h}).Serve(ctx, ln, nil) }()

	resp, err := http.Get("http://" + ln.Addr().String() + "/any/path")
	if err != nil {
		log.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(resp.StatusCode, " ", string(body))
	stop()
	fmt.Println(<-done)
	// Output:
	// 200 Hello, world!
	// <nil>
}
