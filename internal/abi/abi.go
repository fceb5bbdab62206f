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
//
// 5: linear memories have MemPreGuard inaccessible bytes below their
// base and at most MaxMemoryPages pages; amd64 code folds x - c (c up to
// MaxNegDisp) into an access's displacement.
//
// 6: the entry poll of a function with a stack check is folded into the
// check (see ExecStackFloor); ExecCtx grew by 8 bytes.
//
// 7: no loop polls; the runtime interrupts generated code at any
// instruction.
//
// 8: amd64 memmove clobbers X6 and X7 too (it holds a copy's first and
// last bytes there while its aligned loop runs).
//
// 9: a table element is {Ref, Code} (TableEntrySize): a funcref table
// holds the descriptor's code beside its address, so that call_indirect
// loads its target with one load from the table rather than two.
//
// 10: call_indirect also checks that the element's code is its
// descriptor's (an element read while another thread writes it).
//
// 11: in a module whose references are all its own functions
// (Layout.LocalFuncRefs), a funcref element's second word packs the callee's
// type id and code offset (TableEntryPacked); call_indirect reads only it.
//
// 12: the packed word is code offset << 32 | the module's own key of the
// callee's type (wasm.TypeKeys, DescTypeKey), which call_indirect compares
// with a constant; the code base is in the table's header (TableCodeBase),
// no longer in the VMCtx.
const Version = 12

// Linear memory layout that generated code relies on. A memory is
// reserved with MemPreGuard inaccessible bytes below its base (and 8 GiB
// plus a guard above it), and never exceeds MaxMemoryPages pages (65535:
// memory.grow to 65536 returns -1, which Wasm allows), so that every
// address from 2^32 - 64 KiB up is out of bounds. Then an access at the
// i32 address x - c with no static offset, 0 < c <= MaxNegDisp, may be
// made at membase + zext(x) - c: when x - c does not wrap it is the same
// address, and when it wraps, Wasm's address (2^32 + x - c) is out of
// bounds and so is membase + x - c, in the pre-guard, whatever the
// access's width. And once an access at x has not trapped, x is below
// 2^32 - 64 KiB, so x + c (c <= 64 KiB) does not wrap: a later access at
// x + c may be made at membase + zext(x) + c (isel.AddressBound).
const (
	MemPreGuard    = 64 << 10
	MaxNegDisp     = 32 << 10
	MaxMemoryPages = 1<<16 - 1
)
