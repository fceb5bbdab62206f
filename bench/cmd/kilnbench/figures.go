package main

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kilnwasm/kiln/bench/internal/driver"
	"github.com/kilnwasm/kiln/bench/internal/report"
	"github.com/kilnwasm/kiln/bench/internal/stats"
)

func (c *config) progArgs() []string {
	if c.scale == "" {
		return nil
	}
	return []string{c.scale}
}

// runtimeFigure runs every program on every runner: one untimed
// verification run per runner (which also primes the runners' caches),
// then c.rounds timed rounds interleaved across runners. Every run's
// stdout is compared with native's; a runner whose output differs, or
// that crashes, fails that program.
func runtimeFigure(c *config, runners []*runner, res *report.Results, log func(string, ...any)) {
	var ok []*runner
	for _, r := range runners {
		if r.ok() {
			ok = append(ok, r)
		}
	}
	log("kilnbench: run time, %d programs x %d runners x %d rounds (+1 verification run)", len(c.programs), len(ok), c.rounds)
	for pi, prog := range c.programs {
		p := &report.Program{Name: prog, Cells: map[string]*report.Cell{}}
		res.Programs = append(res.Programs, p)
		var want []byte
		haveWant := false
		var live []*runner
		// verification run, native first (it is first in the runner order)
		for _, r := range ok {
			cell := &report.Cell{}
			p.Cells[r.info.Name] = cell
			if e := r.nativeErr[sourceName(prog)]; e != "" {
				cell.Err = e
				log("  %-14s %-9s FAIL: %s", prog, r.info.Name, e)
				continue
			}
			name, args := r.programCmd(c, prog, true, c.progArgs())
			pr := runProc(c.timeout, nil, name, args...)
			if pr.exitCode == driver.ExitNotAvailable && r.kind == "helper" {
				// The engine cannot compile this module (e.g. Kiln's arm64
				// backend and SIMD): a per-program failure, not a crash.
				cell.Err = "cannot compile this module: " + firstLine(pr.stderr)
				log("  %-14s %-9s FAIL: %s", prog, r.info.Name, cell.Err)
				continue
			}
			if f := pr.failure(); f != "" {
				cell.Err = f
				log("  %-14s %-9s FAIL: %s", prog, r.info.Name, f)
				continue
			}
			if !haveWant {
				want, haveWant = pr.stdout, true
				if r.info.Name != report.Native {
					log("  %-14s reference output from %s (native unavailable)", prog, r.info.Name)
				}
			} else if d := report.CompareOutput(want, pr.stdout); d != "" {
				cell.Err = "wrong output: " + d
				log("  %-14s %-9s WRONG OUTPUT: %s", prog, r.info.Name, d)
				continue
			}
			live = append(live, r)
		}
		for round := 0; round < c.rounds; round++ {
			for _, r := range live {
				cell := p.Cells[r.info.Name]
				if cell.Err != "" {
					continue
				}
				name, args := r.programCmd(c, prog, true, c.progArgs())
				pr := runProc(c.timeout, nil, name, args...)
				if f := pr.failure(); f != "" {
					cell.Err = fmt.Sprintf("round %d: %s", round+1, f)
					log("  %-14s %-9s FAIL: %s", prog, r.info.Name, cell.Err)
					continue
				}
				if d := report.CompareOutput(want, pr.stdout); d != "" {
					cell.Err = fmt.Sprintf("round %d: wrong output: %s", round+1, d)
					log("  %-14s %-9s WRONG OUTPUT: %s", prog, r.info.Name, cell.Err)
					continue
				}
				cell.Samples = append(cell.Samples, report.Sample{Seconds: pr.wall.Seconds(), CPUSeconds: pr.cpu.Seconds(), RSSKB: pr.rssKB})
			}
		}
		var parts []string
		for _, r := range live {
			cell := p.Cells[r.info.Name]
			if cell.Err != "" {
				parts = append(parts, r.info.Name+" FAIL")
				continue
			}
			s := r.info.Name + " " + fmtSecs(cell.Times())
			if r.info.Name != report.Native {
				if x := p.Ratio(r.info.Name); x == x {
					s += fmt.Sprintf(" %.2fx", x)
				}
			}
			parts = append(parts, s)
		}
		log("  [%d/%d] %-14s %s", pi+1, len(c.programs), prog, strings.Join(parts, "  "))
	}
}

