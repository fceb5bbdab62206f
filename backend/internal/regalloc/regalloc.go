// Package regalloc is Kiln's register allocator, shared by the amd64 and
// arm64 backends: linear scan over live intervals with interval splitting
// (after Wimmer and Mössenböck, "Optimized Interval Splitting in a Linear
// Scan Register Allocator"), move coalescing through register hints, and
// spill slots shared by virtual registers whose spilled lifetimes do not
// overlap.
//
// # Algorithm
//
// Instruction i owns four positions: 4i is the gap before it (where the
// allocator's moves go), 4i+1 reads its Use and Mod operands, 4i+2 is
// where its Clobbers take effect and 4i+3 writes its Def and Mod operands.
// A value read by instruction i and dead afterwards ends at 4i+2, so a
// Def of the same instruction may take its register; a value live across
// a call covers 4i+2 and therefore cannot sit in a clobbered register,
// while the call's own operands can. Splits happen only at gaps, so an
// operand never changes location within its instruction.
//
//  1. Liveness: each virtual register read in a block before any
//     definition there (a global) is walked back from those blocks
//     through the predecessors that do not define it; globals read first
//     and defined in the same blocks share a walk. The walk crosses a
//     region of the layout that only its first block enters and whose
//     blocks all lead forward to its last (a run of if-then merges, say)
//     in one step when it holds no definition of the value. Each group's
//     live-in and live-out blocks are kept as runs of consecutive
//     blocks: many values live across many blocks take a few runs each,
//     however they interleave, not an entry per block per value.
//  2. Intervals: one per virtual register (a list of ranges and the
//     positions that need a register); allocatable physical registers get
//     fixed ranges from their precolored operands and from Clobbers. A
//     value live out of consecutive blocks gets one range across them,
//     touched only where it enters or leaves the live-out set or is
//     defined.
//  3. Linear scan in order of start position. An interval takes a free
//     register (its hint first: the register of the other side of a move,
//     or of the block argument/parameter it is passed to or from; for a
//     parameter, the register most of those hold, where a loop's back
//     edge from the parameter's own block counts as all its edges in; a
//     value passed to such a latch's parameter, which the scan reaches
//     later, takes the loop's register as its hint), is
//     split where that register stops being free, or, when every register
//     is taken, either spills itself until its next use or evicts the
//     interval whose next use is furthest (second chance: the evicted
//     part is spilled and split again before its next use, which gets a
//     register like any other interval). Loops are taken from the layout
//     (a branch back to an earlier block closes a loop over the blocks
//     between, which instruction selection keeps contiguous), and splits
//     move out of them: a split, a spill or a reload goes to the entry of
//     the outermost loop in which the value is not used (a reload that
//     finds no register there is tried one loop deeper, a few times, then
//     at the innermost loop's entry, then at the use), and a value that
//     a loop reads and keeps around its back edge counts as used again at
//     the loop's end when the scan picks what to evict. A loop with a
//     call is different: a value live around it that can have a register
//     only up to the call is spilled at the loop's entry, not at the
//     call, and reloads stay inside such loops; a register from the
//     loop's entry to the call would be reloaded on every back edge,
//     whether or not the iteration uses the value. A spill ends early,
//     before its next use, at a block entered only from where the value
//     was still in its register (the next arm of a branch whose first
//     arm makes the call): from there the value keeps that register if
//     it is free. So does a piece that took another register from a
//     call on (one the call preserves).
//  4. Resolution: moves between consecutive pieces of a split interval
//     inside a block; at each CFG edge, moves for values whose location
//     differs between the predecessor's end and the successor's start
//     (found among the split values in registers at either end, or among
//     the block's split live-in values, whichever are fewer: in its slot
//     at both ends, a value needs no move), and moves
//     from arguments to parameters. A spilled value with a
//     single definition (not a block parameter), or defined and then
//     modified in place within one block (a two-address operation), is
//     stored once right after its last definition and never again,
//     unless that would put the store in a loop the value leaves before
//     it is spilled; other values are stored whenever they go from a
//     register to the stack.
//  5. Spill slots: one per spilled virtual register, assigned by a second
//     linear scan over the hull of the positions where that register's
//     slot is live (its spilled pieces and slot moves; from the store on
//     when stored at the definition), so registers spilled in disjoint
//     regions share slots. Before that, a block argument and its
//     parameter that an edge would move into the parameter's slot share
//     one slot when their hulls allow (see mergeSlots): a value carried
//     around a loop with a call then stays in one slot instead of moving
//     to another on every back edge.
//
// Check executes an allocation symbolically and reports any read of a
// register or slot that does not hold the value the program expects; the
// tests run it on every allocation they make.
//
// # Contract with the emitter
//
//   - OpLocs gives a physical register for every operand. A move
//     instruction (Inst.IsMove) whose two operands got the same register
//     is a no-op: the emitter must skip it (that is how coalesced moves
//     disappear).
//   - Edits are register/register, register/slot and slot/register moves,
//     sorted by Before, to be emitted in order right before instruction
//     Before. All moves at one point are already sequenced: cycles are
//     broken and slot-to-slot moves are routed through the class's scratch
//     register (RegInfo.Scratch), so Edits never move slot to slot and the
//     emitter needs no scratch of its own for them. A cycle made only of
//     slots goes through one extra parking slot (counted in NumSlots).
//   - Edit.From/To carry the class of the value moved; a slot holds 8
//     bytes of either class.
//   - Scratch registers and registers outside RegInfo.Allocatable are
//     never assigned. Precolored operands naming them are passed through
//     untouched and not tracked, so instruction selection must not keep a
//     value in a scratch register across instructions.
//
// # Input requirements (errors otherwise)
//
//   - Every block has at least one instruction; its last one is the
//     branch. Edge moves go before the last instruction of a predecessor
//     with one successor whose last instruction has no operands and no
//     clobbers (a plain jump), otherwise before the first instruction of
//     the successor if it has a single predecessor, otherwise (a critical
//     edge) in a stub of the edge's own (mach.Allocation.Stubs), which the
//     emitter places and the edge's branch goes through.
//   - Block parameters and arguments are virtual registers.
//   - An allocatable physical register is live only within a block, from
//     its Def to its Uses, except in an entry block without predecessors,
//     where a Use before any Def reads the function's incoming value.
//   - No virtual register is live into the entry block (used before any
//     definition on some path).
//   - No instruction needs more registers of a class at once than there
//     are allocatable ones.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package regalloc

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/room"
)

const (
	posUse     = 1
	posClobber = 2
	posDef     = 3
	maxPos     = math.MaxInt32
	noIv       = -1
)

// floor4 rounds a position down to the gap before its instruction.
func floor4(p int32) int32 { return p &^ 3 }

type lrange struct{ from, to int32 } // [from, to)

