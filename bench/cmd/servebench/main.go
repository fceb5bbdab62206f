// Command servebench measures kiln serve against a native Go net/http
// handler doing the same work, with wrk, on loopback: requests per second
// and p50/p99/p99.9 latency of the hello handlers (C, Rust, Go) at several
// connection counts, side by side and interleaved (native, kiln C, kiln
// Rust, kiln Go; then the next connection count; then the next round);
// the C hello handler's throughput while hostile requests run at the same
// time; and RSS, mappings and instances over a long run (-soak).
//
//	cd bench && go run ./cmd/servebench [flags]
//
// It builds kiln from the parent module, starts each server in a process
// of its own (servebench itself is the native server, with -native ADDR),
// and writes a Markdown table and the raw figures (results/SERVE.md and
// results/serve.json by default). Every figure line carries the load
// average at the time: on a shared machine the figures are noisy.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/benchcmd"
)

func main() {
	native := flag.String("native", "", "run the native Go net/http hello server on `ADDR` (used by servebench itself)")
	conns := flag.String("conns", "16,64,256", "comma-separated wrk connection counts")
	servers := flag.String("servers", "native,kiln-c,kiln-rust,kiln-go", "servers to measure, in interleaving order (native first: the reference)")
	duration := flag.Duration("duration", 10*time.Second, "length of one wrk run")
	warmup := flag.Duration("warmup", 2*time.Second, "an unrecorded wrk run before each recorded one")
	rounds := flag.Int("rounds", 1, "rounds of the whole table (the median is reported)")
	threads := flag.Int("threads", 2, "wrk threads")
	hostile := flag.Bool("hostile", true, "also measure the C hello handler while hostile requests run (64 connections)")
	hostileInterval := flag.Duration("hostile-interval", time.Second, "the paced hostile clients' pause between requests")
	soak := flag.Int64("soak", 0, "also run `N` requests of the C hello handler and report RSS, mappings and live instances before and after")
	accessLog := flag.Bool("access-log", true, "let kiln serve write its access log (to a file in the work directory)")
	extra := flag.String("kiln-flags", "", "extra flags for kiln serve (space-separated)")
	out := flag.String("out", "", "results directory (default bench/results)")
	work := flag.String("work", "", "scratch directory (default bench/.work/servebench)")
	flag.Parse()
	if *native != "" {
		runNative(*native)
		return
	}
	c := &config{
		conns: parseInts(*conns), servers: benchcmd.SplitList(*servers), duration: *duration, warmup: *warmup,
		rounds: max(*rounds, 1), threads: *threads, hostile: *hostile, hostileInterval: *hostileInterval, soak: *soak, accessLog: *accessLog,
		kilnFlags: strings.Fields(*extra),
	}
	if err := run(c, *out, *work); err != nil {
		fmt.Fprintln(os.Stderr, "servebench:", err)
		os.Exit(1)
	}
}

type config struct {
	conns              []int
	servers            []string
	duration, warmup   time.Duration
	rounds, threads    int
	hostile, accessLog bool
	hostileInterval    time.Duration
	soak               int64
	kilnFlags          []string
	benchDir, workDir  string
}

// ---------- the native server ----------

// runNative serves what the hello handlers answer, with the headers kiln
// serve adds (X-Request-Id): the same work in plain Go.
func runNative(addr string) {
	var n atomic.Uint64
	prefix := strconv.FormatInt(time.Now().UnixNano()&0xffffffff, 16) + "-"
	body := []byte("Hello, world!\n")
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Request-Id", prefix+strconv.FormatUint(n.Add(1), 36))
		hd.Set("Content-Type", "text/plain; charset=utf-8")
		hd.Set("Content-Length", "14")
		w.Write(body)
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "native: listening on http://%s\n", ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	srv.Serve(ln)
}

// ---------- servers ----------

type server struct {
	name    string
	url     string // of the hello handler
	metrics string // kiln's /metrics
	cmd     *exec.Cmd
	stderr  *os.File
}

// serverSpecs: what each server serves.
var serverSpecs = map[string]struct{ route, file string }{
	"kiln-c":    {"/", "hello-c.wasm"},
	"kiln-rust": {"/", "hello-rust.wasm"},
	"kiln-go":   {"/hello", "handlers-go.wasm"},
}

