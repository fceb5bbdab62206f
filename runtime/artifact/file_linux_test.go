package artifact

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestDrop checks that Drop gives back the pages of a large range (they
// leave the resident set and read the file again), and keeps those of a
// range under dropMin.
func TestDrop(t *testing.T) {
	data := make([]byte, 1<<20)
	rand.NewChaCha8([32]byte{1}).Read(data)
	p := filepath.Join(t.TempDir(), "a.kiln")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	mp, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer mp.Close()
	full := residentKB(t, mp.Bytes())
	if full == 0 {
		// qemu-user's emulated smaps shows no resident pages at all.
		t.Skip("resident sizes not visible in /proc/self/smaps (emulated?)")
	}
	if full < len(data)>>10 {
		t.Fatalf("%d KiB resident after Open, want all %d (MAP_POPULATE)", full, len(data)>>10)
	}
	const small = 16 << 10
	if small >= dropMin {
		t.Fatalf("dropMin is %d: the small range must be under it", dropMin)
	}
	mp.Drop(0, small)
	if kb := residentKB(t, mp.Bytes()); kb != full {
		t.Errorf("Drop of %d bytes: %d KiB resident, want %d: the range is under dropMin", small, kb, full)
	}
	const n = 512 << 10
	mp.Drop(0, n)
	if kb := residentKB(t, mp.Bytes()); kb > full-n>>10 {
		t.Errorf("Drop of %d bytes: %d KiB resident, want at most %d", n, kb, full-n>>10)
	}
	if !bytes.Equal(mp.Bytes(), data) {
		t.Error("the mapping reads other bytes after Drop")
	}
}

// residentKB returns the resident size of the mapping that starts at b,
// from /proc/self/smaps.
func residentKB(t *testing.T, b []byte) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	start := fmt.Sprintf("%x-", uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		// A mapping's first line is "START-END perms ...", then come
		// "Field: value" lines.
		if f := strings.Fields(line); len(f) > 0 && !strings.HasSuffix(f[0], ":") {
			in = strings.HasPrefix(line, start)
			continue
		}
		if rest, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Fatalf("no mapping at %s in /proc/self/smaps", start)
	return 0
}
