#!/usr/bin/env bash
# bench/run.sh: dslint's performance harness (documented in docs/performance.md).
#
# Builds dslint (this checkout), the floor checker (bench/floor: same x/tools
# and driver path, one no-op inspector pass), the synthetic-module generator
# (bench/gen) and the paired runner (bench/pair); then runs floor and dslint
# paired and alternating (A B A B ..., after warm-up rounds) on std and on
# generated modules, compares with gosec, times go vet -vettool on a
# warm cache, and prints the target checks and the scaling curve.
#
# Usage (from anywhere):   bench/run.sh            # full run (~6 min on 2 cores; longer the first time)
#                          QUICK=1 bench/run.sh    # smoke run (~2 min)
# Settings (environment):
#   PAIRS=5        measured rounds per measurement (after WARMUP rounds)
#   WARMUP=1       warm-up rounds
#   SIZES="100 500 2000"   synthetic module sizes (packages)
#   STD=1          measure std (0: skip)
#   GOSEC=1        compare with gosec v2.25.0 (GOSEC_BIN, gosec on PATH, or installed into
#                  $WORK/bin); 0: skip. gosec is ~30x slower, so it runs in its own
#                  GOSEC_ROUNDS=1 rounds (dslint, gosec -include=G101, gosec), on sizes
#                  <= GOSEC_MAX=100 packages (gosec takes ~500 s on 500 packages)
#   GOSEC_STD=0    also run gosec on std (slow)
#   VET=1          time go vet -vettool warm re-runs on the middle size
#   LARGE=1100     files of the large-package case: one generated package of that
#                  many files (the okta-sdk-golang shape, bench/gen -large), once
#                  without and once with DocuSign code (large, large-ds), each with
#                  a dslint -stats per-analyzer ceiling; 0: skip
#   WORK=/tmp/dslint-bench-$USER   scratch directory (binaries, modules, results)
# Results: $WORK/results.md (tables) and $WORK/results.jsonl (raw, appended).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
	: "${PAIRS:=2}" "${WARMUP:=1}" "${SIZES:=20 60}" "${STD:=0}" "${GOSEC_MAX:=20}" "${VET:=1}" "${LARGE:=200}"
fi
PAIRS=${PAIRS:-5}
WARMUP=${WARMUP:-1}
SIZES=${SIZES:-100 500 2000}
STD=${STD:-1}
GOSEC=${GOSEC:-1}
GOSEC_STD=${GOSEC_STD:-0}
GOSEC_ROUNDS=${GOSEC_ROUNDS:-1}
GOSEC_MAX=${GOSEC_MAX:-100}
VET=${VET:-1}
LARGE=${LARGE:-1100}
WORK=${WORK:-/tmp/dslint-bench-${USER:-$(id -u)}}
GOSEC_VERSION=v2.25.0

mkdir -p "$WORK/bin"
bin=$WORK/bin
jsonl=$WORK/results.jsonl
md=$WORK/results.md
: >"$jsonl"

log() { echo "== $*" >&2; }

log "building dslint, floor, gen, pair into $bin"
(cd "$root" && go build -o "$bin/dslint" ./cmd/dslint)
(cd "$here" && go build -o "$bin/floor" ./floor && go build -o "$bin/gen" ./gen && go build -o "$bin/pair" ./pair)

gosec=
if [ "$GOSEC" = 1 ]; then
	if [ -n "${GOSEC_BIN:-}" ]; then
		gosec=$GOSEC_BIN
	elif [ -x "$bin/gosec" ]; then
		gosec=$bin/gosec
	elif command -v gosec >/dev/null && gosec -version 2>&1 | grep -q "${GOSEC_VERSION#v}"; then
		gosec=$(command -v gosec)
	else
		log "installing gosec $GOSEC_VERSION"
		if GOBIN=$bin go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION"; then
			gosec=$bin/gosec
		else
			log "gosec install failed; continuing without gosec"
		fi
	fi
fi

# If an analyzer uses facts, dslint loads dependencies from source
# (LoadAllSyntax); then floor -facts (the same load mode) runs in every round too.
mkdir -p "$WORK/tiny"
printf 'module tiny\n\ngo 1.26.0\n' >"$WORK/tiny/go.mod"
printf 'package tiny\n' >"$WORK/tiny/tiny.go"
floorfacts=()
if (cd "$WORK/tiny" && "$bin/dslint" -stats ./... 2>&1 | grep -q 'dependencies from source'); then
	log "dslint uses facts: adding floor -facts to every round"
	floorfacts=("floor-facts=$bin/floor -facts PATTERN")
