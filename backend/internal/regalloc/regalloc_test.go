package regalloc

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

const (
	cInt = mach.ClassInt
	cFlt = mach.ClassFloat
)

// allClobbers is what a call destroys with smallRegs.
var allClobbers = mach.RegSet(0).With(0).With(1).With(2).With(3).With(8).With(9)

func TestStraightLine(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b := f.NewBlock()
	x, y := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b, 0, x, 0)                  // incoming argument
	f.Add(b, 0, 0, def(y), use(x), use(x)) // y = x + x
	z := f.NewVReg(cInt)
	f.Add(b, 0, 0, def(z), use(y), use(x))
	f.AddMove(b, 0, 0, z)
	f.Add(b, 0, 0, use(0)) // ret
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	if len(al.Edits) != 0 || al.NumSlots != 0 {
		t.Errorf("straight-line code with 2 live values needs no edits or slots:\n%s", dump(f, al))
	}
	// x comes in r0 and z leaves in r0: both moves should vanish.
	if s := a.Stats(); s.MovesCoalesced != 2 {
		t.Errorf("coalesced %d moves, want 2:\n%s", s.MovesCoalesced, dump(f, al))
	}
}

func TestMoveChainCoalesced(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b := f.NewBlock()
	v := []mach.Reg{f.NewVReg(cInt)}
	f.Add(b, 0, 0, def(v[0]))
	for range 5 {
		n := f.NewVReg(cInt)
		f.AddMove(b, 0, n, v[len(v)-1])
		v = append(v, n)
	}
	f.Add(b, 0, 0, use(v[len(v)-1]))
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	if s := a.Stats(); s.MovesCoalesced != 5 || len(al.Edits) != 0 {
		t.Errorf("stats %+v, want all 5 moves coalesced:\n%s", s, dump(f, al))
	}
}

// diamond: b0 branches to b1/b2, which pass different values to b3's
// parameter.
func TestDiamondParams(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	x, c := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, x, 0)
	f.Add(b0, 0, 0, def(c), use(x))
	f.Add(b0, 0, 0, use(c)) // branch
	b1 := f.NewBlock()
	y := f.NewVReg(cInt)
	f.Add(b1, 0, 0, def(y), use(x))
	f.Add(b1, 0, 0)
	b2 := f.NewBlock()
	z := f.NewVReg(cInt)
	f.Add(b2, 0, 0, def(z), use(x), use(c))
	f.Add(b2, 0, 0)
	b3 := f.NewBlock()
	p := f.NewVReg(cInt)
	f.Blocks[b3].Params = []mach.Reg{p}
	w := f.NewVReg(cInt)
	f.Add(b3, 0, 0, def(w), use(p), use(x))
	f.AddMove(b3, 0, 0, w)
	f.Add(b3, 0, 0, use(0))
	f.AddEdge(b0, b1)
	f.AddEdge(b0, b2)
	f.AddEdge(b1, b3, y)
	f.AddEdge(b2, b3, z)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	// y and z should both get p's register: no edge moves.
	if len(al.Edits) != 0 {
		t.Errorf("expected the arguments coalesced with the parameter:\n%s", dump(f, al))
	}
}

// A loop: x is live across it; i and acc are loop-carried parameters.
func TestLoopLiveAcross(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	x, i0, acc0 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, x, 0)
	f.Add(b0, 0, 0, def(i0))
	f.Add(b0, 0, 0, def(acc0))
	f.Add(b0, 0, 0)
	h := f.NewBlock()
	i, acc := f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i, acc}
	f.Add(h, 0, 0, use(i)) // branch on i
	body := f.NewBlock()
	i2, acc2 := f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(body, 0, 0, def(acc2), use(acc), use(x))
	f.Add(body, 0, 0, def(i2), use(i))
	f.Add(body, 0, 0)
	exit := f.NewBlock()
	f.AddMove(exit, 0, 0, acc)
	f.Add(exit, 0, 0, use(0))
	f.AddEdge(b0, h, i0, acc0)
	f.AddEdge(h, body)
	f.AddEdge(h, exit)
	f.AddEdge(body, h, i2, acc2)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	if al.NumSlots != 0 {
		t.Errorf("4 live values fit in 4 registers, got %d slots:\n%s", al.NumSlots, dump(f, al))
	}
	// The back edge should need no moves: i2/acc2 take i/acc's registers.
	for _, e := range al.Edits {
		if e.Before == 7 {
			t.Errorf("moves on the back edge:\n%s", dump(f, al))
			break
		}
	}
}

