#!/bin/sh
# Rebuilds the test modules of cmd/kiln from their .wat sources. Needs wabt
# (apt-get install wabt). Function names go into the name section only
# where a .wat gives one ($name): the backtrace tests rely on which
# functions have names.
set -eu
cd "$(dirname "$0")"
for f in *.wat; do
	wat2wasm --debug-names "$f" -o "${f%.wat}.wasm"
done
