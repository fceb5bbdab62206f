package serve

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/wasi"
)

// Route maps a path to a module.
type Route struct {
	// Path is the path prefix the route serves: "/" serves every path no
	// longer route matches; "/api" serves /api and everything beneath it
	// (/api/x), but not /apix. A trailing slash is ignored ("/api/" is
	// "/api"). The longest matching route wins.
	Path string
	// Module is the compiled module, a WASI command (it exports _start).
	// The Handler does not close it.
	Module *kiln.Module
	// Name is the module's name for logs and its first argument (argv[0]),
	// usually its file name (default: "module").
	Name string
}

// Config configures a Handler. Zero fields take the defaults given.
type Config struct {
	Routes []Route

	// Dirs and Env are granted to every instance, as with kiln run's
	// --dir and --env: each request gets its own preopened descriptors
	// for Dirs. Env entries are "NAME=VALUE" and may not use the names of
	// the CGI variables (see the package documentation).
	Dirs []wasi.DirMount
	Env  []string

	// Limits bounds each instance (memory pages, table elements, ...).
	Limits kiln.Limits

	// Timeout bounds a request from the moment it leaves the queue to the
	// end of its response (default 30s); past it, the module is
	// interrupted and the client gets 504.
	Timeout time.Duration
	// MaxBody is the largest request body accepted, in bytes (default 10
	// MiB); a larger one gets 413. Negative: no body at all.
	MaxBody int64
	// MaxResponse is the largest response body a module may write, in
	// bytes (default 0: no limit; the response is streamed).
	MaxResponse int64
	// ResponseBuffer is how much of a module's output is held back before
	// the response is committed (default 64 KiB; at least 4 KiB). A CGI
	// header must fit in it.
	ResponseBuffer int
	// MaxConcurrency is the number of requests that run modules at once
	// (default 4 x GOMAXPROCS).
	MaxConcurrency int
	// MaxQueue is the number of requests that may wait for a slot
	// (default 1024; negative: none may wait); beyond it they get 503.
	MaxQueue int
	// QueueTimeout is how long a request waits for a slot (default 10s)
	// before it gets 503.
	QueueTimeout time.Duration

	// LongRequest and LongShare ration long-running requests, so that a
	// route whose module runs for seconds (a loop stopped by the
	// timeout, a huge response) cannot take CPUs away from the other
	// routes' short requests: what each request runs beyond LongRequest
	// (default 100ms) is charged to its route, which may run such time
	// at LongShare (default 0.05) of the server's CPUs (GOMAXPROCS);
	// beyond that, while another route is serving, the route's next
	// requests wait their turn (within QueueTimeout, then 503). Short
	// requests are never charged; a negative LongShare turns it off.
	LongRequest time.Duration
	LongShare   float64

	// Log receives the server's error lines and the modules' stderr,
	// prefixed with the request ID (default os.Stderr).
	Log io.Writer
	// AccessLog receives one line per request (default: none). Both logs
	// are written in the background, in batches (at most 100 ms late);
	// Handler.Close flushes them.
	AccessLog io.Writer

	// ServerSoftware is SERVER_SOFTWARE (default "Kiln").
	ServerSoftware string
}

// Defaults of Config.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultMaxBody        = 10 << 20
	DefaultResponseBuffer = 64 << 10
	DefaultMaxQueue       = 1024
	DefaultQueueTimeout   = 10 * time.Second
	DefaultLongRequest    = 100 * time.Millisecond
	DefaultLongShare      = 0.05
)

// deadlineGrace is how long after a request's deadline its connection's
// read and write deadlines fall: a module writing its response when the
// deadline comes gets that long to finish writing.
const deadlineGrace = time.Second

// maxRedirects bounds the local redirects of one request.
const maxRedirects = 10

// Handler serves requests with modules: an http.Handler. It is safe for
// concurrent use.
type Handler struct {
	cfg     Config
	routes  []*route // longest path first
	imports *kiln.Imports
	limit   *limiter
	metrics *metrics
	log     *lineLog
	access  *lineLog
	idBase  string
	nextID  atomic.Uint64
	// paceRate is the credit a route's long-running requests get per
	// second (pace.go), 0: none rationed.
	paceRate float64
	// nanotime is WASI's monotonic clock, one for every request (only
	// its differences mean anything).
	nanotime func() int64
	// running holds the cancel functions of the modules running, for
	// Abort (Server uses it when graceful shutdown runs out of time).
	runMu   sync.Mutex
	running map[*exchange]context.CancelCauseFunc
}

