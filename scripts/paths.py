"""Where the scripts find the project and the data kept beside it.

The corpus and the gold sets live in ``shared/`` beside the project's clone, outside the repository (the gold texts
belong to their publishers). A clone or worktree somewhere else names that folder with ``NEWSWIRE_SHARED``.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSWIRE_SHARED") or ROOT.parent / "shared")
