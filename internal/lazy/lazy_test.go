package lazy

import (
	"sync"
	"sync/atomic"
	"testing"
)

// New runs once, at the first Get, however many goroutines ask at once,
// and every Get returns what it computed.
func TestValueComputesOnce(t *testing.T) {
	var calls atomic.Int32
	v := Value[*int]{New: func() *int {
		calls.Add(1)
		return new(int)
	}}
	if calls.Load() != 0 {
		t.Fatal("New ran before Get")
	}
	got := make([]*int, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = v.Get() })
	}
	wg.Wait()
	for _, p := range got {
		if p == nil || p != got[0] {
			t.Fatalf("Get returned %p and %p", p, got[0])
		}
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("New ran %d times", n)
	}
}
