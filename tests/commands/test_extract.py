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


def test_a_user_issue_file_extends_the_taxonomy(tmp_path):
    issues = tmp_path / "issues.toml"
    issues.write_text('[[issue]]\nid = "bike-lanes"\nlabel = "Bike lanes"\nparent = "transportation"\ncues = ["bike lane*"]\n')
    article = '{"id": "b1", "body": "Mayor Ann Lee said on Monday that she strongly supports building more bike lanes."}\n'
    with_file = subprocess.run(
        [sys.executable, "-m", "worker.cli", "--issues", str(issues), "extract", "-"],
        capture_output=True, text=True, input=article,
    )
    assert with_file.returncode == 0, with_file.stderr
    positions = json.loads(with_file.stdout)["positions"]
    assert [(p["actor_name"], p["issue"]["id"], p["stance"]) for p in positions] == [("Ann Lee", "bike-lanes", "support")]
    default = json.loads(run_extract("-", stdin=article).stdout)["positions"]
    assert all(p["issue"]["id"] != "bike-lanes" for p in default)


def test_an_unreadable_issue_file_is_a_clear_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "worker.cli", "--issues", str(tmp_path / "missing.toml"), "extract", "-"],
        capture_output=True, text=True, input='{"body": "x"}',
    )
    assert result.returncode == 2
    assert "missing.toml" in result.stderr and "cannot read" in result.stderr


def test_an_unreachable_broker_is_a_clear_error():
    result = subprocess.run(
        [sys.executable, "-m", "worker.cli", "--bootstrap-servers", "127.0.0.1:1", "replay", "--quiet"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("newswire: cannot reach Kafka at 127.0.0.1:1")
    assert "Traceback" not in result.stderr
