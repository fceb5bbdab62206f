package artifact

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/internal/abi"
)

func TestCachePutGet(t *testing.T) {
	c := &Cache{Dir: filepath.Join(t.TempDir(), "cache")} // created on demand
	key := Key(sha256.Sum256([]byte("module")), abi.ArchAMD64, 0, Options{})
	if _, ok := get(c, key); ok {
		t.Fatal("Get in an empty cache")
	}
	if n, size, err := c.Usage(); n != 0 || size != 0 || err != nil {
		t.Errorf("Usage of a missing directory: %d, %d, %v", n, size, err)
	}
	a := example().artifact
	if err := c.Put(key, a); err != nil {
		t.Fatal(err)
	}
	if b, ok := get(c, key); !ok || !bytes.Equal(b, a) {
		t.Fatalf("Get: %v, %d bytes", ok, len(b))
	}
	if p := c.Path(key); filepath.Dir(filepath.Dir(p)) != c.Dir || !strings.HasSuffix(p, key+".kiln") {
		t.Errorf("Path: %s", p)
	}
	// Replacing an entry.
	if err := c.Put(key, []byte("other")); err != nil {
		t.Fatal(err)
	}
	if b, _ := get(c, key); string(b) != "other" {
		t.Errorf("after a second Put: %q", b)
	}
	if n, size, err := c.Usage(); n != 1 || size != 5 || err != nil {
		t.Errorf("Usage: %d, %d, %v", n, size, err)
	}
	// No temporary file is left behind.
	files, _ := filepath.Glob(filepath.Join(c.Dir, "*", "*"))
	if len(files) != 1 {
		t.Errorf("files in the cache: %v", files)
	}
	c.Remove(key)
	if _, ok := get(c, key); ok {
		t.Error("Get after Remove")
	}
	c.Remove(key) // removing nothing is fine
}

