package artifact

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/linmem"
)

// Offsets of the header fields (FORMAT.md; Encode).
const (
	offFormat   = 8
	offABI      = 12
	offArch     = 16
	offFlags    = 20
	offFeatures = 24
	offSum      = 32
	offNumSecs  = 64
	offTable    = headerSize
	offVersion  = headerSize + sectionSize*(numSections-1) // uvarint length, then the string
)

// reseal recomputes b's CRC-32 trailer in place, as if whatever changed
// had been written that way: the checksum no longer catches it, the rest
// of the loader must.
func reseal(b []byte) []byte {
	binary.LittleEndian.PutUint32(b[len(b)-trailerSize:], crc32.ChecksumIEEE(b[:len(b)-trailerSize]))
	return b
}

// compiled is a module compiled for the host, and its artifact.
type compiled struct {
	name     string
	wasm     []byte
	m        *wasm.Module
	c        *mach.Compiled
	artifact []byte
}

func compileModule(t testing.TB, name string, b []byte, opts Options) *compiled {
	t.Helper()
	c, err := compileBytes(name, b, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func compileBytes(name string, b []byte, opts Options) (*compiled, error) {
	m, err := wasm.Decode(b)
	if err == nil {
		err = validate.Module(m)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	bo := backend.Options{}
	if opts.Unoptimized {
		bo.OptLevel = backend.OptNone
	}
	c, err := backend.Compile(context.Background(), m, bo)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &compiled{name: name, wasm: b, m: m, c: c, artifact: Encode(m, c, sha256.Sum256(b), opts)}, nil
}

func readRepoFile(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// example is testdata/examples/example.wasm (an import, a memory, a
// mutable global, three functions) compiled for the host: the smallest
// interesting artifact. Compiled once per test binary.
var example = sync.OnceValue(func() *compiled {
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "testdata/examples/example.wasm"))
	if err != nil {
		panic(err)
	}
	c, err := compileBytes("example.wasm", b, Options{})
	if err != nil {
		panic(err)
	}
	return c
})

// trapModule is a module with a name section and a function that traps:
// (module (func $boom (export "boom") unreachable)).
const trapModule = "\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
	"\x07\x08\x01\x04boom\x00\x00\x0a\x05\x01\x03\x00\x00\x0b" +
	"\x00\x0e\x04name\x01\x07\x01\x00\x04boom"

// testModules returns the modules of the round-trip test: the examples,
// benchmark programs, and the valid modules of a few spec scripts that
// exercise every part of the module section (imports of every kind,
// element and data segments of every mode, globals, start functions,
// names, SIMD).
func testModules(t *testing.T) map[string][]byte {
	mods := map[string][]byte{
		"example.wasm": readRepoFile(t, "testdata/examples/example.wasm"),
		"hello.wasm":   readRepoFile(t, "bench/programs/wasm/hello.wasm"),
		"sort.wasm":    readRepoFile(t, "bench/programs/wasm/sort.wasm"),
		"boom.wasm":    []byte(trapModule),
		"image.wasm":   wasmgen.DataImageModule(),
	}
	dir, fromEnv := testpaths.SpecTest()
	if _, err := os.Stat(dir); err != nil {
		if fromEnv {
			t.Fatal(err)
		}
		t.Logf("spec suite not found at %s: only the local modules", dir)
		return mods
	}
	for _, script := range []string{"elem", "data", "global", "imports", "start", "table_init", "linking", "names", "bulk", "call_indirect", "simd_lane", "traps"} {
		files, _ := filepath.Glob(filepath.Join(dir, script+".*.wasm"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m, err := wasm.Decode(b)
			if err != nil || validate.Module(m) != nil {
				continue // from assert_invalid or assert_malformed
			}
			mods[filepath.Base(f)] = b
		}
	}
	return mods
}

func TestRoundTrip(t *testing.T) {
	mods := testModules(t)
	n, images := 0, 0
	names := slices.Sorted(maps.Keys(mods))
	for _, name := range names {
		m, err := wasm.Decode(mods[name])
		if err != nil {
			t.Fatal(err)
		}
		c, err := backend.Compile(context.Background(), m, backend.Options{})
		if errors.Is(err, backend.ErrUnsupported) {
			continue // SIMD on arm64
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		n++
		sum := sha256.Sum256(mods[name])
		opts := Options{Unoptimized: len(name)%3 == 0} // recorded only
		a := Encode(m, c, sum, opts)
		h, m2, c2, err := Decode(a)
		if err != nil {
			t.Fatalf("%s: Decode: %v", name, err)
		}
		if h.FormatVersion != FormatVersion || h.ABIVersion != abi.Version || h.Arch != c.Arch || h.Features != c.Features ||
			h.Options != opts || h.ModuleSHA256 != sum || h.KilnVersion != Version() || h.CodeOffset%CodeAlign != 0 {
			t.Errorf("%s: header %+v", name, h)
		}
		if !bytes.Equal(a[h.CodeOffset:h.CodeOffset+int64(len(c.Code))], c.Code) {
			t.Errorf("%s: the code is not at CodeOffset", name)
		}
		want := m
		if h.Image != nil {
			want = withImagedData(m)
			if img := MemoryImage(m); !reflect.DeepEqual(img.Runs, h.Image.Runs) || !bytes.Equal(img.Data, h.Image.Data) {
				t.Errorf("%s: the decoded memory image differs from the module's", name)
			}
			if h.Image.Offset%linmem.PageSize != 0 || !bytes.Equal(a[h.Image.Offset:h.Image.Offset+int64(len(h.Image.Data))], h.Image.Data) {
				t.Errorf("%s: the memory image is not at its (page-aligned) offset", name)
			}
			images++
		}
		checkModule(t, name, want, m2)
		checkCompiled(t, name, c, c2)
		// Encoding what was decoded gives the same bytes (not for a module
		// whose data went to a memory image: Encode refuses those).
		if h.Image == nil {
			if b := Encode(m2, c2, sum, opts); !bytes.Equal(a, b) {
				t.Errorf("%s: re-encoding differs", name)
			}
		}
		// ReadHeader and decodeAny agree with Decode.
		if h2, err := ReadHeader(a); err != nil || h2.ModuleSHA256 != sum || h2.KilnVersion != h.KilnVersion {
			t.Errorf("%s: ReadHeader: %+v, %v", name, h2, err)
		}
		if _, m3, c3, err := decodeAny(a); err != nil {
			t.Errorf("%s: decodeAny: %v", name, err)
		} else {
			checkModule(t, name, want, m3)
			checkCompiled(t, name, c, c3)
		}
	}
	if images == 0 {
		t.Error("no module had a memory image")
	}
	t.Logf("%d modules, %d with a memory image", n, images)
}

// withImagedData returns m with its data segments as an artifact with a
// memory image stores them: active ones without offset or contents, none
// after the last passive one.
func withImagedData(m *wasm.Module) *wasm.Module {
	c := *m
	c.Datas = nil
	for _, d := range m.Datas {
		if d.Mode == wasm.SegmentActive {
			d = wasm.Data{Mode: wasm.SegmentActive}
		}
		c.Datas = append(c.Datas, d)
	}
	for len(c.Datas) > 0 && c.Datas[len(c.Datas)-1].Mode == wasm.SegmentActive {
		c.Datas = c.Datas[:len(c.Datas)-1]
	}
	return &c
}

// An artifact cross-compiled for the other architecture decodes with
// decodeAny (without the compatibility check) to what was compiled, and Decode refuses it.
func TestOtherArchitecture(t *testing.T) {
	other := abi.ArchARM64
	if abi.HostArch() == abi.ArchARM64 {
		other = abi.ArchAMD64
	}
	for _, name := range []string{"testdata/examples/example.wasm", "bench/programs/wasm/hello.wasm"} {
		b := readRepoFile(t, name)
		m, err := wasm.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		c, err := backend.Compile(context.Background(), m, backend.Options{Target: backend.TargetFor(other)})
		if err != nil {
			t.Fatal(err)
		}
		a := Encode(m, c, sha256.Sum256(b), Options{})
		_, _, _, err = Decode(a)
		if !errors.Is(err, ErrIncompatible) || !strings.Contains(err.Error(), "the code is for "+other.String()) {
			t.Errorf("%s: Decode: %v", name, err)
		}
		h, m2, c2, err := decodeAny(a)
		if err != nil {
			t.Fatalf("%s: decodeAny: %v", name, err)
		}
		// The features the code uses: a subset of the target's baseline.
		if h.Arch != other || h.Features != c.Features || h.Features&^abi.BaselineFeatures(other) != 0 {
			t.Errorf("%s: header %+v", name, h)
		}
		checkModule(t, name, m, m2)
		checkCompiled(t, name, c, c2)
	}
}

// checkModule compares what the module section keeps: everything but the
// function bodies, custom sections, local names and the module's bytes.
func checkModule(t *testing.T, name string, want, got *wasm.Module) {
	t.Helper()
	w, g := *want, *got
	for _, m := range []*wasm.Module{&w, &g} {
		m.Codes, m.Customs, m.Bytes, m.Names.Locals = nil, nil, nil, nil
		m.SectionOffsets = [len(m.SectionOffsets)]int{} // for validation errors only
	}
	if !equivalent(reflect.ValueOf(w), reflect.ValueOf(g)) {
		v := reflect.ValueOf(w)
		for i := range v.NumField() {
			if !equivalent(v.Field(i), reflect.ValueOf(g).Field(i)) {
				t.Errorf("%s: module field %s differs:\n got %+v\nwant %+v", name, v.Type().Field(i).Name, reflect.ValueOf(g).Field(i), v.Field(i))
			}
		}
	}
	// An element segment's form (function indices or expressions) is
	// told by Exprs being nil.
	for i := range w.Elems {
		if (w.Elems[i].Exprs == nil) != (g.Elems[i].Exprs == nil) {
			t.Errorf("%s: element segment %d changed form", name, i)
		}
	}
	for idx := range want.NumFuncs() {
		if want.FuncName(idx) != got.FuncName(idx) {
			t.Errorf("%s: function %d is named %q, want %q", name, idx, got.FuncName(idx), want.FuncName(idx))
		}
	}
}

func checkCompiled(t *testing.T, name string, want, got *mach.Compiled) {
	t.Helper()
	if got.ABIVersion != want.ABIVersion || got.Arch != want.Arch || got.Features != want.Features {
		t.Errorf("%s: target %d %v %v, want %d %v %v", name, got.ABIVersion, got.Arch, got.Features, want.ABIVersion, want.Arch, want.Features)
	}
	if !bytes.Equal(got.Code, want.Code) {
		t.Errorf("%s: code differs", name)
	}
	for _, f := range []struct {
		what      string
		got, want any
	}{
		{"relocations", got.Relocs, want.Relocs},
		{"function ranges", got.Funcs, want.Funcs},
		{"trap sites", got.TrapSites(), want.TrapSites()},
		{"shims", got.Shims, want.Shims},
		{"host thunks", got.HostThunks, want.HostThunks},
		{"data ranges", got.Data, want.Data},
		{"layout", got.Layout, want.Layout},
	} {
		if !equivalent(reflect.ValueOf(f.got), reflect.ValueOf(f.want)) {
			t.Errorf("%s: %s differ:\n got %v\nwant %v", name, f.what, f.got, f.want)
		}
	}
	if len(want.TrapSites()) == 0 && name == "boom.wasm" {
		t.Errorf("%s: no trap sites to compare", name)
	}
}

// equivalent is reflect.DeepEqual, except that a nil slice or map equals
// an empty one (the format does not tell them apart).
func equivalent(a, b reflect.Value) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !equivalent(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range a.Len() {
			if !equivalent(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			v := b.MapIndex(k)
			if !v.IsValid() || !equivalent(a.MapIndex(k), v) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range a.NumField() {
			if !equivalent(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equivalent(a.Elem(), b.Elem())
	case reflect.Func:
		return a.IsNil() == b.IsNil()
	case reflect.Invalid:
		return true
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// decodeErr decodes b, failing the test on a panic or a success, and
// returns the error.
func decodeErr(t *testing.T, b []byte, what string) error {
	t.Helper()
	var err error
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("%s: Decode panicked: %v", what, p)
			}
		}()
		_, _, _, err = Decode(b)
	}()
	if err == nil {
		t.Fatalf("%s: Decode succeeded", what)
	}
	if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrIncompatible) {
		t.Fatalf("%s: error %q wraps neither ErrCorrupt nor ErrIncompatible", what, err)
	}
	return err
}

// Every single-bit flip anywhere in an artifact (header, section table,
// version, padding, sections, code, checksum) is detected.
func TestEveryBitFlip(t *testing.T) {
	a := slices.Clone(example().artifact)
	t.Logf("%d bytes, %d bit flips", len(a), 8*len(a))
	for i := range a {
		for bit := range 8 {
			a[i] ^= 1 << bit
			_, _, _, err := Decode(a)
			a[i] ^= 1 << bit
			if err == nil || !errors.Is(err, ErrCorrupt) {
				t.Fatalf("bit %d of byte %d flipped: %v", bit, i, err)
			}
		}
	}
	if _, _, _, err := Decode(a); err != nil {
		t.Fatal(err)
	}
}

// Every truncation, and every extension, is detected.
func TestTruncation(t *testing.T) {
	a := example().artifact
	for n := range len(a) {
		err := decodeErr(t, a[:n:n], "truncated")
		if n >= len(Magic) && !strings.Contains(err.Error(), "truncated") {
			t.Fatalf("truncated to %d bytes: %v", n, err)
		}
	}
	decodeErr(t, append(slices.Clone(a), 0, 0, 0, 0), "extended")
	decodeErr(t, append(slices.Clone(a), a[len(a)-4:]...), "trailer repeated")
	decodeErr(t, nil, "empty")
}

// A valid artifact for something else than this process fails with
// ErrIncompatible and a message saying what.
func TestIncompatible(t *testing.T) {
	ex := example()
	other := abi.ArchARM64
	if abi.HostArch() == abi.ArchARM64 {
		other = abi.ArchAMD64
	}
	for _, tc := range []struct {
		name   string
		change func(b []byte) []byte
		want   string
	}{
		{"format version", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[offFormat:], FormatVersion+1)
			return b
		}, fmt.Sprintf("format version %d, this Kiln reads version %d", FormatVersion+1, FormatVersion)},
		{"ABI version", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[offABI:], abi.Version+1)
			return b
		}, "ABI version"},
		{"architecture", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[offArch:], uint32(other))
			return b
		}, "the code is for " + other.String() + " and this machine is " + abi.HostArch().String()},
		{"unknown architecture", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[offArch:], 77)
			return b
		}, "the code is for arch(77)"},
		{"CPU features", func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[offFeatures:], math.MaxUint64)
			return b
		}, "the code needs CPU features this machine lacks: "},
		{"Kiln version (same length)", func(b []byte) []byte {
			b[offVersion+1] ^= 0x20 // a letter's case, or a digit to a control character
			return b
		}, "made by Kiln "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := reseal(tc.change(slices.Clone(ex.artifact)))
			err := decodeErr(t, b, tc.name)
			if !errors.Is(err, ErrIncompatible) || errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want ErrIncompatible saying %q", err, tc.want)
			}
			// ReadHeader still reads it (without the compatibility check), except a format it
			// does not know.
			if h, err := ReadHeader(b); tc.name != "format version" && (err != nil || h.Check() == nil) {
				t.Errorf("ReadHeader: %v, or Check passes", err)
			}
			if tc.name != "format version" {
				if _, _, _, err := decodeAny(b); err != nil {
					t.Errorf("decodeAny: %v", err)
				}
			}
		})
	}

	// The only feature missing: one the host lacks, if any.
	if missing := abi.Features(numFeaturesMask()) &^ abi.HostFeatures(abi.HostArch()); missing != 0 {
		f := missing & -missing
		b := slices.Clone(ex.artifact)
		binary.LittleEndian.PutUint64(b[offFeatures:], uint64(ex.c.Features|f))
		err := decodeErr(t, reseal(b), "feature")
		if !errors.Is(err, ErrIncompatible) || !strings.HasSuffix(err.Error(), "lacks: "+f.String()) {
			t.Errorf("missing %v: %v", f, err)
		}
	}

	// An artifact made by another Kiln version (of another length).
	t.Run("Kiln version", func(t *testing.T) {
		old := Version
		Version = func() string { return "v0.0.0-another-kiln" }
		b := Encode(ex.m, ex.c, sha256.Sum256(ex.wasm), Options{})
		Version = old
		err := decodeErr(t, b, "other version")
		if !errors.Is(err, ErrIncompatible) || !strings.Contains(err.Error(), "made by Kiln v0.0.0-another-kiln, this is Kiln "+Version()) {
			t.Errorf("error %q", err)
		}
		if h, _, _, err := decodeAny(b); err != nil || h.KilnVersion != "v0.0.0-another-kiln" {
			t.Errorf("decodeAny: %+v, %v", h, err)
		}
	})
}

