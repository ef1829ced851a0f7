"""Profiles round-trip through the JSON file and never store a password or token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.storage import profiles
from app.core.storage.profiles import Profile, ProfileError, ProfileStore

SECRET = "s3cr3t-Pa55word!"
TOKEN = "ya29.token-value"


def form(**over: object) -> dict[str, object]:
    data: dict[str, object] = {
        "host": "smtp.example.com", "port": "465", "security": "tls", "auth": "login",
        "username": "me@example.com", "password": SECRET, "oauth_token": TOKEN,
        "verify_tls": False, "ca_file": "/tmp/ca.pem", "remember_password": True,
        "stop_after": "data", "subject": "Hello ✓",
    }
    data.update(over)
    return data


def test_round_trip_without_secrets(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.create("Work", form())
    again = ProfileStore(tmp_path)
    loaded = again.load()
    assert [p.name for p in loaded] == ["Work"]
    work = loaded[0]
    assert (work.host, work.port, work.security, work.auth) == ("smtp.example.com", "465", "tls",
                                                               "login")
    assert work.verify_tls is False and work.remember_password is True
    assert work.subject == "Hello ✓"
    text = (tmp_path / "profiles.json").read_text(encoding="utf-8")
    assert SECRET not in text and TOKEN not in text
    for item in json.loads(text)["profiles"]:
        assert "password" not in item and "oauth_token" not in item


def test_env_var_selects_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(profiles.CONFIG_ENV, str(tmp_path / "cfg"))
    store = ProfileStore()
    store.create("A")
    assert (tmp_path / "cfg" / "profiles.json").is_file()


def test_rename_duplicate_delete(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.create("A", form())
    store.create("B")
    with pytest.raises(ProfileError):
        store.create("A")
    with pytest.raises(ProfileError):
        store.rename("A", "B")
    with pytest.raises(ProfileError):
        store.create("   ")
    store.rename("A", "Alpha")
    copy = store.duplicate("Alpha")
    assert copy.name == "Alpha copy" and copy.host == "smtp.example.com"
    assert store.duplicate("Alpha").name == "Alpha copy 2"
    store.delete("B")
    assert ProfileStore(tmp_path).load() and store.names() == ["Alpha", "Alpha copy 2",
                                                               "Alpha copy"]
    with pytest.raises(ProfileError):
        store.get("B")


def test_save_replaces_and_form_values(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(Profile.from_mapping("P", form()))
    store.save(Profile.from_mapping("P", form(host="other.example")))
    assert len(store) == 1
    values = store.get("P").form_values()
    assert values["host"] == "other.example" and "name" not in values
    assert "password" not in values


def test_broken_file_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "profiles.json").write_text("{not json", encoding="utf-8")
    store = ProfileStore(tmp_path)
    assert store.load() == []
    assert "Could not read" in store.load_error


def test_unknown_and_duplicate_entries_ignored(tmp_path: Path) -> None:
    (tmp_path / "profiles.json").write_text(json.dumps({"version": 1, "profiles": [
        {"name": "X", "host": "a", "password": "leak", "bogus": 1},
        {"name": "X", "host": "b"},
        {"host": "nameless"},
    ]}), encoding="utf-8")
    store = ProfileStore(tmp_path)
    loaded = store.load()
    assert [(p.name, p.host) for p in loaded] == [("X", "a")]
    store.save(loaded[0])
    assert "leak" not in (tmp_path / "profiles.json").read_text(encoding="utf-8")
