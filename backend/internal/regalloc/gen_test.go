package regalloc

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/kilnwasm/kiln/backend/mach"
)

// A small register file that forces splitting and spilling: registers
// 0-7 are integer (0-3 allocatable, 6 a pinned context register used as a
// precolored operand, 7 scratch), 8-15 float (8-9 allocatable, 15
// scratch). 0/1 double as argument registers, 0 as the result, 1 as the
// shift count, 0/2 for division.
func smallRegs() *mach.RegInfo {
	ri := &mach.RegInfo{NumRegs: 16, ClassOf: make([]mach.Class, 16)}
	for r := 8; r < 16; r++ {
		ri.ClassOf[r] = mach.ClassFloat
	}
	ri.Allocatable[mach.ClassInt] = []mach.Reg{3, 2, 1, 0}
	ri.Allocatable[mach.ClassFloat] = []mach.Reg{9, 8}
	ri.Scratch[mach.ClassInt] = 7
	ri.Scratch[mach.ClassFloat] = 15
	return ri
}

// amd64Regs mirrors the amd64 backend's register file (11 + 15).
func amd64Regs() *mach.RegInfo {
	ri := &mach.RegInfo{NumRegs: 32, ClassOf: make([]mach.Class, 32)}
	for r := 16; r < 32; r++ {
		ri.ClassOf[r] = mach.ClassFloat
	}
	ri.Allocatable[mach.ClassInt] = []mach.Reg{10, 12, 13, 3, 6, 7, 8, 9, 2, 1, 0}
	for r := mach.Reg(24); r <= 30; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	for r := mach.Reg(16); r < 24; r++ {
		ri.Allocatable[mach.ClassFloat] = append(ri.Allocatable[mach.ClassFloat], r)
	}
	ri.Scratch[mach.ClassInt] = 11
	ri.Scratch[mach.ClassFloat] = 31
	return ri
}

// regRoles names the fixed registers the generator uses.
type regRoles struct {
	intArgs  []mach.Reg
	fltArg   mach.Reg
	result   mach.Reg
	shift    mach.Reg
	divLo    mach.Reg
	divHi    mach.Reg
	ctx      mach.Reg // not allocatable
	clobbers mach.RegSet
}

func rolesFor(ri *mach.RegInfo) regRoles {
	var cl mach.RegSet
	for _, c := range ri.Allocatable {
		for _, r := range c {
			cl = cl.With(r)
		}
	}
	fa := ri.Allocatable[mach.ClassFloat]
	if ri.NumRegs == 16 {
		return regRoles{intArgs: []mach.Reg{0, 1}, fltArg: 8, result: 0, shift: 1, divLo: 0, divHi: 2, ctx: 6, clobbers: cl}
	}
	return regRoles{intArgs: []mach.Reg{0, 1, 2, 3}, fltArg: fa[len(fa)-8], result: 0, shift: 1, divLo: 0, divHi: 2, ctx: 15, clobbers: cl}
}

// gen builds random but valid VCode: structured control flow (diamonds
// joining through block parameters, loops carrying parameters, critical
// edges with and without arguments: triangles and do-while loops), precolored
// operands around calls, shifts and divisions, clobbers, moves and Mod
// operands.
type gen struct {
	r      *rand.Rand
	f      *mach.Func
	ro     regRoles
	cur    int
	budget int
	depth  int
	// rareCalls makes calls 1 in 200 instructions instead of 1 in 10.
	rareCalls bool
}

func genFunc(seed uint64, size int, ri *mach.RegInfo) *mach.Func {
	return genFuncCalls(seed, size, ri, false)
}

func genFuncCalls(seed uint64, size int, ri *mach.RegInfo, rareCalls bool) *mach.Func {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), f: mach.NewFunc(ri.NumRegs), ro: rolesFor(ri), budget: size, rareCalls: rareCalls}
	g.cur = g.f.NewBlock()
	var av []mach.Reg
	// Incoming arguments.
	for _, p := range []mach.Reg{g.ro.intArgs[0], g.ro.intArgs[1], g.ro.fltArg} {
		v := g.f.NewVReg(ri.ClassOf[p])
		g.f.AddMove(g.cur, 0, v, p)
		av = append(av, v)
	}
	for g.budget > 0 {
		av = g.region(av, 0)
	}
	v := g.pick(av, mach.ClassInt)
	g.f.AddMove(g.cur, 0, g.ro.result, v)
	g.add(0, mach.Operand{Reg: g.ro.result, Kind: mach.Use}) // ret
	if seed%3 == 0 {
		// Every float value 16 bytes wide (v128): their spill slots are
		// even pairs, which the checker tracks half by half.
		for r := g.f.NumRegs; r < g.f.NumRegs+mach.Reg(g.f.NumVRegs()); r++ {
			if g.f.ClassOf(r) == mach.ClassFloat && !g.f.IsConst(r) {
				g.f.SetWide(r)
			}
		}
	}
	return g.f
}

