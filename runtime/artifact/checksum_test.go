package artifact

import (
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

func TestChecksum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 3*parallelChecksumBytes+12345)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	for _, n := range []int{0, 1, 7, 100, parallelChecksumBytes * 2, len(b) - 1, len(b)} {
		if got, want := checksum(b[:n]), crc32.ChecksumIEEE(b[:n]); got != want {
			t.Errorf("checksum of %d bytes: %#x, want %#x", n, got, want)
		}
	}
	for range 200 {
		i := r.IntN(4096)
		j := i + r.IntN(4096)
		if got, want := crc32Combine(crc32.ChecksumIEEE(b[:i]), crc32.ChecksumIEEE(b[i:j]), int64(j-i)), crc32.ChecksumIEEE(b[:j]); got != want {
			t.Fatalf("combine at %d, %d: %#x, want %#x", i, j, got, want)
		}
	}
}
