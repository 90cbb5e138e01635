#!/usr/bin/env bash
# Installs what the tests need and runs the whole suite against a real Kafka broker
# (KAFKA_BOOTSTRAP_SERVERS if set, else testcontainers where Docker answers, else a local broker we start).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" test
cd "$ROOT"
exec .venv/bin/python -m pytest "$@"
