package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/kilnwasm/kiln/internal/interp"
	"github.com/kilnwasm/kiln/internal/specnative"
	"github.com/kilnwasm/kiln/internal/spectest"
)

func runSpectest(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("spectest", "spectest [--report FILE] PATH...", stderr)
	report := fs.String("report", "", "write the counts, failures and reason mismatches as JSON to `FILE`")
	engine := fs.String("engine", "native", "execution engine: native (compiled code), none (decode and validate\nonly), interp (the IR reference interpreter, optimized IR), interp-O0\n(unoptimized IR)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no script or directory given")
	}
	files, err := spectest.Scripts(fs.Args())
	if err != nil {
		return usageError("%v", err)
	}
	var opts spectest.Options
	switch *engine {
	case "none":
	case "native":
		opts.NewEngine = func() spectest.Engine {
			e, err := specnative.New()
			if err != nil {
				panic(err)
			}
			return e
		}
	case "interp", "interp-O0":
		optimize := *engine == "interp"
		opts.NewEngine = func() spectest.Engine { return interp.NewEngine(optimize) }
	default:
		return usageError("unknown engine %q (native, none, interp, interp-O0)", *engine)
	}
	res, err := spectest.Run(files, opts)
	if err != nil {
		return err
	}
	res.WriteSummary(stdout)
	if *report != "" {
		b, err := json.MarshalIndent(res.Report(), "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*report, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	if n := res.Total().Failed; n > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d commands failed", n)}
	}
	return nil
}
