"""app/core and the CLI never import Qt (the CLI must start fast and the engine stay portable)."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_core_sources_do_not_mention_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT)) for path in (ROOT / "app" / "core").rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in
               ("import PySide6", "from PySide6", "import shiboken", "PyQt"))
    ]
    assert offenders == []


def test_engine_and_cli_import_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, app.core, app.cli\n"
        "for m in pkgutil.walk_packages(app.core.__path__, 'app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import app.core.runner, app.core.checks.connection\n"
        "app.cli.main(['--version'])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code + "\n"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    check = subprocess.run(
        [sys.executable, "-c", code.replace("app.cli.main(['--version'])\n", "") +
         "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
         "print(bad); sys.exit(1 if bad else 0)"],
        capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "SMTP Doctor" in proc.stdout
    assert check.returncode == 0, check.stdout + check.stderr
