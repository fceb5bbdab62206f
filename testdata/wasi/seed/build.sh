#!/bin/sh
# Rebuilds the seed-scenario WASI programs. Needs (Debian):
#   apt-get install -y rustc libstd-rust-dev-wasm32 clang lld wasi-libc libclang-rt-dev-wasm32
# and Go >= 1.21 (GOOS=wasip1).
set -eu
cd "$(dirname "$0")"
/usr/bin/rustc --target wasm32-wasi -O -C strip=debuginfo -o hello_rust.wasm hello.rs
clang --target=wasm32-wasi -O2 -Wl,--strip-debug -o hello_c.wasm hello.c
(cd go && GOOS=wasip1 GOARCH=wasm go build -trimpath -ldflags=-s -o ../hello_go.wasm .)
ls -l *.wasm
