package ir

import (
	"math"
	"math/rand"
	"reflect"
	"testing"
)

// randomCFG builds a function of n blocks with random branches (jumps,
// two-way and multiway branches, returns), some blocks unreachable.
func randomCFG(rng *rand.Rand, n int) *Func {
	f := NewFunc("r", Signature{Params: []Type{I32}})
	for i := 1; i < n; i++ {
		f.NewBlock()
	}
	cond := f.Params(0)[0]
	pick := func() Target { return Target{Block: Block(rng.Intn(n))} }
	for b := 0; b < n; b++ {
		switch k := rng.Intn(10); {
		case k < 4:
			f.Terminate(Block(b), OpJump, 0, nil, pick())
		case k < 8:
			f.Terminate(Block(b), OpBrif, 0, []Value{cond}, pick(), pick())
		case k < 9:
			ts := make([]Target, 1+rng.Intn(4))
			for i := range ts {
				ts[i] = pick()
			}
			f.Terminate(Block(b), OpBrTable, 0, []Value{cond}, ts...)
		default:
			f.Terminate(Block(b), OpReturn, 0, nil)
		}
	}
	return f
}

func TestDominatorsMatchIterative(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for iter := 0; iter < 2000; iter++ {
		f := randomCFG(rng, 1+rng.Intn(40))
		want, got := domIter(f), domLT(f)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("dominator trees differ:\n%s\nCHK: %+v\nLT:  %+v", f, want, got)
		}
	}
}

// nestedLoops is n loops nested in one another, each with a back edge
// from the end of its body: the iterative algorithm's worst case.
func nestedLoops(n int) *Func {
	f := NewFunc("loops", Signature{Params: []Type{I32}})
	cond := f.Params(0)[0]
	headers := make([]Block, n)
	prev := Block(0)
	for i := range headers {
		headers[i] = f.NewBlock()
		f.Terminate(prev, OpJump, 0, nil, Target{Block: headers[i]})
		prev = headers[i]
	}
	for i := n - 1; i >= 0; i-- {
		next := f.NewBlock()
		f.Terminate(prev, OpBrif, 0, []Value{cond}, Target{Block: headers[i]}, Target{Block: next})
		prev = next
	}
	f.Terminate(prev, OpReturn, 0, nil)
	return f
}

func TestDominatorsNestedLoops(t *testing.T) {
	f := nestedLoops(300)
	if want, got := domIter(f), domLT(f); !reflect.DeepEqual(want, got) {
		t.Fatal("dominator trees differ")
	}
}

func BenchmarkDominatorsNestedLoops(b *testing.B) {
	f := nestedLoops(10000)
	b.Run("iterative", func(b *testing.B) {
		for b.Loop() {
			dominatorsIterative(new(DomTree), f, math.MaxInt)
		}
	})
	b.Run("lengauer-tarjan", func(b *testing.B) {
		for b.Loop() {
			dominatorsLT(new(DomTree), f)
		}
	})
}

// Dominators gives the same tree whichever algorithm it ends up using: the
// iterative one within its budget, Lengauer-Tarjan for deep nesting.
func TestDominatorsFallback(t *testing.T) {
	for _, depth := range []int{10, 3000} {
		f := nestedLoops(depth)
		if want, got := domIter(f), Dominators(f); !reflect.DeepEqual(want, got) {
			t.Fatalf("depth %d: dominator trees differ", depth)
		}
	}
	if dominatorsIterative(new(DomTree), nestedLoops(3000), 64*6000+4096) {
		t.Error("3000 nested loops fit the iterative algorithm's budget")
	}
}

// domIter and domLT compute a new tree with one algorithm.
func domIter(f *Func) *DomTree {
	d := new(DomTree)
	dominatorsIterative(d, f, math.MaxInt)
	return d
}

func domLT(f *Func) *DomTree {
	d := new(DomTree)
	dominatorsLT(d, f)
	return d
}
