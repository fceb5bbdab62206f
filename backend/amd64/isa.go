package amd64

import (
	"encoding/binary"
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// ISA is the x86-64 instruction set for the backend driver.
type ISA struct{}

var _ mach.ISA = ISA{}

func (ISA) Arch() abi.Arch                     { return abi.ArchAMD64 }
func (ISA) RegInfo() *mach.RegInfo             { return RegInfo }
func (ISA) CallConv() *mach.CallConv           { return callConv }
func (ISA) NewLinker(abi.Features) mach.Linker { return &linker{a: newAsm()} }

// NewFuncCompiler returns a selector and emitter pair for one worker.
func (ISA) NewFuncCompiler(allowed abi.Features) mach.FuncCompiler {
	em := NewEmitter()
	em.allowed = allowed
	fc := &funcCompiler{em: em}
	fc.sel.s.avx = allowed.Has(abi.FeatAVX)
	fc.sel.s.bmi1 = allowed.Has(abi.FeatBMI1)
	fc.sel.s.bmi2 = allowed.Has(abi.FeatBMI2)
	return fc
}

type funcCompiler struct {
	sel Selector
	em  *Emitter
	l   *Lowered
}

func (fc *funcCompiler) Select(f *ir.Func, env *mach.Env) (*mach.Func, error) {
	l, err := fc.sel.Select(f, env)
	if err != nil {
		return nil, err
	}
	fc.l = l
	return l.Code, nil
}

func (fc *funcCompiler) Emit(alloc *mach.Allocation) (*mach.FuncCode, error) {
	return fc.em.Emit(fc.l, alloc)
}

func (fc *funcCompiler) Format(alloc *mach.Allocation) string { return fc.l.Format(alloc) }

func (fc *funcCompiler) Features() abi.Features { return fc.em.used }

// linker assembles thunks, entry shims and host thunks.
type linker struct{ a *asm }

// Thunk is MOVQ $stub, R11; JMP R11, with the stub address patched at
// load time.
func (*linker) Thunk(int) ([]byte, uint32) {
	// 49 BB imm64: movabs r11, imm64; 41 FF E3: jmp r11.
	return []byte{0x49, 0xBB, 0, 0, 0, 0, 0, 0, 0, 0, 0x41, 0xFF, 0xE3}, 2
}

func (*linker) Padding() byte { return 0xCC } // int3

// PatchCall writes the rel32 of a CALL whose displacement is at site.
func (*linker) PatchCall(code []byte, site, target uint32) error {
	if uint64(site)+4 > uint64(len(code)) {
		return fmt.Errorf("amd64: call site %#x outside the code", site)
	}
	rel := int64(target) - int64(site+4)
	if rel != int64(int32(rel)) {
		return fmt.Errorf("amd64: call from %#x to %#x is out of rel32 range", site, target)
	}
	binary.LittleEndian.PutUint32(code[site:], uint32(int32(rel)))
	return nil
}

// CallRange is what rel32 (counted from the end of the 4-byte field)
// reaches either way.
func (*linker) CallRange() int64 { return 1<<31 - 4 }

// Veneer refuses: a position-independent jump on amd64 is rel32 too, so a
// veneer would reach no farther than the call.
func (*linker) Veneer(at, target uint32) ([]byte, error) {
	return nil, fmt.Errorf("amd64: code too large: %#x to %#x is beyond rel32's ±2 GiB, and amd64 has no veneers", at, target)
}

// finish adds the epilogue of a shim or host thunk, assembles it and
// returns the code with the offset of call's rel32.
func (lk *linker) finish(call ref) ([]byte, uint32, error) {
	a := lk.a
	a.op2(x86.AMOVQ, xreg(x86.REG_BP), xreg(x86.REG_SP))
	a.op2(x86.APOPQ, opnd{}, xreg(x86.REG_BP))
	a.add(obj.ARET)
	code, _, err := a.assemble()
	if err != nil {
		return nil, 0, err
	}
	pc, _ := a.at(call)
	return code, uint32(pc) + 1, nil
}

// Shim reads the arguments from the slots at ExecCtx.Args, calls the
// function (the linker patches the rel32) and writes the results back.
func (lk *linker) Shim(sig ir.Signature) ([]byte, uint32, error) {
	a := lk.a
	a.reset()
	a.op2(x86.APUSHQ, xreg(x86.REG_BP), opnd{})
	a.op2(x86.AMOVQ, xreg(x86.REG_SP), xreg(x86.REG_BP))
	params, stack := callConv.Assign(nil, sig.Params)
	if stack > 0 {
		a.op2(x86.ASUBQ, imm(int64((8*stack+15)&^15)), xreg(x86.REG_SP))
	}
	a.op2(x86.AMOVQ, mem(x86.REG_R15, abi.ExecArgs), xreg(x86.REG_R11))
	// The arguments' slots: a v128 takes two (mach.SlotOffsets).
	offs, _ := mach.SlotOffsets(nil, sig.Params)
	for i, l := range params {
		if l.Stack {
			for k := range mach.SlotWidth(sig.Params[i]) {
				a.op2(x86.AMOVQ, mem(x86.REG_R11, 8*int64(offs[i]+k)), xreg(x86.REG_R10))
				a.op2(x86.AMOVQ, xreg(x86.REG_R10), mem(x86.REG_SP, 8*int64(l.Slot+k)))
			}
		}
	}
	for i, l := range params {
		if !l.Stack {
			a.op2(slotMove(sig.Params[i]), mem(x86.REG_R11, 8*int64(offs[i])), xreg(hw(uint32(l.Reg))))
		}
	}
	call := a.callSym(symRef{kind: symShimTarget})
	results, rstack := callConv.Assign(nil, sig.Results)
	if rstack > 0 {
		return nil, 0, fmt.Errorf("amd64: %d results: %w", len(sig.Results), mach.ErrUnsupported)
	}
	a.op2(x86.AMOVQ, mem(x86.REG_R15, abi.ExecArgs), xreg(x86.REG_R11))
	offs, _ = mach.SlotOffsets(offs[:0], sig.Results)
	for i, l := range results {
		a.op2(slotMove(sig.Results[i]), xreg(hw(uint32(l.Reg))), mem(x86.REG_R11, 8*int64(offs[i])))
	}
	return lk.finish(call)
}

// slotMove moves a value of type t between a register and its slots.
func slotMove(t ir.Type) obj.As {
	if t == ir.V128 {
		return x86.AMOVUPS
	}
	return x86.AMOVQ
}

// HostThunk stores the arguments in slots on the native stack, performs a
// host exit (ExecCtx.HostIndex = hostIndex) that runs the Go function,
// and loads the results from the slots.
func (lk *linker) HostThunk(sig ir.Signature, hostIndex uint32) ([]byte, uint32, error) {
	a := lk.a
	a.reset()
	a.op2(x86.APUSHQ, xreg(x86.REG_BP), opnd{})
	a.op2(x86.AMOVQ, xreg(x86.REG_SP), xreg(x86.REG_BP))
	offs, nin := mach.SlotOffsets(nil, sig.Params)
	_, nout := mach.SlotOffsets(nil, sig.Results)
	slots := max(nin, nout, 1)
	// Go code clobbers every register: preserve the callee-saved ones in
	// the frame, above the slot area, 16 bytes each (all 128 bits of the
	// vector ones).
	var saved []mach.Reg
	for r := mach.Reg(0); r < NumRegs; r++ {
		if calleeSaved.Has(r) {
			saved = append(saved, r)
		}
	}
	area := int64((8*slots + 15) &^ 15)
	a.op2(x86.ASUBQ, imm(area+16*int64(len(saved))), xreg(x86.REG_SP))
	saveAll := func(save bool) {
		for k, r := range saved {
			as := x86.AMOVQ
			if RegInfo.ClassOf[r] == mach.ClassFloat {
				as = x86.AMOVUPS
			}
			reg, slot := xreg(hw(uint32(r))), mem(x86.REG_SP, area+16*int64(k))
			if save {
				a.op2(as, reg, slot)
			} else {
				a.op2(as, slot, reg)
			}
		}
	}
	saveAll(true)
	params, _ := callConv.Assign(nil, sig.Params)
	for i, l := range params {
		if !l.Stack {
			a.op2(slotMove(sig.Params[i]), xreg(hw(uint32(l.Reg))), mem(x86.REG_SP, 8*int64(offs[i])))
			continue
		}
		// Incoming stack arguments: above the saved RBP and return address.
		for k := range mach.SlotWidth(sig.Params[i]) {
			a.op2(x86.AMOVQ, mem(x86.REG_BP, 16+8*int64(l.Slot+k)), xreg(x86.REG_R11))
			a.op2(x86.AMOVQ, xreg(x86.REG_R11), mem(x86.REG_SP, 8*int64(offs[i]+k)))
		}
	}
	a.op2(x86.AMOVQ, xreg(x86.REG_SP), mem(x86.REG_R15, abi.ExecHostArgs))
	a.op2(x86.AMOVQ, imm(int64(slots)), mem(x86.REG_R15, abi.ExecHostSlots))
	a.op2(x86.AMOVQ, imm(int64(hostIndex)), mem(x86.REG_R15, abi.ExecHostIndex))
	call := a.callSym(symRef{kind: symShimTarget})
	results, rstack := callConv.Assign(nil, sig.Results)
	if rstack > 0 {
		return nil, 0, fmt.Errorf("amd64: %d results: %w", len(sig.Results), mach.ErrUnsupported)
	}
	offs, _ = mach.SlotOffsets(offs[:0], sig.Results)
	for i, l := range results {
		a.op2(slotMove(sig.Results[i]), mem(x86.REG_SP, 8*int64(offs[i])), xreg(hw(uint32(l.Reg))))
	}
	saveAll(false)
	return lk.finish(call)
}
