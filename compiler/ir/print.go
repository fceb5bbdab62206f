package ir

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kilnwasm/kiln/internal/abi"
)

// String prints f in the text form that Parse reads. Values and blocks are
// renumbered in order of appearance, so equal functions print equally no
// matter how they were built.
func (f *Func) String() string {
	var sb strings.Builder
	f.Fprint(&sb)
	return sb.String()
}

// Fprint writes f's text form to sb.
func (f *Func) Fprint(sb *strings.Builder) {
	vnum := make([]int32, len(f.insts))
	bnum := make([]int32, len(f.blocks))
	nv, nb := int32(0), int32(0)
	for b := range f.blocks {
		if f.blocks[b].removed {
			continue
		}
		bnum[b] = nb
		nb++
		for _, p := range f.blocks[b].params {
			vnum[p] = nv
			nv++
		}
		for v := f.blocks[b].first; v != 0; v = f.insts[v].next {
			if f.insts[v].typ != Void {
				vnum[v] = nv
				nv++
			}
		}
	}
	val := func(v Value) string {
		if v <= 0 || int(v) >= len(f.insts) || f.insts[v].block < 0 {
			return fmt.Sprintf("<bad %d>", int32(v))
		}
		return "v" + strconv.Itoa(int(vnum[v]))
	}
	blk := func(b Block) string {
		if b < 0 || int(b) >= len(f.blocks) || f.blocks[b].removed {
			return fmt.Sprintf("<bad b%d>", int32(b))
		}
		return "b" + strconv.Itoa(int(bnum[b]))
	}
	fmt.Fprintf(sb, "func %s(%s) -> (%s) {\n", strconv.Quote(f.Name), typeList(f.Sig.Params), typeList(f.Sig.Results))
	for b := range f.blocks {
		bd := &f.blocks[b]
		if bd.removed {
			continue
		}
		sb.WriteString(blk(Block(b)))
		if len(bd.params) > 0 {
			sb.WriteByte('(')
			for i, p := range bd.params {
				if i > 0 {
					sb.WriteString(", ")
				}
				sb.WriteString(val(p) + ":" + f.insts[p].typ.String())
			}
			sb.WriteByte(')')
		}
		sb.WriteString(":\n")
		for v := bd.first; v != 0; v = f.insts[v].next {
			in := &f.insts[v]
			sb.WriteString("    ")
			if in.typ != Void {
				sb.WriteString(val(v) + ":" + in.typ.String() + " = ")
			}
			info := in.op.Info()
			sb.WriteString(info.Name)
			switch info.imm {
			case immInt:
				fmt.Fprintf(sb, " %d", in.aux)
			case immInt2:
				fmt.Fprintf(sb, " %d %d", in.aux, in.aux2)
			case immBits:
				fmt.Fprintf(sb, " 0x%x", uint64(in.aux))
			case immV128:
				fmt.Fprintf(sb, " 0x%x 0x%x", uint64(in.aux), uint64(in.aux2))
			case immCond:
				sb.WriteString(" " + Cond(in.aux).String())
			case immTrap:
				sb.WriteString(" " + abi.TrapCode(in.aux).Name())
			case immTrap2:
				sb.WriteString(" " + abi.TrapCode(in.aux).Name() + " " + abi.TrapCode(in.aux2).Name())
			case immShape:
				sb.WriteString(" " + Shape(in.aux).String())
			case immShapeCond:
				sb.WriteString(" " + Shape(in.aux).String() + " " + Cond(in.aux2).String())
			case immShapeLane:
				fmt.Fprintf(sb, " %v %d", Shape(in.aux), in.aux2)
			case immMemShape:
				fmt.Fprintf(sb, " %d %v", in.aux, Shape(in.aux2))
			case immMemShapeLane:
				fmt.Fprintf(sb, " %d %v %d", in.aux, Shape(in.aux2&0xff), in.aux2>>8)
			}
			sep := " "
			for _, a := range f.Args(v) {
				sb.WriteString(sep + val(a))
				sep = ", "
			}
			for i := range in.tgts.len() {
				t := f.Target(v, i)
				sb.WriteString(sep + blk(t.Block))
				sep = ", "
				if len(t.Args) > 0 {
					sb.WriteByte('(')
					for j, a := range t.Args {
						if j > 0 {
							sb.WriteString(", ")
						}
						sb.WriteString(val(a))
					}
					sb.WriteByte(')')
				}
			}
			sb.WriteByte('\n')
		}
	}
	sb.WriteString("}\n")
}

func typeList(ts []Type) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
