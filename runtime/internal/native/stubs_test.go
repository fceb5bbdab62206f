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
