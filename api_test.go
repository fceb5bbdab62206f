package kiln_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/wasi"
)

// A host function gets its caller during the start function too, before
// Instantiate returns: it can write the guest's memory there.
func TestCallerInStartFunction(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}}, {}, {Results: []wasm.ValType{wasm.I32}}}
	m.Imports = []wasmgen.Import{{Module: "env", Name: "init", Kind: wasm.ExternFunc, TypeIndex: 0}}
	m.Memory = &wasmgen.Memory{Min: 1}
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 1, Body: (&wasmgen.Code{}).I32Const(100).Op(wasm.OpCall).U32(0).B},            // start: init(100)
		{TypeIndex: 2, Body: (&wasmgen.Code{}).I32Const(100).Op(wasm.OpI32Load8U).MemArg(0, 0).B}, // peek: load8_u(100)
	}
	m.Start = 1
	m.Exports = []wasmgen.Export{{Name: "peek", Kind: wasm.ExternFunc, Index: 2}}
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	imports := kiln.NewImports().Func("env", "init", func(c kiln.Caller, ptr int32) error {
		return c.Memory().Write(uint64(ptr), []byte{42})
	})
	inst, err := mod.Instantiate(ctx, imports)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	if got, err := inst.Func("peek").Call(ctx); err != nil || got[0] != int32(42) {
		t.Fatalf("peek: %v, %v; want 42", got, err)
	}
}

// The fast form allocates nothing per call: a guest call through a
// HostFunc import allocates as much as a call that makes none.
func TestHostFuncAllocations(t *testing.T) {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, greetModule())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	var seen int
	ft := kiln.FunctionType{Params: []kiln.ValueType{kiln.ValueTypeI32, kiln.ValueTypeI32}}
	inst, err := mod.Instantiate(ctx, kiln.NewImports().HostFunc("env", "print", ft, func(ctx context.Context, c kiln.Caller, stack []uint64) error {
		b, err := c.Memory().View(uint64(uint32(stack[0])), uint64(uint32(stack[1])))
		seen += len(b)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	greet, double := inst.Func("greet"), inst.Func("double")
	withHost := testing.AllocsPerRun(100, func() { greet.Call(ctx) })
	without := testing.AllocsPerRun(100, func() { double.Call(ctx, int32(1)) })
	if seen == 0 || withHost > without {
		t.Errorf("a call through the host function allocates %v times, a call without %v (host saw %d bytes)", withHost, without, seen)
	}
}

// Compile's errors say where and why: invalid modules and unsupported
// functions are told apart with errors.Is, and the function is named once.
func TestCompileErrors(t *testing.T) {
	ctx := context.Background()
	_, err := kiln.Compile(ctx, []byte("\x00asm\x01\x00\x00\x00\x01\x01"))
	var ce *kiln.CompileError
	if !errors.As(err, &ce) || !errors.Is(err, kiln.ErrInvalid) || errors.Is(err, kiln.ErrUnsupported) || ce.Func != -1 || ce.Offset < 8 {
		t.Errorf("truncated module: %v (%+v)", err, ce)
	}

	// A type error in function 1 (after one import).
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{}, {Results: []wasm.ValType{wasm.I32}}}
	m.Imports = []wasmgen.Import{{Module: "env", Name: "f", Kind: wasm.ExternFunc, TypeIndex: 0}}
	m.Funcs = []wasmgen.Func{{TypeIndex: 1, Body: (&wasmgen.Code{}).I64Const(1).B}}
	_, err = kiln.Compile(ctx, m.Encode())
	if !errors.As(err, &ce) || !errors.Is(err, kiln.ErrInvalid) || ce.Func != 1 {
		t.Errorf("invalid function: %v (%+v)", err, ce)
	}

	// An exported function with more results than the entry shims
	// support in registers.
	results := make([]wasm.ValType, 40)
	body := &wasmgen.Code{}
	for i := range results {
		results[i] = wasm.I32
		body.I32Const(int32(i))
	}
	m = wasmgen.New()
	m.Types = []wasm.FuncType{{Results: results}}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: body.B}}
	m.Exports = []wasmgen.Export{{Name: "many", Kind: wasm.ExternFunc}}
	_, err = kiln.Compile(ctx, m.Encode())
	if !errors.As(err, &ce) || !errors.Is(err, kiln.ErrUnsupported) || errors.Is(err, kiln.ErrInvalid) || ce.Func != 0 {
		t.Fatalf("40 results: %v (%+v)", err, ce)
	}
	if n := strings.Count(err.Error(), "function 0"); n != 1 {
		t.Errorf("%q names the function %d times", err, n)
	}

	// Bodies are validated as they are compiled, largest first, but the
	// error is validation's: that of the lowest-numbered invalid body,
	// here function 1 (2 is larger), not function 0's.
	invalid := &wasmgen.Code{}
	for range 30 {
		invalid.I64Const(1)
	}
	m.Types = append(m.Types, wasm.FuncType{Results: []wasm.ValType{wasm.I32}})
	m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 1, Body: (&wasmgen.Code{}).I64Const(1).B},
		wasmgen.Func{TypeIndex: 1, Body: invalid.B})
	_, err = kiln.Compile(ctx, m.Encode())
	if !errors.As(err, &ce) || !errors.Is(err, kiln.ErrInvalid) || errors.Is(err, kiln.ErrUnsupported) || ce.Func != 1 {
		t.Errorf("invalid functions 1 and 2 after an unsupported one: %v (%+v)", err, ce)
	}
}

