package arm64

import (
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

// The register sets are constants (not built at init): they must agree
// with the tables built at the first use.
func TestRegTablesAgree(t *testing.T) {
	ri := regInfo()
	if len(ri.ClassOf) != int(NumRegs) || ri.NumRegs != NumRegs {
		t.Fatalf("ClassOf has %d registers, NumRegs %d, want %d", len(ri.ClassOf), ri.NumRegs, NumRegs)
	}
	for r := range NumRegs {
		if want := r >= V0; (ri.ClassOf[r] == mach.ClassFloat) != want {
			t.Errorf("register %d: class %v", r, ri.ClassOf[r])
		}
	}
	var all mach.RegSet
	for c, regs := range ri.Allocatable {
		for _, r := range regs {
			if all.Has(r) || ri.ClassOf[r] != mach.Class(c) {
				t.Errorf("allocatable register %d: twice, or not of class %d", r, c)
			}
			all = all.With(r)
		}
		if s := ri.Scratch[c]; all.Has(s) || ri.ClassOf[s] != mach.Class(c) {
			t.Errorf("scratch register %d of class %d", s, c)
		}
	}
	if all != allRegs {
		t.Errorf("allRegs = %#x, the allocatable registers are %#x", uint64(allRegs), uint64(all))
	}
	if calleeSaved&^allRegs != 0 || callClobbers != allRegs&^calleeSaved {
		t.Errorf("calleeSaved %#x, callClobbers %#x", uint64(calleeSaved), uint64(callClobbers))
	}
	for c, regs := range callConv().Regs {
		for _, r := range regs {
			if !allRegs.Has(r) || calleeSaved.Has(r) || ri.ClassOf[r] != mach.Class(c) {
				t.Errorf("argument register %d of class %d", r, c)
			}
		}
	}
}
