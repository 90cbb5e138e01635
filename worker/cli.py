"""The ``newswire`` command line: one subcommand per module, each registering itself."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kafka.errors import KafkaConnectionError, KafkaTimeoutError
from pydantic import ValidationError

from worker import __version__
from worker.logging import configure_logging
from worker.settings import Settings

COMMAND_MODULES = (
    "worker.broker",
    "worker.commands.run_worker",
    "worker.commands.replay",
    "worker.commands.tail",
    "worker.commands.extract",
    "worker.commands.schemas",
    "worker.commands.dlq",
    "worker.evaluation.command",
    "worker.commands.network",
    "worker.bench",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswire",
        description="Streaming enrichment of news on Kafka. Settings come from flags, NEWSWIRE_* environment "
        "variables, or defaults.",
    )
    parser.add_argument("--version", action="version", version=f"newswire {__version__}")
    parser.add_argument("--bootstrap-servers", help="Kafka bootstrap servers (env NEWSWIRE_BOOTSTRAP_SERVERS)")
    parser.add_argument("--partitions", type=int, dest="topic_partitions", help="partitions of topics we create")
    parser.add_argument("--web-port", type=int, help="port of the web page and /metrics")
    parser.add_argument("--issues", dest="issues_file", help="TOML issue taxonomy extending the default")
    parser.add_argument("--log-level", choices=["debug", "info", "warning", "error"])
    parser.add_argument("--log-format", choices=["json", "console"])
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


SETTING_FLAGS = ("bootstrap_servers", "topic_partitions", "web_port", "issues_file", "log_level", "log_format")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    overrides = {name: getattr(args, name) for name in SETTING_FLAGS if getattr(args, name, None) is not None}
    try:
        settings = Settings(**overrides)
    except ValidationError as error:
        print(f"newswire: invalid settings:\n{error}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    try:
        return args.func(args, settings)
    except (KafkaTimeoutError, KafkaConnectionError) as error:
        print(f"newswire: cannot reach Kafka at {settings.bootstrap_servers}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
