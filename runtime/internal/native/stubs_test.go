package native

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/arch/arm64/arm64asm"
	"golang.org/x/arch/x86/x86asm"
)

func disasm(t *testing.T, arch string, code []byte) string {
	var b strings.Builder
	for i := 0; i < len(code); {
		if arch == "amd64" {
			if code[i] == 0x62 { // EVEX, which x86asm does not decode
				text, n := evexMove(t, code[i:])
				b.WriteString(text + "\n")
				i += n
				continue
			}
			in, err := x86asm.Decode(code[i:], 64)
			if err != nil {
				t.Fatalf("%x: %v", i, err)
			}
			b.WriteString(x86asm.GNUSyntax(in, 0, nil) + "\n")
			i += in.Len
		} else {
			in, err := arm64asm.Decode(code[i:])
			if err != nil {
				fmt.Fprintf(&b, "?? %#08x\n", binary.LittleEndian.Uint32(code[i:]))
			} else {
				b.WriteString(arm64asm.GNUSyntax(in) + "\n")
			}
			i += 4
		}
	}
	return b.String()
}

// evexMove decodes the EVEX-encoded moves that the AVX-512 memmove uses,
// VMOVDQU64 and VMOVDQA64 between a ZMM register and memory (opcode 6F
// loads, 7F stores; no RIP-relative form), into GNU syntax, and returns
// the text and the length. Anything else fails the test.
func evexMove(t *testing.T, c []byte) (string, int) {
	t.Helper()
	if len(c) < 6 {
		t.Fatalf("EVEX: % x: too short", c)
	}
	p0, p1, p2, op, modrm := c[1], c[2], c[3], c[4], c[5]
	name := map[byte]string{1: "vmovdqa64", 2: "vmovdqu64"}[p1&3]
	if p0&0x0f != 1 || p1&0x84 != 0x84 || p2>>5&3 != 2 || p2&0x97 != 0 || (op != 0x6f && op != 0x7f) || name == "" || modrm>>6 == 3 {
		t.Fatalf("EVEX: % x: not a 512-bit VMOVDQU64/VMOVDQA64 with memory", c[:6])
	}
	gpr := []string{"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"}
	inv := func(b byte, bit uint) int { return int(^b >> bit & 1) }
	zmm := fmt.Sprintf("%%zmm%d", int(modrm>>3&7)|inv(p0, 7)<<3|inv(p0, 4)<<4)
	n, mod, rm := 6, modrm>>6, int(modrm&7)
	mem := ""
	if rm == 4 {
		if len(c) < 7 {
			t.Fatalf("EVEX: % x: no SIB", c)
		}
		sib := c[6]
		n++
		base, index := int(sib&7)|inv(p0, 5)<<3, int(sib>>3&7)|inv(p0, 6)<<3
		if sib&7 == 5 && mod == 0 {
			t.Fatalf("EVEX: % x: no base", c)
		}
		mem = "(%" + gpr[base]
		if index != 4 {
			mem += fmt.Sprintf(",%%%s,%d", gpr[index], 1<<(sib>>6))
		}
		mem += ")"
	} else {
		if rm == 5 && mod == 0 {
			t.Fatalf("EVEX: % x: RIP-relative", c)
		}
		mem = "(%" + gpr[rm|inv(p0, 5)<<3] + ")"
	}
	switch mod {
	case 1: // disp8, scaled by the 64-byte operand
		mem = fmt.Sprintf("%#x", int(int8(c[n]))*64) + mem
		n++
	case 2:
		mem = fmt.Sprintf("%#x", int32(binary.LittleEndian.Uint32(c[n:]))) + mem
		n += 4
	}
	if op == 0x6f {
		return name + " " + mem + "," + zmm, n
	}
	return name + " " + zmm + "," + mem, n
}

// TestStubEncodings checks both architectures' stubs by disassembly,
// whatever the host architecture.
func TestStubEncodings(t *testing.T) {
	want := map[string][]string{
		"amd64": {"mov %rdi,0x80(%r15)", "mov (%r15),%rsp", "cld", "mov %rsp,0x48(%r15)", "movq $0x2,0x28(%r15)", "cmpl $0x0,0xb4(%r15)", "pop %r11", "jmp *%r11"},
		"arm64": {"str x0, [x19,#128]", "mov sp, x0", "ldr x29, [x19,#8]", "ldr x30, [x19,#16]", "str x30, [x19,#80]", "mov x1, sp", "str xzr, [x19,#128]", "ldr w0, [x19,#180]", "br x30"},
	}
	for _, arch := range []string{"amd64", "arm64"} {
		code, o, err := assembleStubs(arch)
		if err != nil {
			t.Fatal(err)
		}
		f, tr, h := o.fault, o.trap, o.host
		d := disasm(t, arch, code)
		t.Logf("%s stubs (fault %#x trap %#x host %#x memmove %#x memfill %#x):\n%s", arch, f, tr, h, o.memmove, o.memfill, d)
		for _, w := range want[arch] {
			if !strings.Contains(d, w) {
				t.Errorf("%s: missing %q", arch, w)
			}
		}
		if f != 0 || tr <= f || h <= tr || o.memmove <= h || o.memfill <= o.memmove {
			t.Errorf("%s offsets %d %d %d", arch, f, tr, h)
		}
	}
}
