package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// SignGuards removes masks that a branch has made redundant: where a
// sign-extended byte or halfword x (load8_s, load16_s, sext8, sext16) is
// known not to be negative, because only the edge of brif (icmp lt_s x, 0)
// (or ge_s x, 0, ...) taken for x >= 0 leads there, x is at most 127
// (32767) and x & m is x for every m that keeps the low 7 (15) bits.
// Table-driven decoders test a signed table entry for an error and then
// mask it as unsigned (base64's DEC[c] < 0 ... DEC[c] & 0xff).
func SignGuards(f *ir.Func) {
	var preds predTable // computed at the first candidate
	type guard struct {
		x ir.Value
		b ir.Block // the block after the edge taken for x >= 0
	}
	var guards []guard
	for b := range ir.Block(f.NumBlocks()) {
		t := f.Terminator(b)
		if t == 0 || f.Op(t) != ir.OpBrif {
			continue
		}
		c := f.Args(t)[0]
		if f.Op(c) != ir.OpIcmp {
			continue
		}
		x, kv := f.Args(c)[0], f.Args(c)[1]
		k, ok := constValue(f, kv)
		if !ok || signBits(f, x) == 0 {
			continue
		}
		edge := -1
		switch cond := ir.Cond(f.Aux(c)); {
		case cond == ir.LtS && k == 0, cond == ir.LeS && k == -1:
			edge = 1
		case cond == ir.GeS && k == 0, cond == ir.GtS && k == -1:
			edge = 0
		}
		if edge < 0 {
			continue
		}
		if n := f.Succ(b, edge); len(predsOf(f, &preds).of(n)) == 1 && f.Succ(b, 1-edge) != n {
			guards = append(guards, guard{x, n})
		}
	}
	if len(guards) == 0 {
		return
	}
	dom := ir.Dominators(f)
	r := newReplacer(f)
	for b := range ir.Block(f.NumBlocks()) {
		if !dom.Reachable(b) {
			continue
		}
		for v := f.First(b); v != 0; v = f.Next(v) {
			if f.Op(v) != ir.OpIand {
				continue
			}
			x := f.Args(v)[0]
			m, ok := constValue(f, f.Args(v)[1])
			low := int64(1)<<signBits(f, x) - 1
			if !ok || low == 0 || m&low != low {
				continue
			}
			for _, g := range guards {
				if g.x == x && dom.Dominates(g.b, b) {
					f.Rewrite(v, ir.OpCopy, 0, x)
					r.set(v, x)
					break
				}
			}
		}
	}
	r.apply(f)
}

// signBits returns the number of value bits (below the sign) of x when x
// is a sign-extended byte or halfword, else 0.
func signBits(f *ir.Func, x ir.Value) uint {
	switch f.Op(x) {
	case ir.OpLoad8S, ir.OpSext8:
		return 7
	case ir.OpLoad16S, ir.OpSext16:
		return 15
	}
	return 0
}
