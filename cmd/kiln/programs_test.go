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
