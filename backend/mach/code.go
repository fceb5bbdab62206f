package mach

import "github.com/kilnwasm/kiln/internal/abi"

// FuncCode is one compiled function, before linking: its machine code, the
// relocations the linker resolves, and its trap sites (offsets from the
// function's start). Both ISAs produce it.
type FuncCode struct {
	Bytes  []byte
	Relocs []Reloc
	Traps  []FuncTrap
	// Data lists the ranges of Bytes that are data, not instructions
	// (inline jump tables, the constant pool), for disassemblers.
	Data []Range
	// Consts is the range of Bytes (also in Data) that holds the
	// constants the code loads, if any.
	Consts Range
}

// Range is a byte range [Start, End).
type Range struct{ Start, End uint32 }

// Reloc is a relocation in a function's code.
type Reloc struct {
	Offset uint32
	Kind   abi.RelocKind
	Target uint32
	Addend int64
}

// FuncTrap maps code that can trap to its Wasm position.
type FuncTrap struct {
	Start, End uint32
	Code       abi.TrapCode
	Pos        int32
}

// Frame is a function's stack frame below the frame pointer: spill slots,
// then the slot that saves the caller's VMCtx around instance switches,
// then the callee-saved registers the function preserves, then (at the
// stack pointer) the outgoing argument and host-call area.
type Frame struct {
	NumSlots int   // 8-byte spill slots
	NumSaved int   // 8-byte slots for callee-saved registers
	OutArgs  int64 // bytes at the bottom, addressed from the stack pointer
}

// SlotOffset is spill slot s's offset from the frame pointer.
func (fr Frame) SlotOffset(s int32) int64 { return -8 * int64(s+1) }

// WideSlotOffset is the offset from the frame pointer of the 16 bytes of
// a wide value in slots s and s+1 (s even, so 16-byte aligned, the frame
// pointer being so).
func (fr Frame) WideSlotOffset(s int32) int64 { return -8 * int64(s+2) }

// SaveSlotOffset is the VMCtx save slot's offset from the frame pointer.
func (fr Frame) SaveSlotOffset() int64 { return -8 * int64(fr.NumSlots+1) }

// SavedOffset is the offset from the frame pointer of the slot that
// holds the k-th callee-saved register.
func (fr Frame) SavedOffset(k int) int64 { return -8 * int64(fr.NumSlots+2+k) }

// LaySaved places the registers of regs (in register order) in the saved
// area of a frame with numSlots spill slots: 8 bytes for an integer
// register, 16 bytes 16-byte aligned for a vector one (all 128 bits: a
// v128 may live there; isVec says which are). It returns them, their
// offsets from the frame pointer appended to saved and off, and the
// area's size in 8-byte slots (Frame.NumSaved).
func LaySaved(regs RegSet, numSlots int, isVec func(Reg) bool, saved []Reg, off []int64) ([]Reg, []int64, int) {
	units := 0
	fr := Frame{NumSlots: numSlots}
	for r := Reg(0); r < 64; r++ {
		if !regs.Has(r) {
			continue
		}
		saved = append(saved, r)
		if isVec(r) {
			units += (numSlots + units) % 2
			units += 2
		} else {
			units++
		}
		off = append(off, fr.SavedOffset(units-1))
	}
	return saved, off, units
}

// Size is the frame's size below the frame pointer, a multiple of 16 so
// the stack stays aligned at calls.
func (fr Frame) Size() int64 {
	return (8*int64(fr.NumSlots+1+fr.NumSaved) + fr.OutArgs + 15) &^ 15
}
