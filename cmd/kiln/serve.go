package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"

	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
)

// kiln serve is a program of its own, kiln-serve (cmd/kiln/kiln-serve),
// which kiln runs with the command's arguments. Linked into kiln, net/http
// made every kiln run 0.3-0.4 ms slower (hello world from the cache, whole
// process, static build, 2-core VM: median 2.90 ms against 2.52 ms, 506
// page faults against 444): the packages of net/http, crypto/tls and
// their dependencies are initialized at every start (CPU feature
// detection, which exits to the hypervisor in a VM, tables, maps), and the
// binary is half as large again (14.3 MB against 9.9 MB).
const serveProgram = "kiln-serve"

// runServe runs kiln-serve with args. With the process's own standard
// output and error it replaces kiln (execve), so that signals reach it
// and its exit status is kiln's; otherwise (run called with other
// writers, as by the tests) it runs as a child writing to stdout and
// stderr.
func runServe(args []string, stdout, stderr io.Writer) error {
	path, err := servePath()
	if err != nil {
		return err
	}
	if stdout == os.Stdout && stderr == os.Stderr {
		err := syscall.Exec(path, append([]string{path}, args...), os.Environ())
		return cli.Failure("running %s: %v", path, err)
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
	err = cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return cli.QuietExit(exitSignalBase + int(ws.Signal()))
		}
		return cli.QuietExit(ee.ExitCode())
	case err != nil:
		return cli.Failure("running %s: %v", path, err)
	}
	return nil
}

// servePath finds kiln-serve: beside the kiln executable (where go install
// ./cmd/kiln/... puts it), else on PATH.
func servePath() (string, error) {
	exe, err := os.Executable()
	if err == nil {
		if p, err := exec.LookPath(filepath.Join(filepath.Dir(exe), serveProgram)); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath(serveProgram); err == nil {
		return p, nil
	}
	return "", cli.Failure("%s, the program that serves, is neither beside %s nor on PATH (in a Kiln checkout, go install ./cmd/kiln/... installs both; go run ./cmd/kiln/kiln-serve ARGS... is kiln serve ARGS...)", serveProgram, exe)
}