// Swapping two loop parameters on the back edge is a cycle.
func TestParallelMoveCycle(t *testing.T) {
	for _, withSlots := range []bool{false, true} {
		ri := smallRegs()
		f := mach.NewFunc(ri.NumRegs)
		b0 := f.NewBlock()
		x, y := f.NewVReg(cInt), f.NewVReg(cInt)
		f.AddMove(b0, 0, x, 0)
		f.AddMove(b0, 0, y, 1)
		f.Add(b0, 0, 0)
		h := f.NewBlock()
		p, q := f.NewVReg(cInt), f.NewVReg(cInt)
		f.Blocks[h].Params = []mach.Reg{p, q}
		f.Add(h, 0, 0, use(p))
		body := f.NewBlock()
		if withSlots {
			// A call forces p and q into slots for the whole body.
			f.Add(body, 0, allClobbers)
		}
		f.Add(body, 0, 0, use(p), use(q))
		f.Add(body, 0, 0)
		exit := f.NewBlock()
		f.AddMove(exit, 0, 0, q)
		f.Add(exit, 0, 0, use(0))
		f.AddEdge(b0, h, x, y)
		f.AddEdge(h, body)
		f.AddEdge(h, exit)
		f.AddEdge(body, h, q, p) // swap
		var a Allocator
		al := allocCheck(t, &a, f, ri)
		// With slots the allocator may reload crosswise and avoid the
		// cycle; TestRandom checks that slot cycles occur and are right.
		if s := a.Stats(); !withSlots && s.Cycles == 0 {
			t.Errorf("withSlots=%v: no cycle broken (%+v):\n%s", withSlots, s, dump(f, al))
		}
	}
}

// Values live across a call that clobbers every register must be spilled
// and reloaded; the call's own operands and results use fixed registers.
func TestCallClobbers(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b := f.NewBlock()
	x, y, fx := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cFlt)
	f.AddMove(b, 0, x, 0)
	f.AddMove(b, 0, y, 1)
	f.AddMove(b, 0, fx, 8)
	f.AddMove(b, 0, 1, x)                                    // argument in r1
	f.Add(b, 0, allClobbers, use(1), def(0), def(8), use(6)) // call, result in r0
	r := f.NewVReg(cInt)
	f.AddMove(b, 0, r, 0)
	s, fs := f.NewVReg(cInt), f.NewVReg(cFlt)
	f.Add(b, 0, 0, def(s), use(r), use(y))
	f.Add(b, 0, 0, def(fs), use(fx))
	f.Add(b, 0, 0, use(fs))
	f.AddMove(b, 0, 0, s)
	f.Add(b, 0, 0, use(0))
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	st := a.Stats()
	if st.Stores < 2 || st.Loads < 2 || al.NumSlots < 2 {
		t.Errorf("y and fx live across the call should be spilled and reloaded (%+v):\n%s", st, dump(f, al))
	}
}

// Shift counts and division use fixed registers; values around them must
// stay out of the way.
func TestPrecolored(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b := f.NewBlock()
	a0, a1, a2 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b, 0, a0, 0)
	f.AddMove(b, 0, a1, 1)
	f.AddMove(b, 0, a2, 2)
	f.AddMove(b, 0, 1, a1)                  // count in r1
	f.Add(b, 0, 0, mod(a0), use(1))         // a0 <<= r1
	f.AddMove(b, 0, 0, a0)                  // dividend in r0
	f.Add(b, 0, 0, mod(0), def(2), use(a1)) // r0, r2 = r0 / a1
	q, r := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b, 0, q, 0)
	f.AddMove(b, 0, r, 2)
	s := f.NewVReg(cInt)
	f.Add(b, 0, 0, def(s), use(q), use(r))
	f.Add(b, 0, 0, def(s), use(s), use(a2))
	f.AddMove(b, 0, 0, s)
	f.Add(b, 0, 0, use(0))
	var a Allocator
	allocCheck(t, &a, f, ri)
}

