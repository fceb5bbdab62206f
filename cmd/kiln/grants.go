package main

import (
	"os"
	"strings"

	"github.com/kilnwasm/kiln/wasi"
	"github.com/spf13/pflag"
)

// grantFlags are the capability flags that kiln run and kiln serve share:
// --dir, --mapdir, --allow-writes and --env. Nothing is granted without
// them.
type grantFlags struct {
	dirs        []dirGrant // --dir and --mapdir, in command-line order (preopened from fd 3 on)
	allowWrites *bool
	envs        *[]string
}

func addGrantFlags(fs *pflag.FlagSet) *grantFlags {
	g := &grantFlags{}
	fs.Var(&dirFlag{&g.dirs, false}, "dir", "preopen host directory `HOST[::GUEST][:ro|:rw]` (read-only unless :rw or --allow-writes)")
	fs.Var(&dirFlag{&g.dirs, true}, "mapdir", "preopen host directory `HOST::GUEST[:ro|:rw]` (read-only unless :rw or --allow-writes)")
	g.allowWrites = fs.Bool("allow-writes", false, "make the directory grants without :ro or :rw writable")
	g.envs = fs.StringArray("env", nil, "pass `NAME=VALUE`, or NAME with the host's value (nothing is inherited)")
	return g
}

// mounts returns the directory grants, or a usage error.
func (g *grantFlags) mounts() ([]wasi.DirMount, error) {
	var out []wasi.DirMount
	for _, d := range g.dirs {
		flag := "--dir"
		if d.mapdir {
			flag = "--mapdir"
			if !strings.Contains(d.spec, "::") {
				return nil, usageError("--mapdir %q: want HOST::GUEST (or --dir HOST)", d.spec)
			}
		}
		m, err := wasi.ParseDirSpec(d.spec, *g.allowWrites)
		if err != nil {
			return nil, usageError("%s: %v", flag, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// environ returns the granted environment ("NAME=VALUE" entries; a bare
// NAME takes the host's value), or a usage error.
func (g *grantFlags) environ() ([]string, error) {
	var out []string
	for _, spec := range *g.envs {
		kv, err := wasi.ParseEnvSpec(spec, os.LookupEnv)
		if err != nil {
			return nil, usageError("%v", err)
		}
		out = append(out, kv)
	}
	return out, nil
}
