// Package goasm is Kiln's one driver of golang-asm's context setup and
// assembly (shared/design/golang-asm.md): every user of the library (the
// amd64 backend's emitter and linker, internal/rtasm for the runtime's stubs
// and tests, the arm64 backend to come) creates its contexts here, so that
// the one lock below really serializes the library's global setup.
//
// What it takes care of: golang-asm builds its instruction tables in
// globals the first time LinkArch.Init runs, which is not safe for
// concurrent first use (pitfall 3), so every context is created under
// initMu; diagnostics are collected and returned as errors instead of
// printed (pitfall 1); amd64 JCC-erratum padding is off (IsAsm); on arm64
// Progedit runs on every Prog (pitfall 2) and the list starts with a dummy
// TEXT Prog, which span7 skips (pitfall 5).
//
// A Ctx is used by one goroutine at a time. After a context is created,
// separate contexts assemble in parallel safely.
package goasm

import (
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"

	"github.com/kilnwasm/kiln/internal/abi"
)

// initMu serializes context creation: LinkArch.Init builds golang-asm's
// global instruction tables lazily.
var initMu sync.Mutex

// Ctx is one golang-asm context with its diagnostics.
type Ctx struct {
	// Link is the context; Progs of the lists assembled with it must have
	// Ctxt set to it.
	Link *obj.Link
	Arch abi.Arch
	errs []string
}

// New returns a context for arch (amd64 or arm64).
func New(arch abi.Arch) (*Ctx, error) {
	var la *obj.LinkArch
	switch arch {
	case abi.ArchAMD64:
		la = &x86.Linkamd64
	case abi.ArchARM64:
		la = &arm64.Linkarm64
	default:
		return nil, fmt.Errorf("goasm: no assembler for architecture %v", arch)
	}
	c := &Ctx{Arch: arch}
	initMu.Lock()
	defer initMu.Unlock()
	ctxt := obj.Linknew(la)
	ctxt.Headtype = objabi.Hlinux
	ctxt.IsAsm = true // amd64: no JCC-erratum padding
	ctxt.DiagFunc = func(f string, args ...interface{}) { c.errs = append(c.errs, fmt.Sprintf(f, args...)) }
	la.Init(ctxt)
	c.Link = ctxt
	return c, nil
}

// MustNew is New for an architecture known to be supported.
func MustNew(arch abi.Arch) *Ctx {
	c, err := New(arch)
	if err != nil {
		panic(err)
	}
	return c
}

// FirstAs is the opcode of the Prog that must start every list: arm64's
// span7 skips the first Prog, so it is a dummy TEXT there; amd64 encodes
// it, so it is a zero-size NOP.
func (c *Ctx) FirstAs() obj.As {
	if c.Arch == abi.ArchARM64 {
		return obj.ATEXT
	}
	return obj.ANOP
}

// Assemble encodes the list that starts at first (a Prog whose As is
// FirstAs(), itself not encoded) and returns the code and its relocations.
// newProg supplies the Progs the assembler adds (arm64 literal pools,
// branch islands, Progedit rewrites). Afterwards every Prog's Pc holds its
// final offset. A list must not be assembled twice: assembly changes it.
func (c *Ctx) Assemble(first *obj.Prog, newProg obj.ProgAlloc) ([]byte, []obj.Reloc, error) {
	c.errs = c.errs[:0]
	c.Link.Errors = 0
	if c.Arch == abi.ArchARM64 {
		for p := first.Link; p != nil; p = p.Link {
			c.Link.Arch.Progedit(c.Link, p, newProg)
		}
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: first}}
	c.Link.Arch.Assemble(c.Link, s, newProg)
	if c.Link.Errors > 0 || len(c.errs) > 0 {
		msg := strings.Join(c.errs, "; ")
		if msg == "" {
			msg = fmt.Sprintf("%d errors", c.Link.Errors)
		}
		return nil, nil, fmt.Errorf("assembler: %s", msg)
	}
	return s.P, s.R, nil
}
