package abi

// ExecCtx field offsets. The execution context is the pointer-free block
// that generated code keeps in the pinned context register (amd64 R15,
// arm64 X19); runtime/internal/native defines the struct and a test checks every
// offset against it.
const (
	ExecGoSP       = 0   // Go SP to restore on every exit
	ExecGoFP       = 8   // Go frame pointer
	ExecGoLR       = 16  // Go link register (arm64)
	ExecStackTop   = 24  // SP the entry trampoline switches to
	ExecStackLimit = 32  // lowest SP a prologue may allocate down to without its slow path: StackFloor, or ^0 while an interrupt is pending
	ExecExitCode   = 40  // why native code returned to Go
	ExecMemBase    = 48  // base of linear memory 0, loaded on every entry
	ExecMemSize    = 56  // accessible bytes of memory 0
	ExecArgs       = 64  // the current activation's uint64 argument/result slots
	ExecResumeSP   = 72  // host exit: native SP at the call
	ExecResumePC   = 80  // host exit: continuation (arm64)
	ExecResumeFP   = 88  // host exit: frame pointer to restore
	ExecHostIndex  = 96  // host exit: builtin or host import number
	ExecHostArgs   = 104 // host exit: address of the uint64 slots
	ExecHostSlots  = 112 // host exit: number of slots
	ExecTrapCode   = 120 // explicit trap: the TrapCode
	ExecTrapSig    = 128 // fault: signal number
	ExecTrapAddr   = 136 // fault: si_addr
	ExecTrapPC     = 144 // faulting PC, or the return address of the stub call
	ExecTrapSiCode = 152 // fault: si_code
	ExecTrapSP     = 160 // SP at the fault or stub call
	ExecTrapFP     = 168 // frame pointer at the fault or stub call
	ExecInterrupt  = 176 // uint32: nonzero sends generated code into RoutinePoll at its next poll
	ExecVMCtx      = 184 // the running instance's VMCtx block
	ExecScratch    = 192 // 4 x uint64 free for generated code
	ExecRoutines   = 224 // NumRoutines addresses: routine r at ExecRoutines + 8*r
	ExecStackFloor = 248 // lowest SP a prologue may allocate down to (after the NumRoutines routines)
	ExecCtxSize    = 256
)

// The entry poll rides on the stack check. Whoever sets a bit in
// ExecCtx.Interrupt then stores ^0 in ExecCtx.StackLimit, so that every
// prologue's check (SP - frame < StackLimit) fails into its slow path,
// which polls (RoutinePoll) if Interrupt is set and otherwise compares
// with StackFloor, the real limit, before raising "call stack exhausted".
// Whoever clears Interrupt stores StackFloor back in StackLimit and then,
// if Interrupt is set again, ^0: a race can leave ^0 behind with
// Interrupt clear (only a slower prologue), never the real limit with
// Interrupt set. Functions without a stack check keep an explicit poll.
//
// Loops do not poll: the runtime interrupts generated code at any
// instruction. A signal sent to its thread stops it there with trap
// "interrupted", or suspends it there for the Go scheduler and resumes it
// with every register and the flags as they were; so generated code keeps
// nothing below SP and the context register valid throughout.

// Bits of ExecCtx.Interrupt. InterruptYield alone asks generated code to
// let the Go scheduler in (RoutinePoll suspends and returns); any other bit
// makes it trap "interrupted".
const (
	InterruptStop  = 1
	InterruptYield = 2
)

// Fixed VMCtx fields: the start of every instance's data block.
const (
	VMCtxMemBase    = 0  // base of memory 0 (0 without memory)
	VMCtxMemSize    = 8  // accessible bytes of memory 0
	VMCtxMemMax     = 16 // byte limit for memory.grow
	VMCtxInstanceID = 24 // the runtime's id of the instance, for host calls
	vmctxFixed      = 32
)

// Table headers {Base, Len, Max, CodeBase}, wherever they live: Len
// counts elements; CodeBase is the address of the owner module's code in
// a table of packed elements (TableEntryPacked), else 0.
const (
	TableBase       = 0
	TableLen        = 8
	TableMax        = 16
	TableCodeBase   = 24
	TableHeaderSize = 32
)

