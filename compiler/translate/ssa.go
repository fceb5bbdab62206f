package translate

import "github.com/kilnwasm/kiln/compiler/ir"

// read returns the value of local x at the end of what block b has
// defined so far.
func (t *Translator) read(x uint32, b ir.Block) ir.Value {
	if v, ok := t.defs.get(b, x); ok {
		return t.resolve(v)
	}
	var v ir.Value
	switch {
	case !t.sealed[b]:
		// Not all predecessors are known: a parameter whose arguments are
		// filled in when the block is sealed.
		v = t.f.AddParam(b, t.localTypes[x])
		t.incomplete[b] = append(t.incomplete[b], pendingParam{x, v})
	case b == 0:
		v = t.zero(x)
	case len(t.preds[b]) == 1:
		v = t.read(x, t.f.BlockOf(t.preds[b][0].term))
	case len(t.preds[b]) == 0:
		// Only an unreachable block has none; any value will do.
		v = t.zero(x)
	default:
		p := t.f.AddParam(b, t.localTypes[x])
		// Record p first: reading through a loop comes back here.
		t.defs.put(b, x, p)
		v = t.fillParam(b, x, p)
	}
	t.defs.put(b, x, v)
	return v
}

// fillParam gives parameter p of b (standing for local x) its argument on
// every incoming edge. If all of them are the same value (or p itself), p
// is trivial: it is removed and that value returned instead.
func (t *Translator) fillParam(b ir.Block, x uint32, p ir.Value) ir.Value {
	same := ir.Value(0)
	trivial := true
	for _, e := range t.preds[b] {
		a := t.read(x, t.f.BlockOf(e.term))
		t.f.AppendTargetArg(e.term, e.idx, a)
		a = t.resolve(a)
		if a == p || a == same {
			continue
		}
		if same != 0 {
			trivial = false
		}
		same = a
	}
	if !trivial || same == 0 {
		return p
	}
	i := int(t.f.Aux(p))
	for _, e := range t.preds[b] {
		t.f.RemoveTargetArg(e.term, e.idx, i)
	}
	t.f.RemoveParam(b, i)
	t.setAlias(p, same)
	return same
}

// seal records that all of b's predecessors are known and completes the
// parameters added while they were not.
func (t *Translator) seal(b ir.Block) {
	if t.sealed[b] {
		return
	}
	t.sealed[b] = true
	pending := t.incomplete[b]
	if len(pending) > 0 {
		t.fillParams(b, pending)
	}
	t.incomplete[b] = pending[:0]
}

// fillParams does what fillParam does for each of the parameters added to
// b while it was not sealed, in the same order, but changes the function
// once at the end: each branch to b gets all its new arguments in one
// go, and the trivial parameters are all removed in one pass. One
// parameter at a time, with a loop that reads thousands of locals, every
// removal shifted the parameters and arguments after it, and appending to
// one branch's arguments after another's moved them to the end of the
// function's storage each time: quadratic in the number of parameters.
func (t *Translator) fillParams(b ir.Block, pending []pendingParam) {
	f := t.f
	preds := t.preds[b]
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
			a := t.read(pp.local, f.BlockOf(e.term))
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
	// the pending ones come after those.
	var buf []ir.Value
	for k, e := range preds {
		tg := f.Target(e.term, e.idx)
		buf = append(buf[:0], tg.Args...)
		for j, pp := range pending {
			if keep[f.Aux(pp.param)] {
				buf = append(buf, args[k*np+j])
			}
		}
		f.SetTarget(e.term, e.idx, ir.Target{Block: b, Args: buf})
	}
	f.KeepParams(b, keep)
	t.sealArgs, t.sealKeep = args, keep
}

func (t *Translator) setAlias(from, to ir.Value) {
	for int(from) >= len(t.alias) {
		t.alias = append(t.alias, 0)
	}
	t.alias[from] = to
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

// defMap maps (block, local) to a value: an open-addressing hash table kept
// across functions, so definitions cost no allocation once it has grown.
// Each function uses a table sized for it within that memory (a small
// function after a large one stays in cache); every slot outside the
// table in use is empty.
type defMap struct {
	keys []uint64 // block<<32 | local, plus one; 0 marks an empty slot
	vals []ir.Value
	n    int
	// used lists the slots filled, so that a small function after a
	// large one empties its few slots rather than the whole table.
	used  []int32
	moved []defEntry // scratch for growing in place
}

type defEntry struct {
	k uint64
	v ir.Value
}

// reset empties the table and sizes it for about hint entries, as far as
// its memory goes.
func (m *defMap) reset(hint int) {
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
	for size*3 <= hint*4 {
		size *= 2
	}
	// Nothing is allocated ahead: a guess too large would cost memory.
	size = min(size, cap(m.keys))
	m.keys, m.vals = m.keys[:size], m.vals[:size]
}

func hashKey(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	return k
}

func (m *defMap) get(b ir.Block, x uint32) (ir.Value, bool) {
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

func (m *defMap) put(b ir.Block, x uint32, v ir.Value) {
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
