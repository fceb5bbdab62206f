// Command run-wasmtime runs a WASI command module with wasmtime through its
// Go bindings (github.com/bytecodealliance/wasmtime-go, cgo, Cranelift at
// its default optimization level "speed"). With -cache DIR it keeps a
// precompiled artifact (Module.Serialize) per module in DIR, named by the
// module's SHA-256, and loads it with NewModuleDeserializeFile.
// See package driver for the flags.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/bytecodealliance/wasmtime-go/v39"
	"github.com/kilnwasm/kiln/bench/internal/driver"
)

func main() { driver.Main(engine{}) }

type engine struct{}

func (engine) Version() string {
	return "wasmtime-go " + driver.ModuleVersion("github.com/bytecodealliance/wasmtime-go/v39") + " (Cranelift)"
}

type compiled struct {
	engine *wasmtime.Engine
	mod    *wasmtime.Module
	hit    bool          // deserialized from the cache
	load   time.Duration // NewModuleDeserializeFile alone
}

// CacheLoad implements driver.CacheLoader: the time of
// NewModuleDeserializeFile, without creating the engine and the module's
// SHA-256 (the file name) before it.
func (c *compiled) CacheLoad() (bool, time.Duration) { return c.hit, c.load }

func (engine) Compile(wasm []byte, cacheDir string) (driver.Compiled, error) {
	eng := wasmtime.NewEngine()
	if cacheDir == "" {
		mod, err := wasmtime.NewModule(eng, wasm)
		if err != nil {
			return nil, err
		}
		return &compiled{engine: eng, mod: mod}, nil
	}
	sum := sha256.Sum256(wasm)
	path := filepath.Join(cacheDir, hex.EncodeToString(sum[:])+".cwasm")
	if _, err := os.Stat(path); err == nil {
		t0 := time.Now()
		mod, err := wasmtime.NewModuleDeserializeFile(eng, path)
		if err == nil {
			return &compiled{engine: eng, mod: mod, hit: true, load: time.Since(t0)}, nil
		}
		// stale or incompatible artifact: recompile below
	}
	mod, err := wasmtime.NewModule(eng, wasm)
	if err != nil {
		return nil, err
	}
	b, err := mod.Serialize()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, err
	}
	return &compiled{engine: eng, mod: mod}, nil
}

func (c *compiled) RunWASI(argv []string) (int, time.Duration, error) {
	t0 := time.Now()
	store := wasmtime.NewStore(c.engine)
	defer store.Close()
	wcfg := wasmtime.NewWasiConfig()
	wcfg.SetArgv(argv)
	wcfg.InheritStdin()
	wcfg.InheritStdout()
	wcfg.InheritStderr()
	store.SetWasi(wcfg)
	linker := wasmtime.NewLinker(c.engine)
	defer linker.Close()
	if err := linker.DefineWasi(); err != nil {
		return 1, 0, err
	}
	inst, err := linker.Instantiate(store, c.mod)
	d := time.Since(t0)
	if err != nil {
		return 1, d, err
	}
	start := inst.GetFunc(store, "_start")
	if start == nil {
		return 1, d, errors.New("module has no _start export")
	}
	_, err = start.Call(store)
	if err != nil {
		var werr *wasmtime.Error
		if errors.As(err, &werr) {
			if code, ok := werr.ExitStatus(); ok {
				return int(code), d, nil
			}
		}
		return 1, d, err
	}
	return 0, d, nil
}

func (c *compiled) InstantiateLoop(n int) (time.Duration, error) {
	t0 := time.Now()
	for i := 0; i < n; i++ {
		// A store per instance, as a host isolating requests would do;
		// closing it frees the instance and its memory.
		store := wasmtime.NewStore(c.engine)
		if _, err := wasmtime.NewInstance(store, c.mod, nil); err != nil {
			store.Close()
			return 0, err
		}
		store.Close()
	}
	return time.Since(t0), nil
}

func (c *compiled) CallLoop(n int) (time.Duration, error) {
	store := wasmtime.NewStore(c.engine)
	defer store.Close()
	inst, err := wasmtime.NewInstance(store, c.mod, nil)
	if err != nil {
		return 0, err
	}
	fn := inst.GetFunc(store, "add")
	if fn == nil {
		return 0, errors.New("no export add")
	}
	t0 := time.Now()
	for i := 0; i < n; i++ {
		v, err := fn.Call(store, int32(i), int32(1))
		if err != nil {
			return 0, err
		}
		if v.(int32) != int32(i)+1 {
			return 0, fmt.Errorf("add(%d, 1) = %v", i, v)
		}
	}
	return time.Since(t0), nil
}

func (c *compiled) Close() {
	c.mod.Close()
	c.engine.Close()
}
