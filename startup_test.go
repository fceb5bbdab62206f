package kiln_test

import (
	"errors"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"syscall"
	"testing"
)

// Kiln's packages do little at init: every "kiln run" of a cached module
// pays for it, and most of what the compiler needs (opcode tables, the
// WASI bindings) is built on first use instead. The test binary reruns
// itself with GODEBUG=inittrace=1 and adds up what Kiln's packages
// allocate at init (some 26 KB in 170 allocations before the tables
// became lazy). The packages in noInit have no init work at all (their
// tables are static data or internal/lazy values): inittrace does not
// list them, and a start of kiln that does not compile does not page in
// their code.
func TestInitAllocatesLittle(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if errors.Is(err, syscall.ENOEXEC) {
		t.Skipf("cannot rerun the test binary (an emulator without binfmt_misc): %v", err)
	}
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	re := regexp.MustCompile(`(?m)^init (github\.com/kilnwasm/kiln\S*) @.* (\d+) bytes, (\d+) allocs$`)
	noInit := map[string]bool{
		"github.com/kilnwasm/kiln/backend/amd64":    true,
		"github.com/kilnwasm/kiln/backend/arm64":    true,
		"github.com/kilnwasm/kiln/compiler/ir":      true,
		"github.com/kilnwasm/kiln/internal/abi":     true,
		"github.com/kilnwasm/kiln/runtime/artifact": true,
		"github.com/kilnwasm/kiln/runtime/instance": true,
		"github.com/kilnwasm/kiln/wasi":             true,
	}
	var bytes, allocs, pkgs int
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		pkgs++
		if noInit[m[1]] {
			t.Errorf("%s has init work (%s bytes, %s allocs): make it static data or lazy", m[1], m[2], m[3])
		}
		b, _ := strconv.Atoi(m[2])
		a, _ := strconv.Atoi(m[3])
		t.Logf("%s: %d bytes, %d allocs", m[1], b, a)
		bytes += b
		allocs += a
	}
	if pkgs == 0 {
		t.Fatalf("no init trace of Kiln's packages in:\n%s", out)
	}
	if bytes > 8<<10 || allocs > 100 {
		t.Errorf("Kiln's packages allocate %d bytes in %d allocations at init, want at most 8 KB in 100", bytes, allocs)
	}
}
