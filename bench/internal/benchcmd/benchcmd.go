// Package benchcmd holds what the commands of bench/cmd share: finding
// the bench module, describing the machine they run on, flag lists.
package benchcmd

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// BenchDir returns the bench module's directory: the working directory or
// one above it, or its bench/ subdirectory.
func BenchDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		for _, cand := range []string{d, filepath.Join(d, "bench")} {
			b, err := os.ReadFile(filepath.Join(cand, "go.mod"))
			if err == nil && bytes.Contains(b, []byte("module github.com/kilnwasm/kiln/bench\n")) {
				return cand, nil
			}
		}
		if filepath.Dir(d) == d {
			return "", errors.New("cannot find the bench module (run from the Kiln checkout or its bench/ directory)")
		}
	}
}

// CPUModel returns the CPU's model name from /proc/cpuinfo, or "unknown
// CPU".
func CPUModel() string {
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "model name") {
				if i := strings.Index(line, ":"); i >= 0 {
					return strings.TrimSpace(line[i+1:])
				}
			}
		}
	}
	return "unknown CPU"
}

// LoadAvg returns the 1, 5 and 15 minute load averages ("0.52 0.61
// 0.70"), or "" if they cannot be read.
func LoadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// SplitList splits a comma-separated flag value, dropping blanks.
func SplitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
