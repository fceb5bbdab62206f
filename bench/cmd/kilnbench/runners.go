package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/driver"
	"github.com/kilnwasm/kiln/bench/internal/report"
)

// A runner is one way of running the programs. Kinds:
//
//	native  the sources built on this machine: C with clang -O2, C++ with
//	        clang++ (cxxFlags), Rust with programs/build-rust.sh
//	helper  a Go helper binary from bench/cmd/run-NAME (kiln, wazero, wasmtime)
//	node    node with bench/runners/node-wasi.mjs
//	cli     Kiln's own command, "kiln run" (kiln-cli), with its automatic
//	        cache in the runner's directory for warm runs: what a user
//	        runs, where the helper is an embedding (run-time and start-up
//	        figures only)
type runner struct {
	info      report.Runner
	kind      string
	bin       string // helper binary, or node
	nativeDir string
	nativeErr map[string]string // per program (source name): why its native build failed
	script    string            // node runner script
	cacheDir  string            // precompiled artifacts / compilation cache
}

// helperSpecs says how to build each helper. To add a runner, add a
// bench/cmd/run-NAME implementing driver.Engine and an entry here.
var helperSpecs = map[string]struct {
	pkg string
	cgo bool
}{
	// Kiln is built from the parent module (bench/go.mod: replace
	// github.com/kilnwasm/kiln => ../).
	"kiln": {pkg: "./cmd/run-kiln"},
	// kiln-base is Kiln built from another checkout (-kiln-base DIR, say a
	// git worktree of the commit before a change), so that one run
	// compares the two binaries interleaved.
	"kiln-base": {pkg: "./cmd/run-kiln"},
	"wazero":    {pkg: "./cmd/run-wazero"},
	"wasmtime":  {pkg: "./cmd/run-wasmtime", cgo: true},
}

func (r *runner) ok() bool  { return r.info.Missing == "" }
func (r *runner) aot() bool { return r.kind == "helper" }

func wasmPath(c *config, prog string) string {
	return filepath.Join(c.benchDir, "programs", "wasm", prog+".wasm")
}

// programCmd returns the command line that runs a program.
func (r *runner) programCmd(c *config, prog string, cache bool, progArgs []string) (string, []string) {
	switch r.kind {
	case "native":
		return filepath.Join(r.nativeDir, sourceName(prog)), progArgs
	case "helper":
		var a []string
		if cache {
			a = append(a, "-cache", r.cacheDir)
		}
		a = append(a, wasmPath(c, prog))
		return r.bin, append(a, progArgs...)
	case "node":
		a := []string{r.script, "--wasi=" + c.nodeWASI, wasmPath(c, prog)}
		return r.bin, append(a, progArgs...)
	case "cli":
		a := []string{"run", "--no-cache"}
		if cache {
			a = []string{"run", "--cache-dir", r.cacheDir}
		}
		a = append(a, wasmPath(c, prog))
		return r.bin, append(a, progArgs...)
	}
	panic("unknown runner kind " + r.kind)
}

func prepareRunners(c *config, log func(string, ...any)) []*runner {
	var out []*runner
	for _, name := range c.runners {
		r := &runner{info: report.Runner{Name: name}, cacheDir: filepath.Join(c.workDir, "cache", name)}
		switch name {
		case "native":
			r.kind = "native"
			prepareNative(c, r, log)
		case "node":
			r.kind = "node"
			prepareNode(c, r)
		case "kiln-cli":
			r.kind = "cli"
			prepareCLI(c, r, log)
		default:
			r.kind = "helper"
			prepareHelper(c, r, log)
		}
		if r.ok() {
			// start every run from empty caches, so "warm" means primed by this run
			_ = os.RemoveAll(r.cacheDir)
			_ = os.MkdirAll(r.cacheDir, 0o755)
		}
		out = append(out, r)
	}
	return out
}