fi
ff() { [ ${#floorfacts[@]} -gt 0 ] && echo "${floorfacts[0]/PATTERN/$1}"; return 0; }

{
	echo "# dslint benchmark results"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(go version), $(nproc) CPUs, $(uname -m);"
	echo "dslint $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?') (working tree), PAIRS=$PAIRS WARMUP=$WARMUP."
	echo "Wall = median over rounds; ratio = median of per-round ratios to floor (run back to back)."
} >"$md"

pair() { "$bin/pair" -n "$PAIRS" -warmup "$WARMUP" -jsonl "$jsonl" "$@" | tee -a "$md"; }

# gosec_round LABEL DIR PATTERN: dslint, gosec -include=G101 and gosec in
# GOSEC_ROUNDS rounds (the floor rounds before have warmed the build cache).
gosec_round() {
	"$bin/pair" -n "$GOSEC_ROUNDS" -warmup 0 -jsonl "$jsonl" -label "$1-gosec" -C "$2" \
		"dslint=$bin/dslint $3 >/dev/null" \
		"gosec-G101=$gosec -quiet -include=G101 ./... >/dev/null" \
		"gosec=$gosec -quiet ./... >/dev/null" | tee -a "$md"
}

if [ "$STD" = 1 ]; then
	log "std: floor vs dslint"
	mapfile -t extra < <(ff std)
	pair -label std -C "$WORK" "floor=$bin/floor std" "dslint=$bin/dslint std >/dev/null" "${extra[@]}"
	if [ "$GOSEC_STD" = 1 ] && [ -n "$gosec" ]; then
		gosec_round std "$(go env GOROOT)/src" std
	fi
	log "std: per-analyzer time (sequential, dslint -stats)"
	{
		echo
		echo '## dslint -stats std'
		echo
		echo '```'
		(cd "$WORK" && "$bin/dslint" -stats std 2>&1 >/dev/null | sed 's/^dslint: //')
		echo '```'
	} | tee -a "$md"
fi

mid=
for n in $SIZES; do
	dir=$WORK/synth$n
	if [ ! -f "$dir/go.sum" ]; then
		log "generating $n packages in $dir"
		rm -rf "$dir"
		"$bin/gen" -n "$n" -o "$dir"
		(cd "$dir" && go mod tidy)
	fi
	log "synth$n: floor vs dslint"
	mapfile -t extra < <(ff ./...)
	pair -label "synth$n" -C "$dir" "floor=$bin/floor ./..." "dslint=$bin/dslint ./... >/dev/null" "${extra[@]}"
	if [ -n "$gosec" ] && [ "$n" -le "$GOSEC_MAX" ]; then
		log "synth$n: dslint vs gosec"
		gosec_round "synth$n" "$dir" ./...
	fi
	[ -z "$mid" ] && mid=$n
	[ "$n" -le 500 ] && mid=$n
done

if [ "$VET" = 1 ] && [ -n "$mid" ]; then
	dir=$WORK/synth$mid
	log "go vet -vettool on synth$mid: unchanged re-run, then after editing one file"
	vet="go vet -vettool=$bin/dslint ./..."
	pair -label "vet-synth$mid" -C "$dir" \
		"vet-unchanged=$vet" \
		"edit-root=echo '// edit' \$(date +%s%N) >>g00/p0000/model.go" \
		"vet-after-root-edit=$vet" \
		"edit-leaf=echo '// edit' \$(date +%s%N) >>\$(ls -d g*/p* | tail -1)/model.go" \
		"vet-after-leaf-edit=$vet"
fi

if [ "$LARGE" -gt 0 ]; then
	for variant in large large-ds; do
		dir=$WORK/$variant$LARGE
		if [ ! -f "$dir/go.sum" ]; then
			log "generating $variant: one package of $LARGE files in $dir"
			rm -rf "$dir"
			flags=(-large "$LARGE")
			[ "$variant" = large-ds ] && flags+=(-docusign)
			"$bin/gen" "${flags[@]}" -o "$dir"
			(cd "$dir" && go mod tidy)
		fi
		log "$variant: floor vs dslint"
		pair -label "$variant" -C "$dir" "floor=$bin/floor ./..." "dslint=$bin/dslint ./... >/dev/null"
		log "$variant: per-analyzer time (sequential, dslint -stats)"
		# dslint exits 1 on large-ds's findings; the table is on stderr.
		(cd "$dir" && "$bin/dslint" -stats ./... 2>&1 >/dev/null | grep '^dslint: ' >"$WORK/stats-$variant.txt") || true
		{
			echo
			echo "## dslint -stats ($variant, $LARGE files)"
			echo
			echo '```'
			sed 's/^dslint: //' "$WORK/stats-$variant.txt"
			echo '```'
		} | tee -a "$md"
	done
fi

"$bin/pair" -summary "$jsonl" | tee -a "$md"
log "results: $md"
