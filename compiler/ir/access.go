package ir

// IsLoad reports whether op is a scalar or v128 load (load, load8_s, ...
// load32_u; not the vector lane and splat loads).
func (op Op) IsLoad() bool { return op.Info().class == clsLoad }

// IsStore reports whether op is a scalar or v128 store (store, store8,
// store16, store32).
func (op Op) IsStore() bool { return op.Info().class == clsStore }

var accessBytes = [numOps]int8{OpLoad8S: 1, OpLoad8U: 1, OpLoad16S: 2, OpLoad16U: 2, OpLoad32S: 4, OpLoad32U: 4,
	OpStore8: 1, OpStore16: 2, OpStore32: 4}

// AccessBytes returns the bytes load or store v (IsLoad, IsStore) reads
// or writes: a plain one's value type's size, a narrow one's width.
func (f *Func) AccessBytes(v Value) int {
	t := f.Type(v) // a load's result
	switch f.Op(v) {
	case OpStore:
		t = f.Type(f.Args(v)[1])
	case OpLoad:
	default:
		return int(accessBytes[f.Op(v)])
	}
	switch t {
	case I32, F32:
		return 4
	case V128:
		return 16
	}
	return 8
}
