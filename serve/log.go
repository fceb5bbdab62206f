package serve

import (
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// lineLog writes log lines to w in batches: a line waits at most
// flushDelay, or until batchSize bytes are pending, so that a busy server
// does not make a write(2) per request. Error lines are written at once
// (with the lines before them, in order).
type lineLog struct {
	mu      sync.Mutex
	w       io.Writer
	buf     []byte
	pending bool // a flush is scheduled
	closed  bool
}

const (
	flushDelay = 100 * time.Millisecond
	batchSize  = 32 << 10
)

func newLineLog(w io.Writer) *lineLog { return &lineLog{w: w} }

// add appends a line (with its newline) and writes it out now (now), or
// soon.
func (l *lineLog) add(line []byte, now bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, line...)
	if now || l.closed || len(l.buf) >= batchSize {
		l.flushLocked()
		return
	}
	if !l.pending {
		l.pending = true
		time.AfterFunc(flushDelay, l.flush)
	}
}

func (l *lineLog) flush() {
	l.mu.Lock()
	l.pending = false
	l.flushLocked()
	l.mu.Unlock()
}

func (l *lineLog) flushLocked() {
	if len(l.buf) > 0 {
		l.w.Write(l.buf)
		l.buf = l.buf[:0]
	}
}

func (l *lineLog) close() {
	l.mu.Lock()
	l.closed = true
	l.flushLocked()
	l.mu.Unlock()
}

// stampSecond is a second formatted for timestamp: formatting with
// time.AppendFormat took 2% of a busy server's CPU, one access line per
// request, when most lines fall in the same second as the one before.
type stampSecond struct {
	unix int64
	text string // 2006-01-02T15:04:05
}

var lastStamp atomic.Pointer[stampSecond]

// timestamp appends the time in RFC 3339 with milliseconds, UTC.
func timestamp(b []byte, t time.Time) []byte {
	t = t.UTC()
	s := lastStamp.Load()
	if s == nil || s.unix != t.Unix() {
		s = &stampSecond{unix: t.Unix(), text: t.Format("2006-01-02T15:04:05")}
		lastStamp.Store(s)
	}
	ms := t.Nanosecond() / 1e6
	return append(append(b, s.text...), '.', byte('0'+ms/100), byte('0'+ms/10%10), byte('0'+ms%10), 'Z')
}

// errorf logs an error line about request id (none if "") at once.
func (l *lineLog) errorf(id, format string, args ...any) { l.logf(true, id, format, args...) }

// logf logs a line about request id (none if ""), at once or batched.
func (l *lineLog) logf(now bool, id, format string, args ...any) {
	b := timestamp(make([]byte, 0, 128), time.Now())
	b = append(b, " kiln serve: "...)
	if id != "" {
		b = append(b, "id="...)
		b = append(b, id...)
		b = append(b, ' ')
	}
	b = fmt.Appendf(b, format, args...)
	b = append(b, '\n')
	l.add(b, now)
}

// access logs x's access line:
//
//	TIME REMOTE "METHOD URI PROTO" STATUS BYTES LATENCY route=ROUTE id=ID
//
// BYTES is the response body's size, LATENCY from arrival to the end of
// the response, in milliseconds; "aborted" follows a cut connection.
func (l *lineLog) access(x *exchange, d time.Duration, route string) {
	r := x.orig
	b := make([]byte, 0, 160)
	b = timestamp(b, x.start)
	b = append(b, ' ')
	b = append(b, r.RemoteAddr...)
	b = append(b, ` "`...)
	b = appendEscaped(b, r.Method)
	b = append(b, ' ')
	uri := r.RequestURI
	if uri == "" {
		uri = r.URL.RequestURI()
	}
	b = appendEscaped(b, uri)
	b = append(b, ' ')
	b = appendEscaped(b, r.Proto)
	b = append(b, `" `...)
	b = strconv.AppendInt(b, int64(x.status), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, x.written, 10)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, float64(d)/1e6, 'f', 3, 64)
	b = append(b, "ms route="...)
	b = append(b, route...)
	b = append(b, " id="...)
	b = append(b, x.id...)
	if x.redirects > 0 {
		b = append(b, " redirected="...)
		b = appendEscaped(b, x.r.URL.RequestURI())
	}
	if x.aborted {
		b = append(b, " aborted"...)
	}
	b = append(b, '\n')
	l.add(b, false)
}

// appendEscaped appends s with quotes, backslashes, control characters and
// invalid UTF-8 escaped, so that a request cannot forge log lines.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError {
				b = append(b, s[i:i+n]...)
				i += n
				continue
			}
		}
		b = append(b, `\x`...)
		b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		i++
	}
	return b
}
