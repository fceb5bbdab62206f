package instance

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/linmem"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// HostFunc is a Go function imported by a module. It reads its parameters
// from stack and writes its results there (uint64 slots; refs as handles).
type HostFunc struct {
	Type wasm.FuncType
	Fn   func(ctx context.Context, caller *Instance, stack []uint64) error
}

// checkedResults returns h, or for a host function that returns funcrefs,
// h with its results checked (LiveFuncRef) before the guest gets them.
func checkedResults(h *HostFunc) *HostFunc {
	if !slices.Contains(h.Type.Results, wasm.FuncRef) {
		return h
	}
	return &HostFunc{Type: h.Type, Fn: func(ctx context.Context, caller *Instance, stack []uint64) error {
		if err := h.Fn(ctx, caller, stack); err != nil {
			return err
		}
		if err := CheckFuncRefs(h.Type.Results, stack); err != nil {
			return fmt.Errorf("host function result: %w", err)
		}
		return nil
	}}
}

// descWords returns the function's descriptor {Code, VMCtx, TypeID, Shim}
// in its instance's VMCtx.
func (f *Func) descWords() []uint64 {
	off := (f.desc - f.inst.vmBase()) / 8
	return f.inst.vm[off : off+4]
}

// Func is a function value: a host function, or a function of an instance.
type Func struct {
	Host *HostFunc
	// For a Wasm function: the descriptor in its instance's VMCtx.
	desc uintptr
	inst *Instance
	// via is the instance that exported an imported function again: the
	// handle's liveness follows it rather than inst.
	via  *Instance
	idx  uint32
	Type wasm.FuncType
	// slots is max(params, results) in uint64 slots, for a Wasm function
	// (0: compute it).
	slots int32
	// For a function of inst: its entry shim (0: not callable from the
	// host) and VMCtx, from its descriptor, which never changes, so that a
	// call need not read it.
	shim, vmctx uintptr
}

// Table is a table of references (funcref: descriptor addresses; externref:
// host handles; 0 is null). A funcref table's elements carry their
// descriptors' code too (tableEntry), for call_indirect.
type Table struct {
	// hdr is {Base, Len, Max, CodeBase}, read by generated code; CodeBase
	// is the owner's module code address when the table holds packed
	// elements (abi.TableEntryPacked), else 0.
	hdr []uint64
	// mu serializes the Go side (host accessors, builtins, release);
	// generated code reads and writes elements directly.
	mu     sync.Mutex
	elems  []tableEntry
	limit  uint32    // host limit on the size (Limits.TableElements)
	owner  *Instance // nil for a host table
	closed bool      // the owner is released
	// own is the address range of the owner's defined functions'
	// descriptors, in a table of packed elements: the only references
	// such a table can hold (see entry).
	own [2]uint64
	// keep holds failed instantiations whose functions this host table
	// holds (they live as long as the table).
	keep []*Instance
	Type wasm.ValType
}

// Len returns the table's size (0 once its instance is released).
func (t *Table) Len() uint32 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return uint32(len(t.elems))
}

// Max returns the table's maximum size.
func (t *Table) Max() uint64 { return t.hdr[abi.TableMax/8] }

// Get returns element i; false if out of range or the table's instance is
// released.
func (t *Table) Get(i uint32) (uint64, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if i >= uint32(len(t.elems)) {
		return 0, false
	}
	return t.elems[i].ref, true
}

// tableEntry is a table element as generated code reads it
// ({abi.TableEntryRef, abi.TableEntryCode}).
type tableEntry struct{ ref, code uint64 }

// Compile-time checks of the layout: each pair overflows unless its two
// sides are equal.
const (
	_ uintptr = unsafe.Sizeof(tableEntry{}) - abi.TableEntrySize
	_ uintptr = abi.TableEntrySize - unsafe.Sizeof(tableEntry{})
	_ uintptr = unsafe.Offsetof(tableEntry{}.code) - abi.TableEntryCode
	_ uintptr = abi.TableEntryCode - unsafe.Offsetof(tableEntry{}.code)
)

