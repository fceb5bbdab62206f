package linmem

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// vmaFlags returns the VmFlags of the mapping of this process that holds
// addr, from /proc/self/smaps.
func vmaFlags(t *testing.T, addr uintptr) []string {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= addr && addr < hi
			continue
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.Fields(rest)
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return nil
}

func advisedHuge(t *testing.T, addr uintptr) bool {
	for _, fl := range vmaFlags(t, addr) {
		if fl == "hg" {
			return true
		}
	}
	return false
}

// Memories are advised for transparent huge pages, from a new reservation
// as from a reused one whose pages were mapped afresh (a large memory
// released, an image's region taken for a plain memory), and the advice
// survives growth; a pool configured without them advises nothing.
func TestHugePageAdvice(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("kernel without transparent huge pages")
	}
	p := NewPool(Config{KeepBytes: -1, PoolSize: 1})
	m, err := p.New(64, -1)
	if err != nil {
		t.Fatal(err)
	}
	if !advisedHuge(t, m.Base()) {
		t.Error("new memory not advised")
	}
	m.Bytes()[0] = 1
	m.Grow(64)
	if !advisedHuge(t, m.Base()+64*PageSize) {
		t.Error("grown pages not advised")
	}
	base := m.Base()
	if err := m.Release(); err != nil {
		t.Fatal(err)
	}
	m, err = p.New(64, -1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Base() != base {
		t.Fatal("reservation not reused")
	}
	if !advisedHuge(t, m.Base()) {
		t.Error("released large memory not advised again")
	}
	m.Release()

	img, _ := testImage(t, false)
	defer img.Close()
	m, err = p.NewImage(img, 5, -1)
	if err != nil {
		t.Fatal(err)
	}
	m.Release()
	m, err = p.New(64, -1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Base() != base {
		t.Fatal("reservation not reused")
	}
	if !advisedHuge(t, m.Base()+PageSize) { // was the image's first run
		t.Error("memory mapped over an image's not advised")
	}
	m.Release()

	p = NewPool(Config{NoHugePages: true})
	m, err = p.New(64, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Release()
	if advisedHuge(t, m.Base()) {
		t.Error("advised without huge pages")
	}
}
