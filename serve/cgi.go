package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
)

// ---------- the environment ----------

// env returns the module's environment for x.r (see the package doc).
// The entries are substrings of one string: one allocation, not one per
// variable.
func (x *exchange) env(rt *route, script, pathInfo string) []string {
	r := x.r
	h := x.h
	b := x.envBytes[:0]
	ends := x.envEnds[:0]
	add := func(k, v string) {
		b = append(b, k...)
		b = append(b, '=')
		b = append(b, v...)
		ends = append(ends, len(b))
	}
	add("GATEWAY_INTERFACE", "CGI/1.1")
	add("SERVER_SOFTWARE", h.cfg.ServerSoftware)
	local, _ := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	localHost, localPort := "", ""
	if local != nil {
		localHost, localPort, _ = net.SplitHostPort(local.String())
	}
	serverName := r.Host
	if host, _, err := net.SplitHostPort(serverName); err == nil {
		serverName = host
	}
	serverName = strings.TrimSuffix(strings.TrimPrefix(serverName, "["), "]")
	if serverName == "" {
		serverName = localHost
	}
	if localPort == "" {
		if _, port, err := net.SplitHostPort(r.Host); err == nil {
			localPort = port
		} else if r.TLS != nil {
			localPort = "443"
		} else {
			localPort = "80"
		}
	}
	add("SERVER_NAME", serverName)
	add("SERVER_PORT", localPort)
	add("SERVER_PROTOCOL", r.Proto)
	add("REQUEST_METHOD", r.Method)
	uri := r.RequestURI
	if uri == "" {
		uri = r.URL.RequestURI()
	}
	add("REQUEST_URI", uri)
	add("SCRIPT_NAME", script)
	add("PATH_INFO", pathInfo)
	// X_RAW_PATH_INFO: the rest of the path as the client encoded it.
	raw := r.URL.EscapedPath()
	if script != "" && strings.HasPrefix(raw, script) && (len(raw) == len(script) || raw[len(script)] == '/') {
		raw = raw[len(script):]
	} else if script != "" {
		raw = (&url.URL{Path: pathInfo}).EscapedPath()
	}
	add("X_RAW_PATH_INFO", raw)
	add("QUERY_STRING", r.URL.RawQuery)
	if ct := r.Header["Content-Type"]; len(ct) > 0 && ct[0] != "" {
		add("CONTENT_TYPE", ct[0])
	}
	if x.body.length >= 0 {
		b = append(b, "CONTENT_LENGTH="...)
		b = strconv.AppendInt(b, x.body.length, 10)
		ends = append(ends, len(b))
	}
	if host, port, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		add("REMOTE_ADDR", host)
		add("REMOTE_HOST", host)
		add("REMOTE_PORT", port)
	} else if r.RemoteAddr != "" {
		add("REMOTE_ADDR", r.RemoteAddr)
		add("REMOTE_HOST", r.RemoteAddr)
	}
	scheme := "http://"
	if r.TLS != nil {
		scheme = "https://"
		add("HTTPS", "on")
	}
	add("X_MATCHED_ROUTE", rt.shown)
	b = append(b, "X_FULL_URL="...)
	b = append(b, scheme...)
	b = append(b, r.Host...)
	b = append(b, uri...)
	ends = append(ends, len(b))
	add("X_REQUEST_ID", x.id)
	if r.Host != "" {
		add("HTTP_HOST", r.Host)
	}
	for k, vv := range r.Header {
		switch k {
		case "Content-Type", "Content-Length", "Proxy", "Host":
			continue
		}
		if strings.IndexByte(k, '_') >= 0 || len(vv) == 0 {
			continue
		}
		// HTTP_ + the name upper-cased, "-" as "_".
		b = append(b, "HTTP_"...)
		for i := 0; i < len(k); i++ {
			c := k[i]
			switch {
			case c >= 'a' && c <= 'z':
				c -= 'a' - 'A'
			case c == '-':
				c = '_'
			}
			b = append(b, c)
		}
		b = append(b, '=')
		sep := ", "
		if k == "Cookie" {
			sep = "; "
		}
		for i, v := range vv {
			if i > 0 {
				b = append(b, sep...)
			}
			b = append(b, v...)
		}
		ends = append(ends, len(b))
	}
	all := string(b)
	e := x.envBuf[:0]
	from := 0
	for _, end := range ends {
		e = append(e, all[from:end])
		from = end
	}
	e = append(e, h.cfg.Env...)
	x.envBuf, x.envBytes, x.envEnds = e, b, ends
	return e
}