// interval is a virtual register's lifetime or, after splitting, one piece
// of it. Every interval owns its slices, or a part of a buffer that no
// other interval uses (see split), so they can be recycled across
// functions without aliasing.
type interval struct {
	ranges []lrange // sorted, disjoint
	uses   []int32  // sorted positions that need a register
	// from and to bound ranges (ranges[0].from, the last range's to):
	// the scan and resolution test them far more often than the ranges.
	from, to int32
	vreg     mach.Reg
	next     int32 // next piece of the same vreg in position order, or noIv
	cur      int32 // index of the first range not ending before the scan position
	reg      mach.Reg
	hasReg   bool
	class    mach.Class
	spilled  bool
	hoists   uint8 // see splitForReload
	// side: the piece starts at a side entry (see sideEntry), where the
	// value is in sideReg: it takes sideReg if free, else, after a
	// spill (sideFromSlot), none, and after a piece in another register
	// (sideFromReg), one as usual.
	side    uint8
	sideReg mach.Reg
	// While buildIntervals runs: the end of the value's open range (it
	// has been live out of every block since), or 0 (a block's end is
	// never 0). Its first piece's only.
	open int32
}

func (iv *interval) start() int32 { return iv.from }
func (iv *interval) end() int32   { return iv.to }

// setHull caches the bounds of ranges once they are final.
func (iv *interval) setHull() {
	iv.from, iv.to = iv.ranges[0].from, iv.ranges[len(iv.ranges)-1].to
}

type hint struct {
	partner    mach.Reg // virtual or physical
	myPos      int32    // where this vreg meets the partner
	partnerPos int32
}

// noRecover lets tests see the stack of an internal panic.
var noRecover = false

// Allocator holds buffers reused from one function to the next; it is not
// safe for concurrent use (use one per goroutine).
type Allocator struct {
	f  *mach.Func
	ri *mach.RegInfo
	nv int

	allocatable mach.RegSet
	classRegs   []mach.RegSet // per class: its allocatable registers
	blockStart  []bool        // per instruction: first of its block
	paramOf     []int32       // per vreg: 1 + the block it is a parameter of, or 0
	backTo      []mach.Reg    // per vreg: the loop's parameter its block passes it back to, or 0 (see hintReg)
	lastReg     []mach.Reg    // per vreg: the register its last piece given one got (noReg: none yet)
	lastPiece   []int32       // per vreg: that piece (noIv: none yet)
	instBlock   []int32       // per instruction: its block
	depth       []int32       // per block: loop depth
	loopLast    []int32       // per block: the last block of the loop it heads, or -1
	loopOf      []int32       // per block: the first block of the innermost loop around it, or -1
	loopParent  []int32       // per loop header: the header of the loop around its loop, or -1
	loopCalls   []mach.RegSet // per loop header: what the calls in its loop clobber (buildIntervals)
	loopStack   []loopShape
	headers     []int32 // the loop headers, in order
	// Per loop header: the nearest loop around it or itself that liveness
	// takes whole, or -1; those loops, each a child of the nearest such
	// loop around all its blocks.
	loopUp   []int32
	loopTree jumpTree
	loopSeen []int32 // per loop header: 1 + the last group propagate took the loop whole for
	// Predecessors, as dense lists for liveness: block b's are
	// preds[predOff[b]:predOff[b+1]].
	predOff, preds []int32
	// Per block: the earliest and the latest end position of a
	// predecessor (maxPos and -1 without one), for resolve.
	predLo, predHi []int32
	// Per block b: the first block from b on entered only from blocks
	// before it, not from the one right before it (an arm of a branch
	// laid out after another), or -1 (see sideEntry).
	sideNext []int32

	// Liveness.
	gid     []int32    // per vreg: index in globals, or -1
	globals []mach.Reg // vregs live into some block
	// Liveness is kept by group of globals (consecutive globals read
	// first in the same blocks and defined in the same blocks, which are
	// live in the same blocks: values made and used together), as runs
	// of blocks in layout order: group k (globals groups[k]) is live into
	// the blocks of liveIn[liveInOff[k]:liveInOff[k+1]] and out of those
	// of liveOut[liveOutOff[k]:liveOutOff[k+1]], sorted and disjoint. A
	// value is usually live over a few stretches of consecutive blocks,
	// whatever else is live there: the sets of n values each live across
	// n blocks take about n runs, not n*n entries, however the values
	// interleave.
	groupOf               []int32  // per global: its group
	groups                []gidRun // per group: its globals
	liveInOff, liveOutOff []int32
	liveIn, liveOut       []blockSpan
	// The chains of propagate: per block, the entry of a region ending
	// there (see regions) as its parent.
	chains       jumpTree
	steps        []uint8     // per block: how propagate's walks cross it (stepBlock...)
	liTmp, loTmp []blockSpan // scratch: a group's runs as found
	cover        []int32     // scratch for appendSpans
	holes        []int32     // buildIntervals: the globals the block after closed at a definition
	// buildIntervals: the groups whose stretches of blocks live out end
	// and start at each block (spanEnds).
	opens, closes keyLists
	genOff        []int32 // per block: gen[genOff[b]:genOff[b+1]] (gids)
	gen           []int32
	killOff       []int32
	kill          []int32
	defs          []mach.Reg // scratch: vregs defined in the current block
	defSpans      []defSpan  // per block, into defs
	stamp         []int32    // per vreg: whether the current block defined or read it (see liveness)
	// Scratch for propagate: per global, the blocks that read it before
	// any definition (genB) and that define it (killB), in order.
	genB, killB keyLists
	mark        []int32
	work        []int32

	// Intervals.
	ivs       []interval
	ivOf      []int32 // per vreg: first piece
	fixed     [][]lrange
	fcur      []int32
	fixedDue  []int32 // per class: no fcur of its registers moves before this position
	fixedFrom []int32 // per class: the earliest start of its registers' ranges at fcur
	fixNext   []int32 // per physical register: the start of its range at fcur, or maxPos
	pending   []int32 // per physical register: end of its open fixed range
	hintOff   []int32 // per vreg: its hints are hints[hintOff[v]:hintOff[v+1]]
	edgeOff   []int32 // per vreg: how many of its hints are a parameter's from edges into its block, then where the next goes
	hints     []hint
	unhandled []int32 // parents, sorted by start
	later     []int32 // scratch for the sort of unhandled
	starts    []int32 // scratch: per parent, its start (for the sort)
	uIdx      int
	heap      []uint64 // split children, min-heap on startKey
	active    []activeEnt
	inactive  inactiveSet
	evict     []inactiveEnt
	// Per register: 0 if it is in takenRegs, else maxPos, between calls
	// of tryFree, which brings takenRegs up to date with activeRegs for a
	// class (few registers change hands from one interval to the next:
	// that costs less than building freeUntil anew), lowers the entries
	// of some free registers and restores them.
	freeUntil [64]int32
	takenRegs uint64
	usePos    [64]int32
	blockPos  [64]int32
	// The registers of the active intervals (see checkActive): activate
	// adds one, the scan's filter of active takes out those it drops, and
	// an eviction leaves it, as the evicting interval takes the register.
	activeRegs uint64
	// Per register: where a value starts that a loop parameter holding
	// the register wants in it (the value its back edge passes, defined
	// later in the loop), for the registers in wantedRegs. tryFree keeps
	// other values that would still hold the register there out of it,
	// if it can.
	wantedAt   [64]int32
	wantedRegs uint64

	// Resolution.
	moveInsts    []int32     // the IsMove instructions with two operands (liveness finds them, for Stats)
	clobbers     mach.RegSet // the union of the instructions' Clobbers (from buildIntervals)
	pendingSet   uint64      // buildIntervals: the registers whose pending entry is set
	moves        []pmove
	slotLo       []int32
	slotHi       []int32
	slotOf       []int32
	order        []int32      // scratch: intervals by start offset (buildIntervals); spilled vregs (resolve, assignSlots)
	wholeReg     []int8       // per register: a physical one itself; a vreg its register when it has one piece and a register, else -1
	splitOps     []int32      // scratch for opLocs: the operands of values not in wholeReg
	cursors      []cursor     // per vreg: the cursor of operand locations and pieceAt
	sweep        int32        // the current sweep of the cursors (startSweep)
	splitAt      []int32      // per global: its piece where resolve's sweep stands, or noIv if not split
	splitG       []int32      // the globals split in pieces
	holders      []holder     // the ranges in registers of the split values' pieces, by register (holderOff) and start (if byReg)
	holderOff    [65]int32    // holders[holderOff[r]:holderOff[r+1]] are register r's
	holderNext   [64]int32    // scratch for sortHolders
	holderRegs   uint64       // the registers with holders
	byReg        bool         // holders are this function's (resolve sorts them when a block first needs them)
	cand         []int32      // scratch: the split globals that may need moves into a block
	liveCount    []int32      // per block: the number of values live into it (if any is split)
	liveSplit    []int32      // the split globals live into the block at hand (stepLiveSplit)
	liveSplitAt  []int32      // per split global in liveSplit: its index there
	enter, leave keyLists     // per block: the split globals whose stretches of blocks live in start there, and end just before
	edgeIn       []edgeVal    // per block: the split values live at its start, and their pieces there
	edgeInOff    []int32      // per block: its first in edgeIn
	edgeTo       []paramPiece // per block: its live parameters and their pieces (edge moves)
	edgeToOff    []int32      // per block: its first in edgeTo
	bucket       []int32
	sorted       []pmove
	defAt        []int32  // per spilled vreg stored once: its last definition (a parameter: its block's first instruction, before which it is stored); other spilled vregs: <0; other vregs: resolve's scratch
	seqBuf       seqState // its edits are out's
	out          mach.Allocation

	// Scratch for mergeSlots and assignSlots.
	slotArgs               []slotArg // the slot-to-slot argument moves that may merge
	slotRoot               []int32   // per location: its slot class's parent, or -1 for a root
	slotHead, slotCount    []int32   // per class root: its writes (slotArg list) and their number
	stubIdx                []int32   // scratch for dropEmptyStubs: per stub, its new index or -1
	slotBusy               []uint64
	slotFree, slotFreeWide []int32

	stats Stats
}

