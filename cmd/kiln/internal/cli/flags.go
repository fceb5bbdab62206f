package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// A FlagSet is a command's flags and its help text. The synopsis line of
// the help is made from the flags themselves, so it lists every one.
//
// Flags are GNU style, as github.com/spf13/pflag parses them (which kiln
// used before): --name VALUE, --name=VALUE, a boolean --name, a one-letter
// -n VALUE, -nVALUE or -n=VALUE, and -- ending the flags. It is kiln's
// own because pflag imports package net, which links the C library into
// kiln when cgo is enabled: about 1 ms more at every start of kiln run.
type FlagSet struct {
	name         string
	operands     string // what follows the flags in the synopsis ("FILE.wasm")
	text         string // the description, after the synopsis
	flags        []*Flag
	interspersed bool
	args         []string
	stdout       io.Writer
	// More, if set, prints more help after the flags.
	More func(w io.Writer)
}

// A Flag is one flag of a FlagSet.
type Flag struct {
	Name      string
	Shorthand string // one letter, or ""
	Usage     string // `NAME` in back quotes names the value in the help
	Value     Value
	DefValue  string // the default, as Value.String gives it
}

// Value is a flag's value: Set parses one occurrence on the command line;
// Type names the kind of value ("bool" makes a flag that takes none;
// a name ending in "Array" or "Slice" one that may be repeated).
type Value interface {
	String() string
	Set(string) error
	Type() string
}

// errHelp is Parse's error for --help and -h.
var errHelp = errors.New("help requested")

// NewFlagSet returns a flag set that reports errors instead of exiting,
// and prints its help to stdout when asked (--help, -h, kiln help NAME).
// spec is "NAME OPERANDS\n\nDESCRIPTION" (OPERANDS may be empty); the
// synopsis printed is NAME, then every flag, then OPERANDS.
func NewFlagSet(name, spec string, stdout io.Writer) *FlagSet {
	head, text, _ := strings.Cut(spec, "\n\n")
	operands := strings.TrimSpace(strings.TrimPrefix(head, name))
	return &FlagSet{name: name, operands: operands, text: text, interspersed: true, stdout: stdout}
}

// SetInterspersed sets whether flags may follow operands; if not, the
// first operand and everything after it are operands.
func (fs *FlagSet) SetInterspersed(on bool) { fs.interspersed = on }

// Var defines a flag with the value v, whose current value is the
// default.
func (fs *FlagSet) Var(v Value, name, usage string) { fs.VarP(v, name, "", usage) }

// VarP is Var with a one-letter shorthand.
func (fs *FlagSet) VarP(v Value, name, shorthand, usage string) {
	if fs.Lookup(name) != nil {
		panic("cli: flag --" + name + " defined twice") // a programming error
	}
	fs.flags = append(fs.flags, &Flag{Name: name, Shorthand: shorthand, Usage: usage, Value: v, DefValue: v.String()})
}

