#!/bin/sh
# Rebuilds the committed benchmark modules in bench/programs/wasm/ from the
# C, C++ and Rust sources in bench/programs/src/ and the Go program in
# bench/programs/gobig/.
#
#   needs: clang, wasm-ld (lld), wasi-libc, libclang-rt-dev-wasm32 (Debian
#   package names), Go (GOOS=wasip1 GOARCH=wasm) for gobig.wasm, and for the
#   C++ and Rust programs the packages named below.
#   usage: bench/programs/build.sh [CC]      (CC defaults to clang; CXX,
#                                              for C++, to clang++)
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
# The C++ programs (src/NAME.cc, e.g. exprtree.cc) are built scalar only, to
# NAME.wasm, with clang++ and wasm32-wasi's libc++, without exceptions (that
# libc++ has none): clang++ --target=wasm32-wasi -O2 -ffp-contract=off
# -std=c++17 -fno-exceptions. They need libc++-dev-wasm32 and
# libc++abi-dev-wasm32 (Debian 12: libc++-14-dev-wasm32
# libc++abi-14-dev-wasm32, matching clang 14).
#
# The Rust programs (src/NAME.rs) are built with build-rust.sh: the
# call-heavy ones on crates of many small functions (markdown.rs on
# pulldown-cmark, regexlog.rs on regex, json.rs on serde_json, hashset.rs on
# std's collections) without SIMD to NAME.wasm, those marked
# "//! kilnbench-simd" (memmem.rs and utf8.rs, each on a library with a
# hand-written Wasm SIMD path) with simd128 to NAME-simd.wasm. They need
# rustc with the wasm32 WASI standard library and the crates' sources
# (Debian: apt-get install rustc libstd-rust-dev-wasm32 librust-memchr-dev
# librust-simdutf8-dev librust-pulldown-cmark-dev librust-regex-dev
# librust-aho-corasick-dev librust-serde-json-dev; see build-rust.sh).
#
# The native builds of the same sources (clang -O2 -ffp-contract=off,
# clang++ with the flags above, and build-rust.sh native) are made by the
# harness at run time, so they always match the machine.
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
cxx=${CXX:-clang++}
for src in "$here"/src/*.cc; do
	name=$(basename "$src" .cc)
	echo "  CXX  $name.wasm"
	$cxx $cflags -std=c++17 -fno-exceptions -o "$out/$name.wasm" "$src" -Wl,--strip-debug
done
echo "  RUST $(sh "$here/build-rust.sh" version)"
for src in "$here"/src/*.rs; do
	# NAME-simd for the programs marked //! kilnbench-simd, else NAME
	name=$(sh "$here/build-rust.sh" output "$src")
	echo "  RUST $name.wasm"
	sh "$here/build-rust.sh" wasm "$src" "$out/$name.wasm"
	case $name in
	*-simd) keep_if "RUST" "$out/$name.wasm" "$simd_re" "SIMD instructions" ;;
	esac
done
if [ -d "$here/gobig" ]; then
	echo "  GO   gobig.wasm"
	(cd "$here/gobig" && GOOS=wasip1 GOARCH=wasm go build -trimpath -buildvcs=false -o "$out/gobig.wasm" .)
fi
ls -l "$out"
