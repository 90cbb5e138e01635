import json
import subprocess
import sys


def run_extract(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", "extract", *args], capture_output=True, text=True, input=stdin
    )


def test_bad_records_are_reported_with_file_and_line_and_the_rest_is_processed(tmp_path):
    good = {"id": "g1", "body": "“Yes,” Ann Lee said."}
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good) + "\n{broken json\n" + json.dumps({"id": "g2", "body": "Plain."}) + "\n")
    result = run_extract(str(path))
    assert result.returncode == 1
    assert f"{path}:2: invalid_json" in result.stderr
    ids = [json.loads(line)["article_id"] for line in result.stdout.splitlines()]
    assert ids == ["g1", "g2"]


def test_stdin_and_missing_files(tmp_path):
    result = run_extract("-", str(tmp_path / "nope.txt"), stdin='{"id": "s1", "body": "Hello."}\n')
    assert result.returncode == 1
    assert "nope.txt" in result.stderr
    assert json.loads(result.stdout)["article_id"] == "s1"
