package backend

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// testCallRange, when not 0, shortens the linker's call range, so that
// tests exercise veneers without a 128 MiB module (tests that set it do
// not run in parallel).
var testCallRange int64

// stubs are the code the host enters and leaves a module through: a shim
// for each function the host may call (shimTargets), then a host thunk
// for each imported function. They depend on the module alone, so they
// are made while the functions compile (makeStubs).
type stubs struct {
	shims []uint32 // the functions with a shim (shimTargets), in order
	code  [][]byte // each shim's code, then each host thunk's
	calls []call   // their calls, in order
}

// makeStubs makes the stubs of module m, numbered as items after the
// module's thunks and functions.
func makeStubs(lk mach.Linker, m *wasm.Module, env *mach.Env) (*stubs, error) {
	s := &stubs{shims: shimTargets(m)}
	first := abi.NumThunks + len(m.Codes) // the item of the first stub
	// A shim depends on its function's type alone, and thousands of
	// functions share a few hundred types: make each once.
	type shim struct {
		code    []byte
		callOff uint32
	}
	byType := map[uint32]shim{}
	for _, fi := range s.shims {
		sh, ok := byType[env.FuncTypeIndex(fi)]
		if !ok {
			code, callOff, err := lk.Shim(env.FuncType(fi))
			if err != nil {
				return nil, err
			}
			sh = shim{code, callOff}
			byType[env.FuncTypeIndex(fi)] = sh
		}
		s.calls = append(s.calls, call{from: first + len(s.code), off: sh.callOff, to: abi.NumThunks + int(fi-m.NumImportedFuncs)})
		s.code = append(s.code, sh.code)
	}
	for i := uint32(0); i < m.NumImportedFuncs; i++ {
		code, callOff, err := lk.HostThunk(env.FuncType(i), abi.HostImportBase+i)
		if err != nil {
			return nil, err
		}
		s.calls = append(s.calls, call{from: first + len(s.code), off: callOff, to: abi.ThunkHostExit})
		s.code = append(s.code, code)
	}
	return s, nil
}