// Imports that do not fit are *LinkError values naming the import.
func TestLinkError(t *testing.T) {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	var le *kiln.LinkError
	for imports, want := range map[*kiln.Imports]string{
		kiln.NewImports(): "unknown import",
		kiln.NewImports().Func("env", "log", func(int64) {}): "incompatible import type",
	} {
		_, err := mod.Instantiate(ctx, imports)
		if !errors.As(err, &le) || le.Reason != want || le.Module != "env" || le.Name != "log" {
			t.Errorf("%v: want a LinkError %q for env.log", err, want)
		}
	}
}

// The types of every kind of import and export.
func TestIntrospection(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.V128, wasm.F64}, Results: []wasm.ValType{wasm.I64}}}
	m.Imports = []wasmgen.Import{
		{Module: "a", Name: "f", Kind: wasm.ExternFunc, TypeIndex: 0},
		{Module: "a", Name: "g", Kind: wasm.ExternGlobal, Global: wasm.GlobalType{Type: wasm.F32}},
		{Module: "a", Name: "t", Kind: wasm.ExternTable, Table: wasmgen.Table{Elem: wasm.ExternRef, Min: 2, Max: 9, HasMax: true}},
		{Module: "a", Name: "m", Kind: wasm.ExternMemory, Memory: wasmgen.Memory{Min: 1, Max: 3, HasMax: true}},
	}
	m.Globals = []wasmgen.Global{{Type: wasm.GlobalType{Type: wasm.I64, Mutable: true}, Init: (&wasmgen.Code{}).I64Const(7).B}}
	m.Tables = []wasmgen.Table{{Elem: wasm.FuncRef, Min: 1}}
	m.Exports = []wasmgen.Export{
		{Name: "f", Kind: wasm.ExternFunc, Index: 0}, {Name: "g0", Kind: wasm.ExternGlobal, Index: 0},
		{Name: "g1", Kind: wasm.ExternGlobal, Index: 1}, {Name: "t0", Kind: wasm.ExternTable, Index: 0},
		{Name: "t1", Kind: wasm.ExternTable, Index: 1}, {Name: "m", Kind: wasm.ExternMemory, Index: 0},
	}
	mod, err := kiln.Compile(context.Background(), m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	want := "[{a f func [v128 f64] -> [i64]} {a g global f32} {a t table of externref 2..9 elements} {a m memory 1..3 pages}]"
	if got := fmt.Sprint(mod.Imports()); got != want {
		t.Errorf("imports\n got %s\nwant %s", got, want)
	}
	want = "[{f 0 func [v128 f64] -> [i64]} {g0 0 global f32} {g1 1 global mut i64} {t0 0 table of externref 2..9 elements} {t1 1 table of funcref 1.. elements} {m 0 memory 1..3 pages}]"
	if got := fmt.Sprint(mod.Exports()); got != want {
		t.Errorf("exports\n got %s\nwant %s", got, want)
	}
	if e, ok := mod.Export("g1"); !ok || e.Index != 1 || e.Type.Kind != kiln.ExternGlobal || e.Type.Global != (kiln.GlobalType{Type: kiln.ValueTypeI64, Mutable: true}) {
		t.Errorf("Export(g1) = %v, %v", e, ok)
	}
	if _, ok := mod.Export("nope"); ok {
		t.Error("Export of a missing name")
	}
}

