package opt_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Shapes of hostile function bodies that made translation or a pass
// quadratic in the nesting depth or the number of blocks, locals or
// parameters. Each takes its size n and returns the body's instructions
// (without the final end) and its number of extra i32 locals.
var hostileShapes = []struct {
	name string
	body func(n int) (expr []byte, locals int)
}{
	// loop^n end^n: bypassing n empty headers one after the other.
	{"nested-empty-loops", func(n int) ([]byte, int) {
		return append(repeat(n, 0x03, 0x40), repeat(n, 0x0b)...), 0
	}},
	// loop^n (local.get 0 br_if 0 end)^n: n latches of nested loops
	// (dominators, loop nesting, hoisting).
	{"nested-loops-with-latches", func(n int) ([]byte, int) {
		return append(repeat(n, 0x03, 0x40), repeat(n, 0x20, 0, 0x0d, 0, 0x0b)...), 0
	}},
	// (local.get 0 if)^n end^n: n nested empty ifs fold one level per
	// round of branch folding unless folded bottom-up.
	{"nested-empty-ifs", func(n int) ([]byte, int) {
		return append(repeat(n, 0x20, 0, 0x04, 0x40), repeat(n, 0x0b)...), 0
	}},
	// block (local.get 0 i32.const 1 i32.add local.tee 0 br_if 0)^n end:
	// n branches out of one block, each with its own value.
	{"br_if-chain", func(n int) ([]byte, int) {
		e := append([]byte{0x02, 0x40}, repeat(n, 0x20, 0, 0x41, 1, 0x6a, 0x22, 0, 0x0d, 0)...)
		return append(e, 0x0b), 0
	}},
	// loop (local.get i drop)^n (local.get 0 br_if 0) end: n locals read
	// in a loop, n trivial header parameters removed at once.
	{"locals-read-in-loop", func(n int) ([]byte, int) {
		e := []byte{0x03, 0x40}
		for i := 1; i <= n; i++ {
			e = append(e, 0x20)
			e = appendULEB(e, uint64(i))
			e = append(e, 0x1a)
		}
		return append(e, 0x20, 0, 0x0d, 0, 0x0b), n
	}},
	// loop (local.get i i32.const 1 i32.add local.set i)^n ... end, then
	// every other local read: n header parameters, half of them dead.
	{"locals-set-in-loop", func(n int) ([]byte, int) {
		e := []byte{0x03, 0x40}
		for i := 1; i <= n; i++ {
			e = append(e, 0x20)
			e = appendULEB(e, uint64(i))
			e = append(e, 0x41, 1, 0x6a, 0x21)
			e = appendULEB(e, uint64(i))
		}
		e = append(e, 0x20, 0, 0x0d, 0, 0x0b)
		for i := 1; i <= n; i += 2 {
			e = append(e, 0x20)
			e = appendULEB(e, uint64(i))
			e = append(e, 0x21, 0)
		}
		return e, n
	}},
	// block local.get 0 (local.get 0 i32.eqz i32.or)^n br_if 0 end: a
	// branch on an or of n tests (split-conditions).
	{"or-chain-branch", func(n int) ([]byte, int) {
		e := append([]byte{0x02, 0x40, 0x20, 0}, repeat(n, 0x20, 0, 0x45, 0x72)...)
		return append(e, 0x0d, 0, 0x0b), 0
	}},
	// The same or also used as a value (local.tee 0 ... local.get 0
	// local.get 0 i32.add drop): none of its n tests is only a branch
	// condition.
	{"or-chain-value", func(n int) ([]byte, int) {
		e := append([]byte{0x02, 0x40, 0x20, 0}, repeat(n, 0x20, 0, 0x45, 0x72)...)
		return append(e, 0x22, 0, 0x0d, 0, 0x0b, 0x20, 0, 0x20, 0, 0x6a, 0x1a), 0
	}},
}

func repeat(n int, pat ...byte) []byte {
	out := make([]byte, 0, n*len(pat))
	for range n {
		out = append(out, pat...)
	}
	return out
}

func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// hostileModule is a module with one function (param i32), whose body is
// expr, with locals extra i32 locals.
func hostileModule(expr []byte, locals int) []byte {
	section := func(b []byte, id byte, content []byte) []byte {
		b = append(b, id)
		b = appendULEB(b, uint64(len(content)))
		return append(b, content...)
	}
	b := []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}
	b = section(b, 1, []byte{1, 0x60, 1, 0x7f, 0})
	b = section(b, 3, []byte{1, 0})
	body := []byte{0}
	if locals > 0 {
		body = appendULEB([]byte{1}, uint64(locals))
		body = append(body, 0x7f)
	}
	body = append(append(body, expr...), 0x0b)
	code := appendULEB([]byte{1}, uint64(len(body)))
	return section(b, 10, append(code, body...))
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestTranslateOptimizeLinear translates and optimizes each shape at 1k,
// 4k and 16k and checks that 16 times the size takes at most 64 times as
// long (the quadratic passes took 200 times as long and more). Times are
// CPU time, the best of two runs.
func TestTranslateOptimizeLinear(t *testing.T) {
	sizes := []int{1000, 4000, 16000}
	tr := translate.New()
	for _, s := range hostileShapes {
		best := make([]time.Duration, len(sizes))
		for i, n := range sizes {
			m, err := wasm.Decode(hostileModule(s.body(n)))
			if err != nil {
				t.Fatal(err)
			}
			if err := validate.Module(m); err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			for r := range 2 {
				c0 := cpuTime()
				f, err := tr.Function(m, 0)
				if err != nil {
					t.Fatal(err)
				}
				if err := opt.Optimize(f, false); err != nil {
					t.Fatal(err)
				}
				if d := cpuTime() - c0; r == 0 || d < best[i] {
					best[i] = d
				}
				tr.Recycle(f)
			}
		}
		t.Logf("%s: %v", s.name, best)
		// Below a few milliseconds, clock resolution and noise dominate.
		base := max(best[0], 4*time.Millisecond)
		if r := float64(best[2]) / float64(base); r > 16*4 {
			t.Errorf("%s: 16k takes %.1f times as long as 1k (linear: 16)", s.name, r)
		}
	}
}
