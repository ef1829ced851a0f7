"""Run history: every run kept locally in SQLite, per profile, with a retention limit.

Public API::

    h = History()                      # <data dir>/history.sqlite3 (see default_path())
    h = History(path)                  # or an explicit file (":memory:" works too)
    run_id = h.add(run, profile="Work")                   # RunResult or its to_dict()
    h.runs(profile="Work", limit=100, offset=0) -> list[RunSummary]   newest first
    h.profiles() -> list[str]          profiles that have runs
    h.get(run_id) -> StoredRun | None  .result (dict, the --json schema), .run() -> RunResult
    h.delete(run_id, ...) -> int       h.clear(profile=None) -> int
    h.compare(old_id, new_id, min_ms=100, min_pct=50) -> Comparison
    h.retention / h.set_retention(n)   keep the last n runs (default 500), enforced on insert
    h.close()                          or use it as a context manager

Where: ``platformdirs.user_data_dir("SMTP Doctor")``, or ``$SMTP_DOCTOR_DATA_DIR`` when set
(tests, portable installs). The schema version is ``PRAGMA user_version``; :data:`MIGRATIONS`
upgrades any older file step by step inside one transaction, and a file from a newer app is
refused rather than damaged (:class:`HistoryError`).

What is stored is the run's ``to_dict()`` (already redacted where it was recorded: the target
only says whether a password was set, AUTH lines are ``[credentials redacted]``). ``add`` can
scrub known secrets once more, and deleted rows are overwritten (``PRAGMA secure_delete``).

Thread-safe: one connection guarded by a lock; each method is one short transaction, so a GUI
can call it from a worker while a monitor thread adds runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Advice, RunResult, Status, StepResult, TranscriptLine
from ..text.i18n import msg
from ..text.redact import Redactor
from ..text.words import APP_NAME
from .files import create_private, make_private, private_dir

DATA_DIR_ENV = "SMTP_DOCTOR_DATA_DIR"
FILE_NAME = "history.sqlite3"
DEFAULT_RETENTION = 500
DEFAULT_PROFILE = ""


class HistoryError(Exception):
    """The history file cannot be used (newer schema, not a database, ...). Plain message."""


def data_dir() -> Path:
    """The app's data folder: ``$SMTP_DOCTOR_DATA_DIR`` or the platform's user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    return data_dir() / FILE_NAME


# --------------------------------------------------------------------------- schema


