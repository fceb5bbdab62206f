package native

import (
	"bytes"
	"math/rand"
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/abi"
)

// routineCase is one call of a routine: dst and src offsets in the test
// memory (src is the byte for a fill) and the length.
type routineCase struct{ dst, src, n int }

// routineCases covers every size path of the routines (0-3, 4-7, 8-16,
// 17-32, the 16-byte loops, the REP MOVSB/STOSB thresholds) with overlaps
// in both directions at every short distance and at distances around the
// 16-byte chunks and REP MOVSB's minimum, at varying alignments, plus
// random ones.
func routineCases(size int) []routineCase {
	var cs []routineCase
	ns := []int{}
	for n := 0; n <= 80; n++ {
		ns = append(ns, n)
	}
	ns = append(ns, 95, 96, 97, 127, 128, 129, 200, 255, 256, 257, 300, 511, 512, 513, 1000, 4095, 4096, 5000, 20000)
	dists := []int{0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 255, 256, 257, 4000}
	for _, n := range ns {
		for _, d := range dists {
			base := 1000 + (n*7+d)%61 // vary the alignment
			cs = append(cs, routineCase{base + d, base, n}, routineCase{base, base + d, n})
		}
		// Disjoint, far apart either way.
		cs = append(cs, routineCase{30000 + n%13, 100 + n%5, n}, routineCase{100 + n%3, 30000 + n%11, n})
	}
	// The very end of memory: the last byte, and a zero length at the end.
	cs = append(cs, routineCase{size - 1, size - 2, 1}, routineCase{size - 64, size - 200, 64}, routineCase{size, 0, 0}, routineCase{0, size, 0})
	rng := rand.New(rand.NewSource(1))
	for range 500 {
		n := rng.Intn(3000)
		if rng.Intn(4) == 0 {
			n = rng.Intn(40)
		}
		d := rng.Intn(size - n + 1)
		s := rng.Intn(size - n + 1)
		if rng.Intn(2) == 0 { // nearby: overlapping mostly
			s = max(0, min(size-n, d+rng.Intn(129)-64))
		}
		cs = append(cs, routineCase{d, s, n})
	}
	return cs
}

// TestMemRoutines runs the memmove and memfill routines on many sizes,
// overlaps and alignments and compares the whole memory with Go's copy
// and a byte loop: they must write exactly their destination, nothing
// outside it, and keep every register they do not clobber.
func TestMemRoutines(t *testing.T) {
	e := newEnv(t)
	mem := e.m.Bytes()
	size := len(mem)
	want := make([]byte, size)
	pattern := func() {
		for i := range mem {
			mem[i] = byte(i*131 + i>>8)
		}
		copy(want, mem)
	}
	cases := routineCases(size)
	for _, mm := range memmoveVariants() {
		e.c.x.Routines[abi.RoutineMemMove] = mm
		pattern()
		memMoves(t, e, want, cases)
	}
	pattern()
	for k, c := range cases {
		v := uint64(k*37) | 0xabcd00 // only the low byte counts
		s, err := e.call(fnMemFill, uint64(c.dst), v, uint64(c.n))
		if err != nil {
			t.Fatalf("memfill %+v: %v", c, err)
		}
		if s[0] != 0 {
			t.Fatalf("memfill %+v changed preserved registers (mask %#x)", c, s[0])
		}
		for i := c.dst; i < c.dst+c.n; i++ {
			want[i] = byte(v)
		}
		checkMem(t, "memfill", c, mem, want)
	}
}

// TestMemMoveLarge runs memmove on copies large enough for the
// non-temporal stores (ntMovMin), at several alignments and lengths
// either way, and on overlapping ones of that size, which do not use
// them.
func TestMemMoveLarge(t *testing.T) {
	const n0 = ntMovMin
	e := newEnvPages(t, (2*n0+2<<20)/65536)
	mem := e.m.Bytes()
	want := make([]byte, len(mem))
	for i := range mem {
		mem[i] = byte(i*131 + i>>8 + i>>16)
	}
	copy(want, mem)
	var cases []routineCase
	for k, extra := range []int{0, 1, 15, 16, 63, 64, 65, 1000} {
		n := n0 + extra
		lo, hi := k*7%64, n0+(1<<20)-extra+k*13%64 // disjoint, both alignments varied
		cases = append(cases, routineCase{hi, lo, n}, routineCase{lo, hi, n})
	}
	cases = append(cases, routineCase{100, 100 + 4096, n0}, routineCase{100 + 4096, 100, n0}) // overlapping
	for _, mm := range memmoveVariants() {
		e.c.x.Routines[abi.RoutineMemMove] = mm
		memMoves(t, e, want, cases)
	}
}

