#!/usr/bin/env bash
# bench/fuzz.sh: run every Fuzz* target of the repository for a while.
#
# Usage: bench/fuzz.sh [seconds-per-target]     (default 5; CI uses the default)
#        FUZZTIME=10m bench/fuzz.sh             (any go test -fuzztime value)
#        FUZZ_PARALLEL=1 bench/fuzz.sh          (workers per target; default: go's)
#
# Targets are found with grep (func FuzzXxx(f *testing.F) in *_test.go), so
# new ones are picked up without editing this script. Each target runs alone
# (go test -fuzz accepts one target per run). A failing target prints go
# test's output and keeps the failing input under testdata/fuzz/ as a
# regression case; the script goes on with the others and exits 1 at the end.
#
# go test -fuzz sometimes ends a run with "context deadline exceeded" and no
# failing input: the -fuzztime deadline hit while a worker was minimizing a
# new interesting input (a go command flake, not a finding). Such a run is
# tried again, up to three runs; a real failure always writes "Failing input
# written to" and is never retried.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
t=${1:-${FUZZTIME:-5}}
case $t in *[!0-9]*) ;; *) t=${t}s ;; esac
par=()
[ -n "${FUZZ_PARALLEL:-}" ] && par=(-parallel "$FUZZ_PARALLEL")

# file:line:func FuzzName(... -> "dir name", skipping testdata and nested modules.
targets=$(grep -rn --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' . |
	grep -v '/testdata/' | grep -v '^\./bench/' |
	sed -E 's|^\./(.*)/[^/]+_test\.go:[0-9]+:func (Fuzz[A-Za-z0-9_]*)\(.*|\1 \2|' | sort -u)
if [ -z "$targets" ]; then
	echo "fuzz.sh: no Fuzz targets found" >&2
	exit 0
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
fuzz() {
	for try in 1 2 3; do
		go test -run='^$' -fuzz="^${2}\$" -fuzztime="$t" "${par[@]}" "./$1" 2>&1 | tee "$log" && return 0
		grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log" || return 1
		echo "== deadline flake (run $try), no failing input: again"
	done
	return 1
}
n=0
failed=()
while read -r dir name; do
	start=$(date +%s)
	echo "== ./$dir $name (fuzztime $t)"
	if fuzz "$dir" "$name"; then
		echo "== ./$dir $name ok in $(($(date +%s) - start)) s"
	else
		echo "== ./$dir $name FAILED"
		failed+=("./$dir $name")
	fi
	n=$((n + 1))
done <<<"$targets"
if [ ${#failed[@]} -gt 0 ]; then
	printf 'fuzz.sh: %d of %d targets failed:\n' ${#failed[@]} $n
	printf '  %s\n' "${failed[@]}"
	exit 1
fi
echo "fuzz.sh: $n targets passed"
