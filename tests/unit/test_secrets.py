"""The keyring wrapper with in-memory test backends: round trip, no backend, locked, hanging."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring import errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.core.storage import secrets
from app.core.storage.secrets import SecretStatus
from tests.support.canary import MemoryKeyring, keyring_restored


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise errors.PasswordSetError("Can't store password on keychain: (-25293, 'Unknown')")


class HangingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None


@pytest.fixture
def use_keyring() -> Iterator[Any]:
    """Select a backend; MemoryKeyring (and its subclasses) stand in for an OS keychain."""
    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    with keyring_restored(), secrets.accept_backend(MemoryKeyring):
        yield use


def test_round_trip(use_keyring: Any) -> None:
    backend = use_keyring(MemoryKeyring())
    assert secrets.get_password("Work").status is SecretStatus.NOT_FOUND
    result = secrets.set_password("Work", "pw1")
    assert result.ok and "MemoryKeyring" in result.message
    assert backend.store == {("SMTP Doctor", "Work"): "pw1"}
    got = secrets.get_password("Work")
    assert got.status is SecretStatus.OK and got.value == "pw1"
    assert secrets.delete_password("Work").status is SecretStatus.OK
    assert secrets.delete_password("Work").status is SecretStatus.NOT_FOUND
    assert secrets.get_password("Work").value is None
    assert "MemoryKeyring" in secrets.backend_description()


def test_fail_backend_gives_plain_message(use_keyring: Any) -> None:
    use_keyring(fail.Keyring())
    for result in (secrets.get_password("P"), secrets.set_password("P", "x"),
                   secrets.delete_password("P")):
        assert result.status is SecretStatus.NO_BACKEND
        assert not result.ok
        assert "No system keychain" in result.message
        assert "this session only" in result.message
    assert "none usable" in secrets.backend_description()


def test_locked_and_refused(use_keyring: Any) -> None:
    use_keyring(LockedKeyring())
    got = secrets.get_password("P")
    assert got.status is SecretStatus.LOCKED and "locked" in got.message
    put = secrets.set_password("P", "x")
    assert put.status is SecretStatus.REFUSED and "-25293" in put.message
    assert "this session only" in put.message


def test_hanging_backend_times_out(use_keyring: Any) -> None:
    backend = use_keyring(HangingKeyring())
    start = time.monotonic()
    result = secrets.get_password("P", timeout=0.3)
    elapsed = time.monotonic() - start
    backend.release.set()
    assert result.status is SecretStatus.TIMEOUT
    assert elapsed < 1.0
    assert "did not answer in time" in result.message


@pytest.mark.keyring_real
def test_real_secret_service_round_trip() -> None:
    """Against gnome-keyring under dbus-run-session (see DESIGN.md field notes / .ci/run)."""
    import os

    required = bool(os.environ.get("SMTP_DOCTOR_REAL_KEYRING"))  # CI sets it: never skip there
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        assert not required, "SMTP_DOCTOR_REAL_KEYRING is set but there is no D-Bus session"
        pytest.skip("no D-Bus session: run under dbus-run-session with gnome-keyring unlocked")
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    try:
        backend.get_preferred_collection()
    except Exception as exc:
        assert not required, f"the Secret Service is not usable: {exc}"
        pytest.skip(f"no usable Secret Service: {exc}")
    keyring.set_keyring(backend)
    profile = f"pytest-{os.getpid()}"
    try:
        assert "SecretService" in secrets.backend_description()
        put = secrets.set_password(profile, "real-secret ✓")
        assert put.status is SecretStatus.OK, put.message
        got = secrets.get_password(profile)
        assert got.value == "real-secret ✓"
        assert secrets.delete_password(profile).status is SecretStatus.OK
        assert secrets.get_password(profile).status is SecretStatus.NOT_FOUND
    finally:
        secrets.delete_password(profile)
        keyring.set_keyring(previous)


class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


def test_only_os_keychains_count(use_keyring: Any) -> None:
    """Not listed (files, null, a test double outside the hook) or priority < 1: no keychain."""
    from keyring.backends import null

    assert not secrets.is_system_keychain(null.Keyring())
    assert not secrets.is_system_keychain(LowPriorityKeyring())  # accepted class, priority 0.5
    use_keyring(LowPriorityKeyring())
    assert secrets.set_password("P", "x").status is SecretStatus.NO_BACKEND
    with secrets.accept_backend(LowPriorityKeyring):
        assert secrets.set_password("P", "x").status is SecretStatus.NO_BACKEND
    assert "none usable" in secrets.backend_description()
    listed = {name.rsplit(".", 1)[0] for name in secrets.SYSTEM_KEYCHAINS}
    assert "keyrings.alt.file" not in listed and "keyring.backends.null" not in listed
