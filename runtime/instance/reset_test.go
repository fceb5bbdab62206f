package instance_test

import (
	"context"
	"errors"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
)

// resetWasm dirties everything Reset puts back, and probes it:
//
//	(module
//	  (import "host" "reset" (func $reset))
//	  (memory 1 3)
//	  (global $g (mut i32) (i32.const 5))
//	  (global $v (mut v128) (v128.const i64x2 1 2))
//	  (global $s (mut i32) (i32.const 0))
//	  (table $t 2 10 funcref)
//	  (func $f (result i32) (i32.const 42))
//	  (elem (i32.const 0) $f)
//	  (elem $pe func $f)
//	  (data (i32.const 100) "A")
//	  (data $pd "WXYZ")
//	  (func $start (global.set $s (i32.add (global.get $s) (i32.const 1))))
//	  (start $start)
//	  (func (export "dirty")
//	    (global.set $g (i32.const 7))
//	    (global.set $v (v128.const i64x2 3 4))
//	    (i32.store8 (i32.const 100) (i32.const 0xff))
//	    (i32.store8 (i32.const 60000) (i32.const 0xee))
//	    (drop (memory.grow (i32.const 1)))
//	    (i32.store8 (i32.const 65536) (i32.const 1))
//	    (drop (table.grow $t (ref.func $f) (i32.const 3)))
//	    (table.set $t (i32.const 0) (ref.null func))
//	    (data.drop $pd)
//	    (elem.drop $pe))
//	  (func (export "probe") (result i64)
//	    ;; g | v.lo<<8 | s<<16 | mem[100]<<24 | mem[60000]<<32 | pages<<40 | tsize<<48 | t0set<<56
//	    (i64.or
//	      (i64.or
//	        (i64.or (i64.extend_i32_u (global.get $g))
//	                (i64.shl (i64x2.extract_lane 0 (global.get $v)) (i64.const 8)))
//	        (i64.or (i64.shl (i64.extend_i32_u (global.get $s)) (i64.const 16))
//	                (i64.shl (i64.load8_u (i32.const 100)) (i64.const 24))))
//	      (i64.or
//	        (i64.or (i64.shl (i64.load8_u (i32.const 60000)) (i64.const 32))
//	                (i64.shl (i64.extend_i32_u (memory.size)) (i64.const 40)))
//	        (i64.or (i64.shl (i64.extend_i32_u (table.size $t)) (i64.const 48))
//	                (i64.shl (i64.extend_i32_u (i32.eqz (ref.is_null (table.get $t (i32.const 0))))) (i64.const 56))))))
//	  (func (export "inner") (call $reset))
//	  (func (export "segs") (result i32)
//	    ;; traps if either passive segment was dropped
//	    (memory.init $pd (i32.const 200) (i32.const 0) (i32.const 4))
//	    (table.init $t $pe (i32.const 1) (i32.const 0) (i32.const 1))
//	    (i32.load (i32.const 200)))
//	)
var resetWasm = []byte("\x00\x61\x73\x6d\x01\x00\x00\x00\x01\x0c\x03\x60\x00\x00\x60\x00\x01\x7f\x60\x00\x01\x7e\x02\x0e" +
	"\x01\x04\x68\x6f\x73\x74\x05\x72\x65\x73\x65\x74\x00\x00\x03\x07\x06\x01\x00\x00\x02\x00\x01\x04" +
	"\x05\x01\x70\x01\x02\x0a\x05\x04\x01\x01\x01\x03\x06\x20\x03\x7f\x01\x41\x05\x0b\x7b\x01\xfd\x0c" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x0b\x7f\x01\x41\x00\x0b\x07\x20" +
	"\x04\x05\x64\x69\x72\x74\x79\x00\x03\x05\x70\x72\x6f\x62\x65\x00\x04\x05\x69\x6e\x6e\x65\x72\x00" +
	"\x05\x04\x73\x65\x67\x73\x00\x06\x08\x01\x02\x09\x0b\x02\x00\x41\x00\x0b\x01\x01\x01\x00\x01\x01" +
	"\x0c\x01\x02\x0a\xc8\x01\x06\x04\x00\x41\x2a\x0b\x09\x00\x23\x02\x41\x01\x6a\x24\x02\x0b\x4f\x00" +
	"\x41\x07\x24\x00\xfd\x0c\x03\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x24\x01" +
	"\x41\xe4\x00\x41\xff\x01\x3a\x00\x00\x41\xe0\xd4\x03\x41\xee\x01\x3a\x00\x00\x41\x01\x40\x00\x1a" +
	"\x41\x80\x80\x04\x41\x01\x3a\x00\x00\xd2\x01\x41\x03\xfc\x0f\x00\x1a\x41\x00\xd0\x70\x26\x00\xfc" +
	"\x09\x01\xfc\x0d\x01\x0b\x44\x00\x23\x00\xad\x23\x01\xfd\x1d\x00\x42\x08\x86\x84\x23\x02\xad\x42" +
	"\x10\x86\x41\xe4\x00\x31\x00\x00\x42\x18\x86\x84\x84\x41\xe0\xd4\x03\x31\x00\x00\x42\x20\x86\x3f" +
	"\x00\xad\x42\x28\x86\x84\xfc\x10\x00\xad\x42\x30\x86\x41\x00\x25\x00\xd1\x45\xad\x42\x38\x86\x84" +
	"\x84\x84\x0b\x04\x00\x10\x00\x0b\x1d\x00\x41\xc8\x01\x41\x00\x41\x04\xfc\x08\x01\x00\x41\x01\x41" +
	"\x00\x41\x01\xfc\x0c\x01\x00\x41\xc8\x01\x28\x02\x00\x0b\x0b\x0e\x02\x00\x41\xe4\x00\x0b\x01\x41" +
	"\x01\x04\x57\x58\x59\x5a")