func (c *config) start(name, kilnBin string) (*server, error) {
	s := &server{name: name}
	f, err := os.Create(filepath.Join(c.workDir, name+".log"))
	if err != nil {
		return nil, err
	}
	s.stderr = f
	var args []string
	bin := kilnBin
	if name == "native" {
		bin, err = os.Executable()
		if err != nil {
			return nil, err
		}
		args = []string{"-native", "127.0.0.1:0"}
	} else {
		spec, ok := serverSpecs[name]
		if !ok {
			return nil, fmt.Errorf("unknown server %q", name)
		}
		file := filepath.Join(c.benchDir, "..", "testdata", "serve", spec.file)
		args = []string{"serve", "--addr", "127.0.0.1:0", "--metrics-addr", "127.0.0.1:0",
			"--cache-dir", filepath.Join(c.workDir, "cache"), "--route", spec.route + "=" + file}
		if !c.accessLog {
			args = append(args, "--access-log", "off")
		}
		args = append(args, c.kilnFlags...)
	}
	s.cmd = exec.Command(bin, args...)
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	s.cmd.Stderr = pw
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	pw.Close()
	// Read the addresses from the first lines, then copy the rest to the
	// log file.
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			if n < cap(lines) { // the first lines say where it listens
				lines <- sc.Text()
				n++
			}
			fmt.Fprintln(f, sc.Text())
		}
		close(lines)
	}()
	want := 2
	if name == "native" {
		want = 1
	}
	timeout := time.After(2 * time.Minute) // the first compile of the Go module
	for want > 0 {
		select {
		case l, ok := <-lines:
			if !ok {
				return nil, fmt.Errorf("%s exited before listening (see %s)", name, f.Name())
			}
			if i := strings.Index(l, "http://"); i >= 0 {
				u := strings.Fields(l[i:])[0]
				switch {
				case strings.Contains(l, "metrics on"):
					s.metrics = u
				default:
					s.url = u
					if name != "native" {
						s.url += serverSpecs[name].route
					}
				}
				want--
			}
		case <-timeout:
			s.stop()
			return nil, fmt.Errorf("%s did not start", name)
		}
	}
	// One request to check the answer.
	resp, err := http.Get(s.url)
	if err != nil {
		s.stop()
		return nil, err
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != "Hello, world!\n" {
		s.stop()
		return nil, fmt.Errorf("%s answers %d %q", name, resp.StatusCode, b)
	}
	return s, nil
}

func (s *server) stop() {
	if s.cmd != nil && s.cmd.Process != nil {
		s.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
		}
	}
	s.stderr.Close()
}

// ---------- wrk ----------

// The script prints the latency percentiles and error counts as JSON at
// the end of the run.
const wrkScript = `
done = function(summary, latency, requests)
  io.write(string.format('SERVEBENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
end
`

type wrkResult struct {
	Requests   int64   `json:"requests"`
	DurationUS int64   `json:"duration_us"`
	P50        float64 `json:"p50_us"`
	P90        float64 `json:"p90_us"`
	P99        float64 `json:"p99_us"`
	P999       float64 `json:"p999_us"`
	Max        float64 `json:"max_us"`
	Mean       float64 `json:"mean_us"`
	Connect    int64   `json:"connect"`
	Read       int64   `json:"read"`
	Write      int64   `json:"write"`
	Status     int64   `json:"status"`
	Timeout    int64   `json:"timeout"`
	RPS        float64 `json:"rps"`
	LoadAvg    string  `json:"loadavg"`
}

func (r wrkResult) errors() int64 { return r.Connect + r.Read + r.Write + r.Status + r.Timeout }

func (c *config) wrk(url string, conns int, d time.Duration) (wrkResult, error) {
	script := filepath.Join(c.workDir, "percentiles.lua")
	if err := os.WriteFile(script, []byte(wrkScript), 0o644); err != nil {
		return wrkResult{}, err
	}
	threads := min(c.threads, conns)
	secs := max(int(d.Round(time.Second)/time.Second), 1)
	load := loadAvgOrUnknown()
	cmd := exec.Command("wrk", "-t", strconv.Itoa(threads), "-c", strconv.Itoa(conns), "-d", strconv.Itoa(secs)+"s",
		"--timeout", "10s", "-s", script, url)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk: %v: %s", err, out)
	}
	i := bytes.Index(out, []byte("SERVEBENCH "))
	if i < 0 {
		return wrkResult{}, fmt.Errorf("wrk printed no figures: %s", out)
	}
	line := out[i+len("SERVEBENCH "):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	var r wrkResult
	if err := json.Unmarshal(line, &r); err != nil {
		return r, fmt.Errorf("wrk figures %q: %v", line, err)
	}
	r.RPS = float64(r.Requests) / (float64(r.DurationUS) / 1e6)
	r.LoadAvg = load
	return r, nil
}

