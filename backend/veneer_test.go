package backend

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend/arm64"
	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Veneers are tested with a call range of a few KiB instead of BL's
// 128 MiB (testCallRange), on a module whose functions call each other,
// the thunks, and are called by the shims across the whole blob.

const (
	chainFuncs = 120  // defined functions, 1..chainFuncs
	shortRange = 4096 // the call range the tests give the linker
)

var chainArm64 = Target{Arch: abi.ArchARM64}

// chainModule: function k (1..chainFuncs) of type (i32) -> i32, exported
// as "f<k>", computes chainRef(k, x); x = -1 divides by zero. Imported
// function 0 is env.mix (chainMix).
func chainModule() *wasmgen.Module {
	m := wasmgen.New()
	ii := wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}
	m.Types = []wasm.FuncType{ii}
	m.Imports = []wasmgen.Import{{Module: "env", Name: "mix", Kind: wasm.ExternFunc}}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 2, HasMax: true}
	for k := 1; k <= chainFuncs; k++ {
		c := &wasmgen.Code{}
		c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpI32Eqz).Op(wasm.OpIf).BlockVal(wasm.I32)
		switch k % 3 {
		case 0: // a host call: host thunk, host-exit thunk
			c.I32Const(int32(k)).Op(wasm.OpCall).U32(0)
		case 1: // a builtin: host exit from the function
			c.I32Const(0).Op(wasm.OpMemoryGrow).Byte(0).I32Const(int32(k)).Op(wasm.OpI32Add)
		default:
			c.I32Const(int32(k))
		}
		c.Op(wasm.OpElse)
		c.Op(wasm.OpLocalGet).U32(0).I32Const(0).Op(wasm.OpI32LtS).Op(wasm.OpIf).BlockVal(wasm.I32)
		// k / (x+1): the trap thunk from a stub.
		c.I32Const(int32(k)).Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpI32DivU)
		c.Op(wasm.OpElse)
		c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalSet).U32(1)
		for j := range chainSteps(k) {
			r, x, mul := chainStep(k, j)
			c.Op(wasm.OpLocalGet).U32(1).I32Const(int32(r)).Op(wasm.OpI32Rotl)
			c.I32Const(int32(x)).Op(wasm.OpI32Xor).I32Const(int32(mul)).Op(wasm.OpI32Mul).Op(wasm.OpLocalSet).U32(1)
		}
		c.Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32And).Op(wasm.OpIf).BlockVal(wasm.I32)
		c.Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpCall).U32(uint32(chainOdd(k)))
		c.Op(wasm.OpElse)
		c.Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpCall).U32(uint32(chainEven(k)))
		c.Op(wasm.OpEnd)
		c.I32Const(31).Op(wasm.OpI32Mul).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpI32Add)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32}, Body: c.B})
		m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprintf("f%d", k), Kind: wasm.ExternFunc, Index: uint32(k)})
	}
	return m
}

// The functions differ in size, so that call distances vary.
func chainSteps(k int) int { return 8 + k%13 }

func chainStep(k, j int) (rot, xor, mul uint32) {
	return uint32(k+j) % 31, uint32(k)*0x9E3779B9 ^ uint32(j)*0x85EBCA6B, uint32(k*j)*2 + 0x10001
}

// Callees are spread over the module: most calls are far.
func chainOdd(k int) int  { return (k*37+11)%chainFuncs + 1 }
func chainEven(k int) int { return (k*53+7)%chainFuncs + 1 }

func chainMix(v uint32) uint32 { return v*3 + 1 }

// chainRef is what function k returns for x >= 0.
func chainRef(k int, x int32) int32 {
	if x == 0 {
		switch k % 3 {
		case 0:
			return int32(chainMix(uint32(k)))
		case 1:
			return 1 + int32(k) // memory.grow 0 returns 1 page
		}
		return int32(k)
	}
	y := uint32(x)
	for j := range chainSteps(k) {
		r, xr, mul := chainStep(k, j)
		y = (bits.RotateLeft32(y, int(r)) ^ xr) * mul
	}
	next := chainEven(k)
	if x&1 != 0 {
		next = chainOdd(k)
	}
	return chainRef(next, x-1)*31 + int32(y)
}

// decodeModule decodes and validates b.
func decodeModule(t testing.TB, b []byte) *wasm.Module {
	t.Helper()
	m, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(m); err != nil {
		t.Fatal(err)
	}
	return m
}

// compileRange compiles m for tg with the linker's call range shortened
// to reach (0: the ISA's own).
func compileRange(t testing.TB, m *wasm.Module, tg Target, reach int64, workers int) (*mach.Compiled, error) {
	t.Helper()
	testCallRange = reach
	defer func() { testCallRange = 0 }()
	return Compile(context.Background(), m, Options{Target: tg, Workers: workers})
}

