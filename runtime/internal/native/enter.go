package native

import _ "unsafe" // go:linkname

// entersyscall/exitsyscall are pulled from the Go runtime (allowed by
// go.dev/issue/67401: "Do not remove or change the type signature"). While a
// goroutine is between them it is in _Gsyscall: STW and the GC do not wait
// for it and scan its stack only from the syscall SP, so generated code may
// run for as long as it likes. Only nosplit code may run in between.

//go:linkname entersyscall runtime.entersyscall
func entersyscall()

//go:linkname exitsyscall runtime.exitsyscall
func exitsyscall()

// runNative is the assembly trampoline (asm_*.s): it runs fn on the native
// stack, or continues the code suspended by a host exit or a yield if fn is
// 0, until the code exits. It serves the host exits of a Context with
// Preempt set itself, through hostCallback. Called directly (no
// bracket) only when ctx.Preempt is set: the goroutine stays _Grunning, so
// a stop-the-world or a stack scan waits for it until it yields at a poll
// (preempt.go).
func runNative(c *Context, ctx *ExecCtx, fn uintptr)

// enterSys runs fn on the native stack, bracketed as a system call.
// entersyscall and exitsyscall must be called from the same frame.
//
//go:nosplit
//go:norace
func enterSys(c *Context, ctx *ExecCtx, fn uintptr) {
	entersyscall()
	runNative(c, ctx, fn)
	exitsyscall()
}

// resumeSys continues native code suspended by a host exit.
//
//go:nosplit
//go:norace
func resumeSys(c *Context, ctx *ExecCtx) {
	entersyscall()
	runNative(c, ctx, 0)
	exitsyscall()
}