// ---------- the run ----------

type cell struct {
	Server  string      `json:"server"`
	Conns   int         `json:"conns"`
	Samples []wrkResult `json:"samples"`
}

// median returns the sample with the median req/s.
func (c *cell) median() wrkResult {
	s := append([]wrkResult(nil), c.Samples...)
	sort.Slice(s, func(i, j int) bool { return s[i].RPS < s[j].RPS })
	return s[len(s)/2]
}

type results struct {
	Machine string         `json:"machine"`
	Date    string         `json:"date"`
	Kiln    string         `json:"kiln"`
	Command string         `json:"command"`
	Cells   []*cell        `json:"cells"`
	Hostile *hostileResult `json:"hostile,omitempty"`
	Soak    *soakResult    `json:"soak,omitempty"`
}

// hostileResult: the C hello handler alone and with hostile requests.
type hostileResult struct {
	Alone wrkResult
	Runs  []hostileRun // paced, then flat out
}

// hostileRun is hello's figure with one client per hostile handler
// waiting Interval between its requests (0: flat out).
type hostileRun struct {
	Interval time.Duration
	Hello    wrkResult
	Hostile  map[string]int64  // hostile requests done, per kind
	Statuses map[string]string // their statuses, per kind
}

// soakResult: a long run's metrics before and after.
type soakResult struct {
	Requests              int64
	Errors                int64
	RPS                   float64
	Before, Mid, After    map[string]float64
	LoadBefore, LoadAfter string
	InstancesCreated      float64
	InstancesReused       float64 // requests served by an instance reset after an earlier one
}

