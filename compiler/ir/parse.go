package ir

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Parse reads a function in the text form that Func.String prints:
//
//	func "name"(i32, i32) -> (i32) {
//	b0(v0:i32, v1:i32):
//	    v2:i32 = iadd v0, v1
//	    brif v2, b1(v2), b2
//	b1(v3:i32):
//	    return v3
//	b2:
//	    trap unreachable
//	}
//
// Values may be used before the line that defines them (loops). A ';'
// starts a comment. Parse checks syntax and names, not types: run Verify
// for that.
func Parse(text string) (*Func, error) {
	p := &parser{values: map[string]Value{}, blocks: map[string]Block{}}
	if err := p.parse(text); err != nil {
		return nil, err
	}
	return p.f, nil
}

type parser struct {
	f      *Func
	values map[string]Value
	blocks map[string]Block
	line   int
}

type pendingTarget struct {
	block string
	args  []string
}

type pendingInst struct {
	line    int
	block   Block
	def     string
	typ     Type
	op      Op
	aux     int64
	aux2    int64
	args    []string
	targets []pendingTarget
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("line %d: %s", p.line, fmt.Sprintf(format, args...))
}

func parseType(s string) (Type, bool) {
	for t, n := range typeNames {
		if n == s && Type(t) != Void {
			return Type(t), true
		}
	}
	return Void, false
}

