package translate

import (
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// read returns the value of local x at the end of what block b has
// defined so far.
func (t *Translator) read(x uint32, b ir.Block) ir.Value {
	// The lookup in the rows is written out, as is the store at the end:
	// the defMap methods are too large to be inlined, and most of the
	// reads (5.7 million for a 17 MB Go program) find their slot there.
	i := int(b)*t.defs.nlocals + int(x)
	if i < len(t.defs.dense) {
		if v := t.defs.dense[i]; v != 0 {
			return t.resolve(v)
		}
	} else if v, ok := t.defs.get(b, x); ok {
		return t.resolve(v)
	}
	var v ir.Value
	bs := &t.blocks[b] // stays valid: reads make no blocks
	switch {
	case !bs.sealed:
		// Not all predecessors are known: a parameter whose arguments are
		// filled in when the block is sealed.
		v = t.f.AddParam(b, t.localTypes[x])
		bs.incomplete = append(bs.incomplete, pendingParam{x, v})
	case b == 0:
		v = t.zero(x)
	case len(bs.preds) == 1:
		v = t.read(x, bs.preds[0].from)
	case len(bs.preds) == 0:
		// Only an unreachable block has none; any value will do.
		v = t.zero(x)
	default:
		if k := t.unwritten(x, b); k != b {
			v = t.read(x, k)
			break
		}
		p := t.f.AddParam(b, t.localTypes[x])
		// Record p first: reading through a loop comes back here.
		t.defs.put(b, x, p)
		v = t.fillParam(b, x, p)
	}
	// The reads above may have grown the rows, or moved them to the table.
	if i < len(t.defs.dense) {
		t.defs.dense[i] = v
	} else {
		t.defs.put(b, x, v)
	}
	return v
}

// unwritten returns the furthest dominator of merge block b (b itself if
// none) whose value of local x is b's: one such that no block on the ways
// from it to b sets x. Reading there skips the merges on the way
// (thousands of ifs that do not touch x), which would each make a
// parameter, then remove it as trivial, and leave an entry for x behind:
// quadratic in time and memory, over all locals read.
//
// The blocks on the ways from a dominator d to b are entered after d
// and, but for the loops that hold b and not d, no later than b (only a
// back edge leads to a block entered earlier): d will do if x was last
// set, as of b, or of the end of those loops, no later than d. The
// header of an open loop stops the search: its back edges, still to
// come, may set x.
func (t *Translator) unwritten(x uint32, b ir.Block) ir.Block {
	end := t.blocks[b].seq
	w := t.setBy(x, end)
	for b != 0 {
		bs := &t.blocks[b]
		h := bs.loop
		if h == b {
			// Leaving the loop: the blocks of all of it come in.
			if bs.loopEnd == 0 {
				return b
			}
			if bs.loopEnd > end {
				end = bs.loopEnd
				w = t.setBy(x, end)
			}
			if bs.idomSeq < w {
				return b
			}
			b = bs.idom
			continue
		}
		if w <= t.blocks[h].seq {
			// Not set since the loop's header (the entry if none): every
			// dominator up to it will do (the common case, as for a
			// parameter never set).
			b = h
			continue
		}
		// Set inside: the walk stops below the header.
		for {
			bs := &t.blocks[b]
			if bs.jumpSeq >= w {
				b = bs.jump
				continue
			}
			if bs.idomSeq < w {
				return b
			}
			b = bs.idom
		}
	}
	return b
}

// setBy returns the seq of the last block entered no later than seq end
// that sets local x, or 0.
func (t *Translator) setBy(x uint32, end int32) int32 {
	lw := t.lastWrite[x]
	if lw.seq <= end {
		return lw.seq
	}
	ws := t.writes
	i := lw.at
	for ws[i].seq > end {
		if ws[ws[i].jump].seq > end {
			i = ws[i].jump
		} else {
			i = ws[i].prev
		}
	}
	return ws[i].seq
}

// fillParam gives parameter p of b (standing for local x) its argument on
// every incoming edge. If all of them are the same value (or p itself), p
// is trivial: it is removed and that value returned instead. The
// arguments are added only once p is known to stay (most do not): the
// reads cannot add other parameters to b, whose value for x is p.
func (t *Translator) fillParam(b ir.Block, x uint32, p ir.Value) ir.Value {
	preds := t.blocks[b].preds
	// fillArgs is a stack: the reads fill other blocks' parameters first.
	base := len(t.fillArgs)
	same := ir.Value(0)
	trivial := true
	for _, e := range preds {
		a := t.read(x, e.from)
		t.fillArgs = append(t.fillArgs, a)
		a = t.resolve(a)
		if a == p || a == same {
			continue
		}
		if same != 0 {
			trivial = false
		}
		same = a
	}
	args := t.fillArgs[base:]
	t.fillArgs = t.fillArgs[:base]
	if !trivial || same == 0 {
		bs := &t.blocks[b] // the reads made no blocks
		bs.late = append(bs.late, args...)
		return p
	}
	t.f.RemoveParam(b, int(t.f.Aux(p)))
	t.setAlias(p, same)
	return same
}

// seal records that all of b's predecessors are known and completes the
// parameters added while they were not.
func (t *Translator) seal(b ir.Block) {
	bs := &t.blocks[b]
	if bs.sealed {
		return
	}
	bs.sealed = true
	pending := bs.incomplete
	if len(pending) > 0 {
		t.fillParams(b, pending)
	}
	t.blocks[b].incomplete = pending[:0]
}

// fillParams does what fillParam does for each of the parameters added to
// b while it was not sealed, in the same order, but removes the trivial
// parameters all in one pass at the end. One parameter at a time, with a
// loop that reads thousands of locals, every removal shifted the
// parameters after it.
func (t *Translator) fillParams(b ir.Block, pending []pendingParam) {
	f := t.f
	preds := t.blocks[b].preds
	np := len(pending)
	// args[k*np+j] is the argument of pending parameter j on edge k.
	args := t.sealArgs[:0]
	for range len(preds) * np {
		args = append(args, 0)
	}
	keep := t.sealKeep[:0]
	for range f.Params(b) {
		keep = append(keep, true)
	}
	for j, pp := range pending {
		p := pp.param
		same := ir.Value(0)
		trivial := true
		for k, e := range preds {
			a := t.read(pp.local, e.from)
			args[k*np+j] = a
			a = t.resolve(a)
			if a == p || a == same {
				continue
			}
			if same != 0 {
				trivial = false
			}
			same = a
		}
		if trivial && same != 0 {
			keep[f.Aux(p)] = false
			t.setAlias(p, same)
		}
	}
	// The branches carry arguments for the parameters b was made with;
	// those of the pending ones join them at the end (flushLate).
	bs := &t.blocks[b] // the reads made no blocks
	for j, pp := range pending {
		if keep[f.Aux(pp.param)] {
			for k := range preds {
				bs.late = append(bs.late, args[k*np+j])
			}
		}
	}
	f.KeepParams(b, keep)
	t.sealArgs, t.sealKeep = args, keep
}

// flushLate gives the branches the arguments of the parameters that
// fillParams and fillParam kept (blockState.late), each branch all of
// its own in one go.
func (t *Translator) flushLate() {
	f := t.f
	buf := t.fillArgs[:0] // empty: the reads are over
	for b := range t.blocks {
		late := t.blocks[b].late
		if len(late) == 0 {
			continue
		}
		preds := t.blocks[b].preds
		for k, e := range preds {
			buf = buf[:0]
			for j := k; j < len(late); j += len(preds) {
				buf = append(buf, late[j])
			}
			f.AppendTargetArg(e.term, e.idx, buf...)
		}
	}
	t.fillArgs = buf[:0]
}

func (t *Translator) setAlias(from, to ir.Value) {
	if n := len(t.alias); int(from) >= n {
		t.alias = slices.Grow(t.alias, int(from)+1-n)[:from+1]
		clear(t.alias[n:])
	}
	t.alias[from] = to
	t.aliased = append(t.aliased, from) // a parameter is removed once
}

// resolve follows the aliases of removed parameters.
func (t *Translator) resolve(v ir.Value) ir.Value {
	for int(v) < len(t.alias) && t.alias[v] != 0 {
		next := t.alias[v]
		if int(next) < len(t.alias) && t.alias[next] != 0 {
			t.alias[v] = t.alias[next] // path halving
		}
		v = next
	}
	return v
}

// zero materializes a local's initial value at the top of the entry block.
func (t *Translator) zero(x uint32) ir.Value {
	typ := t.localTypes[x]
	op, aux := ir.OpIconst, int64(0)
	switch {
	case typ.IsFloat():
		op = ir.OpFconst
	case typ.IsRef():
		op = ir.OpRefNull
	case typ == ir.V128:
		op = ir.OpVconst
	}
	var v ir.Value
	if first := t.f.First(0); first != 0 {
		v = t.f.InsertBefore(first, op, typ, aux)
	} else {
		v = t.f.Append(0, op, typ, aux)
	}
	t.defs.put(0, x, v)
	return v
}

// defMap maps (block, local) to a value, keeping its memory across
// functions so that definitions cost no allocation once it has grown.
//
// While a function's blocks times its locals stay within denseLimit, each
// block has a row of values indexed by local: a lookup is one load. Most
// functions qualify, and use their rows well (a large Go program's bodies
// fill about 60% of the slots). One that would go beyond the limit moves
// to an open-addressing hash table, which costs memory in proportion to
// the definitions only.
type defMap struct {
	nlocals int
	// dense holds row b at b*nlocals; 0 marks no definition. Its memory
	// past its length is all zero.
	dense  []ir.Value
	hashed bool // the function has outgrown dense: use the table
	hint   int

	// The hash table. Each function uses a table sized for it within its
	// memory (a small function after a large one stays in cache); every
	// slot outside the table in use is empty.
	keys []uint64 // block<<32 | local, plus one; 0 marks an empty slot
	vals []ir.Value
	n    int
	// used lists the slots filled, so that a small function after a
	// large one empties its few slots rather than the whole table.
	used  []int32
	moved []defEntry // scratch for growing in place
}

// denseLimit bounds the rows' slots (4 MiB): beyond it, a function with many
// locals and many blocks would make mostly empty rows.
const denseLimit = 1 << 20

type defEntry struct {
	k uint64
	v ir.Value
}

// reset empties the map for a function with nlocals locals and about hint
// definitions.
func (m *defMap) reset(hint, nlocals int) {
	clear(m.dense)
	m.dense = m.dense[:0]
	m.nlocals, m.hint, m.hashed = nlocals, hint, false
}

// resetTable empties the hash table (of this function or an earlier one)
// and sizes it for about m.hint entries, as far as its memory goes.
func (m *defMap) resetTable() {
	if len(m.used) < len(m.keys)/8 {
		for _, i := range m.used {
			m.keys[i] = 0
		}
	} else {
		clear(m.keys)
	}
	m.used = m.used[:0]
	m.n = 0
	size := 64
	for size*3 <= m.hint*4 {
		size *= 2
	}
	// Nothing is allocated ahead: a guess too large would cost memory.
	size = min(size, cap(m.keys))
	m.keys, m.vals = m.keys[:size], m.vals[:size]
}

func (m *defMap) get(b ir.Block, x uint32) (ir.Value, bool) {
	if !m.hashed {
		if i := int(b)*m.nlocals + int(x); i < len(m.dense) {
			v := m.dense[i]
			return v, v != 0
		}
		return 0, false
	}
	return m.tableGet(b, x)
}

func (m *defMap) put(b ir.Block, x uint32, v ir.Value) {
	if !m.hashed {
		i := int(b)*m.nlocals + int(x)
		if i < len(m.dense) {
			m.dense[i] = v
			return
		}
		if n := (int(b) + 1) * m.nlocals; n <= denseLimit && (n <= cap(m.dense) || !m.sparse()) {
			// Rows for every block up to b, empty already.
			m.dense = slices.Grow(m.dense, n-len(m.dense))[:n]
			m.dense[i] = v
			return
		}
		m.toTable()
	}
	m.tablePut(b, x, v)
}

// sparseMin is the least number of slots that sparse looks at.
const sparseMin = 1 << 16

// sparse reports whether the rows, about to be copied to memory of a
// larger size, are many and fewer than one slot in eight is filled: the
// definitions then move to the table. A function with hundreds of locals
// of which each block sets a few would otherwise grow its rows up to
// denseLimit (some 20 MB copied and paged in, in steps of a quarter) only
// to move to the table there: 800 locals and 2,400 blocks compiled 4 times
// slower per byte than 3,200 locals.
func (m *defMap) sparse() bool {
	if len(m.dense) < sparseMin {
		return false
	}
	filled := 0
	for _, v := range m.dense {
		if v != 0 {
			filled++
		}
	}
	return filled < len(m.dense)/8
}

// toTable moves the rows' definitions to the hash table.
func (m *defMap) toTable() {
	m.hashed = true
	m.resetTable()
	for i, v := range m.dense {
		if v != 0 {
			m.tablePut(ir.Block(i/m.nlocals), uint32(i%m.nlocals), v)
		}
	}
	clear(m.dense)
	m.dense = m.dense[:0]
}

func hashKey(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	return k
}

func (m *defMap) tableGet(b ir.Block, x uint32) (ir.Value, bool) {
	if m.n == 0 {
		return 0, false
	}
	k := uint64(b)<<32 | uint64(x) + 1
	mask := uint64(len(m.keys) - 1)
	for i := hashKey(k) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return m.vals[i], true
		case 0:
			return 0, false
		}
	}
}

