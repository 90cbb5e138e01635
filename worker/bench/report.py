"""How a benchmark shows its figures: an aligned table for people, or one JSON object with ``--json``."""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence


def add_output_flag(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object instead of a table")


def machine() -> dict:
    """The machine the figures come from: cores, CPU model and memory, as Linux reports them."""
    model = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), None)
    except OSError:
        pass
    memory_mb = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            kib = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal:"))
            memory_mb = kib // 1024
    except (OSError, StopIteration):
        pass
    return {
        "cores": os.cpu_count(),
        "cpu_model": model or platform.processor() or None,
        "memory_mb": memory_mb,
        "python": platform.python_version(),
    }


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Rows under headers, columns aligned; numbers right-aligned and floats shown with sensible precision."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max(len(str(h)), *(len(row[i]) for row in cells)) if cells else len(str(h)) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric)).rstrip()

    return "\n".join([line([str(h) for h in headers]), line(["-" * w for w in widths]), *(line(row) for row in cells)])


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def emit(figures: dict, as_json: bool, text: str) -> None:
    """Print ``figures`` as JSON (with the machine) or ``text`` for people."""
    if as_json:
        json.dump({**figures, "machine": machine()}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(text)
