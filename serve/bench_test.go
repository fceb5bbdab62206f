package serve

import (
	"context"
	"net/http"
	"os"
	"testing"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/wasi"
)

// nullWriter is a ResponseWriter that keeps nothing.
type nullWriter struct{ h http.Header }

func (w *nullWriter) Header() http.Header         { return w.h }
func (w *nullWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w *nullWriter) WriteHeader(int)             {}

func benchModule(b *testing.B, file string) *kiln.Module {
	src, err := os.ReadFile("../testdata/serve/" + file)
	if err != nil {
		b.Fatal(err)
	}
	mod, err := kiln.Compile(context.Background(), src)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { mod.Close() })
	return mod
}

// benchCachedModule compiles testdata/serve/FILE through an artifact
// cache and loads it again from there, as kiln serve does on its second
// start: a module from the cache maps its initial memory copy-on-write
// from the artifact (a memory image) instead of applying its segments.
func benchCachedModule(b *testing.B, file string) *kiln.Module {
	src, err := os.ReadFile("../testdata/serve/" + file)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	m1, err := kiln.Compile(context.Background(), src, kiln.WithCache(dir))
	if err != nil {
		b.Fatal(err)
	}
	m1.Close()
	mod, err := kiln.Compile(context.Background(), src, kiln.WithCache(dir))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { mod.Close() })
	return mod
}

func benchServe(b *testing.B, file, path string) {
	benchServeModule(b, benchModule(b, file), path)
}

func benchServeModule(b *testing.B, mod *kiln.Module, path string) {
	h, err := New(Config{Routes: []Route{{Path: "/", Module: mod}}})
	if err != nil {
		b.Fatal(err)
	}
	req, _ := http.NewRequest("GET", "http://localhost"+path, nil)
	req.RemoteAddr = "127.0.0.1:1234"
	w := &nullWriter{h: http.Header{}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clear(w.h)
		h.ServeHTTP(w, req)
	}
	b.StopTimer()
	m := h.metrics
	n := float64(b.N)
	for i, name := range phaseNames {
		b.ReportMetric(float64(m.phase[i].Load())/n/1e3, name+"-us/op")
	}
}

func BenchmarkServeHelloC(b *testing.B)    { benchServe(b, "hello-c.wasm", "/") }
func BenchmarkServeHelloRust(b *testing.B) { benchServe(b, "hello-rust.wasm", "/") }
func BenchmarkServeHelloGo(b *testing.B)   { benchServe(b, "handlers-go.wasm", "/hello") }

// The same from the artifact cache (memory images where the module has
// enough data).
func BenchmarkServeCachedHelloC(b *testing.B) {
	benchServeModule(b, benchCachedModule(b, "hello-c.wasm"), "/")
}
func BenchmarkServeCachedHelloRust(b *testing.B) {
	benchServeModule(b, benchCachedModule(b, "hello-rust.wasm"), "/")
}
func BenchmarkServeCachedHelloGo(b *testing.B) {
	benchServeModule(b, benchCachedModule(b, "handlers-go.wasm"), "/hello")
}

// BenchmarkFloorHelloC is the floor under ServeHTTP: WASI state,
// instantiation with the shared imports, _start and close, without HTTP or
// CGI.
func BenchmarkFloorHelloC(b *testing.B) {
	mod := benchModule(b, "hello-c.wasm")
	imports := kiln.NewImports().WASIFromContext(sysFromContext)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sys, err := wasi.New(wasi.Config{})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.WithValue(context.Background(), sysKey{}, sys)
		inst, err := mod.Instantiate(ctx, imports)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := inst.Func("_start").Call(ctx); err != nil {
			b.Fatal(err)
		}
		inst.Close()
		sys.Close()
	}
}

// BenchmarkInstantiateHelloC is the same with WASI bound per instance
// (kiln.Imports.WASI), as before WASIFromContext.
func BenchmarkInstantiateHelloC(b *testing.B) {
	mod := benchModule(b, "hello-c.wasm")
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sys, err := wasi.New(wasi.Config{})
		if err != nil {
			b.Fatal(err)
		}
		inst, err := mod.Instantiate(ctx, kiln.NewImports().WASI(sys))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := inst.Func("_start").Call(ctx); err != nil {
			b.Fatal(err)
		}
		inst.Close()
		sys.Close()
	}
}
