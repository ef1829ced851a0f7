"""The keychain's messages in the user's language (issue 19): saved, removed, not there, no
keychain, and the CLI's --password-keyring, against real keyring backends (gnome-keyring on a
private D-Bus session, keyring's null backend, keyrings.alt's plain-text file), written through
the catalogue where they are made (German, and the pseudo-locale's brackets)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import null

from app.core.storage import secrets
from app.core.storage.secrets import SecretStatus
from app.core.text import i18n
from tests.support.canary import keyring_selected
from tests.support.proc import run_cli
from tests.support.secret_service import secret_service

SESSION_DE = "Das Passwort wird nur für diese Sitzung behalten."
BRACKETED = re.compile(r"^\[.*\]$", re.S)


@pytest.fixture
def language() -> Iterator[Any]:
    yield i18n.set_language
    i18n.set_language(i18n.SOURCE)


@pytest.fixture(scope="module")
def real_keychain() -> Iterator[Any]:
    with secret_service() as backend:
        yield backend


def test_real_keychain_speaks_german(real_keychain: Any, language: Any) -> None:
    """Every message of a save / read / remove round for the three kinds of entry (password,
    OAuth sign-in, proxy password) is German, with the backend's own name as data."""
    name = real_keychain.name
    profile = f"pytest-de-{os.getpid()}"
    account = secrets.proxy_account("proxyuser", "Proxy.Example", 1080)
    rounds = (
        (secrets.set_password, secrets.get_password, secrets.delete_password, profile,
         "Passwort", "kein Passwort"),
        (secrets.set_oauth, secrets.get_oauth, secrets.delete_oauth, profile,
         "Anmeldung", "keine Anmeldung"),
        (secrets.set_proxy_password, secrets.get_proxy_password, secrets.delete_proxy_password,
         account, "Proxy-Passwort", "kein Proxy-Passwort"),
    )
    english: list[str] = []
    german: list[str] = []
    with keyring_selected(real_keychain):
        for code, out in (("en", english), ("de", german)):
            language(code)
            for put, get, delete, who, _word, _none in rounds:
                saved = put(who, "s3cret ✓")
                assert saved.status is SecretStatus.OK, saved.message
                assert get(who).value == "s3cret ✓"
                removed = delete(who)
                assert removed.status is SecretStatus.OK
                missing = get(who)
                gone = delete(who)
                assert (missing.status, gone.status) == (SecretStatus.NOT_FOUND,
                                                         SecretStatus.NOT_FOUND)
                out += [saved.message, removed.message, missing.message, gone.message]
    assert english[:4] == [f"Password saved in the system keychain ({name}).",
                           f"Password removed from the system keychain ({name}).",
                           "No password is saved for this profile.",
                           "No password was saved for this profile."]
    for (_put, _get, _delete, _who, word, none), four in zip(
            rounds, [german[i:i + 4] for i in range(0, 12, 4)], strict=True):
        assert four == [f"{word} im Schlüsselbund des Systems gespeichert ({name}).",
                        f"{word} aus dem Schlüsselbund des Systems entfernt ({name}).",
                        f"Für dieses Profil ist {none} gespeichert.",
                        f"Für dieses Profil war {none} gespeichert."]
    assert not set(english) & set(german)  # no English sentence left in the German run


def test_real_keychain_messages_go_through_the_catalogue(real_keychain: Any,
                                                         language: Any) -> None:
    """The pseudo-locale brackets every text that went through msg(): all of them here."""
    language(i18n.PSEUDO)
    profile = f"pytest-pseudo-{os.getpid()}"
    with keyring_selected(real_keychain):
        results = [secrets.set_password(profile, "x"), secrets.delete_password(profile),
                   secrets.get_password(profile), secrets.delete_oauth(profile),
                   secrets.get_proxy_password(profile)]
    assert [r.status for r in results] == [SecretStatus.OK, SecretStatus.OK] + \
        [SecretStatus.NOT_FOUND] * 3
    assert all(BRACKETED.match(r.message) for r in results), [r.message for r in results]
    assert real_keychain.name in results[0].message  # the backend's name stays data


def test_cli_password_keyring_not_saved_in_german(real_keychain: Any, language: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """--password-keyring for a profile with nothing saved: exit 2, the keychain's German
    sentence under the option, no traceback."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with keyring_selected(real_keychain):
        code, _out, err = run_cli("check", "mail.example.com", "--auth", "login", "--user",
                                  "me", "--password-keyring", "--profile",
                                  f"pytest-none-{os.getpid()}")
    assert code == 2, err
    assert "Traceback" not in err
    assert err.strip().endswith(": Für dieses Profil ist kein Passwort gespeichert.")


def test_no_keychain_in_german(language: Any) -> None:
    """keyring's null backend (what keyring picks with no keychain): the session-only message
    and the backend description in German."""
    language("de")
    with keyring_selected(null.Keyring()):
        result = secrets.set_password("Work", "pw")
        described = secrets.backend_description()
    assert result.status is SecretStatus.NO_BACKEND
    assert result.message == ("Auf diesem Computer ist kein Schlüsselbund des Systems "
                              f"verfügbar. {SESSION_DE}")
    assert described.startswith("keiner nutzbar (") and described.endswith(
        "ist kein Schlüsselbund des Systems): Passwörter werden nur für die Sitzung behalten")


def test_file_keyring_is_no_keychain_in_german(language: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """keyrings.alt's plain-text file backend counts as no keychain: German, nothing written;
    in the pseudo-locale the message is bracketed."""
    from keyrings.alt.file import PlaintextKeyring

    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    backend = PlaintextKeyring()
    with keyring_selected(backend):
        language("de")
        german = secrets.get_password("Work")
        language(i18n.PSEUDO)
        pseudo = secrets.get_password("Work")
    assert german.status is SecretStatus.NO_BACKEND and german.message.endswith(SESSION_DE)
    assert BRACKETED.match(pseudo.message)
    assert not Path(backend.file_path).exists()
    assert keyring.get_keyring() is not backend
