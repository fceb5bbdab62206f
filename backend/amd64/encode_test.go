package amd64

import (
	"encoding/binary"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/abi"
)

// Encoding tests: each machine operation (mop) the emitter knows is
// emitted with chosen registers, high ones (R8-R15, X8-X15) among them so
// that every REX bit is exercised, and the bytes are decoded with x86asm:
// every instruction must decode, and the body must read exactly as
// expected (GNU syntax, which names every register at its width).
// TestEncodeCoversEveryMop checks that the table leaves no mop out.

// encInst is one VCode instruction of a case, its operands physical
// registers (the allocation maps each to itself).
type encInst struct {
	m   minst
	ops []mach.Operand
}

func in(m minst, ops ...mach.Operand) encInst { return encInst{m, ops} }

type encCase struct {
	name string
	code []encInst
	// succs are the successors of block 0 (blocks 1..n, which only
	// return); none: block 0 ends with a return, left out of want.
	succs []int
	// slots is the number of spill slots; edits are allocator moves.
	slots int
	edits []mach.Edit
	// baseline compiles for a CPU with POPCNT only (no LZCNT, TZCNT,
	// SSE4.1); avx adds AVX (and SSE4.2) to the usual features.
	baseline, avx bool
	// want is the body, one instruction a line; "<ret>" stands for the
	// three-instruction epilogue. Branch targets read "@k" (instruction k
	// of the body), "trap:NAME" (a trap stub), "stack-trap"; calls read
	// "reloc:KIND TARGET"; the jump table's address reads "table", a
	// constant's "const+OFFSET" (in the constant pool). x86asm
	// writes the SIB byte that a base of R12 needs, with no index, as
	// "(%r12,%riz)".
	want []string
	// consts is what the constant pool holds, in 8-byte words.
	consts []uint64
	// table lists the body instructions the jump table's entries
	// (relocations to the function's start plus an addend) point to.
	table []int
}

// u, d, m are operand shorthands.
func u(r mach.Reg) mach.Operand { return use(r) }
func d(r mach.Reg) mach.Operand { return def(r) }
func m(r mach.Reg) mach.Operand { return mod(r) }

const ret = "<ret>"

var epilogue = []string{"mov %rbp,%rsp", "pop %rbp", "retq"}

// lower builds the Lowered and Allocation of a case.
func (c *encCase) lower() (*Lowered, *mach.Allocation) {
	f := mach.NewFunc(NumRegs)
	l := &Lowered{Name: c.name, Code: f}
	alloc := &mach.Allocation{NumSlots: c.slots, Edits: c.edits}
	add := func(b int, e encInst) {
		e.m.pos = -1
		l.Insts = append(l.Insts, e.m)
		f.Add(b, int32(len(l.Insts)-1), 0, e.ops...)
		for _, op := range e.ops {
			alloc.OpLocs = append(alloc.OpLocs, mach.RegLoc(op.Reg, RegInfo.ClassOf[op.Reg]))
		}
		switch e.m.op {
		case mSpillArgs:
			l.OutArgs = max(l.OutArgs, 8*int(e.m.imm+1))
		case mHostCall:
			l.OutArgs = max(l.OutArgs, 8*len(e.ops))
		}
		l.Framed = l.Framed || framing[e.m.op]
	}
	b := f.NewBlock()
	for _, e := range c.code {
		add(b, e)
	}
	if len(c.succs) == 0 {
		add(b, in(minst{op: mRet}))
		alloc.Writes = alloc.Written(f) // as the allocator records it (no clobbers here)
		return l, alloc
	}
	n := 0
	for _, s := range c.succs {
		n = max(n, s)
	}
	for range n {
		add(f.NewBlock(), in(minst{op: mRet}))
	}
	for _, s := range c.succs {
		f.AddEdge(0, s)
	}
	alloc.Writes = alloc.Written(f)
	return l, alloc
}

// encLine is one decoded instruction.
type encLine struct {
	pc   int
	text string
}

