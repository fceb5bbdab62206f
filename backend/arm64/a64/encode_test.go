package a64

import (
	"encoding/binary"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/arch/arm64/arm64asm"
)

// rejected stands in for the word when an encoder unexpectedly returns
// false while the case table is built.
const rejected = 0xffffffff

// m unwraps a (word, ok) result for the case table.
func m(w uint32, ok bool) uint32 {
	if !ok {
		return rejected
	}
	return w
}

// gnu decodes w the way the expected strings were produced: arm64asm's
// GNU syntax of the little-endian bytes.
func gnu(w uint32) string {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], w)
	inst, err := arm64asm.Decode(b[:])
	if err != nil {
		return fmt.Sprintf("undecodable (%v)", err)
	}
	return arm64asm.GNUSyntax(inst)
}

// encodeCases pairs each encoder call with arm64asm's GNU-syntax text for
// the word it returns. The expected strings were cross-checked against
// LLVM's disassembler (llvm-mc), which agrees on every instruction up to
// formatting (decimal immediates, hs/lo, nv, bfc, udf).
var encodeCases = []struct {
	name string
	word uint32
	want string
}{
	// add/sub immediate.
	{"AddImm(true, 1, 2, 0, false)", AddImm(true, 1, 2, 0, false), "add x1, x2, #0x0"},
	{"AddImm(true, 1, 2, 4095, false)", AddImm(true, 1, 2, 4095, false), "add x1, x2, #0xfff"},
	{"AddImm(true, 1, 2, 4095, true)", AddImm(true, 1, 2, 4095, true), "add x1, x2, #0xfff, lsl #12"},
	{"AddImm(false, 3, 4, 1, true)", AddImm(false, 3, 4, 1, true), "add w3, w4, #0x1, lsl #12"},
	{"AddImm(true, SP, SP, 16, false)", AddImm(true, SP, SP, 16, false), "add sp, sp, #0x10"},
	{"AddImm(false, SP, 5, 0, false)", AddImm(false, SP, 5, 0, false), "mov wsp, w5"},
	{"AddImm(false, 7, SP, 4095, false)", AddImm(false, 7, SP, 4095, false), "add w7, wsp, #0xfff"},
	{"MovSP(29, SP)", MovSP(29, SP), "mov x29, sp"},
	{"MovSP(SP, 29)", MovSP(SP, 29), "mov sp, x29"},
	{"MovSP(0, 1)", MovSP(0, 1), "add x0, x1, #0x0"},
	{"AddsImm(true, 1, SP, 7, false)", AddsImm(true, 1, SP, 7, false), "adds x1, sp, #0x7"},
	{"AddsImm(false, 1, 2, 4095, true)", AddsImm(false, 1, 2, 4095, true), "adds w1, w2, #0xfff, lsl #12"},
	{"AddsImm(true, ZR, 2, 1, false)", AddsImm(true, ZR, 2, 1, false), "cmn x2, #0x1"},
	{"SubImm(true, SP, SP, 32, false)", SubImm(true, SP, SP, 32, false), "sub sp, sp, #0x20"},
	{"SubImm(false, 0, 1, 4095, true)", SubImm(false, 0, 1, 4095, true), "sub w0, w1, #0xfff, lsl #12"},
	{"SubImm(true, 30, 0, 0, false)", SubImm(true, 30, 0, 0, false), "sub x30, x0, #0x0"},
	{"SubsImm(true, 1, 2, 3, false)", SubsImm(true, 1, 2, 3, false), "subs x1, x2, #0x3"},
	{"SubsImm(false, 1, SP, 4095, true)", SubsImm(false, 1, SP, 4095, true), "subs w1, wsp, #0xfff, lsl #12"},
	{"SubsImm(true, ZR, 2, 3, false)", SubsImm(true, ZR, 2, 3, false), "cmp x2, #0x3"},
	{"CmpImm(true, 1, 0, false)", CmpImm(true, 1, 0, false), "cmp x1, #0x0"},
	{"CmpImm(false, SP, 4095, true)", CmpImm(false, SP, 4095, true), "cmp wsp, #0xfff, lsl #12"},
	{"CmpImm(true, SP, 4095, false)", CmpImm(true, SP, 4095, false), "cmp sp, #0xfff"},
	{"CmnImm(true, 3, 1, false)", CmnImm(true, 3, 1, false), "cmn x3, #0x1"},
	{"CmnImm(false, 3, 4095, true)", CmnImm(false, 3, 4095, true), "cmn w3, #0xfff, lsl #12"},

	// add/sub shifted register.
	{"AddReg(true, 1, 2, 3, LSL, 0)", AddReg(true, 1, 2, 3, LSL, 0), "add x1, x2, x3"},
	{"AddReg(false, 1, 2, 3, LSL, 31)", AddReg(false, 1, 2, 3, LSL, 31), "add w1, w2, w3, lsl #31"},
	{"AddReg(true, 1, 2, 3, LSR, 63)", AddReg(true, 1, 2, 3, LSR, 63), "add x1, x2, x3, lsr #63"},
	{"AddReg(true, 1, 2, 3, ASR, 1)", AddReg(true, 1, 2, 3, ASR, 1), "add x1, x2, x3, asr #1"},
	{"AddReg(true, ZR, ZR, ZR, LSL, 0)", AddReg(true, ZR, ZR, ZR, LSL, 0), "add xzr, xzr, xzr"},
	{"AddsReg(true, 1, 2, 3, LSL, 4)", AddsReg(true, 1, 2, 3, LSL, 4), "adds x1, x2, x3, lsl #4"},
	{"AddsReg(false, ZR, 2, 3, LSL, 0)", AddsReg(false, ZR, 2, 3, LSL, 0), "cmn w2, w3"},
	{"AddsReg(false, 4, 5, 6, ASR, 31)", AddsReg(false, 4, 5, 6, ASR, 31), "adds w4, w5, w6, asr #31"},
	{"SubReg(true, 1, 2, 3, LSL, 0)", SubReg(true, 1, 2, 3, LSL, 0), "sub x1, x2, x3"},
	{"SubReg(false, 1, ZR, 3, ASR, 5)", SubReg(false, 1, ZR, 3, ASR, 5), "neg w1, w3, asr #5"},
	{"SubReg(true, 0, 1, 2, LSR, 63)", SubReg(true, 0, 1, 2, LSR, 63), "sub x0, x1, x2, lsr #63"},
	{"SubsReg(true, 1, 2, 3, LSL, 0)", SubsReg(true, 1, 2, 3, LSL, 0), "subs x1, x2, x3"},
	{"SubsReg(false, 1, ZR, 3, LSL, 0)", SubsReg(false, 1, ZR, 3, LSL, 0), "negs w1, w3"},
	{"SubsReg(true, ZR, 2, 3, ASR, 2)", SubsReg(true, ZR, 2, 3, ASR, 2), "cmp x2, x3, asr #2"},
	{"CmpReg(true, 1, 2)", CmpReg(true, 1, 2), "cmp x1, x2"},
	{"CmpReg(false, ZR, 30)", CmpReg(false, ZR, 30), "cmp wzr, w30"},
	{"CmnReg(true, 1, 2)", CmnReg(true, 1, 2), "cmn x1, x2"},
	{"CmnReg(false, 1, 2)", CmnReg(false, 1, 2), "cmn w1, w2"},
	{"NegReg(true, 1, 2)", NegReg(true, 1, 2), "neg x1, x2"},
	{"NegReg(false, 1, ZR)", NegReg(false, 1, ZR), "neg w1, wzr"},

	// add/sub extended register.
	{"AddExt(true, 1, 2, 3, UXTB, 0)", AddExt(true, 1, 2, 3, UXTB, 0), "add x1, x2, w3, uxtb"},
	{"AddExt(true, SP, SP, 3, UXTX, 4)", AddExt(true, SP, SP, 3, UXTX, 4), "add sp, sp, x3, lsl #4"},
	{"AddExt(true, 1, SP, 3, UXTX, 0)", AddExt(true, 1, SP, 3, UXTX, 0), "add x1, sp, x3"},
	{"AddExt(false, 1, 2, 3, SXTH, 2)", AddExt(false, 1, 2, 3, SXTH, 2), "add w1, w2, w3, sxth #2"},
	{"AddExt(false, SP, 2, 3, UXTW, 0)", AddExt(false, SP, 2, 3, UXTW, 0), "add wsp, w2, w3"},
	{"AddExt(true, 1, 2, 3, SXTW, 3)", AddExt(true, 1, 2, 3, SXTW, 3), "add x1, x2, w3, sxtw #3"},
	{"AddExt(true, 1, 2, 3, UXTW, 0)", AddExt(true, 1, 2, 3, UXTW, 0), "add x1, x2, w3, uxtw"},
	{"AddExt(true, 1, 2, 3, SXTX, 1)", AddExt(true, 1, 2, 3, SXTX, 1), "add x1, x2, x3, sxtx #1"},
	{"AddExt(true, 1, 2, 3, UXTH, 4)", AddExt(true, 1, 2, 3, UXTH, 4), "add x1, x2, w3, uxth #4"},
	{"AddExt(true, 1, 2, 3, SXTB, 0)", AddExt(true, 1, 2, 3, SXTB, 0), "add x1, x2, w3, sxtb"},
	{"AddsExt(true, ZR, SP, 3, UXTX, 0)", AddsExt(true, ZR, SP, 3, UXTX, 0), "cmn sp, x3"},
	{"AddsExt(false, 1, 2, 3, UXTH, 4)", AddsExt(false, 1, 2, 3, UXTH, 4), "adds w1, w2, w3, uxth #4"},
	{"SubExt(true, SP, SP, 9, UXTX, 0)", SubExt(true, SP, SP, 9, UXTX, 0), "sub sp, sp, x9"},
	{"SubExt(false, 1, 2, 3, SXTB, 1)", SubExt(false, 1, 2, 3, SXTB, 1), "sub w1, w2, w3, sxtb #1"},
	{"SubsExt(true, ZR, 2, 3, SXTW, 0)", SubsExt(true, ZR, 2, 3, SXTW, 0), "cmp x2, w3, sxtw"},
	{"SubsExt(true, 1, SP, 3, UXTX, 2)", SubsExt(true, 1, SP, 3, UXTX, 2), "subs x1, sp, x3, lsl #2"},

	// logical shifted register and its aliases.
	{"AndReg(true, 1, 2, 3, LSL, 0)", AndReg(true, 1, 2, 3, LSL, 0), "and x1, x2, x3"},
	{"AndReg(false, 1, 2, 3, ROR, 31)", AndReg(false, 1, 2, 3, ROR, 31), "and w1, w2, w3, ror #31"},
	{"AndReg(true, 1, 2, 3, ROR, 63)", AndReg(true, 1, 2, 3, ROR, 63), "and x1, x2, x3, ror #63"},
	{"OrrReg(true, 1, 2, 3, LSR, 63)", OrrReg(true, 1, 2, 3, LSR, 63), "orr x1, x2, x3, lsr #63"},
	{"OrrReg(false, 1, ZR, 3, LSL, 0)", OrrReg(false, 1, ZR, 3, LSL, 0), "mov w1, w3"},
	{"OrrReg(true, 1, ZR, 3, LSL, 2)", OrrReg(true, 1, ZR, 3, LSL, 2), "orr x1, xzr, x3, lsl #2"},
	{"EorReg(true, 1, 2, 3, ASR, 7)", EorReg(true, 1, 2, 3, ASR, 7), "eor x1, x2, x3, asr #7"},
	{"EorReg(false, 0, 0, 0, LSL, 0)", EorReg(false, 0, 0, 0, LSL, 0), "eor w0, w0, w0"},
	{"AndsReg(true, 1, 2, 3, LSL, 0)", AndsReg(true, 1, 2, 3, LSL, 0), "ands x1, x2, x3"},
	{"AndsReg(false, ZR, 2, 3, LSR, 3)", AndsReg(false, ZR, 2, 3, LSR, 3), "tst w2, w3, lsr #3"},
	{"BicReg(true, 1, 2, 3, LSL, 0)", BicReg(true, 1, 2, 3, LSL, 0), "bic x1, x2, x3"},
	{"BicReg(false, 1, 2, 3, ROR, 8)", BicReg(false, 1, 2, 3, ROR, 8), "bic w1, w2, w3, ror #8"},
	{"OrnReg(true, 1, 2, 3, LSL, 0)", OrnReg(true, 1, 2, 3, LSL, 0), "orn x1, x2, x3"},
	{"OrnReg(false, 1, ZR, 3, LSL, 0)", OrnReg(false, 1, ZR, 3, LSL, 0), "mvn w1, w3"},
	{"EonReg(true, 1, 2, 3, LSL, 0)", EonReg(true, 1, 2, 3, LSL, 0), "eon x1, x2, x3"},
	{"EonReg(false, 1, 2, 3, ASR, 31)", EonReg(false, 1, 2, 3, ASR, 31), "eon w1, w2, w3, asr #31"},
	{"BicsReg(true, 1, 2, 3, LSL, 0)", BicsReg(true, 1, 2, 3, LSL, 0), "bics x1, x2, x3"},
	{"BicsReg(false, 1, 2, 3, LSR, 1)", BicsReg(false, 1, 2, 3, LSR, 1), "bics w1, w2, w3, lsr #1"},
	{"TstReg(true, 1, 2)", TstReg(true, 1, 2), "tst x1, x2"},
	{"TstReg(false, 1, 2)", TstReg(false, 1, 2), "tst w1, w2"},
	{"MovReg(true, 1, 2)", MovReg(true, 1, 2), "mov x1, x2"},
	{"MovReg(false, 1, 2)", MovReg(false, 1, 2), "mov w1, w2"},
	{"MovReg(true, 1, ZR)", MovReg(true, 1, ZR), "mov x1, xzr"},
	{"MovReg(false, ZR, 30)", MovReg(false, ZR, 30), "mov wzr, w30"},
	{"Mvn(true, 1, 2)", Mvn(true, 1, 2), "mvn x1, x2"},
	{"Mvn(false, 1, 2)", Mvn(false, 1, 2), "mvn w1, w2"},

	// logical immediate (exhaustively checked in TestLogicalImmAll).
	{"m(LogicalImm(LogicAnd, true, 1, 2, 0xff))", m(LogicalImm(LogicAnd, true, 1, 2, 0xff)), "and x1, x2, #0xff"},
	{"m(LogicalImm(LogicAnd, false, SP, 2, 0xfffffff0))", m(LogicalImm(LogicAnd, false, SP, 2, 0xfffffff0)), "and wsp, w2, #0xfffffff0"},
	{"m(LogicalImm(LogicAnd, true, SP, ZR, 0x7ffffffffffffffe))", m(LogicalImm(LogicAnd, true, SP, ZR, 0x7ffffffffffffffe)), "and sp, xzr, #0x7ffffffffffffffe"},
	{"m(LogicalImm(LogicOrr, true, 1, ZR, 0x5555555555555555))", m(LogicalImm(LogicOrr, true, 1, ZR, 0x5555555555555555)), "mov x1, #0x5555555555555555"},
	{"m(LogicalImm(LogicOrr, true, SP, 3, 0x8000000000000000))", m(LogicalImm(LogicOrr, true, SP, 3, 0x8000000000000000)), "orr sp, x3, #0x8000000000000000"},
	{"m(LogicalImm(LogicOrr, false, 1, ZR, 0xaaaaaaaa))", m(LogicalImm(LogicOrr, false, 1, ZR, 0xaaaaaaaa)), "mov w1, #0xaaaaaaaa"},
	{"m(LogicalImm(LogicOrr, false, 1, 2, 0x123456780000ffff))", m(LogicalImm(LogicOrr, false, 1, 2, 0x123456780000ffff)), "orr w1, w2, #0xffff"},
	{"m(LogicalImm(LogicOrr, true, 1, ZR, 0xffff))", m(LogicalImm(LogicOrr, true, 1, ZR, 0xffff)), "orr x1, xzr, #0xffff"},
	{"m(LogicalImm(LogicEor, true, 1, 2, 0x0f0f0f0f0f0f0f0f))", m(LogicalImm(LogicEor, true, 1, 2, 0x0f0f0f0f0f0f0f0f)), "eor x1, x2, #0xf0f0f0f0f0f0f0f"},
	{"m(LogicalImm(LogicEor, false, 1, 2, 1))", m(LogicalImm(LogicEor, false, 1, 2, 1)), "eor w1, w2, #0x1"},
	{"m(LogicalImm(LogicAnds, true, 1, 2, 0xfffffffffffffffe))", m(LogicalImm(LogicAnds, true, 1, 2, 0xfffffffffffffffe)), "ands x1, x2, #0xfffffffffffffffe"},
	{"m(LogicalImm(LogicAnds, false, ZR, 2, 0x80000000))", m(LogicalImm(LogicAnds, false, ZR, 2, 0x80000000)), "tst w2, #0x80000000"},
	{"m(LogicalImm(LogicAnds, true, ZR, 2, 0x00000000ffffffff))", m(LogicalImm(LogicAnds, true, ZR, 2, 0x00000000ffffffff)), "tst x2, #0xffffffff"},
	{"m(TstImm(true, 3, 0xff00))", m(TstImm(true, 3, 0xff00)), "tst x3, #0xff00"},
	{"m(TstImm(false, 3, 0x7fffffff))", m(TstImm(false, 3, 0x7fffffff)), "tst w3, #0x7fffffff"},

	// move wide; arm64asm prints the mov alias with the resulting value when the instruction is the preferred way to make it.
	{"Movz(true, 1, 0, 0)", Movz(true, 1, 0, 0), "mov x1, #0x0"},
	{"Movz(true, 1, 0xffff, 3)", Movz(true, 1, 0xffff, 3), "mov x1, #0xffff000000000000"},
	{"Movz(false, 1, 0x1234, 1)", Movz(false, 1, 0x1234, 1), "mov w1, #0x12340000"},
	{"Movz(true, 1, 0, 1)", Movz(true, 1, 0, 1), "movz x1, #0x0, lsl #16"},
	{"Movz(false, ZR, 1, 0)", Movz(false, ZR, 1, 0), "mov wzr, #0x1"},
	{"Movn(true, 1, 0, 0)", Movn(true, 1, 0, 0), "mov x1, #0xffffffffffffffff"},
	{"Movn(false, 1, 0, 0)", Movn(false, 1, 0, 0), "mov w1, #0xffffffff"},
	{"Movn(false, 1, 0xffff, 0)", Movn(false, 1, 0xffff, 0), "movn w1, #0xffff"},
	{"Movn(true, 2, 0x1234, 2)", Movn(true, 2, 0x1234, 2), "mov x2, #0xffffedcbffffffff"},
	{"Movn(false, 2, 0x1234, 1)", Movn(false, 2, 0x1234, 1), "mov w2, #0xedcbffff"},
	{"Movn(true, 2, 0xffff, 3)", Movn(true, 2, 0xffff, 3), "mov x2, #0xffffffffffff"},
	{"Movk(true, 1, 0xffff, 3)", Movk(true, 1, 0xffff, 3), "movk x1, #0xffff, lsl #48"},
	{"Movk(false, 1, 0, 0)", Movk(false, 1, 0, 0), "movk w1, #0x0"},
	{"Movk(true, 30, 1, 1)", Movk(true, 30, 1, 1), "movk x30, #0x1, lsl #16"},
	{"Movk(false, 30, 0xabcd, 1)", Movk(false, 30, 0xabcd, 1), "movk w30, #0xabcd, lsl #16"},

	// bitfield and its aliases; note LSL #0 prints as lsr #0, and BFC is not known to arm64asm.
	{"Sbfm(true, 1, 2, 4, 11)", Sbfm(true, 1, 2, 4, 11), "sbfx x1, x2, #4, #8"},
	{"Sbfm(true, 1, 2, 60, 3)", Sbfm(true, 1, 2, 60, 3), "sbfiz x1, x2, #4, #4"},
	{"Sbfm(false, 1, 2, 0, 31)", Sbfm(false, 1, 2, 0, 31), "asr w1, w2, #0"},
	{"Sbfm(true, 1, 2, 63, 63)", Sbfm(true, 1, 2, 63, 63), "asr x1, x2, #63"},
	{"Bfm(true, 1, 2, 0, 7)", Bfm(true, 1, 2, 0, 7), "bfxil x1, x2, #0, #8"},
	{"Bfm(false, 1, 2, 28, 3)", Bfm(false, 1, 2, 28, 3), "bfi w1, w2, #4, #4"},
	{"Bfm(true, 1, ZR, 60, 3)", Bfm(true, 1, ZR, 60, 3), "bfm x1, xzr, #0x3c, #3"},
	{"Bfm(false, 1, 2, 31, 31)", Bfm(false, 1, 2, 31, 31), "bfxil w1, w2, #31, #1"},
	{"Ubfm(true, 1, 2, 8, 15)", Ubfm(true, 1, 2, 8, 15), "ubfx x1, x2, #8, #8"},
	{"Ubfm(false, 1, 2, 31, 31)", Ubfm(false, 1, 2, 31, 31), "lsr w1, w2, #31"},
	{"Ubfm(true, 1, 2, 63, 62)", Ubfm(true, 1, 2, 63, 62), "lsl x1, x2, #1"},
	{"Ubfm(false, 1, 2, 1, 0)", Ubfm(false, 1, 2, 1, 0), "lsl w1, w2, #31"},
	{"Extr(true, 1, 2, 3, 0)", Extr(true, 1, 2, 3, 0), "extr x1, x2, x3, #0"},
	{"Extr(false, 1, 2, 3, 31)", Extr(false, 1, 2, 3, 31), "extr w1, w2, w3, #31"},
	{"Extr(true, 1, 2, 3, 63)", Extr(true, 1, 2, 3, 63), "extr x1, x2, x3, #63"},
	{"LslImm(true, 1, 2, 0)", LslImm(true, 1, 2, 0), "lsr x1, x2, #0"},
	{"LslImm(true, 1, 2, 1)", LslImm(true, 1, 2, 1), "lsl x1, x2, #1"},
	{"LslImm(true, 1, 2, 63)", LslImm(true, 1, 2, 63), "lsl x1, x2, #63"},
	{"LslImm(false, 1, 2, 31)", LslImm(false, 1, 2, 31), "lsl w1, w2, #31"},
	{"LslImm(false, 1, 2, 0)", LslImm(false, 1, 2, 0), "lsr w1, w2, #0"},
	{"LsrImm(true, 1, 2, 0)", LsrImm(true, 1, 2, 0), "lsr x1, x2, #0"},
	{"LsrImm(true, 1, 2, 63)", LsrImm(true, 1, 2, 63), "lsr x1, x2, #63"},
	{"LsrImm(false, 1, 2, 31)", LsrImm(false, 1, 2, 31), "lsr w1, w2, #31"},
	{"LsrImm(false, 1, 2, 1)", LsrImm(false, 1, 2, 1), "lsr w1, w2, #1"},
	{"AsrImm(true, 1, 2, 0)", AsrImm(true, 1, 2, 0), "asr x1, x2, #0"},
	{"AsrImm(true, 1, 2, 63)", AsrImm(true, 1, 2, 63), "asr x1, x2, #63"},
	{"AsrImm(false, 1, 2, 31)", AsrImm(false, 1, 2, 31), "asr w1, w2, #31"},
	{"AsrImm(false, 1, 2, 16)", AsrImm(false, 1, 2, 16), "asr w1, w2, #16"},
	{"RorImm(true, 1, 2, 0)", RorImm(true, 1, 2, 0), "ror x1, x2, #0"},
	{"RorImm(true, 1, 2, 63)", RorImm(true, 1, 2, 63), "ror x1, x2, #63"},
	{"RorImm(false, 1, 2, 31)", RorImm(false, 1, 2, 31), "ror w1, w2, #31"},
	{"RorImm(false, 1, 2, 8)", RorImm(false, 1, 2, 8), "ror w1, w2, #8"},
	{"Sxtb(true, 1, 2)", Sxtb(true, 1, 2), "sxtb x1, w2"},
	{"Sxtb(false, 1, 2)", Sxtb(false, 1, 2), "sxtb w1, w2"},
	{"Sxth(true, 1, 2)", Sxth(true, 1, 2), "sxth x1, w2"},
	{"Sxth(false, 1, 2)", Sxth(false, 1, 2), "sxth w1, w2"},
	{"Sxtw(1, 2)", Sxtw(1, 2), "sxtw x1, w2"},
	{"Uxtb(1, 2)", Uxtb(1, 2), "uxtb w1, w2"},
	{"Uxth(1, 2)", Uxth(1, 2), "uxth w1, w2"},

	// data processing, 2 and 1 source; LSLV etc. print as lsl etc..
	{"Udiv(true, 1, 2, 3)", Udiv(true, 1, 2, 3), "udiv x1, x2, x3"},
	{"Udiv(false, 4, 5, ZR)", Udiv(false, 4, 5, ZR), "udiv w4, w5, wzr"},
	{"Sdiv(true, 1, 2, 3)", Sdiv(true, 1, 2, 3), "sdiv x1, x2, x3"},
	{"Sdiv(false, 4, 5, ZR)", Sdiv(false, 4, 5, ZR), "sdiv w4, w5, wzr"},
	{"Lslv(true, 1, 2, 3)", Lslv(true, 1, 2, 3), "lsl x1, x2, x3"},
	{"Lslv(false, 4, 5, ZR)", Lslv(false, 4, 5, ZR), "lsl w4, w5, wzr"},
	{"Lsrv(true, 1, 2, 3)", Lsrv(true, 1, 2, 3), "lsr x1, x2, x3"},
	{"Lsrv(false, 4, 5, ZR)", Lsrv(false, 4, 5, ZR), "lsr w4, w5, wzr"},
	{"Asrv(true, 1, 2, 3)", Asrv(true, 1, 2, 3), "asr x1, x2, x3"},
	{"Asrv(false, 4, 5, ZR)", Asrv(false, 4, 5, ZR), "asr w4, w5, wzr"},
	{"Rorv(true, 1, 2, 3)", Rorv(true, 1, 2, 3), "ror x1, x2, x3"},
	{"Rorv(false, 4, 5, ZR)", Rorv(false, 4, 5, ZR), "ror w4, w5, wzr"},
	{"Rbit(true, 1, 2)", Rbit(true, 1, 2), "rbit x1, x2"},
	{"Rbit(false, 30, ZR)", Rbit(false, 30, ZR), "rbit w30, wzr"},
	{"Clz(true, 1, 2)", Clz(true, 1, 2), "clz x1, x2"},
	{"Clz(false, 30, ZR)", Clz(false, 30, ZR), "clz w30, wzr"},
	{"Cls(true, 1, 2)", Cls(true, 1, 2), "cls x1, x2"},
	{"Cls(false, 30, ZR)", Cls(false, 30, ZR), "cls w30, wzr"},
	{"Rev(true, 1, 2)", Rev(true, 1, 2), "rev x1, x2"},
	{"Rev(false, 30, ZR)", Rev(false, 30, ZR), "rev w30, wzr"},
	{"Rev16(true, 1, 2)", Rev16(true, 1, 2), "rev16 x1, x2"},
	{"Rev16(false, 30, ZR)", Rev16(false, 30, ZR), "rev16 w30, wzr"},
	{"Rev32(1, 2)", Rev32(1, 2), "rev32 x1, x2"},

	// data processing, 3 source.
	{"Madd(true, 1, 2, 3, 4)", Madd(true, 1, 2, 3, 4), "madd x1, x2, x3, x4"},
	{"Madd(false, 1, 2, 3, ZR)", Madd(false, 1, 2, 3, ZR), "mul w1, w2, w3"},
	{"Msub(true, 1, 2, 3, 4)", Msub(true, 1, 2, 3, 4), "msub x1, x2, x3, x4"},
	{"Msub(false, 1, 2, 3, ZR)", Msub(false, 1, 2, 3, ZR), "mneg w1, w2, w3"},
	{"Mul(true, 1, 2, 3)", Mul(true, 1, 2, 3), "mul x1, x2, x3"},
	{"Mul(false, 30, 29, 28)", Mul(false, 30, 29, 28), "mul w30, w29, w28"},
	{"Smulh(1, 2, 3)", Smulh(1, 2, 3), "smulh x1, x2, x3"},
	{"Umulh(1, 2, 3)", Umulh(1, 2, 3), "umulh x1, x2, x3"},
	{"Smull(1, 2, 3)", Smull(1, 2, 3), "smull x1, w2, w3"},
	{"Umull(4, 30, 0)", Umull(4, 30, 0), "umull x4, w30, w0"},

	// conditional select and compare; arm64asm prints hs/lo as cs/cc and nv as al.
	{"Csel(true, 1, 2, 3, EQ)", Csel(true, 1, 2, 3, EQ), "csel x1, x2, x3, eq"},
	{"Csel(false, 1, 2, 3, NV)", Csel(false, 1, 2, 3, NV), "csel w1, w2, w3, al"},
	{"Csel(true, 1, 2, 3, AL)", Csel(true, 1, 2, 3, AL), "csel x1, x2, x3, al"},
	{"Csinc(true, 1, 2, 3, HS)", Csinc(true, 1, 2, 3, HS), "csinc x1, x2, x3, cs"},
	{"Csinc(false, 1, 2, 2, LT)", Csinc(false, 1, 2, 2, LT), "cinc w1, w2, ge"},
	{"Csinc(true, 1, ZR, ZR, NE)", Csinc(true, 1, ZR, ZR, NE), "cset x1, eq"},
	{"Csinc(true, 1, 2, 2, AL)", Csinc(true, 1, 2, 2, AL), "csinc x1, x2, x2, al"},
	{"Csinv(true, 1, 2, 3, GT)", Csinv(true, 1, 2, 3, GT), "csinv x1, x2, x3, gt"},
	{"Csinv(false, 1, ZR, ZR, LE)", Csinv(false, 1, ZR, ZR, LE), "csetm w1, gt"},
	{"Csinv(true, 1, 2, 2, LO)", Csinv(true, 1, 2, 2, LO), "cinv x1, x2, cs"},
	{"Csneg(true, 1, 2, 3, LS)", Csneg(true, 1, 2, 3, LS), "csneg x1, x2, x3, ls"},
	{"Csneg(false, 1, 2, 2, VS)", Csneg(false, 1, 2, 2, VS), "cneg w1, w2, vc"},
	{"Cset(true, 1, EQ)", Cset(true, 1, EQ), "cset x1, eq"},
	{"Cset(false, 1, LO)", Cset(false, 1, LO), "cset w1, cc"},
	{"Cset(true, 1, LE)", Cset(true, 1, LE), "cset x1, le"},
	{"Cset(false, 1, HS)", Cset(false, 1, HS), "cset w1, cs"},
	{"Cset(true, 1, VC)", Cset(true, 1, VC), "cset x1, vc"},
	{"Csetm(true, 1, HI)", Csetm(true, 1, HI), "csetm x1, hi"},
	{"Csetm(false, 1, MI)", Csetm(false, 1, MI), "csetm w1, mi"},
	{"Csetm(true, 1, PL)", Csetm(true, 1, PL), "csetm x1, pl"},
	{"CcmpImm(true, 1, 0, 0, EQ)", CcmpImm(true, 1, 0, 0, EQ), "ccmp x1, #0x0, #0x0, eq"},
	{"CcmpImm(false, 1, 31, 15, NV)", CcmpImm(false, 1, 31, 15, NV), "ccmp w1, #0x1f, #0xf, al"},
	{"CcmnImm(true, 1, 31, 0b1010, GE)", CcmnImm(true, 1, 31, 0b1010, GE), "ccmn x1, #0x1f, #0xa, ge"},
	{"CcmnImm(false, ZR, 5, 4, LT)", CcmnImm(false, ZR, 5, 4, LT), "ccmn wzr, #0x5, #0x4, lt"},
	{"CcmpReg(true, 1, 2, 0, NE)", CcmpReg(true, 1, 2, 0, NE), "ccmp x1, x2, #0x0, ne"},
	{"CcmpReg(false, 1, ZR, 15, AL)", CcmpReg(false, 1, ZR, 15, AL), "ccmp w1, wzr, #0xf, al"},
	{"CcmnReg(true, 1, 2, 3, VC)", CcmnReg(true, 1, 2, 3, VC), "ccmn x1, x2, #0x3, vc"},

	// unsigned scaled offset: largest offset and SP base for every MemOp.
	{"m(LdStImm(LDRB, 0, 5, 4095))", m(LdStImm(LDRB, 0, 5, 4095)), "ldrb w0, [x5,#4095]"},
	{"m(LdStImm(LDRB, 30, SP, 0))", m(LdStImm(LDRB, 30, SP, 0)), "ldrb w30, [sp]"},
	{"m(LdStImm(LDRH, 1, 6, 8190))", m(LdStImm(LDRH, 1, 6, 8190)), "ldrh w1, [x6,#8190]"},
	{"m(LdStImm(LDRH, 29, SP, 2))", m(LdStImm(LDRH, 29, SP, 2)), "ldrh w29, [sp,#2]"},
	{"m(LdStImm(LDRW, 2, 7, 16380))", m(LdStImm(LDRW, 2, 7, 16380)), "ldr w2, [x7,#16380]"},
	{"m(LdStImm(LDRW, 28, SP, 0))", m(LdStImm(LDRW, 28, SP, 0)), "ldr w28, [sp]"},
	{"m(LdStImm(LDRX, 3, 8, 32760))", m(LdStImm(LDRX, 3, 8, 32760)), "ldr x3, [x8,#32760]"},
	{"m(LdStImm(LDRX, 27, SP, 8))", m(LdStImm(LDRX, 27, SP, 8)), "ldr x27, [sp,#8]"},
	{"m(LdStImm(LDRSBW, 4, 9, 4095))", m(LdStImm(LDRSBW, 4, 9, 4095)), "ldrsb w4, [x9,#4095]"},
	{"m(LdStImm(LDRSBW, 26, SP, 0))", m(LdStImm(LDRSBW, 26, SP, 0)), "ldrsb w26, [sp]"},
	{"m(LdStImm(LDRSBX, 5, 10, 4095))", m(LdStImm(LDRSBX, 5, 10, 4095)), "ldrsb x5, [x10,#4095]"},
	{"m(LdStImm(LDRSBX, 25, SP, 1))", m(LdStImm(LDRSBX, 25, SP, 1)), "ldrsb x25, [sp,#1]"},
	{"m(LdStImm(LDRSHW, 6, 11, 8190))", m(LdStImm(LDRSHW, 6, 11, 8190)), "ldrsh w6, [x11,#8190]"},
	{"m(LdStImm(LDRSHW, 24, SP, 0))", m(LdStImm(LDRSHW, 24, SP, 0)), "ldrsh w24, [sp]"},
	{"m(LdStImm(LDRSHX, 7, 12, 8190))", m(LdStImm(LDRSHX, 7, 12, 8190)), "ldrsh x7, [x12,#8190]"},
	{"m(LdStImm(LDRSHX, 23, SP, 2))", m(LdStImm(LDRSHX, 23, SP, 2)), "ldrsh x23, [sp,#2]"},
	{"m(LdStImm(LDRSW, 8, 13, 16380))", m(LdStImm(LDRSW, 8, 13, 16380)), "ldrsw x8, [x13,#16380]"},
	{"m(LdStImm(LDRSW, 22, SP, 0))", m(LdStImm(LDRSW, 22, SP, 0)), "ldrsw x22, [sp]"},
	{"m(LdStImm(STRB, 9, 14, 4095))", m(LdStImm(STRB, 9, 14, 4095)), "strb w9, [x14,#4095]"},
	{"m(LdStImm(STRB, 21, SP, 1))", m(LdStImm(STRB, 21, SP, 1)), "strb w21, [sp,#1]"},
	{"m(LdStImm(STRH, 10, 15, 8190))", m(LdStImm(STRH, 10, 15, 8190)), "strh w10, [x15,#8190]"},
	{"m(LdStImm(STRH, 20, SP, 0))", m(LdStImm(STRH, 20, SP, 0)), "strh w20, [sp]"},
	{"m(LdStImm(STRW, 11, 16, 16380))", m(LdStImm(STRW, 11, 16, 16380)), "str w11, [x16,#16380]"},
	{"m(LdStImm(STRW, 19, SP, 4))", m(LdStImm(STRW, 19, SP, 4)), "str w19, [sp,#4]"},
	{"m(LdStImm(STRX, 12, 17, 32760))", m(LdStImm(STRX, 12, 17, 32760)), "str x12, [x17,#32760]"},
	{"m(LdStImm(STRX, 18, SP, 0))", m(LdStImm(STRX, 18, SP, 0)), "str x18, [sp]"},
	{"m(LdStImm(LDRS, 13, 18, 16380))", m(LdStImm(LDRS, 13, 18, 16380)), "ldr s13, [x18,#16380]"},
	{"m(LdStImm(LDRS, 17, SP, 4))", m(LdStImm(LDRS, 17, SP, 4)), "ldr s17, [sp,#4]"},
	{"m(LdStImm(LDRD, 14, 19, 32760))", m(LdStImm(LDRD, 14, 19, 32760)), "ldr d14, [x19,#32760]"},
	{"m(LdStImm(LDRD, 16, SP, 0))", m(LdStImm(LDRD, 16, SP, 0)), "ldr d16, [sp]"},
	{"m(LdStImm(LDRQ, 15, 20, 65520))", m(LdStImm(LDRQ, 15, 20, 65520)), "ldr q15, [x20,#65520]"},
	{"m(LdStImm(LDRQ, 15, SP, 16))", m(LdStImm(LDRQ, 15, SP, 16)), "ldr q15, [sp,#16]"},
	{"m(LdStImm(STRS, 16, 21, 16380))", m(LdStImm(STRS, 16, 21, 16380)), "str s16, [x21,#16380]"},
	{"m(LdStImm(STRS, 14, SP, 0))", m(LdStImm(STRS, 14, SP, 0)), "str s14, [sp]"},
	{"m(LdStImm(STRD, 17, 22, 32760))", m(LdStImm(STRD, 17, 22, 32760)), "str d17, [x22,#32760]"},
	{"m(LdStImm(STRD, 13, SP, 8))", m(LdStImm(STRD, 13, SP, 8)), "str d13, [sp,#8]"},
	{"m(LdStImm(STRQ, 18, 23, 65520))", m(LdStImm(STRQ, 18, 23, 65520)), "str q18, [x23,#65520]"},
	{"m(LdStImm(STRQ, 12, SP, 0))", m(LdStImm(STRQ, 12, SP, 0)), "str q12, [sp]"},
	{"m(LdStImm(STRX, ZR, SP, 8))", m(LdStImm(STRX, ZR, SP, 8)), "str xzr, [sp,#8]"},
	{"m(LdStImm(STRW, ZR, 1, 0))", m(LdStImm(STRW, ZR, 1, 0)), "str wzr, [x1]"},
	{"m(LdStImm(LDRX, ZR, 1, 0))", m(LdStImm(LDRX, ZR, 1, 0)), "ldr xzr, [x1]"},

	// unscaled 9-bit offset, both edges for every MemOp.
	{"m(LdStUnscaled(LDRB, 0, SP, 255))", m(LdStUnscaled(LDRB, 0, SP, 255)), "ldurb w0, [sp,#255]"},
	{"m(LdStUnscaled(LDRH, 1, 2, -256))", m(LdStUnscaled(LDRH, 1, 2, -256)), "ldurh w1, [x2,#-256]"},
	{"m(LdStUnscaled(LDRW, 2, 3, 255))", m(LdStUnscaled(LDRW, 2, 3, 255)), "ldur w2, [x3,#255]"},
	{"m(LdStUnscaled(LDRX, 3, SP, -256))", m(LdStUnscaled(LDRX, 3, SP, -256)), "ldur x3, [sp,#-256]"},
	{"m(LdStUnscaled(LDRSBW, 4, 5, 255))", m(LdStUnscaled(LDRSBW, 4, 5, 255)), "ldursb w4, [x5,#255]"},
	{"m(LdStUnscaled(LDRSBX, 5, 6, -256))", m(LdStUnscaled(LDRSBX, 5, 6, -256)), "ldursb x5, [x6,#-256]"},
	{"m(LdStUnscaled(LDRSHW, 6, SP, 255))", m(LdStUnscaled(LDRSHW, 6, SP, 255)), "ldursh w6, [sp,#255]"},
	{"m(LdStUnscaled(LDRSHX, 7, 8, -256))", m(LdStUnscaled(LDRSHX, 7, 8, -256)), "ldursh x7, [x8,#-256]"},
	{"m(LdStUnscaled(LDRSW, 8, 9, 255))", m(LdStUnscaled(LDRSW, 8, 9, 255)), "ldursw x8, [x9,#255]"},
	{"m(LdStUnscaled(STRB, 9, SP, -256))", m(LdStUnscaled(STRB, 9, SP, -256)), "sturb w9, [sp,#-256]"},
	{"m(LdStUnscaled(STRH, 10, 11, 255))", m(LdStUnscaled(STRH, 10, 11, 255)), "sturh w10, [x11,#255]"},
	{"m(LdStUnscaled(STRW, 11, 12, -256))", m(LdStUnscaled(STRW, 11, 12, -256)), "stur w11, [x12,#-256]"},
	{"m(LdStUnscaled(STRX, 12, SP, 255))", m(LdStUnscaled(STRX, 12, SP, 255)), "stur x12, [sp,#255]"},
	{"m(LdStUnscaled(LDRS, 13, 14, -256))", m(LdStUnscaled(LDRS, 13, 14, -256)), "ldur s13, [x14,#-256]"},
	{"m(LdStUnscaled(LDRD, 14, 15, 255))", m(LdStUnscaled(LDRD, 14, 15, 255)), "ldur d14, [x15,#255]"},
	{"m(LdStUnscaled(LDRQ, 15, SP, -256))", m(LdStUnscaled(LDRQ, 15, SP, -256)), "ldur q15, [sp,#-256]"},
	{"m(LdStUnscaled(STRS, 16, 17, 255))", m(LdStUnscaled(STRS, 16, 17, 255)), "stur s16, [x17,#255]"},
	{"m(LdStUnscaled(STRD, 17, 18, -256))", m(LdStUnscaled(STRD, 17, 18, -256)), "stur d17, [x18,#-256]"},
	{"m(LdStUnscaled(STRQ, 18, SP, 255))", m(LdStUnscaled(STRQ, 18, SP, 255)), "stur q18, [sp,#255]"},
	{"m(LdStUnscaled(LDRX, 1, 2, 0))", m(LdStUnscaled(LDRX, 1, 2, 0)), "ldur x1, [x2]"},
	{"m(LdStUnscaled(STRX, 1, 2, 1))", m(LdStUnscaled(STRX, 1, 2, 1)), "stur x1, [x2,#1]"},
	{"m(LdStUnscaled(LDRQ, 1, 2, -1))", m(LdStUnscaled(LDRQ, 1, 2, -1)), "ldur q1, [x2,#-1]"},

	// pre/post-indexed, both edges for every MemOp.
	{"m(LdStPre(LDRB, 0, SP, 255))", m(LdStPre(LDRB, 0, SP, 255)), "ldrb w0, [sp,#255]!"},
	{"m(LdStPost(LDRB, 0, 1, -256))", m(LdStPost(LDRB, 0, 1, -256)), "ldrb w0, [x1],#-256"},
	{"m(LdStPre(LDRH, 1, 2, -256))", m(LdStPre(LDRH, 1, 2, -256)), "ldrh w1, [x2,#-256]!"},
	{"m(LdStPost(LDRH, 1, SP, 255))", m(LdStPost(LDRH, 1, SP, 255)), "ldrh w1, [sp],#255"},
	{"m(LdStPre(LDRW, 2, SP, 255))", m(LdStPre(LDRW, 2, SP, 255)), "ldr w2, [sp,#255]!"},
	{"m(LdStPost(LDRW, 2, 3, -256))", m(LdStPost(LDRW, 2, 3, -256)), "ldr w2, [x3],#-256"},
	{"m(LdStPre(LDRX, 3, 4, -256))", m(LdStPre(LDRX, 3, 4, -256)), "ldr x3, [x4,#-256]!"},
	{"m(LdStPost(LDRX, 3, SP, 255))", m(LdStPost(LDRX, 3, SP, 255)), "ldr x3, [sp],#255"},
	{"m(LdStPre(LDRSBW, 4, SP, 255))", m(LdStPre(LDRSBW, 4, SP, 255)), "ldrsb w4, [sp,#255]!"},
	{"m(LdStPost(LDRSBW, 4, 5, -256))", m(LdStPost(LDRSBW, 4, 5, -256)), "ldrsb w4, [x5],#-256"},
	{"m(LdStPre(LDRSBX, 5, 6, -256))", m(LdStPre(LDRSBX, 5, 6, -256)), "ldrsb x5, [x6,#-256]!"},
	{"m(LdStPost(LDRSBX, 5, SP, 255))", m(LdStPost(LDRSBX, 5, SP, 255)), "ldrsb x5, [sp],#255"},
	{"m(LdStPre(LDRSHW, 6, SP, 255))", m(LdStPre(LDRSHW, 6, SP, 255)), "ldrsh w6, [sp,#255]!"},
	{"m(LdStPost(LDRSHW, 6, 7, -256))", m(LdStPost(LDRSHW, 6, 7, -256)), "ldrsh w6, [x7],#-256"},
	{"m(LdStPre(LDRSHX, 7, 8, -256))", m(LdStPre(LDRSHX, 7, 8, -256)), "ldrsh x7, [x8,#-256]!"},
	{"m(LdStPost(LDRSHX, 7, SP, 255))", m(LdStPost(LDRSHX, 7, SP, 255)), "ldrsh x7, [sp],#255"},
	{"m(LdStPre(LDRSW, 8, SP, 255))", m(LdStPre(LDRSW, 8, SP, 255)), "ldrsw x8, [sp,#255]!"},
	{"m(LdStPost(LDRSW, 8, 9, -256))", m(LdStPost(LDRSW, 8, 9, -256)), "ldrsw x8, [x9],#-256"},
	{"m(LdStPre(STRB, 9, 10, -256))", m(LdStPre(STRB, 9, 10, -256)), "strb w9, [x10,#-256]!"},
	{"m(LdStPost(STRB, 9, SP, 255))", m(LdStPost(STRB, 9, SP, 255)), "strb w9, [sp],#255"},
	{"m(LdStPre(STRH, 10, SP, 255))", m(LdStPre(STRH, 10, SP, 255)), "strh w10, [sp,#255]!"},
	{"m(LdStPost(STRH, 10, 11, -256))", m(LdStPost(STRH, 10, 11, -256)), "strh w10, [x11],#-256"},
	{"m(LdStPre(STRW, 11, 12, -256))", m(LdStPre(STRW, 11, 12, -256)), "str w11, [x12,#-256]!"},
	{"m(LdStPost(STRW, 11, SP, 255))", m(LdStPost(STRW, 11, SP, 255)), "str w11, [sp],#255"},
	{"m(LdStPre(STRX, 12, SP, 255))", m(LdStPre(STRX, 12, SP, 255)), "str x12, [sp,#255]!"},
	{"m(LdStPost(STRX, 12, 13, -256))", m(LdStPost(STRX, 12, 13, -256)), "str x12, [x13],#-256"},
	{"m(LdStPre(LDRS, 13, 14, -256))", m(LdStPre(LDRS, 13, 14, -256)), "ldr s13, [x14,#-256]!"},
	{"m(LdStPost(LDRS, 13, SP, 255))", m(LdStPost(LDRS, 13, SP, 255)), "ldr s13, [sp],#255"},
	{"m(LdStPre(LDRD, 14, SP, 255))", m(LdStPre(LDRD, 14, SP, 255)), "ldr d14, [sp,#255]!"},
	{"m(LdStPost(LDRD, 14, 15, -256))", m(LdStPost(LDRD, 14, 15, -256)), "ldr d14, [x15],#-256"},
	{"m(LdStPre(LDRQ, 15, 16, -256))", m(LdStPre(LDRQ, 15, 16, -256)), "ldr q15, [x16,#-256]!"},
	{"m(LdStPost(LDRQ, 15, SP, 255))", m(LdStPost(LDRQ, 15, SP, 255)), "ldr q15, [sp],#255"},
	{"m(LdStPre(STRS, 16, SP, 255))", m(LdStPre(STRS, 16, SP, 255)), "str s16, [sp,#255]!"},
	{"m(LdStPost(STRS, 16, 17, -256))", m(LdStPost(STRS, 16, 17, -256)), "str s16, [x17],#-256"},
	{"m(LdStPre(STRD, 17, 18, -256))", m(LdStPre(STRD, 17, 18, -256)), "str d17, [x18,#-256]!"},
	{"m(LdStPost(STRD, 17, SP, 255))", m(LdStPost(STRD, 17, SP, 255)), "str d17, [sp],#255"},
	{"m(LdStPre(STRQ, 18, SP, 255))", m(LdStPre(STRQ, 18, SP, 255)), "str q18, [sp,#255]!"},
	{"m(LdStPost(STRQ, 18, 19, -256))", m(LdStPost(STRQ, 18, 19, -256)), "str q18, [x19],#-256"},
	{"m(LdStPre(STRX, 30, SP, -16))", m(LdStPre(STRX, 30, SP, -16)), "str x30, [sp,#-16]!"},
	{"m(LdStPost(LDRX, 30, SP, 16))", m(LdStPost(LDRX, 30, SP, 16)), "ldr x30, [sp],#16"},
	{"m(LdStPre(LDRX, 1, 2, 0))", m(LdStPre(LDRX, 1, 2, 0)), "ldr x1, [x2,#0]!"},
	{"m(LdStPost(STRW, ZR, 2, 0))", m(LdStPost(STRW, ZR, 2, 0)), "str wzr, [x2],#0"},

	// register offset.
	{"LdStReg(LDRB, 0, SP, 2, UXTW, true)", LdStReg(LDRB, 0, SP, 2, UXTW, true), "ldrb w0, [sp,w2,uxtw]"},
	{"LdStReg(LDRH, 1, 2, 3, UXTX, false)", LdStReg(LDRH, 1, 2, 3, UXTX, false), "ldrh w1, [x2,x3]"},
	{"LdStReg(LDRW, 2, 3, 4, SXTW, true)", LdStReg(LDRW, 2, 3, 4, SXTW, true), "ldr w2, [x3,w4,sxtw #2]"},
	{"LdStReg(LDRX, 3, 4, 5, SXTX, true)", LdStReg(LDRX, 3, 4, 5, SXTX, true), "ldr x3, [x4,x5,sxtx #3]"},
	{"LdStReg(LDRSBW, 4, 5, 6, UXTW, false)", LdStReg(LDRSBW, 4, 5, 6, UXTW, false), "ldrsb w4, [x5,w6,uxtw]"},
	{"LdStReg(LDRSBX, 5, SP, 7, UXTX, true)", LdStReg(LDRSBX, 5, SP, 7, UXTX, true), "ldrsb x5, [sp,x7]"},
	{"LdStReg(LDRSHW, 6, 7, 8, SXTW, true)", LdStReg(LDRSHW, 6, 7, 8, SXTW, true), "ldrsh w6, [x7,w8,sxtw #1]"},
	{"LdStReg(LDRSHX, 7, 8, 9, SXTX, false)", LdStReg(LDRSHX, 7, 8, 9, SXTX, false), "ldrsh x7, [x8,x9,sxtx]"},
	{"LdStReg(LDRSW, 8, 9, 10, UXTW, true)", LdStReg(LDRSW, 8, 9, 10, UXTW, true), "ldrsw x8, [x9,w10,uxtw #2]"},
	{"LdStReg(STRB, 9, 10, 11, UXTX, true)", LdStReg(STRB, 9, 10, 11, UXTX, true), "strb w9, [x10,x11]"},
	{"LdStReg(STRH, 10, SP, 12, SXTW, false)", LdStReg(STRH, 10, SP, 12, SXTW, false), "strh w10, [sp,w12,sxtw]"},
	{"LdStReg(STRW, 11, 12, 13, SXTX, true)", LdStReg(STRW, 11, 12, 13, SXTX, true), "str w11, [x12,x13,sxtx #2]"},
	{"LdStReg(STRX, 12, 13, 14, UXTW, true)", LdStReg(STRX, 12, 13, 14, UXTW, true), "str x12, [x13,w14,uxtw #3]"},
	{"LdStReg(LDRS, 13, 14, 15, UXTX, false)", LdStReg(LDRS, 13, 14, 15, UXTX, false), "ldr s13, [x14,x15]"},
	{"LdStReg(LDRD, 14, 15, 16, SXTW, true)", LdStReg(LDRD, 14, 15, 16, SXTW, true), "ldr d14, [x15,w16,sxtw #3]"},
	{"LdStReg(LDRQ, 15, SP, 17, SXTX, true)", LdStReg(LDRQ, 15, SP, 17, SXTX, true), "ldr q15, [sp,x17,sxtx #4]"},
	{"LdStReg(STRS, 16, 17, 18, UXTW, false)", LdStReg(STRS, 16, 17, 18, UXTW, false), "str s16, [x17,w18,uxtw]"},
	{"LdStReg(STRD, 17, 18, 19, UXTX, true)", LdStReg(STRD, 17, 18, 19, UXTX, true), "str d17, [x18,x19,lsl #3]"},
	{"LdStReg(STRQ, 18, 19, 20, SXTW, true)", LdStReg(STRQ, 18, 19, 20, SXTW, true), "str q18, [x19,w20,sxtw #4]"},
	{"LdStReg(LDRX, 1, 2, 3, UXTX, false)", LdStReg(LDRX, 1, 2, 3, UXTX, false), "ldr x1, [x2,x3]"},
	{"LdStReg(LDRX, 1, 2, 3, UXTX, true)", LdStReg(LDRX, 1, 2, 3, UXTX, true), "ldr x1, [x2,x3,lsl #3]"},
	{"LdStReg(LDRB, 1, 2, 3, UXTX, true)", LdStReg(LDRB, 1, 2, 3, UXTX, true), "ldrb w1, [x2,x3]"},
	{"LdStReg(LDRB, 1, 2, 3, SXTW, false)", LdStReg(LDRB, 1, 2, 3, SXTW, false), "ldrb w1, [x2,w3,sxtw]"},
	{"LdStReg(STRQ, 1, 2, 3, UXTX, true)", LdStReg(STRQ, 1, 2, 3, UXTX, true), "str q1, [x2,x3,lsl #4]"},
	{"LdStReg(STRX, ZR, SP, ZR, SXTX, true)", LdStReg(STRX, ZR, SP, ZR, SXTX, true), "str xzr, [sp,xzr,sxtx #3]"},

	// literal loads, both edges.
	{"m(LdrLiteral(LDRW, 1, 0))", m(LdrLiteral(LDRW, 1, 0)), "ldr w1, .+0x0"},
	{"m(LdrLiteral(LDRW, 2, -(1 << 20)))", m(LdrLiteral(LDRW, 2, -(1 << 20))), "ldr w2, .+0xfffffffffff00000"},
	{"m(LdrLiteral(LDRW, 3, 1<<20 - 4))", m(LdrLiteral(LDRW, 3, 1<<20-4)), "ldr w3, .+0xffffc"},
	{"m(LdrLiteral(LDRX, 1, 0))", m(LdrLiteral(LDRX, 1, 0)), "ldr x1, .+0x0"},
	{"m(LdrLiteral(LDRX, 2, -(1 << 20)))", m(LdrLiteral(LDRX, 2, -(1 << 20))), "ldr x2, .+0xfffffffffff00000"},
	{"m(LdrLiteral(LDRX, 3, 1<<20 - 4))", m(LdrLiteral(LDRX, 3, 1<<20-4)), "ldr x3, .+0xffffc"},
	{"m(LdrLiteral(LDRSW, 1, 0))", m(LdrLiteral(LDRSW, 1, 0)), "ldrsw x1, .+0x0"},
	{"m(LdrLiteral(LDRSW, 2, -(1 << 20)))", m(LdrLiteral(LDRSW, 2, -(1 << 20))), "ldrsw x2, .+0xfffffffffff00000"},
	{"m(LdrLiteral(LDRSW, 3, 1<<20 - 4))", m(LdrLiteral(LDRSW, 3, 1<<20-4)), "ldrsw x3, .+0xffffc"},
	{"m(LdrLiteral(LDRS, 1, 0))", m(LdrLiteral(LDRS, 1, 0)), "ldr s1, .+0x0"},
	{"m(LdrLiteral(LDRS, 2, -(1 << 20)))", m(LdrLiteral(LDRS, 2, -(1 << 20))), "ldr s2, .+0xfffffffffff00000"},
	{"m(LdrLiteral(LDRS, 3, 1<<20 - 4))", m(LdrLiteral(LDRS, 3, 1<<20-4)), "ldr s3, .+0xffffc"},
	{"m(LdrLiteral(LDRD, 1, 0))", m(LdrLiteral(LDRD, 1, 0)), "ldr d1, .+0x0"},
	{"m(LdrLiteral(LDRD, 2, -(1 << 20)))", m(LdrLiteral(LDRD, 2, -(1 << 20))), "ldr d2, .+0xfffffffffff00000"},
	{"m(LdrLiteral(LDRD, 3, 1<<20 - 4))", m(LdrLiteral(LDRD, 3, 1<<20-4)), "ldr d3, .+0xffffc"},
	{"m(LdrLiteral(LDRQ, 1, 0))", m(LdrLiteral(LDRQ, 1, 0)), "ldr q1, .+0x0"},
	{"m(LdrLiteral(LDRQ, 2, -(1 << 20)))", m(LdrLiteral(LDRQ, 2, -(1 << 20))), "ldr q2, .+0xfffffffffff00000"},
	{"m(LdrLiteral(LDRQ, 3, 1<<20 - 4))", m(LdrLiteral(LDRQ, 3, 1<<20-4)), "ldr q3, .+0xffffc"},

	// pairs, both edges, all modes.
	{"m(Ldp(false, 1, 2, SP, -512, PairOffset))", m(Ldp(false, 1, 2, SP, -512, PairOffset)), "ldp x1, x2, [sp,#-512]"},
	{"m(Ldp(false, 29, 30, 3, 504, PairOffset))", m(Ldp(false, 29, 30, 3, 504, PairOffset)), "ldp x29, x30, [x3,#504]"},
	{"m(Ldp(false, 1, 2, SP, -512, PairPre))", m(Ldp(false, 1, 2, SP, -512, PairPre)), "ldp x1, x2, [sp,#-512]!"},
	{"m(Ldp(false, 29, 30, 3, 504, PairPre))", m(Ldp(false, 29, 30, 3, 504, PairPre)), "ldp x29, x30, [x3,#504]!"},
	{"m(Ldp(false, 1, 2, SP, -512, PairPost))", m(Ldp(false, 1, 2, SP, -512, PairPost)), "ldp x1, x2, [sp],#-512"},
	{"m(Ldp(false, 29, 30, 3, 504, PairPost))", m(Ldp(false, 29, 30, 3, 504, PairPost)), "ldp x29, x30, [x3],#504"},
	{"m(Ldp(false, 0, 31, 3, 0, PairOffset))", m(Ldp(false, 0, 31, 3, 0, PairOffset)), "ldp x0, xzr, [x3]"},
	{"m(Ldp(true, 1, 2, SP, -512, PairOffset))", m(Ldp(true, 1, 2, SP, -512, PairOffset)), "ldp d1, d2, [sp,#-512]"},
	{"m(Ldp(true, 29, 30, 3, 504, PairOffset))", m(Ldp(true, 29, 30, 3, 504, PairOffset)), "ldp d29, d30, [x3,#504]"},
	{"m(Ldp(true, 1, 2, SP, -512, PairPre))", m(Ldp(true, 1, 2, SP, -512, PairPre)), "ldp d1, d2, [sp,#-512]!"},
	{"m(Ldp(true, 29, 30, 3, 504, PairPre))", m(Ldp(true, 29, 30, 3, 504, PairPre)), "ldp d29, d30, [x3,#504]!"},
	{"m(Ldp(true, 1, 2, SP, -512, PairPost))", m(Ldp(true, 1, 2, SP, -512, PairPost)), "ldp d1, d2, [sp],#-512"},
	{"m(Ldp(true, 29, 30, 3, 504, PairPost))", m(Ldp(true, 29, 30, 3, 504, PairPost)), "ldp d29, d30, [x3],#504"},
	{"m(Ldp(true, 0, 31, 3, 0, PairOffset))", m(Ldp(true, 0, 31, 3, 0, PairOffset)), "ldp d0, d31, [x3]"},
	{"m(Stp(false, 1, 2, SP, -512, PairOffset))", m(Stp(false, 1, 2, SP, -512, PairOffset)), "stp x1, x2, [sp,#-512]"},
	{"m(Stp(false, 29, 30, 3, 504, PairOffset))", m(Stp(false, 29, 30, 3, 504, PairOffset)), "stp x29, x30, [x3,#504]"},
	{"m(Stp(false, 1, 2, SP, -512, PairPre))", m(Stp(false, 1, 2, SP, -512, PairPre)), "stp x1, x2, [sp,#-512]!"},
	{"m(Stp(false, 29, 30, 3, 504, PairPre))", m(Stp(false, 29, 30, 3, 504, PairPre)), "stp x29, x30, [x3,#504]!"},
	{"m(Stp(false, 1, 2, SP, -512, PairPost))", m(Stp(false, 1, 2, SP, -512, PairPost)), "stp x1, x2, [sp],#-512"},
	{"m(Stp(false, 29, 30, 3, 504, PairPost))", m(Stp(false, 29, 30, 3, 504, PairPost)), "stp x29, x30, [x3],#504"},
	{"m(Stp(false, 0, 31, 3, 0, PairOffset))", m(Stp(false, 0, 31, 3, 0, PairOffset)), "stp x0, xzr, [x3]"},
	{"m(Stp(true, 1, 2, SP, -512, PairOffset))", m(Stp(true, 1, 2, SP, -512, PairOffset)), "stp d1, d2, [sp,#-512]"},
	{"m(Stp(true, 29, 30, 3, 504, PairOffset))", m(Stp(true, 29, 30, 3, 504, PairOffset)), "stp d29, d30, [x3,#504]"},
	{"m(Stp(true, 1, 2, SP, -512, PairPre))", m(Stp(true, 1, 2, SP, -512, PairPre)), "stp d1, d2, [sp,#-512]!"},
	{"m(Stp(true, 29, 30, 3, 504, PairPre))", m(Stp(true, 29, 30, 3, 504, PairPre)), "stp d29, d30, [x3,#504]!"},
	{"m(Stp(true, 1, 2, SP, -512, PairPost))", m(Stp(true, 1, 2, SP, -512, PairPost)), "stp d1, d2, [sp],#-512"},
	{"m(Stp(true, 29, 30, 3, 504, PairPost))", m(Stp(true, 29, 30, 3, 504, PairPost)), "stp d29, d30, [x3],#504"},
	{"m(Stp(true, 0, 31, 3, 0, PairOffset))", m(Stp(true, 0, 31, 3, 0, PairOffset)), "stp d0, d31, [x3]"},
	{"m(Stp(false, 29, 30, SP, -16, PairPre))", m(Stp(false, 29, 30, SP, -16, PairPre)), "stp x29, x30, [sp,#-16]!"},
	{"m(Ldp(false, 29, 30, SP, 16, PairPost))", m(Ldp(false, 29, 30, SP, 16, PairPost)), "ldp x29, x30, [sp],#16"},

	// branches; PC-relative operands print as .+offset (two's complement for negative).
	{"m(B(0))", m(B(0)), "b .+0x0"},
	{"m(B(4))", m(B(4)), "b .+0x4"},
	{"m(B(-4))", m(B(-4)), "b .+0xfffffffffffffffc"},
	{"m(B(-(1 << 27)))", m(B(-(1 << 27))), "b .+0xfffffffff8000000"},
	{"m(B(1<<27 - 4))", m(B(1<<27 - 4)), "b .+0x7fffffc"},
	{"m(Bl(0))", m(Bl(0)), "bl .+0x0"},
	{"m(Bl(-(1 << 27)))", m(Bl(-(1 << 27))), "bl .+0xfffffffff8000000"},
	{"m(Bl(1<<27 - 4))", m(Bl(1<<27 - 4)), "bl .+0x7fffffc"},
	{"m(BCond(EQ, -(1 << 20)))", m(BCond(EQ, -(1 << 20))), "b.eq .+0xfffffffffff00000"},
	{"m(BCond(LE, 1<<20 - 4))", m(BCond(LE, 1<<20-4)), "b.le .+0xffffc"},
	{"m(BCond(HS, 8))", m(BCond(HS, 8)), "b.cs .+0x8"},
	{"m(BCond(LO, -8))", m(BCond(LO, -8)), "b.cc .+0xfffffffffffffff8"},
	{"m(BCond(NE, 0))", m(BCond(NE, 0)), "b.ne .+0x0"},
	{"m(BCond(MI, 0))", m(BCond(MI, 0)), "b.mi .+0x0"},
	{"m(BCond(PL, 0))", m(BCond(PL, 0)), "b.pl .+0x0"},
	{"m(BCond(VS, 0))", m(BCond(VS, 0)), "b.vs .+0x0"},
	{"m(BCond(VC, 0))", m(BCond(VC, 0)), "b.vc .+0x0"},
	{"m(BCond(HI, 0))", m(BCond(HI, 0)), "b.hi .+0x0"},
	{"m(BCond(LS, 0))", m(BCond(LS, 0)), "b.ls .+0x0"},
	{"m(BCond(GE, 0))", m(BCond(GE, 0)), "b.ge .+0x0"},
	{"m(BCond(LT, 0))", m(BCond(LT, 0)), "b.lt .+0x0"},
	{"m(BCond(GT, 0))", m(BCond(GT, 0)), "b.gt .+0x0"},
	{"m(BCond(AL, 0))", m(BCond(AL, 0)), "b.al .+0x0"},
	{"m(BCond(NV, 0))", m(BCond(NV, 0)), "b.al .+0x0"},
	{"m(Cbz(true, 1, 0))", m(Cbz(true, 1, 0)), "cbz x1, .+0x0"},
	{"m(Cbz(false, ZR, -(1 << 20)))", m(Cbz(false, ZR, -(1 << 20))), "cbz wzr, .+0xfffffffffff00000"},
	{"m(Cbz(true, 30, 1<<20 - 4))", m(Cbz(true, 30, 1<<20-4)), "cbz x30, .+0xffffc"},
	{"m(Cbnz(true, 30, 1<<20 - 4))", m(Cbnz(true, 30, 1<<20-4)), "cbnz x30, .+0xffffc"},
	{"m(Cbnz(false, 2, -(1 << 20)))", m(Cbnz(false, 2, -(1 << 20))), "cbnz w2, .+0xfffffffffff00000"},
	{"m(Cbnz(true, ZR, 8))", m(Cbnz(true, ZR, 8)), "cbnz xzr, .+0x8"},
	{"m(Tbz(1, 0, 0))", m(Tbz(1, 0, 0)), "tbz w1, #0, .+0x0"},
	{"m(Tbz(1, 63, -(1 << 15)))", m(Tbz(1, 63, -(1 << 15))), "tbz x1, #63, .+0xffffffffffff8000"},
	{"m(Tbz(2, 31, 1<<15 - 4))", m(Tbz(2, 31, 1<<15-4)), "tbz w2, #31, .+0x7ffc"},
	{"m(Tbz(3, 32, 4))", m(Tbz(3, 32, 4)), "tbz x3, #32, .+0x4"},
	{"m(Tbnz(1, 31, 1<<15 - 4))", m(Tbnz(1, 31, 1<<15-4)), "tbnz w1, #31, .+0x7ffc"},
	{"m(Tbnz(ZR, 32, -(1 << 15)))", m(Tbnz(ZR, 32, -(1 << 15))), "tbnz xzr, #32, .+0xffffffffffff8000"},
	{"m(Tbnz(30, 63, -4))", m(Tbnz(30, 63, -4)), "tbnz x30, #63, .+0xfffffffffffffffc"},
	{"m(Tbnz(1, 0, 0))", m(Tbnz(1, 0, 0)), "tbnz w1, #0, .+0x0"},
	{"Br(16)", Br(16), "br x16"},
	{"Br(30)", Br(30), "br x30"},
	{"Blr(1)", Blr(1), "blr x1"},
	{"Blr(ZR)", Blr(ZR), "blr xzr"},
	{"Ret(30)", Ret(30), "ret"},
	{"Ret(1)", Ret(1), "ret x1"},
	{"m(Adr(1, 0))", m(Adr(1, 0)), "adr x1, .+0x0"},
	{"m(Adr(1, -(1 << 20)))", m(Adr(1, -(1 << 20))), "adr x1, .+0xfffffffffff00000"},
	{"m(Adr(2, 1<<20 - 1))", m(Adr(2, 1<<20-1)), "adr x2, .+0xfffff"},
	{"m(Adr(30, 5))", m(Adr(30, 5)), "adr x30, .+0x5"},
	{"m(Adrp(1, 0))", m(Adrp(1, 0)), "adrp x1, .+0x0"},
	{"m(Adrp(1, -(1 << 20)))", m(Adrp(1, -(1 << 20))), "adrp x1, .+0xffffffff00000000"},
	{"m(Adrp(2, 1<<20 - 1))", m(Adrp(2, 1<<20-1)), "adrp x2, .+0xfffff000"},
	{"m(Adrp(3, 1))", m(Adrp(3, 1)), "adrp x3, .+0x1000"},
	{"Brk(0)", Brk(0), "brk #0x0"},
	{"Brk(0xffff)", Brk(0xffff), "brk #0xffff"},
	{"Udf(0)", Udf(0), ".word 0x00000000"},
	{"Udf(0xffff)", Udf(0xffff), ".word 0x0000ffff"},
	{"Nop()", Nop(), "nop "},
	{"DmbIsh()", DmbIsh(), "dmb ish"},

	// floating point.
	{"FmovReg(true, 1, 2)", FmovReg(true, 1, 2), "fmov d1, d2"},
	{"FmovReg(false, 31, 0)", FmovReg(false, 31, 0), "fmov s31, s0"},
	{"FmovToGP(true, 1, 2)", FmovToGP(true, 1, 2), "fmov x1, d2"},
	{"FmovToGP(false, 1, 2)", FmovToGP(false, 1, 2), "fmov w1, s2"},
	{"FmovToGP(true, ZR, 31)", FmovToGP(true, ZR, 31), "fmov xzr, d31"},
	{"FmovFromGP(true, 1, 2)", FmovFromGP(true, 1, 2), "fmov d1, x2"},
	{"FmovFromGP(false, 1, 2)", FmovFromGP(false, 1, 2), "fmov s1, w2"},
	{"FmovFromGP(false, 31, ZR)", FmovFromGP(false, 31, ZR), "fmov s31, wzr"},
	{"FmovImm(true, 1, 0x70)", FmovImm(true, 1, 0x70), "fmov d1, #1.000000000000000000e+00"},
	{"FmovImm(false, 31, 0x00)", FmovImm(false, 31, 0x00), "fmov s31, #2.000000000000000000e+00"},
	{"FmovImm(true, 0, 0xff)", FmovImm(true, 0, 0xff), "fmov d0, #-1.937500000000000000e+00"},
	{"FmovImm(false, 0, 0x80)", FmovImm(false, 0, 0x80), "fmov s0, #-2.000000000000000000e+00"},
	{"Fadd(true, 1, 2, 3)", Fadd(true, 1, 2, 3), "fadd d1, d2, d3"},
	{"Fadd(false, 31, 30, 29)", Fadd(false, 31, 30, 29), "fadd s31, s30, s29"},
	{"Fsub(true, 1, 2, 3)", Fsub(true, 1, 2, 3), "fsub d1, d2, d3"},
	{"Fsub(false, 31, 30, 29)", Fsub(false, 31, 30, 29), "fsub s31, s30, s29"},
	{"Fmul(true, 1, 2, 3)", Fmul(true, 1, 2, 3), "fmul d1, d2, d3"},
	{"Fmul(false, 31, 30, 29)", Fmul(false, 31, 30, 29), "fmul s31, s30, s29"},
	{"Fdiv(true, 1, 2, 3)", Fdiv(true, 1, 2, 3), "fdiv d1, d2, d3"},
	{"Fdiv(false, 31, 30, 29)", Fdiv(false, 31, 30, 29), "fdiv s31, s30, s29"},
	{"Fmax(true, 1, 2, 3)", Fmax(true, 1, 2, 3), "fmax d1, d2, d3"},
	{"Fmax(false, 31, 30, 29)", Fmax(false, 31, 30, 29), "fmax s31, s30, s29"},
	{"Fmin(true, 1, 2, 3)", Fmin(true, 1, 2, 3), "fmin d1, d2, d3"},
	{"Fmin(false, 31, 30, 29)", Fmin(false, 31, 30, 29), "fmin s31, s30, s29"},
	{"Fmaxnm(true, 1, 2, 3)", Fmaxnm(true, 1, 2, 3), "fmaxnm d1, d2, d3"},
	{"Fmaxnm(false, 31, 30, 29)", Fmaxnm(false, 31, 30, 29), "fmaxnm s31, s30, s29"},
	{"Fminnm(true, 1, 2, 3)", Fminnm(true, 1, 2, 3), "fminnm d1, d2, d3"},
	{"Fminnm(false, 31, 30, 29)", Fminnm(false, 31, 30, 29), "fminnm s31, s30, s29"},
	{"Fnmul(true, 1, 2, 3)", Fnmul(true, 1, 2, 3), "fnmul d1, d2, d3"},
	{"Fnmul(false, 31, 30, 29)", Fnmul(false, 31, 30, 29), "fnmul s31, s30, s29"},
	{"Fabs(true, 1, 2)", Fabs(true, 1, 2), "fabs d1, d2"},
	{"Fabs(false, 31, 30)", Fabs(false, 31, 30), "fabs s31, s30"},
	{"Fneg(true, 1, 2)", Fneg(true, 1, 2), "fneg d1, d2"},
	{"Fneg(false, 31, 30)", Fneg(false, 31, 30), "fneg s31, s30"},
	{"Fsqrt(true, 1, 2)", Fsqrt(true, 1, 2), "fsqrt d1, d2"},
	{"Fsqrt(false, 31, 30)", Fsqrt(false, 31, 30), "fsqrt s31, s30"},
	{"Frintn(true, 1, 2)", Frintn(true, 1, 2), "frintn d1, d2"},
	{"Frintn(false, 31, 30)", Frintn(false, 31, 30), "frintn s31, s30"},
	{"Frintp(true, 1, 2)", Frintp(true, 1, 2), "frintp d1, d2"},
	{"Frintp(false, 31, 30)", Frintp(false, 31, 30), "frintp s31, s30"},
	{"Frintm(true, 1, 2)", Frintm(true, 1, 2), "frintm d1, d2"},
	{"Frintm(false, 31, 30)", Frintm(false, 31, 30), "frintm s31, s30"},
	{"Frintz(true, 1, 2)", Frintz(true, 1, 2), "frintz d1, d2"},
	{"Frintz(false, 31, 30)", Frintz(false, 31, 30), "frintz s31, s30"},
	{"Frinta(true, 1, 2)", Frinta(true, 1, 2), "frinta d1, d2"},
	{"Frinta(false, 31, 30)", Frinta(false, 31, 30), "frinta s31, s30"},
	{"Frintx(true, 1, 2)", Frintx(true, 1, 2), "frintx d1, d2"},
	{"Frintx(false, 31, 30)", Frintx(false, 31, 30), "frintx s31, s30"},
	{"Frinti(true, 1, 2)", Frinti(true, 1, 2), "frinti d1, d2"},
	{"Frinti(false, 31, 30)", Frinti(false, 31, 30), "frinti s31, s30"},
	{"FcvtSToD(1, 2)", FcvtSToD(1, 2), "fcvt d1, s2"},
	{"FcvtDToS(1, 2)", FcvtDToS(1, 2), "fcvt s1, d2"},
	{"Fcmp(true, 1, 2)", Fcmp(true, 1, 2), "fcmp d1, d2"},
	{"Fcmp(false, 31, 0)", Fcmp(false, 31, 0), "fcmp s31, s0"},
	{"FcmpZero(true, 1)", FcmpZero(true, 1), "fcmp d1, #0"},
	{"FcmpZero(false, 31)", FcmpZero(false, 31), "fcmp s31, #0"},
	{"Fcsel(true, 1, 2, 3, EQ)", Fcsel(true, 1, 2, 3, EQ), "fcsel d1, d2, d3, eq"},
	{"Fcsel(false, 1, 2, 3, LT)", Fcsel(false, 1, 2, 3, LT), "fcsel s1, s2, s3, lt"},
	{"Fmadd(true, 1, 2, 3, 4)", Fmadd(true, 1, 2, 3, 4), "fmadd d1, d2, d3, d4"},
	{"Fmadd(false, 31, 30, 29, 28)", Fmadd(false, 31, 30, 29, 28), "fmadd s31, s30, s29, s28"},
	{"Fmsub(true, 1, 2, 3, 4)", Fmsub(true, 1, 2, 3, 4), "fmsub d1, d2, d3, d4"},
	{"Fmsub(false, 31, 30, 29, 28)", Fmsub(false, 31, 30, 29, 28), "fmsub s31, s30, s29, s28"},
	{"Fcvtzs(true, true, 1, 2)", Fcvtzs(true, true, 1, 2), "fcvtzs x1, d2"},
	{"Fcvtzs(true, false, 1, 2)", Fcvtzs(true, false, 1, 2), "fcvtzs x1, s2"},
	{"Fcvtzs(false, true, 1, 2)", Fcvtzs(false, true, 1, 2), "fcvtzs w1, d2"},
	{"Fcvtzs(false, false, 1, 2)", Fcvtzs(false, false, 1, 2), "fcvtzs w1, s2"},
	{"Fcvtzu(true, true, 1, 2)", Fcvtzu(true, true, 1, 2), "fcvtzu x1, d2"},
	{"Fcvtzu(true, false, 1, 2)", Fcvtzu(true, false, 1, 2), "fcvtzu x1, s2"},
	{"Fcvtzu(false, true, 1, 2)", Fcvtzu(false, true, 1, 2), "fcvtzu w1, d2"},
	{"Fcvtzu(false, false, 1, 2)", Fcvtzu(false, false, 1, 2), "fcvtzu w1, s2"},
	{"Scvtf(true, true, 1, 2)", Scvtf(true, true, 1, 2), "scvtf d1, x2"},
	{"Scvtf(true, false, 1, 2)", Scvtf(true, false, 1, 2), "scvtf s1, x2"},
	{"Scvtf(false, true, 1, 2)", Scvtf(false, true, 1, 2), "scvtf d1, w2"},
	{"Scvtf(false, false, 1, 2)", Scvtf(false, false, 1, 2), "scvtf s1, w2"},
	{"Ucvtf(true, true, 1, 2)", Ucvtf(true, true, 1, 2), "ucvtf d1, x2"},
	{"Ucvtf(true, false, 1, 2)", Ucvtf(true, false, 1, 2), "ucvtf s1, x2"},
	{"Ucvtf(false, true, 1, 2)", Ucvtf(false, true, 1, 2), "ucvtf d1, w2"},
	{"Ucvtf(false, false, 1, 2)", Ucvtf(false, false, 1, 2), "ucvtf s1, w2"},
	{"Fcvtzs(true, true, ZR, 31)", Fcvtzs(true, true, ZR, 31), "fcvtzs xzr, d31"},
	{"Scvtf(false, false, 31, ZR)", Scvtf(false, false, 31, ZR), "scvtf s31, wzr"},

	// SIMD helpers.
	{"MovV16B(1, 2)", MovV16B(1, 2), "mov v1.16b, v2.16b"},
	{"MovV16B(31, 0)", MovV16B(31, 0), "mov v31.16b, v0.16b"},
}

