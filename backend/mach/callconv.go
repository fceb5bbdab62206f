package mach

import "github.com/kilnwasm/kiln/compiler/ir"

// CallConv is the register assignment of the internal calling convention
// (backend/ABI.md): values of each class take that class's registers in
// order, and the rest go to 8-byte stack slots in order. Arguments and
// results follow the same rule. Entry, return, calls, shims and host
// thunks all assign locations through Assign.
type CallConv struct {
	Regs [numClasses][]Reg
}

// ArgLoc is where one argument or result travels: a register, or stack
// slot Slot (counted in 8-byte slots from the start of the area) when
// Stack is set.
type ArgLoc struct {
	Reg   Reg
	Slot  int
	Stack bool
}

// Assign returns the locations of values of types ts, appended to dst, and
// the number of stack slots they need (a v128 takes two).
func (cc *CallConv) Assign(dst []ArgLoc, ts []ir.Type) ([]ArgLoc, int) {
	var next [numClasses]int
	stack := 0
	for _, t := range ts {
		c := ClassOf(t)
		if next[c] < len(cc.Regs[c]) {
			dst = append(dst, ArgLoc{Reg: cc.Regs[c][next[c]]})
			next[c]++
			continue
		}
		dst = append(dst, ArgLoc{Slot: stack, Stack: true})
		stack += SlotWidth(t)
	}
	return dst, stack
}

// SlotWidth is the number of 8-byte slots a value of type t takes in
// memory: on the stack, and in the uint64 slots of the host boundary
// (wasm.Slots): two for a v128, low half first.
func SlotWidth(t ir.Type) int {
	if t == ir.V128 {
		return 2
	}
	return 1
}

// SlotOffsets returns, appended to dst, where each value of ts starts in
// a slot area (in slots), and the area's size.
func SlotOffsets(dst []int, ts []ir.Type) ([]int, int) {
	n := 0
	for _, t := range ts {
		dst = append(dst, n)
		n += SlotWidth(t)
	}
	return dst, n
}

// ClassOf returns the register class that holds values of type t.
func ClassOf(t ir.Type) Class {
	if t.IsFloat() || t == ir.V128 {
		return ClassFloat
	}
	return ClassInt
}
