package codestats

import (
	"context"
	"encoding/hex"
	"slices"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

func TestWasmInstrs(t *testing.T) {
	var c wasmgen.Code
	// 10 instructions (the final end included), with multi-byte and
	// prefixed opcodes and immediates.
	c.Op(wasm.OpBlock).BlockEmpty()                            // 1
	c.Op(wasm.OpLocalGet).U32(0)                               // 2
	c.Op(wasm.OpBrTable).U32(3).U32(0).U32(0).U32(0).U32(0)    // 3
	c.Op(wasm.OpEnd)                                           // 4
	c.I64Const(-1 << 40)                                       // 5
	c.Op(wasm.OpI64Load).MemArg(3, 70000).Op(wasm.OpDrop)      // 6, 7 (load's operand is the const)
	c.F64(2).Op(wasm.OpI32TruncSatF32S)                        // 8, 9 (not valid, but decodable)
	n, shape, err := WasmInstrs(append(c.B, byte(wasm.OpEnd))) // 10
	if err != nil || n != 10 {
		t.Fatalf("WasmInstrs = %d, %v; want 10", n, err)
	}
	// The shape ignores immediates but not opcodes.
	var d wasmgen.Code
	d.Op(wasm.OpBlock).BlockEmpty().Op(wasm.OpLocalGet).U32(7).Op(wasm.OpBrTable).U32(1).U32(0).U32(0).Op(wasm.OpEnd)
	d.I64Const(3).Op(wasm.OpI64Load).MemArg(0, 0).Op(wasm.OpDrop).F64(0).Op(wasm.OpI32TruncSatF32S).Op(wasm.OpEnd)
	if _, s, _ := WasmInstrs(d.B); s != shape {
		t.Errorf("same opcodes, other immediates: shape %#x, want %#x", s, shape)
	}
	d.B[len(d.B)-2] = 1 // i32.trunc_sat_f32_u
	if _, s, _ := WasmInstrs(d.B); s == shape {
		t.Errorf("other opcode, same shape")
	}
	if _, _, err := WasmInstrs([]byte{0x41}); err == nil {
		t.Errorf("truncated body: no error")
	}
}

// hexCode concatenates instruction encodings (as kiln objdump prints them).
func hexCode(t *testing.T, insts ...string) []byte {
	var b []byte
	for _, s := range insts {
		x, err := hex.DecodeString(strings.Fields(s)[0])
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, x...)
	}
	return b
}

// Measure counts and classifies hand-assembled code exactly, skipping the
// data in a function and what lies between functions.
func TestMeasure(t *testing.T) {
	a64 := hexCode(t,
		"fd7bbfa9 stp x29, x30, [sp,#-16]!",   // stack
		"fd030091 mov x29, sp",                // move
		"f04300d1 sub x16, sp, #0x10",         // alu
		"711240f9 ldr x17, [x19,#32]",         // load
		"1f0211eb cmp x16, x17",               // compare
		"03020054 b.cc",                       // branch
		"8842208b add x8, x20, w0, uxtw",      // address
		"090540f9 ldr x9, [x8,#8]",            // load
		"29050091 add x9, x9, #0x1",           // alu
		"090500f9 str x9, [x8,#8]",            // store
		"e90b00f9 str x9, [sp,#16]",           // stack
		"10000000 .word (jump table)",         // data
		"20000000 .word (jump table)",         // data
		"718f82d2 mov x17, #0x147b",           // constant
		"d1f5a8f2 movk x17, #0x47ae, lsl #16", // constant
		"3702679e fmov d23, x17",              // move
		"d6c2611e fsqrt d22, d22",             // float
		"f1010035 cbnz w17",                   // branch
		"8cffff97 bl",                         // call
		"c0035fd6 ret",                        // jump
		"00000000 (between functions)",
		"ec030daa mov x12, x13", // move (second function)
		"c0035fd6 ret",          // jump
	)
	c := &mach.Compiled{Arch: abi.ArchARM64, Code: a64,
		Funcs: []mach.FuncRange{{Start: 0, End: 80, Index: 1}, {Start: 84, End: 92, Index: 2}},
		Data:  []mach.Range{{Start: 44, End: 52}},
	}
	check(t, c, []Code{
		{Bytes: 80, DataBytes: 8, Insts: 18, Classes: classes(map[Class]int{
			ClassStack: 2, ClassMove: 2, ClassALU: 2, ClassLoad: 2, ClassCompare: 1, ClassBranch: 2,
			ClassAddr: 1, ClassStore: 1, ClassConst: 2, ClassFloat: 1, ClassCall: 1, ClassJump: 1})},
		{Bytes: 8, Insts: 2, Classes: classes(map[Class]int{ClassMove: 1, ClassJump: 1})},
	})

	x86 := hexCode(t,
		"55 PUSHQ BP",                                        // stack
		"4889e5 MOVQ SP, BP",                                 // move
		"4c8d5c24f0 LEAQ -0x10(SP), R11",                     // alu
		"4d3b5f20 CMPQ R11, 0x20(R15)",                       // compare, memory operand
		"7238 JB",                                            // branch
		"4d8b540608 MOVQ 0x8(R14)(AX*1), R10",                // load
		"4983c201 ADDQ $0x1, R10",                            // alu
		"4d89540608 MOVQ R10, 0x8(R14)(AX*1)",                // store
		"49034c0610 ADDQ 0x10(R14)(AX*1), CX",                // alu, memory operand
		"4c8965f0 MOVQ R12, -0x10(BP)",                       // stack
		"ffffffffffffffff (jump table entry)",                // data
		"49bb7b14ae47e17a843f MOVQ $0x3f847ae147ae147b, R11", // constant
		"66490f6ec3 MOVQ R11, X0",                            // move
		"f2450f51ed SQRTSD X13, X13",                         // float
		"31f6 XORL SI, SI",                                   // constant
		"4d8d1c06 LEAQ 0(R14)(AX*1), R11",                    // address
		"0f4fc1 CMOVG CX, AX",                                // select
		"e845feffff CALL",                                    // call
		"c3 RET",                                             // jump
	)
	c = &mach.Compiled{Arch: abi.ArchAMD64, Code: x86,
		Funcs: []mach.FuncRange{{Start: 0, End: uint32(len(x86)), Index: 0}},
		Data:  []mach.Range{{Start: 38, End: 46}},
	}
	check(t, c, []Code{
		{Bytes: len(x86), DataBytes: 8, Insts: 18, MemOperand: 2, Classes: classes(map[Class]int{
			ClassStack: 2, ClassMove: 2, ClassALU: 3, ClassCompare: 1, ClassBranch: 1, ClassLoad: 1,
			ClassStore: 1, ClassConst: 2, ClassFloat: 1, ClassAddr: 1, ClassSelect: 1, ClassCall: 1, ClassJump: 1})},
	})
}