// args returns argv: the module's name, and the words of an indexed query
// (RFC 3875 section 4.4: a query without "=").
func (x *exchange) args(rt *route) []string {
	q := x.r.URL.RawQuery
	if q == "" || strings.IndexByte(q, '=') >= 0 {
		return rt.argv
	}
	args := []string{rt.name}
	for _, w := range strings.Split(q, "+") {
		s, err := url.PathUnescape(w)
		if err != nil || strings.IndexByte(s, 0) >= 0 {
			return rt.argv // not a search string after all
		}
		args = append(args, s)
	}
	return args
}

// ---------- the request body ----------

// readAhead is how much of a body of known length is read before the
// request takes a slot.
const readAhead = 64 << 10

var readAheadPool = sync.Pool{New: func() any { b := make([]byte, readAhead); return &b }}

// bodyReader is the module's stdin: what was read ahead, then the rest of
// the body from the connection.
type bodyReader struct {
	pre    []byte
	preBuf *[]byte
	big    *bytes.Buffer // a chunked body, read whole
	rest   io.Reader     // the rest of the body (nil: none)
	length int64         // CONTENT_LENGTH (-1: no body)
	n      int64         // bytes received from the client
	err    error         // the error reading the body from the client
	cancel context.CancelCauseFunc
}

// prepare reads what it can of r's body before the module runs: a body of
// known length up to readAhead, a chunked one whole (up to max). It
// returns an error status, or 0.
func (b *bodyReader) prepare(r *http.Request, max int64) int {
	b.length = -1
	if r.Body == nil || r.Body == http.NoBody {
		if r.ContentLength == 0 && r.Header.Get("Content-Length") != "" {
			b.length = 0
		}
		return 0
	}
	if r.ContentLength >= 0 {
		b.length = r.ContentLength
		n := min(r.ContentLength, readAhead)
		if n == 0 {
			return 0
		}
		b.preBuf = readAheadPool.Get().(*[]byte)
		got, err := io.ReadFull(r.Body, (*b.preBuf)[:n])
		b.n = int64(got)
		if err != nil {
			b.err = err
			return readErrorStatus(err)
		}
		b.pre = (*b.preBuf)[:n]
		if r.ContentLength > n {
			b.rest = io.LimitReader(r.Body, r.ContentLength-n)
		}
		return 0
	}
	// Chunked: CGI needs the length first.
	if max < 0 {
		max = 0
	}
	b.big = new(bytes.Buffer)
	got, err := b.big.ReadFrom(io.LimitReader(r.Body, max+1))
	b.n = got
	if err != nil {
		b.err = err
		return readErrorStatus(err)
	}
	if got > max {
		b.err = fmt.Errorf("more than %d bytes", max)
		return http.StatusRequestEntityTooLarge
	}
	b.length = got
	b.pre = b.big.Bytes()
	return 0
}

func readErrorStatus(err error) int {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, os.ErrDeadlineExceeded):
		return http.StatusRequestTimeout
	}
	return http.StatusBadRequest
}

// none empties the body (a local redirect is a GET without one).
func (b *bodyReader) none() {
	b.pre, b.rest, b.length = nil, nil, -1
}

// Read is the module's stdin.
func (b *bodyReader) Read(p []byte) (int, error) {
	if len(b.pre) > 0 {
		n := copy(p, b.pre)
		b.pre = b.pre[n:]
		return n, nil
	}
	if b.rest == nil || b.err != nil {
		return 0, io.EOF
	}
	n, err := b.rest.Read(p)
	b.n += int64(n)
	if err == io.EOF {
		b.rest = nil
		return n, err
	}
	if err != nil {
		b.err = err
		b.rest = nil
		if b.cancel != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				b.cancel(errTimeout)
			} else {
				b.cancel(errBodyRead)
			}
		}
		if n > 0 {
			return n, nil
		}
		return 0, err
	}
	return n, nil
}

