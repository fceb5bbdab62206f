// Package instance loads compiled modules and instantiates them: instance
// data (VMCtx, see backend/ABI.md), linear memory, tables, globals, import
// resolution, segment initialization in the spec's order, the start
// function, host calls (imported Go functions and runtime builtins) and
// calls into exported functions.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package instance

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync/atomic"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/artifact"
	"github.com/kilnwasm/kiln/runtime/internal/codemem"
	"github.com/kilnwasm/kiln/runtime/internal/native"
	"github.com/kilnwasm/kiln/runtime/internal/vmem"
	"github.com/kilnwasm/kiln/runtime/linmem"
)

// Module is a compiled module loaded into executable memory, ready to be
// instantiated any number of times.
type Module struct {
	Wasm     *wasm.Module
	Compiled *mach.Compiled
	blob     *codemem.Blob
	typeIDs  []uint32 // canonical id of each type
	descs    []uint64 // descriptor template of the defined functions
	// dataSlots is the length of an instance's data segment list.
	dataSlots int
	image     *linmem.Image // memory 0's initial contents, if precomputed
	mapping   *artifact.Mapping

	// Lifetime (life.go): live instances, Close called, code released.
	users    atomic.Int64
	closed   atomic.Bool
	released atomic.Bool
}

// Load places compiled code in executable memory, applying its load-time
// relocations.
//
// A module with enough active data gets its initial memory as an image
// (artifact.MemoryImage), as its artifact would: every instance then maps
// it copy-on-write instead of applying the segments again.
func Load(m *wasm.Module, c *mach.Compiled) (*Module, error) {
	// The image depends on the module alone: it is worked out while the
	// code is copied and relocated (for a large module both take
	// milliseconds, and a compile's caller waits for them).
	image := make(chan *linmem.Image, 1)
	go func() { image <- artifact.MemoryImage(m) }()
	mod, err := load(m, c, nil, 0)
	img := <-image
	if err == nil {
		mod.setImage(img)
	}
	return mod, err
}

// setImage sets the module's memory image (or none) and, with it, how
// many data segments an instance keeps: with an image, the list ends at
// the last passive segment (memory.init and data.drop take the indices
// past it as dropped active ones; a Go module has 100,000 of those).
func (m *Module) setImage(img *linmem.Image) {
	m.image = img
	m.dataSlots = len(m.Wasm.Datas)
	if img != nil {
		for m.dataSlots > 0 && m.Wasm.Datas[m.dataSlots-1].Mode == wasm.SegmentActive {
			m.dataSlots--
		}
	}
}

// MemoryImage returns memory 0's initial contents if the module has them
// as an image (artifact.MemoryImage), else nil.
func (m *Module) MemoryImage() *linmem.Image { return m.image }

// LoadArtifact loads a module decoded from an artifact (artifact.Decode
// gave h, m and c). With its memory image (h.Image), instantiation maps
// the image instead of applying active data segments. If mp is not nil,
// the artifact is mp's contents: the code and the image are mapped from
// its file (private: never written back) rather than copied, and the
// module closes mp when its code is released.
func LoadArtifact(h *artifact.Header, m *wasm.Module, c *mach.Compiled, mp *artifact.Mapping) (*Module, error) {
	var file *os.File
	if mp != nil {
		file = mp.File()
	}
	mod, err := load(m, c, file, h.CodeOffset)
	if err != nil {
		return nil, err
	}
	if h.Image != nil {
		mod.setImage(&linmem.Image{Runs: h.Image.Runs, Data: h.Image.Data, File: file, Offset: h.Image.Offset})
	} else {
		mod.setImage(nil)
	}
	mod.mapping = mp
	if mp != nil {
		// The code runs from its own mapping (or copy) of the file, the
		// image is mapped into memories from the file: the whole-file
		// mapping's pages of both need not stay resident (read again,
		// they come back from the file).
		mp.Drop(h.CodeOffset, int64(len(c.Code)))
		if h.Image != nil {
			mp.Drop(h.Image.Offset, int64(len(h.Image.Data)))
		}
	}
	return mod, nil
}

