package artifact

import (
	"bytes"
	"encoding/binary"
	"slices"
	"testing"
)

// FuzzDecode feeds the loader arbitrary bytes: Decode and decodeAny must
// return an error wrapping ErrCorrupt or ErrIncompatible or a result,
// never panic, and decoded trap sites are sorted and within the code.
// Each input is also tried with its checksum recomputed, so that the
// fuzzer reaches the parsers behind the checksum (a mutated input almost
// never has a valid one). What decodes re-encodes to an artifact that
// decodes and re-encodes to itself.
//
// The seeds (real artifacts, damaged ones, resealed or not) run with
// go test. To fuzz:
//
//	go test -run '^$' -fuzz FuzzDecode -fuzzminimizetime 2s ./runtime/artifact
//
// (artifacts are at least 16 KiB, the code's alignment: minimizing each
// new input for the default minute would stall the fuzzer).
func FuzzDecode(f *testing.F) {
	for _, ex := range []*compiled{example(), hello()} {
		a := ex.artifact
		f.Add(a)
		f.Add(a[:len(a)/2])
		f.Add(a[:offVersion])
		b := slices.Clone(a)
		b[len(b)/3] ^= 4
		f.Add(b) // a bit flipped: bad checksum
		for _, reg := range regions(f, a)[1:] {
			b := slices.Clone(a)
			b[reg[0]] ^= 0x41 // the first byte of each section, resealed
			f.Add(reseal(b))
		}
		b = slices.Clone(a)
		binary.LittleEndian.PutUint32(b[offArch:], 2)
		f.Add(reseal(b))
	}
	f.Add([]byte(Magic))
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		what := func() string { return "input" }
		decodeNoPanic(t, b, what)
		if len(b) < trailerSize {
			return
		}
		sealed := reseal(slices.Clone(b))
		decodeNoPanic(t, sealed, what)
		h, m, c, err := decodeAny(sealed)
		if err != nil {
			return
		}
		again := Encode(m, c, h.ModuleSHA256, h.Options)
		h2, m2, c2, err := decodeAny(again)
		if err != nil {
			t.Fatalf("re-encoded artifact does not decode: %v", err)
		}
		if h2.ModuleSHA256 != h.ModuleSHA256 || h2.Options != h.Options || h2.Arch != h.Arch || h2.Features != h.Features {
			t.Fatalf("header changed: %+v, then %+v", h, h2)
		}
		if !bytes.Equal(Encode(m2, c2, h2.ModuleSHA256, h2.Options), again) {
			t.Fatal("re-encoding is not stable")
		}
	})
}
