package artifact

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Cache is a directory of artifacts keyed by everything that determines
// their contents: the module's SHA-256, the Kiln, format and ABI versions,
// the target architecture and CPU features, and the compile options.
// Entries are written to a temporary file and renamed into place, so a
// reader never sees a torn entry; a damaged or stale entry fails Decode
// and is replaced by the caller. Any number of processes may share one.
// Beside the entries, it records the hashes of module files (FileSum), so
// that a module file that has not changed need not be read again.
type Cache struct{ Dir string }

// DefaultDir is $XDG_CACHE_HOME/kiln, or ~/.cache/kiln (os.UserCacheDir).
func DefaultDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory: %w", err)
	}
	return filepath.Join(d, "kiln"), nil
}

// Key returns the cache key of a module whose bytes hash to sum, compiled
// for arch with features and opts by this Kiln.
func Key(sum [32]byte, arch abi.Arch, features abi.Features, opts Options) string {
	h := sha256.New()
	h.Write(sum[:])
	var b [32]byte
	binary.LittleEndian.PutUint32(b[0:], FormatVersion)
	binary.LittleEndian.PutUint32(b[4:], abi.Version)
	binary.LittleEndian.PutUint32(b[8:], uint32(arch))
	binary.LittleEndian.PutUint32(b[12:], opts.flags())
	binary.LittleEndian.PutUint64(b[16:], uint64(features))
	h.Write(b[:])
	h.Write([]byte(Version()))
	return hex.EncodeToString(h.Sum(nil)[:20])
}

// entrySuffix names entries; temporary files end differently, so that a
// crashed writer's leftovers are never read and are cleaned by Clean.
const entrySuffix = ".kiln"

// Path returns the file of the entry for key. Its contents are not
// checked: map and decode it (instance.LoadArtifactFile), and Put a fresh
// entry if that fails.
func (c *Cache) Path(key string) string { return c.path(key) }

func (c *Cache) path(key string) string {
	if len(key) < 2 || strings.ContainsAny(key, `/\.`) {
		key = "invalid-key" // Key's output is hex; nothing else names a file here
	}
	return filepath.Join(c.Dir, key[:2], key+entrySuffix)
}

// Put stores data under key atomically: readers see the old entry or the
// new one, whole.
func (c *Cache) Put(key string, data []byte) error {
	return c.PutFunc(key, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// PutFunc is Put for contents that write writes: an artifact written as
// it is encoded (EncodeTo).
func (c *Cache) PutFunc(key string, write func(io.Writer) error) error {
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := WriteFileFunc(p, write); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

// WriteFile writes data to path (mode 0644) through a temporary file in
// the same directory and a rename: a reader, or a process that has the
// old file mapped, sees the old file or the new one, whole, never a torn
// or rewritten one. Errors name path, not the temporary file.
func WriteFile(path string, data []byte) error {
	return WriteFileFunc(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFileFunc is WriteFile for contents that write writes (to the
// temporary file): an artifact written as it is encoded (EncodeTo).
func WriteFileFunc(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return &fs.PathError{Op: "create", Path: path, Err: pe.Err}
		}
		return err
	}
	err = write(f)
	if err1 := f.Close(); err == nil {
		err = err1
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// Remove deletes the entry for key, if any.
func (c *Cache) Remove(key string) { os.Remove(c.path(key)) }

// Usage returns the number of entries and their total size in bytes.
func (c *Cache) Usage() (entries int, size int64, err error) {
	return c.usage(c.Dir, entrySuffix)
}

// FileRecords returns the number of file records (see FileSum) and their
// total size in bytes.
func (c *Cache) FileRecords() (records int, size int64, err error) {
	return c.usage(filepath.Join(c.Dir, filesDir), recordSuffix)
}

func (c *Cache) usage(dir, suffix string) (n int, size int64, err error) {
	err = walk(dir, func(path string, info fs.FileInfo) {
		if strings.HasSuffix(path, suffix) {
			n++
			size += info.Size()
		}
	})
	return n, size, err
}

// Clean removes entries and file records, oldest (by modification time)
// first, until they hold at most maxBytes (0: remove everything), and
// temporary files older than an hour (a crashed writer's). It returns the
// numbers of entries and of records removed.
func (c *Cache) Clean(maxBytes int64) (entries, records int, err error) {
	type file struct {
		path   string
		size   int64
		mod    time.Time
		record bool
	}
	var all []file
	var total int64
	err = walk(c.Dir, func(path string, info fs.FileInfo) {
		entry, record := strings.HasSuffix(path, entrySuffix), strings.HasSuffix(path, recordSuffix)
		switch {
		case entry || record:
			all = append(all, file{path, info.Size(), info.ModTime(), record})
			total += info.Size()
		case strings.HasSuffix(path, ".tmp") && time.Since(info.ModTime()) > time.Hour:
			os.Remove(path)
		}
	})
	if err != nil {
		return 0, 0, err
	}
	sort.Slice(all, func(i, j int) bool { return all[i].mod.Before(all[j].mod) })
	for _, f := range all {
		if total <= maxBytes {
			break
		}
		if err := os.Remove(f.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return entries, records, err
		}
		total -= f.size
		if f.record {
			records++
		} else {
			entries++
		}
	}
	return entries, records, nil
}

// walk calls fn for every regular file under dir; a missing dir is empty.
func walk(dir string, fn func(path string, info fs.FileInfo)) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir && errors.Is(err, fs.ErrNotExist) {
				return filepath.SkipDir
			}
			return err
		}
		if d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				fn(path, info)
			}
		}
		return nil
	})
}
