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

// callConv gives the argument and result registers of the internal
// calling convention.
var callConv = func() *mach.CallConv {
	cc := &mach.CallConv{}
	cc.Regs[mach.ClassInt] = []mach.Reg{RAX, RCX, RDX, RBX, RSI, RDI, R8, R9}
	cc.Regs[mach.ClassFloat] = []mach.Reg{X0, X1, X2, X3, X4, X5, X6, X7}
	return cc
}()

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
var calleeSaved = mach.RegSet(0).With(R12).With(R13).With(X12).With(X13).With(X14)

// RegInfo is the allocator's view of the register file, in order of
// preference: the temporaries first (R10, X8-X11), then the argument
// registers, then the callee-saved ones, which cost a save and a restore
// and pay only for values live across a call (the allocator takes them
// only when nothing earlier in the list is free for the whole interval).
var RegInfo = func() *mach.RegInfo {
	ri := &mach.RegInfo{NumRegs: NumRegs, ClassOf: make([]mach.Class, NumRegs)}
	for r := X0; r <= X15; r++ {
		ri.ClassOf[r] = mach.ClassFloat
	}
	ri.Allocatable[mach.ClassInt] = []mach.Reg{R10, RBX, RSI, RDI, R8, R9, RDX, RCX, RAX, R12, R13}
	for r := X8; r <= X11; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	for r := X0; r <= X7; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	for r := X12; r <= X14; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	ri.Scratch[mach.ClassInt] = ScratchInt
	ri.Scratch[mach.ClassFloat] = ScratchFloat
	return ri
}()

// allRegs is every allocatable register: what a host exit clobbers.
var allRegs = func() mach.RegSet {
	var s mach.RegSet
	for _, c := range RegInfo.Allocatable {
		for _, r := range c {
			s = s.With(r)
		}
	}
	return s
}()

// callClobbers is what a call clobbers: everything but the callee-saved
// registers.
var callClobbers = allRegs &^ calleeSaved