// Mod operands: the register holds the old value before and the new one
// after; a value modified in a loop flows around the back edge.
func TestModOperands(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	x, y := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, x, 0)
	f.AddMove(b0, 0, y, 1)
	f.Add(b0, 0, 0, mod(x), use(y))
	f.Add(b0, 0, 0)
	h := f.NewBlock()
	f.Add(h, 0, 0, mod(x), use(x))
	f.Add(h, 0, 0, use(x))
	body := f.NewBlock()
	f.Add(body, 0, allClobbers) // forces x and y to the stack around it
	f.Add(body, 0, 0, mod(y), use(x))
	f.Add(body, 0, 0)
	exit := f.NewBlock()
	f.AddMove(exit, 0, 0, y)
	f.Add(exit, 0, 0, use(0))
	f.AddEdge(b0, h)
	f.AddEdge(h, body)
	f.AddEdge(h, exit)
	f.AddEdge(body, h)
	var a Allocator
	allocCheck(t, &a, f, ri)
}

// More live values than registers: splitting and spilling, and every value
// still read correctly.
func TestPressure(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b := f.NewBlock()
	var vs []mach.Reg
	for range 12 {
		v := f.NewVReg(cInt)
		f.Add(b, 0, 0, def(v))
		vs = append(vs, v)
	}
	acc := f.NewVReg(cInt)
	f.Add(b, 0, 0, def(acc))
	for i := len(vs) - 1; i >= 0; i-- {
		f.Add(b, 0, 0, mod(acc), use(vs[i]))
	}
	f.AddMove(b, 0, 0, acc)
	f.Add(b, 0, 0, use(0))
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	st := a.Stats()
	if st.SpilledVRegs < 8 || st.SpilledVRegs > 10 || st.Loads < 8 {
		t.Errorf("12 values with 4 registers: %+v:\n%s", st, dump(f, al))
	}
	// Each spilled value is stored once (single definition).
	if st.Stores != st.SpilledVRegs {
		t.Errorf("%d stores for %d spilled values", st.Stores, st.SpilledVRegs)
	}
}

// Values spilled in disjoint regions share a slot.
func TestSlotReuse(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b := f.NewBlock()
	for range 3 {
		v := f.NewVReg(cInt)
		f.Add(b, 0, 0, def(v))
		f.Add(b, 0, allClobbers) // call: v lives across it
		f.Add(b, 0, 0, use(v))
	}
	f.Add(b, 0, 0)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	if a.Stats().SpilledVRegs != 3 || al.NumSlots != 1 {
		t.Errorf("3 values spilled one after the other should share one slot, got %d slots:\n%s", al.NumSlots, dump(f, al))
	}
}

