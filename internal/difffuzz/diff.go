package difffuzz

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Options configure a differential run of one module.
type Options struct {
	// Timeout bounds each native call (default 10 s): a call still running
	// then is interrupted. Generous: the interpreter's fuel ends every
	// generated loop long before, so it only catches a native hang, and
	// a deep recursion to stack exhaustion under qemu on a loaded machine
	// took more than 1 s.
	Timeout time.Duration
	// InterpFuel bounds each interpreter call (default 20,000,000 units,
	// see interp.Store.Fuel).
	InterpFuel int64
	// Exact compares exported float globals and the float arguments of
	// host calls bit for bit: the generator's modules never let a
	// nondeterministic NaN reach them (see gen.sink). Otherwise any NaN
	// equals any NaN there. Float results are always compared that way,
	// and memory always bit for bit.
	Exact bool
	// Verify runs the IR verifier after every compiler pass.
	Verify bool
	// OptNone compiles the native code without the optimization passes.
	OptNone bool
	// InterpOptimize runs the optimization passes on the interpreter's IR
	// too (by default it interprets the IR as translated).
	InterpOptimize bool
	// Target is what the native code is compiled for (the zero value:
	// this machine), so that code for CPUs without some of this one's
	// features, which selects other instructions, is tested too.
	Target backend.Target
}

func (o Options) backend() backend.Options {
	b := backend.Options{Workers: 1, Verify: o.Verify, Target: o.Target}
	if o.OptNone {
		b.OptLevel = backend.OptNone
	}
	return b
}

// Status classifies a run.
type Status int

// Statuses of a run.
const (
	// OK: the engines agreed on everything compared.
	OK Status = iota
	// Diverged: they disagreed (Result.Detail says how).
	Diverged
	// Invalid: the module does not decode or validate. For a generated
	// module that is a generator bug.
	Invalid
	// Skipped: the module cannot be compared (unsupported imports, an
	// interpreter running out of fuel, a native call timing out with the
	// interpreter out of fuel too); Detail says why.
	Skipped
)

func (s Status) String() string {
	return [...]string{"ok", "DIVERGENCE", "invalid module", "skipped"}[s]
}

// Result is the outcome of a differential run.
type Result struct {
	Status Status
	Detail string // the divergence, or why the module was invalid or skipped
	// Calls made (each on both engines), calls that trapped on both,
	// calls after which a stack exhaustion forced a re-instantiation, and
	// those where only one engine's stack ran out (allowed: the limits
	// are the engines' own).
	Calls, Traps, StackExhausted, StackOneSided int
	// StackNote describes the first one-sided stack exhaustion.
	StackNote string
	// SIMDFuncs counts the module's functions using SIMD (a v128 in the
	// signature or locals, or a vector instruction); V128Calls the calls
	// made with a v128 among the arguments or results.
	SIMDFuncs, V128Calls int
	// TrapReasons counts the traps by reason.
	TrapReasons map[string]int
}

// Check runs module b on both engines and compares them: the
// instantiation, then every exported function called with a few argument
// vectors, comparing results or trap reasons, host calls, linear memory
// and exported globals after each call.
func Check(b []byte, o Options) Result { return check(b, o, nil) }

