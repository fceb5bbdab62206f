package instance

// OwnedCallsReady reports whether calls from the owner goroutine take the
// owner path (owned.go).
func OwnedCallsReady() bool {
	startMembarrier()
	return ownedCalls()
}

// InHostCall reports whether the calling goroutine is registered as running
// a host function, so that a call it makes nests (hostRunner).
func InHostCall() bool {
	g := getg()
	return hostRunner(g, &Instance{owner: g, rec: ownerRecOf(g)}) != nil
}

// SetStackLimits stores v in every live runner's ExecCtx.StackLimit and
// returns a function that puts the real limits back. ^0 with no interrupt
// pending is what a race between Interrupt and a clear can leave behind
// (abi.ExecStackFloor).
func SetStackLimits(v uintptr) (restore func()) {
	runnersMu.Lock()
	defer runnersMu.Unlock()
	for r := range allRunners {
		r.c.Exec().StackLimit = v
	}
	return func() {
		runnersMu.Lock()
		defer runnersMu.Unlock()
		for r := range allRunners {
			r.c.Exec().StackLimit = r.c.Exec().StackFloor
		}
	}
}

// TearEntry gives element i of inst's table the reference of element j
// and keeps its own code, as a call may read an element that another
// thread is writing.
func TearEntry(inst *Instance, table, i, j uint32) {
	t := inst.tables[table]
	t.mu.Lock()
	defer t.mu.Unlock()
	t.elems[i].ref = t.elems[j].ref
}

// PackedCode returns the second word of the element that table of inst
// makes for ref.
func PackedCode(inst *Instance, table uint32, ref uint64) uint64 {
	return inst.tables[table].entry(ref).code
}

// FuncRef returns the reference to function idx of inst.
func FuncRef(inst *Instance, idx uint32) uint64 { return uint64(inst.funcDesc(idx)) }
