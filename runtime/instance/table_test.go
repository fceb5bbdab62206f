package instance_test

import (
	"context"
	"errors"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// tableCodeWasm fills a funcref table by every way there is, with its own
// functions and an imported host function, and calls through it:
//
//	(module
//	  (import "host" "seven" (func $h (result i32)))
//	  (type $r (func (result i32)))
//	  (table $t 1 20 funcref)
//	  (func $a (result i32) (i32.const 1))
//	  (func $b (result i32) (i32.const 2))
//	  (elem (i32.const 0) $a)
//	  (elem $p func $b $h)
//	  (func (export "call") (param i32) (result i32)
//	    (call_indirect $t (type $r) (local.get 0)))
//	  (func (export "setup")
//	    (drop (table.grow $t (ref.func $b) (i32.const 2)))
//	    (table.fill $t (i32.const 2) (ref.func $h) (i32.const 1))
//	    (drop (table.grow $t (ref.null func) (i32.const 4)))
//	    (table.init $t $p (i32.const 3) (i32.const 0) (i32.const 2))
//	    (table.set $t (i32.const 5) (table.get $t (i32.const 0)))
//	    (table.copy $t $t (i32.const 6) (i32.const 2) (i32.const 1)))
//	  (func (export "clear") (param i32)
//	    (table.set $t (local.get 0) (ref.null func)))
//	)
var tableCodeWasm = []byte("\x00\x61\x73\x6d\x01\x00\x00\x00\x01\x11\x04\x60\x00\x01\x7f\x60\x01\x7f\x01\x7f\x60\x00\x00\x60" +
	"\x01\x7f\x00\x02\x0e\x01\x04\x68\x6f\x73\x74\x05\x73\x65\x76\x65\x6e\x00\x00\x03\x06\x05\x00\x00" +
	"\x01\x02\x03\x04\x05\x01\x70\x01\x01\x14\x07\x18\x03\x04\x63\x61\x6c\x6c\x00\x03\x05\x73\x65\x74" +
	"\x75\x70\x00\x04\x05\x63\x6c\x65\x61\x72\x00\x05\x09\x0c\x02\x00\x41\x00\x0b\x01\x01\x01\x00\x02" +
	"\x02\x00\x0a\x54\x05\x04\x00\x41\x01\x0b\x04\x00\x41\x02\x0b\x07\x00\x20\x00\x11\x00\x00\x0b\x37" +
	"\x00\xd2\x02\x41\x02\xfc\x0f\x00\x1a\x41\x02\xd2\x00\x41\x01\xfc\x11\x00\xd0\x70\x41\x04\xfc\x0f" +
	"\x00\x1a\x41\x03\x41\x00\x41\x02\xfc\x0c\x01\x00\x41\x05\x41\x00\x25\x00\x26\x00\x41\x06\x41\x02" +
	"\x41\x01\xfc\x0e\x00\x00\x0b\x08\x00\x20\x00\xd0\x70\x26\x00\x0b")

// tableLocalWasm is tableCodeWasm with a function of its own ($c) in
// place of the host's, so that every reference it holds is its own and
// its table holds packed elements (abi.TableEntryPacked), and "wrong"
// stores a function of another type:
//
//	(module
//	  (type $r (func (result i32)))
//	  (table $t 1 20 funcref)
//	  (func $a (result i32) (i32.const 1))
//	  (func $b (result i32) (i32.const 2))
//	  (func $c (result i32) (i32.const 7))
//	  (func $d (param i32) (result i32) (local.get 0))
//	  (elem (i32.const 0) $a)
//	  (elem $p func $b $c)
//	  (elem declare func $d)
//	  (func (export "call") ...)   ; as in tableCodeWasm
//	  (func (export "setup") ...)  ; as in tableCodeWasm, with $c for $h
//	  (func (export "clear") ...)  ; as in tableCodeWasm
//	  (func (export "wrong") (param i32)
//	    (table.set $t (local.get 0) (ref.func $d)))
//	)
var tableLocalWasm = []byte("\x00\x61\x73\x6d\x01\x00\x00\x00\x01\x11\x04\x60\x00\x01\x7f\x60\x01\x7f\x01\x7f\x60\x00\x00\x60" +
	"\x01\x7f\x00\x03\x09\x08\x00\x00\x00\x01\x01\x02\x03\x03\x04\x05\x01\x70\x01\x01\x14\x07\x20\x04" +
	"\x04\x63\x61\x6c\x6c\x00\x04\x05\x73\x65\x74\x75\x70\x00\x05\x05\x63\x6c\x65\x61\x72\x00\x06\x05" +
	"\x77\x72\x6f\x6e\x67\x00\x07\x09\x10\x03\x00\x41\x00\x0b\x01\x00\x01\x00\x02\x01\x02\x03\x00\x01" +
	"\x03\x0a\x67\x08\x04\x00\x41\x01\x0b\x04\x00\x41\x02\x0b\x04\x00\x41\x07\x0b\x04\x00\x20\x00\x0b" +
	"\x07\x00\x20\x00\x11\x00\x00\x0b\x37\x00\xd2\x01\x41\x02\xfc\x0f\x00\x1a\x41\x02\xd2\x02\x41\x01" +
	"\xfc\x11\x00\xd0\x70\x41\x04\xfc\x0f\x00\x1a\x41\x03\x41\x00\x41\x02\xfc\x0c\x01\x00\x41\x05\x41" +
	"\x00\x25\x00\x26\x00\x41\x06\x41\x02\x41\x01\xfc\x0e\x00\x00\x0b\x08\x00\x20\x00\xd0\x70\x26\x00" +
	"\x0b\x08\x00\x20\x00\xd2\x03\x26\x00\x0b")

// TestTableEntriesCarryCode: call_indirect calls the code that the
// element holds beside its reference (abi.TableEntryCode, or packed with
// the type key in a module whose references are all its own), so every
// writer of elements must keep the two together: an active segment,
// table.grow, table.fill, table.init (the runtime, in Go), table.set and
// table.copy, and a null stored over a function; and Reset. A call that
// reads an element half written traps rather than run the code of a
// function whose type it did not check.
func TestTableEntriesCarryCode(t *testing.T) {
	t.Run("import", func(t *testing.T) { testTableEntries(t, tableCodeWasm, false) })
	t.Run("packed", func(t *testing.T) { testTableEntries(t, tableLocalWasm, true) })
}

func testTableEntries(t *testing.T, bin []byte, packed bool) {
	ctx := context.Background()
	mod := load(t, bin)
	if got := mod.Compiled.Layout.LocalFuncRefs; got != packed {
		t.Fatalf("packed elements: %v, want %v", got, packed)
	}
	seven := &instance.Func{Type: wasm.FuncType{Results: []wasm.ValType{wasm.I32}}, Host: &instance.HostFunc{
		Type: wasm.FuncType{Results: []wasm.ValType{wasm.I32}},
		Fn:   func(_ context.Context, _ *instance.Instance, s []uint64) error { s[0] = 7; return nil }}}
	inst, err := instance.Instantiate(ctx, mod, func(module, name string) (instance.Extern, bool) {
		return instance.Extern{Kind: wasm.ExternFunc, Func: seven}, true
	})
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	run := runner(ctx, inst)
	calls := func(want []uint64) {
		t.Helper()
		for i, w := range want {
			got, err := run("call", uint64(i))
			if w == 0 {
				var tr *trap.Trap
				if !errors.As(err, &tr) || tr.Code != trap.CodeUninitializedElement {
					t.Errorf("element %d: %d, %v; want the trap %q", i, got, err, trap.CodeUninitializedElement)
				}
				continue
			}
			if err != nil || got != w {
				t.Errorf("element %d: %d, %v; want %d", i, got, err, w)
			}
		}
	}
	for round := 0; round < 2; round++ {
		calls([]uint64{1})
		if _, err := run("setup"); err != nil {
			t.Fatal(err)
		}
		calls([]uint64{1, 2, 7, 2, 7, 1, 7})
		for _, i := range []uint64{0, 2} {
			if _, err := run("clear", i); err != nil {
				t.Fatal(err)
			}
		}
		calls([]uint64{0, 2, 0, 2, 7, 1, 7})
		if err := inst.Reset(ctx); err != nil {
			t.Fatal(err)
		}
	}

	if _, err := run("setup"); err != nil {
		t.Fatal(err)
	}
	var tr *trap.Trap
	if packed {
		// A function of another type: its packed key is not the one expected.
		if _, err := run("wrong", 1); err != nil {
			t.Fatal(err)
		}
		if got, err := run("call", 1); !errors.As(err, &tr) || tr.Code != trap.CodeIndirectCallTypeMismatch {
			t.Errorf("element of another type: %d, %v; want the trap %q", got, err, trap.CodeIndirectCallTypeMismatch)
		}
		return
	}
	// An element read half written: the reference of $a (the type
	// expected) with the code of the host function. The call must not run
	// code whose type it has not checked.
	instance.TearEntry(inst, 0, 4, 0)
	if got, err := run("call", 4); !errors.As(err, &tr) || tr.Code != trap.CodeIndirectCallTypeMismatch {
		t.Errorf("torn element: %d, %v; want the trap %q", got, err, trap.CodeIndirectCallTypeMismatch)
	}
}

// tableKeysWasm holds packed elements and calls through two types of the
// same signature, declared apart:
//
//	(module
//	  (type $a (func (param i32) (result i32)))
//	  (type $b (func (param i32) (result i32)))
//	  (type $c (func (param i64) (result i32)))
//	  (table $t 4 10 funcref)
//	  (func $inc (type $a) (i32.add (local.get 0) (i32.const 1)))
//	  (func $dbl (type $b) (i32.mul (local.get 0) (i32.const 2)))
//	  (func $wide (type $c) (i32.wrap_i64 (local.get 0)))
//	  (elem (i32.const 0) $inc $dbl $wide)
//	  (elem declare func $dbl)
//	  (func (export "call_a") (param i32 i32) (result i32)
//	    (call_indirect $t (type $a) (local.get 1) (local.get 0)))
//	  (func (export "call_b") (param i32 i32) (result i32)
//	    (call_indirect $t (type $b) (local.get 1) (local.get 0)))
//	  (func (export "set3") (table.set $t (i32.const 3) (ref.func $dbl)))
//	  (func (export "grow") (result i32) (table.grow $t (ref.func $dbl) (i32.const 1)))
//	)
var tableKeysWasm = []byte("\x00\x61\x73\x6d\x01\x00\x00\x00\x01\x1d\x06\x60\x01\x7f\x01\x7f\x60\x01\x7f\x01\x7f\x60\x01\x7e" +
	"\x01\x7f\x60\x02\x7f\x7f\x01\x7f\x60\x00\x00\x60\x00\x01\x7f\x03\x08\x07\x00\x01\x02\x03\x03\x04" +
	"\x05\x04\x05\x01\x70\x01\x04\x0a\x07\x21\x04\x06\x63\x61\x6c\x6c\x5f\x61\x00\x03\x06\x63\x61\x6c" +
	"\x6c\x5f\x62\x00\x04\x04\x73\x65\x74\x33\x00\x05\x04\x67\x72\x6f\x77\x00\x06\x09\x0d\x02\x00\x41" +
	"\x00\x0b\x03\x00\x01\x02\x03\x00\x01\x01\x0a\x3e\x07\x07\x00\x20\x00\x41\x01\x6a\x0b\x07\x00\x20" +
	"\x00\x41\x02\x6c\x0b\x05\x00\x20\x00\xa7\x0b\x09\x00\x20\x01\x20\x00\x11\x00\x00\x0b\x09\x00\x20" +
	"\x01\x20\x00\x11\x01\x00\x0b\x08\x00\x41\x03\xd2\x01\x26\x00\x0b\x09\x00\xd2\x01\x41\x01\xfc\x0f" +
	"\x00\x0b")

// TestPackedTypeKeys: a packed element carries its function's type key
// (wasm.TypeKeys), which call_indirect compares with the key of the type
// it names: types declared apart with the same signature share a key
// whoever writes the element (an active segment, table.set in generated
// code, table.grow in the runtime), and a null element or one of another
// signature traps with its own code.
func TestPackedTypeKeys(t *testing.T) {
	ctx := context.Background()
	mod := load(t, tableKeysWasm)
	if !mod.Compiled.Layout.LocalFuncRefs {
		t.Fatal("the table does not hold packed elements")
	}
	inst, err := instance.Instantiate(ctx, mod, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	run := runner(ctx, inst)
	check := func(name string, elem, want uint64, code trap.Code) {
		t.Helper()
		got, err := run(name, elem, 5)
		if code != 0 {
			var tr *trap.Trap
			if !errors.As(err, &tr) || tr.Code != code {
				t.Errorf("%s(%d, 5) = %d, %v; want the trap %q", name, elem, got, err, code)
			}
			return
		}
		if err != nil || uint32(got) != uint32(want) {
			t.Errorf("%s(%d, 5) = %d, %v; want %d", name, elem, got, err, want)
		}
	}
	for _, name := range []string{"call_a", "call_b"} {
		check(name, 0, 6, 0)  // $inc, declared with $a
		check(name, 1, 10, 0) // $dbl, declared with $b
		check(name, 2, 0, trap.CodeIndirectCallTypeMismatch)
		check(name, 3, 0, trap.CodeUninitializedElement)
		check(name, 4, 0, trap.CodeUndefinedElement)
	}
	if _, err := run("set3"); err != nil {
		t.Fatal(err)
	}
	if got, err := run("grow"); err != nil || got != 4 {
		t.Fatalf("grow = %d, %v; want 4", got, err)
	}
	for _, name := range []string{"call_a", "call_b"} {
		check(name, 3, 10, 0)
		check(name, 4, 10, 0)
		check(name, 5, 0, trap.CodeUndefinedElement)
	}

	// A reference that is not the owner's (none can reach the table: the
	// module's shape says so) gets no code, not another instance's
	// function run with this one's VMCtx.
	other, err := instance.Instantiate(ctx, mod, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if code := instance.PackedCode(inst, 0, instance.FuncRef(inst, 1)); code == 0 {
		t.Error("the owner's own function packed as null")
	}
	if code := instance.PackedCode(inst, 0, instance.FuncRef(other, 1)); code != 0 {
		t.Errorf("another instance's function packed as %#x, want 0", code)
	}
}

// runner returns a function that calls inst's export name with args and
// returns its first result (0 if none).
func runner(ctx context.Context, inst *instance.Instance) func(name string, args ...uint64) (uint64, error) {
	return func(name string, args ...uint64) (uint64, error) {
		s := make([]uint64, max(len(args), 1))
		copy(s, args)
		err := inst.Exports()[name].Func.Call(ctx, s)
		return s[0], err
	}
}
