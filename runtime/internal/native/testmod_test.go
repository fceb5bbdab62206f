package native

import (
	"sync"
	"testing"

	"github.com/kilnwasm/kiln/internal/rtasm"
	"github.com/kilnwasm/kiln/runtime/internal/codemem"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/twitchyliquid64/golang-asm/obj"
)

// Hand-assembled test functions. The function index of each is its testFn
// value. Calling convention (see doc.go): the entry finds its uint64 slots
// at ctx.Args; ctx in R15/X19, memory base in R14/X20.
type testFn int

const (
	fnEmpty          testFn = iota // return
	fnAdd                          // s[0] = s[0] + s[1]
	fnLoad32                       // s[0] = load32(mem + u32 s[0] + u32 s[1])
	fnStore32                      // store32(mem + u32 s[0], s[1])
	fnRecurse                      // infinite recursion with 64-byte frames (guard page)
	fnRecurseChecked               // infinite recursion with an explicit stack-limit check
	fnUnreachable                  // frame + ud2/udf (trap site: unreachable)
	fnExplicit                     // trap with code s[0] through the trap stub
	fnPollLoop                     // loop until ctx.Interrupt, then trap interrupted
	fnLoopN                        // s[0] iterations of an empty loop
	fnLoopNPoll                    // same, polling ctx.Interrupt each iteration
	fnHost                         // host call s[0] with slots s[1..4]; s[1] += 2*0x5eed; s[5] = membase reg
	fnHostLoop                     // s[0] host calls to host 0 with 1 slot (s[1])
	fnChainA                       // calls fnChainB
	fnChainB                       // frame + load32(mem + u32 s[0])
	fnDiv                          // s[0] = int64 s[0] / s[1] (amd64 idiv; arm64: explicit zero check)
	fnMemMove                      // memmove routine: dst mem+s[0], src mem+s[1], n s[2]; s[0] = bitmask of preserved registers that changed
	fnMemFill                      // memfill routine: dst mem+s[0], byte s[1], n s[2]; s[0] as fnMemMove
	fnCount
)

const (
	siteLoad32      = 0x20 // wasm offsets recorded for trap sites
	siteUnreachable = 0x30
	siteChainB      = 0x40
)

type testModule struct {
	blob  *codemem.Blob
	entry [fnCount]uintptr
}

var (
	modOnce sync.Once
	testMod *testModule
	modErr  error
)

func mod(t testing.TB) *testModule {
	modOnce.Do(func() {
		if modErr = Init(); modErr != nil {
			return
		}
		a := rtasm.New(goarch)
		var b testBuilder
		b.a, b.st = a, StubAddrs()
		b.build()
		code, err := a.Assemble()
		if err != nil {
			modErr = err
			return
		}
		b.patchCalls(code)
		var opt codemem.Options
		for f := testFn(0); f < fnCount; f++ {
			end := b.end[f]
			opt.Funcs = append(opt.Funcs, codemem.Func{Start: uint32(b.start[f].Pc), End: uint32(end.Pc), Index: int32(f)})
		}
		for _, s := range b.sites {
			opt.Traps = append(opt.Traps, codemem.TrapSite{Start: uint32(s.from.Pc), End: uint32(s.to.Pc), Code: s.code, Func: int32(s.fn), WasmOffset: s.off})
		}
		blob, err := codemem.Load(code, &opt)
		if err != nil {
			modErr = err
			return
		}
		testMod = &testModule{blob: blob}
		for f := testFn(0); f < fnCount; f++ {
			testMod.entry[f] = blob.Entry(int(b.start[f].Pc))
		}
	})
	if modErr != nil {
		t.Fatal(modErr)
	}
	return testMod
}

type site struct {
	from, to *obj.Prog
	code     trap.Code
	fn       testFn
	off      uint32
}

type testBuilder struct {
	a          *rtasm.Asm
	st         Stubs
	start, end [fnCount]*obj.Prog
	cur        testFn
	sites      []site
	fixups     []fixup
	rawCalls   []fixup
}

type fixup struct {
	p  *obj.Prog
	fn testFn
}

// callFn emits a direct call to a test function (resolved after build).
// amd64: golang-asm cannot CALL a label (it wants a symbol), so emit a raw
// E8 rel32 and patch it after assembly (patchCalls).
func (b *testBuilder) callFn(as obj.As, f testFn) {
	if b.a.Arch == "amd64" {
		p := b.a.Label()
		b.a.Raw(0xE8, 0, 0, 0, 0)
		b.rawCalls = append(b.rawCalls, fixup{p, f})
		return
	}
	b.fixups = append(b.fixups, fixup{b.a.Branch(as, nil), f})
}

func (b *testBuilder) patchCalls(code []byte) {
	for _, x := range b.rawCalls {
		at := int(x.p.Pc)
		rel := int32(int(b.start[x.fn].Pc) - (at + 5))
		code[at+1], code[at+2], code[at+3], code[at+4] = byte(rel), byte(rel>>8), byte(rel>>16), byte(rel>>24)
	}
}

func (b *testBuilder) begin(f testFn) {
	if f > 0 {
		b.end[f-1] = b.a.Label()
	}
	b.cur = f
	b.start[f] = b.a.Label()
}

// site marks the instructions emitted by emit as a trap site.
func (b *testBuilder) site(code trap.Code, off uint32, emit func()) {
	from := b.a.Label()
	emit()
	b.sites = append(b.sites, site{from, b.a.Label(), code, b.cur, off})
}

func (b *testBuilder) build() {
	for f := testFn(0); f < fnCount; f++ {
		b.begin(f)
		b.emit(f)
	}
	b.end[fnCount-1] = b.a.Label()
	for _, x := range b.fixups {
		x.p.To.SetTarget(b.start[x.fn])
	}
}
