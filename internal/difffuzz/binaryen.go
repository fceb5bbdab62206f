package difffuzz

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
)

// BinaryenFlags are the features given to wasm-opt -ttf: what Kiln
// compiles, i.e. WebAssembly 2.0 (wasm-opt's default is the MVP) with
// SIMD where the native backend has it (amd64; elsewhere every SIMD
// module would only be skipped, see Check), and --denan, which keeps
// nondeterministic NaNs out of the module. Not relaxed SIMD (Kiln has
// none). Not reference types: binaryen 108's are a pre-standard version
// (funcref a subtype of externref, other value types) that Kiln rightly
// rejects.
var BinaryenFlags = []string{"--denan",
	"--enable-sign-ext", "--enable-nontrapping-float-to-int", "--enable-bulk-memory",
	"--enable-multivalue", "--enable-mutable-globals",
	"--enable-simd", "--disable-threads", "--disable-gc", "--disable-exception-handling",
	"--disable-tail-call", "--disable-memory64", "--disable-relaxed-simd",
	"--disable-extended-const", "--disable-typed-function-references"}

// BinaryenModule makes a module with binaryen's fuzzer (wasmOpt is the
// path of wasm-opt) from random bytes derived from seed, using files in
// dir named after tag.
func BinaryenModule(wasmOpt, dir, tag string, seed uint64) ([]byte, error) {
	r := rand.New(rand.NewPCG(seed, 0x747466))
	data := make([]byte, 500+r.IntN(8000))
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	in := filepath.Join(dir, "ttf-"+tag+".dat")
	out := filepath.Join(dir, "ttf-"+tag+".wasm")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(wasmOpt, append([]string{"-ttf", in, "-o", out}, BinaryenFlags...)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("wasm-opt: %v: %s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	return DenanV128(b)
}