type route struct {
	path  string // normalized: no trailing slash, "" for "/"
	shown string // as configured, for X_MATCHED_ROUTE, logs and metrics
	mod   *kiln.Module
	name  string
	argv  []string // {name}: shared, wasi.New copies it
	m     *routeMetrics
	pool  *instPool // nil: a fresh instance for every request
	pace  routePace
}

// sysKey is the context key of the request's WASI System: the routes'
// imports are bound once (kiln.Imports.WASIFromContext) and find each
// request's System in the call's context.
type sysKey struct{}

func sysFromContext(ctx context.Context) *wasi.System {
	s, _ := ctx.Value(sysKey{}).(*wasi.System)
	return s
}

// New returns a Handler for cfg. It checks every route's module (a WASI
// command) and the grants, and opens nothing yet.
func New(cfg Config) (*Handler, error) {
	if len(cfg.Routes) == 0 {
		return nil, errors.New("serve: no routes")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBody == 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxResponse < 0 {
		cfg.MaxResponse = 0
	}
	if cfg.ResponseBuffer <= 0 {
		cfg.ResponseBuffer = DefaultResponseBuffer
	}
	cfg.ResponseBuffer = max(cfg.ResponseBuffer, 4<<10)
	if cfg.MaxConcurrency <= 0 {
		cfg.MaxConcurrency = 4 * runtime.GOMAXPROCS(0)
	}
	if cfg.MaxQueue == 0 {
		cfg.MaxQueue = DefaultMaxQueue
	}
	if cfg.MaxQueue < 0 {
		cfg.MaxQueue = 0
	}
	if cfg.QueueTimeout <= 0 {
		cfg.QueueTimeout = DefaultQueueTimeout
	}
	if cfg.LongRequest <= 0 {
		cfg.LongRequest = DefaultLongRequest
	}
	if cfg.LongShare == 0 {
		cfg.LongShare = DefaultLongShare
	}
	if cfg.ServerSoftware == "" {
		cfg.ServerSoftware = "Kiln"
	}
	if cfg.Log == nil {
		cfg.Log = os.Stderr
	}
	for _, kv := range cfg.Env {
		name, _, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("serve: environment entry %q is not NAME=VALUE", kv)
		}
		if reservedEnv(name) {
			return nil, fmt.Errorf("serve: environment variable %s: the name is one of the CGI request variables", name)
		}
	}
	h := &Handler{cfg: cfg, metrics: newMetrics(), imports: kiln.NewImports().WASIFromContext(sysFromContext)}
	seen := map[string]bool{}
	for _, r := range cfg.Routes {
		if !strings.HasPrefix(r.Path, "/") {
			return nil, fmt.Errorf("serve: route %q: a path must start with /", r.Path)
		}
		if strings.ContainsAny(r.Path, "?#") {
			return nil, fmt.Errorf("serve: route %q: a path has no query or fragment", r.Path)
		}
		p := strings.TrimRight(r.Path, "/")
		if seen[p] {
			return nil, fmt.Errorf("serve: route %q given twice", r.Path)
		}
		seen[p] = true
		if r.Module == nil {
			return nil, fmt.Errorf("serve: route %q: no module", r.Path)
		}
		if e, ok := r.Module.Export("_start"); !ok || e.Type.Kind != kiln.ExternFunc {
			return nil, fmt.Errorf("serve: route %q: the module exports no _start function (it is not a WASI command)", r.Path)
		}
		name := r.Name
		if name == "" {
			name = "module"
		}
		shown := r.Path
		if p == "" {
			shown = "/"
		}
		h.routes = append(h.routes, &route{path: p, shown: shown, mod: r.Module, name: name, argv: []string{name}, m: h.metrics.route(shown),
			pool: newInstPool(r.Module, cfg.MaxConcurrency, h.metrics)})
	}
	slices.SortStableFunc(h.routes, func(a, b *route) int { return len(b.path) - len(a.path) })
	h.limit = newLimiter(cfg.MaxConcurrency, cfg.MaxQueue)
	h.metrics.limit = h.limit
	h.log = newLineLog(cfg.Log)
	if cfg.AccessLog != nil {
		if cfg.AccessLog == cfg.Log {
			h.access = h.log // one stream, in order
		} else {
			h.access = newLineLog(cfg.AccessLog)
		}
	}
	var b [4]byte
	rand.Read(b[:])
	h.idBase = hex.EncodeToString(b[:]) + "-"
	h.running = map[*exchange]context.CancelCauseFunc{}
	if cfg.LongShare > 0 {
		h.paceRate = cfg.LongShare * float64(runtime.GOMAXPROCS(0))
	}
	epoch := time.Now()
	h.nanotime = func() int64 { return int64(time.Since(epoch)) + 1 }
	return h, nil
}

