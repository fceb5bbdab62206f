package amd64_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/amd64"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// TestLoopAlignment compiles benchmark programs with and without loop
// alignment and checks on the disassembly that alignment only inserts
// NOPs, each run of them shorter than 16 bytes and ending at a 16-byte
// boundary that a backward branch targets (a loop header), and that with
// the NOPs dropped the two codes are the same instructions, branching to
// the same instructions.
func TestLoopAlignment(t *testing.T) {
	files := []string{"matmul.wasm", "sieve.wasm", "markdown.wasm", "interp.wasm"}
	if testing.Short() {
		files = files[:1]
	}
	tg := backend.Target{Arch: abi.ArchAMD64, Features: abi.BaselineFeatures(abi.ArchAMD64) | abi.FeatAVX}
	padded := 0
	for _, name := range files {
		b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "bench/programs/wasm", name))
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var c [2]*mach.Compiled
		for k, on := range []bool{true, false} {
			amd64.SetAlignLoops(on)
			c[k], err = backend.Compile(context.Background(), m, backend.Options{Target: tg})
			if err != nil {
				t.Fatal(err)
			}
		}
		amd64.SetAlignLoops(true)
		for f := range c[0].Funcs {
			al, pa := decodeFunc(t, c[0], f), decodeFunc(t, c[1], f)
			padded += checkPadding(t, name, f, al)
			compareModuloNOPs(t, name, f, al, pa)
		}
	}
	if padded == 0 {
		t.Error("no loop header was aligned")
	}
	t.Logf("%d loop headers padded", padded)
}

// decoded is a function's code up to its first data (jump tables,
// constants), decoded.
type decoded struct {
	start, end int // blob offsets
	pcs        []int
	insts      []x86asm.Inst
	index      map[int]int // pc -> instruction index
}

func decodeFunc(t *testing.T, c *mach.Compiled, f int) *decoded {
	fr := c.Funcs[f]
	d := &decoded{start: int(fr.Start), end: int(fr.End), index: map[int]int{}}
	for _, r := range c.Data {
		if int(r.Start) >= d.start && int(r.Start) < d.end {
			d.end = min(d.end, int(r.Start))
		}
	}
	for pc := d.start; pc < d.end; {
		in, err := x86asm.Decode(c.Code[pc:d.end], 64)
		if err != nil {
			t.Fatalf("function %d at %#x: %v", f, pc, err)
		}
		d.index[pc] = len(d.insts)
		d.pcs = append(d.pcs, pc)
		d.insts = append(d.insts, in)
		pc += in.Len
	}
	return d
}

// target is the blob offset a relative branch or call at instruction i
// goes to, or -1.
func (d *decoded) target(i int) int {
	for _, a := range d.insts[i].Args {
		if r, ok := a.(x86asm.Rel); ok {
			return d.pcs[i] + d.insts[i].Len + int(r)
		}
	}
	return -1
}

func isNOP(in x86asm.Inst) bool { return in.Op == x86asm.NOP }

// checkPadding checks d's NOP runs and returns how many there are.
func checkPadding(t *testing.T, name string, f int, d *decoded) int {
	backTargets := map[int]bool{}
	for i := range d.insts {
		if to := d.target(i); to >= d.start && to <= d.pcs[i] && d.insts[i].Op != x86asm.CALL {
			backTargets[to] = true
		}
	}
	runs := 0
	for i := 0; i < len(d.insts); i++ {
		if !isNOP(d.insts[i]) {
			continue
		}
		j := i
		for j < len(d.insts) && isNOP(d.insts[j]) {
			j++
		}
		from, to := d.pcs[i], d.end
		if j < len(d.insts) {
			to = d.pcs[j]
		}
		if to-from >= 16 || to%16 != 0 || !backTargets[to] {
			t.Errorf("%s function %d: %d NOP bytes at %#x before %#x: not a loop header's alignment", name, f, to-from, from, to)
		}
		runs++
		i = j
	}
	return runs
}

// compareModuloNOPs checks that al without its NOPs is pa, instruction by
// instruction, with branches inside the function going to the same
// instructions.
func compareModuloNOPs(t *testing.T, name string, f int, al, pa *decoded) {
	keep := func(d *decoded) []int {
		var idx []int
		for i, in := range d.insts {
			if !isNOP(in) {
				idx = append(idx, i)
			}
		}
		return idx
	}
	ka, kp := keep(al), keep(pa)
	if len(ka) != len(kp) {
		t.Errorf("%s function %d: %d instructions besides NOPs aligned, %d not", name, f, len(ka), len(kp))
		return
	}
	// rank maps an instruction index to its rank among the kept ones.
	rank := func(idx []int) map[int]int {
		r := make(map[int]int, len(idx))
		for k, i := range idx {
			r[i] = k
		}
		return r
	}
	ra, rp := rank(ka), rank(kp)
	for k := range ka {
		a, p := al.insts[ka[k]], pa.insts[kp[k]]
		if a.Op != p.Op || a.Len != p.Len && !isBranch(a) {
			t.Errorf("%s function %d: %v at %#x aligned, %v at %#x not", name, f, a, al.pcs[ka[k]], p, pa.pcs[kp[k]])
			return
		}
		ta, tp := al.target(ka[k]), pa.target(kp[k])
		inA, inP := ta >= al.start && ta < al.end, tp >= pa.start && tp < pa.end
		switch {
		case inA != inP:
			t.Errorf("%s function %d: %v at %#x aligned, %v not", name, f, a, al.pcs[ka[k]], p)
			return
		case inA:
			ia, okA := al.index[ta]
			ip, okP := pa.index[tp]
			if !okA || !okP || ra[ia] != rp[ip] {
				t.Errorf("%s function %d: %v at %#x aligned goes elsewhere than %v at %#x", name, f, a, al.pcs[ka[k]], p, pa.pcs[kp[k]])
				return
			}
		case ta < 0 && !sameArgs(a, p):
			t.Errorf("%s function %d: %v at %#x aligned, %v at %#x not", name, f, a, al.pcs[ka[k]], p, pa.pcs[kp[k]])
			return
		}
	}
}

func isBranch(in x86asm.Inst) bool {
	return slices.ContainsFunc(in.Args[:], func(a x86asm.Arg) bool { _, ok := a.(x86asm.Rel); return ok })
}

// sameArgs compares operands, RIP-relative displacements (constants
// placed after the code) aside. (x86asm decodes a VEX instruction's
// RIP-relative operand without its base.)
func sameArgs(a, b x86asm.Inst) bool {
	pcRel := func(m x86asm.Mem) bool { return m.Base == x86asm.RIP || m.Base == 0 && m.Index == 0 }
	for k := range a.Args {
		ma, okA := a.Args[k].(x86asm.Mem)
		mb, okB := b.Args[k].(x86asm.Mem)
		if okA && okB && pcRel(ma) && pcRel(mb) {
			continue
		}
		if a.Args[k] != b.Args[k] {
			return false
		}
	}
	return true
}
