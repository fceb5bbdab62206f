package cli

import (
	"fmt"
	"strconv"
	"strings"

	kilnapi "github.com/kilnwasm/kiln"
)

// LimitFlags are the resource limits of kiln run and kiln serve (see
// kiln.Limits; the nesting limit of host -> WebAssembly calls keeps
// its default: WASI functions never call back into the guest).
type LimitFlags struct {
	memory    *string
	tableElem *uint32
	stack     *string
}

// Bounds of --max-stack: 64 KiB holds a few thousand small frames, and
// 1 GiB is far beyond any sane recursion (the stack is address space
// reserved for the call, committed by the kernel as it is used).
const (
	minStack = 64 << 10
	maxStack = 1 << 30
)

// AddLimitFlags defines the limit flags in fs.
func AddLimitFlags(fs *FlagSet) *LimitFlags {
	return &LimitFlags{
		memory: fs.String("max-memory", "4GiB", "cap the guest's linear memory at `SIZE` (bytes, or with a KiB, MiB or GiB suffix; a multiple of 64KiB, at most 4GiB)"),
		tableElem: fs.Uint32("max-table-elements", kilnapi.DefaultTableElements,
			// (strconv, not fmt.Sprintf: every kiln run defines this flag,
			// and a cached run need not touch fmt at all)
			"cap each table of the guest at `N` elements (at most "+strconv.Itoa(kilnapi.MaxTableElements)+")"),
		stack: fs.String("max-stack", "1MiB", "run the guest on a native stack of `SIZE` (64KiB to 1GiB): deeper recursion\ntraps \"call stack exhausted\""),
	}
}

// Limits returns the parsed limits, or a usage error.
func (l *LimitFlags) Limits() (kilnapi.Limits, error) {
	var lim kilnapi.Limits
	bytes, err := ParseSize(*l.memory)
	if err != nil {
		return lim, UsageError("--max-memory: %v", err)
	}
	// Up to 4 GiB, the 32-bit maximum; the runtime makes at most
	// kilnapi.DefaultMemoryPages of it (4 GiB less a page).
	if bytes < kilnapi.PageSize || bytes > 1<<32 || bytes%kilnapi.PageSize != 0 {
		return lim, UsageError("--max-memory: %s is not a multiple of 64KiB between 64KiB and 4GiB", *l.memory)
	}
	lim.MemoryPages = uint32(bytes / kilnapi.PageSize)
	if *l.tableElem == 0 || *l.tableElem > kilnapi.MaxTableElements {
		return lim, UsageError("--max-table-elements: %d is not between 1 and %d", *l.tableElem, kilnapi.MaxTableElements)
	}
	lim.TableElements = *l.tableElem
	stack, err := ParseSize(*l.stack)
	if err != nil {
		return lim, UsageError("--max-stack: %v", err)
	}
	if stack < minStack || stack > maxStack {
		return lim, UsageError("--max-stack: %s is not between 64KiB and 1GiB", *l.stack)
	}
	lim.StackSize = int(stack)
	return lim, nil
}

// ParseSize parses a byte count with an optional binary suffix.
func ParseSize(s string) (uint64, error) {
	t := strings.TrimSpace(s)
	mult := uint64(1)
	for _, u := range []struct {
		suffix string
		mult   uint64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSuffix(t, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseUint(strings.TrimSpace(t), 10, 64)
	if err != nil || n > (1<<40)/mult {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	return n * mult, nil
}
