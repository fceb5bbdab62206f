package instance

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/lazy"
	"github.com/kilnwasm/kiln/runtime/internal/native"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// A runner is an execution context (a native stack) with the instance
// layer's bookkeeping. One top-level call runs on it at a time; a host
// function it calls may call back into WebAssembly on the same goroutine,
// which runs as a nested activation on the same native stack (so the depth
// of host -> Wasm -> host nesting costs stack, not new stacks, and is
// capped by Limits.CallDepth).
type runner struct {
	c *native.Context
	// ctx is the embedder's context of the innermost running call, which
	// host functions get.
	ctx context.Context
	// anchor is the instance that holds the runner: the one whose function
	// the running top-level call entered through, or whose ctxCache keeps
	// it (nil in the pool; closingMark while Close interrupts it).
	anchor atomic.Pointer[Instance]
	depth  int // running activations (1 for a top-level call)
	// hostInst is the instance whose VMCtx made the last host call, or the
	// one whose function the innermost activation entered (byVM's answer
	// for the VMCtx at hostInst.vmBase()).
	hostInst *Instance
	// rec is the owner goroutine's record if the runner is an instance's
	// own runner (owned.go), else nil.
	rec *ownerRec
	// registered says the goroutine running the call is registered for
	// hostRunner (since the call's first host call); hostG is the g
	// registered in hostShards, for a runner without rec.
	registered bool
	hostG      uintptr
	// stackSize is the size c's native stack was made with (Limits).
	stackSize int
}

// closingMark is stored in runner.anchor while Close interrupts the call.
var closingMark = &Instance{}

var (
	// runnerPool keeps idle runners with stacks of DefaultStackSize (each
	// owns an mmap'd native stack, so they are reused rather than left to
	// the garbage collector). Runners of other sizes are made for an
	// instance, kept in its ctxCache, and unmapped when it lets them go.
	// (Made at the first call, as allRunners: not at every start of kiln.)
	runnerPool = lazy.Value[chan *runner]{New: func() chan *runner { return make(chan *runner, 64) }}
	// allRunners is every live runner, for Close to find the calls of an
	// instance.
	runnersMu  sync.Mutex
	allRunners map[*runner]struct{}
)

func getRunner(stackSize int) (*runner, error) {
	if stackSize == DefaultStackSize {
		select {
		case r := <-runnerPool.Get():
			return r, nil
		default:
		}
	}
	c, err := native.NewContext(native.Config{StackSize: stackSize})
	if err != nil {
		// Out of address space or mappings for native stacks: report it as
		// what it is for the guest.
		return nil, &stackError{err}
	}
	c.Backtraces = true
	c.SetPreempt(true) // where Go's preemption signal works (native.PreemptAvailable)
	r := &runner{c: c, stackSize: stackSize}
	c.Dispatch = r.dispatch
	runnersMu.Lock()
	if allRunners == nil {
		allRunners = make(map[*runner]struct{})
	}
	allRunners[r] = struct{}{}
	runnersMu.Unlock()
	return r, nil
}

func putRunner(r *runner) {
	r.hostInst, r.rec = nil, nil
	if r.stackSize == DefaultStackSize {
		select {
		case runnerPool.Get() <- r:
			return
		default:
		}
	}
	runnersMu.Lock()
	delete(allRunners, r)
	runnersMu.Unlock()
	r.c.Close()
}

// stackError is a failure to map a native stack for a call: a trap "call
// stack exhausted" that keeps the system's reason.
type stackError struct{ err error }

func (e *stackError) Error() string {
	return fmt.Sprintf("%s (no native stack: %v)", trap.CodeCallStackExhausted, e.err)
}

func (e *stackError) Unwrap() []error {
	return []error{&trap.Trap{Code: trap.CodeCallStackExhausted, Func: trap.NoFunc}, e.err}
}