// instantiate loads c and instantiates it with env.mix bound to chainMix
// (a module that imports nothing ignores it); both close when t ends.
func instantiate(t testing.TB, m *wasm.Module, c *mach.Compiled) *instance.Instance {
	t.Helper()
	mod, err := instance.Load(m, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mod.Close() })
	mix := &instance.Func{Type: wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		Host: &instance.HostFunc{Fn: func(_ context.Context, _ *instance.Instance, s []uint64) error {
			s[0] = uint64(chainMix(uint32(s[0])))
			return nil
		}}}
	mix.Host.Type = mix.Type
	inst, err := instance.Instantiate(context.Background(), mod, func(module, name string) (instance.Extern, bool) {
		if module == "env" && name == "mix" {
			return instance.Extern{Kind: wasm.ExternFunc, Func: mix}, true
		}
		return instance.Extern{}, false
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Close() })
	return inst
}

// runChain calls functions near and far from the shims, thunks and each
// other, and checks results and traps.
func runChain(t *testing.T, m *wasm.Module, c *mach.Compiled) {
	inst := instantiate(t, m, c)
	ctx := context.Background()
	for _, k := range []int{1, 2, 3, 4, chainFuncs / 2, chainFuncs - 1, chainFuncs} {
		f := inst.Exports()[fmt.Sprintf("f%d", k)].Func
		for _, x := range []int32{0, 1, 2, 7, 60} {
			s := []uint64{uint64(uint32(x))}
			if err := f.Call(ctx, s); err != nil {
				t.Fatalf("f%d(%d): %v", k, x, err)
			}
			if got, want := int32(s[0]), chainRef(k, x); got != want {
				t.Errorf("f%d(%d) = %d, want %d", k, x, got, want)
			}
		}
		err := f.Call(ctx, []uint64{uint64(0xffffffff)})
		var tr *trap.Trap
		if !errors.As(err, &tr) || tr.Code != trap.CodeIntegerDivideByZero || tr.Func != int32(k) {
			t.Errorf("f%d(-1): got %v, want integer divide by zero in function %d", k, err, k)
		}
	}
}

