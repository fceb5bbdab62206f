package codemem

import "testing"

// Blobs start on a 4 KiB boundary whatever the sizes loaded before them:
// arm64 veneers (backend/link.go) compute targets with ADRP, which counts
// 4 KiB pages from the blob's own offsets.
func TestLoadPageAligned(t *testing.T) {
	var blobs []*Blob
	defer func() {
		for _, b := range blobs {
			b.Release()
		}
	}()
	for _, n := range []int{1, 5000, 4096, 12345, 3} {
		b, err := Load(make([]byte, n), nil)
		if err != nil {
			t.Fatal(err)
		}
		blobs = append(blobs, b)
		if b.Addr()%4096 != 0 {
			t.Errorf("a blob of %d bytes loaded at %#x", n, b.Addr())
		}
	}
	// Reused pages too.
	blobs[1].Release()
	b, err := Load(make([]byte, 100), nil)
	if err != nil {
		t.Fatal(err)
	}
	blobs[1] = b
	if b.Addr()%4096 != 0 {
		t.Errorf("a blob loaded at %#x", b.Addr())
	}
}
