#!/bin/sh
# Rebuilds the example and hostile CGI handlers of kiln serve (see
# README.md) from their sources:
#
#   c/NAME.c      clang --target=wasm32-wasi -O2 (wasi-libc)
#                 hello, echo, json -> NAME-c.wasm; loop, trap, big,
#                 overread, cases   -> NAME.wasm
#   rust/NAME.rs  rustc --target wasm32-wasip1 (or wasm32-wasi) -C opt-level=3,
#                 std only, no cargo -> NAME-rust.wasm
#   go/           GOOS=wasip1 GOARCH=wasm go build -> handlers-go.wasm (hello,
#                 echo and json in one module, chosen by the route)
#   wat/NAME.wat  wat2wasm -> NAME.wasm
#
# Needs clang, lld, wasi-libc and libclang-rt-dev-wasm32; a rustc with the
# wasm32 WASI standard library ($RUSTC, rustc or /usr/bin/rustc: Debian's
# rustc with libstd-rust-dev-wasm32); Go; wabt. Debian:
#   apt-get install -y clang lld wasi-libc libclang-rt-dev-wasm32 rustc \
#     libstd-rust-dev-wasm32 wabt
# The committed modules were built with Debian 12's clang 14.0.6 and rustc
# 1.63.0, and Go 1.26.
set -eu
cd "$(dirname "$0")"

for n in hello echo json; do
	clang --target=wasm32-wasi -O2 -Wl,--strip-debug -o "$n-c.wasm" "c/$n.c"
done
for n in loop trap big overread cases; do
	clang --target=wasm32-wasi -O2 -Wl,--strip-debug -o "$n.wasm" "c/$n.c"
done

# The rustc (and its WASI target) the benchmark programs are built with.
set -- $(sh ../../bench/programs/build-rust.sh rustc)
rustc=$1 target=$2
for n in hello echo json; do
	"$rustc" --edition 2021 --target "$target" -C opt-level=3 -C codegen-units=1 \
		-C panic=abort -C strip=symbols -o "$n-rust.wasm" "rust/$n.rs"
done

(cd go && GOOS=wasip1 GOARCH=wasm go build -buildvcs=false -trimpath -ldflags=-s -o ../handlers-go.wasm .)

for f in wat/*.wat; do
	n=$(basename "$f" .wat)
	wat2wasm --debug-names "$f" -o "$n.wasm"
done
