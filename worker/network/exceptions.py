"""Errors of the discourse network's HTTP views."""

from __future__ import annotations


class BadQuery(ValueError):
    """A query parameter that cannot be used; its message is shown to the client."""
