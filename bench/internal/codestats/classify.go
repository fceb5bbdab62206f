package codestats

import (
	"strings"

	"golang.org/x/arch/arm64/arm64asm"
	"golang.org/x/arch/x86/x86asm"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Class is a rough kind of machine instruction, the same for both
// architectures so that their profiles can be set side by side. Each
// instruction has one class; the first that applies in this order wins
// (an amd64 add with a memory operand is ALU, counted in MemOperand).
type Class uint8

const (
	ClassStack   Class = iota // frame access: spill, reload, stack argument, frame push/pop
	ClassLoad                 // other memory read (linear memory, instance and context data)
	ClassStore                // other memory write
	ClassAddr                 // address arithmetic on the linear-memory base register
	ClassMove                 // register to register copy
	ClassConst                // constant materialization (immediates, zeroing, literal addresses)
	ClassCompare              // compare or test, setting flags
	ClassSelect               // conditional set, move or select
	ClassBranch               // conditional branch
	ClassJump                 // unconditional or indirect jump, return
	ClassCall                 // call
	ClassFloat                // floating-point arithmetic and conversion
	ClassALU                  // integer arithmetic, logic, shifts, extensions
	ClassOther                // traps, nops, anything else
	NumClasses
)

var classNames = [NumClasses]string{
	ClassStack: "stack", ClassLoad: "load", ClassStore: "store", ClassAddr: "address",
	ClassMove: "move", ClassConst: "constant", ClassCompare: "compare", ClassSelect: "select",
	ClassBranch: "branch", ClassJump: "jump/ret", ClassCall: "call", ClassFloat: "float",
	ClassALU: "alu", ClassOther: "other",
}

func (c Class) String() string { return classNames[c] }

// Registers with a role in Kiln's ABI (backend/ABI.md).
const (
	amd64MemBase = x86asm.R14
	arm64MemBase = arm64asm.X20
)

// classify decodes the instruction at the start of code and returns its
// size (0 if it does not decode), its class and whether it is an ALU,
// compare or float instruction with a memory operand.
func classify(arch abi.Arch, code []byte) (size int, cl Class, memOp bool) {
	switch arch {
	case abi.ArchAMD64:
		in, err := x86asm.Decode(code, 64)
		if err != nil || in.Len == 0 {
			return 0, ClassOther, false
		}
		cl, memOp := classifyX86(in)
		return in.Len, cl, memOp
	case abi.ArchARM64:
		if len(code) < 4 {
			return 0, ClassOther, false
		}
		in, err := arm64asm.Decode(code[:4])
		if err != nil {
			return 0, ClassOther, false
		}
		return 4, classifyA64(in), false
	}
	return 0, ClassOther, false
}

func classifyX86(in x86asm.Inst) (Class, bool) {
	op := in.Op.String()
	var mem *x86asm.Mem
	memArg := -1
	regs := 0
	for i, a := range in.Args {
		switch a := a.(type) {
		case x86asm.Mem:
			mem, memArg = &a, i
		case x86asm.Reg:
			regs++
		}
	}
	stack := mem != nil && (mem.Base == x86asm.RSP || mem.Base == x86asm.RBP)
	switch {
	case op == "PUSH" || op == "POP":
		return ClassStack, false
	case op == "LEA":
		if mem.Base == amd64MemBase || mem.Index == amd64MemBase {
			return ClassAddr, false
		}
		return ClassALU, false
	case op == "CALL":
		return ClassCall, false
	case op == "JMP" || op == "RET":
		return ClassJump, false
	case op[0] == 'J':
		return ClassBranch, false
	case isX86Move(op):
		switch {
		case stack:
			return ClassStack, false
		case memArg == 0:
			return ClassStore, false
		case mem != nil:
			return ClassLoad, false
		case regs == 1:
			return ClassConst, false // mov $imm, reg
		}
		if op == "MOVZX" || op == "MOVSX" || op == "MOVSXD" {
			return ClassALU, false // extension, not a copy
		}
		return ClassMove, false
	case (op == "XOR" || op == "XORPS" || op == "XORPD" || op == "PXOR") && mem == nil && in.Args[0] == in.Args[1]:
		return ClassConst, false // zeroing idiom
	}
	var cl Class
	switch {
	case op == "CMP" || op == "TEST" || op == "BT" || strings.HasPrefix(op, "UCOMIS") || strings.HasPrefix(op, "COMIS"):
		cl = ClassCompare
	case strings.HasPrefix(op, "SET") || strings.HasPrefix(op, "CMOV"):
		cl = ClassSelect
	case op == "UD2" || op == "INT" || op == "NOP" || op == "HLT":
		return ClassOther, false
	case isX86Float(op):
		cl = ClassFloat
	default:
		cl = ClassALU
	}
	if stack {
		return ClassStack, false
	}
	return cl, mem != nil
}

func isX86Move(op string) bool {
	switch op {
	case "MOV", "MOVZX", "MOVSX", "MOVSXD", "MOVD", "MOVQ", "MOVSS", "MOVSD_XMM",
		"MOVAPS", "MOVAPD", "MOVUPS", "MOVUPD", "MOVDQA", "MOVDQU":
		return true
	}
	return false
}

// isX86Float reports scalar and packed SSE arithmetic and conversions.
func isX86Float(op string) bool {
	if strings.HasPrefix(op, "CVT") || strings.HasPrefix(op, "ROUND") || strings.HasPrefix(op, "SQRT") {
		return true
	}
	for _, s := range []string{"SS", "SD", "PS", "PD"} {
		if strings.HasSuffix(op, s) {
			return true
		}
	}
	return false
}

func classifyA64(in arm64asm.Inst) Class {
	op := in.Op.String()
	var mem arm64asm.Arg
	for _, a := range in.Args {
		switch a.(type) {
		case arm64asm.MemImmediate, arm64asm.MemExtend:
			mem = a
		}
	}
	if mem != nil {
		var base arm64asm.RegSP
		switch m := mem.(type) {
		case arm64asm.MemImmediate:
			base = m.Base
		case arm64asm.MemExtend:
			base = m.Base
		}
		if base == arm64asm.RegSP(arm64asm.SP) || base == arm64asm.RegSP(arm64asm.X29) {
			return ClassStack
		}
		if strings.HasPrefix(op, "ST") {
			return ClassStore
		}
		return ClassLoad
	}
	switch op {
	case "LDR", "LDRSW", "ADR", "ADRP":
		return ClassConst // PC-relative: a literal or an address in the code
	case "MOVZ", "MOVN", "MOVK", "MOVI":
		return ClassConst
	case "MOV", "FMOV":
		for _, a := range in.Args[1:] {
			switch a.(type) {
			case arm64asm.Imm, arm64asm.Imm64, arm64asm.Imm_fp, arm64asm.ImmShift:
				return ClassConst
			}
		}
		return ClassMove
	case "ADD", "SUB":
		if isA64Reg(in.Args[1], arm64MemBase) || isA64Reg(in.Args[2], arm64MemBase) {
			return ClassAddr
		}
		return ClassALU
	case "CMP", "CMN", "TST", "CCMP", "CCMN", "FCMP", "FCMPE", "FCCMP", "FCCMPE":
		return ClassCompare
	case "CSEL", "CSET", "CSETM", "CSINC", "CSINV", "CSNEG", "CINC", "CINV", "CNEG", "FCSEL":
		return ClassSelect
	case "CBZ", "CBNZ", "TBZ", "TBNZ":
		return ClassBranch
	case "B":
		if _, ok := in.Args[0].(arm64asm.Cond); ok {
			return ClassBranch
		}
		return ClassJump
	case "BR", "RET":
		return ClassJump
	case "BL", "BLR":
		return ClassCall
	case "BRK", "UDF", "HLT", "NOP", "HINT":
		return ClassOther
	case "SCVTF", "UCVTF":
		return ClassFloat
	}
	if op[0] == 'F' {
		return ClassFloat // FADD, FSQRT, FRINTx, FCVTxx, FABS, FMIN...
	}
	return ClassALU
}

func isA64Reg(a arm64asm.Arg, r arm64asm.Reg) bool {
	switch a := a.(type) {
	case arm64asm.Reg:
		return a == r
	case arm64asm.RegSP:
		return arm64asm.Reg(a) == r
	}
	return false
}