// reservedEnv reports names that the CGI variables use.
func reservedEnv(name string) bool {
	switch name {
	case "GATEWAY_INTERFACE", "SERVER_SOFTWARE", "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL",
		"REQUEST_METHOD", "REQUEST_URI", "SCRIPT_NAME", "PATH_INFO", "PATH_TRANSLATED", "QUERY_STRING",
		"CONTENT_TYPE", "CONTENT_LENGTH", "REMOTE_ADDR", "REMOTE_PORT", "REMOTE_HOST", "REMOTE_USER",
		"REMOTE_IDENT", "AUTH_TYPE", "HTTPS":
		return true
	}
	return strings.HasPrefix(name, "HTTP_") || strings.HasPrefix(name, "X_")
}

// match returns the route for path (URL-decoded), its SCRIPT_NAME and
// PATH_INFO.
func (h *Handler) match(path string) (*route, string, string) {
	for _, r := range h.routes {
		if r.path == "" {
			return r, "", path
		}
		if strings.HasPrefix(path, r.path) && (len(path) == len(r.path) || path[len(r.path)] == '/') {
			return r, r.path, path[len(r.path):]
		}
	}
	return nil, "", ""
}

// Close closes the instances kept for reuse and flushes the logs.
// Requests still being served go on (Server shuts down gracefully first),
// each with an instance that is closed when it ends.
func (h *Handler) Close() error {
	for _, rt := range h.routes {
		rt.pool.close()
	}
	h.log.close()
	if h.access != nil && h.access != h.log {
		h.access.close()
	}
	return nil
}

// Abort interrupts every module still running: their requests end with
// 503 (or a cut connection if the response had begun). Requests that
// arrive afterwards are served as usual.
func (h *Handler) Abort() {
	h.runMu.Lock()
	defer h.runMu.Unlock()
	for _, cancel := range h.running {
		cancel(errShutdown)
	}
}

// Errors a request's context is cancelled with (its cause).
var (
	errTimeout     = errors.New("timed out")
	errShutdown    = errors.New("server shutting down")
	errClientGone  = errors.New("client went away")
	errTooLarge    = errors.New("response larger than the limit")
	errBodyRead    = errors.New("reading the request body failed")
	errClientWrite = errors.New("writing the response failed")
)

// ServeHTTP serves one request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	x := getExchange()
	defer putExchange(x)
	x.h, x.w, x.r, x.orig = h, w, r, r
	x.start = time.Now()
	x.id = h.idBase + strconv.FormatUint(h.nextID.Add(1), 36)
	w.Header().Set("X-Request-Id", x.id)
	x.serve()
}

// exchange is one request in progress.
type exchange struct {
	h     *Handler
	w     http.ResponseWriter
	r     *http.Request // the request being served (a local redirect's)
	orig  *http.Request // the request as received
	id    string
	start time.Time
	route *route

	body      bodyReader
	out       cgiOutput
	errLog    stderrLog
	status    int   // as sent (499 for a client that went away)
	written   int64 // body bytes sent
	aborted   bool  // the connection was cut after the response had begun
	problem   string
	redirects int  // local redirects followed
	admitted  bool // the request holds a slot
	envBuf    []string
	envBytes  []byte
	envEnds   []int
}

var exchangePool = sync.Pool{New: func() any { return new(exchange) }}

func getExchange() *exchange { return exchangePool.Get().(*exchange) }