// interrupt stops the running top-level call if inst holds the runner
// (an idle runner in inst's cache gets a stale request, which the next
// top-level call clears; and it serves no call of inst any more).
func (r *runner) interrupt(inst *Instance) {
	if r.anchor.CompareAndSwap(inst, closingMark) {
		r.c.Interrupt()
		r.anchor.Store(inst)
	}
}

// disown ends inst's hold on the runner before it goes back to the pool.
func (r *runner) disown(inst *Instance) {
	for !r.anchor.CompareAndSwap(inst, nil) {
		runtime.Gosched() // Close is interrupting a call of inst
	}
}

// Goroutines inside host calls, by goroutine (getg), so that a host
// function calling back into WebAssembly continues on its runner. A
// goroutine registers itself at the first host call of a top-level call
// and unregisters when the call ends; only the goroutine itself looks up
// its own entry, so an entry needs no lock: a slot's g is claimed with a
// CAS, and r is written and read only by the goroutine named by g. (An
// instance's own runner records its host calls in its goroutine's
// ownerRec instead, without atomics: owned.go.)
type hostSlot struct {
	g atomic.Uintptr
	r *runner
}

type hostShard struct {
	slots [4]hostSlot
	// Overflow when more goroutines of the shard are in host calls.
	n  atomic.Int32
	mu sync.Mutex
	m  map[uintptr]*runner
}

var hostShards [64]hostShard

func shardIndex(g uintptr) uintptr { return (g>>7 ^ g>>13) & 63 }

func shardOf(g uintptr) *hostShard { return &hostShards[shardIndex(g)] }

// register records that the running goroutine runs a host function of
// r's call, until unregister. The registration lasts for the rest of the
// top-level call: while it runs generated code the goroutine looks up
// nothing, so it costs its atomics once per call rather than once per
// host call. A goroutine that owns instances also has it in its ownerRec,
// which is all a call from it looks at (hostRunner).
func (r *runner) register() {
	r.registered = true
	if rec := r.rec; rec != nil {
		rec.r = r
		return
	}
	g := getg()
	r.hostG = g
	if rec := ownerRecOf(g); rec != nil {
		rec.r = r
	}
	s := shardOf(g)
	for i := range s.slots {
		if sl := &s.slots[i]; sl.g.Load() == 0 && sl.g.CompareAndSwap(0, g) {
			sl.r = r
			return
		}
	}
	s.mu.Lock()
	if s.m == nil {
		s.m = map[uintptr]*runner{}
	}
	s.m[g] = r
	s.n.Add(1)
	s.mu.Unlock()
}

// unregister ends the registration (r.registered), when the top-level
// call ends.
func (r *runner) unregister() {
	r.registered = false
	if rec := r.rec; rec != nil {
		rec.r = nil
		return
	}
	g := r.hostG
	if rec := ownerRecOf(g); rec != nil && rec.r == r {
		rec.r = nil
	}
	s := shardOf(g)
	for i := range s.slots {
		if sl := &s.slots[i]; sl.g.Load() == g {
			sl.r = nil
			sl.g.Store(0)
			return
		}
	}
	s.mu.Lock()
	delete(s.m, g)
	s.n.Add(-1)
	s.mu.Unlock()
}

// hostRunner returns the runner whose host function goroutine g is
// running, or nil; inst is the instance about to be called, whose
// ownerRec is g's if g owns it. A goroutine that owns an instance has
// its registration in its ownerRec (register, takeOwnerRec); only the
// others need the shards.
func hostRunner(g uintptr, inst *Instance) *runner {
	rec := inst.rec
	if g != inst.owner {
		rec = ownerRecOf(g)
	}
	if rec != nil {
		return rec.r
	}
	return shardRunner(g)
}

// shardRunner returns the runner g is registered for in hostShards, or
// nil (only g's own entry can name g).
func shardRunner(g uintptr) *runner {
	s := shardOf(g)
	for i := range s.slots {
		if sl := &s.slots[i]; sl.g.Load() == g {
			return sl.r
		}
	}
	if s.n.Load() != 0 {
		s.mu.Lock()
		r := s.m[g]
		s.mu.Unlock()
		return r
	}
	return nil
}

