package instance

import (
	"sync"
	"sync/atomic"

	"github.com/kilnwasm/kiln/runtime/internal/native"
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
// the call drops when it ends and sees closed. (The owner's call is in
// Instance.call, runner.go.)
//
// That is Dekker's handshake, which needs a full barrier between each
// side's store and load. The owner has none (that is the point); Close
// makes one happen on every thread of the process with membarrier(2)
// (MEMBARRIER_CMD_PRIVATE_EXPEDITED, about 0.2 us) before it reads, unless
// it runs on the owner goroutine itself, which sees its own stores. Where
// membarrier is not available, every call takes the general path.
//
// Under the race detector the two accesses are atomic, so that it sees the
// ordering the barrier provides.

// Whether the kernel offers the barrier is asked at the first
// instantiation (MEMBARRIER_CMD_QUERY, cheap); registering for it, which
// waits for an RCU grace period (10-15 ms here, and a process cannot exit
// while a thread waits in it), is left to the first barrier
// (membarrier_linux.go).
const (
	mbIdle int32 = iota
	mbReady
	mbUnavailable
)

var (
	mbState atomic.Int32
	mbOnce  sync.Once
)

// startMembarrier finds out whether the owner path can be on (once).
func startMembarrier() {
	mbOnce.Do(func() {
		if registerMembarrier() {
			mbState.Store(mbReady)
		} else {
			mbState.Store(mbUnavailable)
		}
	})
}

// ownedCalls reports whether the owner path is on.
func ownedCalls() bool { return mbState.Load() == mbReady }

func (inst *Instance) setOwnerActive(v uint32) {
	if native.RaceEnabled {
		atomic.StoreUint32(&inst.ownerActive, v)
	} else {
		inst.ownerActive = v
	}
}

func (inst *Instance) loadOwnerActive() uint32 {
	if native.RaceEnabled {
		return atomic.LoadUint32(&inst.ownerActive)
	}
	return inst.ownerActive
}

// newOwn makes the instance's own runner, at its owner's first call.
func (inst *Instance) newOwn() (*runner, error) {
	r, err := getRunner(inst.limits.StackSize)
	if err != nil {
		return nil, err
	}
	r.anchor.Store(inst) // Close interrupts the calls of runners anchored to inst
	r.rec = inst.rec
	r.setExec(inst)
	inst.own = r
	return r, nil
}

// leaveOwned ends an owner call: it drops the reference Close took for it,
// if Close ran meanwhile.
func (inst *Instance) leaveOwned() {
	inst.setOwnerActive(0)
	if inst.closed.Load() {
		inst.dropOwnerHeld()
	}
}

func (inst *Instance) dropOwnerHeld() {
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

// Owner goroutines' records. A host function called on an instance's own
// runner must be found by hostRunner like any other (a host function may
// call into any instance), but the owner path takes no atomics: the own
// runner registers its goroutine by storing itself into the goroutine's
// ownerRec, which exists while the goroutine owns an instance (it is
// taken at instantiation and dropped at release) and whose r only that
// goroutine reads and writes. An instance keeps its owner's record, so a
// call on the owner goroutine finds it directly; a call on another
// goroutine looks the goroutine's record up in ownerShards (lock-free;
// records are added and removed under ownerMu). A record's g never
// changes, so a record read from a slot that is being reused is
// recognized as another goroutine's.
type ownerRec struct {
	g    uintptr
	r    *runner // the runner g is registered for (runner.register): its own, or a shared one
	refs int     // instances owned by g (under ownerMu)
}

type ownerShard struct {
	slots [4]atomic.Pointer[ownerRec]
	// Overflow, replaced (never modified) under ownerMu.
	more atomic.Pointer[map[uintptr]*ownerRec]
}

var (
	ownerMu     sync.Mutex
	ownerShards [64]ownerShard
)

// ownerRecOf returns g's record, or nil if g owns no instance.
func ownerRecOf(g uintptr) *ownerRec {
	s := &ownerShards[shardIndex(g)]
	for i := range s.slots {
		if p := s.slots[i].Load(); p != nil && p.g == g {
			return p
		}
	}
	if m := s.more.Load(); m != nil {
		return (*m)[g]
	}
	return nil
}

// takeOwnerRec returns g's record for an instance g makes, which drops it
// when it is released.
func takeOwnerRec(g uintptr) *ownerRec {
	ownerMu.Lock()
	defer ownerMu.Unlock()
	if p := ownerRecOf(g); p != nil {
		p.refs++
		return p
	}
	// g may be in a host call of a shared runner already (it instantiates
	// from a host function): the record takes over the registration.
	p := &ownerRec{g: g, refs: 1, r: shardRunner(g)}
	s := &ownerShards[shardIndex(g)]
	for i := range s.slots {
		if s.slots[i].Load() == nil {
			s.slots[i].Store(p)
			return p
		}
	}
	m := map[uintptr]*ownerRec{g: p}
	if old := s.more.Load(); old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	s.more.Store(&m)
	return p
}

func (p *ownerRec) drop() {
	ownerMu.Lock()
	defer ownerMu.Unlock()
	if p.refs--; p.refs > 0 {
		return
	}
	s := &ownerShards[shardIndex(p.g)]
	for i := range s.slots {
		if s.slots[i].Load() == p {
			s.slots[i].Store(nil)
			return
		}
	}
	old := *s.more.Load()
	if len(old) == 1 {
		s.more.Store(nil)
		return
	}
	m := make(map[uintptr]*ownerRec, len(old)-1)
	for k, v := range old {
		if v != p {
			m[k] = v
		}
	}
	s.more.Store(&m)
}
