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
# The native builds of the same sources (clang -O2 -ffp-contract=off) are made
# by the harness at run time, so they always match the machine.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cc=${1:-${CC:-clang}}
out="$here/wasm"
mkdir -p "$out"
cflags="--target=wasm32-wasi -O2 -ffp-contract=off -Wall -Wextra"
for src in "$here"/src/*.c; do
	name=$(basename "$src" .c)
	echo "  CC   $name.wasm"
	$cc $cflags -o "$out/$name.wasm" "$src" -Wl,--strip-debug
	simd="$out/$name-simd.wasm"
	$cc $cflags -msimd128 -o "$simd" "$src" -Wl,--strip-debug
	if command -v wasm2wat >/dev/null 2>&1; then
		n=$(wasm2wat "$simd" | grep -cE '\b(v128|[if](8|16|32|64)x[0-9]+)\.' || true)
		if [ "$n" -eq 0 ]; then
			echo "  CC   $name-simd.wasm: no SIMD instructions, not kept"
			rm -f "$simd"
		else
			echo "  CC   $name-simd.wasm: $n lines with SIMD instructions"
		fi
	else
		echo "  CC   $name-simd.wasm (wasm2wat not found: SIMD content not checked)"
	fi
done
if [ -d "$here/gobig" ]; then
	echo "  GO   gobig.wasm"
	(cd "$here/gobig" && GOOS=wasip1 GOARCH=wasm go build -trimpath -buildvcs=false -o "$out/gobig.wasm" .)
fi
ls -l "$out"
