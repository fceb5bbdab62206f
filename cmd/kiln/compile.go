package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/artifact"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/spf13/pflag"
)

const compileSynopsis = `compile FILE.wasm

Compiles a module ahead of time into a native artifact that "kiln run" runs
without compiling (and without the .wasm). An artifact runs only on the
architecture it was made for, on a CPU with the features it uses, with the
same Kiln version. --target cross-compiles: for another architecture the
code uses only that architecture's baseline features.

Examples:
  kiln compile app.wasm                 # writes app.kiln
  kiln compile --target arm64 -o app-arm64.kiln app.wasm`

func runCompile(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("compile", compileSynopsis, stdout)
	target := fs.String("target", "", "compile for `ARCH`, amd64 or arm64 (default: this machine, with its CPU features)")
	out := fs.StringP("output", "o", "", "write the artifact to `OUT` (default: FILE with the extension .kiln)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("want exactly one module, got %d arguments", fs.NArg())
	}
	file := fs.Arg(0)
	tg := backend.HostTarget()
	if *target != "" {
		arch, ok := abi.ParseArch(*target)
		if !ok {
			return usageError("--target %q: want amd64 or arm64", *target)
		}
		tg = backend.TargetFor(arch)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return usageError("%v", err)
	}
	if artifact.IsArtifact(b) {
		return usageError("%s is already a Kiln artifact", file)
	}
	m, err := wasm.Decode(b)
	if err == nil {
		err = validate.Module(m)
	}
	if err != nil {
		return failure("%s: %v", file, err)
	}
	c, err := backend.Compile(context.Background(), m, backend.Options{Target: tg})
	if err != nil {
		return failure("%s: %v", file, err)
	}
	a := artifact.Encode(m, c, sha256.Sum256(b), artifact.Options{})
	if *out == "" {
		*out = strings.TrimSuffix(file, filepath.Ext(file)) + ".kiln"
	}
	if err := artifact.WriteFile(*out, a); err != nil {
		return err
	}
	return nil
}

// cacheFlags are the artifact-cache flags of the commands that load
// modules.
type cacheFlags struct {
	dir     *string
	noCache *bool
}

func addCacheFlags(fs *pflag.FlagSet) cacheFlags {
	return cacheFlags{
		dir:     fs.String("cache-dir", "", "keep compiled modules in `DIR` (default $XDG_CACHE_HOME/kiln or ~/.cache/kiln)"),
		noCache: fs.Bool("no-cache", false, "compile the module even if it is in the cache, and do not store it"),
	}
}

// cache returns the cache to use, or nil.
func (c cacheFlags) cache() *artifact.Cache {
	if *c.noCache {
		return nil
	}
	dir := *c.dir
	if dir == "" {
		d, err := artifact.DefaultDir()
		if err != nil {
			return nil // no home directory: run without a cache
		}
		dir = d
	}
	return &artifact.Cache{Dir: dir}
}

// loadModule loads file: an artifact as it is, a .wasm from the cache or
// compiled (and then stored in the cache; ctx stops the compiler).
// Artifacts are mapped, not read: their code pages come from the page
// cache when first executed. The error says what went wrong and carries
// the exit status: 2 for a file that cannot be read, 1 for one that is
// not a valid module, or a damaged or foreign artifact, or that does not
// compile. The process keeps what it loads until it exits.
func loadModule(ctx context.Context, file string, cache *artifact.Cache) (*wasm.Module, *instance.Module, error) {
	if m, mod, ok, err := loadArtifactFile(file); ok || err != nil {
		return m, mod, err
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, usageError("%v", err)
	}
	sum := sha256.Sum256(b)
	tg := backend.HostTarget()
	var key string
	if cache != nil {
		key = artifact.Key(sum, tg.Arch, tg.Features, artifact.Options{})
		if _, m, mod, err := instance.LoadArtifactFile(cache.Path(key), &sum); err == nil {
			return m, mod, nil
		}
		cache.Remove(key) // missing, damaged or stale: compile again
	}
	m, err := wasm.Decode(b)
	if err == nil {
		err = validate.Module(m)
	}
	if err != nil {
		return nil, nil, failure("%s: %v", file, err)
	}
	c, err := backend.Compile(ctx, m, backend.Options{Target: tg})
	if err != nil {
		return nil, nil, failure("%s: %v", file, err)
	}
	mod, err := instance.Load(m, c)
	if err != nil {
		return nil, nil, failure("%s: %v", file, err)
	}
	if cache != nil {
		_ = cache.Put(key, artifact.Encode(m, c, sum, artifact.Options{})) // a read-only cache costs speed only
	}
	return m, mod, nil
}

const cacheSynopsis = `cache dir|size|clean

Manages the cache of compiled modules that "kiln run" keeps (in --cache-dir
DIR, default $XDG_CACHE_HOME/kiln or ~/.cache/kiln):
  dir     print the cache directory
  size    print the number of entries and their total size
  clean   remove entries, least recently written first, down to --max-size
          (default 0: all)`

func runCache(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("cache", cacheSynopsis, stdout)
	dir := fs.String("cache-dir", "", "the cache `DIR` (default $XDG_CACHE_HOME/kiln or ~/.cache/kiln)")
	maxSize := fs.String("max-size", "0", "clean: keep at most `N` bytes (suffixes K, M, G)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("want one of dir, size, clean")
	}
	if *dir == "" {
		d, err := artifact.DefaultDir()
		if err != nil {
			return err
		}
		*dir = d
	}
	c := &artifact.Cache{Dir: *dir}
	switch fs.Arg(0) {
	case "dir":
		fmt.Fprintln(stdout, c.Dir)
	case "size":
		n, size, err := c.Usage()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d entries, %d bytes\n", n, size)
	case "clean":
		limit, err := parseSize(*maxSize)
		if err != nil {
			return usageError("--max-size: %v", err)
		}
		n, err := c.Clean(int64(min(limit, 1<<62)))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "removed %d entries\n", n)
	default:
		return usageError("unknown cache command %q (want dir, size or clean)", fs.Arg(0))
	}
	return nil
}

// loadArtifactFile loads file if it is an artifact (ok), mapping it.
func loadArtifactFile(file string) (m *wasm.Module, mod *instance.Module, ok bool, err error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, false, usageError("%v", err)
	}
	var magic [len(artifact.Magic)]byte
	_, err = io.ReadFull(f, magic[:])
	f.Close()
	if err != nil || !artifact.IsArtifact(magic[:]) {
		return nil, nil, false, nil
	}
	_, m, mod, err = instance.LoadArtifactFile(file, nil)
	if err != nil {
		return nil, nil, true, failure("%s: %v", file, err)
	}
	return m, mod, true, nil
}