// load is Load for code that file holds at offset off: mapped from there
// (private) rather than copied, when off is page-aligned.
func load(m *wasm.Module, c *mach.Compiled, file *os.File, off int64) (*Module, error) {
	if err := CheckRunnable(c); err != nil {
		return nil, err
	}
	if err := native.Init(); err != nil {
		return nil, err
	}
	stubs := native.StubAddrs()
	opt := &codemem.Options{Funcs: make([]codemem.Func, len(c.Funcs))}
	if file != nil && uintptr(off)%vmem.PageSize == 0 {
		opt.File, opt.FileOffset = file, off
	}
	for i, f := range c.Funcs {
		opt.Funcs[i] = codemem.Func{Start: f.Start, End: f.End, Index: int32(f.Index)}
	}
	// Trap sites are needed only by a trap: converted at the first.
	opt.LazyTraps = func() []codemem.TrapSite {
		traps := c.TrapSites()
		out := make([]codemem.TrapSite, len(traps))
		for i, t := range traps {
			out[i] = codemem.TrapSite{Start: t.Start, End: t.End, Code: t.Code, Func: int32(t.Func), WasmOffset: uint32(max(t.Pos, 0))}
		}
		return out
	}
	opt.Relocate = func(code []byte, base uintptr) {
		for _, r := range c.Relocs { // all RelocStubAbs64 (CheckRunnable)
			v := uint64(stubs.Trap)
			if r.Addend == abi.StubHostExit {
				v = uint64(stubs.HostExit)
			}
			binary.LittleEndian.PutUint64(code[r.Offset:], v)
		}
	}
	blob, err := codemem.Load(c.Code, opt)
	if err != nil {
		return nil, err
	}
	mod := &Module{Wasm: m, Compiled: c, blob: blob}
	for _, t := range m.Types {
		mod.typeIDs = append(mod.typeIDs, typeIDs.ID(t))
	}
	// The defined functions' descriptors, but for the VMCtx word, are the
	// same in every instance: instantiation copies them. A module whose
	// tables hold packed elements has its type keys beside the ids.
	var keys []uint32
	if c.Layout.LocalFuncRefs {
		keys = wasm.TypeKeys(m.Types)
	}
	mod.descs = make([]uint64, abi.DescriptorSize/8*len(m.Funcs))
	for i := range m.Funcs {
		idx := m.NumImportedFuncs + uint32(i)
		d := mod.descs[abi.DescriptorSize/8*i:]
		d[abi.DescCode/8] = uint64(mod.funcEntry(idx))
		t := m.FuncTypes[idx]
		d[abi.DescTypeID/8] = uint64(mod.typeIDs[t])
		if keys != nil {
			d[abi.DescTypeID/8] |= uint64(keys[t]) << 32 // DescTypeKey
		}
		if s, ok := mod.shim(idx); ok {
			d[abi.DescShim/8] = uint64(s)
		}
	}
	if perfMapOn.Get() {
		writePerfMap(mod)
	}
	return mod, nil
}

// Close closes the module: it cannot be instantiated any more. Its code is
// released now if it has no live instance, else when the last one is
// released (closing a module under live instances is safe).
func (m *Module) Close() error {
	if m.closed.Swap(true) {
		return nil
	}
	if m.users.Load() == 0 {
		return m.releaseCode()
	}
	return nil
}

func (m *Module) addr(off uint32) uintptr { return m.blob.Addr() + uintptr(off) }

// funcEntry returns the internal-convention entry of defined function idx.
func (m *Module) funcEntry(idx uint32) uintptr {
	return m.addr(m.Compiled.Funcs[idx-m.Wasm.NumImportedFuncs].Start)
}

func (m *Module) shim(idx uint32) (uintptr, bool) {
	off, ok := m.Compiled.Shims[idx]
	if !ok {
		return 0, false
	}
	return m.addr(off), true
}

func (m *Module) funcType(idx uint32) wasm.FuncType { return m.Wasm.Types[m.Wasm.FuncTypes[idx]] }

func (m *Module) String() string { return fmt.Sprintf("module(%d functions)", len(m.Wasm.Funcs)) }

// ErrIncompatible is wrapped by the error Load returns for code this
// process cannot run: another ABI version, another architecture, or CPU
// features this machine lacks.
var ErrIncompatible = errors.New("compiled code cannot run here")

// CheckRunnable reports whether this process can run c: its ABI version,
// architecture and required CPU features, and relocations inside the code.
func CheckRunnable(c *mach.Compiled) error {
	if c.ABIVersion != abi.Version {
		return fmt.Errorf("%w: made for ABI version %d, this runtime has version %d", ErrIncompatible, c.ABIVersion, abi.Version)
	}
	host := abi.HostArch()
	if c.Arch != host {
		return fmt.Errorf("%w: the code is for %v and this machine is %s", ErrIncompatible, c.Arch, runtime.GOARCH)
	}
	if missing := c.Features &^ abi.HostFeatures(host); missing != 0 {
		return fmt.Errorf("%w: the code uses CPU features this machine lacks: %v", ErrIncompatible, missing)
	}
	for _, r := range c.Relocs {
		if uint64(r.Offset)+8 > uint64(len(c.Code)) {
			return fmt.Errorf("%w: relocation at %#x is outside the code (%d bytes)", ErrIncompatible, r.Offset, len(c.Code))
		}
		if r.Kind != abi.RelocStubAbs64 || r.Addend < 0 || r.Addend >= abi.NumStubs {
			return fmt.Errorf("%w: relocation at %#x has kind %d and addend %d", ErrIncompatible, r.Offset, r.Kind, r.Addend)
		}
	}
	return nil
}

// LoadArtifactFile maps the artifact at path and loads it (LoadArtifact),
// its code and memory image mapped from the file. If sum is not nil the
// artifact must be of the module whose bytes hash to *sum (a cache
// entry). The file stays mapped until the module's code is released.
func LoadArtifactFile(path string, sum *[32]byte) (*artifact.Header, *wasm.Module, *Module, error) {
	mp, err := artifact.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	h, m, c, err := artifact.Decode(mp.Bytes())
	if err == nil && sum != nil && h.ModuleSHA256 != *sum {
		err = errors.New("artifact of another module")
	}
	var mod *Module
	if err == nil {
		mod, err = LoadArtifact(h, m, c, mp)
	}
	if err != nil {
		mp.Close()
		return nil, nil, nil, err
	}
	return h, m, mod, nil
}

// CopyArtifact returns a copy of the artifact the module was loaded from
// by LoadArtifactFile, or nil if it was not. ok is false once the module
// is closed.
func (m *Module) CopyArtifact() (b []byte, ok bool) {
	if !m.acquireModule() { // keeps the mapping while copying
		return nil, false
	}
	defer m.dropInstance()
	if m.mapping == nil {
		return nil, true
	}
	return slices.Clone(m.mapping.Bytes()), true
}
