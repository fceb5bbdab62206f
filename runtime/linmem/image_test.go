package linmem

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// testImage returns an image of two runs (pages 1 and 3-4), its data
// filled with a pattern, and the whole memory (5 pages) it should give.
func testImage(t *testing.T, inFile bool) (*Image, []byte) {
	img := &Image{Runs: []ImageRun{{Page: 1, Pages: 1}, {Page: 3, Pages: 2}}, Data: make([]byte, 3*PageSize)}
	for i := range img.Data {
		img.Data[i] = byte(i*7 + i>>16)
	}
	want := make([]byte, 5*PageSize)
	copy(want[PageSize:], img.Data[:PageSize])
	copy(want[3*PageSize:], img.Data[PageSize:])
	if inFile {
		// Data at a page-aligned offset after a page of something else.
		path := filepath.Join(t.TempDir(), "img")
		if err := os.WriteFile(path, append(make([]byte, PageSize), img.Data...), 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		img.File, img.Offset = f, PageSize
	}
	if err := img.Check(); err != nil {
		t.Fatal(err)
	}
	return img, want
}

// An image is mapped from its file, or from a memfd made of its data, and
// a released memory's reservation keeps it mapped for the next NewImage of
// the same image: each round sees the clean image however the previous
// one wrote and grew, and a plain New then reads all zeros.
func TestImage(t *testing.T) {
	for _, inFile := range []bool{false, true} {
		p := NewPool(Config{})
		img, want := testImage(t, inFile)
		var base uintptr
		for round := 0; round < 3; round++ { // reservations are reused
			m, err := p.NewImage(img, 5, 8)
			if err != nil {
				t.Fatal(err)
			}
			if !m.mapped {
				t.Errorf("file %v: the image was copied, not mapped", inFile)
			}
			if round > 0 && m.Base() != base {
				t.Errorf("file %v round %d: a new reservation, not the one holding the image", inFile, round)
			}
			base = m.Base()
			if !bytes.Equal(m.Bytes(), want) {
				t.Fatalf("file %v round %d: memory differs from the image", inFile, round)
			}
			if !faults(t, m.Base()+5*PageSize) {
				t.Fatalf("file %v round %d: accessible beyond the initial size", inFile, round)
			}
			// Writes stay private, growing works across the mapping.
			m.Bytes()[PageSize+5] ^= 0xff
			m.Bytes()[4*PageSize-1] = 0
			if m.Grow(2) != 5 || m.Len() != 7*PageSize || m.Bytes()[6*PageSize] != 0 {
				t.Fatal("grow")
			}
			if err := m.Release(); err != nil {
				t.Fatal(err)
			}
			if p.Idle() != 1 {
				t.Fatalf("%d idle reservations", p.Idle())
			}
			if inFile {
				b, err := os.ReadFile(img.File.Name())
				if err != nil || !bytes.Equal(b[PageSize:], img.Data) {
					t.Fatal("a write reached the image file")
				}
			}
		}
		// A plain memory from the image's reservation is all zero.
		z, err := p.New(5, 8)
		if err != nil {
			t.Fatal(err)
		}
		if z.Base() != base || bytes.IndexFunc(z.Bytes(), func(r rune) bool { return r != 0 }) >= 0 {
			t.Fatalf("file %v: the reservation was not reused, or is not zero", inFile)
		}
		z.Release()
		// Forgetting the image drops the reservations that hold it.
		m, err := p.NewImage(img, 5, 8)
		if err != nil {
			t.Fatal(err)
		}
		m.Release()
		p.ForgetImage(img)
		if p.Idle() != 0 {
			t.Errorf("file %v: %d idle reservations after ForgetImage, want none", inFile, p.Idle())
		}
		img.Close()
	}
}

func TestImageRejects(t *testing.T) {
	p := NewPool(Config{})
	img, _ := testImage(t, false)
	if _, err := p.NewImage(img, 4, -1); err == nil {
		t.Error("an image longer than the initial size was accepted")
	}
	for _, bad := range []*Image{
		{Runs: []ImageRun{{Page: 0, Pages: 0}}},
		{Runs: []ImageRun{{Page: 2, Pages: 1}, {Page: 2, Pages: 1}}, Data: make([]byte, 2*PageSize)},
		{Runs: []ImageRun{{Page: MaxPages32 - 1, Pages: 2}}, Data: make([]byte, 2*PageSize)},
		{Runs: []ImageRun{{Page: 0, Pages: 1}}, Data: make([]byte, PageSize-1)},
	} {
		if bad.Check() == nil {
			t.Errorf("Check accepted %+v", bad.Runs)
		}
	}
}
