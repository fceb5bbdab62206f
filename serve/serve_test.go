package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/wasi"
)

// The handlers of testdata/serve (built by its build.sh).
const testdata = "../testdata/serve/"

var (
	modMu    sync.Mutex
	modCache = map[string]*kiln.Module{}
)

// module compiles testdata/serve/FILE once per test binary.
func module(t testing.TB, file string) *kiln.Module {
	t.Helper()
	modMu.Lock()
	defer modMu.Unlock()
	if m := modCache[file]; m != nil {
		return m
	}
	b, err := os.ReadFile(testdata + file)
	if err != nil {
		t.Fatal(err)
	}
	m, err := kiln.Compile(context.Background(), b)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	modCache[file] = m
	return m
}

// syncBuffer is a log the tests can read while the server writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

type testServer struct {
	*httptest.Server
	h   *Handler
	log *syncBuffer
}

// routes maps paths to testdata files.
func routes(t testing.TB, rs ...string) []Route {
	var out []Route
	for i := 0; i < len(rs); i += 2 {
		out = append(out, Route{Path: rs[i], Module: module(t, rs[i+1]), Name: rs[i+1]})
	}
	return out
}

// start serves cfg on a loopback port for the test; the access log and
// the error log go to s.log.
func start(t testing.TB, cfg Config) *testServer {
	t.Helper()
	log := &syncBuffer{}
	cfg.Log, cfg.AccessLog = log, log
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		h.Close()
		if t.Failed() {
			t.Logf("server log:\n%s", log.String())
		}
	})
	return &testServer{Server: srv, h: h, log: log}
}

type response struct {
	status int
	header http.Header
	body   string
}

func (s *testServer) do(t testing.TB, method, path string, body io.Reader, header ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, s.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, path, err)
	}
	return response{resp.StatusCode, resp.Header, string(b)}
}

func (s *testServer) get(t testing.TB, path string, header ...string) response {
	t.Helper()
	return s.do(t, "GET", path, nil, header...)
}

// waitLog waits until the log contains want (the logs are batched).
func (s *testServer) waitLog(t testing.TB, want string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(s.log.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the log does not contain %q:\n%s", want, s.log.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// envOf parses the output of cases?env: argv[i]=... and NAME=VALUE lines.
func envOf(body string) map[string]string {
	env := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	return env
}

func TestHelloHandlers(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/c", "hello-c.wasm", "/rust", "hello-rust.wasm", "/hello", "handlers-go.wasm")})
	for _, p := range []string{"/c", "/rust", "/hello"} {
		r := s.get(t, p)
		if r.status != 200 || r.body != "Hello, world!\n" || r.header.Get("Content-Type") != "text/plain; charset=utf-8" ||
			r.header.Get("Content-Length") != "14" {
			t.Errorf("%s: got %d %v %q", p, r.status, r.header, r.body)
		}
		if id := r.header.Get("X-Request-Id"); id == "" {
			t.Errorf("%s: no X-Request-Id", p)
		}
	}
}

func TestRouting(t *testing.T) {
	s := start(t, Config{Routes: routes(t,
		"/", "cases.wasm",
		"/api", "cases.wasm",
		"/api/v2/", "cases.wasm",
		"/hello", "hello-c.wasm")})
	for _, c := range []struct{ path, route, script, pathInfo, raw string }{
		{"/?env", "/", "", "/", "/"},
		{"/other/x?env", "/", "", "/other/x", "/other/x"},
		{"/api?env", "/api", "/api", "", ""},
		{"/api/?env", "/api", "/api", "/", "/"},
		{"/api/users/7?env", "/api", "/api", "/users/7", "/users/7"},
		{"/apix?env", "/", "", "/apix", "/apix"},
		{"/api/v2?env", "/api/v2/", "/api/v2", "", ""},
		{"/api/v2/items?env", "/api/v2/", "/api/v2", "/items", "/items"},
		{"/api/v20?env", "/api", "/api", "/v20", "/v20"},
		{"/api/a%20b%2Fc?env", "/api", "/api", "/a b/c", "/a%20b%2Fc"},
	} {
		r := s.get(t, c.path)
		env := envOf(r.body)
		if r.status != 200 || env["X_MATCHED_ROUTE"] != c.route || env["SCRIPT_NAME"] != c.script ||
			env["PATH_INFO"] != c.pathInfo || env["X_RAW_PATH_INFO"] != c.raw {
			t.Errorf("%s: got %d route %q script %q path info %q raw %q; want route %q script %q path info %q raw %q",
				c.path, r.status, env["X_MATCHED_ROUTE"], env["SCRIPT_NAME"], env["PATH_INFO"], env["X_RAW_PATH_INFO"],
				c.route, c.script, c.pathInfo, c.raw)
		}
	}
	if r := s.get(t, "/hello/anything"); r.body != "Hello, world!\n" {
		t.Errorf("/hello/anything: %d %q", r.status, r.body)
	}

	// Without a route for /, other paths are 404.
	s2 := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm")})
	for _, p := range []string{"/", "/hellox", "/other"} {
		if r := s2.get(t, p); r.status != 404 {
			t.Errorf("%s without a / route: got %d, want 404", p, r.status)
		}
	}
}

func TestNewErrors(t *testing.T) {
	hello := module(t, "hello-c.wasm")
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{}, "no routes"},
		{Config{Routes: []Route{{Path: "hello", Module: hello}}}, "must start with /"},
		{Config{Routes: []Route{{Path: "/a", Module: hello}, {Path: "/a/", Module: hello}}}, "given twice"},
		{Config{Routes: []Route{{Path: "/a"}}}, "no module"},
		{Config{Routes: []Route{{Path: "/", Module: hello}}, Env: []string{"PATH_INFO=/x"}}, "CGI request variables"},
		{Config{Routes: []Route{{Path: "/", Module: hello}}, Env: []string{"HTTP_HOST=x"}}, "CGI request variables"},
		{Config{Routes: []Route{{Path: "/", Module: hello}}, Env: []string{"NOEQUALS"}}, "NAME=VALUE"},
	} {
		_, err := New(c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%+v): got %v, want an error containing %q", c.cfg, err, c.want)
		}
	}
	// A module without _start (a reactor, a library) cannot serve.
	lib, err := os.ReadFile("../testdata/examples/example.wasm")
	if err != nil {
		t.Fatal(err)
	}
	m, err := kiln.Compile(context.Background(), lib)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := New(Config{Routes: []Route{{Path: "/", Module: m}}}); err == nil || !strings.Contains(err.Error(), "_start") {
		t.Errorf("a module without _start: got %v", err)
	}
}

