#!/bin/sh
# Rebuilds the committed benchmark modules in bench/programs/wasm/ from the
# C sources in bench/programs/src/ and the Go program in bench/programs/gobig/.
#
#   needs: clang, wasm-ld (lld), wasi-libc, libclang-rt-dev-wasm32 (Debian
#   package names), and Go (GOOS=wasip1 GOARCH=wasm) for gobig.wasm.
#   usage: bench/programs/build.sh [CC]      (CC defaults to clang)
#
# Each C program is also built with Wasm SIMD (-msimd128) to NAME-simd.wasm,
# so that clang's auto-vectorization for Wasm is measured too. A SIMD build in
# which clang vectorized nothing (no v128/i32x4/f64x2... instruction, counted
# with wabt's wasm2wat) is deleted: it would only measure the scalar program
# again. Without wasm2wat every SIMD build is kept.
#
# A C program that calls memcpy, memset or memmove is also built with
# -mbulk-memory to NAME-bulk.wasm: clang then emits memory.copy and
# memory.fill for them, as toolchains do when bulk memory is enabled. A
# bulk build with neither instruction is deleted, like a SIMD build
# without SIMD.
#
# A C program written with Wasm SIMD intrinsics (it includes <wasm_simd128.h>,
# e.g. pixels.c) is built only with -msimd128, to NAME-simd.wasm.
#
# The Rust programs (src/NAME.rs, e.g. memmem.rs and utf8.rs, each built on a
# library with a hand-written Wasm SIMD path) are built with build-rust.sh to
# NAME-simd.wasm; they need rustc with the wasm32 WASI standard library and
# the crates' sources (Debian: apt-get install rustc libstd-rust-dev-wasm32
# librust-memchr-dev librust-simdutf8-dev; see build-rust.sh).
#
# The native builds of the same sources (clang -O2 -ffp-contract=off, and
# build-rust.sh native) are made by the harness at run time, so they always
# match the machine.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cc=${1:-${CC:-clang}}
out="$here/wasm"
mkdir -p "$out"
cflags="--target=wasm32-wasi -O2 -ffp-contract=off -Wall -Wextra"
# keep_if TAG FILE REGEX WHAT: keeps FILE only if its text form has lines
# matching REGEX (WHAT names them in the log)
keep_if() {
	if command -v wasm2wat >/dev/null 2>&1; then
		n=$(wasm2wat "$2" | grep -cE "$3" || true)
		if [ "$n" -eq 0 ]; then
			echo "  $1 $(basename "$2"): no $4, not kept"
			rm -f "$2"
		else
			echo "  $1 $(basename "$2"): $n lines with $4"
		fi
	else
		echo "  $1 $(basename "$2") (wasm2wat not found: $4 not checked)"
	fi
}
simd_re='\b(v128|[if](8|16|32|64)x[0-9]+)\.'
bulk_re='memory\.(copy|fill)'
for src in "$here"/src/*.c; do
	name=$(basename "$src" .c)
	simd="$out/$name-simd.wasm"
	if grep -q '^#include <wasm_simd128.h>' "$src"; then
		# written with Wasm SIMD intrinsics: there is no scalar build
		$cc $cflags -msimd128 -o "$simd" "$src" -Wl,--strip-debug
		keep_if "CC  " "$simd" "$simd_re" "SIMD instructions"
		continue
	fi
	echo "  CC   $name.wasm"
	$cc $cflags -o "$out/$name.wasm" "$src" -Wl,--strip-debug
	$cc $cflags -msimd128 -o "$simd" "$src" -Wl,--strip-debug
	keep_if "CC  " "$simd" "$simd_re" "SIMD instructions"
	if grep -qE '\bmem(cpy|set|move)\(' "$src"; then
		bulk="$out/$name-bulk.wasm"
		$cc $cflags -mbulk-memory -o "$bulk" "$src" -Wl,--strip-debug
		keep_if "CC  " "$bulk" "$bulk_re" "memory.copy or memory.fill"
	fi
done
echo "  RUST $(sh "$here/build-rust.sh" version)"
for src in "$here"/src/*.rs; do
	name=$(basename "$src" .rs)
	sh "$here/build-rust.sh" wasm "$src" "$out/$name-simd.wasm"
	keep_if "RUST" "$out/$name-simd.wasm" "$simd_re" "SIMD instructions"
done
if [ -d "$here/gobig" ]; then
	echo "  GO   gobig.wasm"
	(cd "$here/gobig" && GOOS=wasip1 GOARCH=wasm go build -trimpath -buildvcs=false -o "$out/gobig.wasm" .)
fi
ls -l "$out"
