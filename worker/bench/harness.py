"""What the broker benchmarks share: a deployment of their own on the broker, worker processes, publishing,
waiting for outputs, reading timestamps, and watching the processes (memory, event-loop responsiveness).

Each run gets fresh topics and a consumer group named after a random tag, so it never mixes with another run or
with the tests on the same broker; its topics are deleted when it ends. Worker processes are children of this one,
in sessions of their own, and are stopped by their process group.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError

from worker.bench.exceptions import StalledRun
from worker.broker import free_port
from worker.kafka_admin import OUTPUT_SIZE_FACTOR, client_options, ensure_topics
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
WORKER_COMMAND = ("-m", "worker.cli", "worker")
PASSTHROUGH_COMMAND = ("-m", "worker.bench.passthrough")
PROBE_INTERVAL_SECONDS = 0.1
PROBE_TIMEOUT_SECONDS = 5.0


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The nearest-rank percentile of ``values`` (None when empty)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def _process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants that are alive now."""
    children = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="utf-8") as listed:
                children += [int(child) for child in listed.read().split()]
    return [pid] + [descendant for child in children for descendant in _process_tree(child)]


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:  # a child that ended meanwhile
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class WorkerProcess:
    """One worker (or pass-through) process of a benchmark run, with its web port and log file."""

    process: subprocess.Popen
    web_port: int
    log_path: Path

    def wait_ready(self, timeout: float = 90) -> None:
        """Wait until the process's web server answers: faust starts it once the app is up."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.web_port), timeout=0.5):
                return
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready after {timeout}s:\n{self.log_tail()}")

    def memory_mb(self) -> dict[str, float | None]:
        """Resident memory now and at its peak (VmRSS, VmHWM), in MB."""
        found: dict[str, float | None] = {"rss_mb": None, "peak_rss_mb": None}
        with contextlib.suppress(OSError), open(f"/proc/{self.process.pid}/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    found["rss_mb" if line.startswith("VmRSS") else "peak_rss_mb"] = int(line.split()[1]) / 1024
        return found

    def cpu_seconds(self) -> float:
        """CPU time (user + system, every thread) the process and its live children (the worker's extraction
        processes) have used so far."""
        return sum(_cpu_seconds(pid) for pid in _process_tree(self.process.pid))

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM the process group and wait; SIGKILL it if it has not stopped after ``timeout`` seconds."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self) -> None:
        """SIGKILL the process group at once, as a crash would end it."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)


