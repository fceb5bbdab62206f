package abi

import "testing"

func TestTrapCodeNames(t *testing.T) {
	seen := map[string]bool{}
	for c := TrapNone; c < numTrapCodes; c++ {
		n := c.Name()
		if seen[n] {
			t.Errorf("%d: name %q used twice", c, n)
		}
		seen[n] = true
		if back, ok := TrapCodeByName(n); !ok || back != c {
			t.Errorf("%d: %q maps back to %d", c, n, back)
		}
		if c.String() == "" {
			t.Errorf("%d: no reason", c)
		}
	}
	if _, ok := TrapCodeByName("nonsense"); ok {
		t.Error("nonsense found")
	}
	if numTrapCodes.Valid() || TrapNone.Valid() || !TrapInternalFault.Valid() {
		t.Error("validity")
	}
}

func TestArchAndFeatures(t *testing.T) {
	for _, a := range []Arch{ArchAMD64, ArchARM64} {
		if b, ok := ParseArch(a.String()); !ok || b != a {
			t.Errorf("%v does not parse back", a)
		}
	}
	if _, ok := ParseArch("unknown"); ok {
		t.Error("unknown parses")
	}
	if s := (FeatLZCNT | FeatSSE41).String(); s != "lzcnt,sse4.1" {
		t.Errorf("features print as %q", s)
	}
	if !(FeatLZCNT | FeatBMI1).Has(FeatBMI1) || FeatBMI1.Has(FeatLZCNT|FeatBMI1) {
		t.Error("Has")
	}
	if HostFeatures(ArchUnknown) != 0 {
		t.Error("features for an unknown arch")
	}
	// Artifacts record these bits: a feature added later takes the next
	// one and leaves the others where they were.
	if FeatAVX != 1<<5 || FeatBMI2 != 1<<6 {
		t.Errorf("feature bits moved: avx %#x, bmi2 %#x", uint64(FeatAVX), uint64(FeatBMI2))
	}
	all := ArchFeatures(ArchAMD64)
	if f, err := ParseFeatures(all.String()); err != nil || f != all {
		t.Errorf("%v parses back as %v, %v", all, f, err)
	}
}
