package amd64_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/amd64"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// TestHandAssemblerMatchesGoasm compiles the benchmark programs and the
// spec suite's modules twice, assembled by the hand encoder (golang-asm
// for the rest) and by golang-asm alone, for the baseline CPU and with
// every optional feature, and checks that the code, relocations, trap
// sites and jump tables are the same to the byte (without the padding
// before loops, which TestSpanPads checks).
func TestHandAssemblerMatchesGoasm(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testpaths.RepoRoot(), "bench/programs/wasm/*.wasm"))
	if testing.Short() {
		files = nil
	}
	// gobig (17.5 MB) would take most of the test's time four times over;
	// it was compared once when the encoder landed.
	files = slices.DeleteFunc(files, func(f string) bool { return filepath.Base(f) == "gobig.wasm" })
	if dir, ok := testpaths.SpecTest(); ok {
		spec, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
		files = append(files, spec...)
	}
	if len(files) == 0 {
		t.Skip("no modules")
	}
	targets := []backend.Target{
		{Arch: abi.ArchAMD64, Features: abi.BaselineFeatures(abi.ArchAMD64)},
		{Arch: abi.ArchAMD64, Features: abi.BaselineFeatures(abi.ArchAMD64) | abi.FeatLZCNT | abi.FeatBMI1 | abi.FeatBMI2 | abi.FeatAVX},
	}
	defer amd64.SetGoasmOnly(false)
	// golang-asm has no alignment directive for x86.
	amd64.SetLoopAlign(false)
	defer amd64.SetLoopAlign(true)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue
		}
		for _, tg := range targets {
			if filepath.Base(f) == "gobig.wasm" && tg.Features != targets[1].Features {
				continue // once is enough for 17 MB
			}
			var got [2]any
			for k, only := range []bool{false, true} {
				amd64.SetGoasmOnly(only)
				c, err := backend.Compile(context.Background(), m, backend.Options{Target: tg})
				if err != nil {
					got[k] = err.Error()
				} else {
					got[k] = c
				}
			}
			if !reflect.DeepEqual(got[0], got[1]) {
				t.Errorf("%s for %v: the hand assembler's output differs from golang-asm's", filepath.Base(f), tg)
			}
			n++
		}
	}
	t.Logf("%d compilations compared", n)
}
