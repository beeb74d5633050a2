#!/usr/bin/env bash
# Designation parity on the curated files: runs `-c designations` on every
# ../shared/data/should-vdj file, then scores the outputs with ../shared/tools/score_vdj.py.
# Usage: bash bench/score-curated.sh [-v]    (from the repository root, after npm ci)
set -euo pipefail
shared=../shared
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pairs=()
start=$(date +%s.%N)
n=0
for f in "$shared"/data/should-vdj/*.fa; do
  b=$(basename "$f" .fa)
  node dist/src/cli.js -c designations -q -t 1 -o "$out" -b "$b" "$f"
  pairs+=("$f" "$out/$b.vidjil")
  n=$((n + $(grep -c '^>' "$f")))
done
end=$(date +%s.%N)
python3 "$shared/tools/score_vdj.py" "$@" "${pairs[@]}"
echo "$n sequences in $(echo "$end - $start" | bc) s (one process per file, germline loading included)"