func TestErrors(t *testing.T) {
	ri := smallRegs()
	cases := map[string]func(f *mach.Func){
		"used before": func(f *mach.Func) {
			b := f.NewBlock()
			v := f.NewVReg(cInt)
			f.Add(b, 0, 0, use(v))
		},
		"used before any definition on some path": func(f *mach.Func) {
			b0 := f.NewBlock()
			v, c := f.NewVReg(cInt), f.NewVReg(cInt)
			f.Add(b0, 0, 0, def(c))
			f.Add(b0, 0, 0, use(c))
			b1 := f.NewBlock()
			f.Add(b1, 0, 0, def(v))
			f.Add(b1, 0, 0)
			b2 := f.NewBlock()
			f.Add(b2, 0, 0)
			b3 := f.NewBlock()
			f.Add(b3, 0, 0, use(v))
			f.AddEdge(b0, b1)
			f.AddEdge(b0, b2)
			f.AddEdge(b1, b3)
			f.AddEdge(b2, b3)
		},
		"not live": func(f *mach.Func) {
			b0 := f.NewBlock()
			f.Add(b0, 0, 0, def(1))
			f.Add(b0, 0, 0)
			b1 := f.NewBlock()
			f.Add(b1, 0, 0, use(1))
			f.AddEdge(b0, b1)
		},
		"clobbers": func(f *mach.Func) {
			b0 := f.NewBlock()
			f.Add(b0, 0, 0, def(1))
			f.Add(b0, 0, allClobbers)
			f.Add(b0, 0, 0, use(1))
		},
		"more int registers": func(f *mach.Func) {
			b := f.NewBlock()
			var ops []mach.Operand
			var vs []mach.Reg
			for range 5 {
				v := f.NewVReg(cInt)
				f.Add(b, 0, 0, def(v))
				ops = append(ops, use(v))
				vs = append(vs, v)
			}
			f.Add(b, 0, 0, ops...)
			f.Add(b, 0, 0, ops...)
		},
		"entry block parameter": func(f *mach.Func) {
			b := f.NewBlock()
			v := f.NewVReg(cInt)
			f.Blocks[b].Params = []mach.Reg{v}
			f.Add(b, 0, 0, use(v))
		},
		"no instructions": func(f *mach.Func) {
			f.NewBlock()
		},
		"instruction 1 has a bad operand": func(f *mach.Func) {
			b := f.NewBlock()
			v := f.NewVReg(cInt)
			f.Add(b, 0, 0, def(v))
			f.Add(b, 0, 0, use(v+1)) // no such register
		},
		"bad operand {Reg:": func(f *mach.Func) {
			b := f.NewBlock()
			v := f.NewVReg(cInt)
			f.Add(b, 0, 0, mach.Operand{Reg: v, Kind: mach.Mod + 1})
		},
		"not a virtual register": func(f *mach.Func) {
			b0 := f.NewBlock()
			f.Add(b0, 0, 0)
			b1 := f.NewBlock()
			f.Blocks[b1].Params = []mach.Reg{1}
			f.Add(b1, 0, 0)
			f.AddEdge(b0, b1, 2)
		},
	}
	for want, build := range cases {
		f := mach.NewFunc(ri.NumRegs)
		build(f)
		_, err := Allocate(f, ri)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got error %v", want, err)
		}
	}
}

// A loop that needs every register: x, live across the loop and unused
// in it, should go to its slot once before the loop and come back after
// it, rather than be evicted in the loop and reloaded on every back edge;
// y, read at the top of every iteration, should keep its register.
func TestLoopEviction(t *testing.T) {
	ri := smallRegs() // 4 integer registers
	f := mach.NewFunc(ri.NumRegs)
	b0, x, y, i0 := entryOfThree(f)
	h := f.NewBlock()
	i := f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	t1, t2, u, i2 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(h, 0, 0, def(t1), use(i), use(y))
	f.Add(h, 0, 0, def(t2), use(i))
	f.Add(h, 0, 0, def(u), use(t1), use(t2))
	f.Add(h, 0, 0, def(i2), use(i), use(u))
	f.Add(h, 0, 0, use(i2)) // branch
	latch := f.NewBlock()
	f.Add(latch, 0, 0)
	exit := f.NewBlock()
	f.Add(exit, 0, 0, use(x), use(y))
	f.Add(exit, 0, 0)
	f.AddEdge(b0, h, i0)
	f.AddEdge(h, latch)
	f.AddEdge(h, exit)
	f.AddEdge(latch, h, i2)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	hFirst, _ := f.BlockInsts(h)
	_, latchEnd := f.BlockInsts(latch)
	for _, e := range al.Edits {
		if e.Before > hFirst && e.Before < latchEnd {
			t.Errorf("moves inside the loop or on its back edge:\n%s", dump(f, al))
			break
		}
	}
}

