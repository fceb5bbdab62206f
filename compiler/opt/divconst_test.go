package opt

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// runStraight evaluates a function of one block and one integer parameter
// that ends in a return of one value, with the folder's own semantics.
func runStraight(t *testing.T, f *ir.Func, x uint64) uint64 {
	t.Helper()
	vals := make([]uint64, f.NumValues())
	b := f.Blocks()[0]
	vals[f.Params(b)[0]] = x
	for v := f.First(b); v != 0; v = f.Next(v) {
		args := f.Args(v)
		switch op := f.Op(v); op {
		case ir.OpIconst:
			vals[v] = uint64(f.Aux(v))
		case ir.OpCopy, ir.OpExtendU:
			vals[v] = vals[args[0]]
		case ir.OpReturn:
			return vals[args[0]]
		default:
			if len(args) != 2 {
				t.Fatalf("unexpected %v in\n%s", op, f)
			}
			var r uint64
			var ok bool
			if f.Type(args[0]) == ir.I32 {
				r, ok = evalInt32(op, f.Aux(v), uint32(vals[args[0]]), uint32(vals[args[1]]))
				if f.Type(v) == ir.I32 {
					r = uint64(uint32(r))
				}
			} else {
				r, ok = evalInt64(op, f.Aux(v), vals[args[0]], vals[args[1]])
			}
			if !ok {
				t.Fatalf("%v traps or is unknown in\n%s", op, f)
			}
			vals[v] = r
		}
	}
	t.Fatalf("no return in\n%s", f)
	return 0
}

func TestDivByConst(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	divisors := []int64{2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 25, 60, 100, 125, 641, 1000, 1 << 20, 1000000,
		1e9, 1e9 + 7, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 1 << 40, 1e12, 1e18,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 0x5555555555555555, -1 << 40}
	for i := 0; i < 200; i++ {
		divisors = append(divisors, int64(rng.Uint64()>>uint(rng.Intn(64))))
	}
	for _, d := range append([]int64(nil), divisors...) {
		divisors = append(divisors, -d)
	}
	for i := int64(-20); i <= 40; i++ {
		divisors = append(divisors, i)
	}
	xs := []uint64{0, 1, 2, 3, 7, 100, 999999, 1000000, 1000001, 0x7fffffff, 0x80000000, 0x80000001,
		0xfffffffe, 0xffffffff, 1 << 32, 1<<63 - 1, 1 << 63, 1<<63 + 1, math.MaxUint64 - 1, math.MaxUint64}
	for i := 0; i < 300; i++ {
		xs = append(xs, rng.Uint64()>>uint(rng.Intn(64)))
		xs = append(xs, -(rng.Uint64() >> uint(rng.Intn(64))))
	}
	ops := []ir.Op{ir.OpIdivU, ir.OpIremU, ir.OpIdivS, ir.OpIremS}
	for _, typ := range []string{"i32", "i64"} {
		for _, op := range ops {
			for _, d := range divisors {
				if typ == "i32" {
					d = int64(int32(d))
				}
				src := fmt.Sprintf("func \"f\"(%[1]s) -> (%[1]s) {\nb0(v0:%[1]s):\n    v1:%[1]s = iconst %[2]d\n    v2:%[1]s = %[3]s v0, v1\n    return v2\n}", typ, d, op.Info().Name)
				f, err := ir.Parse(src)
				if err != nil {
					t.Fatal(err)
				}
				ConstFold(f)
				CopyProp(f)
				DCE(f)
				if err := ir.Verify(f); err != nil {
					t.Fatalf("%s %s %d: %v\n%s", typ, op.Info().Name, d, err, f)
				}
				kept := false
				for v := f.First(f.Blocks()[0]); v != 0; v = f.Next(v) {
					kept = kept || f.Op(v) == op
				}
				if mayTrap := d == 0 || d == -1 && op == ir.OpIdivS; kept != mayTrap {
					t.Fatalf("%s %s %d: division kept %v:\n%s", typ, op.Info().Name, d, kept, f)
				}
				if kept {
					continue
				}
				for _, x := range xs {
					var want uint64
					if typ == "i32" {
						w, _ := evalInt32(op, 0, uint32(x), uint32(d))
						want = uint64(uint32(w))
					} else {
						want, _ = evalInt64(op, 0, x, uint64(d))
					}
					got := runStraight(t, f, x)
					if typ == "i32" {
						got = uint64(uint32(got))
					}
					if got != want {
						t.Fatalf("%s %s x=%#x d=%d: got %#x, want %#x\n%s", typ, op.Info().Name, x, d, got, want, f)
					}
				}
			}
		}
	}
}

// The quotient and remainder by one constant share their multiplication
// once GVN has run.
func TestDivRemShareQuotient(t *testing.T) {
	f, err := ir.Parse(`
func "f"(i64) -> (i64) {
b0(v0:i64):
    v1:i64 = iconst 10
    v2:i64 = idiv_u v0, v1
    v3:i64 = irem_u v0, v1
    v4:i64 = iadd v2, v3
    return v4
}`)
	if err != nil {
		t.Fatal(err)
	}
	ConstFold(f)
	CopyProp(f)
	GVN(f)
	DCE(f)
	n := 0
	for v := f.First(f.Blocks()[0]); v != 0; v = f.Next(v) {
		if f.Op(v) == ir.OpImulhU {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d imulh_u, want 1:\n%s", n, f)
	}
}
