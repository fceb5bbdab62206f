package native

import (
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/rtasm"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

const goarch = "amd64"

func (b *testBuilder) emit(f testFn) {
	a := b.a
	R, M, C := rtasm.Reg, rtasm.Mem, rtasm.Const
	const (
		ctx = x86.REG_R15
		mem = x86.REG_R14
		DI  = x86.REG_DI
		AX  = x86.REG_AX
		CX  = x86.REG_CX
		DX  = x86.REG_DX
		SP  = x86.REG_SP
		BP  = x86.REG_BP
		R11 = x86.REG_R11
	)
	args := func() { a.I(x86.AMOVQ, M(ctx, abi.ExecArgs), R(DI)) }
	callAbs := func(addr uintptr) {
		a.I(x86.AMOVQ, C(int64(addr)), R(R11))
		a.I(obj.ACALL, obj.Addr{}, R(R11))
	}
	trapWith := func(code trap.Code) {
		a.I(x86.AMOVL, C(int64(code)), R(AX))
		callAbs(b.st.Trap)
	}
	frame := func() {
		a.I(x86.APUSHQ, R(BP), obj.Addr{})
		a.I(x86.AMOVQ, R(SP), R(BP))
	}
	unframe := func() {
		a.I(x86.APOPQ, obj.Addr{}, R(BP))
		a.Ret()
	}
	switch f {
	case fnEmpty:
		a.Ret()
	case fnAdd:
		args()
		a.I(x86.AMOVQ, M(DI, 0), R(AX))
		a.I(x86.AADDQ, M(DI, 8), R(AX))
		a.I(x86.AMOVQ, R(AX), M(DI, 0))
		a.Ret()
	case fnLoad32:
		args()
		a.I(x86.AMOVL, M(DI, 0), R(AX)) // zero-extends
		a.I(x86.AMOVL, M(DI, 8), R(CX))
		a.I(x86.AADDQ, R(CX), R(AX))
		b.site(trap.CodeOutOfBoundsMemoryAccess, siteLoad32, func() {
			a.I(x86.AMOVL, rtasm.MemIdx(mem, AX, 1, 0), R(AX))
		})
		a.I(x86.AMOVQ, R(AX), M(DI, 0))
		a.Ret()
	case fnStore32:
		args()
		a.I(x86.AMOVL, M(DI, 0), R(AX))
		a.I(x86.AMOVL, M(DI, 8), R(CX))
		a.I(x86.AMOVL, R(CX), rtasm.MemIdx(mem, AX, 1, 0))
		a.Ret()
	case fnRecurse:
		frame()
		a.I(x86.ASUBQ, C(48), R(SP))
		b.callFn(obj.ACALL, f)
		a.I(x86.AADDQ, C(48), R(SP))
		unframe()
	case fnRecurseChecked:
		a.I(x86.ALEAQ, M(SP, -64), R(AX))
		a.I(x86.ACMPQ, R(AX), M(ctx, abi.ExecStackFloor))
		j := a.Branch(x86.AJCC, nil) // AX >= limit (unsigned)
		b.site(trap.CodeCallStackExhausted, 0x11, func() { trapWith(trap.CodeCallStackExhausted) })
		j.To.SetTarget(a.Label())
		frame()
		a.I(x86.ASUBQ, C(48), R(SP))
		b.callFn(obj.ACALL, f)
		a.I(x86.AADDQ, C(48), R(SP))
		unframe()
	case fnUnreachable:
		frame()
		b.site(trap.CodeUnreachable, siteUnreachable, func() { a.Add(x86.AUD2) })
		unframe()
	case fnExplicit:
		frame()
		args()
		a.I(x86.AMOVL, M(DI, 0), R(AX))
		callAbs(b.st.Trap)
		unframe()
	case fnPollLoop:
		// Clobber registers Go uses (R14 = g in ABIInternal, X15 = zero,
		// RBP) to show signals arriving meanwhile are handled fine.
		a.I(x86.AMOVQ, C(0xdead0000), R(x86.REG_R14))
		a.I(x86.AMOVQ, R(x86.REG_R14), R(BP))
		a.I(x86.AMOVQ, R(x86.REG_R14), R(x86.REG_X15))
		loop := a.Label()
		a.I(x86.AINCQ, obj.Addr{}, R(CX))
		a.I(x86.ACMPL, M(ctx, abi.ExecInterrupt), C(0))
		a.Branch(x86.AJEQ, loop)
		trapWith(trap.CodeInterrupted)
	case fnLoopN, fnLoopNPoll:
		args()
		a.I(x86.AMOVQ, M(DI, 0), R(CX))
		loop := a.Label()
		var j *obj.Prog
		if f == fnLoopNPoll {
			a.I(x86.ACMPL, M(ctx, abi.ExecInterrupt), C(0))
			j = a.Branch(x86.AJNE, nil)
		}
		a.I(x86.ADECQ, obj.Addr{}, R(CX))
		a.Branch(x86.AJNE, loop)
		a.Ret()
		if j != nil {
			j.To.SetTarget(a.Label())
			trapWith(trap.CodeInterrupted)
		}
	case fnHost:
		frame()
		args()
		a.I(x86.AMOVQ, M(DI, 0), R(AX))
		a.I(x86.AMOVQ, R(AX), M(ctx, abi.ExecHostIndex))
		a.I(x86.ALEAQ, M(DI, 8), R(AX))
		a.I(x86.AMOVQ, R(AX), M(ctx, abi.ExecHostArgs))
		a.I(x86.AMOVQ, C(4), M(ctx, abi.ExecHostSlots))
		a.I(x86.AMOVQ, C(0x5eed), R(AX))
		a.I(x86.APUSHQ, R(AX), obj.Addr{})
		a.I(x86.APUSHQ, R(AX), obj.Addr{})
		a.I(x86.AXORQ, R(x86.REG_R14), R(x86.REG_R14)) // must be restored by resume
		callAbs(b.st.HostExit)
		a.I(x86.APOPQ, obj.Addr{}, R(AX))
		a.I(x86.APOPQ, obj.Addr{}, R(CX))
		a.I(x86.AADDQ, R(CX), R(AX))
		args()
		a.I(x86.AADDQ, R(AX), M(DI, 8))
		a.I(x86.AMOVQ, R(mem), M(DI, 40))
		unframe()
	case fnHostLoop:
		frame()
		a.I(x86.ASUBQ, C(16), R(SP))
		args()
		a.I(x86.AMOVQ, M(DI, 0), R(AX))
		a.I(x86.AMOVQ, R(AX), M(SP, 0))
		loop := a.Label()
		a.I(x86.AMOVQ, C(0), M(ctx, abi.ExecHostIndex))
		args()
		a.I(x86.ALEAQ, M(DI, 8), R(AX))
		a.I(x86.AMOVQ, R(AX), M(ctx, abi.ExecHostArgs))
		a.I(x86.AMOVQ, C(1), M(ctx, abi.ExecHostSlots))
		callAbs(b.st.HostExit)
		a.I(x86.ADECQ, obj.Addr{}, M(SP, 0))
		a.Branch(x86.AJNE, loop)
		a.I(x86.AADDQ, C(16), R(SP))
		unframe()
	case fnChainA:
		frame()
		b.callFn(obj.ACALL, fnChainB)
		unframe()
	case fnChainB:
		frame()
		args()
		a.I(x86.AMOVL, M(DI, 0), R(AX))
		b.site(trap.CodeOutOfBoundsMemoryAccess, siteChainB, func() {
			a.I(x86.AMOVL, rtasm.MemIdx(mem, AX, 1, 0), R(AX))
		})
		unframe()
	case fnDiv:
		args()
		a.I(x86.AMOVQ, M(DI, 0), R(AX))
		a.Add(x86.ACQO)
		a.I(x86.AIDIVQ, M(DI, 8), obj.Addr{})
		a.I(x86.AMOVQ, R(AX), M(DI, 0))
		_ = DX
		a.Ret()
	case fnMemMove, fnMemFill:
		// Every register the routine must preserve (abi.Routine*: all
		// but RAX, RCX, RDX, RSI, RDI, R11, X6, X7 and X15; memfill
		// also keeps RDX, RSI, X6 and X7) gets a sentinel; after the
		// call, bit k of s[0] says preserved[k] changed.
		const BX = x86.REG_BX
		preserved := []int16{BX, x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R12, x86.REG_R13, mem, ctx, BP,
			x86.REG_X0, x86.REG_X5, x86.REG_X8, x86.REG_X14}
		if f == fnMemFill {
			preserved = append(preserved, x86.REG_DX, x86.REG_SI, x86.REG_X6, x86.REG_X7)
		}
		sentinel := func(k int) int64 { return 0x5e000000 + int64(k)<<8 }
		frame()
		// The sentinel checks need the originals of R14, R15 and RBP.
		a.I(x86.APUSHQ, R(mem), obj.Addr{})
		a.I(x86.APUSHQ, R(ctx), obj.Addr{})
		a.I(x86.APUSHQ, R(BP), obj.Addr{})
		a.I(x86.ASUBQ, C(8), R(SP))
		args()
		a.I(x86.AMOVQ, R(DI), M(SP, 0)) // the slots
		for k, r := range preserved {
			if r == mem || r == ctx || r == BP {
				continue
			}
			a.I(x86.AMOVQ, C(sentinel(k)), R(R11))
			a.I(x86.AMOVQ, R(R11), R(r))
		}
		a.I(x86.AMOVQ, M(DI, 16), R(CX))
		if f == fnMemMove {
			a.I(x86.AMOVQ, M(DI, 8), R(x86.REG_SI))
			a.I(x86.AADDQ, R(mem), R(x86.REG_SI))
		} else {
			a.I(x86.AMOVQ, M(DI, 8), R(AX))
		}
		a.I(x86.AMOVQ, M(DI, 0), R(DI))
		a.I(x86.AADDQ, R(mem), R(DI))
		routine := abi.RoutineMemMove
		if f == fnMemFill {
			routine = abi.RoutineMemFill
		}
		a.I(obj.ACALL, obj.Addr{}, M(ctx, int64(abi.ExecRoutines+8*routine)))
		// AX accumulates the bitmask; preserved registers are compared
		// with their sentinels (or saved values) through R11 and CX.
		a.I(x86.AXORL, R(AX), R(AX))
		for k, r := range preserved {
			switch r {
			case mem:
				a.I(x86.AMOVQ, M(SP, 24), R(R11))
			case ctx:
				a.I(x86.AMOVQ, M(SP, 16), R(R11))
			case BP:
				a.I(x86.AMOVQ, M(SP, 8), R(R11))
			default:
				a.I(x86.AMOVQ, C(sentinel(k)), R(R11))
			}
			a.I(x86.AMOVQ, R(r), R(CX))
			a.I(x86.ASUBQ, R(R11), R(CX))
			a.I(x86.ANEGQ, obj.Addr{}, R(CX))
			a.I(x86.ASBBQ, R(CX), R(CX)) // -1 if it differed
			a.I(x86.AANDQ, C(1<<k), R(CX))
			a.I(x86.AORQ, R(CX), R(AX))
		}
		a.I(x86.AMOVQ, M(SP, 0), R(DI))
		a.I(x86.AMOVQ, R(AX), M(DI, 0))
		a.I(x86.AADDQ, C(8), R(SP))
		a.I(x86.APOPQ, obj.Addr{}, R(BP))
		a.I(x86.APOPQ, obj.Addr{}, R(ctx))
		a.I(x86.APOPQ, obj.Addr{}, R(mem))
		unframe()
	}
}
