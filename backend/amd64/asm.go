package amd64

import (
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/goasm"
)

// asm drives golang-asm for one goroutine: one context (from
// internal/goasm, which owns the library's setup, its init lock and its
// diagnostics), Progs recycled from a slab between functions.
type asm struct {
	c      *goasm.Ctx
	ctxt   *obj.Link
	slab   []obj.Prog   // the chunk in use
	used   int          // Progs used in slab
	chunks [][]obj.Prog // every chunk, reused from function to function
	chunk  int          // index of slab in chunks
	first  *obj.Prog
	last   *obj.Prog
	syms   map[symRef]*obj.LSym
	refs   map[*obj.LSym]symRef
}

// symRef names what a relocation symbol stands for (typed, so that no
// name is formatted or parsed per call site).
type symRef struct {
	kind symKind
	idx  uint32
}

type symKind uint8

const (
	symFunc       symKind = iota // a function's entry (idx: function index)
	symThunk                     // a host-call thunk (idx: import index)
	symTable                     // a jump table of this function (idx: table number)
	symShimTarget                // the callee of a shim, patched by the caller
	symConst                     // an entry of this function's constant pool (idx: entry number)
)

var symNames = [...]string{symFunc: "func", symThunk: "thunk", symTable: "table", symShimTarget: "target", symConst: "const"}

func newAsm() *asm {
	c := goasm.MustNew(abi.ArchAMD64)
	return &asm{c: c, ctxt: c.Link, syms: map[symRef]*obj.LSym{}, refs: map[*obj.LSym]symRef{}}
}

func (a *asm) newProg() *obj.Prog {
	if a.used == len(a.slab) {
		// Next chunk: kept across functions, so a worker allocates Progs
		// only for the largest function it has seen.
		a.chunk++
		if a.chunk == len(a.chunks) {
			a.chunks = append(a.chunks, make([]obj.Prog, 1024<<min(a.chunk, 6)))
		}
		a.slab = a.chunks[a.chunk]
		a.used = 0
	}
	p := &a.slab[a.used]
	a.used++
	*p = obj.Prog{Ctxt: a.ctxt}
	return p
}

// reset starts a new function, recycling the Progs of the previous one.
func (a *asm) reset() {
	if len(a.chunks) == 0 {
		a.chunks = [][]obj.Prog{make([]obj.Prog, 1024)}
	}
	a.chunk = 0
	a.slab = a.chunks[0]
	a.used = 0
	p := a.newProg()
	p.As = a.c.FirstAs()
	a.first, a.last = p, p
}

func (a *asm) add(as obj.As) *obj.Prog {
	p := a.newProg()
	p.As = as
	a.last.Link = p
	a.last = p
	return p
}

func (a *asm) label() *obj.Prog { return a.add(obj.ANOP) }

// sym returns the symbol for ref, for relocations.
func (a *asm) sym(ref symRef) *obj.LSym {
	s, ok := a.syms[ref]
	if !ok {
		s = &obj.LSym{Name: symNames[ref.kind]}
		a.syms[ref] = s
		a.refs[s] = ref
	}
	return s
}

// assemble encodes the list and returns the code and the relocations.
func (a *asm) assemble() ([]byte, []obj.Reloc, error) {
	code, relocs, err := a.c.Assemble(a.first, a.newProg)
	if err != nil {
		return nil, nil, fmt.Errorf("amd64: %w", err)
	}
	return code, relocs, nil
}

// Operand constructors.

func xreg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

func imm(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

func mem(base int16, disp int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: disp}
}

func memIdx(base, index int16, scale int16, disp int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: index, Scale: scale, Offset: disp}
}

func (a *asm) op2(as obj.As, from, to obj.Addr) *obj.Prog {
	p := a.add(as)
	p.From, p.To = from, to
	return p
}

// op3 is "as from, mid, to" (IMUL3, ROUNDSD).
func (a *asm) op3(as obj.As, from, mid, to obj.Addr) *obj.Prog {
	p := a.op2(as, from, to)
	p.SetFrom3(mid)
	return p
}

func (a *asm) jmp(as obj.As, target *obj.Prog) *obj.Prog {
	p := a.add(as)
	p.To.Type = obj.TYPE_BRANCH
	if target != nil {
		p.To.SetTarget(target)
	}
	return p
}

// callSym emits a rel32 call to a symbol (a relocation).
func (a *asm) callSym(ref symRef) *obj.Prog {
	p := a.add(obj.ACALL)
	p.To = obj.Addr{Type: obj.TYPE_BRANCH, Name: obj.NAME_EXTERN, Sym: a.sym(ref)}
	return p
}

// hw returns golang-asm's register number for a physical register.
func hw(r uint32) int16 {
	if r < 16 {
		return x86.REG_AX + int16(r)
	}
	return x86.REG_X0 + int16(r-16)
}