func putExchange(x *exchange) {
	x.body.reset()
	env := x.envBuf[:0]
	clear(x.envBuf)
	out := x.out.reset()
	eb, ee := x.envBytes[:0], x.envEnds[:0]
	if cap(eb) > 16<<10 {
		eb = nil
	}
	*x = exchange{envBuf: env, envBytes: eb, envEnds: ee, out: out}
	exchangePool.Put(x)
}

func (x *exchange) serve() {
	h, r := x.h, x.r
	defer func() {
		x.finishLog()
		if x.aborted {
			panic(http.ErrAbortHandler) // cut the connection: the response is incomplete
		}
	}()

	// Deadlines on the connection bound what the module's context cannot:
	// reading the body before admission (and, below, reading the rest of
	// it and writing the response). A read deadline only while there is
	// a body to read: without one, net/http reads in the background to
	// notice a client that leaves, and a deadline there would cancel the
	// request. (net/http clears the write deadline after each request.)
	rc := http.NewResponseController(x.w)
	if r.Body != nil && r.Body != http.NoBody {
		_ = rc.SetReadDeadline(x.start.Add(h.cfg.QueueTimeout + h.cfg.Timeout + deadlineGrace))
	}

	rt, script, pathInfo := h.match(r.URL.Path)
	if rt == nil {
		x.fail(http.StatusNotFound, "")
		return
	}
	x.route = rt
	if strings.IndexByte(pathInfo, 0) >= 0 {
		x.fail(http.StatusBadRequest, "")
		return
	}
	// The body: refuse what is too large before anything runs.
	if (h.cfg.MaxBody >= 0 && r.ContentLength > h.cfg.MaxBody) || (h.cfg.MaxBody < 0 && r.ContentLength > 0) {
		x.fail(http.StatusRequestEntityTooLarge, "")
		return
	}
	if status := x.body.prepare(r, h.cfg.MaxBody); status != 0 {
		x.fail(status, "reading the request body: "+x.body.err.Error())
		return
	}

	// Admission: the route's turn if its long-running requests took
	// their share (pace.go), then a slot.
	queueEnd := time.Now().Add(h.cfg.QueueTimeout)
	err := h.pace(r.Context(), rt, queueEnd)
	if err == nil {
		err = h.limit.acquire(r.Context(), time.Until(queueEnd))
	}
	if err != nil {
		h.metrics.rejected.Add(1)
		if errors.Is(err, errClientGone) {
			x.status = 499
			x.problem = "client went away while queued"
			return
		}
		x.w.Header().Set("Retry-After", "1")
		x.fail(http.StatusServiceUnavailable, err.Error())
		return
	}
	defer h.limit.release()
	x.admitted = true

	// The module is interrupted at the deadline; the connection's
	// deadlines, a little later, end a read or write of the body that
	// blocks (the module waits in a WASI call that only they can end).
	deadline := time.Now().Add(h.cfg.Timeout)
	if x.body.rest != nil {
		_ = rc.SetReadDeadline(deadline.Add(deadlineGrace))
	}
	_ = rc.SetWriteDeadline(deadline.Add(deadlineGrace))
	x.run(rt, script, pathInfo, deadline)
}

// run runs the route's module for the request, following local
// redirects.
func (x *exchange) run(rt *route, script, pathInfo string, deadline time.Time) {
	h := x.h
	r := x.r
	for redirects := 0; ; redirects++ {
		// One cancellable context per instance: the client leaving
		// (r.Context()), the deadline, the output refused, the body
		// unreadable or Abort cancel it, with that cause.
		ctx, cancel := context.WithCancelCause(r.Context())
		timer := time.AfterFunc(time.Until(deadline), func() { cancel(errTimeout) })
		h.runMu.Lock()
		h.running[x] = cancel
		h.runMu.Unlock()
		x.out.init(x.w, h.cfg.ResponseBuffer, h.cfg.MaxResponse, cancel)
		x.body.cancel = cancel
		err := x.instance(ctx, rt, script, pathInfo)
		timer.Stop()
		h.runMu.Lock()
		delete(h.running, x)
		h.runMu.Unlock()
		cause := context.Cause(ctx)
		cancel(nil)
		loc, ok := x.outcome(err, cause)
		if !ok || loc == "" {
			return
		}
		// A local redirect: serve loc as a GET instead.
		if redirects+1 >= maxRedirects {
			x.fail(http.StatusBadGateway, fmt.Sprintf("more than %d local redirects in a row (the last to %s)", maxRedirects, loc))
			return
		}
		nr, err := redirectRequest(r, loc)
		if err != nil {
			x.fail(http.StatusBadGateway, "local redirect: "+err.Error())
			return
		}
		r = nr
		x.r = nr
		x.redirects++
		x.body.none()
		rt, script, pathInfo = h.match(nr.URL.Path)
		if rt == nil {
			x.fail(http.StatusNotFound, "")
			return
		}
		x.route = rt
	}
}

