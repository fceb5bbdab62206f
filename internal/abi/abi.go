// Package abi is the contract between the code Kiln's backends generate and
// the runtime that loads and runs it: trap codes, the layout of the
// execution context (ExecCtx) and of an instance's data (VMCtx), builtin and
// host-import numbering, runtime stubs, module thunks and the routines
// generated code calls directly, relocation kinds, architectures and the
// CPU features code may rely on.
//
// Everything here is baked into compiled code, so Version changes whenever
// any of it does: a compiled artifact records the version it was made for
// and is refused by a runtime with another.
//
// The package is a leaf: it imports nothing from Kiln, so the compiler, the
// backends, the interpreter and the runtime can all depend on it.
package abi

// Version is the ABI version. Bump it with every change to this package
// that alters what generated code or compiled artifacts contain.
//
// 3: memory.copy and memory.fill call the runtime's memmove and memfill
// routines through ExecCtx (ExecRoutines) instead of exiting to the host;
// their builtins are gone (memory.init and the others renumbered) and
// ExecCtx grew by 16 bytes.
//
// 4: a poll that finds ExecCtx.Interrupt set calls RoutinePoll (which
// traps "interrupted" or suspends to the host and returns) instead of
// raising the trap itself; ExecCtx grew by 8 bytes.
const Version = 4
