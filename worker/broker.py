"""A local single-node Apache Kafka broker (KRaft: broker and controller in one JVM) for development and tests.

The broker's jars come from Maven Central through ``deploy/kafka/pom.xml``; no Docker and no downloaded
tarball are needed, only Java (``JAVA_HOME`` or ``java`` on PATH, 17 recommended) and Maven. Everything the broker
writes stays in one project-local folder (default ``<settings.data_dir>/kafka``)::

    lib/                 the class path, copied from ~/.m2 by Maven (shared by restarts; see ``lib_dir``)
    server.properties    rendered by :func:`render_server_properties` at every start
    data/                log.dirs: topics, offsets, transactions and the KRaft metadata log
    logs/server.log      the broker's own log (log4j, see deploy/kafka/log4j.properties)
    logs/stdout.log      the JVM's stdout/stderr (start-up failures land here)
    broker.pid           the pid of the running JVM, which leads its own process group

Stopping and starting again on the same folder keeps every topic and offset, which is what an outage test needs.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import ctypes
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import structlog
from kafka import KafkaAdminClient
from kafka.errors import KafkaConfigurationError, KafkaError

from worker.exceptions import BrokerError
from worker.settings import Settings

log = structlog.get_logger(__name__)

DEPLOY_DIR = Path(__file__).resolve().parent.parent / "deploy" / "kafka"
DEFAULT_PORT = 9092
DEFAULT_HOST = "127.0.0.1"
# Outputs may be up to 4x a 4 MiB input (worker.kafka_admin.OUTPUT_SIZE_FACTOR); topics we create set their own
# limit, this one covers auto-created (faust internal) topics, with room for batch overhead.
DEFAULT_MESSAGE_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_JVM_OPTIONS = ("-Xms256m", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true")
MIN_JAVA_VERSION = 11
PR_SET_PDEATHSIG = 1  # linux/prctl.h
LOG_TAIL_LINES = 40


@dataclass(frozen=True)
class BrokerStatus:
    """What ``newswire broker status`` reports."""

    running: bool
    pid: int | None
    port: int | None
    controller_port: int | None
    root: Path

    @property
    def bootstrap(self) -> str | None:
        return f"{DEFAULT_HOST}:{self.port}" if self.port else None


def render_server_properties(
    *,
    log_dir: Path,
    port: int,
    controller_port: int,
    host: str = DEFAULT_HOST,
    message_max_bytes: int = DEFAULT_MESSAGE_MAX_BYTES,
) -> str:
    """The broker's configuration: one node that is both broker and controller, sized for a single machine."""
    if port == controller_port:
        raise ValueError(f"the broker port and the controller port must differ (both {port})")
    settings = {
        "process.roles": "broker,controller",
        "node.id": 1,
        "controller.quorum.voters": f"1@{host}:{controller_port}",
        "listeners": f"PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs": log_dir,
        "num.partitions": 1,
        # One node: every internal topic has one replica, and acks=all waits for that one only.
        "offsets.topic.replication.factor": 1,
        "transaction.state.log.replication.factor": 1,
        "transaction.state.log.min.isr": 1,
        "min.insync.replicas": 1,
        "default.replication.factor": 1,
        # Fewer internal partitions than the default 50: the first consumer group and transaction come up faster.
        "offsets.topic.num.partitions": 10,
        "transaction.state.log.num.partitions": 10,
        # A lone consumer gets its partitions at once instead of after 3 s.
        "group.initial.rebalance.delay.ms": 0,
        # Faust creates some internal topics on first use; our own topics are created explicitly.
        "auto.create.topics.enable": "true",
        "message.max.bytes": message_max_bytes,
        "replica.fetch.max.bytes": message_max_bytes,
    }
    lines = ["# Written by worker/broker.py at every start; edits are overwritten."]
    lines += [f"{key}={value}" for key, value in settings.items()]
    return "\n".join(lines) + "\n"


def new_cluster_id() -> str:
    """A random KRaft cluster id as Kafka makes them: 16 random bytes, URL-safe base64, no padding."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):  # Kafka avoids these too: they read as command-line flags
            return cluster_id


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port that nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_in_use(port: int, host: str = DEFAULT_HOST) -> bool:
    """Whether a listening socket already holds ``host:port`` (TIME_WAIT leftovers do not count, as for Kafka)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
        return False


