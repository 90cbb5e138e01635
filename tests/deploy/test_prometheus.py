"""Prometheus as code: promtool accepts the config and the alert rules' unit tests pass, and a real Prometheus
scraping a real worker answers every query of the Grafana dashboard with data."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.support.worker_process import Deployment
from worker.broker import free_port

ROOT = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "newswire.json"
SEEDS = ROOT / "seeds"
SEED_COUNT = sum(1 for p in SEEDS.iterdir() if p.suffix in (".txt", ".json"))
ALERTS = {"NewswireWorkerDown", "NewswireConsumerLagGrowing", "NewswireDeadLetterRateHigh", "NewswireErrorRatioHigh",
          "NewswireLatencyP99High"}
# What Grafana would put in place of its variables for a dashboard showing the last few minutes.
GRAFANA_VARIABLES = {"$__rate_interval": "30s", "$__interval": "1s", "$__range": "5m"}
INSTALL_HINT = "apt-get install prometheus (Debian's package ships prometheus and promtool)"


def binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed: {INSTALL_HINT}")
    return path


def test_promtool_accepts_the_config_and_the_rules():
    promtool = binary("promtool")
    check = subprocess.run([promtool, "check", "config", "prometheus.yml"], cwd=PROMETHEUS_DIR,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "1 rule files found" in check.stdout + check.stderr


def test_every_alert_has_rule_unit_tests_that_pass():
    promtool = binary("promtool")
    tests = (PROMETHEUS_DIR / "newswire-rules.test.yml").read_text()
    for alert in ALERTS:
        assert f"alertname: {alert}" in tests, f"no promtool test for {alert}"
    result = subprocess.run([promtool, "test", "rules", "newswire-rules.test.yml"], cwd=PROMETHEUS_DIR,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_rules_define_the_documented_alerts():
    rules = (PROMETHEUS_DIR / "newswire-rules.yml").read_text()
    assert {line.split(":", 1)[1].strip() for line in rules.splitlines() if line.strip().startswith("- alert:")} == ALERTS


def dashboard_queries(instance: str = ".*") -> list[tuple[str, str]]:
    """(panel title, PromQL) of every target in the dashboard, Grafana variables substituted (``$instance`` by the
    given regular expression)."""
    queries = []
    for panel in json.loads(DASHBOARD.read_text())["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for variable, replacement in {**GRAFANA_VARIABLES, "$instance": instance}.items():
                expr = expr.replace(variable, replacement)
            assert "$" not in expr, f"unknown Grafana variable in {panel['title']!r}: {expr}"
            queries.append((panel["title"], expr))
    return queries


def test_the_dashboard_has_the_promised_panels():
    titles = {title for title, _ in dashboard_queries()}
    for wanted in ("Throughput in / out", "End-to-end latency", "Consumer lag per partition",
                   "Dead letters per minute by reason", "Quotes per minute by kind", "Positions per minute by stance",
                   "Extraction time", "In flight and rebalances"):
        assert wanted in titles
    datasources = {json.dumps(panel["datasource"], sort_keys=True) for panel in json.loads(DASHBOARD.read_text())["panels"]}
    assert datasources == {json.dumps({"type": "prometheus", "uid": "prometheus"}, sort_keys=True)}
    provisioned = (ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text()
    assert "uid: prometheus" in provisioned


def test_every_panel_follows_the_worker_chosen_in_the_instance_variable():
    dashboard = json.loads(DASHBOARD.read_text())
    [variable] = [v for v in dashboard["templating"]["list"] if v["name"] == "instance"]
    assert variable["includeAll"] and variable["allValue"] == ".*"
    assert variable["query"]["query"] == 'label_values(up{job="newswire"}, instance)'
    unscoped = [(panel["title"], target["expr"]) for panel in dashboard["panels"]
                for target in panel.get("targets", []) if 'instance=~"$instance"' not in target["expr"]]
    assert not unscoped


def scrape_config_for(worker_port: int, rules: Path) -> str:
    """deploy/prometheus/prometheus.yml aimed at a test worker, scraping and evaluating every second."""
    config = (PROMETHEUS_DIR / "prometheus.yml").read_text()
    substitutions = {
        '"worker:6066"': f'"127.0.0.1:{worker_port}"',
        "scrape_interval: 15s": "scrape_interval: 1s",
        "evaluation_interval: 15s": "evaluation_interval: 1s",
        "- newswire-rules.yml": f"- {rules}",
    }
    for old, new in substitutions.items():
        assert config.count(old) == 1, f"prometheus.yml no longer contains {old!r}"
        config = config.replace(old, new)
    return config


class PrometheusServer:
    def __init__(self, executable: str, config: Path, workdir: Path) -> None:
        self.port = free_port()
        self.log_path = workdir / "prometheus.log"
        self.process = subprocess.Popen(
            [executable, f"--config.file={config}", f"--storage.tsdb.path={workdir / 'tsdb'}",
             f"--web.listen-address=127.0.0.1:{self.port}", "--log.level=warn"],
            stdout=open(self.log_path, "wb"), stderr=subprocess.STDOUT,
        )

    def get(self, path: str, **params: str) -> dict:
        url = f"http://127.0.0.1:{self.port}{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read())

    def query(self, expr: str) -> list:
        answer = self.get("/api/v1/query", query=expr)
        assert answer["status"] == "success", answer
        return answer["data"]["result"]

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_path.read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=1):
                    return
            except OSError:
                time.sleep(0.3)
        raise TimeoutError(self.log_path.read_text())

    def wait_for(self, expr: str, predicate, timeout: float = 90) -> list:
        deadline = time.monotonic() + timeout
        result: list = []
        while time.monotonic() < deadline:
            result = self.query(expr)
            if predicate(result):
                return result
            time.sleep(1)
        raise AssertionError(f"{expr} never satisfied the condition; last result {result}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


@pytest.mark.kafka
def test_every_dashboard_query_returns_data_from_a_live_worker(kafka_bootstrap, tmp_path):
    executable = binary("prometheus")
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path)
    worker = deployment.start_worker()
    prometheus = None
    try:
        config = tmp_path / "prometheus.yml"
        config.write_text(scrape_config_for(worker.web_port, PROMETHEUS_DIR / "newswire-rules.yml"))
        prometheus = PrometheusServer(executable, config, tmp_path)
        prometheus.wait_ready()
        prometheus.wait_for('up{job="newswire"}', lambda result: result and result[0]["value"][1] == "1")

        malformed = tmp_path / "malformed.jsonl"
        malformed.write_bytes(b'{"body": "broken json\n')
        for replay in (deployment.cli("replay", "--quiet"), deployment.cli("replay", "--quiet", str(malformed))):
            assert replay.returncode == 0, replay.stderr.decode()
        prometheus.wait_for("sum(newswire_articles_enriched_total)",
                            lambda result: result and float(result[0]["value"][1]) >= SEED_COUNT)
        prometheus.wait_for('sum(newswire_articles_dead_lettered_total{reason="invalid_json"})',
                            lambda result: result and float(result[0]["value"][1]) >= 1)
        time.sleep(3)  # a few more scrapes, so every rate window holds samples before and after the replay

        empty = [(title, expr) for title, expr in dashboard_queries() if not prometheus.query(expr)]
        assert not empty, f"dashboard queries without data: {empty}\n{worker.log_tail()}"
        instance = f"127.0.0.1:{worker.web_port}"
        assert [s["metric"]["instance"] for s in prometheus.query('up{job="newswire"}')] == [instance]
        one_worker = [(title, expr) for title, expr in dashboard_queries(instance) if not prometheus.query(expr)]
        assert not one_worker, f"dashboard queries without data for {instance}: {one_worker}"
        assert not prometheus.query(dashboard_queries("no-such-worker")[0][1]), "the variable must filter"

        throughput = prometheus.query("sum(rate(newswire_articles_enriched_total[30s]))")
        assert float(throughput[0]["value"][1]) > 0
        lag = prometheus.query("newswire_consumer_lag_messages")
        assert {sample["metric"]["partition"] for sample in lag} == {str(p) for p in range(deployment.partitions)}
        alerts = {rule["name"] for group in prometheus.get("/api/v1/rules")["data"]["groups"] for rule in group["rules"]}
        assert alerts == ALERTS
    finally:
        if prometheus is not None:
            prometheus.stop()
        worker.stop()
