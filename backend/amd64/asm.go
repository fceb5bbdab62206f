package amd64

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/goasm"
	"github.com/kilnwasm/kiln/internal/room"
)

// asm assembles for one goroutine a list of golang-asm Progs (recycled
// from a slab between functions) and of instructions the hand encoder
// (enc.go) encoded at once (ins): span encodes most of the Progs with the
// hand encoder too, golang-asm the rest, with one context (from
// internal/goasm, which owns the library's setup, its init lock and its
// diagnostics).
type asm struct {
	c      *goasm.Ctx
	ctxt   *obj.Link
	slab   []obj.Prog   // the chunk in use
	used   int          // Progs used in slab
	chunks [][]obj.Prog // every chunk, reused from function to function
	chunk  int          // index of slab in chunks
	first  *obj.Prog
	last   *obj.Prog
	syms   map[uint64]*obj.LSym // by symRef.key, but for functions (funcSyms)
	refs   map[*obj.LSym]symRef
	// The functions' symbols, by index: calls look most symbols up, and
	// a map of thousands of them misses the cache.
	funcSyms []*obj.LSym

	// The hand assembler's state, reused from function to function.
	enc    encoder
	buf    []byte  // the encoded non-branch instructions
	items  []item  // the Progs and branches in order, from link and jmp
	labels []label // the labels made (newLabel), in order
	// With golang-asm alone, each label's Prog (a NOP linked in where
	// bind places it), by label.
	labelProgs []*obj.Prog
	relocs     []itemRel // relocations, in order
	// callSym's relocations, in order, and the buffer span merges them
	// into relocs with.
	callRelocs, merged []itemRel
	fallback           []*obj.Prog // the Progs golang-asm encodes
	branches           []int32     // the items that are branches
	brs                []branch    // span's layout state of each branch, in order
	brPrefix           []int64     // per branch: the length of the branches before it, in a layout pass
	out                []obj.Reloc // the relocations span returns
	outRefs            []relRef    // what each of out's symbols stands for
}

// relRef is what a relocation's symbol stands for, carried along with
// it so that Emitter.finish need not look it up in refs; ok is false for
// a symbol of none of asm's symRefs.
type relRef struct {
	ref symRef
	ok  bool
}

// refOf looks up what symbol s stands for.
func (a *asm) refOf(s *obj.LSym) relRef {
	ref, ok := a.refs[s]
	return relRef{ref, ok}
}

// branch is what span's layout passes need of a branch (or of padding,
// the other item whose length depends on the layout), apart from the
// items so that they go over the branches alone: between two branches
// the code has a fixed length, so a place lies at its fixed bytes (those
// of the non-branch instructions before it) plus the lengths, in the
// pass, of the branches before it (the end of an item: item.seg of
// them).
type branch struct {
	fixed  int64 // the branch's bytes of non-branch instructions before it
	tfixed int64 // its target's
	tseg   int32 // the branches before its target
	size   int32 // its length in this pass
	jcc    int16 // its condition, -1 for JMP, or jccPad
	short  bool  // a forward branch still short
	back   bool  // a backward branch
}

// item is a Prog or a branch to relax (the branches jmp makes have no
// Prog), or padding (pad), which span lays out as it does a branch. The
// instructions ins and callSym encode at once, and labels, are no items,
// so that span goes over the Progs and branches rather than over every
// instruction: the instructions are in buf, in order, an item
// coming after buf[:at]. The first item, before everything, is neither
// (and empty).
type item struct {
	p     *obj.Prog
	pc    int64 // where it ends (until laid out, in its fixed bytes: see branch)
	to    lbl   // the target label of a branch without a Prog (0: itself)
	at    int32 // the bytes of buf before it
	off   int32 // start of a Prog's bytes in buf; -1: a branch or a pad
	n     int32 // its length; a branch's, once laid out
	seg   int32 // the branches up to it (span)
	jcc   int16 // a branch's condition, -1 for JMP, or jccPad
	back  bool  // a backward branch
	noEnc bool  // the hand encoder has declined it already (ins)
}

// ref is where an instruction is: in buf from off, n long, after item
// it; or (n -1) item it itself.
type ref struct{ it, off, n int32 }

// lbl is a label: its index in asm.labels plus one; 0 is none. Labels
// are no Progs (a Prog is 200 bytes, and a call_indirect, with its trap
// stubs and its path into another instance, needs eight labels).
type lbl int32

