"""Attribution: who said a quote, from the nearest "X said" around it."""

from __future__ import annotations

import re

from worker.models import Mention

_NAME = r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})"
_AFTER = re.compile(r"^[,.]?[”\"]?,?\s+" + _NAME + r"\s+(?:said|says|stressed|added|told)\b")
_BEFORE = re.compile(_NAME + r"\s+(?:said|says|stressed|added|told)\b[^.“\"]{0,60}$")


def find_speaker(body: str, start: int, end: int) -> Mention | None:
    """The name in a "X said" cue right after the quote, else right before it in the same sentence."""
    after = _AFTER.search(body[end : end + 80])
    if after:
        return Mention(text=after.group("name"), start=end + after.start("name"), end=end + after.end("name"))
    window_start = max(0, start - 120)
    before = _BEFORE.search(body[window_start:start])
    if before:
        return Mention(
            text=before.group("name"), start=window_start + before.start("name"), end=window_start + before.end("name")
        )
    return None
