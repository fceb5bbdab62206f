package serve

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// limiter admits at most n requests at once; up to maxQueue more wait, in
// arrival order (a channel's blocked senders are served first in, first
// out, and a freed slot goes to the first of them, never to a newcomer).
type limiter struct {
	slots    chan struct{}
	maxQueue int64
	queued   atomic.Int64
	running  atomic.Int64
}

var (
	errQueueFull    = errors.New("too many requests waiting (--max-queue)")
	errQueueTimeout = errors.New("no slot freed up in time (--queue-timeout)")
)

func newLimiter(n, maxQueue int) *limiter {
	return &limiter{slots: make(chan struct{}, n), maxQueue: int64(maxQueue)}
}

// acquire takes a slot, waiting at most timeout in the queue. It fails
// with errQueueFull, errQueueTimeout, or errClientGone when ctx ends first.
func (l *limiter) acquire(ctx context.Context, timeout time.Duration) error {
	select {
	case l.slots <- struct{}{}:
		l.running.Add(1)
		return nil
	default:
	}
	if l.queued.Add(1) > l.maxQueue {
		l.queued.Add(-1)
		return errQueueFull
	}
	defer l.queued.Add(-1)
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		l.running.Add(1)
		return nil
	case <-t.C:
		return errQueueTimeout
	case <-ctx.Done():
		return errClientGone
	}
}

func (l *limiter) release() {
	l.running.Add(-1)
	<-l.slots
}
