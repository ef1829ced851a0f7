"""Named profiles: saved server settings, never a password or token.

Stored as one JSON file, ``profiles.json``, in the platform config dir
(``platformdirs.user_config_dir("SMTP Doctor")``), or in ``$SMTP_DOCTOR_CONFIG_DIR`` when set
(tests). Writes are atomic (temp file + rename). Qt-free.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..text.i18n import msg
from ..text.words import APP_NAME
from .files import private_dir, write_atomic

CONFIG_ENV = "SMTP_DOCTOR_CONFIG_DIR"
FILE_NAME = "profiles.json"
FORMAT_VERSION = 1
DEFAULT_PROFILE = "Default"

# Form keys that must never reach the disk.
SECRET_KEYS = frozenset({"password", "oauth_token", "proxy_password", "imap_password"})


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


class ProfileError(ValueError):
    """A profile operation that cannot be done (unknown name, duplicate name, empty name)."""


@dataclass(frozen=True)
class Profile:
    """The saveable part of the form. Field names match the engine's form keys."""

    name: str
    provider: str = ""
    host: str = ""
    port: str = "587"
    security: str = "starttls"
    auth: str = "auto"
    username: str = ""
    remember_password: bool = False
    ehlo_name: str = ""
    verify_tls: bool = True
    ca_file: str = ""
    ip_version: str = "auto"
    connect_timeout: str = "10"
    reply_timeout: str = "30"
    mail_from: str = ""
    rcpt_to: str = ""
    subject: str = "SMTP Doctor test message"
    body: str = ""
    watch_enabled: bool = False  # after sending, watch a mailbox (checks/delivery.py)
    watch_mailbox: str = ""  # "" = the sending account
    watch_timeout: str = "120"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def form_values(self) -> dict[str, Any]:
        """The profile as form values (no ``name``)."""
        data = asdict(self)
        del data["name"]
        return data

    @classmethod
    def from_mapping(cls, name: str, data: Mapping[str, Any]) -> Profile:
        """Build from a form or a JSON object; unknown keys and secrets are dropped."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key in SECRET_KEYS or key == "name" or key not in known:
                continue
            default = getattr(cls, key)
            if isinstance(default, bool):
                values[key] = bool(value)
            else:
                values[key] = "" if value is None else str(value)
        return cls(name=name, **values)


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ProfileError(msg("A profile needs a name."))
    if len(cleaned) > 100:
        raise ProfileError(msg("A profile name can be at most 100 characters long."))
    return cleaned


class ProfileStore:
    """Profiles in one JSON file. Keeps them in file order; every change is saved at once."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else config_dir()
        self._profiles: list[Profile] = []
        self.load_error = ""
        self._write_lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self.directory / FILE_NAME

    # -- reading -------------------------------------------------------------------------------
    def load(self) -> list[Profile]:
        """Read the file. A missing file gives no profiles; a broken one sets ``load_error``."""
        self.load_error = ""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            items = raw.get("profiles", []) if isinstance(raw, dict) else []
            profiles: list[Profile] = []
            seen: set[str] = set()
            for item in items:
                if not isinstance(item, dict) or not str(item.get("name", "")).strip():
                    continue
                name = str(item["name"]).strip()
                if name in seen:
                    continue
                seen.add(name)
                profiles.append(Profile.from_mapping(name, item))
            self._profiles = profiles
        except FileNotFoundError:
            self._profiles = []
        except (OSError, ValueError) as exc:
            self.load_error = msg("Could not read {path}: {error}", path=self.path, error=exc)
            self._profiles = []
        return list(self._profiles)

    def names(self) -> list[str]:
        return [p.name for p in self._profiles]

    def get(self, name: str) -> Profile:
        for profile in self._profiles:
            if profile.name == name:
                return profile
        raise ProfileError(msg("There is no profile called “{name}”.", name=name))

    def __contains__(self, name: object) -> bool:
        return any(p.name == name for p in self._profiles)

    def __len__(self) -> int:
        return len(self._profiles)

    # -- changing ------------------------------------------------------------------------------
    def save(self, profile: Profile, *, write: bool = True) -> Profile:
        """Insert or replace by name. ``write=False`` leaves the file to a later ``write()``."""
        profile = replace(profile, name=_check_name(profile.name))
        for i, existing in enumerate(self._profiles):
            if existing.name == profile.name:
                self._profiles[i] = profile
                break
        else:
            self._profiles.append(profile)
        if write:
            self._write()
        return profile

    def write(self) -> None:
        """Write the file (thread-safe: the GUI calls it from a worker)."""
        self._write()

    def create(self, name: str, values: Mapping[str, Any] | None = None) -> Profile:
        name = _check_name(name)
        if name in self:
            raise ProfileError(msg("A profile called “{name}” already exists.", name=name))
        return self.save(Profile.from_mapping(name, values or {}))

    def rename(self, old: str, new: str) -> Profile:
        new = _check_name(new)
        profile = self.get(old)
        if new != old and new in self:
            raise ProfileError(msg("A profile called “{name}” already exists.", name=new))
        renamed = replace(profile, name=new)
        self._profiles[self._profiles.index(profile)] = renamed
        self._write()
        return renamed

    def duplicate(self, name: str, new: str | None = None) -> Profile:
        profile = self.get(name)
        new = _check_name(new) if new else self.unique_name(msg("{name} copy", name=name))
        if new in self:
            raise ProfileError(msg("A profile called “{name}” already exists.", name=new))
        copy = replace(profile, name=new)
        self._profiles.insert(self._profiles.index(profile) + 1, copy)
        self._write()
        return copy

    def delete(self, name: str) -> None:
        profile = self.get(name)
        self._profiles.remove(profile)
        self._write()

    def unique_name(self, base: str) -> str:
        base = base.strip() or DEFAULT_PROFILE
        if base not in self:
            return base
        n = 2
        while f"{base} {n}" in self:
            n += 1
        return f"{base} {n}"

    def _write(self) -> None:
        with self._write_lock:
            self._write_locked()

    def _write_locked(self) -> None:
        profiles = [p.to_dict() for p in list(self._profiles)]
        for item in profiles:
            assert not SECRET_KEYS & item.keys()
        data = {"version": FORMAT_VERSION, "profiles": profiles}
        private_dir(self.directory)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        write_atomic(self.path, text, private=True)
