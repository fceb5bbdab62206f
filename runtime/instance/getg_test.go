package instance

import (
	"sync"
	"testing"
)

// getg is stable within a goroutine and distinct between live goroutines.
func TestGetg(t *testing.T) {
	g := getg()
	if g == 0 || getg() != g {
		t.Fatalf("getg %#x then %#x", g, getg())
	}
	const n = 100
	var wg sync.WaitGroup
	ids := make([]uintptr, n)
	stop := make(chan struct{})
	for i := range ids {
		wg.Add(1)
		go func() {
			ids[i] = getg()
			wg.Done()
			<-stop // stay alive: a g is reused after its goroutine exits
		}()
	}
	wg.Wait()
	close(stop)
	seen := map[uintptr]bool{g: true}
	for _, id := range ids {
		if seen[id] {
			t.Fatalf("getg %#x seen twice", id)
		}
		seen[id] = true
	}
}
