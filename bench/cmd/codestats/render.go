package main

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/bench/internal/codestats"
)

// render prints the figures as Markdown: the per-program table, the
// kernels table and the class profile.
func render(w io.Writer, progs []*program, targets []backend.Target, cmdline string, now time.Time) {
	var tn []string
	for _, t := range targets {
		tn = append(tn, t.String())
	}
	fmt.Fprintf(w, "`%s` (from bench/), %s; targets: %s.\n\n", cmdline, now.Format("2006-01-02 15:04 UTC"), strings.Join(tn, ", "))

	// Per program.
	head := []string{"program", "Wasm instrs"}
	head = append(head, codeHeads(targets, true)...)
	table(w, head)
	ratios := make([][]float64, 2*len(targets))
	for _, p := range progs {
		total := make([]codestats.Code, len(targets))
		wasm := 0
		for _, f := range p.mod.Funcs {
			wasm += f.Wasm
			for t := range targets {
				total[t].Add(f.Code[t])
			}
		}
		row := []string{p.name, num(wasm)}
		row = append(row, codeCells(total, wasm, true)...)
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
		for t := 1; t < len(targets); t++ {
			ratios[2*t] = append(ratios[2*t], ratio(total[t].Bytes, total[0].Bytes))
			ratios[2*t+1] = append(ratios[2*t+1], ratio(total[t].Insts, total[0].Insts))
		}
	}
	if len(targets) > 1 && len(progs) > 1 {
		row := make([]string, 2+3*len(targets))
		row[0] = "geomean"
		for t := 1; t < len(targets); t++ {
			row = append(row, fmt.Sprintf("**%.2f**", geomean(ratios[2*t])), fmt.Sprintf("**%.2f**", geomean(ratios[2*t+1])))
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}

	// Kernels.
	var kprogs []*program
	for _, p := range progs {
		if len(p.kernels) > 0 {
			kprogs = append(kprogs, p)
		}
	}
	if len(kprogs) > 0 {
		fmt.Fprintln(w)
		head := []string{"program", "function", "Wasm instrs"}
		head = append(head, codeHeads(targets, false)...)
		table(w, head)
		total := make([]codestats.Code, len(targets))
		wasm := 0
		for _, p := range kprogs {
			for _, f := range p.kernels {
				fn := strconv.Itoa(int(f.Index))
				if f.Name != "" {
					fn += " " + f.Name
				}
				row := []string{p.name, fn, num(f.Wasm)}
				row = append(row, codeCells(f.Code, f.Wasm, false)...)
				fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
				wasm += f.Wasm
				for t := range targets {
					total[t].Add(f.Code[t])
				}
			}
		}
		row := []string{"all kernels", "", num(wasm)}
		row = append(row, codeCells(total, wasm, false)...)
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}

	// Class profile, per 100 Wasm instructions so that scopes of different
	// sizes compare.
	type scope struct {
		name string
		wasm int
		code []codestats.Code
	}
	newScope := func(name string) *scope { return &scope{name: name, code: make([]codestats.Code, len(targets))} }
	add := func(s *scope, f codestats.Func) {
		s.wasm += f.Wasm
		for t := range targets {
			s.code[t].Add(f.Code[t])
		}
	}
	var scopes []*scope
	if len(kprogs) > 0 {
		k := newScope("kernels")
		for _, p := range kprogs {
			for _, f := range p.kernels {
				add(k, f)
			}
		}
		scopes = append(scopes, k)
	}
	small := newScope("")
	var large []*scope
	nsmall := 0
	for _, p := range progs {
		s := small
		if p.large {
			s = newScope(p.name)
			large = append(large, s)
		} else {
			nsmall++
		}
		for _, f := range p.mod.Funcs {
			add(s, f)
		}
	}
	if nsmall > 0 {
		small.name = fmt.Sprintf("%d small programs", nsmall)
		scopes = append(scopes, small)
	}
	scopes = append(scopes, large...)
	fmt.Fprintln(w)
	head = []string{"class (per 100 Wasm instrs)"}
	for _, s := range scopes {
		for t, tg := range targets {
			head = append(head, s.name+" "+tg.Arch.String())
			if t > 0 {
				head = append(head, "Δ")
			}
		}
	}
	table(w, head)
	per100 := func(s *scope, n int) float64 { return 100 * float64(n) / float64(max(s.wasm, 1)) }
	line := func(label string, get func(c codestats.Code) int) {
		row := []string{label}
		for _, s := range scopes {
			for t := range targets {
				v := per100(s, get(s.code[t]))
				row = append(row, fmt.Sprintf("%.1f", v))
				if t > 0 {
					row = append(row, fmt.Sprintf("%+.1f", v-per100(s, get(s.code[0]))))
				}
			}
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
	for cl := codestats.Class(0); cl < codestats.NumClasses; cl++ {
		line(cl.String(), func(c codestats.Code) int { return c.Classes[cl] })
	}
	line("**all**", func(c codestats.Code) int { return c.Insts })
	line("(of which with a memory operand)", func(c codestats.Code) int { return c.MemOperand })
	row := []string{"Wasm instrs"}
	for _, s := range scopes {
		for t := range targets {
			row = append(row, num(s.wasm))
			if t > 0 {
				row = append(row, "")
			}
		}
	}
	fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
}

// codeHeads are the column heads of codeCells.
func codeHeads(targets []backend.Target, bytesRatio bool) []string {
	var h []string
	for _, t := range targets {
		a := t.Arch.String()
		h = append(h, a+" bytes", a+" instrs", a+" per Wasm")
	}
	for _, t := range targets[1:] {
		r := t.Arch.String() + "/" + targets[0].Arch.String()
		if bytesRatio {
			h = append(h, r+" bytes")
		}
		h = append(h, r+" instrs")
	}
	return h
}

// codeCells are bytes, instructions and instructions per Wasm instruction
// per target, then the ratios to the first target.
func codeCells(c []codestats.Code, wasm int, bytesRatio bool) []string {
	var row []string
	for _, x := range c {
		row = append(row, num(x.Bytes), num(x.Insts), fmt.Sprintf("%.2f", float64(x.Insts)/float64(max(wasm, 1))))
	}
	for _, x := range c[1:] {
		if bytesRatio {
			row = append(row, fmt.Sprintf("%.2f", ratio(x.Bytes, c[0].Bytes)))
		}
		row = append(row, fmt.Sprintf("%.2f", ratio(x.Insts, c[0].Insts)))
	}
	return row
}

func table(w io.Writer, head []string) {
	fmt.Fprintln(w, "| "+strings.Join(head, " | ")+" |")
	al := make([]string, len(head))
	for i := range al {
		al[i] = "---:"
	}
	al[0] = "---"
	if head[1] == "function" {
		al[1] = "---"
	}
	fmt.Fprintln(w, "|"+strings.Join(al, "|")+"|")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

func geomean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += math.Log(x)
	}
	return math.Exp(s / float64(len(xs)))
}

// num formats n with thousands separators.
func num(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
