package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

// helperArgsEnv makes TestHelperKiln run the command with these arguments
// (JSON) and exit with its status: a real kiln process for the signal tests.
const helperArgsEnv = "KILN_TEST_HELPER_ARGS"

func TestHelperKiln(t *testing.T) {
	js := os.Getenv(helperArgsEnv)
	if js == "" {
		t.Skip("helper process for the signal tests")
	}
	var args []string
	if err := json.Unmarshal([]byte(js), &args); err != nil {
		os.Exit(99)
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// kiln run of a guest blocked reading stdin (a pipe that stays open) stops
// promptly on SIGINT or SIGTERM, with a clear message and the shell's
// status for the signal.
func TestRunBlockedStdinSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	guest := filepath.Join(testpaths.RepoRoot(), "testdata", "hostile", "readstdin.wasm")
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
		name string
	}{{syscall.SIGINT, 130, "SIGINT"}, {syscall.SIGTERM, 143, "SIGTERM"}} {
		t.Run(tc.name, func(t *testing.T) {
			js, _ := json.Marshal([]string{"run", guest})
			cmd := selfCommand("-test.run=^TestHelperKiln$")
			cmd.Env = append(os.Environ(), helperArgsEnv+"="+string(js))
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close() // open and silent until the end
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()

			// The guest echoes a line: it runs, and is back in fd_read.
			stdin.Write([]byte("ready\n"))
			line := make(chan string, 1)
			go func() {
				l, _ := bufio.NewReader(stdout).ReadString('\n')
				line <- l
			}()
			select {
			case l := <-line:
				if l != "ready\n" {
					t.Fatalf("guest echoed %q; stderr %q", l, stderr.String())
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("no echo from the guest; stderr %q", stderr.String())
			}
			time.Sleep(50 * time.Millisecond) // let it block again

			start := time.Now()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			var werr error
			select {
			case werr = <-exited:
			case <-time.After(5 * time.Second):
				t.Fatalf("still running 5 s after %s; stderr %q", tc.name, stderr.String())
			}
			d := time.Since(start)
			var ee *exec.ExitError
			if !errors.As(werr, &ee) || ee.ExitCode() != tc.code {
				t.Errorf("exit: %v, want status %d", werr, tc.code)
			}
			want := "error: wasm trap: interrupted\nkiln run: interrupted by " + tc.name + "\n"
			if got := stderr.String(); !strings.HasPrefix(got, "error: wasm trap: interrupted\n") || !strings.HasSuffix(got, "kiln run: interrupted by "+tc.name+"\n") {
				t.Errorf("stderr %q, want %q", got, want)
			}
			if d > 2*time.Second {
				t.Errorf("exit took %v after %s", d, tc.name)
			}
			t.Logf("%s: exited %v after the signal", tc.name, d)
		})
	}
}

// selfCommand returns a command running this test binary with args.
// Under user-mode emulation (the arm64 tests on an amd64 host under qemu,
// without binfmt_misc) the binary cannot be executed directly: it is run
// through the same emulator instead.
func selfCommand(args ...string) *exec.Cmd {
	selfEmuOnce.Do(func() {
		err := exec.Command(os.Args[0], "-test.run=^$").Run()
		if !errors.Is(err, syscall.ENOEXEC) {
			return
		}
		qemuArch := map[string]string{"arm64": "aarch64", "amd64": "x86_64"}[runtime.GOARCH]
		selfEmu, _ = exec.LookPath("qemu-" + qemuArch + "-static")
	})
	if selfEmu != "" {
		return exec.Command(selfEmu, append([]string{os.Args[0]}, args...)...)
	}
	return exec.Command(os.Args[0], args...)
}

var (
	selfEmuOnce sync.Once
	selfEmu     string
)