// No hidden process-wide limit on host functions: a module importing
// 5,000 of them links and calls the last one.
func TestManyHostImports(t *testing.T) {
	const n = 5000
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Results: []wasm.ValType{wasm.I32}}}
	imports := kiln.NewImports()
	for i := range n {
		name := fmt.Sprint("f", i)
		m.Imports = append(m.Imports, wasmgen.Import{Module: "env", Name: name, Kind: wasm.ExternFunc})
		imports.Func("env", name, func() int32 { return int32(i) })
	}
	m.Funcs = []wasmgen.Func{{Body: (&wasmgen.Code{}).Op(wasm.OpCall).U32(n - 1).Op(wasm.OpCall).U32(7).Op(wasm.OpI32Add).B}}
	m.Exports = []wasmgen.Export{{Name: "run", Kind: wasm.ExternFunc, Index: n}}
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, imports)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	if got, err := inst.Func("run").Call(ctx); err != nil || got[0] != int32(n-1+7) {
		t.Fatalf("run: %v, %v", got, err)
	}
}

// CompileFile maps an artifact (MarshalBinary gives it back) and compiles
// a .wasm; a damaged artifact wraps ErrArtifact, a missing file is the
// file system's error.
func TestCompileFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	a, err := mod.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"m.wasm": exampleModule(), "m.kiln": a, "bad.kiln": append(bytes.Clone(a[:len(a)-1]), a[len(a)-1]^1)}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"m.wasm", "m.kiln"} {
		m, err := kiln.CompileFile(ctx, filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := exampleCalls(t, m); got != exampleWant {
			t.Errorf("%s: %v, want %v", name, got, exampleWant)
		}
		if b, err := m.MarshalBinary(); err != nil || !bytes.Equal(b, a) {
			t.Errorf("%s: MarshalBinary differs from the artifact (%v)", name, err)
		}
		m.Close()
	}
	if _, err := kiln.CompileFile(ctx, filepath.Join(dir, "bad.kiln")); !errors.Is(err, kiln.ErrArtifact) {
		t.Errorf("damaged artifact: %v", err)
	}
	if _, err := kiln.CompileFile(ctx, filepath.Join(dir, "missing.wasm")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// Imports.WASI serves WASI preview 0 (wasi_unstable) too: the CLI's
// preview 0 test program runs through the API and passes its checks.
func TestWASIPreview0(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "data.txt"), []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	mod, err := kiln.CompileFile(ctx, "cmd/kiln/testdata/unstable.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	var out bytes.Buffer
	sys, err := wasi.New(wasi.Config{Stdout: &out, Dirs: []wasi.DirMount{{HostPath: dir, GuestPath: "/"}}})
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	inst, err := mod.Instantiate(ctx, kiln.NewImports().WASI(sys))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	_, err = inst.Func("_start").Call(ctx)
	var exit *kiln.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.Code == 0) {
		t.Fatalf("_start: %v (output %q)", err, out.String())
	}
	if !strings.HasSuffix(out.String(), "ok\n") {
		t.Errorf("output %q, want it to end with ok", out.String())
	}
}