@dataclass
class Deployment:
    """A benchmark's own topics and consumer group on the configured broker."""

    base: Settings
    partitions: int
    name: str = field(default_factory=lambda: "bench" + uuid.uuid4().hex[:8])
    workers: list[WorkerProcess] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.settings = self.base.model_copy(
            update={
                "app_id": f"newswire-{self.name}",
                "topic_partitions": self.partitions,
                "data_dir": self.base.data_dir / "bench" / self.name,
                **{f"topic_{role}": f"{self.name}.{role}" for role in ("raw", "enriched", "quotes", "positions", "dlq")},
            }
        )
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)

    def env(self, web_port: int) -> dict[str, str]:
        """The environment of a worker process: this deployment's settings as NEWSWIRE_* variables (the processing
        knobs ``max_in_flight`` and ``extract_processes`` come from the bench's own settings)."""
        env = {key: value for key, value in os.environ.items() if not key.startswith(("NEWSWIRE_", "KAFKA_BOOTSTRAP"))}
        s = self.settings
        env.update(
            NEWSWIRE_BOOTSTRAP_SERVERS=s.bootstrap_servers,
            NEWSWIRE_APP_ID=s.app_id,
            NEWSWIRE_TOPIC_PARTITIONS=str(s.topic_partitions),
            NEWSWIRE_DATA_DIR=str(s.data_dir),
            NEWSWIRE_WEB_PORT=str(web_port),
            NEWSWIRE_LOG_LEVEL=s.log_level,
            NEWSWIRE_MAX_IN_FLIGHT=str(s.max_in_flight),
            NEWSWIRE_EXTRACT_PROCESSES=str(s.extract_processes),
            **{f"NEWSWIRE_TOPIC_{role.upper()}": getattr(s, f"topic_{role}")
               for role in ("raw", "enriched", "quotes", "positions", "dlq")},
        )
        return env

    def __enter__(self) -> Deployment:
        # kafka-python warns about faust's group metadata, which it cannot decode; we only read the assignment.
        logging.getLogger("kafka").setLevel(logging.ERROR)
        ensure_topics(self.settings)
        return self

    def __exit__(self, *exc_info) -> None:
        for worker in self.workers:
            worker.stop()
        admin = KafkaAdminClient(**client_options(self.settings))
        try:
            with contextlib.suppress(Exception):  # best effort: a leftover topic costs disk, not correctness
                admin.delete_topics([self.settings.topic_raw, *self.settings.output_topics])
            with contextlib.suppress(Exception):
                admin.delete_groups([self.settings.app_id])
        finally:
            admin.close()

    def start(self, command: Sequence[str], count: int = 1) -> list[WorkerProcess]:
        """Start ``count`` processes running ``python <command>`` at once, then wait until each is up."""
        started = []
        for _ in range(count):
            port = free_port()
            log_path = self.settings.data_dir / f"{command[-1].rsplit('.', 1)[-1]}-{port}.log"
            with open(log_path, "wb") as log:
                process = subprocess.Popen(
                    [sys.executable, *command], env=self.env(port), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            started.append(WorkerProcess(process, port, log_path))
        self.workers += started
        for worker in started:
            worker.wait_ready()
        return started

    def wait_group_stable(self, members: int, timeout: float = 120) -> None:
        """Wait until the consumer group has ``members`` members sharing every raw partition."""
        admin = KafkaAdminClient(**client_options(self.settings))
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                try:
                    group = admin.describe_groups([self.settings.app_id]).get(self.settings.app_id) or {}
                except KafkaError as error:
                    if not error.retriable:
                        raise
                    group = {}  # a broker just started has no group coordinator yet
                assigned = sum(
                    len(part["partitions"])
                    for member in group.get("members") or []
                    for part in (member.get("member_assignment") or {}).get("assigned_partitions") or []
                    if part["topic"] == self.settings.topic_raw
                )
                if group.get("group_state") == "Stable" and len(group["members"]) == members and assigned == self.partitions:
                    return
                time.sleep(0.25)
        finally:
            admin.close()
        raise TimeoutError(f"group {self.settings.app_id} not stable with {members} members after {timeout}s")

    def producer(self, linger_ms: int) -> KafkaProducer:
        return KafkaProducer(
            acks="all", linger_ms=linger_ms, batch_size=1 << 20,
            max_request_size=self.settings.max_message_bytes * OUTPUT_SIZE_FACTOR, **client_options(self.settings),
        )

    def publish(self, messages: Sequence[tuple[bytes, bytes]], rate: float | None = None) -> float:
        """Publish to the raw topic, as fast as possible or at ``rate`` messages/s; seconds it took."""
        producer = self.producer(linger_ms=0 if rate else 20)
        started = time.monotonic()
        try:
            for number, (key, value) in enumerate(messages):
                if rate:
                    time.sleep(max(0.0, started + number / rate - time.monotonic()))
                producer.send(self.settings.topic_raw, key=key, value=value)
            producer.flush()
        finally:
            producer.close()
        return time.monotonic() - started

    def wait_for_outputs(self, count: int, timeout: float) -> int:
        """Wait until ``count`` articles came out (enriched events plus dead letters); how many did.

        Progress is read from the end offsets, which costs the broker a request, not a copy of every event.
        ``timeout`` is how long to wait without any progress."""
        consumer = KafkaConsumer(enable_auto_commit=False, **client_options(self.settings))
        partitions = [TopicPartition(topic, p) for topic in (self.settings.topic_enriched, self.settings.topic_dlq)
                      for p in range(self.partitions)]
        done, last_progress = 0, time.monotonic()
        try:
            while done < count and time.monotonic() - last_progress < timeout:
                now = sum(consumer.end_offsets(partitions).values())
                if now > done:
                    done, last_progress = now, time.monotonic()
                for worker in self.workers:
                    if worker.process.poll() is not None:
                        raise RuntimeError(f"a worker exited with {worker.process.returncode}:\n{worker.log_tail()}")
                time.sleep(0.2)
        finally:
            consumer.close()
        return done

    def timestamps(self, topic: str) -> dict[bytes, int]:
        """Key -> timestamp (ms) of every record on ``topic``; the last one wins for a repeated key."""
        consumer = KafkaConsumer(enable_auto_commit=False, fetch_max_bytes=64 << 20, **client_options(self.settings))
        partitions = [TopicPartition(topic, p) for p in range(self.partitions)]
        found: dict[bytes, int] = {}
        try:
            consumer.assign(partitions)
            consumer.seek_to_beginning(*partitions)
            ends = consumer.end_offsets(partitions)
            while any(consumer.position(tp) < ends[tp] for tp in partitions):
                for records in consumer.poll(timeout_ms=1000).values():
                    for record in records:
                        found[record.key] = record.timestamp
        finally:
            consumer.close()
        return found

    def edge_timestamps(self, topic: str) -> tuple[int, int] | None:
        """The earliest and the latest timestamp (ms) on ``topic``, from each partition's first and last record."""
        consumer = KafkaConsumer(enable_auto_commit=False, max_poll_records=1, **client_options(self.settings))
        stamps: list[int] = []
        try:
            for partition in range(self.partitions):
                tp = TopicPartition(topic, partition)
                consumer.assign([tp])
                first, end = consumer.beginning_offsets([tp])[tp], consumer.end_offsets([tp])[tp]
                for offset in {first, end - 1} if end > first else ():
                    consumer.seek(tp, offset)
                    for _ in range(20):
                        records = consumer.poll(timeout_ms=500).get(tp)
                        if records:
                            stamps.append(records[0].timestamp)
                            break
        finally:
            consumer.close()
        return (min(stamps), max(stamps)) if stamps else None


class LoopProbe:
    """Asks a worker's web server for a page every 100 ms and records how long the answer takes.

    The web server runs on the worker's event loop, so its response time is how long the loop leaves a ready
    callback waiting: the same wait a heartbeat, a commit or a fetch response sees."""

    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}/bench-probe"
        self.seconds: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="loop-probe", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            with contextlib.suppress(urllib.error.HTTPError, OSError):  # a 404 is an answer
                urllib.request.urlopen(self.url, timeout=PROBE_TIMEOUT_SECONDS).close()
            self.seconds.append(time.perf_counter() - started)
            self._stop.wait(PROBE_INTERVAL_SECONDS)

    @contextlib.contextmanager
    def running(self) -> Iterator[LoopProbe]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()

    def figures(self) -> dict:
        ms = [1000 * s for s in self.seconds]
        return {"probes": len(ms), "p50_ms": statistics.median(ms) if ms else None,
                "p99_ms": percentile(ms, 0.99), "max_ms": max(ms) if ms else None}


