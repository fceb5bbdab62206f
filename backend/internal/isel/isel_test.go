package isel

import (
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
)

// regRules selects every instruction by reading its arguments' registers
// (uses[v]) and defining its own; a constant is loaded where it stands
// (Def) and again, into a fresh register, at each use.
type regRules struct {
	s         *Base[int]
	uses      map[ir.Value][]mach.Reg
	constants []mach.Reg // the registers Constant returned
}

func (r *regRules) Entry()        {}
func (r *regRules) Plan(ir.Block) {}

func (r *regRules) Inst(v ir.Value) {
	for _, a := range r.s.F.Args(v) {
		r.uses[v] = append(r.uses[v], r.s.Reg(a))
	}
	if r.s.F.Op(v) != ir.OpReturn {
		r.s.Def(v)
	}
}

func (r *regRules) Constant(ir.Value) mach.Reg {
	reg := r.s.NewVReg(mach.ClassInt)
	r.constants = append(r.constants, reg)
	return reg
}

// Reg gives a value its register once and returns it at every use, but
// asks the rules at every use of a constant, even one Def has given a
// register where it stands.
func TestRegConstantsAskRules(t *testing.T) {
	f, err := ir.Parse(`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 7
    v2:i32 = iadd v0, v1
    v3:i32 = iadd v2, v1
    v4:i32 = iadd v3, v2
    return v4
}`)
	if err != nil {
		t.Fatal(err)
	}
	var s Base[int]
	r := &regRules{s: &s, uses: map[ir.Value][]mach.Reg{}}
	if _, err := s.Select(f, nil, 16, &mach.CallConv{}, 0, r); err != nil {
		t.Fatal(err)
	}
	var v []ir.Value // v1 to v4, in order
	for u := f.First(0); u != 0 && f.Op(u) != ir.OpReturn; u = f.Next(u) {
		v = append(v, u)
	}
	c, v2 := s.Def(v[0]), s.Def(v[1])
	if len(r.constants) != 2 || r.constants[0] == r.constants[1] || r.constants[0] == c || r.constants[1] == c {
		t.Fatalf("constant v1 (register %d where it stands) got registers %v at its two uses, want two fresh ones", c, r.constants)
	}
	if got := r.uses[v[1]][1]; got != r.constants[0] {
		t.Errorf("v2 reads v1 in %d, want %d", got, r.constants[0])
	}
	if got := r.uses[v[2]][1]; got != r.constants[1] {
		t.Errorf("v3 reads v1 in %d, want %d", got, r.constants[1])
	}
	if got := []mach.Reg{r.uses[v[2]][0], r.uses[v[3]][1]}; got[0] != v2 || got[1] != v2 {
		t.Errorf("v2 (register %d) read in %v", v2, got)
	}
}
