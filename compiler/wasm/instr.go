package wasm

// BlockKind says how a block type is given.
type BlockKind uint8

// Block type kinds.
const (
	BlockEmpty BlockKind = iota // no results
	BlockValue                  // one result of type Value
	BlockIndex                  // the function type at Index
)

// BlockType is the type of a block, loop or if.
type BlockType struct {
	Kind  BlockKind
	Value ValType
	Index uint32
}

// Instr is one decoded instruction. Which fields are meaningful depends on
// the opcode's immediate kind (Op.Info().Imm). An InstrReader reuses one
// Instr for every instruction, so nothing here is allocated per instruction.
type Instr struct {
	Op     Opcode
	Offset int // offset of the opcode from the start of the body

	Block BlockType
	// Index is the first index immediate: label (br, br_if, br_table's
	// default), function, local, global, table, call_indirect's type,
	// data or element segment, table.copy's destination.
	Index uint32
	// Index2 is the second: call_indirect's table, table.init's table,
	// table.copy's source.
	Index2 uint32
	// Const holds the bits of i32/i64/f32/f64 constants (i32 sign-extended).
	Const     uint64
	Align     uint32 // memarg alignment exponent
	MemOffset uint64 // memarg offset
	Lane      byte
	V128      [16]byte // v128.const bytes, i8x16.shuffle lanes
	// Labels are br_table's targets (Index is the default). They alias the
	// reader's buffer and are valid until the next call to Next.
	Labels []uint32
	// Type is ref.null's type and select's first type; TypeCount is the
	// number of types select declares.
	Type      ValType
	TypeCount uint32
}

// InstrReader decodes the instructions of a function body or constant
// expression one at a time.
type InstrReader struct {
	r      reader
	base   int // module offset of body[0]
	labels []uint32
}

// NewInstrReader returns a reader over code, whose first byte is at module
// offset base (used in errors).
func NewInstrReader(code []byte, base int) InstrReader {
	return InstrReader{r: reader{b: code, end: len(code), eofReason: errUnexpectedEndSF}, base: base}
}

// Reset starts reading a new body, keeping the label buffer.
func (ir *InstrReader) Reset(code []byte, base int) {
	ir.r = reader{b: code, end: len(code), eofReason: errUnexpectedEndSF}
	ir.base = base
}

// Pos is the offset of the next instruction from the start of the code.
func (ir *InstrReader) Pos() int { return ir.r.pos }

// More reports whether bytes remain.
func (ir *InstrReader) More() bool { return ir.r.pos < ir.r.end }