// check is Check with the interpreter's engine wrapped (for tests).
func check(b []byte, o Options, wrap func(engine) engine) Result {
	if o.Timeout == 0 {
		o.Timeout = 10 * time.Second
	}
	if o.InterpFuel == 0 {
		o.InterpFuel = 20_000_000
	}
	m, err := wasm.Decode(b)
	if err != nil {
		return Result{Status: Invalid, Detail: "decode: " + err.Error()}
	}
	if err := validate.Module(m); err != nil {
		return Result{Status: Invalid, Detail: "validate: " + err.Error()}
	}
	if err := checkImports(m); err != nil {
		return Result{Status: Skipped, Detail: err.Error()}
	}
	for _, mt := range m.Memories {
		if mt.Limits.Min > maxMemoryPages {
			return Result{Status: Skipped, Detail: "memory larger than the limit"}
		}
	}
	for _, t := range m.Tables {
		if t.Limits.Min > maxTableElements {
			return Result{Status: Skipped, Detail: "table larger than the limit"}
		}
	}
	simd := simdFuncs(m)
	nat, err := newNative(m, o.Timeout, o.backend())
	if err != nil {
		return Result{Status: Diverged, Detail: err.Error(), SIMDFuncs: simd}
	}
	defer nat.close()
	var in engine = newInterp(b, m, o.InterpFuel, o.InterpOptimize)
	if wrap != nil {
		in = wrap(in)
	}
	d := &differ{m: m, nat: nat, in: in, exact: o.Exact}
	h := fnv.New64a()
	h.Write(b)
	d.r = rand.New(rand.NewPCG(h.Sum64(), 1))
	d.res.SIMDFuncs = simd
	d.run()
	return d.res
}

// simdFuncs counts the functions of m using SIMD: a v128 parameter,
// result or local, or an instruction with the 0xFD prefix.
func simdFuncs(m *wasm.Module) int {
	n := 0
	for i, c := range m.Codes {
		ft := m.Types[m.FuncTypes[int(m.NumImportedFuncs)+i]]
		uses := slices.Contains(ft.Params, wasm.V128) || slices.Contains(ft.Results, wasm.V128)
		for _, l := range c.Locals {
			uses = uses || l.Type == wasm.V128
		}
		r := wasm.NewInstrReader(c.Body, 0)
		var in wasm.Instr
		for !uses && r.More() {
			if r.Next(&in) != nil {
				break
			}
			uses = in.Op>>8 == 0xFD
		}
		if uses {
			n++
		}
	}
	return n
}

type differ struct {
	m     *wasm.Module
	nat   engine
	in    engine
	exact bool
	r     *rand.Rand
	res   Result
	// names of exported globals and their types; the fuel global; the
	// binaryen hang limit initializer.
	globals   []wasm.Export
	fuel      string
	hangInit  string
	afterWhat string
}

func (d *differ) diverge(format string, args ...any) {
	d.res.Status = Diverged
	d.res.Detail = fmt.Sprintf(format, args...)
}

func (d *differ) skip(format string, args ...any) {
	d.res.Status = Skipped
	d.res.Detail = fmt.Sprintf(format, args...)
}

func (d *differ) instantiate() bool {
	n, i := d.nat.instantiate(), d.in.instantiate()
	d.afterWhat = "instantiation"
	if !d.same(n, i, nil) {
		return false
	}
	if n.trap != "" || n.err != nil {
		return false // both failed alike: nothing more to run
	}
	return d.compareState()
}

func (d *differ) run() {
	for _, e := range d.m.Exports {
		switch {
		case e.Kind == wasm.ExternGlobal && e.Name == FuelExport:
			d.fuel = e.Name
		case e.Kind == wasm.ExternGlobal:
			d.globals = append(d.globals, e)
		case e.Kind == wasm.ExternFunc && e.Name == "hangLimitInitializer":
			d.hangInit = e.Name
		}
	}
	if !d.instantiate() {
		return
	}
	for _, e := range d.m.Exports {
		if e.Kind != wasm.ExternFunc || e.Name == d.hangInit {
			continue
		}
		ft := d.m.Types[d.m.FuncTypes[e.Index]]
		for _, args := range d.argVectors(ft.Params) {
			if !d.callBoth(e.Name, ft, args) {
				return
			}
		}
	}
}

