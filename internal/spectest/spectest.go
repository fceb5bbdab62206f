// Package spectest runs the WebAssembly core test suite in the JSON form
// that wast2json produces (one NAME.json of commands per script, beside the
// .wasm modules it names) and counts what passes.
package spectest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Skip reasons.
const (
	ReasonNoEngine   = "no execution engine"
	ReasonTextFormat = "text format"
)

// Count is the tally of one kind of command.
type Count struct {
	Passed  int `json:"passed"`
	Failed  int `json:"failed"`
	Skipped int `json:"skipped"`
}

func (c *Count) add(o Count) {
	c.Passed += o.Passed
	c.Failed += o.Failed
	c.Skipped += o.Skipped
}

func (c Count) String() string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped", c.Passed, c.Failed, c.Skipped)
}

// Failure is a command that failed.
type Failure struct {
	Script string `json:"script"`
	Line   int    `json:"line"`
	Type   string `json:"type"`
	Reason string `json:"reason"`
}

// Key names the failure as the expectations file does: "script:line".
func (f Failure) Key() string { return fmt.Sprintf("%s:%d", f.Script, f.Line) }

// Mismatch is a module rejected as expected but for another reason than the
// suite's text. It is not a failure, but the goal is to have none.
type Mismatch struct {
	Script   string `json:"script"`
	Line     int    `json:"line"`
	Expected string `json:"expected"`
	Got      string `json:"got"`
}

// Script is the outcome of one script.
type Script struct {
	Name       string
	ByType     map[string]*Count
	Failures   []Failure
	Mismatches []Mismatch
	Skips      map[string]int // skip reason -> commands
}

// Total sums the script's counts over command types.
func (s *Script) Total() Count {
	var c Count
	for _, t := range s.ByType {
		c.add(*t)
	}
	return c
}

// Result is the outcome of a run.
type Result struct {
	Scripts []*Script // sorted by name
}

// Total sums all counts.
func (r *Result) Total() Count {
	var c Count
	for _, s := range r.Scripts {
		c.add(s.Total())
	}
	return c
}

// Failures lists every failure, by script and line.
func (r *Result) Failures() []Failure {
	var fs []Failure
	for _, s := range r.Scripts {
		fs = append(fs, s.Failures...)
	}
	return fs
}

// Mismatches lists every reason mismatch.
func (r *Result) Mismatches() []Mismatch {
	var ms []Mismatch
	for _, s := range r.Scripts {
		ms = append(ms, s.Mismatches...)
	}
	return ms
}

// Scripts finds the .json scripts named by paths, each a file or a directory.
func Scripts(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(p, "*.json"))
		if err != nil {
			return nil, err
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("%s: no .json scripts", p)
		}
		files = append(files, matches...)
	}
	sort.Strings(files)
	return files, nil
}

// Options configure a run.
type Options struct {
	// NewEngine makes the engine for one script (closed after the script
	// if it is an io.Closer); nil means there is no
	// execution engine, and commands that need one are skipped.
	NewEngine func() Engine
}

// Run runs the scripts, several at a time, and returns their outcomes in
// name order. An error means a script could not be read at all.
func Run(files []string, opts Options) (*Result, error) {
	res := &Result{Scripts: make([]*Script, len(files))}
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			res.Scripts[i], errs[i] = RunScript(f, opts)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return res, nil
}

type command struct {
	Type       string          `json:"type"`
	Line       int             `json:"line"`
	Filename   string          `json:"filename"`
	Text       string          `json:"text"`
	ModuleType string          `json:"module_type"`
	Name       string          `json:"name"`
	As         string          `json:"as"`
	Action     json.RawMessage `json:"action"`
	Expected   []jsonValue     `json:"expected"`
}

