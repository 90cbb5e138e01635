#!/usr/bin/env bash
# Installs what the tests need and runs the whole suite against a real Kafka broker
# (KAFKA_BOOTSTRAP_SERVERS if set, else testcontainers where Docker answers, else a local broker we start).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" test

# --- Prometheus (prometheus, promtool) and Chromium for tests/deploy and tests/web -----------------------------
# Debian packages, installed only when a binary is missing and we are root; otherwise those tests skip and say why.
missing_packages=()
command -v promtool >/dev/null && command -v prometheus >/dev/null || missing_packages+=(prometheus)
command -v chromium >/dev/null || missing_packages+=(chromium)
if [ "${#missing_packages[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}" >&2
fi
# ----------------------------------------------------------------------------------------------------------------
cd "$ROOT"
exec .venv/bin/python -m pytest "$@"
