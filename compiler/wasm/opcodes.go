package wasm

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Opcode identifies an instruction. Plain opcodes are their byte; prefixed
// ones are 0xFC00|n and 0xFD00|n, so every opcode fits in 16 bits.
type Opcode uint16

// ImmKind says which immediates follow an opcode.
type ImmKind uint8

// Immediate kinds.
const (
	ImmNone         ImmKind = iota
	ImmBlock                // block type
	ImmLabel                // label index
	ImmBrTable              // vector of labels and a default
	ImmFunc                 // function index
	ImmCallIndirect         // type index, table index
	ImmLocal                // local index
	ImmGlobal               // global index
	ImmTable                // table index
	ImmMemory               // memory index (a zero byte in 2.0)
	ImmMemoryCopy           // two memory indices (zero bytes)
	ImmMemoryInit           // data index, memory index (zero byte)
	ImmData                 // data index
	ImmElem                 // element segment index
	ImmTableInit            // element segment index, table index
	ImmTableCopy            // destination table, source table
	ImmI32                  // signed LEB128
	ImmI64                  // signed LEB128
	ImmF32                  // 4 bytes
	ImmF64                  // 8 bytes
	ImmV128                 // 16 bytes
	ImmShuffle              // 16 lane indices
	ImmSelectType           // vector of value types
	ImmRefType              // reference type
	ImmMemArg               // alignment, offset
	ImmLane                 // lane index
	ImmMemArgLane           // alignment, offset, lane index
)

// opDef describes one opcode.
type opDef struct {
	op   Opcode
	name string
	imm  ImmKind
	// sig is "params:results" with one letter per value type (i=i32 I=i64
	// f=f32 F=f64 v=v128), or "*" when the validator handles the opcode by
	// hand (control flow, variables, references, tables, ...).
	sig   string
	align uint8 // log2 of the natural alignment, for memory accesses
	lanes uint8 // number of lanes, for lane immediates
}

// OpInfo is what the rest of the compiler needs to know about an opcode.
type OpInfo struct {
	Name    string
	Imm     ImmKind
	Params  []ValType // nil for opcodes typed by hand (Special)
	Results []ValType
	Special bool
	Align   uint8 // log2 of natural alignment (memory accesses)
	Lanes   uint8 // lane count (lane immediates)
	Valid   bool
}

var (
	plainInfo [256]OpInfo
	fcInfo    [256]OpInfo
	fdInfo    [256]OpInfo
)

func sigTypes(s string) []ValType {
	if s == "" {
		return []ValType{}
	}
	out := make([]ValType, len(s))
	for i, c := range s {
		switch c {
		case 'i':
			out[i] = I32
		case 'I':
			out[i] = I64
		case 'f':
			out[i] = F32
		case 'F':
			out[i] = F64
		case 'v':
			out[i] = V128
		default:
			panic("bad signature letter " + string(c))
		}
	}
	return out
}

// infoOnce fills the tables on first use rather than in an init function:
// a program that runs a cached artifact never decodes a module, and every
// start of kiln would otherwise pay for the fill and for faulting in the
// tables' 60 KB.
var infoOnce sync.Once

func fillInfo() {
	// Opcodes share their few dozen signatures: one slice per signature.
	sigs := map[string][]ValType{}
	sigTypes := func(s string) []ValType {
		t, ok := sigs[s]
		if !ok {
			t = sigTypes(s)
			sigs[s] = t
		}
		return t
	}
	fill := func(defs []opDef) {
		for _, d := range defs {
			info := OpInfo{Name: d.name, Imm: d.imm, Align: d.align, Lanes: d.lanes, Valid: true}
			if d.sig == "*" {
				info.Special = true
			} else {
				var p, r string
				for i := 0; i < len(d.sig); i++ {
					if d.sig[i] == ':' {
						p, r = d.sig[:i], d.sig[i+1:]
					}
				}
				info.Params, info.Results = sigTypes(p), sigTypes(r)
			}
			*infoSlot(d.op) = info
		}
	}
	fill(plainOps[:])
	fill(prefixFCOps[:])
	fill(prefixFDOps[:])
}

func infoSlot(op Opcode) *OpInfo {
	switch op >> 8 {
	case 0:
		return &plainInfo[op]
	case 0xFC:
		return &fcInfo[op&0xff]
	case 0xFD:
		return &fdInfo[op&0xff]
	}
	return nil
}

var invalidInfo OpInfo

// prefixedImmKind is op's entry in immKindsFC or immKindsFD (its
// immediate kind plus one, zero if unassigned), 0 for an opcode with
// neither prefix.
func prefixedImmKind(op Opcode) byte {
	switch op >> 8 {
	case 0xFC:
		return immKindsFC[op&0xff]
	case 0xFD:
		return immKindsFD[op&0xff]
	}
	return 0
}

// infoReady is set once the tables are filled: Info's test of it, unlike
// a call to infoOnce.Do, leaves Info small enough to inline where the
// validator asks for every instruction.
var infoReady atomic.Bool

// Info describes op; Info(op).Valid is false for an unassigned opcode.
func (op Opcode) Info() *OpInfo {
	if op < 0x100 && infoReady.Load() {
		return &plainInfo[op]
	}
	return op.info()
}

// PlainInfos returns the descriptions of the opcodes without a prefix,
// indexed by opcode: looked up there, the instructions of a body need
// not each test, as Info does, that the tables are filled.
func PlainInfos() *[256]OpInfo {
	Opcode(0).info() // fills the tables
	return &plainInfo
}

// info is Info for any opcode; the first call fills the tables.
func (op Opcode) info() *OpInfo {
	infoOnce.Do(func() {
		fillInfo()
		infoReady.Store(true)
	})
	if p := infoSlot(op); p != nil {
		return p
	}
	return &invalidInfo
}

func (op Opcode) String() string {
	if i := op.Info(); i.Valid {
		return i.Name
	}
	return fmt.Sprintf("opcode(0x%x)", uint16(op))
}