// decodeAll decodes code (but the jump tables) and returns the body: the
// instructions between the prologue and the out-of-line code (the target
// of the prologue's stack check). Every instruction must decode.
func decodeAll(t *testing.T, c *Code) []encLine {
	t.Helper()
	code := c.Bytes
	table := map[uint32]bool{} // jump-table entries
	tableStart := -1
	for _, d := range c.Data {
		for off := d.Start; off < d.End; off += 8 {
			table[off] = true
		}
		if d != c.Consts && (tableStart < 0 || int(d.Start) < tableStart) {
			tableStart = int(d.Start)
		}
	}
	type decoded struct {
		pc   int
		inst x86asm.Inst
	}
	var all []decoded
	for pc := 0; pc < len(code); {
		if table[uint32(pc)] {
			pc += 8
			continue
		}
		inst, err := x86asm.Decode(code[pc:], 64)
		if err != nil || inst.Len == 0 {
			t.Fatalf("%#x: %x does not decode: %v", pc, code[pc:min(pc+15, len(code))], err)
		}
		all = append(all, decoded{pc, inst})
		pc += inst.Len
	}
	// The prologue: push, mov, lea, cmp, jb stack-trap, mov.
	if len(all) < 6 || all[4].inst.Op != x86asm.JB {
		t.Fatalf("no prologue")
	}
	outOfLine := all[4].pc + all[4].inst.Len + int(all[4].inst.Args[0].(x86asm.Rel))
	index := map[int]int{} // body pc -> instruction number
	var body []decoded
	for _, x := range all[6:] {
		if x.pc >= outOfLine {
			break
		}
		index[x.pc] = len(body)
		body = append(body, x)
	}
	index[outOfLine] = -1
	stubs := map[int]string{}
	for _, tr := range c.Traps {
		if tr.Code != abi.TrapOutOfBoundsMemoryAccess {
			stubs[int(tr.Start)] = "trap:" + tr.Code.Name()
		}
	}
	var lines []encLine
	for _, x := range body {
		text := x86asm.GNUSyntax(x.inst, 0, nil)
		for _, a := range x.inst.Args {
			switch a := a.(type) {
			case x86asm.Rel:
				target := x.pc + x.inst.Len + int(a)
				label := fmt.Sprintf("%#x", target)
				if k, ok := index[target]; ok && k >= 0 {
					label = fmt.Sprintf("@%d", k)
				} else if ok {
					label = "stack-trap"
				} else if s, ok := stubs[target]; ok {
					label = s
				}
				for _, r := range c.Relocs {
					if int(r.Offset) >= x.pc && int(r.Offset) < x.pc+x.inst.Len {
						label = "reloc:" + relocText(r)
					}
				}
				text = strings.Replace(text, fmt.Sprintf(".%+#x", int64(a)), label, 1)
			case x86asm.Mem:
				at := x.pc + x.inst.Len + int(a.Disp)
				if vexRIP(code[x.pc:], a) {
					// x86asm drops the RIP base of a VEX instruction's
					// memory operand (the emitter has no absolute one).
					text = strings.Replace(text, fmt.Sprintf("%#x,", a.Disp), fmt.Sprintf("%#x(%%rip),", a.Disp), 1)
					a.Base = x86asm.RIP
				}
				switch {
				case a.Base != x86asm.RIP:
				case at == tableStart:
					text = strings.Replace(text, fmt.Sprintf("%#x(%%rip)", a.Disp), "table(%rip)", 1)
				case at >= int(c.Consts.Start) && at < int(c.Consts.End):
					text = strings.Replace(text, fmt.Sprintf("%#x(%%rip)", a.Disp), fmt.Sprintf("const+%#x(%%rip)", at-int(c.Consts.Start)), 1)
				}
			}
		}
		lines = append(lines, encLine{x.pc, text})
	}
	return lines
}

// vexRIP reports whether memory operand a of the VEX instruction at the
// start of code, as x86asm decodes it, is RIP-relative: x86asm leaves out
// the base of a VEX instruction's RIP-relative operand (ModRM mod 00, r/m
// 101 in 64-bit mode).
func vexRIP(code []byte, a x86asm.Mem) bool {
	if len(code) < 4 || a.Base != 0 || a.Index != 0 {
		return false
	}
	var modrm byte
	switch code[0] {
	case 0xc5:
		modrm = code[3]
	case 0xc4:
		if len(code) < 5 {
			return false
		}
		modrm = code[4]
	default:
		return false
	}
	return modrm&0xc7 == 0x05
}