// resetGlobWasm is (module (import "host" "g" (global i32))).
var resetGlobWasm = []byte("\x00\x61\x73\x6d\x01\x00\x00\x00\x02\x0b\x01\x04\x68\x6f\x73\x74\x01\x67\x03\x7f\x00")

// TestReset: after a call changed the globals (i32 and v128), memory
// (initial pages, growth), the table (size, elements) and dropped both
// passive segments, Reset brings every one back to what instantiation
// made, and runs the start function once more.
func TestReset(t *testing.T) {
	ctx := context.Background()
	mod := load(t, resetWasm)
	var inst *instance.Instance
	var resetErr error
	resolve := func(module, name string) (instance.Extern, bool) {
		return instance.Extern{Kind: wasm.ExternFunc, Func: &instance.Func{Type: wasm.FuncType{}, Host: &instance.HostFunc{
			Fn: func(context.Context, *instance.Instance, []uint64) error { resetErr = inst.Reset(ctx); return nil }}}}, true
	}
	inst, err := instance.Instantiate(ctx, mod, resolve)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	call := func(name string) (uint64, error) {
		s := make([]uint64, 1)
		err := inst.Exports()[name].Func.Call(ctx, s)
		return s[0], err
	}
	probe := func() uint64 {
		v, err := call("probe")
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// g 5, v.lo 1, one start, mem[100] 'A', mem[60000] 0, 1 page, 2 elements, element 0 set.
	const fresh = 0x01_02_01_00_41_01_01_05
	if got := probe(); got != fresh {
		t.Fatalf("a fresh instance: %#x, want %#x", got, fresh)
	}
	for round := 0; round < 3; round++ {
		if _, err := call("dirty"); err != nil {
			t.Fatal(err)
		}
		if got := probe(); got != 0x00_05_02_ee_ff_01_03_07 {
			t.Fatalf("after dirty: %#x", got)
		}
		if _, err := call("segs"); err == nil {
			t.Fatal("memory.init of a dropped segment did not trap")
		}
		if err := inst.Reset(ctx); err != nil {
			t.Fatal(err)
		}
		if got := probe(); got != fresh {
			t.Fatalf("after Reset: %#x, want %#x", got, fresh)
		}
		if v, err := call("segs"); err != nil || v != 0x5a595857 {
			t.Fatalf("the passive segments after Reset: %#x, %v", v, err)
		}
		if err := inst.Reset(ctx); err != nil { // segs wrote memory and the table
			t.Fatal(err)
		}
	}
	// Not while a call of the instance runs.
	if _, err := call("inner"); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(resetErr, instance.ErrNotResettable) {
		t.Errorf("Reset from inside a call: %v, want ErrNotResettable", resetErr)
	}
	if got := probe(); got != fresh {
		t.Errorf("after the refused Reset: %#x, want %#x", got, fresh)
	}
	inst.Close()
	if err := inst.Reset(ctx); !errors.Is(err, instance.ErrClosed) {
		t.Errorf("Reset of a closed instance: %v, want ErrClosed", err)
	}
}

// TestResetRefusesImportedState: an imported global (or memory, or
// table) is its exporter's state, which Reset cannot put back.
func TestResetRefusesImportedState(t *testing.T) {
	mod := load(t, resetGlobWasm)
	g := instance.NewGlobal(wasm.GlobalType{Type: wasm.I32}, 3)
	inst, err := instance.Instantiate(context.Background(), mod, func(string, string) (instance.Extern, bool) {
		return instance.Extern{Kind: wasm.ExternGlobal, Global: g}, true
	})
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	if err := inst.Reset(context.Background()); !errors.Is(err, instance.ErrNotResettable) {
		t.Errorf("got %v, want ErrNotResettable", err)
	}
}
