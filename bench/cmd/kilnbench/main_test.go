package main

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/benchcmd"
	"github.com/kilnwasm/kiln/bench/internal/report"
)

func TestRunProc(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	ok := runProc(time.Minute, nil, "/bin/sh", "-c", "echo hi")
	if f := ok.failure(); f != "" || string(ok.stdout) != "hi\n" || ok.rssKB <= 0 || ok.wall <= 0 {
		t.Errorf("ok run: failure %q stdout %q rss %d wall %v", f, ok.stdout, ok.rssKB, ok.wall)
	}
	code := runProc(time.Minute, nil, "/bin/sh", "-c", "echo oops >&2; exit 7")
	if f := code.failure(); !strings.Contains(f, "exit code 7") || !strings.Contains(f, "oops") {
		t.Errorf("exit 7: failure %q", f)
	}
	sig := runProc(time.Minute, nil, "/bin/sh", "-c", "kill -SEGV $$")
	if f := sig.failure(); !strings.Contains(f, "signal") {
		t.Errorf("signal: failure %q", f)
	}
	slow := runProc(200*time.Millisecond, nil, "/bin/sh", "-c", "sleep 5")
	if f := slow.failure(); !strings.Contains(f, "timed out") {
		t.Errorf("timeout: failure %q", f)
	}
}