func firstLine(b []byte) string {
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// cxxFlags are the flags of the native C++ builds, those of build.sh's Wasm
// builds without the target: exceptions are off because wasm32-wasi's
// libc++ is built without them.
var cxxFlags = []string{"-O2", "-ffp-contract=off", "-std=c++17", "-fno-exceptions"}

func prepareNative(c *config, r *runner, log func(string, ...any)) {
	cc := os.Getenv("CC")
	if cc == "" {
		cc = "clang"
	}
	if _, err := exec.LookPath(cc); err != nil {
		r.info.Missing = cc + " not found (apt-get install clang)"
		return
	}
	if out, err := exec.Command(cc, "--version").Output(); err == nil {
		r.info.Version = firstLine(out) + ", -O2 -ffp-contract=off"
	}
	r.nativeDir = filepath.Join(c.workDir, "native")
	if err := os.MkdirAll(r.nativeDir, 0o755); err != nil {
		r.info.Missing = err.Error()
		return
	}
	log("kilnbench: building native programs with %s -O2", cc)
	progs := []string{"hello"}
	for _, p := range c.programs {
		if p = sourceName(p); !contains(progs, p) {
			progs = append(progs, p)
		}
	}
	r.nativeErr = map[string]string{}
	rust, cplusplus := false, false
	for _, p := range progs {
		src := programSource(c.benchDir, p)
		bin := filepath.Join(r.nativeDir, p)
		if strings.HasSuffix(src, ".rs") {
			// A Rust program: the script that builds its Wasm module builds
			// it natively, with the same rustc and crates. Without a Rust
			// toolchain only these programs fail (FAIL in the native column).
			res := runProc(5*time.Minute, nil, "sh", filepath.Join(c.benchDir, "programs", "build-rust.sh"), "native", src, bin)
			if f := res.failure(); f != "" {
				r.nativeErr[p] = "native build failed: " + f
				log("kilnbench: building %s natively failed: %s", p, f)
			} else {
				settleBinary(bin, log)
			}
			rust = true
			continue
		}
		if strings.HasSuffix(src, ".cc") {
			// A C++ program: the C++ compiler with build.sh's flags. Without
			// one only these programs fail (FAIL in the native column).
			cxx := os.Getenv("CXX")
			if cxx == "" {
				cxx = "clang++"
			}
			res := runProc(2*time.Minute, nil, cxx, append(append([]string{}, cxxFlags...), "-o", bin, src, "-lm")...)
			if f := res.failure(); f != "" {
				r.nativeErr[p] = "native build failed: " + f
				log("kilnbench: building %s natively failed: %s", p, f)
			} else {
				settleBinary(bin, log)
				if !cplusplus {
					cplusplus = true
					if out, err := exec.Command(cxx, "--version").Output(); err == nil {
						r.info.Version += "; C++: " + firstLine(out) + " " + strings.Join(cxxFlags, " ")
					}
				}
			}
			continue
		}
		res := runProc(2*time.Minute, nil, cc, "-O2", "-ffp-contract=off", "-o", bin, src, "-lm")
		if f := res.failure(); f != "" {
			r.info.Missing = fmt.Sprintf("building %s failed: %s", p, f)
			return
		}
		settleBinary(bin, log)
	}
	if rust {
		out, err := exec.Command("sh", filepath.Join(c.benchDir, "programs", "build-rust.sh"), "version").Output()
		if err == nil {
			r.info.Version += "; Rust: " + firstLine(out)
		}
	}
}

func prepareNode(c *config, r *runner) {
	node, err := exec.LookPath("node")
	if err != nil {
		r.info.Missing = "node not found in PATH"
		return
	}
	r.bin = node
	r.script = filepath.Join(c.benchDir, "runners", "node-wasi.mjs")
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		r.info.Missing = "node --version failed: " + err.Error()
		return
	}
	r.info.Version = "node " + firstLine(out) + " (V8)"
	if c.nodeWASI == "shim" {
		r.info.Version += ", WASI shim"
	} else {
		r.info.Version += ", node:wasi"
	}
	name, args := r.programCmd(c, "hello", false, nil)
	if f := runProc(time.Minute, nil, name, args...).failure(); f != "" {
		r.info.Missing = "cannot run hello.wasm: " + f
	}
}