// Stats are figures about the last allocation, for tests and tuning.
type Stats struct {
	Intervals      int // virtual registers with a live range
	Splits         int
	SpilledVRegs   int // virtual registers with at least one piece in a slot
	Stores, Loads  int // register-to-slot and slot-to-register edits
	RegMoves       int // register-to-register edits
	MovesCoalesced int // IsMove instructions whose operands share a register
	MovesKept      int
	Stubs          int // critical edges given a stub for their moves
	Consts         int // constant arguments moved into their parameters' locations
	Cycles         int // parallel-move cycles broken through a scratch register
	SlotCycles     int // ... through the parking slot
}

// NewAllocator returns an Allocator whose buffers grow to fit the largest
// function it has seen and are reused from one call to the next.
func NewAllocator() *Allocator { return &Allocator{} }

// Stats returns figures about the last successful allocation.
func (a *Allocator) Stats() Stats { return a.stats }

// Allocate allocates registers for f with a fresh Allocator.
func Allocate(f *mach.Func, ri *mach.RegInfo) (*mach.Allocation, error) {
	var a Allocator
	return a.Allocate(f, ri)
}

// Allocate allocates registers for f. The result is the Allocator's: it
// is valid until the next call, which reuses its memory.
func (a *Allocator) Allocate(f *mach.Func, ri *mach.RegInfo) (alloc *mach.Allocation, err error) {
	// Allocation is full of index arithmetic on caller-supplied data;
	// turn any slip on malformed input into an error rather than a crash.
	defer func() {
		if noRecover {
			return
		}
		if r := recover(); r != nil {
			alloc, err = nil, fmt.Errorf("regalloc: internal error: %v", r)
		}
	}()
	a.f, a.ri = f, ri
	a.stats = Stats{}
	if err := a.validate(); err != nil {
		return nil, err
	}
	if err := a.liveness(); err != nil {
		return nil, err
	}
	if err := a.buildIntervals(); err != nil {
		return nil, err
	}
	if err := a.linearScan(); err != nil {
		return nil, err
	}
	alloc, err = a.resolve()
	if len(f.Insts) > keepInsts && alloc != nil {
		// A huge function's scratch is not kept for the next one: it
		// would stay in the heap while the emitter needs room. The
		// result, a field of a, is copied out first.
		out := *alloc
		*a = Allocator{stats: a.stats}
		return &out, err
	}
	a.f, a.ri = nil, nil
	return alloc, err
}

// keepInsts is the number of instructions beyond which Allocate does not
// keep its memory for the next function.
const keepInsts = 1 << 16

