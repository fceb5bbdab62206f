package translate_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// translateAll translates every body of the module and verifies the IR. It
// returns how many functions were translated and skipped as unsupported.
func translateAll(t *testing.T, name string, b []byte) (done, unsupported int) {
	m, err := wasm.Decode(b)
	if err != nil {
		return
	}
	if validate.Module(m) != nil {
		return
	}
	tr := translate.New()
	for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
		f, err := tr.Function(m, i)
		if errors.Is(err, translate.ErrUnsupported) {
			unsupported++
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := ir.Verify(f); err != nil {
			t.Errorf("%s: function %d: %v\n%s", name, i, err, f)
			continue
		}
		// The text form must parse back to the same function.
		g, err := ir.Parse(f.String())
		if err != nil || g.String() != f.String() {
			t.Errorf("%s: function %d does not round-trip: %v", name, i, err)
		}
		done++
	}
	return
}

func TestSpecModulesTranslate(t *testing.T) {
	dir, fromEnv := testpaths.SpecTest()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if len(files) == 0 {
		if fromEnv {
			t.Fatalf("no modules in %s", dir)
		}
		t.Skip("spec suite not found")
	}
	total, unsupported := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, u := translateAll(t, filepath.Base(f), b)
		total += d
		unsupported += u
		if strings.HasPrefix(filepath.Base(f), "simd") {
			continue
		}
		if u > 0 {
			t.Errorf("%s: %d functions unsupported outside the SIMD scripts", f, u)
		}
	}
	t.Logf("%d functions translated and verified, %d unsupported (SIMD)", total, unsupported)
}

func TestRealModulesTranslate(t *testing.T) {
	dir, _ := testpaths.WASITestsuite()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.wasm"))
	if len(files) == 0 {
		t.Skip("WASI testsuite not found")
	}
	for _, f := range files[:min(len(files), 20)] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		translateAll(t, filepath.Base(f), b)
	}
}