// label is where a label was placed: before the bytes of buf from off,
// after item it (-1 until placed); and, once span has laid the code out,
// its offset.
type label struct {
	it, off int32
	pc      int64
}

// itemRel is a relocation off bytes after the end of item it (negative:
// in the item).
type itemRel struct {
	it  int
	off int64
	r   obj.Reloc
	ref relRef // what r.Sym stands for
}

// goasmOnly makes every function assemble with golang-asm alone: the
// tests' reference for the hand encoder.
var goasmOnly bool

// symRef names what a relocation symbol stands for (typed, so that no
// name is formatted or parsed per call site).
type symRef struct {
	kind symKind
	idx  uint32
}

// key is ref as a map key that hashes fast (a trap stub looks its
// thunk's symbol up).
func (ref symRef) key() uint64 { return uint64(ref.kind)<<32 | uint64(ref.idx) }

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
	encTabOnce.Do(fillEncTab)
	c := goasm.MustNew(abi.ArchAMD64)
	return &asm{c: c, ctxt: c.Link, syms: map[uint64]*obj.LSym{}, refs: map[*obj.LSym]symRef{}}
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
	a.buf, a.items, a.relocs, a.fallback, a.branches = a.buf[:0], a.items[:0], a.relocs[:0], a.fallback[:0], a.branches[:0]
	a.labels, a.labelProgs = a.labels[:0], a.labelProgs[:0]
	a.callRelocs = a.callRelocs[:0]
	p := a.newProg()
	p.As = a.c.FirstAs()
	a.first, a.last = p, p
	// The items start with one of neither kind (not with p, which span
	// has not to encode), so that there is always a last item.
	a.items = append(a.items, item{jcc: -1})
}

// reserve makes room for a function of n machine instructions, which
// take about seven bytes each, with a branch or a Prog for every four or
// five and a label for every two to four (growing a large function's
// lists step by step would copy them again and again).
func (a *asm) reserve(n int) {
	a.buf = room.For(a.buf, 8*n)
	a.items = room.For(a.items, n/4)
	a.labels = room.For(a.labels, n/2)
}

func (a *asm) add(as obj.As) *obj.Prog {
	p := a.newProg()
	p.As = as
	a.link(p)
	return p
}

// link appends p (new, or with golang-asm alone a label made earlier) to
// the list.
func (a *asm) link(p *obj.Prog) {
	a.last.Link = p
	a.last = p
	p.Link = nil
	a.items = append(a.items, item{p: p, at: int32(len(a.buf))})
}

// newLabel returns a label to place later (bind).
func (a *asm) newLabel() lbl {
	a.labels = append(a.labels, label{it: -1})
	if goasmOnly {
		p := a.newProg()
		p.As = obj.ANOP
		a.labelProgs = append(a.labelProgs, p)
	}
	return lbl(len(a.labels))
}

// bind places label l at the end of the list.
func (a *asm) bind(l lbl) {
	if goasmOnly {
		a.link(a.labelProgs[l-1])
		return
	}
	a.labels[l-1].it, a.labels[l-1].off = int32(len(a.items)-1), int32(len(a.buf))
}

// jccPad marks an item that is no branch but padding: NOPs up to the
// next multiple of padAlign bytes (the function starts at one), so that
// the label bound after it is aligned. Its length depends on where it
// lands, so span lays it out with the branches.
const (
	jccPad   = -2
	padAlign = 16
)

// alignLoops makes emitters pad before loop heads (mach.LoopHeads); the
// tests that compare the hand assembler with golang-asm alone turn it off.
var alignLoops = true

// pad appends padding that aligns what follows to padAlign bytes. With
// golang-asm alone (which has no alignment directive for x86) it adds
// nothing.
func (a *asm) pad() {
	if goasmOnly {
		return
	}
	a.items = append(a.items, item{at: int32(len(a.buf)), off: -1, jcc: jccPad})
}

// before reports whether label to, if placed, is placed before item i.
func (a *asm) before(to lbl, i int) bool {
	it := a.labels[to-1].it
	return it >= 0 && it < int32(i)
}

// pc returns the offset of label l in the code assembled last.
func (a *asm) pc(l lbl) int64 {
	if goasmOnly {
		return a.labelProgs[l-1].Pc
	}
	return a.labels[l-1].pc
}

