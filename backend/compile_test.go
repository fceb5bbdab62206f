package backend

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// targets are the instruction sets every compile test covers, whatever
// the host: code generation needs no execution.
var targets = []Target{
	{Arch: abi.ArchAMD64, Features: abi.BaselineFeatures(abi.ArchAMD64) | abi.FeatLZCNT | abi.FeatBMI1},
	{Arch: abi.ArchARM64},
}

// compileBytes decodes, validates and compiles for target; it returns
// (nil, nil) for inputs that are not valid modules.
func compileBytes(b []byte, target Target, workers int) ([]byte, error) {
	m, err := wasm.Decode(b)
	if err != nil || validate.Module(m) != nil {
		return nil, nil
	}
	c, err := Compile(context.Background(), m, Options{Target: target, Workers: workers})
	if err != nil {
		return nil, err
	}
	return c.Code, nil
}

// checkCompile fails on any error: the compiler must never fail (let
// alone panic) on a valid module, except for the one limit left, more
// results than result registers ("not supported yet").
func checkCompile(t *testing.T, name string, b []byte) {
	for _, tg := range targets {
		_, err := compileBytes(b, tg, 1)
		if err != nil && !(errors.Is(err, ErrUnsupported) && strings.Contains(err.Error(), "results")) {
			t.Errorf("%s for %v: %v", name, tg.Arch, err)
		}
	}
}

// FuzzCompile compiles arbitrary valid modules for every target; seeds are the spec suite's
// modules and, when binaryen is installed, random modules from wasm-opt -ttf.
func FuzzCompile(f *testing.F) {
	testpaths.AddSpecSeeds(f, 32<<10-1)
	f.Fuzz(func(t *testing.T, b []byte) { checkCompile(t, "input", b) })
}

// TestCompileGenerated compiles random valid modules made by binaryen's
// fuzzer (wasm-opt -ttf), with the features of WebAssembly 2.0, without
// and with SIMD; the SIMD functions are also translated and optimized with
// the IR verified after every pass.
func TestCompileGenerated(t *testing.T) {
	for _, simd := range []bool{false, true} {
		t.Run(map[bool]string{false: "scalar", true: "simd"}[simd], func(t *testing.T) { compileGenerated(t, simd) })
	}
}

func compileGenerated(t *testing.T, simd bool) {
	wasmOpt, err := exec.LookPath("wasm-opt")
	if err != nil {
		t.Skip("wasm-opt (binaryen) not installed")
	}
	dir := t.TempDir()
	compiled, vectorFuncs := 0, 0
	defer func() { t.Logf("%d generated modules compiled, %d functions with vectors", compiled, vectorFuncs) }()
	for seed := 0; seed < 40; seed++ {
		in := filepath.Join(dir, "seed")
		data := bytes.Repeat([]byte{byte(seed), byte(seed * 7), byte(seed * 13)}, 400)
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out.wasm")
		simdFlag := "--disable-simd"
		if simd {
			simdFlag = "--enable-simd"
		}
		cmd := exec.Command(wasmOpt, "-ttf", in, "-o", out, simdFlag, "--disable-threads",
			"--disable-gc", "--disable-exception-handling", "--disable-tail-call", "--disable-memory64",
			"--disable-relaxed-simd", "--disable-extended-const", "--disable-typed-function-references")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("wasm-opt: %v: %s", err, msg)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil {
			t.Errorf("seed %d: generated module does not decode: %v", seed, err)
			continue
		}
		if err := validate.Module(m); err != nil {
			// binaryen may use features beyond 2.0 despite the flags.
			if !strings.Contains(err.Error(), "illegal opcode") {
				t.Logf("seed %d: generated module is not valid 2.0: %v", seed, err)
			}
			continue
		}
		checkCompile(t, fmt.Sprintf("seed %d", seed), b)
		if simd {
			vectorFuncs += checkVectorIR(t, fmt.Sprintf("seed %d", seed), m)
		}
		compiled++
	}
}

// rustModule returns the first program of the WASI testsuite's rust/.
func rustModule(t *testing.T) []byte {
	t.Helper()
	dir, _ := testpaths.WASITestsuite()
	files, _ := filepath.Glob(filepath.Join(dir, "rust", "*.wasm"))
	if len(files) == 0 {
		t.Skip("WASI testsuite not found")
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Compilation is deterministic: the same module gives the same bytes with
// one worker and with several.
func TestCompileDeterministic(t *testing.T) {
	b := rustModule(t)
	for _, tg := range targets {
		one, err := compileBytes(b, tg, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []int{2, 4} {
			many, err := compileBytes(b, tg, w)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(one, many) {
				t.Fatalf("%v: %d workers produce different code than 1", tg.Arch, w)
			}
		}
	}
}

// Compile returns soon after its context is done, even on a large module:
// workers stop at their next check, and Compile does not wait for them.
func TestCompileHonoursDeadline(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "gobig.wasm"))
	if err != nil {
		t.Skip(err)
	}
	m, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(m); err != nil {
		t.Fatal(err)
	}
	for _, d := range []time.Duration{0, 100 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		start := time.Now()
		_, err := Compile(ctx, m, Options{})
		took := time.Since(start)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("deadline %v: got %v", d, err)
		}
		t.Logf("deadline %v: returned after %v", d, took)
		// The bar is 200 ms after a 100 ms deadline; allow for a
		// loaded 2-core machine.
		if took > d+300*time.Millisecond {
			t.Errorf("deadline %v: returned after %v", d, took)
		}
	}
}

// A function body over Options.MaxFunctionBytes is refused before any
// work starts.
func TestMaxFunctionBytes(t *testing.T) {
	b := rustModule(t)
	m, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(context.Background(), m, Options{MaxFunctionBytes: 16})
	if err == nil || !strings.Contains(err.Error(), "over the limit of 16") {
		t.Fatalf("got %v", err)
	}
}

// checkVectorIR translates and optimizes every function of m with the IR
// verified after each pass (the compiler's pass list runs without the
// verifier).
func checkVectorIR(t *testing.T, name string, m *wasm.Module) (vectorFuncs int) {
	tr := translate.New()
	for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
		f, err := tr.Function(m, i)
		if err != nil {
			t.Errorf("%s: function %d: %v", name, i, err)
			continue
		}
		if f.UsesVectors() {
			vectorFuncs++
		}
		if err := opt.Optimize(f, true); err != nil {
			t.Errorf("%s: function %d: %v", name, i, err)
		}
	}
	return vectorFuncs
}
