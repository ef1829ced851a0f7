"""``pip install .`` (a regular, non-editable install) carries the knowledge base: the wheel
holds ``app/resources`` and the installed CLI reads a bounce with its diagnoses and fixes."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.packaging, pytest.mark.slow, pytest.mark.timeout(300)]


def test_the_wheel_installs_resources_and_the_installed_cli_reads_them(tmp_path: Path) -> None:
    setuptools = pytest.importorskip("setuptools", reason="the packaging extra")
    if int(setuptools.__version__.split(".")[0]) < 68:
        pytest.skip("setuptools >= 68 (the packaging extra) builds the wheel offline")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp_path / "dist"), str(ROOT)],
                   check=True, cwd=tmp_path)
    wheel = next((tmp_path / "dist").glob("smtp_doctor-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n.removeprefix("app/resources/") for n in names if n.startswith("app/resources/")}
    in_repo = {p.relative_to(ROOT / "resources").as_posix()
               for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert in_repo <= shipped, f"missing from the wheel: {sorted(in_repo - shipped)}"

    # Install it into a fresh venv; its dependencies come from this venv (no network).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True)
    purelib = subprocess.run([str(python), "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    bounce = ROOT / "tests" / "data" / "bounces"
    sample = next(p for p in sorted(bounce.iterdir()) if "postfix" in p.name)
    done = subprocess.run([str(python), "-m", "app", "bounce", "--json", str(sample)],
                          capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": ""})
    assert done.returncode == 0, done.stderr
    assert "\"diagnosis\"" in done.stdout and "site-packages" not in done.stderr
    located = subprocess.run([str(python), "-c", "from app.core.knowledge.resources import "
                              "resources_dir; print(resources_dir())"],
                             capture_output=True, text=True, cwd=tmp_path, check=True)
    assert Path(located.stdout.strip()) == Path(purelib) / "app" / "resources"