// ins is op2 for an instruction nothing refers to afterwards but by its
// place (returned: see at): the hand encoder encodes it at once, without
// a Prog, if it knows the form and it has no symbol (whose relocation
// span keeps in item order).
func (a *asm) ins(as obj.As, from, to opnd) ref {
	if goasmOnly || from.sym != nil || to.sym != nil {
		a.op2(as, from, to)
		return a.progRef()
	}
	off := len(a.buf)
	var ok bool
	if a.buf, ok = short(a.buf, as, &from, &to); ok {
		return a.bytesRef(off)
	}
	if a.buf, ok = a.enc.general(a.buf, as, &from, &to, nil); ok {
		return a.bytesRef(off)
	}
	a.op2(as, from, to)
	a.items[len(a.items)-1].noEnc = true
	return a.progRef()
}

// ins3 is ins for op3.
func (a *asm) ins3(as obj.As, from, mid, to opnd) ref {
	if goasmOnly || from.sym != nil || mid.sym != nil || to.sym != nil {
		a.op3(as, from, mid, to)
		return a.progRef()
	}
	off := len(a.buf)
	var ok bool
	if a.buf, ok = a.enc.encodeOps(a.buf, as, &from, &to, &mid); ok {
		return a.bytesRef(off)
	}
	a.op3(as, from, mid, to)
	a.items[len(a.items)-1].noEnc = true
	return a.progRef()
}

// zeroQuads appends n 8-byte words of zeros (a jump table's, patched once
// the code is laid out).
func (a *asm) zeroQuads(n int) {
	if goasmOnly {
		for range n {
			a.op2(x86.AQUAD, imm(0), opnd{})
		}
		return
	}
	a.buf = append(a.buf, make([]byte, 8*n)...)
}

// progRef is the place of the Prog added last.
func (a *asm) progRef() ref { return ref{it: int32(len(a.items) - 1), n: -1} }

// bytesRef is the place of the instruction just encoded in buf from off
// to its end.
func (a *asm) bytesRef(off int) ref {
	return ref{it: int32(len(a.items) - 1), off: int32(off), n: int32(len(a.buf) - off)}
}

// at returns the offset and length of the instruction at r once
// assembled.
func (a *asm) at(r ref) (pc, n int64) {
	it := &a.items[r.it]
	switch {
	case r.n >= 0:
		return it.pc + int64(r.off-it.at), int64(r.n)
	case it.p != nil:
		return it.p.Pc, int64(it.p.Isize)
	}
	return it.pc - int64(it.n), int64(it.n)
}

// label places a new label at the end of the list.
func (a *asm) label() lbl {
	l := a.newLabel()
	a.bind(l)
	return l
}

// sym returns the symbol for ref, for relocations.
func (a *asm) sym(ref symRef) *obj.LSym {
	if ref.kind == symFunc {
		if int(ref.idx) >= len(a.funcSyms) {
			a.funcSyms = slices.Grow(a.funcSyms, int(ref.idx)+1-len(a.funcSyms))[:ref.idx+1]
		}
		s := a.funcSyms[ref.idx]
		if s == nil {
			s = &obj.LSym{Name: symNames[symFunc]}
			a.funcSyms[ref.idx] = s
			a.refs[s] = ref
		}
		return s
	}
	s, ok := a.syms[ref.key()]
	if !ok {
		s = &obj.LSym{Name: symNames[ref.kind]}
		a.syms[ref.key()] = s
		a.refs[s] = ref
	}
	return s
}

// assemble encodes the list and returns the code and the relocations
// (valid until the next assemble).
func (a *asm) assemble() ([]byte, []obj.Reloc, error) {
	if goasmOnly {
		code, relocs, err := a.c.Assemble(a.first, a.newProg)
		if err != nil {
			return nil, nil, fmt.Errorf("amd64: %w", err)
		}
		a.outRefs = a.outRefs[:0]
		for _, r := range relocs {
			a.outRefs = append(a.outRefs, a.refOf(r.Sym))
		}
		return code, relocs, nil
	}
	return a.span()
}

