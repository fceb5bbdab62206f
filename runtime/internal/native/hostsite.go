package native

import (
	"runtime"

	"github.com/kilnwasm/kiln/runtime/internal/vmem"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// HostCallTrap returns a trap with the given code located at the host call
// in progress: Func, Offset (a native offset) and Frames name the generated
// function that made the host exit and its callers, as for a trap raised
// in generated code. It is for runtime services performed in Go on behalf
// of generated code (memory.fill, memory.copy, table.init, ...) and for
// host functions (a WASI call that was interrupted) that trap.
// Outside a host call it returns a trap without a location.
func (c *Context) HostCallTrap(code trap.Code) *trap.Trap {
	x := c.x
	t := &trap.Trap{Code: code, Func: trap.NoFunc}
	if c.depth.Load() == 0 || x.ExitCode != ExitHostCall {
		return t
	}
	// The host-exit stub is entered by a call (directly or through a module
	// thunk that jumps to it): its return address is in the function that
	// performs the host call. amd64 leaves it at ResumeSP, arm64 saves LR
	// in ResumePC.
	pc := x.ResumePC
	if runtime.GOARCH == "amd64" {
		sp := x.ResumeSP
		if sp < c.stackLo || sp+8 > c.stackHi {
			return t
		}
		pc = *(*uintptr)(vmem.Ptr(sp))
	}
	if pc == 0 {
		return t
	}
	fp := x.ResumeFP
	c.locate(t, pc-1)
	if t.Func == trap.NoFunc {
		// An import bound to a Go function is called through its host
		// thunk, which is no function of the module but has a frame of its
		// own: the function that called the import is one frame up.
		if fp < c.stackLo || fp+16 > c.stackHi || fp&7 != 0 {
			return t
		}
		pc = *(*uintptr)(vmem.Ptr(fp + 8))
		fp = *(*uintptr)(vmem.Ptr(fp))
		c.locate(t, pc-1)
	}
	t.PC = pc
	c.backtrace(t, fp)
	return t
}
