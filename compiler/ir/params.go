package ir

// KeepParams deletes the parameters of block b whose keep entry is false
// (keep is indexed like Params(b)), in one pass: removing many parameters
// one at a time with RemoveParam shifts the rest each time. The caller
// removes the matching arguments from every branch to b (KeepTargetArgs).
func (f *Func) KeepParams(b Block, keep []bool) {
	ps := f.blocks[b].params
	n := 0
	for i, p := range ps {
		if !keep[i] {
			f.insts[p].block = -1
			continue
		}
		f.insts[p].aux = int64(n)
		ps[n] = p
		n++
	}
	f.blocks[b].params = ps[:n]
}

// KeepTargetArgs deletes the arguments of successor t of terminator v
// whose keep entry is false, in one pass.
func (f *Func) KeepTargetArgs(v Value, t int, keep []bool) {
	tg := &f.targets[f.insts[v].tgts.start+uint32(t)]
	a := f.args[tg.args.start:tg.args.end]
	n := 0
	for i, x := range a {
		if keep[i] {
			a[n] = x
			n++
		}
	}
	tg.args.end = tg.args.start + uint32(n)
}
