package opt

import (
	"math/bits"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// CopyLoops turns loops that only copy or fill memory into a guarded
// memory.copy or memory.fill: the C library's memcpy, memmove and memset,
// which toolchains compile to byte and word loops when bulk memory is off
// (the default), and the loops that inlining leaves in callers. A loop of
// one block whose body is load/store pairs at addresses that advance by
// the same step each iteration, tiling the step exactly in order, plus
// the counters and the exit test, copies one contiguous range in one
// direction; one whose body stores one value the loop does not change,
// tiling the step in any order, fills one. A copy's stored word may also
// be a funnel of two adjacent loaded words, the last one carried to the
// next iteration (musl's memcpy for a misaligned source: (w1 << 24) |
// (w0 >> 8)): it copies memory from a byte offset into the word before.
//
// New blocks before the loop compute the trip count and the ranges from
// the values the loop starts with, and take memory.copy or memory.fill
// only for loops of at least minCopyIterations iterations, and only when
// the result is the loop's: the trip count is the one the exit test
// gives without any counter or address wrapping, the ranges are in
// bounds (else the loop runs and traps where Wasm says, after its partial
// work), a copy's ranges do not overlap in the way that makes a loop
// differ from memmove (a forward copy with the destination above the
// source, a backward one below; a funnel's not at all, and its first
// carried word must be memory's), and a fill's value stored wider than a
// byte has all its bytes equal. Otherwise the loop runs as it was. The
// values the exit edge passes on are recomputed from the trip count.
func CopyLoops(f *ir.Func) {
	// Candidates first, then what they need of the whole function, once:
	// each loop's own work is then in proportion to its block, so that a
	// function of many loops costs linear time.
	var cands []ir.Block
	for b := range ir.Block(f.NumBlocks()) {
		if b == 0 || f.Removed(b) {
			continue
		}
		t := f.Terminator(b)
		if t == 0 || f.Op(t) != ir.OpBrif || (f.TargetBlock(t, 0) == b) == (f.TargetBlock(t, 1) == b) {
			continue
		}
		if copyShaped(f, b) {
			cands = append(cands, b)
		}
	}
	if len(cands) == 0 {
		return
	}
	cl := &copyLoop{f: f, outsideUse: make([]bool, f.NumValues()), touched: make([]bool, f.NumBlocks()),
		preds: *predEdges(f), rename: make([]ir.Value, f.NumValues())}
	isCand := make([]bool, f.NumBlocks())
	for _, b := range cands {
		isCand[b] = true
	}
	mark := func(o ir.Block, a ir.Value) {
		if ab := f.BlockOf(a); ab != o && ab >= 0 && isCand[ab] {
			cl.outsideUse[a] = true
		}
	}
	for o := range ir.Block(f.NumBlocks()) {
		for v := f.First(o); v != 0; v = f.Next(v) {
			for _, a := range f.Args(v) {
				mark(o, a)
			}
			for i := range f.NumTargets(v) {
				for _, a := range f.Target(v, i).Args {
					mark(o, a)
				}
			}
		}
	}
	renamed, rewritten := false, 0
	for _, b := range cands {
		if rewritten == maxCopyLoops {
			break
		}
		t := f.Terminator(b)
		back := 0
		if f.TargetBlock(t, 1) == b {
			back = 1
		}
		if exit := f.TargetBlock(t, 1-back); cl.touched[b] || int(exit) >= len(cl.touched) || cl.touched[exit] {
			// Given parameters by an earlier loop's rewrite, or exiting
			// into the guard such a rewrite put before a loop.
			continue
		}
		cl.reset(b, t, back)
		if cl.analyze() && cl.liveOut() {
			renamed = renamed || len(cl.outside) > 0
			cl.rewrite()
			rewritten++
		}
	}
	if renamed {
		cl.renameOutside()
	}
}

// maxCopyLoops bounds the loops rewritten in one function: each adds its
// guard (some 50 instructions), and a hostile module could hold
// thousands of tiny loops in one body. Real functions have a few (libc's
// memcpy four).
const maxCopyLoops = 32

// minCopyIterations is the fewest iterations for which a copy loop
// becomes memory.copy.
const minCopyIterations = 16

// copyShaped is the cheap filter: b holds at least one store and
// nothing but the operations a copy loop is made of.
func copyShaped(f *ir.Func, b ir.Block) bool {
	stores := 0
	for v := f.First(b); v != f.Last(b); v = f.Next(v) {
		switch f.Op(v) {
		case ir.OpIconst, ir.OpIadd, ir.OpIsub, ir.OpIcmp, ir.OpIeqz, ir.OpIshl, ir.OpIshrU, ir.OpIor,
			ir.OpLoad, ir.OpLoad8U, ir.OpLoad8S, ir.OpLoad16U, ir.OpLoad16S, ir.OpLoad32U, ir.OpLoad32S:
		case ir.OpStore, ir.OpStore8, ir.OpStore16, ir.OpStore32:
			stores++
		default:
			return false
		}
	}
	return stores > 0
}

// affine is a 32-bit value iv + inv + c, wrapping: iv a parameter of the
// loop (-1: none), inv a value the loop does not change (0: none).
type affine struct {
	iv  int
	inv ir.Value
	c   int64
}

// copyPair is one load and the store of its value, or a store of fill.
type copyPair struct {
	width    int64
	fill     ir.Value // the value stored, in a fill loop
	funnel   bool     // stores bytes of two adjacent loaded words (see funnelOf)
	load     ir.Value // the load (the later word, for a funnel)
	loadOff  int64    // its static offset
	src, dst affine
	srcOff   int64 // the accesses' static offsets
	dstOff   int64
}

type copyLoop struct {
	f     *ir.Func
	b     ir.Block
	t     ir.Value
	back  int
	steps []int64 // per parameter; 0 for one the loop passes back unchanged
	aff   map[ir.Value]affine
	pairs []copyPair
	uses  map[ir.Value]int // uses inside the loop of its loads and shifts
	carry int              // the parameter carrying a funnel copy's last word, or -1

	// the exit test: continue while cond(x, K), x = counter + c0
	counter int
	c0      int64
	cond    ir.Cond
	kConst  int64
	kValue  ir.Value // K when not a constant

	step int64 // of both address parameters: ±(bytes per iteration)

	outside []ir.Value // loop values used after it other than by the exit edge

	// For the whole function, computed once (CopyLoops):
	outsideUse []bool     // per value of a candidate loop: used in another block
	preds      predTable  // as before any rewrite
	touched    []bool     // per block: given parameters by passOut
	rename     []ir.Value // per value: the exit block parameter its uses after the loop read
}

func (cl *copyLoop) reset(b ir.Block, t ir.Value, back int) {
	cl.b, cl.t, cl.back, cl.carry = b, t, back, -1
	cl.steps, cl.pairs, cl.outside = cl.steps[:0], cl.pairs[:0], cl.outside[:0]
	cl.c0, cl.cond, cl.kConst, cl.kValue, cl.counter, cl.step = 0, 0, 0, 0, 0, 0
	if cl.aff == nil {
		cl.aff = make(map[ir.Value]affine)
		cl.uses = make(map[ir.Value]int)
	}
	clear(cl.aff)
	clear(cl.uses)
}

// affineOf returns v as an affine value, if it is one.
func (cl *copyLoop) affineOf(v ir.Value) (affine, bool) {
	f := cl.f
	if k, ok := constValue(f, v); ok && f.Type(v) == ir.I32 {
		return affine{iv: -1, c: int64(int32(k))}, true
	}
	if f.BlockOf(v) != cl.b {
		if f.Type(v) != ir.I32 {
			return affine{}, false
		}
		return affine{iv: -1, inv: v}, true
	}
	if f.Op(v) == ir.OpParam {
		i := int(f.Aux(v))
		if i == cl.carry {
			return affine{}, false
		}
		if cl.steps[i] == 0 {
			// Unchanged by the loop: an invariant, which the guard
			// reads from its own parameter.
			return affine{iv: -1, inv: v}, f.Type(v) == ir.I32
		}
		return affine{iv: i}, true
	}
	a, ok := cl.aff[v]
	return a, ok
}

// fillValue reports whether v, stored, can fill memory: an integer or an
// i8x16 splat that the loop does not change. (Whether an integer's bytes
// are all equal the guard checks.)
func (cl *copyLoop) fillValue(v ir.Value) bool {
	f := cl.f
	if f.BlockOf(v) == cl.b && (f.Op(v) != ir.OpParam || cl.steps[f.Aux(v)] != 0 || int(f.Aux(v)) == cl.carry) {
		return false
	}
	switch f.Type(v) {
	case ir.I32, ir.I64:
		return true
	case ir.V128:
		return f.Op(v) == ir.OpVsplat && ir.Shape(f.Aux(v)) == ir.I8x16
	}
	return false
}

func addAffine(x, y affine) (affine, bool) {
	if x.iv >= 0 && y.iv >= 0 || x.inv != 0 && y.inv != 0 {
		return affine{}, false
	}
	r := affine{iv: max(x.iv, y.iv), inv: x.inv + y.inv, c: int64(int32(x.c + y.c))}
	return r, true
}

// analyze reports whether the loop is a copy loop, filling in cl.
func (cl *copyLoop) analyze() bool {
	f, b, t := cl.f, cl.b, cl.t
	params := f.Params(b)
	for i, p := range params {
		a := f.TargetArg(t, cl.back, i)
		step := int64(0)
		if a != p && f.BlockOf(a) == b && f.Op(a) == ir.OpLoad && cl.carry < 0 {
			// A word loaded in one iteration and used in the next: a
			// funnel copy's (funnelOf checks the rest).
			cl.carry = i
			cl.steps = append(cl.steps, 0)
			continue
		}
		if a != p {
			if f.Type(p) != ir.I32 || f.BlockOf(a) != b || f.Op(a) != ir.OpIadd && f.Op(a) != ir.OpIsub {
				return false
			}
			x, y := f.Args(a)[0], f.Args(a)[1]
			k, ok := constValue(f, y)
			if !ok && f.Op(a) == ir.OpIadd {
				x, y = y, x
				k, ok = constValue(f, y)
			}
			if !ok || x != p {
				return false
			}
			step = int64(int32(k))
			if f.Op(a) == ir.OpIsub {
				step = int64(-int32(k))
			}
			if step == 0 || step == -1<<31 {
				return false
			}
		}
		cl.steps = append(cl.steps, step)
	}
	count := func(a ir.Value) {
		if f.BlockOf(a) == b {
			switch f.Op(a) {
			case ir.OpIshl, ir.OpIshrU, ir.OpIor:
				cl.uses[a]++
			default:
				if f.Op(a).IsLoad() {
					cl.uses[a]++
				}
			}
		}
	}
	for v := f.First(b); v != 0; v = f.Next(v) {
		for _, a := range f.Args(v) {
			count(a)
		}
	}
	for i := range f.NumTargets(t) {
		for _, a := range f.Target(t, i).Args {
			count(a)
		}
	}
	consumed := 0              // loads and shifts accounted for by the pairs
	var pending, prev ir.Value // the load whose store comes next; the one before
	for v := f.First(b); v != t; v = f.Next(v) {
		args := f.Args(v)
		switch op := f.Op(v); op {
		case ir.OpIshl, ir.OpIshrU, ir.OpIor: // checked as parts of funnels
		case ir.OpIconst:
		case ir.OpIadd, ir.OpIsub:
			if f.Type(v) != ir.I32 {
				return false
			}
			// One that is not affine is no address; an exit argument
			// using it refuses the loop.
			x, ok1 := cl.affineOf(args[0])
			y, ok2 := cl.affineOf(args[1])
			if op == ir.OpIsub {
				ok2 = ok2 && y.iv < 0 && y.inv == 0
				y.c = -y.c
			}
			if s, ok := addAffine(x, y); ok && ok1 && ok2 {
				cl.aff[v] = s
			}
		case ir.OpIcmp, ir.OpIeqz:
			if v != f.Args(t)[0] {
				return false
			}
		case ir.OpStore, ir.OpStore8, ir.OpStore16, ir.OpStore32:
			if pending == 0 && cl.fillValue(args[1]) {
				// A store of a value the loop does not change: a fill.
				w := accessBytes(f, v)
				dst, ok := cl.affineOf(args[0])
				if w == 0 || !ok || dst.iv < 0 || len(cl.pairs) > 0 && cl.pairs[0].fill != args[1] {
					return false
				}
				cl.pairs = append(cl.pairs, copyPair{width: w, fill: args[1], dst: dst, dstOff: int64(uint32(f.Aux(v)))})
				break
			}
			if pending == 0 || len(cl.pairs) > 0 && cl.pairs[0].fill != 0 {
				return false
			}
			w := accessBytes(f, v)
			shift, funnel := int64(0), args[1] != pending
			if funnel {
				var parts int
				if shift, parts = cl.funnelOf(args[1], pending, prev); parts == 0 {
					return false
				}
				consumed += parts
			} else if cl.uses[pending] != 1 {
				return false
			}
			if w == 0 || w != accessBytes(f, pending) || len(cl.pairs) > 0 && cl.pairs[0].funnel != funnel {
				return false
			}
			src, ok1 := cl.affineOf(f.Args(pending)[0])
			dst, ok2 := cl.affineOf(args[0])
			if !ok1 || !ok2 || src.iv < 0 || dst.iv < 0 {
				return false
			}
			// A funnel's bytes start shift bytes into the word before the
			// one it loads.
			srcOff := int64(uint32(f.Aux(pending))) + shift
			if funnel {
				srcOff -= w
			}
			cl.pairs = append(cl.pairs, copyPair{width: w, funnel: funnel, load: pending, loadOff: int64(uint32(f.Aux(pending))),
				src: src, dst: dst, srcOff: srcOff, dstOff: int64(uint32(f.Aux(v)))})
			consumed++
			pending, prev = 0, pending
		default: // a load
			if pending != 0 || accessBytes(f, v) == 0 {
				return false
			}
			pending = v
		}
	}
	if pending != 0 || consumed != len(cl.uses) {
		return false // a load or shift that is no part of a pair
	}
	if cl.carry >= 0 {
		// The carried word is the last one loaded, going forwards: the
		// next iteration's first funnel reads it as the word before its
		// own.
		if !cl.pairs[0].funnel || f.TargetArg(t, cl.back, cl.carry) != cl.pairs[len(cl.pairs)-1].load || cl.steps[cl.pairs[0].src.iv] <= 0 {
			return false
		}
	} else if len(cl.pairs) > 0 && cl.pairs[0].funnel {
		return false
	}
	return cl.tiles() && cl.exitTest()
}

// funnelOf matches a stored value v = (l << (bits - 8a)) | (p >>u 8a), l
// the load just made and p the word loaded before it (prev), or, first
// in the iteration, the carried parameter: its bytes are memory's from a
// bytes into p's word on, if the words are adjacent (which the pairs'
// tiling checks) and memory between them unchanged (the guard's). It
// returns a and the number of values (the shifts and the or) it
// accounts for, 0 if v is not one.
func (cl *copyLoop) funnelOf(v, l, prev ir.Value) (shift int64, parts int) {
	f := cl.f
	if f.Op(v) != ir.OpIor || f.BlockOf(v) != cl.b || f.Op(l) != ir.OpLoad || cl.uses[v] != 1 {
		return 0, 0
	}
	size := int64(32)
	if f.Type(l) == ir.I64 {
		size = 64
	}
	x, y := f.Args(v)[0], f.Args(v)[1]
	if f.Op(x) == ir.OpIshrU {
		x, y = y, x
	}
	if f.Op(x) != ir.OpIshl || f.Op(y) != ir.OpIshrU || f.BlockOf(x) != cl.b || f.BlockOf(y) != cl.b ||
		f.Args(x)[0] != l || cl.uses[x] != 1 || cl.uses[y] != 1 {
		return 0, 0
	}
	left, ok1 := constValue(f, f.Args(x)[1])
	right, ok2 := constValue(f, f.Args(y)[1])
	if !ok1 || !ok2 || right <= 0 || right >= size || right%8 != 0 || left+right != size || cl.uses[l] != 2 {
		return 0, 0
	}
	p := f.Args(y)[0]
	if prev == 0 {
		if cl.carry < 0 || p != f.Params(cl.b)[cl.carry] {
			return 0, 0
		}
	} else if p != prev {
		return 0, 0
	}
	return right / 8, 3
}

// accessBytes is f.AccessBytes(v) for a load or store of an integer or
// v128, 0 for a float one: a float loaded and stored again need not keep
// its bits on every engine's path.
func accessBytes(f *ir.Func, v ir.Value) int64 {
	val := v
	if f.Op(v).IsStore() {
		val = f.Args(v)[1]
	}
	if f.Type(val).IsFloat() {
		return 0
	}
	return int64(f.AccessBytes(v))
}

// tiles reports whether the pairs copy, in order, one contiguous block of
// |step| bytes per iteration, going the way the addresses step: then the
// loop as a whole copies one range, forwards or backwards.
func (cl *copyLoop) tiles() bool {
	p0 := cl.pairs[0]
	if p0.fill != 0 {
		return cl.fillTiles()
	}
	step := cl.steps[p0.src.iv]
	if cl.steps[p0.dst.iv] != step || step == 0 {
		return false
	}
	size := max(step, -step)
	if size&(size-1) != 0 {
		return false
	}
	delta := p0.src.c + p0.srcOff - p0.dst.c - p0.dstOff
	next := p0.dst.c + p0.dstOff // forwards: where the next pair starts; backwards: ends
	if step < 0 {
		next += p0.width
	}
	total := int64(0)
	for _, p := range cl.pairs {
		if p.src.iv != p0.src.iv || p.src.inv != p0.src.inv || p.dst.iv != p0.dst.iv || p.dst.inv != p0.dst.inv {
			return false
		}
		k := p.dst.c + p.dstOff
		if p.src.c+p.srcOff-k != delta {
			return false
		}
		if step > 0 {
			if k != next {
				return false
			}
			next = k + p.width
		} else {
			if k+p.width != next {
				return false
			}
			next = k
		}
		total += p.width
	}
	cl.step = step
	return total == size
}

// fillTiles is tiles for a fill: the stores, in any order (they all
// store the same bytes), cover |step| bytes exactly.
func (cl *copyLoop) fillTiles() bool {
	p0 := cl.pairs[0]
	step := cl.steps[p0.dst.iv]
	size := max(step, -step)
	if size&(size-1) != 0 || size > 1<<10 {
		return false
	}
	var covered [1 << 10]bool
	kmin := int64(1 << 62)
	for _, p := range cl.pairs {
		kmin = min(kmin, p.dst.c+p.dstOff)
	}
	total := int64(0)
	for _, p := range cl.pairs {
		if p.dst.iv != p0.dst.iv || p.dst.inv != p0.dst.inv {
			return false
		}
		k := p.dst.c + p.dstOff - kmin
		if k+p.width > size {
			return false
		}
		for i := k; i < k+p.width; i++ {
			if covered[i] {
				return false
			}
			covered[i] = true
		}
		total += p.width
	}
	cl.step = step
	return total == size
}

// exitTest reads the loop's exit test as "continue while cond(x, K)",
// x = counter + c0, in one of the forms whose trip count the guard can
// compute: ne K; gt_u K counting down; lt_u K counting up.
func (cl *copyLoop) exitTest() bool {
	f, t, b := cl.f, cl.t, cl.b
	c := f.Args(t)[0]
	var x, k ir.Value
	cond := ir.Ne
	switch {
	case f.BlockOf(c) == b && f.Op(c) == ir.OpIcmp:
		x, k, cond = f.Args(c)[0], f.Args(c)[1], ir.Cond(f.Aux(c))
		if _, ok := cl.counterOf(x); !ok {
			x, k, cond = k, x, swapCond(cond)
		}
	case f.BlockOf(c) == b && f.Op(c) == ir.OpIeqz:
		x, cond = f.Args(c)[0], ir.Eq
	default:
		x = c
	}
	if f.Type(x) != ir.I32 {
		return false
	}
	if cl.back == 1 {
		cond = invert(cond)
	}
	a, ok := cl.counterOf(x)
	if !ok {
		return false
	}
	cl.counter, cl.c0 = a.iv, a.c
	if k == 0 {
		cl.kConst = 0
	} else if kc, ok := constValue(f, k); ok {
		cl.kConst = int64(uint32(kc))
	} else if f.BlockOf(k) != b && f.Type(k) == ir.I32 {
		cl.kValue = k
	} else {
		return false
	}
	step := cl.steps[cl.counter]
	if d := max(step, -step); d&(d-1) != 0 {
		return false
	}
	switch {
	case cond == ir.GeU && step < 0 && cl.kValue == 0 && cl.kConst > 0:
		cond, cl.kConst = ir.GtU, cl.kConst-1
	case cond == ir.LeU && step > 0 && cl.kValue == 0 && cl.kConst < 1<<32-1:
		cond, cl.kConst = ir.LtU, cl.kConst+1
	}
	cl.cond = cond
	return cond == ir.Ne || cond == ir.GtU && step < 0 || cond == ir.LtU && step > 0
}

// counterOf returns x as a counter parameter plus a constant.
func (cl *copyLoop) counterOf(x ir.Value) (affine, bool) {
	a, ok := cl.affineOf(x)
	return a, ok && a.iv >= 0 && a.inv == 0
}

func swapCond(c ir.Cond) ir.Cond {
	switch c {
	case ir.LtU:
		return ir.GtU
	case ir.GtU:
		return ir.LtU
	case ir.LeU:
		return ir.GeU
	case ir.GeU:
		return ir.LeU
	case ir.LtS:
		return ir.GtS
	case ir.GtS:
		return ir.LtS
	case ir.LeS:
		return ir.GeS
	case ir.GeS:
		return ir.LeS
	}
	return c
}

// liveOut reports whether every value of the loop used after it is one
// the guard can recompute (a parameter or an address-like sum), and
// collects those used other than through the exit edge: the exit block
// must then have the loop as its only predecessor, so that they can
// become its parameters.
func (cl *copyLoop) liveOut() bool {
	f, b := cl.f, cl.b
	recomputable := func(a ir.Value) bool {
		if f.BlockOf(a) != b {
			return true
		}
		if f.Op(a) == ir.OpParam {
			return int(f.Aux(a)) != cl.carry
		}
		_, ok := cl.affineOf(a)
		return ok
	}
	check := func(v ir.Value) bool {
		if !cl.outsideUse[v] {
			return true
		}
		cl.outside = append(cl.outside, v)
		return recomputable(v)
	}
	for _, p := range f.Params(b) {
		if !check(p) {
			return false
		}
	}
	for v := f.First(b); v != 0; v = f.Next(v) {
		if !check(v) {
			return false
		}
	}
	exit := f.Target(cl.t, 1-cl.back)
	if len(cl.outside) > 0 && len(cl.preds.of(exit.Block)) != 1 {
		return false
	}
	for _, a := range exit.Args {
		if !recomputable(a) {
			return false
		}
	}
	return true
}

// passOut makes the loop's values used after it parameters of the exit
// block (its only predecessor is the loop), so that the copy's path can
// pass them too; renameOutside points their uses there.
func (cl *copyLoop) passOut() {
	f := cl.f
	exit := f.TargetBlock(cl.t, 1-cl.back)
	for _, v := range cl.outside {
		cl.rename[v] = f.AddParam(exit, f.Type(v))
		f.AppendTargetArg(cl.t, 1-cl.back, v)
	}
	cl.touched[exit] = true
}

// renameOutside rewrites the uses, outside their loops, of the values
// passOut passed on.
func (cl *copyLoop) renameOutside() {
	f := cl.f
	to := func(o ir.Block, a ir.Value) ir.Value {
		if int(a) < len(cl.rename) && cl.rename[a] != 0 && f.BlockOf(a) != o {
			return cl.rename[a]
		}
		return a
	}
	for o := range ir.Block(f.NumBlocks()) {
		for v := f.First(o); v != 0; v = f.Next(v) {
			for i, a := range f.Args(v) {
				f.SetArg(v, i, to(o, a))
			}
			for i := range f.NumTargets(v) {
				args := f.Target(v, i).Args
				for j, a := range args {
					args[j] = to(o, a)
				}
			}
		}
	}
}

// guard emits instructions into a block.
type guard struct {
	f  *ir.Func
	b  ir.Block
	gp []ir.Value // the guard's parameters, for the loop's
	cl *copyLoop
}

func (g *guard) op(op ir.Op, typ ir.Type, args ...ir.Value) ir.Value {
	return g.f.Append(g.b, op, typ, 0, args...)
}
func (g *guard) c32(k int64) ir.Value { return g.f.Append(g.b, ir.OpIconst, ir.I32, int64(int32(k))) }
func (g *guard) c64(k int64) ir.Value { return g.f.Append(g.b, ir.OpIconst, ir.I64, k) }

// shl returns x << k (x of type typ), x itself for k = 0.
func (g *guard) shl(typ ir.Type, x ir.Value, k int) ir.Value {
	if k == 0 {
		return x
	}
	c := g.c64(int64(k))
	if typ == ir.I32 {
		c = g.c32(int64(k))
	}
	return g.op(ir.OpIshl, typ, x, c)
}

func (g *guard) cmp(c ir.Cond, x, y ir.Value) ir.Value {
	return g.f.Append(g.b, ir.OpIcmp, ir.I32, int64(c), x, y)
}

// in maps a loop value the guard reads (an invariant parameter) to the
// guard's.
func (g *guard) in(v ir.Value) ir.Value {
	if g.f.BlockOf(v) == g.cl.b {
		return g.gp[g.f.Aux(v)]
	}
	return v
}

// at returns affine a's value in iteration n (an i32; 0 for the first).
func (g *guard) at(a affine, n ir.Value) ir.Value {
	var v ir.Value
	if a.iv >= 0 {
		v = g.gp[a.iv]
		if step := g.cl.steps[a.iv]; step != 0 && n != 0 {
			var by ir.Value
			if d := max(step, -step); d&(d-1) == 0 {
				by = g.shl(ir.I32, n, bits.TrailingZeros64(uint64(d)))
			} else {
				by = g.op(ir.OpImul, ir.I32, n, g.c32(d))
			}
			if step > 0 {
				v = g.op(ir.OpIadd, ir.I32, v, by)
			} else {
				v = g.op(ir.OpIsub, ir.I32, v, by)
			}
		}
	}
	if a.inv != 0 {
		if v == 0 {
			v = g.in(a.inv)
		} else {
			v = g.op(ir.OpIadd, ir.I32, v, g.in(a.inv))
		}
	}
	if v == 0 {
		return g.c32(a.c)
	}
	if a.c != 0 {
		v = g.op(ir.OpIadd, ir.I32, v, g.c32(a.c))
	}
	return v
}

// rangeOf returns where in memory (an i64) the bytes that side reads
// from the pairs (their affine address and offset) start, given the
// number of iterations less one, n1. It does not check that the loop's
// 32-bit addresses do not wrap: the highest, counted from the lowest
// without wrapping, is below the range's end (every pair's c is at most
// its c + offset, which is below kmin + |step|), so the bounds check
// covers it.
func (g *guard) rangeOf(side func(copyPair) (affine, int64), n1x32 ir.Value) ir.Value {
	cl := g.cl
	a, _ := side(cl.pairs[0])
	cmin, kmin := a.c, int64(1<<62)
	for _, p := range cl.pairs {
		s, off := side(p)
		cmin, kmin = min(cmin, s.c), min(kmin, s.c+off)
	}
	// The lowest address the loop forms: the first iteration's forwards,
	// the last one's backwards.
	first := a
	first.c = cmin
	var it ir.Value // 0: the first iteration
	if cl.step < 0 {
		it = n1x32
	}
	start := g.op(ir.OpExtendU, ir.I64, g.at(first, it))
	if kmin > cmin {
		start = g.op(ir.OpIadd, ir.I64, start, g.c64(kmin-cmin))
	}
	return start
}

func srcSide(p copyPair) (affine, int64)  { return p.src, p.srcOff }
func dstSide(p copyPair) (affine, int64)  { return p.dst, p.dstOff }
func loadSide(p copyPair) (affine, int64) { return p.src, p.loadOff }

// funnelSource returns where a funnel copy's bytes start in memory (an
// i64), and ok and-ed with its conditions: the words it reads, from the
// one before the first load (the carried word's) to the last, lie in
// memory apart from the destination, so that no store changes a word
// before it is read; and the carried word is that memory's. Checking the
// last needs a load, after the bounds: it goes in a block of its own,
// which becomes g.b.
func (g *guard) funnelSource(ok, dst, length, mem ir.Value) (src, ok2 ir.Value) {
	f, cl := g.f, g.cl
	p0 := cl.pairs[0]
	loads := g.rangeOf(loadSide, 0) // a funnel copies forwards
	w := g.c64(p0.width)
	before := g.op(ir.OpIsub, ir.I64, loads, w) // the carried word
	end := g.op(ir.OpIadd, ir.I64, loads, length)
	ok = g.op(ir.OpIand, ir.I32, ok, g.cmp(ir.GeU, loads, w))
	ok = g.op(ir.OpIand, ir.I32, ok, g.cmp(ir.LeU, end, mem))
	apart := g.op(ir.OpIor, ir.I32, g.cmp(ir.LeU, g.op(ir.OpIadd, ir.I64, dst, length), before), g.cmp(ir.GeU, dst, end))
	ok = g.op(ir.OpIand, ir.I32, ok, apart)

	carried := f.NewBlock()
	f.Terminate(g.b, ir.OpBrif, 0, []ir.Value{ok}, ir.Target{Block: carried}, ir.Target{Block: cl.b, Args: g.gp})
	g.b = carried
	word := f.Append(g.b, ir.OpLoad, f.Type(p0.load), 0, g.op(ir.OpWrap, ir.I32, before))
	ok2 = g.cmp(ir.Eq, word, g.gp[cl.carry])
	src = g.op(ir.OpIadd, ir.I64, before, g.c64(p0.srcOff-p0.loadOff+p0.width))
	return src, ok2
}

// fillByte returns the i32 whose low byte memory.fill stores for the
// loop's fill value v, and, for an integer stored wider than a byte, the
// condition (i32) that every byte the loop stores is that byte.
func (g *guard) fillByte(v ir.Value) (b8, same ir.Value) {
	f := g.f
	v = g.in(v)
	switch f.Type(v) {
	case ir.V128: // an i8x16 splat
		return f.Args(v)[0], 0
	case ir.I32:
		b8 = v
		v = g.op(ir.OpExtendU, ir.I64, v)
	default:
		b8 = g.op(ir.OpWrap, ir.I32, v)
	}
	w := int64(0)
	for _, p := range g.cl.pairs {
		w = max(w, p.width)
	}
	if w == 1 {
		return b8, 0
	}
	ones, mask := int64(0), int64(-1)
	for i := range w {
		ones |= 1 << (8 * i)
	}
	if w < 8 {
		mask = 1<<(8*w) - 1
	}
	splat := g.op(ir.OpImul, ir.I64, g.op(ir.OpIand, ir.I64, v, g.c64(0xff)), g.c64(ones))
	return b8, g.cmp(ir.Eq, splat, g.op(ir.OpIand, ir.I64, v, g.c64(mask)))
}

// rewrite puts the guard and the memory.copy before the loop.
func (cl *copyLoop) rewrite() {
	f, b, t := cl.f, cl.b, cl.t
	if len(cl.outside) > 0 {
		cl.passOut()
	}
	preds := cl.preds.of(b)
	gb := f.NewBlock()
	g := &guard{f: f, b: gb, cl: cl}
	for _, p := range f.Params(b) {
		g.gp = append(g.gp, f.AddParam(gb, f.Type(p)))
	}
	for _, e := range preds {
		if e.term != t {
			f.SetTargetBlock(e.term, e.idx, gb)
		}
	}

	// The iterations less one, n1: the first n with !cond(x_n, K), where
	// x_n = x_0 + n*d, with no wrap of x between x_0 and x_n.
	step := cl.steps[cl.counter]
	d := max(step, -step)
	lg := bits.TrailingZeros64(uint64(d))
	x0 := g.gp[cl.counter]
	if cl.c0 != 0 {
		x0 = g.op(ir.OpIadd, ir.I32, x0, g.c32(cl.c0))
	}
	x := g.op(ir.OpExtendU, ir.I64, x0)
	var k ir.Value
	if cl.kValue != 0 {
		k = g.op(ir.OpExtendU, ir.I64, g.in(cl.kValue))
	} else {
		k = g.c64(cl.kConst)
	}
	var n1, ok ir.Value
	roundUp := func(diff ir.Value) ir.Value {
		return g.op(ir.OpIshrU, ir.I64, g.op(ir.OpIadd, ir.I64, diff, g.c64(d-1)), g.c64(int64(lg)))
	}
	switch {
	case cl.cond == ir.Ne:
		// x reaches K exactly, without passing 0 (down) or 2^32 (up).
		var diff ir.Value
		if step < 0 {
			ok, diff = g.cmp(ir.GeU, x, k), g.op(ir.OpIsub, ir.I64, x, k)
		} else {
			ok, diff = g.cmp(ir.LeU, x, k), g.op(ir.OpIsub, ir.I64, k, x)
		}
		if d > 1 {
			aligned := g.op(ir.OpIeqz, ir.I32, g.op(ir.OpIand, ir.I64, diff, g.c64(d-1)))
			ok = g.op(ir.OpIand, ir.I32, ok, aligned)
		}
		n1 = diff
		if lg > 0 {
			n1 = g.op(ir.OpIshrU, ir.I64, diff, g.c64(int64(lg)))
		}
	case step < 0: // gt_u: x_n1 <= K, and x_n1 >= 0
		n1 = g.f.Append(g.b, ir.OpSelect, ir.I64, 0, g.cmp(ir.GtU, x, k), roundUp(g.op(ir.OpIsub, ir.I64, x, k)), g.c64(0))
		ok = g.cmp(ir.LeU, g.shl(ir.I64, n1, lg), x)
	default: // lt_u: x_n1 >= K, and x_n1 < 2^32
		n1 = g.f.Append(g.b, ir.OpSelect, ir.I64, 0, g.cmp(ir.LtU, x, k), roundUp(g.op(ir.OpIsub, ir.I64, k, x)), g.c64(0))
		ok = g.cmp(ir.LeU, g.op(ir.OpIadd, ir.I64, x, g.shl(ir.I64, n1, lg)), g.c64(1<<32-1))
	}
	// Short loops stay loops: a call to the copy routine and the checks
	// below cost more than a few iterations.
	ranges := f.NewBlock()
	ok = g.op(ir.OpIand, ir.I32, ok, g.cmp(ir.GeU, n1, g.c64(minCopyIterations-1)))
	f.Terminate(gb, ir.OpBrif, 0, []ir.Value{ok}, ir.Target{Block: ranges}, ir.Target{Block: b, Args: g.gp})
	g.b = ranges

	n1x32 := g.op(ir.OpWrap, ir.I32, n1)
	dst := g.rangeOf(dstSide, n1x32)
	size := max(cl.step, -cl.step)
	length := g.shl(ir.I64, g.op(ir.OpIadd, ir.I64, n1, g.c64(1)), bits.TrailingZeros64(uint64(size)))
	mem := g.op(ir.OpIshl, ir.I64, g.op(ir.OpExtendU, ir.I64, g.f.Append(g.b, ir.OpMemSize, ir.I32, 0)), g.c64(16))
	ok = g.cmp(ir.LeU, g.op(ir.OpIadd, ir.I64, dst, length), mem)
	var src, fill ir.Value
	if v := cl.pairs[0].fill; v != 0 {
		var same ir.Value
		fill, same = g.fillByte(v)
		if same != 0 {
			ok = g.op(ir.OpIand, ir.I32, ok, same)
		}
	} else if cl.pairs[0].funnel {
		src, ok = g.funnelSource(ok, dst, length, mem)
	} else {
		src = g.rangeOf(srcSide, n1x32)
		srcIn := g.cmp(ir.LeU, g.op(ir.OpIadd, ir.I64, src, length), mem)
		// Where the ranges overlap, the loop is memmove only copying
		// away from the destination's side.
		var apart ir.Value
		if cl.step > 0 {
			apart = g.op(ir.OpIor, ir.I32, g.cmp(ir.LeU, dst, src), g.cmp(ir.GeU, dst, g.op(ir.OpIadd, ir.I64, src, length)))
		} else {
			apart = g.op(ir.OpIor, ir.I32, g.cmp(ir.GeU, dst, src), g.cmp(ir.LeU, g.op(ir.OpIadd, ir.I64, dst, length), src))
		}
		ok = g.op(ir.OpIand, ir.I32, g.op(ir.OpIand, ir.I32, ok, srcIn), apart)
	}

	fast := f.NewBlock()
	f.Terminate(g.b, ir.OpBrif, 0, []ir.Value{ok}, ir.Target{Block: fast}, ir.Target{Block: b, Args: g.gp})
	g.b = fast
	if fill != 0 {
		g.op(ir.OpMemFill, ir.Void, g.op(ir.OpWrap, ir.I32, dst), fill, g.op(ir.OpWrap, ir.I32, length))
	} else {
		g.op(ir.OpMemCopy, ir.Void, g.op(ir.OpWrap, ir.I32, dst), g.op(ir.OpWrap, ir.I32, src), g.op(ir.OpWrap, ir.I32, length))
	}
	exit := f.Target(t, 1-cl.back)
	args := make([]ir.Value, len(exit.Args))
	for i, a := range exit.Args {
		switch {
		case f.BlockOf(a) != b:
			args[i] = a
		case f.Op(a) == ir.OpParam:
			args[i] = g.at(affine{iv: int(f.Aux(a))}, n1x32)
		default:
			av, _ := cl.affineOf(a)
			args[i] = g.at(av, n1x32)
		}
	}
	f.Terminate(fast, ir.OpJump, 0, nil, ir.Target{Block: exit.Block, Args: args})
}
