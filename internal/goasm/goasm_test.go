package goasm_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/goasm"
	"github.com/kilnwasm/kiln/internal/rtasm"
)

// The first use of golang-asm in this process happens here, from several
// goroutines at once, through this package and rtasm (the amd64 backend
// creates its contexts with goasm.New too), for both architectures. Under -race
// this fails if any of them sets up the library's global tables outside
// the one lock. This test must stay the first in the package to touch
// golang-asm.
func TestConcurrentFirstUse(t *testing.T) {
	users := []func() error{
		func() error { _, err := assembleAMD64(); return err },
		func() error { _, err := assembleARM64(); return err },
		func() error {
			a := rtasm.New("amd64")
			a.I(x86.AADDQ, rtasm.Const(1), rtasm.Reg(x86.REG_AX))
			a.Ret()
			_, err := a.Assemble()
			return err
		},
		func() error {
			a := rtasm.New("arm64")
			a.I3(arm64.AADD, rtasm.Const(1), arm64.REG_R0, rtasm.Reg(arm64.REG_R0))
			a.Ret()
			_, err := a.Assemble()
			return err
		},
	}
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make([]error, 2*len(users))
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = users[i%len(users)]()
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("user %d: %v", i%len(users), err)
		}
	}
}

// progs is a Prog allocator for one list.
type progs struct{ ctxt *obj.Link }

func (p progs) new() *obj.Prog { return &obj.Prog{Ctxt: p.ctxt} }

func list(c *goasm.Ctx) (first *obj.Prog, add func(obj.As) *obj.Prog, alloc obj.ProgAlloc) {
	pa := progs{c.Link}
	first = pa.new()
	first.As = c.FirstAs()
	last := first
	add = func(as obj.As) *obj.Prog {
		p := pa.new()
		p.As = as
		last.Link = p
		last = p
		return p
	}
	return first, add, pa.new
}

func reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }
func con(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

func assembleAMD64() ([]byte, error) {
	c := goasm.MustNew(abi.ArchAMD64)
	first, add, alloc := list(c)
	p := add(x86.AADDQ)
	p.From, p.To = con(1), reg(x86.REG_R9)
	add(obj.ARET)
	code, _, err := c.Assemble(first, alloc)
	return code, err
}

func assembleARM64() ([]byte, error) {
	c := goasm.MustNew(abi.ArchARM64)
	first, add, alloc := list(c)
	// ADD $0, R1, R2 is the Progedit trap: without it, add x2, x1, x0.
	p := add(arm64.AADD)
	p.From, p.Reg, p.To = con(0), arm64.REG_R1, reg(arm64.REG_R2)
	add(obj.ARET).To = reg(arm64.REGLINK)
	code, _, err := c.Assemble(first, alloc)
	return code, err
}

func TestAssemble(t *testing.T) {
	code, err := assembleAMD64()
	// addq $1, r9 (49 83 c1 01); ret.
	if want := []byte{0x49, 0x83, 0xc1, 0x01, 0xc3}; err != nil || !bytes.Equal(code, want) {
		t.Errorf("amd64: % x, %v; want % x", code, err, want)
	}
	code, err = assembleARM64()
	// Progedit turned $0 into ZR: add x2, x1, xzr (0x8b1f0022), not
	// add x2, x1, x0; ret (0xd65f03c0). The dummy TEXT is not encoded;
	// the function may be padded with zero words.
	want := []byte{0x22, 0x00, 0x1f, 0x8b, 0xc0, 0x03, 0x5f, 0xd6}
	if err != nil || len(code) < len(want) || !bytes.Equal(code[:len(want)], want) {
		t.Errorf("arm64: % x, %v; want % x", code, err, want)
	}
}

// A rejected instruction is an error, not silently dropped code.
func TestDiagnostics(t *testing.T) {
	c := goasm.MustNew(abi.ArchAMD64)
	for range 2 { // the error does not stick to the context
		first, add, alloc := list(c)
		p := add(x86.AMOVQ)
		p.From, p.To = con(1), con(2)
		if _, _, err := c.Assemble(first, alloc); err == nil {
			t.Fatal("MOVQ $1, $2 assembled")
		}
	}
	if _, err := assembleAMD64(); err != nil {
		t.Fatal(err)
	}
	if _, err := goasm.New(abi.ArchUnknown); err == nil {
		t.Error("no error for an unknown architecture")
	}
}
