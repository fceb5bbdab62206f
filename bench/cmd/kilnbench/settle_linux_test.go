package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// TestSettle checks that dropPages drops a file's pages from the page
// cache and that settle leaves the file's contents, read back into it.
func TestSettle(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bin")
	data := bytes.Repeat([]byte("kiln"), 64<<10)
	if err := os.WriteFile(p, data, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := (len(data) + os.Getpagesize() - 1) / os.Getpagesize()
	if n := residentPages(t, p); n == 0 {
		t.Skip("a file just written is not in the page cache here")
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	err = dropPages(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if n := residentPages(t, p); n != 0 {
		t.Errorf("%d pages still in the page cache after dropPages", n)
	}
	if err := settle(p); err != nil {
		t.Fatal(err)
	}
	if n := residentPages(t, p); n != pages {
		t.Errorf("%d of %d pages in the page cache after settle", n, pages)
	}
	if b, err := os.ReadFile(p); err != nil || !bytes.Equal(b, data) {
		t.Errorf("contents changed: %v", err)
	}
}

// residentPages counts the pages of the file at p in the page cache
// (mincore on a mapping of it, which itself reads nothing).
func residentPages(t *testing.T, p string) int {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	m, err := unix.Mmap(int(f.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	vec := make([]byte, (len(m)+os.Getpagesize()-1)/os.Getpagesize())
	if _, _, e := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&m[0])), uintptr(len(m)), uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		t.Skip(e)
	}
	n := 0
	for _, v := range vec {
		n += int(v & 1)
	}
	return n
}
