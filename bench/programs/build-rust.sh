#!/bin/sh
# Builds one Rust benchmark program, bench/programs/src/NAME.rs, with the
# crates it names, either for Wasm (by build.sh, to the committed
# programs/wasm/NAME.wasm or NAME-simd.wasm) or natively (by kilnbench, at
# run time, as the native reference). One script for both, so that the two
# builds differ only in their target.
#
# There are two kinds of Rust programs, told apart by a line of the source:
#
#   scalar   (the default) call-heavy programs on libraries of many small
#            functions (pulldown-cmark, regex, serde_json, std's HashMap):
#            built without Wasm SIMD to NAME.wasm; the crates' SIMD paths are
#            off on both sides (memchr's word-at-a-time fallback natively as
#            in Wasm), so that both run the same algorithm
#   simd     programs on a library with a hand-written Wasm SIMD path
#            (memchr's memmem, simdutf8), marked with a line
#              //! kilnbench-simd
#            built with simd128 to NAME-simd.wasm; natively the crates' 128-bit
#            x86 paths (SSE2, SSE4.2), never AVX2, so that native and Wasm run
#            the same algorithm on vectors of the same width
#
#   common   rustc -C opt-level=3 -C codegen-units=1 (cargo's release
#            profile, one codegen unit), crates and program alike
#   wasm     --target wasm32-wasip1 (or wasm32-wasi on older rustc), and
#            -C target-feature=+simd128 for the simd programs
#   native   the host's default target features (x86-64: SSE2), plus what
#            crate_flags adds for the simd programs
#
# The crates are built from the source that Debian packages ship in
# /usr/share/cargo/registry (apt-get install librust-memchr-dev
# librust-simdutf8-dev librust-pulldown-cmark-dev librust-regex-dev
# librust-aho-corasick-dev librust-serde-json-dev), without cargo: their
# build scripts only set the cfgs given in crate_flags below, and the
# features a program needs are set there too (cargo's defaults). The rustc
# must have the Wasm WASI standard library: Debian's rustc with
# libstd-rust-dev-wasm32 (apt-get install rustc libstd-rust-dev-wasm32), or a
# rustup toolchain with the wasm32-wasip1 target. The first of $RUSTC, rustc
# in PATH and /usr/bin/rustc that has it is used, for the native build too
# (same compiler on both sides).
#
#   usage: build-rust.sh wasm|native|version|rustc|output SRC.rs OUT
#   (rustc prints the rustc it chose and its WASI target, for other build
#   scripts: testdata/serve/build.sh; output SRC.rs prints the name of the
#   program's module, NAME or NAME-simd, for build.sh)
#
# A program names its crates in a line of its source, dependencies before
# the crates that use them (each crate is compiled against all the crates
# before it in the list):
#   //! kilnbench-crates: memchr-2.5.0 aho-corasick-0.7.19 regex-syntax-0.6.27 regex-1.7.1
set -eu
mode=$1
registry=${KILN_CARGO_REGISTRY:-/usr/share/cargo/registry}

# kind SRC.rs: prints simd or scalar (see above)
kind() {
	if grep -q '^//! kilnbench-simd$' "$1"; then echo simd; else echo scalar; fi
}
if [ "$mode" = output ]; then
	name=$(basename "$2" .rs)
	if [ "$(kind "$2")" = simd ]; then echo "$name-simd"; else echo "$name"; fi
	exit 0
fi

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
kind=$(kind "$src")

# features F...: the --cfg flags of cargo features
features() {
	for f in "$@"; do echo "--cfg feature=\"$f\""; done
}