func classes(m map[Class]int) (a [NumClasses]int) {
	for c, n := range m {
		a[c] = n
	}
	return a
}

func check(t *testing.T, c *mach.Compiled, want []Code) {
	t.Helper()
	got, err := Measure(c)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%v function %d:\n got %+v\nwant %+v", c.Arch, i, got[i], want[i])
		}
	}
}

// A tiny module compiled for both targets: the Wasm counts are exact, and
// the machine code figures are consistent (they depend on the backend).
func TestAnalyze(t *testing.T) {
	m := wasmgen.New()
	i32 := []wasm.ValType{wasm.I32}
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: i32}, {Params: i32, Results: i32}}
	var add, sw wasmgen.Code
	add.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpI32Add)
	// A switch with enough cases for a jump table: block{block{...
	// br_table}}, each case returning its own constant.
	const cases = 8
	for range cases + 1 {
		sw.Op(wasm.OpBlock).BlockEmpty()
	}
	sw.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpBrTable).U32(cases)
	for k := range cases {
		sw.U32(uint32(k))
	}
	sw.U32(cases)
	for k := range cases + 1 {
		sw.Op(wasm.OpEnd).I32Const(int32(k * 1000)).Op(wasm.OpReturn)
	}
	sw.I32Const(-1)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: add.B}, {TypeIndex: 1, Body: sw.B}}
	m.Exports = []wasmgen.Export{{Name: "add", Index: 0}, {Name: "sw", Index: 1}}
	dm, err := wasm.Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(dm); err != nil {
		t.Fatal(err)
	}
	targets := []backend.Target{backend.TargetFor(abi.ArchAMD64), backend.TargetFor(abi.ArchARM64)}
	mod, err := Analyze(context.Background(), dm, targets)
	if err != nil {
		t.Fatal(err)
	}
	wantWasm := []int{4, (cases + 1) + 2 + 3*(cases+1) + 2}
	for i, f := range mod.Funcs {
		if f.Index != uint32(i) || f.Wasm != wantWasm[i] {
			t.Errorf("function %d: index %d, %d Wasm instructions; want %d", i, f.Index, f.Wasm, wantWasm[i])
		}
		for k, c := range f.Code {
			arch := targets[k].Arch
			sum := 0
			for _, n := range c.Classes {
				sum += n
			}
			if c.Insts == 0 || sum != c.Insts || c.Undecoded != 0 || c.Classes[ClassOther] != 0 {
				t.Errorf("%v function %d: %+v", arch, i, c)
			}
			if c.Classes[ClassJump] == 0 {
				t.Errorf("%v function %d: no return counted: %+v", arch, i, c)
			}
			if arch == abi.ArchARM64 && c.Bytes != 4*c.Insts+c.DataBytes {
				t.Errorf("arm64 function %d: %d bytes, %d instructions, %d data bytes", i, c.Bytes, c.Insts, c.DataBytes)
			}
			if i == 1 && c.DataBytes < 4*cases {
				t.Errorf("%v switch: %d data bytes, want a jump table of %d entries left out", arch, c.DataBytes, cases)
			}
		}
	}
}

func TestKernels(t *testing.T) {
	mod := &Module{Funcs: []Func{
		{Index: 3, Wasm: 10, Shape: 1},
		{Index: 4, Wasm: 500, Shape: 2}, // library code: in another program
		{Index: 5, Wasm: 30, Shape: 3},
		{Index: 6, Wasm: 30, Shape: 4},
		{Index: 7, Wasm: 20, Shape: 5},
	}}
	others := []map[uint64]bool{{2: true}, {9: true}}
	var got []uint32
	for _, f := range Kernels(mod, others, 3) {
		got = append(got, f.Index)
	}
	if want := []uint32{5, 6, 7}; !slices.Equal(got, want) {
		t.Errorf("Kernels = %v, want %v", got, want)
	}
	if n := len(Kernels(mod, others, 10)); n != 4 {
		t.Errorf("Kernels(10): %d functions, want 4", n)
	}
}
