"""Passwords in the OS keyring, per profile, without ever hanging or raising.

Every call runs keyring in a daemon thread (``background.call``) and waits at most ``timeout``
seconds, so a locked Linux keyring that waits for an unlock prompt, or a keychain that never
answers, cannot block the caller forever (the stuck daemon thread cannot keep the process alive).
Failures come back as a :class:`SecretResult` with a plain-language message that the GUI shows
as is; the caller then keeps the password in memory for this session only.

Only the operating systems' own keychains are used (:data:`SYSTEM_KEYCHAINS`): a backend that
writes the password to a file (keyrings.alt) counts as "no keychain", even when keyring picked it.

Qt-free: the GUI calls these functions from a worker thread.
"""

from __future__ import annotations

import contextlib
import enum
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .. import background
from ..text.i18n import N_, msg
from ..text.words import APP_NAME

SERVICE = APP_NAME  # the keychain entries' service name; never change it (entries would be lost)
DEFAULT_TIMEOUT = 5.0


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


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


#: The operating systems' own keychains, by class (``module.QualName``). A backend is a keychain
#: when its class, or a class it derives from, is listed here and its priority is at least 1.
#: Anything else counts as "no keychain" (the password is kept for this session only):
#: keyrings.alt's plain-text, "encrypted" and other file backends, keyring's null and fail
#: backends, a chainer over only such backends, any third-party backend.
SYSTEM_KEYCHAINS: frozenset[str] = frozenset({
    "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Locker
    "keyring.backends.macOS.Keyring",  # macOS Keychain
    "keyring.backends.SecretService.Keyring",  # Secret Service (GNOME Keyring, KeePassXC, ...)
    "keyring.backends.libsecret.Keyring",  # the same Secret Service, through libsecret
    "keyring.backends.kwallet.DBusKeyring",  # KWallet (and its KWallet 4 subclass)
})
CHAINER = "keyring.backends.chainer.ChainerBackend"

_accepted_lock = threading.Lock()
_accepted_extra: list[type] = []


@contextlib.contextmanager
def accept_backend(cls: type) -> Iterator[None]:
    """Treat ``cls`` as a system keychain while the block runs.

    The one hook for extending :data:`SYSTEM_KEYCHAINS`: the tests' in-memory stand-ins for an
    OS keychain use it. The app itself never calls it.
    """
    with _accepted_lock:
        _accepted_extra.append(cls)
    try:
        yield
    finally:
        with _accepted_lock:
            _accepted_extra.remove(cls)


def _class_names(backend: Any) -> set[str]:
    return {f"{c.__module__}.{c.__qualname__}" for c in type(backend).__mro__}


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # keyring's backends raise when they are not usable here
        return 0.0


def is_system_keychain(backend: Any) -> bool:
    """True for an OS keychain backend that says it is usable (priority >= 1)."""
    with _accepted_lock:
        extra = tuple(_accepted_extra)
    listed = bool(_class_names(backend) & SYSTEM_KEYCHAINS) or isinstance(backend, extra)
    return listed and _priority(backend) >= 1


def keychain_of(backend: Any) -> Any | None:
    """The OS keychain to use for ``backend`` (keyring's selection), or None.

    When keyring selected its chainer, the first OS keychain among the chained backends (they
    are sorted best first); the others (files, ...) are never used.
    """
    if CHAINER in _class_names(backend):
        members = getattr(backend, "backends", None) or []
        return next((b for b in members if is_system_keychain(b)), None)
    return backend if is_system_keychain(backend) else None


def describe(backend: Any) -> str:
    keychain = keychain_of(backend)
    if keychain is None:
        name = getattr(backend, "name", None) or type(backend).__name__
        return msg("none usable ({name} is not a system keychain): passwords are kept for the "
                   "session only", name=name)
    name = getattr(keychain, "name", None) or type(keychain).__name__
    return f"{name} ({type(keychain).__module__}.{type(keychain).__name__})"


def _no_backend_message() -> str:
    return msg("No system keychain is available on this computer. The password is kept for "
               "this session only.")


def _error_result(exc: BaseException) -> SecretResult:
    from keyring import errors

    if isinstance(exc, background.DeadlineExceeded):
        return SecretResult(
            SecretStatus.TIMEOUT,
            msg("The system keychain did not answer in time (it may be locked or waiting for "
                "you to unlock it). The password is kept for this session only."),
        )
    if isinstance(exc, errors.NoKeyringError):
        return SecretResult(SecretStatus.NO_BACKEND, _no_backend_message())
    if isinstance(exc, errors.KeyringLocked):
        return SecretResult(
            SecretStatus.LOCKED,
            msg("The system keychain is locked. Unlock it and try again. The password is kept "
                "for this session only."),
        )
    detail = str(exc).strip() or type(exc).__name__
    return SecretResult(
        SecretStatus.REFUSED,
        msg("The system keychain refused the request ({detail}). The password is kept for "
            "this session only.", detail=detail),
    )


