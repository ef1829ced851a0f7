"""Passwords in the OS keyring, per profile, without ever hanging or raising.

Every call runs keyring in a daemon thread and waits at most ``timeout`` seconds, so a locked
Linux keyring that waits for an unlock prompt, or a keychain that never answers, cannot block the
caller forever. Failures come back as a :class:`SecretResult` with a plain-language message that
the GUI shows as is; the caller then keeps the password in memory for this session only.

Qt-free: the GUI calls these functions from a worker thread.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

SERVICE = "SMTP Doctor"
DEFAULT_TIMEOUT = 5.0

T = TypeVar("T")

SESSION_ONLY = "The password is kept for this session only."


class SecretStatus(str, enum.Enum):
    OK = "ok"
    NOT_FOUND = "not_found"
    NO_BACKEND = "no_backend"
    LOCKED = "locked"
    REFUSED = "refused"
    TIMEOUT = "timeout"


@dataclass(frozen=True)
class SecretResult:
    status: SecretStatus
    message: str = ""
    value: str | None = field(default=None, repr=False)  # a password: never in a repr

    @property
    def ok(self) -> bool:
        return self.status in (SecretStatus.OK, SecretStatus.NOT_FOUND)


class _Timeout(Exception):
    pass


def _call_with_timeout(func: Callable[[], T], timeout: float) -> T:
    """Run ``func`` in a daemon thread; raise :class:`_Timeout` if it takes longer than ``timeout``.

    A call that never returns leaves its daemon thread behind; it cannot keep the process alive.
    """
    box: dict[str, Any] = {}
    done = threading.Event()

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # handed over to the caller's thread
            box["error"] = exc
        finally:
            done.set()

    thread = threading.Thread(target=target, name="smtp-doctor-keyring", daemon=True)
    thread.start()
    if not done.wait(timeout):
        raise _Timeout()
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def _is_unusable(backend: Any) -> bool:
    """True for keyring's fail and null backends (no system keychain found)."""
    from keyring.backends import fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return True
    # A ChainerBackend with nothing to chain is as good as none.
    backends = getattr(backend, "backends", None)
    if backends is not None and type(backend).__name__ == "ChainerBackend":
        return not [b for b in backends if not isinstance(b, (fail.Keyring, null.Keyring))]
    return False


def describe(backend: Any) -> str:
    name = getattr(backend, "name", None) or type(backend).__name__
    module = type(backend).__module__
    if _is_unusable(backend):
        return f"none usable ({name}): passwords are kept for the session only"
    return f"{name} ({module}.{type(backend).__name__})"


def _no_backend_message() -> str:
    return ("No system keychain is available on this computer. " + SESSION_ONLY)


def _error_result(exc: BaseException) -> SecretResult:
    from keyring import errors

    if isinstance(exc, _Timeout):
        return SecretResult(
            SecretStatus.TIMEOUT,
            "The system keychain did not answer in time (it may be locked or waiting for you "
            "to unlock it). " + SESSION_ONLY,
        )
    if isinstance(exc, errors.NoKeyringError):
        return SecretResult(SecretStatus.NO_BACKEND, _no_backend_message())
    if isinstance(exc, errors.KeyringLocked):
        return SecretResult(
            SecretStatus.LOCKED,
            "The system keychain is locked. Unlock it and try again. " + SESSION_ONLY,
        )
    detail = str(exc).strip() or type(exc).__name__
    return SecretResult(
        SecretStatus.REFUSED,
        f"The system keychain refused the request ({detail}). " + SESSION_ONLY,
    )


def _run(func: Callable[[Any], SecretResult], timeout: float) -> SecretResult:
    def call() -> SecretResult:
        backend = _backend()
        if _is_unusable(backend):
            return SecretResult(SecretStatus.NO_BACKEND, _no_backend_message())
        return func(backend)

    try:
        return _call_with_timeout(call, timeout)
    except Exception as exc:
        return _error_result(exc)


def get_password(profile: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    """The password stored for ``profile``; status NOT_FOUND (``value`` None) if there is none."""

    def call(backend: Any) -> SecretResult:
        value = backend.get_password(SERVICE, profile)
        if value is None:
            return SecretResult(SecretStatus.NOT_FOUND, "No password is saved for this profile.")
        return SecretResult(SecretStatus.OK, "", value)

    return _run(call, timeout)


def set_password(profile: str, password: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    def call(backend: Any) -> SecretResult:
        backend.set_password(SERVICE, profile, password)
        return SecretResult(SecretStatus.OK, f"Password saved in {_short_name(backend)}.")

    return _run(call, timeout)


def delete_password(profile: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    """Forget the stored password; NOT_FOUND (which counts as ok) if there was none."""

    def call(backend: Any) -> SecretResult:
        from keyring import errors

        try:
            backend.delete_password(SERVICE, profile)
        except errors.PasswordDeleteError:
            return SecretResult(SecretStatus.NOT_FOUND, "No password was saved for this profile.")
        return SecretResult(SecretStatus.OK, f"Password removed from {_short_name(backend)}.")

    return _run(call, timeout)


def backend_description(timeout: float = DEFAULT_TIMEOUT) -> str:
    """Which keyring backend is in use, in words; never raises."""
    try:
        return describe(_call_with_timeout(_backend, timeout))
    except _Timeout:
        return "unknown: the keyring did not answer in time"
    except Exception as exc:
        return f"unavailable ({type(exc).__name__}: {exc})"


def _short_name(backend: Any) -> str:
    name = getattr(backend, "name", None) or type(backend).__name__
    return f"the system keychain ({name})"
