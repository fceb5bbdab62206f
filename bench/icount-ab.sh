#!/bin/bash
# icount-ab.sh BASE_KILN NEW_KILN [PROGRAM...]
#
# Compares two kiln binaries by the instructions that each bench program
# executes (valgrind's callgrind), which, unlike time, does not move with
# where code falls in memory: on the 2-core AMD EPYC hosts Kiln is
# measured on, the same loop runs up to 7% faster or slower after moving
# by a few bytes.
# Each program (default: all but gobig and hello) is compiled by both
# binaries, and each artifact run by the binary that made it with a small
# argument (about a tenth of the reference size); a program whose two
# artifacts are identical is reported as "same" and not run. Prints the
# instruction counts (millions) and the change. About 15 minutes for all
# programs on one core. Needs valgrind (Debian: apt-get install valgrind).
#
# Build both binaries with the same -ldflags "-X
# github.com/kilnwasm/kiln/runtime/artifact.buildVersion=ab" (any value,
# the same for both) so that an unchanged program's artifacts compare
# equal.
set -u
if [ $# -lt 2 ]; then
	sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
fi
B=$1 N=$2
shift 2
W=$(cd "$(dirname "$0")" && pwd)/programs/wasm
command -v valgrind >/dev/null || { echo "icount-ab: valgrind not found" >&2; exit 1; }
# The argument of each program (by the name before any -simd/-bulk).
declare -A arg=([base64]=4 [crc32]=1 [fannkuch]=9 [fib]=36 [hashtable]=1200000
	[interp]=40000 [mandelbrot]=800 [matmul]=600 [memops]=6 [nbody]=14000
	[pixels]=20 [sha256]=2 [sieve]=4000000 [sort]=1000000 [vdispatch]=33
	[wordcount]=8 [exprtree]=2 [hashset]=1 [json]=3 [markdown]=4 [memmem]=2
	[regexlog]=1 [utf8]=36)
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
	for f in "$W"/*.wasm; do
		p=$(basename "$f" .wasm)
		[ "$p" = gobig ] || [ "$p" = hello ] || progs+=("$p")
	done
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
count() { grep -m1 -E '^(summary|totals):' "$1" | awk '{print $2}'; }
for p in "${progs[@]}"; do
	a=${arg[${p%%-*}]:-}
	if [ -z "$a" ]; then echo "$p: no argument known"; continue; fi
	if ! "$B" compile -o "$d/b.kiln" "$W/$p.wasm" >/dev/null 2>"$d/err" ||
		! "$N" compile -o "$d/n.kiln" "$W/$p.wasm" >/dev/null 2>>"$d/err"; then
		echo "$p: compile failed: $(tail -1 "$d/err")"
		continue
	fi
	if cmp -s "$d/b.kiln" "$d/n.kiln"; then echo "$p same"; continue; fi
	# callgrind cannot follow Go's asynchronous preemption signals.
	for k in b n; do
		bin=$B
		[ $k = n ] && bin=$N
		if ! GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file="$d/$k.cg" \
			"$bin" run "$d/$k.kiln" "$a" >/dev/null 2>"$d/err"; then
			echo "$p: run failed ($k): $(grep -v '^==' "$d/err" | tail -1)"
			continue 2
		fi
	done
	awk -v p="$p" -v b="$(count "$d/b.cg")" -v n="$(count "$d/n.cg")" \
		'BEGIN {printf "%-15s %9.1fM %9.1fM %+7.2f%%\n", p, b/1e6, n/1e6, (n-b)*100/b}'
done
