package spectest

// TB is the part of testing.TB that CheckExpectations uses: the package
// does not import testing, which would link it (and its initialization)
// into the kiln command.
type TB interface {
	Helper()
	Fatal(args ...any)
	Errorf(format string, args ...any)
}

// CheckExpectations fails t for every failure of res not listed in the
// known-failures file, and for every entry that no failure matched (the
// file must stay exact).
func CheckExpectations(t TB, res *Result, file string) {
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