// prepareCLI builds cmd/kiln from the parent module, static as its
// releases are (README), and checks that it runs hello.wasm.
func prepareCLI(c *config, r *runner, log func(string, ...any)) {
	bin := filepath.Join(c.workDir, "bin", r.info.Name)
	log("kilnbench: building ../cmd/kiln")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/kiln")
	cmd.Dir = filepath.Join(c.benchDir, "..")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		r.info.Missing = "building cmd/kiln failed: " + lastLines(out, 3)
		return
	}
	r.bin = bin
	settleBinary(bin, log)
	r.info.Version = "kiln run at " + kilnRevision(c, "kiln")
	name, args := r.programCmd(c, "hello", false, nil)
	if f := runProc(time.Minute, nil, name, args...).failure(); f != "" {
		r.info.Missing = "cannot run hello.wasm: " + f
	}
}

func prepareHelper(c *config, r *runner, log func(string, ...any)) {
	spec, ok := helperSpecs[r.info.Name]
	if !ok {
		r.info.Missing = "no helper for this runner"
		return
	}
	bin := filepath.Join(c.workDir, "bin", "run-"+r.info.Name)
	log("kilnbench: building %s", spec.pkg)
	// The pure-Go runtimes are built without cgo, as their releases are:
	// a static binary starts about 1 ms sooner than one that loads libc
	// (a program linking package net does when cgo is enabled).
	env := []string{"CGO_ENABLED=0"}
	if spec.cgo {
		env = []string{"CGO_ENABLED=1"}
	}
	env = append(env, "GOFLAGS=-mod=mod")
	cmd := exec.Command("go", "build", "-o", bin, spec.pkg)
	cmd.Dir = c.benchDir
	if r.info.Name == "kiln-base" {
		if c.kilnBase == "" {
			r.info.Missing = "kiln-base needs -kiln-base DIR (another Kiln checkout)"
			return
		}
		cmd.Dir = filepath.Join(c.kilnBase, "bench")
	}
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		r.info.Missing = "building " + spec.pkg + " failed: " + lastLines(out, 3)
		return
	}
	r.bin = bin
	settleBinary(bin, log)
	if out, err := exec.Command(bin, "-version").Output(); err == nil {
		r.info.Version = firstLine(out)
	}
	if strings.HasPrefix(r.info.Name, "kiln") {
		r.info.Version += " at " + kilnRevision(c, r.info.Name)
	}
	// Probe: compile hello.wasm. Exit code 3 means "not available".
	res := runProc(2*time.Minute, nil, bin, "-mode", "compile", wasmPath(c, "hello"))
	if res.exitCode == driver.ExitNotAvailable {
		r.info.Missing = strings.TrimSpace(string(res.stderr))
		return
	}
	if f := res.failure(); f != "" {
		r.info.Missing = "probe failed: " + f
	}
}

// settleBinary settles (settle) a binary the harness just built, so that
// every runner's binaries start from the page cache's ordinary state; a
// failure only logs.
func settleBinary(path string, log func(string, ...any)) {
	if err := settle(path); err != nil {
		log("kilnbench: %s: %v (timings of a freshly written binary)", path, err)
	}
}

func kilnRevision(c *config, name string) string {
	dir := filepath.Join(c.benchDir, "..")
	if name == "kiln-base" {
		dir = c.kilnBase
	}
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown revision"
	}
	rev := firstLine(out)
	if st, err := exec.Command("git", "-C", filepath.Join(c.benchDir, ".."), "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(strings.TrimSpace(string(st))) > 0 {
		rev += "+dirty"
	}
	return rev
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " / ")
}

// helperReport runs a helper with -report and decodes the report.
func helperReport(c *config, r *runner, args ...string) (driver.Report, procResult) {
	f, err := os.CreateTemp(c.workDir, "report-*.json")
	if err != nil {
		return driver.Report{}, procResult{err: err}
	}
	f.Close()
	defer os.Remove(f.Name())
	res := runProc(c.timeout, nil, r.bin, append([]string{"-report", f.Name()}, args...)...)
	var rep driver.Report
	if res.failure() == "" {
		b, err := os.ReadFile(f.Name())
		if err == nil {
			err = json.Unmarshal(b, &rep)
		}
		if err != nil {
			res.err = fmt.Errorf("reading the helper's report: %v", err)
		}
	}
	return rep, res
}
