package mach

import (
	"fmt"
	"strings"
)

// Format prints f, one instruction a line, for tests and dumps: inst gives
// the ISA's text of instruction i (its operation and immediates), names the
// physical registers' names. With an allocation, each virtual register is
// shown with the location it was given at that instruction ("v40=r10",
// "v41=slot2"), and the allocator's moves appear where they go.
func Format(f *Func, alloc *Allocation, names []string, inst func(i int) string) string {
	var sb strings.Builder
	reg := func(r Reg) string {
		if r < f.NumRegs {
			if int(r) < len(names) {
				return names[r]
			}
			return fmt.Sprintf("p%d", r)
		}
		return fmt.Sprintf("v%d", r-f.NumRegs)
	}
	loc := func(l Loc) string {
		if l.IsReg() {
			return reg(l.Reg)
		}
		if l.IsConst() {
			return fmt.Sprintf("%d", f.ConstOf(l.Reg).Imm)
		}
		return fmt.Sprintf("slot%d", l.Slot)
	}
	edit := 0
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		fmt.Fprintf(&sb, "b%d", b)
		if len(blk.Params) > 0 {
			sb.WriteString("(")
			for k, p := range blk.Params {
				if k > 0 {
					sb.WriteString(", ")
				}
				sb.WriteString(reg(p))
			}
			sb.WriteString(")")
		}
		sb.WriteString(":\n")
		first, end := f.BlockInsts(b)
		for i := first; i < end; i++ {
			for alloc != nil && edit < len(alloc.Edits) && alloc.Edits[edit].Before <= i {
				e := alloc.Edits[edit]
				fmt.Fprintf(&sb, "    move %s <- %s\n", loc(e.To), loc(e.From))
				edit++
			}
			sb.WriteString("    ")
			sb.WriteString(inst(i))
			for k, op := range f.Operands(i) {
				if k == 0 {
					sb.WriteString(" ")
				} else {
					sb.WriteString(", ")
				}
				switch op.Kind {
				case Def:
					sb.WriteString("def ")
				case Mod:
					sb.WriteString("mod ")
				}
				sb.WriteString(reg(op.Reg))
				if alloc != nil && f.IsVirtual(op.Reg) {
					sb.WriteString("=" + loc(alloc.OpLoc(f, i, k)))
				}
			}
			sb.WriteString("\n")
		}
		for k, s := range blk.Succs {
			fmt.Fprintf(&sb, "    -> b%d", s)
			if len(blk.Args[k]) > 0 {
				sb.WriteString("(")
				for j, a := range blk.Args[k] {
					if j > 0 {
						sb.WriteString(", ")
					}
					sb.WriteString(reg(a))
					if f.IsConst(a) {
						fmt.Fprintf(&sb, "=%d", f.ConstOf(a).Imm)
					}
				}
				sb.WriteString(")")
			}
			sb.WriteString("\n")
		}
	}
	if alloc != nil {
		for _, st := range alloc.Stubs {
			if st.Same != 0 {
				fmt.Fprintf(&sb, "stub b%d -> b%d: stub %d's code\n", st.Block, f.Blocks[st.Block].Succs[st.Succ], st.Same-1)
				continue
			}
			fmt.Fprintf(&sb, "stub b%d -> b%d:\n", st.Block, f.Blocks[st.Block].Succs[st.Succ])
			for _, e := range alloc.Edits[st.First:st.End] {
				fmt.Fprintf(&sb, "    move %s <- %s\n", loc(e.To), loc(e.From))
			}
		}
		fmt.Fprintf(&sb, "; %d spill slots\n", alloc.NumSlots)
	}
	return sb.String()
}
