"""Command modules of the ``newswire`` CLI; each exposes ``register(subparsers)``."""
