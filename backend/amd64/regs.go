// Package amd64 is Kiln's x86-64 backend: instruction selection from the
// IR to VCode, and encoding of allocated VCode: the general-purpose
// instructions and the branches by a hand encoder (enc.go, asm.go), the
// rest (SSE, AVX) by golang-asm, to the same bytes golang-asm gives.
// Register allocation, liveness and frame bookkeeping are shared (package
// backend).
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package amd64

import (
	"github.com/kilnwasm/kiln/backend/mach"
)

// Physical registers. General-purpose registers have their hardware
// numbers; XMM registers follow from 16.
const (
	RAX mach.Reg = iota
	RCX
	RDX
	RBX
	RSP
	RBP
	RSI
	RDI
	R8
	R9
	R10
	R11
	R12
	R13
	R14
	R15
	X0
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
	NumRegs
)

// Registers with a fixed role (ABI.md).
const (
	RegCtx       = R15 // *ExecCtx, pinned
	RegMemBase   = R14 // memory 0 base
	ScratchInt   = R11 // never allocated: emitter and parallel-move scratch
	ScratchFloat = X15
)

// The register tables below are written out as literals and constants,
// which the compiler lays out as static data: built by code, they were
// built at every start of kiln, which mostly compiles nothing.

// callConv gives the argument and result registers of the internal
// calling convention.
var callConv = &mach.CallConv{Regs: [...][]mach.Reg{
	mach.ClassInt:   {RAX, RCX, RDX, RBX, RSI, RDI, R8, R9},
	mach.ClassFloat: {X0, X1, X2, X3, X4, X5, X6, X7},
}}

// calleeSaved are the registers a function preserves for its caller:
// values live across calls stay in them instead of being spilled and
// reloaded around every call. R12 and R13 (no argument register is one,
// so arguments and results move as before) and X12-X14. R10 stays a
// temporary: with it callee-saved too, leaf code under register pressure
// paid for saves (fib 1.50x against 1.43x native, sha256 1.20x against
// 1.18x; kilnbench, one run). A host exit
// clobbers them (Go code runs), so a function that makes one preserves
// them all, and so does a host thunk. Go's own ABI0 has no callee-saved
// registers, so the entry shims need not care.
const calleeSaved = mach.RegSet(1<<R12 | 1<<R13 | 1<<X12 | 1<<X13 | 1<<X14)

// RegInfo is the allocator's view of the register file, in order of
// preference: the temporaries first (R10, X8-X11), then the argument
// registers, then the callee-saved ones, which cost a save and a restore
// and pay only for values live across a call (the allocator takes them
// only when nothing earlier in the list is free for the whole interval).
var RegInfo = &mach.RegInfo{
	NumRegs: NumRegs,
	// The XMM registers are floats (X15 is the last register: the slice
	// is NumRegs long).
	ClassOf: []mach.Class{
		X0: mach.ClassFloat, X1: mach.ClassFloat, X2: mach.ClassFloat, X3: mach.ClassFloat,
		X4: mach.ClassFloat, X5: mach.ClassFloat, X6: mach.ClassFloat, X7: mach.ClassFloat,
		X8: mach.ClassFloat, X9: mach.ClassFloat, X10: mach.ClassFloat, X11: mach.ClassFloat,
		X12: mach.ClassFloat, X13: mach.ClassFloat, X14: mach.ClassFloat, X15: mach.ClassFloat,
	},
	Allocatable: [...][]mach.Reg{
		mach.ClassInt:   {R10, RBX, RSI, RDI, R8, R9, RDX, RCX, RAX, R12, R13},
		mach.ClassFloat: {X8, X9, X10, X11, X0, X1, X2, X3, X4, X5, X6, X7, X12, X13, X14},
	},
	Scratch: [...]mach.Reg{mach.ClassInt: ScratchInt, mach.ClassFloat: ScratchFloat},
}

// allRegs is every allocatable register (RegInfo.Allocatable): what a host
// exit clobbers. Every register but the stack and frame pointers, the
// scratch registers and the pinned RegCtx and RegMemBase.
const allRegs = mach.RegSet(1<<NumRegs-1) &^ (1<<RSP | 1<<RBP | 1<<ScratchInt | 1<<ScratchFloat | 1<<RegCtx | 1<<RegMemBase)

// callClobbers is what a call clobbers: everything but the callee-saved
// registers.
const callClobbers = allRegs &^ calleeSaved