// span assembles the list as golang-asm's span6 would, to the byte: the
// hand encoder encodes what it knows, golang-asm the rest (in one batch,
// as position-independent instructions), and branches are relaxed by
// span6's rule: each is short until it does not reach, forward ones
// staying long once they did not. It sets every Prog's Pc and Isize.
// Padding (pad), which golang-asm does not have, takes its length anew
// in each layout pass; a forward branch that a pad's shrinking brings
// back within reach stays long, as with span6's rule, so the passes
// still end.
func (a *asm) span() ([]byte, []obj.Reloc, error) {
	// Pass 1: encode the Progs (ins encoded the others already).
	end := int32(len(a.buf)) // the bytes of ins and callSym
	for i := range a.items {
		it := &a.items[i]
		p := it.p
		if p == nil {
			continue
		}
		it.off, it.jcc = int32(len(a.buf)), -1
		if p.To.Type == obj.TYPE_BRANCH && p.To.Sym == nil {
			// (jmp makes an item without a Prog of every branch span
			// knows.)
			return nil, nil, fmt.Errorf("amd64: cannot assemble branch %v", p)
		}
		var rel encReloc
		ok := false
		if !it.noEnc {
			a.buf, rel, ok = a.enc.encode(a.buf, p)
		}
		if !ok {
			it.off = -1 // until encodeFallback
			a.fallback = append(a.fallback, p)
			continue
		}
		it.n = int32(len(a.buf)) - it.off
		if rel.sym != nil {
			a.relocs = append(a.relocs, itemRel{it: i, off: int64(rel.off) - int64(it.n), r: obj.Reloc{Siz: 4, Type: rel.typ, Sym: rel.sym, Add: rel.add}, ref: a.refOf(rel.sym)})
		}
	}
	if len(a.callRelocs) > 0 {
		// Merged, a Prog's before those of the instructions after it.
		m := emptied(a.merged, len(a.relocs)+len(a.callRelocs))
		i, j := 0, 0
		for i < len(a.relocs) || j < len(a.callRelocs) {
			if j == len(a.callRelocs) || i < len(a.relocs) && a.relocs[i].it <= a.callRelocs[j].it {
				m = append(m, a.relocs[i])
				i++
			} else {
				m = append(m, a.callRelocs[j])
				j++
			}
		}
		a.relocs, a.merged = m, a.relocs
	}
	if len(a.fallback) > 0 {
		if err := a.encodeFallback(); err != nil {
			return nil, nil, err
		}
	}
	// Where each item ends but for the lengths of the branches: in its
	// fixed bytes and the branches up to it (see branch), in pc and seg.
	var progs int64 // the bytes of the Progs so far
	k := int32(0)
	for i := range a.items {
		it := &a.items[i]
		if it.off < 0 {
			it.back = it.jcc != jccPad && (it.to == 0 || a.before(it.to, i))
			a.branches = append(a.branches, int32(i))
			k++
		} else {
			progs += int64(it.n)
		}
		it.pc, it.seg = int64(it.at)+progs, k
	}
	// Pass 2: lay out until no forward short branch falls short, going
	// over the branches alone.
	brs := emptied(a.brs, len(a.branches))
	for _, b := range a.branches {
		it := &a.items[b]
		// A branch without a target jumps to itself, as in golang-asm.
		tfixed, tseg := it.pc, it.seg-1
		if q := it.to; q != 0 {
			l := &a.labels[q-1]
			if l.it < 0 {
				return nil, nil, fmt.Errorf("amd64: branch (item %d) to a label outside the code", b)
			}
			t := &a.items[l.it]
			tfixed, tseg = t.pc+int64(l.off-t.at), t.seg
		}
		brs = append(brs, branch{fixed: it.pc, tfixed: tfixed, tseg: tseg, jcc: it.jcc, short: !it.back && it.jcc != jccPad, back: it.back})
	}
	a.brs = brs
	if cap(a.brPrefix) <= len(brs) {
		a.brPrefix = make([]int64, len(brs)+1, 2*len(brs)+1)
	}
	prefix := a.brPrefix[:len(brs)+1]
	for {
		var sum int64
		for k := range brs {
			br := &brs[k]
			prefix[k] = sum
			br.size = br.length(br.fixed+sum, prefix)
			sum += int64(br.size)
		}
		prefix[len(brs)] = sum
		grown := false
		for k := range brs {
			br := &brs[k]
			if br.short && br.tfixed+prefix[br.tseg]-(br.fixed+prefix[k]+2) > 127 {
				br.short = false
				grown = true
			}
		}
		if !grown {
			break
		}
	}
	// Pass 3: write each item after the bytes of buf before it.
	code := make([]byte, int64(end)+progs+prefix[len(brs)])
	last := &a.items[0] // (of neither kind, empty, at 0)
	for i := 1; i < len(a.items); i++ {
		it := &a.items[i]
		pc := last.pc + int64(copy(code[last.pc:], a.buf[last.at:it.at]))
		if it.off >= 0 { // a Prog
			copy(code[pc:], a.buf[it.off:it.off+it.n])
			it.p.Pc, it.p.Isize = pc, uint8(it.n)
			it.pc = pc + int64(it.n)
			last = it
			continue
		}
		br := &brs[it.seg-1]
		it.n = br.size
		it.pc = pc + int64(it.n)
		if p := it.p; p != nil {
			p.Pc, p.Isize = pc, uint8(it.n)
		}
		v := br.tfixed + prefix[br.tseg] - it.pc
		c := code[pc:]
		switch {
		case it.jcc == jccPad:
			fillNops(c[:it.n])
		case it.n == 2 && it.jcc < 0:
			c[0], c[1] = 0xeb, byte(v)
		case it.n == 2:
			c[0], c[1] = 0x70+byte(it.jcc), byte(v)
		case it.jcc < 0:
			c[0] = 0xe9
			binary.LittleEndian.PutUint32(c[1:], uint32(int32(v)))
		default:
			c[0], c[1] = 0x0f, 0x80+byte(it.jcc)
			binary.LittleEndian.PutUint32(c[2:], uint32(int32(v)))
		}
		last = it
	}
	copy(code[last.pc:], a.buf[last.at:end])
	for i := range a.labels {
		if l := &a.labels[i]; l.it >= 0 {
			t := &a.items[l.it]
			l.pc = t.pc + int64(l.off-t.at)
		}
	}
	relocs, refs := emptied(a.out, len(a.relocs)), emptied(a.outRefs, len(a.relocs))
	for _, r := range a.relocs {
		r.r.Off = int32(a.items[r.it].pc + r.off)
		relocs = append(relocs, r.r)
		refs = append(refs, r.ref)
	}
	a.out, a.outRefs = relocs, refs
	return code, relocs, nil
}

