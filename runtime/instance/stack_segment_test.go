package instance_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

func loadFile(t *testing.T, rel string) *instance.Module {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), rel))
	if err != nil {
		t.Fatal(err)
	}
	return load(t, b)
}

// A segment that does not fit fails instantiation with a *SegmentError
// that says which and wraps the spec's trap; the start function does not
// run.
func TestSegmentError(t *testing.T) {
	for _, tc := range []struct {
		file string
		want instance.SegmentError
		code trap.Code
	}{
		{"cmd/kiln/testdata/dataoob.wasm", instance.SegmentError{Data: true, Index: 0, Target: 0, Offset: 65535, Len: 2, Size: 65536}, trap.CodeOutOfBoundsMemoryAccess},
		{"cmd/kiln/testdata/elemoob.wasm", instance.SegmentError{Data: false, Index: 0, Target: 0, Offset: 1, Len: 2, Size: 2}, trap.CodeOutOfBoundsTableAccess},
	} {
		_, err := instance.Instantiate(context.Background(), loadFile(t, tc.file), nil)
		var se *instance.SegmentError
		if !errors.As(err, &se) {
			t.Errorf("%s: %v, want a *SegmentError", tc.file, err)
			continue
		}
		got := *se
		got.Trap = nil
		if got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.file, got, tc.want)
		}
		if !errors.Is(err, trap.New(tc.code)) {
			t.Errorf("%s: %v does not wrap the trap %v", tc.file, err, tc.code)
		}
	}
}

// Limits.StackSize is the native stack calls into the instance run on.
func TestStackSize(t *testing.T) {
	mod := loadFile(t, "cmd/kiln/testdata/deep.wasm")
	deep := func(stack int, n uint64) error {
		inst, err := instance.InstantiateWith(context.Background(), mod, nil, instance.Limits{StackSize: stack})
		if err != nil {
			t.Fatal(err)
		}
		defer inst.Close()
		s := []uint64{n}
		for range 2 { // the second call reuses the instance's runner
			if err := inst.Exports()["deep"].Func.Call(context.Background(), s); err != nil {
				return err
			}
			if s[0] != n {
				t.Fatalf("deep(%d) = %d", n, s[0])
			}
		}
		return nil
	}
	exhausted := trap.New(trap.CodeCallStackExhausted)
	if err := deep(0, 5000); err != nil {
		t.Errorf("default stack, depth 5000: %v", err)
	}
	if err := deep(64<<10, 5000); !errors.Is(err, exhausted) {
		t.Errorf("64 KiB stack, depth 5000: %v, want call stack exhausted", err)
	}
	if err := deep(0, 200000); !errors.Is(err, exhausted) {
		t.Errorf("default stack, depth 200000: %v, want call stack exhausted", err)
	}
	if err := deep(64<<20, 200000); err != nil {
		t.Errorf("64 MiB stack, depth 200000: %v", err)
	}
}