func (b *bodyReader) reset() {
	if b.preBuf != nil {
		readAheadPool.Put(b.preBuf)
	}
	*b = bodyReader{}
}

// ---------- the response ----------

// errMalformed is wrapped by the errors of an invalid CGI response.
var errMalformed = errors.New("malformed CGI response")

type malformedError string

func (e malformedError) Error() string        { return string(e) }
func (e malformedError) Is(target error) bool { return target == errMalformed }

func malformed(format string, args ...any) error {
	return malformedError(fmt.Sprintf(format, args...))
}

// cgiOutput is the module's stdout: it parses the CGI header, holds back
// up to limit bytes of output, then streams the body to the client.
type cgiOutput struct {
	w       http.ResponseWriter
	limit   int   // bytes held back before committing
	maxBody int64 // 0: no limit
	cancel  context.CancelCauseFunc

	buf     []byte // the header being read, then the body held back
	scan    int    // where to look for the end of the header next
	inBody  bool   // the header is complete
	fields  http.Header
	status  int    // from Status (0: none)
	ctype   bool   // Content-Type given
	loc     string // Location
	clen    int64  // Content-Length given (-1: none)
	others  bool   // header fields other than Location
	written int64  // body bytes the module wrote

	committed bool // the status line and header were handed to w
	err       error
}

func (o *cgiOutput) init(w http.ResponseWriter, limit int, maxBody int64, cancel context.CancelCauseFunc) {
	buf, fields := o.buf[:0], o.fields
	clear(fields)
	*o = cgiOutput{w: w, limit: limit, maxBody: maxBody, cancel: cancel, buf: buf, fields: fields, clen: -1}
	if o.fields == nil {
		o.fields = make(http.Header)
	}
}

// reset returns o emptied for reuse, keeping a small buffer.
func (o *cgiOutput) reset() cgiOutput {
	buf := o.buf
	if cap(buf) > 16<<10 {
		buf = nil
	}
	fields := o.fields
	clear(fields)
	return cgiOutput{buf: buf[:0], fields: fields}
}

func (o *cgiOutput) headerDone() bool { return o.inBody }

// stop records why the output is refused and interrupts the module.
func (o *cgiOutput) stop(err error) error {
	if o.err == nil {
		o.err = err
		if o.cancel != nil {
			o.cancel(err)
		}
	}
	return o.err
}

// Write is the module's stdout.
func (o *cgiOutput) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n := len(p)
	if !o.inBody {
		take := min(len(p), o.limit-len(o.buf))
		o.buf = append(o.buf, p[:take]...)
		end, sep := headerEnd(o.buf, o.scan)
		if end < 0 {
			if len(o.buf) >= o.limit {
				return 0, o.stop(malformed("no end of the header in the first %d bytes", o.limit))
			}
			o.scan = max(0, len(o.buf)-2)
			return n, nil
		}
		if err := o.parseHeader(o.buf[:end]); err != nil {
			return 0, o.stop(err)
		}
		o.inBody = true
		body := o.buf[end+sep:]
		o.written = int64(len(body))
		o.buf = append(o.buf[:0], body...)
		if o.maxBody > 0 && o.written > o.maxBody {
			return 0, o.stop(errTooLarge)
		}
		p = p[take:]
		if len(p) == 0 {
			return n, nil
		}
	}
	if o.maxBody > 0 && o.written+int64(len(p)) > o.maxBody {
		return 0, o.stop(errTooLarge)
	}
	o.written += int64(len(p))
	if !o.committed {
		if len(o.buf)+len(p) <= o.limit {
			o.buf = append(o.buf, p...)
			return n, nil
		}
		if err := o.commit(false); err != nil {
			return 0, o.stop(err)
		}
	}
	if _, err := o.w.Write(p); err != nil {
		return 0, o.stop(writeError(err))
	}
	return n, nil
}

func writeError(err error) error {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return errTimeout
	}
	return errClientWrite
}