func TestEncode(t *testing.T) {
	for _, c := range encodeCases {
		if c.word == rejected {
			t.Errorf("%s: unexpectedly rejected", c.name)
			continue
		}
		want := c.want
		if strings.HasPrefix(want, ".word") {
			// arm64asm cannot decode it; Disasm says so.
			if got := Disasm(c.word, 0); got != want {
				t.Errorf("%s = %#08x: Disasm %q, want %q", c.name, c.word, got, want)
			}
			continue
		}
		if got := gnu(c.word); got != want {
			t.Errorf("%s = %#08x: got %q, want %q", c.name, c.word, got, want)
		}
		if got := Disasm(c.word, 0x1000); got != want {
			t.Errorf("%s: Disasm %q, want %q", c.name, got, want)
		}
	}
}

// TestEncodeCoverage makes sure every exported function that returns an
// instruction word appears in encodeCases.
func TestEncodeCoverage(t *testing.T) {
	used := map[string]bool{}
	for _, c := range encodeCases {
		name := strings.TrimPrefix(c.name, "m(")
		used[name[:strings.IndexByte(name, '(')]] = true
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !fd.Name.IsExported() || fd.Type.Results == nil {
				continue
			}
			if id, ok := fd.Type.Results.List[0].Type.(*ast.Ident); !ok || id.Name != "uint32" {
				continue
			}
			if fd.Name.Name == "Retarget" { // rewrites a word; see TestRetarget
				continue
			}
			n++
			if !used[fd.Name.Name] {
				t.Errorf("encoder %s has no case in encodeCases", fd.Name.Name)
			}
		}
	}
	if n < 130 {
		t.Errorf("found only %d encoders; is the parse right?", n)
	}
}

