package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// GVN removes redundant computations: an instruction equal to one that
// dominates it (same opcode, type, immediates and operands) is replaced by
// it. Only pure instructions take part, plus trapping ones whose trap the
// dominating copy would already have raised (division, conversions);
// instructions that read memory, globals or tables are left alone because a
// write may come between.
func GVN(f *ir.Func) {
	dom := ir.Dominators(f)
	r := newReplacer(f)
	table := map[uint64]ir.Value{}
	var scope []uint64 // keys inserted, popped when leaving a subtree
	type item struct {
		b     ir.Block
		child int
		mark  int
	}
	stack := []item{{b: 0, mark: 0}}
	visit := func(b ir.Block) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			r.resolveArgs(f, v)
			if !numberable(f.Op(v)) {
				continue
			}
			k := key(f, v)
			if w, ok := table[k]; ok {
				if same(f, v, w) {
					f.Rewrite(v, ir.OpCopy, 0, w)
					r.set(v, w)
				}
				continue
			}
			table[k] = v
			scope = append(scope, k)
		}
	}
	visit(0)
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		kids := dom.Children(top.b)
		if top.child < len(kids) {
			c := kids[top.child]
			top.child++
			stack = append(stack, item{b: c, mark: len(scope)})
			visit(c)
			continue
		}
		for _, k := range scope[top.mark:] {
			delete(table, k)
		}
		scope = scope[:top.mark]
		stack = stack[:len(stack)-1]
	}
	r.apply(f)
}

// numberable reports whether equal instructions of op compute equal values
// with equal effects, so that the dominated one can go.
func numberable(op ir.Op) bool {
	switch op {
	case ir.OpIdivS, ir.OpIdivU, ir.OpIremS, ir.OpIremU, ir.OpTruncS, ir.OpTruncU:
		return true
	case ir.OpProj, ir.OpCopy:
		return false
	}
	return op.Pure()
}

func key(f *ir.Func, v ir.Value) uint64 {
	h := uint64(f.Op(v))*0x9E3779B97F4A7C15 ^ uint64(f.Type(v))<<8
	h = (h ^ uint64(f.Aux(v))) * 0xff51afd7ed558ccd
	h = (h ^ uint64(f.Aux2(v))) * 0xc4ceb9fe1a85ec53
	for _, a := range f.Args(v) {
		h = (h ^ uint64(a)) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	return h
}

func same(f *ir.Func, v, w ir.Value) bool {
	if f.Op(v) != f.Op(w) || f.Type(v) != f.Type(w) || f.Aux(v) != f.Aux(w) || f.Aux2(v) != f.Aux2(w) {
		return false
	}
	a, b := f.Args(v), f.Args(w)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
