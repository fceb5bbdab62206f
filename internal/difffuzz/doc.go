// Package difffuzz is a differential fuzzer: random valid WebAssembly
// modules run on Kiln's native code (backend + runtime/instance, as the
// public API runs them) and on the IR interpreter (internal/interp, the
// oracle), which must agree.
//
// # Modules
//
// Generate makes a module from a seed (internal/wasmgen encodes it), so
// the fuzzer needs nothing installed: host imports (loggers, pure
// functions with many parameters and results, a callback into the module,
// imported globals, sometimes the memory and a table), up to 8 functions
// with multi-value signatures (some beyond the argument and result
// registers) calling each other directly and through 0-2 tables whose
// slots hold functions of the right type, of a wrong type or null; every
// numeric instruction of WebAssembly 2.0 (arithmetic, division and
// remainder, also by constants, shifts and rotates with random and
// constant counts, clz, ctz, popcnt, comparisons, conversions including
// trapping and saturating truncations, sign extension,
// reinterpretation), select, locals (up to 70, rotated in place),
// mutable and immutable globals of the four types, loads and stores of
// every width with random alignment, offsets and address arithmetic in
// and out of bounds, memory.size/grow, memory.fill/copy (overlapping
// too)/init, data.drop, table.get/set/size/grow/fill/copy/init,
// elem.drop, blocks, ifs and loops with parameters and results, br,
// br_if, br_table (up to 40 targets), return, unreachable, a start
// function and, rarely, unbounded recursion. Every generated module is
// validated by compiler/validate first: an invalid one is a generator
// bug, reported as such (Invalid), never as a divergence.
// TestGeneratorCoverage checks that every non-SIMD instruction is
// generated.
//
// Generated code terminates: a mutable global exported as "fuel" (set to
// Fuel by the harness before each call) is decremented on every function
// entry and loop iteration, a function entered without fuel returns
// zeros and a loop without fuel exits; loops also count down a counter of
// their own. The interpreter has a fuel limit too (interp.Store.Fuel) and
// each native call a deadline (1 s): a module on which the interpreter
// runs out is skipped, a native call still running at its deadline while
// the interpreter finished is a divergence.
//
// With the -binaryen flag of the command, modules also come from
// binaryen's "wasm-opt -ttf" (features limited to what Kiln compiles:
// with SIMD, NaNs removed by --denan and, in vector lanes, which
// binaryen 108's --denan leaves alone, by DenanV128). Their
// "fuzzing-support" imports are provided to both engines (logged,
// returning zeros), their hangLimitInitializer is called before every
// call.
//
// Values cross the engines' boundary in slots, a v128 taking two (low
// half first); v128 arguments are two random halves.
//
// # Comparison
//
// Check instantiates the module on both engines (same outcome or trap
// reason), then calls every exported function with a few argument vectors
// (zeros, ones, minus ones, boundary values, random values): the results
// or the trap reasons (the spec's reason strings), the host calls made,
// the size and every byte of linear memory and every exported global must
// be the same after each call. Calls run one after the other on the same
// instances, so state carries over.
//
// NaNs: WebAssembly lets an arithmetic instruction return a NaN of any
// sign and payload (when no input NaN is canonical), and engines may
// legitimately differ there. The generator therefore never lets such a
// NaN reach a place where its bits are observable: a float that may be
// one is replaced by 0 (x == x ? x : 0) before it is stored to a local, a
// global or memory, reinterpreted, passed as copysign's sign, passed to a
// function or host function (gen.sink). Float values whose NaN bits are
// deterministic (constants, loads, parameters, abs/neg/copysign of
// those) are not touched, so bit-exact NaN handling of loads, stores,
// reinterpretations and sign operations is still tested. Float results
// of calls are compared with any NaN equal to any NaN (a v128 per 64-bit
// half: equal, both f64 NaNs, or each 32-bit word equal or both f32
// NaNs; see sameV128 for its blind spot); memory is always
// compared bit for bit; exported globals and host-call arguments bit for
// bit for generated modules (Options.Exact), NaN-equal for binaryen's.
//
// Call stack exhaustion happens at an engine-specific depth, so the state
// left behind differs: after a call that exhausts the stack on either
// engine, both are instantiated afresh (that is counted, and the calls
// where only one engine ran out are counted apart, not compared). Tables and non-exported globals are not compared directly
// (funcref representations differ); they show through call_indirect,
// ref.is_null and the values computed from them.
//
// # Running
//
// go test ./internal/difffuzz/ checks a fixed batch of 300 generated
// modules (TestGenerated), 30 of binaryen's if wasm-opt is installed
// (TestBinaryen), and re-runs the reproducers in testdata/fuzz/difffuzz/
// (TestCorpus; a reproducer whose .txt starts with "known:" must still
// diverge). FuzzDiff is a native fuzz target mapping the fuzzer's bytes
// to a seed:
//
//	go test ./internal/difffuzz/ -run '^$' -fuzz FuzzDiff
//
// For long runs (progress with modules/s every 15 s, a reproducer .wasm
// and one-line .txt per divergence in -out):
//
//	go run ./internal/difffuzz/cmd/difffuzz -n 100000 -seed 1 -workers 2 [-binaryen]
//	go run ./internal/difffuzz/cmd/difffuzz -check file.wasm [-exact]
package difffuzz
