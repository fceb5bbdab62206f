package wasibind_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/internal/testpaths"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
)

// A guest blocked in fd_read on a stdin pipe that stays open (testdata/
// hostile/readstdin.wat copies stdin to stdout) is stopped by the call's
// context deadline, through the Go API, with the trap "interrupted"; the
// same instance then runs again and sees the data sent afterwards.
func TestBlockedStdinReadDeadline(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "testdata", "hostile", "readstdin.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	var out bytes.Buffer
	sys, err := wasi.New(wasi.Config{Stdin: r, Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	inst, err := mod.Instantiate(ctx, kiln.NewImports().WASI(sys))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()

	w.Write([]byte("first\n"))
	const deadline = 200 * time.Millisecond
	dctx, cancel := context.WithTimeout(ctx, deadline)
	defer cancel()
	start := time.Now()
	_, err = inst.Func("_start").Call(dctx)
	d := time.Since(start)
	var tr *kiln.Trap
	if !errors.As(err, &tr) || tr.Code != trap.CodeInterrupted {
		t.Fatalf("got %v, want trap interrupted", err)
	}
	// The trap names the function that was blocked in fd_read.
	if tr.Func == trap.NoFunc || len(tr.Frames) == 0 {
		t.Errorf("trap %v has no location (func %d, frames %v)", tr, tr.Func, tr.Frames)
	}
	if d < deadline*3/4 || d > deadline+time.Second {
		t.Errorf("returned after %v, deadline %v", d, deadline)
	}
	if out.String() != "first\n" {
		t.Errorf("stdout %q before the deadline", out.String())
	}

	// The interrupted instance still works: new data, then end of file.
	w.Write([]byte("second\n"))
	w.Close()
	if _, err := inst.Func("_start").Call(ctx); err != nil {
		t.Fatalf("second call: %v", err)
	}
	if out.String() != "first\nsecond\n" {
		t.Errorf("stdout %q", out.String())
	}
}

// Cancelling the context (rather than a deadline) gives the same trap.
func TestBlockedStdinReadCancel(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "testdata", "hostile", "readstdin.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	sys, err := wasi.New(wasi.Config{Stdin: r})
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	inst, err := mod.Instantiate(ctx, kiln.NewImports().WASI(sys))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	cctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err = inst.Func("_start").Call(cctx)
	if !errors.Is(err, trap.New(trap.CodeInterrupted)) {
		t.Fatalf("got %v, want trap interrupted", err)
	}
}
