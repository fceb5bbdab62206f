package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

// makeTree builds a small directory tree to hand to the programs.
func makeTree(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{"a/x.txt": "hello\n", "a/b/y.bin": strings.Repeat("\x00\x01", 300), "z.txt": "zzz"}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestRealPrograms runs a Go program (walks a tree, reads, writes and
// renames files, reads the environment and the clock) and a C program
// (stdio, opendir, stat, rename) under kiln run and checks their output
// and their effect on the host.
func TestRealPrograms(t *testing.T) {
	progs := filepath.Join(testpaths.RepoRoot(), "testdata", "wasi", "programs")
	sum := func(s string) string { return fmt.Sprintf("%x", sha256.Sum256([]byte(s))) }

	t.Run("go", func(t *testing.T) {
		dir := makeTree(t)
		var stdout, stderr bytes.Buffer
		code := run([]string{"run", "--mapdir", dir + "::/data", "--allow-writes", "--env", "GREETING=hi",
			filepath.Join(progs, "gowalk.wasm"), "/data"}, &stdout, &stderr)
		want := strings.Join([]string{
			"dir  .",
			"dir  a",
			"dir  a/b",
			"file a/b/y.bin 600 " + sum(strings.Repeat("\x00\x01", 300)),
			"file a/x.txt 6 " + sum("hello\n"),
			"file z.txt 3 " + sum("zzz"),
			"summary: 6 entries",
			"GREETING: hi",
			"clock advances: true",
		}, "\n") + "\n"
		if code != 0 || stdout.String() != want {
			t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, stderr.String(), stdout.String(), want)
		}
		if b, err := os.ReadFile(filepath.Join(dir, "summary.txt")); err != nil || string(b) != "6 entries\n" {
			t.Errorf("summary.txt: %q, %v", b, err)
		}
	})
	t.Run("c", func(t *testing.T) {
		dir := makeTree(t)
		var stdout, stderr bytes.Buffer
		code := run([]string{"run", "--mapdir", dir + "::/data", "--allow-writes",
			filepath.Join(progs, "cfiles.wasm"), "/data"}, &stdout, &stderr)
		want := "dir  a 4096\nfile z.txt 3\nsummary: 2 entries\n"
		got := stdout.String()
		// Directory sizes depend on the host filesystem: compare the rest.
		if code != 0 || !strings.HasPrefix(got, "dir  a ") || !strings.HasSuffix(got, "\nfile z.txt 3\nsummary: 2 entries\n") {
			t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant like:\n%s", code, stderr.String(), got, want)
		}
		if _, err := os.Stat(filepath.Join(dir, "cfiles.txt")); err != nil {
			t.Errorf("cfiles.txt: %v", err)
		}
		if _, err := os.Stat(filepath.Join(dir, "cfiles.tmp")); !os.IsNotExist(err) {
			t.Errorf("cfiles.tmp still exists: %v", err)
		}
	})
}

// TestBenchGoModule runs bench/'s 17.5 MB Go module (much of the standard
// library, deterministic work, one checksum line per package): the largest
// real program at hand, and on arm64 under qemu the check that it compiles
// and runs there as it does on amd64.
func TestBenchGoModule(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles 17.5 MB of Wasm")
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"run", filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "gobig.wasm")}, &stdout, &stderr)
	want := strings.Join([]string{
		"gobig",
		"json       d27152b7 18181",
		"xml        2c45db11 5597",
		"gob        fdfc4c8d 4",
		"csv        c2fcfe97 3726",
		"base64     e0d6c675 2332",
		"asn1       97f205e9 57",
		"template   be7ae117 1182",
		"htmltmpl   8a5b33e8 3362",
		"regexp     97e075df 2606",
		"gzip       e62fd8ed 2848",
		"flate+     eae704ff 3284",
		"archive    813b0916 7297",
		"crypto     4764f3bc 4276",
		"x509       dcef39d8 326",
		"bigint     ab26761d 619",
		"go/*       b91a82b4 437",
		"image      21957c39 4054",
		"net        331cd069 159",
		"misc       b8f57b71 4626",
	}, "\n") + "\n"
	if code != 0 || stdout.String() != want {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, stderr.String(), stdout.String(), want)
	}
}
