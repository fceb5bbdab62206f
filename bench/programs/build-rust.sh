#!/bin/sh
# Builds one Rust benchmark program, bench/programs/src/NAME.rs, with the
# crates it names, either for Wasm (by build.sh, to the committed
# programs/wasm/NAME-simd.wasm) or natively (by kilnbench, at run time, as
# the native reference). One script for both, so that the two builds differ
# only in their target:
#
#   common   rustc -C opt-level=3 -C codegen-units=1 (cargo's release
#            profile, one codegen unit), crates and program alike
#   wasm     --target wasm32-wasip1 (or wasm32-wasi on older rustc)
#            -C target-feature=+simd128: the crates' hand-written Wasm SIMD
#            paths
#   native   the crates' 128-bit x86 paths (SSE2, SSE4.2), never AVX2, so
#            that native and Wasm run the same algorithm on vectors of the
#            same width (see the crate list below)
#
# The crates are built from the source that Debian packages ship in
# /usr/share/cargo/registry (apt-get install librust-memchr-dev
# librust-simdutf8-dev), without cargo: their build scripts only set the cfgs
# given below. The rustc must have the Wasm WASI standard library: Debian's
# rustc with libstd-rust-dev-wasm32 (apt-get install rustc
# libstd-rust-dev-wasm32), or a rustup toolchain with the wasm32-wasip1
# target. The first of $RUSTC, rustc in PATH and /usr/bin/rustc that has it
# is used, for the native build too (same compiler on both sides).
#
#   usage: build-rust.sh wasm|native|version|rustc SRC.rs OUT
#   (rustc prints the rustc it chose and its WASI target, for other build
#   scripts: testdata/serve/build.sh)
#
# A program names its crates in a line of its source:
#   //! kilnbench-crates: memchr-2.5.0 simdutf8-0.1.4
set -eu
mode=$1
registry=${KILN_CARGO_REGISTRY:-/usr/share/cargo/registry}

wasm_target() { # prints the WASI target that $1's sysroot has
	sysroot=$("$1" --print sysroot 2>/dev/null) || return 1
	for t in wasm32-wasip1 wasm32-wasi; do
		if [ -d "$sysroot/lib/rustlib/$t/lib" ]; then
			echo "$t"
			return 0
		fi
	done
	return 1
}
rustc=
for cand in ${RUSTC:-} rustc /usr/bin/rustc; do
	if command -v "$cand" >/dev/null 2>&1 && wasm_target "$cand" >/dev/null; then
		rustc=$cand
		break
	fi
done
if [ -z "$rustc" ]; then
	echo "build-rust.sh: no rustc with a wasm32 WASI standard library (apt-get install rustc libstd-rust-dev-wasm32)" >&2
	exit 1
fi
wt=$(wasm_target "$rustc")
if [ "$mode" = rustc ]; then
	echo "$rustc $wt"
	exit 0
fi
if [ "$mode" = version ]; then
	echo "$("$rustc" --version) -C opt-level=3 -C codegen-units=1"
	exit 0
fi
src=$2
out=$3

# crate_flags CRATE MODE: the flags that the crate's build script (or the
# benchmark's choice of implementation) sets.
crate_flags() {
	case $1 in
	memchr-2.5.*)
		# build.rs: memchr_runtime_simd plus, on x86_64,
		# memchr_runtime_{sse2,sse42,avx} or, on wasm32 with simd128,
		# memchr_runtime_wasm128. memchr_runtime_avx is left out natively:
		# without it memmem's "generic SIMD" searcher and prefilter use
		# __m128i (SSE2) instead of detecting AVX2 at run time.
		echo "--cfg feature=\"std\" --cfg memchr_runtime_simd"
		if [ "$2" = wasm ]; then echo "--cfg memchr_runtime_wasm128"; else echo "--cfg memchr_runtime_sse2"; fi
		;;
	simdutf8-0.1.*)
		# No "std" feature: without it the implementation is chosen at
		# compile time from the target features: simd128 on Wasm, SSE4.2
		# natively (with "std" it would detect AVX2 at run time).
		if [ "$2" = native ]; then echo "-C target-feature=+sse4.2"; fi
		;;
	*)
		echo "build-rust.sh: no flags known for crate $1" >&2
		return 1
		;;
	esac
}

common="-C opt-level=3 -C codegen-units=1 -C debuginfo=0"
case $mode in
wasm) target="--target $wt -C target-feature=+simd128" ;;
native) target="" ;;
*)
	echo "usage: build-rust.sh wasm|native|version|rustc SRC.rs OUT" >&2
	exit 2
	;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
externs=
crates=$(sed -n 's|^//! kilnbench-crates:||p' "$src")
for c in $crates; do
	dir="$registry/$c"
	if [ ! -f "$dir/src/lib.rs" ]; then
		echo "build-rust.sh: crate source $dir not found (Debian: apt-get install librust-${c%-*}-dev)" >&2
		exit 1
	fi
	name=${c%-*}
	edition=$(sed -n 's/^edition *= *"\([0-9]*\)".*/\1/p' "$dir/Cargo.toml" | head -n 1)
	flags=$(crate_flags "$c" "$mode")
	# shellcheck disable=SC2086 # word splitting of the flag lists is intended
	"$rustc" --crate-type rlib --crate-name "$name" --edition "${edition:-2015}" $common $target $flags \
		--cap-lints allow -o "$tmp/lib$name.rlib" "$dir/src/lib.rs"
	externs="$externs --extern $name=$tmp/lib$name.rlib"
done
# shellcheck disable=SC2086
# (the remapping keeps this checkout's path out of the module's panic messages)
"$rustc" --crate-type bin --edition 2021 $common $target -C strip=debuginfo -L "$tmp" $externs \
	--remap-path-prefix "$(dirname "$src")=programs/src" -o "$out" "$src"
