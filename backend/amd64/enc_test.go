package amd64

import (
	"bytes"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// encOps are the instructions the hand encoder knows.
var encOps = []obj.As{
	x86.AMOVQ, x86.AMOVL, x86.AMOVW, x86.AMOVB,
	x86.AADDQ, x86.AADDL, x86.ASUBQ, x86.ASUBL, x86.AANDQ, x86.AANDL, x86.AORQ, x86.AORL, x86.AXORQ, x86.AXORL,
	x86.ACMPQ, x86.ACMPL, x86.ATESTQ, x86.ATESTL, x86.ALEAQ, x86.ALEAL,
	x86.ANEGQ, x86.ANEGL, x86.ADIVQ, x86.ADIVL, x86.AIDIVQ, x86.AIDIVL, x86.AMULQ, x86.AMULL, x86.ACQO, x86.ACDQ,
	x86.AIMULQ, x86.AIMULL, x86.AMOVBLZX, x86.AMOVBQZX, x86.AMOVBLSX, x86.AMOVBQSX,
	x86.AMOVWLZX, x86.AMOVWQZX, x86.AMOVWLSX, x86.AMOVWQSX, x86.AMOVLQSX,
	x86.AROLQ, x86.AROLL, x86.ARORQ, x86.ARORL, x86.ASHLQ, x86.ASHLL, x86.ASHRQ, x86.ASHRL, x86.ASARQ, x86.ASARL,
	obj.ARET, obj.ACALL, obj.AJMP, x86.APUSHQ, x86.APOPQ, x86.AQUAD,
}

func init() {
	encTabOnce.Do(fillEncTab)
	for i, info := range encTab {
		if info.kind == kSet || info.kind == kCmov {
			encOps = append(encOps, obj.As(i)+obj.ABaseAMD64)
		}
	}
}

// encOperands are operands of every kind the encoder must tell apart:
// none, every general-purpose register, XMM registers, constants at the
// edges of golang-asm's classes, and memory operands with every base,
// bases that need a SIB byte or a displacement, indexes and scales, and
// RIP-relative symbols.
func encOperands(sym *obj.LSym) (small, all []opnd) {
	small = append(small, opnd{})
	for r := int16(x86.REG_AX); r <= x86.REG_R15; r++ {
		small = append(small, xreg(r))
	}
	small = append(small, xreg(x86.REG_X0), xreg(x86.REG_X9))
	for _, v := range []int64{0, 1, 2, 3, 7, 127, 128, 255, 256, -1, -2, -128, -129, 0x7fffffff, 0x80000000, 0xffffffff,
		-0x80000000, -0x80000001, 1 << 32, math.MaxInt64, math.MinInt64, 0x1122334455667788} {
		small = append(small, imm(v))
	}
	all = append(all, small...)
	disps := []int64{0, 1, -1, 127, 128, -128, -129, 0x7fffffff, -0x80000000, 1 << 31}
	for r := int16(x86.REG_AX); r <= x86.REG_R15; r++ {
		for _, d := range disps {
			all = append(all, mem(r, d))
		}
	}
	for _, b := range []int16{x86.REG_AX, x86.REG_BP, x86.REG_SP, x86.REG_R12, x86.REG_R13, x86.REG_R14} {
		for _, x := range []int16{x86.REG_AX, x86.REG_CX, x86.REG_BP, x86.REG_R12, x86.REG_R13, x86.REG_R15, x86.REG_SP} {
			for _, s := range []int16{0, 1, 2, 4, 8} {
				for _, d := range []int64{0, 16, -200} {
					all = append(all, memIdx(b, x, s, d))
				}
			}
		}
	}
	all = append(all, symMem(sym), opnd{kind: oMem, sym: sym, off: 8}, opnd{kind: oBranch, sym: sym})
	return small, all
}

// TestHandEncoderMatchesGoasm encodes every instruction the hand encoder
// knows with operands of every kind, and checks that whatever it accepts,
// golang-asm encodes to the same bytes with the same relocation; and that
// it encodes the instruction alike from the Emitter's operands (ins) and
// from a Prog's (span), and by its general path alone (without short).
func TestHandEncoderMatchesGoasm(t *testing.T) {
	a := newAsm()
	sym := a.sym(symRef{kind: symConst})
	small, all := encOperands(sym)
	type enc struct {
		p    obj.Prog
		code []byte
		rel  encReloc
	}
	var cases []enc
	accepted := map[obj.As]int{}
	var e encoder
	byShort := 0
	try := func(as obj.As, from, mid, to opnd) {
		p := obj.Prog{Ctxt: a.ctxt, As: as, From: from.addr(), To: to.addr()}
		var midp *opnd
		if mid.kind != oNone {
			p.RestArgs = []obj.Addr{mid.addr()}
			midp = &mid
		}
		code, rel, ok := e.encode(nil, &p)
		e.rel = encReloc{} // (encodeOps sets it for a symbol only)
		direct, dok := e.encodeOps(nil, as, &from, &to, midp)
		drel := e.rel
		if !dok {
			drel = encReloc{}
		}
		if dok != ok || !bytes.Equal(direct, code) || drel != rel {
			t.Errorf("%v: from a Prog % x %+v (%v), from operands % x %+v (%v)", &p, code, rel, ok, direct, drel, dok)
		}
		// The general path alone, without short's, which takes the
		// commonest forms first: the same bytes.
		e.rel = encReloc{}
		gen, gok := e.general(nil, as, &from, &to, midp)
		grel := e.rel
		if !gok {
			grel = encReloc{}
		}
		if gok != ok || !bytes.Equal(gen, code) || grel != rel {
			t.Errorf("%v: % x %+v (%v), by the general path alone % x %+v (%v)", &p, code, rel, ok, gen, grel, gok)
		}
		if mid.kind == oNone {
			if _, sok := short(nil, as, &from, &to); sok {
				byShort++
			}
		}
		if ok {
			accepted[as]++
			cases = append(cases, enc{p, bytes.Clone(code), rel})
		}
	}
	for _, as := range encOps {
		for _, x := range small {
			for _, y := range all {
				try(as, x, opnd{}, y)
				try(as, y, opnd{}, x)
			}
		}
	}
	for _, as := range []obj.As{x86.AIMUL3Q, x86.AIMUL3L} {
		for _, x := range small {
			for _, y := range all {
				try(as, x, y, xreg(x86.REG_R9))
				try(as, x, xreg(x86.REG_DX), y)
				try(as, imm(100), x, y)
				try(as, imm(-100000), y, x)
			}
		}
	}
	for _, as := range append(encOps, x86.AIMUL3Q, x86.AIMUL3L) {
		if accepted[as] == 0 {
			t.Errorf("the encoder accepts no form of %v", as)
		}
	}
	t.Logf("%d instructions, %d of them by short", len(cases), byShort)
	if byShort == 0 {
		t.Error("short encodes no instruction")
	}
	// golang-asm encodes them in batches (none is a branch, so each
	// encodes as alone); a batch with an error is retried one by one.
	check := func(batch []enc) error {
		a.reset()
		for k := range batch {
			p := a.add(batch[k].p.As)
			p.From, p.To = batch[k].p.From, batch[k].p.To
			if batch[k].p.RestArgs != nil {
				p.RestArgs = []obj.Addr{batch[k].p.RestArgs[0]}
			}
		}
		code, relocs, err := a.c.Assemble(a.first, a.newProg)
		if err != nil {
			return err
		}
		p := a.first.Link
		for k := range batch {
			c := batch[k]
			got := code[p.Pc : p.Pc+int64(p.Isize)]
			if !bytes.Equal(got, c.code) {
				t.Errorf("%v: hand encoder % x, golang-asm % x", &c.p, c.code, got)
			}
			var want *obj.Reloc
			for i := range relocs {
				if r := &relocs[i]; r.Siz != 0 && int64(r.Off) >= p.Pc && int64(r.Off) < p.Pc+int64(p.Isize) {
					want = r
				}
			}
			switch {
			case want == nil && c.rel.sym != nil, want != nil && c.rel.sym == nil:
				t.Errorf("%v: relocation %+v, golang-asm %+v", &c.p, c.rel, want)
			case want != nil && (int64(want.Off)-p.Pc != int64(c.rel.off) || want.Add != c.rel.add || want.Type != c.rel.typ || want.Sym != c.rel.sym):
				t.Errorf("%v: relocation %+v, golang-asm off %d %+v", &c.p, c.rel, int64(want.Off)-p.Pc, want)
			}
			p = p.Link
		}
		return nil
	}
	n := 0
	for i := 0; i < len(cases); i += 1000 {
		batch := cases[i:min(i+1000, len(cases))]
		if check(batch) == nil {
			continue
		}
		for k := range batch {
			if err := check(batch[k : k+1]); err != nil {
				t.Errorf("%v: the hand encoder accepts it (% x), golang-asm: %v", &batch[k].p, batch[k].code, err)
				if n++; n == 20 {
					return
				}
			}
		}
		if t.Failed() {
			return
		}
	}
}

// TestSpanMatchesGoasm assembles random functions, branches of every
// kind jumping forward and backward over distances around the reach of
// a short branch, with instructions of both encoders (some encoded at
// once by ins) and RIP-relative operands between them, with span and
// with golang-asm alone, and compares the code, the relocations, every
// label's and Prog's Pc and Isize and the place asm.at gives each
// instruction made without a Prog: encoded at once, and branches.
func TestSpanMatchesGoasm(t *testing.T) {
	a := newAsm()
	jumps := []obj.As{obj.AJMP, x86.AJEQ, x86.AJNE, x86.AJCS, x86.AJHI, x86.AJPS, x86.AJLT}
	var refs []ref
	var labels []lbl
	build := func(seed int64) []*obj.Prog {
		refs = refs[:0]
		r := rand.New(rand.NewSource(seed))
		a.reset()
		labels = randomLabels(a, r, labels[:0])
		placed := 0
		for n := 20 + r.Intn(200); n > 0; n-- {
			switch r.Intn(10) {
			case 0, 1, 2:
				j := a.jmp(jumps[r.Intn(len(jumps))], labels[r.Intn(len(labels))])
				if r.Intn(30) == 0 {
					a.setTarget(j, 0) // to itself
				}
				refs = append(refs, j)
			case 3:
				if placed < len(labels) {
					a.bind(labels[placed])
					placed++
				}
			case 4:
				// golang-asm's: SSE, with a constant from the pool.
				a.op2(x86.AADDSD, symMem(a.sym(symRef{symConst, uint32(r.Intn(3))})), xreg(x86.REG_X3))
			case 5:
				refs = append(refs, a.callSym(symRef{symFunc, uint32(r.Intn(5))}))
			case 6:
				a.op2(x86.ALEAQ, symMem(a.sym(symRef{symTable, 0})), xreg(x86.REG_R11))
			case 7:
				// Encoded at once, without a Prog (but with golang-asm
				// alone, as a Prog like any other).
				refs = append(refs, a.ins(x86.AADDQ, imm(r.Int63n(1<<31)>>uint(r.Intn(32))), xreg(int16(x86.REG_AX+r.Intn(16)))))
			default:
				// 7 to 10 bytes: distances cross 127 at random places.
				a.op2(x86.AMOVQ, imm(r.Int63()>>uint(r.Intn(64))), xreg(int16(x86.REG_AX+r.Intn(16))))
			}
		}
		for ; placed < len(labels); placed++ {
			a.bind(labels[placed])
		}
		var progs []*obj.Prog
		for p := a.first; p != nil; p = p.Link {
			if p.As != obj.ANOP && p.As != x86.AADDQ && p.As != obj.ACALL && p.To.Type != obj.TYPE_BRANCH { // (ins, callSym, jmp) a Prog with golang-asm alone only
				progs = append(progs, p)
			}
		}
		return progs
	}
	defer SetGoasmOnly(false)
	for seed := int64(0); seed < 2000; seed++ {
		type result struct {
			code   []byte
			relocs []obj.Reloc
			pcs    []int64
			at     []int64
		}
		var res [2]result
		for k, only := range []bool{true, false} {
			SetGoasmOnly(only)
			progs := build(seed)
			code, relocs, err := a.assemble()
			if err != nil {
				t.Fatal(err)
			}
			res[k] = result{code: bytes.Clone(code), relocs: slices.Clone(relocs)} // relocs: valid until the next assemble
			for _, l := range labels {
				res[k].pcs = append(res[k].pcs, a.pc(l))
			}
			for _, p := range progs {
				res[k].pcs = append(res[k].pcs, p.Pc, int64(p.Isize))
			}
			for _, r := range refs {
				pc, n := a.at(r)
				res[k].at = append(res[k].at, pc, n)
			}
		}
		if !bytes.Equal(res[0].code, res[1].code) {
			t.Fatalf("seed %d: code\n% x\ngolang-asm\n% x", seed, res[1].code, res[0].code)
		}
		if !reflect.DeepEqual(res[0].pcs, res[1].pcs) {
			t.Fatalf("seed %d: Pc and Isize %v, golang-asm %v", seed, res[1].pcs, res[0].pcs)
		}
		if !reflect.DeepEqual(res[0].at, res[1].at) {
			t.Fatalf("seed %d: places of the instructions encoded at once %v, golang-asm %v", seed, res[1].at, res[0].at)
		}
		var want []obj.Reloc
		for _, r := range res[0].relocs {
			if r.Siz != 0 {
				want = append(want, r)
			}
		}
		if !reflect.DeepEqual(want, res[1].relocs) {
			t.Fatalf("seed %d: relocations %+v, golang-asm %+v", seed, res[1].relocs, want)
		}
	}
}

// A branch to a label that was never placed is an error, not a jump to
// wherever its Pc points.
func TestSpanRejectsUnplacedLabel(t *testing.T) {
	a := newAsm()
	a.reset()
	a.jmp(x86.AJEQ, a.newLabel())
	if _, _, err := a.assemble(); err == nil {
		t.Fatal("no error")
	}
}

// randomLabels appends 4 to 15 new labels of a to labels, for the
// random functions of the span tests.
func randomLabels(a *asm, r *rand.Rand, labels []lbl) []lbl {
	for range 4 + r.Intn(12) {
		labels = append(labels, a.newLabel())
	}
	return labels
}

// TestSpanPads assembles random functions with padding (pad) before
// some labels and branches of every kind jumping over it, forward and
// backward, around the reach of a short branch. Each padded label must
// be aligned, each pad NOPs shorter than the alignment, and each branch
// must decode to its label's place.
func TestSpanPads(t *testing.T) {
	a := newAsm()
	jumps := []obj.As{obj.AJMP, x86.AJEQ, x86.AJNE, x86.AJCS, x86.AJLT}
	padded := 0
	for seed := int64(0); seed < 2000; seed++ {
		r := rand.New(rand.NewSource(seed))
		a.reset()
		labels := randomLabels(a, r, nil)
		var aligned []lbl
		placed := 0
		for n := 20 + r.Intn(200); n > 0; n-- {
			switch r.Intn(8) {
			case 0, 1, 2:
				a.jmp(jumps[r.Intn(len(jumps))], labels[r.Intn(len(labels))])
			case 3:
				if placed == len(labels) {
					continue
				}
				if r.Intn(2) == 0 {
					a.pad()
					aligned = append(aligned, labels[placed])
				}
				a.bind(labels[placed])
				placed++
			default:
				// 7 to 10 bytes: distances cross 127 at random places.
				a.op2(x86.AMOVQ, imm(r.Int63()>>uint(r.Intn(64))), xreg(int16(x86.REG_AX+r.Intn(16))))
			}
		}
		for ; placed < len(labels); placed++ {
			a.bind(labels[placed])
		}
		code, _, err := a.assemble()
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range aligned {
			if pc := a.pc(l); pc%padAlign != 0 {
				t.Fatalf("seed %d: padded label at %#x", seed, pc)
			}
		}
		for _, it := range a.items {
			if it.off >= 0 || it.p != nil {
				continue
			}
			start := it.pc - int64(it.n)
			if it.jcc == jccPad {
				if it.n >= padAlign {
					t.Fatalf("seed %d: a pad of %d bytes at %#x", seed, it.n, start)
				}
				if it.n > 0 {
					padded++
				}
				for pc := start; pc < it.pc; {
					in, err := x86asm.Decode(code[pc:it.pc], 64)
					if err != nil || in.Op != x86asm.NOP {
						t.Fatalf("seed %d: pad at %#x decodes as %v (%v)", seed, pc, in, err)
					}
					pc += int64(in.Len)
				}
				continue
			}
			in, err := x86asm.Decode(code[start:it.pc], 64)
			rel, ok := in.Args[0].(x86asm.Rel)
			if err != nil || in.Len != int(it.n) || !ok {
				t.Fatalf("seed %d: branch at %#x decodes as %v (%v)", seed, start, in, err)
			}
			if got, want := it.pc+int64(rel), a.pc(it.to); got != want {
				t.Fatalf("seed %d: branch at %#x goes to %#x, its label is at %#x", seed, start, got, want)
			}
		}
	}
	if padded == 0 {
		t.Fatal("no pad took a byte")
	}
}
