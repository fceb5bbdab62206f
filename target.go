package kiln

import (
	"fmt"
	"strings"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/instance"
)

// OptLevel is how much Compile optimizes (WithOptLevel).
type OptLevel = backend.OptLevel

const (
	// OptSpeed runs every optimization pass: the fastest code (the
	// default).
	OptSpeed = backend.OptSpeed
	// OptNone runs none: the code is as the translator made it, with
	// only register allocation to improve it. It compiles sooner and runs
	// slower; for modules whose code runs briefly, or to rule the
	// optimizer out when tracking down a problem.
	OptNone = backend.OptNone
)

// WithOptLevel sets how much Compile optimizes (default OptSpeed). The
// artifact cache keeps the levels apart.
func WithOptLevel(l OptLevel) CompileOption {
	return func(c *compileConfig) { c.backend.OptLevel = l }
}

// CPUFeatures is a set of optional CPU features generated code may use,
// named as String prints them ("popcnt,sse4.1").
type CPUFeatures = abi.Features

// The optional CPU features Kiln's code can use. Kiln's amd64 code needs
// at least x86-64-v2 (POPCNT, SSE4.1, SSE4.2), which every x86-64 server
// CPU since 2009 has; the others are used where the CPU has them. arm64
// has none: its baseline is ARMv8.0 with FP and ASIMD.
const (
	FeaturePOPCNT = abi.FeatPOPCNT // amd64 POPCNT (i32/i64.popcnt)
	FeatureLZCNT  = abi.FeatLZCNT  // amd64 LZCNT (i32/i64.clz)
	FeatureBMI1   = abi.FeatBMI1   // amd64 TZCNT (i32/i64.ctz), ANDN (x & ^y)
	FeatureSSE41  = abi.FeatSSE41  // amd64 SSE4.1: rounding, and SIMD, which requires it
	FeatureSSE42  = abi.FeatSSE42  // amd64 SSE4.2 (i64x2 comparisons); requires SSE4.1
	FeatureAVX    = abi.FeatAVX    // amd64 VEX three-operand forms; requires SSE4.2
	FeatureBMI2   = abi.FeatBMI2   // amd64 RORX (rotates by a constant), SHLX, SHRX, SARX (shifts by a register)
)

// ErrIncompatible is wrapped by the error of Instantiate for a module
// compiled for another machine (WithTarget), and by LoadArtifact's for an
// artifact made for one.
var ErrIncompatible = instance.ErrIncompatible

// Target is what Compile generates code for: an architecture ("amd64" or
// "arm64") and the optional CPU features the code may use. A module
// compiled for a target this machine cannot run is still a module: its
// MarshalBinary gives the artifact to run elsewhere, its types can be
// inspected, but Instantiate fails with ErrIncompatible.
type Target struct {
	Arch     string
	Features CPUFeatures
}

// HostTarget is this machine: its architecture and every optional feature
// its CPU has (what Compile uses by default).
func HostTarget() Target { return publicTarget(backend.HostTarget()) }

// BaselineTarget is architecture arch with only the features Kiln's code
// cannot do without (for amd64 x86-64-v2: POPCNT, SSE4.1, SSE4.2): a
// target for artifacts that must run on machines not known in advance.
func BaselineTarget(arch string) (Target, error) {
	a, ok := abi.ParseArch(arch)
	if !ok {
		return Target{}, fmt.Errorf("kiln: unknown architecture %q (amd64 or arm64)", arch)
	}
	return Target{Arch: a.String(), Features: abi.BaselineFeatures(a)}, nil
}

// ParseTarget parses a target as the kiln command's --target takes it:
// "host" for HostTarget; "ARCH" for BaselineTarget(ARCH); "ARCH:F1,F2"
// for ARCH with exactly features F1, F2, which must include the
// baseline's ("arm64:" or "arm64:none" for none at all).
func ParseTarget(s string) (Target, error) {
	if s == "host" {
		return HostTarget(), nil
	}
	arch, feats, hasFeats := strings.Cut(s, ":")
	t, err := BaselineTarget(arch)
	if err != nil || !hasFeats {
		return t, err
	}
	if t.Features, err = abi.ParseFeatures(feats); err != nil {
		return Target{}, fmt.Errorf("kiln: target %q: %w", s, err)
	}
	return t, t.check()
}

// String gives the target in the form ParseTarget reads.
func (t Target) String() string {
	return t.Arch + ":" + t.Features.String()
}

// check refuses features the architecture does not have, and sets
// without the baseline's, which the code generator relies on.
func (t Target) check() error {
	a, ok := abi.ParseArch(t.Arch)
	if !ok {
		return fmt.Errorf("kiln: target: unknown architecture %q (amd64 or arm64)", t.Arch)
	}
	if extra := t.Features &^ abi.ArchFeatures(a); extra != 0 {
		return fmt.Errorf("kiln: target: %s has no CPU features %v", t.Arch, extra)
	}
	if base := abi.BaselineFeatures(a); !t.Features.Has(base) {
		return fmt.Errorf("kiln: target: %s code needs at least %v", t.Arch, base)
	}
	return nil
}

func (t Target) backend() backend.Target {
	a, _ := abi.ParseArch(t.Arch)
	return backend.Target{Arch: a, Features: t.Features}
}

func publicTarget(t backend.Target) Target {
	return Target{Arch: t.Arch.String(), Features: t.Features}
}

// WithTarget makes Compile generate code for t instead of this machine:
// to make artifacts (Module.MarshalBinary) for other machines, or code
// that runs on older CPUs than this one. The artifact cache serves only
// targets this machine can run.
func WithTarget(t Target) CompileOption {
	return func(c *compileConfig) {
		if err := t.check(); err != nil {
			c.err = err
			return
		}
		c.backend.Target = t.backend()
	}
}

// Target returns the architecture of the module's code and the optional
// CPU features it uses: those of the target it was compiled for that its
// code needed, which a machine must have to run it.
func (m *Module) Target() Target {
	if m.loaded != nil {
		return Target{Arch: m.loaded.Compiled.Arch.String(), Features: m.loaded.Compiled.Features}
	}
	return m.target
}
