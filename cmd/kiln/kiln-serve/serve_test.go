package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	kilnapi "github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

const serveData = "../../../testdata/serve/"

// serveProcess is kiln serve running in a process of its own.
type serveProcess struct {
	cmd     *exec.Cmd
	url     string // http://HOST:PORT
	metrics string // http://HOST:PORT/metrics, if asked for
	mu      sync.Mutex
	stderr  bytes.Buffer
	done    chan struct{}
}

func (p *serveProcess) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stderr.String()
}

// startServe starts kiln serve with args (--addr 127.0.0.1:0 added) and
// waits for it to listen.
func startServe(t *testing.T, args ...string) *serveProcess {
	t.Helper()
	js, _ := json.Marshal(append([]string{"--addr", "127.0.0.1:0", "--cache-dir", t.TempDir()}, args...))
	cmd := selfCommand("-test.run=^TestHelperKilnServe$") // under qemu for the arm64 tests
	cmd.Env = append(os.Environ(), helperArgsEnv+"="+string(js))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProcess{cmd: cmd, done: make(chan struct{})}
	listening := make(chan string, 2)
	go func() {
		sc := bufio.NewScanner(stderr)
		listen := regexp.MustCompile(`^kiln serve: (listening|metrics) on (http://[0-9.:]+)`)
		for sc.Scan() {
			p.mu.Lock()
			p.stderr.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
			if m := listen.FindStringSubmatch(sc.Text()); m != nil {
				listening <- m[1] + " " + m[2]
			}
		}
		cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("kiln serve's stderr:\n%s", p.log())
		}
	})
	want := 1
	for _, a := range args {
		if a == "--metrics-addr" {
			want = 2
		}
	}
	for i := 0; i < want; i++ {
		select {
		case l := <-listening:
			what, url, _ := strings.Cut(l, " ")
			if what == "listening" {
				p.url = url
			} else {
				p.metrics = url + "/metrics"
			}
		case <-p.done:
			t.Fatalf("kiln serve exited: %v\n%s", cmd.ProcessState, p.log())
		case <-time.After(60 * time.Second):
			t.Fatalf("kiln serve did not start listening:\n%s", p.log())
		}
	}
	return p
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeCommand(t *testing.T) {
	// A .kiln artifact serves like a .wasm.
	art := filepath.Join(t.TempDir(), "hello.kiln")
	mod, err := kilnapi.CompileFile(context.Background(), serveData+"hello-c.wasm")
	if err != nil {
		t.Fatal(err)
	}
	b, err := mod.MarshalBinary()
	mod.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(art, b, 0o644); err != nil {
		t.Fatal(err)
	}
	p := startServe(t,
		"--route", "/hello="+serveData+"hello-c.wasm",
		"--route", "/art="+art,
		"--route", "/loop="+serveData+"loop.wasm",
		"--env", "GREETING=hi",
		"--timeout", "1s",
		"--metrics-addr", "127.0.0.1:0",
		serveData+"cases.wasm")
	for _, path := range []string{"/hello", "/art"} {
		if code, body := httpGet(t, p.url+path); code != 200 || body != "Hello, world!\n" {
			t.Errorf("%s: %d %q", path, code, body)
		}
	}
	code, body := httpGet(t, p.url+"/?env")
	if code != 200 || !strings.Contains(body, "\nGREETING=hi\n") || !strings.Contains(body, "\nSCRIPT_NAME=\n") ||
		!strings.Contains(body, "\nX_MATCHED_ROUTE=/\n") || !strings.Contains(body, "SERVER_SOFTWARE=Kiln/") {
		t.Errorf("/?env: %d %q", code, body)
	}
	if strings.Contains(body, "\nHOME=") || strings.Contains(body, "\nPATH=") {
		t.Errorf("the server's environment leaked: %q", body)
	}
	if code, _ := httpGet(t, p.url+"/loop"); code != 504 {
		t.Errorf("/loop: %d, want 504", code)
	}
	code, metrics := httpGet(t, p.metrics)
	if code != 200 || !strings.Contains(metrics, `kiln_serve_requests_total{route="/hello",code="200"} 1`) ||
		!strings.Contains(metrics, `kiln_serve_failures_total{route="/loop",reason="timeout"} 1`) {
		t.Errorf("metrics: %d\n%s", code, metrics)
	}

	// SIGTERM: the request in flight finishes, then kiln exits 0.
	inflight := make(chan string, 1)
	go func() {
		resp, err := http.Get(p.url + "/?sleep=800")
		if err != nil {
			inflight <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		inflight <- string(b)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(metricsText(t, p.metrics), "kiln_serve_requests_running 1") {
		if time.Now().After(deadline) {
			t.Fatal("the request did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	if got := <-inflight; got != "slept\n" {
		t.Errorf("the request in flight at SIGTERM: %q", got)
	}
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		t.Fatal("kiln serve did not exit after SIGTERM")
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("exit status %d after SIGTERM", code)
	}
	log := p.log()
	for _, want := range []string{"shutting down", "kiln serve: stopped", `"GET /?sleep=800 HTTP/1.1" 200`, `"GET /hello HTTP/1.1" 200 14`} {
		if !strings.Contains(log, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
}

func metricsText(t *testing.T, url string) string {
	_, body := httpGet(t, url)
	return body
}

// TestServeSecondSignal: a second signal during the graceful shutdown
// ends kiln at once.
func TestServeSecondSignal(t *testing.T) {
	p := startServe(t, "--shutdown-timeout", "1m", "--timeout", "1m", serveData+"loop.wasm")
	go http.Get(p.url + "/")
	time.Sleep(300 * time.Millisecond)
	p.cmd.Process.Signal(syscall.SIGTERM)
	// The second signal kills once the shutdown has begun, which the log
	// says (on a loaded machine, under qemu, that can take a while).
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(p.log(), "shutting down"); {
		select {
		case <-p.done:
			t.Fatal("kiln serve exited at the first signal, with a request in flight")
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no shutdown 10 s after the first signal; stderr:\n%s", p.log())
		}
	}
	select {
	case <-p.done:
		t.Fatal("kiln serve exited at the first signal, with a request in flight")
	default:
	}
	p.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		t.Fatal("kiln serve did not exit at the second signal")
	}
	if ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("after a second signal: %v, want killed by SIGINT", p.cmd.ProcessState)
	}
}

func TestServeUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.wasm")
	os.WriteFile(bad, []byte("\x00asm\x01\x00\x00\x00\x99"), 0o644)
	badArt := filepath.Join(dir, "bad.kiln")
	os.WriteFile(badArt, append([]byte(artifact.Magic), "damaged"...), 0o644)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{}, 2, "no module given"},
		{[]string{"a.wasm", "b.wasm"}, 2, "at most one MODULE"},
		{[]string{"--route", "hello=x.wasm"}, 2, "want PATH=MODULE"},
		{[]string{"--route", "/x"}, 2, "want PATH=MODULE"},
		{[]string{"--max-queue", "-1", serveData + "hello-c.wasm"}, 2, "--max-queue"},
		{[]string{"--max-concurrency", "0", serveData + "hello-c.wasm"}, 2, "--max-concurrency"},
		{[]string{"--max-body", "lots", serveData + "hello-c.wasm"}, 2, "--max-body"},
		{[]string{"--max-memory", "1000", serveData + "hello-c.wasm"}, 2, "--max-memory"},
		{[]string{"--timeout", "0s", serveData + "hello-c.wasm"}, 2, "must be positive"},
		{[]string{"--long-share", "-0.5", serveData + "hello-c.wasm"}, 2, "--long-share"},
		{[]string{"--long-request", "0s", serveData + "hello-c.wasm"}, 2, "--long-request"},
		{[]string{"--env", "PATH_INFO=/x", serveData + "hello-c.wasm"}, 2, "CGI request variables"},
		{[]string{"--mapdir", "/tmp", serveData + "hello-c.wasm"}, 2, "HOST::GUEST"},
		{[]string{"--no-cache", filepath.Join(dir, "missing.wasm")}, 2, "no such file"},
		{[]string{"--no-cache", bad}, 1, "bad.wasm"},
		{[]string{badArt}, 1, "corrupt artifact"},
		{[]string{"--no-cache", "../../../testdata/examples/example.wasm"}, 2, "no _start"},
		{[]string{"--no-cache", "--addr", "256.0.0.1:99999", serveData + "hello-c.wasm"}, 1, "--addr"},
	} {
		code, _, stderr := kilnServe(c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("kiln serve %s: %d %q, want %d and %q", strings.Join(c.args, " "), code, stderr, c.code, c.want)
		}
	}
	code, stdout, _ := kilnServe("--help")
	if code != 0 {
		t.Errorf("kiln serve --help: %d", code)
	}
	for _, flag := range []string{"--addr", "--route", "--dir", "--mapdir", "--allow-writes", "--env", "--timeout", "--max-memory",
		"--max-body", "--max-response", "--max-concurrency", "--max-queue", "--queue-timeout", "--long-request", "--long-share", "--shutdown-timeout",
		"--metrics-addr", "--access-log", "--cache-dir", "--no-cache"} {
		if !strings.Contains(stdout, flag) {
			t.Errorf("kiln serve --help does not mention %s", flag)
		}
	}
}