def find_java() -> str:
    """``$JAVA_HOME/bin/java`` when JAVA_HOME is set, else ``java`` on PATH; checks the version Kafka 3.9 needs."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        where = f"JAVA_HOME={java_home}" if java_home else "PATH"
        raise BrokerError(f"no java found via {where}: install a JDK (17 recommended, e.g. apt-get install openjdk-17-jre-headless)")
    version_text = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', version_text)
    if not match:
        raise BrokerError(f"could not read the version of {java}: {version_text.strip()!r}")
    major = int(match.group(2)) if match.group(1) == "1" else int(match.group(1))  # "1.8.0" means Java 8
    if major < MIN_JAVA_VERSION:
        raise BrokerError(f"{java} is Java {major}; the Kafka broker needs Java {MIN_JAVA_VERSION}+ (17 recommended)")
    return java


def bootstrap_port(bootstrap_servers: str) -> int | None:
    """The port of a single local bootstrap address (``127.0.0.1:19092``), else None: a default for our broker."""
    match = re.fullmatch(r"(?:127\.0\.0\.1|localhost):(\d+)", bootstrap_servers.strip())
    return int(match.group(1)) if match else None


class LocalBroker:
    """A Kafka broker in a child JVM, with its data in ``root``; ``port=0`` picks a free port at the first start.

    Usable as a context manager (start on enter, stop on exit). ``start`` is idempotent for a broker that already
    runs from the same folder, so a broker left by ``newswire broker start`` is reused rather than duplicated.
    ``stop_with_parent`` (Linux) has the broker terminated when the process that started it dies, so a test run
    that is killed leaves no JVM behind; the command line leaves it off, as its broker must outlive it.
    """

    def __init__(
        self,
        root: Path,
        *,
        port: int = DEFAULT_PORT,
        controller_port: int | None = None,
        lib_dir: Path | None = None,
        deploy_dir: Path = DEPLOY_DIR,
        message_max_bytes: int = DEFAULT_MESSAGE_MAX_BYTES,
        jvm_options: tuple[str, ...] = DEFAULT_JVM_OPTIONS,
        stop_with_parent: bool = False,
    ) -> None:
        self.root = Path(root).resolve()
        self.port = port
        self.controller_port = controller_port
        self.lib_dir = Path(lib_dir).resolve() if lib_dir else self.root / "lib"
        self.deploy_dir = deploy_dir
        self.message_max_bytes = message_max_bytes
        self.jvm_options = jvm_options
        self.stop_with_parent = stop_with_parent
        self._process: subprocess.Popen | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, *, root: Path | None = None, port: int | None = None, controller_port: int | None = None
    ) -> LocalBroker:
        """The project's broker: data in ``<data_dir>/kafka``, port from a local bootstrap address, else 9092."""
        if port is None:
            port = bootstrap_port(settings.bootstrap_servers) or DEFAULT_PORT
        return cls(root or settings.data_dir / "kafka", port=port, controller_port=controller_port)

    # Paths -------------------------------------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def properties_file(self) -> Path:
        return self.root / "server.properties"

    @property
    def pid_file(self) -> Path:
        return self.root / "broker.pid"

    @property
    def bootstrap(self) -> str:
        return f"{DEFAULT_HOST}:{self.port}"

    # Life cycle --------------------------------------------------------------------------------------------------

    def start(self, timeout: float = 60.0) -> str:
        """Start the broker (resolving jars and formatting storage when needed); return the bootstrap address
        once the broker answers metadata requests. Raises :class:`BrokerError` with the log's tail otherwise."""
        begun = time.monotonic()
        running = self.status()
        if running.running:
            if self.port not in (0, running.port):
                raise BrokerError(f"a broker from {self.root} already runs on port {running.port}; stop it first")
            self.port, self.controller_port = running.port, running.controller_port
            log.info("broker_already_running", pid=running.pid, bootstrap=self.bootstrap)
            return self.bootstrap
        self.pid_file.unlink(missing_ok=True)  # stale: its process is gone
        java = find_java()
        self._choose_ports()
        self.ensure_jars()
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        self.properties_file.write_text(
            render_server_properties(
                log_dir=self.data_dir, port=self.port, controller_port=self.controller_port, message_max_bytes=self.message_max_bytes
            )
        )
        self._format_storage(java)
        self._launch(java)
        self._wait_until_ready(deadline=begun + timeout)
        log.info("broker_started", pid=self._process.pid, bootstrap=self.bootstrap, seconds=round(time.monotonic() - begun, 1))
        return self.bootstrap

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the broker gracefully (SIGTERM), killing it after ``timeout`` seconds; False if none was running."""
        return self._signal_and_wait(signal.SIGTERM, timeout)

    def kill(self) -> bool:
        """Kill the broker at once (SIGKILL), as a crash would; False if none was running."""
        return self._signal_and_wait(signal.SIGKILL, 10.0)

    def status(self) -> BrokerStatus:
        """Whether our broker runs, from the pid file (checked against the live process) and server.properties."""
        pid = self._running_pid()
        port, controller_port = self._ports_from_properties()
        return BrokerStatus(running=pid is not None, pid=pid, port=port, controller_port=controller_port, root=self.root)

    def wipe(self) -> None:
        """Stop the broker and delete its data, logs and configuration; the jars are kept."""
        self.stop()
        for path in (self.data_dir, self.logs_dir):
            shutil.rmtree(path, ignore_errors=True)
        self.properties_file.unlink(missing_ok=True)

    def __enter__(self) -> LocalBroker:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # Set-up steps ------------------------------------------------------------------------------------------------

    def ensure_jars(self) -> None:
        """Copy the broker's class path from Maven when missing or when deploy/kafka/pom.xml changed."""
        pom = self.deploy_dir / "pom.xml"
        pom_digest = hashlib.sha256(pom.read_bytes()).hexdigest()
        stamp = self.lib_dir / ".pom.sha256"
        if stamp.is_file() and stamp.read_text().strip() == pom_digest:
            return
        mvn = shutil.which("mvn")
        if not mvn:
            raise BrokerError("the broker's jars are missing and Maven (mvn) is not on PATH: apt-get install maven")
        log.info("broker_resolving_jars", lib_dir=str(self.lib_dir))
        self.lib_dir.parent.mkdir(parents=True, exist_ok=True)
        # Resolve into a fresh folder and swap it in, so a concurrent or interrupted run never sees half a class path.
        staging = Path(tempfile.mkdtemp(prefix=".lib-", dir=self.lib_dir.parent))
        command = [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={staging}"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            raise BrokerError(f"Maven could not resolve the broker's jars:\n{(result.stdout + result.stderr)[-3000:]}")
        (staging / ".pom.sha256").write_text(pom_digest + "\n")
        shutil.rmtree(self.lib_dir, ignore_errors=True)
        try:
            staging.rename(self.lib_dir)
        except OSError:  # another process swapped in the same jars first
            shutil.rmtree(staging, ignore_errors=True)

    def _choose_ports(self) -> None:
        """Fix the ports for this and later starts: 0 means any free port; the controller defaults to port + 1."""
        if self.port == 0:
            self.port = free_port()
            if self.controller_port is None:
                self.controller_port = 0
        if self.controller_port is None:
            self.controller_port = self.port + 1
        while self.controller_port in (0, self.port):
            self.controller_port = free_port()
        for name, port in (("broker", self.port), ("controller", self.controller_port)):
            if port_in_use(port):
                raise BrokerError(
                    f"the {name} port {DEFAULT_HOST}:{port} is already in use by another process; "
                    "choose another with --port/--controller-port (or stop what holds it)"
                )

    def _java_command(self, java: str, main_class: str, *arguments: str) -> list[str]:
        return [
            java,
            *self.jvm_options,
            f"-Dlog4j.configuration={(self.deploy_dir / 'log4j.properties').resolve().as_uri()}",
            f"-Dkafka.logs.dir={self.logs_dir}",
            "-cp",
            f"{self.lib_dir}/*",
            main_class,
            *arguments,
        ]

    def _format_storage(self, java: str) -> None:
        """Format the KRaft storage once, with a fresh cluster id; a formatted folder keeps its id and data."""
        if (self.data_dir / "meta.properties").is_file():
            return
        cluster_id = new_cluster_id()
        log.info("broker_formatting", data_dir=str(self.data_dir), cluster_id=cluster_id)
        command = self._java_command(
            java, "kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", cluster_id, "-c", str(self.properties_file)
        )
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BrokerError(f"formatting the broker storage failed:\n{(result.stdout + result.stderr)[-3000:]}")

    def _launch(self, java: str) -> None:
        command = self._java_command(java, "kafka.Kafka", str(self.properties_file))
        with open(self.logs_dir / "stdout.log", "ab") as output:
            # A session of its own: the broker outlives this process and is stopped through its process group.
            self._process = subprocess.Popen(
                command,
                cwd=self.root,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=die_with_parent if self.stop_with_parent and sys.platform == "linux" else None,
            )
        self.pid_file.write_text(f"{self._process.pid}\n")
        log.info("broker_launched", pid=self._process.pid, port=self.port, controller_port=self.controller_port)

    def _wait_until_ready(self, deadline: float) -> None:
        """Poll until the broker lists itself in a metadata response; fail fast when the JVM exits."""
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise BrokerError(f"the broker exited with code {self._process.returncode} while starting\n{self.log_tail()}")
            if self._answers_metadata():
                return
            time.sleep(0.2)
        self.stop(timeout=10)
        raise BrokerError(f"the broker did not answer on {self.bootstrap} in time (stopped it)\n{self.log_tail()}")

    def _answers_metadata(self) -> bool:
        try:  # a cheap TCP probe first: the admin client is slow to give up on a closed port
            socket.create_connection((DEFAULT_HOST, self.port), timeout=1).close()
        except OSError:
            return False
        try:
            admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000, bootstrap_timeout_ms=3000)
        except KafkaConfigurationError:
            raise
        except KafkaError:
            return False
        try:
            return bool(admin.describe_cluster().get("brokers"))
        except KafkaError:
            return False
        finally:
            admin.close()

    # Process bookkeeping -----------------------------------------------------------------------------------------

    def _running_pid(self) -> int | None:
        """The pid from the pid file if that process is alive and is our broker (not a recycled pid)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        if self._process is not None and self._process.pid == pid:
            return pid if self._process.poll() is None else None
        return pid if _is_our_broker(pid, self.properties_file) else None

    def _ports_from_properties(self) -> tuple[int | None, int | None]:
        try:
            text = self.properties_file.read_text()
        except FileNotFoundError:
            return None, None
        broker = re.search(r"PLAINTEXT://[^:,]+:(\d+)", text)
        controller = re.search(r"CONTROLLER://[^:,]+:(\d+)", text)
        return (int(broker.group(1)) if broker else None, int(controller.group(1)) if controller else None)

    def _signal_and_wait(self, first_signal: signal.Signals, timeout: float) -> bool:
        pid = self._running_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        log.info("broker_stopping", pid=pid, signal=first_signal.name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, first_signal)
        if not self._wait_for_exit(pid, timeout):
            log.warning("broker_killing", pid=pid, after_seconds=timeout)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            self._wait_for_exit(pid, 10.0)
        self.pid_file.unlink(missing_ok=True)
        log.info("broker_stopped", pid=pid)
        return True

    def _wait_for_exit(self, pid: int, timeout: float) -> bool:
        if self._process is not None and self._process.pid == pid:
            try:
                self._process.wait(timeout)  # also reaps our child, so it leaves no zombie
                return True
            except subprocess.TimeoutExpired:
                return False
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _is_alive(pid):
                return True
            time.sleep(0.1)
        return False

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """The last lines of the broker's log and of the JVM's output, for error messages."""
        parts = []
        for path in (self.logs_dir / "server.log", self.logs_dir / "stdout.log"):
            if path.is_file():
                tail = path.read_text(errors="replace").splitlines()[-lines:]
                if tail:
                    parts.append(f"--- last lines of {path} ---\n" + "\n".join(tail))
        return "\n".join(parts) or f"(no broker log in {self.logs_dir})"


def die_with_parent() -> None:
    """Run in a child before exec (Linux): have the kernel send it SIGTERM when its parent process dies."""
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _is_alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: fall back to signal 0
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _is_our_broker(pid: int, properties_file: Path) -> bool:
    """Whether ``pid`` is a live Kafka JVM started with this very server.properties."""
    if not _is_alive(pid):
        return False
    try:
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc to tell: trust the pid file
    return b"kafka.Kafka" in command_line and str(properties_file).encode() in command_line


# Command line ----------------------------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    """``newswire broker start|stop|status``: a local Kafka broker for development."""
    parser = subparsers.add_parser("broker", help="run a local single-node Kafka broker (KRaft) from Maven jars")
    actions = parser.add_subparsers(dest="broker_action", required=True)
    for action, help_text in (
        ("start", "start in the background and print the bootstrap address once it answers"),
        ("stop", "stop gracefully (SIGTERM, then SIGKILL after --timeout)"),
        ("status", "say whether it runs; exit code 3 when it does not"),
    ):
        sub = actions.add_parser(action, help=help_text)
        sub.add_argument("--data-dir", type=Path, help="the broker's folder (default: <data_dir>/kafka)")
        sub.add_argument("--port", type=int, help="broker port (default: from a local bootstrap address, else 9092; 0 = any free)")
        sub.add_argument("--controller-port", type=int, help="KRaft controller port (default: port + 1)")
        sub.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for start or stop (default 60)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    broker = LocalBroker.from_settings(settings, root=args.data_dir, port=args.port, controller_port=args.controller_port)
    try:
        if args.broker_action == "start":
            print(broker.start(timeout=args.timeout))
            return 0
        if args.broker_action == "stop":
            print("stopped" if broker.stop(timeout=args.timeout) else "not running")
            return 0
        state = broker.status()
        if state.running:
            print(f"running pid={state.pid} bootstrap={state.bootstrap} controller_port={state.controller_port} data={state.root}")
            return 0
        print(f"not running (data={state.root})")
        return 3
    except BrokerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
