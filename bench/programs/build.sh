#!/bin/sh
# Rebuilds the committed benchmark modules in bench/programs/wasm/ from the
# C sources in bench/programs/src/ and the Go program in bench/programs/gobig/.
#
#   needs: clang, wasm-ld (lld), wasi-libc, libclang-rt-dev-wasm32 (Debian
#   package names), and Go (GOOS=wasip1 GOARCH=wasm) for gobig.wasm.
#   usage: bench/programs/build.sh [CC]      (CC defaults to clang)
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
done
if [ -d "$here/gobig" ]; then
	echo "  GO   gobig.wasm"
	(cd "$here/gobig" && GOOS=wasip1 GOARCH=wasm go build -trimpath -buildvcs=false -o "$out/gobig.wasm" .)
fi
ls -l "$out"