// compileModules returns the modules of the compile figure: gobig.wasm
// and the largest module of the wasi-testsuite's Rust tests.
func compileModules(c *config) ([][2]string, []string) {
	var mods [][2]string
	var notes []string
	gobig := wasmPath(c, "gobig")
	if _, err := os.Stat(gobig); err == nil {
		mods = append(mods, [2]string{"gobig.wasm (Go, wasip1)", gobig})
	} else {
		notes = append(notes, "compile figure: programs/wasm/gobig.wasm not found (run programs/build.sh)")
	}
	m, _ := filepath.Glob(filepath.Join(c.testsuite, "*.wasm"))
	var best string
	var bestSize int64
	for _, f := range m {
		if st, err := os.Stat(f); err == nil && st.Size() > bestSize {
			best, bestSize = f, st.Size()
		}
	}
	if best != "" {
		mods = append(mods, [2]string{"wasi-testsuite rust/" + filepath.Base(best), best})
	} else {
		notes = append(notes, "compile figure: no .wasm in "+c.testsuite+" (set -testsuite or KILN_WASI_TESTSUITE)")
	}
	return mods, notes
}

func compileFigure(c *config, runners []*runner, res *report.Results, log func(string, ...any)) {
	mods, notes := compileModules(c)
	res.Notes = append(res.Notes, notes...)
	for _, n := range notes {
		log("kilnbench: %s", n)
	}
	for _, m := range mods {
		st, err := os.Stat(m[1])
		if err != nil {
			continue
		}
		cm := &report.CompileModule{Name: m[0], Path: m[1], Bytes: st.Size(), By: map[string]*report.Measure{}}
		res.Compile = append(res.Compile, cm)
		log("kilnbench: compile %s (%.1f MB)", m[0], float64(st.Size())/1e6)
		for _, r := range runners {
			if r.aot() {
				if r.ok() {
					cm.By[r.info.Name] = &report.Measure{}
				} else {
					cm.By[r.info.Name] = &report.Measure{NA: "missing"}
				}
			}
		}
		for round := 0; round < c.rounds; round++ {
			for _, r := range runners {
				mm := cm.By[r.info.Name]
				if !r.aot() || !r.ok() || mm.Err != "" {
					continue
				}
				rep, pr := helperReport(c, r, "-mode", "compile", m[1])
				if f := pr.failure(); f != "" {
					mm.Err = f
					log("  %-9s FAIL: %s", r.info.Name, f)
					continue
				}
				mm.Values = append(mm.Values, float64(rep.CompileNS)/1e9)
				mm.RSSKB = max(mm.RSSKB, pr.rssKB)
			}
		}
		for _, name := range sortedNames(cm.By) {
			mm := cm.By[name]
			if mm.Err == "" && mm.NA == "" {
				log("  %-9s %s  %.1f MB/s  rss %d MB", name, fmtSecs(mm.Values), float64(cm.Bytes)/1e6/mm.Median(), mm.RSSKB/1024)
			}
		}
	}
}

