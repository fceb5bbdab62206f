package amd64

import (
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

// The register tables are written out by hand (static data, not built at
// init): they must agree with each other.
func TestRegTablesAgree(t *testing.T) {
	if len(RegInfo.ClassOf) != int(NumRegs) || RegInfo.NumRegs != NumRegs {
		t.Fatalf("ClassOf has %d registers, NumRegs %d, want %d", len(RegInfo.ClassOf), RegInfo.NumRegs, NumRegs)
	}
	for r := range NumRegs {
		if want := r >= X0; (RegInfo.ClassOf[r] == mach.ClassFloat) != want {
			t.Errorf("register %d: class %v", r, RegInfo.ClassOf[r])
		}
	}
	var all mach.RegSet
	for c, regs := range RegInfo.Allocatable {
		for _, r := range regs {
			if all.Has(r) || RegInfo.ClassOf[r] != mach.Class(c) {
				t.Errorf("allocatable register %d: twice, or not of class %d", r, c)
			}
			all = all.With(r)
		}
		if s := RegInfo.Scratch[c]; all.Has(s) || RegInfo.ClassOf[s] != mach.Class(c) {
			t.Errorf("scratch register %d of class %d", s, c)
		}
	}
	if all != allRegs {
		t.Errorf("allRegs = %#x, the allocatable registers are %#x", uint64(allRegs), uint64(all))
	}
	if calleeSaved&^allRegs != 0 || callClobbers != allRegs&^calleeSaved {
		t.Errorf("calleeSaved %#x, callClobbers %#x", uint64(calleeSaved), uint64(callClobbers))
	}
	for c, regs := range callConv.Regs {
		for _, r := range regs {
			if !allRegs.Has(r) || calleeSaved.Has(r) || RegInfo.ClassOf[r] != mach.Class(c) {
				t.Errorf("argument register %d of class %d", r, c)
			}
		}
	}
}
