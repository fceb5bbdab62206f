package ir

import (
	"slices"

	"github.com/kilnwasm/kiln/internal/room"
)

// DomTree holds the dominator tree of a function's reachable blocks.
type DomTree struct {
	idom  []Block // immediate dominator; -1 for the entry and unreachable blocks
	rpo   []Block // reachable blocks in reverse postorder
	order []int32 // position of each block in rpo; -1 if unreachable
	// The children of b are kidsAll[kidStart[b]:kidStart[b+1]].
	kidStart []int32
	kidsAll  []Block
	pre      []int32   // preorder number in the dominator tree
	post     []int32   // last preorder number in the subtree
	walk     []domItem // build's stack, reused
}

// domItem is a block on build's stack, with its children yet to visit:
// kidsAll[next:end].
type domItem struct {
	b         Block
	next, end int32
}

// analysis holds the buffers of RPO, Preds and Dominators, kept with the
// function (Reset keeps them) so that a worker compiling one function
// after another allocates them once, not once per pass.
type analysis struct {
	seen  []bool
	stack []dfsFrame
	rpo   []Block
	preds predBuf
	dom   DomTree
	// rpo, preds and dom hold for the graph of version Func.cfg = rpoAt,
	// predsAt, domAt (when rpoOK, predsOK, domOK).
	rpoAt, predsAt, domAt uint64
	rpoOK, predsOK, domOK bool
	// rpoPrune: rpo may hold blocks removed since it was computed (see
	// KeepRPO), to drop before it is returned.
	rpoPrune bool
}

// dfsFrame is a block on the DFS stack, with its successors yet to
// visit: f.targets[next:end].
type dfsFrame struct {
	b         Block
	next, end uint32
}

// succSpan returns the indices in f.targets of b's successors.
func (f *Func) succSpan(b Block) (start, end uint32) {
	if t := f.Terminator(b); t != 0 {
		s := f.insts[t].tgts
		return s.start, s.end
	}
	return 0, 0
}

type predBuf struct {
	count []int32
	flat  []predEdge
	all   []Block
	preds [][]Block
}

type predEdge struct{ to, from Block }

func (f *Func) analysis() *analysis {
	if f.an == nil {
		f.an = new(analysis)
	}
	return f.an
}

// RPO returns the reachable blocks of f in reverse postorder. The slice
// belongs to f (do not modify it): it is valid until the next call of RPO
// on f, which computes it again only if the graph has changed.
func RPO(f *Func) []Block {
	an := f.analysis()
	if an.rpoOK && an.rpoAt == f.cfg {
		if an.rpoPrune {
			an.rpo = slices.DeleteFunc(an.rpo, func(b Block) bool { return f.blocks[b].removed })
			an.rpoPrune = false
		}
		return an.rpo
	}
	n := len(f.blocks)
	seen := room.Len(an.seen, n)
	clear(seen)
	post := an.rpo[:0]
	// Iterative DFS, successors visited in order.
	start, end := f.succSpan(0)
	stack := append(an.stack[:0], dfsFrame{0, start, end})
	seen[0] = true
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < top.end {
			s := f.targets[top.next].block
			top.next++
			if !seen[s] && !f.blocks[s].removed {
				seen[s] = true
				start, end := f.succSpan(s)
				stack = append(stack, dfsFrame{s, start, end})
			}
			continue
		}
		post = append(post, top.b)
		stack = stack[:len(stack)-1]
	}
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	an.seen, an.stack, an.rpo = seen, stack, post
	an.rpoAt, an.rpoOK, an.rpoPrune = f.cfg, true, false
	return post
}

// KeepRPO tells RPO that the graph has changed, since version at (a
// CFGVersion), only in ways that leave the reachable blocks but those
// removed in the same reverse postorder: removing unreachable blocks,
// merging a block into its only predecessor, which jumps to it, or
// redirecting branches past blocks that hold only a jump. If RPO's result
// was for version at, the next RPO then returns it without the removed
// blocks, rather than walking the graph again.
func (f *Func) KeepRPO(at uint64) {
	an := f.analysis()
	if an.rpoOK && an.rpoAt == at && at != f.cfg {
		an.rpoAt = f.cfg
		an.rpoPrune = true
	}
}

// RemoveUnreachable removes the blocks that the entry cannot reach, and
// reports whether there were any. The reverse postorder, which holds none
// of them, stays valid: the next RPO returns it without walking the graph
// again.
func RemoveUnreachable(f *Func) bool {
	rpo := RPO(f)
	an := f.analysis()
	// RPO's marks of the blocks it reached may be from an earlier walk.
	reach := room.Len(an.seen, len(f.blocks))
	clear(reach)
	for _, b := range rpo {
		reach[b] = true
	}
	an.seen = reach
	at := f.cfg
	for b := range f.blocks {
		if !reach[b] && !f.blocks[b].removed {
			f.RemoveBlock(Block(b))
		}
	}
	an.rpoAt = f.cfg
	return f.cfg != at
}