// Calls out of the (shortened) range go through veneers: every BL reaches
// its target, directly or through a veneer that leads to it; nothing else
// in the code or the metadata changes but the layout; the code runs on
// arm64 (natively or under qemu).
func TestVeneers(t *testing.T) {
	start := time.Now()
	m := decodeModule(t, chainModule().Encode())
	near, err := compileRange(t, m, chainArm64, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range near.Funcs {
		if f.End-f.Start > shortRange/2 {
			t.Fatalf("function %d has %d bytes: too large for the test's call range", f.Index, f.End-f.Start)
		}
	}
	far, err := compileRange(t, m, chainArm64, shortRange, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := countVeneers(t, near, near, 1<<27); v != 0 {
		t.Errorf("%d veneers in a module within BL range", v)
	}
	v, n := countVeneers(t, near, far, shortRange)
	t.Logf("%d bytes of code, %d without veneers; %d calls through %d veneers", len(far.Code), len(near.Code), n, v)
	if n < chainFuncs {
		t.Errorf("only %d calls through veneers", n)
	}
	// The link writes the code in as many parts as there are workers.
	for _, w := range []int{1, 3, 7} {
		again, err := compileRange(t, m, chainArm64, shortRange, w)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(again, far) {
			t.Errorf("the result with veneers depends on the number of workers (%d)", w)
		}
	}
	t.Logf("compiled and checked in %v", time.Since(start))
	switch abi.HostArch() {
	case abi.ArchARM64:
		runChain(t, m, near)
		runChain(t, m, far)
	case abi.ArchAMD64:
		// amd64 has no veneers (rel32 reaches ±2 GiB): run its code for
		// the module's semantics; the veneers run in the arm64 test run.
		c, err := compileRange(t, m, Target{}, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		runChain(t, m, c)
		t.Log("arm64 code not run on this host: GOARCH=arm64 go test -exec qemu-aarch64-static runs it")
	}
}

// amd64 refuses calls out of its range with a clear error rather than
// emitting veneers.
func TestVeneersAMD64Refused(t *testing.T) {
	m := decodeModule(t, chainModule().Encode())
	_, err := compileRange(t, m, Target{Arch: abi.ArchAMD64}, shortRange, 0)
	if err == nil || !strings.Contains(err.Error(), "code too large") {
		t.Fatalf("got %v, want a code too large error", err)
	}
}

// entities names the code every call may target, by offset: thunks,
// functions, shims, host thunks.
func entities(c *mach.Compiled) map[uint32]string {
	names := map[uint32]string{}
	lk := arm64.ISA{}.NewLinker(0)
	for _, r := range c.Relocs {
		if r.Kind == abi.RelocStubAbs64 {
			for th, stub := range abi.ThunkStub {
				if int64(stub) == r.Addend {
					_, addrOff := lk.Thunk(th)
					names[r.Offset-addrOff] = fmt.Sprintf("thunk %d", th)
				}
			}
		}
	}
	for _, f := range c.Funcs {
		names[f.Start] = fmt.Sprintf("func %d", f.Index)
	}
	for fi, s := range c.Shims {
		names[s] = fmt.Sprintf("shim %d", fi)
	}
	for i, h := range c.HostThunks {
		names[h] = fmt.Sprintf("host thunk %d", i)
	}
	return names
}

// blCall is a BL: its offset from the start of its entity and what it
// calls.
type blCall struct {
	off    uint32
	callee string
}

// veneerTarget decodes the veneer "adrp x16; add x16, x16, #lo12; br x16"
// at off.
func veneerTarget(code []byte, off uint32) (uint32, bool) {
	if off%4 != 0 || int(off)+12 > len(code) {
		return 0, false
	}
	w := func(i uint32) uint32 { return binary.LittleEndian.Uint32(code[off+4*i:]) }
	page, ok := a64.Target(w(0), uint64(off))
	if !ok || w(0)&0x9F00001F != 0x90000010 {
		return 0, false
	}
	if w(1)&^(0xfff<<10) != a64.AddImm(true, 16, 16, 0, false) || w(2) != a64.Br(16) {
		return 0, false
	}
	return uint32(page) + w(1)>>10&0xfff, true
}

// blCalls lists the BLs of every entity of c, checking that each is
// within reach and lands on an entity or on a veneer to one; it returns
// them by entity, with the veneers and how many calls go through them.
func blCalls(t *testing.T, c *mach.Compiled, reach int64) (map[string][]blCall, map[uint32]bool, int) {
	t.Helper()
	names := entities(c)
	var starts []uint32
	for off := range names {
		starts = append(starts, off)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })
	inData := func(pc uint32) bool {
		for _, d := range c.Data {
			if pc >= d.Start && pc < d.End {
				return true
			}
		}
		return false
	}
	// Veneers lie outside the functions.
	inFunc := func(pc uint32) bool {
		for _, f := range c.Funcs {
			if pc >= f.Start && pc < f.End {
				return true
			}
		}
		return false
	}
	out := map[string][]blCall{}
	veneers := map[uint32]bool{}
	veneered := 0
	for i, s := range starts {
		end := uint32(len(c.Code))
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		for pc := s; pc+4 <= end; pc += 4 {
			w := binary.LittleEndian.Uint32(c.Code[pc:])
			if w&0xFC000000 != 0x94000000 || inData(pc) {
				continue
			}
			off, _ := a64.BranchOffset(w)
			if off > reach || -off > reach {
				t.Errorf("%s+%#x: BL of %#x bytes, beyond %#x", names[s], pc-s, off, reach)
			}
			dst := uint32(int64(pc) + off)
			callee, ok := names[dst]
			if !ok {
				v, isVeneer := veneerTarget(c.Code, dst)
				callee, ok = names[v]
				if !isVeneer || !ok || inFunc(dst) {
					t.Errorf("%s+%#x: BL to %#x, which is neither code that may be called nor a veneer to it", names[s], pc-s, dst)
					continue
				}
				veneers[dst] = true
				veneered++
			}
			out[names[s]] = append(out[names[s]], blCall{pc - s, callee})
		}
	}
	return out, veneers, veneered
}

// countVeneers checks c against ref, the same module linked without
// veneers: the same entities with the same calls at the same offsets,
// function code equal but for the BLs' offsets, the same trap sites,
// data ranges and relocations relative to the functions. It returns the
// number of veneers and of calls that go through them.
func countVeneers(t *testing.T, ref, c *mach.Compiled, reach int64) (veneers, calls int) {
	t.Helper()
	want, _, _ := blCalls(t, ref, 1<<27)
	got, vs, n := blCalls(t, c, reach)
	if len(got) != len(want) {
		t.Errorf("%d entities make calls, want %d", len(got), len(want))
	}
	for name, w := range want {
		if !slices.Equal(got[name], w) {
			t.Errorf("%s: calls %v, want %v", name, got[name], w)
		}
	}
	if len(c.Funcs) != len(ref.Funcs) {
		t.Fatalf("%d functions, want %d", len(c.Funcs), len(ref.Funcs))
	}
	var traps, data, relocs [2][]string
	var sites [2][]mach.TrapSite
	for k, cc := range []*mach.Compiled{ref, c} {
		sites[k] = cc.TrapSites()
		for i, f := range cc.Funcs {
			for _, tr := range sites[k] {
				if tr.Start >= f.Start && tr.Start < f.End {
					traps[k] = append(traps[k], fmt.Sprintf("%d %#x-%#x %v %d %d", i, tr.Start-f.Start, tr.End-f.Start, tr.Code, tr.Func, tr.Pos))
				}
			}
			for _, d := range cc.Data {
				if d.Start >= f.Start && d.Start < f.End {
					data[k] = append(data[k], fmt.Sprintf("%d %#x-%#x", i, d.Start-f.Start, d.End-f.Start))
				}
			}
			for _, r := range cc.Relocs {
				if r.Offset >= f.Start && r.Offset < f.End {
					relocs[k] = append(relocs[k], fmt.Sprintf("%d %#x %d %d", i, r.Offset-f.Start, r.Kind, r.Addend-int64(f.Start)))
				}
			}
		}
		sort.Strings(traps[k])
	}
	if len(sites[0]) != len(sites[1]) || !slices.Equal(traps[0], traps[1]) {
		t.Error("trap sites differ")
	}
	if !slices.Equal(data[0], data[1]) || !slices.Equal(relocs[0], relocs[1]) {
		t.Error("data ranges or relocations differ")
	}
	for i, f := range c.Funcs {
		g := ref.Funcs[i]
		a, b := c.Code[f.Start:f.End], ref.Code[g.Start:g.End]
		if f.Index != g.Index || len(a) != len(b) {
			t.Fatalf("function %d: %d bytes, want %d", f.Index, len(a), len(b))
		}
		for pc := 0; pc+4 <= len(a); pc += 4 {
			x, y := binary.LittleEndian.Uint32(a[pc:]), binary.LittleEndian.Uint32(b[pc:])
			if x != y && !(x&0xFC000000 == 0x94000000 && x&0xFC000000 == y&0xFC000000) {
				t.Fatalf("function %d+%#x: %08x, want %08x", f.Index, pc, x, y)
			}
		}
	}
	return len(vs), n
}

// fakeLinker has the call range and veneer size of arm64 for plan.
type fakeLinker struct{ mach.Linker }

func (fakeLinker) Veneer(at, target uint32) ([]byte, error) { return make([]byte, 12), nil }

// plan, on random layouts with calls everywhere (items larger than the
// range included): every call reaches its target or a veneer to it that
// lies in an island, and a layout without far calls gets no veneers.
func TestPlanVeneers(t *testing.T) {
	const reach = 4096
	rng := rand.New(rand.NewSource(1))
	behind := 0 // calls through a veneer before their item
	for round := range 200 {
		n := 1 + rng.Intn(60)
		sizes := make([]int64, n)
		for i := range sizes {
			sizes[i] = 4 * (1 + rng.Int63n(int64(1+rng.Intn(3))*700))
		}
		var cs []call
		for i := range sizes {
			for range rng.Intn(6) {
				// Near the ends of items larger than the range: the
				// islands before and after reach them.
				off := 4 * rng.Int63n(sizes[i]/4)
				if sizes[i] > reach-64 {
					off = min(off%1024, sizes[i]-4)
					if rng.Intn(2) == 0 {
						off = sizes[i] - 4 - off
					}
				}
				cs = append(cs, call{from: i, off: uint32(off), to: rng.Intn(n)})
			}
		}
		l, dst, err := plan(fakeLinker{}, sizes, cs, reach)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		veneerAt := map[int64]int{}
		for i, island := range l.islands {
			for k, to := range island {
				veneerAt[l.isl[i]+int64(k)*l.slot] = to
			}
			if i < n && len(island) > 0 && l.isl[i]+int64(len(island))*l.slot > l.items[i] {
				t.Fatalf("round %d: island %d overlaps item %d", round, i, i)
			}
		}
		far := 0
		for k, c := range cs {
			site := l.items[c.from] + int64(c.off)
			if abs(dst[k]-site) > reach {
				t.Fatalf("round %d: call %d from %#x to %#x is out of reach", round, k, site, dst[k])
			}
			if dst[k] != l.items[c.to] {
				if to, ok := veneerAt[dst[k]]; !ok || to != c.to {
					t.Fatalf("round %d: call %d goes to %#x, neither its target nor a veneer to it", round, k, dst[k])
				}
				if dst[k] < l.items[c.from] {
					behind++
				}
			}
			if abs(l.items[c.to]-site) > reach {
				far++
			}
		}
		if far == 0 && len(veneerAt) != 0 {
			t.Fatalf("round %d: %d veneers but no far call", round, len(veneerAt))
		}
	}
	if behind == 0 {
		t.Error("no call went through an island before its item")
	}
}