func sortedNames[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func startupFigure(c *config, runners []*runner, res *report.Results, log func(string, ...any)) {
	res.StartCold, res.StartWarm, _ = startup(c, runners, "hello", c.startupRounds, []byte("hello, world\n"), log)
	if _, err := os.Stat(wasmPath(c, "gobig")); err == nil {
		// The large Go program: no native build, so the first runner's
		// output is the reference the others must match. Its first line
		// is written as main starts: the time to it is the start-up of a
		// large module (the runtime's and Go's own, with every package's
		// init), the rest is the program's work.
		res.BigCold, res.BigWarm, res.BigWarmFirst = startup(c, runners, "gobig", min(c.rounds, 3), nil, log)
	}
}

func startup(c *config, runners []*runner, prog string, rounds int, want []byte, log func(string, ...any)) (coldBy, warmBy, warmFirstBy map[string]*report.Measure) {
	coldBy = map[string]*report.Measure{}
	warmBy = map[string]*report.Measure{}
	firsts := map[string][]float64{} // warm runs: seconds to the first output
	for _, r := range runners {
		cold, warm := &report.Measure{}, &report.Measure{}
		coldBy[r.info.Name], warmBy[r.info.Name] = cold, warm
		switch {
		case !r.ok():
			cold.NA, warm.NA = "missing", "missing"
		case r.kind == "native" && prog == "gobig":
			cold.NA, warm.NA = "Wasm only", "Wasm only"
		case r.kind == "native":
			warm.NA = "no compile step"
		case r.kind == "node":
			warm.NA = "no persistent code cache"
		default:
			// prime the cache
			name, args := r.programCmd(c, prog, true, nil)
			if f := runProc(c.timeout, nil, name, args...).failure(); f != "" {
				warm.Err = f
			}
		}
	}
	log("kilnbench: start-up of %s, %d rounds", prog, rounds)
	for round := 0; round < rounds; round++ {
		for _, r := range runners {
			for _, warmRun := range []bool{false, true} {
				m := coldBy[r.info.Name]
				if warmRun {
					m = warmBy[r.info.Name]
				}
				if m.Err != "" || m.NA != "" {
					continue
				}
				name, args := r.programCmd(c, prog, warmRun, nil)
				pr := runProc(c.timeout, nil, name, args...)
				if f := pr.failure(); f != "" {
					m.Err = f
					continue
				}
				if want == nil {
					want = pr.stdout
				}
				if d := report.CompareOutput(want, pr.stdout); d != "" {
					m.Err = "wrong output: " + d
					continue
				}
				m.Values = append(m.Values, pr.wall.Seconds())
				m.RSSKB = max(m.RSSKB, pr.rssKB)
				if warmRun {
					firsts[r.info.Name] = append(firsts[r.info.Name], pr.first.Seconds())
				}
			}
		}
	}
	warmFirstBy = map[string]*report.Measure{}
	for _, r := range runners {
		w := warmBy[r.info.Name]
		f := &report.Measure{Values: firsts[r.info.Name], RSSKB: w.RSSKB, Err: w.Err, NA: w.NA}
		warmFirstBy[r.info.Name] = f
		log("  %-9s cold %s  warm %s (first output %s)", r.info.Name, measureStr(coldBy[r.info.Name], 1e3, "ms"), measureStr(w, 1e3, "ms"), measureStr(f, 1e3, "ms"))
	}
	return coldBy, warmBy, warmFirstBy
}

func measureStr(m *report.Measure, scale float64, unit string) string {
	switch {
	case m.Err != "":
		return "FAIL: " + m.Err
	case m.NA != "":
		return "n/a (" + m.NA + ")"
	case len(m.Values) == 0:
		return "-"
	}
	return fmt.Sprintf("%.2f%s", m.Median()*scale, unit)
}

func instantiateFigure(c *config, runners []*runner, res *report.Results, log func(string, ...any)) {
	res.Inst = map[string]map[string]*report.Measure{}
	rounds := min(c.rounds, 5)
	for _, pages := range []int{1, 256} {
		key := fmt.Sprint(pages)
		by := map[string]*report.Measure{}
		res.Inst[key] = by
		n := c.instN
		if pages > 1 {
			n = max(1, c.instN/4)
		}
		for _, r := range runners {
			m := &report.Measure{}
			by[r.info.Name] = m
			switch {
			case !r.ok():
				m.NA = "missing"
				continue
			case !r.aot():
				m.NA = "not a Go embedding"
				continue
			}
		}
		for round := 0; round < rounds; round++ {
			for _, r := range runners {
				m := by[r.info.Name]
				if m.Err != "" || m.NA != "" {
					continue
				}
				rep, pr := helperReport(c, r, "-mode", "instantiate", "-pages", key, "-n", fmt.Sprint(n))
				if f := pr.failure(); f != "" {
					m.Err = f
					continue
				}
				m.Values = append(m.Values, rep.PerOpNS)
				m.RSSKB = max(m.RSSKB, pr.rssKB)
			}
		}
		for _, r := range runners {
			log("  instantiate %3d page(s) %-9s %s", pages, r.info.Name, measureStr(by[r.info.Name], 1e-3, "µs"))
		}
	}
}

func callFigure(c *config, runners []*runner, res *report.Results, log func(string, ...any)) {
	res.Call = map[string]*report.Measure{}
	rounds := min(c.rounds, 5)
	for _, r := range runners {
		m := &report.Measure{}
		res.Call[r.info.Name] = m
		switch {
		case !r.ok():
			m.NA = "missing"
		case !r.aot():
			m.NA = "not a Go embedding"
		}
	}
	for round := 0; round < rounds; round++ {
		for _, r := range runners {
			m := res.Call[r.info.Name]
			if m.Err != "" || m.NA != "" {
				continue
			}
			rep, pr := helperReport(c, r, "-mode", "call", "-n", fmt.Sprint(c.callN))
			if f := pr.failure(); f != "" {
				m.Err = f
				continue
			}
			m.Values = append(m.Values, rep.PerOpNS)
		}
	}
	for _, r := range runners {
		log("  call %-9s %s", r.info.Name, measureStr(res.Call[r.info.Name], 1, "ns"))
	}
}

// loadModules are the modules of the artifact-load figure.
var loadModules = []string{"hello", "gobig"}

// loadFigure measures, for each runner that compiles ahead of time, the
// precompiled artifact of hello.wasm and gobig.wasm: its size (what one
// priming "-mode compile -cache DIR" run wrote in a fresh DIR), and the
// in-process time of the helper's Compile when it finds the artifact
// there (the report's compile_ns, and its load_ns where the helper can
// separate the load from hashing the module). A timed run that changes
// DIR was a cache miss and fails the cell.
func loadFigure(c *config, runners []*runner, res *report.Results, log func(string, ...any)) {
	base := filepath.Join(c.workDir, "load")
	defer os.RemoveAll(base) // artifacts of gobig are tens of MB per runner
	for _, prog := range loadModules {
		path := wasmPath(c, prog)
		st, err := os.Stat(path)
		if err != nil {
			n := "load figure: programs/wasm/" + prog + ".wasm not found (run programs/build.sh)"
			res.Notes = append(res.Notes, n)
			log("kilnbench: %s", n)
			continue
		}
		lm := &report.LoadModule{Name: prog + ".wasm", Path: path, Bytes: st.Size(), By: map[string]*report.LoadMeasure{}}
		res.Load = append(res.Load, lm)
		log("kilnbench: artifact load of %s (%.1f MB), %d rounds", lm.Name, float64(st.Size())/1e6, c.rounds)
		dirs := map[string]string{}
		snaps := map[string]map[string]fileStamp{}
		for _, r := range runners {
			if !r.aot() {
				continue
			}
			m := &report.LoadMeasure{}
			lm.By[r.info.Name] = m
			if !r.ok() {
				m.NA = "missing"
				continue
			}
			dir := filepath.Join(base, r.info.Name, prog)
			_ = os.RemoveAll(dir)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				m.Err = err.Error()
				continue
			}
			rep, pr := helperReport(c, r, "-mode", "compile", "-cache", dir, path)
			if f := pr.failure(); f != "" {
				m.Err = "priming run: " + f
				continue
			}
			snap, err := dirSnapshot(dir)
			switch {
			case err != nil:
				m.Err = err.Error()
			case rep.CacheHit:
				m.Err = "priming run reported a cache hit in an empty directory"
			case len(snap) == 0:
				m.Err = "the priming run wrote nothing in its cache directory"
			}
			if m.Err != "" {
				continue
			}
			for _, f := range snap {
				m.ArtifactBytes += f.size
			}
			m.ArtifactFiles = len(snap)
			dirs[r.info.Name], snaps[r.info.Name] = dir, snap
		}
		for round := 0; round < c.rounds; round++ {
			for _, r := range runners {
				m := lm.By[r.info.Name]
				if m == nil || m.Err != "" || m.NA != "" {
					continue
				}
				rep, pr := helperReport(c, r, "-mode", "compile", "-cache", dirs[r.info.Name], path)
				if f := pr.failure(); f != "" {
					m.Err = fmt.Sprintf("round %d: %s", round+1, f)
					continue
				}
				if snap, err := dirSnapshot(dirs[r.info.Name]); err != nil || !maps.Equal(snap, snaps[r.info.Name]) {
					m.Err = fmt.Sprintf("round %d: the run changed its cache directory (a cache miss)", round+1)
					continue
				}
				m.Values = append(m.Values, float64(rep.CompileNS)/1e9)
				if rep.LoadNS > 0 {
					m.LoadValues = append(m.LoadValues, float64(rep.LoadNS)/1e9)
				}
				m.RSSKB = max(m.RSSKB, pr.rssKB)
			}
		}
		for _, name := range sortedNames(lm.By) {
			m := lm.By[name]
			s := measureStr(&m.Measure, 1e6, "µs")
			if len(m.LoadValues) > 0 {
				s += fmt.Sprintf(" (artifact load %.1fµs)", stats.Median(m.LoadValues)*1e6)
			}
			log("  %-9s artifact %d bytes in %d file(s)  load %s  rss %d MB", name, m.ArtifactBytes, m.ArtifactFiles, s, m.RSSKB/1024)
		}
	}
}

// fileStamp identifies a version of a file in a cache directory.
type fileStamp struct {
	size    int64
	modTime int64 // ns
}

// dirSnapshot returns the regular files under dir (by path relative to
// dir) with their sizes and modification times.
func dirSnapshot(dir string) (map[string]fileStamp, error) {
	out := map[string]fileStamp{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = fileStamp{size: info.Size(), modTime: info.ModTime().UnixNano()}
		return nil
	})
	return out, err
}
