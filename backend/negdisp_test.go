package backend

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Accesses at x - c, which amd64 makes at membase + x - c (abi.MaxNegDisp),
// have Wasm's semantics at every edge: x - c wrapping below zero traps
// (in the runtime's pre-guard) without writing, as does an access
// straddling the end; in between they read and write the right bytes.
// With a static offset x - c is computed apart (a wrap would not be
// caught).
// Each function is optimized, so the subtraction reaches the selector in
// the shape clang gives it (x - c and x + -c).
func TestNegativeDisplacement(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I64}},
		{Params: []wasm.ValType{wasm.I32, wasm.I64}},
	}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	type access struct {
		c     int32 // subtracted
		width uint32
		add   bool   // x + -c rather than x - c
		off   uint32 // static offset: then x - c is computed apart
	}
	accesses := []access{{48, 8, false, 0}, {16, 8, true, 0}, {1, 4, false, 0}, {32768, 1, true, 0}, {3, 2, false, 0}, {24, 8, false, 16}}
	for _, a := range accesses {
		addr := func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0)
			if a.add {
				c.I32Const(-a.c).Op(wasm.OpI32Add)
			} else {
				c.I32Const(a.c).Op(wasm.OpI32Sub)
			}
		}
		var ld, st wasmgen.Code
		addr(&ld)
		addr(&st)
		st.Op(wasm.OpLocalGet).U32(1)
		switch a.width {
		case 8:
			ld.Op(wasm.OpI64Load).MemArg(3, a.off)
			st.Op(wasm.OpI64Store).MemArg(3, a.off)
		case 4:
			ld.Op(wasm.OpI64Load32U).MemArg(2, 0)
			st.Op(wasm.OpI64Store32).MemArg(2, 0)
		case 2:
			ld.Op(wasm.OpI64Load16U).MemArg(1, 0)
			st.Op(wasm.OpI64Store16).MemArg(1, 0)
		case 1:
			ld.Op(wasm.OpI64Load8U).MemArg(0, 0)
			st.Op(wasm.OpI64Store8).MemArg(0, 0)
		}
		n := uint32(len(m.Funcs))
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Body: ld.B}, wasmgen.Func{TypeIndex: 1, Body: st.B})
		m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("load", a.c), Kind: wasm.ExternFunc, Index: n},
			wasmgen.Export{Name: fmt.Sprint("store", a.c), Kind: wasm.ExternFunc, Index: n + 1})
	}
	mod, err := wasm.Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(context.Background(), mod, Options{Target: HostTarget()})
	if err != nil {
		t.Fatal(err)
	}
	lm, err := instance.Load(mod, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lm.Close() })
	inst, err := instance.Instantiate(context.Background(), lm, func(string, string) (instance.Extern, bool) { return instance.Extern{}, false })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Close() })
	mem := inst.Memory().Bytes()
	for i := range mem {
		mem[i] = byte(i*7 + i>>8)
	}
	const size = 65536
	for _, a := range accesses {
		c := uint32(a.c)
		for _, x := range []uint32{0, 1, c - 1, c, c + 1, c + 5, size + c - a.width, size + c - a.width + 1, size + c - 1, size + c,
			0x7fffffff, 0x80000000, 0xffffffff, 0xfffffff0} {
			ea := uint64(x-c) + uint64(a.off) // Wasm's effective address: the i32 difference wraps
			inBounds := ea+uint64(a.width) <= size
			s := []uint64{uint64(x)}
			err := inst.Exports()[fmt.Sprint("load", a.c)].Func.Call(context.Background(), s)
			what := fmt.Sprintf("load%d at %#x - %d", a.width*8, x, c)
			if !inBounds {
				var tr *trap.Trap
				if !errors.As(err, &tr) || tr.Code != trap.CodeOutOfBoundsMemoryAccess {
					t.Fatalf("%s: got %v, want out of bounds memory access", what, err)
				}
				before := append([]byte(nil), mem...)
				err := inst.Exports()[fmt.Sprint("store", a.c)].Func.Call(context.Background(), []uint64{uint64(x), 0x1122334455667788})
				if !errors.As(err, &tr) || tr.Code != trap.CodeOutOfBoundsMemoryAccess {
					t.Fatalf("store at %#x - %d: got %v, want out of bounds memory access", x, c, err)
				}
				if string(before) != string(mem) {
					t.Fatalf("store at %#x - %d trapped but wrote", x, c)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			var buf [8]byte
			copy(buf[:], mem[ea:ea+uint64(a.width)])
			if want := binary.LittleEndian.Uint64(buf[:]); s[0] != want {
				t.Fatalf("%s = %#x, want %#x", what, s[0], want)
			}
			v := uint64(0x0102030405060708) * uint64(x|1)
			if err := inst.Exports()[fmt.Sprint("store", a.c)].Func.Call(context.Background(), []uint64{uint64(x), v}); err != nil {
				t.Fatalf("store at %#x - %d: %v", x, c, err)
			}
			binary.LittleEndian.PutUint64(buf[:], v)
			if got := mem[ea : ea+uint64(a.width)]; string(got) != string(buf[:a.width]) {
				t.Fatalf("store at %#x - %d wrote %x, want %x", x, c, got, buf[:a.width])
			}
		}
	}
}