func numFeaturesMask() uint64 {
	var m uint64
	for i := range 64 {
		if !strings.HasPrefix(abi.Features(1<<i).String(), "unknown") {
			m |= 1 << i
		}
	}
	return m
}

// Header and section table damage that the checksum does not catch (the
// file was written that way) is still detected.
func TestBadHeaderResealed(t *testing.T) {
	ex := example()
	a := ex.artifact
	tableEntry := func(id int) int { return offTable + sectionSize*(id-1) }
	for _, tc := range []struct {
		name   string
		change func(b []byte)
	}{
		{"magic", func(b []byte) { b[1] = 'K' }},
		{"option flags", func(b []byte) { b[offFlags] |= 4 }}, // bits 0 and 1 are known
		{"section count", func(b []byte) { b[offNumSecs]++ }},
		{"section count 0", func(b []byte) { binary.LittleEndian.PutUint32(b[offNumSecs:], 0) }},
		{"version length", func(b []byte) { b[offVersion] = 0xff }},
		{"version length huge", func(b []byte) { b[offVersion] = 0x7f }},
		{"section id", func(b []byte) { b[tableEntry(secCode)]++ }},
		{"section order", func(b []byte) {
			e1, e2 := b[tableEntry(secNames):], b[tableEntry(secModule):]
			binary.LittleEndian.PutUint64(e1[8:], binary.LittleEndian.Uint64(e2[8:]))
		}},
		{"section past the end", func(b []byte) {
			binary.LittleEndian.PutUint64(b[tableEntry(secData)+16:], uint64(len(b)))
		}},
		{"section offset overflow", func(b []byte) {
			binary.LittleEndian.PutUint64(b[tableEntry(secData)+8:], math.MaxUint64-3)
		}},
		{"section length overflow", func(b []byte) {
			binary.LittleEndian.PutUint64(b[tableEntry(secData)+16:], math.MaxUint64)
		}},
		{"code misaligned", func(b []byte) {
			e := b[tableEntry(secCode):]
			binary.LittleEndian.PutUint64(e[8:], binary.LittleEndian.Uint64(e[8:])+8)
			binary.LittleEndian.PutUint64(e[16:], binary.LittleEndian.Uint64(e[16:])-8)
		}},
		{"module section shorter", func(b []byte) {
			e := b[tableEntry(secModule):]
			binary.LittleEndian.PutUint64(e[16:], binary.LittleEndian.Uint64(e[16:])-1)
		}},
		{"module section overlaps the header", func(b []byte) {
			binary.LittleEndian.PutUint64(b[tableEntry(secModule)+8:], 0)
		}},
		{"function ranges odd", func(b []byte) {
			e := b[tableEntry(secFuncs):]
			binary.LittleEndian.PutUint64(e[16:], binary.LittleEndian.Uint64(e[16:])-1)
		}},
		{"one function range fewer", func(b []byte) {
			e := b[tableEntry(secFuncs):]
			binary.LittleEndian.PutUint64(e[16:], binary.LittleEndian.Uint64(e[16:])-8)
		}},
		{"host thunks none", func(b []byte) {
			binary.LittleEndian.PutUint64(b[tableEntry(secThunks)+16:], 0)
		}},
		{"function outside the code", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secFuncs)+8:])
			binary.LittleEndian.PutUint32(b[off+4:], 1<<31)
		}},
		{"function ends before it starts", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secFuncs)+8:])
			binary.LittleEndian.PutUint32(b[off:], binary.LittleEndian.Uint32(b[off+4:])+1)
		}},
		{"host thunk outside the code", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secThunks)+8:])
			binary.LittleEndian.PutUint32(b[off:], 1<<31)
		}},
		{"shim outside the code", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secShims)+8:])
			binary.LittleEndian.PutUint32(b[off+4:], 1<<31)
		}},
		{"shim of no function", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secShims)+8:])
			binary.LittleEndian.PutUint32(b[off:], 1000)
		}},
		{"module section garbage", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secModule)+8:])
			n := binary.LittleEndian.Uint64(b[tableEntry(secModule)+16:])
			for i := off; i < off+n; i++ {
				b[i] = 0xff
			}
		}},
		{"names section garbage", func(b []byte) {
			off := binary.LittleEndian.Uint64(b[tableEntry(secNames)+8:])
			b[off] = 0x7f // a count larger than the data
		}},
	} {
		b := slices.Clone(a)
		tc.change(b)
		err := decodeErr(t, reseal(b), tc.name)
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: %v, want ErrCorrupt", tc.name, err)
		}
		t.Logf("%s: %v", tc.name, err)
	}
}

