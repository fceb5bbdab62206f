#!/bin/sh
# Rebuilds the modules the package examples use. Needs wabt (apt-get install wabt).
set -eu
cd "$(dirname "$0")"
wat2wasm example.wat -o example.wasm
wat2wasm greet.wat -o greet.wasm
wat2wasm --debug-names features.wat -o features.wasm