// TestMain lowers the non-temporal bound to ntMovMin, so that
// TestMemMoveLarge runs that path whatever this machine's cache.
func TestMain(m *testing.M) {
	ntCopyBound = func() int64 { return ntMovMin }
	os.Exit(m.Run())
}

// memmoveVariants returns the memmove entries this CPU can run: on amd64
// the SSE one, the AVX one if the CPU has AVX, and the AVX-512 one if
// loadStubs would choose it.
func memmoveVariants() []uintptr {
	if runtime.GOARCH != "amd64" {
		return []uintptr{stubs.MemMove}
	}
	v := []uintptr{stubLo + uintptr(stubImageAMD64.memmove)}
	if abi.HostFeatures(abi.HostArch()).Has(abi.FeatAVX) {
		v = append(v, stubLo+uintptr(stubImageAMD64.memmoveAVX))
	}
	if abi.HostZMMMoves() {
		v = append(v, stubLo+uintptr(stubImageAMD64.memmoveAVX512))
	}
	return v
}

// memMoves runs memmove on each case in e's memory, which holds want, and
// checks it against Go's copy.
func memMoves(t *testing.T, e *env, want []byte, cases []routineCase) {
	t.Helper()
	for _, c := range cases {
		s, err := e.call(fnMemMove, uint64(c.dst), uint64(c.src), uint64(c.n))
		if err != nil {
			t.Fatalf("memmove %+v: %v", c, err)
		}
		if s[0] != 0 {
			t.Fatalf("memmove %+v changed preserved registers (mask %#x)", c, s[0])
		}
		copy(want[c.dst:c.dst+c.n], want[c.src:c.src+c.n])
		checkMem(t, "memmove", c, e.m.Bytes(), want)
	}
}

// checkMem checks that routine call c left mem as want.
func checkMem(t *testing.T, what string, c routineCase, mem, want []byte) {
	t.Helper()
	if !bytes.Equal(mem, want) {
		i := 0
		for mem[i] == want[i] {
			i++
		}
		t.Fatalf("%s dst=%d src=%d n=%d: first wrong byte at %d (dst%+d): %#x, want %#x", what, c.dst, c.src, c.n, i, i-c.dst, mem[i], want[i])
	}
}

// TestRoutineRegisters checks by disassembly, for both architectures,
// that the routines name no register outside their documented operands
// and clobbers (abi.RoutineMemMove, abi.RoutineMemFill): what generated
// code keeps live across a call to them is safe, X18/X28 (arm64) and the
// context and memory-base registers are never touched, and no stack is
// used.
func TestRoutineRegisters(t *testing.T) {
	allowed := map[string]map[string]bool{
		// memmove: RDI RSI RCX, clobbers RAX RDX R11 X6 X7 X15 (as YMM
		// and ZMM too); memfill uses fewer (its selection clobbers RAX
		// RCX RDI only; checked below).
		"amd64": set("rax", "eax", "ax", "al", "rcx", "ecx", "rdx", "edx", "dx", "dl", "rsi", "rdi", "r11",
			"xmm6", "xmm7", "xmm15", "ymm6", "ymm7", "ymm15", "zmm6", "zmm7", "zmm15", "ds", "es", "rip"),
		"arm64": set("x0", "x1", "x2", "x3", "w1", "x16", "x17", "w16", "w17", "q31", "xzr", "wzr"),
	}
	fillOnly := map[string]map[string]bool{
		"amd64": set("rax", "eax", "ax", "al", "rcx", "rdi", "r11", "xmm15", "es", "rip"),
		"arm64": set("x0", "x1", "x2", "x3", "w1", "xzr", "wzr"),
	}
	regTok := map[string]*regexp.Regexp{
		"amd64": regexp.MustCompile(`%([a-z0-9]+)`),
		"arm64": regexp.MustCompile(`\b([xwqvdsbh]([0-9]+)|[xw]zr|sp)\b`),
	}
	for _, arch := range []string{"amd64", "arm64"} {
		code, o, err := assembleStubs(arch)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []struct {
			name       string
			start, end int
			ok         map[string]bool
		}{{"memmove", o.memmove, o.memfill, allowed[arch]}, {"memfill", o.memfill, len(code), fillOnly[arch]}} {
			text := disasm(t, arch, code[r.start:r.end])
			for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
				if strings.HasPrefix(line, "??") { // the block's padding
					continue
				}
				for _, m := range regTok[arch].FindAllStringSubmatch(line, -1) {
					if !r.ok[m[1]] {
						t.Errorf("%s %s: %q names %s", arch, r.name, line, m[1])
					}
				}
				if strings.Contains(line, "push") || strings.Contains(line, "pop") || strings.Contains(line, "call") {
					t.Errorf("%s %s: %q uses the stack", arch, r.name, line)
				}
			}
		}
	}
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}