// instance runs the route's module for x.r: in an instance reset after
// an earlier request (rt.pool), else a new one.
func (x *exchange) instance(ctx context.Context, rt *route, script, pathInfo string) error {
	h := x.h
	m := h.metrics
	t0 := time.Now()
	x.errLog.init(h.log, x.id)
	cfg := wasi.Config{
		Args:     x.args(rt),
		Env:      x.env(rt, script, pathInfo),
		Stdin:    &x.body,
		Stdout:   &x.out,
		Stderr:   &x.errLog,
		Dirs:     h.cfg.Dirs,
		Walltime: walltime,
		Nanotime: h.nanotime,
	}
	sys, err := wasi.New(cfg)
	if err != nil {
		return fmt.Errorf("%w: %w", errSetup, err)
	}
	defer sys.Close()
	ctx = context.WithValue(ctx, sysKey{}, sys)
	t1 := time.Now()
	m.phase[phaseSetup].Add(uint64(t1.Sub(t0)))
	e := rt.pool.get()
	if e != nil {
		m.reused.Add(1)
	} else {
		inst, err := rt.mod.Instantiate(ctx, h.imports, kiln.WithLimits(h.cfg.Limits))
		m.phase[phaseInstantiate].Add(uint64(time.Since(t1)))
		if err != nil {
			return fmt.Errorf("%w: %w", errInstantiate, err)
		}
		m.created.Add(1)
		e = &pooled{inst: inst, start: inst.Func("_start")}
	}
	m.live.Add(1)
	ended := false
	defer func() {
		if !ended { // a panic: nothing to reuse
			e.inst.Close()
			m.live.Add(-1)
		}
	}()
	t2 := time.Now()
	rt.pace.lastStart.Store(t2.UnixNano())
	_, err = e.start.Call(ctx)
	ended = true
	t3 := time.Now()
	m.phase[phaseRun].Add(uint64(t3.Sub(t2)))
	if long := t3.Sub(t2) - h.cfg.LongRequest; long > 0 && h.paceRate > 0 {
		rt.pace.charge(long, h.paceRate)
	}
	x.errLog.flush()
	// Only an instance that ended normally is reused: one that trapped
	// or was interrupted may have stopped anywhere (Reset would still
	// clear its state, but there is no need to rely on it).
	var exit *wasi.ExitError
	clean := err == nil || (errors.As(err, &exit) && exit.Code == 0)
	phase := phaseClose
	if clean && context.Cause(ctx) == nil {
		if rt.pool.put(e) { // else closed
			phase = phaseReset
		}
	} else {
		e.inst.Close()
	}
	m.phase[phase].Add(uint64(time.Since(t3)))
	m.live.Add(-1)
	return err
}

// walltime is WASI's realtime clock (wasi.New would make a closure per
// request).
func walltime() int64 { return time.Now().UnixNano() }

var (
	errSetup       = errors.New("setting up WASI")
	errInstantiate = errors.New("instantiating the module")
)

