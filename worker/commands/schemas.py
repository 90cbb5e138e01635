"""``newswire schemas``: write (or check) the JSON Schema file of every topic's message type."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from worker.models import TOPIC_MESSAGES

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "schemas"
# Producers write the input contract, so its schema says what is accepted; outputs say what is always present.
INPUT_MESSAGES = {"raw_article"}


def rendered_schemas() -> dict[str, str]:
    """File name -> JSON Schema text, generated from the pydantic contracts."""
    return {
        f"{name}.schema.json": json.dumps(
            model.model_json_schema(mode="validation" if name in INPUT_MESSAGES else "serialization"),
            indent=2,
            sort_keys=True,
        ) + "\n"
        for name, model in TOPIC_MESSAGES.items()
    }


def stale_files(directory: Path) -> list[str]:
    """Schema files in ``directory`` that are missing or differ from the contracts."""
    return [
        name
        for name, text in rendered_schemas().items()
        if not (directory / name).is_file() or (directory / name).read_text(encoding="utf-8") != text
    ]


def register(subparsers) -> None:
    parser = subparsers.add_parser("schemas", help="regenerate the JSON Schema files in schemas/")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="output folder (default: the project's schemas/)")
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    if args.check:
        stale = stale_files(args.dir)
        for name in stale:
            print(f"stale: {args.dir / name}", file=sys.stderr)
        return 1 if stale else 0
    args.dir.mkdir(parents=True, exist_ok=True)
    for name, text in rendered_schemas().items():
        (args.dir / name).write_text(text, encoding="utf-8")
        print(args.dir / name)
    return 0
