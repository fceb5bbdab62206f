package ir

import (
	"slices"
	"testing"
)

const cfgBase = `func "cfg"(i32) -> () {
b0(v0:i32):
    brif v0, b1, b2
b1:
    v1:i32 = iconst 1
    jump b3
b2:
    jump b3
b3:
    return
}
`

// naivePreds and naiveRPO compute from scratch what Preds and RPO cache.
func naivePreds(f *Func) [][]Block {
	preds := make([][]Block, f.NumBlocks())
	for b := range Block(f.NumBlocks()) {
		for _, s := range f.Succs(b) {
			preds[s] = append(preds[s], b)
		}
	}
	return preds
}

func naiveRPO(f *Func) []Block {
	seen := make([]bool, f.NumBlocks())
	var post []Block
	var dfs func(Block)
	dfs = func(b Block) {
		seen[b] = true
		for _, s := range f.Succs(b) {
			if !seen[s] && !f.Removed(s) {
				dfs(s)
			}
		}
		post = append(post, b)
	}
	dfs(0)
	slices.Reverse(post)
	return post
}

// Every mutation that can change the graph must change CFGVersion, so that
// RPO and Preds (and the passes' caches keyed by it) recompute: each case
// caches both, mutates, and compares them with a fresh computation.
func TestCFGVersionChanges(t *testing.T) {
	term := func(f *Func, b Block) Value { return f.Terminator(b) }
	cases := []struct {
		name   string
		mutate func(f *Func)
	}{
		{"SetTargetBlock", func(f *Func) { f.SetTargetBlock(term(f, 0), 1, 3) }},
		{"SetTarget", func(f *Func) { f.SetTarget(term(f, 0), 0, Target{Block: 2}) }},
		{"SetJump", func(f *Func) { f.SetJump(term(f, 0), Target{Block: 2}) }},
		{"Remove", func(f *Func) { f.Remove(term(f, 1)) }},
		{"RemoveBlock", func(f *Func) { f.RemoveBlock(2) }},
		{"Rewrite", func(f *Func) { f.Rewrite(term(f, 1), OpIconst, 2) }},
		{"RewriteToTerminator", func(f *Func) { f.Rewrite(f.First(1), OpReturn, 0) }},
		{"MoveToEnd", func(f *Func) { f.MoveToEnd(term(f, 1), 2) }},
		{"MoveBefore", func(f *Func) { f.MoveBefore(term(f, 1), f.First(1)) }},
		{"AppendAfterTerminator", func(f *Func) { f.Append(1, OpIconst, I32, 3) }},
		{"NewBlock", func(f *Func) { f.NewBlock() }},
		{"Terminate", func(f *Func) {
			b := f.NewBlock()
			f.SetTargetBlock(term(f, 0), 1, b)
			RPO(f)
			Preds(f)
			f.Remove(term(f, 2))
			RPO(f)
			Preds(f)
			f.Terminate(2, OpJump, 0, nil, Target{Block: 1})
		}},
		{"Reset", func(f *Func) {
			f.Reset("other", Signature{})
			f.Terminate(0, OpReturn, 0, nil)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Parse(cfgBase)
			if err != nil {
				t.Fatal(err)
			}
			RPO(f)
			Preds(f)
			v := f.CFGVersion()
			c.mutate(f)
			if f.CFGVersion() == v {
				t.Errorf("CFGVersion unchanged")
			}
			if got, want := RPO(f), naiveRPO(f); !slices.Equal(got, want) {
				t.Errorf("RPO = %v, want %v", got, want)
			}
			got, want := Preds(f), naivePreds(f)
			if len(got) != len(want) {
				t.Fatalf("Preds has %d blocks, want %d", len(got), len(want))
			}
			for b := range got {
				if !slices.Equal(got[b], want[b]) {
					t.Errorf("Preds[b%d] = %v, want %v", b, got[b], want[b])
				}
			}
		})
	}
}

// Mutations of arguments alone keep the version, so the analyses are not
// computed again for nothing.
func TestCFGVersionKeptByArgumentChanges(t *testing.T) {
	f, err := Parse(cfgBase)
	if err != nil {
		t.Fatal(err)
	}
	v := f.CFGVersion()
	f.SetArg(f.Terminator(0), 0, f.First(1))
	f.InsertBefore(f.Terminator(2), OpIconst, I32, 4)
	f.SetAux(f.First(1), 5)
	if f.CFGVersion() != v {
		t.Errorf("CFGVersion changed")
	}
}

// RemoveUnreachable keeps the reverse postorder, without a walk: it must
// be the one a walk of the graph finds, and Preds must see the blocks
// gone.
func TestRemoveUnreachableKeepsRPO(t *testing.T) {
	const text = `func "unreachable"(i32) -> () {
b0(v0:i32):
    brif v0, b1, b3
b1:
    jump b3
b2:
    jump b4
b3:
    return
b4:
    jump b2
}
`
	f, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	Preds(f)
	if !RemoveUnreachable(f) {
		t.Fatal("nothing removed")
	}
	if !f.Removed(2) || !f.Removed(4) || f.Removed(1) || f.Removed(3) {
		t.Errorf("removed blocks: b2 %v, b4 %v, b1 %v, b3 %v", f.Removed(2), f.Removed(4), f.Removed(1), f.Removed(3))
	}
	if got := Preds(f)[3]; !slices.Equal(got, []Block{0, 1}) {
		t.Errorf("Preds[b3] = %v, want [b0 b1]", got)
	}
	if RemoveUnreachable(f) {
		t.Error("removed blocks again")
	}
	if got, want := RPO(f), naiveRPO(f); !slices.Equal(got, want) {
		t.Errorf("RPO after RemoveUnreachable %v, walking the graph %v", got, want)
	}
}