// length is the length of branch br at pc in a layout pass, where
// prefix holds the lengths of the branches before br's target: a
// backward branch is short if it reaches, a forward one while it is
// marked so.
func (br *branch) length(pc int64, prefix []int64) int32 {
	if br.jcc == jccPad {
		return int32(-pc & (padAlign - 1))
	}
	short := br.short
	if br.back {
		short = br.tfixed+prefix[br.tseg]-(pc+2) >= -128
	}
	switch {
	case short:
		return 2
	case br.jcc < 0:
		return 5
	}
	return 6
}

// nops are the recommended multi-byte NOPs, by length.
var nops = [...][]byte{
	1: {0x90},
	2: {0x66, 0x90},
	3: {0x0f, 0x1f, 0x00},
	4: {0x0f, 0x1f, 0x40, 0x00},
	5: {0x0f, 0x1f, 0x44, 0x00, 0x00},
	6: {0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00},
	7: {0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00},
	8: {0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
	9: {0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
}

// fillNops fills c with NOPs from nops, the longest first.
func fillNops(c []byte) {
	for len(c) > 0 {
		n := min(len(c), len(nops)-1)
		c = c[copy(c, nops[n]):]
	}
}

// emptied returns s emptied, with room for n elements: span knows how many
// it appends (growing a large function's lists step by step would copy
// them again and again).
func emptied[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// encodeFallback has golang-asm encode the Progs the hand encoder does
// not know, as a list of their own (none is a branch, so each encodes as
// it would in place), and appends their bytes to buf.
func (a *asm) encodeFallback() error {
	first := a.newProg()
	first.As = a.c.FirstAs()
	last := first
	for _, p := range a.fallback {
		last.Link = p
		last = p
	}
	last.Link = nil // the main list is walked no more: items holds it
	code, relocs, err := a.c.Assemble(first, a.newProg)
	if err != nil {
		return fmt.Errorf("amd64: %w", err)
	}
	k, r := 0, 0
	var rels []itemRel
	for i := range a.items {
		it := &a.items[i]
		if it.off >= 0 || it.p != a.fallback[k] {
			continue
		}
		p := it.p
		it.off, it.n = int32(len(a.buf)), int32(p.Isize)
		a.buf = append(a.buf, code[p.Pc:p.Pc+int64(p.Isize)]...)
		for ; r < len(relocs) && int64(relocs[r].Off) < p.Pc+int64(p.Isize); r++ {
			if relocs[r].Siz == 0 {
				continue // R_CALLIND: nothing to patch
			}
			rels = append(rels, itemRel{it: i, off: int64(relocs[r].Off) - p.Pc - int64(p.Isize), r: relocs[r], ref: a.refOf(relocs[r].Sym)})
		}
		if k++; k == len(a.fallback) {
			break
		}
	}
	if len(rels) > 0 {
		// Merge, keeping the relocations in code order (a Prog's
		// before those of the instructions after it).
		rels = append(rels, a.relocs...)
		slices.SortStableFunc(rels, func(x, y itemRel) int { return cmp.Compare(x.it, y.it) })
		a.relocs = append(a.relocs[:0], rels...)
	}
	return nil
}

// Operand constructors.

func xreg(r int16) opnd { return opnd{kind: oReg, reg: r} }

func imm(v int64) opnd { return opnd{kind: oImm, off: v} }

func mem(base int16, disp int64) opnd { return opnd{kind: oMem, reg: base, off: disp} }

func memIdx(base, index int16, scale int16, disp int64) opnd {
	return opnd{kind: oMem, reg: base, index: index, scale: scale, off: disp}
}

// symMem is [sym + 0], RIP-relative.
func symMem(sym *obj.LSym) opnd { return opnd{kind: oMem, sym: sym} }

func (a *asm) op2(as obj.As, from, to opnd) *obj.Prog {
	p := a.add(as)
	p.From, p.To = from.addr(), to.addr()
	return p
}

// op3 is "as from, mid, to" (IMUL3, ROUNDSD).
func (a *asm) op3(as obj.As, from, mid, to opnd) *obj.Prog {
	p := a.op2(as, from, to)
	p.SetFrom3(mid.addr())
	return p
}

// jmp appends a branch to label target (0: to itself, until setTarget)
// and returns its place. Unless with golang-asm alone, it has no Prog:
// span relaxes it as an item of its own.
func (a *asm) jmp(as obj.As, target lbl) ref {
	info := encInfoOf(as)
	if goasmOnly || as != obj.AJMP && info.kind != kJcc {
		// (span refuses a branch instruction it does not know.)
		p := a.add(as)
		p.To.Type = obj.TYPE_BRANCH
		if target != 0 && goasmOnly {
			p.To.SetTarget(a.labelProgs[target-1])
		}
		return a.progRef()
	}
	jcc := int16(-1)
	if as != obj.AJMP {
		jcc = int16(info.code)
	}
	a.items = append(a.items, item{at: int32(len(a.buf)), off: -1, jcc: jcc, to: target})
	return ref{it: int32(len(a.items) - 1), n: -1}
}

// setTarget points the branch jmp put at r to label target.
func (a *asm) setTarget(r ref, target lbl) {
	if p := a.items[r.it].p; p != nil {
		if goasmOnly {
			var q *obj.Prog
			if target != 0 {
				q = a.labelProgs[target-1]
			}
			p.To.SetTarget(q)
		}
		return
	}
	a.items[r.it].to = target
}

// callSym emits a rel32 call to a symbol (a relocation) and returns its
// place. It is encoded at once; its relocation waits in callRelocs until
// span merges it with the Progs' in item order.
func (a *asm) callSym(sym symRef) ref {
	to := opnd{kind: oBranch, sym: a.sym(sym)}
	if goasmOnly {
		a.op2(obj.ACALL, opnd{}, to)
		return a.progRef()
	}
	off := len(a.buf)
	a.buf = append(a.buf, 0xe8, 0, 0, 0, 0)
	r := a.bytesRef(off)
	a.callRelocs = append(a.callRelocs, itemRel{it: int(r.it), off: int64(r.off + 1 - a.items[r.it].at), r: obj.Reloc{Siz: 4, Type: objabi.R_CALL, Sym: to.sym}, ref: relRef{sym, true}})
	return r
}

// hw returns golang-asm's register number for a physical register.
func hw(r uint32) int16 {
	if r < 16 {
		return x86.REG_AX + int16(r)
	}
	return x86.REG_X0 + int16(r-16)
}
