// Command kilnbench runs Kiln's benchmark suite: the programs in
// bench/programs/wasm on native code (built here from the same C, C++ and
// Rust sources), Kiln, wazero, wasmtime (Go bindings) and node (V8),
// interleaved, checking every output against native's; then compile, start-up, artifact-load,
// instantiation and call-overhead figures. It writes
// bench/results/RESULTS.md, ratios.svg and results.json, and refreshes
// the summary in bench/README.md.
//
//	cd bench && go run ./cmd/kilnbench [flags]
//
// Run with -h for the flags.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/benchcmd"

	"github.com/kilnwasm/kiln/bench/internal/report"
	"github.com/kilnwasm/kiln/bench/internal/stats"
)

var allRunners = []string{"native", "kiln", "wazero", "wasmtime", "node"}

// extraRunners are known but run only when asked for.
var extraRunners = []string{"kiln-cli", "kiln-base"}
var allFigures = []string{"runtime", "compile", "startup", "load", "instantiate", "call"}

type config struct {
	benchDir      string
	kilnBase      string // checkout the kiln-base runner is built from
	workDir       string
	outDir        string
	programs      []string
	runners       []string
	figures       map[string]bool
	rounds        int
	startupRounds int
	instN         int
	callN         int
	scale         string
	timeout       time.Duration
	testsuite     string
	nodeWASI      string
	readme        bool
}

func main() {
	log := func(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }
	var c config
	var programs, runners, figures string
	flag.StringVar(&programs, "programs", "all", "comma-separated programs to run (names of bench/programs/wasm/*.wasm without .wasm, e.g. matmul,matmul-simd), or groups: all (every program, SIMD builds included), scalar (no SIMD builds), simd (the SIMD builds, each after its scalar counterpart where it has one), bulk (the bulk-memory builds, likewise)")
	flag.StringVar(&runners, "runners", strings.Join(allRunners, ","), "comma-separated runners: "+strings.Join(allRunners, ",")+" (also: "+strings.Join(extraRunners, ",")+")")
	flag.StringVar(&figures, "figures", strings.Join(allFigures, ","), "comma-separated figures: "+strings.Join(allFigures, ","))
	flag.IntVar(&c.rounds, "rounds", 5, "timed runs per program and runner (the median is reported)")
	flag.IntVar(&c.startupRounds, "startup-rounds", 20, "runs per runner for the start-up figure")
	flag.IntVar(&c.instN, "inst-n", 2000, "instantiations per measurement (the 256-page figure uses a quarter)")
	flag.IntVar(&c.callN, "call-n", 1000000, "calls per call-overhead measurement")
	flag.StringVar(&c.scale, "scale", "", "size argument passed to every program (default: none, i.e. each program's ~1 s size); for smoke tests, e.g. -scale 3")
	flag.DurationVar(&c.timeout, "timeout", 5*time.Minute, "limit for one run of one program")
	flag.StringVar(&c.outDir, "out", "", "results directory (default bench/results)")
	flag.StringVar(&c.workDir, "work", "", "scratch directory for native builds, helper binaries and caches (default bench/.work)")
	flag.StringVar(&c.testsuite, "testsuite", "", "directory of the wasi-testsuite Rust modules for the compile figure (default $KILN_WASI_TESTSUITE/rust or ../../shared/wasi-testsuite/rust from bench/)")
	flag.StringVar(&c.nodeWASI, "node-wasi", "shim", "node's WASI layer: shim (minimal, in runners/node-wasi.mjs) or node (node:wasi; crashes on node 20.20, see README)")
	render := flag.String("render", "", "only re-render RESULTS.md, ratios.svg (and the README summary) from a saved results.json")
	flag.StringVar(&c.kilnBase, "kiln-base", "", "another Kiln checkout (e.g. a git worktree of the previous commit) that the kiln-base runner is built from")
	flag.BoolVar(&c.readme, "readme", true, "refresh the generated summary in bench/README.md (only when -out is the default)")
	flag.Parse()

	var err error
	c.benchDir, err = benchcmd.BenchDir()
	if err != nil {
		log("kilnbench: %v", err)
		os.Exit(2)
	}
	if c.outDir == "" {
		c.outDir = filepath.Join(c.benchDir, "results")
	} else {
		c.readme = false
	}
	if c.workDir == "" {
		c.workDir = filepath.Join(c.benchDir, ".work")
	}
	if *render != "" {
		if err := renderFile(&c, *render, log); err != nil {
			log("kilnbench: %v", err)
			os.Exit(1)
		}
		return
	}
	c.runners = benchcmd.SplitList(runners)
	for _, r := range c.runners {
		if !contains(allRunners, r) && !contains(extraRunners, r) {
			log("kilnbench: unknown runner %q (known: %s)", r, strings.Join(append(allRunners, extraRunners...), ", "))
			os.Exit(2)
		}
	}
	c.figures = map[string]bool{}
	for _, f := range benchcmd.SplitList(figures) {
		if !contains(allFigures, f) {
			log("kilnbench: unknown figure %q (known: %s)", f, strings.Join(allFigures, ", "))
			os.Exit(2)
		}
		c.figures[f] = true
	}
	if c.rounds < 1 {
		c.rounds = 1
	}
	avail, err := listPrograms(c.benchDir)
	if err != nil {
		log("kilnbench: %v", err)
		os.Exit(2)
	}
	c.programs, err = selectPrograms(avail, benchcmd.SplitList(programs))
	if err != nil {
		log("kilnbench: %v", err)
		os.Exit(2)
	}
	if c.testsuite == "" {
		if d := os.Getenv("KILN_WASI_TESTSUITE"); d != "" {
			c.testsuite = filepath.Join(d, "rust")
		} else {
			c.testsuite = filepath.Join(c.benchDir, "..", "..", "shared", "wasi-testsuite", "rust")
		}
	}
	if err := run(&c, log); err != nil {
		log("kilnbench: %v", err)
		os.Exit(1)
	}
}

