package backend

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// dispatchModule exports run(pc): a bytecode interpreter over linear
// memory, in the shape whose dispatch the emitters copy into the cases
// (mach.Dispatchers), with a step that two cases share:
//
//	loop: switch mem[pc] {
//	case 0: acc += 1; pc += 1; continue
//	case 1: acc *= mem[pc+1]; goto step
//	case 2: acc ^= mem[pc+1]; goto step
//	default: return acc
//	}
//	step: pc += 2; continue
func dispatchModule() []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	const pc, acc = 0, 1
	var c wasmgen.Code
	get := func(l uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(l) }
	set := func(l uint32) *wasmgen.Code { return c.Op(wasm.OpLocalSet).U32(l) }
	operand := func(op wasm.Opcode) {
		get(acc)
		get(pc).Op(wasm.OpI32Load8U).MemArg(0, 1)
		c.Op(op)
		set(acc)
	}
	c.Op(wasm.OpLoop).BlockEmpty()
	c.Op(wasm.OpBlock).BlockEmpty() // step
	c.Op(wasm.OpBlock).BlockEmpty() // ret
	c.Op(wasm.OpBlock).BlockEmpty() // c2
	c.Op(wasm.OpBlock).BlockEmpty() // c1
	c.Op(wasm.OpBlock).BlockEmpty() // c0
	get(pc).Op(wasm.OpI32Load8U).MemArg(0, 0)
	c.Op(wasm.OpBrTable).U32(3).U32(0).U32(1).U32(2).U32(3)
	c.Op(wasm.OpEnd) // c0
	get(acc).I32Const(1).Op(wasm.OpI32Add)
	set(acc)
	get(pc).I32Const(1).Op(wasm.OpI32Add)
	set(pc)
	c.Op(wasm.OpBr).U32(4) // loop
	c.Op(wasm.OpEnd)       // c1
	operand(wasm.OpI32Mul)
	c.Op(wasm.OpBr).U32(2) // step
	c.Op(wasm.OpEnd)       // c2
	operand(wasm.OpI32Xor)
	c.Op(wasm.OpBr).U32(1) // step
	c.Op(wasm.OpEnd)       // ret
	get(acc).Op(wasm.OpReturn)
	c.Op(wasm.OpEnd) // step
	get(pc).I32Const(2).Op(wasm.OpI32Add)
	set(pc)
	c.Op(wasm.OpBr).U32(0)
	c.Op(wasm.OpEnd) // loop
	c.Op(wasm.OpUnreachable)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32}, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "run", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}

// The interpreter, its dispatch copied into every case, runs random
// programs as the Go model of it does.
func TestCopiedDispatch(t *testing.T) {
	m, err := wasm.Decode(dispatchModule())
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(context.Background(), m, Options{Target: HostTarget()})
	if err != nil {
		t.Fatal(err)
	}
	inst := instantiate(t, m, c)
	mem := inst.Memory().Bytes()
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		n := 1 + r.IntN(2000)
		for i := range n {
			mem[i] = byte(r.IntN(3))
			if r.IntN(8) == 0 {
				mem[i] = byte(1 + r.IntN(255)) // an operand, or past the cases
			}
		}
		mem[n], mem[n+1], mem[n+2] = 3, 3, 3
		want := uint32(0)
		for pc := 0; ; {
			op := mem[pc]
			if op > 2 {
				break
			}
			switch op {
			case 0:
				want++
				pc++
				continue
			case 1:
				want *= uint32(mem[pc+1])
			case 2:
				want ^= uint32(mem[pc+1])
			}
			pc += 2
		}
		s := []uint64{0}
		if err := inst.Exports()["run"].Func.Call(context.Background(), s); err != nil {
			t.Fatal(err)
		}
		if got := uint32(s[0]); got != want {
			t.Fatalf("run(0) = %d, want %d", got, want)
		}
	}
}
