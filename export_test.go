package kiln

import "time"

// SetClock replaces the clock of CompileFile's file records until restore
// is called: a test cannot make a file it writes old enough to be recorded.
func SetClock(f func() time.Time) (restore func()) {
	old := now
	now = f
	return func() { now = old }
}