// TestReject checks that every (word, ok) encoder refuses operands one past
// each edge and misaligned offsets, returning (0, false).
func TestReject(t *testing.T) {
	n := 0
	check := func(name string, w uint32, ok bool) {
		n++
		if ok || w != 0 {
			t.Errorf("%s: got (%#08x, %v), want (0, false)", name, w, ok)
		}
	}
	w, ok := LogicalImm(LogicAnd, true, 1, 2, 0)
	check("LogicalImm 0", w, ok)
	w, ok = LogicalImm(LogicOrr, true, 1, 2, ^uint64(0))
	check("LogicalImm -1", w, ok)
	w, ok = LogicalImm(LogicAnd, false, 1, 2, 0xffffffff00000000)
	check("LogicalImm W 0 (high bits ignored)", w, ok)
	w, ok = LogicalImm(LogicEor, false, 1, 2, 0xffffffff)
	check("LogicalImm W -1", w, ok)
	w, ok = LogicalImm(LogicAnds, true, 1, 2, 0x1234)
	check("LogicalImm 0x1234", w, ok)
	w, ok = LogicalImm(LogicOrr, true, 1, 2, 0x00ff00ff00ff00fe)
	check("LogicalImm 0x00ff00ff00ff00fe", w, ok)
	w, ok = LogicalImm(LogicOrr, false, 1, 2, 0x5555555500000000|0x55555554)
	check("LogicalImm W 0x55555554", w, ok)
	w, ok = TstImm(true, 1, 5)
	check("TstImm 5", w, ok)

	for op := LDRB; op < numMemOps; op++ {
		sz := int64(op.Size())
		s := op.String() + " "
		w, ok = LdStImm(op, 1, 2, 4096*sz)
		check(s+"imm one scaled step past max", w, ok)
		w, ok = LdStImm(op, 1, 2, -sz)
		check(s+"imm negative", w, ok)
		if sz > 1 {
			w, ok = LdStImm(op, 1, 2, sz+1)
			check(s+"imm misaligned", w, ok)
			w, ok = LdStImm(op, 1, 2, 4095*sz+1)
			check(s+"imm misaligned near max", w, ok)
		}
		for _, off := range []int64{-257, 256} {
			o := strconv.FormatInt(off, 10)
			w, ok = LdStUnscaled(op, 1, 2, off)
			check(s+"unscaled "+o, w, ok)
			w, ok = LdStPre(op, 1, 2, off)
			check(s+"pre "+o, w, ok)
			w, ok = LdStPost(op, 1, 2, off)
			check(s+"post "+o, w, ok)
		}
		switch op {
		case LDRW, LDRX, LDRSW, LDRS, LDRD, LDRQ:
			for _, off := range []int64{1 << 20, -(1<<20 + 4), 2, -2, 1} {
				w, ok = LdrLiteral(op, 1, off)
				check(s+"literal "+strconv.FormatInt(off, 10), w, ok)
			}
		default:
			w, ok = LdrLiteral(op, 1, 0)
			check(s+"has no literal form", w, ok)
		}
	}
	for _, fp := range []bool{false, true} {
		for _, mode := range []PairMode{PairOffset, PairPre, PairPost} {
			for _, off := range []int64{-520, 512, 4, -4, 1} {
				s := fmt.Sprintf(" fp=%v mode=%d off=%d", fp, mode, off)
				w, ok = Ldp(fp, 1, 2, 3, off, mode)
				check("Ldp"+s, w, ok)
				w, ok = Stp(fp, 1, 2, 3, off, mode)
				check("Stp"+s, w, ok)
			}
		}
	}
	for _, off := range []int64{1 << 27, -(1<<27 + 4), 2, 1, -1, -2} {
		s := " " + strconv.FormatInt(off, 10)
		w, ok = B(off)
		check("B"+s, w, ok)
		w, ok = Bl(off)
		check("Bl"+s, w, ok)
	}
	for _, off := range []int64{1 << 20, -(1<<20 + 4), 2, -1} {
		s := " " + strconv.FormatInt(off, 10)
		w, ok = BCond(EQ, off)
		check("BCond"+s, w, ok)
		w, ok = Cbz(true, 1, off)
		check("Cbz"+s, w, ok)
		w, ok = Cbnz(false, 1, off)
		check("Cbnz"+s, w, ok)
	}
	for _, off := range []int64{1 << 15, -(1<<15 + 4), 2, -1} {
		s := " " + strconv.FormatInt(off, 10)
		w, ok = Tbz(1, 63, off)
		check("Tbz"+s, w, ok)
		w, ok = Tbnz(1, 0, off)
		check("Tbnz"+s, w, ok)
	}
	for _, off := range []int64{1 << 20, -(1<<20 + 1)} {
		s := " " + strconv.FormatInt(off, 10)
		w, ok = Adr(1, off)
		check("Adr"+s, w, ok)
		w, ok = Adrp(1, off)
		check("Adrp"+s, w, ok)
	}
	if n < 200 {
		t.Errorf("only %d reject cases", n)
	}
}

