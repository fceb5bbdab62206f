package cli

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

type testFlags struct {
	fs      *FlagSet
	out     *bytes.Buffer
	s, o    *string
	b       *bool
	n       *int
	u       *uint32
	f       *float64
	d       *time.Duration
	arr     *[]string
	slice   *[]string
	dirList []string
}

func newTestFlags() *testFlags {
	var out bytes.Buffer
	t := &testFlags{out: &out, fs: NewFlagSet("t", "t FILE\n\nTests flags.", &out)}
	fs := t.fs
	t.s = fs.String("str", "def", "a `WORD`")
	t.o = fs.StringP("output", "o", "", "write to `OUT`")
	t.b = fs.Bool("yes", false, "say yes")
	t.n = fs.Int("n", 3, "a number")
	t.u = fs.Uint32("u", 0, "an unsigned `N`")
	t.f = fs.Float64("f", 0.5, "a `FRACTION`")
	t.d = fs.Duration("d", time.Second, "a `DURATION`")
	t.arr = fs.StringArray("arr", nil, "repeatable `X`")
	t.slice = fs.StringSlice("slice", []string{"a"}, "comma-separated `S`")
	return t
}

func TestFlagParse(t *testing.T) {
	x := newTestFlags()
	args := []string{"--str", "v", "op1", "-oout", "--yes", "--n=-7", "--u", "0x10", "--f=2.5", "--d", "3m",
		"--arr", "a,b", "--arr=c", "--slice", "x,y", "--slice=z", "-", "--", "--yes", "-o"}
	if err := x.fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	if *x.s != "v" || *x.o != "out" || !*x.b || *x.n != -7 || *x.u != 16 || *x.f != 2.5 || *x.d != 3*time.Minute {
		t.Errorf("values: %q %q %v %d %d %v %v", *x.s, *x.o, *x.b, *x.n, *x.u, *x.f, *x.d)
	}
	if !slices.Equal(*x.arr, []string{"a,b", "c"}) || !slices.Equal(*x.slice, []string{"x", "y", "z"}) {
		t.Errorf("lists: %q %q", *x.arr, *x.slice)
	}
	// Operands mix with flags; "-" is one; "--" ends the flags.
	if want := []string{"op1", "-", "--yes", "-o"}; !slices.Equal(x.fs.Args(), want) || x.fs.NArg() != 4 || x.fs.Arg(1) != "-" || x.fs.Arg(9) != "" {
		t.Errorf("operands %q, want %q", x.fs.Args(), want)
	}

	x = newTestFlags()
	x.fs.SetInterspersed(false)
	if err := x.fs.Parse([]string{"-o", "o", "file.wasm", "--yes", "-x"}); err != nil {
		t.Fatal(err)
	}
	if *x.o != "o" || *x.b || !slices.Equal(x.fs.Args(), []string{"file.wasm", "--yes", "-x"}) {
		t.Errorf("not interspersed: %q %v %q", *x.o, *x.b, x.fs.Args())
	}
	if *x.s != "def" || *x.n != 3 || !slices.Equal(*x.slice, []string{"a"}) {
		t.Errorf("defaults: %q %d %q", *x.s, *x.n, *x.slice)
	}
	if err := x.fs.Parse([]string{"--yes=false", "-o=p"}); err != nil || *x.b || *x.o != "p" {
		t.Errorf("--yes=false -o=p: %v %v %q", err, *x.b, *x.o)
	}
}

func TestFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--nosuch"}, "unknown flag: --nosuch"},
		{[]string{"--nosuch=1"}, "unknown flag: --nosuch"},
		{[]string{"-x"}, "unknown shorthand flag: 'x' in -x"},
		{[]string{"--str"}, "flag needs an argument: --str"},
		{[]string{"-o"}, "flag needs an argument: 'o' in -o"},
		{[]string{"---x"}, "bad flag syntax: ---x"},
		{[]string{"--=x"}, "bad flag syntax: --=x"},
		{[]string{"--n", "x"}, `invalid argument "x" for "--n" flag: must be an integer`},
		{[]string{"--u=-1"}, `invalid argument "-1" for "--u" flag: must be a non-negative integer below 2^32`},
		{[]string{"--f=x"}, `invalid argument "x" for "--f" flag: must be a number`},
		{[]string{"--d=5"}, `invalid argument "5" for "--d" flag: must be a duration like "30s" or "5m"`},
		{[]string{"--yes=maybe"}, `invalid argument "maybe" for "--yes" flag: must be true or false`},
	} {
		x := newTestFlags()
		if err := x.fs.Parse(tc.args); err == nil || err.Error() != tc.want {
			t.Errorf("%q: error %v, want %q", tc.args, err, tc.want)
		}
	}
	for _, h := range []string{"--help", "-h"} {
		x := newTestFlags()
		if err := x.fs.Parse([]string{h}); !errors.Is(err, errHelp) {
			t.Errorf("%s: %v", h, err)
		}
	}
}

// The help lists every flag with its value's name and its default unless
// that is the zero value, in aligned columns, as pflag printed it.
func TestFlagHelp(t *testing.T) {
	x := newTestFlags()
	x.fs.Var(&dirFlag{&[]dirGrant{}, false}, "dir", "grant `DIR`")
	SetFlagDefault(x.fs, "str", "other")
	err := ParseFlags(x.fs, []string{"--help"})
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitOK {
		t.Fatalf("--help: %v", err)
	}
	want := `Usage: kiln t [--str WORD] [-o|--output OUT] [--yes] [--n int] [--u N]
              [--f FRACTION] [--d DURATION] [--arr X]... [--slice S]...
              [--dir DIR]... FILE

Tests flags.

Flags:
      --str WORD           a WORD (default "other")
  -o, --output OUT         write to OUT
      --yes[=true|false]   say yes
      --n int              a number (default 3)
      --u N                an unsigned N
      --f FRACTION         a FRACTION (default 0.5)
      --d DURATION         a DURATION (default 1s)
      --arr X              repeatable X
      --slice S            comma-separated S (default [a])
      --dir DIR            grant DIR
`
	if got := x.out.String(); got != want {
		t.Errorf("help:\n%s\nwant:\n%s", got, want)
	}
	if err := ParseFlags(x.fs, []string{"--bad"}); err == nil || !strings.Contains(err.Error(), "unknown flag: --bad (kiln help t gives the flags)") {
		t.Errorf("--bad: %v", err)
	}
}
