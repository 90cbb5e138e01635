"""The local Kafka broker: its configuration and bookkeeping (unit), and a real broker's topics and transactions."""

from __future__ import annotations

import argparse
import base64
import socket
import subprocess
import sys
import time
import uuid

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

from tests.support.kafka_service import SHARED_LIB_DIR
from tests.support.topics import read_topic
from worker import broker as broker_module
from worker.broker import (
    LocalBroker,
    bootstrap_port,
    find_java,
    new_cluster_id,
    port_in_use,
    register,
    render_server_properties,
)
from worker.exceptions import BrokerError
from worker.settings import Settings


def parse_properties(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {key: value for key, value in pairs}


# Configuration ---------------------------------------------------------------------------------------------------


def test_server_properties_describe_one_node_kraft_broker_and_controller(tmp_path):
    props = parse_properties(render_server_properties(log_dir=tmp_path / "data", port=19092, controller_port=19093))

    assert props["process.roles"] == "broker,controller"
    assert props["node.id"] == "1"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert props["controller.listener.names"] == "CONTROLLER"
    assert props["log.dirs"] == str(tmp_path / "data")


def test_server_properties_suit_a_single_node_with_transactions_and_large_messages(tmp_path):
    props = parse_properties(render_server_properties(log_dir=tmp_path, port=1, controller_port=2))

    for key in ("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "min.insync.replicas", "num.partitions"):
        assert props[key] == "1", key
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["auto.create.topics.enable"] == "true"
    assert int(props["message.max.bytes"]) > Settings().max_message_bytes + 64 * 1024


def test_server_properties_take_the_message_limit_and_refuse_one_port_for_both_listeners(tmp_path):
    props = parse_properties(render_server_properties(log_dir=tmp_path, port=1, controller_port=2, message_max_bytes=12345))
    assert props["message.max.bytes"] == "12345"
    with pytest.raises(ValueError, match="must differ"):
        render_server_properties(log_dir=tmp_path, port=5, controller_port=5)


def test_cluster_ids_look_like_kafkas_own():
    ids = {new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    for cluster_id in ids:
        assert len(cluster_id) == 22 and not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


@pytest.mark.parametrize(
    ("bootstrap", "port"),
    [("127.0.0.1:19092", 19092), ("localhost:9099", 9099), ("kafka:9092", None), ("127.0.0.1:1,127.0.0.1:2", None)],
)
def test_a_single_local_bootstrap_address_gives_the_default_port(bootstrap, port):
    assert bootstrap_port(bootstrap) == port


def test_from_settings_puts_the_broker_in_the_data_dir_on_the_bootstrap_port(tmp_path):
    settings = Settings(data_dir=tmp_path, bootstrap_servers="127.0.0.1:29092")
    broker = LocalBroker.from_settings(settings)
    assert (broker.root, broker.port, broker.bootstrap) == (tmp_path / "kafka", 29092, "127.0.0.1:29092")
    assert LocalBroker.from_settings(Settings(data_dir=tmp_path, bootstrap_servers="kafka:9092")).port == 9092


# Bookkeeping -----------------------------------------------------------------------------------------------------


def test_port_in_use_sees_a_listening_socket():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert port_in_use(port)
    assert not port_in_use(port)


def test_starting_on_a_port_held_by_another_process_fails_clearly(tmp_path):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with pytest.raises(BrokerError, match=f"port 127.0.0.1:{port} is already in use"):
            LocalBroker(tmp_path, port=port, controller_port=0).start(timeout=5)
    assert not (tmp_path / "broker.pid").exists()


def test_a_stale_pid_file_reads_as_not_running_and_is_cleaned_by_stop(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / "broker.pid").write_text(finished.stdout)
    broker = LocalBroker(tmp_path)

    assert not broker.status().running
    assert broker.stop() is False
    assert not (tmp_path / "broker.pid").exists()


def test_a_recycled_pid_of_some_other_process_is_not_taken_for_the_broker(tmp_path):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / "broker.pid").write_text(f"{other.pid}\n")
        assert LocalBroker(tmp_path).stop() is False
        assert other.poll() is None, "stop() must not signal a process that is not our broker"
    finally:
        other.kill()
        other.wait()


def stand_in_broker(root, code: str) -> subprocess.Popen:
    """A process whose command line looks like our broker's (kafka.Kafka + this server.properties), in its own group."""
    stand_in = subprocess.Popen(
        [sys.executable, "-c", f"import signal, sys, time\n{code}\nprint('ready', flush=True)\ntime.sleep(60)",
         "kafka.Kafka", str(root / "server.properties")],
        stdout=subprocess.PIPE, start_new_session=True,
    )
    assert stand_in.stdout.readline() == b"ready\n"
    (root / "broker.pid").write_text(f"{stand_in.pid}\n")
    return stand_in


@pytest.mark.parametrize("method", ["stop", "kill"])
def test_stop_and_kill_end_a_broker_started_by_another_process(tmp_path, method):
    stand_in = stand_in_broker(tmp_path, "")
    broker = LocalBroker(tmp_path)
    try:
        assert broker.status().pid == stand_in.pid
        assert getattr(broker, method)() is True
        assert stand_in.wait(timeout=5) == (-15 if method == "stop" else -9)
        assert not (tmp_path / "broker.pid").exists() and not broker.status().running
    finally:
        stand_in.kill()
        stand_in.wait()


def test_stop_kills_a_broker_that_ignores_sigterm_after_the_timeout(tmp_path):
    stand_in = stand_in_broker(tmp_path, "signal.signal(signal.SIGTERM, signal.SIG_IGN)")
    try:
        assert LocalBroker(tmp_path).stop(timeout=1) is True
        assert stand_in.wait(timeout=5) == -9
    finally:
        stand_in.kill()
        stand_in.wait()


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_a_child_started_with_die_with_parent_ends_when_its_parent_dies():
    parent = subprocess.run(
        [sys.executable, "-c",
         "import subprocess, sys\n"
         "from worker.broker import die_with_parent\n"
         # Output detached: a child holding our capture pipe could be ended by whatever reads that pipe.
         "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], preexec_fn=die_with_parent,"
         " start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
         "print(child.pid)"],
        capture_output=True, text=True, check=True, timeout=30,
    )
    child_pid = int(parent.stdout)
    deadline = time.monotonic() + 10
    while broker_module._is_alive(child_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not broker_module._is_alive(child_pid)


def test_wipe_deletes_data_logs_and_configuration_but_keeps_the_jars(tmp_path):
    for folder in ("data", "logs", "lib"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "file").write_text("x")
    (tmp_path / "server.properties").write_text("node.id=1\n")

    LocalBroker(tmp_path).wipe()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib"]


def test_java_home_without_java_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(BrokerError, match="no java found via JAVA_HOME"):
        find_java()


def test_java_is_found_on_path_when_java_home_is_unset(monkeypatch):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert find_java().endswith("java")


def broker_command(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["broker", *argv])


def test_the_broker_command_parses_its_actions_and_options(tmp_path):
    args = broker_command("start", "--port", "0", "--controller-port", "7001", "--data-dir", str(tmp_path), "--timeout", "9")
    assert (args.broker_action, args.port, args.controller_port, args.data_dir, args.timeout) == ("start", 0, 7001, tmp_path, 9.0)
    assert args.func is broker_module.run
    with pytest.raises(SystemExit):
        broker_command("restart")


def test_status_of_a_broker_that_never_ran_exits_3(tmp_path, capsys):
    assert broker_module.run(broker_command("status", "--data-dir", str(tmp_path)), Settings()) == 3
    assert "not running" in capsys.readouterr().out


# A real broker ---------------------------------------------------------------------------------------------------


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}"


@pytest.mark.kafka
def test_a_topic_with_three_partitions_carries_messages(kafka_bootstrap):
    topic = unique("broker-test")
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
        assert len(admin.describe_topics([topic])[0]["partitions"]) == 3
    finally:
        admin.close()

    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    for partition in range(3):
        producer.send(topic, key=b"k", value=f"message {partition}".encode(), partition=partition)
    producer.flush()
    producer.close()

    records = read_topic(kafka_bootstrap, topic, until=lambda records: len(records) >= 3, timeout=30)
    assert sorted((r.partition, r.value) for r in records) == [(p, f"message {p}".encode()) for p in range(3)]


@pytest.mark.kafka
def test_a_four_mebibyte_message_fits(kafka_bootstrap):
    topic = unique("broker-big")
    payload = b"x" * Settings().max_message_bytes
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, max_request_size=len(payload) + 64 * 1024)
    producer.send(topic, payload).get(timeout=30)  # auto-created, with the broker's message.max.bytes
    producer.close()

    records = read_topic(kafka_bootstrap, topic, until=lambda records: len(records) >= 1, timeout=30)
    assert records[0].value == payload


@pytest.mark.kafka
def test_transactions_commit_and_abort_on_one_node(kafka_bootstrap):
    topic = unique("broker-tx")
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    admin.close()

    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, transactional_id=unique("tx"))
    producer.init_transactions()
    producer.begin_transaction()
    producer.send(topic, b"aborted")
    producer.flush()  # the aborted record reaches the log: read_committed must skip it, not just never see it
    producer.abort_transaction()
    producer.begin_transaction()
    producer.send(topic, b"committed")
    producer.commit_transaction()
    producer.close()

    committed = read_topic(kafka_bootstrap, topic, isolation_level="read_committed",
                           until=lambda records: len(records) >= 1, timeout=30)
    assert [r.value for r in committed] == [b"committed"]
    everything = read_topic(kafka_bootstrap, topic, until=lambda records: len(records) >= 2, timeout=30)
    assert [r.value for r in everything] == [b"aborted", b"committed"]
    consumer = KafkaConsumer(bootstrap_servers=kafka_bootstrap)
    end = consumer.end_offsets([TopicPartition(topic, 0)])[TopicPartition(topic, 0)]
    consumer.close()
    assert end == 4, "the log holds both records and both transaction markers"