// A PutFunc whose write fails leaves the entry as it was, and no
// temporary file.
func TestCachePutFuncError(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	key := Key(sha256.Sum256([]byte("module")), abi.ArchAMD64, 0, Options{})
	if err := c.Put(key, []byte("old")); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := c.PutFunc(key, func(w io.Writer) error {
		w.Write([]byte("half of the new"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("PutFunc: %v, want %v", err, boom)
	}
	if b, _ := get(c, key); string(b) != "old" {
		t.Errorf("after a failed PutFunc: %q", b)
	}
	if files, _ := filepath.Glob(filepath.Join(c.Dir, "*", "*")); len(files) != 1 {
		t.Errorf("files in the cache: %v", files)
	}
}

func TestCacheKey(t *testing.T) {
	sum := sha256.Sum256([]byte("module"))
	k := Key(sum, abi.ArchAMD64, abi.FeatPOPCNT, Options{})
	if !regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(k) {
		t.Errorf("key %q", k)
	}
	if Key(sum, abi.ArchAMD64, abi.FeatPOPCNT, Options{}) != k {
		t.Error("Key is not deterministic")
	}
	seen := map[string]string{k: "base"}
	for what, k2 := range map[string]string{
		"module":   Key(sha256.Sum256([]byte("module2")), abi.ArchAMD64, abi.FeatPOPCNT, Options{}),
		"arch":     Key(sum, abi.ArchARM64, abi.FeatPOPCNT, Options{}),
		"features": Key(sum, abi.ArchAMD64, abi.FeatPOPCNT|abi.FeatSSE41, Options{}),
		"options":  Key(sum, abi.ArchAMD64, abi.FeatPOPCNT, Options{Unoptimized: true}),
	} {
		if prev, ok := seen[k2]; ok {
			t.Errorf("changing the %s gives the key of %s", what, prev)
		}
		seen[k2] = what
	}
	// Another Kiln version has other keys.
	old := Version
	Version = func() string { return "v0.0.0-another-kiln" }
	k2 := Key(sum, abi.ArchAMD64, abi.FeatPOPCNT, Options{})
	Version = old
	if k2 == k {
		t.Error("the Kiln version is not part of the key")
	}
}

// Writers replacing one entry with entries of different sizes while
// readers read it: every read is one whole entry, never a torn or mixed
// one.
func TestCacheAtomic(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	key := Key(sha256.Sum256([]byte("contended")), abi.HostArch(), 0, Options{})
	// Entry i is 8 bytes + i*37 KiB of the byte i+1, with its index in
	// front: a read that mixed two entries or stopped short does not match.
	const versions = 8
	entries := make([][]byte, versions)
	for i := range entries {
		e := bytes.Repeat([]byte{byte(i + 1)}, 8+i*37<<10)
		binary.LittleEndian.PutUint32(e, uint32(i)) // overwrite the start
		entries[i] = e
	}
	if err := c.Put(key, entries[0]); err != nil {
		t.Fatal(err)
	}
	rounds := 40
	if testing.Short() {
		rounds = 10
	}
	var stop atomic.Bool
	var reads atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				if err := c.Put(key, entries[(w+r)%versions]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var readers sync.WaitGroup
	for range 4 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for !stop.Load() {
				b, ok := get(c, key)
				if !ok {
					errs <- fmt.Errorf("entry missing while being replaced")
					return
				}
				reads.Add(1)
				if len(b) < 4 {
					errs <- fmt.Errorf("read %d bytes", len(b))
					return
				}
				i := binary.LittleEndian.Uint32(b)
				if i >= versions || !bytes.Equal(b, entries[i]) {
					errs <- fmt.Errorf("torn read: %d bytes starting %x", len(b), b[:4])
					return
				}
			}
		}()
	}
	wg.Wait()
	stop.Store(true)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _, _ := c.Usage(); n != 1 {
		t.Errorf("%d entries", n)
	}
	files, _ := filepath.Glob(filepath.Join(c.Dir, "*", "*.tmp"))
	if len(files) != 0 {
		t.Errorf("temporary files left: %v", files)
	}
	t.Logf("%d reads during %d writes", reads.Load(), 4*rounds)
}

// Clean removes the oldest entries first, down to the limit, and the
// temporary files of writers that crashed over an hour ago.
func TestCacheClean(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	now := time.Now()
	var keys []string
	for i := range 10 {
		k := Key(sha256.Sum256([]byte{byte(i)}), abi.ArchAMD64, 0, Options{})
		keys = append(keys, k)
		if err := c.Put(k, make([]byte, 1000*(i+1))); err != nil {
			t.Fatal(err)
		}
		// Entry i was written i hours ago: entry 9 is the oldest.
		mod := now.Add(-time.Duration(i) * time.Hour)
		if err := os.Chtimes(c.Path(k), mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	// Temporary files: one from a writer that crashed two hours ago, one
	// being written now.
	stale := filepath.Join(filepath.Dir(c.Path(keys[0])), keys[0]+".123.tmp")
	fresh := filepath.Join(filepath.Dir(c.Path(keys[1])), keys[1]+".456.tmp")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, make([]byte, 100000), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := now.Add(-2 * time.Hour)
	os.Chtimes(stale, old, old)

	n, size, err := c.Usage()
	if n != 10 || size != 55000 || err != nil {
		t.Fatalf("Usage: %d entries, %d bytes, %v", n, size, err)
	}
	// Keep at most 20000 bytes: entries 9, 8, 7, ... go until what is
	// left fits: 1000+...+5000 = 15000 remain (entries 0 to 4).
	removed, _, err := c.Clean(20000)
	if err != nil || removed != 5 {
		t.Fatalf("Clean: removed %d, %v", removed, err)
	}
	for i, k := range keys {
		if _, ok := get(c, k); ok != (i < 5) {
			t.Errorf("entry %d (%d bytes, %dh old): present %v", i, 1000*(i+1), i, ok)
		}
	}
	if n, size, _ := c.Usage(); n != 5 || size != 15000 {
		t.Errorf("after Clean: %d entries, %d bytes", n, size)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temporary file: %v", err)
	}
	// A limit already met removes nothing.
	if removed, _, err := c.Clean(15000); removed != 0 || err != nil {
		t.Errorf("Clean at the limit: %d, %v", removed, err)
	}
	// Zero removes every entry (not a writer's fresh temporary file).
	if removed, _, err := c.Clean(0); removed != 5 || err != nil {
		t.Errorf("Clean(0): %d, %v", removed, err)
	}
	if n, size, _ := c.Usage(); n != 0 || size != 0 {
		t.Errorf("after Clean(0): %d entries, %d bytes", n, size)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temporary file: %v", err)
	}
	// Cleaning a cache that does not exist is not an error.
	if removed, _, err := (&Cache{Dir: filepath.Join(c.Dir, "none")}).Clean(0); removed != 0 || err != nil {
		t.Errorf("Clean of a missing cache: %d, %v", removed, err)
	}
}

// Usage counts entries only: not temporary files, not other files.
func TestCacheUsage(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	for i := range 3 {
		k := Key(sha256.Sum256([]byte{byte(i)}), abi.ArchAMD64, 0, Options{})
		if err := c.Put(k, make([]byte, 10+i)); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(c.Dir, "README"), []byte("not an entry"), 0o644)
	os.WriteFile(filepath.Join(c.Dir, "x.1.tmp"), []byte("a temporary file"), 0o644)
	if n, size, err := c.Usage(); n != 3 || size != 33 || err != nil {
		t.Errorf("Usage: %d, %d, %v", n, size, err)
	}
}

func TestDefaultDir(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	if d, err := DefaultDir(); err != nil || d != filepath.Join(dir, "kiln") {
		t.Errorf("DefaultDir: %q, %v", d, err)
	}
}

// get reads the entry for key (loaders map Path(key) instead).
func get(c *Cache, key string) ([]byte, bool) {
	b, err := os.ReadFile(c.Path(key))
	return b, err == nil
}
