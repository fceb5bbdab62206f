package artifact

import (
	"fmt"
	"os"
	"syscall"
)

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

// Open maps the file at path.
func Open(path string) (*Mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() || st.Size() < headerSize+trailerSize || st.Size() > maxFileSize {
		f.Close()
		return nil, fmt.Errorf("%s: %w: not a regular file of plausible size (%d bytes)", path, ErrCorrupt, st.Size())
	}
	// MAP_POPULATE: the checksum reads every page anyway; one system call
	// maps them all instead of a fault per page.
	data, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: mmap: %w", path, err)
	}
	return &Mapping{f: f, data: data}, nil
}

// Bytes returns the file's contents (read-only memory: writing faults).
func (m *Mapping) Bytes() []byte { return m.data }

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
