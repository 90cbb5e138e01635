"""Logging: our structured events and the libraries' records, one JSON object per line on stderr."""

from __future__ import annotations

import json
import logging

import structlog

from worker.logging import configure_logging


def test_events_and_library_records_are_json_lines_filtered_by_level(capsys):
    configure_logging("info", "json")  # here, not in a fixture: the stdlib handler keeps the stderr of this phase
    try:
        log = structlog.get_logger("worker.somewhere").bind(topic="raw", partition=1, offset=7)
        log.debug("not_shown")
        log.info("article_enriched", article_id="a1", quotes=2)
        logging.getLogger("faust.somewhere").info("faust says %s", "hello")
        logging.getLogger("aiokafka").info("chatty, not shown")
        try:
            raise ValueError("broken")
        except ValueError:
            log.exception("extraction_failed")
    finally:
        logging.getLogger().handlers[:] = []
        structlog.reset_defaults()
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [line["event"] for line in lines] == ["article_enriched", "faust says hello", "extraction_failed"]
    first = lines[0]
    assert (first["topic"], first["partition"], first["offset"], first["article_id"], first["quotes"], first["level"]) == (
        "raw", 1, 7, "a1", 2, "info")
    assert "timestamp" in first and "timestamp" in lines[1]
    assert lines[2]["level"] == "error" and "ValueError: broken" in lines[2]["exception"]
