"""Errors of ``newswire eval``: a gold file that does not follow the annotation format."""

from __future__ import annotations


class GoldFormatError(ValueError):
    """A gold file line that does not follow the annotation format."""