// Nested loops that need every register in the inner one: y, read once
// per iteration of the outer loop only, is needed again within that loop,
// while x, live across both and read after them only, is not. Though x's
// next use in the layout (the exit) comes before y's, x is the one to
// evict: evicting y would reload it on every outer iteration.
func TestOuterLoopEviction(t *testing.T) {
	ri := smallRegs() // 4 integer registers
	f := mach.NewFunc(ri.NumRegs)
	b0, x, y, o0 := entryOfThree(f)
	oh := f.NewBlock() // the outer loop's header
	o := f.NewVReg(cInt)
	f.Blocks[oh].Params = []mach.Reg{o}
	k0 := f.NewVReg(cInt)
	f.Add(oh, 0, 0, def(k0), use(o), use(y))
	f.Add(oh, 0, 0)
	ih := f.NewBlock() // the inner loop's header
	k := f.NewVReg(cInt)
	f.Blocks[ih].Params = []mach.Reg{k}
	a1, k2 := f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(ih, 0, 0, def(a1), use(k))
	f.Add(ih, 0, 0, def(k2), use(k), use(a1))
	f.Add(ih, 0, 0, use(k2)) // branch
	il := f.NewBlock()       // the inner loop's latch
	f.Add(il, 0, 0)
	ol := f.NewBlock() // the outer loop's latch
	o2 := f.NewVReg(cInt)
	f.Add(ol, 0, 0, def(o2), use(o), use(k2))
	f.Add(ol, 0, 0, use(o2)) // branch
	ob := f.NewBlock()       // its back edge
	f.Add(ob, 0, 0)
	exit := f.NewBlock()
	f.Add(exit, 0, 0, use(x))
	f.Add(exit, 0, 0, use(y))
	f.Add(exit, 0, 0)
	f.AddEdge(b0, oh, o0)
	f.AddEdge(oh, ih, k0)
	f.AddEdge(ih, il)
	f.AddEdge(ih, ol)
	f.AddEdge(il, ih, k2)
	f.AddEdge(ol, ob)
	f.AddEdge(ol, exit)
	f.AddEdge(ob, oh, o2)
	checkNoEditIn(t, f, ri, oh, ob)
}

// entryOfThree adds f's entry block, which defines three integer values
// and ends in a jump (its edge is the caller's to add).
func entryOfThree(f *mach.Func) (b0 int, x, y, z mach.Reg) {
	b0 = f.NewBlock()
	x, y, z = f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(x))
	f.Add(b0, 0, 0, def(y))
	f.Add(b0, 0, 0, def(z))
	f.Add(b0, 0, 0)
	return b0, x, y, z
}

// A value defined by a copy and then modified in place (amd64's
// two-address operations) and spilled is stored once, after its last
// definition, like a value with a single definition: not again each time
// a loop reloads it and the register is taken back.
func TestStoreOnceAfterMod(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	a, x, i0 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, a, 0)
	f.AddMove(b0, 0, x, a)
	f.Add(b0, 0, 0, mod(x), use(a)) // x = a + a
	f.Add(b0, 0, 0, def(i0))
	f.Add(b0, 0, 0)
	checkOneStoreInLoop(t, f, ri, b0, i0, x)
}

// A block parameter outside loops (a phi before a loop) that a loop
// spills and reloads is stored once, where its block starts, not again on
// each back edge.
func TestStoreOnceParameter(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	c, x0, x1, i0 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(c))
	f.Add(b0, 0, 0, def(x0))
	f.Add(b0, 0, 0, def(x1))
	f.Add(b0, 0, 0, use(c)) // branch
	b1 := f.NewBlock()
	f.Add(b1, 0, 0)
	b2 := f.NewBlock()
	f.Add(b2, 0, 0)
	m := f.NewBlock() // x = c ? x0 : x1
	x := f.NewVReg(cInt)
	f.Blocks[m].Params = []mach.Reg{x}
	f.Add(m, 0, 0, def(i0))
	f.Add(m, 0, 0)
	f.AddEdge(b0, b1)
	f.AddEdge(b0, b2)
	f.AddEdge(b1, m, x0)
	f.AddEdge(b2, m, x1)
	checkOneStoreInLoop(t, f, ri, m, i0, x)
}

