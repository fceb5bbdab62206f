package arm64

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/internal/golden"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/abi"
)

// The shared IR cases (backend/testdata/cases) give the VCode and code in
// testdata/<case>.vcode and testdata/<case>.asm. They run on any host: no
// code is executed. After a change to selection or encoding: go test
// ./backend/arm64 -run Golden -update, and read the diff.
func TestGolden(t *testing.T) {
	golden.Run(t, golden.Target{ISA: ISA{}, Dir: "testdata", Disassemble: disassemble})
}

var thunkNames = [...]string{abi.ThunkTrap: "trap", abi.ThunkHostExit: "host-exit"}

// disassemble prints c with arm64asm (GNU syntax), one word a line:
// offset, word, instruction, and what the linker and the runtime know of
// it. Jump-table words are printed as data. A word that does not decode
// is an error.
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
	inData := func(pc uint32) bool {
		for _, d := range c.Data {
			if pc >= d.Start && pc < d.End {
				return true
			}
		}
		return false
	}
	var sb strings.Builder
	var errs []string
	for pc := uint32(0); pc+4 <= uint32(len(code)); pc += 4 {
		w := binary.LittleEndian.Uint32(code[pc:])
		var text string
		if inData(pc) {
			text = fmt.Sprintf(".word %#x", int32(w))
		} else {
			text = a64.Disasm(w, uint64(pc))
			if strings.HasPrefix(text, ".word") {
				errs = append(errs, fmt.Sprintf("%#x: %08x does not decode", pc, w))
			}
		}
		var notes []string
		if r, ok := relocAt[pc]; ok {
			switch r.Kind {
			case abi.RelocCallFunc:
				notes = append(notes, fmt.Sprintf("call func %d", r.Target))
			case abi.RelocCallThunk:
				notes = append(notes, "call thunk "+thunkNames[r.Target])
			default:
				notes = append(notes, fmt.Sprintf("reloc %d target %d", r.Kind, r.Target))
			}
		}
		if names, ok := trapAt[pc]; ok {
			sort.Strings(names)
			notes = append(notes, "trap "+strings.Join(names, ", "))
		}
		line := fmt.Sprintf("%5x  %08x  %s", pc, w, text)
		if len(notes) > 0 {
			line = fmt.Sprintf("%-52s ; %s", line, strings.Join(notes, "; "))
		}
		sb.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	if len(errs) > 0 {
		return sb.String(), fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return sb.String(), nil
}