func TestCGIEnvironment(t *testing.T) {
	s := start(t, Config{
		Routes: routes(t, "/cases", "cases.wasm"),
		Env:    []string{"GRANTED=yes", "MODE=test=1"},
	})
	body := "a=1&b=2"
	r := s.do(t, "POST", "/cases/extra%2Fpath?env", strings.NewReader(body),
		"Content-Type", "application/x-www-form-urlencoded",
		"X-Custom", "one",
		"X-Custom", "two",
		"Cookie", "a=1",
		"Cookie", "b=2",
		"Proxy", "http://evil.example",
		"X_Forged", "underscore",
		"Authorization", "Bearer token",
	)
	if r.status != 200 {
		t.Fatalf("got %d: %s", r.status, r.body)
	}
	env := envOf(r.body)
	host := strings.TrimPrefix(s.URL, "http://")
	_, port, _ := net.SplitHostPort(host)
	want := map[string]string{
		"argv[0]":            "cases.wasm",
		"argv[1]":            "env",
		"GATEWAY_INTERFACE":  "CGI/1.1",
		"SERVER_SOFTWARE":    "Kiln",
		"SERVER_NAME":        "127.0.0.1",
		"SERVER_PORT":        port,
		"SERVER_PROTOCOL":    "HTTP/1.1",
		"REQUEST_METHOD":     "POST",
		"REQUEST_URI":        "/cases/extra%2Fpath?env",
		"SCRIPT_NAME":        "/cases",
		"PATH_INFO":          "/extra/path",
		"X_RAW_PATH_INFO":    "/extra%2Fpath",
		"QUERY_STRING":       "env",
		"CONTENT_TYPE":       "application/x-www-form-urlencoded",
		"CONTENT_LENGTH":     strconv.Itoa(len(body)),
		"REMOTE_ADDR":        "127.0.0.1",
		"REMOTE_HOST":        "127.0.0.1",
		"X_MATCHED_ROUTE":    "/cases",
		"X_FULL_URL":         "http://" + host + "/cases/extra%2Fpath?env",
		"X_REQUEST_ID":       r.header.Get("X-Request-Id"),
		"HTTP_HOST":          host,
		"HTTP_X_CUSTOM":      "one, two",
		"HTTP_COOKIE":        "a=1; b=2",
		"HTTP_AUTHORIZATION": "Bearer token",
		"GRANTED":            "yes",
		"MODE":               "test=1",
	}
	for k, v := range want {
		if env[k] != v {
			t.Errorf("%s = %q, want %q", k, env[k], v)
		}
	}
	if env["REMOTE_PORT"] == "" {
		t.Errorf("no REMOTE_PORT")
	}
	for _, k := range []string{"HTTP_PROXY", "HTTP_X_FORGED", "HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH", "HTTPS",
		"PATH", "HOME", "argv[2]", "AUTH_TYPE"} {
		if v, ok := env[k]; ok {
			t.Errorf("%s is set (%q)", k, v)
		}
	}
	// Nothing of the server's own environment leaks.
	for k := range env {
		if strings.HasPrefix(k, "argv[") {
			continue
		}
		if _, ok := want[k]; !ok && k != "REMOTE_PORT" && !strings.HasPrefix(k, "HTTP_") {
			t.Errorf("unexpected variable %s=%q", k, env[k])
		}
	}

	// GET: no body, so no CONTENT_LENGTH or CONTENT_TYPE; an indexed
	// query gives arguments, URL-decoded.
	env = envOf(s.get(t, "/cases?env+two+thr%20ee").body)
	if _, ok := env["CONTENT_LENGTH"]; ok {
		t.Errorf("GET: CONTENT_LENGTH=%q", env["CONTENT_LENGTH"])
	}
	if env["argv[1]"] != "env" || env["argv[2]"] != "two" || env["argv[3]"] != "thr ee" || env["QUERY_STRING"] != "env+two+thr%20ee" {
		t.Errorf("indexed query: argv %q %q %q, QUERY_STRING %q", env["argv[1]"], env["argv[2]"], env["argv[3]"], env["QUERY_STRING"])
	}
	// A query with "=" gives no arguments beyond argv[0].
	env = envOf(s.get(t, "/cases?env=1").body)
	if _, ok := env["argv[1]"]; ok || env["QUERY_STRING"] != "env=1" {
		t.Errorf("query with =: argv[1] %q, QUERY_STRING %q", env["argv[1]"], env["QUERY_STRING"])
	}
	// A chunked body is read first: CONTENT_LENGTH is its length.
	r = s.do(t, "POST", "/cases?env", io.MultiReader(strings.NewReader("abc"), strings.NewReader("defg")))
	if env = envOf(r.body); env["CONTENT_LENGTH"] != "7" {
		t.Errorf("chunked body: CONTENT_LENGTH %q", env["CONTENT_LENGTH"])
	}
	// A local redirect's request is a GET of the new location.
	s.waitLog(t, `"POST /cases/extra%2Fpath?env HTTP/1.1" 200`)
}