// regions returns the parts of artifact a that the decoder reads: the
// header (with the section table and the version) and every section but
// the code. (The rest is the code, opaque, and padding, ignored.)
func regions(t testing.TB, a []byte) [][2]int {
	h, err := ReadHeader(a)
	if err != nil {
		t.Fatal(err)
	}
	out := [][2]int{{0, h.sectionsStart}}
	for id := 1; id < numSections; id++ {
		e := a[offTable+sectionSize*(id-1):]
		off, n := int(binary.LittleEndian.Uint64(e[8:])), int(binary.LittleEndian.Uint64(e[16:]))
		if id != secCode && id != secImage && n > 0 { // contents the decoder does not read
			out = append(out, [2]int{off, off + n})
		}
	}
	return out
}

// Any single-bit flip where the decoder reads, written with a valid
// checksum, decodes to an error or to something, never panics. (A flip in
// the code is undetectable by design: the checksum guards against
// accidents, not forgery.)
func TestEveryBitFlipResealed(t *testing.T) {
	// Every bit; under the race detector (20 times slower here), every
	// fifth.
	step := 1
	if raceEnabled() {
		step = 5
	}
	for _, ex := range []*compiled{example(), hello(), imaged()} {
		b := slices.Clone(ex.artifact)
		failed, loaded := 0, 0
		for _, reg := range regions(t, b) {
			for i := reg[0]; i < reg[1]; i++ {
				for bit := range 8 {
					if (8*i+bit)%step != 0 {
						continue
					}
					b[i] ^= 1 << bit
					reseal(b)
					if decodeNoPanic(t, b, func() string { return ex.name + ": byte " + itoa(i) + " bit " + itoa(bit) }) == nil {
						loaded++
					} else {
						failed++
					}
					b[i] ^= 1 << bit
				}
			}
		}
		t.Logf("%s: %d flips rejected, %d decoded (data bytes, names, trap sites...)", ex.name, failed, loaded)
	}
}