// argVectors returns the arguments to call a function with, in slots:
// zeros, ones, minus ones, boundary values, random values. A v128 gets
// two halves, each drawn as an i64 or an f64 would be.
func (d *differ) argVectors(params []wasm.ValType) [][]uint64 {
	if len(params) == 0 {
		return [][]uint64{nil, nil}
	}
	var out [][]uint64
	vec := func(f func(wasm.ValType) uint64) {
		v := make([]uint64, 0, wasm.Slots(params))
		for _, t := range params {
			switch {
			case t == wasm.V128:
				for range 2 {
					if d.r.IntN(2) == 0 {
						v = append(v, f(wasm.I64))
					} else {
						v = append(v, f(wasm.F64))
					}
				}
			case t.IsNum():
				v = append(v, f(t))
			default:
				v = append(v, 0)
			}
		}
		out = append(out, v)
	}
	// References are passed null (the engines' handles differ).
	vec(func(wasm.ValType) uint64 { return 0 })
	vec(func(t wasm.ValType) uint64 {
		switch t {
		case wasm.F32:
			return uint64(math.Float32bits(1))
		case wasm.F64:
			return math.Float64bits(1)
		}
		return 1
	})
	vec(func(t wasm.ValType) uint64 {
		switch t {
		case wasm.I32:
			return math.MaxUint32
		case wasm.F32:
			return uint64(math.Float32bits(-1))
		case wasm.F64:
			return math.Float64bits(-1)
		}
		return math.MaxUint64
	})
	vec(func(t wasm.ValType) uint64 {
		switch t {
		case wasm.I32:
			return []uint64{0x80000000, 0x7fffffff, 0xffff, 0x10000}[d.r.IntN(4)]
		case wasm.I64:
			return []uint64{1 << 63, 1<<63 - 1, 0xffffffff, 0x100000000}[d.r.IntN(4)]
		case wasm.F32:
			return uint64([]uint32{0x7fc00000, 0x7f800000, 0xff800000, 0x80000000, 0x7fa00001, 0x4f000000}[d.r.IntN(6)])
		}
		return []uint64{0x7ff8000000000000, 0x7ff0000000000000, 0xfff0000000000000, 1 << 63, 0x7ff4000000000001, 0x43e0000000000000}[d.r.IntN(6)]
	})
	vec(func(t wasm.ValType) uint64 { return interesting(d.r, t) })
	vec(func(t wasm.ValType) uint64 {
		if t == wasm.I32 || t == wasm.I64 {
			return uint64(d.r.IntN(20))
		}
		return interesting(d.r, t)
	})
	return out
}

func describeArgs(name string, params []wasm.ValType, args []uint64) string {
	return name + "(" + strings.Join(valueList(params, args), ", ") + ")"
}

// valueList formats values of types ts given in slots.
func valueList(ts []wasm.ValType, slots []uint64) []string {
	var s []string
	k := 0
	for _, t := range ts {
		n := 1
		if t == wasm.V128 {
			n = 2
		}
		if k+n > len(slots) {
			s = append(s, fmt.Sprintf("%v:missing", t))
			break
		}
		s = append(s, value(t, slots[k:k+n]...))
		k += n
	}
	return s
}

// value formats a value from its slots (two for a v128: its 32-bit lanes
// are printed, lane 0 first).
func value(t wasm.ValType, slots ...uint64) string {
	bits := slots[0]
	switch t {
	case wasm.V128:
		lo, hi := slots[0], slots[1]
		return fmt.Sprintf("v128:i32x4(0x%08x 0x%08x 0x%08x 0x%08x)", uint32(lo), uint32(lo>>32), uint32(hi), uint32(hi>>32))
	case wasm.I32:
		return fmt.Sprintf("i32:%d", int32(bits))
	case wasm.I64:
		return fmt.Sprintf("i64:%d", int64(bits))
	case wasm.F32:
		return fmt.Sprintf("f32:%v(0x%08x)", math.Float32frombits(uint32(bits)), uint32(bits))
	case wasm.F64:
		return fmt.Sprintf("f64:%v(0x%016x)", math.Float64frombits(bits), bits)
	}
	return fmt.Sprintf("%v:%#x", t, bits)
}

func values(ts []wasm.ValType, slots []uint64) string {
	return "[" + strings.Join(valueList(ts, slots), " ") + "]"
}

