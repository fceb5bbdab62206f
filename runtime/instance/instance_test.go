package instance_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// spin is (module (func (export "spin") (loop (br 0)))).
var spin = []byte("\x00asm\x01\x00\x00\x00" +
	"\x01\x04\x01\x60\x00\x00" + // type () -> ()
	"\x03\x02\x01\x00" + // one function
	"\x07\x08\x01\x04spin\x00\x00" + // export "spin"
	"\x0a\x09\x01\x07\x00\x03\x40\x0c\x00\x0b\x0b") // loop br 0 end end

func load(t *testing.T, b []byte) *instance.Module { return loadWith(t, b, backend.Options{}) }

func loadWith(t *testing.T, b []byte, opts backend.Options) *instance.Module {
	t.Helper()
	m, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(m); err != nil {
		t.Fatal(err)
	}
	c, err := backend.Compile(context.Background(), m, opts)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := instance.Load(m, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mod.Close() })
	return mod
}

// An infinite loop stops when its context's deadline passes: loop headers
// poll for interruption.
func TestInfiniteLoopIsInterrupted(t *testing.T) {
	mod := load(t, spin)
	inst, err := instance.Instantiate(context.Background(), mod, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = inst.Exports()["spin"].Func.Call(ctx, make([]uint64, 1))
	var tr *trap.Trap
	if !errors.As(err, &tr) || tr.Code != trap.CodeInterrupted {
		t.Fatalf("got %v, want trap interrupted", err)
	}
	if tr.Func == trap.NoFunc {
		t.Errorf("the trap does not say where: %v", tr)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("interruption took %v", d)
	}
}

// A loop whose only call is to a leaf without an entry poll
// (mach.Env.PollFree) polls itself, and so still stops: the same as
// spin, with "call $leaf" in the loop.
func TestLoopCallingPollFreeLeafIsInterrupted(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{}}
	var leaf, loop wasmgen.Code
	leaf.Op(wasm.OpNop)
	loop.Op(wasm.OpLoop).BlockEmpty().Op(wasm.OpCall).U32(0).Op(wasm.OpBr).U32(0).Op(wasm.OpEnd)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: leaf.B}, {TypeIndex: 0, Body: loop.B}}
	m.Exports = []wasmgen.Export{{Name: "spin", Kind: wasm.ExternFunc, Index: 1}}
	b := m.Encode()
	if dm, err := wasm.Decode(b); err != nil || !mach.NewEnv(dm).PollFree(0) {
		t.Fatalf("the leaf is not poll-free (%v)", err)
	}
	inst, err := instance.Instantiate(context.Background(), load(t, b), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err = inst.Exports()["spin"].Func.Call(ctx, make([]uint64, 1))
	var tr *trap.Trap
	if !errors.As(err, &tr) || tr.Code != trap.CodeInterrupted {
		t.Fatalf("got %v, want trap interrupted", err)
	}
}

// Code for another architecture, another ABI version or CPU features the
// machine lacks is refused at load time with a clear error.
func TestLoadRefusesIncompatibleCode(t *testing.T) {
	m, err := wasm.Decode(spin)
	if err != nil {
		t.Fatal(err)
	}
	host := abi.HostArch()
	good := &mach.Compiled{ABIVersion: abi.Version, Arch: host, Code: []byte{0xCC}, Layout: &abi.Layout{}}
	other := abi.ArchARM64
	if host == abi.ArchARM64 {
		other = abi.ArchAMD64
	}
	cases := []struct {
		name string
		edit func(c *mach.Compiled)
		want string
	}{
		{"arch", func(c *mach.Compiled) { c.Arch = other }, "the code is for " + other.String()},
		{"version", func(c *mach.Compiled) { c.ABIVersion = abi.Version + 1 }, "ABI version"},
		{"features", func(c *mach.Compiled) { c.Features = ^abi.HostFeatures(host) }, "CPU features this machine lacks"},
		{"reloc", func(c *mach.Compiled) { c.Relocs = []mach.LoadReloc{{Offset: 0, Kind: abi.RelocStubAbs64}} }, "outside the code"},
		{"reloc kind", func(c *mach.Compiled) {
			c.Code = make([]byte, 16)
			c.Relocs = []mach.LoadReloc{{Offset: 0, Kind: abi.RelocStubAbs64 + 1}}
		}, "kind 1"},
	}
	for _, tc := range cases {
		c := *good
		tc.edit(&c)
		_, err := instance.Load(m, &c)
		if !errors.Is(err, instance.ErrIncompatible) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want ErrIncompatible with %q", tc.name, err, tc.want)
		}
	}
}
