package kiln_test

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/kilnwasm/kiln"
)

func TestParseTarget(t *testing.T) {
	for _, c := range []struct {
		in, want string // want "" for an error
	}{
		{"amd64", "amd64:popcnt,sse4.1,sse4.2"},
		{"arm64", "arm64:none"},
		{"arm64:", "arm64:none"},
		{"arm64:none", "arm64:none"},
		{"amd64:popcnt,sse4.1,sse4.2,lzcnt", "amd64:popcnt,lzcnt,sse4.1,sse4.2"},
		{"amd64:avx,sse4.1,sse4.2,popcnt", "amd64:popcnt,sse4.1,sse4.2,avx"},
		{"amd64:none", ""},         // below x86-64-v2
		{"amd64:popcnt,lzcnt", ""}, // below x86-64-v2
		{"amd64:mmx", ""},
		{"amd64:mmx", ""},
		{"arm64:popcnt", ""}, // an amd64 feature
		{"x86", ""},
		{"", ""},
	} {
		got, err := kiln.ParseTarget(c.in)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("ParseTarget(%q) = %v, want an error", c.in, got)
		case c.want != "" && err != nil:
			t.Errorf("ParseTarget(%q): %v", c.in, err)
		case c.want != "" && got.String() != c.want:
			t.Errorf("ParseTarget(%q) = %v, want %s", c.in, got, c.want)
		}
		if err == nil {
			if again, err := kiln.ParseTarget(got.String()); err != nil || again != got {
				t.Errorf("ParseTarget(%q) = %v, %v: does not round-trip", got, again, err)
			}
		}
	}
	if h, err := kiln.ParseTarget("host"); err != nil || h != kiln.HostTarget() || h.Arch != runtime.GOARCH {
		t.Errorf(`ParseTarget("host") = %v, %v; HostTarget() = %v`, h, err, kiln.HostTarget())
	}
}

// featureResults runs testdata/examples/features.wasm's exports, whose
// amd64 code depends on optional CPU features, on a few inputs.
func featureResults(t *testing.T, mod *kiln.Module) []uint64 {
	t.Helper()
	ctx := context.Background()
	inst, err := mod.Instantiate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	var out []uint64
	for _, x := range []int64{0, 1, -1, 0x0000_0100_8000_0000, math.MinInt64, 0x1234_5678_9abc_def0} {
		r, err := inst.Func("bits").Call(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, uint64(r[0].(int64)))
	}
	for _, x := range []float64{0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 1e300, math.Inf(-1), math.NaN(), 4503599627370497} {
		r, err := inst.Func("round64").Call(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		r32, err := inst.Func("round32").Call(ctx, float32(x))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, math.Float64bits(r[0].(float64))&^(1<<51), uint64(math.Float32bits(r32[0].(float32))&^(1<<22)))
	}
	return out
}

// Code compiled for an older CPU than this one (the baseline's features
// only) runs here and computes what the host target's code does; the same
// holds without optimization.
func TestTargetWithoutFeatures(t *testing.T) {
	ctx := context.Background()
	wasm, err := os.ReadFile("testdata/examples/features.wasm")
	if err != nil {
		t.Fatal(err)
	}
	host, err := kiln.Compile(ctx, wasm)
	if err != nil {
		t.Fatal(err)
	}
	defer host.Close()
	want := featureResults(t, host)

	bare, err := kiln.BaselineTarget(runtime.GOARCH)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range [][]kiln.CompileOption{
		{kiln.WithTarget(bare)},
		{kiln.WithOptLevel(kiln.OptNone)},
		{kiln.WithTarget(bare), kiln.WithOptLevel(kiln.OptNone)},
	} {
		mod, err := kiln.Compile(ctx, wasm, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if got := featureResults(t, mod); !slices.Equal(got, want) {
			t.Errorf("%d options: results %x, want %x", len(opts), got, want)
		}
		if tg := mod.Target(); tg.Arch != runtime.GOARCH || !kiln.HostTarget().Features.Has(tg.Features) {
			t.Errorf("Target() = %v", tg)
		}
		mod.Close()
	}
}

// A module compiled for another architecture is inspected and marshaled,
// not instantiated; the artifact says which architecture it is for.
func TestTargetOtherArch(t *testing.T) {
	ctx := context.Background()
	other := map[string]string{"amd64": "arm64", "arm64": "amd64"}[runtime.GOARCH]
	tg, err := kiln.BaselineTarget(other)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := kiln.Compile(ctx, exampleModule(), kiln.WithTarget(tg), kiln.WithCache(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	if got := mod.Target(); got.Arch != other || !tg.Features.Has(got.Features) {
		t.Errorf("Target() = %v, want %s code with features of %v", got, other, tg)
	}
	if _, ok := mod.Export("add"); !ok {
		t.Error("no export add")
	}
	_, err = mod.Instantiate(ctx, logImports())
	if !errors.Is(err, kiln.ErrIncompatible) {
		t.Errorf("Instantiate: %v, want ErrIncompatible", err)
	}
	a, err := mod.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if arch := binary.LittleEndian.Uint32(a[artifactArch:]); arch != map[string]uint32{"amd64": 1, "arm64": 2}[other] {
		t.Errorf("artifact for architecture %d", arch)
	}
	if _, err := kiln.LoadArtifact(a); !errors.Is(err, kiln.ErrArtifact) {
		t.Errorf("LoadArtifact of a foreign artifact: %v", err)
	}
}

// The optimization level is recorded in the artifact and keeps cache
// entries apart; unknown levels and bad targets are refused.
func TestOptLevel(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, l := range []kiln.OptLevel{kiln.OptSpeed, kiln.OptNone, kiln.OptNone} {
		mod, err := kiln.Compile(ctx, exampleModule(), kiln.WithOptLevel(l), kiln.WithCache(dir))
		if err != nil {
			t.Fatal(err)
		}
		if got := exampleCalls(t, mod); got != exampleWant {
			t.Errorf("%v: %v, want %v", l, got, exampleWant)
		}
		mod.Close()
	}
	if n := len(cacheEntries(t, dir)); n != 2 {
		t.Errorf("%d cache entries, want one per level", n)
	}
	if _, err := kiln.Compile(ctx, exampleModule(), kiln.WithOptLevel(7)); err == nil {
		t.Error("optimization level 7 accepted")
	}
	if _, err := kiln.Compile(ctx, exampleModule(), kiln.WithTarget(kiln.Target{Arch: "mips"})); err == nil {
		t.Error("target mips accepted")
	}
}
