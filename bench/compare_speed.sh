#!/usr/bin/env bash
# Words per second of two versions of audit on the same input, interleaved so that drift hits both:
#   bench/compare_speed.sh OLD_COMMIT [ROUNDS]
# runs `audit run --format json` on all WMT23 hypothesis files (../shared/corpora/wmt23/*.hyp.*.en),
# pinned to core 0, ROUNDS times (default 3) for each of OLD_COMMIT (a temporary git worktree, put
# first on PYTHONPATH) and the working tree, and prints the seconds and words/s of each run.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bench/compare_speed.sh OLD_COMMIT [ROUNDS]}
rounds=${2:-3}
files=(../shared/corpora/wmt23/*.hyp.*.en)
words=$(cat "${files[@]}" | wc -w)
tree=$(mktemp -d)
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$tree" "$old"
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
echo "words: $words; old: $old; new: working tree"
for _ in $(seq "$rounds"); do
  for which in old new; do
    start=$(date +%s.%N)
    if [ "$which" = old ]; then
      PYTHONPATH="$tree" "${pin[@]}" audit run --format json "${files[@]}" >/dev/null || [ $? -eq 1 ]
    else
      "${pin[@]}" audit run --format json "${files[@]}" >/dev/null || [ $? -eq 1 ]
    fi
    end=$(date +%s.%N)
    python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'$which {s:7.2f} s {int(sys.argv[3]) / s:9.0f} words/s')" "$start" "$end" "$words"
  done
done
