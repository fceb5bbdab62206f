package opt

import (
	"math/bits"
	"sync"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// GVN removes redundant computations: an instruction equal to one that
// dominates it (same opcode, type, immediates and operands) is replaced by
// it. An instruction with an operand so replaced is folded again (see
// ConstFold), which is what ConstFold would find after GVN. Only pure
// instructions take part, plus trapping ones whose trap the
// dominating copy would already have raised (division, conversions);
// instructions that read memory, globals or tables are left alone because a
// write may come between.
func GVN(f *ir.Func) {
	dom := ir.Dominators(f)
	r := newReplacer(f)
	s := scratchOf(f)
	// Left empty by the last function, its slots are reused. It holds the
	// entries of one path down the dominator tree: few, even in a function
	// of tens of thousands of values (a few dozen in gobig.wasm's
	// largest), so it starts with at most 1024 slots (16 KB) rather than
	// spread them over megabytes, and grows when needed.
	table := &s.gvnTable
	table.fit(min(f.NumValues(), 512))
	scope := s.gvnScope[:0] // entries inserted, removed when leaving a subtree
	stack := append(s.gvnStack[:0], gvnItem{kids: dom.Children(0), mark: 0})
	numberable := numberableOps()
	visit := func(b ir.Block) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			if !numberable[f.Op(v)] {
				continue // its operands are renamed at the end (apply)
			}
			if r.renameArgs(f, v) && foldable(f.Op(v)) {
				// An operand made equal to another, or to a constant,
				// may let v fold (select c, x, x; x - x ...).
				if fold(f, r, v); f.Op(v) == ir.OpCopy {
					continue
				}
			}
			if f.Op(v) == ir.OpIadd {
				reassocAdd(f, v, table)
			}
			k := key(f, v)
			if w := table.get(k); w != 0 {
				if same(f, v, w) {
					f.Rewrite(v, ir.OpCopy, 0, w)
					r.set(v, w)
				}
				continue
			}
			if table.full() {
				table.grow(scope)
			}
			table.put(k, v)
			scope = append(scope, gvnEntry{k, v})
		}
	}
	visit(0)
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.child < len(top.kids) {
			c := top.kids[top.child]
			top.child++
			stack = append(stack, gvnItem{kids: dom.Children(c), mark: len(scope)})
			visit(c)
			continue
		}
		for i := len(scope) - 1; i >= top.mark; i-- {
			table.del(scope[i].key)
		}
		scope = scope[:top.mark]
		stack = stack[:len(stack)-1]
	}
	s.gvnScope, s.gvnStack = scope, stack
	r.apply(f)
}

// gvnItem is a block of GVN's walk over the dominator tree: its
// children, the next one to visit and where its entries start in the
// scope.
type gvnItem struct {
	kids  []ir.Block
	child int
	mark  int
}

type gvnEntry struct {
	key uint64
	v   ir.Value
}

// gvnTable maps instruction keys to values: open addressing with linear
// probing. Entries are removed in the reverse order of their insertion
// (scopes of the dominator tree walk), and removing the last entry put in
// restores the table exactly as it was before, so a removal just empties
// its slot; growing reinserts the entries in their insertion order to keep
// that true. A slot holds both key and value: one cache miss per probe in
// a table of millions.
type gvnTable struct {
	slots []gvnEntry // v == 0: empty
	n     int
	shift uint
}

func (t *gvnTable) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

func (t *gvnTable) get(k uint64) ir.Value {
	if t.n == 0 {
		return 0
	}
	mask := len(t.slots) - 1
	for i := t.slot(k); t.slots[i].v != 0; i = (i + 1) & mask {
		if t.slots[i].key == k {
			return t.slots[i].v
		}
	}
	return 0
}

// full reports whether one more entry would fill more than half the
// slots.
func (t *gvnTable) full() bool { return 2*(t.n+1) > len(t.slots) }

