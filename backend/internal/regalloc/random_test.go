package regalloc

import (
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

func allocCheck(t testing.TB, a *Allocator, f *mach.Func, ri *mach.RegInfo) *mach.Allocation {
	t.Helper()
	if err := f.Check(); err != nil {
		t.Fatalf("generator produced invalid VCode: %v\n%s", err, dump(f, nil))
	}
	al, err := a.Allocate(f, ri)
	if err != nil {
		t.Fatalf("Allocate: %v\n%s", err, dump(f, nil))
	}
	if err := Check(f, ri, al); err != nil {
		t.Fatalf("%v\n%s", err, dump(f, al))
	}
	return al
}

// TestRandom allocates thousands of generated functions, with the small
// register file (constant spilling and splitting) and the amd64 one, and
// runs the checker on each.
func TestRandom(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 500
	}
	var a Allocator
	small, big := smallRegs(), amd64Regs()
	var tot Stats
	for seed := range uint64(n) {
		ri := small
		if seed%4 == 3 {
			ri = big
		}
		size := 20 + int(seed%7)*30
		f := genFunc(seed, size, ri)
		allocCheck(t, &a, f, ri)
		s := a.Stats()
		tot.Intervals += s.Intervals
		tot.Splits += s.Splits
		tot.SpilledVRegs += s.SpilledVRegs
		tot.Stores += s.Stores
		tot.Loads += s.Loads
		tot.RegMoves += s.RegMoves
		tot.Cycles += s.Cycles
		tot.SlotCycles += s.SlotCycles
		tot.Stubs += s.Stubs
		tot.Consts += s.Consts
		tot.MovesCoalesced += s.MovesCoalesced
		tot.MovesKept += s.MovesKept
	}
	t.Logf("%d functions: %+v", n, tot)
	if tot.Splits == 0 || tot.Stores == 0 || tot.MovesCoalesced == 0 || tot.Cycles == 0 || tot.SlotCycles == 0 || tot.Stubs == 0 || tot.Consts == 0 {
		t.Errorf("the generator does not exercise splitting, spilling, coalescing, cycles, edge stubs or constant arguments: %+v", tot)
	}
}

// FuzzAllocate checks the allocation of generated functions; the fuzzer
// picks the seed, the size and the register file.
func FuzzAllocate(f *testing.F) {
	for _, s := range []uint64{0, 1, 7, 42, 1234, 99999} {
		f.Add(s, uint16(100), false)
		f.Add(s, uint16(400), true)
	}
	var a Allocator
	f.Fuzz(func(t *testing.T, seed uint64, size uint16, big bool) {
		ri := smallRegs()
		if big {
			ri = amd64Regs()
		}
		fn := genFunc(seed, int(size%2000), ri)
		allocCheck(t, &a, fn, ri)
	})
}

// TestCheckerCatches corrupts valid allocations and expects the checker
// to notice: it would be worthless if it accepted anything.
func TestCheckerCatches(t *testing.T) {
	ri := smallRegs()
	var a Allocator
	tried, caught := 0, 0
	for seed := range uint64(300) {
		f := genFunc(seed, 80, ri)
		al := allocCheck(t, &a, f, ri)
		// Move one virtual Use operand to another register of its class.
		base := 0
		for i := range f.Insts {
			ops := f.Operands(i)
			for k, op := range ops {
				if op.Kind != mach.Use || !f.IsVirtual(op.Reg) {
					continue
				}
				l := al.OpLocs[base+k]
				regs := ri.Allocatable[l.Class]
				for _, r := range regs {
					if r != l.Reg {
						al.OpLocs[base+k].Reg = r
						break
					}
				}
				tried++
				if Check(f, ri, al) != nil {
					caught++
				}
				al.OpLocs[base+k] = l
				goto edits
			}
			base += len(ops)
		}
	edits:
		// Drop one edit.
		if len(al.Edits) > 0 {
			k := int(seed) % len(al.Edits)
			saved, writes := al.Edits, al.Writes
			al.Edits = append(append([]mach.Edit(nil), saved[:k]...), saved[k+1:]...)
			// The register summary alone would catch some of these: it is
			// the symbolic execution that is under test here.
			al.Writes = al.Written(f)
			tried++
			if Check(f, ri, al) != nil {
				caught++
			}
			al.Edits, al.Writes = saved, writes
		}
		// A register summary that misses or adds a register.
		for _, r := range []mach.Reg{0, ri.Allocatable[mach.ClassInt][1]} {
			for _, p := range []*mach.RegSet{&al.Writes, &al.Clobbers} {
				*p ^= 1 << r
				if Check(f, ri, al) == nil {
					t.Errorf("seed %d: checker accepts a register summary with register %d flipped", seed, r)
				}
				*p ^= 1 << r
			}
		}
	}
	t.Logf("checker caught %d of %d corruptions", caught, tried)
	if caught*10 < tried*8 {
		t.Errorf("checker caught only %d of %d corruptions", caught, tried)
	}
}

