"""newswire: a streaming enrichment worker for news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newswire")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
