"""Run history: store, list, get, delete, compare, retention, restarts, threads."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from app.core.model import Status
from app.core.storage import history as history_mod
from app.core.storage.history import History, compare_results
from tests.support.samples import make_run


@pytest.fixture
def hist(tmp_path: Path) -> Any:
    with History(tmp_path / "h.sqlite3") as h:
        yield h


def test_add_get_roundtrip(hist: History) -> None:
    run = make_run(Status.FAIL, auth_status=Status.FAIL)
    run_id = hist.add(run, "Work", os_name="TestOS")
    stored = hist.get(run_id)
    assert stored is not None
    assert stored.result == run.to_dict()
    assert stored.os == "TestOS" and stored.app_version == "1.2.3"
    assert stored.environment() == {"os": "TestOS"}
    assert stored.run().to_dict() == run.to_dict()
    s = stored.summary
    assert (s.profile, s.status, s.diagnosis, s.host, s.port, s.security) == (
        "Work", "fail", "auth.failed", "smtp.example.com", 587, "starttls")
    assert s.verdict == "verdict fail" and s.total_ms == pytest.approx(31.0)
    assert hist.get(run_id + 1000) is None


def test_runs_per_profile_newest_first(hist: History) -> None:
    ids = [hist.add(make_run(started=f"2024-05-0{i}T00:00:00+00:00"), p)
           for i, p in enumerate(["A", "B", "A", "A"], 1)]
    assert [r.id for r in hist.runs("A")] == [ids[3], ids[2], ids[0]]
    assert [r.id for r in hist.runs("B")] == [ids[1]]
    assert [r.id for r in hist.runs()] == ids[::-1]
    assert [r.id for r in hist.runs("A", limit=1, offset=1)] == [ids[2]]
    assert hist.profiles() == ["A", "B"]
    assert hist.count() == 4 and hist.count("A") == 3


def test_delete_and_clear(hist: History) -> None:
    a, b, c = (hist.add(make_run(), p) for p in ("A", "A", "B"))
    assert hist.delete(a, 9999) == 1
    assert hist.get(a) is None and hist.get(b) is not None
    assert hist.delete() == 0
    assert hist.clear("A") == 1
    assert hist.count() == 1 and hist.get(c) is not None
    assert hist.clear() == 1 and hist.count() == 0


def test_retention_default_and_enforced_on_insert(hist: History) -> None:
    assert hist.retention == history_mod.DEFAULT_RETENTION == 500
    ids = [hist.add(make_run(), "P") for _ in range(5)]
    assert hist.set_retention(3) == 2  # prunes at once
    assert [r.id for r in hist.runs()] == ids[:1:-1]
    more = [hist.add(make_run(), "Q") for _ in range(2)]
    assert hist.count() == 3
    assert [r.id for r in hist.runs()] == [more[1], more[0], ids[4]]
    with pytest.raises(ValueError):
        hist.set_retention(0)


def test_retention_bounds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bounded.sqlite3"
    with History(path) as h:
        h.set_retention(20)
        for _ in range(40):
            h.add(make_run())
        h.vacuum()
        size_40 = path.stat().st_size
        for _ in range(200):
            h.add(make_run())
        h.vacuum()
        assert h.count() == 20
    assert path.stat().st_size <= size_40 * 1.5


def test_survives_restart(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as h:
        run_id = h.add(make_run(), "Work")
        h.set_retention(42)
    with History(path) as h:
        stored = h.get(run_id)
        assert stored is not None and stored.summary.profile == "Work"
        assert h.retention == 42
        assert h.schema_version == history_mod.SCHEMA_VERSION


def test_default_location_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(history_mod.DATA_DIR_ENV, str(tmp_path / "data"))
    assert history_mod.default_path() == tmp_path / "data" / "history.sqlite3"
    with History() as h:
        h.add(make_run())
    assert (tmp_path / "data" / "history.sqlite3").is_file()


def test_default_location_is_the_platform_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(history_mod.DATA_DIR_ENV, raising=False)
    expected = Path(platformdirs.user_data_dir("SMTP Doctor", appauthor=False))
    assert history_mod.data_dir() == expected


def test_closed_history_says_so(tmp_path: Path) -> None:
    h = History(tmp_path / "h.sqlite3")
    h.close()
    h.close()  # twice is fine
    with pytest.raises(history_mod.HistoryError):
        h.runs()


def test_threads_add_and_read_concurrently(hist: History) -> None:
    errors: list[BaseException] = []

    def writer(profile: str) -> None:
        try:
            for _ in range(40):
                run_id = hist.add(make_run(), profile, os_name="x")
                assert hist.get(run_id) is not None
                hist.runs(profile, limit=5)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"P{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert hist.count() == 240
    assert all(hist.count(f"P{i}") == 40 for i in range(6))


def test_memory_database() -> None:
    with History(":memory:") as h:
        h.add(make_run())
        assert h.count() == 1


# ------------------------------------------------------------------------ compare


def test_compare_status_change_and_slowdown(hist: History) -> None:
    old = hist.add(make_run(connect_ms=10, auth_ms=20))
    new = hist.add(make_run(Status.FAIL, connect_ms=400, auth_ms=25, auth_status=Status.FAIL))
    cmp = hist.compare(old, new, min_ms=100, min_pct=50)
    by_id = {d.step_id: d for d in cmp.steps}
    assert [d.step_id for d in cmp.steps] == ["connect", "auth", "quit"]
    assert by_id["connect"].slower and not by_id["connect"].status_changed
    assert by_id["connect"].delta_ms == pytest.approx(390)
    assert by_id["auth"].status_changed and (by_id["auth"].old_status, by_id["auth"].new_status) \
        == ("pass", "fail")
    assert by_id["auth"].new_ms == 25 and not by_id["auth"].slower
    assert not by_id["quit"].status_changed and not by_id["quit"].slower
    assert [d.step_id for d in cmp.slowed] == ["connect"]
    assert [d.step_id for d in cmp.status_changed] == ["auth"]
    assert cmp.changed
    with pytest.raises(KeyError):
        hist.compare(old, 12345)


def test_compare_thresholds_need_both_ms_and_percent() -> None:
    a = make_run(connect_ms=1000).to_dict()
    b = make_run(connect_ms=1150).to_dict()  # +150 ms but only +15 %
    c = make_run(connect_ms=0.2).to_dict()
    d = make_run(connect_ms=0.9).to_dict()  # +350 % but under a millisecond
    assert not compare_results(a, b).changed
    assert compare_results(a, b, min_ms=100, min_pct=10).slowed
    assert not compare_results(c, d).changed
    faster = compare_results(b, make_run(connect_ms=50).to_dict())
    assert faster.steps[0].faster and not faster.changed


def test_compare_missing_and_skipped_steps() -> None:
    a = make_run().to_dict()
    b = make_run().to_dict()
    b["steps"] = [*b["steps"][:1], {**b["steps"][1], "status": "skipped", "duration_ms": 0}]
    cmp = compare_results(a, b)
    by_id = {d.step_id: d for d in cmp.steps}
    assert by_id["auth"].status_changed and by_id["auth"].new_ms is None
    assert by_id["quit"].new_status is None and by_id["quit"].status_changed


def test_deleted_runs_are_gone_from_disk(tmp_path: Path) -> None:
    """secure_delete + a WAL checkpoint: a deleted run leaves no bytes behind, file or WAL."""
    marker = "unforgettable-verdict-7c1e"
    with History(tmp_path / "h.sqlite3") as h:
        keep = h.add(make_run(), "P")
        gone = h.add({**make_run().to_dict(), "verdict": marker}, "P")
        assert any(marker.encode() in p.read_bytes() for p in tmp_path.iterdir())
        assert h.delete(gone) == 1
        for path in tmp_path.iterdir():
            assert marker.encode() not in path.read_bytes(), path.name
        assert h.get(keep) is not None