// link lays out the module's code: thunks, functions, then the stubs
// (entry shims, host thunks); resolves calls within it, through veneers
// where a call does not reach, and records what the loader patches. Each
// function's trap sites are sorted by Start (as the workers leave them).
// The code and the trap table are written by up to parts goroutines, each
// a range of the items.
func link(lk mach.Linker, m *wasm.Module, env *mach.Env, codes []*mach.FuncCode, st *stubs, parts int) (*mach.Compiled, error) {
	out := &mach.Compiled{ABIVersion: abi.Version, Layout: env.Layout, Shims: map[uint32]uint32{}}
	// items are the pieces of code in layout order; every call targets
	// the start of one.
	items := make([][]byte, 0, abi.NumThunks+len(codes)+len(st.code))
	var thunkAddr [abi.NumThunks]uint32
	for t := range thunkAddr {
		var code []byte
		code, thunkAddr[t] = lk.Thunk(t)
		items = append(items, code)
	}
	funcItem := func(idx uint32) int { return abi.NumThunks + int(idx-m.NumImportedFuncs) }
	for _, c := range codes {
		items = append(items, c.Bytes)
	}
	items = append(items, st.code...)
	ncalls := len(st.calls)
	for _, c := range codes {
		ncalls += len(c.Relocs)
	}
	// Calls in code order (so by caller): veneers are then shared by
	// neighbours, and each part of the code has its calls together.
	calls := make([]call, 0, ncalls)
	for i, c := range codes {
		first := len(calls)
		for _, r := range c.Relocs {
			switch r.Kind {
			case abi.RelocCallFunc:
				if r.Target < m.NumImportedFuncs || r.Target >= m.NumFuncs() {
					return nil, fmt.Errorf("link: call to function %d, which has no body", r.Target)
				}
				calls = append(calls, call{from: abi.NumThunks + i, off: r.Offset, to: funcItem(r.Target)})
			case abi.RelocCallThunk:
				if r.Target >= abi.NumThunks {
					return nil, fmt.Errorf("link: call to thunk %d", r.Target)
				}
				calls = append(calls, call{from: abi.NumThunks + i, off: r.Offset, to: int(r.Target)})
			default:
				return nil, fmt.Errorf("link: relocation kind %d", r.Kind)
			}
		}
		if own := calls[first:]; !slices.IsSortedFunc(own, cmpCallOff) {
			slices.SortStableFunc(own, cmpCallOff)
		}
	}
	calls = append(calls, st.calls...)
	sizes := make([]int64, len(items))
	for i, code := range items {
		sizes[i] = int64(len(code))
	}
	reach := lk.CallRange()
	if testCallRange > 0 {
		reach = min(reach, testCallRange)
	}
	l, dst, err := plan(lk, sizes, calls, reach)
	if err != nil {
		return nil, err
	}

	// The veneers and the padding around them here, the rest in parallel
	// below, where the blob's pages are first written.
	blob := make([]byte, l.end)
	pad := lk.Padding()
	end := l.isl[len(items)] // after the last item, unless veneers follow
	for i, island := range l.islands {
		if len(island) == 0 {
			continue
		}
		pos := l.isl[i]
		for k, t := range island {
			at := l.isl[i] + int64(k)*l.slot
			v, err := lk.Veneer(uint32(at), uint32(l.items[t]))
			if err != nil {
				return nil, err
			}
			if int64(len(v)) > l.slot {
				return nil, fmt.Errorf("link: veneer of %d bytes, %d expected", len(v), l.slot)
			}
			fill(blob[pos:at], pad)
			pos = at + int64(copy(blob[at:], v))
		}
		if i < len(items) {
			fill(blob[pos:l.items[i]], pad)
		} else {
			end = pos
		}
	}
	blob = blob[:end]

	for t := range thunkAddr {
		out.Relocs = append(out.Relocs, mach.LoadReloc{Offset: uint32(l.items[t]) + thunkAddr[t], Kind: abi.RelocStubAbs64, Addend: int64(abi.ThunkStub[t])})
	}
	// Where each function's data ranges go.
	dataAt := make([]int, len(codes)+1)
	ntraps := 0
	for i, c := range codes {
		dataAt[i+1] = dataAt[i] + len(c.Data)
		ntraps += len(c.Traps)
	}
	out.Funcs = make([]mach.FuncRange, len(codes))
	out.Data = make([]mach.Range, dataAt[len(codes)])
	// site is trap site k of function i, placed.
	site := func(i, k int) mach.TrapSite {
		t := codes[i].Traps[k]
		start := uint32(l.items[abi.NumThunks+i])
		return mach.TrapSite{Start: start + t.Start, End: start + t.End, Code: t.Code, Func: m.NumImportedFuncs + uint32(i), Pos: t.Pos}
	}
	// Each part writes its items' bytes, patches their calls, records
	// their functions and encodes their trap sites (after the last one
	// before the part), all in places of its own: the result does not
	// depend on the number of parts.
	bounds := splitItems(l, parts)
	errs := make([]error, len(bounds)-1)
	traps := make([]mach.TrapEncoder, len(bounds)-1)
	write := func(p int) {
		lo, hi := bounds[p], bounds[p+1]
		for i := lo; i < hi; i++ {
			if len(l.islands[i]) == 0 {
				fill(blob[l.isl[i]:l.items[i]], pad) // the alignment after item i-1
			}
			at := l.items[i] + int64(copy(blob[l.items[i]:], items[i]))
			fill(blob[at:l.isl[i+1]], pad)
		}
		for k := sort.Search(len(calls), func(k int) bool { return calls[k].from >= lo }); k < len(calls) && calls[k].from < hi; k++ {
			c := calls[k]
			if err := lk.PatchCall(blob, uint32(l.items[c.from])+c.off, uint32(dst[k])); err != nil {
				errs[p] = err
				return
			}
		}
		// The functions among the items, and the trap site before them.
		first, end := max(lo, abi.NumThunks)-abi.NumThunks, min(hi-abi.NumThunks, len(codes))
		// The encoder is a local until done: in traps, each append would
		// cost a write barrier while the collector runs.
		var te mach.TrapEncoder
		for i := min(first, end) - 1; i >= 0; i-- {
			if n := len(codes[i].Traps); n > 0 {
				te.Prev = site(i, n-1)
				break
			}
		}
		if p == 0 {
			// The table: the count, then the parts' sites, appended
			// below where this estimate leaves room (about 6 bytes each).
			te.B = binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64+6*ntraps), uint64(ntraps))
		} else {
			n := 0
			for i := first; i < end; i++ {
				n += len(codes[i].Traps)
			}
			te.B = make([]byte, 0, 6*n)
		}
		for i := first; i < end; i++ {
			c := codes[i]
			start := uint32(l.items[abi.NumThunks+i])
			idx := m.NumImportedFuncs + uint32(i)
			out.Funcs[i] = mach.FuncRange{Start: start, End: start + uint32(len(c.Bytes)), Index: idx, WasmOffset: uint32(m.Codes[i].Offset)}
			for k, d := range c.Data {
				out.Data[dataAt[i]+k] = mach.Range{Start: start + d.Start, End: start + d.End}
			}
			for k := range c.Traps {
				te.Add(site(i, k))
			}
		}
		traps[p] = te
	}
	var wg sync.WaitGroup
	for p := 1; p < len(errs); p++ {
		wg.Go(func() { write(p) })
	}
	write(0)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	out.TrapTable = traps[0].B
	for _, te := range traps[1:] {
		out.TrapTable = append(out.TrapTable, te.B...)
	}
	for k, fi := range st.shims {
		out.Shims[fi] = uint32(l.items[abi.NumThunks+len(codes)+k])
	}
	for i := range m.NumImportedFuncs {
		out.HostThunks = append(out.HostThunks, uint32(l.items[abi.NumThunks+len(codes)+len(st.shims)+int(i)]))
	}
	out.Code = blob
	return out, nil
}

