package amd64

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend/internal/golden"
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
	files := testpaths.SpecModules(t)
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

// Select records what Emit needs of the frame: whether there is one (a
// call, a host exit) and the slots of a host exit's operands.
func TestFramed(t *testing.T) {
	leaf := selectText(t, `func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iadd v0, v1
    return v2
}`)
	if leaf.Framed || leaf.OutArgs != 0 {
		t.Errorf("leaf: Framed %v, OutArgs %d; want false, 0", leaf.Framed, leaf.OutArgs)
	}
	call := selectText(t, `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = call 0 v0
    return v1
}`)
	if !call.Framed {
		t.Error("call: not Framed")
	}
	host := selectText(t, `func "f"(i32, i32) -> () {
b0(v0:i32, v1:i32):
    call_builtin 5 v0, v1, v0
    return
}`)
	// Three uses and the result's def.
	if !host.Framed || host.OutArgs != 8*4 {
		t.Errorf("host exit: Framed %v, OutArgs %d; want true, 32", host.Framed, host.OutArgs)
	}
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

// An i32 address computed as (y << k) + c is folded into the addressing
// mode (index y scaled by 1<<k, displacement c plus the access's offset)
// when the i32 arithmetic cannot wrap, and only then.
func TestAddressFolding(t *testing.T) {
	c, err := golden.ParseCase("fold", `func "fold"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 255
    v3:i32 = iand v0, v2
    v4:i32 = iconst 2
    v5:i32 = ishl v3, v4
    v6:i32 = iconst 4032
    v7:i32 = iadd v5, v6
    v8:i32 = load 8 v7
    v9:i32 = iconst 1024
    v10:i32 = iadd v1, v9
    v11:i32 = load8_u 0 v10
    v12:i32 = iadd v8, v11
    v13:i32 = load8_u 0 v0
    v14:i32 = iconst 4
    v15:i32 = ishr_u v0, v14
    v16:i32 = iadd v15, v13
    v17:i32 = iconst 3
    v18:i32 = ishl v16, v17
    v19:i32 = iadd v12, v13
    store 16 v18, v19
    return v19
}`)
	if err != nil {
		t.Fatal(err)
	}
	out, err := golden.Compile(c, ISA{}, allFeatures)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"load.4 aux=5 scale=4 imm=4040 def v", // (v0 & 255) << 2 + 4032 + 8
		"lea.4 imm=1024 def v",                // v1 + 1024 can wrap: not folded
		"store.4 aux=4 scale=8 imm=16 v",      // ((v0 >> 4) + byte) << 3 + 16
	} {
		if !strings.Contains(out.VCode, want) {
			t.Errorf("no %q in\n%s", want, out.VCode)
		}
	}
	if strings.Contains(out.VCode, "shiftimm.4 imm=2") || strings.Contains(out.VCode, "imm=4032 ") {
		t.Errorf("the folded shift or addition is still computed:\n%s", out.VCode)
	}
}

// x + (y << k), k from 1 to 3, is one LEA.
func TestScaledIndexLea(t *testing.T) {
	c, err := golden.ParseCase("lea", `func "lea"(i32, i32, i64, i64) -> (i32, i64) {
b0(v0:i32, v1:i32, v2:i64, v3:i64):
    v4:i32 = iconst 2
    v5:i32 = ishl v1, v4
    v6:i32 = iadd v0, v5
    v7:i64 = iconst 3
    v8:i64 = ishl v3, v7
    v9:i64 = iadd v8, v2
    return v6, v9
}`)
	if err != nil {
		t.Fatal(err)
	}
	out, err := golden.Compile(c, ISA{}, allFeatures)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"lea.4 scale=4 def v", "lea.8 scale=8 def v"} {
		if !strings.Contains(out.VCode, want) {
			t.Errorf("no %q in\n%s", want, out.VCode)
		}
	}
	if strings.Contains(out.VCode, "shiftimm") {
		t.Errorf("the shifts are still computed:\n%s", out.VCode)
	}
}

