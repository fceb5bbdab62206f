#!/bin/sh
# Rebuilds the hostile test modules from their .wat sources. Needs wabt
# (apt-get install wabt).
set -eu
cd "$(dirname "$0")"
for f in *.wat; do
	wat2wasm --debug-names "$f" -o "${f%.wat}.wasm"
done
