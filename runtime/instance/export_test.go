package instance

import "time"

// OwnedCallsReady waits for the membarrier registration (owned.go) and
// reports whether calls from the owner goroutine take the owner path.
func OwnedCallsReady() bool {
	startMembarrier()
	for mbState.Load() == mbRegistering {
		time.Sleep(time.Millisecond)
	}
	return ownedCalls()
}