// entry makes the element that holds ref: in a funcref table, with the
// code of the descriptor ref points to, or packed with its type key.
func (t *Table) entry(ref uint64) tableEntry {
	if ref == 0 || t.Type != wasm.FuncRef {
		return tableEntry{ref: ref}
	}
	code := loadDesc(ref, abi.DescCode)
	if base := t.hdr[abi.TableCodeBase/8]; base != 0 {
		if ref-t.own[0] >= t.own[1]-t.own[0] {
			// Not a function of the owner's: the module's shape
			// (LocalFuncRefs) lets none reach its tables. Should one,
			// a call through it traps ("uninitialized element") rather
			// than run the code at its offset in this module.
			return tableEntry{ref: ref}
		}
		key := loadDesc(ref, abi.DescTypeID) >> 32 // DescTypeKey
		return tableEntry{ref: ref, code: (code-base)<<32 | key}
	}
	return tableEntry{ref: ref, code: code}
}

// setRefs stores refs as elements d, d+1, ... (the caller checked the
// range and holds t.mu).
func (t *Table) setRefs(d uint64, refs []uint64) {
	for i, r := range refs {
		t.elems[d+uint64(i)] = t.entry(r)
	}
}

// Err returns an error wrapping ErrClosed once the table's instance is
// released, else nil.
func (t *Table) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return errTableClosed
	}
	return nil
}

// newTable allocates min elements: the caller checks min against limit.
func newTable(typ wasm.ValType, min uint32, max uint64, limit uint32) *Table {
	t := &Table{hdr: make([]uint64, abi.TableHeaderSize/8), Type: typ, limit: limit}
	t.elems = make([]tableEntry, min, max64(uint64(min), 1))
	t.sync()
	t.hdr[abi.TableMax/8] = max
	return t
}

// close empties the table when its instance is released (nothing can run
// its code any more; host handles see an empty table).
func (t *Table) close() {
	t.mu.Lock()
	t.closed = true
	t.elems = t.elems[:0]
	t.hdr[abi.TableLen/8] = 0
	t.mu.Unlock()
}

func max64(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

func (t *Table) sync() {
	if cap(t.elems) > 0 {
		t.hdr[abi.TableBase/8] = uint64(uintptr(unsafe.Pointer(unsafe.SliceData(t.elems[:cap(t.elems)]))))
	}
	t.hdr[abi.TableLen/8] = uint64(len(t.elems))
}

// Grow appends n elements set to init; it returns the old size, or -1 if
// the table would exceed its declared maximum or its host limit (checked
// before anything is allocated) or its instance is released.
func (t *Table) Grow(n uint32, init uint64) int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	old := uint64(len(t.elems))
	if t.closed || old+uint64(n) > t.hdr[abi.TableMax/8] || old+uint64(n) > uint64(t.limit) {
		return -1
	}
	if n == 0 {
		return int64(old)
	}
	if old+uint64(n) > uint64(cap(t.elems)) {
		grown := make([]tableEntry, old, min(max64(old+uint64(n), 2*old), uint64(t.limit)))
		copy(grown, t.elems)
		t.elems = grown
	}
	e := t.entry(init)
	for i := uint32(0); i < n; i++ {
		t.elems = append(t.elems, e)
	}
	t.sync()
	return int64(old)
}

// Memory is a linear memory.
type Memory struct {
	lm *linmem.Memory
	// rw guards lm's size and released: Grow and release take it for
	// writing, the host accessors for reading.
	rw       sync.RWMutex
	released bool
	owner    *Instance // nil for a host memory
	// closed: Close was called on this host memory; it is released when
	// no instance imports it any more.
	closed bool
	// vmctxs are the instance data blocks whose MemSize must follow this
	// memory's size (the owner and importers).
	mu     sync.Mutex
	owners []*[]uint64
}

// Bytes returns the accessible memory (nil once released). The slice is
// valid while the memory cannot be released: during a call of an
// instance using it (in a host function), or while its instance is open.
// Prefer Read and Write, which check.
func (m *Memory) Bytes() []byte {
	m.rw.RLock()
	defer m.rw.RUnlock()
	if m.released {
		return nil
	}
	return m.lm.Bytes()
}