// dispatch serves the host calls of r's calls (native.Context.Dispatch):
// host import k - abi.HostImportBase of the instance whose VMCtx made the
// call, or builtin k.
func (r *runner) dispatch(c *native.Context, k uint64, stack []uint64) error {
	inst := r.hostInst
	if vm := c.Exec().VMCtx; inst == nil || inst.vmBase() != vm {
		if inst = byVM(vm); inst == nil {
			return errors.New("instance: host call from an unknown instance")
		}
		r.hostInst = inst
	}
	if k < abi.HostImportBase {
		return locateTrap(c, inst.builtin(int(k), stack))
	}
	i := k - abi.HostImportBase
	if i >= uint64(len(inst.hosts)) || inst.hosts[i] == nil {
		return fmt.Errorf("instance: host call to import %d, which is not a host function", i)
	}
	// A call through a closed instance ends at its next host call (Close
	// also interrupts it, which takes effect at the next interruption
	// poll).
	if a := r.anchor.Load(); a == closingMark || a != nil && a.closed.Load() {
		return errInstanceClosed
	}
	if !r.registered {
		r.register()
	}
	return locateTrap(c, inst.hosts[i].Fn(r.ctx, inst, stack))
}

// locateTrap gives a trap raised by Go code during a host call (a builtin,
// or a host function such as a WASI call that was interrupted) the
// location of the Wasm function that made the call, with a backtrace.
func locateTrap(c *native.Context, err error) error {
	if err == nil {
		return nil
	}
	if t, ok := err.(*trap.Trap); ok && t.Func == trap.NoFunc {
		return c.HostCallTrap(t.Code)
	}
	return err
}

// Call invokes f with the parameters in stack (which must have room for
// max(params, results) slots, a v128 taking two: wasm.Slots) and leaves
// the results there. It returns an
// error wrapping ErrClosed if the instance f belongs to (or was exported
// by) is closed. (Call inlines into its caller: a call from the host
// costs one Go frame, Instance.call's, and the assembly of native's
// callTop and trampoline.)
func (f *Func) Call(ctx context.Context, stack []uint64) error {
	return f.anchor().call(ctx, f, stack)
}

// anchor is the instance whose liveness governs the handle: the one that
// exported f (f's own instance, or one that re-exports an import; nil for
// a host function of none).
func (f *Func) anchor() *Instance {
	if f.via != nil {
		return f.via
	}
	return f.inst
}

