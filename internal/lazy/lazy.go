// Package lazy holds values computed on first use that cost nothing at
// program start.
//
// A package-level sync.OnceValue is built by the package's init function
// (two allocations), and an init function is code and data that every
// start of kiln pages in, whether or not the value is ever used. A Value
// written as a composite literal naming a function is laid out by the
// compiler as static data: no init code at all.
package lazy

import "sync"

// Value is a T that New computes on the first Get. Declare it with a
// literal, var v = lazy.Value[T]{New: f}, so that it is static data.
type Value[T any] struct {
	New  func() T
	once sync.Once
	v    T
}

// Get returns the value, calling New the first time.
func (l *Value[T]) Get() T {
	l.once.Do(l.compute)
	return l.v
}

func (l *Value[T]) compute() { l.v = l.New() }