// RunScript runs one .json script.
func RunScript(file string, opts Options) (*Script, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Commands []command `json:"commands"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	s := &Script{
		Name:   strings.TrimSuffix(filepath.Base(file), ".json"),
		ByType: map[string]*Count{},
		Skips:  map[string]int{},
	}
	dir := filepath.Dir(file)
	var x *execState
	if opts.NewEngine != nil {
		x = &execState{eng: opts.NewEngine(), named: map[string]Instance{}}
	}
	for _, c := range doc.Commands {
		s.run(x, dir, c)
	}
	if x != nil {
		if c, ok := x.eng.(io.Closer); ok {
			if err := c.Close(); err != nil {
				return nil, fmt.Errorf("%s: closing the engine: %v", file, err)
			}
		}
	}
	return s, nil
}

func (s *Script) count(typ string) *Count {
	c := s.ByType[typ]
	if c == nil {
		c = &Count{}
		s.ByType[typ] = c
	}
	return c
}

func (s *Script) pass(c command) { s.count(c.Type).Passed++ }

func (s *Script) skip(c command, reason string) {
	s.count(c.Type).Skipped++
	s.Skips[reason]++
}

func (s *Script) fail(c command, format string, args ...any) {
	s.count(c.Type).Failed++
	s.Failures = append(s.Failures, Failure{Script: s.Name, Line: c.Line, Type: c.Type, Reason: fmt.Sprintf(format, args...)})
}

func readModule(dir, name string) ([]byte, error) {
	if name == "" {
		return nil, errors.New("command names no module file")
	}
	return os.ReadFile(filepath.Join(dir, name))
}

// compile decodes and validates a module file of the script.
func compile(dir, name string) (*wasm.Module, error) {
	b, err := readModule(dir, name)
	if err != nil {
		return nil, err
	}
	m, err := wasm.Decode(b)
	if err != nil {
		return nil, err
	}
	if err := validate.Module(m); err != nil {
		return nil, err
	}
	return m, nil
}

func (s *Script) run(x *execState, dir string, c command) {
	switch c.Type {
	case "assert_malformed", "assert_invalid":
		s.reject(dir, c)
		return
	}
	if x != nil {
		s.execute(x, dir, c)
		return
	}
	switch c.Type {
	case "module", "assert_unlinkable", "assert_uninstantiable":
		// These modules are valid: rejecting one is a failure. What they
		// are for (instantiation) needs an engine.
		if _, err := compile(dir, c.Filename); err != nil {
			s.fail(c, "valid module rejected: %v", err)
			return
		}
		s.skip(c, ReasonNoEngine)
	default:
		// register, action, assert_return, assert_trap, assert_exhaustion.
		s.skip(c, ReasonNoEngine)
	}
}

// reject runs assert_malformed and assert_invalid: the module must be
// rejected by the decoder or validator, for the right kind of reason.
func (s *Script) reject(dir string, c command) {
	if c.ModuleType == "text" {
		s.skip(c, ReasonTextFormat)
		return
	}
	want := wasm.Invalid
	if c.Type == "assert_malformed" {
		want = wasm.Malformed
	}
	_, err := compile(dir, c.Filename)
	var werr *wasm.Error
	switch {
	case err == nil:
		s.fail(c, "%s module accepted (expected %q)", want, c.Text)
	case !errors.As(err, &werr):
		s.fail(c, "%v", err)
	case werr.Kind != want:
		s.fail(c, "rejected as %s, expected %s (%q): %v", werr.Kind, want, c.Text, err)
	default:
		s.pass(c)
		s.mismatch(c, werr.Reason)
	}
}

// WriteSummary writes one line per script and the totals line.
func (r *Result) WriteSummary(w io.Writer) {
	for _, s := range r.Scripts {
		fmt.Fprintf(w, "%s: %v\n", s.Name, s.Total())
	}
	fmt.Fprintf(w, "%v\n", r.Total())
}

// Report is the JSON form of a result.
type Report struct {
	Scripts    map[string]map[string]Count `json:"scripts"`
	Totals     map[string]Count            `json:"totals"`
	Skips      map[string]int              `json:"skipped_reasons"`
	Failures   []Failure                   `json:"failures"`
	Mismatches []Mismatch                  `json:"mismatches"`
}

// Report builds the JSON report.
func (r *Result) Report() Report {
	rep := Report{
		Scripts:    map[string]map[string]Count{},
		Totals:     map[string]Count{},
		Skips:      map[string]int{},
		Failures:   r.Failures(),
		Mismatches: r.Mismatches(),
	}
	if rep.Failures == nil {
		rep.Failures = []Failure{}
	}
	if rep.Mismatches == nil {
		rep.Mismatches = []Mismatch{}
	}
	for _, s := range r.Scripts {
		byType := map[string]Count{}
		for t, c := range s.ByType {
			byType[t] = *c
			tot := rep.Totals[t]
			tot.add(*c)
			rep.Totals[t] = tot
		}
		rep.Scripts[s.Name] = byType
		for reason, n := range s.Skips {
			rep.Skips[reason] += n
		}
	}
	return rep
}
