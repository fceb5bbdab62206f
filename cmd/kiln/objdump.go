package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
	"golang.org/x/arch/x86/x86asm"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// runObjdump compiles a module and prints the machine code of its
// functions, so that code quality can be read rather than guessed.
func runObjdump(args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("objdump", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	funcs := fs.StringArray("func", nil, "print only function `F` (index or name-section name; repeatable)")
	noPolls := fs.Bool("no-polls", false, "compile without interruption polls at loop headers")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kiln objdump [flags] FILE.wasm\n\nCompiles FILE.wasm for amd64 and disassembles its functions.\n\nFlags:")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\nExample:\n  kiln objdump --func main app.wasm")
	}
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return nil
		}
		return usageError("%v", err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("want exactly one FILE.wasm")
	}
	b, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return usageError("%v", err)
	}
	m, err := wasm.Decode(b)
	if err != nil {
		return usageError("%s: %v", fs.Arg(0), err)
	}
	if err := validate.Module(m); err != nil {
		return usageError("%s: %v", fs.Arg(0), err)
	}
	want := map[uint32]bool{}
	for _, f := range *funcs {
		idx, ok := lookupFunc(m, f)
		if !ok {
			return usageError("--func %s: no such function", f)
		}
		want[idx] = true
	}
	c, err := backend.Compile(context.Background(), m, backend.Options{NoInterruptPolls: *noPolls})
	if err != nil {
		return err
	}
	for _, fr := range c.Funcs {
		if len(want) > 0 && !want[fr.Index] {
			continue
		}
		name := m.FuncName(fr.Index)
		if name == "" {
			name = "func" + strconv.Itoa(int(fr.Index))
		}
		fmt.Fprintf(stdout, "\n%08x <%d %s>: %d bytes\n", fr.Start, fr.Index, name, fr.End-fr.Start)
		disassemble(stdout, c, fr)
	}
	return nil
}

// lookupFunc resolves a function index or name.
func lookupFunc(m *wasm.Module, s string) (uint32, bool) {
	if i, err := strconv.ParseUint(s, 10, 32); err == nil {
		return uint32(i), uint32(i) < m.NumFuncs()
	}
	for i, name := range m.Names.Funcs {
		if name == s {
			return i, true
		}
	}
	return 0, false
}

func disassemble(w io.Writer, c *mach.Compiled, fr mach.FuncRange) {
	traps := map[uint32]string{}
	for _, t := range c.Traps {
		if t.Start >= fr.Start && t.Start < fr.End {
			traps[t.Start] = t.Code.String()
		}
	}
	for pc := fr.Start; pc < fr.End; {
		code := c.Code[pc:fr.End]
		inst, err := x86asm.Decode(code, 64)
		size := uint32(inst.Len)
		text := ""
		if err != nil || size == 0 {
			size = 1
			text = fmt.Sprintf(".byte %#02x", code[0])
		} else {
			text = x86asm.GoSyntax(inst, uint64(pc), nil)
		}
		var hex strings.Builder
		for _, x := range c.Code[pc : pc+size] {
			fmt.Fprintf(&hex, "%02x", x)
		}
		line := fmt.Sprintf("  %6x  %-22s %s", pc, hex.String(), text)
		if r, ok := traps[pc]; ok {
			line += "\t; may trap: " + r
		}
		fmt.Fprintln(w, line)
		pc += size
	}
}
