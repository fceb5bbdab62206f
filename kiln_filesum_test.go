package kiln_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

// binopModule is (module (func (export "f") (param i32 i32) (result i32)
// local.get 0 local.get 1 OP)): modules of one size that differ in what
// they compute.
func binopModule(op byte) []byte {
	return []byte("\x00asm\x01\x00\x00\x00\x01\x07\x01\x60\x02\x7f\x7f\x01\x7f\x03\x02\x01\x00" +
		"\x07\x05\x01\x01f\x00\x00\x0a\x09\x01\x07\x00\x20\x00\x20\x01" + string(op) + "\x0b")
}

const (
	opAdd = 0x6a
	opSub = 0x6b
	opMul = 0x6c
)

// compileFileCall loads path with CompileFile and returns f(7, 3).
func compileFileCall(t *testing.T, path string, opts ...kiln.CompileOption) int32 {
	t.Helper()
	ctx := context.Background()
	mod, err := kiln.CompileFile(ctx, path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	res, err := inst.Func("f").Call(ctx, int32(7), int32(3))
	if err != nil {
		t.Fatal(err)
	}
	return res[0].(int32)
}

// CompileFile with a cache records the hash of the file it read, uses the
// record instead of reading the file while the file is unchanged, and
// reads the file again when it changed, even with its size and mtime
// restored.
func TestCompileFileRecords(t *testing.T) {
	dir, cacheDir := t.TempDir(), t.TempDir()
	c := &artifact.Cache{Dir: cacheDir}
	records := func() int {
		t.Helper()
		n, _, err := c.FileRecords()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	p := filepath.Join(dir, "m.wasm")
	if err := os.WriteFile(p, binopModule(opAdd), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file written just now is hashed, not recorded.
	if got := compileFileCall(t, p, kiln.WithCache(cacheDir)); got != 10 {
		t.Fatalf("add: %d", got)
	}
	if n := records(); n != 0 {
		t.Fatalf("%d records for a file just written", n)
	}
	// As if it had been written long ago.
	defer kiln.SetClock(func() time.Time { return time.Now().Add(time.Minute) })()
	if got := compileFileCall(t, p, kiln.WithCache(cacheDir)); got != 10 {
		t.Fatalf("add: %d", got)
	}
	if n := records(); n != 1 {
		t.Fatalf("%d records", n)
	}

	// A hit does not read the file: a record saying that it holds another
	// module (whose artifact is in the cache) gives that module.
	q := filepath.Join(dir, "sub.wasm")
	if err := os.WriteFile(q, binopModule(opSub), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := compileFileCall(t, q, kiln.WithCache(cacheDir)); got != 4 {
		t.Fatalf("sub: %d", got)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := artifact.FileIDOf(fi)
	if !c.PutFileSum(p, id, sha256.Sum256(binopModule(opSub)), time.Now().Add(time.Minute)) {
		t.Fatal("PutFileSum")
	}
	if got := compileFileCall(t, p, kiln.WithCache(cacheDir)); got != 4 {
		t.Fatalf("with a record pointing at sub: %d, want 4", got)
	}

	// Modified in place, to the same size, with its times put back: the
	// ctime differs, the file is read again.
	mtime := fi.ModTime()
	for i := 0; ; i++ {
		time.Sleep(20 * time.Millisecond << min(i, 6))
		if err := os.WriteFile(p, binopModule(opMul), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		fi2, _ := os.Stat(p)
		if id2, _ := artifact.FileIDOf(fi2); id2.Ctime != id.Ctime || i == 8 {
			break
		}
	}
	if got := compileFileCall(t, p, kiln.WithCache(cacheDir)); got != 21 {
		t.Fatalf("modified to mul: %d, want 21", got)
	}
	// The record now says mul; without its cache entry, the file is read
	// and compiled again.
	fi, _ = os.Stat(p)
	id, _ = artifact.FileIDOf(fi)
	if sum, ok := c.FileSum(p, id); !ok || sum != sha256.Sum256(binopModule(opMul)) {
		t.Fatalf("record after the change: %v", ok)
	}
	c.Clean(0) // entries and records
	if !c.PutFileSum(p, id, sha256.Sum256(binopModule(opMul)), time.Now().Add(time.Minute)) {
		t.Fatal("PutFileSum")
	}
	if got := compileFileCall(t, p, kiln.WithCache(cacheDir)); got != 21 {
		t.Fatalf("record without its entry: %d, want 21", got)
	}
	if n, _, _ := c.Usage(); n != 1 {
		t.Errorf("%d entries", n)
	}

	// Without a cache, nothing is recorded or looked up.
	os.WriteFile(p, binopModule(opAdd), 0o644)
	if got := compileFileCall(t, p); got != 10 {
		t.Fatalf("without a cache: %d", got)
	}
}

// A module read from a pipe is compiled (and cached) but has no record:
// nothing identifies a pipe's contents. Its first bytes, read to tell an
// artifact from a .wasm, are not lost.
func TestCompileFilePipe(t *testing.T) {
	defer kiln.SetClock(func() time.Time { return time.Now().Add(time.Minute) })()
	cacheDir := t.TempDir()
	for range 2 {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			w.Write(binopModule(opSub))
			w.Close()
		}()
		got := compileFileCall(t, fmt.Sprintf("/dev/fd/%d", r.Fd()), kiln.WithCache(cacheDir))
		r.Close()
		if got != 4 {
			t.Fatalf("from a pipe: %d", got)
		}
	}
	c := &artifact.Cache{Dir: cacheDir}
	if n, _, _ := c.FileRecords(); n != 0 {
		t.Errorf("%d records for a pipe", n)
	}
	if n, _, _ := c.Usage(); n != 1 {
		t.Errorf("%d entries", n)
	}
}