// Pages returns the size in pages (0 once released).
func (m *Memory) Pages() uint32 {
	m.rw.RLock()
	defer m.rw.RUnlock()
	if m.released {
		return 0
	}
	return m.lm.Pages()
}

// Read returns a copy of n bytes at offset. It fails with ErrOutOfBounds
// or, once the memory is released, an error wrapping ErrClosed.
func (m *Memory) Read(offset, n uint64) ([]byte, error) {
	m.rw.RLock()
	defer m.rw.RUnlock()
	if m.released {
		return nil, errMemoryClosed
	}
	b := m.lm.Bytes()
	if offset > uint64(len(b)) || n > uint64(len(b))-offset {
		return nil, ErrOutOfBounds
	}
	return append([]byte(nil), b[offset:offset+n]...), nil
}

// Write copies data to offset. It fails with ErrOutOfBounds or, once the
// memory is released, an error wrapping ErrClosed.
func (m *Memory) Write(offset uint64, data []byte) error {
	m.rw.RLock()
	defer m.rw.RUnlock()
	if m.released {
		return errMemoryClosed
	}
	b := m.lm.Bytes()
	if offset > uint64(len(b)) || uint64(len(data)) > uint64(len(b))-offset {
		return ErrOutOfBounds
	}
	copy(b[offset:], data)
	return nil
}

// Grow adds delta pages; it returns the old size in pages or -1 (beyond
// the declared maximum or the host limit, or once released).
func (m *Memory) Grow(delta uint32) int64 {
	m.rw.Lock()
	defer m.rw.Unlock()
	if m.released {
		return -1
	}
	old := m.lm.Grow(delta)
	if old >= 0 {
		m.mu.Lock()
		for _, vm := range m.owners {
			(*vm)[abi.VMCtxMemSize/8] = uint64(m.lm.Len())
		}
		m.mu.Unlock()
	}
	return old
}

// release returns the reservation to the pool, after which every accessor
// fails; no generated code can reach the memory any more (its instance and
// all importers are released).
func (m *Memory) release() error {
	m.rw.Lock()
	defer m.rw.Unlock()
	if m.released {
		return nil
	}
	m.released = true
	return m.lm.Release()
}

// Close releases a host memory (NewMemory): now if no instance imports
// it, else when the last instance importing it is released. A memory an
// instance defines is released with its instance instead.
func (m *Memory) Close() error {
	if m.owner != nil {
		return errors.New("instance: Close of a memory an instance owns (close the instance)")
	}
	m.mu.Lock()
	m.closed = true
	unused := len(m.owners) == 0
	m.mu.Unlock()
	if unused {
		return m.release()
	}
	return nil
}

// Global is a global variable: a slot in its instance's VMCtx.
type Global struct {
	Type  wasm.GlobalType
	slot  *uint64
	hi    *uint64   // upper half of a v128
	owner *Instance // nil for a host global
}

// Get returns the value's bits.
func (g *Global) Get() uint64 { return atomic.LoadUint64(g.slot) }

// Set stores the value's bits.
func (g *Global) Set(v uint64) { atomic.StoreUint64(g.slot, v) }

// GetV128 returns a v128 global's value: its low and high halves. (The two
// halves are read one after the other: a racing Set may be seen half done,
// as a racing Wasm global.set may.)
func (g *Global) GetV128() (lo, hi uint64) {
	return atomic.LoadUint64(g.slot), atomic.LoadUint64(g.hi)
}

// SetV128 stores a v128 global's value.
func (g *Global) SetV128(lo, hi uint64) {
	atomic.StoreUint64(g.slot, lo)
	atomic.StoreUint64(g.hi, hi)
}

// NewGlobal returns a global that belongs to no instance (a host global).
func NewGlobal(t wasm.GlobalType, bits uint64) *Global {
	slots := make([]uint64, 2)
	g := &Global{Type: t, slot: &slots[0], hi: &slots[1]}
	g.Set(bits)
	return g
}

// NewTable returns a host table. Its size is limited to MaxTableElements
// (min is not checked: the host chooses it).
func NewTable(t wasm.ValType, min uint32, max uint64) *Table {
	return newTable(t, min, max, MaxTableElements)
}

