package arm64

import (
	"encoding/binary"
	"fmt"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// ISA is the AArch64 instruction set for the backend driver.
type ISA struct{}

var _ mach.ISA = ISA{}

func (ISA) Arch() abi.Arch                     { return abi.ArchARM64 }
func (ISA) RegInfo() *mach.RegInfo             { return regInfo() }
func (ISA) CallConv() *mach.CallConv           { return callConv() }
func (ISA) NewLinker(abi.Features) mach.Linker { return &linker{} }

// NewFuncCompiler returns a selector and emitter pair for one worker. The
// code uses no optional CPU feature (LSE atomics will be one).
func (ISA) NewFuncCompiler(abi.Features) mach.FuncCompiler { return &funcCompiler{} }

type funcCompiler struct {
	sel Selector
	em  Emitter
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

func (fc *funcCompiler) Features() abi.Features { return 0 }

// linker assembles thunks, entry shims and host thunks.
type linker struct{ b buf }

// Thunk is "ldr x16, addr; br x16; addr: .quad stub": BR leaves LR (the
// caller's return address, which the stubs record) and W0 (a trap code)
// alone. The stub address is patched at load time.
func (*linker) Thunk(int) ([]byte, uint32) {
	code := make([]byte, 16)
	w, _ := a64.LdrLiteral(a64.LDRX, scratch, 8)
	binary.LittleEndian.PutUint32(code, w)
	binary.LittleEndian.PutUint32(code[4:], a64.Br(scratch))
	return code, 8
}

// Padding is 0: four of them make "udf #0".
func (*linker) Padding() byte { return 0 }

// PatchCall points the BL at site to target.
func (*linker) PatchCall(code []byte, site, target uint32) error {
	if site%4 != 0 || uint64(site)+4 > uint64(len(code)) {
		return fmt.Errorf("arm64: call site %#x outside the code", site)
	}
	w := binary.LittleEndian.Uint32(code[site:])
	w, ok := a64.Retarget(w, int64(target)-int64(site))
	if !ok {
		return fmt.Errorf("arm64: call from %#x to %#x is out of BL range", site, target)
	}
	binary.LittleEndian.PutUint32(code[site:], w)
	return nil
}

// CallRange is BL's reach: imm26 words, [-128 MiB, 128 MiB - 4].
func (*linker) CallRange() int64 { return 1<<27 - 4 }

// Veneer is "adrp x16, target; add x16, x16, #lo12(target); br x16". The
// blob is loaded page-aligned (codemem), so its offsets' 4 KiB pages are
// the addresses' and ADRP reaches any of them (±4 GiB). X16 is IP0, which
// AAPCS64 lets a veneer clobber; Kiln never keeps a value in it across a
// call (it is the allocator's scratch, and thunks clobber it too), and BR
// leaves X30 the caller's return address.
func (*linker) Veneer(at, target uint32) ([]byte, error) {
	adrp, ok := a64.Adrp(scratch, int64(target>>12)-int64(at>>12))
	if !ok {
		return nil, fmt.Errorf("arm64: veneer at %#x cannot reach %#x", at, target)
	}
	code := make([]byte, 12)
	binary.LittleEndian.PutUint32(code, adrp)
	binary.LittleEndian.PutUint32(code[4:], a64.AddImm(true, scratch, scratch, target&0xfff, false))
	binary.LittleEndian.PutUint32(code[8:], a64.Br(scratch))
	return code, nil
}

func (lk *linker) prologue() {
	b := &lk.b
	b.reset(false)
	w, _ := a64.Stp(false, fp, lr, a64.SP, -16, a64.PairPre)
	b.emit(w)
	b.emit(a64.MovSP(fp, a64.SP))
}

// finish adds the epilogue of a shim or host thunk and returns the code
// with the offset of the call at callAt.
func (lk *linker) finish(callAt int32) ([]byte, uint32, error) {
	b := &lk.b
	b.emit(a64.MovSP(a64.SP, fp))
	w, _ := a64.Ldp(false, fp, lr, a64.SP, 16, a64.PairPost)
	b.emit(w)
	b.emit(a64.Ret(lr))
	if err := b.resolve(); err != nil {
		return nil, 0, err
	}
	return b.bytes(), uint32(4 * callAt), nil
}

// bl emits a BL to be patched by the linker and returns its word index.
func (lk *linker) bl() int32 {
	at := lk.b.pc()
	w, _ := a64.Bl(0)
	lk.b.emit(w)
	return at
}

// slotOp loads or stores the slots of a value of type t (two for a v128).
func slotOp(t ir.Type, load bool) a64.MemOp {
	switch {
	case t == ir.V128:
		return pick(load, a64.LDRQ, a64.STRQ)
	case mach.ClassOf(t) == mach.ClassFloat:
		return pick(load, a64.LDRD, a64.STRD)
	case t == ir.I32 && load:
		return a64.LDRW // keeps the upper half zero, as i32 values are
	}
	return pick(load, a64.LDRX, a64.STRX)
}

// Shim reads the arguments from the slots at ExecCtx.Args, calls the
// function (the linker patches the BL) and writes the results back.
func (lk *linker) Shim(sig ir.Signature) ([]byte, uint32, error) {
	b := &lk.b
	lk.prologue()
	params, stack := callConv().Assign(nil, sig.Params)
	results, rstack := callConv().Assign(nil, sig.Results)
	if rstack > 0 {
		return nil, 0, fmt.Errorf("arm64: %d results: %w", len(sig.Results), mach.ErrUnsupported)
	}
	if stack > 0 {
		b.addImm(a64.SP, a64.SP, -int64((8*stack+15)&^15))
	}
	b.mem(a64.LDRX, tmp, ctx, abi.ExecArgs)
	// The arguments' slots: a v128 takes two (mach.SlotOffsets).
	offs, _ := mach.SlotOffsets(nil, sig.Params)
	for i, l := range params {
		if l.Stack {
			for k := range mach.SlotWidth(sig.Params[i]) {
				b.mem(a64.LDRX, scratch, tmp, 8*int64(offs[i]+k))
				b.mem(a64.STRX, scratch, a64.SP, 8*int64(l.Slot+k))
			}
		}
	}
	for i, l := range params {
		if !l.Stack {
			b.mem(slotOp(sig.Params[i], true), hw(l.Reg), tmp, 8*int64(offs[i]))
		}
	}
	call := lk.bl()
	b.mem(a64.LDRX, tmp, ctx, abi.ExecArgs)
	offs, _ = mach.SlotOffsets(offs[:0], sig.Results)
	for i, l := range results {
		b.mem(slotOp(sig.Results[i], false), hw(l.Reg), tmp, 8*int64(offs[i]))
	}
	return lk.finish(call)
}

// HostThunk stores the arguments in slots on the native stack, performs a
// host exit (ExecCtx.HostIndex = hostIndex) that runs the Go function,
// and loads the results from the slots.
func (lk *linker) HostThunk(sig ir.Signature, hostIndex uint32) ([]byte, uint32, error) {
	b := &lk.b
	lk.prologue()
	results, rstack := callConv().Assign(nil, sig.Results)
	if rstack > 0 {
		return nil, 0, fmt.Errorf("arm64: %d results: %w", len(sig.Results), mach.ErrUnsupported)
	}
	offs, nin := mach.SlotOffsets(nil, sig.Params)
	_, nout := mach.SlotOffsets(nil, sig.Results)
	slots := max(nin, nout, 1)
	// Go code clobbers every register: preserve the callee-saved ones in
	// the frame, above the slot area.
	var saved []mach.Reg
	for r := mach.Reg(0); r < NumRegs; r++ {
		if calleeSaved.Has(r) {
			saved = append(saved, r)
		}
	}
	area := int64((8*slots + 15) &^ 15)
	// 16 bytes a register: all 128 bits of the vector ones.
	b.addImm(a64.SP, a64.SP, -(area + 16*int64(len(saved))))
	saveAll := func(save bool) {
		for k, r := range saved {
			op := pick(save, a64.STRX, a64.LDRX)
			if isFloat(r) {
				op = pick(save, a64.STRQ, a64.LDRQ)
			}
			b.mem(op, hw(r), a64.SP, area+16*int64(k))
		}
	}
	saveAll(true)
	params, _ := callConv().Assign(nil, sig.Params)
	for i, l := range params {
		if !l.Stack {
			b.mem(slotOp(sig.Params[i], false), hw(l.Reg), a64.SP, 8*int64(offs[i]))
			continue
		}
		// Incoming stack arguments: above the frame record.
		for k := range mach.SlotWidth(sig.Params[i]) {
			b.mem(a64.LDRX, scratch, fp, 16+8*int64(l.Slot+k))
			b.mem(a64.STRX, scratch, a64.SP, 8*int64(offs[i]+k))
		}
	}
	b.emit(a64.MovSP(tmp, a64.SP))
	b.mem(a64.STRX, tmp, ctx, abi.ExecHostArgs)
	b.movImm(true, tmp, uint64(slots))
	b.mem(a64.STRX, tmp, ctx, abi.ExecHostSlots)
	b.movImm(true, tmp, uint64(hostIndex))
	b.mem(a64.STRX, tmp, ctx, abi.ExecHostIndex)
	call := lk.bl()
	offs, _ = mach.SlotOffsets(offs[:0], sig.Results)
	for i, l := range results {
		b.mem(slotOp(sig.Results[i], true), hw(l.Reg), a64.SP, 8*int64(offs[i]))
	}
	saveAll(false)
	return lk.finish(call)
}
