"""A remembered property of words, looked up for all the words of a text at once.

Rules that test every word of a text ("can a trigger start on it?", "which issues have a cue starting with
it?") would cost a Python call per word; the words of news prose repeat, so each word is tested once and the
words of a text are then matched against the remembered ones with set operations, in C.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import Generic, TypeVar

Value = TypeVar("Value")


class WordMemo(Generic[Value]):
    """``compute(word)`` remembered for up to ``limit`` words (then forgotten all at once, so memory stays
    bounded). Safe to share between threads: a thread works on the pair of tables it read, and a value is
    stored before its word is marked as tested."""

    def __init__(self, compute: Callable[[str], Value], limit: int = 65536) -> None:
        self.compute = compute
        self.limit = limit
        self._tables: tuple[set[str], dict[str, Value]] = (set(), {})

    def among(self, words: Iterable[str]) -> dict[str, Value]:
        """The words whose value is true (not None, empty or zero), with their values."""
        words = set(words)
        values = self._values(words)
        return {word: values[word] for word in words & values.keys()}

    def which(self, words: AbstractSet[str]) -> set[str]:
        """The words (a set) whose value is true, without their values."""
        return self._values(words).keys() & words

    def _values(self, words: AbstractSet[str]) -> dict[str, Value]:
        """The table of true values, once each of ``words`` has been tested."""
        tested, values = self._tables
        untested = words - tested
        if untested:
            if len(tested) + len(untested) > self.limit:
                tested, values = self._tables = (set(), {})
                untested = words
            for word in untested:
                value = self.compute(word)
                if value:
                    values[word] = value
            tested |= untested
        return values
