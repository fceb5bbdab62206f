package cli

import (
	"os"
	"strings"

	"github.com/kilnwasm/kiln/wasi"
)

// GrantFlags are the capability flags that kiln run and kiln serve share:
// --dir, --mapdir, --allow-writes and --env. Nothing is granted without
// them.
type GrantFlags struct {
	dirs        []dirGrant // --dir and --mapdir, in command-line order (preopened from fd 3 on)
	allowWrites *bool
	envs        *[]string
}

// AddGrantFlags defines the grant flags in fs.
func AddGrantFlags(fs *FlagSet) *GrantFlags {
	g := &GrantFlags{}
	fs.Var(&dirFlag{&g.dirs, false}, "dir", "preopen host directory `HOST[::GUEST][:ro|:rw]` (read-only unless :rw or --allow-writes)")
	fs.Var(&dirFlag{&g.dirs, true}, "mapdir", "preopen host directory `HOST::GUEST[:ro|:rw]` (read-only unless :rw or --allow-writes)")
	g.allowWrites = fs.Bool("allow-writes", false, "make the directory grants without :ro or :rw writable")
	g.envs = fs.StringArray("env", nil, "pass `NAME=VALUE`, or NAME with the host's value (nothing is inherited)")
	return g
}

// Mounts returns the directory grants, or a usage error.
func (g *GrantFlags) Mounts() ([]wasi.DirMount, error) {
	var out []wasi.DirMount
	for _, d := range g.dirs {
		flag := "--dir"
		if d.mapdir {
			flag = "--mapdir"
			if !strings.Contains(d.spec, "::") {
				return nil, UsageError("--mapdir %q: want HOST::GUEST (or --dir HOST)", d.spec)
			}
		}
		m, err := wasi.ParseDirSpec(d.spec, *g.allowWrites)
		if err != nil {
			return nil, UsageError("%s: %v", flag, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// Environ returns the granted environment ("NAME=VALUE" entries; a bare
// NAME takes the host's value), or a usage error.
func (g *GrantFlags) Environ() ([]string, error) {
	var out []string
	for _, spec := range *g.envs {
		kv, err := wasi.ParseEnvSpec(spec, os.LookupEnv)
		if err != nil {
			return nil, UsageError("%v", err)
		}
		out = append(out, kv)
	}
	return out, nil
}

// dirGrant is a --dir or --mapdir.
type dirGrant struct {
	spec   string
	mapdir bool
}

// dirFlag collects --dir and --mapdir in one list, in order.
type dirFlag struct {
	list   *[]dirGrant
	mapdir bool
}

func (f *dirFlag) Set(s string) error {
	*f.list = append(*f.list, dirGrant{s, f.mapdir})
	return nil
}

func (f *dirFlag) String() string { return "" }
func (f *dirFlag) Type() string   { return "stringArray" }
