package cli

import (
	kilnapi "github.com/kilnwasm/kiln"
)

// OptFlag is the --opt-level flag of the commands that compile.
type OptFlag struct{ level *string }

// AddOptFlag defines --opt-level in fs.
func AddOptFlag(fs *FlagSet) OptFlag {
	return OptFlag{fs.String("opt-level", "speed", "optimize for `LEVEL`: speed (the fastest code) or none (no optimization\npasses: compiles sooner, runs slower)")}
}

// Option returns the compile option the flag asks for, or a usage error.
func (f OptFlag) Option() (kilnapi.CompileOption, error) {
	switch *f.level {
	case "speed":
		return kilnapi.WithOptLevel(kilnapi.OptSpeed), nil
	case "none":
		return kilnapi.WithOptLevel(kilnapi.OptNone), nil
	}
	return nil, UsageError("--opt-level %q: want speed or none", *f.level)
}
