"""What the app creates on disk: its data and config folders are private (0700), the history
database and its -wal/-shm files are 0600 whatever the umask; reports the user asks for follow
the user's umask like any program's output. POSIX modes (on Windows chmod only sets read-only)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import monitor
from app.core.storage.files import write_atomic
from app.core.storage.history import History, default_path
from app.core.storage.profiles import ProfileStore
from app.core.text import report
from tests.support.samples import make_run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask022", "umask002", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def test_history_folder_and_database_are_private(tmp_path: Path, umask: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "new" / "data"
    monkeypatch.setenv("SMTP_DOCTOR_DATA_DIR", str(folder))
    with History() as h:
        h.add(make_run(), "Work")
        path = default_path()
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files), list(folder.iterdir())
        assert mode(folder) == 0o700
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}


def test_an_existing_history_database_is_made_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as h:
        h.add(make_run(), "Work")
    os.chmod(path, 0o644)
    with History(path) as h:
        h.add(make_run(), "Work")
        assert mode(path) == 0o600 and mode(Path(f"{path}-wal")) == 0o600


def test_config_folder_is_private(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "new" / "config"
    store = ProfileStore(folder)
    store.create("Work", {"host": "smtp.example.com"})
    assert mode(folder) == 0o700
    assert mode(folder / "profiles.json") == 0o600


def test_an_existing_folder_keeps_its_mode(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o755)
    with History(folder / "h.sqlite3") as h:
        h.add(make_run(), "Work")
    assert mode(folder) == 0o755  # a folder the user chose is not ours to change


@pytest.mark.parametrize("name", ["r.html", "r.md", "r.json"])
def test_a_new_report_follows_the_umask(tmp_path: Path, umask: int, name: str) -> None:
    path = report.write(make_run(), tmp_path / name)
    assert mode(path) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_report_over_an_existing_file_keeps_its_mode(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "r.md"
    path.write_text("old")
    os.chmod(path, 0o600)
    report.write(make_run(), path)
    assert mode(path) == 0o600 and path.read_text().startswith("# SMTP Doctor report")


def test_a_monitor_csv_follows_the_umask(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "latency.csv"
    monitor.write_csv([], path)
    assert mode(path) == 0o666 & ~umask
    assert path.read_text(encoding="utf-8") == ",".join(monitor.CSV_COLUMNS) + "\n"
    assert [p.name for p in tmp_path.iterdir()] == ["latency.csv"]


def test_a_private_file_is_private_even_over_a_shared_one(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "profiles.json"
    path.write_text("{}")
    os.chmod(path, 0o644)
    write_atomic(path, "[]\n", private=True)
    assert mode(path) == 0o600 and path.read_text(encoding="utf-8") == "[]\n"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "new \ud800")  # a lone surrogate cannot be written as UTF-8
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
