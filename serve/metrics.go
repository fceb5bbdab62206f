package serve

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// failReason classifies the requests whose module failed.
type failReason int

const (
	failTrap failReason = iota
	failTimeout
	failExit
	failMalformed
	failTooLarge
	failInstantiate
	failSetup
	failShutdown
	failBody
	failOther
	numFailReasons
)

var failNames = [numFailReasons]string{"trap", "timeout", "exit", "malformed", "too_large", "instantiate", "setup", "shutdown", "body", "other"}

// The phases of a request whose time the metrics add up.
const (
	phaseSetup       = iota // WASI state and imports
	phaseInstantiate        // Module.Instantiate: memory, tables, globals, segments
	phaseRun                // _start, output included
	phaseReset              // Instance.Reset, for the next request
	phaseClose              // Instance.Close
	numPhases
)

var phaseNames = [numPhases]string{"setup", "instantiate", "run", "reset", "close"}

// latencyBuckets are the upper bounds of the latency histogram, in
// seconds.
var latencyBuckets = [...]float64{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

type routeMetrics struct {
	name      string
	codes     [600]atomic.Uint64
	buckets   [len(latencyBuckets) + 1]atomic.Uint64 // per bucket, not cumulative; the last is +Inf
	sumNS     atomic.Uint64
	respBytes atomic.Uint64
	reqBytes  atomic.Uint64
	failures  [numFailReasons]atomic.Uint64
}

func (m *routeMetrics) observe(status int, d time.Duration, resp, req int64) {
	if status < 0 || status >= len(m.codes) {
		status = 0
	}
	m.codes[status].Add(1)
	s := d.Seconds()
	i := 0
	for i < len(latencyBuckets) && s > latencyBuckets[i] {
		i++
	}
	m.buckets[i].Add(1)
	m.sumNS.Add(uint64(d))
	if resp > 0 {
		m.respBytes.Add(uint64(resp))
	}
	if req > 0 {
		m.reqBytes.Add(uint64(req))
	}
}

type metrics struct {
	mu        sync.Mutex
	routes    []*routeMetrics // in the order of the configuration; unmatched last
	unmatched *routeMetrics
	live      atomic.Int64  // instances running a request
	idle      atomic.Int64  // instances reset and kept for the next requests
	created   atomic.Uint64 // instances created
	reused    atomic.Uint64 // requests served by a reset instance
	rejected  atomic.Uint64 // requests refused a slot (503) or gone while queued
	phase     [numPhases]atomic.Uint64
	limit     *limiter
	start     time.Time
}

func newMetrics() *metrics {
	return &metrics{unmatched: &routeMetrics{name: "none"}, start: time.Now()}
}

func (m *metrics) route(name string) *routeMetrics {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range m.routes {
		if r.name == name {
			return r
		}
	}
	r := &routeMetrics{name: name}
	m.routes = append(m.routes, r)
	return r
}

// Metrics returns an http.Handler serving the metrics in the Prometheus
// text format (version 0.0.4).
func (h *Handler) Metrics() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		h.WriteMetrics(w)
	})
}

