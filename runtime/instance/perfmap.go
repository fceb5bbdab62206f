package instance

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/kilnwasm/kiln/internal/lazy"
)

// Linux perf's map of JIT code: with KILN_PERFMAP=1 in the environment,
// every module loaded appends one line per function, "START SIZE NAME"
// (hex), to /tmp/perf-PID.map, where perf report and perf top find the
// names of samples in generated code. Function names come from the name
// section, else they are the function's index; each is prefixed with
// "wasm:" and, if the module has a name, the module's name.
var perfMap struct {
	once sync.Once
	mu   sync.Mutex
	f    *os.File
}

// perfMapOn is read from the environment at the first load, not at init.
var perfMapOn = lazy.Value[bool]{New: func() bool { return os.Getenv("KILN_PERFMAP") == "1" }}

func writePerfMap(mod *Module) {
	perfMap.once.Do(func() {
		p := filepath.Join(os.TempDir(), "perf-"+strconv.Itoa(os.Getpid())+".map")
		perfMap.f, _ = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	})
	if perfMap.f == nil {
		return
	}
	prefix := "wasm:"
	if n := mod.Wasm.Names.Module; n != "" {
		prefix += n + "::"
	}
	var b []byte
	for i, f := range mod.Compiled.Funcs {
		idx := mod.Wasm.NumImportedFuncs + uint32(i)
		name, ok := mod.Wasm.Names.Funcs[idx]
		if !ok {
			name = "func[" + strconv.FormatUint(uint64(idx), 10) + "]"
		}
		b = fmt.Appendf(b, "%x %x %s%s\n", mod.addr(f.Start), f.End-f.Start, prefix, name)
	}
	perfMap.mu.Lock()
	perfMap.f.Write(b)
	perfMap.mu.Unlock()
}