// Lookup returns the flag called name, or nil.
func (fs *FlagSet) Lookup(name string) *Flag {
	for _, f := range fs.flags {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// String defines a string flag.
func (fs *FlagSet) String(name, value, usage string) *string {
	return fs.StringP(name, "", value, usage)
}

// StringP defines a string flag with a shorthand.
func (fs *FlagSet) StringP(name, shorthand, value, usage string) *string {
	p := &value
	fs.VarP((*stringValue)(p), name, shorthand, usage)
	return p
}

// Bool defines a boolean flag: --name sets it, --name=false clears it.
func (fs *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := &value
	fs.Var((*boolValue)(p), name, usage)
	return p
}

// Int defines an int flag.
func (fs *FlagSet) Int(name string, value int, usage string) *int {
	p := &value
	fs.Var((*intValue)(p), name, usage)
	return p
}

// Uint32 defines a uint32 flag.
func (fs *FlagSet) Uint32(name string, value uint32, usage string) *uint32 {
	p := &value
	fs.Var((*uint32Value)(p), name, usage)
	return p
}

// Float64 defines a float64 flag.
func (fs *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := &value
	fs.Var((*float64Value)(p), name, usage)
	return p
}

// Duration defines a time.Duration flag (time.ParseDuration's syntax).
func (fs *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := &value
	fs.Var((*durationValue)(p), name, usage)
	return p
}

// StringArray defines a repeatable flag: each occurrence adds one value,
// commas included.
func (fs *FlagSet) StringArray(name string, value []string, usage string) *[]string {
	v := &stringListValue{list: value, typ: "stringArray"}
	fs.Var(v, name, usage)
	return &v.list
}

// StringSlice defines a repeatable flag whose values are comma-separated
// lists; the first occurrence replaces the default.
func (fs *FlagSet) StringSlice(name string, value []string, usage string) *[]string {
	v := &stringListValue{list: value, typ: "stringSlice", split: true}
	fs.Var(v, name, usage)
	return &v.list
}

// NArg, Arg and Args return the operands left after Parse.
func (fs *FlagSet) NArg() int      { return len(fs.args) }
func (fs *FlagSet) Args() []string { return fs.args }
func (fs *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(fs.args) {
		return ""
	}
	return fs.args[i]
}

// Parse parses the command line args (without the command's name).
func (fs *FlagSet) Parse(args []string) error {
	fs.args = fs.args[:0]
	for len(args) > 0 {
		s := args[0]
		args = args[1:]
		switch {
		case len(s) < 2 || s[0] != '-':
			fs.args = append(fs.args, s)
			if !fs.interspersed {
				fs.args = append(fs.args, args...)
				return nil
			}
			continue
		case s == "--":
			fs.args = append(fs.args, args...)
			return nil
		}
		var err error
		if s[1] == '-' {
			args, err = fs.parseLong(s, args)
		} else {
			args, err = fs.parseShort(s, args)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// parseLong parses --name[=value] (s), taking the value from args if it
// needs one and has no =.
func (fs *FlagSet) parseLong(s string, args []string) ([]string, error) {
	name, value, hasValue := strings.Cut(s[2:], "=")
	if name == "" || name[0] == '-' {
		return args, fmt.Errorf("bad flag syntax: %s", s)
	}
	f := fs.Lookup(name)
	if f == nil {
		if name == "help" {
			return args, errHelp
		}
		return args, fmt.Errorf("unknown flag: --%s", name)
	}
	switch {
	case hasValue:
	case f.Value.Type() == "bool":
		value = "true"
	case len(args) > 0:
		value, args = args[0], args[1:]
	default:
		return args, fmt.Errorf("flag needs an argument: %s", s)
	}
	return args, fs.set(f, value)
}

// parseShort parses a group of one-letter flags -abc, the last of which
// may take a value (-ovalue, -o=value, or -o value from args).
func (fs *FlagSet) parseShort(s string, args []string) ([]string, error) {
	for short := s[1:]; short != ""; {
		c := short[:1]
		var f *Flag
		for _, g := range fs.flags {
			if g.Shorthand == c {
				f = g
			}
		}
		if f == nil {
			if c == "h" {
				return args, errHelp
			}
			return args, fmt.Errorf("unknown shorthand flag: %q in -%s", c[0], s[1:])
		}
		var value string
		switch {
		case len(short) > 2 && short[1] == '=':
			value, short = short[2:], ""
		case f.Value.Type() == "bool":
			value, short = "true", short[1:]
		case len(short) > 1:
			value, short = short[1:], ""
		case len(args) > 0:
			value, args, short = args[0], args[1:], ""
		default:
			return args, fmt.Errorf("flag needs an argument: %q in -%s", c[0], s[1:])
		}
		if err := fs.set(f, value); err != nil {
			return args, err
		}
	}
	return args, nil
}

func (fs *FlagSet) set(f *Flag, value string) error {
	if err := f.Value.Set(value); err != nil {
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		return fmt.Errorf("invalid argument %q for %q flag: %v", value, name, err)
	}
	return nil
}

// valueName returns the name of f's value in the help (`NAME` in its
// usage, else its type; none for a boolean) and the usage without the
// back quotes.
func valueName(f *Flag) (name, usage string) {
	usage = f.Usage
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			name = usage[i+1 : i+1+j]
			return name, usage[:i] + name + usage[i+2+j:]
		}
	}
	switch name = f.Value.Type(); name {
	case "bool":
		name = ""
	case "float64":
		name = "float"
	case "stringSlice":
		name = "strings"
	}
	return name, usage
}

func (fs *FlagSet) printHelp(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n", fs.synopsis(78))
	if fs.text != "" {
		fmt.Fprintf(w, "\n%s\n", fs.text)
	}
	if len(fs.flags) > 0 {
		fmt.Fprint(w, "\nFlags:\n", fs.flagUsages())
	}
	if fs.More != nil {
		fs.More(w)
	}
}

// defaultIsZero reports whether f's default is its type's zero value,
// which the help does not show.
func defaultIsZero(f *Flag) bool {
	switch f.Value.(type) {
	case *stringValue:
		return f.DefValue == ""
	case *durationValue:
		return f.DefValue == "0s"
	case *intValue, *uint32Value, *float64Value:
		return f.DefValue == "0"
	case *stringListValue:
		return f.DefValue == "[]"
	}
	return f.DefValue == "" || f.DefValue == "false" || f.DefValue == "0"
}

// flagUsages lists the flags, one per entry: "  -o, --output OUT" or
// "      --name VALUE", then the usage in a column (continuation lines
// indented to it) and the default unless it is the zero value.
func (fs *FlagSet) flagUsages() string {
	heads := make([]string, len(fs.flags))
	width := 0
	for i, f := range fs.flags {
		h := "      --" + f.Name
		if f.Shorthand != "" {
			h = "  -" + f.Shorthand + ", --" + f.Name
		}
		if f.Value.Type() == "bool" {
			h += "[=true|false]"
		} else if name, _ := valueName(f); name != "" {
			h += " " + name
		}
		heads[i] = h
		width = max(width, len(h))
	}
	var b strings.Builder
	for i, f := range fs.flags {
		_, usage := valueName(f)
		if !defaultIsZero(f) {
			if f.Value.Type() == "string" {
				usage += fmt.Sprintf(" (default %q)", f.DefValue)
			} else {
				usage += fmt.Sprintf(" (default %s)", f.DefValue)
			}
		}
		usage = strings.ReplaceAll(usage, "\n", "\n"+strings.Repeat(" ", width+3))
		fmt.Fprintf(&b, "%-*s   %s\n", width, heads[i], usage)
	}
	return b.String()
}

// synopsis is "kiln NAME [--flag ARG]... OPERANDS", wrapped at width
// columns under the first flag.
func (fs *FlagSet) synopsis(width int) string {
	lead := "kiln " + fs.name
	words := []string{}
	for _, f := range fs.flags {
		arg, _ := valueName(f)
		w := "--" + f.Name
		if f.Shorthand != "" {
			w = "-" + f.Shorthand + "|--" + f.Name
		}
		if arg != "" {
			w += " " + arg
		}
		w = "[" + w + "]"
		if strings.HasSuffix(f.Value.Type(), "Array") || strings.HasSuffix(f.Value.Type(), "Slice") {
			w += "..."
		}
		words = append(words, w)
	}
	if fs.operands != "" {
		words = append(words, fs.operands)
	}
	var b strings.Builder
	b.WriteString(lead)
	col := len("Usage: ") + len(lead)
	indent := strings.Repeat(" ", col+1)
	for _, w := range words {
		if col+1+len(w) > width && col > len(indent) {
			b.WriteString("\n" + indent[:len(indent)-1])
			col = len(indent) - 1
		}
		b.WriteString(" " + w)
		col += 1 + len(w)
	}
	return b.String()
}

// ParseFlags parses args, printing the help for --help (and mapping it to
// success) and mapping bad flags to status 2.
func ParseFlags(fs *FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, errHelp) {
			fs.printHelp(fs.stdout)
			return QuietExit(ExitOK)
		}
		return UsageError("%v (kiln help %s gives the flags)", err, fs.name)
	}
	return nil
}

// SetFlagDefault changes a flag's default value (and the one its help
// shows).
func SetFlagDefault(fs *FlagSet, name, value string) {
	if f := fs.Lookup(name); f != nil {
		f.Value.Set(value)
		f.DefValue = value
	}
}

type stringValue string

func (v *stringValue) Set(s string) error { *v = stringValue(s); return nil }
func (v *stringValue) String() string     { return string(*v) }
func (v *stringValue) Type() string       { return "string" }

type boolValue bool

func (v *boolValue) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("must be true or false")
	}
	*v = boolValue(b)
	return nil
}
func (v *boolValue) String() string { return strconv.FormatBool(bool(*v)) }
func (v *boolValue) Type() string   { return "bool" }

