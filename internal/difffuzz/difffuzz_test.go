package difffuzz

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// corpusDir holds reproducers: every .wasm there is checked by
// TestCorpus, with the description in the .txt beside it.
const corpusDir = "testdata/fuzz/difffuzz"

// ciModules is the size of TestGenerated's batch.
const ciModules = 300

// TestGenerated checks a fixed batch of generated modules; a divergence
// or an invalid module leaves a reproducer in corpusDir.
func TestGenerated(t *testing.T) {
	n := ciModules
	if testing.Short() {
		n = 60
	}
	var sum Summary
	for seed := uint64(0); seed < uint64(n); seed++ {
		b := Generate(seed)
		r := Check(b, Options{Exact: true})
		sum.Add(r)
		if r.Status == Diverged || r.Status == Invalid {
			path, err := WriteReproducer(corpusDir, fmt.Sprintf("gen-seed%d", seed), b, r)
			if err != nil {
				t.Error(err)
			}
			t.Errorf("seed %d: %v: %s (reproducer %s)", seed, r.Status, r.Detail, path)
		}
	}
	t.Log(sum.String())
	if sum.Skipped > n/20 {
		t.Errorf("%d of %d modules skipped", sum.Skipped, n)
	}
}

// TestGeneratedUnoptimized checks a batch of generated modules compiled
// without the optimization passes (kiln.OptNone): instruction selection
// and register allocation then meet IR shapes the passes would have
// removed (single-target br_tables, unreachable blocks, dead values).
func TestGeneratedUnoptimized(t *testing.T) {
	n := ciModules / 3
	if testing.Short() {
		n = 20
	}
	var sum Summary
	for seed := uint64(1 << 20); seed < 1<<20+uint64(n); seed++ {
		b := Generate(seed)
		r := Check(b, Options{Exact: true, OptNone: true})
		sum.Add(r)
		if r.Status == Diverged || r.Status == Invalid {
			t.Errorf("seed %d (unoptimized): %v: %s", seed, r.Status, r.Detail)
		}
	}
	t.Log(sum.String())
}

// TestCorpus re-runs the reproducers. One whose description starts with
// "known:" is a divergence not fixed yet: it must still diverge (the test
// fails once it passes, so that the mark is removed).
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.wasm"))
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".wasm")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			desc, _ := os.ReadFile(strings.TrimSuffix(f, ".wasm") + ".txt")
			known := strings.HasPrefix(string(desc), "known:")
			r := Check(b, Options{Exact: strings.HasPrefix(name, "gen-")})
			switch {
			case known && r.Status == Diverged:
				t.Logf("known divergence: %s", r.Detail)
			case known:
				t.Errorf("known divergence no longer diverges (%v: %s): remove the mark in %s.txt", r.Status, r.Detail, name)
			case r.Status == Diverged || r.Status == Invalid:
				t.Errorf("%v: %s\n(recorded: %s)", r.Status, r.Detail, strings.TrimSpace(string(desc)))
			}
		})
	}
}

// FuzzDiff turns the fuzzer's bytes into a generator seed.
func FuzzDiff(f *testing.F) {
	for _, s := range []uint64{0, 1, 42, 1 << 40} {
		f.Add(binary.LittleEndian.AppendUint64(nil, s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		seed := SeedFromBytes(data)
		b := Generate(seed)
		if r := Check(b, Options{Exact: true}); r.Status == Diverged || r.Status == Invalid {
			t.Fatalf("seed %d: %v: %s", seed, r.Status, r.Detail)
		}
	})
}

// SeedFromBytes is FuzzDiff's mapping: 8 bytes are the seed itself
// (little-endian), anything else is hashed.
func SeedFromBytes(data []byte) uint64 {
	if len(data) == 8 {
		return binary.LittleEndian.Uint64(data)
	}
	h := fnv.New64a()
	h.Write(data)
	return h.Sum64()
}

// The generator is deterministic and covers every non-SIMD instruction
// of WebAssembly 2.0.
func TestGeneratorCoverage(t *testing.T) {
	seen := map[wasm.Opcode]int{}
	for seed := uint64(0); seed < 300; seed++ {
		b := Generate(seed)
		if string(b) != string(Generate(seed)) {
			t.Fatalf("seed %d: two different modules", seed)
		}
		m, err := wasm.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range m.Codes {
			r := wasm.NewInstrReader(c.Body, 0)
			var in wasm.Instr
			for r.More() {
				if err := r.Next(&in); err != nil {
					t.Fatal(err)
				}
				seen[in.Op]++
			}
		}
	}
	var missing []string
	for op := wasm.Opcode(0); op < 0xFD00; op++ {
		if op > 0xff && op < 0xFC00 {
			continue
		}
		if op.Info().Valid && seen[op] == 0 {
			missing = append(missing, op.Info().Name)
		}
	}
	if len(missing) > 0 {
		t.Errorf("instructions never generated: %v", missing)
	}
}

// TestBinaryen checks a few modules from binaryen's fuzzer, if wasm-opt
// is installed.
func TestBinaryen(t *testing.T) {
	wasmOpt, err := exec.LookPath("wasm-opt")
	if err != nil {
		t.Skip("wasm-opt (binaryen) not installed")
	}
	dir := t.TempDir()
	var sum Summary
	for seed := uint64(0); seed < 30; seed++ {
		b, err := BinaryenModule(wasmOpt, dir, "t", seed)
		if err != nil {
			t.Fatal(err)
		}
		r := Check(b, Options{})
		sum.Add(r)
		switch r.Status {
		case Diverged:
			path, err := WriteReproducer(corpusDir, fmt.Sprintf("ttf-seed%d", seed), b, r)
			if err != nil {
				t.Error(err)
			}
			t.Errorf("seed %d: %s (reproducer %s)", seed, r.Detail, path)
		case Invalid:
			t.Logf("seed %d: binaryen made a module Kiln rejects: %s", seed, r.Detail)
		}
	}
	t.Log(sum.String())
}