// TestPanics checks that programmer errors in the non-bool encoders panic
// rather than corrupt a neighbouring field.
func TestPanics(t *testing.T) {
	cases := map[string]func(){
		"reg 32":             func() { AddReg(true, 32, 1, 2, LSL, 0) },
		"rn 32":              func() { Br(32) },
		"imm12 4096":         func() { AddImm(true, 1, 2, 4096, false) },
		"shift 64":           func() { AddReg(true, 1, 2, 3, LSL, 64) },
		"shift 32 W":         func() { OrrReg(false, 1, 2, 3, LSL, 32) },
		"add ROR":            func() { SubReg(true, 1, 2, 3, ROR, 1) },
		"ext amount 5":       func() { AddExt(true, 1, 2, 3, UXTX, 5) },
		"movz hw 2 W":        func() { Movz(false, 1, 1, 2) },
		"movk hw 4":          func() { Movk(true, 1, 1, 4) },
		"ubfm imms 32 W":     func() { Ubfm(false, 1, 2, 0, 32) },
		"lsl 64":             func() { LslImm(true, 1, 2, 64) },
		"extr lsb 32 W":      func() { Extr(false, 1, 2, 3, 32) },
		"cond 16":            func() { Csel(true, 1, 2, 3, 16) },
		"cset AL":            func() { Cset(true, 1, AL) },
		"csetm NV":           func() { Csetm(false, 1, NV) },
		"ccmp imm5 32":       func() { CcmpImm(true, 1, 32, 0, EQ) },
		"ccmp nzcv 16":       func() { CcmpReg(true, 1, 2, 16, EQ) },
		"ldst reg UXTB":      func() { LdStReg(LDRX, 1, 2, 3, UXTB, false) },
		"memop range":        func() { LdStImm(numMemOps, 1, 2, 0) },
		"tbz bit 64":         func() { Tbz(1, 64, 0) },
		"movimm rd 31":       func() { MovImm(nil, true, 31, 1) },
		"logic op":           func() { LogicalImm(4, true, 1, 2, 1) },
		"pair mode":          func() { Ldp(false, 1, 2, 3, 0, 3) },
		"fp reg 32":          func() { Fadd(true, 1, 2, 32) },
		"ldp reg 32":         func() { Stp(true, 1, 32, 3, 0, PairOffset) },
		"ldst reg rt 32":     func() { LdStUnscaled(STRX, 32, 1, 0) },
		"bcond cond 16":      func() { BCond(16, 0) },
		"fcsel cond 16":      func() { Fcsel(true, 1, 2, 3, 16) },
		"bfm immr 64":        func() { Bfm(true, 1, 2, 64, 0) },
		"logic reg shift 64": func() { AndReg(true, 1, 2, 3, ROR, 64) },
	}
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		func() {
			defer func() {
				r := recover()
				if r == nil {
					t.Errorf("%s: no panic", n)
				} else if s, ok := r.(string); !ok || !strings.HasPrefix(s, "a64: ") {
					t.Errorf("%s: panic %v, want an a64 message", n, r)
				}
			}()
			cases[n]()
		}()
	}
}

