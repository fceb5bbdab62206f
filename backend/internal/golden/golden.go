// Package golden is the ISA-neutral half of the backend's expected-text
// tests: it loads the shared IR cases (backend/testdata/cases/*.ir), runs
// them through the backend's per-function pipeline for an instruction set
// (lower.Steps, selection, register allocation, encoding), and compares
// what each stage prints with the golden files of that ISA
// (testdata/<case>.vcode and <case>.asm beside its tests).
//
// An ISA's test is a few lines: its mach.ISA, the CPU features to allow and
// a disassembler for its code (see backend/amd64/golden_test.go):
//
//	golden.Run(t, golden.Target{ISA: amd64.ISA{}, Features: all, Disassemble: disasm})
//
// Run the tests with -update (or KILN_UPDATE_GOLDEN=1) to rewrite the
// golden files from what the backend now produces, then read the diff.
//
// # Cases
//
// A case is one function in the IR text form (compiler/ir.Parse). The
// module around it is synthetic and the same for every case: functions 0
// and 1 are imports and 2 to 7 are defined; global 0 is imported and
// globals 1 to 4 are defined; there are 2 tables and 8 types. Lines
// starting with ";!" before the function (comments to the IR parser)
// declare what the case needs of the module:
//
//	;! func 3 (i32, f64) -> (i64)   signature of function 3 (default: () -> ())
//	;! type 1 (i32) -> (i32)        signature of type 1 (call_indirect)
//	;! features popcnt              CPU features allowed (default: all; "none")
//	;! table 1 fixed 5              table 1 has the fixed length 5
//	;! local-funcrefs               the module holds references to its own functions only
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend/internal/regalloc"
	"github.com/kilnwasm/kiln/backend/lower"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

var update = flag.Bool("update", false, "rewrite the golden files of the backend's expected-text tests")

// Update reports whether golden files are to be rewritten rather than
// compared: the test binary's -update flag or KILN_UPDATE_GOLDEN=1.
func Update() bool { return *update || os.Getenv("KILN_UPDATE_GOLDEN") == "1" }

// The synthetic module's shape (see the package comment).
const (
	NumImportedFuncs   = 2
	NumFuncs           = 8
	NumImportedGlobals = 1
	NumDefinedGlobals  = 4
	NumTables          = 2
	NumTypes           = 8
)

// Layout is the synthetic module's VMCtx layout; LocalLayout the same
// for a module of LocalFuncRefs shape (whose tables hold packed elements).
var Layout, LocalLayout = shapeLayout(false), shapeLayout(true)

func shapeLayout(local bool) *abi.Layout {
	return abi.NewLayout(abi.ModuleShape{
		NumImportedGlobals: NumImportedGlobals,
		GlobalIsV128:       make([]bool, NumDefinedGlobals),
		NumTables:          NumTables,
		NumImportedFuncs:   NumImportedFuncs,
		NumTypes:           NumTypes,
		NumFuncs:           NumFuncs,
		LocalFuncRefs:      local,
	})
}

// Case is one shared IR case.
type Case struct {
	Name string // the file name without .ir
	Path string
	Text string
	// Env describes the synthetic module with the case's declarations.
	Env *mach.Env
	// Features are the CPU features the case allows, if it says
	// (FeaturesGiven); otherwise the target's.
	Features      abi.Features
	FeaturesGiven bool
}

// CasesDir is where the shared cases live.
func CasesDir() string { return filepath.Join(testpaths.RepoRoot(), "backend", "testdata", "cases") }

// Cases loads every case, in name order.
func Cases(tb testing.TB) []*Case {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(CasesDir(), "*.ir"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no IR cases in %s (%v)", CasesDir(), err)
	}
	var cases []*Case
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		c, err := ParseCase(strings.TrimSuffix(filepath.Base(file), ".ir"), string(b))
		if err != nil {
			tb.Fatalf("%s: %v", file, err)
		}
		c.Path = file
		cases = append(cases, c)
	}
	return cases
}

