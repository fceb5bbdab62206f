package spectest

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
)

// Expectations are the known failures of a suite run: entries SCRIPT:LINE,
// where SCRIPT may be a glob (path.Match) and LINE may be "*".
type Expectations struct {
	entries []string
	used    map[string]bool
}

// ReadExpectations reads a known-failures file: one entry per line,
// "#" starts a comment.
func ReadExpectations(file string) (*Expectations, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	e := &Expectations{used: map[string]bool{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if _, _, ok := strings.Cut(line, ":"); !ok {
			return nil, fmt.Errorf("%s:%d: want SCRIPT:LINE, got %q", file, n, line)
		}
		e.entries = append(e.entries, line)
	}
	return e, sc.Err()
}

// Known reports whether failure f is expected, and marks the entry used.
func (e *Expectations) Known(f Failure) bool {
	for _, ent := range e.entries {
		script, line, _ := strings.Cut(ent, ":")
		if ok, _ := path.Match(script, f.Script); !ok {
			continue
		}
		if line == "*" || line == fmt.Sprint(f.Line) {
			e.used[ent] = true
			return true
		}
	}
	return false
}

// Unused returns the entries no failure matched: they should be removed.
func (e *Expectations) Unused() []string {
	var out []string
	for _, ent := range e.entries {
		if !e.used[ent] {
			out = append(out, ent)
		}
	}
	sort.Strings(out)
	return out
}
