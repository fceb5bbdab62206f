package instance

import (
	"context"
	"sync"
	"sync/atomic"
)

// Calls from the goroutine that made the instance.
//
// A call from the host costs four atomic read-modify-writes on the general
// path (a reference taken and dropped, the cached runner taken and put
// back), about 25 ns on these machines, as much as the rest of the call.
// The goroutine that instantiated the instance (its owner: the g that ran
// Instantiate; a goroutine that later gets the same g cannot overlap with
// it) calls without any: it has a runner of its own (inst.own), which no
// other goroutine touches, and instead of a reference it announces its
// call with a plain store to inst.ownerActive before it checks
// inst.closed. Close stores closed first, then reads ownerActive and, if
// a call is announced, takes a reference on its behalf (ownerHeld), which
// the call drops when it ends and sees closed.
//
// That is Dekker's handshake, which needs a full barrier between each
// side's store and load. The owner has none (that is the point); Close
// makes one happen on every thread of the process with membarrier(2)
// (MEMBARRIER_CMD_PRIVATE_EXPEDITED, about 0.2 us) before it reads, unless
// it runs on the owner goroutine itself, which sees its own stores. Until
// the process is registered for membarrier, and where it is not available,
// every call takes the general path.
//
// Under the race detector the two accesses are atomic, so that it sees the
// ordering the barrier provides.

// Registering for membarrier waits for an RCU grace period (10-15 ms on
// these machines, almost no CPU), so the first instantiation starts it in
// the background and calls take the general path until it is done. The
// state only moves forward, and its loads and stores are sequentially
// consistent: a Close that still sees it unregistered stored closed before
// any owner call could see it registered, and such a call then sees
// closed.
const (
	mbIdle int32 = iota
	mbRegistering
	mbReady
	mbUnavailable
)

var (
	mbState atomic.Int32
	mbOnce  sync.Once
)

// startMembarrier starts the registration (once).
func startMembarrier() {
	mbOnce.Do(func() {
		mbState.Store(mbRegistering)
		go func() {
			if registerMembarrier() {
				mbState.Store(mbReady)
			} else {
				mbState.Store(mbUnavailable)
			}
		}()
	})
}

// ownedCalls reports whether the owner path is on.
func ownedCalls() bool { return mbState.Load() == mbReady }

func (inst *Instance) setOwnerActive(v uint32) {
	if raceEnabled {
		atomic.StoreUint32(&inst.ownerActive, v)
	} else {
		inst.ownerActive = v
	}
}

func (inst *Instance) loadOwnerActive() uint32 {
	if raceEnabled {
		return atomic.LoadUint32(&inst.ownerActive)
	}
	return inst.ownerActive
}

// callOwned runs a top-level call on the owner goroutine (not inside a host
// call of any runner).
func (inst *Instance) callOwned(ctx context.Context, f *Func, vmctx, shim uintptr, stack []uint64) error {
	inst.setOwnerActive(1)
	if inst.closed.Load() {
		inst.leaveOwned()
		return errInstanceClosed
	}
	r := inst.own
	if r == nil {
		var err error
		if r, err = getRunner(inst.limits.StackSize); err != nil {
			inst.leaveOwned()
			return err
		}
		r.anchor.Store(inst) // Close interrupts the calls of runners anchored to inst
		inst.own = r
	}
	c := r.c
	r.depth = 1
	r.Context = ctx
	c.Exec().VMCtx = vmctx
	r.setMemory(f.inst)
	c.GoContext = r
	c.SetPreempt(f.inst.preempt)
	err := c.CallContext(ctx, shim, stack)
	c.GoContext = nil
	r.Context = nil
	r.depth = 0
	inst.leaveOwned()
	return err
}

// leaveOwned ends an owner call: it drops the reference Close took for it,
// if Close ran meanwhile.
func (inst *Instance) leaveOwned() {
	inst.setOwnerActive(0)
	if !inst.closed.Load() {
		return
	}
	runnersMu.Lock()
	held := inst.ownerHeld
	inst.ownerHeld = false
	runnersMu.Unlock()
	if held {
		inst.drop()
	}
}

// holdOwnerCall is Close's side, under runnersMu after closed is set: a
// reference for the owner call in progress, if any.
func (inst *Instance) holdOwnerCall() {
	if !ownedCalls() {
		return
	}
	if getg() != inst.owner {
		membarrier()
	}
	if inst.loadOwnerActive() != 0 {
		inst.refs.Add(1)
		inst.ownerHeld = true
	}
}