// sameValues compares values of types ts given in slots (see sameValue
// and sameV128).
func sameValues(ts []wasm.ValType, a, b []uint64, nanEq bool) bool {
	if len(a) != len(b) || len(a) != wasm.Slots(ts) {
		return false
	}
	k := 0
	for _, t := range ts {
		if t == wasm.V128 {
			if !sameV128(a[k], a[k+1], b[k], b[k+1], nanEq) {
				return false
			}
			k += 2
			continue
		}
		if !sameValue(t, a[k], b[k], nanEq) {
			return false
		}
		k++
	}
	return true
}

// sameV128 compares two v128 values (low and high halves). Bit for bit
// unless nanEq; then, since the lanes' shape is not known at the
// boundary, each 64-bit half must be equal, or both halves f64 NaNs, or
// each of its 32-bit words equal or both f32 NaNs: a NaN lane of f32x4
// or f64x2 arithmetic whose sign and payload the engines chose
// differently then compares equal. The blind spot: lanes of another
// shape (integers, or an f32 lane inside an f64 NaN half) that differ
// but happen to look like NaNs on both engines, e.g. i32 lanes
// 0x7fc00000 and 0xffc00001, pass too. Modules compared so (binaryen's)
// are run through --denan, which keeps most NaNs out.
func sameV128(alo, ahi, blo, bhi uint64, nanEq bool) bool {
	if !nanEq {
		return alo == blo && ahi == bhi
	}
	half := func(a, b uint64) bool {
		if a == b || sameValue(wasm.F64, a, b, true) {
			return true
		}
		for _, sh := range []uint{0, 32} {
			if !sameValue(wasm.F32, uint64(uint32(a>>sh)), uint64(uint32(b>>sh)), true) {
				return false
			}
		}
		return true
	}
	return half(alo, blo) && half(ahi, bhi)
}

// sameValue compares two values of type t; with nanEq, any NaN equals
// any NaN. References are compared as null or not (the engines' handles
// differ).
func sameValue(t wasm.ValType, a, b uint64, nanEq bool) bool {
	if a == b {
		return true
	}
	if t.IsRef() {
		return (a == 0) == (b == 0)
	}
	if !nanEq {
		return false
	}
	switch t {
	case wasm.F32:
		x, y := math.Float32frombits(uint32(a)), math.Float32frombits(uint32(b))
		return x != x && y != y
	case wasm.F64:
		x, y := math.Float64frombits(a), math.Float64frombits(b)
		return x != x && y != y
	}
	return false
}

func describe(o outcome, results []wasm.ValType) string {
	switch {
	case o.err != nil:
		return "error: " + o.err.Error()
	case o.trap != "":
		return "trap " + fmt.Sprintf("%q", o.trap)
	}
	if results == nil {
		return "ok"
	}
	return "returned " + values(results, o.results)
}

// same compares two outcomes (results is nil for an instantiation).
func (d *differ) same(n, i outcome, results []wasm.ValType) bool {
	if n.err != nil || i.err != nil || n.trap != i.trap {
		d.diverge("%s: native %s, interpreter %s", d.afterWhat, describe(n, results), describe(i, results))
		return false
	}
	if n.trap != "" {
		return true
	}
	if !sameValues(results, n.results, i.results, true) {
		d.diverge("%s: native %s, interpreter %s", d.afterWhat, describe(n, results), describe(i, results))
		return false
	}
	return true
}