// call runs f (a function of inst, or one inst imports) for the host. A
// call from the goroutine that made inst and not from inside a host
// function runs here on inst's own runner, without an atomic
// read-modify-write or a defer (owned.go); the others go through
// callShared.
func (inst *Instance) call(ctx context.Context, f *Func, stack []uint64) error {
	// (A host function's handle has no shim.)
	if f.shim == 0 || len(stack) < int(f.slots) {
		return inst.callOther(ctx, f, stack)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	g := getg()
	if g != inst.owner || inst.rec.r != nil || !ownedCalls() {
		return inst.callShared(ctx, f, stack, hostRunner(g, inst))
	}
	inst.setOwnerActive(1)
	if inst.closed.Load() {
		inst.leaveOwned()
		return errInstanceClosed
	}
	r := inst.own
	if r == nil {
		var err error
		if r, err = inst.newOwn(); err != nil {
			inst.leaveOwned()
			return err
		}
	}
	// Between calls the Context holds the state setExec set for the
	// instance whose VMCtx it holds (a live one: inst holds those it
	// imports from), so most calls need not set it again: only a call of a
	// function of another instance (one inst imports), or after a Reset
	// gave the instance another memory.
	if x := r.c.Exec(); x.VMCtx != f.vmctx || x.MemBase != f.inst.memBase {
		r.setExec(f.inst)
	}
	r.depth = 1
	r.ctx = ctx
	var err error
	if ctx.Done() == nil {
		err = r.c.Call(f.shim, stack)
	} else {
		err = r.c.CallContext(ctx, f.shim, stack)
	}
	if err != nil {
		// A trap in a function of an instance that f's code called leaves
		// that instance's VMCtx and memory behind.
		r.setExec(inst)
	}
	r.end()
	inst.leaveOwned()
	return err
}

// callOther is call for a host function, and the errors: too few slots,
// a function without an entry shim.
func (inst *Instance) callOther(ctx context.Context, f *Func, stack []uint64) error {
	need := int(f.slots)
	if f.Host != nil {
		need = max(wasm.Slots(f.Type.Params), wasm.Slots(f.Type.Results))
	}
	if len(stack) < need {
		return fmt.Errorf("instance: call needs %d slots, got %d", need, len(stack))
	}
	if f.Host == nil {
		return fmt.Errorf("instance: function %d cannot be called from the host (no entry shim)", f.idx)
	}
	if inst != nil && inst.closed.Load() {
		return errInstanceClosed
	}
	return f.Host.Fn(ctx, f.inst, stack)
}

// callShared runs a call from any goroutine: nested below the running
// call of hr (the runner the goroutine is in a host call of), or on the
// instance's cached runner or one from the pool, with a reference held.
func (inst *Instance) callShared(ctx context.Context, f *Func, stack []uint64, hr *runner) error {
	if !inst.acquire() {
		return errInstanceClosed
	}
	defer inst.drop()
	if r := hr; r != nil {
		// Called back from a host function on this goroutine: run nested
		// on the same native stack.
		return r.nested(ctx, inst, f, stack)
	}
	// The instance's cached runner (held by it already), else one from
	// the pool, held for the call.
	r := inst.ctxCache.Swap(nil)
	if r == nil {
		var err error
		if r, err = getRunner(inst.limits.StackSize); err != nil {
			return err
		}
		r.anchor.Store(inst)
	}
	defer func() {
		if r.registered { // the call did not return (a panic)
			r.unregister()
		}
		if !inst.ctxCache.CompareAndSwap(nil, r) {
			r.disown(inst)
			putRunner(r)
		}
	}()
	r.start(ctx, f)
	err := r.c.CallContext(ctx, f.shim, stack)
	r.end()
	return err
}

// start sets r up for a top-level call of f.
func (r *runner) start(ctx context.Context, f *Func) {
	r.depth = 1
	r.ctx = ctx
	r.hostInst = f.inst
	r.setExec(f.inst)
}

// setExec sets r's Context up for running functions of owner: its VMCtx
// and memory.
func (r *runner) setExec(owner *Instance) {
	c := r.c
	c.Exec().VMCtx = owner.vmBase()
	c.SetMemory(owner.memBase, owner.memLo, owner.memHi)
}

// end ends the top-level call.
func (r *runner) end() {
	if r.registered {
		r.unregister()
	}
	r.ctx = nil
	r.depth = 0
}

// nested runs a call from a host function of r's running call (same
// goroutine) below the suspended activations, and restores their state.
func (r *runner) nested(ctx context.Context, inst *Instance, f *Func, stack []uint64) error {
	if r.depth >= inst.limits.CallDepth {
		return &trap.Trap{Code: trap.CodeCallStackExhausted, Func: trap.NoFunc}
	}
	owner := f.inst
	x := r.c.Exec()
	savedVM, savedCtx, savedInst := x.VMCtx, r.ctx, r.hostInst
	base, lo, hi := r.c.Memory()
	x.VMCtx = f.vmctx
	r.c.SetMemory(owner.memBase, owner.memLo, owner.memHi)
	r.ctx = ctx
	r.hostInst = owner
	r.depth++
	err := r.c.CallContext(ctx, f.shim, stack)
	r.depth--
	r.ctx, r.hostInst = savedCtx, savedInst
	x.VMCtx = savedVM
	r.c.SetMemory(base, lo, hi)
	return err
}
