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
	case f.what == "result-hi" && o.trap == "" && len(o.results) > 0:
		o.results[len(o.results)-1] ^= 1 << 40
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

func (f faulty) global(name string) []uint64 {
	g := f.engine.global(name)
	switch f.what {
	case "global":
		g = append([]uint64(nil), g...)
		g[0] ^= 1
	case "global-hi":
		g = append([]uint64(nil), g...)
		g[len(g)-1] ^= 1 << 40
	}
	return g
}

func (f faulty) takeLog() []logEntry {
	l := f.engine.takeLog()
	switch {
	case f.what == "log" && len(l) > 0:
		l[0].args[0] ^= 1 << 20
	case f.what == "log-hi" && len(l) > 0:
		l[0].args[len(l[0].args)-1] ^= 1 << 40
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
