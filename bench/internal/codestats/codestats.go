// Package codestats computes static figures of the code Kiln generates, for
// comparing targets where their speed cannot be measured (arm64 under qemu):
// per function, its Wasm instructions and, per target, its machine code
// bytes, its machine instructions and a rough classification of those.
package codestats

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Func is one defined function of a module.
type Func struct {
	Index uint32 // function index (imports included), as kiln objdump --func takes it
	Name  string // from the name section, "" if none
	Wasm  int    // Wasm instructions in the body, the final end included
	// Shape hashes the body's opcode sequence without immediates: a library
	// function linked into several programs has the same shape in each even
	// though its call indices and addresses differ.
	Shape uint64
	Code  []Code // per target, parallel to Module.Targets
}

// Module is the figures of one module.
type Module struct {
	Targets []backend.Target
	Funcs   []Func
}

// Code is the figures of a range of machine code.
type Code struct {
	Bytes     int // code range bytes, inline data included
	DataBytes int // inline data in the range (jump tables)
	Insts     int // machine instructions (data excluded)
	Classes   [NumClasses]int
	// MemOperand counts ALU, compare and float instructions that also
	// access memory (amd64 folds a load into them; arm64 cannot).
	MemOperand int
	// Undecoded counts bytes that did not decode (each also counted as an
	// instruction of ClassOther); nonzero means the figures are suspect.
	Undecoded int
}

// Add adds d's figures to c's.
func (c *Code) Add(d Code) {
	c.Bytes += d.Bytes
	c.DataBytes += d.DataBytes
	c.Insts += d.Insts
	for i := range c.Classes {
		c.Classes[i] += d.Classes[i]
	}
	c.MemOperand += d.MemOperand
	c.Undecoded += d.Undecoded
}

// Analyze compiles validated module m for each target and returns the
// figures of its defined functions. Entry shims and thunks are left out:
// they are per-module glue, not code generated for Wasm instructions.
func Analyze(ctx context.Context, m *wasm.Module, targets []backend.Target) (*Module, error) {
	out := &Module{Targets: targets, Funcs: make([]Func, len(m.Codes))}
	for i := range m.Codes {
		f := &out.Funcs[i]
		f.Index = m.NumImportedFuncs + uint32(i)
		f.Name = m.FuncName(f.Index)
		var err error
		f.Wasm, f.Shape, err = WasmInstrs(m.Codes[i].Body)
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", f.Index, err)
		}
		f.Code = make([]Code, len(targets))
	}
	for t, tg := range targets {
		c, err := backend.Compile(ctx, m, backend.Options{Target: tg})
		if err != nil {
			return nil, fmt.Errorf("%v: %w", tg.Arch, err)
		}
		codes, err := Measure(c)
		if err != nil {
			return nil, fmt.Errorf("%v: %w", tg.Arch, err)
		}
		for k, fr := range c.Funcs {
			i := int(fr.Index - m.NumImportedFuncs)
			if i < 0 || i >= len(out.Funcs) {
				return nil, fmt.Errorf("%v: code range for function %d, which has no body", tg.Arch, fr.Index)
			}
			out.Funcs[i].Code[t] = codes[k]
		}
	}
	return out, nil
}

// WasmInstrs counts the instructions of a function body (the bytes after
// the local declarations, as wasm.Code.Body holds them) and hashes their
// opcode sequence.
func WasmInstrs(body []byte) (n int, shape uint64, err error) {
	h := fnv.New64a()
	r := wasm.NewInstrReader(body, 0)
	var in wasm.Instr
	var op [2]byte
	for r.More() {
		if err := r.Next(&in); err != nil {
			return 0, 0, err
		}
		n++
		binary.LittleEndian.PutUint16(op[:], uint16(in.Op))
		h.Write(op[:])
	}
	return n, h.Sum64(), nil
}

// Measure returns the figures of each function range of c, parallel to
// c.Funcs.
func Measure(c *mach.Compiled) ([]Code, error) {
	data := dataRanges(c)
	out := make([]Code, len(c.Funcs))
	for k, fr := range c.Funcs {
		if fr.End < fr.Start || int(fr.End) > len(c.Code) {
			return nil, fmt.Errorf("function %d: range %#x-%#x outside the code (%d bytes)", fr.Index, fr.Start, fr.End, len(c.Code))
		}
		cd := &out[k]
		cd.Bytes = int(fr.End - fr.Start)
		for pc := fr.Start; pc < fr.End; {
			if end, ok := inData(data, pc); ok {
				end = min(end, fr.End)
				cd.DataBytes += int(end - pc)
				pc = end
				continue
			}
			// An instruction never runs into data, so decode only up
			// to the next data range.
			stop := fr.End
			if j, _ := slices.BinarySearchFunc(data, pc, func(r mach.Range, pc uint32) int { return cmpU32(r.Start, pc) }); j < len(data) && data[j].Start < stop {
				stop = data[j].Start
			}
			size, cl, memOp := classify(c.Arch, c.Code[pc:stop])
			if size == 0 {
				size, cl = 1, ClassOther
				cd.Undecoded++
			}
			cd.Insts++
			cd.Classes[cl]++
			if memOp {
				cd.MemOperand++
			}
			pc += uint32(size)
		}
	}
	return out, nil
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// dataRanges returns the ranges of c.Code that hold data (jump tables,
// constant pools), sorted.
func dataRanges(c *mach.Compiled) []mach.Range {
	rs := slices.Clone(c.Data)
	slices.SortFunc(rs, func(a, b mach.Range) int { return cmpU32(a.Start, b.Start) })
	// Merge overlaps so that inData finds every range containing pc.
	var merged []mach.Range
	for _, r := range rs {
		if n := len(merged); n > 0 && r.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, r.End)
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// inData reports whether pc is in one of the sorted ranges, and its end.
func inData(rs []mach.Range, pc uint32) (uint32, bool) {
	j, _ := slices.BinarySearchFunc(rs, pc, func(r mach.Range, pc uint32) int {
		if r.End <= pc {
			return -1
		}
		if r.Start > pc {
			return 1
		}
		return 0
	})
	if j < len(rs) && rs[j].Start <= pc && pc < rs[j].End {
		return rs[j].End, true
	}
	return 0, false
}

// Shapes returns the set of the shapes of m's function bodies.
func Shapes(m *wasm.Module) (map[uint64]bool, error) {
	set := make(map[uint64]bool, len(m.Codes))
	for i := range m.Codes {
		_, s, err := WasmInstrs(m.Codes[i].Body)
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", m.NumImportedFuncs+uint32(i), err)
		}
		set[s] = true
	}
	return set, nil
}

// Kernels returns the n largest functions of mod (by Wasm instructions,
// ties by index) whose shape is in none of others: in a statically linked
// program, the program's own code rather than the library code it shares
// with the other programs (printf, malloc).
func Kernels(mod *Module, others []map[uint64]bool, n int) []Func {
	var own []Func
	for _, f := range mod.Funcs {
		shared := false
		for _, o := range others {
			shared = shared || o[f.Shape]
		}
		if !shared {
			own = append(own, f)
		}
	}
	slices.SortStableFunc(own, func(a, b Func) int { return b.Wasm - a.Wasm })
	return own[:min(n, len(own))]
}
