package codemem

// flushICache makes [start, end) coherent for instruction fetch:
// DC CVAU over the data-cache lines, DSB ISH, IC IVAU over the
// instruction-cache lines, DSB ISH, ISB (line sizes from CTR_EL0).
//
//go:noescape
func flushICache(start, end uintptr)
