package codemem

// flushICache is a no-op on amd64: instruction fetch is coherent with stores.
func flushICache(start, end uintptr) {}