func TestEchoHandlers(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/c", "echo-c.wasm", "/rust", "echo-rust.wasm", "/echo", "handlers-go.wasm")})
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB: beyond the read-ahead
	for _, p := range []string{"/c", "/rust", "/echo"} {
		for _, body := range [][]byte{[]byte("hello, echo"), big, nil} {
			r := s.do(t, "POST", p+"?q=1", bytes.NewReader(body), "Content-Type", "application/x-test", "X-Test", "yes")
			if r.status != 200 || r.body != string(body) {
				t.Errorf("%s (%d bytes): got %d with %d bytes", p, len(body), r.status, len(r.body))
			}
			for k, v := range map[string]string{"Content-Type": "application/x-test", "X-Echo-Method": "POST", "X-Echo-Query": "q=1", "Echo-X-Test": "yes"} {
				if r.header.Get(k) != v {
					t.Errorf("%s: %s = %q, want %q", p, k, r.header.Get(k), v)
				}
			}
		}
	}
}

func TestJSONHandlers(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/c", "json-c.wasm", "/rust", "json-rust.wasm", "/json", "handlers-go.wasm")})
	in := `{"name": "ada", "tags": ["x", "Mixed Case"], "n": [1, -2.5, 3e2], "ok": true, "none": null, "esc": "a\"b\u00e9c", "nested": {"deep": [{"k": "v"}]}}`
	want := map[string]any{
		"result": map[string]any{"name": "ADA", "tags": []any{"X", "MIXED CASE"}, "n": []any{1.0, -2.5, 300.0},
			"ok": true, "none": nil, "esc": "A\"B\u00e9C", "nested": map[string]any{"deep": []any{map[string]any{"k": "V"}}}},
		"strings": 5.0, "numbers": 3.0,
	}
	for _, p := range []string{"/c", "/rust", "/json"} {
		r := s.do(t, "POST", p, strings.NewReader(in), "Content-Type", "application/json")
		var got any
		if err := json.Unmarshal([]byte(r.body), &got); err != nil || r.status != 200 || r.header.Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d %q (%v)", p, r.status, r.body, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", p, got, want)
		}
		for _, bad := range []string{``, `{"a":}`, `[1,2`, `{"a":1} x`, strings.Repeat("[", 100) + strings.Repeat("]", 100)} {
			r := s.do(t, "POST", p, strings.NewReader(bad))
			if r.status != 400 || !strings.Contains(r.body, `"error"`) {
				t.Errorf("%s with %q: got %d %q, want 400 with an error", p, bad, r.status, r.body)
			}
		}
	}
}

func TestBodyLimit(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/echo", "echo-c.wasm"), MaxBody: 1000})
	created := func() uint64 { return s.h.metrics.created.Load() }
	if r := s.do(t, "POST", "/echo", bytes.NewReader(make([]byte, 1000))); r.status != 200 || len(r.body) != 1000 {
		t.Errorf("a body of MaxBody bytes: %d, %d bytes", r.status, len(r.body))
	}
	before := created()
	if r := s.do(t, "POST", "/echo", bytes.NewReader(make([]byte, 1001))); r.status != 413 {
		t.Errorf("a body of MaxBody+1 bytes: %d, want 413", r.status)
	}
	// Chunked (unknown length): read up to the limit, then refused.
	if r := s.do(t, "POST", "/echo", io.MultiReader(bytes.NewReader(make([]byte, 600)), bytes.NewReader(make([]byte, 600)))); r.status != 413 {
		t.Errorf("a chunked body over MaxBody: %d, want 413", r.status)
	}
	if n := created() - before; n != 0 {
		t.Errorf("%d instances were created for refused bodies", n)
	}
	if r := s.do(t, "POST", "/echo", io.MultiReader(bytes.NewReader(make([]byte, 500)), bytes.NewReader(make([]byte, 500)))); r.status != 200 || len(r.body) != 1000 {
		t.Errorf("a chunked body of MaxBody bytes: %d, %d bytes", r.status, len(r.body))
	}
	// No body allowed at all.
	s2 := start(t, Config{Routes: routes(t, "/echo", "echo-c.wasm"), MaxBody: -1})
	if r := s2.do(t, "POST", "/echo", strings.NewReader("x")); r.status != 413 {
		t.Errorf("MaxBody < 0 with a body: %d, want 413", r.status)
	}
	if r := s2.get(t, "/echo"); r.status != 200 {
		t.Errorf("MaxBody < 0 without a body: %d, want 200", r.status)
	}
}

