package wasmgen

import (
	"fmt"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// DataImageModule returns a module with more than 64 KiB of active data,
// enough for an artifact to store its initial memory as an image
// (runtime/artifact.MemoryImage), laid out to catch mistakes in one: a
// passive segment between active ones, overlapping active segments (the
// later one wins), and data on a page that is not next to the others.
// Its 4-page memory (maximum 8) is exported as "mem"; for each segment s,
// "init<s>"(d, src, n) runs memory.init s and "drop<s>"() data.drop s.
//
//	segment 0: active at 100, 70,000 bytes, byte i = i*7
//	segment 1: passive, 1,000 bytes, byte i = i*3+1
//	segment 2: active at 3*65536+5, 10 bytes 0xee
//	segment 3: active at 150, 50 bytes 0xcc
func DataImageModule() []byte {
	fill := func(n int, f func(i int) byte) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = f(i)
		}
		return b
	}
	at := func(off int32) []byte { return (&Code{}).I32Const(off).B }
	m := New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}}, {}}
	m.Memory = &Memory{Min: 4, Max: 8, HasMax: true}
	m.Exports = []Export{{Name: "mem", Kind: wasm.ExternMemory}}
	m.DataCount = true
	m.Datas = []Data{
		{Active: true, Offset: at(100), Init: fill(70000, func(i int) byte { return byte(i * 7) })},
		{Init: fill(1000, func(i int) byte { return byte(i*3 + 1) })},
		{Active: true, Offset: at(3*65536 + 5), Init: fill(10, func(int) byte { return 0xee })},
		{Active: true, Offset: at(150), Init: fill(50, func(int) byte { return 0xcc })},
	}
	for s := range uint32(len(m.Datas)) {
		init := (&Code{}).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(2).
			Op(wasm.OpMemoryInit).U32(s).Byte(0)
		drop := (&Code{}).Op(wasm.OpDataDrop).U32(s)
		m.Funcs = append(m.Funcs, Func{TypeIndex: 0, Body: init.B}, Func{TypeIndex: 1, Body: drop.B})
		m.Exports = append(m.Exports,
			Export{Name: fmt.Sprint("init", s), Kind: wasm.ExternFunc, Index: 2 * s},
			Export{Name: fmt.Sprint("drop", s), Kind: wasm.ExternFunc, Index: 2*s + 1})
	}
	return m.Encode()
}
