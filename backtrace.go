package kiln

import "github.com/kilnwasm/kiln/compiler/wasm"

// Frame is a function activation in a trap's backtrace.
type Frame struct {
	// Func is the function's index (in the function index space, imports
	// first).
	Func int32
	// Name is the function's name in the module's name section, else the
	// first name it is exported under, else "".
	Name string
	// Offset is the byte offset in the .wasm of the instruction the frame
	// is executing, as wasm-objdump -d gives it: the one that trapped in
	// the innermost frame, a call in the others; -1 if unknown.
	Offset int
}

// Backtrace returns the backtrace of trap t, returned by a call into an
// instance of m, innermost frame first. It may be cut: the runtime keeps
// at most the 257 innermost frames, and none beyond a host function.
func (m *Module) Backtrace(t *Trap) []Frame {
	fns := t.Frames
	if len(fns) == 0 && t.Func >= 0 {
		fns = []int32{t.Func}
	}
	if len(fns) == 0 {
		return nil
	}
	var exports map[uint32]string
	name := func(fi int32) string {
		if n := m.wasm.FuncName(uint32(fi)); n != "" {
			return n
		}
		if exports == nil {
			exports = map[uint32]string{}
			for _, e := range m.wasm.Exports {
				if _, dup := exports[e.Index]; e.Kind == wasm.ExternFunc && !dup {
					exports[e.Index] = e.Name
				}
			}
		}
		return exports[uint32(fi)]
	}
	out := make([]Frame, len(fns))
	for i, fi := range fns {
		out[i] = Frame{Func: fi, Name: name(fi), Offset: -1}
	}
	nimp := int32(m.wasm.NumImportedFuncs)
	if m.loaded == nil {
		return out
	}
	funcs := m.loaded.Compiled.Funcs
	at := func(fi, off int32) int {
		if fi < nimp || int(fi-nimp) >= len(funcs) || off < 0 {
			return -1
		}
		return int(funcs[fi-nimp].WasmOffset) + int(off)
	}
	if !t.NativeOffset && fns[0] == t.Func {
		out[0].Offset = at(t.Func, int32(t.Offset))
	}
	if len(t.FrameOffsets) == len(fns) {
		for i := 1; i < len(fns); i++ {
			out[i].Offset = at(fns[i], t.FrameOffsets[i])
		}
	}
	return out
}
