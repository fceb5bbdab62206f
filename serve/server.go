package serve

import (
	"context"
	"errors"
	"log"
	"net"
	"net/http"
	"time"
)

// Server serves a Handler over HTTP/1.1 (with keep-alive), and optionally
// its metrics on a second listener, until its context ends; then it shuts
// down gracefully.
type Server struct {
	Handler *Handler
	// ShutdownTimeout bounds the graceful shutdown (default 30s): the
	// listeners close at once, idle connections too, and requests in
	// flight (queued ones included) may finish within it; then the
	// modules still running are interrupted (their requests get 503, or a
	// cut connection if their response had begun) and every connection
	// is closed.
	ShutdownTimeout time.Duration
	// ReadHeaderTimeout bounds the reading of a request's header (default
	// 10s); IdleTimeout how long a keep-alive connection waits for its
	// next request (default 2m); MaxHeaderBytes the size of a request's
	// header (default 64 KiB).
	ReadHeaderTimeout time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	// OnShutdown, if set, is called when the graceful shutdown begins.
	OnShutdown func()
}

// Serve serves on ln, and the metrics (GET /metrics, and /healthz) on
// metricsLn if it is not nil, until ctx ends; then it shuts down as
// ShutdownTimeout says, flushes the Handler's logs and returns nil. It
// returns an error if a listener fails first.
func (s *Server) Serve(ctx context.Context, ln, metricsLn net.Listener) error {
	h := s.Handler
	shutdownTimeout := s.ShutdownTimeout
	if shutdownTimeout <= 0 {
		shutdownTimeout = 30 * time.Second
	}
	rht := s.ReadHeaderTimeout
	if rht <= 0 {
		rht = 10 * time.Second
	}
	idle := s.IdleTimeout
	if idle <= 0 {
		idle = 2 * time.Minute
	}
	mhb := s.MaxHeaderBytes
	if mhb <= 0 {
		mhb = 64 << 10
	}
	errLog := log.New(&logWriter{h.log}, "", 0)
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: rht,
		IdleTimeout:       idle,
		MaxHeaderBytes:    mhb,
		ErrorLog:          errLog,
	}
	errc := make(chan error, 2)
	go func() { errc <- srv.Serve(ln) }()
	var msrv *http.Server
	if metricsLn != nil {
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", h.Metrics())
		mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte("ok\n"))
		})
		msrv = &http.Server{Handler: mux, ReadHeaderTimeout: rht, ErrorLog: errLog}
		go func() { errc <- msrv.Serve(metricsLn) }()
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	if s.OnShutdown != nil {
		s.OnShutdown()
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if serr := srv.Shutdown(sctx); serr != nil {
		h.log.errorf("", "shutdown: requests still running after %v: interrupting them", shutdownTimeout)
		h.Abort()
		// Give the interrupted requests a moment to answer 503.
		wait, cancel2 := context.WithTimeout(context.Background(), time.Second)
		srv.Shutdown(wait)
		cancel2()
		srv.Close()
	}
	if msrv != nil {
		msrv.Close()
	}
	h.Close()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// logWriter sends net/http's own messages to the log.
type logWriter struct{ l *lineLog }

func (w *logWriter) Write(p []byte) (int, error) {
	w.l.errorf("", "http: %s", trimNewline(p))
	return len(p), nil
}

func trimNewline(p []byte) []byte {
	for len(p) > 0 && (p[len(p)-1] == '\n' || p[len(p)-1] == '\r') {
		p = p[:len(p)-1]
	}
	return p
}