// headerEnd finds the blank line that ends the header in b, looking from
// from on: it returns the length of the header (its last line's newline
// included) and of the blank line ("\n" or "\r\n"), or -1.
func headerEnd(b []byte, from int) (int, int) {
	if from == 0 {
		if bytes.HasPrefix(b, []byte("\n")) {
			return 0, 1
		}
		if bytes.HasPrefix(b, []byte("\r\n")) {
			return 0, 2
		}
	}
	for i := from; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		switch {
		case i+1 < len(b) && b[i+1] == '\n':
			return i + 1, 1
		case i+2 < len(b) && b[i+1] == '\r' && b[i+2] == '\n':
			return i + 1, 2
		}
	}
	return -1, 0
}

// hopByHop are the header fields a module may not send: the server
// manages the connection and the framing.
var hopByHop = map[string]bool{
	"Connection": true, "Keep-Alive": true, "Proxy-Connection": true, "Transfer-Encoding": true,
	"Upgrade": true, "Te": true, "Trailer": true,
}

// parseHeader parses the CGI header lines in b (each ending in "\n").
func (o *cgiOutput) parseHeader(b []byte) error {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		line := b[:i]
		b = b[i+1:]
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			return malformed("continuation line %q (folded header lines are not allowed)", clip(line))
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || !validName(line[:colon]) {
			return malformed("line %q is not a header field", clip(line))
		}
		value := bytes.Trim(line[colon+1:], " \t")
		if !validValue(value) {
			return malformed("header field %q has a control character", clip(line[:colon]))
		}
		name := http.CanonicalHeaderKey(string(line[:colon]))
		switch name {
		case "Status":
			if o.status != 0 {
				return malformed("two Status fields")
			}
			code, ok := parseStatus(value)
			if !ok {
				return malformed("Status %q is not a status code between 200 and 599", clip(value))
			}
			o.status = code
		case "Location":
			if o.loc != "" {
				return malformed("two Location fields")
			}
			if len(value) == 0 {
				return malformed("empty Location")
			}
			o.loc = string(value)
		case "Content-Length":
			if o.clen >= 0 {
				return malformed("two Content-Length fields")
			}
			n, err := strconv.ParseInt(string(value), 10, 64)
			if err != nil || n < 0 {
				return malformed("Content-Length %q is not a length", clip(value))
			}
			o.clen = n
			o.others = true
		case "Content-Type":
			if o.ctype {
				return malformed("two Content-Type fields")
			}
			o.ctype = true
			o.others = true
			o.fields[name] = append(o.fields[name], string(value))
		default:
			o.others = true
			if hopByHop[name] {
				continue
			}
			o.fields[name] = append(o.fields[name], string(value))
		}
	}
	if o.status == 0 && !o.ctype && o.loc == "" {
		return malformed("no Content-Type, Status or Location field")
	}
	return nil
}

func parseStatus(v []byte) (int, bool) {
	if len(v) < 3 || (len(v) > 3 && v[3] != ' ' && v[3] != '\t') {
		return 0, false
	}
	code := 0
	for _, c := range v[:3] {
		if c < '0' || c > '9' {
			return 0, false
		}
		code = code*10 + int(c-'0')
	}
	return code, code >= 200 && code <= 599
}

