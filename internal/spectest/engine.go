package spectest

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Engine executes modules for the runner. One engine serves one script:
// registrations do not leak between scripts.
type Engine interface {
	// Instantiate compiles and instantiates a module; its imports resolve
	// against the spectest host module and the registered instances.
	// Errors that implement Trapped are traps (assert_uninstantiable),
	// those that implement Unlinkable are link errors.
	Instantiate(module []byte) (Instance, error)
	// Register makes inst's exports importable under the module name.
	Register(name string, inst Instance)
}

// Instance is an instantiated module.
type Instance interface {
	// Invoke calls an exported function. A trap is an error that
	// implements Trapped.
	Invoke(name string, args []Value) ([]Value, error)
	// Global reads an exported global.
	Global(name string) (Value, error)
}

// Trapped is implemented by trap errors.
type Trapped interface{ TrapReason() string }

// Unlinkable is implemented by link errors.
type Unlinkable interface{ LinkReason() string }

// Value is a WebAssembly value. For references Bits is 0 for null, else a
// handle: an externref made from the suite's number n is n+1. A v128 is
// V128 (its bytes in memory order); Bits is unused for it.
type Value struct {
	Type wasm.ValType
	Bits uint64
	V128 [16]byte
}

func (v Value) String() string {
	switch v.Type {
	case wasm.F32:
		return fmt.Sprintf("f32:%v (0x%08x)", math.Float32frombits(uint32(v.Bits)), uint32(v.Bits))
	case wasm.F64:
		return fmt.Sprintf("f64:%v (0x%016x)", math.Float64frombits(v.Bits), v.Bits)
	case wasm.FuncRef, wasm.ExternRef:
		if v.Bits == 0 {
			return v.Type.String() + ":null"
		}
		return fmt.Sprintf("%v:%d", v.Type, v.Bits-1)
	case wasm.I32:
		return fmt.Sprintf("i32:%d", int32(v.Bits))
	case wasm.V128:
		// As i32x4 words: short, and every lane type can be read off it.
		var sb strings.Builder
		sb.WriteString("v128:i32x4")
		for i := 0; i < 16; i += 4 {
			fmt.Fprintf(&sb, " 0x%08x", binary.LittleEndian.Uint32(v.V128[i:]))
		}
		return sb.String()
	}
	return fmt.Sprintf("%v:%d", v.Type, int64(v.Bits))
}

type jsonValue struct {
	Type     string          `json:"type"`
	Value    json.RawMessage `json:"value"`
	LaneType string          `json:"lane_type"`
}

// typeByName returns the value type the scripts name name: the one
// whose String it is. (A loop, not a map: a map literal is built at every
// start of kiln, which links this package for kiln spectest.)
func typeByName(name string) (wasm.ValType, bool) {
	for _, t := range [...]wasm.ValType{wasm.I32, wasm.I64, wasm.F32, wasm.F64, wasm.V128, wasm.FuncRef, wasm.ExternRef} {
		if t.String() == name {
			return t, true
		}
	}
	return 0, false
}

// expectation is an expected result: a value, or a NaN class, or "any
// non-null reference". A v128 is compared lane by lane, each lane a value
// or (float lanes) a NaN class.
type expectation struct {
	v       Value
	nan     string // "", "nan:canonical", "nan:arithmetic"
	nonNull bool
	lane    int      // v128: lane width in bytes
	laneNaN []string // v128: each lane's NaN class, "" for an exact value
	float   bool     // v128: float lanes (for printing)
}

// laneBytes returns the width of a v128 lane of type t (as typeByName, a
// switch rather than a map built at start-up).
func laneBytes(t string) (int, bool) {
	switch t {
	case "i8":
		return 1, true
	case "i16":
		return 2, true
	case "i32", "f32":
		return 4, true
	case "i64", "f64":
		return 8, true
	}
	return 0, false
}

// parseV128 reads a v128 value: the lanes, each in the encoding of a
// scalar of the lane type.
func parseV128(j jsonValue, e expectation) (expectation, error) {
	w, ok := laneBytes(j.LaneType)
	if !ok {
		return e, fmt.Errorf("bad v128 lane type %q", j.LaneType)
	}
	var lanes []string
	if err := json.Unmarshal(j.Value, &lanes); err != nil || len(lanes) != 16/w {
		return e, fmt.Errorf("bad v128 %s value %s", j.LaneType, j.Value)
	}
	e.lane, e.float = w, j.LaneType[0] == 'f'
	e.laneNaN = make([]string, len(lanes))
	for i, s := range lanes {
		if strings.HasPrefix(s, "nan:") && e.float {
			e.laneNaN[i] = s
			continue
		}
		n, err := strconv.ParseUint(s, 10, 8*w)
		if err != nil {
			// Integer lanes may be written signed.
			m, err2 := strconv.ParseInt(s, 10, 8*w)
			if err2 != nil {
				return e, fmt.Errorf("bad v128 %s lane %q", j.LaneType, s)
			}
			n = uint64(m)
		}
		for k := 0; k < w; k++ {
			e.v.V128[i*w+k] = byte(n >> (8 * k))
		}
	}
	return e, nil
}

