package kiln

import (
	"context"

	"github.com/kilnwasm/kiln/runtime/instance"
)

// ErrNotResettable is wrapped by the error of Reset on an instance that
// imports a memory, table or global, or that is in use.
var ErrNotResettable = instance.ErrNotResettable

// Reset returns the instance to the state Instantiate left it in, so that
// it can serve as a new instance without paying for one (kiln serve runs
// each request in a reset instance): memory 0's contents and size, the
// globals, the tables and the dropped segments are put back, and the
// start function, if any, runs again with ctx. Handles obtained from the
// instance stay valid, but the memory may move: a slice from Memory.View
// taken before Reset must not be used after it. Only an instance that
// imports no memory, table or global can be reset, and only while none of
// its functions is running and no open instance imports from it
// (ErrNotResettable otherwise, nothing changed); no call may start while
// it runs. If resetting fails after that, the instance is closed.
func (i *Instance) Reset(ctx context.Context) error { return i.inst.Reset(ctx) }