func validName(b []byte) bool {
	for _, c := range b {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

func validValue(b []byte) bool {
	for _, c := range b {
		if (c < ' ' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

func clip(b []byte) string {
	if len(b) > 60 {
		return string(b[:60]) + "..."
	}
	return string(b)
}

// localRedirect reports whether the header is a local redirect: a local
// Location alone, with no other field and no body.
func (o *cgiOutput) localRedirect() bool {
	return o.loc != "" && o.loc[0] == '/' && !strings.HasPrefix(o.loc, "//") &&
		o.status == 0 && !o.others && o.written == 0
}

// commit hands the status and header to the ResponseWriter, and the body
// held back. With final, the module has ended: the body is complete.
func (o *cgiOutput) commit(final bool) error {
	status := o.status
	if status == 0 {
		status = http.StatusOK
		if o.loc != "" {
			status = http.StatusFound
		}
	}
	noBody := status == http.StatusNoContent || status == http.StatusNotModified
	if noBody && o.written > 0 {
		return malformed("a body with status %d", status)
	}
	if final && o.clen >= 0 && o.clen != o.written {
		return malformed("Content-Length %d, but the body has %d bytes", o.clen, o.written)
	}
	if !final && o.clen >= 0 && o.written > o.clen {
		return malformed("Content-Length %d, but the body has more bytes", o.clen)
	}
	h := o.w.Header()
	for k, v := range o.fields {
		h[k] = v
	}
	if o.loc != "" {
		h["Location"] = []string{o.loc}
	}
	if !o.ctype {
		h["Content-Type"] = nil // no sniffing
	}
	switch {
	case o.clen >= 0:
		h["Content-Length"] = []string{strconv.FormatInt(o.clen, 10)}
	case final && !noBody:
		h["Content-Length"] = []string{strconv.FormatInt(o.written, 10)}
	}
	o.status = status
	o.committed = true
	o.w.WriteHeader(status)
	if len(o.buf) > 0 {
		if _, err := o.w.Write(o.buf); err != nil {
			return writeError(err)
		}
		o.buf = o.buf[:0]
	}
	return nil
}

// finish completes the response of a module that ended normally: it
// returns a local redirect's location, or the status and body size sent.
func (o *cgiOutput) finish() (loc string, status int, written int64, err error) {
	if !o.inBody {
		if len(o.buf) == 0 {
			return "", 0, 0, malformed("no output")
		}
		return "", 0, 0, malformed("the header is not complete (no blank line after it)")
	}
	if o.localRedirect() {
		return o.loc, 0, 0, nil
	}
	if o.committed {
		if o.clen >= 0 && o.written != o.clen {
			return "", 0, 0, malformed("Content-Length %d, but the body has %d bytes", o.clen, o.written)
		}
		return "", o.status, o.written, nil
	}
	if err := o.commit(true); err != nil {
		return "", 0, 0, err
	}
	return "", o.status, o.written, nil
}

// redirectRequest returns the GET request of a local redirect to loc.
func redirectRequest(r *http.Request, loc string) (*http.Request, error) {
	u, err := url.Parse(loc)
	if err != nil {
		return nil, err
	}
	nr := r.Clone(r.Context())
	nr.Method = http.MethodGet
	nr.URL.Path, nr.URL.RawPath, nr.URL.RawQuery = u.Path, u.RawPath, u.RawQuery
	nr.RequestURI = u.RequestURI()
	nr.Body = http.NoBody
	nr.ContentLength = 0
	nr.TransferEncoding = nil
	nr.Header.Del("Content-Length")
	nr.Header.Del("Content-Type")
	return nr, nil
}

// ---------- stderr ----------

// stderrLog sends a module's stderr to the log, line by line, tagged with
// the request's ID: at most maxStderr bytes and maxStderrLines lines per
// request, each line cut at maxStderrLine bytes.
type stderrLog struct {
	log     *lineLog
	id      string
	partial []byte
	long    bool // the partial line was cut
	total   int  // bytes logged
	lines   int
	cut     bool
}

const (
	maxStderr      = 64 << 10
	maxStderrLines = 1000
	maxStderrLine  = 4 << 10
)

func (s *stderrLog) init(log *lineLog, id string) {
	*s = stderrLog{log: log, id: id, partial: s.partial[:0]}
}

func (s *stderrLog) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 && !s.cut {
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i]
			p = p[i+1:]
		} else {
			p = nil
		}
		if room := maxStderrLine - len(s.partial); len(chunk) > room {
			chunk, s.long = chunk[:room], true
		}
		s.partial = append(s.partial, chunk...)
		if i >= 0 {
			s.emit()
		}
	}
	return n, nil
}

func (s *stderrLog) emit() {
	if s.cut {
		return
	}
	if s.total >= maxStderr || s.lines >= maxStderrLines {
		s.cut = true
		s.log.logf(false, s.id, "stderr: more than %d bytes or %d lines: the rest is dropped", maxStderr, maxStderrLines)
		return
	}
	line := bytes.ToValidUTF8(bytes.TrimSuffix(s.partial, []byte("\r")), []byte("?"))
	more := ""
	if s.long {
		more = " [cut]"
	}
	s.log.logf(false, s.id, "stderr: %s%s", line, more)
	s.total += len(line)
	s.lines++
	s.partial, s.long = s.partial[:0], false
}

// flush logs a last line without a newline.
func (s *stderrLog) flush() {
	if len(s.partial) > 0 {
		s.emit()
	}
}
