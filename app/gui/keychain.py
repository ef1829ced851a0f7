"""Session passwords and the system keychain, per profile, always off the GUI thread.

The password typed in the form lives in memory for this session (``session``). The keychain is
written only when the user asks for it: after a login that worked with that password (with
"Remember" ticked), or with "Save password now". A password that failed never replaces one in the
keychain by itself, closing the app saves nothing, and a saved password is deleted only when the
user says yes. Every keyring call runs in a worker (``app.core.storage.secrets``); what happened
comes back as one plain sentence (``status`` signal) for the line under the password field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from app.core.storage import secrets
from app.core.storage.secrets import SecretResult, SecretStatus
from app.gui.i18n import QT_TRANSLATE_NOOP
from app.gui.workers import run_task

SAVED = QT_TRANSLATE_NOOP("keychain", "Saved in the system keychain.")
SAVED_AFTER_LOGIN = QT_TRANSLATE_NOOP(
    "keychain",
    "Saved in the system keychain after a successful login.")
READ = QT_TRANSLATE_NOOP("keychain", "Read from the system keychain.")
NOT_SAVED_FAILED = QT_TRANSLATE_NOOP("keychain", "Not saved: the login failed.")
KEPT_AFTER_FAILURE = QT_TRANSLATE_NOOP(
    "keychain",
    "Not saved: the login failed. The keychain still holds the password saved before.")
SAVED_ONE_FAILED = QT_TRANSLATE_NOOP(
    "keychain",
    "The login failed with the password saved in the keychain. It is still saved; type the new "
    "one and test the login to replace it.")
DIFFERS = QT_TRANSLATE_NOOP(
    "keychain",
    "The saved password differs from the one typed. The keychain is updated after a successful "
    "login, or with Save password now.")
NOT_YET = QT_TRANSLATE_NOOP(
    "keychain",
    "Not saved yet: the password is saved in the system keychain after a successful login, or "
    "with Save password now.")
DELETED = QT_TRANSLATE_NOOP("keychain", "Deleted from the system keychain.")
NOTHING_TO_DELETE = QT_TRANSLATE_NOOP("keychain", "Nothing was saved in the system keychain.")
KEPT = QT_TRANSLATE_NOOP("keychain", "Still saved in the system keychain (not deleted).")
NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "keychain",
    "No system keychain: the password is kept for this session only.")


class SecretStore(NamedTuple):
    """One kind of keychain entry: how to read, write and delete it (app.core.storage.secrets)."""

    get: Callable[[str, float], SecretResult]
    set: Callable[[str, str, float], SecretResult]
    delete: Callable[[str, float], SecretResult]


#: The mail password, per profile.
PASSWORDS = SecretStore(secrets.get_password, secrets.set_password, secrets.delete_password)
#: A proxy's password, per proxy account (user@host:port): the same rules, its own entry kind.
PROXY_PASSWORDS = SecretStore(secrets.get_proxy_password, secrets.set_proxy_password,
                              secrets.delete_proxy_password)


class Keychain(QObject):
    status = Signal(str, str)              # profile, message ("" = nothing to say)
    password_loaded = Signal(str, str)     # profile, password

    def __init__(self, parent: QObject | None = None, timeout: float = secrets.DEFAULT_TIMEOUT,
                 store: SecretStore = PASSWORDS) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.store = store
        self.session: dict[str, str] = {}
        self._stored: dict[str, str] = {}  # what we know the keychain holds
        self._failed: dict[str, str] = {}  # the password whose last login failed (memory only)
        self._unavailable: dict[str, str] = {}  # why the keychain could not be used
        self.busy = 0

    # -- what the keychain holds -----------------------------------------------------------------
    def saved(self, profile: str) -> bool:
        """The keychain is known to hold a password for ``profile``."""
        return profile in self._stored

    def failed_before(self, profile: str, password: str) -> bool:
        """``password`` is the one whose last login failed."""
        return bool(password) and self._failed.get(profile) == password

    def replaces_a_working_one(self, profile: str, password: str) -> bool:
        """Saving ``password`` would put one that failed in place of another saved one."""
        stored = self._stored.get(profile)
        return self.failed_before(profile, password) and stored is not None and stored != password

    def describe(self, profile: str, typed: str, remember: bool) -> str:
        """The truth about the keychain entry, compared with what is typed (no keyring call)."""
        if profile in self._unavailable:
            return self._unavailable[profile]
        stored = self._stored.get(profile)
        if stored is not None:
            if not typed or typed == stored:
                return SAVED
            return DIFFERS
        if remember and typed:
            return NOT_SAVED_FAILED if self.failed_before(profile, typed) else NOT_YET
        return ""

    # -- reading -------------------------------------------------------------------------------
    def load(self, profile: str) -> None:
        """Ask the keychain for ``profile``'s password; emits password_loaded / status."""
        if profile in self.session:
            self.password_loaded.emit(profile, self.session[profile])
            return
        self.status.emit(profile, self.tr("Reading the password from the system keychain…"))
        self._run(lambda: self.store.get(profile, self.timeout),
                  lambda r: self._loaded(profile, r))

    def _loaded(self, profile: str, result: SecretResult) -> None:
        if result.value is not None:
            self._stored[profile] = result.value
            self._unavailable.pop(profile, None)
            self.session.setdefault(profile, result.value)
            self.password_loaded.emit(profile, self.session[profile])
            self.status.emit(profile, READ)
        elif result.ok:
            self._stored.pop(profile, None)
            self.status.emit(profile, self.tr("No password is saved in the system keychain yet."))
        else:
            self._note_unavailable(profile, result)
            self.status.emit(profile, result.message)

    # -- writing: only when asked ----------------------------------------------------------------
    def keep_session(self, profile: str, password: str) -> None:
        """Keep ``password`` in memory for this session (never writes the keychain)."""
        if password:
            self.session[profile] = password
        else:
            self.session.pop(profile, None)

    def save(self, profile: str, password: str, after_login: bool = False) -> None:
        """Store ``password`` in the keychain (the user asked, or a login just worked with it)."""
        self.keep_session(profile, password)
        if not password:
            return
        self._run(lambda: self.store.set(profile, password, self.timeout),
                  lambda r: self._saved(profile, password, after_login, r))

    def _saved(self, profile: str, password: str, after_login: bool,
               result: SecretResult) -> None:
        if result.ok:
            self._stored[profile] = password
            self._unavailable.pop(profile, None)
            self.status.emit(profile, SAVED_AFTER_LOGIN if after_login else SAVED)
        else:
            self._note_unavailable(profile, result)
            self.status.emit(profile, result.message)

    def login_result(self, profile: str, password: str, worked: bool, remember: bool) -> None:
        """A login was tried with ``password``: save it if it worked and the user wants that;
        never store one that failed."""
        if not password:
            return
        self.keep_session(profile, password)
        stored = self._stored.get(profile)
        if worked:
            self._failed.pop(profile, None)
            if remember and stored != password:
                self.save(profile, password, after_login=True)
            elif remember:
                self.status.emit(profile, SAVED)
            return
        self._failed[profile] = password
        if stored is None:
            self.status.emit(profile, NOT_SAVED_FAILED if remember else "")
        elif stored == password:
            self.status.emit(profile, SAVED_ONE_FAILED)
        else:
            self.status.emit(profile, KEPT_AFTER_FAILURE)

    def delete(self, profile: str) -> None:
        """Delete the saved password (the user said yes); says what happened."""
        self._stored.pop(profile, None)
        self._run(lambda: self.store.delete(profile, self.timeout),
                  lambda r: self._deleted(profile, r))

    def _deleted(self, profile: str, result: SecretResult) -> None:
        if result.status is SecretStatus.OK:
            self.status.emit(profile, DELETED)
        elif result.ok:
            self.status.emit(profile, NOTHING_TO_DELETE)
        else:
            self.status.emit(profile, result.message)

    def _note_unavailable(self, profile: str, result: SecretResult) -> None:
        if result.status is SecretStatus.NO_BACKEND:
            self._unavailable[profile] = NO_KEYCHAIN
        else:
            self._unavailable[profile] = result.message

    def rename(self, old: str, new: str) -> None:
        if old in self.session:
            self.session[new] = self.session.pop(old)
        stored = self._stored.pop(old, None)

        def move() -> SecretResult:
            value = stored
            if value is None:
                got = self.store.get(old, self.timeout)
                if not got.ok or got.value is None:
                    return got
                value = got.value
            result = self.store.set(new, value, self.timeout)
            if result.ok:
                self.store.delete(old, self.timeout)
            return result

        self._run(move, lambda r: self._moved(new, r))

    def _moved(self, new: str, result: SecretResult) -> None:
        if result.ok and result.value is None and new in self.session:
            self._stored[new] = self.session[new]
        if not result.ok:
            self.status.emit(new, result.message)

    def copy_session(self, source: str, target: str) -> None:
        if source in self.session:
            self.session[target] = self.session[source]

    def forget(self, profile: str) -> None:
        self.session.pop(profile, None)
        self._stored.pop(profile, None)
        self._failed.pop(profile, None)
        self._run(lambda: self.store.delete(profile, self.timeout), lambda r: None)

    def _run(self, func: Callable[[], SecretResult],
             done: Callable[[SecretResult], None]) -> None:
        self.busy += 1

        def callback(result: SecretResult | None, error: BaseException | None) -> None:
            self.busy -= 1
            if error is not None or result is None:  # secrets never raises; belt and braces
                result = SecretResult(secrets.SecretStatus.REFUSED, str(error))
            done(result)

        run_task(func, callback, self)
