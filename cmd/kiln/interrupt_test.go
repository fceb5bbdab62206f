package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/internal/testexec"
	"github.com/kilnwasm/kiln/internal/testpaths"
	"golang.org/x/sys/unix"
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

// kilnProcess is kiln running in a process of its own (this test binary
// as TestHelperKiln).
type kilnProcess struct {
	cmd    *exec.Cmd
	stdout *bufio.Reader
	stderr *lockedBuffer
	done   chan struct{} // closed once the process is reaped
	err    error         // Wait's, once done
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startKiln starts kiln with args and the given stdin (nil: /dev/null).
func startKiln(t *testing.T, stdin *os.File, args ...string) *kilnProcess {
	t.Helper()
	js, _ := json.Marshal(args)
	cmd := selfCommand("-test.run=^TestHelperKiln$")
	cmd.Env = append(os.Environ(), helperArgsEnv+"="+string(js))
	if stdin != nil {
		cmd.Stdin = stdin
	}
	// stdout is a pipe of our own (not StdoutPipe, which Wait closes), so
	// that what the guest wrote can be read after it exits.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = w
	p := &kilnProcess{cmd: cmd, stdout: bufio.NewReader(r), stderr: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stderr = p.stderr
	err = cmd.Start()
	w.Close()
	if err != nil {
		r.Close()
		t.Fatal(err)
	}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
		r.Close()
	})
	return p
}

// readLine waits for a line of the guest's stdout.
func (p *kilnProcess) readLine(t *testing.T, timeout time.Duration) string {
	t.Helper()
	line := make(chan string, 1)
	go func() {
		l, _ := p.stdout.ReadString('\n')
		line <- l
	}()
	select {
	case l := <-line:
		return l
	case <-time.After(timeout):
		t.Fatalf("no output from the guest in %v; stderr %q", timeout, p.stderr.String())
	}
	return ""
}

// waitCPU waits until kiln has run for d of CPU time, by /proc where
// there is one (else for d): on a loaded machine the process may not even
// have reached its registration for signals after d of wall time, and a
// SIGINT before that kills it (without the line the test expects).
func (p *kilnProcess) waitCPU(t *testing.T, d time.Duration) {
	t.Helper()
	stat := fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid)
	if _, err := os.Stat(stat); err != nil {
		time.Sleep(d)
		return
	}
	const tick = 10 * time.Millisecond // USER_HZ, 100 on Linux
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(stat)
		if err != nil {
			t.Fatalf("kiln exited before it had run %v: %v; stderr %q", d, err, p.stderr.String())
		}
		// The fields after the command name (in parentheses): state is
		// the first, utime and stime the 12th and 13th.
		f := bytes.Fields(b[bytes.LastIndexByte(b, ')')+1:])
		var user, sys int64
		if len(f) > 12 {
			fmt.Sscan(string(f[11]), &user)
			fmt.Sscan(string(f[12]), &sys)
		}
		if time.Duration(user+sys)*tick >= d {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("kiln has not run for %v of CPU in 20 s; stderr %q", d, p.stderr.String())
}

// signalAndWait sends sig and waits for kiln to exit; it returns the exit
// status and how long that took.
func (p *kilnProcess) signalAndWait(t *testing.T, sig syscall.Signal) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	if err := p.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
		var ee *exec.ExitError
		if p.err != nil && !errors.As(p.err, &ee) {
			t.Fatal(p.err)
		}
		return p.cmd.ProcessState.ExitCode(), time.Since(start)
	case <-time.After(10 * time.Second):
		t.Fatalf("still running 10 s after %s; stderr %q", unix.SignalName(sig), p.stderr.String())
	}
	return 0, 0
}

// promptly is how soon after the signal kiln must have exited: the wake-up
// itself takes microseconds; the rest is process exit on a loaded
// machine.
const promptly = 2 * time.Second

// checkStopped checks that kiln exited with the shell's status for sig,
// within the time given, with exactly one line on stderr.
func checkStopped(t *testing.T, p *kilnProcess, sig syscall.Signal, code int, d, promptly time.Duration) {
	t.Helper()
	want := map[syscall.Signal]int{syscall.SIGINT: 130, syscall.SIGTERM: 143}[sig]
	if code != want {
		t.Errorf("exit status %d, want %d; stderr %q", code, want, p.stderr.String())
	}
	if got, line := p.stderr.String(), "kiln run: interrupted by "+unix.SignalName(sig)+"\n"; got != line {
		t.Errorf("stderr %q, want the one line %q", got, line)
	}
	if d > promptly {
		t.Errorf("exit took %v after %s", d, unix.SignalName(sig))
	}
	t.Logf("exited %v after %s", d, unix.SignalName(sig))
}

