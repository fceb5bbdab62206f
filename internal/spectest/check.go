package spectest

import "testing"

// CheckExpectations fails t for every failure of res not listed in the
// known-failures file, and for every entry that no failure matched (the
// file must stay exact).
func CheckExpectations(t testing.TB, res *Result, file string) {
	t.Helper()
	exp, err := ReadExpectations(file)
	if err != nil {
		t.Fatal(err)
	}
	unexpected := 0
	for _, f := range res.Failures() {
		if exp.Known(f) {
			continue
		}
		unexpected++
		if unexpected <= 50 {
			t.Errorf("%s (%s): %s", f.Key(), f.Type, f.Reason)
		}
	}
	if unexpected > 50 {
		t.Errorf("... %d unexpected failures in all", unexpected)
	}
	for _, ent := range exp.Unused() {
		t.Errorf("%s is listed in %s but nothing fails there: remove it", ent, file)
	}
}
