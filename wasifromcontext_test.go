package kiln_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"sync"
	"testing"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/wasi"
)

type sysKey struct{}

// TestWASIFromContext: one Imports serves instances on many goroutines,
// each call running against the System in its own context.
func TestWASIFromContext(t *testing.T) {
	b, err := os.ReadFile("testdata/serve/hello-c.wasm")
	if err != nil {
		t.Fatal(err)
	}
	mod, err := kiln.Compile(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	imports := kiln.NewImports().WASIFromContext(func(ctx context.Context) *wasi.System {
		s, _ := ctx.Value(sysKey{}).(*wasi.System)
		return s
	})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				var out bytes.Buffer
				sys, err := wasi.New(wasi.Config{Stdout: &out})
				if err != nil {
					t.Error(err)
					return
				}
				ctx := context.WithValue(context.Background(), sysKey{}, sys)
				inst, err := mod.Instantiate(ctx, imports)
				if err != nil {
					t.Error(err)
					return
				}
				if _, err := inst.Func("_start").Call(ctx); err != nil {
					t.Error(err)
				}
				inst.Close()
				sys.Close()
				if want := "Content-Type: text/plain; charset=utf-8\n\nHello, world!\n"; out.String() != want {
					t.Errorf("output %q, want %q", out.String(), want)
				}
			}
		}()
	}
	wg.Wait()

	// No System for the call: the WASI call traps.
	inst, err := mod.Instantiate(context.Background(), imports)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	_, err = inst.Func("_start").Call(context.Background())
	var trap *kiln.Trap
	if !errors.As(err, &trap) {
		t.Errorf("a WASI call without a System: %v, want a trap", err)
	}
}
