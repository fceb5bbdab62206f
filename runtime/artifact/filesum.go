package artifact

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// File records let a cached run skip reading and hashing a module file
// that has not changed since it was last hashed, as git's index and
// ccache's direct mode do: the cache keeps, per module path, the file's
// identity as stat gives it (device, inode, size, modification and change
// times) and the SHA-256 of its contents then. A file whose identity is
// the recorded one has the recorded hash. The change time (ctime) is what
// makes this safe: every write, truncation, chmod, link or rename of the
// file sets it to the current time, and no system call sets it to
// anything else, so restoring the size and the modification time
// (touch -r, os.Chtimes) does not fool the check. Inode reuse after a
// delete gives a new ctime too.
//
// A record is only a shortcut to the cache key: the entry found with it
// is still checked (checksum, and the module hash it was made for), and
// a module the cache cannot provide is read and hashed anew.
//
// Records live in the cache directory under files/, one small file per
// path (named by the hash of the absolute path), written like entries
// (temporary file, rename), so concurrent processes see a whole record
// or none; one that does not decode is a miss. Clean removes them with
// the entries.

// FileID identifies a version of a regular file's contents without
// reading them.
type FileID struct {
	Dev, Ino     uint64
	Size         int64
	Mtime, Ctime int64 // nanoseconds since the epoch
}

// FileIDOf returns the identity of the file fi describes (from Stat or
// os.File.Stat: of a symbolic link's target), false for anything but a
// regular file: a pipe's or a device's contents have no identity.
func FileIDOf(fi fs.FileInfo) (FileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || !fi.Mode().IsRegular() {
		return FileID{}, false
	}
	return FileID{
		Dev: uint64(st.Dev), Ino: uint64(st.Ino), Size: st.Size,
		Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano(),
	}, true
}

// FileSumMinAge is how long before hashing began a file must have last
// changed (both mtime and ctime) for PutFileSum to record it: the racy-git
// problem. Timestamps are coarse (the kernel's clock tick, a second on
// some filesystems, two for FAT's mtime), so a file written again just
// after it was hashed can keep its timestamps, and its size; a file that
// had not changed for longer than the granularity when reading began gets
// timestamps different from the recorded ones if it is written after
// that. A freshly written module is therefore hashed on each run until it
// is a few seconds old, then recorded.
const FileSumMinAge = 3 * time.Second

const (
	filesDir     = "files"
	recordSuffix = ".sum"
	recordMagic  = "kilnsum1"
	// magic, dev, ino, size, mtime, ctime, SHA-256, CRC-32 of the rest
	recordSize = len(recordMagic) + 5*8 + sha256.Size + 4
)

// recordPath returns the file of path's record.
func (c *Cache) recordPath(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	h := sha256.Sum256([]byte(abs))
	name := hex.EncodeToString(h[:20])
	return filepath.Join(c.Dir, filesDir, name[:2], name+recordSuffix), true
}

// FileSum returns the SHA-256 recorded for the file at path if its
// identity is id, the one recorded with it. A missing, damaged or
// foreign record is a miss (ok false), never an error.
func (c *Cache) FileSum(path string, id FileID) (sum [32]byte, ok bool) {
	p, ok := c.recordPath(path)
	if !ok {
		return sum, false
	}
	// O_NONBLOCK: a FIFO put in the record's place must not hang kiln;
	// O_NOFOLLOW: records are never links. Plain system calls, not an
	// os.File: os.OpenFile would try to add the fd to Go's netpoller.
	fd, err := unix.Open(p, unix.O_RDONLY|unix.O_NOFOLLOW|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		return sum, false
	}
	var buf [recordSize + 1]byte // one more: a longer file is no record
	n := 0
	for n < len(buf) {
		m, err := unix.Read(fd, buf[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil || m <= 0 {
			break
		}
		n += m
	}
	unix.Close(fd)
	rid, rsum, ok := decodeRecord(buf[:n])
	if !ok || rid != id {
		return sum, false
	}
	return rsum, true
}

// PutFileSum records that the file at path, with identity id, has
// contents hashing to sum, if the file had not changed for FileSumMinAge
// when hashing began (at start, taken before id was). The caller must
// have read the contents from the file that id describes and found its
// identity unchanged afterwards (fstat the open file before and after).
// It reports whether it wrote a record; failing to costs only speed.
func (c *Cache) PutFileSum(path string, id FileID, sum [32]byte, start time.Time) bool {
	limit := start.Add(-FileSumMinAge).UnixNano()
	if id.Mtime > limit || id.Ctime > limit {
		return false // changed too recently, or dated in the future
	}
	p, ok := c.recordPath(path)
	if !ok {
		return false
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return false
	}
	return WriteFile(p, encodeRecord(id, sum)) == nil
}

func encodeRecord(id FileID, sum [32]byte) []byte {
	b := make([]byte, 0, recordSize)
	b = append(b, recordMagic...)
	b = binary.LittleEndian.AppendUint64(b, id.Dev)
	b = binary.LittleEndian.AppendUint64(b, id.Ino)
	b = binary.LittleEndian.AppendUint64(b, uint64(id.Size))
	b = binary.LittleEndian.AppendUint64(b, uint64(id.Mtime))
	b = binary.LittleEndian.AppendUint64(b, uint64(id.Ctime))
	b = append(b, sum[:]...)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func decodeRecord(b []byte) (id FileID, sum [32]byte, ok bool) {
	if len(b) != recordSize || string(b[:len(recordMagic)]) != recordMagic ||
		crc32.ChecksumIEEE(b[:recordSize-4]) != binary.LittleEndian.Uint32(b[recordSize-4:]) {
		return id, sum, false
	}
	u := func(i int) uint64 { return binary.LittleEndian.Uint64(b[len(recordMagic)+8*i:]) }
	id = FileID{Dev: u(0), Ino: u(1), Size: int64(u(2)), Mtime: int64(u(3)), Ctime: int64(u(4))}
	copy(sum[:], b[len(recordMagic)+5*8:])
	return id, sum, true
}
