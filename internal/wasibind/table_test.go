package wasibind

import (
	"testing"

	"github.com/kilnwasm/kiln/wasi"
)

// Making the WASI imports binds nothing: a function is bound when an
// import asks for it, once per table.
func TestTableBindsOnDemand(t *testing.T) {
	sys, err := wasi.New(wasi.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	if n := testing.AllocsPerRun(100, func() { Funcs(sys) }); n > 3 {
		t.Errorf("Funcs allocates %v times, want at most 3", n)
	}
	tab := Funcs(sys)
	f, ok := tab.Func("fd_write")
	if !ok || f.Host == nil || len(f.Type.Params) != 4 || len(f.Type.Results) != 1 {
		t.Fatalf("fd_write: %v, %+v", ok, f)
	}
	if g, _ := tab.Func("fd_write"); g != f {
		t.Error("fd_write bound twice")
	}
	if len(tab.bound) != 1 {
		t.Errorf("%d functions bound, want 1", len(tab.bound))
	}
	if _, ok := tab.Func("no_such_function"); ok {
		t.Error("no_such_function resolved")
	}
	if _, ok := tab.Func("sock_accept"); !ok {
		t.Error("preview 1 lacks sock_accept")
	}
	if _, ok := FuncsPreview0(sys).Func("sock_accept"); ok {
		t.Error("preview 0 has sock_accept")
	}
}