// TestMalformed feeds broken functions to the allocator: it must return
// an error or a checkable allocation, never panic.
func TestMalformed(t *testing.T) {
	ri := smallRegs()
	var a Allocator
	for seed := range uint64(500) {
		f := genFunc(seed, 60, ri)
		g := mach.NewFunc(f.NumRegs)
		for range f.NumVRegs() {
			g.NewVReg(mach.ClassInt)
		}
		n := mach.Reg(f.NumVRegs()) + f.NumRegs
		// Same shape, operands scrambled.
		k := int(seed)
		for b := range f.Blocks {
			g.NewBlock()
			g.Blocks[b].Params = f.Blocks[b].Params
			first, end := f.BlockInsts(b)
			for i := first; i < end; i++ {
				ops := append([]mach.Operand(nil), f.Operands(i)...)
				if k%7 == 0 && len(ops) > 0 {
					ops[0].Reg = mach.Reg(k*31) % n
					ops[0].Kind = mach.OperandKind(k % 3)
				}
				k = k*1103515245 + 12345
				if k < 0 {
					k = -k
				}
				g.Add(b, 0, f.Insts[i].Clobbers, ops...)
			}
		}
		for b := range f.Blocks {
			for j, s := range f.Blocks[b].Succs {
				g.AddEdge(b, s, f.Blocks[b].Args[j]...)
			}
		}
		al, err := a.Allocate(g, ri)
		if err != nil {
			continue
		}
		if err := Check(g, ri, al); err != nil {
			t.Fatalf("seed %d: allocation accepted but wrong: %v\n%s", seed, err, dump(g, al))
		}
	}
}

// TestScanState runs the scan with its check of its state on at every
// step (see checkScan), over generated functions with both register
// files, with and without calls.
func TestScanState(t *testing.T) {
	debugScan = true
	defer func() { debugScan = false }()
	var a Allocator
	small, big := smallRegs(), amd64Regs()
	for seed := range uint64(400) {
		ri := small
		if seed%2 == 1 {
			ri = big
		}
		size := 20 + int(seed%7)*30
		f := genFunc(seed, size, ri)
		if seed%3 == 0 {
			f = genFuncCalls(seed, size, ri, seed%6 == 0)
		}
		allocCheck(t, &a, f, ri)
	}
	// The check notices a register missing from activeRegs, and two
	// intervals in one register.
	a.active = append(a.active[:0], activeEnt{reg: 3}, activeEnt{reg: 5})
	a.activeRegs = 1 << 3
	if a.checkActive() == nil {
		t.Error("checkActive accepted a missing register")
	}
	a.active[1].reg = 3
	if a.checkActive() == nil {
		t.Error("checkActive accepted two intervals in one register")
	}
	// And a register left taken in freeUntil after it was freed.
	a.takenRegs = 0
	freeAll(&a.freeUntil, ^uint64(0))
	if a.checkFreeUntil() != nil {
		t.Error("checkFreeUntil rejected a consistent freeUntil")
	}
	a.freeUntil[4] = 0
	if a.checkFreeUntil() == nil {
		t.Error("checkFreeUntil accepted a register taken in freeUntil only")
	}
}
