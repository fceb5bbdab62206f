package kiln_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/kilnwasm/kiln"
)

// testdata/examples/greet.wat: greet passes a string in its (unexported)
// memory to the import env.print; double doubles its argument.
func greetModule() []byte {
	b, err := os.ReadFile("testdata/examples/greet.wasm")
	if err != nil {
		log.Fatal(err)
	}
	return b
}

// A host function that takes a Caller reads the guest's memory (a pointer
// and a length are offsets in it) and can call the guest's exports.
func ExampleCaller() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, greetModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	imports := kiln.NewImports().Func("env", "print", func(ctx context.Context, c kiln.Caller, ptr, n uint32) error {
		msg, err := c.Memory().Read(uint64(ptr), uint64(n))
		if err != nil {
			return err // aborts the guest's call
		}
		twice, err := c.Func("double").Call(ctx, int32(n))
		if err != nil {
			return err
		}
		fmt.Printf("%s (%d bytes, doubled %d)\n", msg, n, twice[0])
		return nil
	})
	inst, err := mod.Instantiate(ctx, imports)
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	if _, err := inst.Func("greet").Call(ctx); err != nil {
		log.Fatal(err)
	}
	// Output: hello from the guest (20 bytes, doubled 40)
}

// The fast form of a host function: its arguments and results in uint64
// slots, no reflection, no allocation per call.
func ExampleImports_HostFunc() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, greetModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	print := kiln.FunctionType{Params: []kiln.ValueType{kiln.ValueTypeI32, kiln.ValueTypeI32}}
	imports := kiln.NewImports().HostFunc("env", "print", print, func(ctx context.Context, c kiln.Caller, stack []uint64) error {
		msg, err := c.Memory().View(uint64(uint32(stack[0])), uint64(uint32(stack[1])))
		if err != nil {
			return err
		}
		fmt.Println(string(msg))
		return nil
	})
	inst, err := mod.Instantiate(ctx, imports)
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	if _, err := inst.Func("greet").Call(ctx); err != nil {
		log.Fatal(err)
	}
	// Output: hello from the guest
}

// A module's imports and exports, with their types.
func ExampleModule_Exports() {
	mod, err := kiln.Compile(context.Background(), exampleModule())
	if err != nil {
		log.Fatal(err)
	}
	defer mod.Close()
	for _, imp := range mod.Imports() {
		fmt.Printf("import %s.%s: %v\n", imp.Module, imp.Name, imp.Type)
	}
	for _, exp := range mod.Exports() {
		fmt.Printf("export %s: %v\n", exp.Name, exp.Type)
	}
	// Output:
	// import env.log: func [i32] -> []
	// export memory: memory 1.. pages
	// export count: global mut i32
	// export add: func [i32 i32] -> [i32]
	// export report: func [i32] -> []
	// export spin: func [] -> []
}

// Precompile a module into an artifact and load it in a later process:
// no compilation, the code is ready at once.
func ExampleModule_MarshalBinary() {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		log.Fatal(err)
	}
	artifact, err := mod.MarshalBinary() // save it: os.WriteFile, a database...
	mod.Close()
	if err != nil {
		log.Fatal(err)
	}

	loaded, err := kiln.LoadArtifact(artifact) // later, or elsewhere
	if err != nil {
		log.Fatal(err) // damaged, or made for another machine or Kiln: errors.Is(err, kiln.ErrArtifact)
	}
	defer loaded.Close()
	inst, err := loaded.Instantiate(ctx, logImports())
	if err != nil {
		log.Fatal(err)
	}
	defer inst.Close()
	sum, err := inst.Func("add").Call(ctx, int32(2), int32(3))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(sum[0])
	// Output: 5
}

// With a cache directory, compiling a module a second time (in this or
// another process) only loads its artifact from the cache. CompileFile
// maps an artifact file instead of reading it.
func ExampleWithCache() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "kiln-cache")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	for range 2 {
		mod, err := kiln.CompileFile(ctx, "testdata/examples/example.wasm", kiln.WithCache(dir))
		if err != nil {
			log.Fatal(err)
		}
		mod.Close()
	}
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries) > 0)
	// Output: true
}

// Compile artifacts for other machines: an arm64 fleet, or amd64 servers
// known to have AVX. Such a module is not instantiated here; its artifact
// is what it is for.
func ExampleWithTarget() {
	ctx := context.Background()
	for _, name := range []string{"arm64", "amd64:popcnt,sse4.1,sse4.2,avx"} {
		target, err := kiln.ParseTarget(name)
		if err != nil {
			log.Fatal(err)
		}
		mod, err := kiln.Compile(ctx, exampleModule(), kiln.WithTarget(target))
		if err != nil {
			log.Fatal(err)
		}
		artifact, err := mod.MarshalBinary() // ship it: kiln.LoadArtifact runs it there
		if err != nil {
			log.Fatal(err)
		}
		mod.Close()
		fmt.Println(mod.Target().Arch, len(artifact) > 0)
	}
	// Output:
	// arm64 true
	// amd64 true
}
