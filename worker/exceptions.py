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

    def __reduce__(self):
        # Rebuilt from its args and attributes, whatever a subclass's __init__ takes: the extraction processes
        # (worker.extraction_pool) decode messages and send this error back pickled, reason and all.
        return _rebuilt, (type(self), self.args), self.__dict__


def _rebuilt(cls: type[BaseException], args: tuple) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    return error
