package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// awaitGCDefaults collects garbage until the settings are the defaults
// again: a deferGC of an earlier test (runCompile) may be in force, and
// its cleanup runs soon after a collection, on a goroutine of its own.
func awaitGCDefaults(t *testing.T) {
	t.Helper()
	for start := time.Now(); ; time.Sleep(time.Millisecond) {
		runtime.GC()
		gogc, limit := gcSettings()
		if gogc == 100 && limit == math.MaxInt64 {
			return
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("after collections: GOGC %d, memory limit %d; want 100 and none", gogc, limit)
		}
	}
}

func TestDeferGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	awaitGCDefaults(t)
	deferGC(1 << 40)
	if gogc, limit := gcSettings(); gogc != -1 || limit != 1<<40 {
		t.Fatalf("after deferGC: GOGC %d, memory limit %d; want off and %d", gogc, limit, int64(1)<<40)
	}
	// A second call while the first is in force changes nothing.
	deferGC(1 << 30)
	if gogc, limit := gcSettings(); gogc != -1 || limit != 1<<40 {
		t.Fatalf("after a second deferGC: GOGC %d, memory limit %d; want off and %d", gogc, limit, int64(1)<<40)
	}
	// The first collection gives the collector its settings back.
	awaitGCDefaults(t)
}

func TestDeferGCLeavesUserSettings(t *testing.T) {
	awaitGCDefaults(t)
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			t.Setenv(env, "200") // as the process started with
			deferGC(1 << 40)
			if gogc, limit := gcSettings(); gogc != 100 || limit != math.MaxInt64 {
				t.Errorf("with %s set: GOGC %d, memory limit %d; want them unchanged", env, gogc, limit)
			}
		})
	}
	t.Run("SetGCPercent", func(t *testing.T) {
		t.Setenv("GOGC", "")
		t.Setenv("GOMEMLIMIT", "")
		defer debug.SetGCPercent(debug.SetGCPercent(50))
		deferGC(1 << 40)
		if gogc, limit := gcSettings(); gogc != 50 || limit != math.MaxInt64 {
			t.Errorf("with GOGC set to 50 by the program: GOGC %d, memory limit %d; want them unchanged", gogc, limit)
		}
	})
}

// gcSettings returns GOGC (-1: off) and the memory limit, read without
// changing them.
func gcSettings() (gogc, limit int64) {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}