// kiln run of a guest blocked reading stdin (testdata/hostile/readstdin:
// it echoes stdin to stdout) stops promptly on SIGINT or SIGTERM, whether
// stdin is a pipe, a Unix socket or a terminal that stays open and silent,
// with one line and the shell's status for the signal.
func TestRunBlockedStdinSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	guest := filepath.Join(testpaths.RepoRoot(), "testdata", "hostile", "readstdin.wasm")
	type stdinKind struct {
		name string
		// open returns the guest's stdin and the end to write to.
		open func(t *testing.T) (guestEnd *os.File, writer io.Writer)
	}
	kinds := []stdinKind{
		{"pipe", func(t *testing.T) (*os.File, io.Writer) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { r.Close(); w.Close() })
			return r, w
		}},
		{"socket", func(t *testing.T) (*os.File, io.Writer) {
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				t.Fatal(err)
			}
			a, b := os.NewFile(uintptr(fds[0]), "guest-end"), os.NewFile(uintptr(fds[1]), "test-end")
			t.Cleanup(func() { a.Close(); b.Close() })
			return a, b
		}},
		{"tty", func(t *testing.T) (*os.File, io.Writer) {
			master, slave := openPty(t)
			return slave, master
		}},
	}
	for _, kind := range kinds {
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
			t.Run(kind.name+"/"+unix.SignalName(sig), func(t *testing.T) {
				stdin, w := kind.open(t)
				p := startKiln(t, stdin, "run", guest)
				// The guest echoes a line: it runs, and is back in fd_read.
				if _, err := w.Write([]byte("ready\n")); err != nil {
					t.Fatal(err)
				}
				if l := p.readLine(t, 20*time.Second); l != "ready\n" {
					t.Fatalf("guest echoed %q; stderr %q", l, p.stderr.String())
				}
				time.Sleep(50 * time.Millisecond) // let it block again
				code, d := p.signalAndWait(t, sig)
				checkStopped(t, p, sig, code, d, promptly)
			})
		}
	}
}

// openPty returns a new pseudo-terminal's master and slave.
func openPty(t *testing.T) (master, slave *os.File) {
	t.Helper()
	mfd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	master = os.NewFile(uintptr(mfd), "ptmx")
	t.Cleanup(func() { master.Close() })
	if err := unix.IoctlSetPointerInt(mfd, unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(mfd, unix.TIOCGPTN)
	if err != nil {
		t.Skipf("ptsname: %v", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the pty slave: %v", err)
	}
	t.Cleanup(func() { slave.Close() })
	// Drain the echo so the terminal's output never fills up.
	go io.Copy(io.Discard, master)
	return master, slave
}

// kiln run stops promptly on a signal wherever the guest is: sleeping in
// poll_oneoff, spinning in its own code, or not started yet because the
// module is still compiling.
func TestRunSignalAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	dir := filepath.Join(testpaths.RepoRoot(), "cmd", "kiln", "testdata")
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		args []string
	}{
		{"poll_oneoff sleep", syscall.SIGINT, []string{filepath.Join(dir, "sleep.wasm")}},
		{"poll_oneoff sleep with a timeout set", syscall.SIGTERM, []string{"--timeout", "1h", filepath.Join(dir, "sleep.wasm")}},
		{"guest code", syscall.SIGINT, []string{filepath.Join(dir, "spin.wasm")}},
		{"guest code", syscall.SIGTERM, []string{filepath.Join(dir, "spin.wasm")}},
	} {
		t.Run(tc.name+"/"+unix.SignalName(tc.sig), func(t *testing.T) {
			p := startKiln(t, nil, append([]string{"run"}, tc.args...)...)
			if l := p.readLine(t, 20*time.Second); l != "ready\n" {
				t.Fatalf("guest printed %q; stderr %q", l, p.stderr.String())
			}
			time.Sleep(50 * time.Millisecond)
			code, d := p.signalAndWait(t, tc.sig)
			checkStopped(t, p, tc.sig, code, d, promptly)
		})
	}
	t.Run("compiling", func(t *testing.T) {
		// The 17.5 MB Go module takes seconds to compile: the signal comes
		// while it does, and the guest never starts (no output).
		big := filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "gobig.wasm")
		p := startKiln(t, nil, "run", "--no-cache", big)
		p.waitCPU(t, 300*time.Millisecond)
		code, d := p.signalAndWait(t, syscall.SIGINT)
		// (Well under the second or more the rest of the compilation takes.)
		checkStopped(t, p, syscall.SIGINT, code, d, promptly/2)
		if rest, _ := io.ReadAll(p.stdout); len(rest) != 0 {
			t.Errorf("the guest ran: stdout %q", rest)
		}
	})
}

// selfCommand returns a command running this test binary with args
// (through qemu when the tests run under it).
func selfCommand(args ...string) *exec.Cmd { return testexec.Command(args...) }
