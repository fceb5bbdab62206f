package linmem

import (
	"errors"
	"os"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testexec"
	"github.com/kilnwasm/kiln/runtime/internal/vmem"
)

var sink byte

// faults reports whether reading the byte at addr faults.
func faults(t *testing.T, addr uintptr) (faulted bool) {
	t.Helper()
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			type addrer interface{ Addr() uintptr }
			if a, ok := r.(addrer); ok && a.Addr() == addr {
				faulted = true
				return
			}
			t.Fatalf("unexpected panic %v", r)
		}
	}()
	sink = *(*byte)(vmem.Ptr(addr))
	return false
}

func TestNewGrowMax(t *testing.T) {
	p := NewPool(Config{})
	m, err := p.New(1, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Release()
	if m.Len() != PageSize || m.Pages() != 1 {
		t.Fatal(m.Len())
	}
	lo, hi := m.Reserved()
	if hi-lo < 8<<30 {
		t.Fatalf("reservation %d", hi-lo)
	}
	b := m.Bytes()
	b[0], b[PageSize-1] = 1, 2
	if !faults(t, m.Base()+PageSize) || !faults(t, m.Base()+(1<<32)+(1<<32)-1) {
		t.Fatal("expected faults beyond the accessible size")
	}
	base := m.Base()
	if got := m.Grow(2); got != 1 {
		t.Fatal(got)
	}
	if m.Base() != base || m.Pages() != 3 {
		t.Fatal("base moved or size wrong")
	}
	b = m.Bytes()
	if b[0] != 1 || b[PageSize-1] != 2 || b[2*PageSize] != 0 || b[3*PageSize-1] != 0 {
		t.Fatal("contents")
	}
	b[3*PageSize-1] = 9
	if got := m.Grow(1); got != -1 {
		t.Fatal("grew past max", got)
	}
	if got := m.Grow(0); got != 3 {
		t.Fatal(got)
	}
	if !faults(t, m.Base()+3*PageSize) {
		t.Fatal("no fault after max")
	}
}

func TestLimit(t *testing.T) {
	p := NewPool(Config{LimitBytes: 4 * PageSize})
	if _, err := p.New(5, -1); err == nil {
		t.Fatal("initial size above limit accepted")
	}
	m, err := p.New(2, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Release()
	if m.Grow(3) != -1 || m.Pages() != 2 {
		t.Fatal("limit not respected")
	}
	if m.Grow(2) != 2 {
		t.Fatal("grow within limit refused")
	}
	m.SetLimit(4 * PageSize)
	if m.Grow(1) != -1 {
		t.Fatal("SetLimit")
	}
	if _, err := p.New(3, 2); err == nil {
		t.Fatal("min > max accepted")
	}
	// The 32-bit maximum.
	m2, err := NewPool(Config{}).New(0, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Release()
	if m2.Grow(MaxPages32+1) != -1 {
		t.Fatal("grew beyond 4 GiB")
	}
	// One page short of 4 GiB (abi.MaxMemoryPages): generated code relies
	// on addresses from 2^32 - 64 KiB up being out of bounds.
	if m2.Grow(MaxPages32) != -1 || m2.Pages() != 0 {
		t.Fatal("grew to 4 GiB")
	}
	if _, err := NewPool(Config{LimitBytes: MaxPages32 * PageSize}).New(MaxPages32, -1); err == nil {
		t.Fatal("a 4 GiB memory was made")
	}
	m2.SetLimit(MaxPages32 * PageSize)
	if m2.Grow(MaxPages32) != -1 {
		t.Fatal("SetLimit lifted the cap")
	}
	if lo, _ := m2.Reserved(); lo != m2.Base()-abi.MemPreGuard {
		t.Fatalf("reservation starts at %#x, want the pre-guard below the base %#x", lo, m2.Base())
	}
}

func TestZeroAfterReuse(t *testing.T) {
	// <= 1 page: cleared with stores; 2-3 pages: MADV_DONTNEED; larger: PROT_NONE
	p := NewPool(Config{ClearBytes: PageSize, KeepBytes: 3 * PageSize})
	for _, pages := range []uint32{1, 3, 0, 2, 1, 4, 1, 5, 2, 0, 1} {
		m, err := p.New(pages, -1)
		if err != nil {
			t.Fatal(err)
		}
		b := m.Bytes()
		for i := range b {
			if b[i] != 0 {
				t.Fatalf("pages=%d: byte %d = %d after reuse", pages, i, b[i])
			}
		}
		for i := range b {
			b[i] = 0xAB
		}
		if faults(t, m.Base()) != (pages == 0) || !faults(t, m.Base()+uintptr(pages)*PageSize) {
			t.Fatalf("pages=%d: wrong accessible size", pages)
		}
		if m.Grow(1) != int64(pages) {
			t.Fatal("grow")
		}
		if b := m.Bytes(); b[len(b)-1] != 0 {
			t.Fatal("grown page not zero")
		}
		if err := m.Release(); err != nil {
			t.Fatal(err)
		}
		if p.Idle() != 1 {
			t.Fatal("reservation not pooled")
		}
	}
	m, _ := p.New(1, -1)
	if m.Release() != nil || m.Release() == nil {
		t.Fatal("double release not detected")
	}
	p.Drain()
}

func TestPoolBound(t *testing.T) {
	p := NewPool(Config{PoolSize: 2})
	var ms []*Memory
	for i := 0; i < 5; i++ {
		m, err := p.New(1, -1)
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	for _, m := range ms {
		m.Release()
	}
	if p.Idle() != 2 {
		t.Fatal(p.Idle())
	}
	p.Drain()
}

func TestReserveFailsAbsurdSize(t *testing.T) {
	p := NewPool(Config{ReserveBytes: 1 << 62})
	_, err := p.New(1, -1)
	if err == nil || !errors.Is(err, ErrReserve) {
		t.Fatalf("want ErrReserve, got %v", err)
	}
	t.Log(err)
}

// TestReserveFailsRlimit runs the test binary with a small RLIMIT_AS.
func TestReserveFailsRlimit(t *testing.T) {
	if os.Getenv("KILN_LINMEM_RLIMIT") == "1" {
		var lim syscall.Rlimit
		lim.Cur, lim.Max = 4<<30, 4<<30 // below one 8 GiB reservation
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
			t.Fatal(err)
		}
		_, err := NewPool(Config{}).New(1, -1)
		if err == nil {
			os.Stdout.WriteString("RLIMIT_AS-NOT-ENFORCED\n")
			return
		}
		if !errors.Is(err, ErrReserve) {
			t.Fatalf("want ErrReserve, got %v", err)
		}
		os.Stdout.WriteString("RESERVE-ERROR: " + err.Error() + "\n")
		return
	}
	out, err := testexec.CombinedOutput([]string{"KILN_LINMEM_RLIMIT=1"}, "-test.run=^TestReserveFailsRlimit$", "-test.v")
	if testexec.Emulated && strings.Contains(string(out), "RLIMIT_AS-NOT-ENFORCED") {
		t.Skip("qemu user emulation does not enforce RLIMIT_AS for the guest")
	}
	if err != nil || !strings.Contains(string(out), "RESERVE-ERROR: linmem: cannot reserve") {
		t.Fatalf("subprocess: %v\n%s", err, out)
	}
}

func TestConcurrentChurn(t *testing.T) {
	p := NewPool(Config{})
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 200; i++ {
				m, err := p.New(1, -1)
				if err != nil {
					t.Error(err)
					break
				}
				b := m.Bytes()
				if *(*uint64)(unsafe.Pointer(&b[8])) != 0 {
					t.Error("not zero")
				}
				b[8] = 1
				m.Release()
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	p.Drain()
}

func BenchmarkReserveGrowRelease(b *testing.B) {
	p := NewPool(Config{})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m, err := p.New(1, -1)
		if err != nil {
			b.Fatal(err)
		}
		if m.Grow(15) != 1 {
			b.Fatal("grow")
		}
		m.Release()
	}
}

// BenchmarkChurn1Page measures instantiation-style churn: New + Release of
// a 1-page memory (reservation reused from the pool).
func BenchmarkChurn1Page(b *testing.B) {
	p := NewPool(Config{})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m, err := p.New(1, -1)
		if err != nil {
			b.Fatal(err)
		}
		m.Bytes()[100] = 1 // touch, as an instance would
		m.Release()
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "memories/s")
}

// BenchmarkFreshReservation measures the cost without the pool.
func BenchmarkFreshReservation(b *testing.B) {
	p := NewPool(Config{PoolSize: -1})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m, err := p.New(1, -1)
		if err != nil {
			b.Fatal(err)
		}
		m.Bytes()[100] = 1
		m.Release()
	}
}

// Releasing a small memory clears only its resident pages: the pages the
// guest never touched are not faulted in, and every byte of the next
// memory is zero.
func TestClearOnlyResident(t *testing.T) {
	p := NewPool(Config{})
	m, err := p.New(2, -1)
	if err != nil {
		t.Fatal(err)
	}
	base := m.Base()
	b := m.Bytes()
	b[100], b[PageSize+5] = 1, 2 // two 4 KiB pages of 32
	resident := func() int {
		vec := make([]byte, 2*PageSize/vmem.PageSize)
		if _, _, e := syscall.Syscall(syscall.SYS_MINCORE, base, 2*PageSize, uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
			t.Fatal(e)
		}
		n := 0
		for _, v := range vec {
			n += int(v & 1)
		}
		return n
	}
	if err := m.Release(); err != nil {
		t.Fatal(err)
	}
	if n := resident(); n != 2 {
		t.Errorf("%d pages resident after release, want the 2 touched", n)
	}
	m, err = p.New(2, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Release()
	if m.Base() != base {
		t.Fatal("the reservation was not reused")
	}
	for i, c := range m.Bytes() {
		if c != 0 {
			t.Fatalf("byte %d = %d after reuse", i, c)
		}
	}
}
