"""Telling a publish that will succeed if retried from one that never can.

A broker outage, a leader election or a timeout heal by themselves: the worker keeps retrying and nothing is lost.
An output record larger than the producer or the topic accepts fails the same way on every attempt; retrying it
would block its partition forever, so the raw message is dead-lettered instead (reason ``publish_error``).
Note that aiokafka marks ``KafkaTimeoutError`` as not retriable although an outage causes it, so the ``retriable``
flag of the errors cannot be used: this module lists the permanent failures explicitly.
"""

from __future__ import annotations

from aiokafka import errors as aiokafka_errors
from kafka import errors as kafka_errors

from worker.exceptions import UnprocessableMessage

PERMANENT_PUBLISH_ERRORS: tuple[type[BaseException], ...] = (
    aiokafka_errors.MessageSizeTooLargeError,
    aiokafka_errors.RecordTooLargeError,
    aiokafka_errors.RecordListTooLargeError,
    aiokafka_errors.CorruptRecordException,
    kafka_errors.MessageSizeTooLargeError,
    kafka_errors.RecordListTooLargeError,
    kafka_errors.InvalidRecordError,
    kafka_errors.CorruptRecordError,
)


class UnpublishableOutput(UnprocessableMessage):
    """An output of this message can never be published; the raw message goes to the dead-letter topic."""

    def __init__(self, message: str) -> None:
        super().__init__("publish_error", message)


def is_permanent(error: BaseException) -> bool:
    """Whether ``error`` (or an error it wraps, like faust's ``ProducerSendError``) can never heal by retrying."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, PERMANENT_PUBLISH_ERRORS):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