// Table elements {Ref, Code}: the reference (a funcref is a descriptor's
// address, an externref a host handle, 0 null) and, in a funcref table,
// its descriptor's Code (0 for null and in an externref table). The copy
// of Code saves call_indirect a load on the path to its target: the
// descriptor's TypeID and VMCtx, which the call waits for less, are still
// read through Ref. Base is the address of element 0.
//
// In a module whose function references are all its own
// (Layout.LocalFuncRefs), the second word is packed instead: the callee's
// code offset from the module's code base (the table's TableCodeBase) in
// the high half and its type's key in the module (DescTypeKey) in the low
// half, 0 for null (keys start at 1). call_indirect then checks and calls
// from that one word, which cannot be torn, and needs no descriptor: the
// key is known when the module is compiled, a constant to compare with.
const (
	TableEntryRef    = 0
	TableEntryCode   = 8
	TableEntryPacked = 8
	TableEntrySize   = 16
)

// Function descriptors {Code, VMCtx, TypeID, Shim}: a funcref is the
// address of one. TypeID is 32 bits; in a module of LocalFuncRefs shape,
// the 32 after it (DescTypeKey) hold a defined function's type key in the
// module (wasm.TypeKeys), for the packed table elements.
const (
	DescCode       = 0
	DescVMCtx      = 8
	DescTypeID     = 16
	DescTypeKey    = DescTypeID + 4 // the high half of TypeID's word
	DescShim       = 24             // entry shim for calls from the host (0: a host function)
	DescriptorSize = 32
)

// ModuleShape is what the VMCtx layout depends on: counts from the module,
// so the layout (and the code that bakes it in) is the same in any process.
type ModuleShape struct {
	NumImportedGlobals uint32
	// GlobalIsV128[i] says whether defined global i (after the imported
	// ones) holds a v128.
	GlobalIsV128     []bool
	NumTables        uint32
	NumImportedFuncs uint32
	NumTypes         uint32
	NumFuncs         uint32 // imported and defined
	// LocalFuncRefs: every function reference the module can hold is
	// null or one of its own functions (the module's tables are its own
	// and hold packed elements; see TableEntryPacked).
	LocalFuncRefs bool
}

// Layout places an instance's data in its VMCtx block (see backend/ABI.md).
type Layout struct {
	// Globals[i] is the offset of global i's slot: its value for a defined
	// global, a pointer to the exporter's slot for an imported one.
	Globals []uint32
	// Tables[i] is the offset of the pointer to table i's header.
	Tables []uint32
	// ImportedFuncs[i] is the offset of the {Code, VMCtx} pair of imported
	// function i.
	ImportedFuncs []uint32
	// TypeIDs is the offset of the uint32 canonical type ids, one per type.
	TypeIDs uint32
	// Descriptors is the offset of the function descriptors, one per
	// function of the index space.
	Descriptors uint32
	// LocalFuncRefs is the shape's: the module's tables hold packed
	// elements.
	LocalFuncRefs bool
	// Size is the size of the block.
	Size uint32
	// NumImportedGlobals is how many of Globals hold pointers.
	NumImportedGlobals uint32
}

// NewLayout computes the layout for a module of shape s.
func NewLayout(s ModuleShape) *Layout {
	l := &Layout{NumImportedGlobals: s.NumImportedGlobals, LocalFuncRefs: s.LocalFuncRefs}
	off := uint32(vmctxFixed)
	align := func(n uint32) { off = (off + n - 1) &^ (n - 1) }
	for i := uint32(0); i < s.NumImportedGlobals; i++ {
		l.Globals = append(l.Globals, off)
		off += 8
	}
	for _, v128 := range s.GlobalIsV128 {
		size := uint32(8)
		if v128 {
			align(16)
			size = 16
		}
		l.Globals = append(l.Globals, off)
		off += size
	}
	align(8)
	for i := uint32(0); i < s.NumTables; i++ {
		l.Tables = append(l.Tables, off)
		off += 8
	}
	for i := uint32(0); i < s.NumImportedFuncs; i++ {
		l.ImportedFuncs = append(l.ImportedFuncs, off)
		off += 16
	}
	l.TypeIDs = off
	off += 4 * s.NumTypes
	align(8)
	l.Descriptors = off
	off += DescriptorSize * s.NumFuncs
	align(16)
	l.Size = off
	return l
}

// GlobalImported reports whether global idx is imported (its slot holds a
// pointer to the exporter's).
func (l *Layout) GlobalImported(idx uint32) bool { return idx < l.NumImportedGlobals }

// Descriptor returns the offset of function idx's descriptor.
func (l *Layout) Descriptor(idx uint32) uint32 { return l.Descriptors + DescriptorSize*idx }
