package validate_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// uleb encodes v as unsigned LEB128.
func uleb(v uint32) string {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return string(append(b, c))
	}
}

func sect(id byte, content string) string {
	return string([]byte{id}) + uleb(uint32(len(content))) + content
}

// moduleOf builds a module whose functions all have type () -> i32 and the
// given bodies (instructions only, without locals).
func moduleOf(bodies ...string) []byte {
	funcs := uleb(uint32(len(bodies)))
	code := uleb(uint32(len(bodies)))
	for _, b := range bodies {
		funcs += "\x00"
		entry := "\x00" + b
		code += uleb(uint32(len(entry))) + entry
	}
	return []byte("\x00asm\x01\x00\x00\x00" +
		sect(1, "\x01\x60\x00\x01\x7f") +
		sect(3, funcs) +
		sect(5, "\x01\x00\x01") +
		sect(10, code))
}

func validateErr(t *testing.T, mod []byte) *wasm.Error {
	t.Helper()
	_, err := decodeValidate(mod)
	var e *wasm.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v, want a *wasm.Error", err)
	}
	return e
}

func TestFunctionErrorsLocateTheInstruction(t *testing.T) {
	good := "\x41\x01\x0b"            // i32.const 1
	bad := "\x41\x01\x42\x02\x6a\x0b" // i32.const 1; i64.const 2; i32.add
	mod := moduleOf(good, good, bad)
	e := validateErr(t, mod)
	if e.Kind != wasm.Invalid || e.Reason != "type mismatch" || e.Func != 2 || e.InstrOffset != 4 {
		t.Fatalf("got %+v", e)
	}
	// The module offset points at the i32.add byte.
	if mod[e.Offset] != 0x6a {
		t.Errorf("offset 0x%x holds 0x%x", e.Offset, mod[e.Offset])
	}
	if !strings.Contains(e.Error(), "function 2") {
		t.Errorf("message %q does not name the function", e.Error())
	}
}

func TestValidationReasons(t *testing.T) {
	cases := []struct {
		body, reason string
	}{
		{"\x0c\x01\x0b", "unknown label"},                                         // br 1
		{"\x20\x00\x0b", "unknown local"},                                         // local.get 0
		{"\x23\x00\x0b", "unknown global"},                                        // global.get 0
		{"\x41\x00\x28\x03\x00\x0b", "alignment must not be larger than natural"}, // i32.load align=3
		{"\x10\x09\x0b", "unknown function"},                                      // call 9
		{"\x00\x6a\x0b", ""},                                                      // unreachable; i32.add: valid
		{"\x41\x00\x41\x00\x1c\x02\x7f\x7f\x0b", "invalid result arity"},          // select (result i32 i32)
		{"\xd0\x70\xd0\x70\x41\x01\x1b\x0b", "type mismatch"},                     // select on funcref
		{"\xfd\x0c" + strings.Repeat("\x00", 16) + "\xfd\x15\x10\x0b", "invalid lane index"},
		{"\x41\x00\x02\x7f\x0b\x0b", "type mismatch"}, // block (result i32) with nothing in it
	}
	for _, c := range cases {
		_, err := decodeValidate(moduleOf(c.body))
		if c.reason == "" {
			if err != nil {
				t.Errorf("%x: %v", c.body, err)
			}
			continue
		}
		var e *wasm.Error
		if !errors.As(err, &e) || !strings.HasPrefix(e.Reason, c.reason) {
			t.Errorf("%x: got %v, want %q", c.body, err, c.reason)
		}
	}
}

// Large modules are validated on several goroutines; the reported error must
// still be the first failing function's, every time.
func TestParallelValidationIsDeterministic(t *testing.T) {
	body := strings.Repeat("\x41\x01\x1a", 100) + "\x41\x01\x0b"
	bad := strings.Repeat("\x41\x01\x1a", 100) + "\x0b" // returns nothing
	bodies := make([]string, 3000)
	for i := range bodies {
		bodies[i] = body
	}
	bodies[2100] = bad
	bodies[2999] = bad
	mod := moduleOf(bodies...)
	if len(mod) < 512<<10 {
		t.Fatalf("module of %d bytes is too small to validate in parallel", len(mod))
	}
	for i := 0; i < 20; i++ {
		if e := validateErr(t, mod); e.Func != 2100 {
			t.Fatalf("run %d: error in function %d, want 2100", i, e.Func)
		}
	}
	bodies[2100], bodies[2999] = body, body
	if _, err := decodeValidate(moduleOf(bodies...)); err != nil {
		t.Fatal(err)
	}
}

func TestStackLimits(t *testing.T) {
	// 70,000 nested blocks exceed MaxNesting.
	n := validate.MaxNesting + 10
	body := "\x00" + strings.Repeat("\x02\x40", n) + strings.Repeat("\x0b", n) + "\x0b"
	e := validateErr(t, moduleOf(body))
	if e.Kind != wasm.Limit {
		t.Errorf("got %v", e)
	}
}

