// Package artifact writes and reads Kiln's precompiled native artifacts:
// a compiled module with everything instantiation needs, so that running
// it needs neither the .wasm nor the compiler. The format is specified in
// FORMAT.md next to this file.
//
// An artifact is native code: whoever loads one trusts its producer as
// they would trust an executable. The format guards against accidents
// (truncation, bit rot, a torn write, an artifact for another machine,
// ABI or Kiln version), all detected before anything is executed; it does
// not guard against a forged artifact with a valid checksum.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package artifact

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"slices"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/lazy"
	"github.com/kilnwasm/kiln/runtime/linmem"
)

// Magic starts every artifact. Its first byte is NUL, so that it can never
// be mistaken for text, and it differs from Wasm's "\x00asm".
const Magic = "\x00kilnaot"

// FormatVersion is the version of the layout described in FORMAT.md.
const FormatVersion = 2

// CodeAlign is the alignment of the code section within the file, so that
// it can be mapped straight into memory on every supported page size.
const CodeAlign = 1 << 14

const (
	headerSize  = 72
	sectionSize = 24
	trailerSize = 4
)

// Section identifiers.
const (
	secModule    = 1 + iota // the Wasm module without its code (module.go)
	secNames                // function names: count, then (index, name) pairs
	secCode                 // machine code, CodeAlign-aligned
	secRelocs               // load-time relocations: (offset u32, kind u8, addend i64)
	secFuncs                // per defined function: start, end, body offset in the .wasm (u32 each)
	secTraps                // trap sites: count, then per site deltas (mach.TrapEncoder)
	secShims                // entry shims: (function index, offset) pairs
	secThunks               // host thunk offset per imported function (u32)
	secData                 // data ranges of the code (start, end u32)
	secImageRuns            // memory image runs: (first page, pages) u32 pairs
	secImage                // memory image pages, linmem.PageSize-aligned
	numSections
)

var sectionNames = [numSections]string{secModule: "module", secNames: "names", secCode: "code", secRelocs: "relocations",
	secFuncs: "functions", secTraps: "trap sites", secShims: "shims", secThunks: "host thunks", secData: "data ranges",
	secImageRuns: "memory image runs", secImage: "memory image"}

// Options are the compile options an artifact was made with (part of the
// cache key and recorded in the header).
type Options struct {
	// Unoptimized: compiled without the optimization passes.
	Unoptimized bool
}

// Option flag bits of the header.
const (
	_ = 1 << iota // bit 0: "no loop polls" until ABI version 7, when loops stopped polling
	flagUnoptimized
	knownFlags = flagUnoptimized
)

func (o Options) flags() uint32 {
	var f uint32
	if o.Unoptimized {
		f |= flagUnoptimized
	}
	return f
}

// Header is what an artifact says about itself.
type Header struct {
	FormatVersion uint32
	ABIVersion    uint32
	Arch          abi.Arch
	Features      abi.Features
	Options       Options
	// ModuleSHA256 is the SHA-256 of the .wasm the artifact was compiled
	// from.
	ModuleSHA256 [32]byte
	// KilnVersion identifies the compiler that made it (Version).
	KilnVersion string
	// CodeOffset is the file offset of the code (a multiple of
	// CodeAlign), set by Decode.
	CodeOffset int64
	// Image, set by Decode, is the initial contents of the module's memory
	// when the artifact has them (MemoryImage): instantiation then maps
	// them instead of applying the active data segments, which the module
	// section leaves out. Its Data aliases the artifact, and its Offset is
	// the file offset of Data; a loader that has the file sets File.
	Image *linmem.Image

	sectionsStart int // where the header ends (set by ReadHeader)
}

// buildVersion, when set at link time (-ldflags "-X
// github.com/kilnwasm/kiln/runtime/artifact.buildVersion=v1.2.3"), is the
// Kiln version: release builds for several architectures set the same one,
// so that artifacts cross-compiled by one load in the others.
var buildVersion string

// Version is this build's Kiln version: buildVersion if set, else the
// main module's version, else for a development build from a clean VCS
// checkout its revision. Any other build (a modified tree, go run, tests,
// -buildvcs=false) is identified by the executable's Go build ID, a hash
// of its contents: then only that very binary accepts its artifacts, and
// a rebuilt compiler never runs code its predecessor cached. (A variable:
// tests stand in another version.)
var Version = func() string { return version.Get() }