// programsExcluded are modules in programs/wasm that are not run-time
// benchmarks (start-up and compile figures use them).
var programsExcluded = map[string]bool{"hello": true, "gobig": true}

// simdSuffix marks the Wasm SIMD build (clang -msimd128) of a C program:
// NAME-simd.wasm is built from programs/src/NAME.c, so its native
// reference, and the output it must print, are NAME's.
const simdSuffix = "-simd"

// bulkSuffix marks the bulk-memory build (clang -mbulk-memory: memcpy and
// memset become memory.copy and memory.fill) of a C program, like
// simdSuffix.
const bulkSuffix = "-bulk"

// sourceName returns the program (programs/src/NAME.c or NAME.rs) a module
// is built from.
func sourceName(prog string) string {
	return strings.TrimSuffix(strings.TrimSuffix(prog, simdSuffix), bulkSuffix)
}

// variant reports whether prog is a SIMD or bulk-memory build of another.
func variant(prog string) bool {
	return strings.HasSuffix(prog, simdSuffix) || strings.HasSuffix(prog, bulkSuffix)
}

// programSource returns the source file a program (a source name, see
// sourceName) is built from: programs/src/NAME.c, NAME.cc for the C++
// programs, or NAME.rs for the Rust programs (built by
// programs/build-rust.sh).
func programSource(benchDir, name string) string {
	c := filepath.Join(benchDir, "programs", "src", name+".c")
	if _, err := os.Stat(c); err != nil {
		for _, ext := range []string{".cc", ".rs"} {
			other := filepath.Join(benchDir, "programs", "src", name+ext)
			if _, err := os.Stat(other); err == nil {
				return other
			}
		}
	}
	return c
}