func parseValue(j jsonValue) (expectation, error) {
	t, ok := typeByName(j.Type)
	if !ok {
		return expectation{}, fmt.Errorf("unknown value type %q", j.Type)
	}
	e := expectation{v: Value{Type: t}}
	if t == wasm.V128 {
		return parseV128(j, e)
	}
	if len(j.Value) == 0 {
		if !t.IsRef() {
			return e, fmt.Errorf("%s value missing", j.Type)
		}
		e.nonNull = true
		return e, nil
	}
	var s string
	if err := json.Unmarshal(j.Value, &s); err != nil {
		return e, fmt.Errorf("bad %s value %s", j.Type, j.Value)
	}
	switch {
	case t.IsRef() && s == "null":
	case strings.HasPrefix(s, "nan:"):
		e.nan = s
	default:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return e, fmt.Errorf("bad %s value %q", j.Type, s)
		}
		if t.IsRef() {
			n++
		}
		e.v.Bits = n
	}
	return e, nil
}

// matches reports whether got satisfies the expectation.
func (e expectation) matches(got Value) bool {
	if got.Type != e.v.Type {
		return false
	}
	if e.nonNull {
		return got.Bits != 0
	}
	if got.Type == wasm.V128 {
		return e.matchesV128(got)
	}
	if e.nan == "" {
		return got.Bits == e.v.Bits
	}
	return nanMatches(e.nan, got.Type, got.Bits)
}

func (e expectation) matchesV128(got Value) bool {
	for i, nan := range e.laneNaN {
		lane := got.V128[i*e.lane : (i+1)*e.lane]
		if nan == "" {
			if string(lane) != string(e.v.V128[i*e.lane:(i+1)*e.lane]) {
				return false
			}
			continue
		}
		var bits uint64
		for k, b := range lane {
			bits |= uint64(b) << (8 * k)
		}
		t := wasm.F32
		if e.lane == 8 {
			t = wasm.F64
		}
		if !nanMatches(nan, t, bits) {
			return false
		}
	}
	return true
}

// nanMatches reports whether bits, a value of float type t, is a NaN of
// class nan.
func nanMatches(nan string, t wasm.ValType, bits uint64) bool {
	var quiet, payload uint64
	switch t {
	case wasm.F32:
		bits &= 0x7fffffff
		quiet, payload = 0x00400000, 0x007fffff
		if bits&0x7f800000 != 0x7f800000 || bits&payload == 0 {
			return false
		}
	case wasm.F64:
		bits &^= 1 << 63
		quiet, payload = 1<<51, 1<<52-1
		if bits&0x7ff0000000000000 != 0x7ff0000000000000 || bits&payload == 0 {
			return false
		}
	default:
		return false
	}
	if nan == "nan:canonical" {
		return bits&payload == quiet
	}
	return bits&quiet != 0
}

func (e expectation) String() string {
	switch {
	case e.nonNull:
		return e.v.Type.String() + ":non-null"
	case e.nan != "":
		return e.v.Type.String() + ":" + e.nan
	case e.laneNaN != nil:
		return e.v128String()
	}
	return e.v.String()
}

// show prints got as the expectation is printed: a v128 in the expected
// lane type.
func (e expectation) show(got Value) string {
	if got.Type != wasm.V128 || e.laneNaN == nil {
		return got.String()
	}
	g := e
	g.v = got
	g.laneNaN = make([]string, len(e.laneNaN))
	return g.v128String()
}

// v128String prints an expected v128 in its lane type, in hex, NaN classes
// in their lanes.
func (e expectation) v128String() string {
	var sb strings.Builder
	kind := "i"
	if e.float {
		kind = "f"
	}
	fmt.Fprintf(&sb, "v128:%s%dx%d", kind, 8*e.lane, 16/e.lane)
	for i, nan := range e.laneNaN {
		if nan != "" {
			sb.WriteString(" " + nan)
			continue
		}
		var bits uint64
		for k := 0; k < e.lane; k++ {
			bits |= uint64(e.v.V128[i*e.lane+k]) << (8 * k)
		}
		fmt.Fprintf(&sb, " 0x%0*x", 2*e.lane, bits)
	}
	return sb.String()
}

type action struct {
	Type   string      `json:"type"`
	Module string      `json:"module"`
	Field  string      `json:"field"`
	Args   []jsonValue `json:"args"`
}

// execState is a script's execution state.
type execState struct {
	eng     Engine
	current Instance
	named   map[string]Instance
}

