package instance

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/linmem"
)

// Lifetimes.
//
// An instance holds references: one for being open (dropped by Close), one
// per call in progress (taken when the call starts, refused once closed),
// and one per instance that imports something from it (so a function,
// table or memory an open instance imported keeps working after its
// exporter is closed). When the last reference goes, the instance is
// released: its memory goes back to the pool (to be handed to another
// instance), its id is freed, references to its functions that it stored
// in tables and globals of other owners are nulled, and it drops its
// references to the instances it imported from and to its module.
//
// Handles check liveness: every operation on a closed instance or on a
// handle obtained from it fails with an error wrapping ErrClosed (a memory
// or table fails once released), so a memory reservation is reused only
// when no call, importer or handle can reach it.

// acquire takes a reference for a call; false if the instance is closed.
func (inst *Instance) acquire() bool {
	if !inst.retain() {
		return false
	}
	if inst.closed.Load() {
		inst.drop()
		return false
	}
	return true
}

// retain takes a reference unless the instance is already released.
func (inst *Instance) retain() bool {
	for {
		n := inst.refs.Load()
		if n <= 0 {
			return false
		}
		if inst.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// drop releases a reference; the last one releases the instance.
func (inst *Instance) drop() error {
	if inst.refs.Add(-1) == 0 {
		return inst.release()
	}
	return nil
}

// Closed reports whether Close was called.
func (inst *Instance) Closed() bool { return inst.closed.Load() }

// Close closes the instance: its exports and handles stop working (errors
// wrap ErrClosed). Calls in progress are interrupted (they trap
// "interrupted" at their next poll, or fail at their next host call); the
// instance's memory is released when the last of them returns and no open
// instance imports from it. Close is idempotent and safe to call from any
// goroutine, also from a host function called by the instance itself.
func (inst *Instance) Close() error {
	if inst.closed.Swap(true) {
		return nil
	}
	runnersMu.Lock()
	for r := range allRunners {
		r.interrupt(inst)
	}
	inst.holdOwnerCall()
	runnersMu.Unlock()
	return inst.drop()
}

// release frees what the instance owns. It runs once, when the last
// reference is dropped: no call of the instance is in progress and no open
// instance imports from it.
func (inst *Instance) release() error {
	unregister(inst)
	inst.scrub()
	if r := inst.ctxCache.Swap(nil); r != nil {
		r.disown(inst)
		putRunner(r)
	}
	// No owner call runs now, and one that starts sees closed and leaves
	// inst.own alone.
	if r := inst.own; r != nil {
		inst.own = nil
		r.disown(inst)
		putRunner(r)
	}
	inst.rec.drop()
	var err error
	if m := inst.mem; m != nil {
		m.mu.Lock()
		for i, vm := range m.owners {
			if vm == &inst.vm {
				m.owners = append(m.owners[:i], m.owners[i+1:]...)
				break
			}
		}
		closedHost := m.owner == nil && m.closed && len(m.owners) == 0
		m.mu.Unlock()
		if inst.ownMem || closedHost {
			err = m.release()
		}
	}
	for _, t := range inst.tables {
		if t.owner == inst {
			t.close()
		}
	}
	for _, d := range inst.deps {
		d.drop()
	}
	inst.deps = nil
	pinMu.Lock()
	pins := inst.pins
	inst.pins = nil
	pinMu.Unlock()
	for _, p := range pins {
		p.drop()
	}
	if inst.mod != nil {
		inst.mod.dropInstance()
	}
	return err
}

var pinMu sync.Mutex

// abandon ends a failed instantiation. The functions it already stored in
// tables or globals it imported stay callable (the specification keeps
// element segments applied before the failure, and what a trapping start
// function stored), so the instance then stays alive as long as the
// owners of those tables and globals: they hold a reference to it (host
// tables and globals: for good), and it gives up its own reference to
// them when that is the only one (else the two would keep each other).
func (inst *Instance) abandon() {
	holders, host := inst.escapes()
	if len(holders) == 0 && !host {
		inst.Close()
		return
	}
	for _, x := range holders {
		inst.refs.Add(1)
		pinMu.Lock()
		x.pins = append(x.pins, inst)
		pinMu.Unlock()
	}
	if len(holders) == 1 && !host {
		x := holders[0]
		for i, d := range inst.deps {
			if d == x {
				inst.deps = append(inst.deps[:i], inst.deps[i+1:]...)
				x.drop()
				break
			}
		}
	}
	if host {
		inst.refs.Add(1) // never dropped
		for _, t := range inst.tables {
			if t.owner == nil {
				t.mu.Lock()
				t.keep = append(t.keep, inst)
				t.mu.Unlock()
			}
		}
	}
	inst.Close()
}

// escapes returns the other instances whose tables or globals hold
// references to inst's functions, and whether host tables or globals do.
func (inst *Instance) escapes() (holders []*Instance, host bool) {
	if len(inst.vm) == 0 {
		return nil, false
	}
	lo := uint64(inst.vmBase())
	hi := lo + uint64(len(inst.vm))*8
	add := func(owner *Instance) {
		if owner == nil {
			host = true
			return
		}
		for _, h := range holders {
			if h == owner {
				return
			}
		}
		holders = append(holders, owner)
	}
	for _, t := range inst.tables {
		if t.owner == inst || t.Type != wasm.FuncRef {
			continue
		}
		t.mu.Lock()
		for _, e := range t.elems {
			if e.ref >= lo && e.ref < hi {
				add(t.owner)
				break
			}
		}
		t.mu.Unlock()
	}
	for _, g := range inst.globals {
		if g.owner == inst || g.Type.Type != wasm.FuncRef || !g.Type.Mutable {
			continue
		}
		if v := g.Get(); v >= lo && v < hi {
			add(g.owner)
		}
	}
	return holders, host
}

// scrub nulls the references to this instance's functions in the tables
// and globals it imported (where it may have stored them with table.set,
// table.init, table.grow, table.fill or global.set): a funcref is the
// address of a descriptor in the VMCtx block, which is garbage once the
// instance is gone. Calls through such an element then trap "uninitialized
// element". (A reference another instance copied elsewhere from such a
// table is not found; see the package notes.)
func (inst *Instance) scrub() {
	if len(inst.vm) == 0 {
		return
	}
	lo := uint64(inst.vmBase())
	hi := lo + uint64(len(inst.vm))*8
	mine := func(v uint64) bool { return v >= lo && v < hi }
	for _, t := range inst.tables {
		if t.owner == inst || t.Type != wasm.FuncRef {
			continue
		}
		t.mu.Lock()
		for i, e := range t.elems {
			if mine(e.ref) {
				t.elems[i] = tableEntry{}
			}
		}
		t.mu.Unlock()
	}
	for _, g := range inst.globals {
		if g.owner == inst || g.Type.Type != wasm.FuncRef || !g.Type.Mutable {
			continue
		}
		if v := g.Get(); mine(v) {
			atomic.CompareAndSwapUint64(g.slot, v, 0)
		}
	}
}

var (
	instMu    sync.Mutex
	instances atomic.Pointer[[]*Instance] // by id; copy-on-write
	live      int                         // registered instances (under instMu)
)

// register gives inst an id; it fails when max > 0 instances are live.
func register(inst *Instance, max int) error {
	instMu.Lock()
	defer instMu.Unlock()
	if max > 0 && live >= max {
		return &LimitError{What: "instances", Need: uint64(live), Limit: uint64(max), Unit: "live instances"}
	}
	live++
	inst.registered = true
	var cur []*Instance
	if p := instances.Load(); p != nil {
		cur = *p
	}
	for i, x := range cur {
		if x == nil {
			inst.id = uint32(i)
			next := append([]*Instance(nil), cur...)
			next[i] = inst
			instances.Store(&next)
			return nil
		}
	}
	inst.id = uint32(len(cur))
	next := append(append([]*Instance(nil), cur...), inst)
	instances.Store(&next)
	return nil
}

func unregister(inst *Instance) {
	instMu.Lock()
	defer instMu.Unlock()
	if !inst.registered {
		return
	}
	inst.registered = false
	live--
	cur := *instances.Load()
	next := append([]*Instance(nil), cur...)
	next[inst.id] = nil
	// Drop trailing free ids so the table does not keep its peak size.
	for len(next) > 0 && next[len(next)-1] == nil {
		next = next[:len(next)-1]
	}
	instances.Store(&next)
}

// Live returns the number of instances alive (instantiated and not yet
// released) in the process.
func Live() int {
	instMu.Lock()
	defer instMu.Unlock()
	return live
}

// byVM finds the instance whose VMCtx block is at vm (the running one during
// a host call), through the id stored in the block.
func byVM(vm uintptr) *Instance {
	p := instances.Load()
	if p == nil || vm == 0 {
		return nil
	}
	// vm is the address of a live instance's block (generated code only
	// runs with the VMCtx of an instance that is held by a call or an
	// importer); check that it is still the one registered under its id.
	id := loadID(vm)
	if id < uint64(len(*p)) {
		if inst := (*p)[id]; inst != nil && inst.vmBase() == vm {
			return inst
		}
	}
	return nil
}

// LiveFuncRef reports whether ref is a valid funcref from the host: null,
// or the address of a function descriptor in the VMCtx block of a live
// instance whose descriptors are all written. Generated code and the
// runtime read the descriptor a funcref points to, so a value the host
// made up (or kept from an instance since released) must be refused where
// it enters. It scans the live instances: for the rare signatures that
// pass references.
func LiveFuncRef(ref uint64) bool {
	if ref == 0 {
		return true
	}
	p := instances.Load()
	if p == nil {
		return false
	}
	for _, inst := range *p {
		if inst == nil || len(inst.vm) == 0 || !inst.described.Load() {
			continue
		}
		lo, hi := inst.descriptors(0)
		if ref >= lo && ref < hi {
			return (ref-lo)%abi.DescriptorSize == 0
		}
	}
	return false
}

// descriptors returns the address range of the descriptors of inst's
// functions from index first on, in its VMCtx block.
func (inst *Instance) descriptors(first uint32) (lo, hi uint64) {
	lay := inst.mod.Compiled.Layout
	n := uint64(len(inst.mod.Wasm.FuncTypes))
	return uint64(inst.vmAddr(lay.Descriptor(first))), uint64(inst.vmAddr(lay.Descriptors)) + n*abi.DescriptorSize
}

// CheckFuncRefs checks the funcref values among the slots of types in
// stack (laid out as Func.Call's stack) with LiveFuncRef.
func CheckFuncRefs(types []wasm.ValType, stack []uint64) error {
	k := 0
	for i, t := range types {
		switch t {
		case wasm.V128:
			k += 2
			continue
		case wasm.FuncRef:
			if k < len(stack) && !LiveFuncRef(stack[k]) {
				return fmt.Errorf("value %d (%#x) is not a funcref of a live instance", i, stack[k])
			}
		}
		k++
	}
	return nil
}

// loadID reads the instance id in the VMCtx block at vm. The block is a
// Go heap object known only by its address here (checkptr would object).
//
//go:nocheckptr
func loadID(vm uintptr) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(nil), vm+abi.VMCtxInstanceID))
}

