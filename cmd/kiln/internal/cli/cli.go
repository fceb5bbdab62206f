// Package cli is what the kiln command and kiln-serve (the program that
// kiln serve runs) share: the exit statuses and the errors that carry
// them, flag sets with their help, and the flags of the commands that
// load and run modules (capability grants, resource limits, the cache).
package cli

import (
	"errors"
	"fmt"
	"io"
)

// Exit statuses common to every command (kiln help lists them all).
const (
	ExitOK      = 0
	ExitFailure = 1 // invalid, unsupported or unlinkable module, failed instantiation, any other error
	ExitUsage   = 2 // the command line is wrong
)

// ExitError carries a process exit status out of a command; an empty Err
// prints nothing.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }

// UsageError is status 2 with a message.
func UsageError(format string, args ...any) error {
	return &ExitError{Code: ExitUsage, Err: fmt.Errorf(format, args...)}
}

// Failure is status 1 with a message.
func Failure(format string, args ...any) error {
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf(format, args...)}
}

// QuietExit is a status without a message (printed already, or the
// guest's own).
func QuietExit(code int) error { return &ExitError{Code: code, Err: errors.New("")} }

// Status returns the exit status for what command NAME returned, after
// printing its message, if any, to stderr as "kiln NAME: message".
func Status(name string, err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		if ee.Err != nil && ee.Err.Error() != "" {
			fmt.Fprintf(stderr, "kiln %s: %v\n", name, ee.Err)
		}
		return ee.Code
	}
	fmt.Fprintf(stderr, "kiln %s: %v\n", name, err)
	return ExitFailure
}