func (a *Allocator) validate() error {
	f, ri := a.f, a.ri
	if f == nil || ri == nil {
		return errors.New("regalloc: nil function or register info")
	}
	if f.NumRegs != ri.NumRegs || ri.NumRegs > 64 || len(ri.ClassOf) < int(ri.NumRegs) {
		return fmt.Errorf("regalloc: register info for %d registers does not fit the function's %d", ri.NumRegs, f.NumRegs)
	}
	if len(f.Blocks) == 0 {
		return errors.New("regalloc: function has no blocks")
	}
	a.allocatable = 0
	a.classRegs = room.Len(a.classRegs, len(ri.Allocatable))
	clear(a.classRegs)
	for c := range ri.Allocatable {
		for _, r := range ri.Allocatable[c] {
			if r >= ri.NumRegs || ri.ClassOf[r] != mach.Class(c) || a.allocatable.Has(r) {
				return fmt.Errorf("regalloc: bad allocatable register %d in class %v", r, mach.Class(c))
			}
			a.allocatable = a.allocatable.With(r)
			a.classRegs[c] = a.classRegs[c].With(r)
		}
		if s := ri.Scratch[c]; s >= ri.NumRegs || ri.ClassOf[s] != mach.Class(c) || a.allocatable.Has(s) {
			return fmt.Errorf("regalloc: bad scratch register %d for class %v", s, mach.Class(c))
		}
	}
	a.nv = f.NumVRegs()
	if int64(len(f.Insts))*4+8 >= maxPos {
		return errors.New("regalloc: function too large")
	}
	a.paramOf = room.Len(a.paramOf, a.nv)
	clear(a.paramOf)
	a.backTo = room.Len(a.backTo, a.nv)
	clear(a.backTo)
	a.lastReg = room.Len(a.lastReg, a.nv)
	fill(a.lastReg, noReg)
	a.lastPiece = room.Len(a.lastPiece, a.nv)
	fill(a.lastPiece, noIv)
	a.blockStart = room.Len(a.blockStart, len(f.Insts))
	clear(a.blockStart)
	a.instBlock = room.Len(a.instBlock, len(f.Insts))
	// Loop depth, approximated from the layout: a branch back to an
	// earlier (or the same) block closes a loop over the blocks between.
	a.depth = room.Len(a.depth, len(f.Blocks)+1)
	clear(a.depth)
	a.loopLast = room.Len(a.loopLast, len(f.Blocks))
	fill(a.loopLast, -1)
	a.predOff = room.Len(a.predOff, len(f.Blocks)+1)
	a.preds = a.preds[:0]
	a.hintOff = room.Len(a.hintOff, a.nv+1)
	clear(a.hintOff)
	a.edgeOff = room.Len(a.edgeOff, a.nv)
	clear(a.edgeOff)
	// Incoming edges per block: edge placement trusts Preds, which must
	// match them.
	a.bucket = room.Len(a.bucket, len(f.Blocks))
	clear(a.bucket)
	a.predLo = room.Len(a.predLo, len(f.Blocks))
	fill(a.predLo, maxPos)
	a.predHi = room.Len(a.predHi, len(f.Blocks))
	fill(a.predHi, -1)
	next := 0
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		first, end := f.BlockInsts(b)
		if first != next || end <= first {
			return fmt.Errorf("regalloc: block %d has no instructions or is out of order", b)
		}
		next = end
		a.blockStart[first] = true
		ib := a.instBlock[first:end] // (a slice of its own: a tight loop)
		for i := range ib {
			ib[i] = int32(b)
		}
		for _, s := range blk.Succs {
			if s < 0 || s >= len(f.Blocks) {
				return fmt.Errorf("regalloc: block %d branches to missing block %d", b, s)
			}
			a.bucket[s]++
			a.predLo[s], a.predHi[s] = min(a.predLo[s], int32(4*end)), max(a.predHi[s], int32(4*end))
			if s <= b {
				a.depth[s]++
				a.depth[b+1]--
				a.loopLast[s] = max(a.loopLast[s], int32(b))
			}
		}
		a.predOff[b] = int32(len(a.preds))
		for _, p := range blk.Preds {
			if p < 0 || p >= len(f.Blocks) {
				return fmt.Errorf("regalloc: block %d has missing predecessor %d", b, p)
			}
			a.preds = append(a.preds, int32(p))
		}
		for _, p := range blk.Params {
			if !f.IsVirtual(p) || int(p-f.NumRegs) >= a.nv {
				return fmt.Errorf("regalloc: block %d parameter %d is not a virtual register", b, p)
			}
			a.paramOf[p-f.NumRegs] = int32(b) + 1
		}
		if len(blk.Args) != len(blk.Succs) {
			return fmt.Errorf("regalloc: block %d has %d argument lists for %d successors", b, len(blk.Args), len(blk.Succs))
		}
		if err := a.validateArgs(b); err != nil {
			return err
		}
	}
	a.predOff[len(f.Blocks)] = int32(len(a.preds))
	a.sideNext = room.Len(a.sideNext, len(f.Blocks)+1)
	a.sideNext[len(f.Blocks)] = -1
	for b := len(f.Blocks) - 1; b >= 0; b-- {
		a.sideNext[b] = a.sideNext[b+1]
		if first, _ := f.BlockInsts(b); a.predHi[b] >= 0 && a.predHi[b] < int32(4*first) {
			a.sideNext[b] = int32(b)
		}
	}
	if next != len(f.Insts) {
		return errors.New("regalloc: instructions outside blocks")
	}
	for b := range f.Blocks {
		if np := a.predOff[b+1] - a.predOff[b]; a.bucket[b] != np {
			return fmt.Errorf("regalloc: block %d has %d predecessors but %d incoming edges", b, np, a.bucket[b])
		}
	}
	accumulate(a.depth[:len(f.Blocks)])
	a.innermostLoops()
	// liveness checks the operands, in its walk over them.
	return nil
}

// validateArgs checks the arguments block b passes to its successors'
// parameters, and counts the hints they make (hintOff, edgeOff): one at
// each end of every argument but a constant. Kept apart from validate,
// so that the compiler keeps the state of its loop in registers.
func (a *Allocator) validateArgs(b int) error {
	f := a.f
	blk := &f.Blocks[b]
	nr, nv := f.NumRegs, mach.Reg(a.nv)
	hintOff, edgeOff := a.hintOff, a.edgeOff
	for k, args := range blk.Args {
		params := f.Blocks[blk.Succs[k]].Params
		if len(args) != len(params) {
			return fmt.Errorf("regalloc: block %d passes %d arguments to block %d, which has %d parameters", b, len(args), blk.Succs[k], len(params))
		}
		for j, r := range args {
			if r < nr || r-nr >= nv {
				return fmt.Errorf("regalloc: block %d argument %d is not a virtual register", b, r)
			}
			p := params[j]
			if p < nr || p-nr >= nv {
				return fmt.Errorf("regalloc: block %d parameter %d is not a virtual register", blk.Succs[k], p)
			}
			if f.ClassOf(r) != f.ClassOf(p) {
				return fmt.Errorf("regalloc: block %d passes %d to a parameter of another class", b, r)
			}
			if f.IsConst(r) {
				continue // no register: moved into p's location on the edge
			}
			if s := blk.Succs[k]; s <= b && a.paramOf[r-nr] == int32(b)+1 {
				// A parameter of a latch: of the loops it goes back to,
				// the innermost, whose header comes last.
				if q := a.backTo[r-nr]; q == 0 || int32(s) >= a.paramOf[q-nr]-1 {
					a.backTo[r-nr] = p
				}
			}
			// Both ends of the edge hint at each other.
			hintOff[r-nr]++
			hintOff[p-nr]++
			edgeOff[p-nr]++
		}
	}
	return nil
}