// splitItems divides the items of layout l into at most parts ranges of
// consecutive items, of about as many bytes each: range p is items
// bounds[p] to bounds[p+1].
func splitItems(l *layout, parts int) []int {
	n := len(l.items)
	parts = max(min(parts, n), 1)
	bounds := make([]int, 1, parts+1)
	for p := 1; p < parts; p++ {
		cut := l.end * int64(p) / int64(parts)
		i, _ := slices.BinarySearch(l.items, cut)
		if i > bounds[len(bounds)-1] && i < n {
			bounds = append(bounds, i)
		}
	}
	return append(bounds, n)
}

// fill sets every byte of b to v.
func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

func cmpTrapStart(a, b mach.FuncTrap) int { return cmp.Compare(a.Start, b.Start) }

// sortTraps sorts ts by Start, stably. The emitters give a function's
// sites in code order already: mostly, this checks.
func sortTraps(ts []mach.FuncTrap) {
	if !slices.IsSortedFunc(ts, cmpTrapStart) {
		slices.SortStableFunc(ts, cmpTrapStart)
	}
}

func cmpCallOff(a, b call) int { return cmp.Compare(a.off, b.off) }

// call is the PC-relative call at offset off of item from, to item to.
type call struct {
	from int
	off  uint32
	to   int
}

// layout places items, each 16-byte aligned, in order, and before item i
// the island of veneers islands[i] (the last island ends the code).
// Empty islands take no room: without veneers the layout is the items'
// alone.
type layout struct {
	items   []int64 // offset of each item
	islands [][]int // the target item of each veneer of each island
	isl     []int64 // offset of each island (before alignment if empty)
	slot    int64   // room per veneer, a multiple of 16
	end     int64
}

func align16(n int64) int64 { return (n + 15) &^ 15 }

func (l *layout) place(sizes []int64) {
	pos := int64(0)
	for i, island := range l.islands {
		if len(island) > 0 {
			pos = align16(pos)
		}
		l.isl[i] = pos
		pos += int64(len(island)) * l.slot
		if i < len(sizes) {
			pos = align16(pos)
			l.items[i] = pos
			pos += sizes[i]
		}
	}
	l.end = pos
}

