// Command difffuzz runs the differential fuzzer for long: random valid
// modules on Kiln's native code and on the IR interpreter, compared call
// by call (see package internal/difffuzz).
//
//	go run ./internal/difffuzz/cmd/difffuzz -n 100000 -seed 1 -workers 2 [-binaryen]
//	go run ./internal/difffuzz/cmd/difffuzz -check file.wasm [-exact]
//	go run ./internal/difffuzz/cmd/difffuzz -features popcnt,sse4.1,sse4.2 ...
//
// It prints progress (modules/s, divergences) every 15 seconds and a
// summary at the end, and writes a reproducer for every divergence or
// invalid generated module to -out: the .wasm and a .txt holding one line
// describing it. Module i (from 0) is generated from seed S+i, so
// "-seed S+i -n 1" runs it again. With -binaryen every other module comes
// from binaryen's "wasm-opt -ttf" instead (random input bytes from the
// same seed, features limited to what Kiln compiles, NaNs removed by
// --denan). While a module runs, it is also in -out/inflight-wN.wasm.tmp,
// so a crash of the process leaves it behind.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/difffuzz"
)

func main() {
	n := flag.Int("n", 100000, "number of modules")
	seed := flag.Uint64("seed", 1, "seed of the first module")
	workers := flag.Int("workers", 2, "modules checked in parallel")
	bin := flag.Bool("binaryen", false, "take every other module from wasm-opt -ttf")
	source := flag.String("source", "gen", `module source: "gen", "binaryen" or "both" (-binaryen)`)
	out := flag.String("out", filepath.Join("internal", "difffuzz", "testdata", "fuzz", "difffuzz"), "directory for reproducers")
	timeout := flag.Duration("timeout", 10*time.Second, "deadline of each native call")
	duration := flag.Duration("duration", 0, "stop after this long (0: after -n modules)")
	verify := flag.Bool("verify", true, "run the IR verifier after every compiler pass")
	check := flag.String("check", "", "check one .wasm file and exit (status 1 on a divergence)")
	features := flag.String("features", "", "compile the native code for this machine with only these CPU features (names as abi.Features prints them, \"popcnt,sse4.1\"; default: all it has)")
	exact := flag.Bool("exact", false, "with -check: compare float globals and host-call arguments bit for bit (generated modules; implied by a name starting with gen-)")
	flag.Parse()
	if *bin {
		*source = "both"
	}
	opts := difffuzz.Options{Timeout: *timeout, Verify: *verify}
	if *features != "" {
		f, err := abi.ParseFeatures(*features)
		if err != nil {
			fmt.Fprintln(os.Stderr, "difffuzz:", err)
			os.Exit(2)
		}
		opts.Target = backend.HostTarget()
		opts.Target.Features = f
	}

	if *check != "" {
		b, err := os.ReadFile(*check)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		opts.Exact = *exact || strings.HasPrefix(filepath.Base(*check), "gen-")
		r := difffuzz.Check(b, opts)
		detail := ""
		if r.Detail != "" {
			detail = ": " + r.Detail
		}
		fmt.Printf("%v%s (%d calls, %d trapped)\n", r.Status, detail, r.Calls, r.Traps)
		if r.Status == difffuzz.Diverged || r.Status == difffuzz.Invalid {
			os.Exit(1)
		}
		return
	}

	var wasmOpt string
	if *source != "gen" {
		var err error
		if wasmOpt, err = exec.LookPath("wasm-opt"); err != nil {
			fmt.Fprintln(os.Stderr, "difffuzz: wasm-opt (binaryen) not found")
			os.Exit(2)
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	tmp, err := os.MkdirTemp("", "difffuzz")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer os.RemoveAll(tmp)

	start := time.Now()
	var (
		mu      sync.Mutex
		sum     difffuzz.Summary
		ttfFail int
		next    atomic.Int64
		stop    atomic.Bool
	)
	if *duration > 0 {
		time.AfterFunc(*duration, func() { stop.Store(true) })
	}
	progress := func() {
		mu.Lock()
		defer mu.Unlock()
		el := time.Since(start)
		fmt.Printf("%7.0fs %d modules (%.1f/s, %d with SIMD), %d calls, %d divergences, %d invalid, %d skipped, %d wasm-opt failures\n",
			el.Seconds(), sum.Modules, float64(sum.Modules)/el.Seconds(), sum.SIMDModules, sum.Calls, sum.Diverged, sum.Invalid, sum.Skipped, ttfFail)
	}
	ticker := time.NewTicker(15 * time.Second)
	go func() {
		for range ticker.C {
			progress()
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			inflight := filepath.Join(*out, fmt.Sprintf("inflight-w%d.wasm.tmp", w))
			defer os.Remove(inflight)
			for !stop.Load() {
				i := next.Add(1) - 1
				if i >= int64(*n) {
					return
				}
				s := *seed + uint64(i)
				useTTF := *source == "binaryen" || (*source == "both" && i%2 == 1)
				var b []byte
				name := fmt.Sprintf("gen-seed%d", s)
				o := opts
				if useTTF {
					name = fmt.Sprintf("ttf-seed%d", s)
					var err error
					b, err = difffuzz.BinaryenModule(wasmOpt, tmp, fmt.Sprint(w), s)
					if err != nil {
						mu.Lock()
						ttfFail++
						mu.Unlock()
						continue
					}
				} else {
					b = difffuzz.Generate(s)
					o.Exact = true
				}
				os.WriteFile(inflight, b, 0o644)
				r := difffuzz.Check(b, o)
				if useTTF && r.Status == difffuzz.Invalid {
					// binaryen may use features beyond what Kiln takes.
					r.Status, r.Detail = difffuzz.Skipped, "binaryen module rejected ("+r.Detail+")"
				}
				mu.Lock()
				sum.Add(r)
				if r.StackNote != "" {
					// Allowed (the engines' stack limits differ), but shown.
					fmt.Printf("%s: note: stack exhausted on one engine only: %s\n", name, r.StackNote)
				}
				if r.Status == difffuzz.Diverged || r.Status == difffuzz.Invalid {
					path, err := difffuzz.WriteReproducer(*out, name, b, r)
					if err != nil {
						fmt.Fprintln(os.Stderr, err)
					}
					fmt.Printf("%s: %v: %s\n  reproducer: %s\n", name, r.Status, r.Detail, path)
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	ticker.Stop()
	progress()
	fmt.Printf("%s\n%s in %v (%.1f modules/s)\n", sum.String(), "done", time.Since(start).Round(time.Second),
		float64(sum.Modules)/time.Since(start).Seconds())
	if sum.Diverged > 0 || sum.Invalid > 0 {
		os.Exit(1)
	}
}