// checkOneStoreInLoop appends to f, after block pre, a loop that calls
// (x and its counter go to the stack) and reads x, then x's use after it,
// and checks that the counter, redefined every iteration, is the only
// value stored in the loop: x is stored once, before it.
func checkOneStoreInLoop(t *testing.T, f *mach.Func, ri *mach.RegInfo, pre int, i0, x mach.Reg) {
	t.Helper()
	h := f.NewBlock()
	i, i2 := f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	f.Add(h, 0, allClobbers) // a call: x and i go to the stack
	f.Add(h, 0, 0, def(i2), use(i), use(x))
	f.Add(h, 0, 0, use(i2)) // branch
	latch := f.NewBlock()
	f.Add(latch, 0, 0)
	exit := f.NewBlock()
	f.AddMove(exit, 0, 0, x)
	f.Add(exit, 0, 0, use(0))
	f.AddEdge(pre, h, i0)
	f.AddEdge(h, latch)
	f.AddEdge(h, exit)
	f.AddEdge(latch, h, i2)
	var al Allocator
	alloc := allocCheck(t, &al, f, ri)
	loop, _ := f.BlockInsts(h)
	_, loopEnd := f.BlockInsts(latch)
	stores := 0
	for _, e := range alloc.Edits {
		if e.From.IsReg() && !e.To.IsReg() && loop <= e.Before && e.Before < loopEnd {
			stores++
		}
	}
	if stores != 1 {
		t.Errorf("%d stores in the loop, want 1:\n%s", stores, dump(f, alloc))
	}
}

// A value defined in a loop and spilled only after it is stored after
// the loop, not at its definition in the loop (every iteration).
func TestStoreAtDefinitionNotIntoLoop(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	i0 := f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(i0))
	f.Add(b0, 0, 0)
	h := f.NewBlock()
	i, x, i2 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	f.AddMove(h, 0, x, i)
	f.Add(h, 0, 0, mod(x), use(i)) // x = i + i
	f.Add(h, 0, 0, def(i2), use(i))
	f.Add(h, 0, 0, use(i2)) // branch
	latch := f.NewBlock()
	f.Add(latch, 0, 0)
	exit := f.NewBlock()
	f.Add(exit, 0, allClobbers) // a call: x goes to the stack
	f.AddMove(exit, 0, 0, x)
	f.Add(exit, 0, 0, use(0))
	f.AddEdge(b0, h, i0)
	f.AddEdge(h, latch)
	f.AddEdge(h, exit)
	f.AddEdge(latch, h, i2)
	checkNoEditIn(t, f, ri, h, latch)
}

// checkNoEditIn allocates f and checks that the allocator put no move in
// blocks first to last (a loop).
func checkNoEditIn(t *testing.T, f *mach.Func, ri *mach.RegInfo, first, last int) {
	t.Helper()
	var al Allocator
	alloc := allocCheck(t, &al, f, ri)
	loop, _ := f.BlockInsts(first)
	_, loopEnd := f.BlockInsts(last)
	for _, e := range alloc.Edits {
		if loop <= e.Before && e.Before < loopEnd {
			t.Errorf("a move in the loop:\n%s", dump(f, alloc))
			break
		}
	}
}

// TestSweepWraps allocates a function again once resolve's cursor sweeps
// wrap around, so that the cursors its first allocation left carry the
// stamps of the sweeps that come: the result must be a fresh allocator's.
func TestSweepWraps(t *testing.T) {
	ri := amd64Regs()
	for seed := range uint64(20) {
		f := genFuncCalls(seed, 400, ri, seed%2 == 0)
		var fresh, a Allocator
		want := allocCheck(t, &fresh, f, ri)
		allocCheck(t, &a, f, ri)
		a.sweep = math.MaxInt32 // the next sweep wraps around to the first
		got := allocCheck(t, &a, f, ri)
		if !slices.Equal(got.OpLocs, want.OpLocs) || !slices.Equal(got.Edits, want.Edits) || got.NumSlots != want.NumSlots {
			t.Fatalf("seed %d: allocation differs after the sweeps wrapped", seed)
		}
	}
}

