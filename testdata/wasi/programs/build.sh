#!/bin/sh
# Rebuilds the real-program tests. Needs clang, lld, wasi-libc (Debian:
# apt-get install -y clang lld wasi-libc libclang-rt-dev-wasm32) and Go.
set -eu
cd "$(dirname "$0")"
clang --target=wasm32-wasi -O2 -Wl,--strip-debug -o cfiles.wasm cfiles.c
(cd gowalk && GOOS=wasip1 GOARCH=wasm go build -buildvcs=false -trimpath -ldflags=-s -o ../gowalk.wasm .)