# crate_flags CRATE: the flags that the crate's build script sets and the
# features the programs use (cargo's defaults), for $mode (wasm or native)
# and $kind (simd or scalar).
crate_flags() {
	case $1 in
	memchr-2.5.*)
		# build.rs: memchr_runtime_simd plus, on x86_64,
		# memchr_runtime_{sse2,sse42,avx} or, on wasm32 with simd128,
		# memchr_runtime_wasm128. memchr_runtime_avx is left out natively:
		# without it memmem's "generic SIMD" searcher and prefilter use
		# __m128i (SSE2) instead of detecting AVX2 at run time. For the
		# scalar programs none: on wasm32 without simd128 that is what
		# build.rs sets, natively what it sets with
		# CARGO_CFG_MEMCHR_DISABLE_AUTO_SIMD (the word-at-a-time fallback).
		features std
		if [ "$kind" = simd ]; then
			echo "--cfg memchr_runtime_simd"
			if [ "$mode" = wasm ]; then echo "--cfg memchr_runtime_wasm128"; else echo "--cfg memchr_runtime_sse2"; fi
		fi
		;;
	simdutf8-0.1.*)
		# No "std" feature: without it the implementation is chosen at
		# compile time from the target features: simd128 on Wasm, SSE4.2
		# natively (with "std" it would detect AVX2 at run time).
		if [ "$mode" = native ]; then echo "-C target-feature=+sse4.2"; fi
		;;
	aho-corasick-0.7.*) features std ;; # no build.rs
	regex-syntax-0.6.*)                 # no build.rs
		features unicode unicode-age unicode-bool unicode-case unicode-gencat unicode-perl \
			unicode-script unicode-segment
		;;
	regex-1.7.*) # no build.rs; the default features
		features std perf perf-cache perf-dfa perf-inline perf-literal aho-corasick memchr \
			unicode unicode-age unicode-bool unicode-case unicode-gencat unicode-perl \
			unicode-script unicode-segment
		;;
	bitflags-1.3.*) ;; # no build.rs, no default features
	unicase-2.6.*)
		# build.rs: one cfg per Rust version reached (1.5, 1.13, 1.31, 1.36)
		echo "--cfg __unicase__iter_cmp --cfg __unicase__default_hasher"
		echo "--cfg __unicase__const_fns --cfg __unicase__core_and_alloc"
		;;
	pulldown-cmark-0.9.*) ;; # build.rs only generates tests; the default feature is for its binary
	serde-1.0.*) features std ;; # build.rs: only cfgs for rustc older than 1.60
	itoa-1.0.*) ;;              # no build.rs
	ryu-1.0.2)
		# build.rs: integer128 (not on emscripten), must_use_return, maybe_uninit
		echo "--cfg integer128 --cfg must_use_return --cfg maybe_uninit"
		;;
	serde_json-1.0.*)
		# build.rs: the limb width of the float parser's big-integer
		# arithmetic, 64 bits on x86_64, 32 bits on other targets (wasm32)
		features std
		if [ "$mode" = wasm ]; then echo "--cfg limb_width_32"; else echo "--cfg limb_width_64"; fi
		;;
	*)
		echo "build-rust.sh: no flags known for crate $1" >&2
		return 1
		;;
	esac
}

common="-C opt-level=3 -C codegen-units=1 -C debuginfo=0"
case $mode in
wasm)
	target="--target $wt"
	if [ "$kind" = simd ]; then target="$target -C target-feature=+simd128"; fi
	;;
native) target="" ;;
*)
	echo "usage: build-rust.sh wasm|native|version|rustc|output SRC.rs OUT" >&2
	exit 2
	;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
externs=
crates=$(sed -n 's|^//! kilnbench-crates:||p' "$src")
for c in $crates; do
	dir="$registry/$c"
	name=$(echo "${c%-*}" | tr - _) # the crate's name in Rust: aho-corasick-0.7.19 is aho_corasick
	if [ ! -f "$dir/src/lib.rs" ]; then
		echo "build-rust.sh: crate source $dir not found (Debian: apt-get install librust-$(echo "${c%-*}" | tr _ -)-dev)" >&2
		exit 1
	fi
	edition=$(sed -n 's/^edition *= *"\([0-9]*\)".*/\1/p' "$dir/Cargo.toml" | head -n 1)
	flags=$(crate_flags "$c")
	# shellcheck disable=SC2086 # word splitting of the flag lists is intended
	"$rustc" --crate-type rlib --crate-name "$name" --edition "${edition:-2015}" $common $target $flags \
		--cap-lints allow -L "$tmp" $externs -o "$tmp/lib$name.rlib" "$dir/src/lib.rs"
	externs="$externs --extern $name=$tmp/lib$name.rlib"
done
# shellcheck disable=SC2086
# (the remapping keeps this checkout's path out of the module's panic messages)
"$rustc" --crate-type bin --edition 2021 $common $target -C strip=debuginfo -L "$tmp" $externs \
	--remap-path-prefix "$(dirname "$src")=programs/src" -o "$out" "$src"
