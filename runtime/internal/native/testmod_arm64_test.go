package native

import (
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/rtasm"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

const goarch = "arm64"

func (b *testBuilder) emit(f testFn) {
	a := b.a
	R, M, C := rtasm.Reg, rtasm.Mem, rtasm.Const
	const (
		ctx = arm64.REG_R19
		mem = arm64.REG_R20
		R0  = arm64.REG_R0
		R1  = arm64.REG_R1
		R7  = arm64.REG_R7
		R9  = arm64.REG_R9
		FP  = arm64.REG_R29
		LR  = arm64.REG_R30
		SP  = arm64.REGSP
	)
	args := func() { a.I(arm64.AMOVD, M(ctx, abi.ExecArgs), R(R7)) }
	callAbs := func(addr uintptr) {
		a.I(arm64.AMOVD, C(int64(addr)), R(R9))
		a.I(obj.ACALL, obj.Addr{}, M(R9, 0))
	}
	trapWith := func(code trap.Code) {
		a.I(arm64.AMOVD, C(int64(code)), R(R0))
		callAbs(b.st.Trap)
	}
	// frame of n bytes (n multiple of 16, >= 16): [sp] = fp, [sp+8] = lr, fp = sp
	frame := func(n int64) {
		a.I3(arm64.ASUB, C(n), SP, R(SP))
		a.I(arm64.AMOVD, R(FP), M(SP, 0))
		a.I(arm64.AMOVD, R(LR), M(SP, 8))
		a.I(arm64.AMOVD, R(SP), R(FP))
	}
	unframe := func(n int64) {
		a.I(arm64.AMOVD, M(SP, 0), R(FP))
		a.I(arm64.AMOVD, M(SP, 8), R(LR))
		a.I3(arm64.AADD, C(n), SP, R(SP))
		a.Ret()
	}
	switch f {
	case fnEmpty:
		a.Ret()
	case fnAdd:
		args()
		a.I(arm64.AMOVD, M(R7, 0), R(R0))
		a.I(arm64.AMOVD, M(R7, 8), R(R1))
		a.I3(arm64.AADD, R(R1), R0, R(R0))
		a.I(arm64.AMOVD, R(R0), M(R7, 0))
		a.Ret()
	case fnLoad32:
		args()
		a.I(arm64.AMOVWU, M(R7, 0), R(R0))
		a.I(arm64.AMOVWU, M(R7, 8), R(R1))
		a.I3(arm64.AADD, R(R1), R0, R(R0))
		b.site(trap.CodeOutOfBoundsMemoryAccess, siteLoad32, func() {
			a.I(arm64.AMOVWU, rtasm.MemIdx(mem, R0, 1, 0), R(R0))
		})
		a.I(arm64.AMOVD, R(R0), M(R7, 0))
		a.Ret()
	case fnStore32:
		args()
		a.I(arm64.AMOVWU, M(R7, 0), R(R0))
		a.I(arm64.AMOVD, M(R7, 8), R(R1))
		a.I(arm64.AMOVW, R(R1), rtasm.MemUXTW(mem, R0, 0))
		a.Ret()
	case fnRecurse:
		frame(64)
		b.callFn(obj.ACALL, f)
		unframe(64)
	case fnRecurseChecked:
		a.I3(arm64.ASUB, C(64), SP, R(R0))
		a.I(arm64.AMOVD, M(ctx, abi.ExecStackFloor), R(R1))
		a.I3(arm64.ACMP, R(R1), R0, obj.Addr{})
		j := a.Branch(arm64.ABHS, nil)
		b.site(trap.CodeCallStackExhausted, 0x11, func() { trapWith(trap.CodeCallStackExhausted) })
		j.To.SetTarget(a.Label())
		frame(64)
		b.callFn(obj.ACALL, f)
		unframe(64)
	case fnUnreachable:
		frame(16)
		b.site(trap.CodeUnreachable, siteUnreachable, func() { a.Word(0x0000dead) }) // udf #0xdead
		unframe(16)
	case fnExplicit:
		frame(16)
		args()
		a.I(arm64.AMOVWU, M(R7, 0), R(R0))
		callAbs(b.st.Trap)
		unframe(16)
	case fnPollLoop:
		loop := a.Label()
		a.I3(arm64.AADD, C(1), R1, R(R1))
		a.I(arm64.AMOVWU, M(ctx, abi.ExecInterrupt), R(R0))
		a.Branch(arm64.ACBZ, loop).From = R(R0)
		trapWith(trap.CodeInterrupted)
	case fnLoopN, fnLoopNPoll:
		args()
		a.I(arm64.AMOVD, M(R7, 0), R(R1))
		loop := a.Label()
		var j *obj.Prog
		if f == fnLoopNPoll {
			a.I(arm64.AMOVWU, M(ctx, abi.ExecInterrupt), R(R0))
			j = a.Branch(arm64.ACBNZ, nil)
			j.From = R(R0)
		}
		a.I3(arm64.ASUB, C(1), R1, R(R1))
		a.Branch(arm64.ACBNZ, loop).From = R(R1)
		a.Ret()
		if j != nil {
			j.To.SetTarget(a.Label())
			trapWith(trap.CodeInterrupted)
		}
	case fnHost:
		frame(32)
		args()
		a.I(arm64.AMOVD, M(R7, 0), R(R0))
		a.I(arm64.AMOVD, R(R0), M(ctx, abi.ExecHostIndex))
		a.I3(arm64.AADD, C(8), R7, R(R0))
		a.I(arm64.AMOVD, R(R0), M(ctx, abi.ExecHostArgs))
		a.I(arm64.AMOVD, C(4), R(R0))
		a.I(arm64.AMOVD, R(R0), M(ctx, abi.ExecHostSlots))
		a.I(arm64.AMOVD, C(0x5eed), R(R0))
		a.I(arm64.AMOVD, R(R0), M(SP, 16))
		a.I(arm64.AMOVD, R(R0), M(SP, 24))
		a.I(arm64.AMOVD, R(arm64.REGZERO), R(mem)) // must be restored by resume
		callAbs(b.st.HostExit)
		a.I(arm64.AMOVD, M(SP, 16), R(R0))
		a.I(arm64.AMOVD, M(SP, 24), R(R1))
		a.I3(arm64.AADD, R(R1), R0, R(R0))
		args()
		a.I(arm64.AMOVD, M(R7, 8), R(R1))
		a.I3(arm64.AADD, R(R0), R1, R(R1))
		a.I(arm64.AMOVD, R(R1), M(R7, 8))
		a.I(arm64.AMOVD, R(mem), M(R7, 40))
		unframe(32)
	case fnHostLoop:
		frame(32)
		args()
		a.I(arm64.AMOVD, M(R7, 0), R(R0))
		a.I(arm64.AMOVD, R(R0), M(SP, 16))
		loop := a.Label()
		a.I(arm64.AMOVD, R(arm64.REGZERO), M(ctx, abi.ExecHostIndex))
		args()
		a.I3(arm64.AADD, C(8), R7, R(R0))
		a.I(arm64.AMOVD, R(R0), M(ctx, abi.ExecHostArgs))
		a.I(arm64.AMOVD, C(1), R(R0))
		a.I(arm64.AMOVD, R(R0), M(ctx, abi.ExecHostSlots))
		callAbs(b.st.HostExit)
		a.I(arm64.AMOVD, M(SP, 16), R(R0))
		a.I3(arm64.ASUB, C(1), R0, R(R0))
		a.I(arm64.AMOVD, R(R0), M(SP, 16))
		a.Branch(arm64.ACBNZ, loop).From = R(R0)
		unframe(32)
	case fnChainA:
		frame(16)
		b.callFn(obj.ACALL, fnChainB)
		unframe(16)
	case fnChainB:
		frame(16)
		args()
		a.I(arm64.AMOVWU, M(R7, 0), R(R0))
		b.site(trap.CodeOutOfBoundsMemoryAccess, siteChainB, func() {
			a.I(arm64.AMOVWU, rtasm.MemUXTW(mem, R0, 0), R(R0))
		})
		unframe(16)
	case fnDiv:
		// arm64 SDIV does not trap: explicit checks, as the compiler will emit.
		args()
		a.I(arm64.AMOVD, M(R7, 0), R(R0))
		a.I(arm64.AMOVD, M(R7, 8), R(R1))
		j := a.Branch(arm64.ACBNZ, nil)
		j.From = R(R1)
		trapWith(trap.CodeIntegerDivideByZero)
		j.To.SetTarget(a.Label())
		a.I3(arm64.ASDIV, R(R1), R0, R(R0))
		a.I(arm64.AMOVD, R(R0), M(R7, 0))
		a.Ret()
	case fnMemMove, fnMemFill:
		// Every register the routine must preserve (abi.Routine*: all
		// but X0-X3, X16, X17 and V31; X18 and X28 are never touched)
		// gets a sentinel; after the call, bit k of s[0] says
		// preserved[k] changed.
		const R16, R17 = arm64.REG_R16, arm64.REG_R17
		var preserved []int16
		for r := int16(arm64.REG_R4); r <= arm64.REG_R15; r++ {
			preserved = append(preserved, r)
		}
		for r := int16(arm64.REG_R21); r <= arm64.REG_R27; r++ {
			preserved = append(preserved, r)
		}
		preserved = append(preserved, ctx, mem, FP, arm64.REG_F0, arm64.REG_F8, arm64.REG_F15, arm64.REG_F30)
		sentinel := func(k int) int64 { return 0x5e000000 + int64(k)<<8 }
		frame(48)
		args()
		a.I(arm64.AMOVD, R(R7), M(SP, 16))  // the slots
		a.I(arm64.AMOVD, R(ctx), M(SP, 24)) // the originals of X19, X20
		a.I(arm64.AMOVD, R(mem), M(SP, 32))
		a.I(arm64.AMOVD, M(R7, 16), R(arm64.REG_R2))
		a.I(arm64.AMOVD, M(R7, 8), R(R1))
		if f == fnMemMove {
			a.I3(arm64.AADD, R(mem), R1, R(R1))
		}
		a.I(arm64.AMOVD, M(R7, 0), R(R0))
		a.I3(arm64.AADD, R(mem), R0, R(R0))
		for k, r := range preserved {
			if r == ctx || r == mem || r == FP {
				continue
			}
			a.I(arm64.AMOVD, C(sentinel(k)), R(R16))
			if r >= arm64.REG_F0 {
				a.I(arm64.AFMOVD, R(R16), R(r))
			} else {
				a.I(arm64.AMOVD, R(R16), R(r))
			}
		}
		routine := abi.RoutineMemMove
		if f == fnMemFill {
			routine = abi.RoutineMemFill
		}
		a.I(arm64.AMOVD, M(ctx, int64(abi.ExecRoutines+8*routine)), R(R16))
		a.I(obj.ACALL, obj.Addr{}, M(R16, 0))
		a.I(arm64.AMOVD, R(arm64.REGZERO), R(R0))
		for k, r := range preserved {
			switch r {
			case ctx:
				a.I(arm64.AMOVD, M(SP, 24), R(R16))
			case mem:
				a.I(arm64.AMOVD, M(SP, 32), R(R16))
			case FP:
				a.I(arm64.AMOVD, R(SP), R(R16))
			default:
				a.I(arm64.AMOVD, C(sentinel(k)), R(R16))
			}
			got := r
			if r >= arm64.REG_F0 {
				a.I(arm64.AFMOVD, R(r), R(R17))
				got = R17
			}
			a.I3(arm64.AEOR, R(R16), got, R(R17))
			j := a.Branch(arm64.ACBZ, nil)
			j.From = R(R17)
			a.I3(arm64.AORR, C(1<<k), R0, R(R0))
			j.To.SetTarget(a.Label())
		}
		a.I(arm64.AMOVD, M(SP, 16), R(R7))
		a.I(arm64.AMOVD, R(R0), M(R7, 0))
		unframe(48)
	}
}
