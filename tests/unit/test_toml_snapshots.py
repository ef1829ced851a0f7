"""load_toml reads a current snapshot instead of parsing the TOML, and the TOML when it changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tomllib

from app.core.knowledge import resources
from app.core.knowledge.resources import load_toml, toml_digest
from app.core.knowledge.toml_snapshots import SNAPSHOTS
from tools import gen_toml_snapshots


def test_snapshots_are_current() -> None:
    """Fails after an edit of a snapshotted file: run tools/gen_toml_snapshots.py."""
    assert gen_toml_snapshots.main(["--check"]) == 0
    assert set(SNAPSHOTS) == set(gen_toml_snapshots.FILES)


@pytest.mark.parametrize("name", gen_toml_snapshots.FILES)
def test_snapshot_gives_what_tomllib_gives(name: str) -> None:
    with resources.resource_path(name).open("rb") as fh:
        assert load_toml(name) == tomllib.load(fh)


def _resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    (tmp_path / "x.toml").write_text(text, encoding="utf-8", newline="")
    monkeypatch.setattr(resources, "_resources_root", lambda: str(tmp_path))


def test_an_edited_file_is_parsed_not_snapshot(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _resources(tmp_path, monkeypatch, 'a = "new"\n')
    monkeypatch.setitem(SNAPSHOTS, "x.toml", (toml_digest(b'a = "old"\n'), '{"a": "old"}'))
    assert load_toml("x.toml") == {"a": "new"}


def test_a_current_snapshot_is_used_whatever_the_line_ends(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _resources(tmp_path, monkeypatch, 'a = "x"\r\nb = [1, 2.5]\r\n')
    monkeypatch.setitem(SNAPSHOTS, "x.toml", (toml_digest(b'a = "x"\nb = [1, 2.5]\n'),
                                              json.dumps({"a": "snapshot"})))
    assert load_toml("x.toml") == {"a": "snapshot"}  # the snapshot, not the file


def test_broken_toml_raises_as_tomllib_does(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _resources(tmp_path, monkeypatch, "a = \n")
    with pytest.raises(tomllib.TOMLDecodeError):
        load_toml("x.toml")
    with pytest.raises(OSError):
        load_toml("missing.toml")
