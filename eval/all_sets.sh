#!/bin/bash
# Every question set and fictional pack, both halves, over indexes built fresh; then the calibration and the typed
# forms. Usage: bash eval/all_sets.sh OUT_DIR   (about 20 minutes on 2 cores; writes OUT_DIR/SET-SPLIT.json,
# eval/reports/calibrate.json and eval/reports/typed.json)
set -u
OUT=${1:?usage: bash eval/all_sets.sh OUT_DIR}
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=1
H=.venv/bin/hoidap
WORK=$(mktemp -d)
mkdir -p "$OUT"
$H index --index "$WORK/index" --json > "$OUT/index-build.json"
for f in eval/data/dev*.jsonl eval/data/abstain.jsonl; do
  s=$(basename "$f" .jsonl)
  for sp in tune heldout; do
    $H eval qa "$f" --index "$WORK/index" --split $sp --json > "$OUT/$s-$sp.json" 2>/dev/null || rm -f "$OUT/$s-$sp.json"
  done
done
for d in eval/data/unseen eval/data/synthetic eval/data/synthetic[0-9]*; do
  p=$(basename "$d")
  $H index --corpus "$d" --index "$WORK/packs/$p" --json > /dev/null
  for sp in tune heldout; do
    $H eval qa "$d/questions.jsonl" --corpus "$d" --index "$WORK/packs/$p" --split $sp --json > "$OUT/$p-$sp.json" \
      2>/dev/null || rm -f "$OUT/$p-$sp.json"
  done
done
$H eval calibrate --index "$WORK/index" --split tune --json --out eval/reports/calibrate.json > /dev/null
.venv/bin/python -m eval.typed --index "$WORK/index" --json --out eval/reports/typed.json > /dev/null
rm -rf "$WORK"
