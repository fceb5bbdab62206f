package amd64

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/kilnwasm/kiln/backend/internal/golden"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/abi"
)

// allFeatures are the optional CPU features the goldens may use, whatever
// the host has.
const allFeatures = abi.FeatPOPCNT | abi.FeatLZCNT | abi.FeatBMI1 | abi.FeatSSE41 | abi.FeatSSE42

// The shared IR cases (backend/testdata/cases) give the VCode and code in
// testdata/<case>.vcode and testdata/<case>.asm. After a change to
// selection, allocation or encoding: go test ./backend/amd64 -run Golden
// -update, and read the diff.
func TestGolden(t *testing.T) {
	golden.Run(t, golden.Target{ISA: ISA{}, Features: allFeatures, Dir: "testdata", Disassemble: disassemble})
}

// disassemble prints c with x86asm in Go syntax, one instruction a line:
// offset, bytes, instruction, and what the linker and the runtime know of
// it (relocations, trap sites). Jump-table entries (c.Data: each target's
// distance from the table) and the constant pool (c.Consts) are printed as
// data. Bytes that do not decode are an error.
func disassemble(c *mach.FuncCode) (string, error) {
	code := c.Bytes
	relocAt := map[uint32]mach.Reloc{}
	for _, r := range c.Relocs {
		relocAt[r.Offset] = r
	}
	trapAt := map[uint32][]string{}
	for _, tr := range c.Traps {
		trapAt[tr.Start] = append(trapAt[tr.Start], tr.Code.Name())
	}
	var sb strings.Builder
	var errs []string
	table := map[uint32]uint32{} // entry -> table start
	for _, d := range c.Data {
		if d == c.Consts {
			continue
		}
		for off := d.Start; off < d.End; off += 8 {
			table[off] = d.Start
		}
	}
	for pc := uint32(0); pc < uint32(len(code)); {
		if c.Consts.Start <= pc && pc < c.Consts.End {
			fmt.Fprintf(&sb, "%5x  %-22x .quad %#x (constant)\n", pc, code[pc:pc+8], binary.LittleEndian.Uint64(code[pc:]))
			pc += 8
			continue
		}
		if start, ok := table[pc]; ok {
			fmt.Fprintf(&sb, "%5x  %-22x .quad %#x (table+%#x)\n", pc, code[pc:pc+8], uint64(start)+binary.LittleEndian.Uint64(code[pc:]), binary.LittleEndian.Uint64(code[pc:]))
			pc += 8
			continue
		}
		inst, err := x86asm.Decode(code[pc:], 64)
		size := uint32(inst.Len)
		text := ""
		if err != nil || size == 0 {
			size = 1
			text = fmt.Sprintf(".byte %#02x ; does not decode: %v", code[pc], err)
			errs = append(errs, fmt.Sprintf("%#x: %x does not decode: %v", pc, code[pc:min(pc+16, uint32(len(code)))], err))
		} else {
			text = x86asm.GoSyntax(inst, uint64(pc), nil)
		}
		var notes []string
		for off := pc; off < pc+size; off++ {
			if r, ok := relocAt[off]; ok {
				notes = append(notes, relocText(r))
			}
		}
		if names, ok := trapAt[pc]; ok {
			sort.Strings(names)
			notes = append(notes, "trap "+strings.Join(names, ", "))
		}
		line := fmt.Sprintf("%5x  %-22x %s", pc, code[pc:pc+size], text)
		if len(notes) > 0 {
			line = fmt.Sprintf("%-60s ; %s", line, strings.Join(notes, "; "))
		}
		sb.WriteString(strings.TrimRight(line, " ") + "\n")
		pc += size
	}
	if len(errs) > 0 {
		return sb.String(), fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return sb.String(), nil
}

var thunkNames = [...]string{abi.ThunkTrap: "trap", abi.ThunkHostExit: "host-exit"}

func relocText(r mach.Reloc) string {
	switch r.Kind {
	case abi.RelocCallFunc:
		return fmt.Sprintf("call func %d", r.Target)
	case abi.RelocCallThunk:
		name := fmt.Sprint(r.Target)
		if int(r.Target) < len(thunkNames) {
			name = thunkNames[r.Target]
		}
		return "call thunk " + name
	}
	return fmt.Sprintf("reloc %d target %d addend %d", r.Kind, r.Target, r.Addend)
}