def _v1(db: sqlite3.Connection) -> None:
    """Version 1: one row per run with the whole result as JSON."""
    db.execute("""
        CREATE TABLE runs (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            profile     TEXT NOT NULL DEFAULT '',
            started_at  TEXT NOT NULL,
            status      TEXT NOT NULL,
            verdict     TEXT NOT NULL,
            result_json TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX runs_profile ON runs (profile, id)")


def _v2(db: sqlite3.Connection) -> None:
    """Version 2: list columns without parsing JSON (diagnosis, target, timing, app, OS) and a
    settings table (retention). Existing rows are back-filled from their JSON."""
    for column in ("diagnosis TEXT", "host TEXT NOT NULL DEFAULT ''",
                   "port INTEGER NOT NULL DEFAULT 0", "security TEXT NOT NULL DEFAULT ''",
                   "total_ms REAL NOT NULL DEFAULT 0", "app_version TEXT NOT NULL DEFAULT ''",
                   "os TEXT NOT NULL DEFAULT ''", "cancelled INTEGER NOT NULL DEFAULT 0"):
        db.execute(f"ALTER TABLE runs ADD COLUMN {column}")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    rows = db.execute("SELECT id, result_json FROM runs").fetchall()
    for run_id, text in rows:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        target = data.get("target") or {}
        db.execute(
            "UPDATE runs SET diagnosis=?, host=?, port=?, security=?, total_ms=?, app_version=?, "
            "cancelled=? WHERE id=?",
            (data.get("diagnosis"), str(target.get("host", "")), _int(target.get("port")),
             str(target.get("security", "")), float(data.get("total_ms") or 0),
             str(data.get("app_version", "")), int(bool(data.get("cancelled"))), run_id))


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
"""``MIGRATIONS[n]`` takes a file from version n to n + 1. Append, never edit."""
SCHEMA_VERSION = len(MIGRATIONS)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring ``db`` up to ``target`` (all in one transaction); the version it had before."""
    found = int(db.execute("PRAGMA user_version").fetchone()[0])
    if found > SCHEMA_VERSION:
        raise HistoryError(
            msg("The history file was written by a newer SMTP Doctor (schema {found}; this "
                "version reads up to {supported}). Update the app, or move the file away.",
                found=found, supported=SCHEMA_VERSION))
    if found >= target:
        return found
    with _transaction(db):
        for version in range(found, target):
            MIGRATIONS[version](db)
        db.execute(f"PRAGMA user_version = {int(target)}")
    return found


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class RunSummary:
    """One row of a history list (no JSON parsing needed)."""

    id: int
    profile: str
    started_at: str
    status: str
    verdict: str
    diagnosis: str | None
    host: str
    port: int
    security: str
    total_ms: float
    cancelled: bool


@dataclass(frozen=True)
class StoredRun:
    summary: RunSummary
    result: dict[str, Any]  # exactly RunResult.to_dict(): the CLI's --json schema
    os: str = ""
    app_version: str = ""

    @property
    def id(self) -> int:
        return self.summary.id

    def run(self) -> RunResult:
        """The stored result as a RunResult (for views that show a live run)."""
        return run_from_dict(self.result)

    def environment(self) -> dict[str, str]:
        """For ``report.render(stored.result, fmt, environment=stored.environment())``."""
        return {"os": self.os} if self.os else {}


@dataclass(frozen=True)
class StepDelta:
    step_id: str
    title: str
    old_status: str | None  # None: the step is not in that run
    new_status: str | None
    old_ms: float | None
    new_ms: float | None
    status_changed: bool
    slower: bool
    faster: bool

    @property
    def delta_ms(self) -> float | None:
        if self.old_ms is None or self.new_ms is None:
            return None
        return self.new_ms - self.old_ms


@dataclass(frozen=True)
class Comparison:
    old: dict[str, Any]
    new: dict[str, Any]
    steps: list[StepDelta] = field(default_factory=list)

    @property
    def status_changed(self) -> list[StepDelta]:
        return [d for d in self.steps if d.status_changed]

    @property
    def slowed(self) -> list[StepDelta]:
        return [d for d in self.steps if d.slower]

    @property
    def changed(self) -> bool:
        return bool(self.status_changed or self.slowed)


def _ran(status: str | None) -> bool:
    return status in ("pass", "warn", "fail")


def compare_results(old: Mapping[str, Any], new: Mapping[str, Any], *, min_ms: float = 100.0,
                    min_pct: float = 50.0) -> Comparison:
    """Step by step: which steps changed status, and which got slower (or faster) by more than
    ``min_ms`` milliseconds AND more than ``min_pct`` percent (both, so a 0.2 ms step doubling
    is not news). Steps are matched by id, in the new run's order, then any only in the old."""
    old_steps = {s["id"]: s for s in old.get("steps") or []}
    new_steps = {s["id"]: s for s in new.get("steps") or []}
    order = list(new_steps) + [i for i in old_steps if i not in new_steps]
    deltas: list[StepDelta] = []
    for step_id in order:
        a, b = old_steps.get(step_id), new_steps.get(step_id)
        a_status = a.get("status") if a else None
        b_status = b.get("status") if b else None
        a_ms = float(a["duration_ms"]) if a and _ran(a_status) else None
        b_ms = float(b["duration_ms"]) if b and _ran(b_status) else None
        slower = faster = False
        if a_ms is not None and b_ms is not None:
            diff = b_ms - a_ms
            base = max(min(a_ms, b_ms), 0.001)
            big = abs(diff) > min_ms and abs(diff) / base * 100 > min_pct
            slower, faster = big and diff > 0, big and diff < 0
        title = str((b or a or {}).get("title", step_id))
        deltas.append(StepDelta(step_id, title, a_status, b_status, a_ms, b_ms,
                                a_status != b_status, slower, faster))
    return Comparison(dict(old), dict(new), deltas)


def run_from_dict(data: Mapping[str, Any]) -> RunResult:
    """Rebuild a RunResult from its ``to_dict()`` form (``diagnosis`` is derived again)."""
    steps: list[StepResult] = []
    for raw in data.get("steps") or []:
        advice = raw.get("advice")
        steps.append(StepResult(
            id=str(raw.get("id", "")), title=str(raw.get("title", "")),
            status=Status(raw.get("status", "skipped")),
            duration_ms=float(raw.get("duration_ms") or 0), summary=str(raw.get("summary", "")),
            facts=dict(raw.get("facts") or {}), diagnosis=raw.get("diagnosis"),
            transcript=[TranscriptLine(float(line.get("t_ms", 0)), line.get("dir", "*"),
                                       str(line.get("text", "")), bool(line.get("tls")))
                        for line in raw.get("transcript") or []],
            advice=Advice(str(advice["id"]), str(advice.get("title", "")),
                          str(advice.get("cause", "")), tuple(advice.get("fixes") or ()))
            if advice else None,
        ))
    return RunResult(target=dict(data.get("target") or {}), steps=steps,
                     status=Status(data.get("status", "skipped")),
                     verdict=str(data.get("verdict", "")),
                     total_ms=float(data.get("total_ms") or 0),
                     started_at=str(data.get("started_at", "")),
                     cancelled=bool(data.get("cancelled")),
                     app_version=str(data.get("app_version", "")))


# --------------------------------------------------------------------------- the store

_COLUMNS = ("id, profile, started_at, status, verdict, diagnosis, host, port, security, "
            "total_ms, cancelled")


def _summary(row: tuple[Any, ...]) -> RunSummary:
    return RunSummary(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), row[5],
                      str(row[6]), int(row[7]), str(row[8]), float(row[9]), bool(row[10]))


