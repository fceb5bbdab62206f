package abi

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
)

// Arch is an instruction set Kiln generates code for.
type Arch uint8

const (
	ArchUnknown Arch = iota
	ArchAMD64
	ArchARM64
)

var archNames = [...]string{ArchUnknown: "unknown", ArchAMD64: "amd64", ArchARM64: "arm64"}

func (a Arch) String() string {
	if int(a) < len(archNames) {
		return archNames[a]
	}
	return fmt.Sprintf("arch(%d)", a)
}

// ParseArch returns the Arch named by a GOARCH value.
func ParseArch(s string) (Arch, bool) {
	for a, n := range archNames {
		if n == s && a != int(ArchUnknown) {
			return Arch(a), true
		}
	}
	return ArchUnknown, false
}

// HostArch is the architecture this process runs on (ArchUnknown for one
// Kiln has no backend for).
func HostArch() Arch {
	a, _ := ParseArch(runtime.GOARCH)
	return a
}

// Features is a set of optional CPU features that generated code uses.
// Compiled code records the set it relies on; the loader refuses it on a
// CPU that lacks any of them.
type Features uint64

// Optional CPU features. amd64's baseline is x86-64 v1 (SSE2); arm64's is
// ARMv8.0 with FP and ASIMD. Compiled code records these bits, so a new
// feature is added at the end.
const (
	FeatPOPCNT Features = 1 << iota // amd64 POPCNT
	FeatLZCNT                       // amd64 LZCNT (ABM)
	FeatBMI1                        // amd64 TZCNT, ANDN
	FeatSSE41                       // amd64 ROUNDSS/ROUNDSD, PMINSD and friends
	FeatSSE42                       // amd64 PCMPGTQ (i64x2 signed comparisons)
	FeatAVX                         // amd64 VEX-encoded three-operand SSE forms (with the OS's support for the AVX state)
	FeatBMI2                        // amd64 RORX, SHLX, SHRX, SARX
	numFeatures
)

var featNames = [...]string{"popcnt", "lzcnt", "bmi1", "sse4.1", "sse4.2", "avx", "bmi2"}

func (f Features) String() string {
	var names []string
	for i, n := range featNames {
		if f&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if f&^(numFeatures-1) != 0 {
		names = append(names, fmt.Sprintf("unknown(%#x)", uint64(f&^(numFeatures-1))))
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// ArchFeatures are the optional features that exist for architecture a.
func ArchFeatures(a Arch) Features {
	if a == ArchAMD64 {
		return numFeatures - 1
	}
	return 0
}

// ParseFeatures returns the set named by a comma-separated list of the
// names String gives ("popcnt,sse4.1"); "" and "none" are the empty set.
func ParseFeatures(s string) (Features, error) {
	var f Features
	if s == "" || s == "none" {
		return 0, nil
	}
	for _, name := range strings.Split(s, ",") {
		i := slices.Index(featNames[:], strings.TrimSpace(name))
		if i < 0 {
			return 0, fmt.Errorf("unknown CPU feature %q (known: %s)", name, strings.Join(featNames[:], ", "))
		}
		f |= 1 << i
	}
	return f, nil
}

// Has reports whether f includes every feature of g.
func (f Features) Has(g Features) bool { return f&g == g }

// HostFeatures returns the optional features of the CPU this process runs
// on, for architecture a (none when a is not the host's).
func HostFeatures(a Arch) Features {
	if a != HostArch() {
		return 0
	}
	return hostFeatures()
}

// HostL3Size returns the size in bytes of the last-level cache of the CPU
// this process runs on, as the CPU reports it (in a virtual machine, as
// the hypervisor does), or 0 where it is not known (so far it is read on
// amd64 only).
func HostL3Size() int64 { return hostL3Size() }

// HostZMMMoves reports whether the runtime's amd64 routines should move
// 64 bytes at a time with AVX-512: the CPU has it (with the OS's
// support), and is of a generation that does not lower its clock after
// using ZMM registers (see hostZMMMoves). Generated code never uses them.
func HostZMMMoves() bool { return hostZMMMoves() }

// BaselineFeatures are the optional features assumed when compiling for a
// machine other than this one: for amd64 those of x86-64-v2 (POPCNT,
// SSE4.1 and SSE4.2, which every x86-64 server CPU of the last decade
// has), for arm64 none.
func BaselineFeatures(a Arch) Features {
	if a == ArchAMD64 {
		return FeatPOPCNT | FeatSSE41 | FeatSSE42
	}
	return 0
}
