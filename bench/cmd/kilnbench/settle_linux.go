package main

import (
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// settle writes the binary at path to disk, drops its pages from the page
// cache and reads it back, as the first start of an installed program
// reads it (readahead). The pages the linker has just written are in
// whatever state that left them: at times a start of the same kiln binary
// took 0.1 to 0.4 ms longer from them than after settling (Linux 6.18,
// ext4), at other times no longer. Settling makes every runner's binaries
// start from the same state. Only the timing changes.
func settle(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := dropPages(f); err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, f)
	return err
}

// dropPages writes f to disk and drops its pages from the page cache.
func dropPages(f *os.File) error {
	if err := f.Sync(); err != nil {
		return err
	}
	return unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
}
