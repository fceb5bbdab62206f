package backend

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// memBulkModule: a 1-page memory (at most 2) and exports copy(d, s, n),
// fill(d, v, n), and copy_at and unreachable_at, whose bodies are the
// same up to the trapping instruction (memory.copy 65530 0 7, out of
// bounds, or unreachable), so that it starts at the same offset in both.
func memBulkModule() *wasm.Module {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}}, {}}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 2, HasMax: true}
	var copyBody, fillBody, at, unr wasmgen.Code
	copyBody.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(2).Op(wasm.OpMemoryCopy).Byte(0).Byte(0)
	fillBody.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(2).Op(wasm.OpMemoryFill).Byte(0)
	prefix := func(c *wasmgen.Code) {
		c.Op(wasm.OpNop).I32Const(65530).I32Const(0).I32Const(7)
	}
	prefix(&at)
	at.Op(wasm.OpMemoryCopy).Byte(0).Byte(0)
	prefix(&unr)
	unr.Op(wasm.OpUnreachable).Op(wasm.OpDrop).Op(wasm.OpDrop).Op(wasm.OpDrop)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: copyBody.B}, {TypeIndex: 0, Body: fillBody.B}, {TypeIndex: 1, Body: at.B}, {TypeIndex: 1, Body: unr.B}}
	m.Exports = []wasmgen.Export{{Name: "copy", Kind: wasm.ExternFunc, Index: 0}, {Name: "fill", Kind: wasm.ExternFunc, Index: 1},
		{Name: "copy_at", Kind: wasm.ExternFunc, Index: 2}, {Name: "unreachable_at", Kind: wasm.ExternFunc, Index: 3}}
	b := m.Encode()
	mod, err := wasm.Decode(b)
	if err != nil {
		panic(err)
	}
	return mod
}

// memory.copy and memory.fill run natively (no host exit) with the
// spec's semantics at the edge of memory: out of bounds by one byte of
// the destination or the source traps "out of bounds memory access"
// without writing anything, at the instruction's own Wasm offset; a
// zero-length operation at the very end is in bounds; after the host
// grows the memory, the checks follow its new size.
func TestMemoryCopyFillBounds(t *testing.T) {
	m := memBulkModule()
	c, err := Compile(context.Background(), m, Options{Target: HostTarget()})
	if err != nil {
		t.Fatal(err)
	}
	inst := instantiate(t, m, c)
	mem := inst.Memory()
	call := func(name string, args ...uint32) error {
		s := make([]uint64, max(len(args), 1))
		for i, a := range args {
			s[i] = uint64(a)
		}
		return inst.Exports()[name].Func.Call(context.Background(), s)
	}
	wantOOB := func(err error, what string) *trap.Trap {
		t.Helper()
		var tr *trap.Trap
		if !errors.As(err, &tr) || tr.Code != trap.CodeOutOfBoundsMemoryAccess {
			t.Fatalf("%s: got %v, want out of bounds memory access", what, err)
		}
		return tr
	}
	const size = 65536
	if err := call("fill", size-6, 0x15a, 6); err != nil { // only the low byte counts
		t.Fatal(err)
	}
	tail := func() []byte { return bytes.Clone(mem.Bytes()[size-6 : size]) }
	if !bytes.Equal(tail(), bytes.Repeat([]byte{0x5a}, 6)) {
		t.Fatalf("fill wrote %x", tail())
	}
	before := tail()
	wantOOB(call("fill", size-6, 1, 7), "fill one byte too many")
	wantOOB(call("fill", 0xffffffff, 1, 2), "fill wrapping in 32 bits")
	wantOOB(call("copy", size-6, 0, 7), "copy to one byte too many")
	wantOOB(call("copy", 0, size-6, 7), "copy from one byte too many")
	wantOOB(call("copy", 0xfffffff0, 0, 0x20), "copy wrapping in 32 bits")
	if got := tail(); !bytes.Equal(got, before) {
		t.Fatalf("a trapping operation wrote: %x, was %x", got, before)
	}
	for _, args := range [][3]uint32{{size, 0, 0}, {0, size, 0}, {size, 0x77, 0}} {
		name := "copy"
		if args[1] == 0x77 {
			name = "fill"
		}
		if err := call(name, args[0], args[1], args[2]); err != nil {
			t.Errorf("%s %v (zero length at the end): %v", name, args, err)
		}
	}
	wantOOB(call("copy", size+1, 0, 0), "zero-length copy past the end")
	if err := call("copy", 0, size-6, 6); err != nil {
		t.Fatal(err)
	}
	if got := mem.Bytes()[:6]; !bytes.Equal(got, before) {
		t.Fatalf("copy wrote %x, want %x", got, before)
	}

	// Where: the same offset and function as an unreachable there.
	got := wantOOB(call("copy_at"), "copy_at")
	var ref *trap.Trap
	if err := call("unreachable_at"); !errors.As(err, &ref) || ref.Code != trap.CodeUnreachable {
		t.Fatalf("unreachable_at: %v", err)
	}
	if got.Offset != ref.Offset || got.NativeOffset || got.Func != 2 || ref.Func != 3 {
		t.Errorf("memory.copy trapped at function %d offset %#x (native %v), unreachable at function %d offset %#x",
			got.Func, got.Offset, got.NativeOffset, ref.Func, ref.Offset)
	}

	// The bounds follow memory.grow (here by the host).
	wantOOB(call("fill", size, 1, 100), "fill in the second page before it exists")
	if mem.Grow(1) != 1 {
		t.Fatal("grow failed")
	}
	if err := call("fill", size-50, 0xab, 100); err != nil {
		t.Fatalf("fill across the pages after the grow: %v", err)
	}
	if err := call("copy", 2*size-100, size-50, 100); err != nil {
		t.Fatalf("copy to the end after the grow: %v", err)
	}
	if got := mem.Bytes()[2*size-100:]; !bytes.Equal(got, bytes.Repeat([]byte{0xab}, 100)) {
		t.Fatalf("after the grow, copy wrote %x", got)
	}
	wantOOB(call("copy", 2*size-99, 0, 100), "copy one byte past the grown memory")
}