func (m *defMap) tablePut(b ir.Block, x uint32, v ir.Value) {
	if (m.n+1)*4 >= len(m.keys)*3 {
		m.grow()
	}
	k := uint64(b)<<32 | uint64(x) + 1
	mask := uint64(len(m.keys) - 1)
	for i := hashKey(k) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			m.vals[i] = v
			return
		case 0:
			m.keys[i], m.vals[i] = k, v
			m.n++
			m.used = append(m.used, int32(i))
			return
		}
	}
}

func (m *defMap) grow() {
	size := max(64, 2*len(m.keys))
	if size <= cap(m.keys) {
		// Within the memory: take the entries out, then put them back.
		moved := m.moved[:0]
		for _, i := range m.used {
			moved = append(moved, defEntry{m.keys[i], m.vals[i]})
			m.keys[i] = 0
		}
		m.keys, m.vals, m.n, m.used = m.keys[:size], m.vals[:size], 0, m.used[:0]
		for _, e := range moved {
			m.insert(e.k, e.v)
		}
		m.moved = moved
		return
	}
	oldK, oldV := m.keys, m.vals
	m.keys, m.vals, m.n = make([]uint64, size), make([]ir.Value, size), 0
	m.used = m.used[:0]
	for j, k := range oldK {
		if k != 0 {
			m.insert(k, oldV[j])
		}
	}
}

// insert adds key k, which is not in the table.
func (m *defMap) insert(k uint64, v ir.Value) {
	mask := uint64(len(m.keys) - 1)
	for i := hashKey(k) & mask; ; i = (i + 1) & mask {
		if m.keys[i] == 0 {
			m.keys[i], m.vals[i] = k, v
			m.n++
			m.used = append(m.used, int32(i))
			return
		}
	}
}
