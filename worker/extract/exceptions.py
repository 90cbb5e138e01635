"""Errors of the extraction core: an issue taxonomy that cannot be used (the extraction itself raises none)."""

from __future__ import annotations


class TaxonomyError(ValueError):
    """An issue taxonomy file that cannot be used, with the file and issue it concerns."""
