package instance

import (
	"context"
	"errors"
	"fmt"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/linmem"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// ErrNotResettable is returned by Reset for an instance whose state is not
// all its own, or that is in use.
var ErrNotResettable = errors.New("instance: cannot be reset")

// Reset returns the instance to the state instantiation left it in, so
// that a server can run the next request in it instead of a new instance
// (no linking, registration or exports map again). Everything a call can
// change is put back: memory 0's contents and size (its reservation goes
// back to the pool and a fresh one, zeroed or mapped from the module's
// image, takes its place), the globals, the tables' size and elements,
// the dropped data and element segments; then the start function runs
// again, with ctx. Memory.Bytes slices taken before are invalid after
// (the reservation may be another one).
//
// Only an instance that imports no memory, table or global (their state
// is shared with their exporter) can be reset, and only while no call is
// in progress and no open instance imports from it: otherwise Reset
// fails with ErrNotResettable and changes nothing. If resetting fails
// after that (no memory, a trap in the start function), the instance is
// closed.
func (inst *Instance) Reset(ctx context.Context) error {
	w := inst.mod.Wasm
	if w.NumImportedMemories+w.NumImportedTables+w.NumImportedGlobals > 0 {
		return fmt.Errorf("%w: it imports a memory, table or global", ErrNotResettable)
	}
	if inst.closed.Load() {
		return errInstanceClosed
	}
	if inst.refs.Load() != 1 || inst.loadOwnerActive() != 0 {
		return fmt.Errorf("%w: a call is in progress or an instance imports from it", ErrNotResettable)
	}
	if err := inst.reset(ctx); err != nil {
		inst.Close()
		return err
	}
	return nil
}

func (inst *Instance) reset(ctx context.Context) error {
	m := inst.mod
	w := m.Wasm
	if inst.mem != nil {
		if err := inst.resetMemory(); err != nil {
			return err
		}
	}
	for i, t := range inst.tables {
		min := uint32(w.Tables[i].Limits.Min)
		t.mu.Lock()
		t.elems = t.elems[:min] // cap(elems) >= min: tables start at min and only grow
		clear(t.elems)
		t.sync()
		t.mu.Unlock()
	}
	// Globals, in order, as InstantiateWith evaluates them (an
	// initializer may read an earlier global).
	for i := range w.Globals {
		lo, hi := inst.eval128(w.Globals[i].Init)
		g := inst.globals[i]
		if g.hi != nil {
			g.SetV128(lo, hi)
		} else {
			g.Set(lo)
		}
	}
	// Segments, in the spec's order: an active element segment is
	// written to its table again, a passive one is made again if it was
	// dropped.
	for i := range w.Elems {
		e := &w.Elems[i]
		switch e.Mode {
		case wasm.SegmentActive:
			t := inst.tables[e.Table]
			off := uint64(uint32(inst.eval(e.Offset)))
			t.mu.Lock()
			fits := off+uint64(e.Len()) <= uint64(len(t.elems))
			if fits {
				for j := range e.Len() {
					t.elems[off+uint64(j)] = t.entry(inst.elemRef(e, j))
				}
			}
			t.mu.Unlock()
			if !fits {
				return trap.New(trap.CodeOutOfBoundsTableAccess) // it fitted at instantiation: not reached
			}
		case wasm.SegmentPassive:
			if inst.elems[i] == nil {
				inst.elems[i] = make([]uint64, e.Len())
				inst.elemRefs(e, inst.elems[i])
			}
		}
	}
	for i := range inst.datas {
		inst.datas[i] = nil
		if w.Datas[i].Mode == wasm.SegmentPassive {
			inst.datas[i] = w.Datas[i].Init
		}
	}
	if inst.mem != nil && m.image == nil {
		mem := inst.mem.Bytes()
		for i := range w.Datas {
			d := &w.Datas[i]
			if d.Mode != wasm.SegmentActive {
				continue
			}
			off := uint64(uint32(inst.eval(d.Offset)))
			if off+uint64(len(d.Init)) > uint64(len(mem)) {
				return trap.New(trap.CodeOutOfBoundsMemoryAccess) // it fitted at instantiation: not reached
			}
			copy(mem[off:], d.Init)
		}
	}
	if w.HasStart {
		if err := inst.call(ctx, inst.funcHandle(w.Start), nil); err != nil {
			return err
		}
	}
	return nil
}

// elemRefs evaluates segment e's references into refs.
func (inst *Instance) elemRefs(e *wasm.Elem, refs []uint64) {
	for j := range refs {
		refs[j] = inst.elemRef(e, j)
	}
}

// elemRef evaluates segment e's reference j.
func (inst *Instance) elemRef(e *wasm.Elem, j int) uint64 {
	if e.Exprs != nil {
		return inst.eval(e.Exprs[j])
	}
	return uint64(inst.funcDesc(e.Funcs[j]))
}

// resetMemory replaces memory 0's reservation with a fresh one of the
// initial size, as InstantiateWith makes it (the data segments are
// applied by the caller).
func (inst *Instance) resetMemory() error {
	mem := inst.mem
	l := inst.mod.Wasm.Memories[0].Limits
	maxPages := int64(-1)
	if l.HasMax {
		maxPages = int64(l.Max)
	}
	mem.rw.Lock()
	defer mem.rw.Unlock()
	if mem.released {
		return errMemoryClosed
	}
	// Released first, so that the pool hands the same reservation back
	// (with the image still mapped, for a module that has one).
	err := mem.lm.Release()
	var lm *linmem.Memory
	if err == nil {
		if inst.mod.image != nil {
			lm, err = linmem.Default().NewImage(inst.mod.image, uint32(l.Min), maxPages)
		} else {
			lm, err = linmem.Default().New(uint32(l.Min), maxPages)
		}
	}
	if err != nil {
		mem.released = true // Close must not release it again
		return err
	}
	lm.SetLimit(uint64(inst.limits.MemoryPages) * linmem.PageSize)
	mem.lm = lm
	inst.setVM(abi.VMCtxMemBase, uint64(lm.Base()))
	inst.setVM(abi.VMCtxMemSize, uint64(lm.Len()))
	inst.memBase = lm.Base()
	inst.memLo, inst.memHi = lm.Reserved()
	return nil
}
