"""Stable identifiers: the same inputs give the same id in every run, process and worker."""

from __future__ import annotations

import hashlib


def stable_id(*parts: str, length: int = 16) -> str:
    """The first ``length`` hex digits of the SHA-256 of ``parts`` joined by U+001F (a separator no part holds).

    Lone surrogates are hashed as they are, so any Python string has an id.
    """
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:length]
