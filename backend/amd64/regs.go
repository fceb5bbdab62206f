// Package amd64 is Kiln's x86-64 backend: instruction selection from the
// IR to VCode, and encoding of allocated VCode with golang-asm. Register
// allocation, liveness and frame bookkeeping are shared (package backend).
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

// RegInfo is the allocator's view of the register file.
var RegInfo = func() *mach.RegInfo {
	ri := &mach.RegInfo{NumRegs: NumRegs, ClassOf: make([]mach.Class, NumRegs)}
	for r := X0; r <= X15; r++ {
		ri.ClassOf[r] = mach.ClassFloat
	}
	// Argument registers last, so values that do not feed calls stay out
	// of their way; R10, R12, R13 first.
	ri.Allocatable[mach.ClassInt] = []mach.Reg{R10, R12, R13, RBX, RSI, RDI, R8, R9, RDX, RCX, RAX}
	for r := X8; r <= X14; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	for r := X0; r <= X7; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	ri.Scratch[mach.ClassInt] = ScratchInt
	ri.Scratch[mach.ClassFloat] = ScratchFloat
	return ri
}()

// callClobbers is every allocatable register: the internal convention has
// no callee-saved registers.
var callClobbers = func() mach.RegSet {
	var s mach.RegSet
	for _, c := range RegInfo.Allocatable {
		for _, r := range c {
			s = s.With(r)
		}
	}
	return s
}()
