#!/usr/bin/env bash
# The main job on one machine: a local Kafka broker, the worker, the seeds replayed, and the enriched
# articles shown as they arrive. Ctrl-C stops the worker and the broker.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
NEWSWIRE=".venv/bin/newswire"
PORT="${NEWSWIRE_KAFKA_PORT:-9092}"
export NEWSWIRE_BOOTSTRAP_SERVERS="127.0.0.1:$PORT"
mkdir -p var
worker_pid=""
cleanup() {
  trap - INT TERM EXIT
  echo; echo "stopping worker and broker..." >&2
  [ -n "$worker_pid" ] && kill "$worker_pid" 2>/dev/null && wait "$worker_pid" 2>/dev/null || true
  "$NEWSWIRE" broker stop --port "$PORT" >&2 || true
}
trap cleanup INT TERM EXIT
"$NEWSWIRE" broker start --port "$PORT"
"$NEWSWIRE" worker >var/worker.log 2>&1 &
worker_pid=$!
echo "worker running (pid $worker_pid, log var/worker.log, page and metrics on http://127.0.0.1:${NEWSWIRE_WEB_PORT:-6066}/)" >&2
"$NEWSWIRE" replay
echo "enriched articles (Ctrl-C to stop):" >&2
"$NEWSWIRE" --log-format console tail enriched --from-beginning