// Next decodes the next instruction into in. On malformed input it returns
// an *Error whose Offset is a module offset.
func (ir *InstrReader) Next(in *Instr) error {
	r := &ir.r
	in.Offset = r.pos
	c := r.byte()
	op := Opcode(c)
	// The immediate kind, plus one: a plain opcode's (nearly all are)
	// straight from its table, a prefixed one's once it is read whole.
	n := immKindsPlain[c]
	if n == byte(ImmNone)+1 && r.err == nil {
		// Most instructions have no immediate: they are done.
		in.Op = op
		return nil
	}
	if c == 0xFC || c == 0xFD {
		sub := r.u32()
		if r.err == nil && sub > 0xff {
			return ir.errAt(in.Offset, "illegal opcode")
		}
		op = Opcode(c)<<8 | Opcode(sub)
		n = prefixedImmKind(op)
	}
	if r.err != nil {
		return ir.err()
	}
	in.Op = op
	if n == 0 {
		e := ir.errAt(in.Offset, "illegal opcode")
		e.Detail = op.String()
		return e
	}
	switch ImmKind(n - 1) {
	case ImmNone:
	case ImmBlock:
		ir.blockType(in)
	case ImmLabel, ImmFunc, ImmLocal, ImmGlobal, ImmTable, ImmData, ImmElem:
		if c, ok := r.small(); ok {
			in.Index = uint32(c)
		} else {
			in.Index = r.u32()
		}
	case ImmBrTable:
		pos := r.pos
		n := r.count()
		if r.err == nil && n > MaxBrTableLabels {
			e := limitError(ir.base+pos, "br_table with %d labels (at most %d are supported)", n, MaxBrTableLabels)
			return e
		}
		ir.labels = ir.labels[:0]
		for i := uint32(0); i < n && r.err == nil; i++ {
			ir.labels = append(ir.labels, r.u32())
		}
		in.Labels = ir.labels
		in.Index = r.u32()
	case ImmCallIndirect, ImmTableInit, ImmTableCopy:
		in.Index = r.u32()
		in.Index2 = r.u32()
	case ImmMemory:
		ir.zero()
	case ImmMemoryCopy:
		ir.zero()
		ir.zero()
	case ImmMemoryInit:
		in.Index = r.u32()
		ir.zero()
	case ImmI32:
		if c, ok := r.small(); ok {
			in.Const = uint64(sext7(c))
		} else {
			in.Const = uint64(int64(r.s32()))
		}
	case ImmI64:
		in.Const = uint64(r.s64())
	case ImmF32:
		in.Const = uint64(r.f32())
	case ImmF64:
		in.Const = r.f64()
	case ImmV128, ImmShuffle:
		if b := r.bytes(16); b != nil {
			copy(in.V128[:], b)
		}
	case ImmSelectType:
		in.TypeCount = r.count()
		in.Type = Unknown
		for i := uint32(0); i < in.TypeCount && r.err == nil; i++ {
			t := ir.valType()
			if i == 0 {
				in.Type = t
			}
		}
	case ImmRefType:
		pos := r.pos
		t := ValType(r.byte())
		if r.err == nil && !t.IsRef() {
			return ir.errAt(pos, "malformed reference type")
		}
		in.Type = t
	case ImmMemArg:
		if c, ok := r.small(); ok {
			in.Align = uint32(c)
		} else {
			in.Align = r.u32()
		}
		if c, ok := r.small(); ok {
			in.MemOffset = uint64(c)
		} else {
			in.MemOffset = uint64(r.u32())
		}
	case ImmLane:
		in.Lane = r.byte()
	case ImmMemArgLane:
		in.Align = r.u32()
		in.MemOffset = uint64(r.u32())
		in.Lane = r.byte()
	}
	if r.err != nil {
		return ir.err()
	}
	return nil
}

func (ir *InstrReader) blockType(in *Instr) {
	r := &ir.r
	pos := r.pos
	v := r.sleb(33)
	if r.err != nil {
		return
	}
	switch {
	case v == -64: // 0x40
		in.Block = BlockType{Kind: BlockEmpty}
	case v < 0:
		t := ValType(v + 128)
		if v < -64 || !(t.IsNum() || t.IsRef() || t == V128) {
			r.fail(pos, "malformed value type")
			return
		}
		in.Block = BlockType{Kind: BlockValue, Value: t}
	default:
		in.Block = BlockType{Kind: BlockIndex, Index: uint32(v)}
	}
}

func (ir *InstrReader) zero() {
	r := &ir.r
	pos := r.pos
	if r.byte() != 0 && r.err == nil {
		r.fail(pos, "zero byte expected")
	}
}

func (ir *InstrReader) valType() ValType {
	r := &ir.r
	pos := r.pos
	t := ValType(r.byte())
	if r.err == nil && !validValType(t) {
		r.fail(pos, "malformed value type")
	}
	return t
}

func validValType(t ValType) bool { return t.IsNum() || t.IsRef() || t == V128 }

func (ir *InstrReader) errAt(pos int, reason string) *Error {
	return malformed(ir.base+pos, reason)
}

func (ir *InstrReader) err() *Error {
	e := *ir.r.err
	e.Offset += ir.base
	return &e
}
