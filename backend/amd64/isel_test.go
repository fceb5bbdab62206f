package amd64

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/backend/lower"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// Every function of the spec suite, SIMD included, goes through instruction
// selection and yields well-formed VCode.
func TestSelectSpecModules(t *testing.T) {
	dir, _ := testpaths.SpecTest()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if len(files) == 0 {
		t.Skip("spec suite not found")
	}
	tr := translate.New()
	n := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue // the suite's malformed and invalid modules
		}
		env := mach.NewEnv(m)
		for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
			f, err := tr.Function(m, i)
			if err != nil {
				t.Errorf("%s function %d: %v", filepath.Base(file), i, err)
				continue
			}
			if err := opt.Optimize(f, false); err != nil {
				t.Fatal(err)
			}
			lower.Prepare(f, env)
			l, err := Select(f, env)
			if err != nil {
				t.Errorf("%s: %v", filepath.Base(file), err)
				continue
			}
			if err := l.Code.Check(); err != nil {
				t.Errorf("%s function %d: %v", filepath.Base(file), i, err)
			}
			n++
		}
	}
	t.Logf("%d functions selected", n)
	if n < 4000 {
		t.Errorf("only %d functions selected", n)
	}
}

func selectText(t *testing.T, text string) *Lowered {
	t.Helper()
	f, err := ir.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Verify(f); err != nil {
		t.Fatal(err)
	}
	env := &mach.Env{Layout: &abi.Layout{}, FuncType: func(uint32) ir.Signature { return ir.Signature{} }}
	l, err := Select(f, env)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func countOps(l *Lowered, op mop) int {
	n := 0
	for _, m := range l.Insts {
		if m.op == op {
			n++
		}
	}
	return n
}

// A load used once by an add right after it becomes the add's memory
// operand; a store in between prevents it.
func TestLoadFolding(t *testing.T) {
	l := selectText(t, `func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = load 8 v0
    v3:i32 = iadd v1, v2
    return v3
}`)
	if countOps(l, mAluMem) != 1 || countOps(l, mLoad) != 0 {
		t.Errorf("load not folded: %d alumem, %d load", countOps(l, mAluMem), countOps(l, mLoad))
	}
	l = selectText(t, `func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = load 8 v0
    store 8 v0, v1
    v3:i32 = iadd v1, v2
    return v3
}`)
	if countOps(l, mAluMem) != 0 || countOps(l, mLoad) != 1 {
		t.Errorf("load folded across a store")
	}
}
