// Package testexec runs the current test binary as a subprocess, also when
// the tests themselves run under qemu user emulation without binfmt_misc
// (GOARCH=arm64 go test -exec qemu-aarch64-static on an amd64 host).
package testexec

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Emulated is set once the binary had to be started through qemu (the
// tests run under user-mode emulation).
var Emulated bool

var (
	emuOnce sync.Once
	emu     string // the emulator to start the binary with, if needed
)

// Command returns a command running the test binary with args: directly,
// or through the emulator the tests run under when the binary cannot be
// executed directly.
func Command(args ...string) *exec.Cmd {
	emuOnce.Do(func() {
		err := exec.Command(os.Args[0], "-test.run=^$").Run()
		if !errors.Is(err, syscall.ENOEXEC) {
			return
		}
		emu, _ = exec.LookPath("qemu-" + qemuArch() + "-static")
		Emulated = emu != ""
	})
	if emu != "" {
		return exec.Command(emu, append([]string{os.Args[0]}, args...)...)
	}
	return exec.Command(os.Args[0], args...)
}

// CombinedOutput runs the test binary with args and extra environment.
// A subprocess still running after timeout is killed and the error says
// so (ErrTimedOut): under qemu user emulation a crashing multi-threaded
// process has been seen to hang instead of dying, which would hold the
// whole package until go test's own deadline.
func CombinedOutput(env []string, args ...string) ([]byte, error) {
	cmd := Command(args...)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.Bytes(), err
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return out.Bytes(), fmt.Errorf("%w after %v", ErrTimedOut, timeout)
	}
}

// timeout is how long CombinedOutput lets a subprocess run.
const timeout = 2 * time.Minute

// ErrTimedOut is CombinedOutput's error for a subprocess it killed.
var ErrTimedOut = errors.New("subprocess timed out")

func qemuArch() string {
	if runtime.GOARCH == "arm64" {
		return "aarch64"
	}
	return "x86_64"
}

// MainWithTempCache runs the tests of m with XDG_CACHE_HOME pointing at a
// new temporary directory, removed afterwards, so that what they compile
// never fills the user's cache, and exits with their status. A helper
// process (helperEnv set in its environment) keeps its parent's.
func MainWithTempCache(m *testing.M, helperEnv string) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "kiln-test-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
