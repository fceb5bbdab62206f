package artifact

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// OpenFile opens the file at path for reading, as os.Open does but
// without offering it to Go's netpoller: os.Open tries to register every
// file with epoll, which costs five system calls (four fcntl and an
// epoll_ctl that a regular file fails), and kiln run opens a module and
// an artifact at every start. A FIFO or a terminal gets blocking reads.
func OpenFile(path string) (*os.File, error) {
	for {
		fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}

// Mapping is an artifact file mapped read-only into memory: decoding it
// copies nothing, and its code section can be mapped straight into
// executable memory (codemem.Options.File).
type Mapping struct {
	f    *os.File
	data []byte
}

// maxFileSize bounds what Open maps (the code of one module is limited to
// 4 GiB by its 32-bit offsets).
const maxFileSize = 8 << 30

// Open maps the file at path. Its errors, like Decode's, do not repeat
// the path, except those of opening the file (*fs.PathError).
func Open(path string) (*Mapping, error) {
	f, err := OpenFile(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err == nil {
		switch {
		case !st.Mode().IsRegular():
			err = fmt.Errorf("%w: not a regular file", ErrCorrupt)
		case st.Size() < headerSize+trailerSize:
			err = fmt.Errorf("%w: truncated (%d bytes)", ErrCorrupt, st.Size())
		case st.Size() > maxFileSize:
			err = fmt.Errorf("%w: implausibly large (%d bytes)", ErrCorrupt, st.Size())
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	// MAP_POPULATE: the checksum reads every page anyway; one system call
	// maps them all instead of a fault per page.
	data, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("mmap: %w", err)
	}
	return &Mapping{f: f, data: data}, nil
}

// dropMin is the smallest range Drop gives back.
const dropMin = 64 << 10

// Bytes returns the file's contents (read-only memory: writing faults).
func (m *Mapping) Bytes() []byte { return m.data }

// Drop tells the kernel that the mapped pages of [off, off+n) are not
// needed now: they stop counting in the process's resident set, and read
// the file's bytes again if touched (the mapping is private and never
// written). Loaders call it for the code and the memory image once they
// have mapped them elsewhere; the checksum had faulted every page in.
// Ranges under dropMin are kept: for them the system call, and the TLB
// flush it sends to the CPUs running the process's other threads, cost
// more than the few pages are worth.
func (m *Mapping) Drop(off, n int64) {
	ps := int64(syscall.Getpagesize())
	lo, hi := (off+ps-1)/ps*ps, (off+n)/ps*ps
	if lo+dropMin <= hi && hi <= int64(len(m.data)) {
		_ = syscall.Madvise(m.data[lo:hi], syscall.MADV_DONTNEED)
	}
}

// File returns the open file.
func (m *Mapping) File() *os.File { return m.f }

// Close unmaps the file. Nothing decoded from it may be used afterwards.
func (m *Mapping) Close() error {
	err := syscall.Munmap(m.data)
	if err1 := m.f.Close(); err == nil {
		err = err1
	}
	return err
}