func TestCondAndMemOp(t *testing.T) {
	want := []string{"eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"}
	for c := EQ; c <= NV; c++ {
		if c.String() != want[c] {
			t.Errorf("Cond(%d).String() = %q", c, c.String())
		}
		if c.Invert() != c^1 || c.Invert().Invert() != c {
			t.Errorf("Cond(%d).Invert() = %d", c, c.Invert())
		}
	}
	if EQ.Invert() != NE || HS.Invert() != LO || GE.Invert() != LT || GT.Invert() != LE || HI.Invert() != LS {
		t.Error("Invert pairs wrong")
	}
	sizes := map[MemOp]int{LDRB: 1, LDRH: 2, LDRW: 4, LDRX: 8, LDRSBW: 1, LDRSBX: 1, LDRSHW: 2, LDRSHX: 2, LDRSW: 4,
		STRB: 1, STRH: 2, STRW: 4, STRX: 8, LDRS: 4, LDRD: 8, LDRQ: 16, STRS: 4, STRD: 8, STRQ: 16}
	if len(sizes) != int(numMemOps) {
		t.Fatal("sizes table incomplete")
	}
	for op, sz := range sizes {
		if op.Size() != sz {
			t.Errorf("%v.Size() = %d, want %d", op, op.Size(), sz)
		}
		// The mnemonic arm64asm prints must agree with IsStore/IsFP.
		w, _ := LdStImm(op, 1, 2, 0)
		text := gnu(w)
		if store := strings.HasPrefix(text, "st"); store != op.IsStore() {
			t.Errorf("%v: IsStore %v but prints %q", op, op.IsStore(), text)
		}
		fp := strings.Contains(text, " s1,") || strings.Contains(text, " d1,") || strings.Contains(text, " q1,")
		if fp != op.IsFP() {
			t.Errorf("%v: IsFP %v but prints %q", op, op.IsFP(), text)
		}
		// The mnemonic and register letter arm64asm prints must agree with
		// the constant's name (LDRSHX -> "ldrsh x1", LDRD -> "ldr d1").
		name := strings.ToLower(op.String())
		mn, reg, _ := strings.Cut(text, " ")
		if !strings.HasPrefix(name, mn) || (len(name) > len(mn) && name[len(mn):] != reg[:1]) {
			t.Errorf("%v: prints %q", op, text)
		}
	}
}

func TestDisasmUndecodable(t *testing.T) {
	if got := Disasm(0, 0); got != ".word 0x00000000" {
		t.Errorf("Disasm(0) = %q", got)
	}
	// Text does not depend on pc.
	w, _ := B(8)
	if a, b := Disasm(w, 0), Disasm(w, 0x12345678); a != b || a != "b .+0x8" {
		t.Errorf("Disasm(b) = %q, %q", a, b)
	}
}