// hello is the benchmark program hello.wasm (WASI imports, data
// segments, a table, names) compiled for the host.
var hello = sync.OnceValue(func() *compiled {
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "bench/programs/wasm/hello.wasm"))
	if err != nil {
		panic(err)
	}
	c, err := compileBytes("hello.wasm", b, Options{})
	if err != nil {
		panic(err)
	}
	return c
})

// imaged is wasmgen.DataImageModule compiled for the host: its artifact
// has a memory image.
var imaged = sync.OnceValue(func() *compiled {
	c, err := compileBytes("image.wasm", wasmgen.DataImageModule(), Options{})
	if err != nil {
		panic(err)
	}
	return c
})

func itoa(i int) string { return strconv.Itoa(i) }

// raceEnabled reports whether the test binary was built with -race.
var raceEnabled = sync.OnceValue(func() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" {
				return s.Value == "true"
			}
		}
	}
	return false
})

// decodeNoPanic runs Decode and decodeAny on b and, if they succeed,
// decodes the trap sites; it fails the test on a panic or an error that
// wraps neither ErrCorrupt nor ErrIncompatible.
func decodeNoPanic(t testing.TB, b []byte, what func() string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s: panic: %v", what(), p)
		}
	}()
	for _, dec := range []func([]byte) (*Header, *wasm.Module, *mach.Compiled, error){Decode, decodeAny} {
		h, m, c, e := dec(b)
		if e != nil {
			if !errors.Is(e, ErrCorrupt) && !errors.Is(e, ErrIncompatible) {
				t.Fatalf("%s: error %q wraps neither ErrCorrupt nor ErrIncompatible", what(), e)
			}
		} else {
			if h == nil || m == nil || c == nil {
				t.Fatalf("%s: nil result without an error", what())
			}
			checkTrapSites(t, c.TrapSites(), uint64(len(c.Code)), what)
		}
		if err == nil {
			err = e
		}
	}
	return err
}

