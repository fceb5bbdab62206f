// Package report holds the benchmark results, their JSON form, and the
// renderers for RESULTS.md and ratios.svg. It has no dependency on the
// runners, so it is tested on synthetic results.
package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/kilnwasm/kiln/bench/internal/stats"
)

// Native is the name of the reference runner.
const Native = "native"

// Machine describes where the results were taken.
type Machine struct {
	CPU       string `json:"cpu"`
	Cores     int    `json:"cores"`
	OS        string `json:"os"`
	Date      string `json:"date"`
	GoVersion string `json:"go_version"`
	LoadAvg   string `json:"load_avg,omitempty"`
}

// Runner is one engine under comparison.
type Runner struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
	Missing string `json:"missing,omitempty"` // reason, if the runner cannot run here
	Note    string `json:"note,omitempty"`
}

// Sample is one timed process run.
type Sample struct {
	Seconds    float64 `json:"seconds"`     // wall time
	CPUSeconds float64 `json:"cpu_seconds"` // user + system time of the process
	RSSKB      int64   `json:"rss_kb"`
}

// Cell holds the runs of one program on one runner.
type Cell struct {
	Samples []Sample `json:"samples,omitempty"`
	Err     string   `json:"error,omitempty"` // non-empty: failed (wrong output, crash, timeout)
}

// Times returns the cell's wall times in seconds.
func (c *Cell) Times() []float64 {
	t := make([]float64, len(c.Samples))
	for i, s := range c.Samples {
		t[i] = s.Seconds
	}
	return t
}

// CPUTimes returns the cell's user+system times in seconds.
func (c *Cell) CPUTimes() []float64 {
	t := make([]float64, len(c.Samples))
	for i, s := range c.Samples {
		t[i] = s.CPUSeconds
	}
	return t
}

// CPUMedian returns the median user+system time, NaN if none.
func (c *Cell) CPUMedian() float64 {
	if c == nil || c.Err != "" {
		return math.NaN()
	}
	return stats.Median(c.CPUTimes())
}

// Median returns the median wall time, NaN if none.
func (c *Cell) Median() float64 {
	if c == nil || c.Err != "" {
		return math.NaN()
	}
	return stats.Median(c.Times())
}

// PeakRSSKB returns the largest peak RSS over the cell's runs.
func (c *Cell) PeakRSSKB() int64 {
	var m int64
	if c == nil {
		return 0
	}
	for _, s := range c.Samples {
		if s.RSSKB > m {
			m = s.RSSKB
		}
	}
	return m
}

// Program is the results of one program.
type Program struct {
	Name  string           `json:"name"`
	Cells map[string]*Cell `json:"cells"` // by runner name
}

// Ratio returns runner's median over native's median for the program, NaN
// if either is unavailable.
func (p *Program) Ratio(runner string) float64 {
	n := p.Cells[Native].Median()
	r := p.Cells[runner].Median()
	if math.IsNaN(n) || math.IsNaN(r) || n <= 0 {
		return math.NaN()
	}
	return r / n
}

// CPURatio is Ratio for user+system CPU time.
func (p *Program) CPURatio(runner string) float64 {
	n := p.Cells[Native].CPUMedian()
	r := p.Cells[runner].CPUMedian()
	if math.IsNaN(n) || math.IsNaN(r) || n <= 0 {
		return math.NaN()
	}
	return r / n
}

// Measure is an in-process or whole-process figure: a list of values in a
// unit, with an optional peak RSS and error.
type Measure struct {
	Values []float64 `json:"values,omitempty"`
	RSSKB  int64     `json:"rss_kb,omitempty"`
	Err    string    `json:"error,omitempty"`
	NA     string    `json:"na,omitempty"` // not applicable to this runner, with reason
}

// Median of the measure's values.
func (m *Measure) Median() float64 {
	if m == nil || m.Err != "" || m.NA != "" {
		return math.NaN()
	}
	return stats.Median(m.Values)
}

// CompileModule is a module used for the compile figure.
type CompileModule struct {
	Name  string              `json:"name"`
	Path  string              `json:"path"`
	Bytes int64               `json:"bytes"`
	By    map[string]*Measure `json:"by"` // compile seconds, by runner
}