func (g *gen) add(clobbers mach.RegSet, ops ...mach.Operand) {
	g.f.Add(g.cur, 0, clobbers, ops...)
	g.budget--
}

func use(r mach.Reg) mach.Operand { return mach.Operand{Reg: r, Kind: mach.Use} }
func def(r mach.Reg) mach.Operand { return mach.Operand{Reg: r, Kind: mach.Def} }
func mod(r mach.Reg) mach.Operand { return mach.Operand{Reg: r, Kind: mach.Mod} }

// pick returns an available value of class c, defining a constant if
// there is none; recent values are likelier, old ones make long ranges.
func (g *gen) pick(av []mach.Reg, c mach.Class) mach.Reg {
	var cand []mach.Reg
	for _, v := range av {
		if g.f.ClassOf(v) == c {
			cand = append(cand, v)
		}
	}
	if len(cand) == 0 {
		v := g.f.NewVReg(c)
		g.add(0, def(v))
		return v
	}
	// Mostly recent values, sometimes older ones (long ranges, loops
	// carrying values), rarely any: live sets stay realistic as
	// functions grow.
	switch k := g.r.IntN(200); {
	case k < 130 && len(cand) > 6:
		cand = cand[len(cand)-6:]
	case k < 199 && len(cand) > 40:
		cand = cand[len(cand)-40:]
	}
	return cand[g.r.IntN(len(cand))]
}

func (g *gen) class() mach.Class {
	if g.r.IntN(4) == 0 {
		return mach.ClassFloat
	}
	return mach.ClassInt
}

func (g *gen) region(av []mach.Reg, depth int) []mach.Reg {
	steps := 1 + g.r.IntN(6)
	for s := 0; s < steps && g.budget > 0; s++ {
		switch k := g.r.IntN(10); {
		case k == 0 && depth < 4:
			av = g.diamond(av, depth)
		case k == 1 && depth < 4:
			av = g.loop(av, depth)
		default:
			for n := 1 + g.r.IntN(5); n > 0; n-- {
				av = g.inst(av)
			}
		}
	}
	return av
}

