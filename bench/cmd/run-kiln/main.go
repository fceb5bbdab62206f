// Command run-kiln is the Kiln runner of the benchmark suite. It is built
// from the Kiln module in the parent directory (bench/go.mod has
// "replace github.com/kilnwasm/kiln => ../"), so it always measures the
// checked-out compiler. See package driver for the flags. With -cache DIR
// it keeps Kiln's artifacts in DIR as "kiln run" does (runtime/artifact's
// Cache, keyed by the module's SHA-256 and the compiler), mapping a cached
// artifact's code straight from the file.
package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/bench/internal/driver"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasibind"
	"github.com/kilnwasm/kiln/runtime/artifact"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/wasi"
)

func main() { driver.Main(engine{}) }

type engine struct{}

func (engine) Version() string {
	return "kiln " + driver.ModuleVersion("github.com/kilnwasm/kiln")
}

type kilnModule struct {
	mod  *instance.Module
	hit  bool          // loaded from the cache
	load time.Duration // the cached artifact's load alone (instance.LoadArtifactFile)
}

// CacheLoad implements driver.CacheLoader: the time of
// instance.LoadArtifactFile (map, checksum, decode, map the code), without
// the module's SHA-256 and the cache key computed before it.
func (k *kilnModule) CacheLoad() (bool, time.Duration) { return k.hit, k.load }

func (engine) Compile(bin []byte, cacheDir string) (driver.Compiled, error) {
	var cache *artifact.Cache
	var key string
	var sum [32]byte
	var opts artifact.Options
	if cacheDir != "" {
		cache = &artifact.Cache{Dir: cacheDir}
		sum = sha256.Sum256(bin)
		tg := backend.HostTarget()
		key = artifact.Key(sum, tg.Arch, tg.Features, opts)
		t0 := time.Now()
		if _, _, mod, err := instance.LoadArtifactFile(cache.Path(key), &sum); err == nil {
			return &kilnModule{mod: mod, hit: true, load: time.Since(t0)}, nil
		}
	}
	m, err := wasm.Decode(bin)
	if err != nil {
		return nil, err
	}
	// As kiln.Compile does: the bodies are validated as they are
	// translated, each decoded once.
	bodies, err := validate.Prepare(m)
	if err != nil {
		return nil, err
	}
	c, err := backend.Compile(context.Background(), m, backend.Options{Validate: bodies})
	if err != nil {
		if errors.Is(err, backend.ErrUnsupported) {
			return nil, fmt.Errorf("%w: %v", driver.ErrNotAvailable, err)
		}
		return nil, err
	}
	mod, err := instance.Load(m, c)
	if err != nil {
		return nil, err
	}
	if cache != nil {
		if err := cache.Put(key, artifact.EncodeWithImage(m, c, sum, opts, mod.MemoryImage())); err != nil {
			return nil, err
		}
	}
	return &kilnModule{mod: mod}, nil
}

func (k *kilnModule) RunWASI(argv []string) (int, time.Duration, error) {
	ctx := context.Background()
	t0 := time.Now()
	sys, err := wasi.New(wasi.Config{Args: argv, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	if err != nil {
		return 1, 0, err
	}
	defer sys.Close()
	inst, err := instance.Instantiate(ctx, k.mod, wasibind.Resolver(sys, nil))
	elapsed := time.Since(t0)
	if err != nil {
		return 1, elapsed, err
	}
	defer inst.Close()
	x, ok := inst.Exports()["_start"]
	if !ok {
		return 1, elapsed, errors.New("module has no _start export")
	}
	err = x.Func.Call(ctx, make([]uint64, 1))
	var exit *wasi.ExitError
	if errors.As(err, &exit) {
		return int(exit.Code), elapsed, nil
	}
	if err != nil {
		return 1, elapsed, err
	}
	return 0, elapsed, nil
}

func (k *kilnModule) InstantiateLoop(n int) (time.Duration, error) {
	ctx := context.Background()
	t0 := time.Now()
	for i := 0; i < n; i++ {
		inst, err := instance.Instantiate(ctx, k.mod, nil)
		if err != nil {
			return 0, err
		}
		if err := inst.Close(); err != nil {
			return 0, err
		}
	}
	return time.Since(t0), nil
}

func (k *kilnModule) CallLoop(n int) (time.Duration, error) {
	ctx := context.Background()
	inst, err := instance.Instantiate(ctx, k.mod, nil)
	if err != nil {
		return 0, err
	}
	defer inst.Close()
	fn := inst.Exports()["add"].Func
	stack := make([]uint64, 2)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		stack[0] = uint64(uint32(int32(i)))
		stack[1] = 1
		if err := fn.Call(ctx, stack); err != nil {
			return 0, err
		}
		if int32(stack[0]) != int32(i)+1 {
			return 0, fmt.Errorf("add(%d, 1) = %d", i, int32(stack[0]))
		}
	}
	return time.Since(t0), nil
}

func (k *kilnModule) Close() { k.mod.Close() }
