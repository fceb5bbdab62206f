package kiln_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/wasi"
)

// testdata/examples/example.wat: add, report (counts calls in a global,
// stores its argument at address 16 and logs it through an import), spin
// (an infinite loop).
func exampleModule() []byte {
	b, err := os.ReadFile("testdata/examples/example.wasm")
	if err != nil {
		log.Fatal(err)
	}
	return b
}

func logImports() *kiln.Imports {
	return kiln.NewImports().Func("env", "log", func(x int32) { fmt.Println("log:", x) })
}

// Compile a module, instantiate it with a Go function as its import, and
// call an export.
func Example() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, logImports())
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	sum, err := inst.Func("add").Call(ctx, int32(40), int32(2))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(sum[0])
	// Output: 42
}

// Host functions receive Wasm values as Go numbers; exported memory and
// globals are readable from Go.
func ExampleImports_Func() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, logImports())
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	if _, err := inst.Func("report").Call(ctx, int32(7)); err != nil {
		log.Fatal(err)
	}
	b, _ := inst.Memory().Read(16, 4)
	count, _ := inst.Global("count").Get()
	fmt.Println("memory[16]:", b[0], "count:", count)
	// Output:
	// log: 7
	// memory[16]: 7 count: 1
}

// A call stops when its context ends, even in an infinite loop: the result
// is a trap "interrupted".
func ExampleFunction_Call_timeout() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, logImports())
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	ctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = inst.Func("spin").Call(ctx)
	var trap *kiln.Trap
	fmt.Println(errors.As(err, &trap), err != nil)
	// Output: true true
}

// Instantiation reports a missing import by name.
func ExampleModule_Instantiate_missingImport() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	_, err = mod.Instantiate(ctx, kiln.NewImports())
	fmt.Println(err)
	// Output: unknown import env.log
}

// A trap is a *kiln.Trap with its reason and a backtrace of function
// indices; the module names them.
func ExampleTrap() {
	ctx := context.Background()
	// (module (func $boom (export "boom") unreachable)), with a name section.
	wasmBytes := []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
		"\x07\x08\x01\x04boom\x00\x00\x0a\x05\x01\x03\x00\x00\x0b" +
		"\x00\x0e\x04name\x01\x07\x01\x00\x04boom")
	mod, err := kiln.Compile(ctx, wasmBytes)
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	inst, err := mod.Instantiate(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	_, err = inst.Func("boom").Call(ctx)
	var trap *kiln.Trap
	if errors.As(err, &trap) {
		fmt.Println(trap.Code, "in", mod.FunctionName(trap.Func))
	}
	// Output: unreachable in boom
}

// Run a WASI command with its output captured in a buffer: the module sees
// only what the wasi.Config grants (here: arguments and stdout).
func ExampleImports_WASI() {
	ctx := context.Background()
	wasmBytes, err := os.ReadFile("bench/programs/wasm/hello.wasm")
	if err != nil {
		log.Fatal(err)
	}
	mod, err := kiln.Compile(ctx, wasmBytes)
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	var out bytes.Buffer
	sys, err := wasi.New(wasi.Config{Args: []string{"hello"}, Stdout: &out})
	if err != nil {
		log.Fatal(err)
	}
	defer sys.Close()
	inst, err := mod.Instantiate(ctx, kiln.NewImports().WASI(sys))
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	if _, err := inst.Func("_start").Call(ctx); err != nil {
		var exit *wasi.ExitError
		if !errors.As(err, &exit) || exit.Code != 0 {
			log.Fatal(err)
		}
	}
	fmt.Print(out.String())
	// Output: hello, world
}