// checkTrapSites checks what mach.DecodeTraps promises whatever its input:
// sorted sites within the code.
func checkTrapSites(t testing.TB, ts []mach.TrapSite, codeSize uint64, what func() string) {
	for i, s := range ts {
		if s.Start > s.End || uint64(s.End) > codeSize || s.Pos < -1 || (i > 0 && s.Start < ts[i-1].Start) {
			t.Fatalf("%s: trap site %d %+v (code of %d bytes, previous %+v)", what(), i, s, codeSize, ts[max(i-1, 0)])
		}
	}
}

// Random damage to the body, written with a valid checksum: thousands of
// mutated artifacts, each rejected or decoded, none panicking, none making
// the decoder allocate more than a small multiple of its size.
func TestRandomDamageResealed(t *testing.T) {
	iterations := 4000
	if testing.Short() || raceEnabled() {
		iterations = 800
	}
	for k, ex := range []*compiled{example(), hello(), imaged()} {
		a := ex.artifact
		regs := regions(t, a)
		rng := rand.New(rand.NewPCG(1, uint64(k)))
		var maxAlloc uint64
		var ms runtime.MemStats
		failed := 0
		for it := range iterations {
			b := slices.Clone(a)
			// A few changed bytes where the decoder reads (sometimes
			// anywhere): a flipped bit, a random byte, a varint-ish value,
			// or a run of random bytes.
			for range 1 + rng.IntN(4) {
				reg := regs[rng.IntN(len(regs))]
				i := reg[0] + rng.IntN(reg[1]-reg[0])
				if rng.IntN(16) == 0 {
					i = rng.IntN(len(b) - trailerSize)
				}
				switch rng.IntN(4) {
				case 0:
					b[i] ^= 1 << rng.IntN(8)
				case 1:
					b[i] = byte(rng.Uint32())
				case 2:
					b[i] = []byte{0, 1, 0x7f, 0x80, 0xff}[rng.IntN(5)]
				case 3:
					for k := i; k < min(i+1+rng.IntN(16), len(b)-trailerSize); k++ {
						b[k] = byte(rng.Uint32())
					}
				}
			}
			reseal(b)
			runtime.ReadMemStats(&ms)
			before := ms.TotalAlloc
			if decodeNoPanic(t, b, func() string { return ex.name + ": iteration " + itoa(it) }) != nil {
				failed++
			}
			runtime.ReadMemStats(&ms)
			maxAlloc = max(maxAlloc, ms.TotalAlloc-before)
		}
		// Both decoders ran on b: the bound is for two decodes.
		if limit := uint64(2 * 16 * len(a)); maxAlloc > limit {
			t.Errorf("%s: a decode allocated %d bytes for an artifact of %d", ex.name, maxAlloc, len(a))
		}
		t.Logf("%s: %d of %d rejected; at most %d bytes allocated for %d-byte artifacts", ex.name, failed, iterations, maxAlloc, len(a))
	}
}

