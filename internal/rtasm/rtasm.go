// Package rtasm is a minimal golang-asm front end used by the runtime to
// emit its shared stubs and by tests to hand-assemble code sequences. The
// context, its one init lock, diagnostics, arm64 Progedit and the dummy
// first TEXT Prog, and amd64 JCC-erratum padding off (IsAsm) are
// internal/goasm's (see /work/shared/design/golang-asm.md).
//
// Operand order is Go assembler order (sources first, destination in To).
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package rtasm

import (
	"errors"
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/goasm"
)

// Asm accumulates one code sequence.
type Asm struct {
	Ctxt  *obj.Link
	Arch  string
	c     *goasm.Ctx
	first *obj.Prog
	last  *obj.Prog
	done  bool
}

// New returns an assembler for "amd64" or "arm64". The context comes from
// internal/goasm, which serializes golang-asm's global setup with every
// other user of the library in the process.
func New(arch string) *Asm {
	ar, ok := abi.ParseArch(arch)
	if !ok {
		panic("rtasm: unsupported arch " + arch)
	}
	c, err := goasm.New(ar)
	if err != nil {
		panic("rtasm: " + err.Error())
	}
	a := &Asm{Ctxt: c.Link, Arch: arch, c: c}
	t := a.newProg()
	t.As = c.FirstAs()
	a.first, a.last = t, t
	return a
}

func (a *Asm) newProg() *obj.Prog {
	p := a.Ctxt.NewProg()
	p.Ctxt = a.Ctxt
	return p
}

// Add appends a new Prog with opcode as and returns it for the caller to
// fill in.
func (a *Asm) Add(as obj.As) *obj.Prog {
	p := a.newProg()
	p.As = as
	a.last.Link = p
	a.last = p
	return p
}

// I appends "as from, to" (either operand may be the zero Addr).
func (a *Asm) I(as obj.As, from, to obj.Addr) *obj.Prog {
	p := a.Add(as)
	p.From = from
	p.To = to
	return p
}

// I3 appends "as from, reg, to" (arm64 three-operand form: to = reg OP from).
func (a *Asm) I3(as obj.As, from obj.Addr, reg int16, to obj.Addr) *obj.Prog {
	p := a.I(as, from, to)
	p.Reg = reg
	return p
}

// Label appends a zero-size anchor Prog usable as a branch target whose Pc
// is the offset of the next instruction.
func (a *Asm) Label() *obj.Prog { return a.Add(obj.ANOP) }

// Branch appends a branch (JMP, JEQ, B, BNE, CALL...) to target. target may
// be nil and set later with p.To.SetTarget.
func (a *Asm) Branch(as obj.As, target *obj.Prog) *obj.Prog {
	p := a.Add(as)
	p.To.Type = obj.TYPE_BRANCH
	if target != nil {
		p.To.SetTarget(target)
	}
	return p
}

// Ret appends a return instruction.
func (a *Asm) Ret() *obj.Prog {
	p := a.Add(obj.ARET)
	if a.Arch == "arm64" {
		p.To = Reg(arm64.REGLINK)
	}
	return p
}

// Raw appends one raw machine word (arm64, 4 bytes) or byte sequence
// (amd64) to the stream.
func (a *Asm) Raw(b ...byte) {
	if a.Arch == "arm64" {
		for i := 0; i+4 <= len(b); i += 4 {
			w := uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
			a.Add(arm64.AWORD).To = Const(int64(w))
		}
		return
	}
	for _, x := range b {
		a.Add(x86.ABYTE).From = Const(int64(x))
	}
}

// Word appends a raw arm64 instruction word.
func (a *Asm) Word(w uint32) { a.Add(arm64.AWORD).To = Const(int64(w)) }

// Assemble encodes the sequence. After it returns every Prog's Pc holds its
// final offset. An Asm can be assembled only once.
func (a *Asm) Assemble() ([]byte, error) {
	if a.done {
		return nil, errors.New("rtasm: assembled twice")
	}
	a.done = true
	code, relocs, err := a.c.Assemble(a.first, a.newProg)
	if err != nil {
		return nil, fmt.Errorf("rtasm: %w", err)
	}
	for _, r := range relocs {
		if r.Type != objabi.R_CALLIND { // marker for indirect calls, size 0
			return nil, fmt.Errorf("rtasm: unexpected relocation %+v (symbols are not supported)", r)
		}
	}
	return code, nil
}

// Reg is a register operand.
func Reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

// Const is an immediate operand.
func Const(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

// Mem is a base+displacement memory operand.
func Mem(base int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
}

// MemIdx is a base+index*scale+displacement memory operand (amd64).
func MemIdx(base, index int16, scale int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: index, Scale: scale, Offset: off}
}

// MemUXTW is the arm64 operand (base)(index.UXTW<<shift): base plus the
// zero-extended 32-bit index register.
func MemUXTW(base, index int16, shift int16) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: arm64.REG_UXTW + (index & 31) + (shift << 5)}
}