// ParseCase reads a case's directives; the function itself is parsed by
// Func.
func ParseCase(name, text string) (*Case, error) {
	c := &Case{Name: name, Text: text}
	types := make([]*ir.Signature, NumTypes)
	funcs := map[uint32]ir.Signature{}
	fixed := map[uint32]uint32{} // table -> fixed length
	local := false
	for n, line := range strings.Split(text, "\n") {
		d, ok := strings.CutPrefix(strings.TrimSpace(line), ";!")
		if !ok {
			continue
		}
		fields := strings.Fields(d)
		bad := func(format string, args ...any) error {
			return fmt.Errorf("line %d: %s", n+1, fmt.Sprintf(format, args...))
		}
		if len(fields) == 0 {
			return nil, bad("empty directive")
		}
		switch fields[0] {
		case "func", "type":
			if len(fields) < 2 {
				return nil, bad("%s: missing index", fields[0])
			}
			idx, err := strconv.ParseUint(fields[1], 10, 32)
			if err != nil {
				return nil, bad("%s: bad index %q", fields[0], fields[1])
			}
			rest := strings.TrimSpace(d)
			rest = strings.TrimSpace(strings.TrimPrefix(rest, fields[0]))
			rest = strings.TrimSpace(strings.TrimPrefix(rest, fields[1]))
			sig, err := parseSig(rest)
			if err != nil {
				return nil, bad("%v", err)
			}
			if fields[0] == "type" {
				if idx >= NumTypes || types[idx] != nil {
					return nil, bad("type %d: out of range or declared twice", idx)
				}
				types[idx] = &sig
			} else {
				if idx >= NumFuncs {
					return nil, bad("func %d: out of range", idx)
				}
				if _, dup := funcs[uint32(idx)]; dup {
					return nil, bad("func %d declared twice", idx)
				}
				funcs[uint32(idx)] = sig
			}
		case "features":
			f, err := parseFeatures(fields[1:])
			if err != nil {
				return nil, bad("%v", err)
			}
			c.Features, c.FeaturesGiven = f, true
		case "table":
			if len(fields) != 4 || fields[2] != "fixed" {
				return nil, bad("table: want \"table T fixed N\"")
			}
			t, err1 := strconv.ParseUint(fields[1], 10, 32)
			n, err2 := strconv.ParseUint(fields[3], 10, 32)
			if err1 != nil || err2 != nil || t >= NumTables {
				return nil, bad("table: bad table %q (below %d) or length %q", fields[1], NumTables, fields[3])
			}
			fixed[uint32(t)] = uint32(n)
		case "local-funcrefs":
			if len(fields) != 1 {
				return nil, bad("local-funcrefs takes nothing")
			}
			local = true
		default:
			return nil, bad("unknown directive %q", fields[0])
		}
	}
	// Each function's signature is also a type (imports are called by
	// type index once lowered): an equal declared type, or the next free
	// index. Undeclared functions are () -> ().
	funcType := make([]uint32, NumFuncs)
	for idx := range uint32(NumFuncs) {
		sig := funcs[idx]
		t := slices.IndexFunc(types, func(s *ir.Signature) bool { return s != nil && sameSig(*s, sig) })
		if t < 0 {
			if t = slices.Index(types, nil); t < 0 {
				return nil, fmt.Errorf("more than %d distinct signatures", NumTypes)
			}
			types[t] = &sig
		}
		funcType[idx] = uint32(t)
	}
	layout := Layout
	if local {
		layout = LocalLayout
	}
	c.Env = &mach.Env{
		FuncType: func(i uint32) ir.Signature { return funcs[i] },
		Type: func(i uint32) ir.Signature {
			if int(i) < len(types) && types[i] != nil {
				return *types[i]
			}
			return ir.Signature{}
		},
		FuncTypeIndex:    func(i uint32) uint32 { return funcType[i] },
		NumImportedFuncs: NumImportedFuncs,
		Layout:           layout,
		FixedTableLen: func(t uint32) (uint32, bool) {
			n, ok := fixed[t]
			return n, ok
		},
	}
	if local {
		// The types are distinct signatures (sameSig above).
		c.Env.TypeKey = func(i uint32) uint32 { return i + 1 }
	}
	return c, nil
}

func sameSig(a, b ir.Signature) bool {
	return slices.Equal(a.Params, b.Params) && slices.Equal(a.Results, b.Results)
}

// parseSig reads "(t, ...) -> (t, ...)".
func parseSig(s string) (ir.Signature, error) {
	params, results, ok := strings.Cut(s, "->")
	if !ok {
		return ir.Signature{}, fmt.Errorf("signature %q: want (params) -> (results)", s)
	}
	var sig ir.Signature
	var err error
	if sig.Params, err = parseTypes(params); err != nil {
		return sig, err
	}
	sig.Results, err = parseTypes(results)
	return sig, err
}

var typeByName = map[string]ir.Type{"i32": ir.I32, "i64": ir.I64, "f32": ir.F32, "f64": ir.F64,
	"v128": ir.V128, "funcref": ir.FuncRef, "externref": ir.ExternRef}

