package report

import (
	"encoding/json"
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

func loadSample() *Results {
	r := sample()
	r.StartCold = map[string]*Measure{"wazero": {Values: []float64{0.010, 0.012}, RSSKB: 20 << 10}, "kiln": {NA: "missing"}}
	r.StartWarm = map[string]*Measure{"wazero": {Values: []float64{0.003, 0.004}, RSSKB: 8 << 10}, "kiln": {NA: "missing"}}
	r.BigCold = map[string]*Measure{"wazero": {Values: []float64{3}, RSSKB: 500 << 10}}
	r.BigWarm = map[string]*Measure{"wazero": {Values: []float64{0.3}, RSSKB: 170 << 10}}
	r.BigWarmFirst = map[string]*Measure{"wazero": {Values: []float64{0.25}, RSSKB: 170 << 10}}
	r.Inst = map[string]map[string]*Measure{"1": {"wazero": {Values: []float64{2000}}}}
	r.Load = []*LoadModule{
		{Name: "hello.wasm", Bytes: 3254, By: map[string]*LoadMeasure{
			"kiln":   {Measure: Measure{NA: "missing"}},
			"wazero": {Measure: Measure{Values: []float64{900e-6, 800e-6, 1000e-6}, RSSKB: 8 << 10}, ArtifactBytes: 18123, ArtifactFiles: 1},
			"wasmtime": {Measure: Measure{Values: []float64{50.5e-6, 60e-6}, RSSKB: 12 << 10}, ArtifactBytes: 27344, ArtifactFiles: 1,
				LoadValues: []float64{20e-6, 25e-6}},
		}},
		{Name: "gobig.wasm", Bytes: 17_300_000, By: map[string]*LoadMeasure{
			"wasmtime": {Measure: Measure{Err: "round 2: the run changed its cache directory (a cache miss)"}, ArtifactBytes: 60_000_000, ArtifactFiles: 1},
		}},
	}
	return r
}

func TestMarkdownLoadAndStartup(t *testing.T) {
	md := loadSample().Markdown()
	for _, want := range []string{
		"## 3. Start-up",
		"| runner | hello cold ms | hello warm ms | peak RSS cold | peak RSS warm | gobig cold ms | gobig warm ms | gobig peak RSS cold | gobig peak RSS warm | gobig warm, to first output ms |",
		"| wazero | 11.00 (10.00–12.00) | 3.50 (3.00–4.00) | 20 MB | 8 MB | 3000.00 | 300.00 | 500 MB | 170 MB | 250.00 |",
		"| kiln | missing | missing | - | - | - | - | - | - | - |",
		"## 4. Artifact load",
		"| module | runner | artifact | ÷ .wasm | load µs | of which artifact load µs | peak RSS |",
		"| hello.wasm (3.3 kB) | kiln | - | - | missing | - | - |",
		"| hello.wasm (3.3 kB) | wazero | 18.1 kB | 5.57× | 900 (800–1,000) | - | 8 MB |",
		"| hello.wasm (3.3 kB) | wasmtime | 27.3 kB | 8.40× | 55.2 (50.5–60.0) | 22.5 (20.0–25.0) | 12 MB |",
		"| gobig.wasm (17.3 MB) | wasmtime | 60.0 MB | 3.47× | FAIL: round 2: the run changed its cache directory (a cache miss) | - | - |",
		"## 5. Instantiation",
		"## 6. Call overhead",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("RESULTS.md lacks %q\n%s", want, md)
		}
	}
	// runners in the order of the runner list
	if i, j := strings.Index(md, "| hello.wasm (3.3 kB) | wazero"), strings.Index(md, "| hello.wasm (3.3 kB) | wasmtime"); i < 0 || j < i {
		t.Errorf("load rows out of runner order\n%s", md)
	}
	// without the load figure the sections keep their numbers
	if md := sample().Markdown(); !strings.Contains(md, "## 4. Call overhead") {
		t.Errorf("without load and instantiation, call overhead should be section 4:\n%s", md)
	}
}

func TestFmtMicros(t *testing.T) {
	for _, tc := range []struct {
		secs []float64
		want string
	}{
		{[]float64{55e-6}, "55.0"},
		{[]float64{150e-6, 99e-6, 200e-6}, "150 (99–200)"},
		{[]float64{0.027323, 0.026731, 0.027915}, "27,323 (26,731–27,915)"},
		{[]float64{1.2345678}, "1,234,568"},
		{[]float64{0.000999}, "999"},
	} {
		if got := fmtMicros(tc.secs); got != tc.want {
			t.Errorf("fmtMicros(%v) = %q, want %q", tc.secs, got, tc.want)
		}
	}
}

func TestLoadJSON(t *testing.T) {
	r := loadSample()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	// LoadMeasure's Measure fields are inline, as in every other figure
	for _, want := range []string{`"load":[`, `"artifact_bytes":27344`, `"load_values":[`, `"values":[0.0000505,0.00006]`, `"rss_kb":12288`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
	var back Results
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Markdown() != r.Markdown() {
		t.Error("RESULTS.md differs after a JSON round trip")
	}
	// results.json written before the load figure (and before the warm
	// RSS column) still renders
	old := `{"machine":{"cpu":"Old CPU","cores":2},"rounds":3,"runners":[{"name":"native"},{"name":"kiln"}],
		"startup_cold":{"kiln":{"values":[0.01],"rss_kb":10240}},"startup_warm":{"kiln":{"values":[0.005]}},
		"call":{"kiln":{"values":[3]}}}`
	var o Results
	if err := json.Unmarshal([]byte(old), &o); err != nil {
		t.Fatal(err)
	}
	md := o.Markdown()
	if o.Load != nil || strings.Contains(md, "Artifact load") || !strings.Contains(md, "| kiln | 10.00 | 5.00 | 10 MB | - |") || !strings.Contains(md, "## 4. Call overhead") {
		t.Errorf("old results.json:\n%s", md)
	}
}
