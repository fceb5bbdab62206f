// Package arm64 is Kiln's AArch64 backend: instruction selection from the
// IR to VCode, and encoding of allocated VCode with the a64 hand encoder.
// What every ISA shares (the driver, selection scaffolding, register
// allocation, frames, linking) lives in package backend and its
// subpackages; this package holds only what is specific to arm64.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package arm64

import (
	"strconv"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/lazy"
)

// Physical registers: X0-X30 are 0-30 (31 would be SP/ZR, which is never
// an operand of VCode), V0-V31 are 32-63, so that a RegSet (64 bits) holds
// them all.
const (
	X0 mach.Reg = iota
	X1
	X2
	X3
	X4
	X5
	X6
	X7
	X8
	X9
	X10
	X11
	X12
	X13
	X14
	X15
	X16
	X17
	X18
	X19
	X20
	X21
	X22
	X23
	X24
	X25
	X26
	X27
	X28
	X29
	X30
	xUnused
	V0
)

// NumRegs is the number of physical register numbers.
const NumRegs mach.Reg = 64

// V returns vector register n.
func V(n int) mach.Reg { return V0 + mach.Reg(n) }

// Registers with a fixed role (runtime/internal/native's contract; X18 is the
// platform register and X28 holds Go's g: neither is ever touched).
const (
	RegCtx     = X19 // *ExecCtx, pinned
	RegMemBase = X20 // memory 0 base
	// ScratchInt is the allocator's scratch for parallel moves; tmp is
	// the emitter's own temporary. Neither is allocatable, and neither
	// holds a value from one VCode instruction to the next.
	ScratchInt = X16
	tmp        = a64.Reg(17)
	scratch    = a64.Reg(16)
	vtmp       = a64.Reg(31) // V31: the float scratch
	fp         = a64.Reg(29)
	lr         = a64.Reg(30)
	ctx        = a64.Reg(19)
	membase    = a64.Reg(20)
)

// ScratchFloat is the float class's scratch.
const ScratchFloat = V0 + 31

// callConv: X0-X7 and V0-V7 carry arguments and results. The register
// tables are built at their first use, the first compile for arm64, not
// at every start of kiln; the register sets are constants.
func callConv() *mach.CallConv { return callConvValue.Get() }

var callConvValue = lazy.Value[*mach.CallConv]{New: func() *mach.CallConv {
	cc := &mach.CallConv{}
	for i := 0; i < 8; i++ {
		cc.Regs[mach.ClassInt] = append(cc.Regs[mach.ClassInt], X0+mach.Reg(i))
		cc.Regs[mach.ClassFloat] = append(cc.Regs[mach.ClassFloat], V(i))
	}
	return cc
}}

// calleeSaved are the registers a function preserves for its caller
// (AAPCS64's X21-X27 and V8-V15, less X19/X20, which are pinned): values
// live across calls stay in them instead of being spilled. A host exit
// clobbers them (Go code runs), so a function that makes one preserves
// them all, and so does a host thunk.
const calleeSaved = mach.RegSet(1<<(X27+1) - 1<<X21 | 1<<(V0+16) - 1<<(V0+8))

// regInfo is the allocator's view of the register file, in order of
// preference: temporaries, then argument registers (so values that do not
// feed calls stay out of their way), then the callee-saved registers,
// which cost a save and a restore and pay only for values live across a
// call (the allocator takes them only when nothing earlier in the list
// is free for the whole interval).
func regInfo() *mach.RegInfo { return regInfoValue.Get() }

var regInfoValue = lazy.Value[*mach.RegInfo]{New: func() *mach.RegInfo {
	ri := &mach.RegInfo{NumRegs: NumRegs, ClassOf: make([]mach.Class, NumRegs)}
	for r := V0; r < NumRegs; r++ {
		ri.ClassOf[r] = mach.ClassFloat
	}
	var ints, floats []mach.Reg
	for r := X8; r <= X15; r++ {
		ints = append(ints, r)
	}
	for r := X0; r <= X7; r++ {
		ints = append(ints, r)
	}
	for r := X21; r <= X27; r++ {
		ints = append(ints, r)
	}
	for n := 16; n < 31; n++ {
		floats = append(floats, V(n))
	}
	for n := 0; n < 8; n++ {
		floats = append(floats, V(n))
	}
	for n := 8; n < 16; n++ {
		floats = append(floats, V(n))
	}
	ri.Allocatable[mach.ClassInt] = ints
	ri.Allocatable[mach.ClassFloat] = floats
	ri.Scratch[mach.ClassInt] = ScratchInt
	ri.Scratch[mach.ClassFloat] = ScratchFloat
	return ri
}}

// allRegs is every allocatable register (regInfo's Allocatable): what a
// host exit clobbers. X0-X15, X21-X27 and V0-V30.
const allRegs = mach.RegSet(1<<(X15+1) - 1 | 1<<(X27+1) - 1<<X21 | 1<<(V0+31) - 1<<V0)

// callClobbers is what a call clobbers: everything but the callee-saved
// registers.
const callClobbers = allRegs &^ calleeSaved

// hw returns the encoding number of physical register r.
func hw(r mach.Reg) a64.Reg {
	if r >= V0 {
		return a64.Reg(r - V0)
	}
	return a64.Reg(r)
}

func isFloat(r mach.Reg) bool { return r >= V0 }

// regNames is built on first use: only text output needs it, and not at
// every start of kiln.
var regNames = lazy.Value[[]string]{New: func() []string {
	names := make([]string, NumRegs)
	for r := mach.Reg(0); r < NumRegs; r++ {
		switch {
		case r < xUnused:
			names[r] = "x" + strconv.Itoa(int(r))
		case r == xUnused:
			names[r] = "-"
		default:
			names[r] = "v" + strconv.Itoa(int(r-V0))
		}
	}
	return names
}}