// The counts in the module section are checked against the bytes left
// before anything is allocated: a huge count in a small section fails at
// once.
func TestHugeCounts(t *testing.T) {
	for _, tc := range []struct {
		name string
		sec  []byte
	}{
		{"types", binary.AppendUvarint(nil, 1<<40)},
		{"types max", binary.AppendUvarint(nil, math.MaxUint64)},
		{"params", append([]byte{1}, binary.AppendUvarint(nil, 1<<40)...)},
		{"imports", append([]byte{0}, binary.AppendUvarint(nil, 1<<35)...)},
		{"funcs", append([]byte{0, 0}, binary.AppendUvarint(nil, 1<<62)...)},
		{"bad varint", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80}},
	} {
		r := &reader{b: tc.sec, what: "module section"}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		if m, _ := decodeModule(r); m != nil || r.err == nil || !errors.Is(r.err, ErrCorrupt) {
			t.Errorf("%s: %v, %v", tc.name, m, r.err)
		}
		runtime.ReadMemStats(&ms)
		if n := ms.TotalAlloc - before; n > 1<<16 {
			t.Errorf("%s: %d bytes allocated", tc.name, n)
		}
	}
	if ts := mach.DecodeTraps(binary.AppendUvarint(nil, math.MaxUint64), 1<<20); len(ts) != 0 {
		t.Errorf("trap sites: %v", ts)
	}
}

// randomSites returns n random trap sites sorted by Start within code of
// codeSize bytes, as the backend makes them.
func randomSites(rng *rand.Rand, n int, codeSize uint32) []mach.TrapSite {
	ts := make([]mach.TrapSite, n)
	for i := range ts {
		s := rng.Uint32N(codeSize)
		e := s + rng.Uint32N(min(codeSize-s, 16)+1)
		pos := int32(-1)
		switch rng.IntN(3) {
		case 0:
			pos = rng.Int32()
		case 1:
			pos = rng.Int32N(1000)
		}
		f := rng.Uint32N(100)
		if rng.IntN(50) == 0 {
			f = rng.Uint32()
		}
		ts[i] = mach.TrapSite{Start: s, End: e, Code: abi.TrapCode(rng.IntN(256)), Func: f, Pos: pos}
	}
	slices.SortStableFunc(ts, func(a, b mach.TrapSite) int { return int(a.Start) - int(b.Start) })
	return ts
}

func TestTrapsRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for it := range 300 {
		codeSize := 1 + rng.Uint32N(1<<uint(rng.IntN(32)))
		n := rng.IntN(200)
		if it == 0 {
			n = 0
		}
		ts := randomSites(rng, n, codeSize)
		b := encodeTraps(ts)
		got := mach.DecodeTraps(b, uint64(codeSize))
		if !equivalent(reflect.ValueOf(got), reflect.ValueOf(ts)) {
			t.Fatalf("code size %d: decoded\n%v\nwant\n%v", codeSize, got, ts)
		}
		if n > 0 {
			// Decoding for a smaller code keeps the sites before the first
			// that does not fit.
			limit := ts[n/2].End
			k := 0
			for k < n && ts[k].End <= limit {
				k++
			}
			got := mach.DecodeTraps(b, uint64(limit))
			if !equivalent(reflect.ValueOf(got), reflect.ValueOf(ts[:k])) {
				t.Fatalf("code size %d: got %d sites, want %d", limit, len(got), k)
			}
			// Truncated input: a prefix of the sites.
			cut := rng.IntN(len(b))
			got = mach.DecodeTraps(b[:cut], uint64(codeSize))
			if len(got) > n || !equivalent(reflect.ValueOf(got), reflect.ValueOf(ts[:len(got)])) {
				t.Fatalf("cut at %d of %d: %d sites, not a prefix", cut, len(b), len(got))
			}
		}
	}
	// Garbage decodes to sorted sites within the code, without panicking.
	for it := range 2000 {
		b := make([]byte, rng.IntN(200))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		if len(b) > 0 {
			b[0] = byte(rng.IntN(40))
		}
		codeSize := uint64(rng.Uint32N(1 << 16))
		checkTrapSites(t, mach.DecodeTraps(b, codeSize), codeSize, func() string { return "garbage " + itoa(it) })
	}
	// Deltas that would wrap around.
	var w writer
	w.uv(3)
	for _, s := range [][2]uint64{{10, 2}, {math.MaxUint64 - 5, 0}, {0, math.MaxUint64}} {
		w.uv(s[0])
		w.uv(s[1])
		w.u8(1)
		w.sv(0)
		w.sv(0)
	}
	got := mach.DecodeTraps(w.b, 100)
	checkTrapSites(t, got, 100, func() string { return "wrap" })
	if len(got) != 1 || got[0].Start != 10 || got[0].End != 12 {
		t.Errorf("wrapping deltas: %v", got)
	}
}

// The real trap sites of a module survive the trip.
func TestTrapSitesOfRealCode(t *testing.T) {
	c := compileModule(t, "sort.wasm", readRepoFile(t, "bench/programs/wasm/sort.wasm"), Options{})
	ts := c.c.TrapSites()
	if len(ts) == 0 {
		t.Fatal("no trap sites")
	}
	_, _, c2, err := Decode(c.artifact)
	if err != nil {
		t.Fatal(err)
	}
	// Decoded only when needed: the table is the artifact's section.
	off := binary.LittleEndian.Uint64(c.artifact[offTable+sectionSize*(secTraps-1)+8:])
	if len(c2.TrapTable) == 0 || &c2.TrapTable[0] != &c.artifact[off] {
		t.Errorf("the trap table is not the artifact's section")
	}
	if got := c2.TrapSites(); !reflect.DeepEqual(got, ts) {
		t.Errorf("%d trap sites, want %d", len(got), len(ts))
	}
}

func TestIsArtifact(t *testing.T) {
	for _, tc := range []struct {
		b    string
		want bool
	}{{"", false}, {"\x00asm\x01\x00\x00\x00", false}, {Magic, true}, {Magic + "x", true}, {Magic[:7], false}} {
		if got := IsArtifact([]byte(tc.b)); got != tc.want {
			t.Errorf("IsArtifact(%q) = %v", tc.b, got)
		}
	}
	if !IsArtifact(example().artifact) {
		t.Error("an artifact is not an artifact")
	}
	if _, err := ReadHeader([]byte("\x00asm\x01\x00\x00\x00")); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "not a Kiln artifact") {
		t.Errorf("ReadHeader(wasm): %v", err)
	}
}

func TestVersion(t *testing.T) {
	v := Version()
	if v == "" || v == "unknown" || v != Version() {
		t.Errorf("Version() = %q", v)
	}
	t.Logf("Version() = %q", v)
}

