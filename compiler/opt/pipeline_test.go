package opt_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// Every function of the spec suite's modules goes through the whole
// pipeline with the verifier run after each pass; running the pipeline a
// second time must change nothing that the first did not reach (it must
// not loop or undo), and it must still verify.
func TestPipelineOnSpecModules(t *testing.T) {
	dir, fromEnv := testpaths.SpecTest()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if len(files) == 0 {
		if fromEnv {
			t.Fatalf("no modules in %s", dir)
		}
		t.Skip("spec suite not found")
	}
	tr := translate.New()
	n, before, after := 0, 0, 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue
		}
		for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
			f, err := tr.Function(m, i)
			if errors.Is(err, translate.ErrUnsupported) {
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			before += countInsts(f)
			if err := opt.Optimize(f, true); err != nil {
				t.Errorf("%s function %d: %v\n%s", filepath.Base(file), i, err, f)
				continue
			}
			after += countInsts(f)
			if err := opt.Optimize(f, true); err != nil {
				t.Errorf("%s function %d, second run: %v", filepath.Base(file), i, err)
			}
			n++
		}
	}
	t.Logf("%d functions: %d instructions before, %d after optimization", n, before, after)
}

func countInsts(f *ir.Func) int {
	n := 0
	for _, b := range f.Blocks() {
		for v := f.First(b); v != 0; v = f.Next(v) {
			n++
		}
	}
	return n
}