// innermostLoops finds the innermost loop around each block, loops
// being what the depth approximation counts (the blocks from a branch's
// target to the branch, which a loop-aware layout keeps contiguous). It
// also finds the loops that liveness can take whole (see loopShape).
func (a *Allocator) innermostLoops() {
	nb := len(a.f.Blocks)
	loopLast := a.loopLast
	loopOf := room.Len(a.loopOf, nb)
	a.loopOf = loopOf
	a.loopParent = room.Len(a.loopParent, nb)
	a.loopUp = room.Len(a.loopUp, nb)
	st := a.loopStack[:0]
	headers := a.headers[:0]
	for b := range int32(nb) {
		for len(st) > 0 && loopLast[st[len(st)-1].h] < b {
			st = a.closeLoop(st)
		}
		if loopLast[b] >= 0 {
			headers = append(headers, b)
			a.loopParent[b] = -1
			if len(st) > 0 {
				a.loopParent[b] = st[len(st)-1].h
			}
			st = append(st, loopShape{h: b, last: loopLast[b], minPred: maxPos, maxNext: -1})
		}
		if len(st) == 0 {
			loopOf[b] = -1
			continue
		}
		l := &st[len(st)-1]
		loopOf[b] = l.h
		if b != l.h {
			l.minPred = min(l.minPred, a.earlierPred(b))
		}
		if b != l.last {
			l.maxNext = max(l.maxNext, a.nextSucc(b))
		}
	}
	for len(st) > 0 {
		st = a.closeLoop(st)
	}
	a.loopStack, a.headers = st, headers
	if len(headers) > 0 {
		a.wholeLoops()
	}
}

// loopShape is what the blocks of an open loop (header h) show so far of
// whether liveness can take the loop whole: every block but the header
// entered from an earlier block of the loop and from none before it (so
// the header reaches it without leaving the loop), and every block but
// the last leading on to a later one no later than the last (so it
// reaches the latch, and the header, without leaving the loop). No block
// after the loop enters it then: that would close a loop from inside
// this one to past its end, which would hold the last block. A value
// live into one of its blocks and defined in none is then live into and
// out of them all, and only the header's predecessors from outside are
// left to walk (see propagate).
type loopShape struct {
	h, last int32 // the header, the last block
	minPred int32 // of the blocks but h: their earliest predecessors (-1: none before the block)
	maxNext int32 // of the blocks but the last: their nearest later successors (maxPos: none)
}

// earlierPred returns block b's earliest predecessor if it comes before
// b, else -1.
func (a *Allocator) earlierPred(b int32) int32 {
	if lo := a.predLo[b]; lo != maxPos { // the end of the earliest
		if p := a.instBlock[lo/4-1]; p < b {
			return p
		}
	}
	return -1
}

// nextSucc returns block b's nearest successor after it, or maxPos.
func (a *Allocator) nextSucc(b int32) int32 {
	n := int32(maxPos)
	for _, s := range a.f.Blocks[b].Succs {
		if s := int32(s); s > b {
			n = min(n, s)
		}
	}
	return n
}

// closeLoop pops the loop on top of st, whose blocks all have been seen:
// it records whether liveness can take it whole (loopUp: itself, or -1)
// and adds its blocks, and its header, to the loop around it.
func (a *Allocator) closeLoop(st []loopShape) []loopShape {
	l := st[len(st)-1]
	st = st[:len(st)-1]
	last := l.last
	a.loopUp[l.h] = -1
	if l.minPred >= l.h && l.maxNext <= last {
		a.loopUp[l.h] = l.h
	}
	if len(st) > 0 {
		p := &st[len(st)-1]
		p.minPred = min(p.minPred, l.minPred, a.earlierPred(l.h))
		p.maxNext = max(p.maxNext, l.maxNext)
		if last != p.last {
			p.maxNext = max(p.maxNext, a.nextSucc(last))
		}
	}
	return st
}

// wholeLoops links each loop that liveness can take whole to the nearest
// such loop around it, in a tree with jump pointers (loopTree), and
// points every loop at the nearest such loop around it or itself
// (loopUp). A loop taken whole holds all of the loops inside it: a loop
// inside that reached past its last block would hold that block, whose
// nearest later successor lies past the last block (closeLoop adds it to
// the loop around), and it would not be taken whole.
func (a *Allocator) wholeLoops() {
	t := &a.loopTree
	t.reset(len(a.f.Blocks))
	for _, h := range a.headers {
		up := int32(-1)
		if p := a.loopParent[h]; p >= 0 {
			up = a.loopUp[p]
		}
		switch {
		case a.loopUp[h] != h:
			a.loopUp[h] = up
		case up >= 0:
			t.link(h, up)
		default:
			t.root(h)
		}
	}
}

// fill sets every element of s to v. Past a short prefix it doubles the
// filled part with copy (memmove), which for the per-vreg tables of a
// large function costs a fraction of an element-by-element loop.
func fill[T any](s []T, v T) {
	n := min(len(s), 16)
	for i := range n {
		s[i] = v
	}
	for ; n < len(s); n *= 2 {
		copy(s[n:], s[:n])
	}
}

// accumulate replaces each count in s with the sum of the counts up to it.
func accumulate(s []int32) {
	var sum int32
	for i, n := range s {
		sum += n
		s[i] = sum
	}
}

type defSpan struct{ start, end int32 }

// gidRun is the globals lo, lo+1, ..., end-1.
type gidRun struct{ lo, end int32 }

// blockSpan is the blocks lo, lo+1, ..., end-1, in layout order.
type blockSpan struct{ lo, end int32 }

// liveness computes the live-in set of every block. It also rejects bad
// operands (the first walk over them).
func (a *Allocator) liveness() error {
	f := a.f
	nb := len(f.Blocks)
	nr := f.NumRegs
	a.gid = room.Len(a.gid, a.nv)
	fill(a.gid, -1)
	a.stamp = room.Len(a.stamp, a.nv)
	clear(a.stamp)
	a.globals = a.globals[:0]
	a.genOff = room.Len(a.genOff, nb+1)[:0]
	a.gen = a.gen[:0]
	a.killOff = room.Len(a.killOff, nb+1)[:0]
	a.kill = a.kill[:0]

	// Upward-exposed uses (gen) and definitions per block. Values read
	// before any definition in their block are the only ones that can be
	// live into a block, so only they get a bit.
	defSpans := a.defSpans[:0] // per block, into a.defs
	a.defs = a.defs[:0]
	// And, in the same walk, the moves (for resolve) and the move hints
	// of each vreg (for buildIntervals; validate counted the block-edge
	// ones).
	a.moveInsts = a.moveInsts[:0]
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		// stamp[v] is defined (2b+2) or read before any definition
		// (2b+3) in this block; less, neither yet.
		defined := int32(2*b + 2)
		a.genOff = append(a.genOff, int32(len(a.gen)))
		ds := int32(len(a.defs))
		for _, p := range blk.Params {
			a.def(p, defined)
		}
		first, end := f.BlockInsts(b)
		if err := a.instLiveness(first, end, defined); err != nil {
			return err
		}
		for _, args := range blk.Args {
			for _, r := range args {
				if !f.IsConst(r) && a.stamp[r-nr] < defined {
					a.exposed(r, defined)
				}
			}
		}
		defSpans = append(defSpans, defSpan{ds, int32(len(a.defs))})
	}
	a.defSpans = defSpans
	a.genOff = append(a.genOff, int32(len(a.gen)))
	for b := range f.Blocks {
		a.killOff = append(a.killOff, int32(len(a.kill)))
		for _, r := range a.defs[defSpans[b].start:defSpans[b].end] {
			if g := a.gid[r-nr]; g >= 0 {
				a.kill = append(a.kill, g)
			}
		}
	}
	a.killOff = append(a.killOff, int32(len(a.kill)))

	return a.propagate()
}

