package backend

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// A function of more than 1 MiB of arm64 code, whose conditional branches
// (B.cond, CBZ/CBNZ: ±1 MiB) span more than that: the emitter encodes it
// again with the long forms.

const (
	bigChunks = 4
	bigUnits  = 5400 // per chunk; a unit is 80-100 bytes of arm64 code
	bigStep   = 0.75
)

// bigModule exports big(sel i32, n i32, f0 f64) -> i64, which computes
// bigRef. Its body:
//
//	loop $L                                  ; interrupt poll: CBNZ to a stub
//	  f = f0 + n                             ; not carried: no moves on the back edge
//	  block $skip
//	    br_if $skip (sel == 9)               ; forward over every chunk
//	    block $B3 block $B2 block $B1 block $B0
//	      br_table $B0 $B1 $B2 $B3 (sel)     ; default $B3: far
//	    end chunk 0 end chunk 1 end chunk 2 end chunk 3
//	  end
//	  br_if $L (n = n - 1)                   ; backward over every chunk
//	end
//	acc
//
// where a chunk's units do acc = (acc ^ i64.trunc_f64_s(f)) * K; f += 0.75,
// each conversion with branches to two trap stubs after the body. It also
// returns the body offsets of each chunk's first conversion.
func bigModule() ([]byte, [bigChunks]int) {
	const sel, n, f0, acc, f = 0, 1, 2, 3, 4
	c := &wasmgen.Code{}
	c.Op(wasm.OpLoop).BlockEmpty()
	c.Op(wasm.OpLocalGet).U32(f0).Op(wasm.OpLocalGet).U32(n).Op(wasm.OpF64ConvertI32S).Op(wasm.OpF64Add).Op(wasm.OpLocalSet).U32(f)
	c.Op(wasm.OpBlock).BlockEmpty()
	c.Op(wasm.OpLocalGet).U32(sel).I32Const(9).Op(wasm.OpI32Eq).Op(wasm.OpBrIf).U32(0)
	for range bigChunks {
		c.Op(wasm.OpBlock).BlockEmpty()
	}
	c.Op(wasm.OpLocalGet).U32(sel).Op(wasm.OpBrTable).U32(bigChunks)
	for k := range bigChunks {
		c.U32(uint32(k))
	}
	c.U32(bigChunks - 1)
	var first [bigChunks]int
	for ch := range bigChunks {
		c.Op(wasm.OpEnd)
		for u := range bigUnits {
			c.Op(wasm.OpLocalGet).U32(f)
			if u == 0 {
				first[ch] = c.Len()
			}
			c.Op(wasm.OpI64TruncF64S).Op(wasm.OpLocalGet).U32(acc).Op(wasm.OpI64Xor)
			c.I64Const(bigK(ch, u)).Op(wasm.OpI64Mul).Op(wasm.OpLocalSet).U32(acc)
			c.Op(wasm.OpLocalGet).U32(f).F64(bigStep).Op(wasm.OpF64Add).Op(wasm.OpLocalSet).U32(f)
		}
	}
	c.Op(wasm.OpEnd) // $skip
	c.Op(wasm.OpLocalGet).U32(n).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(n).Op(wasm.OpBrIf).U32(0)
	c.Op(wasm.OpEnd) // $L
	c.Op(wasm.OpLocalGet).U32(acc)
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I32, wasm.F64}, Results: []wasm.ValType{wasm.I64}}}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Locals: []wasm.ValType{wasm.I64, wasm.F64}, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "big", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode(), first
}

// bigK is an odd constant that takes a MOVZ and three MOVKs.
func bigK(ch, u int) int64 {
	return int64(uint64(ch*bigUnits+u)*0x9E3779B97F4A7C15 | 0x0001000100010001)
}

func bigRef(sel, n int32, f0 float64) int64 {
	acc := int64(0)
	for {
		f := f0 + float64(n)
		if sel != 9 {
			start := bigChunks - 1
			if uint32(sel) < bigChunks {
				start = int(sel)
			}
			for ch := start; ch < bigChunks; ch++ {
				for u := range bigUnits {
					acc = (acc ^ int64(f)) * bigK(ch, u)
					f += bigStep
				}
			}
		}
		if n--; n == 0 {
			return acc
		}
	}
}