// TestLoopCarriedHintBeforeCall: a counter carried around a loop is live
// after it, across a call that clobbers every register but 0. Register 0
// is free for all of the new count's life, the counter's register only up
// to the call; taking the counter's register anyway (and moving the value
// at the call, after the loop) leaves the back edge without a move.
func TestLoopCarriedHintBeforeCall(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	n := f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(n))
	h := f.NewBlock()
	i, i2 := f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	f.Add(h, 0, 0, def(i2), use(i))
	f.Add(h, 0, 0, use(i2)) // branch
	latch := f.NewBlock()
	f.Add(latch, 0, 0)
	exit := f.NewBlock()
	f.Add(exit, 0, mach.RegSet(0).With(1).With(2).With(3)) // a call
	f.Add(exit, 0, 0, use(i2))
	f.AddEdge(b0, h, n)
	f.AddEdge(h, latch)
	f.AddEdge(h, exit)
	f.AddEdge(latch, h, i2)
	checkNoEditIn(t, f, ri, h, latch)
}

// A value whose last read is a branch argument (here a, passed to the
// next block's parameter) is needed at the end of its block: when a
// definition there finds every register taken, the value evicted is the
// one read furthest away (x, read after the join), not a, which would be
// stored and loaded back for the edge.
func TestEvictNotBranchArgument(t *testing.T) {
	ri := smallRegs() // 4 integer registers
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	x, z, w, a, c := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(x))
	f.Add(b0, 0, 0, def(z))
	f.Add(b0, 0, 0, def(w))
	f.Add(b0, 0, 0, def(a))
	f.Add(b0, 0, 0, def(c))
	f.Add(b0, 0, 0) // jump
	b1 := f.NewBlock()
	p, q, s := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[b1].Params = []mach.Reg{p, q}
	f.Add(b1, 0, 0, def(s), use(p), use(q), use(z), use(w))
	f.Add(b1, 0, 0, use(s), use(x))
	f.Add(b1, 0, 0) // return
	f.AddEdge(b0, b1, a, c)
	var al Allocator
	alloc := allocCheck(t, &al, f, ri)
	for _, e := range alloc.Edits {
		if e.From.IsReg() && !e.To.IsReg() && e.From != alloc.OpLoc(f, 0, 0) {
			t.Errorf("a value other than x spilled:\n%s", dump(f, alloc))
			break
		}
	}
}

// A value computed from a loop parameter at its last use (d, in the
// parameter's register, free there, and first in order) must not take
// that register when it lives on past the point where the value for the
// back edge (p2) is defined: p2 wants the parameter's register, and would
// otherwise leave a move on the back edge (mandelbrot's 2*zr made the
// new zr, zr2 and zi2 rotate through three registers every iteration).
func TestLoopParamRegisterKept(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	p0 := f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(p0))
	h := f.NewBlock()
	p, d, p2 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{p}
	f.Add(h, 0, 0, def(d), use(p))
	f.Add(h, 0, 0, def(p2))
	f.Add(h, 0, 0, use(d), use(p2)) // branch
	latch := f.NewBlock()
	f.Add(latch, 0, 0)
	exit := f.NewBlock()
	f.Add(exit, 0, 0, use(p2))
	f.AddEdge(b0, h, p0)
	f.AddEdge(h, latch)
	f.AddEdge(h, exit)
	f.AddEdge(latch, h, p2)
	checkNoEditIn(t, f, ri, h, latch)
}

// A loop's latch joins several paths, most of which pass new values: the
// joined parameter (q) takes the register of the loop parameter it goes
// back to (i), which every iteration's back edge moves into, rather than
// the one most of the paths into the latch agree on, of which each
// iteration takes only one (hashtable's switch over operations moved all
// eight of its loop-carried values on every back edge).
func TestLatchParamTakesLoopRegister(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	i0 := f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(i0))
	h := f.NewBlock()
	i := f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	f.Add(h, 0, 0, use(i)) // branch: on to the paths, or out
	p1 := f.NewBlock()
	f.Add(p1, 0, 0, use(i)) // branch: on to p2, or to the latch with i
	p2 := f.NewBlock()
	y := f.NewVReg(cInt)
	f.Add(p2, 0, 0, def(y))
	f.Add(p2, 0, 0, use(i), use(y)) // branch: on to p3, or to the latch with y
	p3 := f.NewBlock()
	z := f.NewVReg(cInt)
	f.Add(p3, 0, 0, def(z))
	f.Add(p3, 0, 0, use(i), use(z))
	f.Add(p3, 0, 0) // jump to the latch with z
	latch := f.NewBlock()
	q := f.NewVReg(cInt)
	f.Blocks[latch].Params = []mach.Reg{q}
	f.Add(latch, 0, 0) // jump back
	exit := f.NewBlock()
	f.Add(exit, 0, 0, use(i))
	f.AddEdge(b0, h, i0)
	f.AddEdge(h, p1)
	f.AddEdge(h, exit)
	f.AddEdge(p1, p2)
	f.AddEdge(p1, latch, i)
	f.AddEdge(p2, p3)
	f.AddEdge(p2, latch, y)
	f.AddEdge(p3, latch, z)
	f.AddEdge(latch, h, q)
	checkNoEditIn(t, f, ri, latch, latch)
}

