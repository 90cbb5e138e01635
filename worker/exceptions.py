"""Errors of the worker shell. Each carries a bounded ``reason`` used in dead letters and metric labels."""

from __future__ import annotations


class NewswireError(Exception):
    """Base of newswire's own errors."""

    reason = "error"


class UnprocessableMessage(NewswireError):
    """A raw message that can never be enriched as it is; it belongs on the dead-letter topic."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
