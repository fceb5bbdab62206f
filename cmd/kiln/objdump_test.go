package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

// Each stage of --stage prints something recognizable of function 2 of
// example.wasm ("report": a global increment, a store at a constant
// address, a call to the import env.log).
func TestObjdumpStages(t *testing.T) {
	example := filepath.Join(testpaths.RepoRoot(), "testdata", "examples", "example.wasm")
	for _, tc := range []struct {
		stage string
		want  []string // regular expressions, each matching a line
	}{
		{"ir", []string{`^<2 func2> ir:$`, `^func "func2"\(i32\) -> \(\) \{$`, `^    global_set 0 v\d+$`, `^    call 0 v0$`}},
		{"dce", []string{`^<2 func2> dce:$`, `^    call 0 v0$`}},
		{"branch-fold", []string{`^<2 func2> branch-fold #1:$`, `^<2 func2> branch-fold #2:$`}},
		{"const-fold", []string{`^<2 func2> const-fold:$`, `^    v\d+:i32 = iadd v\d+, v\d+$`}},
		{"opt", []string{`^<2 func2> opt:$`, `^    store 0 v\d+, v0$`, `^    return$`}},
		{"lower", []string{`^<2 func2> lower:$`, `^    v\d+:i64 = vmctx$`, `^    call_ptr 0 v\d+, v\d+, v0$`}},
		{"vcode", []string{`^<2 func2> vcode:$`, `^b0\(v0\):$`, `^    loadctx\.8 imm=184 def v\d+$`, `^    callreg v\d+, v\d+, rax$`}},
		{"regalloc", []string{`^<2 func2> regalloc:$`, `^    callreg v\d+=r\w+, v\d+=r\w+, rax$`, `^; \d+ spill slots$`}},
		{"asm", []string{`^[0-9a-f]{8} <2 func2>: \d+ bytes$`, `^\s+[0-9a-f]+\s+[0-9a-f]+\s+CALL [A-Z0-9]+$`, `MOVL AX, 0x10\(R14\)\s+; may trap: out of bounds memory access$`}},
	} {
		code, out, errOut := kiln("objdump", "--target", "amd64", "--stage", tc.stage, "--func", "2", example)
		if code != 0 {
			t.Errorf("--stage %s: exit %d: %s", tc.stage, code, errOut)
			continue
		}
		for _, w := range tc.want {
			if !regexp.MustCompile("(?m)" + w).MatchString(out) {
				t.Errorf("--stage %s: no line matching %s in:\n%s", tc.stage, w, out)
			}
		}
		if strings.Contains(out, "<1 ") || strings.Contains(out, "<3 ") {
			t.Errorf("--stage %s: other functions printed:\n%s", tc.stage, out)
		}
		if tc.stage != "asm" && strings.Contains(out, " bytes\n") {
			t.Errorf("--stage %s: disassembly printed:\n%s", tc.stage, out)
		}
	}

	// A list, in pipeline order whatever the order given; without --func,
	// every defined function.
	code, out, errOut := kiln("objdump", "--stage", "asm,regalloc", "--stage", "ir", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var order []string
	for _, m := range regexp.MustCompile(`(?m)^(?:[0-9a-f]{8} <(\d+) \w+>: \d+ bytes|<(\d+) \w+> (\w+):)$`).FindAllStringSubmatch(out, -1) {
		if m[1] != "" {
			order = append(order, m[1]+" asm")
		} else {
			order = append(order, m[2]+" "+m[3])
		}
	}
	want := "1 ir, 1 regalloc, 1 asm, 2 ir, 2 regalloc, 2 asm, 3 ir, 3 regalloc, 3 asm"
	if got := strings.Join(order, ", "); got != want {
		t.Errorf("sections %s, want %s:\n%s", got, want, out)
	}

	// The default is the disassembly alone, as without --stage.
	_, withDefault, _ := kiln("objdump", "--func", "3", example)
	_, withAsm, _ := kiln("objdump", "--stage", "asm", "--func", "3", example)
	if withDefault != withAsm || !strings.Contains(withDefault, "<3 func3>") {
		t.Errorf("default:\n%s\n--stage asm:\n%s", withDefault, withAsm)
	}

	for _, args := range [][]string{{"--stage", "nosuchstage"}, {"--stage", "ir,"}, {"--stage", ""}} {
		code, _, errOut := kiln(append(append([]string{"objdump"}, args...), example)...)
		if code != 2 || !strings.Contains(errOut, "--stage") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}
