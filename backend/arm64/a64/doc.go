// Package a64 encodes the AArch64 (A64) instructions that kiln's arm64
// backend emits.
//
// Every encoder returns the 32-bit instruction word; the caller writes it
// out little-endian. Encoders never allocate or build tables at run time,
// so they can sit on the hot path of code emission.
//
// Conventions:
//
//   - Registers are plain numbers (Reg). 0..30 name X/W registers, or V
//     registers where the operand is FP/SIMD. 31 names either the zero
//     register or the stack pointer, depending on the operand; each
//     function documents which (ZR and SP are the same value, so the
//     choice is the instruction's, not the caller's).
//   - sf selects the integer width: true = 64-bit (X registers), false =
//     32-bit (W registers). dbl selects the float width: true = double (D),
//     false = single (S).
//   - Branch and PC-relative offsets are byte offsets from the address of
//     the instruction itself.
//   - Encoders whose operand depends on run-time data (offsets,
//     immediates chosen by the compiler) return (word, ok) and report an
//     unencodable operand with ok == false, returning word 0. The others
//     treat a bad operand (register > 31, immediate out of field range) as
//     a programmer error and panic with a message naming the function.
//
// Disasm renders a word in GNU syntax via golang.org/x/arch/arm64/arm64asm;
// the tests check every encoder against it.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package a64
