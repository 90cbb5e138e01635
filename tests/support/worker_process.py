"""Run ``newswire`` commands and worker processes against a real broker, each test with its own topics."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from worker.bench.harness import WorkerProcess
from worker.broker import free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Deployment:
    """One isolated newswire deployment on a shared broker: its own topic names, group and web port."""

    bootstrap: str
    workdir: Path
    partitions: int = 3
    extra_env: dict[str, str] = field(default_factory=dict)
    name: str = field(default_factory=lambda: "t" + uuid.uuid4().hex[:8])

    def topic(self, role: str) -> str:
        return f"{self.name}.{role}"

    def env(self, **overrides: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
        env.update(
            NEWSWIRE_BOOTSTRAP_SERVERS=self.bootstrap,
            NEWSWIRE_APP_ID=f"newswire-{self.name}",
            NEWSWIRE_TOPIC_PARTITIONS=str(self.partitions),
            NEWSWIRE_DATA_DIR=str(self.workdir / "var"),
            NEWSWIRE_LOG_LEVEL="info",
            **{f"NEWSWIRE_TOPIC_{role.upper()}": self.topic(role) for role in ("raw", "enriched", "quotes", "positions", "dlq")},
        )
        env.update(self.extra_env)
        env.update(overrides)
        return env

    def cli(self, *args: str, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "worker.cli", *args], env=self.env(), cwd=ROOT, input=input,
            capture_output=True, timeout=timeout,
        )

    def start_worker(self, **env_overrides: str) -> WorkerProcess:
        port = free_port()
        log_path = self.workdir / f"worker-{port}.log"
        log = open(log_path, "wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "worker.cli", "worker"],
            env=self.env(NEWSWIRE_WEB_PORT=str(port), **env_overrides),
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        worker = WorkerProcess(process, port, log_path)
        worker.wait_ready()
        return worker