func run(c *config, outDir, workDir string) error {
	var err error
	c.benchDir, err = benchcmd.BenchDir()
	if err != nil {
		return err
	}
	if outDir == "" {
		outDir = filepath.Join(c.benchDir, "results")
	}
	if workDir == "" {
		workDir = filepath.Join(c.benchDir, ".work", "servebench")
	}
	c.workDir = workDir
	for _, d := range []string{workDir, outDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if _, err := exec.LookPath("wrk"); err != nil {
		return errors.New("wrk not found (apt-get install wrk)")
	}
	log := func(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }
	kilnBin := filepath.Join(workDir, "kiln")
	log("servebench: building kiln and kiln-serve")
	// kiln serve runs kiln-serve, which it finds beside itself.
	build := exec.Command("go", "build", "-o", workDir+string(filepath.Separator), "./cmd/kiln/...")
	build.Dir = filepath.Join(c.benchDir, "..")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building kiln: %v\n%s", err, out)
	}
	res := &results{Machine: machine(), Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), Command: strings.TrimSpace("go run ./cmd/servebench " + strings.Join(os.Args[1:], " "))}
	if v, err := exec.Command(kilnBin, "version").Output(); err == nil {
		res.Kiln = strings.TrimSpace(strings.SplitN(string(v), "\n", 2)[0])
	}
	log("servebench: %s, load average %s", res.Machine, loadAvgOrUnknown())

	servers := map[string]*server{}
	defer func() {
		for _, s := range servers {
			s.stop()
		}
	}()
	for _, name := range c.servers {
		s, err := c.start(name, kilnBin)
		if err != nil {
			return err
		}
		servers[name] = s
		log("servebench: %s on %s", name, s.url)
	}
	cells := map[string]*cell{}
	for round := 0; round < c.rounds; round++ {
		for _, n := range c.conns {
			for _, name := range c.servers {
				s := servers[name]
				if c.warmup > 0 {
					if _, err := c.wrk(s.url, n, c.warmup); err != nil {
						return err
					}
				}
				r, err := c.wrk(s.url, n, c.duration)
				if err != nil {
					return err
				}
				key := fmt.Sprintf("%s/%d", name, n)
				if cells[key] == nil {
					cells[key] = &cell{Server: name, Conns: n}
					res.Cells = append(res.Cells, cells[key])
				}
				cells[key].Samples = append(cells[key].Samples, r)
				log("  round %d  %-9s c=%-3d %8.0f req/s  p50 %7s  p99 %7s  p99.9 %7s  errors %d  (load %s)",
					round+1, name, n, r.RPS, us(r.P50), us(r.P99), us(r.P999), r.errors(), r.LoadAvg)
			}
		}
	}
	if c.hostile {
		if servers["kiln-c"] != nil {
			h, err := c.hostileFigure(kilnBin, log)
			if err != nil {
				return err
			}
			res.Hostile = h
		}
	}
	if c.soak > 0 {
		if s := servers["kiln-c"]; s != nil {
			sk, err := c.soakFigure(s, log)
			if err != nil {
				return err
			}
			res.Soak = sk
		}
	}
	md := res.markdown(c)
	fmt.Println(md)
	if err := os.WriteFile(filepath.Join(outDir, "SERVE.md"), []byte(md), 0o644); err != nil {
		return err
	}
	js, _ := json.MarshalIndent(res, "", "  ")
	if err := os.WriteFile(filepath.Join(outDir, "serve.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	log("servebench: wrote %s", filepath.Join(outDir, "SERVE.md"))
	return nil
}

// hostileFigure measures the C hello handler at 64 connections alone,
// then with one client per hostile handler (an infinite loop stopped by a
// 1 s --timeout, a trap, a 100 MB response read to the end, a module
// reading more body than sent), first paced (a request every
// c.hostileInterval per client), then flat out, in a kiln serve of its
// own that serves them all.
func (c *config) hostileFigure(kilnBin string, log func(string, ...any)) (*hostileResult, error) {
	td := filepath.Join(c.benchDir, "..", "testdata", "serve")
	saved := c.kilnFlags
	c.kilnFlags = append(append([]string{}, saved...), "--timeout", "1s",
		"--route", "/loop="+filepath.Join(td, "loop.wasm"), "--route", "/trap="+filepath.Join(td, "trap.wasm"),
		"--route", "/big="+filepath.Join(td, "big.wasm"), "--route", "/overread="+filepath.Join(td, "overread.wasm"))
	s, err := c.start("kiln-c", kilnBin)
	c.kilnFlags = saved
	if err != nil {
		return nil, err
	}
	defer s.stop()
	base := strings.TrimSuffix(s.url, "/")
	h := &hostileResult{}
	if _, err := c.wrk(s.url, 64, c.warmup); err != nil {
		return nil, err
	}
	if h.Alone, err = c.wrk(s.url, 64, c.duration); err != nil {
		return nil, err
	}
	log("  hostile: hello alone              %8.0f req/s  p99 %7s  (load %s)", h.Alone.RPS, us(h.Alone.P99), h.Alone.LoadAvg)
	for _, interval := range []time.Duration{c.hostileInterval, 0} {
		run := hostileRun{Interval: interval, Hostile: map[string]int64{}, Statuses: map[string]string{}}
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		var mu sync.Mutex
		for _, kind := range []string{"loop", "trap", "big", "overread"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				client := &http.Client{}
				statuses := map[int]int{}
				var n int64
				for ctx.Err() == nil {
					var req *http.Request
					if kind == "overread" {
						req, _ = http.NewRequestWithContext(ctx, "POST", base+"/overread", strings.NewReader("some body"))
					} else {
						req, _ = http.NewRequestWithContext(ctx, "GET", base+"/"+kind, nil)
					}
					resp, err := client.Do(req)
					if err == nil {
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						statuses[resp.StatusCode]++
						n++
					}
					if interval > 0 {
						select {
						case <-ctx.Done():
						case <-time.After(interval):
						}
					}
				}
				mu.Lock()
				run.Hostile[kind] = n
				run.Statuses[kind] = fmt.Sprint(statuses)
				mu.Unlock()
			}()
		}
		time.Sleep(500 * time.Millisecond)
		run.Hello, err = c.wrk(s.url, 64, c.duration)
		cancel()
		wg.Wait()
		if err != nil {
			return nil, err
		}
		log("  hostile: hello, hostile every %-5v %8.0f req/s  p99 %7s  (load %s)  hostile requests %v statuses %v",
			interval, run.Hello.RPS, us(run.Hello.P99), run.Hello.LoadAvg, run.Hostile, run.Statuses)
		h.Runs = append(h.Runs, run)
	}
	return h, nil
}

