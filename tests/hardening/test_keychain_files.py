"""Only an OS keychain stores the password: keyrings.alt's file backends count as no keychain.

keyrings.alt (in the test extra) writes passwords to a file under the data dir, base64 only
(``PlaintextKeyring``). With it selected, by ``keyring.set_keyring`` in process or by
``PYTHON_KEYRING_BACKEND`` for the CLI, the app must say there is no system keychain, keep the
password for the session only, and leave nothing on disk.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from app.core.storage import secrets
from app.core.storage.secrets import SecretStatus
from tests.support.canary import WATCHED_DIRS, MemoryKeyring, SecretAudit, keyring_restored
from tests.support.proc import cli_env
from tests.support.servers.smtpd import CANARY_PASSWORD


@pytest.fixture
def selected() -> Iterator[Any]:
    def select(backend: Any) -> Any:
        keyring.set_keyring(backend)
        return backend

    with keyring_restored():
        yield select


def _audit_disk(sandbox: dict[str, str]) -> None:
    audit = SecretAudit()
    audit.add("nothing", "")
    for name in WATCHED_DIRS:
        audit.add_tree(Path(sandbox[name]))
    audit.assert_clean()


def _assert_session_only(result: secrets.SecretResult) -> None:
    assert result.status is SecretStatus.NO_BACKEND, result
    assert "No system keychain" in result.message
    assert "this session only" in result.message


def test_plaintext_file_backend_is_no_keychain(sandbox: dict[str, str], selected: Any) -> None:
    backend = selected(PlaintextKeyring())
    assert Path(backend.file_path).is_relative_to(sandbox["XDG_DATA_HOME"])
    _assert_session_only(secrets.set_password("Work", CANARY_PASSWORD))
    _assert_session_only(secrets.get_password("Work"))
    assert not Path(backend.file_path).exists()
    assert "none usable" in secrets.backend_description()
    _audit_disk(sandbox)


def test_a_password_in_the_file_is_never_read(sandbox: dict[str, str], selected: Any) -> None:
    backend = selected(PlaintextKeyring())
    backend.set_password(secrets.SERVICE, "Old", "written-by-someone-else")
    got = secrets.get_password("Old")
    _assert_session_only(got)
    assert got.value is None


class FilesOnlyChainer(ChainerBackend):
    backends = (PlaintextKeyring(),)  # type: ignore[assignment]


class MixedChainer(ChainerBackend):
    backends = (PlaintextKeyring(), MemoryKeyring())  # type: ignore[assignment]


def test_chainer_over_files_only_is_no_keychain(sandbox: dict[str, str],
                                                selected: Any) -> None:
    selected(FilesOnlyChainer())
    _assert_session_only(secrets.set_password("Work", CANARY_PASSWORD))
    _audit_disk(sandbox)


def test_chainer_uses_only_its_os_keychain(sandbox: dict[str, str], selected: Any) -> None:
    chainer = selected(MixedChainer())
    memory = chainer.backends[1]
    with secrets.accept_backend(MemoryKeyring):  # the stand-in for the OS keychain
        assert secrets.set_password("Work", CANARY_PASSWORD).status is SecretStatus.OK
        assert secrets.get_password("Work").value == CANARY_PASSWORD
        assert "MemoryKeyring" in secrets.backend_description()
    assert memory.store == {(secrets.SERVICE, "Work"): CANARY_PASSWORD}
    assert not Path(chainer.backends[0].file_path).exists()
    _audit_disk(sandbox)


def test_cli_does_not_read_the_file_backend(sandbox: dict[str, str], selected: Any,
                                            refused_port: int) -> None:
    """``--password-keyring`` with keyrings.alt selected: no system keychain, exit 2."""
    selected(PlaintextKeyring()).set_password(secrets.SERVICE, "Old", "written-elsewhere")
    env = {**cli_env(sandbox), "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    proc = subprocess.run(
        [sys.executable, "-m", "app", "check", "127.0.0.1", "--port", str(refused_port),
         "--user", "me", "--password-keyring", "--profile", "Old", "--connect-timeout", "1"],
        capture_output=True, text=True, timeout=60, cwd=sandbox["HOME"], env=env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 2, output
    assert "No system keychain" in output and "this session only" in output
    assert "Traceback" not in output