func (p *parser) parse(text string) error {
	lines := strings.Split(text, "\n")
	var insts []pendingInst
	cur := Block(-1)
	done := false
	for i, raw := range lines {
		p.line = i + 1
		line := raw
		if j := strings.IndexByte(line, ';'); j >= 0 {
			line = line[:j]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if done {
			return p.errorf("text after the closing brace")
		}
		switch {
		case p.f == nil:
			if err := p.header(line); err != nil {
				return err
			}
		case line == "}":
			done = true
		case strings.HasSuffix(line, ":") && !strings.Contains(line, "="):
			b, err := p.blockHeader(strings.TrimSuffix(line, ":"))
			if err != nil {
				return err
			}
			cur = b
		default:
			if cur < 0 {
				return p.errorf("instruction outside a block")
			}
			in, err := p.inst(line)
			if err != nil {
				return err
			}
			in.block = cur
			insts = append(insts, in)
		}
	}
	if p.f == nil {
		return fmt.Errorf("no function")
	}
	if !done {
		return p.errorf("missing closing brace")
	}
	if len(p.f.blocks) == 0 {
		return fmt.Errorf("function has no blocks")
	}
	// Create instructions, then resolve operands: values may be used
	// before their definition.
	defs := make([]Value, len(insts))
	for k, in := range insts {
		p.line = in.line
		args := make([]Value, len(in.args))
		var v Value
		if in.op.Info().Terminator {
			tgts := make([]Target, len(in.targets))
			for i, t := range in.targets {
				b, ok := p.blocks[t.block]
				if !ok {
					return p.errorf("unknown block %s", t.block)
				}
				tgts[i] = Target{Block: b, Args: make([]Value, len(t.args))}
			}
			v = p.f.Terminate(in.block, in.op, in.aux, args, tgts...)
		} else {
			if len(in.targets) > 0 {
				return p.errorf("%s takes no block targets", in.op)
			}
			v = p.f.Append2(in.block, in.op, in.typ, in.aux, in.aux2, args...)
		}
		defs[k] = v
		if in.def != "" {
			if _, dup := p.values[in.def]; dup {
				return p.errorf("%s defined twice", in.def)
			}
			p.values[in.def] = v
		}
	}
	for k, in := range insts {
		p.line = in.line
		v := defs[k]
		for i, a := range in.args {
			x, err := p.value(a)
			if err != nil {
				return err
			}
			p.f.SetArg(v, i, x)
		}
		for i, t := range in.targets {
			tg := p.f.targets[p.f.insts[v].tgts.start+uint32(i)]
			for j, a := range t.args {
				x, err := p.value(a)
				if err != nil {
					return err
				}
				p.f.args[tg.args.start+uint32(j)] = x
			}
		}
	}
	return nil
}

func (p *parser) value(name string) (Value, error) {
	v, ok := p.values[name]
	if !ok {
		return 0, p.errorf("undefined value %s", name)
	}
	return v, nil
}

// header parses: func "name"(types) -> (types) {
func (p *parser) header(line string) error {
	rest, ok := strings.CutPrefix(line, "func ")
	if !ok || !strings.HasSuffix(rest, "{") {
		return p.errorf(`expected: func "name"(params) -> (results) {`)
	}
	rest = strings.TrimSpace(strings.TrimSuffix(rest, "{"))
	open := strings.IndexByte(rest, '(')
	if open < 0 {
		return p.errorf("missing parameter list")
	}
	name, err := strconv.Unquote(strings.TrimSpace(rest[:open]))
	if err != nil {
		return p.errorf("bad function name %s", rest[:open])
	}
	params, rest, err := p.typeList(rest[open:])
	if err != nil {
		return err
	}
	rest, ok = strings.CutPrefix(strings.TrimSpace(rest), "->")
	if !ok {
		return p.errorf("missing -> (results)")
	}
	results, rest, err := p.typeList(strings.TrimSpace(rest))
	if err != nil {
		return err
	}
	if strings.TrimSpace(rest) != "" {
		return p.errorf("unexpected %q", rest)
	}
	p.f = &Func{Name: name, Sig: Signature{Params: params, Results: results}, insts: make([]inst, 1, 64), pos: make([]int32, 1, 64), curPos: -1}
	return nil
}

// typeList parses "(t, t, ...)" and returns the rest of s.
func (p *parser) typeList(s string) ([]Type, string, error) {
	if !strings.HasPrefix(s, "(") {
		return nil, s, p.errorf("expected (")
	}
	end := strings.IndexByte(s, ')')
	if end < 0 {
		return nil, s, p.errorf("missing )")
	}
	var ts []Type
	for _, f := range strings.Split(s[1:end], ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		t, ok := parseType(f)
		if !ok {
			return nil, s, p.errorf("unknown type %q", f)
		}
		ts = append(ts, t)
	}
	return ts, s[end+1:], nil
}

// blockHeader parses "bN" or "bN(vX:t, ...)" and creates the block.
func (p *parser) blockHeader(s string) (Block, error) {
	name, params := s, ""
	if i := strings.IndexByte(s, '('); i >= 0 {
		if !strings.HasSuffix(s, ")") {
			return 0, p.errorf("bad block header %q", s)
		}
		name, params = s[:i], s[i+1:len(s)-1]
	}
	name = strings.TrimSpace(name)
	if !isName(name, 'b') {
		return 0, p.errorf("bad block name %q", name)
	}
	if _, dup := p.blocks[name]; dup {
		return 0, p.errorf("block %s defined twice", name)
	}
	b := p.f.NewBlock()
	p.blocks[name] = b
	for _, prm := range strings.Split(params, ",") {
		prm = strings.TrimSpace(prm)
		if prm == "" {
			continue
		}
		vn, tn, ok := strings.Cut(prm, ":")
		t, tok := parseType(strings.TrimSpace(tn))
		vn = strings.TrimSpace(vn)
		if !ok || !tok || !isName(vn, 'v') {
			return 0, p.errorf("bad block parameter %q", prm)
		}
		if _, dup := p.values[vn]; dup {
			return 0, p.errorf("%s defined twice", vn)
		}
		p.values[vn] = p.f.AddParam(b, t)
	}
	return b, nil
}

func isName(s string, prefix byte) bool {
	if len(s) < 2 || s[0] != prefix {
		return false
	}
	_, err := strconv.ParseUint(s[1:], 10, 31)
	return err == nil
}

// inst parses "[vN:t =] op [imm...] [operands and targets]".
func (p *parser) inst(line string) (pendingInst, error) {
	in := pendingInst{line: p.line}
	if def, rest, ok := strings.Cut(line, "="); ok {
		vn, tn, ok := strings.Cut(strings.TrimSpace(def), ":")
		t, tok := parseType(strings.TrimSpace(tn))
		vn = strings.TrimSpace(vn)
		if !ok || !tok || !isName(vn, 'v') {
			return in, p.errorf("bad definition %q", def)
		}
		in.def, in.typ = vn, t
		line = strings.TrimSpace(rest)
	}
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return in, p.errorf("missing opcode")
	}
	op, ok := opByName.Get()[fields[0]]
	if !ok || op == OpParam {
		return in, p.errorf("unknown opcode %q", fields[0])
	}
	in.op = op
	rest := strings.TrimSpace(strings.TrimPrefix(line, fields[0]))
	// The immediates' token kinds, in order: n number, c condition, t
	// trap code, s shape.
	var toks string
	switch op.Info().imm {
	case immInt, immBits:
		toks = "n"
	case immCond:
		toks = "c"
	case immTrap:
		toks = "t"
	case immTrap2:
		toks = "tt"
	case immInt2, immV128:
		toks = "nn"
	case immShape:
		toks = "s"
	case immShapeCond:
		toks = "sc"
	case immShapeLane:
		toks = "sn"
	case immMemShape:
		toks = "ns"
	case immMemShapeLane:
		toks = "nsn"
	}
	var vals [3]int64
	for i := 0; i < len(toks); i++ {
		tok, after, _ := strings.Cut(rest, " ")
		rest = strings.TrimSpace(after)
		if tok == "" {
			return in, p.errorf("%s needs %d immediates", op, len(toks))
		}
		x, err := p.imm(toks[i], tok)
		if err != nil {
			return in, err
		}
		vals[i] = x
	}
	in.aux, in.aux2 = vals[0], vals[1]
	if op.Info().imm == immMemShapeLane {
		in.aux2 = LaneAux2(Shape(vals[1]), int(vals[2]))
	}
	for _, item := range splitOperands(rest) {
		switch {
		case isName(item, 'v'):
			if len(in.targets) > 0 {
				return in, p.errorf("operand %s after a block target", item)
			}
			in.args = append(in.args, item)
		case len(item) > 0 && item[0] == 'b':
			name, args := item, ""
			if i := strings.IndexByte(item, '('); i >= 0 && strings.HasSuffix(item, ")") {
				name, args = item[:i], item[i+1:len(item)-1]
			}
			if !isName(name, 'b') {
				return in, p.errorf("bad target %q", item)
			}
			t := pendingTarget{block: name}
			for _, a := range strings.Split(args, ",") {
				if a = strings.TrimSpace(a); a != "" {
					if !isName(a, 'v') {
						return in, p.errorf("bad argument %q", a)
					}
					t.args = append(t.args, a)
				}
			}
			in.targets = append(in.targets, t)
		default:
			return in, p.errorf("bad operand %q", item)
		}
	}
	return in, nil
}

// splitOperands splits on commas outside parentheses.
func splitOperands(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

func (p *parser) imm(kind byte, tok string) (int64, error) {
	switch kind {
	case 's':
		if sh, ok := ShapeByName(tok); ok {
			return int64(sh), nil
		}
		return 0, p.errorf("unknown shape %q", tok)
	case 'c':
		for c, n := range condNames {
			if n == tok {
				return int64(c), nil
			}
		}
		return 0, p.errorf("unknown condition %q", tok)
	case 't':
		if c, ok := abi.TrapCodeByName(tok); ok {
			return int64(c), nil
		}
		return 0, p.errorf("unknown trap code %q", tok)
	}
	if u, err := strconv.ParseUint(tok, 0, 64); err == nil {
		return int64(u), nil
	}
	x, err := strconv.ParseInt(tok, 0, 64)
	if err != nil {
		return 0, p.errorf("bad immediate %q", tok)
	}
	return x, nil
}
