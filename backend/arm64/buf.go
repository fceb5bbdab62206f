package arm64

import (
	"encoding/binary"
	"fmt"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
)

// buf accumulates instruction words with labels and branch fix-ups. The
// words are encoded directly (a64); branches to labels are patched once
// every label is placed.
type buf struct {
	words  []uint32
	labels []int32 // word index of each label, -1 until placed
	fixups []fixup
	// long makes every conditional branch to a label the pair "b.!cond
	// over; b label", which reaches ±128 MiB instead of ±1 MiB: used when a
	// function turns out to be too large for the short forms.
	long bool
	seq  []uint32 // scratch for MovImm
}

type label int32

type fixupKind uint8

const (
	fixBranch fixupKind = iota // B, B.cond, CBZ/CBNZ, ADR: the word's offset field
	fixData32                  // a 32-bit word holding label - base (jump tables)
)

type fixup struct {
	at   int32 // word index
	l    label
	kind fixupKind
	base int32 // fixData32: the word index the offset is relative to
}

func (b *buf) reset(long bool) {
	b.words, b.labels, b.fixups, b.long = b.words[:0], b.labels[:0], b.fixups[:0], long
}

// pc is the index of the next word.
func (b *buf) pc() int32 { return int32(len(b.words)) }

func (b *buf) emit(w uint32) { b.words = append(b.words, w) }

func (b *buf) newLabel() label {
	b.labels = append(b.labels, -1)
	return label(len(b.labels) - 1)
}

func (b *buf) bind(l label) { b.labels[l] = b.pc() }

// branch emits w (a B, B.cond, CBZ, CBNZ or ADR with offset 0) to l. A
// conditional one takes the long form in long mode.
func (b *buf) branch(w uint32, l label) {
	if b.long && isCondBranch(w) {
		// Invert the condition and skip the B that follows.
		inv, ok := a64.Retarget(invertBranch(w), 8)
		if !ok {
			panic("arm64: retarget")
		}
		b.emit(inv)
		w, _ = a64.B(0)
	}
	b.fixups = append(b.fixups, fixup{at: b.pc(), l: l, kind: fixBranch})
	b.emit(w)
}

// isCondBranch reports whether w is B.cond, CBZ or CBNZ (19-bit offset).
func isCondBranch(w uint32) bool {
	return w&0xff000010 == 0x54000000 || w&0x7e000000 == 0x34000000
}

// invertBranch inverts B.cond's condition or swaps CBZ and CBNZ.
func invertBranch(w uint32) uint32 {
	if w&0xff000010 == 0x54000000 {
		return w ^ 1
	}
	return w ^ 1<<24
}

// b emits an unconditional branch to l.
func (b *buf) b(l label) {
	w, _ := a64.B(0)
	b.branch(w, l)
}

// bcond emits a conditional branch to l.
func (b *buf) bcond(c a64.Cond, l label) {
	w, _ := a64.BCond(c, 0)
	b.branch(w, l)
}

// data32 emits a word holding l - base (in bytes), patched later.
func (b *buf) data32(l label, base int32) {
	b.fixups = append(b.fixups, fixup{at: b.pc(), l: l, kind: fixData32, base: base})
	b.emit(0)
}

// errRange reports a branch that does not reach its label.
type errRange struct{ at int32 }

func (e errRange) Error() string { return fmt.Sprintf("arm64: branch at %#x out of range", 4*e.at) }

// resolve patches every fix-up. It returns errRange when a branch does
// not reach (the caller retries in long mode).
func (b *buf) resolve() error {
	for _, f := range b.fixups {
		to := b.labels[f.l]
		if to < 0 {
			return fmt.Errorf("arm64: label %d never placed", f.l)
		}
		switch f.kind {
		case fixBranch:
			w, ok := a64.Retarget(b.words[f.at], 4*int64(to-f.at))
			if !ok {
				return errRange{f.at}
			}
			b.words[f.at] = w
		case fixData32:
			b.words[f.at] = uint32(4 * (to - f.base))
		}
	}
	return nil
}

// bytes returns the code, little-endian.
func (b *buf) bytes() []byte {
	out := make([]byte, 4*len(b.words))
	for i, w := range b.words {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return out
}

// movImm loads v into GPR rd (the low 32 bits when !sf).
func (b *buf) movImm(sf bool, rd a64.Reg, v uint64) {
	b.seq = a64.MovImm(b.seq[:0], sf, rd, v)
	b.words = append(b.words, b.seq...)
}

// mem emits a load or store of rt at [rn + off], using the shortest form
// that reaches: scaled unsigned offset, unscaled signed offset, or the
// offset in tmp (rn must not be tmp then).
func (b *buf) mem(op a64.MemOp, rt, rn a64.Reg, off int64) {
	if w, ok := a64.LdStImm(op, rt, rn, off); ok {
		b.emit(w)
		return
	}
	if w, ok := a64.LdStUnscaled(op, rt, rn, off); ok {
		b.emit(w)
		return
	}
	if rn == tmp {
		panic("arm64: large offset from the temporary register")
	}
	b.movImm(true, tmp, uint64(off))
	b.emit(a64.LdStReg(op, rt, rn, tmp, a64.SXTX, false))
}

// addImm emits rd = rn + v for any 64-bit v (rd, rn may be SP; v's
// materialization goes through tmp, so neither may be tmp then).
func (b *buf) addImm(rd, rn a64.Reg, v int64) {
	switch {
	case v >= 0 && v < 1<<12:
		b.emit(a64.AddImm(true, rd, rn, uint32(v), false))
	case v < 0 && v > -1<<12:
		b.emit(a64.SubImm(true, rd, rn, uint32(-v), false))
	case v >= 0 && v < 1<<24:
		b.emit(a64.AddImm(true, rd, rn, uint32(v>>12), true))
		if v&0xfff != 0 {
			b.emit(a64.AddImm(true, rd, rd, uint32(v&0xfff), false))
		}
	case v < 0 && v > -1<<24:
		b.emit(a64.SubImm(true, rd, rn, uint32(-v>>12), true))
		if -v&0xfff != 0 {
			b.emit(a64.SubImm(true, rd, rd, uint32(-v&0xfff), false))
		}
	default:
		b.movImm(true, tmp, uint64(v))
		b.emit(a64.AddExt(true, rd, rn, tmp, a64.UXTX, 0))
	}
}
