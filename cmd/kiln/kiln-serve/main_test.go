package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"

	"github.com/kilnwasm/kiln/internal/testexec"
)

// TestMain points the default cache ($XDG_CACHE_HOME/kiln) of every test
// here at a temporary directory, as cmd/kiln's tests do. (The helper
// processes inherit the parent's.)
func TestMain(m *testing.M) { testexec.MainWithTempCache(m, helperArgsEnv) }

// kilnServe runs kiln-serve (kiln serve) with args in this process.
func kilnServe(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// helperArgsEnv makes TestHelperKilnServe run kiln-serve with these
// arguments (JSON) and exit with its status.
const helperArgsEnv = "KILN_SERVE_TEST_HELPER_ARGS"

func TestHelperKilnServe(t *testing.T) {
	js := os.Getenv(helperArgsEnv)
	if js == "" {
		t.Skip("helper process for the tests of the server")
	}
	var args []string
	if err := json.Unmarshal([]byte(js), &args); err != nil {
		os.Exit(99)
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// selfCommand returns a command running this test binary with args
// (through qemu when the tests run under it).
func selfCommand(args ...string) *exec.Cmd { return testexec.Command(args...) }
