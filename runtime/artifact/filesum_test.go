package artifact

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// later is a start of hashing late enough for PutFileSum to record a file
// written just now (tests cannot make a file's ctime old).
func later() time.Time { return time.Now().Add(FileSumMinAge + time.Second) }

func fileID(t *testing.T, path string) FileID {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	id, ok := FileIDOf(fi)
	if !ok {
		t.Fatalf("%s: no identity", path)
	}
	return id
}

func TestFileSumHit(t *testing.T) {
	c := &Cache{Dir: filepath.Join(t.TempDir(), "cache")}
	dir := t.TempDir()
	p := filepath.Join(dir, "m.wasm")
	data := []byte("\x00asm\x01\x00\x00\x00 some module")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	id := fileID(t, p)
	sum := sha256.Sum256(data)
	if _, ok := c.FileSum(p, id); ok {
		t.Fatal("hit in an empty cache")
	}
	// A file written just now is not recorded: it could be written again
	// within the timestamps' granularity.
	if c.PutFileSum(p, id, sum, time.Now()) {
		t.Error("recorded a file changed less than FileSumMinAge ago")
	}
	if n, _, _ := c.FileRecords(); n != 0 {
		t.Errorf("%d records", n)
	}
	if !c.PutFileSum(p, id, sum, later()) {
		t.Fatal("PutFileSum did not record")
	}
	if got, ok := c.FileSum(p, id); !ok || got != sum {
		t.Fatalf("FileSum: %x, %v", got, ok)
	}
	// The record is the absolute path's: a relative path finds it.
	t.Chdir(dir)
	if got, ok := c.FileSum("m.wasm", id); !ok || got != sum {
		t.Errorf("FileSum by a relative path: %v", ok)
	}
	// Through a symbolic link, the link's path has its own record, and
	// FileIDOf of its Stat is the target's identity.
	link := filepath.Join(dir, "link.wasm")
	if err := os.Symlink(p, link); err != nil {
		t.Fatal(err)
	}
	if fileID(t, link) != id {
		t.Error("a link's identity is not its target's")
	}
	if _, ok := c.FileSum(link, id); ok {
		t.Error("a link shares its target's record")
	}
	// Any other identity misses.
	for what, other := range map[string]FileID{
		"dev":   {Dev: id.Dev + 1, Ino: id.Ino, Size: id.Size, Mtime: id.Mtime, Ctime: id.Ctime},
		"ino":   {Dev: id.Dev, Ino: id.Ino + 1, Size: id.Size, Mtime: id.Mtime, Ctime: id.Ctime},
		"size":  {Dev: id.Dev, Ino: id.Ino, Size: id.Size + 1, Mtime: id.Mtime, Ctime: id.Ctime},
		"mtime": {Dev: id.Dev, Ino: id.Ino, Size: id.Size, Mtime: id.Mtime + 1, Ctime: id.Ctime},
		"ctime": {Dev: id.Dev, Ino: id.Ino, Size: id.Size, Mtime: id.Mtime, Ctime: id.Ctime + 1},
	} {
		if _, ok := c.FileSum(p, other); ok {
			t.Errorf("another %s hits", what)
		}
	}
	// Records are counted and cleaned apart from entries.
	if n, size, err := c.FileRecords(); n != 1 || size != int64(recordSize) || err != nil {
		t.Errorf("FileRecords: %d, %d, %v", n, size, err)
	}
	if n, _, _ := c.Usage(); n != 0 {
		t.Errorf("Usage counts records: %d", n)
	}
	if e, r, err := c.Clean(0); e != 0 || r != 1 || err != nil {
		t.Errorf("Clean(0): %d entries, %d records, %v", e, r, err)
	}
	if _, ok := c.FileSum(p, id); ok {
		t.Error("hit after Clean(0)")
	}
}

