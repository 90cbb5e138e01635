import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from worker.commands.schemas import DEFAULT_DIR, rendered_schemas, stale_files

ROOT = Path(__file__).resolve().parents[2]


def test_schema_files_are_in_sync_with_the_contracts():
    assert stale_files(DEFAULT_DIR) == [], "run `newswire schemas` to regenerate schemas/"


def test_a_changed_file_is_reported_stale(tmp_path):
    for name, text in rendered_schemas().items():
        (tmp_path / name).write_text(text)
    assert stale_files(tmp_path) == []
    (tmp_path / "quote_event.schema.json").write_text("{}")
    assert stale_files(tmp_path) == ["quote_event.schema.json"]


def test_extract_output_on_the_seed_validates_against_its_schema():
    out = subprocess.run(
        [sys.executable, "-m", "worker.cli", "extract", str(ROOT / "seeds" / "seed-000.txt")],
        capture_output=True, text=True, check=True,
    )
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    schema = json.loads((DEFAULT_DIR / "enriched_article.schema.json").read_text())
    document = json.loads(lines[0])
    jsonschema.validate(document, schema)
    assert len(document["sections"]) == 6
