"""History schema: versioned with PRAGMA user_version, migrated step by step, upgrades tested
from a real version-1 file (tests/unit/test_history_v1.sql), newer files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.storage import history as history_mod
from app.core.storage.history import SCHEMA_VERSION, History, HistoryError, migrate

V1_FIXTURE = Path(__file__).with_name("test_history_v1.sql")


def columns(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {row[1] for row in db.execute("PRAGMA table_info(runs)")}


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def make_v1(path: Path) -> Path:
    db = sqlite3.connect(path)
    try:
        db.executescript(V1_FIXTURE.read_text(encoding="utf-8"))
    finally:
        db.close()
    return path


def test_fresh_file_is_created_at_v1_then_migrated_to_current(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    assert migrate(db, 1) == 0
    assert int(db.execute("PRAGMA user_version").fetchone()[0]) == 1
    db.execute("INSERT INTO runs (profile, started_at, status, verdict, result_json) VALUES "
               "('P', 't', 'pass', 'ok', '{\"target\": {\"host\": \"h\", \"port\": 25}}')")
    assert migrate(db) == 1
    assert migrate(db) == SCHEMA_VERSION  # idempotent
    db.close()
    assert user_version(path) == SCHEMA_VERSION == len(history_mod.MIGRATIONS)
    with History(path) as h:
        (row,) = h.runs()
        assert (row.profile, row.host, row.port) == ("P", "h", 25)


def test_current_schema_from_scratch(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    History(path).close()
    assert user_version(path) == SCHEMA_VERSION
    assert {"result_json", "diagnosis", "host", "port", "total_ms", "os"} <= columns(path)


def test_upgrade_of_a_real_v1_file(tmp_path: Path) -> None:
    path = make_v1(tmp_path / "v1.sqlite3")
    assert user_version(path) == 1 and "diagnosis" not in columns(path)
    with History(path) as h:
        assert h.schema_version == SCHEMA_VERSION
        rows = h.runs("Work")
        assert [r.status for r in rows] == ["fail", "pass"]
        failed, passed = rows
        # back-filled from the stored JSON
        assert failed.diagnosis == "auth.failed" and passed.diagnosis is None
        assert (failed.host, failed.port, failed.security) == ("smtp.example.com", 587,
                                                               "starttls")
        assert failed.total_ms == 900.0
        stored = h.get(passed.id)
        assert stored is not None and stored.app_version == "0.0.9"
        assert stored.run().steps[1].transcript[0].text == "AUTH PLAIN [credentials redacted]"
        # old rows take part in everything new
        cmp = h.compare(passed.id, failed.id)
        assert [d.step_id for d in cmp.slowed] == ["connect", "auth"]  # 20 -> 500 ms
        assert [d.step_id for d in cmp.status_changed] == ["auth"]
        assert h.retention == 500
        new_id = h.add(h.get(passed.id).result, "Work")  # type: ignore[union-attr]
        assert h.count("Work") == 3 and new_id > failed.id
        # the damaged row of the old file is listed, and says so when opened
        (broken,) = h.runs("")
        assert broken.verdict == "broken row"
        with pytest.raises(HistoryError, match="damaged"):
            h.get(broken.id)
    assert user_version(path) == SCHEMA_VERSION


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_v1(tmp_path / "v1.sqlite3")

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE runs ADD COLUMN half_done TEXT")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(history_mod, "MIGRATIONS", (history_mod.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError):
        History(path)
    assert user_version(path) == 1
    assert "half_done" not in columns(path)
    monkeypatch.undo()
    with History(path) as h:
        assert h.count() == 3


def test_file_from_a_newer_app_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    History(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(HistoryError, match="newer SMTP Doctor"):
        History(path)
    assert path.read_bytes() == before


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="cannot be read"):
        History(path)
