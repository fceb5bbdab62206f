package ir

// DomTree holds the dominator tree of a function's reachable blocks.
type DomTree struct {
	idom  []Block // immediate dominator; -1 for the entry and unreachable blocks
	rpo   []Block // reachable blocks in reverse postorder
	order []int32 // position of each block in rpo; -1 if unreachable
	kids  [][]Block
	pre   []int32 // preorder number in the dominator tree
	post  []int32 // last preorder number in the subtree
}

// RPO returns the reachable blocks of f in reverse postorder.
func RPO(f *Func) []Block {
	n := len(f.blocks)
	seen := make([]bool, n)
	post := make([]Block, 0, n)
	// Iterative DFS, successors visited in order.
	type frame struct {
		b    Block
		next int
	}
	stack := make([]frame, 1, 16)
	seen[0] = true
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < f.NumSuccs(top.b) {
			s := f.Succ(top.b, top.next)
			top.next++
			if !seen[s] && !f.blocks[s].removed {
				seen[s] = true
				stack = append(stack, frame{b: s})
			}
			continue
		}
		post = append(post, top.b)
		stack = stack[:len(stack)-1]
	}
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	return post
}

// dominatorsIterative computes the dominator tree with the iterative
// algorithm of Cooper, Harvey and Kennedy: fast on ordinary code, but its
// walks up the tree are as long as loops are deeply nested, so it gives up
// (returning nil) once they have taken more than budget steps.
func dominatorsIterative(f *Func, budget int) *DomTree {
	n := len(f.blocks)
	d := &DomTree{idom: make([]Block, n), order: make([]int32, n), rpo: RPO(f)}
	for i := range d.order {
		d.order[i] = -1
		d.idom[i] = -1
	}
	for i, b := range d.rpo {
		d.order[b] = int32(i)
	}
	preds := Preds(f)
	d.idom[0] = 0
	for changed := true; changed; {
		changed = false
		for _, b := range d.rpo[1:] {
			newIdom := Block(-1)
			for _, p := range preds[b] {
				if d.order[p] < 0 || d.idom[p] < 0 {
					continue
				}
				if newIdom < 0 {
					newIdom = p
					continue
				}
				// intersect, counting its steps.
				x, y := p, newIdom
				for x != y {
					for d.order[x] > d.order[y] {
						x = d.idom[x]
						budget--
					}
					for d.order[y] > d.order[x] {
						y = d.idom[y]
						budget--
					}
				}
				newIdom = x
				if budget < 0 {
					return nil
				}
			}
			if newIdom >= 0 && d.idom[b] != newIdom {
				d.idom[b] = newIdom
				changed = true
			}
		}
	}
	d.idom[0] = -1
	d.build(n)
	return d
}

// Reachable reports whether b is reachable from the entry.
func (d *DomTree) Reachable(b Block) bool { return d.order[b] >= 0 }

// Idom returns b's immediate dominator, or -1 for the entry.
func (d *DomTree) Idom(b Block) Block { return d.idom[b] }

// Children returns the blocks b immediately dominates.
func (d *DomTree) Children(b Block) []Block { return d.kids[b] }

// RPO returns the reachable blocks in reverse postorder.
func (d *DomTree) RPO() []Block { return d.rpo }

// Dominates reports whether a dominates b (every block dominates itself).
// Both must be reachable.
func (d *DomTree) Dominates(a, b Block) bool {
	return d.pre[a] <= d.pre[b] && d.pre[b] <= d.post[a]
}

// Preds returns each block's predecessors (a block appears once per edge).
func Preds(f *Func) [][]Block {
	// Two passes over one backing array rather than an append per edge.
	count := make([]int32, len(f.blocks)+1)
	for b := range f.blocks {
		if f.blocks[b].removed {
			continue
		}
		for i := 0; i < f.NumSuccs(Block(b)); i++ {
			count[f.Succ(Block(b), i)]++
		}
	}
	total := int32(0)
	for i, c := range count {
		count[i] = total
		total += c
	}
	all := make([]Block, total)
	preds := make([][]Block, len(f.blocks))
	for b := range preds {
		preds[b] = all[count[b]:count[b]:count[b+1]]
	}
	for b := range f.blocks {
		if f.blocks[b].removed {
			continue
		}
		for i := 0; i < f.NumSuccs(Block(b)); i++ {
			s := f.Succ(Block(b), i)
			preds[s] = append(preds[s], Block(b))
		}
	}
	return preds
}
