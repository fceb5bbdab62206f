package serve

import (
	"context"
	"sync"

	"github.com/kilnwasm/kiln"
)

// instPool keeps a route's instances that served a request and ended
// normally, reset to their initial state (kiln.Instance.Reset), for the
// next requests: a reset costs a fraction of an instantiation and a close
// (no linking, exports map, registration, allocations), and what the
// request left in the instance (memory, globals, tables, growth) is gone
// before the instance waits in the pool. An instance that trapped, timed
// out or was interrupted is closed instead.
type instPool struct {
	mu     sync.Mutex
	idle   []*pooled // most recently used last: its pages are warm
	max    int
	closed bool
	m      *metrics
}

// pooled is an instance with its entry point.
type pooled struct {
	inst  *kiln.Instance
	start *kiln.Function
}

// newInstPool returns a pool for mod's instances, or nil if mod cannot be
// reset as a whole: it imports a memory, table or global (state it shares
// with their exporter), or has a start function (which ran with the first
// request's context: the WASI state of its request).
func newInstPool(mod *kiln.Module, max int, m *metrics) *instPool {
	if _, ok := mod.StartFunction(); ok {
		return nil
	}
	for _, imp := range mod.Imports() {
		if imp.Type.Kind != kiln.ExternFunc {
			return nil
		}
	}
	return &instPool{max: max, m: m}
}

// get returns an idle instance, or nil.
func (p *instPool) get() *pooled {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.idle)
	if n == 0 {
		return nil
	}
	e := p.idle[n-1]
	p.idle[n-1] = nil
	p.idle = p.idle[:n-1]
	p.m.idle.Add(-1)
	return e
}

// put resets e and keeps it, or closes it (no pool, a full or closed
// pool, a failed reset). It reports whether e was kept.
func (p *instPool) put(e *pooled) bool {
	if p != nil && e.inst.Reset(context.Background()) == nil {
		p.mu.Lock()
		if !p.closed && len(p.idle) < p.max {
			p.idle = append(p.idle, e)
			p.m.idle.Add(1)
			p.mu.Unlock()
			return true
		}
		p.mu.Unlock()
	}
	e.inst.Close()
	return false
}

// close closes the idle instances; those put back afterwards are closed.
func (p *instPool) close() {
	if p == nil {
		return
	}
	p.mu.Lock()
	idle := p.idle
	p.idle, p.closed = nil, true
	p.m.idle.Add(-int64(len(idle)))
	p.mu.Unlock()
	for _, e := range idle {
		e.inst.Close()
	}
}
