package artifact

import (
	"hash/crc32"
	"runtime"
	"sync"
)

// parallelChecksumBytes is the size from which checksum spreads the work
// over the CPUs: a large module's artifact is tens of MB (several ms of
// CRC-32 on one core).
const parallelChecksumBytes = 4 << 20

// checksum returns the CRC-32 (IEEE) of b, computed in chunks on up to
// GOMAXPROCS goroutines when b is large, and combined.
func checksum(b []byte) uint32 {
	n := min(runtime.GOMAXPROCS(0), len(b)/parallelChecksumBytes)
	if n < 2 {
		return crc32.ChecksumIEEE(b)
	}
	sums := make([]uint32, n)
	size := (len(b) + n - 1) / n
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { sums[i] = crc32.ChecksumIEEE(b[i*size : min(len(b), (i+1)*size)]) })
	}
	wg.Wait()
	sum := sums[0]
	for i := 1; i < n; i++ {
		sum = crc32Combine(sum, sums[i], int64(min(len(b), (i+1)*size)-i*size))
	}
	return sum
}

// crc32Combine returns the CRC-32 (IEEE) of A followed by B from A's CRC,
// B's CRC and B's length: appending len2 zero bytes to A is a linear map
// on the CRC register, applied by repeated squaring of the one-zero-bit
// operator (as zlib's crc32_combine does).
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1
	}
	var even, odd [32]uint32 // operators for 2^k zero bits
	odd[0] = crc32.IEEE      // one zero bit
	for n, row := 1, uint32(1); n < 32; n, row = n+1, row<<1 {
		odd[n] = row
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	for {
		// Each round doubles the operator: the first gives one zero byte.
		gf2Square(&even, &odd)
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range square {
		square[n] = gf2Times(mat, mat[n])
	}
}