// instLiveness walks block instructions first to end for liveness: the
// values they read before any definition in the block (exposed), those
// they define (def; stamp[v] is defined once v is defined in the block,
// see liveness), the moves (moveInsts) and the hints those make (their
// number, in hintOff, which validate began with the block edges'). It
// also rejects bad operands. It is liveness's innermost loop, kept apart
// with its rare work out of line, so that the compiler keeps its state in
// registers.
func (a *Allocator) instLiveness(first, end int, defined int32) error {
	f := a.f
	nr := f.NumRegs
	nregs := nr + mach.Reg(a.nv)
	stamp := a.stamp
	for i := first; i < end; i++ {
		ops := f.Operands(i)
		for _, op := range ops {
			if op.Kind > mach.Mod || op.Reg >= nregs {
				return fmt.Errorf("regalloc: instruction %d has a bad operand %+v", i, op)
			}
			if op.Kind != mach.Def && op.Reg >= nr && stamp[op.Reg-nr] < defined {
				a.exposed(op.Reg, defined)
			}
		}
		for _, op := range ops {
			if op.Kind != mach.Use && op.Reg >= nr && stamp[op.Reg-nr] != defined {
				stamp[op.Reg-nr] = defined
				a.defs = append(a.defs, op.Reg)
			}
		}
		if len(ops) == 2 && f.Insts[i].IsMove {
			a.moveHints(i, ops)
		}
	}
	return nil
}

// def records that the block being walked (see liveness) defines
// virtual register r.
func (a *Allocator) def(r mach.Reg, defined int32) {
	if v := r - a.f.NumRegs; a.stamp[v] != defined {
		a.stamp[v] = defined
		a.defs = append(a.defs, r)
	}
}

// exposed records that the block being walked (see liveness) reads
// virtual register r before any definition, having neither read nor
// defined it yet (stamp below defined): r is a global, which the block
// reads first.
//
//go:noinline
func (a *Allocator) exposed(r mach.Reg, defined int32) {
	v := r - a.f.NumRegs
	a.stamp[v] = defined + 1
	if a.gid[v] < 0 {
		a.gid[v] = int32(len(a.globals))
		a.globals = append(a.globals, r)
	}
	a.gen = append(a.gen, a.gid[v])
}

// moveHints records move instruction i (operands ops) and counts the
// hints it makes.
//
//go:noinline
func (a *Allocator) moveHints(i int, ops []mach.Operand) {
	a.moveInsts = append(a.moveInsts, int32(i))
	for _, op := range ops {
		if op.Reg >= a.f.NumRegs {
			a.hintOff[op.Reg-a.f.NumRegs]++
		}
	}
}

// propagate computes the blocks each global is live into and out of from
// gen and kill, one group of globals at a time (see Allocator.liveIn),
// walking back from the blocks that read it before any definition
// through predecessors that do not define it. The walk crosses a region
// without a definition of the group in one step (see regions), so that
// values live across long stretches of if-then merges, each stretch
// crossing many values' stretches, cost the regions where they start and
// end rather than every block they are live in: dense sets (a bit per
// global per block, iterated to a fixed point), or a walk through every
// block, cost blocks x globals, quadratic in time and, as sets by block,
// in memory for a large function with many blocks.
func (a *Allocator) propagate() error {
	nb := len(a.f.Blocks)
	ng := len(a.globals)
	// The blocks that read each global first (gen) and that define it
	// (kill), by global, in increasing order.
	a.genB.invert(a.genOff, a.gen, ng)
	a.killB.invert(a.killOff, a.kill, ng)
	a.regions()
	// Per block, what is known of the group being walked (see below);
	// anything lower is left from earlier groups.
	mark := room.Len(a.mark, nb)
	clear(mark)
	loopSeen := room.Len(a.loopSeen, nb)
	clear(loopSeen)
	a.loopSeen = loopSeen
	cover := room.Len(a.cover, nb+1)
	clear(cover)
	a.cover = cover
	preds, predOff, steps, loopLast := a.preds, a.predOff, a.steps, a.loopLast
	work := a.work[:0] // the blocks found live, each walked from once, when taken off
	groupOf := room.Len(a.groupOf, ng)
	groups := a.groups[:0]
	liOff, loOff := append(a.liveInOff[:0], 0), append(a.liveOutOff[:0], 0)
	li, lo := a.liveIn[:0], a.liveOut[:0]
	liT, loT := a.liTmp, a.loTmp
	for g := int32(0); g < int32(ng); {
		g1 := g + 1
		for g1 < int32(ng) && a.sameBlocks(g, g1) {
			g1++
		}
		k := int32(len(groups))
		groups = append(groups, gidRun{g, g1})
		for h := g; h < g1; h++ {
			groupOf[h] = k
		}
		// What is known of a block: nothing (below killed); it defines
		// group k, where the walk stops (killed), and is listed live out
		// (killed+1); it is live in (live), and listed live out (live+1).
		killed, live := 4*k+1, 4*k+3
		kills := a.killB.of(int(g))
		for _, b := range kills {
			mark[b] = killed
		}
		work = work[:0]
		for _, b := range a.genB.of(int(g)) {
			if mark[b] < live {
				mark[b] = live
				work = append(work, b)
			}
		}
		liT, loT = liT[:0], loT[:0]
		// Depth first: a walk up a chain of blocks, one after another,
		// extends its spans instead of adding to them.
		for len(work) > 0 {
			b := work[len(work)-1]
			work = work[:len(work)-1]
			// The region from b back to just after the latest definition
			// at or before b (b itself, if it defines the group after
			// reading it) is live in, and out of but for b; of the
			// blocks before it, the predecessors of its entry e. Or, if
			// b heads a loop, the outermost loop around it that liveness
			// takes whole and that does not define the group is live in
			// and out; of the blocks outside it, the predecessors of its
			// header e.
			e, whole := b, false
			switch steps[b] { // (most blocks end no region and head no loop)
			case stepRegion:
				e = a.chainAbove(b, lastAtOrBefore(kills, b))
			case stepLoop:
				e, whole = a.wholeLoop(b, kills)
			}
			if whole {
				if loopSeen[e] == k+1 {
					continue
				}
				loopSeen[e] = k + 1
				span := blockSpan{e, loopLast[e] + 1}
				liT, loT = append(liT, span), addSpan(loT, span)
				// The latches are in the span: not walked, or listed.
				for j, end := predOff[e], predOff[e+1]; j < end; j++ {
					if p := preds[j]; p >= e {
						mark[p] = live + 1
					}
				}
			} else {
				if n := len(liT); n > 0 && liT[n-1].lo == b+1 {
					liT[n-1].lo = e
				} else {
					liT = append(liT, blockSpan{e, b + 1})
				}
				if e < b {
					loT = addSpan(loT, blockSpan{e, b})
					mark[e] = live + 1
					if steps[e] == stepLoop {
						// Walked from next, as a loop header.
						work = append(work, e)
						continue
					}
				}
			}
			// Each predecessor is live out: listed once.
			for j, end := predOff[e], predOff[e+1]; j < end; j++ {
				p := preds[j]
				switch m := mark[p]; {
				case m < killed:
					mark[p] = live + 1
					work = append(work, p)
				case m == killed || m == live:
					mark[p] = m + 1
				default:
					continue
				}
				loT = addSpan(loT, blockSpan{p, p + 1})
			}
		}
		li = appendSpans(li, liT, cover)
		lo = appendSpans(lo, loT, cover)
		// The entry block is entered with nothing defined.
		if li[liOff[k]].lo == 0 {
			return fmt.Errorf("regalloc: virtual register %d is used before any definition on some path", a.globals[g])
		}
		liOff, loOff = append(liOff, int32(len(li))), append(loOff, int32(len(lo)))
		g = g1
	}
	a.mark, a.work, a.liTmp, a.loTmp = mark, work, liT, loT
	a.groupOf, a.groups = groupOf, groups
	a.liveInOff, a.liveOutOff, a.liveIn, a.liveOut = liOff, loOff, li, lo
	return nil
}

