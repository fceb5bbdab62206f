package a64

import (
	"fmt"

	"golang.org/x/arch/arm64/arm64asm"
)

// Disasm returns the GNU-syntax text arm64asm gives for w, or
// ".word 0x%08x" if it cannot decode it. PC-relative operands are printed
// relative (".+0x10"), so the text does not depend on pc; use Target to
// resolve them against pc.
func Disasm(w uint32, pc uint64) string {
	_ = pc
	b := [4]byte{byte(w), byte(w >> 8), byte(w >> 16), byte(w >> 24)}
	inst, err := arm64asm.Decode(b[:])
	if err != nil {
		return fmt.Sprintf(".word 0x%08x", w)
	}
	return arm64asm.GNUSyntax(inst)
}

// Target returns the absolute address a PC-relative word at pc refers to:
// the branch target of B/BL/B.cond/CBZ/CBNZ/TBZ/TBNZ, the literal of LDR
// (literal), the address ADR computes, or the page ADRP computes.
func Target(w uint32, pc uint64) (uint64, bool) {
	if w&0x9F000000 == 0x90000000 { // ADRP
		v := (w>>5)&(1<<19-1)<<2 | (w>>29)&3
		pages := int64(int32(v<<11)) >> 11
		return pc&^0xfff + uint64(pages<<12), true
	}
	off, ok := BranchOffset(w)
	if !ok {
		return 0, false
	}
	return pc + uint64(off), true
}
