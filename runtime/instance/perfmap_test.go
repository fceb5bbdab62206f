package instance

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// The perf map (KILN_PERFMAP=1) has a line per function of a loaded
// module.
func TestPerfMap(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "hostile", "empty.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := wasm.Decode(b)
	if err == nil {
		err = validate.Module(m)
	}
	if err != nil {
		t.Fatal(err)
	}
	c, err := backend.Compile(context.Background(), m, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mod, err := Load(m, c)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	path := filepath.Join(t.TempDir(), "perf.map")
	perfMap.once.Do(func() {}) // the file below instead of /tmp/perf-PID.map
	perfMap.f, err = os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { perfMap.f.Close(); perfMap.f = nil }()
	writePerfMap(mod)
	out, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// empty.wat: function 0 is the import, 1 and 2 have no names.
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("perf map:\n%s", out)
	}
	for k, l := range lines {
		var start, size uint64
		var name string
		if n, _ := fmt.Sscanf(l, "%x %x %s", &start, &size, &name); n != 3 || start != uint64(mod.funcEntry(uint32(k+1))) || size == 0 || name != fmt.Sprintf("wasm:func[%d]", k+1) {
			t.Errorf("perf map line %q", l)
		}
	}
}
