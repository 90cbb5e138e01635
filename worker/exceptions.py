"""Errors of the worker shell. A message's errors (``UnprocessableMessage`` and its kinds) carry a bounded
``reason`` used in dead letters and metric labels; the others say what failed around the messages."""

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


class UnpublishableOutput(UnprocessableMessage):
    """An output of this message can never be published; the raw message goes to the dead-letter topic."""

    def __init__(self, message: str) -> None:
        super().__init__("publish_error", message)


class PoisonedOutput(Exception):
    """An output of the raw message at ``offset`` can never be published; its chunk must be redone without it."""

    def __init__(self, offset: int, role: str, error: BaseException) -> None:
        super().__init__(f"{role} output of offset {offset} cannot be published: {error!r}")
        self.offset = offset
        self.role = role
        self.error = error


class ExtractionCrashed(Exception):
    """The process extracting an article died twice, the second time alone: the article itself kills it."""


class ExtractionFailed(Exception):
    """Decoding or extracting the article raised in the child: the error is the ``__cause__`` (an
    ``UnprocessableMessage`` for a message that is no article); ``article_id`` is the article's, once decoded."""

    def __init__(self, article_id: str | None) -> None:
        super().__init__(f"extracting article {article_id} failed" if article_id else "decoding the message failed")
        self.article_id = article_id


class BrokerError(RuntimeError):
    """The local broker could not be set up, started or stopped; the message says why and what to do."""