// put adds k, which is not in the table (which is not full).
func (t *gvnTable) put(k uint64, v ir.Value) {
	mask := len(t.slots) - 1
	i := t.slot(k)
	for t.slots[i].v != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = gvnEntry{k, v}
	t.n++
}

// del removes k, the entry put in last of those still in the table.
func (t *gvnTable) del(k uint64) {
	mask := len(t.slots) - 1
	i := t.slot(k)
	for t.slots[i].key != k || t.slots[i].v == 0 {
		i = (i + 1) & mask
	}
	t.slots[i].v = 0
	t.n--
}

// fit sizes the empty table for at most n entries, as far as its memory
// goes (it grows when needed): a small function after a large one then
// probes a few cache lines rather than slots all over megabytes. Every
// slot beyond those in use is empty.
func (t *gvnTable) fit(n int) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if size = min(size, cap(t.slots)); size > 0 {
		t.setSize(size)
	}
}

func (t *gvnTable) setSize(size int) {
	t.slots = t.slots[:size]
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
}

// grow doubles the table; live holds its entries in insertion order.
func (t *gvnTable) grow(live []gvnEntry) {
	size := max(64, 2*len(t.slots))
	if size <= cap(t.slots) {
		for i := range t.slots {
			t.slots[i].v = 0
		}
		t.setSize(size)
	} else {
		t.slots = make([]gvnEntry, size)
		t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	}
	t.n = 0
	for _, e := range live {
		t.put(e.key, e.v)
	}
}

// numberableOps holds numberable by opcode, worked out at the first GVN:
// GVN asks for every instruction.
var numberableOps = sync.OnceValue(func() *[256]bool {
	var ops [256]bool
	for op := range ops {
		ops[op] = numberable(ir.Op(op))
	}
	return &ops
})

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
	return keyOf(f.Op(v), f.Type(v), f.Aux(v), f.Aux2(v), f.Args(v))
}

// keyOf is the key of an instruction op of type t with immediates aux
// and aux2 and arguments args.
func keyOf(op ir.Op, t ir.Type, aux, aux2 int64, args []ir.Value) uint64 {
	h := uint64(op)*0x9E3779B97F4A7C15 ^ uint64(t)<<8
	h = (h ^ uint64(aux)) * 0xff51afd7ed558ccd
	h = (h ^ uint64(aux2)) * 0xc4ceb9fe1a85ec53
	for _, a := range args {
		h = (h ^ uint64(a)) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	return h
}

// reassocAdd rewrites addition v = p + (o + c), c a constant, as
// (p + o) + c when the table holds p + o (or o + p), which then
// dominates v: v becomes a value already computed plus a constant, which
// the backends fold into an access's displacement (out[o] and then
// out[o+1], out[o+2] of a loop writing bytes). The count of additions
// stays the same (o + c stays where it has other uses), and i32 and i64
// additions are associative, wrapping or not.
func reassocAdd(f *ir.Func, v ir.Value, table *gvnTable) {
	args := f.Args(v)
	t := f.Type(v)
	for k := range 2 {
		q, p := args[k], args[1-k]
		if f.Op(q) != ir.OpIadd || f.Op(p) == ir.OpIconst {
			continue
		}
		o, c := f.Args(q)[0], f.Args(q)[1]
		if f.Op(o) == ir.OpIconst {
			o, c = c, o
		}
		if f.Op(c) != ir.OpIconst || f.Op(o) == ir.OpIconst {
			continue
		}
		for _, pair := range [2][2]ir.Value{{p, o}, {o, p}} {
			w := table.get(keyOf(ir.OpIadd, t, 0, 0, pair[:]))
			if w != 0 && f.Op(w) == ir.OpIadd && f.Type(w) == t && f.Aux(w) == 0 && f.Aux2(w) == 0 &&
				f.Args(w)[0] == pair[0] && f.Args(w)[1] == pair[1] {
				f.Rewrite(v, ir.OpIadd, 0, w, c)
				return
			}
		}
	}
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
