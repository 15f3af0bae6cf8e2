#!/usr/bin/env bash
# Rebuild the shipped dataset (src/regwatch/data) from the seed articles and the
# corpus's curated facts. Usage: scripts/build_dataset.sh [SHARED_FOLDER]
# (default: $REGWATCH_SHARED, else ../shared). Same inputs, same bytes: commit the
# result together with a CHANGELOG line when the content changes.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-${REGWATCH_SHARED:-$(cd .. && pwd)/shared}}"
exec .venv/bin/regwatch build "$shared/seeds" \
  --metadata "$shared/seeds/sources.jsonl" \
  --curated "$shared/corpus/gold.jsonl" \
  --jobs 1 \
  -o src/regwatch/data