// loadDesc reads the word at offset off of the function descriptor at
// desc, in the VMCtx block of a live instance (a funcref in a table or a
// global keeps its instance alive; see scrub), a Go heap object known
// only by its address here.
//
//go:nocheckptr
func loadDesc(desc uint64, off uintptr) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(nil), uintptr(desc)+off))
}

// Module lifetime: a module's code is released when the module is closed
// and its last instance is released.

// acquireModule counts an instance of m; false if m is closed.
func (m *Module) acquireModule() bool {
	m.users.Add(1)
	if m.closed.Load() {
		m.dropInstance()
		return false
	}
	return true
}

func (m *Module) dropInstance() {
	if m.users.Add(-1) == 0 && m.closed.Load() {
		m.releaseCode()
	}
}

func (m *Module) releaseCode() error {
	if !m.released.CompareAndSwap(false, true) {
		return nil
	}
	err := m.blob.Release()
	if m.image != nil {
		linmem.Default().ForgetImage(m.image)
		m.image.Close()
	}
	if m.mapping != nil {
		if err1 := m.mapping.Close(); err == nil {
			err = err1
		}
	}
	return err
}

// depend records that inst imports ext: an entity of another instance is
// kept alive (with that instance's memory and code) until inst is
// released. Importing from a closed instance fails.
func (inst *Instance) depend(ext Extern) error {
	var from *Instance
	switch ext.Kind {
	case wasm.ExternFunc:
		if a := ext.Func.anchor(); a != nil && a.closed.Load() {
			return errInstanceClosed
		}
		if ext.Func.Host == nil {
			from = ext.Func.inst
		}
	case wasm.ExternTable:
		if err := ext.Table.Err(); err != nil {
			return err
		}
		from = ext.Table.owner
	case wasm.ExternMemory:
		from = ext.Memory.owner
	case wasm.ExternGlobal:
		from = ext.Global.owner
	}
	if from == nil || from == inst {
		return nil
	}
	for _, d := range inst.deps {
		if d == from {
			return nil
		}
	}
	if !from.acquire() {
		return errInstanceClosed
	}
	inst.deps = append(inst.deps, from)
	return nil
}

// lockTables locks a and b (once if the same, in address order otherwise)
// and returns the unlock.
func lockTables(a, b *Table) func() {
	if a == b {
		a.mu.Lock()
		return a.mu.Unlock
	}
	if uintptr(unsafe.Pointer(a)) > uintptr(unsafe.Pointer(b)) {
		a, b = b, a
	}
	a.mu.Lock()
	b.mu.Lock()
	return func() {
		b.mu.Unlock()
		a.mu.Unlock()
	}
}
