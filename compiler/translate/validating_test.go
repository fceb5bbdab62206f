package translate_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// checkValidating translates every body of module b with
// FunctionValidating, in order, and compares with validating first: a
// valid module must give the same IR as Function, an invalid one the
// error validate.Module reports, from its first invalid body.
func checkValidating(t *testing.T, name string, b []byte) {
	m, err := wasm.Decode(b)
	if err != nil {
		return
	}
	want := validate.Module(m)
	bodies, err := validate.Prepare(m)
	if err != nil {
		if want == nil || err.Error() != want.Error() {
			t.Errorf("%s: Prepare: %v, Module: %v", name, err, want)
		}
		return
	}
	tr, ref := translate.New(), translate.New()
	v := bodies.NewBody()
	for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
		f, err := tr.FunctionValidating(m, i, v)
		if err != nil {
			var we *wasm.Error
			if want == nil || !errors.As(err, &we) || we.Error() != want.Error() {
				t.Errorf("%s: function %d: %v; validate.Module: %v", name, i, err, want)
			}
			return
		}
		if want != nil {
			continue // a later body is the invalid one
		}
		g, err := ref.Function(m, i)
		if err != nil || g.String() != f.String() {
			t.Errorf("%s: function %d: translated while validated:\n%s\nafter validation (%v):\n%s", name, i, f, err, g)
			return
		}
	}
	if want != nil {
		t.Errorf("%s: every body translated; validate.Module: %v", name, want)
	}
}

// The spec suite's modules, valid and invalid, translate while validated
// as they do after validation.
func TestFunctionValidating(t *testing.T) {
	files := testpaths.SpecModules(t)
	invalid := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m, err := wasm.Decode(b); err == nil && validate.Module(m) != nil {
			invalid++
		}
		checkValidating(t, filepath.Base(f), b)
	}
	if invalid == 0 {
		t.Error("no module decodes and is invalid: the check of errors did not run")
	}
}

// FuzzFunctionValidating: arbitrary modules translated while validated
// never panic (an internal compiler error is a failure) and agree with
// validating first.
func FuzzFunctionValidating(f *testing.F) {
	testpaths.AddSpecSeeds(f, 64<<10)
	f.Fuzz(func(t *testing.T, b []byte) { checkValidating(t, "input", b) })
}
