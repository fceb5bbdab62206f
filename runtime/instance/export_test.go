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