func TestValidationAllocatesLittle(t *testing.T) {
	body := strings.Repeat("\x02\x7f\x41\x01\x0b\x1a", 1000) + "\x41\x01\x0b"
	mod := moduleOf(body)
	m, err := wasm.Decode(mod)
	if err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(20, func() {
		if err := validate.Module(m); err != nil {
			t.Fatal(err)
		}
	})
	// A fixed handful per module (context, stacks), none per instruction.
	if allocs > 12 {
		t.Errorf("%v allocations to validate 6000 instructions", allocs)
	}
}

// Errors about a section's entries (limits, exports, the start function,
// an import's type) point at that section, not at offset 0.
func TestModuleErrorsLocateTheSection(t *testing.T) {
	typ := sect(1, "\x01\x60\x00\x00")
	for _, tc := range []struct {
		name, reason string
		sections     []string
		at           int // index in sections of the section the error is in
	}{
		{"memory too large", "memory size must be at most 65536 pages (4GiB)", []string{typ, sect(5, "\x01\x00\x80\x80\x08")}, 1},
		{"memory min > max", "size minimum must not be greater than maximum", []string{typ, sect(5, "\x01\x01\x02\x01")}, 1},
		{"two memories", "multiple memories", []string{typ, sect(5, "\x02\x00\x01\x00\x01")}, 1},
		{"table min > max", "size minimum must not be greater than maximum", []string{typ, sect(4, "\x01\x70\x01\x02\x01")}, 1},
		{"imported memory too large", "memory size must be at most 65536 pages (4GiB)", []string{typ, sect(2, "\x01\x01m\x01m\x02\x00\x80\x80\x08")}, 1},
		{"import of an unknown type", "unknown type 3", []string{typ, sect(2, "\x01\x01m\x01f\x00\x03")}, 1},
		{"function of an unknown type", "unknown type 5", []string{typ, sect(3, "\x01\x05"), sect(10, "\x01\x02\x00\x0b")}, 1},
		{"export of an unknown function", "unknown function 4", []string{typ, sect(7, "\x01\x01f\x00\x04")}, 1},
		{"duplicate export", "duplicate export name", []string{typ, sect(3, "\x01\x00"), sect(7, "\x02\x01f\x00\x00\x01f\x00\x00"), sect(10, "\x01\x02\x00\x0b")}, 2},
		{"unknown start function", "unknown function 7", []string{typ, sect(8, "\x07")}, 1},
	} {
		mod := "\x00asm\x01\x00\x00\x00"
		want := 0
		for i, s := range tc.sections {
			if i == tc.at {
				want = len(mod)
			}
			mod += s
		}
		e := validateErr(t, []byte(mod))
		if e.Kind != wasm.Invalid || e.Reason != tc.reason || e.Offset != want || e.Offset == 0 {
			t.Errorf("%s: got %+v (%v), want %q at 0x%x", tc.name, e, e, tc.reason, want)
		}
	}
}

// TestLocalTypes checks the locals' types, and the unknown local past
// them, both where the validator spells the locals out (a body at least
// as long as they are many) and where it searches their runs.
func TestLocalTypes(t *testing.T) {
	// Type (i64) -> i32; locals: 2 f32, 3 i32 (locals 1-2 f32, 3-5 i32).
	mod := func(body string) []byte {
		entry := "\x02\x02\x7d\x03\x7f" + body
		return []byte("\x00asm\x01\x00\x00\x00" +
			sect(1, "\x01\x60\x01\x7e\x01\x7f") +
			sect(3, "\x01\x00") +
			sect(10, "\x01"+uleb(uint32(len(entry)))+entry))
	}
	cases := []struct {
		local  byte
		reason string // "" for valid
		detail string
	}{
		{0, "type mismatch", "i32 expected, got i64"},
		{1, "type mismatch", "i32 expected, got f32"},
		{2, "type mismatch", "i32 expected, got f32"},
		{3, "", ""},
		{5, "", ""},
		{6, "unknown local 6", ""},
		{0x7f, "unknown local 127", ""},
	}
	for _, pad := range []int{0, 8} {
		for _, c := range cases {
			// local.get; nops; end
			body := "\x20" + string([]byte{c.local}) + strings.Repeat("\x01", pad) + "\x0b"
			_, err := decodeValidate(mod(body))
			if c.reason == "" {
				if err != nil {
					t.Errorf("local %d (padding %d): %v", c.local, pad, err)
				}
				continue
			}
			var e *wasm.Error
			if !errors.As(err, &e) || e.Reason != c.reason || !strings.Contains(e.Detail, c.detail) {
				t.Errorf("local %d (padding %d): got %v, want %s %s", c.local, pad, err, c.reason, c.detail)
			}
		}
	}
}
