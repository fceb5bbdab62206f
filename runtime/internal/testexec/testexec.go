// Package testexec runs the current test binary as a subprocess, also when
// the tests themselves run under qemu user emulation without binfmt_misc
// (GOARCH=arm64 go test -exec qemu-aarch64-static on an amd64 host).
package testexec

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
	"syscall"
)

// Emulated is set once CombinedOutput had to start the binary through qemu
// (the tests run under user-mode emulation).
var Emulated bool

// CombinedOutput runs the test binary with args and extra environment.
func CombinedOutput(env []string, args ...string) ([]byte, error) {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if errors.Is(err, syscall.ENOEXEC) {
		q, lerr := exec.LookPath("qemu-" + qemuArch() + "-static")
		if lerr != nil {
			return out, err
		}
		Emulated = true
		cmd = exec.Command(q, append([]string{os.Args[0]}, args...)...)
		cmd.Env = append(os.Environ(), env...)
		return cmd.CombinedOutput()
	}
	return out, err
}

func qemuArch() string {
	if runtime.GOARCH == "arm64" {
		return "aarch64"
	}
	return "x86_64"
}
