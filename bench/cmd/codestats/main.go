// Command codestats prints static figures of the code Kiln generates for
// the benchmark programs, for each target: function code bytes, machine
// instructions, machine instructions per Wasm instruction, the same for
// each program's largest own functions (its kernels), and a profile of
// the machine instructions by class. It exists because arm64 speed cannot
// be measured under qemu; see "arm64 static figures" in bench/README.md.
//
//	cd bench && go run ./cmd/codestats [flags] > figures.md
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/benchcmd"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/bench/internal/codestats"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// largeFuncs: a program with at least this many functions (gobig) is not
// broken down into kernels and gets its own column in the class profile;
// its code is not a kernel and a few libraries (the C ones) share nothing
// with it.
const largeFuncs = 1000

// options are the command's flags.
type options struct {
	programs  string // comma-separated, or "all"
	targets   string // comma-separated architectures
	kernels   int    // kernel functions per program
	noKernels string // comma-separated programs without a kernel breakdown
	dir       string // programs directory ("": the bench module's)
	cmdline   string // printed above the tables
}

func main() {
	var o options
	flag.StringVar(&o.programs, "programs", "all", "comma-separated programs (names of programs/wasm/*.wasm without .wasm), or all")
	flag.StringVar(&o.targets, "targets", "amd64,arm64", "comma-separated targets; ratios are to the first")
	flag.IntVar(&o.kernels, "kernels", 3, "kernel functions listed per program")
	flag.StringVar(&o.noKernels, "no-kernels", "hello", "comma-separated programs not broken down into kernels")
	flag.StringVar(&o.dir, "dir", "", "directory of the programs (default programs/wasm of the bench module)")
	flag.Parse()
	o.cmdline = strings.Join(append([]string{"go run ./cmd/codestats"}, os.Args[1:]...), " ")
	if err := run(o, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "codestats: %v\n", err)
		os.Exit(1)
	}
}

// program is one module and its figures.
type program struct {
	name    string
	mod     *codestats.Module
	kernels []codestats.Func // nil when not broken down
	large   bool
}

func run(o options, stdout, stderr io.Writer) error {
	dir := o.dir
	if dir == "" {
		b, err := benchcmd.BenchDir()
		if err != nil {
			return err
		}
		dir = filepath.Join(b, "programs", "wasm")
	}
	var targets []backend.Target
	for _, t := range benchcmd.SplitList(o.targets) {
		a, ok := abi.ParseArch(t)
		if !ok {
			return fmt.Errorf("-targets: %q is not amd64 or arm64", t)
		}
		targets = append(targets, backend.TargetFor(a))
	}
	if len(targets) == 0 {
		return errors.New("-targets: none given")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no programs in %s", dir)
	}
	want := map[string]bool{}    // selected programs, nil for all
	missing := map[string]bool{} // selected programs not found yet
	if o.programs != "all" {
		for _, p := range benchcmd.SplitList(o.programs) {
			want[p], missing[p] = true, true
		}
	} else {
		want = nil
	}
	skipKernels := map[string]bool{}
	for _, p := range benchcmd.SplitList(o.noKernels) {
		skipKernels[p] = true
	}
	// Every small program of the directory, selected or not, tells which
	// function shapes are library code, so that kernels do not depend on
	// -programs.
	mods := map[string]*wasm.Module{}
	shapes := map[string]map[uint64]bool{}
	var names []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".wasm")
		// The SIMD builds (NAME-simd.wasm) are the scalar programs' sources
		// again: their shapes would make the scalar programs' own functions
		// look like library code, and arm64 cannot compile SIMD yet. So
		// they are only analyzed when named, and never define library code.
		simd := strings.HasSuffix(name, "-simd")
		if simd && (want == nil || !want[name]) {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		m, err := wasm.Decode(b)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		if len(m.Codes) < largeFuncs && !simd {
			if shapes[name], err = codestats.Shapes(m); err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
		}
		if want == nil || want[name] {
			mods[name] = m
			names = append(names, name)
			delete(missing, name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("-programs: no %s.wasm in %s", strings.Join(slices.Sorted(maps.Keys(missing)), ".wasm, no "), dir)
	}
	var progs []*program
	for _, name := range names {
		m := mods[name]
		if err := validate.Module(m); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		t0 := time.Now()
		mod, err := codestats.Analyze(context.Background(), m, targets)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		fmt.Fprintf(stderr, "codestats: %s: %d functions, %v\n", name, len(m.Codes), time.Since(t0).Round(time.Millisecond))
		p := &program{name: name, mod: mod, large: len(m.Codes) >= largeFuncs}
		if !p.large && !skipKernels[name] {
			var others []map[uint64]bool
			for n, s := range shapes {
				if n != name {
					others = append(others, s)
				}
			}
			p.kernels = codestats.Kernels(mod, others, o.kernels)
		}
		progs = append(progs, p)
	}
	// Large programs last: they are a different kind of code.
	slices.SortStableFunc(progs, func(a, b *program) int { return boolCmp(a.large, b.large) })
	render(stdout, progs, targets, o.cmdline, time.Now().UTC())
	for _, p := range progs {
		for _, f := range p.mod.Funcs {
			for t, c := range f.Code {
				if c.Undecoded > 0 {
					fmt.Fprintf(stderr, "codestats: warning: %s function %d: %d bytes of %v code did not decode\n", p.name, f.Index, c.Undecoded, targets[t].Arch)
				}
			}
		}
	}
	return nil
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// findBenchDir finds the bench module from the working directory, as
// kilnbench does.
