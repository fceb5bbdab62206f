// gowalk exercises Go's os and io/fs over WASI: it walks the directory
// tree given as its argument, reads every file (printing size and a
// checksum), writes a summary file into the tree, reads it back, renames
// it, and reports an environment variable and that the clocks advance.
package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gowalk DIR")
		os.Exit(2)
	}
	root := os.Args[1]
	start := time.Now()
	var lines []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			lines = append(lines, fmt.Sprintf("dir  %s", rel))
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("file %s %d %x", rel, len(data), sha256.Sum256(data)))
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "walk:", err)
		os.Exit(1)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	summary := filepath.Join(root, "summary.tmp")
	if err := os.WriteFile(summary, []byte(fmt.Sprintf("%d entries\n", len(lines))), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "write:", err)
		os.Exit(1)
	}
	back, err := os.ReadFile(summary)
	if err != nil {
		fmt.Fprintln(os.Stderr, "read back:", err)
		os.Exit(1)
	}
	if err := os.Rename(summary, filepath.Join(root, "summary.txt")); err != nil {
		fmt.Fprintln(os.Stderr, "rename:", err)
		os.Exit(1)
	}
	fmt.Printf("summary: %s", back)
	fmt.Println("GREETING:", os.Getenv("GREETING"))
	fmt.Println("clock advances:", time.Since(start) >= 0 && time.Now().Year() >= 2024)
}