// The values the paths into a latch pass (y) take the register of the
// loop's parameter (i) too: the latch's parameter comes later in the scan,
// but it will take that register.
func TestLatchArgumentTakesLoopRegister(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	i0, x := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, i0, 0) // incoming argument: i takes register 0, which is not the first choice
	f.Add(b0, 0, 0, def(x))
	h := f.NewBlock()
	i := f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	f.Add(h, 0, 0, use(i), use(x)) // branch: on to the paths, or out
	p1 := f.NewBlock()
	f.Add(p1, 0, 0, use(x)) // branch: to the latch with i, or on to p2
	p2 := f.NewBlock()
	y := f.NewVReg(cInt)
	f.Add(p2, 0, 0, def(y), use(i), use(x))
	f.Add(p2, 0, 0) // jump to the latch with y
	latch := f.NewBlock()
	q := f.NewVReg(cInt)
	f.Blocks[latch].Params = []mach.Reg{q}
	f.Add(latch, 0, 0) // jump back
	exit := f.NewBlock()
	f.Add(exit, 0, 0, use(i), use(x))
	f.AddEdge(b0, h, i0)
	f.AddEdge(h, p1)
	f.AddEdge(h, exit)
	f.AddEdge(p1, latch, i)
	f.AddEdge(p1, p2)
	f.AddEdge(p2, latch, y)
	f.AddEdge(latch, h, q)
	checkNoEditIn(t, f, ri, h, latch)
}

// A value spilled for a call on one arm of a branch stays in its register
// on the other arm, laid out after the first: the spill ends where that
// arm is entered from before the call, rather than running on to the
// value's next use and reloading it there.
func TestSpillEndsAtSideEntry(t *testing.T) {
	ri := smallRegs()
	f, other := armsWithCall(ri, allClobbers)
	checkNoEditIn(t, f, ri, other, other)
}

// The same when the value crosses the call in a register the call
// preserves: the other arm keeps the value where it was before the call,
// rather than moving it into the register it takes from the call on.
func TestCalleeSavedPieceEndsAtSideEntry(t *testing.T) {
	ri := smallRegs()
	f, other := armsWithCall(ri, allClobbers&^(1<<3))
	checkNoEditIn(t, f, ri, other, other)
}

// armsWithCall builds a branch whose first arm makes a call clobbering
// clobbers and whose second, laid out after it, reads x, which the join
// reads too. x cannot start in register 3 (z holds it up to the branch).
func armsWithCall(ri *mach.RegInfo, clobbers mach.RegSet) (f *mach.Func, other int) {
	f = mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	x, z := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, z, 3)
	f.Add(b0, 0, 0, def(x))
	f.Add(b0, 0, 0, use(z)) // branch: to the call, or to the other arm
	call := f.NewBlock()
	f.Add(call, 0, clobbers)
	f.Add(call, 0, 0) // jump to the join
	other = f.NewBlock()
	y := f.NewVReg(cInt)
	f.Add(other, 0, 0, def(y))
	f.Add(other, 0, 0, use(x), use(y))
	f.Add(other, 0, 0) // jump to the join
	join := f.NewBlock()
	f.Add(join, 0, 0, use(x))
	f.AddEdge(b0, call)
	f.AddEdge(b0, other)
	f.AddEdge(call, join)
	f.AddEdge(other, join)
	return f, other
}