// lastAtOrBefore returns the last of the sorted blocks of kills at or
// before block b, or -1.
func lastAtOrBefore(kills []int32, b int32) int32 {
	n := len(kills)
	if n == 0 || kills[0] > b {
		return -1
	}
	if k := kills[n-1]; k <= b { // (most groups have one definition)
		return k
	}
	n, _ = slices.BinarySearch(kills, b+1)
	return kills[n-1]
}

// wholeLoop returns the header of the outermost loop around block b, a
// loop header, that liveness takes whole and that none of the sorted
// blocks of kills is in, if there is one (whole).
func (a *Allocator) wholeLoop(b int32, kills []int32) (h int32, whole bool) {
	h = a.loopUp[b]
	// The definitions nearest to h's loop before it and after it.
	n := 0
	if len(kills) > 8 {
		n, _ = slices.BinarySearch(kills, h)
	} else {
		for n < len(kills) && kills[n] < h {
			n++
		}
	}
	before, after := int32(-1), int32(maxPos)
	if n > 0 {
		before = kills[n-1]
	}
	if n < len(kills) {
		if after = kills[n]; after <= a.loopLast[h] {
			return b, false
		}
	}
	return a.loopTree.climb(h, before, after, a.loopLast), true
}

// appendSpans appends the union of spans, sorted and merged, to to. The
// walks of propagate find them mostly from the last block back, but out
// of order at branches and loops: few are sorted (by insertion, after a
// reversal); many, by counting in cover (per block, zero, as it is left),
// when they are more than the blocks they span.
func appendSpans(to, spans []blockSpan, cover []int32) []blockSpan {
	if len(spans) >= 16 {
		lo, hi := spans[0].lo, spans[0].end
		for _, s := range spans[1:] {
			lo, hi = min(lo, s.lo), max(hi, s.end)
		}
		if int(hi-lo) <= 4*len(spans) {
			for _, s := range spans {
				cover[s.lo]++
				cover[s.end]--
			}
			depth := int32(0)
			for b := lo; b <= hi; b++ {
				d := cover[b]
				cover[b] = 0
				switch {
				case depth == 0 && d > 0:
					to = append(to, blockSpan{b, b})
				case depth > 0 && depth+d == 0:
					to[len(to)-1].end = b
				}
				depth += d
			}
			return to
		}
	}
	if len(spans) > 1 {
		if spans[0].lo > spans[len(spans)-1].lo {
			slices.Reverse(spans)
		}
		if !insertionSort(spans, 4*len(spans)) {
			slices.SortFunc(spans, func(x, y blockSpan) int { return cmp.Compare(x.lo, y.lo) })
		}
	}
	n := len(to)
	for _, s := range spans {
		if len(to) > n && s.lo <= to[len(to)-1].end {
			to[len(to)-1].end = max(to[len(to)-1].end, s.end)
			continue
		}
		to = append(to, s)
	}
	return to
}

// addSpan appends s to spans, or extends the last span if s comes just
// before it.
func addSpan(spans []blockSpan, s blockSpan) []blockSpan {
	if n := len(spans); n > 0 && spans[n-1].lo == s.end {
		spans[n-1].lo = s.lo
		return spans
	}
	return append(spans, s)
}

// insertionSort sorts spans by first block, unless that takes more than
// budget moves: it reports whether it did.
func insertionSort(spans []blockSpan, budget int) bool {
	for i := 1; i < len(spans); i++ {
		x := spans[i]
		j := i
		for ; j > 0 && spans[j-1].lo > x.lo; j-- {
			spans[j] = spans[j-1]
		}
		spans[j] = x
		if budget -= i - j; budget < 0 {
			return false
		}
	}
	return true
}

// maxRegionHops bounds the work of regionEntry for one block.
const maxRegionHops = 16

// regions finds, for each block b, a region ending there that the walks
// of propagate cross in one step: blocks j to b (j < b) such that each of
// j to b-1 has successors, and every edge out of them goes forward to a
// block of j+1 to b, and every edge
// into j+1 to b comes from an earlier block of j to b-1. Each block of a
// region reaches b without leaving it, and no other block enters it but
// through j: a value live into b and defined in none of j to b is live
// into all of them, and out of all but b, and only j's predecessors are
// left to walk. A region ending at another's entry makes one region with
// it: regions form chains of entries (chains, a tree), which find the
// longest stretch of a chain free of a group's definitions in
// logarithmic time. A sequence of if-then merges (or of whole if-else
// diamonds) is one chain.
func (a *Allocator) regions() {
	nb := int32(len(a.f.Blocks))
	a.chains.reset(int(nb))
	steps := room.Len(a.steps, int(nb))
	a.steps = steps
	for b := range nb {
		if j, ok := a.regionEntry(b); ok {
			a.chains.link(b, j)
			steps[b] = stepRegion
		} else {
			a.chains.root(b)
			steps[b] = stepBlock
		}
	}
	for _, h := range a.headers { // (a loop header ends no region)
		if a.loopUp[h] >= 0 {
			steps[h] = stepLoop
		}
	}
}

