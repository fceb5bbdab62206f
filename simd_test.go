package kiln_test

import (
	"context"
	"testing"

	"github.com/kilnwasm/kiln"
)

// v128 values cross the Go API as kiln.V128, in calls (arguments and
// results, multi-value included) and globals.
//
//	(module
//	  (global (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
//	  (func (export "add") (param v128 v128) (result v128)
//	    (i32x4.add (local.get 0) (local.get 1)))
//	  (func (export "addg") (param v128) (result v128 i32)
//	    (global.set 0 (i32x4.add (global.get 0) (local.get 0)))
//	    (global.get 0) (i32.const 7)))
var v128Module = []byte("\x00\x61\x73\x6d\x01\x00\x00\x00\x01\x0d\x02\x60\x02\x7b\x7b\x01\x7b\x60\x01\x7b\x02\x7b\x7f\x03" +
	"\x03\x02\x00\x01\x06\x16\x01\x7b\x01\xfd\x0c\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04" +
	"\x00\x00\x00\x0b\x07\x12\x03\x01\x67\x03\x00\x03\x61\x64\x64\x00\x00\x04\x61\x64\x64\x67\x00\x01" +
	"\x0a\x1b\x02\x09\x00\x20\x00\x20\x01\xfd\xae\x01\x0b\x0f\x00\x23\x00\x20\x00\xfd\xae\x01\x24\x00" +
	"\x23\x00\x41\x07\x0b")

func TestV128API(t *testing.T) {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, v128Module)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, kiln.NewImports())
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	i32x4 := func(a, b, c, d uint32) kiln.V128 {
		var v kiln.V128
		for k, x := range []uint32{a, b, c, d} {
			v[4*k], v[4*k+1], v[4*k+2], v[4*k+3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
		}
		return v
	}
	got, err := inst.Func("add").Call(ctx, i32x4(1, 2, 3, 0xffffffff), i32x4(10, 20, 30, 2))
	if err != nil || got[0] != i32x4(11, 22, 33, 1) {
		t.Fatalf("add: %v, %v", got, err)
	}
	got, err = inst.Func("addg").Call(ctx, i32x4(100, 100, 100, 100))
	if err != nil || got[0] != i32x4(101, 102, 103, 104) || got[1] != int32(7) {
		t.Fatalf("addg: %v, %v", got, err)
	}
	g := inst.Global("g")
	if v, err := g.Get(); err != nil || v != i32x4(101, 102, 103, 104) {
		t.Fatalf("global: %v, %v", v, err)
	}
	if err := g.Set(i32x4(5, 6, 7, 8)); err != nil {
		t.Fatal(err)
	}
	if v, _ := g.Get(); v != i32x4(5, 6, 7, 8) {
		t.Fatalf("global after Set: %v", v)
	}
	if err := g.Set(int32(1)); err == nil {
		t.Fatal("an int32 stored into a v128 global")
	}
	if _, err := inst.Func("add").Call(ctx, int32(1), int32(2)); err == nil {
		t.Fatal("int32 arguments accepted for v128 parameters")
	}
}