// compareState compares host calls, memory and exported globals.
func (d *differ) compareState() bool {
	nl, il := d.nat.takeLog(), d.in.takeLog()
	for k := 0; k < len(nl) || k < len(il); k++ {
		if k >= len(nl) || k >= len(il) {
			d.diverge("after %s: native made %d host calls, interpreter %d", d.afterWhat, len(nl), len(il))
			return false
		}
		a, b := nl[k], il[k]
		if a.name != b.name || !sameValues(a.types, a.args, b.args, !d.exact) {
			d.diverge("after %s: host call %d: native %s%s, interpreter %s%s", d.afterWhat, k,
				a.name, values(a.types, a.args), b.name, values(b.types, b.args))
			return false
		}
	}
	nm, im := d.nat.memory(), d.in.memory()
	if len(nm) != len(im) {
		d.diverge("after %s: memory size: native %d pages, interpreter %d pages", d.afterWhat, len(nm)/65536, len(im)/65536)
		return false
	}
	if !bytes.Equal(nm, im) {
		first, count := -1, 0
		for k := range nm {
			if nm[k] != im[k] {
				if first < 0 {
					first = k
				}
				count++
			}
		}
		end := min(first+8, len(nm))
		d.diverge("after %s: memory differs in %d bytes, first at %#x: native % x, interpreter % x",
			d.afterWhat, count, first, nm[first:end], im[first:end])
		return false
	}
	for _, e := range d.globals {
		t := globalType(d.m, e.Index).Type
		if t.IsRef() {
			continue
		}
		ts := []wasm.ValType{t}
		a, b := d.nat.global(e.Name), d.in.global(e.Name)
		if !sameValues(ts, a, b, !d.exact) {
			d.diverge("after %s: global %s: native %s, interpreter %s", d.afterWhat, e.Name, values(ts, a), values(ts, b))
			return false
		}
	}
	return true
}

// callBoth calls an export on both engines and compares; false ends the
// module's run.
func (d *differ) callBoth(name string, ft wasm.FuncType, args []uint64) bool {
	switch {
	case d.fuel != "":
		d.nat.setGlobal(d.fuel, Fuel)
		d.in.setGlobal(d.fuel, Fuel)
	case d.hangInit != "":
		d.afterWhat = d.hangInit + "()"
		n, i := d.nat.call(d.hangInit, nil), d.in.call(d.hangInit, nil)
		if !d.same(n, i, nil) || !d.compareState() {
			return false
		}
	}
	d.afterWhat = describeArgs(name, ft.Params, args)
	n, i := d.nat.call(name, args), d.in.call(name, args)
	d.res.Calls++
	if slices.Contains(ft.Params, wasm.V128) || slices.Contains(ft.Results, wasm.V128) {
		d.res.V128Calls++
	}
	switch {
	case i.timeout && (n.timeout || n.err == nil):
		// The oracle gave up: nothing to compare from here on.
		d.skip("%s: interpreter out of fuel (native %s)", d.afterWhat, describe(n, ft.Results))
		return false
	case n.timeout:
		d.diverge("%s: native call still running after the deadline, interpreter %s", d.afterWhat, describe(i, ft.Results))
		return false
	case n.trap == "call stack exhausted" || i.trap == "call stack exhausted":
		// The depth at which the stack runs out is the engines' own: the
		// state left behind differs. Start over with fresh instances.
		d.res.StackExhausted++
		if n.err != nil || i.err != nil {
			d.same(n, i, ft.Results) // an engine failure is one
			return false
		}
		if n.trap != i.trap {
			d.res.StackOneSided++
			if d.res.StackNote == "" {
				d.res.StackNote = fmt.Sprintf("%s: native %s, interpreter %s", d.afterWhat, describe(n, ft.Results), describe(i, ft.Results))
			}
		}
		d.nat.takeLog()
		d.in.takeLog()
		return d.instantiate()
	}
	if !d.same(n, i, ft.Results) {
		return false
	}
	if n.trap != "" {
		d.res.Traps++
		if d.res.TrapReasons == nil {
			d.res.TrapReasons = map[string]int{}
		}
		d.res.TrapReasons[n.trap]++
	}
	return d.compareState()
}

func globalType(m *wasm.Module, idx uint32) wasm.GlobalType {
	for _, imp := range m.Imports {
		if imp.Kind == wasm.ExternGlobal {
			if idx == 0 {
				return imp.Global
			}
			idx--
		}
	}
	return m.Globals[idx].Type
}