func (g *gen) inst(av []mach.Reg) []mach.Reg {
	f, ro := g.f, g.ro
	k := g.r.IntN(20)
	if g.rareCalls && (k == 11 || k == 12) && g.r.IntN(20) != 0 {
		k = 0
	}
	switch {
	case k < 6: // binary or unary operation
		c := g.class()
		a := g.pick(av, c)
		d := f.NewVReg(c)
		if c == mach.ClassInt && g.r.IntN(2) == 0 {
			g.add(0, def(d), use(a), use(g.pick(av, c)))
		} else {
			g.add(0, def(d), use(a))
		}
		av = append(av, d)
	case k < 8: // two-address form
		c := g.class()
		a := g.pick(av, c)
		b := g.pick(av, c)
		g.add(0, mod(a), use(b))
	case k < 10:
		c := g.class()
		a := g.pick(av, c)
		d := f.NewVReg(c)
		f.AddMove(g.cur, 0, d, a)
		g.budget--
		av = append(av, d)
	case k < 11: // constant
		d := f.NewVReg(g.class())
		g.add(0, def(d))
		av = append(av, d)
	case k < 13: // call
		var ops []mach.Operand
		for _, p := range ro.intArgs[:g.r.IntN(len(ro.intArgs)+1)] {
			f.AddMove(g.cur, 0, p, g.pick(av, mach.ClassInt))
			ops = append(ops, use(p))
		}
		if g.r.IntN(2) == 0 {
			f.AddMove(g.cur, 0, ro.fltArg, g.pick(av, mach.ClassFloat))
			ops = append(ops, use(ro.fltArg))
		}
		ops = append(ops, def(ro.result), def(ro.fltArg), use(ro.ctx))
		g.add(ro.clobbers, ops...)
		d := f.NewVReg(mach.ClassInt)
		f.AddMove(g.cur, 0, d, ro.result)
		av = append(av, d)
		if g.r.IntN(2) == 0 {
			e := f.NewVReg(mach.ClassFloat)
			f.AddMove(g.cur, 0, e, ro.fltArg)
			av = append(av, e)
		}
	case k < 14: // shift by a count in a fixed register
		a := g.pick(av, mach.ClassInt)
		b := g.pick(av, mach.ClassInt)
		f.AddMove(g.cur, 0, ro.shift, a)
		g.add(0, mod(b), use(ro.shift))
	case k < 15: // division: dividend and results in fixed registers
		a := g.pick(av, mach.ClassInt)
		c := g.pick(av, mach.ClassInt)
		f.AddMove(g.cur, 0, ro.divLo, a)
		g.add(0, mod(ro.divLo), def(ro.divHi), use(c))
		q, r := f.NewVReg(mach.ClassInt), f.NewVReg(mach.ClassInt)
		f.AddMove(g.cur, 0, q, ro.divLo)
		f.AddMove(g.cur, 0, r, ro.divHi)
		av = append(av, q, r)
	case k < 16: // load through the pinned context register
		d := f.NewVReg(mach.ClassInt)
		g.add(0, def(d), use(ro.ctx), use(g.pick(av, mach.ClassInt)))
		av = append(av, d)
	case k < 17: // two results
		a := g.pick(av, mach.ClassInt)
		d, e := f.NewVReg(mach.ClassInt), f.NewVReg(mach.ClassInt)
		g.add(0, def(d), def(e), use(a))
		av = append(av, d, e)
	default: // a store: uses only
		g.add(0, use(g.pick(av, mach.ClassInt)), use(g.pick(av, g.class())))
	}
	return av
}

func (g *gen) jump()             { g.add(0) }
func (g *gen) branch(c mach.Reg) { g.add(0, use(c)) }

func (g *gen) args(av []mach.Reg, params []mach.Reg) []mach.Reg {
	args := make([]mach.Reg, len(params))
	for j, p := range params {
		if g.r.IntN(5) == 0 && !g.f.IsWide(p) {
			args[j] = g.f.NewConst(g.f.ClassOf(p), mach.Const{Imm: int64(g.r.IntN(100)), Size: 8})
			continue
		}
		args[j] = g.pick(av, g.f.ClassOf(p))
	}
	return args
}

func (g *gen) newParams() []mach.Reg {
	ps := make([]mach.Reg, g.r.IntN(4))
	for j := range ps {
		ps[j] = g.f.NewVReg(g.class())
	}
	return ps
}

func (g *gen) diamond(av []mach.Reg, depth int) []mach.Reg {
	f := g.f
	g.branch(g.pick(av, mach.ClassInt))
	head := g.cur
	params := g.newParams()
	if g.r.IntN(3) == 0 {
		// A triangle: head's edge to the join is critical.
		arm := f.NewBlock()
		g.cur = arm
		ava := g.region(append([]mach.Reg(nil), av...), depth+1)
		armArgs := g.args(ava, params)
		g.jump()
		j := f.NewBlock()
		f.Blocks[j].Params = params
		f.AddEdge(head, arm)
		f.AddEdge(head, j, g.args(av, params)...)
		f.AddEdge(g.cur, j, armArgs...)
		g.cur = j
		return append(append([]mach.Reg(nil), av...), params...)
	}
	var ends [2]int
	var args [2][]mach.Reg
	var arms [2]int
	for k := range 2 {
		arms[k] = f.NewBlock()
		g.cur = arms[k]
		avk := append([]mach.Reg(nil), av...)
		if g.r.IntN(3) > 0 {
			avk = g.region(avk, depth+1)
		}
		args[k] = g.args(avk, params)
		g.jump()
		ends[k] = g.cur
	}
	j := f.NewBlock()
	f.Blocks[j].Params = params
	f.AddEdge(head, arms[0])
	f.AddEdge(head, arms[1])
	f.AddEdge(ends[0], j, args[0]...)
	f.AddEdge(ends[1], j, args[1]...)
	g.cur = j
	return append(append([]mach.Reg(nil), av...), params...)
}