def _run(func: Callable[[Any], SecretResult], timeout: float) -> SecretResult:
    def call() -> SecretResult:
        backend = keychain_of(_backend())
        if backend is None:
            return SecretResult(SecretStatus.NO_BACKEND, _no_backend_message())
        return func(backend)

    try:
        return background.call(call, timeout, name="smtp-doctor-keyring")
    except Exception as exc:
        return _error_result(exc)


#: A second kind of entry: an OAuth sign-in (refresh token and what it belongs to), never in a
#: file. Its own service name keeps it apart from the profile's password.
OAUTH_SERVICE = f"{APP_NAME} OAuth"  # never change it either
#: A third kind: a proxy's password, kept per proxy (``proxy_account``: user@host:port), so the
#: connection test, every tool page and every command find it for the proxy they go through.
PROXY_SERVICE = f"{APP_NAME} proxy"  # never change it either


class _Said(NamedTuple):
    """What people read about one kind of entry, in whole sentences (a language may need
    another article or ending for "sign-in" than for "password"): English, marked with N_()
    and translated with msg() when said."""

    not_saved: str
    not_there: str
    saved: str  # {name}: the keychain's own name
    removed: str


_SAID = {
    SERVICE: _Said(N_("No password is saved for this profile."),
                   N_("No password was saved for this profile."),
                   N_("Password saved in the system keychain ({name})."),
                   N_("Password removed from the system keychain ({name}).")),
    OAUTH_SERVICE: _Said(N_("No sign-in is saved for this profile."),
                         N_("No sign-in was saved for this profile."),
                         N_("Sign-in saved in the system keychain ({name})."),
                         N_("Sign-in removed from the system keychain ({name}).")),
    PROXY_SERVICE: _Said(N_("No proxy password is saved for this profile."),
                         N_("No proxy password was saved for this profile."),
                         N_("Proxy password saved in the system keychain ({name})."),
                         N_("Proxy password removed from the system keychain ({name}).")),
}


def _get(service: str, profile: str, timeout: float) -> SecretResult:
    def call(backend: Any) -> SecretResult:
        value = backend.get_password(service, profile)
        if value is None:
            return SecretResult(SecretStatus.NOT_FOUND, msg(_SAID[service].not_saved))
        return SecretResult(SecretStatus.OK, "", value)

    return _run(call, timeout)


def _set(service: str, profile: str, value: str, timeout: float) -> SecretResult:
    def call(backend: Any) -> SecretResult:
        backend.set_password(service, profile, value)
        return SecretResult(SecretStatus.OK, msg(_SAID[service].saved, name=_short_name(backend)))

    return _run(call, timeout)


def _delete(service: str, profile: str, timeout: float) -> SecretResult:
    def call(backend: Any) -> SecretResult:
        from keyring import errors

        try:
            backend.delete_password(service, profile)
        except errors.PasswordDeleteError:
            return SecretResult(SecretStatus.NOT_FOUND, msg(_SAID[service].not_there))
        return SecretResult(SecretStatus.OK, msg(_SAID[service].removed,
                                                 name=_short_name(backend)))

    return _run(call, timeout)


def get_password(profile: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    """The password stored for ``profile``; status NOT_FOUND (``value`` None) if there is none."""
    return _get(SERVICE, profile, timeout)


def set_password(profile: str, password: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    return _set(SERVICE, profile, password, timeout)


def delete_password(profile: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    """Forget the stored password; NOT_FOUND (which counts as ok) if there was none."""
    return _delete(SERVICE, profile, timeout)


def get_oauth(profile: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    """The OAuth sign-in stored for ``profile`` (JSON text); NOT_FOUND if there is none."""
    return _get(OAUTH_SERVICE, profile, timeout)


def set_oauth(profile: str, value: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    return _set(OAUTH_SERVICE, profile, value, timeout)


def delete_oauth(profile: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    return _delete(OAUTH_SERVICE, profile, timeout)


def backend_description(timeout: float = DEFAULT_TIMEOUT) -> str:
    """Which keyring backend is in use, in words; never raises."""
    try:
        return describe(background.call(_backend, timeout, name="smtp-doctor-keyring"))
    except background.DeadlineExceeded:
        return msg("unknown: the keyring did not answer in time")
    except Exception as exc:
        return msg("unavailable ({error})", error=f"{type(exc).__name__}: {exc}")


def _short_name(backend: Any) -> str:
    """The backend's own name ("SecretService Keyring"): data, not translated."""
    return str(getattr(backend, "name", None) or type(backend).__name__)


def proxy_account(username: str, host: str, port: int) -> str:
    """The keychain account of a proxy's password: ``user@host:port`` (the host lower-cased)."""
    return f"{username}@{host.lower()}:{port}"


def get_proxy_password(account: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    """The password saved for the proxy ``account`` (:func:`proxy_account`); NOT_FOUND if none."""
    return _get(PROXY_SERVICE, account, timeout)


def set_proxy_password(account: str, password: str,
                       timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    return _set(PROXY_SERVICE, account, password, timeout)


def delete_proxy_password(account: str, timeout: float = DEFAULT_TIMEOUT) -> SecretResult:
    return _delete(PROXY_SERVICE, account, timeout)
