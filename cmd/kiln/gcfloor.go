package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

// compileHeapFloor is the heap kiln compile lets grow before its first
// garbage collection. Compiling allocates some nine times the module's
// size, mostly what lives to the end (the code, its trap sites, the
// linked image): for the 17.5 MB gobig.wasm, 170 MB in all, over which
// GOGC's default made four collections that freed little, cost 2% of the
// instructions, and while marking took half of one of the two cores.
const compileHeapFloor = 256 << 20

// deferGC keeps the garbage collector from running until the process's
// Go memory reaches floor bytes, then gives the collector back its
// default settings (GOGC=100, no memory limit): a module that needs more
// than floor is collected as before, one that needs less never. It does
// nothing unless the settings are the defaults and the environment sets
// neither GOGC nor GOMEMLIMIT: the user's settings stand, and so do those
// of an earlier call still in force (tests compile many modules in one
// process).
func deferGC(floor int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	// Each setter returns the setting it replaces; a negative limit only
	// reads it. (Not runtime/metrics: its package init alone costs kiln's
	// every start 0.17 ms.)
	if gogc := debug.SetGCPercent(-1); gogc != 100 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		debug.SetGCPercent(gogc)
		return
	}
	debug.SetMemoryLimit(floor)
	// The first collection, which the memory limit triggers, finds the
	// sentinel unreachable and runs the cleanup. (32 bytes: not a tiny
	// object, which could share its block with one that stays reachable.)
	sentinel := new([32]byte)
	runtime.AddCleanup(sentinel, func(struct{}) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}, struct{}{})
}
