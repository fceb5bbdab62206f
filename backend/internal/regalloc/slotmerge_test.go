package regalloc

import (
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

// Three values carried around a loop and spilled across its calls: each
// new value can take its parameter's slot (the parameter is read for the
// last time before the new value is stored), so the back edge moves
// nothing slot to slot. Slots given out in order of their lifetimes'
// starts alone put each new value in another slot, and the back edge
// copied all three through the scratch register.
func TestLoopCarriedSlotsShared(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	var w [4]mach.Reg
	for k := range w {
		w[k] = f.NewVReg(cInt)
		f.Add(b0, 0, 0, def(w[k]))
	}
	p0 := f.NewVReg(cInt)
	f.Add(b0, 0, 0, def(p0))
	f.Add(b0, 0, 0)
	h := f.NewBlock()
	p, q, r := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{p, q, r}
	f.Add(h, 0, 0, use(w[0]), use(w[1]), use(w[2]), use(w[3]))
	body := f.NewBlock()
	f.Add(body, 0, allClobbers)
	p2, q2, r2 := f.NewVReg(cInt), f.NewVReg(cInt), f.NewVReg(cInt)
	f.Add(body, 0, 0, def(p2), use(p))
	f.Add(body, 0, 0, def(q2), use(q), use(p2))
	f.Add(body, 0, 0, def(r2), use(r), use(q2))
	f.Add(body, 0, allClobbers)
	f.Add(body, 0, 0)
	exit := f.NewBlock()
	f.AddMove(exit, 0, 0, w[0])
	f.Add(exit, 0, 0, use(0))
	f.AddEdge(b0, h, p0, p0, p0)
	f.AddEdge(h, body)
	f.AddEdge(h, exit)
	f.AddEdge(body, h, p2, q2, r2)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	_, end := f.BlockInsts(body)
	for _, e := range al.Edits {
		if int(e.Before) == end-1 && e.To.IsReg() && e.To.Reg == ri.Scratch[cInt] {
			t.Fatalf("a slot-to-slot move on the back edge:\n%s", dump(f, al))
		}
	}
}

// A value defined before a loop with a call, read only on a path that
// some iterations take: it is reloaded on that path, not on the back
// edge for every iteration (the loop's call takes it out of its
// register in any case).
func TestReloadInsideCallLoop(t *testing.T) {
	ri := smallRegs()
	f := mach.NewFunc(ri.NumRegs)
	b0 := f.NewBlock()
	x, i0 := f.NewVReg(cInt), f.NewVReg(cInt)
	f.AddMove(b0, 0, x, 0)
	f.Add(b0, 0, 0, def(i0))
	f.Add(b0, 0, 0)
	h := f.NewBlock()
	i := f.NewVReg(cInt)
	f.Blocks[h].Params = []mach.Reg{i}
	f.Add(h, 0, 0, use(i))
	side := f.NewBlock()
	f.Add(side, 0, 0, use(x))
	f.Add(side, 0, 0)
	body := f.NewBlock()
	f.Add(body, 0, allClobbers)
	i2 := f.NewVReg(cInt)
	f.Add(body, 0, 0, def(i2), use(i))
	f.Add(body, 0, 0, use(i2))
	exit := f.NewBlock()
	f.AddMove(exit, 0, 0, i)
	f.Add(exit, 0, 0, use(0))
	f.AddEdge(b0, h, i0)
	f.AddEdge(h, side)
	f.AddEdge(h, body)
	f.AddEdge(side, body)
	f.AddEdge(body, h, i2)
	f.AddEdge(body, exit)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	for _, st := range al.Stubs {
		if st.Block == body && f.Blocks[body].Succs[st.Succ] == h && st.End > st.First {
			t.Fatalf("moves on the back edge:\n%s", dump(f, al))
		}
	}
	_, end := f.BlockInsts(body)
	for _, e := range al.Edits {
		if int(e.Before) == end-1 {
			t.Fatalf("moves on the back edge:\n%s", dump(f, al))
		}
	}
}