func TestCGIResponses(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/cases", "cases.wasm", "/hello", "hello-c.wasm")})
	noRedirect := *s.Client()
	noRedirect.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for _, c := range []struct {
		query  string
		status int
		body   string            // "" : not checked
		header map[string]string // "-": absent
		log    string            // in the error line
	}{
		{"status", 404, "nothing here\n", nil, ""},
		{"bad-status", 502, "", nil, "is not a status code"},
		{"malformed", 502, "", nil, "is not a header field"},
		{"no-blank", 502, "", nil, "not complete"},
		{"big-header", 502, "", nil, "no end of the header"},
		{"no-type", 502, "", nil, "no Content-Type, Status or Location"},
		{"redirect", 302, "", map[string]string{"Location": "https://example.com/elsewhere"}, ""},
		{"local", 200, "Hello, world!\n", map[string]string{"Location": "-"}, ""},
		{"local-loop", 502, "", nil, "local redirects"},
		{"local-body", 302, "see /hello\n", map[string]string{"Location": "/hello"}, ""},
		{"headers", 200, "with headers\n", map[string]string{"Connection": "-", "X-Custom": "spaced value"}, ""},
		{"length", 200, "sized\n", map[string]string{"Content-Length": "6"}, ""},
		{"exit-early", 502, "", nil, "exited with status 3 before completing its CGI header"},
		{"exit-after", 200, "complete\n", nil, ""},
		{"exit-fail", 502, "", nil, "exited with status 7"},
		{"stderr", 200, "logged\n", nil, ""},
		{"unknown", 400, "unknown case\n", nil, ""},
	} {
		req, _ := http.NewRequest("GET", s.URL+"/cases?"+c.query, nil)
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Errorf("%s: %v", c.query, err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || (c.body != "" && string(b) != c.body) {
			t.Errorf("%s: got %d %q, want %d %q", c.query, resp.StatusCode, b, c.status, c.body)
		}
		for k, v := range c.header {
			got, ok := resp.Header[k]
			if v == "-" && ok || v != "-" && (len(got) != 1 || got[0] != v) {
				t.Errorf("%s: header %s = %q, want %q", c.query, k, got, v)
			}
		}
		if c.query == "headers" {
			if got := resp.Header.Values("Set-Cookie"); !reflect.DeepEqual(got, []string{"a=1", "b=2"}) {
				t.Errorf("headers: Set-Cookie %q", got)
			}
		}
		if c.log != "" {
			s.waitLog(t, "id="+resp.Header.Get("X-Request-Id")+" GET /cases?"+c.query+": "+strconv.Itoa(c.status))
			s.waitLog(t, c.log)
		}
	}
	// A trap after the response began (more than ResponseBuffer was
	// written): the connection is cut, the client sees an incomplete body.
	resp, err := s.Client().Get(s.URL + "/cases?late-trap")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || err == nil || n >= 200<<10 {
		t.Errorf("late-trap: %d, %d bytes, %v; want 200 and a cut body", resp.StatusCode, n, err)
	}
	s.waitLog(t, "(after the response began: connection cut)")
	s.waitLog(t, `"GET /cases?late-trap HTTP/1.1" 200`)
	time.Sleep(200 * time.Millisecond) // a second line would be flushed by now
	if c := strings.Count(s.log.String(), "GET /cases?late-trap HTTP/1.1"); c != 1 {
		t.Errorf("late-trap: %d access lines, want 1", c)
	}

	// The module's stderr, line by line, with the request ID.
	s.waitLog(t, "stderr: first line to stderr")
	s.waitLog(t, "stderr: second line to stderr")
	if !regexp.MustCompile(`id=\S+ stderr: first line to stderr`).MatchString(s.log.String()) {
		t.Errorf("stderr lines without the request ID:\n%s", s.log)
	}
	// HEAD: the same header, no body.
	resp, err = s.Client().Head(s.URL + "/hello")
	if err != nil || resp.StatusCode != 200 || resp.Header.Get("Content-Length") != "14" {
		t.Errorf("HEAD: %v %v", resp, err)
	}
}

func TestHostile(t *testing.T) {
	s := start(t, Config{
		Routes:  routes(t, "/loop", "loop.wasm", "/trap", "trap.wasm", "/big", "big.wasm", "/overread", "overread.wasm", "/cases", "cases.wasm"),
		Timeout: 500 * time.Millisecond,
	})
	t0 := time.Now()
	if r := s.get(t, "/loop"); r.status != 504 {
		t.Errorf("loop: %d, want 504", r.status)
	}
	if d := time.Since(t0); d > 3*time.Second {
		t.Errorf("loop: answered after %v, the timeout is 500ms", d)
	}
	s.waitLog(t, "interrupted after 500ms")
	// Interrupted while blocked in a WASI call (poll_oneoff), not only in
	// its own code.
	t0 = time.Now()
	if r := s.get(t, "/cases?sleep=10000"); r.status != 504 || time.Since(t0) > 3*time.Second {
		t.Errorf("sleep: %d after %v, want 504 after 500ms", r.status, time.Since(t0))
	}
	if r := s.get(t, "/trap"); r.status != 500 {
		t.Errorf("trap: %d, want 500", r.status)
	}
	s.waitLog(t, "trap: ")

	// 100 MB, streamed: the Go heap does not hold it.
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	resp, err := s.Client().Get(s.URL + "/big")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	runtime.ReadMemStats(&after)
	if err != nil || resp.StatusCode != 200 || n != 100<<20 {
		t.Errorf("big: %d, %d bytes, %v; want 200 and %d bytes", resp.StatusCode, n, err, 100<<20)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 20<<20 {
		t.Errorf("big: the 100 MB response allocated %d MB", alloc>>20)
	}

	// Reading more than was sent: EOF after the body, no hang.
	body := strings.Repeat("x", 100000)
	r := s.do(t, "POST", "/overread", strings.NewReader(body))
	if r.status != 200 || r.body != fmt.Sprintf("asked for %d bytes, got %d\n", len(body)+1<<20, len(body)) {
		t.Errorf("overread: %d %q", r.status, r.body)
	}
	// ... and on a keep-alive connection, the next request is intact.
	if r := s.get(t, "/cases?status"); r.status != 404 {
		t.Errorf("after overread: %d", r.status)
	}
}

func TestMaxResponse(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/big", "big.wasm", "/echo", "echo-c.wasm"), MaxResponse: 1 << 20})
	resp, err := s.Client().Get(s.URL + "/big")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	// The response had begun (200, streamed): it is cut short.
	if err == nil || n >= 100<<20 || n > 2<<20 {
		t.Errorf("big with MaxResponse 1 MiB: %d bytes, %v; want a cut connection after about 1 MiB", n, err)
	}
	s.waitLog(t, "larger than 1048576 bytes")
	s.waitLog(t, "aborted")
	// Within the buffer: a clean 502.
	s2 := start(t, Config{Routes: routes(t, "/echo", "echo-c.wasm"), MaxResponse: 1000})
	if r := s2.do(t, "POST", "/echo", strings.NewReader(strings.Repeat("x", 2000))); r.status != 502 {
		t.Errorf("echo of 2000 bytes with MaxResponse 1000: %d, want 502", r.status)
	}
	if r := s2.do(t, "POST", "/echo", strings.NewReader(strings.Repeat("x", 1000))); r.status != 200 {
		t.Errorf("echo of 1000 bytes with MaxResponse 1000: %d, want 200", r.status)
	}
}

// TestHostileConcurrent runs every hostile handler again and again while
// well-behaved requests run: those all succeed.
func TestHostileConcurrent(t *testing.T) {
	s := start(t, Config{
		Routes:         routes(t, "/loop", "loop.wasm", "/trap", "trap.wasm", "/big", "big.wasm", "/overread", "overread.wasm", "/hello", "hello-c.wasm", "/json", "json-c.wasm"),
		Timeout:        300 * time.Millisecond,
		MaxConcurrency: 16,
	})
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var hostile atomic.Int64
	statuses := map[string]int{"/loop": 504, "/trap": 500, "/big": 200, "/overread": 200}
	for path, want := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				var resp *http.Response
				var err error
				if path == "/overread" {
					resp, err = s.Client().Post(s.URL+path, "text/plain", strings.NewReader("abc"))
				} else {
					resp, err = s.Client().Get(s.URL + path)
				}
				if err != nil {
					t.Errorf("%s: %v", path, err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != want {
					t.Errorf("%s: %d, want %d", path, resp.StatusCode, want)
				}
				hostile.Add(1)
			}
		}()
	}
	var good atomic.Int64
	var gwg sync.WaitGroup
	for w := 0; w < 4; w++ {
		gwg.Add(1)
		go func() {
			defer gwg.Done()
			for i := 0; i < 100; i++ {
				if i%2 == 0 {
					if r := s.get(t, "/hello"); r.status != 200 || r.body != "Hello, world!\n" {
						t.Errorf("hello during hostile load: %d %q", r.status, r.body)
					}
				} else {
					r := s.do(t, "POST", "/json", strings.NewReader(`{"a":"b"}`))
					if r.status != 200 || !strings.Contains(r.body, `"A":"B"`) && !strings.Contains(r.body, `"a":"B"`) {
						t.Errorf("json during hostile load: %d %q", r.status, r.body)
					}
				}
				good.Add(1)
			}
		}()
	}
	gwg.Wait()
	close(stop)
	wg.Wait()
	if good.Load() != 400 || hostile.Load() < 4 {
		t.Errorf("%d good and %d hostile requests", good.Load(), hostile.Load())
	}
	if n := s.h.metrics.live.Load(); n != 0 {
		t.Errorf("%d instances still alive", n)
	}
}

// TestIsolation checks that no request sees what another wrote to its
// instance's memory, globals or tables, or how far it grew its memory.
func TestIsolation(t *testing.T) {
	mod := module(t, "isolation.wasm")
	// First, that the probe sees such state when an instance is reused:
	// a second _start in the same instance answers differently.
	var out bytes.Buffer
	sys, err := wasi.New(wasi.Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	inst, err := mod.Instantiate(context.Background(), kiln.NewImports().WASI(sys))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if _, err := inst.Func("_start").Call(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	inst.Close()
	sys.Close()
	if want := "Content-Type: text/plain\n\n0001\nContent-Type: text/plain\n\n1112\n"; out.String() != want {
		t.Fatalf("the probe, run twice in one instance: %q, want %q", out.String(), want)
	}

	s := start(t, Config{Routes: routes(t, "/", "isolation.wasm"), MaxConcurrency: 4})
	check := func(r response) {
		if r.status != 200 || r.body != "0001\n" {
			t.Errorf("got %d %q, want 200 \"0001\\n\" (a fresh instance)", r.status, r.body)
		}
	}
	for i := 0; i < 50; i++ {
		check(s.get(t, "/"))
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				check(s.get(t, "/"))
			}
		}()
	}
	wg.Wait()
}

// TestIsolationSecrets: what one request's body put in memory is not in
// the next one's memory (the echo handler's buffers are reused memory).
func TestIsolationSecrets(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/echo", "echo-c.wasm", "/cases", "cases.wasm")})
	secret := "secret-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	if r := s.do(t, "POST", "/echo", strings.NewReader(secret)); r.body != secret {
		t.Fatalf("echo: %q", r.body)
	}
	for i := 0; i < 5; i++ {
		if r := s.do(t, "POST", "/echo", nil); r.status != 200 || r.body != "" {
			t.Errorf("the next request's empty echo: %d %q", r.status, r.body)
		}
	}
}

