package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// A FlagSet is a command's flags and its help text. The synopsis line of
// the help is made from the flags themselves, so it lists every one.
type FlagSet struct {
	*pflag.FlagSet
	name     string
	operands string // what follows the flags in the synopsis ("FILE.wasm")
	text     string // the description, after the synopsis
	// More, if set, prints more help after the flags.
	More func(w io.Writer)
}

// NewFlagSet returns a flag set that reports errors instead of exiting,
// and prints its help to stdout when asked (--help, -h, kiln help NAME).
// spec is "NAME OPERANDS\n\nDESCRIPTION" (OPERANDS may be empty); the
// synopsis printed is NAME, then every flag, then OPERANDS.
func NewFlagSet(name, spec string, stdout io.Writer) *FlagSet {
	head, text, _ := strings.Cut(spec, "\n\n")
	operands := strings.TrimSpace(strings.TrimPrefix(head, name))
	fs := &FlagSet{FlagSet: pflag.NewFlagSet(name, pflag.ContinueOnError), name: name, operands: operands, text: text}
	fs.SetOutput(io.Discard) // errors are returned, not printed
	fs.SortFlags = false
	fs.Usage = func() { fs.printHelp(stdout) }
	return fs
}

func (fs *FlagSet) printHelp(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n", fs.synopsis(78))
	if fs.text != "" {
		fmt.Fprintf(w, "\n%s\n", fs.text)
	}
	if fs.HasFlags() {
		fmt.Fprint(w, "\nFlags:\n", fs.FlagUsagesWrapped(0))
	}
	if fs.More != nil {
		fs.More(w)
	}
}

// synopsis is "kiln NAME [--flag ARG]... OPERANDS", wrapped at width
// columns under the first flag.
func (fs *FlagSet) synopsis(width int) string {
	lead := "kiln " + fs.name
	words := []string{}
	fs.VisitAll(func(f *pflag.Flag) {
		arg, _ := pflag.UnquoteUsage(f)
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
	})
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

// ParseFlags parses args, mapping --help to success (the help is printed
// by then) and bad flags to status 2.
func ParseFlags(fs *FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return QuietExit(ExitOK)
		}
		return UsageError("%v (kiln help %s gives the flags)", err, fs.name)
	}
	return nil
}

// SetFlagDefault changes a flag's default value (and the one its help
// shows).
func SetFlagDefault(fs *pflag.FlagSet, name, value string) {
	if f := fs.Lookup(name); f != nil {
		f.Value.Set(value)
		f.DefValue = value
	}
}
