#!/usr/bin/env bash
# Creates .venv and installs newswire into it (with the test extras when called with "test").
# Sourced by demo.sh and test.sh; safe to run again (pip skips what is already there).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
command -v java >/dev/null || { echo "newswire: Java 17 is needed for the local Kafka broker (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "newswire: Maven is needed to fetch Kafka from Maven Central (apt-get install maven)" >&2; exit 1; }
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PYTHON" -m venv "$ROOT/.venv"
fi
"$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
extras=""
[ "${1:-}" = "test" ] && extras="[test]"
"$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT$extras"