func (c *encCase) wantLines() []string {
	var w []string
	for _, s := range c.want {
		if s == ret {
			w = append(w, epilogue...)
		} else {
			w = append(w, s)
		}
	}
	return w
}

func TestEncode(t *testing.T) {
	dump := os.Getenv("KILN_ENCODE_DUMP") != ""
	for _, c := range encCases {
		t.Run(c.name, func(t *testing.T) {
			l, alloc := c.lower()
			if err := l.Code.Check(); err != nil {
				t.Fatal(err)
			}
			em := NewEmitter()
			em.noSaves = true
			// BMI2 too (not in allFeatures, which the goldens use): the
			// cases name their instructions, selection does not choose.
			em.allowed = allFeatures | abi.FeatBMI2
			if c.baseline {
				em.allowed = abi.FeatPOPCNT
			}
			if c.avx {
				em.allowed |= abi.FeatAVX | abi.FeatSSE42 // every AVX CPU has SSE4.2
			}
			code, err := em.Emit(l, alloc)
			if err != nil {
				t.Fatal(err)
			}
			lines := decodeAll(t, code)
			if len(c.succs) == 0 {
				// The return added at the end.
				n := len(lines) - len(epilogue)
				if n < 0 || strings.Join(texts(lines[n:]), "; ") != strings.Join(epilogue, "; ") {
					t.Fatalf("no epilogue at the end:\n%s", strings.Join(texts(lines), "\n"))
				}
				lines = lines[:n]
			}
			// Jump-table entries: each target's distance from the table.
			var entries []int64
			for _, d := range code.Data {
				if d == code.Consts {
					continue
				}
				for off := d.Start; off < d.End; off += 8 {
					entries = append(entries, int64(d.Start)+int64(binary.LittleEndian.Uint64(code.Bytes[off:])))
				}
			}
			if len(entries) != len(c.table) {
				t.Errorf("%d jump table entries, want %d", len(entries), len(c.table))
			} else {
				for i, target := range entries {
					if k := c.table[i]; k >= len(lines) || target != int64(lines[k].pc) {
						t.Errorf("jump table entry %d: func+%#x, want instruction @%d", i, target, k)
					}
				}
			}
			var pool []uint64
			for off := code.Consts.Start; off < code.Consts.End; off += 8 {
				pool = append(pool, binary.LittleEndian.Uint64(code.Bytes[off:]))
			}
			if fmt.Sprint(pool) != fmt.Sprint(c.consts) {
				t.Errorf("constant pool %#x, want %#x", pool, c.consts)
			}
			got := texts(lines)
			if dump {
				fmt.Printf("\t{name: %q, want: []string{\n", c.name)
				for _, s := range got {
					fmt.Printf("\t\t%q,\n", s)
				}
				fmt.Printf("\t}},\n")
			}
			want := c.wantLines()
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				var sb strings.Builder
				for i := 0; i < max(len(got), len(want)); i++ {
					g, w := "", ""
					if i < len(got) {
						g = got[i]
					}
					if i < len(want) {
						w = want[i]
					}
					mark := " "
					if g != w {
						mark = "!"
					}
					fmt.Fprintf(&sb, "%s %3d  %-45s %s\n", mark, i, g, w)
				}
				t.Errorf("body (got, want):\n%s", sb.String())
			}
		})
	}
}

func texts(lines []encLine) []string {
	s := make([]string, len(lines))
	for i, l := range lines {
		s[i] = l.text
	}
	return s
}

// Every mop is in the table, or named here with the reason it is not.
func TestEncodeCoversEveryMop(t *testing.T) {
	seen := map[mop]bool{mRet: true} // every case ends with one
	for _, c := range encCases {
		for _, e := range c.code {
			seen[e.m.op] = true
		}
	}
	var missing []string
	for op := mNop; int(op) < len(mopNames); op++ {
		if !seen[op] {
			missing = append(missing, op.String())
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("mops without an encoding case: %s", strings.Join(missing, ", "))
	}
}
