package difffuzz

import (
	"errors"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// nanLaneOps are the vector instructions whose float lanes may be NaNs
// of the engine's choosing (arithmetic NaNs: sign and payload free),
// with the comparison that tells a lane is not NaN. The others (abs,
// neg, pmin/pmax, bitwise and lane moves) are deterministic.
var nanLaneOps = map[wasm.Opcode]wasm.Opcode{}

func init() {
	for _, op := range []wasm.Opcode{wasm.OpF32x4Ceil, wasm.OpF32x4Floor, wasm.OpF32x4Trunc, wasm.OpF32x4Nearest,
		wasm.OpF32x4Sqrt, wasm.OpF32x4Add, wasm.OpF32x4Sub, wasm.OpF32x4Mul, wasm.OpF32x4Div,
		wasm.OpF32x4Min, wasm.OpF32x4Max, wasm.OpF32x4DemoteF64x2Zero} {
		nanLaneOps[op] = wasm.OpF32x4Eq
	}
	for _, op := range []wasm.Opcode{wasm.OpF64x2Ceil, wasm.OpF64x2Floor, wasm.OpF64x2Trunc, wasm.OpF64x2Nearest,
		wasm.OpF64x2Sqrt, wasm.OpF64x2Add, wasm.OpF64x2Sub, wasm.OpF64x2Mul, wasm.OpF64x2Div,
		wasm.OpF64x2Min, wasm.OpF64x2Max, wasm.OpF64x2PromoteLowF32x4} {
		nanLaneOps[op] = wasm.OpF64x2Eq
	}
}

// DenanV128 does for vector float arithmetic what binaryen 108's --denan
// does only for scalars: after each instruction of nanLaneOps it zeroes
// the NaN lanes (x & (x == x) with a new v128 local per function), so
// that the engines' legitimately different NaNs never reach integer
// lanes, memory or host calls. A module without such instructions is
// returned as is.
func DenanV128(b []byte) ([]byte, error) {
	m, err := wasm.Decode(b)
	if err != nil {
		return nil, err
	}
	// Find the code section in the binary.
	pos, start, end := 8, -1, -1
	for pos < len(b) {
		id := b[pos]
		size, n := uleb(b[pos+1:])
		if n == 0 {
			return nil, errors.New("denan: bad section size")
		}
		body := pos + 1 + n
		if id == 10 {
			start, end = pos, body+int(size)
			break
		}
		pos = body + int(size)
	}
	if start < 0 {
		return b, nil
	}
	changed := false
	sec := wasmgen.AppendU32(nil, uint32(len(m.Codes)))
	for i, c := range m.Codes {
		ft := m.Types[m.FuncTypes[int(m.NumImportedFuncs)+i]]
		tmp := uint32(len(ft.Params)) + c.NumLocals
		var expr wasmgen.Code
		r := wasm.NewInstrReader(c.Body, 0)
		var in wasm.Instr
		uses := false
		for r.More() {
			from := r.Pos()
			if err := r.Next(&in); err != nil {
				return nil, err
			}
			expr.B = append(expr.B, c.Body[from:r.Pos()]...)
			if eq, ok := nanLaneOps[in.Op]; ok {
				uses = true
				expr.Op(wasm.OpLocalTee).U32(tmp).Op(wasm.OpLocalGet).U32(tmp).Op(wasm.OpLocalGet).U32(tmp)
				expr.Op(eq).Op(wasm.OpV128And)
			}
		}
		locals := c.Locals
		if uses {
			changed = true
			locals = append(locals[:len(locals):len(locals)], wasm.LocalRun{Count: 1, Type: wasm.V128})
		} else {
			expr.B = c.Body
		}
		entry := wasmgen.AppendU32(nil, uint32(len(locals)))
		for _, l := range locals {
			entry = wasmgen.AppendU32(entry, l.Count)
			entry = append(entry, byte(l.Type))
		}
		entry = append(entry, expr.B...)
		sec = wasmgen.AppendU32(sec, uint32(len(entry)))
		sec = append(sec, entry...)
	}
	if !changed {
		return b, nil
	}
	out := append([]byte(nil), b[:start]...)
	out = append(out, 10)
	out = wasmgen.AppendU32(out, uint32(len(sec)))
	out = append(out, sec...)
	return append(out, b[end:]...), nil
}

// uleb decodes an unsigned LEB128 u32 (n is 0 if malformed).
func uleb(b []byte) (v uint32, n int) {
	for shift := 0; n < len(b) && n < 5; shift += 7 {
		c := b[n]
		n++
		v |= uint32(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, n
		}
	}
	return 0, 0
}