// WriteMetrics writes the metrics in the Prometheus text format:
//
//	kiln_serve_requests_total{route,code}           requests answered, by status (499: the client went away)
//	kiln_serve_request_duration_seconds{route}      latency histogram, from arrival to the end of the response
//	kiln_serve_failures_total{route,reason}         modules that failed: trap, timeout, exit, malformed, too_large,
//	                                                instantiate, setup, shutdown, body, other
//	kiln_serve_request_body_bytes_total{route}      request body bytes received
//	kiln_serve_response_body_bytes_total{route}     response body bytes sent
//	kiln_serve_instances                            instances running a request
//	kiln_serve_instances_idle                       instances reset and kept for the next requests
//	kiln_serve_instances_created_total              instances created
//	kiln_serve_instances_reused_total               requests served by a reset instance
//	kiln_serve_requests_running                     requests holding a slot
//	kiln_serve_queue_depth                          requests waiting for a slot
//	kiln_serve_max_concurrency, kiln_serve_max_queue  the limits
//	kiln_serve_rejected_total                       requests refused a slot (queue full or timed out)
//	kiln_serve_phase_seconds_total{phase}           time spent in setup (WASI, imports), instantiate,
//	                                                run (the module, its output included), reset and close
//	process_resident_memory_bytes, process_virtual_memory_bytes, process_memory_maps,
//	process_open_fds, process_start_time_seconds, go_goroutines, go_heap_objects_bytes
func (h *Handler) WriteMetrics(w io.Writer) error {
	m := h.metrics
	b := bufio.NewWriter(w)
	m.mu.Lock()
	routes := append(append([]*routeMetrics(nil), m.routes...), m.unmatched)
	m.mu.Unlock()

	header := func(name, typ, help string) {
		b.WriteString("# HELP " + name + " " + help + "\n# TYPE " + name + " " + typ + "\n")
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	u := func(v uint64) string { return strconv.FormatUint(v, 10) }

	header("kiln_serve_requests_total", "counter", "Requests answered, by route and status code (499: the client went away).")
	for _, r := range routes {
		for code := range r.codes {
			if n := r.codes[code].Load(); n > 0 {
				b.WriteString(`kiln_serve_requests_total{route="` + label(r.name) + `",code="` + strconv.Itoa(code) + `"} ` + u(n) + "\n")
			}
		}
	}
	header("kiln_serve_request_duration_seconds", "histogram", "Request latency, from arrival to the end of the response.")
	for _, r := range routes {
		var cum uint64
		lbl := `{route="` + label(r.name) + `"`
		for i, ub := range latencyBuckets {
			cum += r.buckets[i].Load()
			b.WriteString("kiln_serve_request_duration_seconds_bucket" + lbl + `,le="` + num(ub) + `"} ` + u(cum) + "\n")
		}
		cum += r.buckets[len(latencyBuckets)].Load()
		b.WriteString("kiln_serve_request_duration_seconds_bucket" + lbl + `,le="+Inf"} ` + u(cum) + "\n")
		b.WriteString("kiln_serve_request_duration_seconds_sum" + lbl + "} " + num(float64(r.sumNS.Load())/1e9) + "\n")
		b.WriteString("kiln_serve_request_duration_seconds_count" + lbl + "} " + u(cum) + "\n")
	}
	header("kiln_serve_failures_total", "counter", "Requests whose module failed, by route and reason.")
	for _, r := range routes {
		for i, name := range failNames {
			if r == m.unmatched {
				break
			}
			b.WriteString(`kiln_serve_failures_total{route="` + label(r.name) + `",reason="` + name + `"} ` + u(r.failures[i].Load()) + "\n")
		}
	}
	header("kiln_serve_request_body_bytes_total", "counter", "Request body bytes received.")
	for _, r := range routes {
		b.WriteString(`kiln_serve_request_body_bytes_total{route="` + label(r.name) + `"} ` + u(r.reqBytes.Load()) + "\n")
	}
	header("kiln_serve_response_body_bytes_total", "counter", "Response body bytes sent.")
	for _, r := range routes {
		b.WriteString(`kiln_serve_response_body_bytes_total{route="` + label(r.name) + `"} ` + u(r.respBytes.Load()) + "\n")
	}
	header("kiln_serve_instances", "gauge", "Module instances running a request.")
	b.WriteString("kiln_serve_instances " + strconv.FormatInt(m.live.Load(), 10) + "\n")
	header("kiln_serve_instances_idle", "gauge", "Module instances reset after a request and kept for the next ones.")
	b.WriteString("kiln_serve_instances_idle " + strconv.FormatInt(m.idle.Load(), 10) + "\n")
	header("kiln_serve_instances_created_total", "counter", "Module instances created (for the requests and local redirects that found no reset instance).")
	b.WriteString("kiln_serve_instances_created_total " + u(m.created.Load()) + "\n")
	header("kiln_serve_instances_reused_total", "counter", "Requests and local redirects served by an instance reset after an earlier one.")
	b.WriteString("kiln_serve_instances_reused_total " + u(m.reused.Load()) + "\n")
	header("kiln_serve_requests_running", "gauge", "Requests holding a slot (running a module).")
	b.WriteString("kiln_serve_requests_running " + strconv.FormatInt(m.limit.running.Load(), 10) + "\n")
	header("kiln_serve_queue_depth", "gauge", "Requests waiting for a slot.")
	b.WriteString("kiln_serve_queue_depth " + strconv.FormatInt(m.limit.queued.Load(), 10) + "\n")
	header("kiln_serve_max_concurrency", "gauge", "The number of slots (--max-concurrency).")
	b.WriteString("kiln_serve_max_concurrency " + strconv.Itoa(cap(m.limit.slots)) + "\n")
	header("kiln_serve_max_queue", "gauge", "The queue's capacity (--max-queue).")
	b.WriteString("kiln_serve_max_queue " + strconv.FormatInt(m.limit.maxQueue, 10) + "\n")
	header("kiln_serve_rejected_total", "counter", "Requests refused a slot: the queue was full or no slot freed up in time (503), or the client left while queued.")
	b.WriteString("kiln_serve_rejected_total " + u(m.rejected.Load()) + "\n")
	header("kiln_serve_phase_seconds_total", "counter", "Time spent per phase of the requests: setup (WASI state, imports), instantiate, run (the module, its output included), reset (for the next request), close.")
	for i, name := range phaseNames {
		b.WriteString(`kiln_serve_phase_seconds_total{phase="` + name + `"} ` + num(float64(m.phase[i].Load())/1e9) + "\n")
	}
	processMetrics(b, m.start)
	return b.Flush()
}

// label escapes a label value.
func label(s string) string {
	if !strings.ContainsAny(s, "\\\"\n") {
		return s
	}
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func processMetrics(b *bufio.Writer, start time.Time) {
	page := uint64(os.Getpagesize())
	if s, err := os.ReadFile("/proc/self/statm"); err == nil {
		f := strings.Fields(string(s))
		if len(f) >= 2 {
			size, _ := strconv.ParseUint(f[0], 10, 64)
			rss, _ := strconv.ParseUint(f[1], 10, 64)
			b.WriteString("# HELP process_resident_memory_bytes Resident memory size in bytes.\n# TYPE process_resident_memory_bytes gauge\n")
			b.WriteString("process_resident_memory_bytes " + strconv.FormatUint(rss*page, 10) + "\n")
			b.WriteString("# HELP process_virtual_memory_bytes Virtual memory size in bytes.\n# TYPE process_virtual_memory_bytes gauge\n")
			b.WriteString("process_virtual_memory_bytes " + strconv.FormatUint(size*page, 10) + "\n")
		}
	}
	if s, err := os.ReadFile("/proc/self/maps"); err == nil {
		b.WriteString("# HELP process_memory_maps Memory mappings of the process (lines of /proc/self/maps).\n# TYPE process_memory_maps gauge\n")
		b.WriteString("process_memory_maps " + strconv.Itoa(bytes.Count(s, []byte("\n"))) + "\n")
	}
	if ents, err := os.ReadDir("/proc/self/fd"); err == nil {
		b.WriteString("# HELP process_open_fds Open file descriptors.\n# TYPE process_open_fds gauge\n")
		b.WriteString("process_open_fds " + strconv.Itoa(len(ents)) + "\n")
	}
	b.WriteString("# HELP process_start_time_seconds Start time of the server since the Unix epoch in seconds.\n# TYPE process_start_time_seconds gauge\n")
	b.WriteString("process_start_time_seconds " + strconv.FormatFloat(float64(start.UnixNano())/1e9, 'f', 3, 64) + "\n")
	b.WriteString("# HELP go_goroutines Goroutines that currently exist.\n# TYPE go_goroutines gauge\n")
	b.WriteString("go_goroutines " + strconv.Itoa(runtime.NumGoroutine()) + "\n")
	// ReadMemStats stops the world for microseconds, once a scrape; it
	// replaced runtime/metrics, whose package init costs every kiln
	// process 0.17 ms, serving or not.
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.WriteString("# HELP go_heap_objects_bytes Memory occupied by live and not yet swept objects of the Go heap.\n# TYPE go_heap_objects_bytes gauge\n")
	b.WriteString("go_heap_objects_bytes " + strconv.FormatUint(ms.HeapAlloc, 10) + "\n")
}
