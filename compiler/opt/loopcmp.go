package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// LoopCompares makes a loop's exit test compare the counter's next value
// instead of its current one: for a header parameter i and a branch
// brif (icmp lt_u i, K), H(.., i + k, ..) back to the header, the
// comparison becomes icmp lt_u i + k, K + k. Compilers emit the test on
// i for loops such as for (; i + 3 <= n; i += 3), sometimes as
// (i + k) - k; comparing i + k lets i die at the addition, which can then
// update i's register in place, with no copy on the back edge.
//
// eq and ne hold the same after adding k (any k) to both sides, in
// modular arithmetic. lt_u does, for k > 0, when neither i + k nor K + k
// wraps: i's bound comes from the edges into the header, each passing a
// constant or, from this branch, i + k where i < K, so i <= max(the
// constants, K-1+k).
func LoopCompares(f *ir.Func) {
	var preds predTable // computed at the first candidate
	for b := range ir.Block(f.NumBlocks()) {
		t := f.Terminator(b)
		if t == 0 || f.Op(t) != ir.OpBrif {
			continue
		}
		c := f.Args(t)[0]
		if f.Op(c) != ir.OpIcmp || f.BlockOf(c) != b {
			continue
		}
		cond := ir.Cond(f.Aux(c))
		if cond != ir.Eq && cond != ir.Ne && cond != ir.LtU {
			continue
		}
		x, kv := f.Args(c)[0], f.Args(c)[1]
		bigK, ok := constValue(f, kv)
		if !ok || f.Type(x) != ir.I32 {
			continue
		}
		// The test may read i back from i + k as (i + k) - k.
		var back ir.Value
		if f.Op(x) == ir.OpIsub || f.Op(x) == ir.OpIadd {
			back, x = x, f.Args(x)[0]
			if f.Op(x) != ir.OpIadd {
				continue
			}
			x = f.Args(x)[0]
		}
		if f.Op(x) != ir.OpParam {
			continue
		}
		h := f.BlockOf(x)
		tg := f.Target(t, 0)
		if tg.Block != h {
			continue
		}
		pos := int(f.Aux(x)) // the parameter's index
		if pos >= len(tg.Args) || f.Params(h)[pos] != x {
			continue
		}
		y := tg.Args[pos]
		if f.Op(y) != ir.OpIadd || f.Args(y)[0] != x {
			continue
		}
		k, ok := constValue(f, f.Args(y)[1])
		if !ok || int32(k) == 0 {
			continue
		}
		if back != 0 && (f.Args(back)[0] != y || !subtracts(f, back, k)) {
			continue
		}
		uk, uK := uint64(uint32(k)), uint64(uint32(bigK))
		if cond == ir.LtU && (int32(k) < 0 || uK == 0 || !boundedCounter(f, predsOf(f, &preds).of(h), t, pos, uK-1+uk, uk)) {
			continue
		}
		// A comparison of its own: c may have other uses (DCE removes it
		// if not).
		nk := f.InsertBefore(t, ir.OpIconst, ir.I32, int64(int32(uint32(uK+uk))))
		f.SetArg(t, 0, f.InsertBefore(t, ir.OpIcmp, ir.I32, int64(cond), y, nk))
	}
}

// subtracts reports whether v, an isub or iadd with a constant, takes k
// (mod 2^32) away from its first operand.
func subtracts(f *ir.Func, v ir.Value, k int64) bool {
	c, ok := constValue(f, f.Args(v)[1])
	if f.Op(v) == ir.OpIsub {
		return ok && int32(c) == int32(k)
	}
	return ok && int32(c) == int32(-k)
}

// boundedCounter reports whether the parameter at pos of the header
// with incoming edges in is at most max(its constant arguments, guarded)
// and that bound plus k stays below 2^32: every edge passes a constant,
// except t's first target, which passes the counter plus k under the
// guard (bound guarded).
func boundedCounter(f *ir.Func, in []edge, t ir.Value, pos int, guarded, k uint64) bool {
	bound := guarded
	for _, e := range in {
		if e.term == t && e.idx == 0 {
			continue
		}
		a := f.TargetArg(e.term, e.idx, pos)
		c, ok := constValue(f, a)
		if !ok {
			return false
		}
		bound = max(bound, uint64(uint32(c)))
	}
	return bound+k <= 1<<32-1 // then K + k <= bound + k does not wrap either
}
