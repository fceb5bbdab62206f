package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/arch/x86/x86asm"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/lower"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

const objdumpSynopsis = `objdump FILE.wasm

Compiles FILE.wasm (for this machine unless --target says otherwise) and
prints its functions: disassembled, or at other stages of the pipeline.`

// importedFunc returns the import of function idx (< NumImportedFuncs).
func importedFunc(m *wasm.Module, idx uint32) wasm.Import {
	n := uint32(0)
	for _, imp := range m.Imports {
		if imp.Kind == wasm.ExternFunc {
			if n == idx {
				return imp
			}
			n++
		}
	}
	return wasm.Import{}
}

// runObjdump compiles a module and prints the machine code of its
// functions, or their form at other stages of the pipeline, so that code
// quality can be read rather than guessed.
func runObjdump(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("objdump", objdumpSynopsis, stdout)
	funcs := fs.StringArray("func", nil, "print only function `F` (index or name-section name; repeatable)")
	stageList := fs.StringSlice("stage", []string{"asm"}, "print each function at stages `S` (comma-separated; see below)")
	targetName := fs.String("target", abi.HostArch().String(), "compile for architecture `ARCH` (amd64 or arm64; another than this machine's assumes its baseline CPU features)")
	fs.More = func(w io.Writer) {
		fmt.Fprintf(w, "\nStages, in pipeline order: %s.\n", strings.Join(stageNames(), ", "))
		fmt.Fprintln(w, "  ir        the IR as translated from Wasm")
		fmt.Fprintln(w, "  PASS      the IR after that optimization pass (a pass that runs twice prints twice)")
		fmt.Fprintln(w, "  opt       the IR after the last optimization pass")
		fmt.Fprintln(w, "  lower     the IR as prepared for instruction selection: the runtime")
		fmt.Fprintln(w, "            semantics lowered")
		fmt.Fprintln(w, "  vcode     the machine code as selected, with virtual registers")
		fmt.Fprintln(w, "  regalloc  the same with registers allocated and the allocator's moves")
		fmt.Fprintln(w, "  asm       the disassembled machine code (the default)")
		fmt.Fprintln(w, "\nExamples:\n  kiln objdump --func main app.wasm\n  kiln objdump --stage ir,opt,regalloc --func 3 app.wasm")
	}
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return cli.UsageError("want exactly one FILE.wasm (kiln help objdump gives the synopsis)")
	}
	b, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return cli.UsageError("%v", err)
	}
	m, err := wasm.Decode(b)
	if err == nil {
		err = validate.Module(m)
	}
	if err != nil {
		return cli.Failure("%s: %v", fs.Arg(0), err)
	}
	arch, ok := abi.ParseArch(*targetName)
	if !ok {
		return cli.UsageError("--target %q: not amd64 or arm64", *targetName)
	}
	want := map[uint32]bool{}
	for _, f := range *funcs {
		idx, ok := lookupFunc(m, f)
		if !ok {
			return cli.UsageError("--func %s: no such function (the module has functions 0 to %d)", f, int(m.NumFuncs())-1)
		}
		if idx < m.NumImportedFuncs {
			imp := importedFunc(m, idx)
			return cli.UsageError("--func %s: function %d is imported (%s.%s): it has no code here", f, idx, imp.Module, imp.Name)
		}
		want[idx] = true
	}
	stages, err := parseStages(*stageList)
	if err != nil {
		return err
	}
	// The backend reports each stage of each function as it compiles it
	// (one call at a time, from its workers); the texts are printed in
	// function order once compilation is done.
	opts := backend.Options{Target: backend.TargetFor(arch), DumpStages: map[string]bool{}}
	for st := range stages {
		if st != "asm" {
			opts.DumpStages[st] = true
		}
	}
	type dumped struct{ stage, text string }
	dumps := map[uint32][]dumped{}
	if len(opts.DumpStages) > 0 {
		opts.Dump = func(stage string, idx uint32, text string) {
			if len(want) == 0 || want[idx] {
				dumps[idx] = append(dumps[idx], dumped{stage, text})
			}
		}
	}
	c, err := backend.Compile(context.Background(), m, opts)
	if err != nil {
		return err
	}
	passRuns := passRunCounts()
	traps := c.TrapSites()
	for _, fr := range c.Funcs {
		if len(want) > 0 && !want[fr.Index] {
			continue
		}
		name := m.FuncName(fr.Index)
		if name == "" {
			name = "func" + strconv.Itoa(int(fr.Index))
		}
		seen := map[string]int{}
		for _, d := range dumps[fr.Index] {
			seen[d.stage]++
			for _, label := range stages[d.stage] {
				switch {
				case label == "opt" && seen[d.stage] < passRuns[d.stage]:
					continue // not the last pass yet
				case label == d.stage && passRuns[d.stage] > 1:
					label = fmt.Sprintf("%s #%d", label, seen[d.stage])
				}
				fmt.Fprintf(stdout, "\n<%d %s> %s:\n%s", fr.Index, name, label, d.text)
			}
		}
		if stages["asm"] != nil {
			fmt.Fprintf(stdout, "\n%08x <%d %s>: %d bytes\n", fr.Start, fr.Index, name, fr.End-fr.Start)
			disassemble(stdout, c, traps, fr)
		}
	}
	return nil
}