// dominatorsIterative computes the dominator tree into d with the
// iterative algorithm of Cooper, Harvey and Kennedy: fast on ordinary
// code, but its walks up the tree are as long as loops are deeply nested,
// so it gives up (returning false) once they have taken more than budget
// steps.
func dominatorsIterative(d *DomTree, f *Func, budget int) bool {
	n := len(f.blocks)
	d.idom, d.order = room.Len(d.idom, n), room.Len(d.order, n)
	d.rpo = append(d.rpo[:0], RPO(f)...)
	for i := range d.order {
		d.order[i] = -1
		d.idom[i] = -1
	}
	for i, b := range d.rpo {
		d.order[b] = int32(i)
	}
	preds := Preds(f)
	d.idom[0] = 0
	for first, changed := true, true; changed; first = false {
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
					return false
				}
			}
			if newIdom >= 0 && d.idom[b] != newIdom {
				d.idom[b] = newIdom
				changed = true
			}
		}
		if first && changed {
			ok, steps := settled(d, preds, budget)
			if budget -= steps; budget < 0 {
				return false
			}
			if ok {
				break
			}
		}
	}
	d.idom[0] = -1
	d.build(n)
	return true
}

// settled reports whether another round of dominatorsIterative would
// change nothing: whether every retreating edge, p to b with p not
// before b in reverse postorder, goes to a dominator of p. The first
// round has then found every block's dominator from its predecessors
// before it, and the predecessors after it add nothing: the tree's path
// from such a p up to b's dominator runs through b. (It holds for the
// loops of structured control flow, so the round that would only confirm
// the tree is saved.) It also returns the steps it took up the tree,
// stopping once they exceed budget.
func settled(d *DomTree, preds [][]Block, budget int) (ok bool, steps int) {
	for _, b := range d.rpo[1:] {
		for _, p := range preds[b] {
			if d.order[p] < d.order[b] {
				continue // before b (or unreachable)
			}
			x := p
			for d.order[x] > d.order[b] {
				x = d.idom[x]
				steps++
			}
			if x != b || steps > budget {
				return false, steps
			}
		}
	}
	return true, steps
}

// Reachable reports whether b is reachable from the entry.
func (d *DomTree) Reachable(b Block) bool { return d.order[b] >= 0 }

// Idom returns b's immediate dominator, or -1 for the entry.
func (d *DomTree) Idom(b Block) Block { return d.idom[b] }

// Children returns the blocks b immediately dominates.
func (d *DomTree) Children(b Block) []Block {
	s, e := d.kidStart[b], d.kidStart[b+1]
	return d.kidsAll[s:e:e]
}

// RPO returns the reachable blocks in reverse postorder.
func (d *DomTree) RPO() []Block { return d.rpo }

// Dominates reports whether a dominates b (every block dominates itself).
// Both must be reachable.
func (d *DomTree) Dominates(a, b Block) bool {
	return d.pre[a] <= d.pre[b] && d.pre[b] <= d.post[a]
}

// Preds returns each block's predecessors (a block appears once per
// edge). The slices belong to f (do not modify them): they are valid
// until the next call of Preds on f, which computes them again only if
// the graph has changed.
func Preds(f *Func) [][]Block {
	an := f.analysis()
	if !an.predsOK || an.predsAt != f.cfg {
		predsInto(f, &an.preds)
		an.predsAt, an.predsOK = f.cfg, true
	}
	return an.preds.preds
}

func predsInto(f *Func, pb *predBuf) {
	// One walk over the terminators, which lists the edges, then a
	// counting sort of the list by target into one backing array (rather
	// than a slice per block, grown edge by edge).
	count := room.Len(pb.count, len(f.blocks))
	clear(count)
	flat := pb.flat[:0]
	for b := range f.blocks {
		start, end := f.succSpan(Block(b)) // none for removed blocks
		for _, t := range f.targets[start:end] {
			count[t.block]++
			flat = append(flat, predEdge{t.block, Block(b)})
		}
	}
	// count[b] becomes where b's predecessors start, then, as they are
	// placed, where they end: where b+1's start.
	total := int32(0)
	for i, c := range count {
		count[i] = total
		total += c
	}
	all := room.Len(pb.all, int(total))
	for _, e := range flat {
		all[count[e.to]] = e.from
		count[e.to]++
	}
	preds := room.Len(pb.preds, len(f.blocks))
	start := int32(0)
	for b := range preds {
		end := count[b]
		preds[b] = all[start:end:end]
		start = end
	}
	pb.count, pb.flat, pb.all, pb.preds = count, flat, all, preds
}
