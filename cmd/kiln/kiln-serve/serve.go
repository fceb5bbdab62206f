package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	kilnapi "github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
	"github.com/kilnwasm/kiln/serve"
)

const serveSynopsis = `serve [MODULE]

Serves HTTP requests with WebAssembly modules, CGI style (RFC 3875, as WAGI
does): each request runs the module's _start in an instance of its own
in its initial state (a new one, or one reset after an earlier request
that ended normally: memory, globals and tables put back), with the
request's method, path, query, headers and server information in its
environment (REQUEST_METHOD, PATH_INFO, QUERY_STRING, HTTP_USER_AGENT, ...),
its body on stdin; the module answers on stdout with header lines
(Content-Type, Status, Location, others), a blank line and the body. What it
writes to stderr goes to the log with the request's ID. Nothing one request
does in its instance is visible to the next. A module gets nothing else it
is not granted (--dir, --mapdir, --env), as with kiln run. go doc
github.com/kilnwasm/kiln/serve describes the variables and the response
rules in full.

Routes: --route PATH=MODULE serves PATH and everything below it (/api
serves /api and /api/x, not /apix) with MODULE; the longest matching route
wins; a MODULE operand is the route "/". MODULE is a .wasm (compiled once,
through the cache, see kiln cache) or an artifact made by kiln compile.

Long-running requests: what a request's module runs beyond --long-request
(100ms) is charged to its route, which may use --long-share (0.05) of the
CPUs for such time; beyond that, while other routes are serving, its next
requests wait their turn (503 past --queue-timeout), so that a module
looping until --timeout, or streaming a huge response, cannot slow the
other routes' short requests much. Short requests are never charged.

Failures: a trap gives 500, a module that ran past --timeout 504, a module
that exited (proc_exit) before completing its CGI header, with a non-zero
status, or whose output is not a valid CGI response 502; a body over
--max-body 413; no free slot within --queue-timeout, or a full queue, 503.
Each failure gets an error line; the server goes on serving. The first 64
KiB of a response are held back until the module ends, so that a failure
then still gets its status; a longer response is streamed (any size, in
constant memory, up to --max-response) and a failure after that cuts the
connection.

Logs go to stderr: one access line per request (--access-log), error
lines, the modules' stderr. Metrics in the Prometheus text format are on
--metrics-addr, at /metrics (requests by route and status, a latency
histogram, live instances, queue depth, failures by reason, time per phase,
RSS and mappings).

SIGINT or SIGTERM stops accepting connections and lets the requests in
flight finish (at most --shutdown-timeout, then they are interrupted); a
second signal ends kiln at once.

Examples:
  kiln serve hello.wasm
  kiln serve --addr :8080 --route /api=api.wasm --route /=site.kiln
  kiln serve --dir ./static::/static:ro --env MODE=prod --timeout 5s app.wasm
  kiln serve --max-concurrency 16 --max-queue 256 --metrics-addr 127.0.0.1:9090 app.wasm`

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("serve", serveSynopsis, stdout)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0: any free port, printed at start)")
	routes := fs.StringArray("route", nil, "serve `PATH=MODULE`: PATH and everything below it (repeatable; the longest match wins)")
	grants := cli.AddGrantFlags(fs)
	timeout := fs.Duration("timeout", serve.DefaultTimeout, "interrupt a request's module after `DURATION` (from leaving the queue to the end of its response) and answer 504")
	limitFlags := cli.AddLimitFlags(fs)
	cli.SetFlagDefault(fs, "max-memory", "256MiB")
	maxBody := fs.String("max-body", "10MiB", "refuse request bodies larger than `SIZE` with 413 (0: no body at all)")
	maxResponse := fs.String("max-response", "0", "cut responses whose body exceeds `SIZE` (0: no limit; responses are streamed)")
	maxConc := fs.Int("max-concurrency", 4*runtime.GOMAXPROCS(0), "run at most `N` requests' modules at once")
	maxQueue := fs.Int("max-queue", serve.DefaultMaxQueue, "let at most `N` more requests wait for a slot (beyond: 503; 0: none waits)")
	queueTimeout := fs.Duration("queue-timeout", serve.DefaultQueueTimeout, "answer 503 to a request that waited `DURATION` for a slot")
	longRequest := fs.Duration("long-request", serve.DefaultLongRequest, "charge what a request's module runs beyond `DURATION` to its route (see --long-share)")
	longShare := fs.Float64("long-share", serve.DefaultLongShare, "let a route's long-running requests use at most `FRACTION` of the CPUs while other routes serve; its next requests wait beyond (0: no limit)")
	shutdownTimeout := fs.Duration("shutdown-timeout", 30*time.Second, "on SIGINT or SIGTERM, let requests in flight finish for at most `DURATION`")
	metricsAddr := fs.String("metrics-addr", "", "serve Prometheus metrics at http://`HOST:PORT`/metrics (default: none)")
	accessLog := fs.String("access-log", "stderr", "write the access log (one line per request) to `DEST`: stderr, stdout, off or a file (appended to)")
	cacheFlags := cli.AddCacheFlags(fs)
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return cli.UsageError("want at most one MODULE (the route /), got %d; use --route PATH=MODULE for more", fs.NArg())
	}
	type spec struct{ path, file string }
	var specs []spec
	if fs.NArg() == 1 {
		specs = append(specs, spec{"/", fs.Arg(0)})
	}
	for _, r := range *routes {
		path, file, ok := strings.Cut(r, "=")
		if !ok || !strings.HasPrefix(path, "/") || file == "" {
			return cli.UsageError("--route %q: want PATH=MODULE with PATH starting with /", r)
		}
		specs = append(specs, spec{path, file})
	}
	if len(specs) == 0 {
		return cli.UsageError("no module given: kiln serve MODULE, or --route PATH=MODULE (kiln help serve)")
	}
	limits, err := limitFlags.Limits()
	if err != nil {
		return err
	}
	cfg := serve.Config{Limits: limits, Timeout: *timeout, MaxConcurrency: *maxConc, QueueTimeout: *queueTimeout}
	if *timeout <= 0 || *queueTimeout <= 0 || *shutdownTimeout <= 0 {
		return cli.UsageError("--timeout, --queue-timeout and --shutdown-timeout must be positive")
	}
	if *longRequest <= 0 || *longShare < 0 {
		return cli.UsageError("--long-request must be positive, --long-share at least 0")
	}
	cfg.LongRequest, cfg.LongShare = *longRequest, *longShare
	if *longShare == 0 {
		cfg.LongShare = -1
	}
	if *maxConc < 1 {
		return cli.UsageError("--max-concurrency %d: want at least 1", *maxConc)
	}
	switch {
	case *maxQueue < 0:
		return cli.UsageError("--max-queue %d is negative", *maxQueue)
	case *maxQueue == 0:
		cfg.MaxQueue = -1
	default:
		cfg.MaxQueue = *maxQueue
	}
	n, err := cli.ParseSize(*maxBody)
	if err != nil {
		return cli.UsageError("--max-body: %v", err)
	}
	cfg.MaxBody = int64(n)
	if n == 0 {
		cfg.MaxBody = -1
	}
	if n, err = cli.ParseSize(*maxResponse); err != nil {
		return cli.UsageError("--max-response: %v", err)
	}
	cfg.MaxResponse = int64(n)
	if cfg.Dirs, err = grants.Mounts(); err != nil {
		return err
	}
	if cfg.Env, err = grants.Environ(); err != nil {
		return err
	}
	cfg.Log = stderr
	switch *accessLog {
	case "stderr":
		cfg.AccessLog = stderr
	case "stdout":
		cfg.AccessLog = stdout
	case "off", "":
	default:
		f, err := os.OpenFile(*accessLog, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return cli.UsageError("--access-log: %v", err)
		}
		defer f.Close()
		cfg.AccessLog = f
	}
	cfg.ServerSoftware = "Kiln/" + kilnapi.Version()
	if strings.HasPrefix(kilnapi.Version(), "build-") {
		cfg.ServerSoftware = "Kiln/devel" // a development build: its version is a build ID
	}

	// SIGINT and SIGTERM: while loading, stop; while serving, shut down
	// gracefully. The handler is released at the first signal, so that a
	// second one ends the process.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var compileOpts []kilnapi.CompileOption
	if dir := cacheFlags.CacheDir(); dir != "" {
		compileOpts = append(compileOpts, kilnapi.WithCache(dir))
	}
	mods := map[string]*kilnapi.Module{}
	defer func() {
		for _, m := range mods {
			m.Close()
		}
	}()
	for _, s := range specs {
		mod := mods[s.file]
		if mod == nil {
			// CompileFile maps an artifact (.kiln) rather than reading it.
			var err error
			mod, err = kilnapi.CompileFile(ctx, s.file, compileOpts...)
			var pe *os.PathError
			switch {
			case err == nil:
			case ctx.Err() != nil:
				return cli.QuietExit(cli.ExitFailure)
			case errors.As(err, &pe):
				return cli.UsageError("%v", err) // missing or unreadable
			default:
				return cli.Failure("%s: %v", s.file, strings.TrimPrefix(err.Error(), s.file+": "))
			}
			mods[s.file] = mod
		}
		cfg.Routes = append(cfg.Routes, serve.Route{Path: s.path, Module: mod, Name: filepath.Base(s.file)})
	}
	h, err := serve.New(cfg)
	if err != nil {
		return cli.UsageError("%v", strings.TrimPrefix(err.Error(), "serve: "))
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return cli.Failure("--addr: %v", err)
	}
	var mln net.Listener
	if *metricsAddr != "" {
		if mln, err = net.Listen("tcp", *metricsAddr); err != nil {
			ln.Close()
			return cli.Failure("--metrics-addr: %v", err)
		}
	}
	sort.SliceStable(specs, func(i, j int) bool { return len(specs[i].path) > len(specs[j].path) })
	var rs []string
	for _, s := range specs {
		rs = append(rs, s.path+" -> "+s.file)
	}
	fmt.Fprintf(stderr, "kiln serve: listening on http://%s (%s)\n", ln.Addr(), strings.Join(rs, ", "))
	if mln != nil {
		fmt.Fprintf(stderr, "kiln serve: metrics on http://%s/metrics\n", mln.Addr())
	}
	srv := &serve.Server{
		Handler:         h,
		ShutdownTimeout: *shutdownTimeout,
		OnShutdown: func() {
			stop() // a second signal kills
			if ctx.Err() != nil {
				fmt.Fprintf(stderr, "kiln serve: shutting down: finishing the requests in flight (at most %v)\n", *shutdownTimeout)
			}
		},
	}
	if err := srv.Serve(ctx, ln, mln); err != nil && !errors.Is(err, net.ErrClosed) {
		return cli.Failure("%v", err)
	}
	fmt.Fprintln(stderr, "kiln serve: stopped")
	return nil
}
