package mach

import (
	"slices"
	"testing"
)

// TestSinkPastCompare runs SinkPastCompare on one block per case, its
// instructions given by kind (Data), and checks the order it leaves.
func TestSinkPastCompare(t *testing.T) {
	const (
		cmp   = iota // the compare, reading its operands
		br           // the branch reading the flags
		pure         // movable
		fixed        // not movable
	)
	type inst struct {
		kind int
		ops  []Operand
	}
	v := func(n int) Reg { return 16 + Reg(n) }
	u := func(n int) Operand { return Operand{v(n), Use} }
	d := func(n int) Operand { return Operand{v(n), Def} }
	m := func(n int) Operand { return Operand{v(n), Mod} }
	cases := []struct {
		name  string
		insts []inst
		want  []int // the original indexes, in their new order
	}{
		{"increment of the compared value", []inst{{pure, []Operand{d(1), u(0)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{1, 0, 2}},
		{"reads what the compare does not", []inst{{pure, []Operand{d(1), u(3)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2}},
		{"defines what the compare reads", []inst{{pure, []Operand{d(2), u(0)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2}},
		{"not movable", []inst{{fixed, []Operand{d(1), u(0)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2}},
		{"passes a writer of its operand", []inst{{pure, []Operand{d(1), u(0)}}, {fixed, []Operand{m(0)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2, 3}},
		{"passes a reader of its result", []inst{{pure, []Operand{d(1), u(0)}}, {fixed, []Operand{d(3), u(1)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2, 3}},
		{"passes other work", []inst{{pure, []Operand{d(1), u(0)}}, {fixed, []Operand{d(3), u(0)}}, {pure, []Operand{d(4), u(2)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{1, 3, 0, 2, 4}},
		{"physical register", []inst{{pure, []Operand{{Reg: 3, Kind: Def}, u(0)}}, {cmp, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2}},
		{"no compare", []inst{{pure, []Operand{d(1), u(0)}}, {fixed, []Operand{u(0), u(2)}}, {br, nil}}, []int{0, 1, 2}},
	}
	for _, tc := range cases {
		f := NewFunc(16)
		for range 8 {
			f.NewVReg(ClassInt)
		}
		b := f.NewBlock()
		for k, in := range tc.insts {
			f.Add(b, int32(k), 0, in.ops...)
		}
		kind := func(i int) int { return tc.insts[f.Insts[i].Data].kind }
		SinkPastCompare(f, func(i int) bool { return kind(i) == cmp && kind(i+1) == br }, func(i int) bool { return kind(i) == pure })
		var got []int
		next := 0 // where instruction i's operands must start in AllOperands
		for i := range f.Insts {
			got = append(got, int(f.Insts[i].Data))
			// Operands travel with their instruction, laid out in order.
			if want := tc.insts[f.Insts[i].Data].ops; !slices.Equal(f.Operands(i), want) {
				t.Errorf("%s: instruction %d has operands %v, want %v", tc.name, i, f.Operands(i), want)
			}
			start, end := f.OperandSpan(i)
			if start != next || !slices.Equal(f.AllOperands()[start:end], f.Operands(i)) {
				t.Errorf("%s: operands of instruction %d do not follow those of %d", tc.name, i, i-1)
			}
			next = end
		}
		if next != len(f.AllOperands()) {
			t.Errorf("%s: %d operands, %d of them the instructions'", tc.name, len(f.AllOperands()), next)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, got, tc.want)
		}
	}
}
