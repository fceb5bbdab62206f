package arm64_test

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// forbidden are the registers generated code must never name: X18 (the
// platform register) and X28 (Go's g, the only copy of it in a pure-Go
// process: a signal arriving while it is wrong kills the process).
var forbidden = regexp.MustCompile(`\b[xw](18|28)\b`)

// Every function of every non-SIMD spec module, compiled for arm64 on any
// host, decodes word by word (but its jump tables) and never names X18
// or X28.
func TestSpecCodeAvoidsReservedRegisters(t *testing.T) {
	files := testpaths.SpecModules(t)
	words := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue
		}
		c, err := backend.Compile(context.Background(), m, backend.Options{Target: backend.Target{Arch: abi.ArchARM64}, Workers: 1})
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(file), err)
		}
		data := func(pc uint32) bool {
			for _, d := range c.Data {
				if pc >= d.Start && pc < d.End {
					return true
				}
			}
			return false
		}
		for _, fr := range c.Funcs {
			for pc := fr.Start; pc+4 <= fr.End; pc += 4 {
				if data(pc) {
					continue
				}
				w := binary.LittleEndian.Uint32(c.Code[pc:])
				text := a64.Disasm(w, uint64(pc))
				if forbidden.MatchString(text) || strings.HasPrefix(text, ".word") {
					t.Errorf("%s: function %d at %#x: %s", filepath.Base(file), fr.Index, pc, text)
				}
				words++
			}
		}
	}
	t.Logf("%d words checked", words)
}