def backlog_run(base: Settings, command: Sequence[str], messages: Sequence[tuple[bytes, bytes]], *, processes: int = 1,
                partitions: int, stall_timeout: float = 120) -> dict:
    """Throughput of ``processes`` copies of ``command`` in one group, working off ``messages`` on fresh topics.

    The messages are published first, so the publisher (this process) neither limits nor slows the workers; then
    the processes start together. The throughput is the count over the time from the first enriched event's
    timestamp to the last one's: start-up is left out; with several processes the rebalance as they join is in.
    On a shared machine, articles per CPU-second of the worker processes is the steadier figure."""
    with Deployment(base, partitions) as deployment:
        publish_s = deployment.publish(messages)
        workers = deployment.start(command, processes)
        cpu_ready = sum(worker.cpu_seconds() for worker in workers)  # start-up's share, mostly imports
        probe = LoopProbe(workers[0].web_port)
        with probe.running():
            done = deployment.wait_for_outputs(len(messages), stall_timeout)
        cpu = sum(worker.cpu_seconds() for worker in workers) - cpu_ready
        memory = [worker.memory_mb() for worker in workers]
        out = deployment.edge_timestamps(deployment.settings.topic_enriched)
    if done < len(messages) or out is None:
        raise StalledRun(done, len(messages), stall_timeout)
    seconds = max(out[1] - out[0], 1) / 1000
    return {
        "processes": processes,
        "articles": len(messages),
        "seconds": seconds,
        "articles_per_s": len(messages) / seconds,
        "articles_per_cpu_s": len(messages) / cpu if cpu > 0 else None,
        "publish_articles_per_s": len(messages) / publish_s,
        "peak_rss_mb": [m["peak_rss_mb"] for m in memory],
        "loop_probe": probe.figures(),
    }