func (x *execState) instance(name string) (Instance, error) {
	if name == "" {
		if x.current == nil {
			return nil, errors.New("no current module")
		}
		return x.current, nil
	}
	inst, ok := x.named[name]
	if !ok {
		return nil, fmt.Errorf("no module named %s", name)
	}
	return inst, nil
}

// perform runs an action.
func (x *execState) perform(raw json.RawMessage) ([]Value, error) {
	var a action
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("bad action: %v", err)
	}
	inst, err := x.instance(a.Module)
	if err != nil {
		return nil, err
	}
	switch a.Type {
	case "invoke":
		args := make([]Value, len(a.Args))
		for i, j := range a.Args {
			e, err := parseValue(j)
			if err != nil {
				return nil, err
			}
			args[i] = e.v
		}
		return inst.Invoke(a.Field, args)
	case "get":
		v, err := inst.Global(a.Field)
		if err != nil {
			return nil, err
		}
		return []Value{v}, nil
	}
	return nil, fmt.Errorf("unknown action type %q", a.Type)
}

func trapReason(err error) (string, bool) {
	var t Trapped
	if errors.As(err, &t) {
		return t.TrapReason(), true
	}
	return "", false
}

func linkReason(err error) (string, bool) {
	var l Unlinkable
	if errors.As(err, &l) {
		return l.LinkReason(), true
	}
	return "", false
}

// execute runs a command that needs an engine.
func (s *Script) execute(x *execState, dir string, c command) {
	switch c.Type {
	case "module":
		b, err := readModule(dir, c.Filename)
		if err == nil {
			x.current, err = x.eng.Instantiate(b)
		}
		if err != nil {
			x.current = nil
			s.fail(c, "instantiating %s: %v", c.Filename, err)
			return
		}
		if c.Name != "" {
			x.named[c.Name] = x.current
		}
		s.pass(c)
	case "register":
		inst, err := x.instance(c.Name)
		if err != nil {
			s.fail(c, "%v", err)
			return
		}
		x.eng.Register(c.As, inst)
		s.pass(c)
	case "action":
		if _, err := x.perform(c.Action); err != nil {
			s.fail(c, "%v", err)
			return
		}
		s.pass(c)
	case "assert_return":
		got, err := x.perform(c.Action)
		if err != nil {
			s.fail(c, "%v", err)
			return
		}
		if len(got) != len(c.Expected) {
			s.fail(c, "got %d results %v, want %d", len(got), got, len(c.Expected))
			return
		}
		for i, j := range c.Expected {
			e, err := parseValue(j)
			if err != nil {
				s.fail(c, "%v", err)
				return
			}
			if !e.matches(got[i]) {
				s.fail(c, "result %d: got %v, want %v", i, e.show(got[i]), e)
				return
			}
		}
		s.pass(c)
	case "assert_trap", "assert_exhaustion":
		var err error
		if len(c.Action) > 0 {
			var got []Value
			got, err = x.perform(c.Action)
			if err == nil {
				s.fail(c, "returned %v, want trap %q", got, c.Text)
				return
			}
		} else {
			var b []byte
			if b, err = readModule(dir, c.Filename); err == nil {
				_, err = x.eng.Instantiate(b)
			}
			if err == nil {
				s.fail(c, "instantiated, want trap %q", c.Text)
				return
			}
		}
		s.expectTrap(c, err)
	case "assert_uninstantiable":
		b, err := readModule(dir, c.Filename)
		if err == nil {
			_, err = x.eng.Instantiate(b)
		}
		if err == nil {
			s.fail(c, "instantiated, want trap %q", c.Text)
			return
		}
		s.expectTrap(c, err)
	case "assert_unlinkable":
		b, err := readModule(dir, c.Filename)
		if err == nil {
			_, err = x.eng.Instantiate(b)
		}
		if err == nil {
			s.fail(c, "linked, want %q", c.Text)
			return
		}
		reason, ok := linkReason(err)
		if !ok {
			s.fail(c, "want link error %q, got %v", c.Text, err)
			return
		}
		s.pass(c)
		s.mismatch(c, reason)
	default:
		s.fail(c, "unknown command type")
	}
}

func (s *Script) expectTrap(c command, err error) {
	reason, ok := trapReason(err)
	if !ok {
		s.fail(c, "want trap %q, got %v", c.Text, err)
		return
	}
	// "uninitialized element 2" names the index; a reason without it is
	// the same trap (recorded as a mismatch).
	if !strings.HasPrefix(reason, c.Text) && !strings.HasPrefix(c.Text, reason) {
		s.fail(c, "trapped with %q, want %q", reason, c.Text)
		return
	}
	s.pass(c)
	s.mismatch(c, reason)
}

func (s *Script) mismatch(c command, got string) {
	if !strings.HasPrefix(got, c.Text) {
		s.Mismatches = append(s.Mismatches, Mismatch{Script: s.Name, Line: c.Line, Expected: c.Text, Got: got})
	}
}
