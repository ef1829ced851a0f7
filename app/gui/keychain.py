"""Session passwords and the system keychain, per profile, always off the GUI thread.

The password typed in the form lives in memory for this session (``session``). When the profile
asks to remember it, it also goes to the keychain through ``app.core.secrets`` in a worker; any
problem comes back as a plain message (``status`` signal) and the session copy is all there is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core import secrets
from app.core.secrets import SecretResult
from app.gui.workers import run_task


class Keychain(QObject):
    status = Signal(str, str)              # profile, message ("" = nothing to say)
    password_loaded = Signal(str, str)     # profile, password

    def __init__(self, parent: QObject | None = None, timeout: float = secrets.DEFAULT_TIMEOUT
                 ) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.session: dict[str, str] = {}
        self._stored: dict[str, str] = {}  # what we know the keychain holds
        self.busy = 0

    def load(self, profile: str) -> None:
        """Ask the keychain for ``profile``'s password; emits password_loaded / status."""
        if profile in self.session:
            self.password_loaded.emit(profile, self.session[profile])
            return
        self.status.emit(profile, "Reading the password from the system keychain…")
        self._run(lambda: secrets.get_password(profile, self.timeout),
                  lambda r: self._loaded(profile, r))

    def _loaded(self, profile: str, result: SecretResult) -> None:
        if result.value is not None:
            self._stored[profile] = result.value
            self.session.setdefault(profile, result.value)
            self.password_loaded.emit(profile, self.session[profile])
            self.status.emit(profile, "")
        elif result.ok:
            self.status.emit(profile, "No password is saved in the system keychain yet.")
        else:
            self.status.emit(profile, result.message)

    def remember(self, profile: str, password: str, keep: bool) -> None:
        """Keep ``password`` for the session; store it in (or remove it from) the keychain."""
        if password:
            self.session[profile] = password
        else:
            self.session.pop(profile, None)
        if keep and password and self._stored.get(profile) != password:
            self._run(lambda: secrets.set_password(profile, password, self.timeout),
                      lambda r: self._saved(profile, password, r))
        elif not keep and profile in self._stored:
            self._stored.pop(profile, None)
            self._run(lambda: secrets.delete_password(profile, self.timeout),
                      lambda r: self.status.emit(profile, "" if r.ok else r.message))

    def _saved(self, profile: str, password: str, result: SecretResult) -> None:
        if result.ok:
            self._stored[profile] = password
            self.status.emit(profile, result.message)
        else:
            self.status.emit(profile, result.message)

    def rename(self, old: str, new: str) -> None:
        if old in self.session:
            self.session[new] = self.session.pop(old)
        stored = self._stored.pop(old, None)

        def move() -> SecretResult:
            value = stored
            if value is None:
                got = secrets.get_password(old, self.timeout)
                if not got.ok or got.value is None:
                    return got
                value = got.value
            result = secrets.set_password(new, value, self.timeout)
            if result.ok:
                secrets.delete_password(old, self.timeout)
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
        self._run(lambda: secrets.delete_password(profile, self.timeout), lambda r: None)

    def _run(self, func: object, done: object) -> None:
        self.busy += 1

        def callback(result: object, error: BaseException | None) -> None:
            self.busy -= 1
            if error is not None:  # secrets never raises; belt and braces
                result = SecretResult(secrets.SecretStatus.REFUSED, str(error))
            done(result)  # type: ignore[operator]

        run_task(func, callback, self)  # type: ignore[arg-type]
