package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
	"github.com/kilnwasm/kiln/internal/interp"
	"github.com/kilnwasm/kiln/internal/specnative"
	"github.com/kilnwasm/kiln/internal/spectest"
)

const spectestSynopsis = `spectest PATH...

Runs the WebAssembly spec test scripts at PATH (the JSON and .wasm files
that wast2json makes; a directory means every script in it) and prints
the passed, failed and skipped commands of each and in all. The status is 1
when a command fails (with --known-failures: when one not listed fails, or
a listed one passes).

Example:
  kiln spectest --known-failures testdata/spectest/known-failures-native-amd64.txt ../shared/spectest/v2`

func runSpectest(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("spectest", spectestSynopsis, stdout)
	report := fs.String("report", "", "write the counts, failures and reason mismatches as JSON to `FILE`")
	engine := fs.String("engine", "native", "execution `ENGINE`: native (compiled code), native-O0 (compiled without\noptimization passes), none (decode and validate only), interp (the IR reference interpreter, optimized IR), interp-O0\n(unoptimized IR)")
	known := fs.String("known-failures", "", "treat the failures listed in `FILE` (SCRIPT:LINE entries, globs allowed) as\nexpected: exit 0 unless something else fails or a listed entry passes")
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return cli.UsageError("no script or directory given")
	}
	var exp *spectest.Expectations
	if *known != "" {
		var err error
		if exp, err = spectest.ReadExpectations(*known); err != nil {
			return cli.UsageError("%v", err)
		}
	}
	files, err := spectest.Scripts(fs.Args())
	if err != nil {
		return cli.UsageError("%v", err)
	}
	var opts spectest.Options
	switch *engine {
	case "none":
	case "native", "native-O0":
		level := backend.OptSpeed
		if *engine == "native-O0" {
			level = backend.OptNone
		}
		opts.NewEngine = func() spectest.Engine {
			e, err := specnative.New()
			if err != nil {
				panic(err)
			}
			e.OptLevel = level
			return e
		}
	case "interp", "interp-O0":
		optimize := *engine == "interp"
		opts.NewEngine = func() spectest.Engine { return interp.NewEngine(optimize) }
	default:
		return cli.UsageError("unknown engine %q (native, native-O0, none, interp, interp-O0)", *engine)
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
	n := res.Total().Failed
	if exp != nil {
		unexpected := 0
		for _, f := range res.Failures() {
			if !exp.Known(f) {
				unexpected++
				fmt.Fprintf(stderr, "unexpected failure %s (%s): %s\n", f.Key(), f.Type, f.Reason)
			}
		}
		stale := exp.Unused()
		for _, e := range stale {
			fmt.Fprintf(stderr, "listed as a known failure but nothing fails there: %s\n", e)
		}
		fmt.Fprintf(stdout, "%d known failures\n", n-unexpected)
		if unexpected > 0 || len(stale) > 0 {
			return &cli.ExitError{Code: 1, Err: fmt.Errorf("%d unexpected failures, %d stale entries", unexpected, len(stale))}
		}
		return nil
	}
	if n > 0 {
		return &cli.ExitError{Code: 1, Err: fmt.Errorf("%d commands failed", n)}
	}
	return nil
}
