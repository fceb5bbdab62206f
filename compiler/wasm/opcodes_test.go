package wasm

import "testing"

// The instruction reader's immediate table agrees with OpInfo for every
// 16-bit opcode, assigned or not.
func TestImmKindsMatchInfo(t *testing.T) {
	for op := 0; op <= 0xFFFF; op++ {
		info := Opcode(op).Info()
		k, ok := Opcode(op).imm()
		if ok != info.Valid || ok && k != info.Imm {
			t.Errorf("0x%x: imm() = %v, %v; Info = %v, %v", op, k, ok, info.Imm, info.Valid)
		}
	}
}
