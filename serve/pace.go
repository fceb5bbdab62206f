package serve

import (
	"context"
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// routePace rations a route's long-running requests while other routes
// are serving: a module that runs for seconds (an infinite loop stopped by
// the timeout, a 100 MB response) holds a CPU for all that time, and the
// Go scheduler, which runs it in 10 ms slices between the short requests,
// would let it take a whole CPU away from them. Each request's run time
// (wall-clock, from _start to its end, waits on the client included)
// beyond Config.LongRequest is charged to its route's credit, which
// refills at Config.LongShare of the server's CPUs; a route whose credit
// is spent has its next requests wait until it is back to zero, unless no
// other route has started a request lately (an idle server need not
// ration anything). Short requests are never charged.
type routePace struct {
	mu     sync.Mutex
	credit float64   // seconds; negative: in debt
	at     time.Time // when credit was last brought up to date
	inDebt atomic.Bool
	// lastStart is when a request of the route last started running (Unix
	// nanoseconds), for the other routes' "is anyone else serving".
	lastStart atomic.Int64
}

const (
	// maxCredit is the credit a route saves up at most: a long request
	// of about that length runs at once after a quiet time (and one
	// running until a 1 s timeout puts its route in debt at once).
	maxCredit = 0.5
	// busyWindow: a route that started a request within it is serving.
	busyWindow = 200 * time.Millisecond
	// paceStep bounds a wait between two checks of the credit.
	paceStep = 50 * time.Millisecond
)

// refill brings the credit up to now, at rate seconds per second.
func (p *routePace) refill(now time.Time, rate float64) {
	if !p.at.IsZero() {
		p.credit = math.Min(maxCredit, p.credit+now.Sub(p.at).Seconds()*rate)
	} else {
		p.credit = maxCredit
	}
	p.at = now
	p.inDebt.Store(p.credit < 0)
}

// charge takes long seconds of run time from the credit.
func (p *routePace) charge(long time.Duration, rate float64) {
	p.mu.Lock()
	p.refill(time.Now(), rate)
	p.credit -= long.Seconds()
	p.inDebt.Store(p.credit < 0)
	p.mu.Unlock()
}

// errPaced: a request of a route in debt waited past QueueTimeout.
var errPaced = errors.New("the route's long-running requests used their share of the server (--long-share) and its turn did not come in time (--queue-timeout)")

// pace waits while rt is in debt and another route is serving. It fails
// with errQueueFull, errPaced past the deadline, or errClientGone when
// ctx ends.
func (h *Handler) pace(ctx context.Context, rt *route, deadline time.Time) error {
	p := &rt.pace
	if h.paceRate <= 0 || !p.inDebt.Load() {
		return nil
	}
	l := h.limit
	queued := false
	var timer *time.Timer
	for {
		now := time.Now()
		p.mu.Lock()
		p.refill(now, h.paceRate)
		wait := time.Duration(-p.credit / h.paceRate * float64(time.Second))
		p.mu.Unlock()
		if wait <= 0 || !h.othersBusy(rt, now) {
			return nil
		}
		if !now.Before(deadline) {
			return errPaced
		}
		// A request waiting its turn counts as queued: MaxQueue bounds
		// them with the others.
		if !queued {
			if l.queued.Add(1) > l.maxQueue {
				l.queued.Add(-1)
				return errQueueFull
			}
			queued = true
			defer l.queued.Add(-1)
		}
		wait = min(wait, paceStep, deadline.Sub(now))
		if timer == nil {
			timer = time.NewTimer(wait)
			defer timer.Stop()
		} else {
			timer.Reset(wait)
		}
		select {
		case <-timer.C:
		case <-ctx.Done():
			return errClientGone
		}
	}
}

// othersBusy reports whether a route other than rt started a request
// within busyWindow of now.
func (h *Handler) othersBusy(rt *route, now time.Time) bool {
	since := now.Add(-busyWindow).UnixNano()
	for _, o := range h.routes {
		if o != rt && o.pace.lastStart.Load() >= since {
			return true
		}
	}
	return false
}
