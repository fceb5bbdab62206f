package difffuzz

import (
	"strings"
	"testing"
)

// faulty wraps an engine and corrupts one kind of observation.
type faulty struct {
	engine
	what string
}

func (f faulty) call(name string, args []uint64) outcome {
	o := f.engine.call(name, args)
	switch {
	case f.what == "result" && o.trap == "" && len(o.results) > 0:
		o.results[0] ^= 1
	case f.what == "trap" && o.trap != "":
		o.trap = "unreachable!"
	}
	return o
}

func (f faulty) memory() []byte {
	m := f.engine.memory()
	if f.what == "memory" && len(m) > 100 {
		m = append([]byte(nil), m...)
		m[100] ^= 0x40
	}
	return m
}

func (f faulty) global(name string) uint64 {
	if f.what == "global" {
		return f.engine.global(name) ^ 1
	}
	return f.engine.global(name)
}

func (f faulty) takeLog() []logEntry {
	l := f.engine.takeLog()
	if f.what == "log" && len(l) > 0 {
		l[0].args[0] ^= 1 << 20
	}
	return l
}

// The differ notices each kind of disagreement.
func TestDifferDetects(t *testing.T) {
	for _, what := range []string{"result", "trap", "memory", "global", "log"} {
		found := false
		for seed := uint64(0); seed < 40 && !found; seed++ {
			r := check(Generate(seed), Options{Exact: true}, func(e engine) engine { return faulty{e, what} })
			if r.Status == Diverged {
				found = true
				t.Logf("%s: %s", what, r.Detail)
				if strings.Contains(r.Detail, "error") {
					t.Errorf("%s: %s", what, r.Detail)
				}
			}
		}
		if !found {
			t.Errorf("a corrupted %s went unnoticed", what)
		}
	}
}
