package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	kilnapi "github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

const compileSynopsis = `compile FILE.wasm

Compiles a module ahead of time into a native artifact that "kiln run" runs
without compiling (and without the .wasm). An artifact runs only on the
architecture it was made for, on a CPU with the features it uses, with the
same Kiln version. By default the code is for this machine and uses every
CPU feature it has; --target makes it for another architecture or for older
CPUs: ARCH alone means the features every CPU Kiln runs on has (amd64:
x86-64-v2, i.e. popcnt, sse4.1, sse4.2; arm64: ARMv8.0), ARCH:F1,F2 exactly
those (optional amd64 features: lzcnt, bmi1, bmi2, avx).

Examples:
  kiln compile app.wasm                 # writes app.kiln
  kiln compile --target arm64 -o app-arm64.kiln app.wasm
  kiln compile --target amd64:popcnt,sse4.1,sse4.2,avx app.wasm`

func runCompile(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("compile", compileSynopsis, stdout)
	target := fs.String("target", "host", "compile for `TARGET`: host (this machine, with its CPU features), amd64 or arm64\n(that architecture's baseline), or ARCH:FEATURE,... (exactly those features)")
	optFlag := cli.AddOptFlag(fs)
	out := fs.StringP("output", "o", "", "write the artifact to `OUT` (default: FILE with the extension .kiln)")
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return cli.UsageError("want exactly one module, got %d arguments", fs.NArg())
	}
	file := fs.Arg(0)
	tg, err := kilnapi.ParseTarget(*target)
	if err != nil {
		return cli.UsageError("--target %q: %v", *target, strings.TrimPrefix(err.Error(), "kiln: "))
	}
	opt, err := optFlag.Option()
	if err != nil {
		return err
	}
	deferGC(compileHeapFloor)
	b, err := os.ReadFile(file)
	if err != nil {
		return cli.UsageError("%v", err)
	}
	if artifact.IsArtifact(b) {
		return cli.UsageError("%s is already a Kiln artifact", file)
	}
	// The artifact is all this needs: the code is not loaded, and the
	// artifact is written as it is encoded.
	mod, err := kilnapi.Compile(context.Background(), b, kilnapi.WithTarget(tg), opt, kilnapi.WithArtifactOnly())
	if err != nil {
		return cli.Failure("%s: %v", file, err)
	}
	if *out == "" {
		*out = strings.TrimSuffix(file, filepath.Ext(file)) + ".kiln"
	}
	return artifact.WriteFileFunc(*out, mod.WriteArtifact)
}

// loadModule loads file with kilnapi.CompileFile: an artifact as it is
// (mapped, not read: its pages come from the page cache when first
// used), a .wasm from the cache in cacheDir ("" for none) or compiled and
// then stored there; ctx stops the compiler. The error says what went
// wrong and carries the exit status: 2 for a file that cannot be read, 1
// for one that is not a valid module, or a damaged or foreign artifact,
// or that does not compile.
func loadModule(ctx context.Context, file, cacheDir string, opts ...kilnapi.CompileOption) (*kilnapi.Module, error) {
	if cacheDir != "" {
		opts = append(opts, kilnapi.WithCache(cacheDir))
	}
	mod, err := kilnapi.CompileFile(ctx, file, opts...)
	var pe *fs.PathError
	switch {
	case err == nil:
		return mod, nil
	case ctx.Err() != nil:
		return nil, err
	case errors.As(err, &pe) && pe.Path == file:
		return nil, cli.UsageError("%v", err)
	case errors.Is(err, kilnapi.ErrArtifact):
		return nil, cli.Failure("%v", err)
	}
	return nil, cli.Failure("%s: %v", file, err)
}

const cacheSynopsis = `cache dir|size|clean

Manages the cache of compiled modules that "kiln run" keeps (in --cache-dir
DIR, default $XDG_CACHE_HOME/kiln or ~/.cache/kiln). Beside the compiled
modules (entries), the cache keeps file records: the SHA-256 of each module
file it ran, with the file's inode and times, so that a run of a file that
has not changed since needs neither to read nor to hash it.
  dir     print the cache directory
  size    print the number of entries and of file records, and their sizes
  clean   remove entries and records, least recently written first, down to
          --max-size (default 0: all)`

func runCache(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("cache", cacheSynopsis, stdout)
	dir := fs.String("cache-dir", "", "the cache `DIR` (default $XDG_CACHE_HOME/kiln or ~/.cache/kiln)")
	maxSize := fs.String("max-size", "0", "clean: keep at most `N` bytes (suffixes K, M, G)")
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return cli.UsageError("want one of dir, size, clean")
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
		nr, rsize, err := c.FileRecords()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d entries, %d bytes\n%d file records, %d bytes\n", n, size, nr, rsize)
	case "clean":
		limit, err := cli.ParseSize(*maxSize)
		if err != nil {
			return cli.UsageError("--max-size: %v", err)
		}
		n, nr, err := c.Clean(int64(min(limit, 1<<62)))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "removed %d entries, %d file records\n", n, nr)
	default:
		return cli.UsageError("unknown cache command %q (want dir, size or clean)", fs.Arg(0))
	}
	return nil
}