// soakFigure runs c.soak requests of the C hello handler and reads the
// server's metrics before, halfway and after.
func (c *config) soakFigure(s *server, log func(string, ...any)) (*soakResult, error) {
	sk := &soakResult{}
	var err error
	if sk.Before, err = scrape(s.metrics); err != nil {
		return nil, err
	}
	sk.LoadBefore = loadAvgOrUnknown()
	t0 := time.Now()
	for half := 0; half < 2; half++ {
		var done int64
		for done < c.soak/2 {
			r, err := c.wrk(s.url, 64, 10*time.Second)
			if err != nil {
				return nil, err
			}
			done += r.Requests
			sk.Requests += r.Requests
			sk.Errors += r.errors()
		}
		if half == 0 {
			if sk.Mid, err = scrape(s.metrics); err != nil {
				return nil, err
			}
		}
	}
	sk.RPS = float64(sk.Requests) / time.Since(t0).Seconds()
	if sk.After, err = scrape(s.metrics); err != nil {
		return nil, err
	}
	sk.LoadAfter = loadAvgOrUnknown()
	sk.InstancesCreated = sk.After["kiln_serve_instances_created_total"] - sk.Before["kiln_serve_instances_created_total"]
	sk.InstancesReused = sk.After["kiln_serve_instances_reused_total"] - sk.Before["kiln_serve_instances_reused_total"]
	log("  soak: %d requests (%d errors), %.0f req/s; RSS %s -> %s -> %s; mappings %.0f -> %.0f -> %.0f; virtual %s -> %s; live instances %.0f",
		sk.Requests, sk.Errors, sk.RPS, mb(sk.Before["process_resident_memory_bytes"]), mb(sk.Mid["process_resident_memory_bytes"]),
		mb(sk.After["process_resident_memory_bytes"]), sk.Before["process_memory_maps"], sk.Mid["process_memory_maps"], sk.After["process_memory_maps"],
		mb(sk.Before["process_virtual_memory_bytes"]), mb(sk.After["process_virtual_memory_bytes"]), sk.After["kiln_serve_instances"])
	return sk, nil
}

// scrape reads the unlabelled samples of a Prometheus text page.
func scrape(url string) (map[string]float64, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || strings.Contains(l, "{") {
			continue
		}
		f := strings.Fields(l)
		if len(f) == 2 {
			v, err := strconv.ParseFloat(f[1], 64)
			if err == nil {
				out[f[0]] = v
			}
		}
	}
	return out, sc.Err()
}

// ---------- output ----------

func us(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fs", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.2fms", v/1e3)
	}
	return fmt.Sprintf("%.0fus", v)
}

func mb(v float64) string { return fmt.Sprintf("%.1f MB", v/1e6) }

