package validate_test

import (
	"errors"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// FuzzDecodeValidate feeds arbitrary bytes to the decoder and validator. They
// must never panic or hang, must reject with a *wasm.Error, and must give the
// same answer twice. Seeds: every module of the spec suite (when present).
func FuzzDecodeValidate(f *testing.F) {
	testpaths.AddSpecSeeds(f, 64<<10)
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err1 := decodeValidate(b)
		_, err2 := decodeValidate(b)
		if (err1 == nil) != (err2 == nil) || err1 != nil && err1.Error() != err2.Error() {
			t.Fatalf("nondeterministic: %v vs %v", err1, err2)
		}
		if err1 != nil {
			var we *wasm.Error
			if !errors.As(err1, &we) || we.Reason == "" {
				t.Fatalf("error is not a *wasm.Error with a reason: %#v", err1)
			}
		}
	})
}