// plan lays out items of the given sizes so that every call reaches its
// target, directly or through a veneer, and returns where each call goes.
//
// Each pass resolves every call against the current layout: directly if
// the target is within reach, else through the nearest veneer to the same
// target within reach, else through a new veneer at the end of the island
// after the caller (or, failing that, before it), shared by the calls
// that follow. Veneers shift the code after them, so passes repeat until
// one adds none; as veneers are never removed and an island holds at
// most one per target, that ends. The result depends only on the input.
func plan(lk mach.Linker, sizes []int64, calls []call, reach int64) (*layout, []int64, error) {
	n := len(sizes)
	l := &layout{items: make([]int64, n), islands: make([][]int, n+1), isl: make([]int64, n+1)}
	dst := make([]int64, len(calls))
	veneers := map[int][]int64{} // offsets of the veneers to each target, ascending
	for {
		l.place(sizes)
		if l.end > math.MaxUint32 {
			return nil, nil, fmt.Errorf("link: %d bytes of code, over the 4 GiB a module may have", l.end)
		}
		clear(veneers)
		for i, island := range l.islands {
			for k, t := range island {
				veneers[t] = append(veneers[t], l.isl[i]+int64(k)*l.slot)
			}
		}
		grown := false
		for k, c := range calls {
			site := l.items[c.from] + int64(c.off)
			if to := l.items[c.to]; abs(to-site) <= reach {
				dst[k] = to
				continue
			}
			vs := veneers[c.to]
			j := sort.Search(len(vs), func(j int) bool { return vs[j] >= site })
			if j < len(vs) && vs[j]-site <= reach {
				dst[k] = vs[j]
				continue
			}
			if j > 0 && site-vs[j-1] <= reach {
				dst[k] = vs[j-1]
				continue
			}
			if l.slot == 0 {
				// The first veneer: learn its size (or that the ISA has none).
				v, err := lk.Veneer(uint32(site), uint32(l.items[c.to]))
				if err != nil {
					return nil, nil, err
				}
				l.slot = align16(int64(len(v)))
			}
			// at is where the new veneer will be, in this pass's offsets.
			at, placed := int64(0), false
			if i := c.from + 1; !slices.Contains(l.islands[i], c.to) {
				if v := align16(l.isl[i]) + int64(len(l.islands[i]))*l.slot; v-site <= reach {
					l.islands[i] = append(l.islands[i], c.to)
					at, placed = v, true
				}
			}
			if i := c.from; !placed && !slices.Contains(l.islands[i], c.to) && l.slot+int64(c.off) <= reach {
				// The caller moves up by the new veneer: it ends up that
				// far behind the call.
				l.islands[i] = append(l.islands[i], c.to)
				at, placed = site-l.slot-int64(c.off), true
			}
			if !placed {
				return nil, nil, fmt.Errorf("link: no room for a veneer within %d bytes of the call at %#x to %#x", reach, site, l.items[c.to])
			}
			veneers[c.to] = slices.Insert(vs, sort.Search(len(vs), func(j int) bool { return vs[j] >= at }), at)
			grown = true
		}
		if !grown {
			return l, dst, nil
		}
	}
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// shimTargets lists, in order, the defined functions the host may call
// directly: exports, the start function and functions placed in tables
// (the host can call a funcref). An imported function is called through
// its own module's shim (or, for a Go function, directly).
func shimTargets(m *wasm.Module) []uint32 {
	want := make(map[uint32]bool)
	for _, e := range m.Exports {
		if e.Kind == wasm.ExternFunc {
			want[e.Index] = true
		}
	}
	if m.HasStart {
		want[m.Start] = true
	}
	for i := range m.Elems {
		for _, fi := range m.Elems[i].Funcs {
			want[fi] = true
		}
	}
	var list []uint32
	for f := range want {
		if f >= m.NumImportedFuncs {
			list = append(list, f)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	return list
}