// With BMI2, rotates by a constant are RORX (a rotl by k is a rotr by
// width-k) and shifts by a register SHLX, SARX and SHRX, with no copy and
// no count in CL; rotates by a register still use CL. With BMI1, x & ^y
// is one ANDN (either operand order, and the ^y fused only where it is
// used once). Without the features the code is the two-operand forms.
func TestBMISelection(t *testing.T) {
	c, err := golden.ParseCase("bmi", `func "bmi"(i32, i32, i64, i64) -> (i32, i64) {
b0(v0:i32, v1:i32, v2:i64, v3:i64):
    v4:i32 = iconst 7
    v5:i32 = irotl v0, v4
    v6:i32 = iconst 11
    v7:i32 = irotr v5, v6
    v8:i32 = ishl v7, v1
    v9:i32 = ishr_s v8, v1
    v10:i32 = ishr_u v9, v1
    v11:i32 = irotl v10, v1
    v12:i32 = iconst -1
    v13:i32 = ixor v11, v12
    v14:i32 = iand v0, v13
    v20:i64 = iconst 40
    v21:i64 = irotl v2, v20
    v22:i64 = ishl v21, v3
    v23:i64 = ishr_u v22, v3
    v24:i64 = ishr_s v23, v3
    v25:i64 = iconst -1
    v26:i64 = ixor v25, v24
    v27:i64 = iand v26, v2
    v28:i64 = ixor v27, v25
    v29:i64 = iand v28, v3
    v30:i64 = iadd v28, v29
    return v14, v30
}`)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		features abi.Features
		want     []string
		not      []string
	}{
		{allFeatures | abi.FeatBMI2,
			[]string{"rorx.4 imm=25 ", "rorx.4 imm=11 ", "shiftx.4 def", "shiftx.4 aux=1 def", "shiftx.4 aux=2 def", "shift.4 aux=3 mod",
				"rorx.8 imm=24 ", "shiftx.8 def", "shiftx.8 aux=2 def", "shiftx.8 aux=1 def", "andn.4 def", "andn.8 def", "aluimm.8 xor imm=-1"},
			[]string{"shiftimm", "shift.8", "aluimm.4 xor"}},
		{allFeatures &^ abi.FeatBMI1,
			[]string{"shiftimm.4 aux=3 imm=7 ", "shiftimm.4 aux=4 imm=11 ", "shift.4 mod", "shiftimm.8 aux=3 imm=40 ", "aluimm.4 xor imm=-1"},
			[]string{"rorx", "shiftx", "andn"}},
	} {
		out, err := golden.Compile(c, ISA{}, tc.features)
		if err != nil {
			t.Fatalf("%v: %v", tc.features, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.VCode, w) {
				t.Errorf("%v: no %q in\n%s", tc.features, w, out.VCode)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(out.VCode, w) {
				t.Errorf("%v: %q in\n%s", tc.features, w, out.VCode)
			}
		}
	}
}

// The BMI forms are refused for a CPU without them, not emitted.
func TestBMIRequired(t *testing.T) {
	for _, c := range []struct {
		m        minst
		features abi.Features
	}{
		{minst{op: mRorx, size: 4, imm: 3}, allFeatures},
		{minst{op: mShiftX, size: 8, aux: shShl}, allFeatures},
		{minst{op: mAndn, size: 8}, allFeatures&^abi.FeatBMI1 | abi.FeatBMI2},
	} {
		ops := []mach.Operand{def(RAX), use(RCX)}
		if c.m.op != mRorx {
			ops = append(ops, use(RDX))
		}
		ec := encCase{name: c.m.op.String(), code: []encInst{in(c.m, ops...)}}
		l, alloc := ec.lower()
		em := NewEmitter()
		em.allowed = c.features
		if _, err := em.Emit(l, alloc); !errors.Is(err, mach.ErrUnsupported) {
			t.Errorf("%v with %v: %v, want ErrUnsupported", c.m.op, c.features, err)
		}
	}
}