class History:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        memory = str(path) == ":memory:"
        if not memory:  # private: 0700 folder (when we create it), 0600 database
            private_dir(self.path.parent)
            create_private(self.path)
        self._lock = threading.RLock()
        try:
            self._db: sqlite3.Connection | None = sqlite3.connect(
                ":memory:" if memory else str(self.path), timeout=10.0,
                isolation_level=None, check_same_thread=False)
            if not memory:  # WAL: readers never wait for a writer; NORMAL: no fsync per run
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                for suffix in ("-wal", "-shm"):  # SQLite gives them the database's mode
                    make_private(Path(f"{self.path}{suffix}"))
            self._db.execute("PRAGMA secure_delete = ON")
            self._db.execute("PRAGMA foreign_keys = ON")
            migrate(self._db)
        except sqlite3.DatabaseError as exc:
            self.close()
            raise HistoryError(msg("The history file {path} cannot be read: {error}",
                                     path=self.path, error=exc)) from exc
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise HistoryError(msg("The history is closed."))
        return self._db

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # ------------------------------------------------------------------ settings
    @property
    def retention(self) -> int:
        """How many runs are kept (all profiles together); the oldest go first."""
        with self._lock:
            row = self._conn.execute(
                "SELECT value FROM settings WHERE key='retention'").fetchone()
        return int(row[0]) if row else DEFAULT_RETENTION

    def set_retention(self, keep_last: int) -> int:
        """Keep the last ``keep_last`` runs (>= 1); prunes at once. Returns the rows deleted."""
        if keep_last < 1:
            raise ValueError("keep at least one run")
        with self._lock, _transaction(self._conn):
            self._conn.execute("INSERT OR REPLACE INTO settings (key, value) "
                               "VALUES ('retention', ?)", (str(int(keep_last)),))
            return self._prune(keep_last)

    def _prune(self, keep_last: int) -> int:
        cursor = self._conn.execute(
            "DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT ?)",
            (keep_last,))
        return max(cursor.rowcount, 0)

    # ------------------------------------------------------------------ runs
    def add(self, run: RunResult | Mapping[str, Any], profile: str = DEFAULT_PROFILE, *,
            os_name: str | None = None, secrets: Iterable[str] = ()) -> int:
        """Store a run; returns its id. Older runs beyond the retention limit are deleted."""
        data = run.to_dict() if isinstance(run, RunResult) else dict(run)
        # belt and braces: the engine redacted when it produced the run
        data = Redactor.for_run(data, secrets).scrub_value(data)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if os_name is None:
            from ..text.report import os_description

            os_name = os_description()
        target = data.get("target") or {}
        with self._lock, _transaction(self._conn):
            cursor = self._conn.execute(
                "INSERT INTO runs (profile, started_at, status, verdict, result_json, diagnosis, "
                "host, port, security, total_ms, app_version, os, cancelled) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (profile, str(data.get("started_at", "")), str(data.get("status", "")),
                 str(data.get("verdict", "")), text, data.get("diagnosis"),
                 str(target.get("host", "")), _int(target.get("port")),
                 str(target.get("security", "")), float(data.get("total_ms") or 0),
                 str(data.get("app_version", "")), os_name, int(bool(data.get("cancelled")))))
            run_id = int(cursor.lastrowid or 0)
            row = self._conn.execute(
                "SELECT value FROM settings WHERE key='retention'").fetchone()
            self._prune(int(row[0]) if row else DEFAULT_RETENTION)
        return run_id

    def runs(self, profile: str | None = None, *, limit: int = 500,
             offset: int = 0) -> list[RunSummary]:
        """Runs newest first; ``profile=None`` lists every profile."""
        where, args = ("", ()) if profile is None else ("WHERE profile = ?", (profile,))
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM runs {where} ORDER BY id DESC LIMIT ? OFFSET ?",
                (*args, int(limit), int(offset))).fetchall()
        return [_summary(r) for r in rows]

    def count(self, profile: str | None = None) -> int:
        where, args = ("", ()) if profile is None else ("WHERE profile = ?", (profile,))
        with self._lock:
            return int(self._conn.execute(f"SELECT COUNT(*) FROM runs {where}", args)
                       .fetchone()[0])

    def profiles(self) -> list[str]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT profile FROM runs GROUP BY profile ORDER BY profile").fetchall()
        return [str(r[0]) for r in rows]

    def get(self, run_id: int) -> StoredRun | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_COLUMNS}, result_json, os, app_version FROM runs WHERE id = ?",
                (int(run_id),)).fetchone()
        if row is None:
            return None
        try:
            result = json.loads(row[11])
        except ValueError:
            raise HistoryError(msg("Run {id} in the history is damaged and cannot be shown; you "
                                   "can delete it.", id=run_id)) from None
        return StoredRun(_summary(row[:11]), result, str(row[12]), str(row[13]))

    def delete(self, *run_ids: int) -> int:
        """Delete runs by id; returns how many were there."""
        if not run_ids:
            return 0
        marks = ",".join("?" * len(run_ids))
        with self._lock, _transaction(self._conn):
            cursor = self._conn.execute(f"DELETE FROM runs WHERE id IN ({marks})",
                                        tuple(int(i) for i in run_ids))
            deleted = max(cursor.rowcount, 0)
        self._forget()
        return deleted

    def clear(self, profile: str | None = None) -> int:
        """Delete every run (of one profile); returns how many."""
        where, args = ("", ()) if profile is None else ("WHERE profile = ?", (profile,))
        with self._lock, _transaction(self._conn):
            deleted = max(self._conn.execute(f"DELETE FROM runs {where}", args).rowcount, 0)
        self._forget()
        return deleted

    def _forget(self) -> None:
        """After a delete: copy the WAL into the file (secure_delete zeroed the rows there) and
        empty it, so deleted runs do not linger on disk in old WAL frames."""
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def compare(self, old_id: int, new_id: int, *, min_ms: float = 100.0,
                min_pct: float = 50.0) -> Comparison:
        old, new = self.get(old_id), self.get(new_id)
        if old is None or new is None:
            raise KeyError(old_id if old is None else new_id)
        return compare_results(old.result, new.result, min_ms=min_ms, min_pct=min_pct)

    def vacuum(self) -> None:
        """Give freed pages back to the file system (after a big delete)."""
        with self._lock:
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