@pytest.mark.kafka
def test_a_restarted_broker_keeps_its_topics_and_messages(kafka_bootstrap, local_broker):
    if local_broker is None:
        pytest.skip("the session's broker is not ours to restart")
    topic = unique("broker-restart")
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    producer.send(topic, b"before the outage").get(timeout=30)
    producer.close()

    assert local_broker.stop() is True
    assert not local_broker.status().running
    assert local_broker.start() == kafka_bootstrap

    records = read_topic(kafka_bootstrap, topic, until=lambda records: len(records) >= 1, timeout=30)
    assert [r.value for r in records] == [b"before the outage"]


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


@pytest.mark.kafka
def test_the_broker_command_starts_reports_and_stops_a_background_broker(tmp_path, capsys):
    LocalBroker(tmp_path, lib_dir=SHARED_LIB_DIR).ensure_jars()
    (tmp_path / "lib").symlink_to(SHARED_LIB_DIR)  # the command's default class path folder, without copying 46 MB
    settings = Settings()
    data = ["--data-dir", str(tmp_path)]

    assert broker_module.run(broker_command("start", "--port", "0", *data), settings) == 0
    bootstrap = last_line(capsys.readouterr().out)  # (unconfigured structlog also prints to stdout here)
    try:
        assert bootstrap.startswith("127.0.0.1:")
        assert broker_module.run(broker_command("status", *data), settings) == 0
        assert f"bootstrap={bootstrap}" in capsys.readouterr().out
        admin = KafkaAdminClient(bootstrap_servers=bootstrap)
        assert admin.describe_cluster()["brokers"][0]["port"] == int(bootstrap.rsplit(":", 1)[1])
        admin.close()
    finally:
        assert broker_module.run(broker_command("stop", *data), settings) == 0
    assert last_line(capsys.readouterr().out) == "stopped"
    assert broker_module.run(broker_command("status", *data), settings) == 3
    assert (tmp_path / "logs" / "server.log").stat().st_size > 0
