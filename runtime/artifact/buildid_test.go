package artifact

import (
	"debug/elf"
	"os"
	"testing"
)

// goBuildID reads the build ID from the mapped program; the one in the
// executable's file must be the same.
func TestGoBuildIDFromMemory(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var want string
	for _, s := range f.Sections {
		if s.Name != ".note.go.buildid" {
			continue
		}
		b, err := s.Data()
		if err != nil || len(b) < 16 {
			t.Fatalf("note section: %v", err)
		}
		descsz := f.ByteOrder.Uint32(b[4:])
		want = string(b[16 : 16+descsz])
	}
	if want == "" {
		t.Skip("no Go build ID note in the test binary")
	}
	if got := goBuildID(); got != want {
		t.Errorf("goBuildID() = %q, want %q", got, want)
	}
}
