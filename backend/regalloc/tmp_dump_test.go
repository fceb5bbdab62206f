package regalloc

import "testing"

func TestTmpDump(t *testing.T) {
	ri := smallRegs()
	f := genFunc(11, 120, ri)
	var a Allocator
	al := allocCheck(t, &a, f, ri)
	t.Logf("%+v slots=%d\n%s", a.Stats(), al.NumSlots, dump(f, al))
}