// passRunCounts counts the runs of each pass of the backend's
// optimization list. (Made when objdump needs it, not at initialization,
// which every kiln run would pay for.)
func passRunCounts() map[string]int {
	n := map[string]int{}
	for _, p := range backend.Passes {
		n[p.Name]++
	}
	return n
}

// stageNames lists the stages --stage accepts, in pipeline order.
func stageNames() []string {
	names := []string{"ir"}
	seen := map[string]bool{}
	for _, p := range backend.Passes {
		if !seen[p.Name] {
			seen[p.Name] = true
			names = append(names, p.Name)
		}
	}
	names = append(names, "opt")
	for _, s := range lower.Steps {
		names = append(names, s.Name)
	}
	return append(names, "vcode", "regalloc", "asm")
}

// parseStages maps the backend's stage names to the labels to print them
// under: "opt" is the backend's last optimization pass, printed as "opt".
func parseStages(list []string) (map[string][]string, error) {
	valid := map[string]bool{}
	for _, n := range stageNames() {
		valid[n] = true
	}
	if len(list) == 0 {
		return nil, cli.UsageError("--stage: no stage given (one of %s)", strings.Join(stageNames(), ", "))
	}
	stages := map[string][]string{}
	for _, s := range list {
		s = strings.TrimSpace(s)
		if !valid[s] {
			return nil, cli.UsageError("--stage %q: not one of %s", s, strings.Join(stageNames(), ", "))
		}
		st := s
		if s == "opt" {
			st = backend.Passes[len(backend.Passes)-1].Name
		}
		if !slices.Contains(stages[st], s) {
			stages[st] = append(stages[st], s)
		}
	}
	return stages, nil
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

func disassemble(w io.Writer, c *mach.Compiled, sites []mach.TrapSite, fr mach.FuncRange) {
	traps := map[uint32]string{}
	for _, t := range sites {
		if t.Start >= fr.Start && t.Start < fr.End && t.Code.Valid() { // not a call site
			traps[t.Start] = t.Code.String()
		}
	}
	inData := func(pc uint32) bool {
		for _, d := range c.Data {
			if pc >= d.Start && pc < d.End {
				return true
			}
		}
		return false
	}
	for pc := fr.Start; pc < fr.End; {
		code := c.Code[pc:fr.End]
		var size uint32
		var text string
		switch {
		case c.Arch == abi.ArchARM64 && len(code) >= 4:
			size = 4
			word := binary.LittleEndian.Uint32(code)
			if inData(pc) {
				text = fmt.Sprintf(".word %#x", int32(word))
			} else {
				text = a64.Disasm(word, uint64(pc))
				if t, ok := a64.Target(word, uint64(pc)); ok {
					// arm64asm prints ".+0x..." (negative offsets as 64-bit
					// two's complement): print where it leads instead.
					if i := strings.Index(text, ".+0x"); i >= 0 {
						text = text[:i] + fmt.Sprintf("%#x", t)
					}
				}
			}
		case c.Arch == abi.ArchAMD64 && inData(pc) && len(code) >= 8:
			size = 8
			text = fmt.Sprintf(".quad %#x", binary.LittleEndian.Uint64(code))
		case c.Arch == abi.ArchAMD64:
			inst, err := x86asm.Decode(code, 64)
			size = uint32(inst.Len)
			if err == nil && size > 0 {
				text = vexRIPFix(x86asm.GoSyntax(inst, uint64(pc), nil), inst, code)
				break
			}
			fallthrough
		default:
			size = 1
			text = fmt.Sprintf(".byte %#02x", code[0])
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

// vexRIPFix restores the (IP) base that x86asm leaves out of a VEX
// instruction's RIP-relative memory operand (ModRM mod 00, r/m 101): Kiln
// emits such operands for its constant pool, never absolute addresses.
func vexRIPFix(text string, inst x86asm.Inst, code []byte) string {
	var modrm byte
	switch {
	case len(code) >= 4 && code[0] == 0xc5:
		modrm = code[3]
	case len(code) >= 5 && code[0] == 0xc4:
		modrm = code[4]
	default:
		return text
	}
	if modrm&0xc7 != 0x05 {
		return text
	}
	for _, a := range inst.Args {
		if m, ok := a.(x86asm.Mem); ok && m.Base == 0 && m.Index == 0 {
			d := fmt.Sprintf("%#x", m.Disp)
			if i := strings.Index(text, " "+d+","); i >= 0 {
				return text[:i+1] + d + "(IP)" + text[i+1+len(d):]
			}
		}
	}
	return text
}
