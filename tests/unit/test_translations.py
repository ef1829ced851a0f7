"""Shipped languages never fall behind (issue 19): every text the code asks for — each tr()
source in app/gui, each engine msg(), each report word, each diagnosis, fix and provider hint —
has a translation in every shipped language with the same placeholders, and the compiled .qm
files are the ones the .ts sources make. tools/i18n.py does the work; CI runs this test."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("i18n_tool", module)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_german_ships() -> None:
    assert "de" in tool.languages()


def test_no_shipped_language_falls_behind() -> None:
    behind = list(tool.iter_behind())
    assert behind == [], "run `python tools/i18n.py report`:\n" + "\n".join(behind[:40])


def test_the_check_finds_an_out_of_date_qm(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "i18n"
    shutil.copytree(tool.I18N, copy)
    (copy / "smtp_doctor_de.qm").write_bytes(b"not what the .ts makes")
    monkeypatch.setattr(tool, "I18N", copy)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert [line for line in tool.qm_out_of_date() if "smtp_doctor_de.qm" in line]


def test_the_check_finds_a_missing_translation_and_a_wrong_placeholder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself: a German .ts with one text untranslated and one placeholder
    renamed is reported behind, naming both."""
    copy = tmp_path / "i18n"
    shutil.copytree(tool.I18N, copy)
    ts = copy / "smtp_doctor_de.ts"
    text = ts.read_text(encoding="utf-8")
    text = text.replace("<translation>Erweitert</translation>",
                        '<translation type="unfinished"></translation>', 1)
    text = text.replace("<translation>Teste {host}, Port {port} …</translation>",
                        "<translation>Teste {server}, Port {port} …</translation>", 1)
    ts.write_text(text, encoding="utf-8")
    monkeypatch.setattr(tool, "I18N", copy)
    report = tool.check_language("de")
    assert report.behind
    assert any("'Advanced'" in item for item in report.new), report.new
    assert any("{server}" in item for item in report.mismatched), report.mismatched


def test_placeholders_are_compared_by_name() -> None:
    assert tool.placeholders("Elapsed {value:.1f} s, %n runs") == ["%n", "{value}"]
    assert tool.placeholders("{a} and {b}") == tool.placeholders("{b} und {a}")


def test_report_command_exits_zero_when_complete() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "de: complete" in done.stdout
