package wasi

import "encoding/binary"

// Guest memory access. Every helper checks bounds with 64-bit arithmetic so
// ptr+len can never wrap; a false result means the guest passed a bad pointer
// and the caller returns EFAULT.

func memRange(mem []byte, ptr, n uint32) ([]byte, bool) {
	end := uint64(ptr) + uint64(n)
	if end > uint64(len(mem)) {
		return nil, false
	}
	return mem[ptr:end:end], true
}

// memRange64 is memRange for lengths computed as count*size.
func memRange64(mem []byte, ptr uint32, n uint64) ([]byte, bool) {
	end := uint64(ptr) + n
	if n > uint64(len(mem)) || end > uint64(len(mem)) {
		return nil, false
	}
	return mem[ptr:end:end], true
}

func readU32(mem []byte, ptr uint32) (uint32, bool) {
	if uint64(ptr)+4 > uint64(len(mem)) {
		return 0, false
	}
	return binary.LittleEndian.Uint32(mem[ptr:]), true
}

func writeU32(mem []byte, ptr uint32, v uint32) bool {
	if uint64(ptr)+4 > uint64(len(mem)) {
		return false
	}
	binary.LittleEndian.PutUint32(mem[ptr:], v)
	return true
}

func writeU64(mem []byte, ptr uint32, v uint64) bool {
	if uint64(ptr)+8 > uint64(len(mem)) {
		return false
	}
	binary.LittleEndian.PutUint64(mem[ptr:], v)
	return true
}

func le16(b []byte, off int) uint16 { return binary.LittleEndian.Uint16(b[off:]) }
func le32(b []byte, off int) uint32 { return binary.LittleEndian.Uint32(b[off:]) }
func le64(b []byte, off int) uint64 { return binary.LittleEndian.Uint64(b[off:]) }

func put16(b []byte, off int, v uint16) { binary.LittleEndian.PutUint16(b[off:], v) }
func put32(b []byte, off int, v uint32) { binary.LittleEndian.PutUint32(b[off:], v) }
func put64(b []byte, off int, v uint64) { binary.LittleEndian.PutUint64(b[off:], v) }

// iovecs validates an iovec/ciovec array (8 bytes each: ptr u32, len u32)
// entirely before any I/O is done, so a partly out-of-range array fails with
// EFAULT and has no side effect. It returns the raw array and total length.
func iovecs(mem []byte, iovs, n uint32) ([]byte, uint64, Errno) {
	arr, ok := memRange64(mem, iovs, uint64(n)*8)
	if !ok {
		return nil, 0, ErrnoFault
	}
	var total uint64
	for i := 0; i < len(arr); i += 8 {
		p, l := le32(arr, i), le32(arr, i+4)
		if uint64(p)+uint64(l) > uint64(len(mem)) {
			return nil, 0, ErrnoFault
		}
		total += uint64(l)
	}
	return arr, total, ErrnoSuccess
}

// iov returns the i-th buffer of an array already validated by iovecs.
func iov(mem, arr []byte, i int) []byte {
	p, l := le32(arr, i*8), le32(arr, i*8+4)
	return mem[p : uint64(p)+uint64(l)]
}

// guestString reads a path argument. Paths must be valid UTF-8 without NUL
// (wasmtime rejects both: ILSEQ for bad UTF-8, INVAL for NUL).
func guestPath(mem []byte, ptr, n uint32) (string, Errno) {
	b, ok := memRange(mem, ptr, n)
	if !ok {
		return "", ErrnoFault
	}
	for _, c := range b {
		if c == 0 {
			return "", ErrnoInval
		}
	}
	if !validUTF8(b) {
		return "", ErrnoIlseq
	}
	return string(b), ErrnoSuccess
}