// header ends the current block with a jump to a new loop header with
// parameters params, and returns the jump's arguments, its block, the
// header and the values available in it.
func (g *gen) header(av, params []mach.Reg) (init []mach.Reg, pre, h int, avh []mach.Reg) {
	init = g.args(av, params)
	g.jump()
	pre = g.cur
	h = g.f.NewBlock()
	g.f.Blocks[h].Params = params
	g.cur = h
	return init, pre, h, append(append([]mach.Reg(nil), av...), params...)
}

func (g *gen) loop(av []mach.Reg, depth int) []mach.Reg {
	f := g.f
	if g.r.IntN(3) == 0 {
		// A do-while loop: the latch's edge back to the header is
		// critical.
		params := g.newParams()
		init, pre, h, avh := g.header(av, params)
		avb := g.region(append([]mach.Reg(nil), avh...), depth+1)
		back := g.args(avb, params)
		g.branch(g.pick(avb, mach.ClassInt))
		exit := f.NewBlock()
		f.AddEdge(pre, h, init...)
		f.AddEdge(g.cur, h, back...)
		f.AddEdge(g.cur, exit)
		g.cur = exit
		return avh
	}
	params := g.newParams()
	if len(params) == 0 {
		params = append(params, f.NewVReg(mach.ClassInt))
	}
	init, pre, h, avh := g.header(av, params)
	for n := g.r.IntN(3); n > 0; n-- {
		avh = g.inst(avh)
	}
	g.branch(g.pick(avh, mach.ClassInt))
	hEnd := g.cur
	body := f.NewBlock()
	g.cur = body
	avb := g.region(append([]mach.Reg(nil), avh...), depth+1)
	var back []mach.Reg
	if g.r.IntN(3) == 0 {
		// Rotate same-class parameters: a parallel move with a cycle.
		back = append([]mach.Reg(nil), params...)
		for i := range back {
			for j := i + 1; j < len(back); j++ {
				if f.ClassOf(back[i]) == f.ClassOf(back[j]) && g.r.IntN(2) == 0 {
					back[i], back[j] = back[j], back[i]
				}
			}
		}
	} else {
		back = g.args(avb, params)
	}
	g.jump()
	latch := g.cur
	exit := f.NewBlock()
	f.AddEdge(pre, h, init...)
	f.AddEdge(hEnd, body)
	f.AddEdge(hEnd, exit)
	f.AddEdge(latch, h, back...)
	g.cur = exit
	return avh
}

// dump prints a function with its allocation, for failure messages.
func dump(f *mach.Func, al *mach.Allocation) string {
	var sb strings.Builder
	edit := 0
	name := func(r mach.Reg) string {
		if f.IsVirtual(r) {
			return fmt.Sprintf("v%d", r)
		}
		return fmt.Sprintf("r%d", r)
	}
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		fmt.Fprintf(&sb, "b%d(", b)
		for _, p := range blk.Params {
			fmt.Fprintf(&sb, " %s", name(p))
		}
		fmt.Fprintf(&sb, " ) preds %v\n", blk.Preds)
		first, end := f.BlockInsts(b)
		for i := first; i < end; i++ {
			for al != nil && edit < len(al.Edits) && al.Edits[edit].Before == i {
				fmt.Fprintf(&sb, "    %v <- %v\n", al.Edits[edit].To, al.Edits[edit].From)
				edit++
			}
			fmt.Fprintf(&sb, "  %3d:", i)
			if f.Insts[i].IsMove {
				sb.WriteString(" mov")
			}
			for k, op := range f.Operands(i) {
				kind := [...]string{"use", "def", "mod"}[op.Kind]
				fmt.Fprintf(&sb, " %s %s", kind, name(op.Reg))
				if al != nil {
					fmt.Fprintf(&sb, "@%v", al.OpLoc(f, i, k))
				}
			}
			if f.Insts[i].Clobbers != 0 {
				fmt.Fprintf(&sb, " clobbers %#x", uint64(f.Insts[i].Clobbers))
			}
			sb.WriteByte('\n')
		}
		for k, s := range blk.Succs {
			fmt.Fprintf(&sb, "  -> b%d(", s)
			for _, a := range blk.Args[k] {
				fmt.Fprintf(&sb, " %s", name(a))
			}
			sb.WriteString(" )\n")
		}
	}
	return sb.String()
}
