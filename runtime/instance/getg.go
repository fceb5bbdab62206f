package instance

// getg returns the address of the running goroutine's runtime descriptor
// (the g). It identifies the goroutine while it runs: a goroutine inside a
// host call is the only one that may re-enter the execution context it
// came from (assembly, getg_*.s).
func getg() uintptr