// NewMemory returns a host memory of min pages (maxPages < 0: no maximum).
func NewMemory(min uint32, maxPages int64) (*Memory, error) {
	lm, err := linmem.Default().New(min, maxPages)
	if err != nil {
		return nil, err
	}
	return &Memory{lm: lm}, nil
}

// Extern is an exported or imported entity.
type Extern struct {
	Kind   wasm.ExternKind
	Func   *Func
	Table  *Table
	Memory *Memory
	Global *Global
}

// LinkError is an import that cannot be satisfied.
type LinkError struct {
	Reason       string // "unknown import", "incompatible import type"
	Module, Name string
	Detail       string
}

func (e *LinkError) Error() string {
	s := fmt.Sprintf("%s %s.%s", e.Reason, e.Module, e.Name)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Resolver finds an import.
type Resolver func(module, name string) (Extern, bool)

// Instance is an instantiated module.
type Instance struct {
	mod     *Module
	id      uint32
	vm      []uint64 // the VMCtx block
	mem     *Memory
	ownMem  bool
	tables  []*Table
	globals []*Global
	funcs   []*Func     // the imported functions' handles (funcHandle)
	hosts   []*HostFunc // per imported function bound to Go, else nil
	datas   [][]byte
	elems   [][]uint64
	exports map[string]Extern
	limits  Limits
	// Lifetime (life.go): references (open + calls in progress +
	// importers), Close called, instances imported from.
	refs       atomic.Int64
	closed     atomic.Bool
	described  atomic.Bool // every function descriptor written (LiveFuncRef)
	deps       []*Instance
	pins       []*Instance // failed instantiations kept alive by this one's tables (under pinMu)
	registered bool        // has an id (under instMu)
	// ctxCache keeps one execution context for the next call from the
	// host, so the common single-caller case skips the shared pool.
	ctxCache atomic.Pointer[runner]
	// Calls from the owner goroutine (owned.go): its g and record, its
	// runner, its call in progress, and the reference Close took for that
	// call (under runnersMu).
	owner       uintptr
	rec         *ownerRec
	own         *runner
	ownerActive uint32
	ownerHeld   bool
	// For calls: memory 0's base and reservation (fixed for its life).
	memBase, memLo, memHi uintptr
}

func (inst *Instance) vmBase() uintptr { return uintptr(unsafe.Pointer(&inst.vm[0])) }

func (inst *Instance) setVM(off uint32, v uint64) { inst.vm[off/8] = v }

func (inst *Instance) vmAddr(off uint32) uintptr { return inst.vmBase() + uintptr(off) }

// Exports returns the instance's exports.
func (inst *Instance) Exports() map[string]Extern { return inst.exports }

// Memory returns memory 0, or nil.
func (inst *Instance) Memory() *Memory { return inst.mem }

// Instantiate creates an instance of m with imports from resolve and the
// default limits. Errors are *LinkError for imports, *LimitError for a
// module that asks for more than the limits allow, *SegmentError (which
// wraps the spec's *trap.Trap) when an active segment does not fit, and
// *trap.Trap when the start function traps.
func Instantiate(ctx context.Context, m *Module, resolve Resolver) (*Instance, error) {
	return InstantiateWith(ctx, m, resolve, Limits{})
}

// InstantiateWith is Instantiate with limits (zero fields: defaults).
func InstantiateWith(ctx context.Context, m *Module, resolve Resolver, lim Limits) (*Instance, error) {
	lim = lim.withDefaults()
	w := m.Wasm
	// Check what the module declares against the limits before allocating
	// anything for it.
	for i, t := range w.Tables {
		if t.Limits.Min > uint64(lim.TableElements) {
			return nil, &LimitError{What: fmt.Sprintf("table %d", w.NumImportedTables+uint32(i)), Need: t.Limits.Min, Limit: uint64(lim.TableElements), Unit: "elements"}
		}
	}
	for i, mt := range w.Memories {
		if mt.Limits.Min > uint64(lim.MemoryPages) {
			return nil, &LimitError{What: fmt.Sprintf("memory %d", w.NumImportedMemories+uint32(i)), Need: mt.Limits.Min, Limit: uint64(lim.MemoryPages), Unit: "pages"}
		}
	}
	if !m.acquireModule() {
		return nil, errModuleClosed
	}
	lay := m.Compiled.Layout
	startMembarrier()
	inst := &Instance{mod: m, limits: lim, vm: make([]uint64, (lay.Size+7)/8), exports: map[string]Extern{}, owner: getg()}
	inst.refs.Store(1)
	if err := register(inst, lim.Instances); err != nil {
		m.dropInstance()
		return nil, err
	}
	inst.rec = takeOwnerRec(inst.owner)
	inst.setVM(abi.VMCtxInstanceID, uint64(inst.id))
	ok := false
	defer func() {
		if !ok {
			inst.abandon()
		}
	}()
	if err := inst.link(resolve); err != nil {
		return nil, err
	}
	for i, id := range m.typeIDs {
		binary32(inst.vm, lay.TypeIDs+4*uint32(i), id)
	}
	// Memory.
	if inst.mem == nil && len(w.Memories) > 0 {
		l := w.Memories[0].Limits
		maxPages := int64(-1)
		if l.HasMax {
			maxPages = int64(l.Max)
		}
		var lm *linmem.Memory
		var err error
		if m.image != nil {
			lm, err = linmem.Default().NewImage(m.image, uint32(l.Min), maxPages)
		} else {
			lm, err = linmem.Default().New(uint32(l.Min), maxPages)
		}
		if err != nil {
			return nil, err
		}
		lm.SetLimit(uint64(lim.MemoryPages) * linmem.PageSize)
		inst.mem = &Memory{lm: lm, owner: inst}
		inst.ownMem = true
	}
	if inst.mem != nil {
		inst.mem.mu.Lock()
		inst.mem.owners = append(inst.mem.owners, &inst.vm)
		inst.mem.mu.Unlock()
		inst.setVM(abi.VMCtxMemBase, uint64(inst.mem.lm.Base()))
		inst.setVM(abi.VMCtxMemSize, uint64(inst.mem.lm.Len()))
		maxPages := inst.mem.lm.MaxPages()
		if inst.ownMem {
			maxPages = min(maxPages, uint64(lim.MemoryPages))
		}
		inst.setVM(abi.VMCtxMemMax, maxPages*linmem.PageSize)
		inst.memBase = inst.mem.lm.Base()
		inst.memLo, inst.memHi = inst.mem.lm.Reserved()
	}
	// Tables.
	for _, t := range w.Tables {
		max := uint64(math.MaxUint32)
		if t.Limits.HasMax {
			max = t.Limits.Max
		}
		nt := newTable(t.Elem, uint32(t.Limits.Min), max, lim.TableElements)
		nt.owner = inst
		if lay.LocalFuncRefs && t.Elem == wasm.FuncRef {
			nt.hdr[abi.TableCodeBase/8] = uint64(m.addr(0))
			lo, hi := inst.descriptors(w.NumImportedFuncs)
			nt.own = [2]uint64{lo, hi}
		}
		inst.tables = append(inst.tables, nt)
	}
	for i, t := range inst.tables {
		inst.setVM(lay.Tables[i], uint64(uintptr(unsafe.Pointer(&t.hdr[0]))))
	}
	// Descriptors of the defined functions: the module's template (code,
	// type id and key, shim), then this instance's VMCtx in each. Their Go handles
	// are made only when asked for (funcHandle): a large module has tens
	// of thousands, and an instance per request would pay for them all.
	if len(m.descs) > 0 {
		first := int(lay.Descriptor(w.NumImportedFuncs) / 8)
		copy(inst.vm[first:], m.descs)
		vmctx := uint64(inst.vmBase())
		for k := first + abi.DescVMCtx/8; k < first+len(m.descs); k += abi.DescriptorSize / 8 {
			inst.vm[k] = vmctx
		}
	}
	inst.described.Store(true)
	// Globals, evaluated in order (an initializer sees imported globals).
	for i := range w.Globals {
		g := &w.Globals[i]
		idx := w.NumImportedGlobals + uint32(i)
		off := lay.Globals[idx]
		gl := &Global{Type: g.Type, slot: &inst.vm[off/8], owner: inst}
		lo, hi := inst.eval128(g.Init)
		if g.Type.Type == wasm.V128 {
			gl.hi = &inst.vm[off/8+1]
			gl.SetV128(lo, hi)
		} else {
			gl.Set(lo)
		}
		inst.globals = append(inst.globals, gl)
	}
	// Exports.
	for _, e := range w.Exports {
		x := Extern{Kind: e.Kind}
		switch e.Kind {
		case wasm.ExternFunc:
			x.Func = inst.funcHandle(e.Index)
			if x.Func.inst != inst && x.Func.inst != nil {
				// An imported function exported again: its handle lives
				// as long as this instance.
				f := *x.Func
				f.via = inst
				x.Func = &f
			}
		case wasm.ExternTable:
			x.Table = inst.tables[e.Index]
		case wasm.ExternMemory:
			x.Memory = inst.mem
		case wasm.ExternGlobal:
			x.Global = inst.globals[e.Index]
		}
		inst.exports[e.Name] = x
	}
	// Segments, in the spec's order: element segments, then data.
	for i := range w.Elems {
		e := &w.Elems[i]
		refs := make([]uint64, e.Len())
		inst.elemRefs(e, refs)
		inst.elems = append(inst.elems, refs)
	}
	// Active data segments are dropped once applied: only passive ones
	// stay for memory.init (the list may end early: Module.setImage).
	inst.datas = make([][]byte, m.dataSlots)
	for i := range inst.datas {
		if w.Datas[i].Mode == wasm.SegmentPassive {
			inst.datas[i] = w.Datas[i].Init
		}
	}
	for i := range w.Elems {
		e := &w.Elems[i]
		switch e.Mode {
		case wasm.SegmentActive:
			off := uint32(inst.eval(e.Offset))
			if err := inst.tableInit(e.Table, uint32(i), off, 0, uint32(e.Len())); err != nil {
				return nil, &SegmentError{Data: false, Index: uint32(i), Target: e.Table, Offset: uint64(off),
					Len: uint64(e.Len()), Size: uint64(inst.tables[e.Table].Len()), Trap: trap.New(trap.CodeOutOfBoundsTableAccess)}
			}
			inst.elems[i] = nil
		case wasm.SegmentDeclarative:
			inst.elems[i] = nil
		}
	}
	var mem []byte
	if inst.mem != nil {
		mem = inst.mem.Bytes()
	}
	for i := range w.Datas {
		d := &w.Datas[i]
		if d.Mode == wasm.SegmentActive && m.image == nil { // else the image has them
			off := uint64(uint32(inst.eval(d.Offset)))
			if off+uint64(len(d.Init)) > uint64(len(mem)) {
				return nil, &SegmentError{Data: true, Index: uint32(i), Target: d.Memory, Offset: off,
					Len: uint64(len(d.Init)), Size: uint64(len(mem)), Trap: trap.New(trap.CodeOutOfBoundsMemoryAccess)}
			}
			copy(mem[off:], d.Init)
		}
	}
	if w.HasStart {
		if err := inst.call(ctx, inst.funcHandle(w.Start), nil); err != nil {
			return nil, err
		}
	}
	ok = true
	return inst, nil
}

func binary32(vm []uint64, off uint32, v uint32) {
	b := unsafe.Slice((*byte)(unsafe.Pointer(&vm[0])), len(vm)*8)
	b[off], b[off+1], b[off+2], b[off+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func (inst *Instance) link(resolve Resolver) error {
	m := inst.mod
	w := m.Wasm
	lay := m.Compiled.Layout
	fi, gi := uint32(0), uint32(0)
	for _, imp := range w.Imports {
		var ext Extern
		var found bool
		if resolve != nil {
			ext, found = resolve(imp.Module, imp.Name)
		}
		if !found {
			return &LinkError{Reason: "unknown import", Module: imp.Module, Name: imp.Name}
		}
		bad := func(detail string) error {
			return &LinkError{Reason: "incompatible import type", Module: imp.Module, Name: imp.Name, Detail: detail}
		}
		if ext.Kind != imp.Kind {
			return bad(fmt.Sprintf("%v imported as %v", ext.Kind, imp.Kind))
		}
		if err := inst.depend(ext); err != nil {
			return fmt.Errorf("import %s.%s: %w", imp.Module, imp.Name, err)
		}
		switch imp.Kind {
		case wasm.ExternFunc:
			want := w.Types[imp.TypeIndex]
			f := ext.Func
			if !f.Type.Equal(want) {
				return bad(fmt.Sprintf("function %v imported as %v", f.Type, want))
			}
			d := lay.Descriptors + abi.DescriptorSize*fi
			if f.Host != nil {
				inst.hosts = append(inst.hosts, checkedResults(f.Host))
				code := m.addr(m.Compiled.HostThunks[fi])
				inst.setVM(lay.ImportedFuncs[fi], uint64(code))
				inst.setVM(lay.ImportedFuncs[fi]+8, uint64(inst.vmBase()))
				inst.setVM(d+abi.DescCode, uint64(code))
				inst.setVM(d+abi.DescVMCtx, uint64(inst.vmBase()))
				binary32(inst.vm, d+abi.DescTypeID, m.typeIDs[imp.TypeIndex])
				nf := &Func{Host: f.Host, inst: inst, idx: fi, Type: f.Type, desc: inst.vmAddr(d)}
				inst.funcs = append(inst.funcs, nf)
			} else {
				inst.hosts = append(inst.hosts, nil)
				src := f.descWords()
				inst.setVM(lay.ImportedFuncs[fi], src[0])
				inst.setVM(lay.ImportedFuncs[fi]+8, src[1])
				for k := uint32(0); k < 4; k++ {
					inst.setVM(d+8*k, src[k])
				}
				inst.funcs = append(inst.funcs, f)
			}
			fi++
		case wasm.ExternTable:
			t := ext.Table
			if t.Type != imp.Table.Elem || !limitsMatch(uint64(t.Len()), t.Max(), imp.Table.Limits, math.MaxUint32) {
				return bad("table type")
			}
			inst.tables = append(inst.tables, t)
		case wasm.ExternMemory:
			mm := ext.Memory
			if !limitsMatch(uint64(mm.Pages()), mm.lm.MaxPages(), imp.Memory.Limits, 65536) {
				return bad("memory limits")
			}
			inst.mem = mm
		case wasm.ExternGlobal:
			g := ext.Global
			if g.Type != imp.Global {
				return bad("global type")
			}
			inst.setVM(lay.Globals[gi], uint64(uintptr(unsafe.Pointer(g.slot))))
			inst.globals = append(inst.globals, g)
			gi++
		}
	}
	return nil
}

// limitsMatch is import subtyping of limits.
func limitsMatch(size, max uint64, l wasm.Limits, noMax uint64) bool {
	if size < l.Min {
		return false
	}
	if !l.HasMax {
		return true
	}
	return max != noMax && max <= l.Max
}

// funcHandle returns the handle of function idx: an imported function's,
// or a new one for a defined function.
func (inst *Instance) funcHandle(idx uint32) *Func {
	if idx < uint32(len(inst.funcs)) {
		return inst.funcs[idx] // imported
	}
	t := inst.mod.funcType(idx)
	f := &Func{inst: inst, idx: idx, Type: t, desc: inst.funcDesc(idx),
		slots: int32(max(wasm.Slots(t.Params), wasm.Slots(t.Results)))}
	d := f.descWords()
	f.shim, f.vmctx = uintptr(d[abi.DescShim/8]), uintptr(d[abi.DescVMCtx/8])
	return f
}

// funcDesc returns the descriptor address of function idx: its reference
// (funcref) value. An imported Wasm function's is its exporter's.
func (inst *Instance) funcDesc(idx uint32) uintptr {
	if idx < uint32(len(inst.funcs)) {
		return inst.funcs[idx].desc
	}
	return inst.vmAddr(inst.mod.Compiled.Layout.Descriptor(idx))
}

// eval evaluates a constant expression.
func (inst *Instance) eval(x wasm.ConstExpr) uint64 {
	v, _ := inst.eval128(x)
	return v
}

// eval128 evaluates a constant expression; hi is the high half of a
// v128.
func (inst *Instance) eval128(x wasm.ConstExpr) (v, hi uint64) {
	r := wasm.NewInstrReader(x.Code, x.Offset)
	var in wasm.Instr
	for r.More() {
		if r.Next(&in) != nil {
			return 0, 0
		}
		switch in.Op {
		case wasm.OpI32Const:
			v = uint64(uint32(in.Const))
		case wasm.OpI64Const, wasm.OpF32Const, wasm.OpF64Const:
			v = in.Const
		case wasm.OpV128Const:
			v, hi = binary.LittleEndian.Uint64(in.V128[:8]), binary.LittleEndian.Uint64(in.V128[8:])
		case wasm.OpRefNull:
			v = 0
		case wasm.OpRefFunc:
			v = uint64(inst.funcDesc(in.Index))
		case wasm.OpGlobalGet:
			g := inst.globals[in.Index]
			v = g.Get()
			if g.hi != nil {
				hi = *g.hi
			}
		}
	}
	return v, hi
}

func (inst *Instance) memInit(seg, d, s, n uint32) error {
	var data []byte
	if int(seg) < len(inst.datas) { // else an applied active segment (artifact.MemoryImage)
		data = inst.datas[seg]
	}
	var mem []byte
	if inst.mem != nil {
		mem = inst.mem.Bytes()
	}
	if uint64(s)+uint64(n) > uint64(len(data)) || uint64(d)+uint64(n) > uint64(len(mem)) {
		return trap.New(trap.CodeOutOfBoundsMemoryAccess)
	}
	copy(mem[d:], data[s:s+n])
	return nil
}

func (inst *Instance) tableInit(table, seg, d, s, n uint32) error {
	elems := inst.elems[seg]
	t := inst.tables[table]
	t.mu.Lock()
	defer t.mu.Unlock()
	if uint64(s)+uint64(n) > uint64(len(elems)) || uint64(d)+uint64(n) > uint64(len(t.elems)) {
		return trap.New(trap.CodeOutOfBoundsTableAccess)
	}
	t.setRefs(uint64(d), elems[s:s+n])
	return nil
}

// builtin runs runtime service b for generated code.
func (inst *Instance) builtin(b int, s []uint64) error {
	u32 := func(i int) uint32 { return uint32(s[i]) }
	switch b {
	case abi.BuiltinMemoryGrow:
		s[0] = uint64(uint32(int32(inst.mem.Grow(u32(0)))))
	case abi.BuiltinMemoryInit:
		return inst.memInit(u32(0), u32(1), u32(2), u32(3))
	case abi.BuiltinDataDrop:
		if int(u32(0)) < len(inst.datas) {
			inst.datas[u32(0)] = nil
		}
	case abi.BuiltinTableGrow:
		t := inst.tables[u32(0)]
		s[0] = uint64(uint32(int32(t.Grow(u32(2), s[1]))))
	case abi.BuiltinTableFill:
		t := inst.tables[u32(0)]
		d, ref, n := uint64(u32(1)), s[2], uint64(u32(3))
		t.mu.Lock()
		defer t.mu.Unlock()
		if d+n > uint64(len(t.elems)) {
			return trap.New(trap.CodeOutOfBoundsTableAccess)
		}
		e := t.entry(ref)
		for i := d; i < d+n; i++ {
			t.elems[i] = e
		}
	case abi.BuiltinTableCopy:
		dt, st := inst.tables[u32(0)], inst.tables[u32(1)]
		d, src, n := uint64(u32(2)), uint64(u32(3)), uint64(u32(4))
		defer lockTables(dt, st)()
		if src+n > uint64(len(st.elems)) || d+n > uint64(len(dt.elems)) {
			return trap.New(trap.CodeOutOfBoundsTableAccess)
		}
		copy(dt.elems[d:d+n], st.elems[src:src+n])
	case abi.BuiltinTableInit:
		return inst.tableInit(u32(1), u32(0), u32(2), u32(3), u32(4))
	case abi.BuiltinElemDrop:
		inst.elems[u32(0)] = nil
	default:
		return fmt.Errorf("instance: unknown builtin %d", b)
	}
	return nil
}
