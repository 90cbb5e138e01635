"""The issue hierarchy of the configured taxonomy, for the ``issue`` filter to select sub-issues."""

from __future__ import annotations

import structlog

from worker.extract.exceptions import TaxonomyError
from worker.extract.taxonomy import load_taxonomy
from worker.settings import Settings

log = structlog.get_logger(__name__)


def taxonomy_parents(settings: Settings) -> dict[str, str | None]:
    """Issue id -> parent id of the configured taxonomy; empty (events carry their parents) if it cannot be read."""
    try:
        taxonomy = load_taxonomy(settings.issues_file, settings.issues_replace)
    except TaxonomyError as error:
        log.warning("network_taxonomy_unavailable", error=str(error))
        return {}
    return {issue.id: issue.parent for issue in taxonomy.issues}
