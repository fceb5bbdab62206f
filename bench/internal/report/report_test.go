package report

import (
	"encoding/xml"
	"math"
	"strings"
	"testing"
)

func cell(secs ...float64) *Cell {
	c := &Cell{}
	for _, s := range secs {
		c.Samples = append(c.Samples, Sample{Seconds: s, CPUSeconds: s / 2, RSSKB: 2048})
	}
	return c
}

func sample() *Results {
	return &Results{
		Machine: Machine{CPU: "Test CPU <x>", Cores: 2, OS: "linux/amd64", Date: "2026-01-01 00:00 UTC", GoVersion: "go1.26"},
		Rounds:  3,
		Runners: []Runner{
			{Name: "native", Version: "clang"},
			{Name: "kiln", Missing: "not available: no API"},
			{Name: "wazero", Version: "wazero v1"},
			{Name: "wasmtime", Version: "wasmtime-go v39"},
		},
		Programs: []*Program{
			{Name: "fib", Cells: map[string]*Cell{
				"native": cell(1, 1.1, 0.9), "wazero": cell(2, 2.2, 1.8), "wasmtime": cell(1.5, 1.4, 1.6),
			}},
			{Name: "sort", Cells: map[string]*Cell{
				"native": cell(2, 2, 2), "wazero": cell(8, 8, 8), "wasmtime": {Err: "wrong output: line 1: got \"x\", want \"y\""},
			}},
		},
		Call: map[string]*Measure{"wazero": {Values: []float64{15, 16, 17}}, "kiln": {NA: "missing"}},
	}
}

func TestRatioAndGeoMean(t *testing.T) {
	r := sample()
	if got := r.Programs[0].Ratio("wazero"); math.Abs(got-2) > 1e-12 {
		t.Errorf("fib wazero ratio = %v, want 2", got)
	}
	if got := r.Programs[1].Ratio("wasmtime"); !math.IsNaN(got) {
		t.Errorf("failed cell should have no ratio, got %v", got)
	}
	g, used, total := r.GeoMean("wazero")
	if math.Abs(g-math.Sqrt(2*4)) > 1e-12 || used != 2 || total != 2 {
		t.Errorf("wazero geomean = %v (%d/%d), want %v (2/2)", g, used, total, math.Sqrt(8))
	}
	g, used, total = r.GeoMean("wasmtime")
	if math.Abs(g-1.5) > 1e-12 || used != 1 || total != 2 {
		t.Errorf("wasmtime geomean = %v (%d/%d), want 1.5 (1/2)", g, used, total)
	}
	if g, used, _ := r.GeoMean("kiln"); !math.IsNaN(g) || used != 0 {
		t.Errorf("missing runner geomean = %v (%d)", g, used)
	}
}

func TestCompareOutput(t *testing.T) {
	if d := CompareOutput([]byte("a\nb\n"), []byte("a\nb\n")); d != "" {
		t.Errorf("equal outputs reported as different: %s", d)
	}
	if d := CompareOutput([]byte("a\nb\n"), []byte("a\nc\n")); !strings.Contains(d, "line 2") || !strings.Contains(d, `"c"`) {
		t.Errorf("unexpected description %q", d)
	}
	if d := CompareOutput([]byte("a\nb\n"), []byte("a\n")); d == "" {
		t.Error("truncated output reported as equal")
	}
	if d := CompareOutput([]byte("a\n"), []byte("a\nextra\n")); !strings.Contains(d, "extra") {
		t.Errorf("unexpected description %q", d)
	}
	if d := CompareOutput([]byte("x 1.000000001\n"), []byte("x 1.000000002\n")); d == "" {
		t.Error("a one-digit difference must be a failure")
	}
}

func TestMarkdown(t *testing.T) {
	md := sample().Markdown()
	for _, want := range []string{
		"Test CPU <x>, 2 cores",
		"2026-01-01 00:00 UTC",
		"| kiln | - | **missing**: not available: no API |",
		"| fib | 1.000 (0.900–1.100) | 2.000 (1.800–2.200) **2.00×** | 1.500 (1.400–1.600) **1.50×** |",
		"**FAIL**: wrong output",
		"**2.83×**",
		"**1.50×** (1/2 programs)",
		"![ratio to native](ratios.svg)",
		"| wazero | 16.0 (15.0–17.0) |",
		"| kiln | missing |",
		"### CPU time (user + system) ÷ native",
		"| fib | 2.00× | 1.50× | 0.500 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("RESULTS.md lacks %q\n%s", want, md)
		}
	}
}

func TestSVG(t *testing.T) {
	svg := sample().SVG()
	// well-formed XML
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("SVG is not well-formed XML: %v\n%s", err, svg)
			}
			break
		}
	}
	for _, want := range []string{
		"<svg", "Test CPU &lt;x&gt;", "fib", "sort", "geomean",
		"2.00×", "4.00×", "1.50×", "wasmtime: failed", "kiln (missing)", "native",
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	// one bar per (program, available non-native runner) that has a ratio, plus geomeans
	if n := strings.Count(svg, "<title>"); n != 3+2 {
		t.Errorf("SVG has %d bars, want 5", n)
	}
}

func TestGeoMeanTableSIMD(t *testing.T) {
	cell := func(s float64) *Cell { return &Cell{Samples: []Sample{{Seconds: s}}} }
	r := &Results{
		Runners: []Runner{{Name: Native}, {Name: "kiln"}},
		Programs: []*Program{
			{Name: "matmul", Cells: map[string]*Cell{Native: cell(1), "kiln": cell(2)}},
			{Name: "matmul-simd", Cells: map[string]*Cell{Native: cell(1), "kiln": cell(1.5)}},
		},
	}
	if got, want := r.GeoMeanTable(), "| kiln | 2.00× | 1/1 | 1.50× | 1/1 |\n"; !strings.HasSuffix(got, want) {
		t.Errorf("GeoMeanTable:\n%s\nwant a row %q", got, want)
	}
	r.Programs = r.Programs[1:] // only SIMD builds: one mean
	if got, want := r.GeoMeanTable(), "| kiln | 1.50× | 1/1 |\n"; !strings.HasSuffix(got, want) {
		t.Errorf("GeoMeanTable:\n%s\nwant a row %q", got, want)
	}
}