func parseTypes(s string) ([]ir.Type, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return nil, fmt.Errorf("type list %q: want (t, ...)", s)
	}
	var ts []ir.Type
	for _, f := range strings.Split(s[1:len(s)-1], ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		t, ok := typeByName[f]
		if !ok {
			return nil, fmt.Errorf("unknown type %q", f)
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// parseFeatures reads feature names as abi.Features prints them.
func parseFeatures(names []string) (abi.Features, error) {
	var f abi.Features
	for _, list := range names {
		for _, n := range strings.Split(list, ",") {
			if n == "" || n == "none" {
				continue
			}
			found := false
			for i := 0; i < 64; i++ {
				if abi.Features(1<<i).String() == n {
					f |= 1 << i
					found = true
					break
				}
			}
			if !found {
				return 0, fmt.Errorf("unknown CPU feature %q", n)
			}
		}
	}
	return f, nil
}

// Func parses and verifies the case's function, anew at each call (the
// pipeline changes it).
func (c *Case) Func() (*ir.Func, error) {
	f, err := ir.Parse(c.Text)
	if err != nil {
		return nil, err
	}
	if err := ir.Verify(f); err != nil {
		return nil, err
	}
	return f, nil
}

// Check compares got with the golden file at path, or writes it when
// updating. A missing file is a failure that says how to create it.
func Check(tb testing.TB, path, got string) {
	tb.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Errorf("%v (run the test with -update or KILN_UPDATE_GOLDEN=1 to create it)", err)
		return
	}
	if string(want) != got {
		tb.Errorf("%s differs from what the backend produces (-update rewrites it):\n%s", path, Diff(string(want), got))
	}
}

// Diff returns a short line diff of want and got: the lines around the
// first difference and the first lines that differ after it.
func Diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	k := 0
	for k < len(wl) && k < len(gl) && wl[k] == gl[k] {
		k++
	}
	var sb bytes.Buffer
	for i := max(k-3, 0); i < k; i++ {
		fmt.Fprintf(&sb, "  %4d   %s\n", i+1, wl[i])
	}
	shown := 0
	for i := k; (i < len(wl) || i < len(gl)) && shown < 12; i++ {
		w, g := "", ""
		hasW, hasG := i < len(wl), i < len(gl)
		if hasW {
			w = wl[i]
		}
		if hasG {
			g = gl[i]
		}
		if hasW && hasG && w == g {
			fmt.Fprintf(&sb, "  %4d   %s\n", i+1, w)
			continue
		}
		if hasW {
			fmt.Fprintf(&sb, "  %4d - %s\n", i+1, w)
		}
		if hasG {
			fmt.Fprintf(&sb, "  %4d + %s\n", i+1, g)
		}
		shown++
	}
	return sb.String()
}

// Target is what an ISA's golden test provides.
type Target struct {
	ISA mach.ISA
	// Features are the CPU features allowed where a case does not say
	// (all of the ISA's, so that the goldens do not depend on the host).
	Features abi.Features
	// Dir is the directory of the ISA's golden files ("testdata").
	Dir string
	// Disassemble prints the code of a function, one instruction a line
	// with its offset, and returns an error for bytes that do not decode.
	Disassemble func(c *mach.FuncCode) (string, error)
}

// Output is what the pipeline produced for a case.
type Output struct {
	Lowered  string // the IR as selection sees it
	VCode    string // after selection
	RegAlloc string // after register allocation
	Code     *mach.FuncCode
}

// Compile runs the backend's pipeline from the case's IR to machine code,
// as backend.Compile does for each function after the optimization passes
// (which are left out, so that a case is selected as written): lower.Steps,
// selection, register allocation, encoding.
func Compile(c *Case, is mach.ISA, features abi.Features) (*Output, error) {
	f, err := c.Func()
	if err != nil {
		return nil, err
	}
	lower.Prepare(f, c.Env)
	if err := ir.Verify(f); err != nil {
		return nil, fmt.Errorf("after lower: %w", err)
	}
	out := &Output{Lowered: f.String()}
	fc := is.NewFuncCompiler(features)
	vc, err := fc.Select(f, c.Env)
	if err != nil {
		return nil, err
	}
	if err := vc.Check(); err != nil {
		return nil, fmt.Errorf("selected VCode: %w", err)
	}
	out.VCode = fc.Format(nil)
	alloc, err := regalloc.Allocate(vc, is.RegInfo())
	if err != nil {
		return nil, fmt.Errorf("register allocation: %w", err)
	}
	out.RegAlloc = fc.Format(alloc)
	if out.Code, err = fc.Emit(alloc); err != nil {
		return nil, err
	}
	return out, nil
}

// Run compiles every case for tg's ISA and checks <case>.vcode (the VCode
// after selection, then after register allocation) and <case>.asm (the
// disassembly) in tg.Dir. Golden files that belong to no case are reported
// (and removed when updating).
func Run(t *testing.T, tg Target) {
	dir := tg.Dir
	if dir == "" {
		dir = "testdata"
	}
	cases := Cases(t)
	names := map[string]bool{}
	for _, c := range cases {
		names[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			features := tg.Features
			if c.FeaturesGiven {
				features = c.Features
			}
			out, err := Compile(c, tg.ISA, features)
			if err != nil {
				t.Fatalf("%s: %v", c.Path, err)
			}
			asm, err := tg.Disassemble(out.Code)
			if err != nil {
				t.Errorf("disassembly: %v", err)
			}
			header := fmt.Sprintf("; %s for %v (features: %v), from backend/testdata/cases/%s.ir\n", c.Name, tg.ISA.Arch(), features, c.Name)
			Check(t, filepath.Join(dir, c.Name+".vcode"), header+"\n; selected\n"+out.VCode+"\n; allocated\n"+out.RegAlloc)
			Check(t, filepath.Join(dir, c.Name+".asm"), header+asm)
		})
	}
	for _, ext := range []string{".vcode", ".asm"} {
		stale, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
		for _, path := range stale {
			if names[strings.TrimSuffix(filepath.Base(path), ext)] {
				continue
			}
			if Update() {
				os.Remove(path)
			} else {
				t.Errorf("%s belongs to no case in %s (-update removes it)", path, CasesDir())
			}
		}
	}
}