// LoadModule is a module of the artifact-load figure.
type LoadModule struct {
	Name  string                  `json:"name"`
	Path  string                  `json:"path"`
	Bytes int64                   `json:"bytes"` // of the .wasm
	By    map[string]*LoadMeasure `json:"by"`    // by runner
}

// LoadMeasure is one runner's precompiled artifact of a module: its size,
// and the in-process times of the helper's Compile on a cache hit
// (Values, seconds) with the peak RSS of those processes.
type LoadMeasure struct {
	Measure
	ArtifactBytes int64 `json:"artifact_bytes,omitempty"` // total size of the files the runner wrote in its cache directory
	ArtifactFiles int   `json:"artifact_files,omitempty"`
	// LoadValues are, for helpers that can separate it, the seconds of
	// the artifact load alone (driver.Report.LoadNS), run by run.
	LoadValues []float64 `json:"load_values,omitempty"`
}

// Results is everything one run of kilnbench measured.
type Results struct {
	Machine      Machine                        `json:"machine"`
	Rounds       int                            `json:"rounds"`
	Scale        string                         `json:"scale,omitempty"`
	Runners      []Runner                       `json:"runners"`
	Programs     []*Program                     `json:"programs,omitempty"`
	Compile      []*CompileModule               `json:"compile,omitempty"`
	StartCold    map[string]*Measure            `json:"startup_cold,omitempty"` // seconds
	StartWarm    map[string]*Measure            `json:"startup_warm,omitempty"` // seconds
	BigCold      map[string]*Measure            `json:"startup_gobig_cold,omitempty"`
	BigWarm      map[string]*Measure            `json:"startup_gobig_warm,omitempty"`
	BigWarmFirst map[string]*Measure            `json:"startup_gobig_warm_first_output,omitempty"` // warm runs, until gobig's first line
	Inst         map[string]map[string]*Measure `json:"instantiate,omitempty"`                     // pages -> runner -> ns/op
	Call         map[string]*Measure            `json:"call,omitempty"`                            // ns/call
	Load         []*LoadModule                  `json:"load,omitempty"`                            // artifact sizes and load times
	Notes        []string                       `json:"notes,omitempty"`
}

// Available returns the runners that are not missing.
func (r *Results) Available() []Runner {
	var out []Runner
	for _, x := range r.Runners {
		if x.Missing == "" {
			out = append(out, x)
		}
	}
	return out
}

// GeoMean returns the geometric mean of runner's ratios to native over the
// programs where both succeeded, with how many programs that is and how
// many programs there are.
func (r *Results) GeoMean(runner string) (g float64, used, total int) {
	return r.geoMean(runner, func(*Program) bool { return true })
}

// IsSIMD reports whether the program is a Wasm SIMD build (NAME-simd).
func (p *Program) IsSIMD() bool { return strings.HasSuffix(p.Name, "-simd") }

// geoMean is GeoMean over the programs for which keep is true.
func (r *Results) geoMean(runner string, keep func(*Program) bool) (g float64, used, total int) {
	var rs []float64
	for _, p := range r.Programs {
		if !keep(p) {
			continue
		}
		total++
		if x := p.Ratio(runner); !math.IsNaN(x) {
			rs = append(rs, x)
		}
	}
	return stats.GeoMean(rs), len(rs), total
}

// CPUGeoMean is GeoMean for user+system CPU time.
func (r *Results) CPUGeoMean(runner string) (g float64, used, total int) {
	var rs []float64
	for _, p := range r.Programs {
		total++
		if x := p.CPURatio(runner); !math.IsNaN(x) {
			rs = append(rs, x)
		}
	}
	return stats.GeoMean(rs), len(rs), total
}

// CompareOutput checks a runner's stdout against the reference (native)
// output. It returns "" when they agree, else a short description of the
// first difference.
func CompareOutput(want, got []byte) string {
	if string(want) == string(got) {
		return ""
	}
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			if i >= len(gl) {
				return fmt.Sprintf("output ends early at line %d (want %q)", i+1, clip(w))
			}
			if i >= len(wl) {
				return fmt.Sprintf("extra output at line %d: %q", i+1, clip(g))
			}
			return fmt.Sprintf("line %d: got %q, want %q", i+1, clip(g), clip(w))
		}
	}
	return "outputs differ"
}

func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "..."
	}
	return s
}