// selectPrograms resolves -programs: names and the groups all, scalar and
// simd, in order, each program once.
func selectPrograms(avail, list []string) ([]string, error) {
	var out []string
	add := func(p string) {
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	for _, p := range list {
		switch p {
		case "all":
			for _, a := range avail {
				add(a)
			}
		case "scalar":
			for _, a := range avail {
				if !variant(a) {
					add(a)
				}
			}
		case "simd", "bulk":
			// each SIMD (bulk-memory) build next to its scalar program,
			// for reading side by side
			suffix := simdSuffix
			if p == "bulk" {
				suffix = bulkSuffix
			}
			for _, a := range avail {
				if strings.HasSuffix(a, suffix) {
					if base := sourceName(a); contains(avail, base) {
						add(base)
					}
					add(a)
				}
			}
		default:
			if !contains(avail, p) {
				return nil, fmt.Errorf("unknown program %q (known: %s; groups: all, scalar, simd, bulk)", p, strings.Join(avail, ", "))
			}
			add(p)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("-programs: no program selected")
	}
	return out, nil
}

func listPrograms(benchDir string) ([]string, error) {
	m, err := filepath.Glob(filepath.Join(benchDir, "programs", "wasm", "*.wasm"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range m {
		n := strings.TrimSuffix(filepath.Base(f), ".wasm")
		if !programsExcluded[n] {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no programs in %s/programs/wasm (run programs/build.sh)", benchDir)
	}
	sort.Strings(out)
	return out, nil
}

func run(c *config, log func(string, ...any)) error {
	for _, d := range []string{c.workDir, c.outDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	res := &report.Results{
		Machine: machineInfo(),
		Rounds:  c.rounds,
		Scale:   c.scale,
	}
	log("kilnbench: %s, %d cores, %s", res.Machine.CPU, res.Machine.Cores, res.Machine.Date)
	if res.Machine.LoadAvg != "" {
		log("kilnbench: load average %s (timings on a loaded machine are noisy)", res.Machine.LoadAvg)
	}
	runners := prepareRunners(c, log)
	for _, r := range runners {
		res.Runners = append(res.Runners, r.info)
		if r.info.Missing != "" {
			log("  %-9s missing: %s", r.info.Name, r.info.Missing)
		} else {
			log("  %-9s %s", r.info.Name, r.info.Version)
		}
	}
	if c.figures["runtime"] {
		runtimeFigure(c, runners, res, log)
	}
	if c.figures["compile"] {
		compileFigure(c, runners, res, log)
	}
	if c.figures["startup"] {
		startupFigure(c, runners, res, log)
	}
	if c.figures["load"] {
		loadFigure(c, runners, res, log)
	}
	if c.figures["instantiate"] {
		instantiateFigure(c, runners, res, log)
	}
	if c.figures["call"] {
		callFigure(c, runners, res, log)
	}
	res.Notes = append(res.Notes, notes(c)...)
	return writeResults(c, res, log)
}

func notes(c *config) []string {
	n := []string{
		"Wall times are whole-process times measured by the harness (fork/exec to exit); peak RSS is the process's ru_maxrss from wait4.",
		"Every binary the harness builds (native programs, helpers, kiln-cli) is written to disk, dropped from the page cache and read back before it is timed, as an installed program is read at its first start: started from the pages the linker had just written, the same binary at times took 0.1 to 0.4 ms longer per run.",
		"Native builds: `clang -O2 -ffp-contract=off` of bench/programs/src at run time; Wasm: the committed modules built by bench/programs/build.sh (`clang --target=wasm32-wasi -O2 -ffp-contract=off`). The compilers may auto-vectorize (native SSE2 only by default). NAME-simd is the same C program built for Wasm with `-msimd128` (auto-vectorized Wasm SIMD); its native reference is NAME's native build.",
		"Call-heavy programs: markdown (pulldown-cmark), regexlog (regex), json (serde_json) and hashset (std's HashSet, HashMap and BTreeMap) are Rust programs built by bench/programs/build-rust.sh (`rustc -C opt-level=3 -C codegen-units=1`) without Wasm SIMD, natively with the same rustc and the crates' portable paths (memchr's SIMD off on both sides); exprtree is C++ (virtual calls, visitors), built with `clang++ -O2 -ffp-contract=off -std=c++17 -fno-exceptions`, against wasm32-wasi's libc++ in Wasm and the system's C++ library natively.",
		"Hand-vectorized SIMD programs (no scalar build): pixels-simd is written with Wasm SIMD intrinsics, its native build with the same algorithm in SSE4.1 intrinsics; memmem-simd (the memchr crate) and utf8-simd (the simdutf8 crate) are Rust programs built by bench/programs/build-rust.sh with the crates' hand-written Wasm SIMD paths (`-C target-feature=+simd128`) and natively with the same rustc and their 128-bit SSE2/SSE4.2 paths (AVX2 off).",
		"wazero uses its optimizing compiler (NewRuntimeConfigCompiler) and, for run time and warm start-up, a file compilation cache; wasmtime uses wasmtime-go with default Cranelift settings and a serialized module (Module.Serialize) as its precompiled artifact.",
		"Node runs the module with V8's default tiering (Liftoff, then TurboFan) through bench/runners/node-wasi.mjs; node has no persistent code cache for Wasm here, so its warm start-up is n/a.",
	}
	if c.nodeWASI == "shim" {
		n = append(n, "Node's WASI calls go through the minimal preview1 shim in node-wasi.mjs, not node:wasi (node:wasi in node 20.20 segfaults in V8 after _start returns on several programs; pass -node-wasi node to use it).")
	}
	if c.scale != "" {
		n = append(n, "Programs were run with the size argument "+c.scale+", not their default sizes: these are not the reference figures.")
	}
	return n
}

// renderFile re-renders the results saved in a results.json (of this or
// an older kilnbench: figures it lacks are left out) into c.outDir.
func renderFile(c *config, path string, log func(string, ...any)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var res report.Results
	if err := json.Unmarshal(b, &res); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := os.MkdirAll(c.outDir, 0o755); err != nil {
		return err
	}
	return writeResults(c, &res, log)
}

func writeResults(c *config, res *report.Results, log func(string, ...any)) error {
	md := res.Markdown()
	if err := os.WriteFile(filepath.Join(c.outDir, "RESULTS.md"), []byte(md), 0o644); err != nil {
		return err
	}
	if len(res.Programs) > 0 {
		if err := os.WriteFile(filepath.Join(c.outDir, "ratios.svg"), []byte(res.SVG()), 0o644); err != nil {
			return err
		}
	}
	js, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(c.outDir, "results.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	log("kilnbench: wrote %s", filepath.Join(c.outDir, "RESULTS.md"))
	if c.readme && len(res.Programs) > 0 {
		if err := updateReadme(filepath.Join(c.benchDir, "README.md"), res); err != nil {
			log("kilnbench: README not updated: %v", err)
		} else {
			log("kilnbench: refreshed the summary in %s", filepath.Join(c.benchDir, "README.md"))
		}
	}
	if len(res.Programs) > 0 {
		fmt.Println(res.GeoMeanTable())
	}
	return nil
}

const readmeStart = "<!-- kilnbench:summary:start -->"
const readmeEnd = "<!-- kilnbench:summary:end -->"

func updateReadme(path string, res *report.Results) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(b)
	i := strings.Index(s, readmeStart)
	j := strings.Index(s, readmeEnd)
	if i < 0 || j < i {
		return fmt.Errorf("markers %s ... %s not found", readmeStart, readmeEnd)
	}
	m := res.Machine
	sum := fmt.Sprintf("%s\n\nLatest run: %s, %d cores, %s, %d rounds (full tables: [results/RESULTS.md](results/RESULTS.md)).\n\n![run time relative to native](results/ratios.svg)\n\n%s\n",
		readmeStart, m.CPU, m.Cores, m.Date, res.Rounds, res.GeoMeanTable())
	if res.Scale != "" {
		sum += fmt.Sprintf("\nNote: that run used the size argument %s, not the default sizes.\n", res.Scale)
	}
	s = s[:i] + sum + s[j:]
	return os.WriteFile(path, []byte(s), 0o644)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// ---------- processes ----------

type procResult struct {
	stdout, stderr []byte
	wall           time.Duration
	first          time.Duration // until the first byte of stdout arrived (wall if none)
	rssKB          int64
	cpu            time.Duration // user + system
	exitCode       int
	err            error // start failure, timeout or signal
}

// firstWriter collects a process's stdout and notes when its first bytes
// arrived (exec's copying goroutine writes them as the pipe delivers).
type firstWriter struct {
	buf bytes.Buffer
	at  time.Time
}

func (w *firstWriter) Write(p []byte) (int, error) {
	if w.at.IsZero() && len(p) > 0 {
		w.at = time.Now()
	}
	return w.buf.Write(p)
}

func runProc(timeout time.Duration, env []string, name string, args ...string) procResult {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	// Own process group, so that a timeout kills the runner and anything
	// it started; and do not wait forever for pipes held by such children.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	var se bytes.Buffer
	so := &firstWriter{}
	cmd.Stdout = so
	cmd.Stderr = &se
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	t0 := time.Now()
	err := cmd.Run()
	r := procResult{wall: time.Since(t0), stdout: so.buf.Bytes(), stderr: se.Bytes()}
	r.first = r.wall
	if !so.at.IsZero() {
		r.first = so.at.Sub(t0)
	}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.rssKB = ru.Maxrss // kilobytes on Linux
			r.cpu = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
		}
		r.exitCode = cmd.ProcessState.ExitCode()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.err = fmt.Errorf("killed by signal %v", ws.Signal())
		}
	}
	if ctx.Err() != nil {
		r.err = fmt.Errorf("timed out after %v", timeout)
	} else if err != nil && r.err == nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			r.err = err
		}
	}
	return r
}

// failure describes why a run is not a valid sample ("" if it is).
func (p procResult) failure() string {
	if p.err != nil {
		return p.err.Error() + stderrTail(p.stderr)
	}
	if p.exitCode != 0 {
		return fmt.Sprintf("exit code %d%s", p.exitCode, stderrTail(p.stderr))
	}
	return ""
}

// stderrTail summarizes a failed run's stderr: its first line (where
// "panic:", "fatal error:" and friends usually are) and its last line.
func stderrTail(b []byte) string {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	clip := func(x string) string {
		x = strings.TrimSpace(x)
		if len(x) > 160 {
			x = x[:160] + "..."
		}
		return x
	}
	out := clip(lines[0])
	if len(lines) > 1 {
		out += " … " + clip(lines[len(lines)-1])
	}
	return ": " + out
}

func machineInfo() report.Machine {
	m := report.Machine{
		Cores:     runtime.NumCPU(),
		OS:        runtime.GOOS + "/" + runtime.GOARCH,
		Date:      time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		GoVersion: runtime.Version(),
	}
	m.CPU = benchcmd.CPUModel()
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.OS += ", Linux " + strings.TrimSpace(string(b))
	}
	m.LoadAvg = benchcmd.LoadAvg()
	return m
}

func fmtSecs(xs []float64) string {
	if len(xs) == 0 {
		return "-"
	}
	lo, hi := stats.MinMax(xs)
	return fmt.Sprintf("%.3fs [%.3f-%.3f]", stats.Median(xs), lo, hi)
}
