package native

import "github.com/kilnwasm/kiln/runtime/internal/vmem"

// callTop is Context.Call, with its common case in assembly (asm_*.s).
func callTop(c *Context, entry uintptr, stack []uint64) error

// callSlow is Context.Call for the calls callTop leaves to Go.
func callSlow(c *Context, entry uintptr, stack []uint64) error {
	return c.call(entry, stack, true)
}

// finishTop finishes a call that callTop started and that exited to Go
// (a trap, a yield, a failed host call): it serves the exits until the
// code returns or traps.
func finishTop(c *Context, stack []uint64) error {
	err := c.exits()
	c.depth.Add(-1)
	if err == nil {
		args := c.x.Args
		for i := range stack {
			stack[i] = *(*uint64)(vmem.Ptr(args + uintptr(i)*8))
		}
	}
	return err
}
