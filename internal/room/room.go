// Package room reserves room in slices that compiling a large function
// fills: grown by append, a slice of millions of elements grows by a
// quarter at a time, copying and zeroing it again at every step.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package room

// For returns s with room for n more elements, moved once if it lacks
// them. The room left unused costs little: make leaves memory fresh from
// the system untouched, where slices.Grow would zero it.
func For[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return append(make([]T, 0, len(s)+n), s...)
}

// Len returns s with length n, reusing its array when it has room for n
// elements, else a new one with a quarter more room. A reused array keeps
// what it held, past len(s) too; only a new array's elements past len(s)
// are zero. Callers that need them cleared clear them.
func Len[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}
