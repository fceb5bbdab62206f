package difffuzz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Summary accumulates the results of many runs.
type Summary struct {
	Modules, OK, Diverged, Invalid, Skipped int
	Calls, Traps, StackExhausted            int
	StackOneSided                           int
	// Modules and functions using SIMD, calls with a v128 argument or
	// result.
	SIMDModules, SIMDFuncs, V128Calls int
	TrapReasons                       map[string]int
	SkipReasons                       map[string]int
}

// Add counts a result.
func (s *Summary) Add(r Result) {
	s.Modules++
	switch r.Status {
	case OK:
		s.OK++
	case Diverged:
		s.Diverged++
	case Invalid:
		s.Invalid++
	case Skipped:
		s.Skipped++
		if s.SkipReasons == nil {
			s.SkipReasons = map[string]int{}
		}
		reason := r.Detail
		if i := strings.Index(reason, ": "); i >= 0 && strings.Contains(reason, "(") {
			reason = reason[i+2:] // drop the call
		}
		if i := strings.Index(reason, " ("); i >= 0 {
			reason = reason[:i]
		}
		s.SkipReasons[reason]++
	}
	s.Calls += r.Calls
	s.Traps += r.Traps
	s.StackExhausted += r.StackExhausted
	s.StackOneSided += r.StackOneSided
	if r.SIMDFuncs > 0 {
		s.SIMDModules++
	}
	s.SIMDFuncs += r.SIMDFuncs
	s.V128Calls += r.V128Calls
	for k, v := range r.TrapReasons {
		if s.TrapReasons == nil {
			s.TrapReasons = map[string]int{}
		}
		s.TrapReasons[k] += v
	}
}

// Merge adds another summary.
func (s *Summary) Merge(o Summary) {
	s.Modules += o.Modules
	s.OK += o.OK
	s.Diverged += o.Diverged
	s.Invalid += o.Invalid
	s.Skipped += o.Skipped
	s.Calls += o.Calls
	s.Traps += o.Traps
	s.StackExhausted += o.StackExhausted
	s.StackOneSided += o.StackOneSided
	s.SIMDModules += o.SIMDModules
	s.SIMDFuncs += o.SIMDFuncs
	s.V128Calls += o.V128Calls
	for k, v := range o.TrapReasons {
		if s.TrapReasons == nil {
			s.TrapReasons = map[string]int{}
		}
		s.TrapReasons[k] += v
	}
	for k, v := range o.SkipReasons {
		if s.SkipReasons == nil {
			s.SkipReasons = map[string]int{}
		}
		s.SkipReasons[k] += v
	}
}

func counts(m map[string]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for i, k := range ks {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, m[k])
	}
	return b.String()
}

func (s Summary) String() string {
	str := fmt.Sprintf("%d modules: %d ok, %d divergences, %d invalid, %d skipped; %d calls, %d trapped, %d stack exhaustions (%d on one engine only)",
		s.Modules, s.OK, s.Diverged, s.Invalid, s.Skipped, s.Calls, s.Traps, s.StackExhausted, s.StackOneSided)
	str += fmt.Sprintf("\nSIMD: %d modules, %d functions; %d calls with a v128 argument or result", s.SIMDModules, s.SIMDFuncs, s.V128Calls)
	if len(s.TrapReasons) > 0 {
		str += "\ntraps: " + counts(s.TrapReasons)
	}
	if len(s.SkipReasons) > 0 {
		str += "\nskipped: " + counts(s.SkipReasons)
	}
	return str
}

// WriteReproducer writes name.wasm and name.txt (one line: the result)
// to dir and returns the .wasm's path.
func WriteReproducer(dir, name string, b []byte, r Result) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, name+".wasm")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return "", err
	}
	line := strings.ReplaceAll(r.Status.String()+": "+r.Detail, "\n", " ") + "\n"
	return path, os.WriteFile(filepath.Join(dir, name+".txt"), []byte(line), 0o644)
}
