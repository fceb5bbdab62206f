package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
		got, err := selectPrograms(avail, splitList(tc.in))
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
	for _, n := range []string{"sort.c", "memmem.rs"} {
		if err := os.WriteFile(filepath.Join(src, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ prog, want string }{
		{"sort", "sort.c"},
		{"memmem", "memmem.rs"},
		{sourceName("memmem-simd"), "memmem.rs"},
		{"missing", "missing.c"}, // the C compiler reports it
	} {
		if got := programSource(d, tc.prog); got != filepath.Join(src, tc.want) {
			t.Errorf("programSource(%q) = %s, want %s", tc.prog, got, tc.want)
		}
	}
	// SIMD-only programs (no scalar build) belong to the simd group alone
	avail := []string{"fib", "memmem-simd", "sort", "sort-simd"}
	for _, tc := range []struct{ in, want string }{
		{"simd", "memmem-simd,sort,sort-simd"},
		{"scalar", "fib,sort"},
	} {
		got, err := selectPrograms(avail, splitList(tc.in))
		if err != nil || strings.Join(got, ",") != tc.want {
			t.Errorf("selectPrograms(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}