// A file rewritten with the same size and its modification time put back
// (os.Chtimes, touch -r) is not taken for the recorded one: its ctime
// changed. So is a file of the same size and times renamed over it.
func TestFileSumModified(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	p := filepath.Join(t.TempDir(), "m.wasm")
	v1, v2 := []byte("module version 1"), []byte("module version 2")
	if err := os.WriteFile(p, v1, 0o644); err != nil {
		t.Fatal(err)
	}
	id := fileID(t, p)
	if !c.PutFileSum(p, id, sha256.Sum256(v1), later()) {
		t.Fatal("not recorded")
	}
	mtime := time.Unix(0, id.Mtime)
	// Rewrite until the ctime moves (the kernel's timestamps advance by
	// clock ticks; a coarse filesystem's by seconds).
	var id2 FileID
	for i := 0; ; i++ {
		time.Sleep(20 * time.Millisecond << min(i, 6))
		if err := os.WriteFile(p, v2, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		if id2 = fileID(t, p); id2.Ctime != id.Ctime || i == 8 {
			break
		}
	}
	if id2.Size != id.Size || id2.Mtime != id.Mtime || id2.Ino != id.Ino {
		t.Fatalf("the rewrite changed more than the ctime: %+v, was %+v", id2, id)
	}
	if id2.Ctime == id.Ctime {
		t.Fatal("the ctime did not change")
	}
	if _, ok := c.FileSum(p, id2); ok {
		t.Error("hit for a file modified in place with its size and mtime restored")
	}

	// Renamed over it: another inode, same size and times.
	if !c.PutFileSum(p, id2, sha256.Sum256(v2), later()) {
		t.Fatal("not recorded")
	}
	q := p + ".new"
	if err := os.WriteFile(q, []byte("module version 3"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(q, mtime, mtime)
	if err := os.Rename(q, p); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.FileSum(p, fileID(t, p)); ok {
		t.Error("hit for another file renamed over the recorded one")
	}
}

// A damaged, truncated, padded or foreign record, or something else in
// its place, is a miss: never an error, a panic or a hang.
func TestFileSumBadRecord(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	p := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(p, []byte("module"), 0o644); err != nil {
		t.Fatal(err)
	}
	id := fileID(t, p)
	sum := sha256.Sum256([]byte("module"))
	if !c.PutFileSum(p, id, sum, later()) {
		t.Fatal("not recorded")
	}
	rp, _ := c.recordPath(p)
	good, err := os.ReadFile(rp)
	if err != nil || len(good) != recordSize {
		t.Fatalf("record: %d bytes, %v", len(good), err)
	}
	// Every truncation, every flipped bit, an extra byte.
	cases := map[string][]byte{"padded": append(bytes.Clone(good), 0), "huge": make([]byte, 1<<20)}
	for n := range len(good) {
		cases[fmt.Sprintf("truncated to %d", n)] = good[:n]
	}
	for i := range len(good) * 8 {
		b := bytes.Clone(good)
		b[i/8] ^= 1 << (i % 8)
		cases[fmt.Sprintf("bit %d flipped", i)] = b
	}
	for name, b := range cases {
		if err := os.WriteFile(rp, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if got, ok := c.FileSum(p, id); ok {
			t.Errorf("%s: hit (%x)", name, got)
		}
	}
	// Other things in the record's place.
	others := map[string]func() error{
		"directory": func() error { return os.Mkdir(rp, 0o755) },
		"fifo":      func() error { return syscall.Mkfifo(rp, 0o644) },
		"symlink to a good record": func() error {
			q := rp + ".good"
			if err := os.WriteFile(q, good, 0o644); err != nil {
				return err
			}
			return os.Symlink(q, rp)
		},
		"unreadable": func() error { return os.WriteFile(rp, good, 0) }, // root reads it anyway
	}
	for name, create := range others {
		os.RemoveAll(rp)
		if err := create(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		done := make(chan struct{})
		go func() { c.FileSum(p, id); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: FileSum hangs", name)
		}
		if _, ok := c.FileSum(p, id); ok && name != "unreadable" {
			t.Errorf("%s: hit", name)
		}
		// PutFileSum replaces whatever it finds, or fails quietly.
		c.PutFileSum(p, id, sum, later())
	}
}

// Processes sharing the cache write one path's record while others read
// it: a reader finds a whole record or none, and a record's hash is the
// one written with its identity.
func TestFileSumConcurrent(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	p := filepath.Join(t.TempDir(), "m.wasm")
	const versions = 6
	ids := make([]FileID, versions)
	sums := make([][32]byte, versions)
	for i := range ids {
		ids[i] = FileID{Dev: 1, Ino: uint64(100 + i), Size: int64(1000 * i), Mtime: int64(i), Ctime: int64(i)}
		sums[i] = sha256.Sum256([]byte{byte(i)})
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	rounds := 200
	if testing.Short() {
		rounds = 50
	}
	for w := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for r := range rounds {
				i := (w + r) % versions
				if !c.PutFileSum(p, ids[i], sums[i], time.Now()) {
					errs <- fmt.Errorf("PutFileSum failed")
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for r := range rounds {
				i := (w * r) % versions
				if got, ok := c.FileSum(p, ids[i]); ok && got != sums[i] {
					errs <- fmt.Errorf("identity %d: hash %x", i, got[:4])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _, _ := c.FileRecords(); n != 1 {
		t.Errorf("%d records", n)
	}
	if tmp, _ := filepath.Glob(filepath.Join(c.Dir, filesDir, "*", "*.tmp")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

// Only regular files have an identity.
func TestFileIDOf(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, f := range []*os.File{r, w} {
		if fi, err := f.Stat(); err != nil {
			t.Fatal(err)
		} else if _, ok := FileIDOf(fi); ok {
			t.Error("a pipe has an identity")
		}
	}
	if fi, err := os.Stat(t.TempDir()); err != nil {
		t.Fatal(err)
	} else if _, ok := FileIDOf(fi); ok {
		t.Error("a directory has an identity")
	}
	if fi, err := os.Stat("/dev/null"); err == nil {
		if _, ok := FileIDOf(fi); ok {
			t.Error("a device has an identity")
		}
	}
}

// Clean counts records with entries, oldest first.
func TestCleanRecords(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	now := time.Now()
	for i := range 4 {
		p := fmt.Sprintf("/some/module%d.wasm", i)
		id := FileID{Ino: uint64(i)}
		if !c.PutFileSum(p, id, [32]byte{}, now) {
			t.Fatal("not recorded")
		}
		rp, _ := c.recordPath(p)
		mod := now.Add(-time.Duration(i) * time.Hour) // record 3 is the oldest
		os.Chtimes(rp, mod, mod)
	}
	if err := c.Put(Key([32]byte{1}, 1, 0, Options{}), make([]byte, 1000)); err != nil {
		t.Fatal(err)
	}
	// 1000 + 4 records: keeping 1000+2 records drops the two oldest.
	if e, r, err := c.Clean(1000 + 2*int64(recordSize)); e != 0 || r != 2 || err != nil {
		t.Errorf("Clean: %d entries, %d records, %v", e, r, err)
	}
	for i := range 4 {
		_, ok := c.FileSum(fmt.Sprintf("/some/module%d.wasm", i), FileID{Ino: uint64(i)})
		if ok != (i < 2) {
			t.Errorf("record %d: present %v", i, ok)
		}
	}
}