// outcome sends the response for a module that ended with err (cause:
// why its context ended, if it did). It returns the location of a local
// redirect to follow, with ok.
func (x *exchange) outcome(err, cause error) (loc string, ok bool) {
	rt := x.route
	var exit *wasi.ExitError
	if errors.As(err, &exit) && exit.Code == 0 {
		err = nil // proc_exit(0): a normal end
	}
	// Why the module stopped, if it did not end normally. A cause (the
	// context) wins over the trap "interrupted" it produced, and over an
	// exit the module chose after its output was refused.
	if cause == nil && x.out.err != nil {
		cause = x.out.err
	}
	if err != nil || (cause != nil && x.out.err != nil) {
		switch {
		case errors.Is(err, errSetup):
			x.guestFail(http.StatusInternalServerError, failSetup, err.Error())
		case cause == errTimeout:
			x.guestFail(http.StatusGatewayTimeout, failTimeout, fmt.Sprintf("interrupted after %v (--timeout)", x.h.cfg.Timeout))
		case cause == errShutdown:
			x.guestFail(http.StatusServiceUnavailable, failShutdown, "interrupted: the server is shutting down")
		case cause == errClientGone || (cause != nil && errors.Is(cause, context.Canceled) && x.r.Context().Err() != nil):
			x.clientGone()
		case cause == errClientWrite:
			x.clientGone()
		case cause == errTooLarge:
			x.guestFail(http.StatusBadGateway, failTooLarge, fmt.Sprintf("the response is larger than %d bytes (--max-response)", x.h.cfg.MaxResponse))
		case cause == errBodyRead:
			x.guestFail(http.StatusBadRequest, failBody, "reading the request body: "+x.body.err.Error())
		case cause != nil && errors.Is(cause, errMalformed):
			x.guestFail(http.StatusBadGateway, failMalformed, "malformed CGI response: "+cause.Error())
		case errors.As(err, &exit):
			what := fmt.Sprintf("exited with status %d", exit.Code)
			if !x.out.headerDone() {
				what += " before completing its CGI header"
			}
			x.guestFail(http.StatusBadGateway, failExit, what)
		case errors.Is(err, errInstantiate):
			x.guestFail(http.StatusInternalServerError, failInstantiate, err.Error())
		default:
			var t *kiln.Trap
			if errors.As(err, &t) {
				x.guestFail(http.StatusInternalServerError, failTrap, "trap: "+describeTrap(rt.mod, t))
			} else {
				x.guestFail(http.StatusInternalServerError, failOther, err.Error())
			}
		}
		return "", false
	}
	// The module ended normally: complete its response.
	loc, status, bytes, perr := x.out.finish()
	if perr != nil {
		x.guestFail(http.StatusBadGateway, failMalformed, "malformed CGI response: "+perr.Error())
		return "", false
	}
	if loc != "" {
		return loc, true
	}
	x.status, x.written = status, bytes
	return "", true
}

func describeTrap(mod *kiln.Module, t *kiln.Trap) string {
	s := t.Error()
	if t.Func >= 0 {
		if name := mod.FunctionName(t.Func); name != "" {
			s += " in " + name
		}
	}
	return s
}

// guestFail ends a request whose module failed: an error status if the
// response has not begun, else a cut connection.
func (x *exchange) guestFail(status int, reason failReason, msg string) {
	if x.route != nil {
		x.route.m.failures[reason].Add(1)
	}
	if x.out.committed {
		x.status, x.written = x.out.status, x.out.written
		x.aborted = true
		x.problem = msg + " (after the response began: connection cut)"
		return
	}
	x.fail(status, msg)
}

func (x *exchange) clientGone() {
	x.status = 499
	if x.out.committed {
		x.written = x.out.written
	}
	x.problem = "client went away"
}

// fail sends an error status with a short body, and logs msg.
func (x *exchange) fail(status int, msg string) {
	x.problem = msg
	if !x.admitted {
		_ = http.NewResponseController(x.w).SetWriteDeadline(time.Now().Add(x.h.cfg.Timeout))
	}
	h := x.w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	body := strconv.Itoa(status) + " " + http.StatusText(status) + "\n"
	h.Set("Content-Length", strconv.Itoa(len(body)))
	x.w.WriteHeader(status)
	if x.r.Method != http.MethodHead {
		io.WriteString(x.w, body)
	}
	x.status = status
	x.written = int64(len(body))
}

// finishLog records the request in the metrics and the logs.
func (x *exchange) finishLog() {
	if x.status == 0 { // a panic: net/http answers nothing
		x.status = http.StatusInternalServerError
	}
	d := time.Since(x.start)
	rm := x.h.metrics.unmatched
	name := "-"
	if x.route != nil {
		rm = x.route.m
		name = x.route.shown
	}
	rm.observe(x.status, d, x.written, x.body.n)
	if x.problem != "" && x.status != http.StatusNotFound {
		x.h.log.errorf(x.id, "%s %s: %d %s: %s", x.orig.Method, x.orig.URL.RequestURI(), x.status, http.StatusText(x.status), x.problem)
	}
	if x.h.access != nil {
		x.h.access.access(x, d, name)
	}
}