// version is Version, worked out at its first use.
var version = lazy.Value[string]{New: readVersion}

func readVersion() string {
	if buildVersion != "" {
		return buildVersion
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev string
	modified := true
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev != "" && !modified {
		return "devel-" + rev
	}
	if id := goBuildID(); id != "" {
		return "build-" + id
	}
	// No build ID (not ELF): the build's description (dependencies and
	// settings) is the best identity at hand.
	sum := sha256.Sum256([]byte(bi.String()))
	return fmt.Sprintf("devel-%x", sum[:8])
}

// Encode builds the artifact of module m (the validated module whose bytes
// hash to sum) compiled to c.
func Encode(m *wasm.Module, c *mach.Compiled, sum [32]byte, opts Options) []byte {
	return EncodeWithImage(m, c, sum, opts, MemoryImage(m))
}

// EncodeWithImage is Encode for a caller that has m's memory image already
// (MemoryImage(m), which copies all of the module's active data: a loaded
// module keeps it, instance.Module.MemoryImage).
func EncodeWithImage(m *wasm.Module, c *mach.Compiled, sum [32]byte, opts Options, img *linmem.Image) []byte {
	l := layOut(m, c, sum, opts, img)
	out := make([]byte, 0, l.size) // appending never copies tens of megabytes
	for _, p := range l.pieces() {
		out = append(out, p...)
	}
	return binary.LittleEndian.AppendUint32(out, checksum(out))
}

// EncodeTo writes the artifact EncodeWithImage returns to w without making
// it in memory: the code and the memory image, most of a large artifact,
// are written from where they are.
func EncodeTo(w io.Writer, m *wasm.Module, c *mach.Compiled, sum [32]byte, opts Options, img *linmem.Image) error {
	pieces := layOut(m, c, sum, opts, img).pieces()
	// The checksum is computed on another goroutine while the pieces are
	// written: a write spends its time copying into the page cache.
	crc := make(chan uint32, 1)
	go func() {
		var c uint32
		for _, p := range pieces {
			c = crc32Combine(c, checksum(p), int64(len(p)))
		}
		crc <- c
	}()
	var err error
	for _, p := range pieces {
		if _, err = w.Write(p); err != nil {
			break
		}
	}
	trailer := <-crc // not left running on pieces the caller may reuse
	if err != nil {
		return err
	}
	_, err = w.Write(binary.LittleEndian.AppendUint32(nil, trailer))
	return err
}

// layout is an artifact laid out (FORMAT.md): the header, section table
// and Kiln version, then the sections, each after the padding that aligns
// it (8 bytes; the code CodeAlign, a memory image linmem.PageSize), then
// the checksum of all that.
type layout struct {
	head []byte
	secs [numSections][]byte
	pads [numSections]int // the padding before each section
	size int              // the artifact's size, checksum included
}

// zeros is the longest padding.
var zeros [max(CodeAlign, linmem.PageSize)]byte

// pieces returns the artifact's bytes before the checksum, in order.
func (l *layout) pieces() [][]byte {
	ps := make([][]byte, 0, 1+2*(numSections-1))
	ps = append(ps, l.head)
	for id := 1; id < numSections; id++ {
		if l.pads[id] > 0 {
			ps = append(ps, zeros[:l.pads[id]])
		}
		if len(l.secs[id]) > 0 {
			ps = append(ps, l.secs[id])
		}
	}
	return ps
}

// layOut encodes the sections of the artifact of m compiled to c, but for
// the code and the memory image, which it refers to, and lays them out.
func layOut(m *wasm.Module, c *mach.Compiled, sum [32]byte, opts Options, img *linmem.Image) *layout {
	l := &layout{}
	secs := &l.secs
	var w writer
	encodeModule(&w, m, img != nil)
	secs[secModule] = w.b

	w = writer{}
	w.uv(uint64(len(m.Names.Funcs)))
	for _, idx := range sortedKeys(m.Names.Funcs) {
		w.uv(uint64(idx))
		w.str(m.Names.Funcs[idx])
	}
	secs[secNames] = w.b

	secs[secCode] = c.Code

	w = writer{}
	for _, r := range c.Relocs {
		w.u32(r.Offset)
		w.u8(uint8(r.Kind))
		w.u64(uint64(r.Addend))
	}
	secs[secRelocs] = w.b

	w = writer{}
	for _, f := range c.Funcs {
		w.u32(f.Start)
		w.u32(f.End)
		w.u32(f.WasmOffset)
	}
	secs[secFuncs] = w.b

	secs[secTraps] = c.TrapTable

	w = writer{}
	for _, idx := range sortedKeys(c.Shims) {
		w.u32(idx)
		w.u32(c.Shims[idx])
	}
	secs[secShims] = w.b

	w = writer{}
	for _, off := range c.HostThunks {
		w.u32(off)
	}
	secs[secThunks] = w.b

	w = writer{}
	for _, d := range c.Data {
		w.u32(d.Start)
		w.u32(d.End)
	}
	secs[secData] = w.b

	if img != nil {
		w = writer{}
		for _, r := range img.Runs {
			w.u32(r.Page)
			w.u32(r.Pages)
		}
		secs[secImageRuns] = w.b
		secs[secImage] = img.Data
	}

	// Header, section table, then the Kiln version.
	h := writer{b: make([]byte, 0, headerSize+sectionSize*(numSections-1)+binary.MaxVarintLen64+len(Version()))}
	h.b = append(h.b, Magic...)
	h.u32(FormatVersion)
	h.u32(c.ABIVersion)
	h.u32(uint32(c.Arch))
	h.u32(opts.flags())
	h.u64(uint64(c.Features))
	h.b = append(h.b, sum[:]...)
	h.u32(numSections - 1)
	h.u32(0)
	table := len(h.b)
	h.b = append(h.b, make([]byte, sectionSize*(numSections-1))...)
	h.str(Version())
	off := len(h.b)
	for id := 1; id < numSections; id++ {
		align := 8
		switch {
		case id == secCode:
			align = CodeAlign
		case id == secImage && len(secs[id]) > 0:
			align = linmem.PageSize
		}
		l.pads[id] = padding(off, align)
		off += l.pads[id]
		e := h.b[table+sectionSize*(id-1):]
		binary.LittleEndian.PutUint32(e, uint32(id))
		binary.LittleEndian.PutUint64(e[8:], uint64(off))
		binary.LittleEndian.PutUint64(e[16:], uint64(len(secs[id])))
		off += len(secs[id])
	}
	l.head = h.b
	l.size = off + trailerSize
	return l
}

func sortedKeys[V any](m map[uint32]V) []uint32 {
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// IsArtifact reports whether b starts like an artifact.
func IsArtifact(b []byte) bool { return bytes.HasPrefix(b, []byte(Magic)) }

// ErrIncompatible is wrapped by the errors for a valid artifact that this
// process must not load: another format, ABI or Kiln version, another
// architecture, or CPU features this machine lacks.
var ErrIncompatible = errors.New("incompatible artifact")

// ErrCorrupt is wrapped by the errors for an artifact that is damaged:
// truncated, a wrong checksum, or inconsistent contents.
var ErrCorrupt = errors.New("corrupt artifact")

// ReadHeader checks b's magic, checksum and header and returns the header.
// It does not check compatibility (see Decode).
func ReadHeader(b []byte) (*Header, error) {
	if err := checkFrame(b); err != nil {
		return nil, err
	}
	if err := checkSum(b); err != nil {
		return nil, err
	}
	return readHeader(b)
}

// checkFrame checks the magic and the minimum size.
func checkFrame(b []byte) error {
	if !IsArtifact(b) {
		return fmt.Errorf("%w: not a Kiln artifact (bad magic)", ErrCorrupt)
	}
	if len(b) < headerSize+trailerSize {
		return fmt.Errorf("%w: truncated (%d bytes)", ErrCorrupt, len(b))
	}
	return nil
}

// checkSum checks the trailer's CRC-32 (b passed checkFrame).
func checkSum(b []byte) error {
	body := b[:len(b)-trailerSize]
	if checksum(body) != binary.LittleEndian.Uint32(b[len(body):]) {
		return fmt.Errorf("%w: checksum mismatch (truncated or damaged file)", ErrCorrupt)
	}
	return nil
}

// readHeader decodes the header of b (which passed checkFrame; its
// checksum may not have been checked yet, so nothing here trusts it).
func readHeader(b []byte) (*Header, error) {
	body := b[:len(b)-trailerSize]
	r := &reader{b: body, off: len(Magic), what: "header"}
	h := &Header{FormatVersion: r.u32()}
	if h.FormatVersion != FormatVersion {
		return h, fmt.Errorf("%w: format version %d, this Kiln reads version %d", ErrIncompatible, h.FormatVersion, FormatVersion)
	}
	h.ABIVersion = r.u32()
	h.Arch = abi.Arch(r.u32())
	flags := r.u32()
	h.Options.Unoptimized = flags&flagUnoptimized != 0
	if flags&^knownFlags != 0 {
		r.fail("unknown option flags %#x", flags)
	}
	h.Features = abi.Features(r.u64())
	copy(h.ModuleSHA256[:], body[r.off:])
	r.off += 32
	if n := r.u32(); n != numSections-1 && r.err == nil {
		return nil, fmt.Errorf("%w: %d sections, want %d", ErrCorrupt, n, numSections-1)
	}
	if r.u32() != 0 {
		r.fail("reserved header word is not zero")
	}
	r.off += sectionSize * (numSections - 1)
	if r.off > len(body) {
		r.fail("truncated section table")
	}
	h.KilnVersion = r.str()
	if r.err != nil {
		return nil, r.err
	}
	// The version must end where the sections start: a damaged length
	// would otherwise read the sections as a (very long) version and
	// report a misleading "made by Kiln ..." instead of the damage.
	if first := binary.LittleEndian.Uint64(body[headerSize+8:]); uint64(r.off) > first {
		return nil, fmt.Errorf("%w: the Kiln version overlaps the sections", ErrCorrupt)
	}
	h.sectionsStart = r.off
	return h, nil
}

// Check reports whether this process can load an artifact with header h:
// the same Kiln version, ABI version and architecture, and every CPU
// feature the code needs.
func (h *Header) Check() error {
	if h.KilnVersion != Version() {
		return fmt.Errorf("%w: made by Kiln %s, this is Kiln %s (compile the module again)", ErrIncompatible, h.KilnVersion, Version())
	}
	if h.ABIVersion != abi.Version {
		return fmt.Errorf("%w: made for ABI version %d, this runtime has version %d", ErrIncompatible, h.ABIVersion, abi.Version)
	}
	host := abi.HostArch()
	if h.Arch != host {
		return fmt.Errorf("%w: the code is for %v and this machine is %v", ErrIncompatible, h.Arch, host)
	}
	if missing := h.Features &^ abi.HostFeatures(host); missing != 0 {
		return fmt.Errorf("%w: the code needs CPU features this machine lacks: %v", ErrIncompatible, missing)
	}
	return nil
}

// Decode checks artifact b (ReadHeader, Header.Check) and returns its
// module (without function bodies) and code. The results alias b, which
// must not change afterwards.
func Decode(b []byte) (*Header, *wasm.Module, *mach.Compiled, error) {
	if err := checkFrame(b); err != nil {
		return nil, nil, nil, err
	}
	// The checksum of a large artifact (3 ms for 35 MB) is computed on
	// other goroutines while this one decodes; decoding never trusts the
	// bytes, and a mismatch wins over whatever it found.
	var sumErr chan error
	if len(b) >= parallelChecksumBytes {
		sumErr = make(chan error, 1)
		go func() { sumErr <- checkSum(b) }()
	} else if err := checkSum(b); err != nil {
		return nil, nil, nil, err
	}
	h, err := readHeader(b)
	if err == nil {
		err = h.Check()
	}
	var m *wasm.Module
	var c *mach.Compiled
	if err == nil {
		m, c, err = decodeBody(b[:len(b)-trailerSize], h)
	}
	if sumErr != nil {
		if err := <-sumErr; err != nil {
			return nil, nil, nil, err
		}
	}
	if err != nil {
		return h, nil, nil, err
	}
	return h, m, c, nil
}

func decodeBody(body []byte, h *Header) (*wasm.Module, *mach.Compiled, error) {
	var secs [numSections][]byte
	var imageOff int64
	end := h.sectionsStart // no section overlaps the header or another
	for id := 1; id < numSections; id++ {
		e := body[headerSize+sectionSize*(id-1):]
		off, n := binary.LittleEndian.Uint64(e[8:]), binary.LittleEndian.Uint64(e[16:])
		if binary.LittleEndian.Uint32(e) != uint32(id) || binary.LittleEndian.Uint32(e[4:]) != 0 || off < uint64(end) || off > uint64(len(body)) || n > uint64(len(body))-off {
			return nil, nil, fmt.Errorf("%w: bad entry for the %s section", ErrCorrupt, sectionNames[id])
		}
		if id == secCode {
			if off%CodeAlign != 0 {
				return nil, nil, fmt.Errorf("%w: misaligned code section", ErrCorrupt)
			}
			h.CodeOffset = int64(off)
		}
		if id == secImage && n > 0 && off%linmem.PageSize != 0 {
			return nil, nil, fmt.Errorf("%w: misaligned memory image", ErrCorrupt)
		}
		if id == secImage {
			imageOff = int64(off)
		}
		secs[id] = body[off : off+n : off+n]
		end = int(off + n)
	}
	r := &reader{b: secs[secModule], what: "module section"}
	m, imaged := decodeModule(r)
	if r.err != nil {
		return nil, nil, r.err
	}
	if err := decodeImage(h, m, secs[secImageRuns], secs[secImage], imageOff, imaged); err != nil {
		return nil, nil, err
	}
	r = &reader{b: secs[secNames], what: "names section"}
	if n := r.count(2); n > 0 {
		m.Names.Funcs = make(map[uint32]string, n)
		for range n {
			idx := r.u32v()
			m.Names.Funcs[idx] = r.str()
		}
	}
	r.done()
	if r.err != nil {
		return nil, nil, r.err
	}
	c := &mach.Compiled{ABIVersion: h.ABIVersion, Arch: h.Arch, Features: h.Features, Code: secs[secCode], Layout: mach.LayoutOf(m)}
	code := uint64(len(c.Code))
	fixed := func(id, size int) (*reader, int, error) {
		s := secs[id]
		if len(s)%size != 0 {
			return nil, 0, fmt.Errorf("%w: %s section of %d bytes", ErrCorrupt, sectionNames[id], len(s))
		}
		return &reader{b: s, what: sectionNames[id] + " section"}, len(s) / size, nil
	}
	r, n, err := fixed(secRelocs, 13)
	if err != nil {
		return nil, nil, err
	}
	c.Relocs = make([]mach.LoadReloc, n)
	for i := range c.Relocs {
		c.Relocs[i] = mach.LoadReloc{Offset: r.u32(), Kind: abi.LoadRelocKind(r.u8()), Addend: int64(r.u64())}
	}
	// CheckRunnable (at load) checks each relocation against the code.
	r, n, err = fixed(secFuncs, 12)
	if err != nil {
		return nil, nil, err
	}
	if n != len(m.Funcs) {
		return nil, nil, fmt.Errorf("%w: %d function ranges for %d functions", ErrCorrupt, n, len(m.Funcs))
	}
	c.Funcs = make([]mach.FuncRange, n)
	for i := range c.Funcs {
		f := mach.FuncRange{Start: r.u32(), End: r.u32(), Index: m.NumImportedFuncs + uint32(i), WasmOffset: r.u32()}
		if f.Start > f.End || uint64(f.End) > code {
			return nil, nil, fmt.Errorf("%w: function %d's code range [%#x, %#x) is outside the code", ErrCorrupt, f.Index, f.Start, f.End)
		}
		c.Funcs[i] = f
	}
	c.TrapTable = secs[secTraps] // decoded only when something traps
	r, n, err = fixed(secShims, 8)
	if err != nil {
		return nil, nil, err
	}
	c.Shims = make(map[uint32]uint32, n)
	for range n {
		idx, off := r.u32(), r.u32()
		if idx >= m.NumFuncs() || uint64(off) >= code {
			return nil, nil, fmt.Errorf("%w: shim of function %d at %#x", ErrCorrupt, idx, off)
		}
		c.Shims[idx] = off
	}
	r, n, err = fixed(secThunks, 4)
	if err != nil {
		return nil, nil, err
	}
	if n != int(m.NumImportedFuncs) {
		return nil, nil, fmt.Errorf("%w: %d host thunks for %d imported functions", ErrCorrupt, n, m.NumImportedFuncs)
	}
	c.HostThunks = make([]uint32, n)
	for i := range c.HostThunks {
		if c.HostThunks[i] = r.u32(); uint64(c.HostThunks[i]) >= code {
			return nil, nil, fmt.Errorf("%w: host thunk %d at %#x is outside the code", ErrCorrupt, i, c.HostThunks[i])
		}
	}
	r, n, err = fixed(secData, 8)
	if err != nil {
		return nil, nil, err
	}
	c.Data = make([]mach.Range, n)
	for i := range c.Data {
		c.Data[i] = mach.Range{Start: r.u32(), End: r.u32()}
	}
	return m, c, nil
}
