package kiln_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

// imageBehaviour instantiates mod and returns its initial memory and what
// memory.init and data.drop do on each segment after instantiation.
func imageBehaviour(t *testing.T, mod *kiln.Module) ([]byte, []string) {
	t.Helper()
	ctx := context.Background()
	inst, err := mod.Instantiate(ctx, kiln.NewImports())
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	mem, err := inst.Memory().Read(0, inst.Memory().Size())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	call := func(name string, args ...any) {
		_, err := inst.Func(name).Call(ctx, args...)
		var tr *kiln.Trap
		switch {
		case err == nil:
			got = append(got, name+" ok")
		case errors.As(err, &tr):
			got = append(got, name+" trap")
		default:
			t.Fatalf("%s: %v", name, err)
		}
	}
	for s := 0; s < 4; s++ {
		n := "init" + string(rune('0'+s))
		call(n, int32(0), int32(0), int32(0)) // allowed on a dropped segment
		call(n, int32(5000), int32(0), int32(1))
		call(n, int32(5000), int32(990), int32(10))
	}
	call("drop1")
	call("init1", int32(0), int32(0), int32(1))
	call("drop3")
	call("drop0")
	after, err := inst.Memory().Read(5000, 20)
	if err != nil {
		t.Fatal(err)
	}
	return mem, append(got, string(after))
}

// Artifacts precompute the initial memory (artifact.MemoryImage): loaded
// from bytes (copied) or from the cache (mapped from the file), an
// instance's memory and memory.init/data.drop behave exactly as when the
// segments are applied at instantiation.
func TestArtifactMemoryImage(t *testing.T) {
	ctx := context.Background()
	wasmBytes := wasmgen.DataImageModule()
	fresh, err := kiln.Compile(ctx, wasmBytes)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	// What the spec says, worked out here: the active segments applied in
	// order, then memory.init and data.drop on each segment.
	wantMem := make([]byte, 4*65536)
	for i := range 70000 {
		wantMem[100+i] = byte(i * 7)
	}
	for i := range 10 {
		wantMem[3*65536+5+i] = 0xee
	}
	for i := range 50 {
		wantMem[150+i] = 0xcc
	}
	after := make([]byte, 20) // at 5000 after init1(5000, 990, 10)
	for i := range after {
		if i < 10 {
			after[i] = byte((990+i)*3 + 1)
		} else {
			after[i] = wantMem[5000+i]
		}
	}
	wantOps := []string{
		"init0 ok", "init0 trap", "init0 trap", // active: dropped once applied
		"init1 ok", "init1 ok", "init1 ok", // passive
		"init2 ok", "init2 trap", "init2 trap",
		"init3 ok", "init3 trap", "init3 trap",
		"drop1 ok", "init1 trap", "drop3 ok", "drop0 ok", string(after),
	}
	if mem, ops := imageBehaviour(t, fresh); !bytes.Equal(mem, wantMem) || !slices.Equal(ops, wantOps) {
		t.Fatalf("compiled: the memory or the segment operations differ from the spec's (%q)", ops)
	}

	a, err := fresh.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if h, _, _, err := artifact.Decode(a); err != nil || h.Image == nil || fmt.Sprint(h.Image.Runs) != "[{0 2} {3 1}]" {
		t.Fatalf("the artifact has no memory image, or not the expected one (%v)", err)
	}
	fromBytes, err := kiln.LoadArtifact(a)
	if err != nil {
		t.Fatal(err)
	}
	defer fromBytes.Close()

	dir := t.TempDir()
	for i := 0; i < 2; i++ { // a miss, then a hit mapped from the cache
		m, err := kiln.Compile(ctx, wasmBytes, kiln.WithCache(dir))
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		for name, mod := range map[string]*kiln.Module{"bytes": fromBytes, "cache": m} {
			for round := 0; round < 2; round++ { // the second instance gets a clean image
				mem, ops := imageBehaviour(t, mod)
				if !bytes.Equal(mem, wantMem) {
					t.Errorf("%s: the initial memory differs", name)
				}
				if !slices.Equal(ops, wantOps) {
					t.Errorf("%s: %q, want %q", name, ops, wantOps)
				}
			}
		}
		if b, err := m.MarshalBinary(); err != nil || !bytes.Equal(b, a) {
			t.Errorf("MarshalBinary of a cached module: %v", err)
		}
	}
}