func TestUpdateReadme(t *testing.T) {
	p := filepath.Join(t.TempDir(), "README.md")
	orig := "# x\n\nbefore\n" + readmeStart + "\nold\n" + readmeEnd + "\nafter\n"
	if err := os.WriteFile(p, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	res := &report.Results{
		Machine: report.Machine{CPU: "CPU9", Cores: 2, Date: "today"},
		Rounds:  5,
		Runners: []report.Runner{{Name: "native"}, {Name: "wazero"}},
		Programs: []*report.Program{{Name: "fib", Cells: map[string]*report.Cell{
			"native": {Samples: []report.Sample{{Seconds: 1}}},
			"wazero": {Samples: []report.Sample{{Seconds: 3}}},
		}}},
	}
	for i := 0; i < 2; i++ { // idempotent
		if err := updateReadme(p, res); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(p)
	s := string(b)
	for _, want := range []string{"before\n", "after\n", "CPU9", "| wazero | 3.00× | 1/1 |", "results/ratios.svg"} {
		if !strings.Contains(s, want) {
			t.Errorf("README lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "old") || strings.Count(s, readmeStart) != 1 {
		t.Errorf("summary not replaced cleanly:\n%s", s)
	}
}

func TestListPrograms(t *testing.T) {
	d := t.TempDir()
	w := filepath.Join(d, "programs", "wasm")
	if err := os.MkdirAll(w, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"sort", "hello", "gobig", "fib"} {
		if err := os.WriteFile(filepath.Join(w, n+".wasm"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := listPrograms(d)
	if err != nil || strings.Join(got, ",") != "fib,sort" {
		t.Errorf("listPrograms = %v, %v", got, err)
	}
}

func TestSelectPrograms(t *testing.T) {
	avail := []string{"base64", "base64-simd", "fib", "matmul", "matmul-simd"}
	for _, tc := range []struct{ in, want string }{
		{"all", "base64,base64-simd,fib,matmul,matmul-simd"},
		{"scalar", "base64,fib,matmul"},
		{"simd", "base64,base64-simd,matmul,matmul-simd"},
		{"fib,simd,matmul", "fib,base64,base64-simd,matmul,matmul-simd"},
	} {
		got, err := selectPrograms(avail, benchcmd.SplitList(tc.in))
		if err != nil || strings.Join(got, ",") != tc.want {
			t.Errorf("selectPrograms(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if _, err := selectPrograms(avail, []string{"fib-simd"}); err == nil {
		t.Error("unknown program accepted")
	}
	if sourceName("matmul-simd") != "matmul" || sourceName("fib") != "fib" {
		t.Error("sourceName")
	}
}

func TestProgramSource(t *testing.T) {
	d := t.TempDir()
	src := filepath.Join(d, "programs", "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"sort.c", "memmem.rs", "markdown.rs", "exprtree.cc"} {
		if err := os.WriteFile(filepath.Join(src, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ prog, want string }{
		{"sort", "sort.c"},
		{"memmem", "memmem.rs"},
		{sourceName("memmem-simd"), "memmem.rs"},
		{"markdown", "markdown.rs"},
		{"exprtree", "exprtree.cc"},
		{"missing", "missing.c"}, // the C compiler reports it
	} {
		if got := programSource(d, tc.prog); got != filepath.Join(src, tc.want) {
			t.Errorf("programSource(%q) = %s, want %s", tc.prog, got, tc.want)
		}
	}
	// SIMD-only programs (no scalar build) belong to the simd group alone
	avail := []string{"exprtree", "fib", "markdown", "memmem-simd", "sort", "sort-simd"}
	for _, tc := range []struct{ in, want string }{
		{"simd", "memmem-simd,sort,sort-simd"},
		{"scalar", "exprtree,fib,markdown,sort"},
	} {
		got, err := selectPrograms(avail, benchcmd.SplitList(tc.in))
		if err != nil || strings.Join(got, ",") != tc.want {
			t.Errorf("selectPrograms(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestDirSnapshot(t *testing.T) {
	d := t.TempDir()
	f := filepath.Join(d, "ab", "entry.kiln")
	if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f, []byte("artifact"), 0o644); err != nil {
		t.Fatal(err)
	}
	s1, err := dirSnapshot(d)
	if err != nil || len(s1) != 1 || s1[filepath.Join("ab", "entry.kiln")].size != 8 {
		t.Fatalf("dirSnapshot = %v, %v", s1, err)
	}
	if s2, _ := dirSnapshot(d); !maps.Equal(s1, s2) {
		t.Error("an unchanged directory compares different")
	}
	// a cache miss rewrites the entry (same size, new time) or adds one
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(f, later, later); err != nil {
		t.Fatal(err)
	}
	if s2, _ := dirSnapshot(d); maps.Equal(s1, s2) {
		t.Error("a rewritten entry went unnoticed")
	}
	if err := os.WriteFile(filepath.Join(d, "other"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if s3, _ := dirSnapshot(d); len(s3) != 2 {
		t.Errorf("dirSnapshot after adding a file: %v", s3)
	}
	if !contains(allFigures, "load") {
		t.Error("the load figure is not in the default figures")
	}
}

// TestRenderLoad renders a results.json with the load figure, and one
// written before it existed (-render must keep working on old files).
func TestRenderLoad(t *testing.T) {
	d := t.TempDir()
	c := &config{outDir: filepath.Join(d, "out")}
	quiet := func(string, ...any) {}
	res := &report.Results{
		Machine: report.Machine{CPU: "CPU9", Cores: 2},
		Rounds:  2,
		Runners: []report.Runner{{Name: "native"}, {Name: "kiln"}, {Name: "wasmtime"}},
		StartCold: map[string]*report.Measure{
			"kiln": {Values: []float64{0.005, 0.006}, RSSKB: 9 << 10}, "wasmtime": {Values: []float64{0.007}, RSSKB: 12 << 10}},
		StartWarm: map[string]*report.Measure{
			"kiln": {Values: []float64{0.002, 0.003}, RSSKB: 7 << 10}, "wasmtime": {Values: []float64{0.004}, RSSKB: 11 << 10}},
		Load: []*report.LoadModule{{Name: "gobig.wasm", Bytes: 17_000_000, By: map[string]*report.LoadMeasure{
			"kiln": {Measure: report.Measure{Values: []float64{0.0021, 0.0025}, RSSKB: 80 << 10}, ArtifactBytes: 51_000_000, ArtifactFiles: 1,
				LoadValues: []float64{0.0011, 0.0012}},
			"wasmtime": {Measure: report.Measure{Values: []float64{0.004, 0.005}, RSSKB: 40 << 10}, ArtifactBytes: 34_000_000, ArtifactFiles: 1,
				LoadValues: []float64{0.0035, 0.0045}},
		}}},
	}
	js, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	newJSON, oldJSON := filepath.Join(d, "new.json"), filepath.Join(d, "old.json")
	old := `{"machine":{"cpu":"OldCPU","cores":2},"rounds":3,"runners":[{"name":"native"},{"name":"kiln"}],
		"startup_cold":{"kiln":{"values":[0.01],"rss_kb":10240}},"startup_warm":{"kiln":{"values":[0.005]}}}`
	for p, b := range map[string][]byte{newJSON: js, oldJSON: []byte(old)} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		file      string
		want, not []string
	}{
		{newJSON, []string{
			"| kiln | 5.50 (5.00–6.00) | 2.50 (2.00–3.00) | 9 MB | 7 MB |",
			"## 4. Artifact load",
			"| gobig.wasm (17.0 MB) | kiln | 51.0 MB | 3.00× | 2,300 (2,100–2,500) | 1,150 (1,100–1,200) | 80 MB |",
			"| gobig.wasm (17.0 MB) | wasmtime | 34.0 MB | 2.00× | 4,500 (4,000–5,000) | 4,000 (3,500–4,500) | 40 MB |",
		}, nil},
		{oldJSON, []string{"OldCPU", "| kiln | 10.00 | 5.00 | 10 MB | - |"}, []string{"Artifact load"}},
	} {
		if err := renderFile(c, tc.file, quiet); err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		b, err := os.ReadFile(filepath.Join(c.outDir, "RESULTS.md"))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s: RESULTS.md lacks %q\n%s", filepath.Base(tc.file), w, b)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(string(b), w) {
				t.Errorf("%s: RESULTS.md has %q", filepath.Base(tc.file), w)
			}
		}
	}
}
