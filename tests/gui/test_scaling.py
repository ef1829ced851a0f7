"""200 % (issue 19, accessibility): with QT_SCALE_FACTOR=2 on a 1600×1200 screen (800×600
logical) every label, button, check box, tab and placeholder of every page and dialog has the
room its text needs (QFontMetrics against the widget's geometry), and the window fits the
screen; the same at 100 % on an 800×600 screen. A fresh process each: the scale factor and the
screen are fixed when the QApplication starts (tests/support/scale_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("width", "height", "factor"), [(1600, 1200, 2), (800, 600, 1)],
                         ids=["200% at 1600x1200", "100% at 800x600"])
def test_no_text_is_cut(tmp_path: Path, width: int, height: int, factor: int) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0,
                                               "width": width, "height": height,
                                               "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "QT_SCALE_FACTOR": str(factor), "SMTP_DOCTOR_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run([sys.executable, str(ROOT / "tests/support/scale_probe.py")],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout)
    assert seen["dpr"] == factor
    logical = [width // factor, height // factor]
    assert seen["logical"] == logical
    assert seen["window"][0] <= logical[0] and seen["window"][1] <= logical[1], seen
    assert not seen["problems"], "\n".join(seen["problems"])