type intValue int

func (v *intValue) Set(s string) error {
	n, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		return errors.New("must be an integer")
	}
	*v = intValue(n)
	return nil
}
func (v *intValue) String() string { return strconv.Itoa(int(*v)) }
func (v *intValue) Type() string   { return "int" }

type uint32Value uint32

func (v *uint32Value) Set(s string) error {
	n, err := strconv.ParseUint(s, 0, 32)
	if err != nil {
		return errors.New("must be a non-negative integer below 2^32")
	}
	*v = uint32Value(n)
	return nil
}
func (v *uint32Value) String() string { return strconv.FormatUint(uint64(*v), 10) }
func (v *uint32Value) Type() string   { return "uint32" }

type float64Value float64

func (v *float64Value) Set(s string) error {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return errors.New("must be a number")
	}
	*v = float64Value(f)
	return nil
}
func (v *float64Value) String() string { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }
func (v *float64Value) Type() string   { return "float64" }

type durationValue time.Duration

func (v *durationValue) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		return errors.New(`must be a duration like "30s" or "5m"`)
	}
	*v = durationValue(d)
	return nil
}
func (v *durationValue) String() string { return time.Duration(*v).String() }
func (v *durationValue) Type() string   { return "duration" }

// stringListValue is StringArray's and (split) StringSlice's value.
type stringListValue struct {
	list    []string
	typ     string
	split   bool
	changed bool // set on the command line: the default is gone
}

func (v *stringListValue) Set(s string) error {
	if !v.changed {
		v.list, v.changed = nil, true
	}
	if !v.split {
		v.list = append(v.list, s)
		return nil
	}
	for _, e := range strings.Split(s, ",") {
		v.list = append(v.list, e)
	}
	return nil
}
func (v *stringListValue) String() string { return "[" + strings.Join(v.list, ",") + "]" }
func (v *stringListValue) Type() string   { return v.typ }