func (res *results) markdown(c *config) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# kiln serve against native Go net/http\n\n%s, %s; %s.\n\n", res.Machine, res.Date, res.Kiln)
	fmt.Fprintf(&b, "`%s`: wrk %d threads, %v per run after a %v warm-up, %d round(s) (median req/s), loopback. ", res.Command, c.threads, c.duration, c.warmup, c.rounds)
	b.WriteString("Each server is its own process; wrk runs on the same cores. The hello handlers answer `Content-Type: text/plain; charset=utf-8`, `X-Request-Id` and `Hello, world!\\n`; native is a Go `net/http` handler writing the same response. ")
	if c.accessLog {
		b.WriteString("kiln serve writes its access log (to a file).\n\n")
	} else {
		b.WriteString("kiln serve runs with `--access-log off`.\n\n")
	}
	b.WriteString("| server | conns | req/s | ÷ native | p50 | p99 | p99 ÷ native | p99.9 | errors | load avg |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	byKey := map[string]*cell{}
	for _, x := range res.Cells {
		byKey[fmt.Sprintf("%s/%d", x.Server, x.Conns)] = x
	}
	for _, n := range c.conns {
		nat := byKey[fmt.Sprintf("native/%d", n)]
		for _, name := range c.servers {
			x := byKey[fmt.Sprintf("%s/%d", name, n)]
			if x == nil {
				continue
			}
			m := x.median()
			ratio, p99ratio := "", ""
			if nat != nil && name != "native" {
				nm := nat.median()
				ratio = fmt.Sprintf("%.2f", m.RPS/nm.RPS)
				p99ratio = fmt.Sprintf("%.2f", m.P99/nm.P99)
			}
			fmt.Fprintf(&b, "| %s | %d | %.0f | %s | %s | %s | %s | %s | %d | %s |\n", name, n, m.RPS, ratio, us(m.P50), us(m.P99), p99ratio, us(m.P999), m.errors(), m.LoadAvg)
		}
	}
	if h := res.Hostile; h != nil {
		fmt.Fprintf(&b, "\nHostile requests at the same time (C hello, 64 connections, in a kiln serve that also serves the hostile handlers, `--timeout 1s`, and kiln serve's default rationing of long-running requests (`--long-request`, `--long-share`); one client per hostile handler: `loop` (504 at the timeout), `trap` (500), `big` (100 MB, read to the end), `overread` (200)), paced (a request every %v per client), then flat out:\n\n", c.hostileInterval)
		b.WriteString("| | req/s | ÷ alone | p50 | p99 | p99.9 | errors | hostile requests done (statuses) | load avg |\n|---|---:|---:|---:|---:|---:|---:|---|---|\n")
		fmt.Fprintf(&b, "| hello alone | %.0f | | %s | %s | %s | %d | | %s |\n", h.Alone.RPS, us(h.Alone.P50), us(h.Alone.P99), us(h.Alone.P999), h.Alone.errors(), h.Alone.LoadAvg)
		for _, r := range h.Runs {
			name := "hello, hostile flat out"
			if r.Interval > 0 {
				name = fmt.Sprintf("hello, hostile every %v", r.Interval)
			}
			kinds := make([]string, 0, len(r.Hostile))
			for k := range r.Hostile {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			var parts []string
			for _, k := range kinds {
				parts = append(parts, fmt.Sprintf("%s %d %s", k, r.Hostile[k], strings.TrimPrefix(r.Statuses[k], "map")))
			}
			fmt.Fprintf(&b, "| %s | %.0f | %.2f | %s | %s | %s | %d | %s | %s |\n", name, r.Hello.RPS, r.Hello.RPS/h.Alone.RPS,
				us(r.Hello.P50), us(r.Hello.P99), us(r.Hello.P999), r.Hello.errors(), strings.Join(parts, ", "), r.Hello.LoadAvg)
		}
	}
	if s := res.Soak; s != nil {
		fmt.Fprintf(&b, "\nSoak (C hello, 64 connections): %d requests, %d errors, %.0f req/s; %.0f instances created, %.0f requests served by a reset instance. ", s.Requests, s.Errors, s.RPS, s.InstancesCreated, s.InstancesReused)
		fmt.Fprintf(&b, "RSS %s before, %s after (%+.1f MB over the second half); mappings %.0f before, %.0f after; virtual memory %s before, %s after; live instances after: %.0f. Load average %s before, %s after.\n",
			mb(s.Before["process_resident_memory_bytes"]), mb(s.After["process_resident_memory_bytes"]), (s.After["process_resident_memory_bytes"]-s.Mid["process_resident_memory_bytes"])/1e6,
			s.Before["process_memory_maps"], s.After["process_memory_maps"], mb(s.Before["process_virtual_memory_bytes"]), mb(s.After["process_virtual_memory_bytes"]),
			s.After["kiln_serve_instances"], s.LoadBefore, s.LoadAfter)
	}
	return b.String()
}

func machine() string {
	return fmt.Sprintf("%s, %d cores, %s/%s", benchcmd.CPUModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH)
}

// loadAvgOrUnknown is the load averages, "?" if unknown.
func loadAvgOrUnknown() string {
	if l := benchcmd.LoadAvg(); l != "" {
		return l
	}
	return "?"
}

func parseInts(s string) []int {
	var out []int
	for _, x := range benchcmd.SplitList(s) {
		n, err := strconv.Atoi(x)
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "servebench: %q is not a connection count\n", x)
			os.Exit(2)
		}
		out = append(out, n)
	}
	return out
}
