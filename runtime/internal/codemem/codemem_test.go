package codemem

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"github.com/kilnwasm/kiln/internal/testexec"
	"github.com/kilnwasm/kiln/runtime/internal/vmem"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// protOf returns the permission string of the mapping containing addr.
func protOf(t *testing.T, addr uintptr) string {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var lo, hi uintptr
		var perm string
		fmt.Sscanf(sc.Text(), "%x-%x %s", &lo, &hi, &perm)
		if addr >= lo && addr < hi {
			return perm
		}
	}
	return ""
}

func faults(addr uintptr, write bool) (f bool) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if recover() != nil {
			f = true
		}
	}()
	p := (*byte)(vmem.Ptr(addr))
	if write {
		*p = 0xCC
	} else {
		sink = *p
	}
	return false
}

var sink byte

func TestLoadProtectRelease(t *testing.T) {
	code := []byte(strings.Repeat("\xC3", 5000)) // > one 4K page
	b, err := Load(code, &Options{
		Funcs: []Func{{Start: 100, End: 200, Index: 7}, {Start: 0, End: 100, Index: 3}},
		Traps: []TrapSite{{Start: 150, End: 154, Code: trap.CodeUnreachable, Func: 7, WasmOffset: 0x99}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if string(b.Bytes()) != string(code) {
		t.Fatal("contents")
	}
	if p := protOf(t, b.Addr()); p != "r-xp" {
		t.Fatalf("protection %q, want r-xp", p)
	}
	if !faults(b.Addr()+10, true) || faults(b.Addr()+10, false) {
		t.Fatal("code must be readable and not writable")
	}
	if !Contains(b.Addr()) || !Contains(b.Addr()+4999) || Lookup(b.Addr()+4999) != b || Lookup(b.Addr()+5000) != nil {
		t.Fatal("lookup")
	}
	if f, ok := b.FuncAt(b.Addr() + 150); !ok || f.Index != 7 {
		t.Fatal(f, ok)
	}
	if f, ok := b.FuncAt(b.Addr() + 0); !ok || f.Index != 3 {
		t.Fatal(f, ok)
	}
	if _, ok := b.FuncAt(b.Addr() + 300); ok {
		t.Fatal("func outside ranges")
	}
	if s, ok := b.TrapSiteAt(b.Addr() + 153); !ok || s.WasmOffset != 0x99 {
		t.Fatal(s, ok)
	}
	if _, ok := b.TrapSiteAt(b.Addr() + 154); ok {
		t.Fatal("trap site end")
	}
	addr := b.Addr()
	b.Retain()
	if err := b.Release(); err != nil || Lookup(addr) != b {
		t.Fatal("released with a reference left")
	}
	if err := b.Release(); err != nil {
		t.Fatal(err)
	}
	if Lookup(addr) != nil || !faults(addr, false) {
		t.Fatal("released code still accessible")
	}
	if !Contains(addr) {
		t.Fatal("arena range must stay registered")
	}
	// pages are reused
	b2, err := Load([]byte{0xC3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b2.Addr() != addr {
		t.Errorf("freed pages not reused: %#x vs %#x", b2.Addr(), addr)
	}
	b2.Release()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("double release not detected")
			}
		}()
		b2.Release()
	}()
}

func TestManyBlobsConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []*Blob
			for i := 0; i < 50; i++ {
				b, err := Load(make([]byte, 100+i*97), nil)
				if err != nil {
					t.Error(err)
					return
				}
				mine = append(mine, b)
				for _, x := range mine {
					if Lookup(x.Addr()+uintptr(x.Len()-1)) != x {
						t.Error("lookup of a live blob failed")
						return
					}
				}
				if i%3 == 0 {
					mine[0].Release()
					mine = mine[1:]
				}
			}
			for _, x := range mine {
				x.Release()
			}
		}()
	}
	wg.Wait()
}

// TestNewArenaWhenFull runs in a fresh process so that the first arena is
// the small one.
func TestNewArenaWhenFull(t *testing.T) {
	if os.Getenv("KILN_CODEMEM_SMALL") != "1" {
		out, err := testexec.CombinedOutput([]string{"KILN_CODEMEM_SMALL=1"}, "-test.run=^TestNewArenaWhenFull$", "-test.v")
		if err != nil || !strings.Contains(string(out), "--- PASS") {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	SetArenaSize(64 << 10)
	var bs []*Blob
	for i := 0; i < 40; i++ { // 40 * 8 KiB > 64 KiB: needs new arenas
		b, err := Load(make([]byte, 8<<10), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !Contains(b.Addr()) || Lookup(b.Addr()) != b {
			t.Fatal("range table misses a new arena")
		}
		bs = append(bs, b)
	}
	if len(arenas) < 5 {
		t.Fatalf("%d arenas", len(arenas))
	}
	for _, b := range bs {
		b.Release()
	}
	// MaxArenas bounds the table: loading fails cleanly past it.
	var err error
	for i := 0; i < 100 && err == nil; i++ {
		var b *Blob
		b, err = Load(make([]byte, 60<<10), nil)
		_ = b
	}
	if err == nil || !strings.Contains(err.Error(), "out of code memory") {
		t.Fatalf("want out of code memory, got %v", err)
	}
}

// TestLoadLargeInParts loads code large enough that fill copies it in
// parts, one per goroutine, of a size that is not a whole number of
// pages: every byte must arrive, relocated after the copy.
func TestLoadLargeInParts(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	code := make([]byte, 3*(4<<20)+12345)
	for i := range code {
		code[i] = byte(i*7 + i>>13)
	}
	b, err := Load(code, &Options{Relocate: func(dst []byte, base uintptr) {
		if len(dst) != len(code) || base == 0 {
			t.Errorf("relocate: %d bytes at %#x", len(dst), base)
		}
		dst[len(dst)-1] ^= 0xff
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Release()
	got := b.Bytes()
	last := len(code) - 1
	if got[last] != code[last]^0xff || string(got[:last]) != string(code[:last]) {
		t.Fatal("contents differ from the code given")
	}
}