// Every branch of the function lands on an instruction of it, and the
// branches that span more than 1 MiB exist in every kind: forward and
// backward conditional ones, to the trap stubs, and through the jump
// table; under arm64 (natively or qemu) the function computes bigRef and
// traps where it should.
func TestLongBranches(t *testing.T) {
	start := time.Now()
	b, first := bigModule()
	m := decodeModule(t, b)
	c, err := compileRange(t, m, chainArm64, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bytes of Wasm, %d of arm64 code, compiled in %v", len(b), len(c.Code), time.Since(start))
	checkLongBranches(t, c)

	run := c
	if abi.HostArch() != abi.ArchARM64 {
		// Run the host's code for the function's semantics; the long
		// branches run in the arm64 test run.
		if run, err = compileRange(t, m, Target{}, 0, 0); err != nil {
			t.Fatal(err)
		}
		t.Logf("arm64 code not run on this host: GOARCH=arm64 go test -exec qemu-aarch64-static runs it")
	}
	inst := instantiate(t, m, run)
	big := inst.Exports()["big"].Func
	call := func(ctx context.Context, sel, n int32, f0 float64) (int64, error) {
		s := []uint64{uint64(uint32(sel)), uint64(uint32(n)), math.Float64bits(f0)}
		err := big.Call(ctx, s)
		return int64(s[0]), err
	}
	ctx := context.Background()
	for _, tc := range []struct {
		sel, n int32
		f0     float64
	}{{0, 1, 0.5}, {1, 1, -3}, {2, 2, 1.25}, {3, 1, 0}, {7, 1, 2}, {-1, 2, 2}, {9, 3, 2}, {0, 3, 100}} {
		got, err := call(ctx, tc.sel, tc.n, tc.f0)
		if err != nil {
			t.Fatalf("big(%d, %d, %g): %v", tc.sel, tc.n, tc.f0, err)
		}
		if want := bigRef(tc.sel, tc.n, tc.f0); got != want {
			t.Errorf("big(%d, %d, %g) = %d, want %d", tc.sel, tc.n, tc.f0, got, want)
		}
	}
	for _, tc := range []struct {
		sel  int32
		f0   float64
		code trap.Code
	}{{0, math.NaN(), trap.CodeInvalidConversionToInteger}, {1, 1e300, trap.CodeIntegerOverflow}, {2, -1e19, trap.CodeIntegerOverflow}} {
		_, err := call(ctx, tc.sel, 1, tc.f0)
		var tr *trap.Trap
		if !errors.As(err, &tr) || tr.Code != tc.code || tr.Func != 0 || tr.Offset != uint32(first[tc.sel]) {
			t.Errorf("big(%d, 1, %g): got %v, want %v at offset %d", tc.sel, tc.f0, err, tc.code, first[tc.sel])
		}
	}
	// n = 0 loops (almost) forever: the poll at the loop header, whose
	// stub is more than 1 MiB away, ends it.
	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = call(tctx, 0, 0, 0)
	if tr := (*trap.Trap)(nil); !errors.As(err, &tr) || tr.Code != trap.CodeInterrupted {
		t.Errorf("big(0, 0, 0) with a deadline: got %v, want interrupted", err)
	}
	t.Logf("done in %v", time.Since(start))
}

// checkLongBranches checks the arm64 code of the module's only function.
func checkLongBranches(t *testing.T, c *mach.Compiled) {
	const mib = 1 << 20
	if len(c.Funcs) != 1 {
		t.Fatalf("%d functions", len(c.Funcs))
	}
	fn := c.Funcs[0]
	if fn.End-fn.Start <= mib+mib/4 {
		t.Fatalf("the function has %d bytes of code: too small to need long branches", fn.End-fn.Start)
	}
	code := c.Code
	word := func(pc uint32) uint32 { return binary.LittleEndian.Uint32(code[pc:]) }
	var tables []mach.Range
	for _, d := range c.Data {
		if d.Start >= fn.Start && d.End <= fn.End {
			tables = append(tables, d)
		}
	}
	inData := func(pc uint32) bool {
		for _, d := range tables {
			if pc >= d.Start && pc < d.End {
				return true
			}
		}
		return false
	}
	// Trap stubs: "movz w0, #code; bl trap thunk", each a trap site.
	names := entities(c)
	trapThunk := uint32(math.MaxUint32)
	for off, name := range names {
		if name == "thunk 0" {
			trapThunk = off
		}
	}
	if abi.ThunkTrap != 0 || trapThunk == math.MaxUint32 {
		t.Fatal("no trap thunk")
	}
	stubs := map[uint32]bool{}
	for _, tr := range c.TrapSites() {
		if w := word(tr.Start); w&^(0xffff<<5) == a64.Movz(false, 0, 0, 0) {
			if code := abi.TrapCode(w >> 5 & 0xffff); code != tr.Code {
				t.Errorf("stub at %#x raises %v, its trap site says %v", tr.Start, code, tr.Code)
			}
			stubs[tr.Start] = true
		}
	}
	// isInst reports whether pc is an instruction of the function.
	isInst := func(pc uint32) bool {
		return pc >= fn.Start && pc < fn.End && pc%4 == 0 && !inData(pc) &&
			!strings.HasPrefix(a64.Disasm(word(pc), uint64(pc)), ".word") && word(pc) != a64.Udf(0)
	}
	isB := func(w uint32) bool { return w&0xFC000000 == 0x14000000 }
	// dest is where a jump to pc leads: through blocks of a few moves
	// that end with a B (edges split for the register allocator's moves).
	dest := func(pc uint32) uint32 {
		for hops := 0; hops < 4; hops++ {
			k := 0
			for ; k < 8 && isInst(pc+4*uint32(k)); k++ {
				if _, ok := a64.BranchOffset(word(pc + 4*uint32(k))); ok {
					break
				}
			}
			at := pc + 4*uint32(k)
			if k == 8 || !isInst(at) || !isB(word(at)) {
				break
			}
			off, _ := a64.BranchOffset(word(at))
			pc = uint32(int64(at) + off)
		}
		return pc
	}
	far := func(from, to uint32) bool { return abs(int64(to)-int64(from)) > mib }
	var condFwd, condBack, condStub, tableFar, back, bls, tablesSeen int
	for pc := fn.Start; pc < fn.End; pc += 4 {
		if inData(pc) {
			continue
		}
		w := word(pc)
		off, ok := a64.BranchOffset(w)
		if !ok || w&0x3B000000 == 0x18000000 { // not a branch, or an LDR literal
			continue
		}
		to := uint32(int64(pc) + off)
		switch {
		case w&0xFC000000 == 0x94000000: // BL: to a thunk
			if !strings.HasPrefix(names[to], "thunk ") {
				t.Errorf("%#x: BL to %#x, not a thunk", pc, to)
			}
			bls++
			continue
		case w&0x9F000000 == 0x10000000: // ADR: a jump table
			d := mach.Range{}
			for _, r := range tables {
				if r.Start == to {
					d = r
				}
			}
			if d.End == 0 {
				t.Errorf("%#x: ADR to %#x, no jump table", pc, to)
				continue
			}
			tablesSeen++
			for e := d.Start; e < d.End; e += 4 {
				dst := uint32(int64(d.Start) + int64(int32(word(e))))
				if !isInst(dst) {
					t.Errorf("jump table entry at %#x: %#x is no instruction of the function", e, dst)
				} else if far(pc, dest(dst)) {
					tableFar++
				}
			}
			continue
		}
		if !isInst(to) {
			t.Errorf("%#x: %s to %#x, which is no instruction of the function", pc, a64.Disasm(w, uint64(pc)), to)
			continue
		}
		if !isB(w) {
			continue
		}
		final := dest(to)
		if !far(pc, final) {
			continue
		}
		// The long form of a conditional branch: b.!cond +8; b far.
		prev := word(pc - 4)
		if lo, _ := a64.BranchRange(prev); lo != -(1<<20) || prev&0x3B000000 == 0x18000000 {
			if final < pc {
				back++
			}
			continue // an unconditional jump
		}
		if o, _ := a64.BranchOffset(prev); o != 8 {
			t.Errorf("%#x: conditional branch to %+d before a far B", pc-4, o)
		}
		switch {
		case stubs[to]:
			condStub++
		case final > pc:
			condFwd++
		default:
			condBack++
		}
	}
	t.Logf("conditional branches that lead over 1 MiB away: %d forward, %d backward, %d to trap stubs; "+
		"%d jump table entries and %d backward jumps that do; %d BLs", condFwd, condBack, condStub, tableFar, back, bls)
	// The loop's back edge is a conditional branch unless it needs moves:
	// then it goes through a block of its own that ends with a B.
	if condFwd == 0 || condBack+back == 0 || condStub == 0 || tableFar == 0 || tablesSeen != 1 {
		t.Errorf("the function lacks a kind of long branch")
	}
}