// Open maps an artifact file; Decode reads the mapping.
func TestOpen(t *testing.T) {
	a := example().artifact
	dir := t.TempDir()
	p := filepath.Join(dir, "a.kiln")
	if err := os.WriteFile(p, a, 0o644); err != nil {
		t.Fatal(err)
	}
	mp, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mp.Bytes(), a) || mp.File() == nil {
		t.Error("mapping differs from the file")
	}
	if _, _, _, err := Decode(mp.Bytes()); err != nil {
		t.Error(err)
	}
	if err := mp.Close(); err != nil {
		t.Error(err)
	}
	for name, data := range map[string][]byte{"empty": nil, "short": a[:20]} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		if _, err := Open(p); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := Open(dir); !errors.Is(err, ErrCorrupt) {
		t.Errorf("directory: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
}

// decodeAny is Decode without the compatibility check, to look into
// artifacts made for other machines.
func decodeAny(b []byte) (*Header, *wasm.Module, *mach.Compiled, error) {
	h, err := ReadHeader(b)
	if err != nil {
		return h, nil, nil, err
	}
	m, c, err := decodeBody(b[:len(b)-trailerSize], h)
	return h, m, c, err
}

// A large artifact (its checksum computed in parallel with decoding) with
// a memory image: a flipped bit anywhere, in the image too, is detected;
// resealed, damage to the image runs is rejected.
func TestLargeArtifactDamage(t *testing.T) {
	m := wasmgen.New()
	m.Memory = &wasmgen.Memory{Min: 100}
	data := make([]byte, 5<<20)
	for i := range data {
		data[i] = byte(i>>12 + i)
	}
	m.Datas = []wasmgen.Data{{Active: true, Offset: (&wasmgen.Code{}).I32Const(65536 + 3).B, Init: data}}
	c := compileModule(t, "large", m.Encode(), Options{})
	a := slices.Clone(c.artifact)
	if len(a) < parallelChecksumBytes {
		t.Fatalf("artifact of %d bytes: too small to test the parallel checksum", len(a))
	}
	h, _, _, err := Decode(a)
	if err != nil || h.Image == nil || len(h.Image.Runs) != 1 || h.Image.Runs[0] != (linmem.ImageRun{Page: 1, Pages: 81}) {
		t.Fatalf("decode: %v, image %+v", err, h.Image)
	}
	for i := 0; i < len(a); i += 65521 {
		a[i] ^= 4
		if _, _, _, err := Decode(a); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("flip at %d: %v", i, err)
		}
		a[i] ^= 4
	}
	e := a[offTable+sectionSize*(secImageRuns-1):]
	off := binary.LittleEndian.Uint64(e[8:])
	for _, bad := range [][2]uint32{{1, 82}, {0, 0}, {99, 2}, {1, 80}, {65535, 2}} {
		b := slices.Clone(a)
		binary.LittleEndian.PutUint32(b[off:], bad[0])
		binary.LittleEndian.PutUint32(b[off+4:], bad[1])
		if _, _, _, err := Decode(reseal(b)); !errors.Is(err, ErrCorrupt) {
			t.Errorf("image run %v: %v", bad, err)
		}
	}
}

// EncodeTo writes what Encode returns, a memory image and a code section
// large enough for the parallel checksum included, and stops at the
// writer's first error.
func TestEncodeTo(t *testing.T) {
	m := wasmgen.New()
	m.Memory = &wasmgen.Memory{Min: 100}
	data := make([]byte, 5<<20)
	for i := range data {
		data[i] = byte(i>>12 + i)
	}
	m.Datas = []wasmgen.Data{{Active: true, Offset: (&wasmgen.Code{}).I32Const(65536 + 3).B, Init: data}}
	large := compileModule(t, "large", m.Encode(), Options{})
	large.c.Code = slices.Concat(large.c.Code, make([]byte, parallelChecksumBytes)) // as if it were that large
	sort := compileModule(t, "sort.wasm", readRepoFile(t, "bench/programs/wasm/sort.wasm"), Options{Unoptimized: true})
	for _, c := range []*compiled{large, sort} {
		sum := sha256.Sum256(c.wasm)
		opts := Options{Unoptimized: c == sort}
		want := Encode(c.m, c.c, sum, opts)
		var w bytes.Buffer
		if err := EncodeTo(&w, c.m, c.c, sum, opts, MemoryImage(c.m)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.Bytes(), want) {
			t.Errorf("%s: EncodeTo differs from Encode", c.name)
		}
		if _, _, _, err := Decode(w.Bytes()); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		for _, n := range []int{0, 100, len(want) / 2, len(want) - 4} {
			lw := &limitedWriter{n: n}
			if err := EncodeTo(lw, c.m, c.c, sum, opts, MemoryImage(c.m)); !errors.Is(err, errLimit) || lw.written > n {
				t.Errorf("%s: writer failing after %d bytes: %v, %d bytes written", c.name, n, err, lw.written)
			}
		}
	}
}

var errLimit = errors.New("limit reached")

// limitedWriter takes n bytes, then fails.
type limitedWriter struct{ n, written int }

func (w *limitedWriter) Write(b []byte) (int, error) {
	k := min(len(b), w.n-w.written)
	w.written += k
	if k < len(b) {
		return k, errLimit
	}
	return k, nil
}

// encodeTraps encodes sites ts, sorted by Start, with their count, as the
// linker does (in parts) for Compiled.TrapTable.
func encodeTraps(ts []mach.TrapSite) []byte {
	e := mach.TrapEncoder{B: binary.AppendUvarint(nil, uint64(len(ts)))}
	for _, t := range ts {
		e.Add(t)
	}
	return e.B
}