func TestQueue(t *testing.T) {
	s := start(t, Config{
		Routes:         routes(t, "/cases", "cases.wasm"),
		MaxConcurrency: 1,
		MaxQueue:       1,
		QueueTimeout:   300 * time.Millisecond,
	})
	// A occupies the slot for 1s; B waits in the queue; C finds it full.
	done := make(chan response, 2)
	go func() { done <- s.get(t, "/cases?sleep=1000") }()
	waitFor(t, func() bool { return s.h.limit.running.Load() == 1 })
	go func() { done <- s.get(t, "/cases?status") }()
	waitFor(t, func() bool { return s.h.limit.queued.Load() == 1 })
	c := s.get(t, "/cases?status")
	if c.status != 503 || c.header.Get("Retry-After") == "" {
		t.Errorf("a request finding the queue full: %d (Retry-After %q), want 503", c.status, c.header.Get("Retry-After"))
	}
	b := <-done
	if b.status != 503 {
		t.Errorf("a request queued past QueueTimeout: %d, want 503", b.status)
	}
	if a := <-done; a.status != 200 || a.body != "slept\n" {
		t.Errorf("the request holding the slot: %d %q", a.status, a.body)
	}
	// With a longer queue timeout the queued request runs.
	s2 := start(t, Config{Routes: routes(t, "/cases", "cases.wasm"), MaxConcurrency: 1, MaxQueue: 4, QueueTimeout: 5 * time.Second})
	go func() { done <- s2.get(t, "/cases?sleep=300") }()
	waitFor(t, func() bool { return s2.h.limit.running.Load() == 1 })
	if r := s2.get(t, "/cases?status"); r.status != 404 {
		t.Errorf("a queued request: %d, want 404 (the module's answer)", r.status)
	}
	<-done
	if n := s.h.metrics.rejected.Load(); n != 2 {
		t.Errorf("rejected: %d, want 2", n)
	}
}

