package ir

import "github.com/kilnwasm/kiln/internal/room"

// Dominators computes the dominator tree of f. The iterative algorithm
// (dominatorsIterative) is the fastest on ordinary code, but it walks up
// the tree from each predecessor to the nearest common dominator: quadratic
// in the depth of nested loops. Past a budget linear in the function's
// size it gives way to the algorithm of Lengauer and Tarjan with path
// compression, O(E log N) whatever the shape of the graph. Both build the
// same tree, with the same reverse postorder and child order.
//
// The tree belongs to f: it is valid until the next call of Dominators on
// f, which computes it again, reusing its memory, only if the graph has
// changed.
func Dominators(f *Func) *DomTree {
	an := f.analysis()
	d := &an.dom
	if an.domOK && an.domAt == f.cfg {
		return d
	}
	if !dominatorsIterative(d, f, 64*len(f.blocks)+4096) {
		dominatorsLT(d, f)
	}
	an.domAt, an.domOK = f.cfg, true
	return d
}

func dominatorsLT(d *DomTree, f *Func) {
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
	ltIdoms(f, d.idom)
	d.idom[0] = -1
	d.build(n)
}

// ltIdoms sets idom[b] for every block reachable from the entry but the
// entry itself.
func ltIdoms(f *Func, idom []Block) {
	n := len(f.blocks)
	// Depth-first numbering: num[b] is b's preorder number + 1 (0: not
	// reached); vertex, parent, semi, label, ancestor and dom are indexed
	// by number - 1.
	num := make([]int32, n)
	vertex := make([]Block, 0, n)
	parent := make([]int32, 0, n)
	type frame struct {
		b    Block
		next int
	}
	stack := []frame{{b: 0}}
	num[0] = 1
	vertex = append(vertex, 0)
	parent = append(parent, -1)
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < f.NumSuccs(top.b) {
			s := f.Succ(top.b, top.next)
			top.next++
			if num[s] == 0 && !f.blocks[s].removed {
				parent = append(parent, num[top.b]-1)
				vertex = append(vertex, s)
				num[s] = int32(len(vertex))
				stack = append(stack, frame{b: s})
			}
			continue
		}
		stack = stack[:len(stack)-1]
	}
	m := len(vertex)
	semi := make([]int32, m)
	label := make([]int32, m)
	ancestor := make([]int32, m)
	dom := make([]int32, m)
	// Buckets as linked lists: bucketHead[w] lists the vertices whose
	// semidominator is w, chained through bucketNext.
	bucketHead := make([]int32, m)
	bucketNext := make([]int32, m)
	for i := range m {
		semi[i], label[i], ancestor[i], bucketHead[i] = int32(i), int32(i), -1, -1
	}
	preds := Preds(f)
	var path []int32
	eval := func(v int32) int32 {
		if ancestor[v] < 0 {
			return v
		}
		// Compress the path from v to the root of its tree in the
		// forest, keeping in label the vertex of least semidominator.
		path = path[:0]
		for x := v; ancestor[ancestor[x]] >= 0; x = ancestor[x] {
			path = append(path, x)
		}
		for i := len(path) - 1; i >= 0; i-- {
			x := path[i]
			a := ancestor[x]
			if semi[label[a]] < semi[label[x]] {
				label[x] = label[a]
			}
			ancestor[x] = ancestor[a]
		}
		return label[v]
	}
	for w := int32(m - 1); w > 0; w-- {
		for _, p := range preds[vertex[w]] {
			if num[p] == 0 {
				continue // unreachable
			}
			if u := eval(num[p] - 1); semi[u] < semi[w] {
				semi[w] = semi[u]
			}
		}
		bucketNext[w] = bucketHead[semi[w]]
		bucketHead[semi[w]] = w
		p := parent[w]
		ancestor[w] = p
		for v := bucketHead[p]; v >= 0; v = bucketNext[v] {
			if u := eval(v); semi[u] < semi[v] {
				dom[v] = u
			} else {
				dom[v] = p
			}
		}
		bucketHead[p] = -1
	}
	for w := 1; w < m; w++ {
		if dom[w] != semi[w] {
			dom[w] = dom[dom[w]]
		}
		idom[vertex[w]] = vertex[dom[w]]
	}
}

// build fills in the children lists (ranges of one backing array, so
// that a computation stores one offset per block rather than a slice)
// and the tree's preorder numbering, which makes dominance queries O(1),
// from idom and rpo.
func (d *DomTree) build(n int) {
	// Counting sort of the blocks by immediate dominator: kidStart[p]
	// counts p's children, then becomes where they end, then, as they
	// are placed from the last, where they start (and kidStart[n] the
	// total). Placing the blocks of rpo from its end keeps each list in
	// reverse postorder.
	start := room.Len(d.kidStart, n+1)
	clear(start)
	for _, b := range d.rpo[1:] {
		if p := d.idom[b]; p >= 0 {
			start[p]++
		}
	}
	total := int32(0)
	for i, c := range start {
		total += c
		start[i] = total
	}
	all := room.Len(d.kidsAll, int(total))
	for i := len(d.rpo) - 1; i >= 1; i-- {
		b := d.rpo[i]
		if p := d.idom[b]; p >= 0 {
			start[p]--
			all[start[p]] = b
		}
	}
	d.kidStart, d.kidsAll = start, all
	d.pre, d.post = room.Len(d.pre, n), room.Len(d.post, n)
	clear(d.pre)
	clear(d.post)
	num := int32(0)
	st := append(d.walk[:0], domItem{b: 0, next: start[0], end: start[1]})
	d.pre[0] = num
	num++
	for len(st) > 0 {
		top := &st[len(st)-1]
		if top.next < top.end {
			c := all[top.next]
			top.next++
			d.pre[c] = num
			num++
			st = append(st, domItem{b: c, next: start[c], end: start[c+1]})
			continue
		}
		d.post[top.b] = num - 1
		st = st[:len(st)-1]
	}
	d.walk = st
}
