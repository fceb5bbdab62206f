package ir

import (
	"errors"
	"fmt"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Verify checks that f is well formed: every block ends in exactly one
// terminator, branch arguments match their targets' parameters, every
// instruction's operands have the types its opcode requires, and every use
// is dominated by its definition. It returns all problems found, joined.
func Verify(f *Func) error {
	v := verifier{f: f}
	v.run()
	return errors.Join(v.errs...)
}

type verifier struct {
	f    *Func
	errs []error
	dom  *DomTree
	pos  []int32 // position of each instruction in its block
}

func (v *verifier) errorf(at Value, format string, args ...any) {
	if len(v.errs) >= 20 {
		return
	}
	where := ""
	if at > 0 {
		where = fmt.Sprintf("%v (%s in %v): ", at, v.f.insts[at].op, v.f.insts[at].block)
	}
	v.errs = append(v.errs, fmt.Errorf("%s: %s%s", v.f.Name, where, fmt.Sprintf(format, args...)))
}

func (v *verifier) run() {
	f := v.f
	if len(f.blocks) == 0 || f.blocks[0].removed {
		v.errorf(0, "no entry block")
		return
	}
	entry := f.blocks[0].params
	if len(entry) != len(f.Sig.Params) {
		v.errorf(0, "entry block has %d parameters, the signature %d", len(entry), len(f.Sig.Params))
	} else {
		for i, p := range entry {
			if f.insts[p].typ != f.Sig.Params[i] {
				v.errorf(p, "entry parameter %d is %v, the signature says %v", i, f.insts[p].typ, f.Sig.Params[i])
			}
		}
	}
	v.dom = Dominators(f)
	v.pos = make([]int32, len(f.insts))
	for b := range f.blocks {
		bd := &f.blocks[b]
		if bd.removed {
			continue
		}
		for i, p := range bd.params {
			if in := &f.insts[p]; in.block != Block(b) || !in.isParm || in.aux != int64(i) {
				v.errorf(p, "parameter %d of %v is not recorded as such", i, Block(b))
			}
		}
		if bd.last == 0 {
			v.errorf(0, "%v is empty: a block ends in a terminator", Block(b))
			continue
		}
		n := int32(0)
		prev := Value(0)
		for x := bd.first; x != 0; x = f.insts[x].next {
			in := &f.insts[x]
			if in.block != Block(b) || in.prev != prev {
				v.errorf(x, "instruction list of %v is corrupt", Block(b))
				break
			}
			v.pos[x] = n
			n++
			if in.op.Info().Terminator != (x == bd.last) {
				if x == bd.last {
					v.errorf(x, "%v does not end in a terminator", Block(b))
				} else {
					v.errorf(x, "terminator in the middle of %v", Block(b))
				}
			}
			prev = x
		}
	}
	for b := range f.blocks {
		if f.blocks[b].removed {
			continue
		}
		for x := f.blocks[b].first; x != 0; x = f.insts[x].next {
			v.inst(x)
		}
	}
}

// use checks that operand a of instruction at is defined and dominates it.
func (v *verifier) use(at, a Value) bool {
	f := v.f
	if a <= 0 || int(a) >= len(f.insts) || f.insts[a].block < 0 {
		v.errorf(at, "uses an undefined or removed value %v", a)
		return false
	}
	def := &f.insts[a]
	if def.typ == Void {
		v.errorf(at, "uses %v, which defines no value", a)
		return false
	}
	ub, db := f.insts[at].block, def.block
	if !v.dom.Reachable(ub) {
		return true
	}
	if !v.dom.Reachable(db) || !v.dom.Dominates(db, ub) || db == ub && !def.isParm && v.pos[a] >= v.pos[at] {
		v.errorf(at, "uses %v, whose definition does not dominate the use", a)
		return false
	}
	return true
}

func (v *verifier) inst(x Value) {
	f := v.f
	in := &f.insts[x]
	args := f.Args(x)
	ok := true
	for _, a := range args {
		ok = v.use(x, a) && ok
	}
	if !ok {
		return
	}
	t := func(i int) Type { return f.insts[args[i]].typ }
	nargs := func(n int) bool {
		if len(args) != n {
			v.errorf(x, "has %d operands, wants %d", len(args), n)
			return false
		}
		return true
	}
	want := func(i int, ty Type) {
		if t(i) != ty {
			v.errorf(x, "operand %d is %v, wants %v", i, t(i), ty)
		}
	}
	result := func(ok bool) {
		if !ok {
			v.errorf(x, "result type %v is not allowed", in.typ)
		}
	}
	info := in.op.Info()
	switch info.class {
	case clsConst:
		nargs(0)
		switch in.op {
		case OpIconst:
			result(in.typ.IsInt())
			if in.typ == I32 && int64(int32(in.aux)) != in.aux {
				v.errorf(x, "i32 constant %d is not sign-extended", in.aux)
			}
		case OpFconst:
			result(in.typ.IsFloat())
			if in.typ == F32 && uint64(in.aux)>>32 != 0 {
				v.errorf(x, "f32 constant bits 0x%x exceed 32 bits", uint64(in.aux))
			}
		case OpVconst:
			result(in.typ == V128)
		case OpRefNull:
			result(in.typ.IsRef())
		}
	case clsIntBin:
		if nargs(2) {
			result(in.typ.IsInt())
			want(0, in.typ)
			want(1, in.typ)
		}
	case clsIntUn:
		if nargs(1) {
			result(in.typ.IsInt() && (in.op != OpSext32 || in.typ == I64))
			want(0, in.typ)
		}
	case clsIntTest:
		if nargs(1) {
			result(in.typ == I32)
			if !t(0).IsInt() {
				v.errorf(x, "operand is %v, wants an integer", t(0))
			}
		}
	case clsIntCmp, clsFloatCmp:
		if nargs(2) {
			result(in.typ == I32)
			isInt := info.class == clsIntCmp
			if isInt && !t(0).IsInt() || !isInt && !t(0).IsFloat() {
				v.errorf(x, "operands are %v", t(0))
			}
			want(1, t(0))
			if c := Cond(in.aux); c >= numConds || c.IsFloat() == isInt {
				v.errorf(x, "bad condition %d", in.aux)
			}
		}
	case clsFloatBin:
		if nargs(2) {
			result(in.typ.IsFloat())
			want(0, in.typ)
			want(1, in.typ)
		}
	case clsFloatUn:
		if nargs(1) {
			result(in.typ.IsFloat())
			want(0, in.typ)
		}
	case clsConv:
		if nargs(1) && !convOK(in.op, t(0), in.typ) {
			v.errorf(x, "converts %v to %v", t(0), in.typ)
		}
	case clsSelect:
		if nargs(3) {
			want(0, I32)
			want(1, in.typ)
			want(2, in.typ)
			result(in.typ != Void && in.typ != Tuple)
		}
	case clsLoad:
		if nargs(1) {
			want(0, I32)
			v.memOffset(x)
			switch in.op {
			case OpLoad:
				result(in.typ != Void && in.typ != Tuple && !in.typ.IsRef())
			case OpLoad32S, OpLoad32U:
				result(in.typ == I64)
			default:
				result(in.typ.IsInt())
			}
		}
	case clsStore:
		if nargs(2) {
			want(0, I32)
			v.memOffset(x)
			result(in.typ == Void)
			switch in.op {
			case OpStore:
				if t(1).IsRef() {
					v.errorf(x, "stores a reference")
				}
			case OpStore32:
				want(1, I64)
			default:
				if !t(1).IsInt() {
					v.errorf(x, "narrow store of %v", t(1))
				}
			}
		}
	case clsTerm:
		v.terminator(x)
	case clsVec:
		v.verifyVec(x)
	case clsOther:
		v.other(x)
	case clsParam:
		v.errorf(x, "parameter in an instruction list")
	}
}

func (v *verifier) memOffset(x Value) {
	if off := v.f.insts[x].aux; off < 0 || off > 1<<32-1 {
		v.errorf(x, "offset %d out of the u32 range", off)
	}
}

func convOK(op Op, from, to Type) bool {
	switch op {
	case OpWrap:
		return from == I64 && to == I32
	case OpExtendS, OpExtendU:
		return from == I32 && to == I64
	case OpTruncS, OpTruncU, OpTruncSatS, OpTruncSatU:
		return from.IsFloat() && to.IsInt()
	case OpConvertS, OpConvertU:
		return from.IsInt() && to.IsFloat()
	case OpDemote:
		return from == F64 && to == F32
	case OpPromote:
		return from == F32 && to == F64
	case OpBitcast:
		return from == I32 && to == F32 || from == F32 && to == I32 || from == I64 && to == F64 || from == F64 && to == I64
	}
	return false
}

func (v *verifier) terminator(x Value) {
	f := v.f
	in := &f.insts[x]
	args := f.Args(x)
	ntg := in.tgts.len()
	switch in.op {
	case OpJump:
		if len(args) != 0 || ntg != 1 {
			v.errorf(x, "jump takes one target and no operands")
		}
	case OpBrif:
		if len(args) != 1 || ntg != 2 || f.insts[args[0]].typ != I32 {
			v.errorf(x, "brif takes an i32 condition and two targets")
		}
	case OpBrTable:
		if len(args) != 1 || ntg < 1 || f.insts[args[0]].typ != I32 {
			v.errorf(x, "br_table takes an i32 index and at least a default target")
		}
	case OpReturn:
		if ntg != 0 {
			v.errorf(x, "return has targets")
		}
		if len(args) != len(f.Sig.Results) {
			v.errorf(x, "returns %d values, the signature %d", len(args), len(f.Sig.Results))
			return
		}
		for i, a := range args {
			if f.insts[a].typ != f.Sig.Results[i] {
				v.errorf(x, "result %d is %v, the signature says %v", i, f.insts[a].typ, f.Sig.Results[i])
			}
		}
	case OpTrap:
		if len(args) != 0 || ntg != 0 || !abi.TrapCode(in.aux).Valid() {
			v.errorf(x, "trap takes a trap code only")
		}
	}
	for i := 0; i < ntg; i++ {
		t := f.Target(x, i)
		if t.Block < 0 || int(t.Block) >= len(f.blocks) || f.blocks[t.Block].removed {
			v.errorf(x, "targets a missing block %v", t.Block)
			continue
		}
		if t.Block == 0 {
			v.errorf(x, "branches to the entry block")
		}
		params := f.blocks[t.Block].params
		if len(t.Args) != len(params) {
			v.errorf(x, "passes %d arguments to %v, which has %d parameters", len(t.Args), t.Block, len(params))
			continue
		}
		for j, a := range t.Args {
			if !v.use(x, a) {
				continue
			}
			if f.insts[a].typ != f.insts[params[j]].typ {
				v.errorf(x, "argument %d to %v is %v, the parameter %v", j, t.Block, f.insts[a].typ, f.insts[params[j]].typ)
			}
		}
	}
}

// other checks the opcodes whose typing is their own.
func (v *verifier) other(x Value) {
	f := v.f
	in := &f.insts[x]
	args := f.Args(x)
	types := make([]Type, len(args))
	for i, a := range args {
		types[i] = f.insts[a].typ
	}
	sig := func(res Type, params ...Type) {
		if in.typ != res && !(res == Tuple && in.typ.IsRef()) {
			v.errorf(x, "result is %v, wants %v", in.typ, res)
		}
		if len(params) != len(types) {
			v.errorf(x, "has %d operands, wants %d", len(types), len(params))
			return
		}
		for i := range params {
			if params[i] != types[i] && !(params[i] == Tuple && types[i].IsRef()) {
				v.errorf(x, "operand %d is %v, wants %v", i, types[i], params[i])
			}
		}
	}
	// Tuple stands for "any reference type" in these signatures.
	const ref = Tuple
	switch in.op {
	case OpCopy:
		if len(args) != 1 || types[0] != in.typ {
			v.errorf(x, "copy of one %v", in.typ)
		}
	case OpRefFunc:
		sig(FuncRef)
	case OpRefIsNull:
		sig(I32, ref)
	case OpMemSize:
		sig(I32)
	case OpMemGrow:
		sig(I32, I32)
	case OpMemCopy, OpMemFill, OpMemInit, OpTableCopy, OpTableInit:
		sig(Void, I32, I32, I32)
	case OpDataDrop, OpElemDrop:
		sig(Void)
	case OpGlobalGet:
		if len(args) != 0 || in.typ == Void || in.typ == Tuple {
			v.errorf(x, "global_get takes no operands and defines a value")
		}
	case OpGlobalSet:
		if len(args) != 1 || in.typ != Void {
			v.errorf(x, "global_set takes one operand")
		}
	case OpTableGet:
		if len(args) != 1 || types[0] != I32 || !in.typ.IsRef() {
			v.errorf(x, "table_get takes an i32 and defines a reference")
		}
	case OpTableSet:
		sig(Void, I32, ref)
	case OpTableSize:
		sig(I32)
	case OpTableGrow:
		sig(I32, ref, I32)
	case OpTableFill:
		sig(Void, I32, ref, I32)
	case OpCall:
		// The callee's signature is the module's business: any operands,
		// and a result that is void, one value or a tuple.
	case OpCallIndirect:
		if len(args) == 0 || types[0] != I32 {
			v.errorf(x, "call_indirect takes the table index first")
		}
	case OpVMCtx:
		sig(I64)
	case OpPtrAdd:
		if len(args) != 1 || types[0] != I64 || (in.typ != I64 && !in.typ.IsRef()) {
			v.errorf(x, "ptradd takes an i64 and defines an i64 or a reference")
		}
	case OpLoadPtr, OpStorePtr:
		n := 1
		if in.op == OpStorePtr {
			n = 2
			if in.typ != Void {
				v.errorf(x, "store_ptr defines no value")
			}
		} else if in.typ == Void || in.typ == Tuple {
			v.errorf(x, "load_ptr defines one value")
		}
		switch {
		case len(args) != n && len(args) != n+1:
			v.errorf(x, "%s takes a base, an optional index and %d more operands", in.op, n-1)
		case types[0] != I64 && types[0] != FuncRef || (len(args) == n+1 && types[1] != I64):
			v.errorf(x, "%s: base and index are i64 (the base may be a funcref: a descriptor's address)", in.op)
		case len(args) == n+1 && in.aux2 != 1 && in.aux2 != 2 && in.aux2 != 4 && in.aux2 != 8:
			v.errorf(x, "%s: index scale %d", in.op, in.aux2)
		}
	case OpTrapIf:
		if len(args) != 1 || types[0] != I32 || in.typ != Void || !abi.TrapCode(in.aux).Valid() {
			v.errorf(x, "trapif takes a trap code and an i32")
		}
	case OpTrapIfNull:
		if len(args) != 2 || types[0] != I32 || types[1] != I64 || in.typ != Void || !abi.TrapCode(in.aux).Valid() || !abi.TrapCode(in.aux2).Valid() {
			v.errorf(x, "trapif_null takes two trap codes, an i32 and an i64")
		}
	case OpCallPtr:
		if len(args) < 2 || types[0] != I64 || types[1] != I64 {
			v.errorf(x, "call_ptr takes the code and the callee's vmctx first")
		}
	case OpCallCode:
		if len(args) < 1 || types[0] != I64 {
			v.errorf(x, "call_code takes the code first")
		}
	case OpCallBuiltin:
		if in.typ != Void && in.typ != I32 {
			v.errorf(x, "call_builtin defines nothing or an i32")
		}
	case OpPoll:
		sig(Void)
	case OpMemAddr:
		sig(I64, I64)
	case OpCallRoutine:
		switch in.aux {
		case abi.RoutineMemMove:
			sig(Void, I64, I64, I64)
		case abi.RoutineMemFill:
			sig(Void, I64, I32, I64)
		default:
			v.errorf(x, "call_routine: unknown routine %d", in.aux)
		}
	case OpProj:
		if len(args) != 1 || types[0] != Tuple || in.typ == Void || in.typ == Tuple {
			v.errorf(x, "proj takes a tuple and defines one element")
		} else if p := in.prev; p != args[0] && (p == 0 || f.insts[p].op != OpProj || f.Args(p)[0] != args[0]) {
			// Selection binds a call's results where it makes the call.
			v.errorf(x, "proj is not right after its call or another proj of it")
		}
	default:
		v.errorf(x, "unknown opcode %d", in.op)
	}
}
