package amd64

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

func irSig(t wasm.FuncType) ir.Signature {
	conv := func(ts []wasm.ValType) []ir.Type {
		out := make([]ir.Type, len(ts))
		for i, v := range ts {
			out[i] = map[wasm.ValType]ir.Type{wasm.I32: ir.I32, wasm.I64: ir.I64, wasm.F32: ir.F32, wasm.F64: ir.F64,
				wasm.V128: ir.V128, wasm.FuncRef: ir.FuncRef, wasm.ExternRef: ir.ExternRef}[v]
		}
		return out
	}
	return ir.Signature{Params: conv(t.Params), Results: conv(t.Results)}
}

func envFor(m *wasm.Module) *Env {
	return &Env{
		FuncType:         func(i uint32) ir.Signature { return irSig(m.Types[m.FuncTypes[i]]) },
		Type:             func(i uint32) ir.Signature { return irSig(m.Types[i]) },
		NumImportedFuncs: m.NumImportedFuncs,
		Layout:           backend.NewLayout(m),
	}
}

// Every non-SIMD function of the spec suite goes through instruction
// selection and yields well-formed VCode.
func TestSelectSpecModules(t *testing.T) {
	dir, _ := testpaths.SpecTest()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if len(files) == 0 {
		t.Skip("spec suite not found")
	}
	tr := translate.New()
	n, unsupported := 0, 0
	for _, file := range files {
		b, _ := os.ReadFile(file)
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue
		}
		env := envFor(m)
		for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
			f, err := tr.Function(m, i)
			if err != nil {
				continue
			}
			if err := opt.Optimize(f, false); err != nil {
				t.Fatal(err)
			}
			opt.SplitCriticalEdges(f)
			l, err := Select(f, env)
			if errors.Is(err, errUnsupported) {
				unsupported++
				continue
			}
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
	t.Logf("%d functions selected, %d unsupported", n, unsupported)
}
