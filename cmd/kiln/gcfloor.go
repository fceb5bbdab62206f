package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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
	if gogc, limit := gcSettings(); gogc != 100 || limit != math.MaxInt64 {
		return
	}
	debug.SetGCPercent(-1)
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

// gcSettings returns GOGC (-1: off) and the memory limit, read without
// changing them.
func gcSettings() (gogc, limit int64) {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}