// The steps of the walks of propagate from a block.
const (
	stepBlock  = iota // to its predecessors
	stepRegion        // across the region that ends there (see regions)
	stepLoop          // across a loop around it taken whole, if free of the group's definitions (see wholeLoop)
)

// regionEntry returns the entry of a region ending at block b (see
// regions): b's earliest predecessor, if the blocks from there to b
// qualify. It crosses the regions found among them (the chains of entries
// of the blocks before b are complete), and gives up after maxRegionHops.
func (a *Allocator) regionEntry(b int32) (int32, bool) {
	preds := a.preds[a.predOff[b]:a.predOff[b+1]]
	if len(preds) == 0 {
		return 0, false
	}
	j, hi := preds[0], preds[0]
	for _, p := range preds[1:] {
		j, hi = min(j, p), max(hi, p)
	}
	if hi >= b {
		return 0, false // a back edge into b
	}
	c := b - 1
	for hops := 0; c > j; hops++ {
		if hops == maxRegionHops || !a.edgesWithin(c, j, b) {
			return 0, false
		}
		if e := a.chainAbove(c, j-1); e < c {
			c = e // a region from e to c (e's own edges are checked next)
		} else {
			c--
		}
	}
	for _, s := range a.f.Blocks[j].Succs {
		if int32(s) <= j || int32(s) > b {
			return 0, false
		}
	}
	return j, true
}

// edgesWithin reports whether block c's edges keep to region j to b:
// it has successors (a block that returns does not reach b), after it
// and not after b, and its predecessors are not before j and before it.
func (a *Allocator) edgesWithin(c, j, b int32) bool {
	succs := a.f.Blocks[c].Succs
	if len(succs) == 0 {
		return false
	}
	for _, s := range succs {
		if int32(s) <= c || int32(s) > b {
			return false
		}
	}
	for _, p := range a.preds[a.predOff[c]:a.predOff[c+1]] {
		if p < j || p >= c {
			return false
		}
	}
	return true
}

// chainAbove returns the earliest block after block k on the chain of
// region entries from b (b itself if none): the blocks from there to b
// are one region, or b alone.
func (a *Allocator) chainAbove(b, k int32) int32 {
	return a.chains.climb(b, k, maxPos, nil)
}

// jumpTree is a forest over blocks, each linked to its parent after the
// parent's own link, with Myers' skew-binary jump pointers, which climb
// follows in logarithmic time.
type jumpTree struct{ par, jmp, dep []int32 }

func (t *jumpTree) reset(n int) {
	t.par, t.jmp, t.dep = room.Len(t.par, n), room.Len(t.jmp, n), room.Len(t.dep, n)
}

// root makes b a root.
func (t *jumpTree) root(b int32) { t.par[b], t.jmp[b], t.dep[b] = b, b, 0 }

// link makes p, a root or linked already, b's parent.
func (t *jumpTree) link(b, p int32) {
	t.par[b], t.dep[b] = p, t.dep[p]+1
	if jj := t.jmp[p]; t.dep[p]-t.dep[jj] == t.dep[jj]-t.dep[t.jmp[jj]] {
		t.jmp[b] = t.jmp[jj]
	} else {
		t.jmp[b] = p
	}
}

// climb returns b's furthest ancestor x such that it and every ancestor
// between lie after block lo, and end (at last[x], if last is not nil)
// before block hi; or b, if its parent does not. An ancestor's blocks
// must hold its descendants'.
func (t *jumpTree) climb(b, lo, hi int32, last []int32) int32 {
	for {
		p := t.par[b]
		if p == b || p <= lo || last != nil && last[p] >= hi {
			return b
		}
		if j := t.jmp[b]; j > lo && (last == nil || last[j] < hi) {
			b = j
		} else {
			b = p
		}
	}
}

// sameBlocks reports whether globals g and h are read first in the same
// blocks and defined in the same blocks.
func (a *Allocator) sameBlocks(g, h int32) bool {
	gg, gh := a.genB.of(int(g)), a.genB.of(int(h))
	// Most globals differ in their first reading block.
	if gg[0] != gh[0] {
		return false
	}
	return slices.Equal(gg, gh) && slices.Equal(a.killB.of(int(g)), a.killB.of(int(h)))
}

// keyLists lists values by key (a block, a global), built in two passes
// over them (a stable counting sort): reset, count each value's key,
// start, put each value in the same order, finish; then key b's values
// are of(b), in the order put. Its memory is reused.
type keyLists struct{ off, out []int32 }

func (l *keyLists) reset(nkeys int) {
	l.off = room.Len(l.off, nkeys+1)
	clear(l.off)
}

func (l *keyLists) count(b int32) { l.off[b+1]++ }

func (l *keyLists) start() {
	accumulate(l.off)
	l.out = room.Len(l.out, int(l.off[len(l.off)-1]))
}

// put fills through the next free place of b's list, which ends at the
// start of the next: finish shifts the offsets back one place.
func (l *keyLists) put(b, v int32) {
	l.out[l.off[b]] = v
	l.off[b]++
}

func (l *keyLists) finish() {
	copy(l.off[1:], l.off[:len(l.off)-1])
	l.off[0] = 0
}

func (l *keyLists) of(b int) []int32 { return l.out[l.off[b]:l.off[b+1]] }

// invert lists, for each of the n values of lists vals[off[b]:off[b+1]]
// (one per block b), the blocks whose lists hold it, in increasing
// order.
func (l *keyLists) invert(off, vals []int32, n int) {
	l.reset(n)
	for _, g := range vals {
		l.count(g)
	}
	l.start()
	for b := 0; b+1 < len(off); b++ {
		for _, g := range vals[off[b]:off[b+1]] {
			l.put(g, int32(b))
		}
	}
	l.finish()
}

// liveInOf returns the blocks group k is live into.
func (a *Allocator) liveInOf(k int32) []blockSpan {
	return a.liveIn[a.liveInOff[k]:a.liveInOff[k+1]]
}

// liveOutOf returns the blocks group k is live out of.
func (a *Allocator) liveOutOf(k int32) []blockSpan {
	return a.liveOut[a.liveOutOff[k]:a.liveOutOff[k+1]]
}

// hasBlock reports whether block b is in spans (sorted, disjoint).
func hasBlock(spans []blockSpan, b int32) bool {
	i, _ := slices.BinarySearchFunc(spans, b, func(s blockSpan, b int32) int { return cmp.Compare(s.end, b+1) })
	return i < len(spans) && spans[i].lo <= b
}