func waitFor(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 5s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestKeepAlive(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm", "/trap", "trap.wasm")})
	var conns atomic.Int64
	tr := s.Client().Transport.(*http.Transport).Clone()
	dial := tr.DialContext
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		conns.Add(1)
		return dial(ctx, network, addr)
	}
	client := &http.Client{Transport: tr}
	defer tr.CloseIdleConnections()
	for i := 0; i < 20; i++ {
		path := "/hello"
		if i%5 == 4 {
			path = "/trap" // a 500 keeps the connection
		}
		resp, err := client.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("20 requests used %d connections, want 1 (keep-alive)", n)
	}

	// A request on a connection whose previous request's deadlines have
	// passed is served (the deadlines are each request's own).
	s2 := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm"), Timeout: 100 * time.Millisecond, QueueTimeout: 50 * time.Millisecond})
	s2.get(t, "/hello")
	time.Sleep(1500 * time.Millisecond)
	if r := s2.get(t, "/nothing"); r.status != 404 {
		t.Errorf("a 404 after the previous request's deadline: %d", r.status)
	}
	if r := s2.do(t, "POST", "/hello", strings.NewReader("body")); r.status != 200 {
		t.Errorf("a request with a body after the previous request's deadline: %d", r.status)
	}
}

func TestGracefulShutdown(t *testing.T) {
	log := &syncBuffer{}
	h, err := New(Config{Routes: routes(t, "/cases", "cases.wasm"), Log: log, AccessLog: log})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	srv := &Server{Handler: h, ShutdownTimeout: 5 * time.Second}
	go func() { served <- srv.Serve(ctx, ln, mln) }()
	url := "http://" + ln.Addr().String()
	if r, err := http.Get("http://" + mln.Addr().String() + "/healthz"); err != nil || r.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", r, err)
	}
	inflight := make(chan string, 1)
	go func() {
		resp, err := http.Get(url + "/cases?sleep=700")
		if err != nil {
			inflight <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		inflight <- strconv.Itoa(resp.StatusCode) + " " + string(b)
	}()
	waitFor(t, func() bool { return h.limit.running.Load() == 1 })
	t0 := time.Now()
	cancel()
	// New connections are refused once the shutdown began.
	waitFor(t, func() bool {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	if got := <-inflight; got != "200 slept\n" {
		t.Errorf("the request in flight: %q, want it to finish", got)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if d := time.Since(t0); d > 4*time.Second {
		t.Errorf("the shutdown took %v", d)
	}
	if !strings.Contains(log.String(), `"GET /cases?sleep=700 HTTP/1.1" 200`) {
		t.Errorf("no access line for the request in flight (logs flushed?):\n%s", log)
	}

	// Past ShutdownTimeout, the modules still running are interrupted:
	// 503.
	h2, err := New(Config{Routes: routes(t, "/cases", "cases.wasm"), Log: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	ln2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		served <- (&Server{Handler: h2, ShutdownTimeout: 200 * time.Millisecond}).Serve(ctx2, ln2, nil)
	}()
	go func() {
		resp, err := http.Get("http://" + ln2.Addr().String() + "/cases?spin=20000")
		if err != nil {
			inflight <- err.Error()
			return
		}
		resp.Body.Close()
		inflight <- strconv.Itoa(resp.StatusCode)
	}()
	waitFor(t, func() bool { return h2.limit.running.Load() == 1 })
	t0 = time.Now()
	cancel2()
	if got := <-inflight; got != "503" {
		t.Errorf("a request still running after ShutdownTimeout: %q, want 503", got)
	}
	if err := <-served; err != nil || time.Since(t0) > 3*time.Second {
		t.Errorf("Serve: %v after %v", err, time.Since(t0))
	}
}

func TestMetrics(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm", "/trap", "trap.wasm", "/q\"uote", "hello-c.wasm")})
	for i := 0; i < 3; i++ {
		s.get(t, "/hello")
	}
	s.get(t, "/trap")
	s.get(t, "/nothing")
	s.get(t, "/q%22uote")
	rec := httptest.NewRecorder()
	s.h.Metrics().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	text := rec.Body.String()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	// Every line is a comment or NAME{LABELS} VALUE, every metric has HELP
	// and TYPE before its samples.
	line := regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|\+Inf|NaN)$`)
	typed := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if strings.HasPrefix(l, "# TYPE ") {
			typed[strings.Fields(l)[2]] = true
			continue
		}
		if strings.HasPrefix(l, "# HELP ") {
			continue
		}
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a sample line: %q", l)
			continue
		}
		name := m[1]
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "_bucket"), "_sum"), "_count")
		if !typed[name] && !typed[base] {
			t.Errorf("%s has no TYPE before it", name)
		}
	}
	for _, want := range []string{
		`kiln_serve_requests_total{route="/hello",code="200"} 3`,
		`kiln_serve_requests_total{route="/trap",code="500"} 1`,
		`kiln_serve_requests_total{route="none",code="404"} 1`,
		`kiln_serve_requests_total{route="/q\"uote",code="200"} 1`,
		`kiln_serve_request_duration_seconds_count{route="/hello"} 3`,
		`kiln_serve_request_duration_seconds_bucket{route="/hello",le="+Inf"} 3`,
		`kiln_serve_failures_total{route="/trap",reason="trap"} 1`,
		`kiln_serve_failures_total{route="/hello",reason="timeout"} 0`,
		"kiln_serve_instances 0\n",
		// /hello's first instance served its next two requests; /trap's
		// was closed; each route has its own instances.
		"kiln_serve_instances_created_total 3\n",
		"kiln_serve_instances_reused_total 2\n",
		"kiln_serve_instances_idle 2\n",
		`kiln_serve_phase_seconds_total{phase="reset"} `,
		"kiln_serve_queue_depth 0\n",
		"kiln_serve_requests_running 0\n",
		"# TYPE kiln_serve_request_duration_seconds histogram",
		"process_resident_memory_bytes ",
		"process_memory_maps ",
		"go_goroutines ",
		"go_heap_objects_bytes ",
		`kiln_serve_phase_seconds_total{phase="instantiate"} `,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the metrics lack %q", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", text)
	}
}

func TestAccessLog(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm")})
	r := s.get(t, "/hello?a=\"b\"")
	line := regexp.MustCompile(`(?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 127\.0\.0\.1:\d+ "GET /hello\?a=\\x22b\\x22 HTTP/1\.1" 200 14 \d+\.\d{3}ms route=/hello id=` +
		regexp.QuoteMeta(r.header.Get("X-Request-Id")) + `$`)
	waitFor(t, func() bool { return line.MatchString(s.log.String()) })
	// Control characters cannot forge lines.
	var b []byte
	b = appendEscaped(b, "a\"b\\c\nd\x00é\xff")
	if string(b) != `a\x22b\x5cc\x0ad\x00é\xff` {
		t.Errorf("appendEscaped: %s", b)
	}
}

func TestGrants(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "data.txt"), []byte("granted file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Nothing is granted by default.
	s := start(t, Config{Routes: routes(t, "/cases", "cases.wasm")})
	if r := s.get(t, "/cases?file=/data/data.txt"); r.status != 404 {
		t.Errorf("without a grant: %d %q", r.status, r.body)
	}
	s2 := start(t, Config{Routes: routes(t, "/cases", "cases.wasm"), Dirs: []wasi.DirMount{{HostPath: dir, GuestPath: "/data"}}})
	if r := s2.get(t, "/cases?file=/data/data.txt"); r.status != 200 || r.body != "granted file\n" {
		t.Errorf("with a grant: %d %q", r.status, r.body)
	}
	if r := s2.get(t, "/cases?file=/data/../../etc/passwd"); r.status != 404 {
		t.Errorf("escaping the grant: %d %q", r.status, r.body)
	}
}

func TestLimits(t *testing.T) {
	// The Go handlers need more than 1 MiB: instantiation fails with 500.
	s := start(t, Config{Routes: routes(t, "/hello", "handlers-go.wasm"), Limits: kiln.Limits{MemoryPages: 16}})
	if r := s.get(t, "/hello"); r.status != 500 {
		t.Errorf("a module over the memory limit: %d, want 500", r.status)
	}
	s.waitLog(t, "instantiating the module")
	s2 := start(t, Config{Routes: routes(t, "/hello", "handlers-go.wasm"), Limits: kiln.Limits{MemoryPages: 4096}})
	if r := s2.get(t, "/hello"); r.status != 200 {
		t.Errorf("within the limit: %d %q", r.status, r.body)
	}
}

func TestClientGone(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/loop", "loop.wasm"), Timeout: time.Minute})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", s.URL+"/loop", nil)
	_, err := s.Client().Do(req)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v", err)
	}
	// The module stops soon after the client left (not after a minute).
	waitFor(t, func() bool { return s.h.metrics.live.Load() == 0 })
	s.waitLog(t, `"GET /loop HTTP/1.1" 499`)
}

func TestStderrBounded(t *testing.T) {
	var l syncBuffer
	log := newLineLog(&l)
	var s stderrLog
	s.init(log, "id1")
	s.Write([]byte("one\ntw"))
	s.Write([]byte("o\n" + strings.Repeat("x", 10000) + "\n"))
	s.Write(bytes.Repeat([]byte("y\n"), 40000))
	s.flush()
	log.close()
	out := l.String()
	if !strings.Contains(out, "id=id1 stderr: one\n") || !strings.Contains(out, "id=id1 stderr: two\n") {
		t.Errorf("lines: %q", out[:min(len(out), 300)])
	}
	if !strings.Contains(out, "the rest is dropped") || len(out) > 3*maxStderr {
		t.Errorf("%d bytes of log for 90 KB of stderr", len(out))
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(sc.Text()) > maxStderrLine+100 {
			t.Errorf("a line of %d bytes", len(sc.Text()))
		}
	}
}

func TestHeaderEnd(t *testing.T) {
	for _, c := range []struct {
		in       string
		end, sep int
	}{
		{"A: b\n\nbody", 5, 1},
		{"A: b\r\n\r\nbody", 6, 2},
		{"\nbody", 0, 1},
		{"\r\nbody", 0, 2},
		{"A: b\nC: d\n", -1, 0},
		{"A: b\r\n", -1, 0},
	} {
		end, sep := headerEnd([]byte(c.in), 0)
		if end != c.end || sep != c.sep {
			t.Errorf("headerEnd(%q) = %d, %d; want %d, %d", c.in, end, sep, c.end, c.sep)
		}
	}
	// The header arriving one byte at a time.
	rec := httptest.NewRecorder()
	var o cgiOutput
	o.init(rec, 4096, 0, nil)
	for _, c := range []byte("Status: 201 Created\r\nContent-Type: text/x\r\n\r\nok") {
		if _, err := o.Write([]byte{c}); err != nil {
			t.Fatal(err)
		}
	}
	if _, status, n, err := o.finish(); err != nil || status != 201 || n != 2 || rec.Body.String() != "ok" || rec.Header().Get("Content-Type") != "text/x" {
		t.Errorf("byte by byte: %d %d %v %q %v", status, n, err, rec.Body.String(), rec.Header())
	}
}

// TestReuse: an instance that ended normally serves the next request of
// its route (reset), one that failed is closed, and each route has its
// own.
func TestReuse(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm", "/cases", "cases.wasm", "/trap", "trap.wasm")})
	m := s.h.metrics
	count := func() (created, reused uint64) { return m.created.Load(), m.reused.Load() }
	for i := 0; i < 5; i++ {
		if r := s.get(t, "/hello"); r.status != 200 {
			t.Fatalf("hello: %d", r.status)
		}
	}
	if c, r := count(); c != 1 || r != 4 {
		t.Errorf("5 requests in turn: %d instances created, %d reused; want 1 and 4", c, r)
	}
	for _, q := range []string{"exit-after", "exit-after"} { // proc_exit(0): a normal end
		if r := s.get(t, "/cases?"+q); r.status != 200 {
			t.Fatalf("%s: %d", q, r.status)
		}
	}
	if c, r := count(); c != 2 || r != 5 {
		t.Errorf("after two proc_exit(0): %d created, %d reused; want 2 and 5", c, r)
	}
	// A non-zero exit (in the reused instance) and traps close their
	// instance: the next request creates one.
	for _, p := range []string{"/cases?exit-fail", "/cases?status", "/trap", "/trap"} {
		s.get(t, p)
	}
	if c, r := count(); c != 5 || r != 6 {
		t.Errorf("after a failed exit and two traps: %d created, %d reused; want 5 and 6", c, r)
	}
	if n := m.idle.Load(); n != 2 {
		t.Errorf("%d idle instances, want 2 (/hello's and /cases')", n)
	}
	s.h.Close()
	if n := m.idle.Load(); n != 0 {
		t.Errorf("%d idle instances after Close", n)
	}
}

// TestPace: a route in debt waits its turn while another route serves,
// at once when none does; only run time beyond LongRequest is charged.
func TestPace(t *testing.T) {
	s := start(t, Config{Routes: routes(t, "/hello", "hello-c.wasm", "/cases", "cases.wasm"), LongRequest: 100 * time.Millisecond})
	h := s.h
	var slow, hello *route
	for _, rt := range h.routes {
		if rt.path == "/cases" {
			slow = rt
		} else {
			hello = rt
		}
	}
	for i := 0; i < 3; i++ {
		s.get(t, "/hello")
	}
	s.get(t, "/cases?sleep=250")
	slow.pace.mu.Lock()
	credit := slow.pace.credit
	slow.pace.mu.Unlock()
	if charged := maxCredit - credit; charged < 0.1 || charged > 0.3 {
		t.Errorf("a 250 ms request was charged %.3f s, want about 0.15", charged)
	}
	if hello.pace.inDebt.Load() || hello.pace.at != (time.Time{}) {
		t.Error("short requests were charged")
	}

	debt := func(seconds float64) {
		slow.pace.mu.Lock()
		slow.pace.credit, slow.pace.at = -seconds*h.paceRate, time.Now()
		slow.pace.inDebt.Store(true)
		slow.pace.mu.Unlock()
	}
	ctx := context.Background()
	debt(0.3)
	t0 := time.Now()
	if err := h.pace(ctx, slow, time.Now().Add(time.Minute)); err != nil || time.Since(t0) > 100*time.Millisecond {
		t.Errorf("in debt, no other route serving: %v after %v, want at once", err, time.Since(t0))
	}
	hello.pace.lastStart.Store(time.Now().UnixNano())
	debt(0.3)
	t0 = time.Now()
	if err := h.pace(ctx, slow, time.Now().Add(time.Minute)); err != nil || time.Since(t0) < 150*time.Millisecond {
		t.Errorf("0.3 s in debt while another route serves: %v after %v, want about 0.3 s", err, time.Since(t0))
	}
	hello.pace.lastStart.Store(time.Now().UnixNano())
	debt(5)
	if err := h.pace(ctx, slow, time.Now().Add(50*time.Millisecond)); err != errPaced {
		t.Errorf("a turn past the queue timeout: %v, want errPaced", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	hello.pace.lastStart.Store(time.Now().UnixNano())
	if err := h.pace(cctx, slow, time.Now().Add(time.Minute)); err != errClientGone {
		t.Errorf("the client gone while waiting: %v, want errClientGone", err)
	}
	// Waiting counts in MaxQueue.
	hello.pace.lastStart.Store(time.Now().UnixNano())
	h.limit.maxQueue = 0
	if err := h.pace(ctx, slow, time.Now().Add(time.Minute)); err != errQueueFull {
		t.Errorf("no room in the queue: %v, want errQueueFull", err)
	}
	h.limit.maxQueue = DefaultMaxQueue
	// Served end to end: 503 with Retry-After.
	hello.pace.lastStart.Store(time.Now().UnixNano())
	h.cfg.QueueTimeout = 50 * time.Millisecond
	if r := s.get(t, "/cases?status"); r.status != 503 || r.header.Get("Retry-After") == "" {
		t.Errorf("a route in debt past the queue timeout: %d, want 503", r.status)
	}
}

// TestTimestamp: the cached second gives what time.Format gives.
func TestTimestamp(t *testing.T) {
	base := time.Date(2026, 12, 2, 23, 59, 59, 0, time.FixedZone("X", 3600))
	for _, d := range []time.Duration{0, 7 * time.Millisecond, 999 * time.Millisecond, time.Second + 50*time.Millisecond, 2*time.Second + 123456789} {
		tm := base.Add(d)
		if got, want := string(timestamp(nil, tm)), tm.UTC().Format("2006-01-02T15:04:05.000Z07:00"); got != want {
			t.Errorf("%v: %s, want %s", tm, got, want)
		}
	}
}
