"""``smtp-doctor --self-test``: proves that this build (frozen or from source) works here.

Meant for the packaged app, where a missing module, Qt plugin or keyring backend only shows at run
time. In one process, with no network and nothing written outside a temporary folder, it:

1. opens the main window (offscreen on Linux without a display), checks that SVG icons render,
   and closes it again;
2. starts a loopback DNS server (UDP) and a loopback SMTP server with STARTTLS and AUTH PLAIN,
   using a throwaway CA made with ``cryptography``, and runs the real connection check against
   them up to DATA, through dnspython, ``ssl`` and the certificate readers;
3. runs the check once more with the OS trust store (``truststore``): the throwaway CA must be
   refused as untrusted, which proves truststore answers;
4. prints which keyring backend is in use and which backends keyring can find (their entry points
   come from bundled metadata; without it a frozen app falls back to the fail backend).

It prints one line per step and exits 0 when all pass, 1 otherwise. It never touches the keyring's
contents, and window state, profiles and history go to a temporary folder (SMTP_DOCTOR_CONFIG_DIR
and SMTP_DOCTOR_DATA_DIR point there). ``--self-test --no-gui`` skips step 1.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import socket
import ssl
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HOST = "mail.selftest.smtp-doctor.test"
USER = "selftest"
PASSWORD = "selftest-password"  # a throwaway credential for the loopback server
QUEUE_ID = "SELFTEST1"


def _say(line: str) -> None:
    print(line, flush=True)


# -- a throwaway PKI ----------------------------------------------------------------------------


def make_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for :data:`HOST`; returns (ca.pem, cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SMTP Doctor self-test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca_cert.public_bytes(pem))
    paths[1].write_bytes(cert.public_bytes(pem))
    paths[2].write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


# -- loopback servers ---------------------------------------------------------------------------


class _Server:
    """A socket served by daemon threads; ``close()`` stops them. Errors never reach stderr."""

    def __init__(self, kind: int) -> None:
        self.sock = socket.socket(socket.AF_INET, kind)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port: int = self.sock.getsockname()[1]
        self.stopped = threading.Event()
        self.errors: list[str] = []
        self.threads: list[threading.Thread] = []

    def spawn(self, target: Callable[..., None], *args: Any) -> None:
        def guarded() -> None:
            try:
                target(*args)
            except Exception as exc:  # recorded, not printed: a self-test must stay quiet
                if not self.stopped.is_set():
                    self.errors.append(f"{type(exc).__name__}: {exc}")

        thread = threading.Thread(target=guarded, name=f"selftest-{type(self).__name__}",
                                  daemon=True)
        self.threads.append(thread)
        thread.start()

    def close(self) -> None:
        self.stopped.set()
        for thread in self.threads:
            thread.join(5)
        self.sock.close()


class DNSServer(_Server):
    """Answers A for :data:`HOST` with 127.0.0.1, AAAA with no records, NXDOMAIN for the rest."""

    def __init__(self) -> None:
        super().__init__(socket.SOCK_DGRAM)
        self.spawn(self._serve)

    def _serve(self) -> None:
        import dns.message
        import dns.name
        import dns.rcode
        import dns.rdataclass
        import dns.rdatatype
        import dns.rrset

        host = dns.name.from_text(HOST)
        while not self.stopped.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(data)
            response = dns.message.make_response(query)
            question = query.question[0]
            if question.name != host:
                response.set_rcode(dns.rcode.NXDOMAIN)
            elif question.rdtype == dns.rdatatype.A:
                response.answer.append(dns.rrset.from_text(
                    host, 60, dns.rdataclass.IN, dns.rdatatype.A, "127.0.0.1"))
            self.sock.sendto(response.to_wire(), peer)


class SMTPServer(_Server):
    """ESMTP with STARTTLS, AUTH PLAIN/LOGIN after TLS, and DATA; one thread per connection."""

    def __init__(self, cert: Path, key: Path) -> None:
        super().__init__(socket.SOCK_STREAM)
        self.tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.tls.load_cert_chain(str(cert), str(key))
        self.messages: list[bytes] = []
        self.sock.listen(8)
        self.spawn(self._accept)

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.spawn(self._session, conn)

    def _session(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            self._converse(conn)
        except (OSError, ssl.SSLError):
            pass  # a client that hangs up, or refuses our certificate (the trust step)
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _converse(self, conn: socket.socket) -> None:
        sock: socket.socket = conn
        reader = sock.makefile("rb")
        tls = False

        def send(text: str) -> None:
            sock.sendall(text.encode("ascii") + b"\r\n")

        def read() -> str:
            line = reader.readline(4096)
            if not line:
                raise ConnectionResetError("client closed")
            return line.decode("utf-8", "replace").rstrip("\r\n")

        send(f"220 {HOST} ESMTP SMTP Doctor self-test")
        authed = False
        while not self.stopped.is_set():
            line = read()
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb in ("EHLO", "HELO"):
                lines = [HOST, "PIPELINING", "SIZE 10240000", "8BITMIME", "ENHANCEDSTATUSCODES"]
                lines.append("AUTH PLAIN LOGIN" if tls else "STARTTLS")
                if verb == "HELO":
                    lines = [HOST]
                for i, text in enumerate(lines):
                    send(f"250{'-' if i < len(lines) - 1 else ' '}{text}")
            elif verb == "STARTTLS" and not tls:
                send("220 2.0.0 Ready to start TLS")
                reader.close()
                sock = self.tls.wrap_socket(conn, server_side=True)
                reader = sock.makefile("rb")
                tls = True
            elif verb == "AUTH" and tls:
                mech, _, initial = arg.partition(" ")
                if mech.upper() == "PLAIN":
                    if not initial:
                        send("334 ")
                        initial = read()
                    parts = base64.b64decode(initial).split(b"\0")
                    user, password = (parts[1], parts[2]) if len(parts) == 3 else (b"", b"")
                elif mech.upper() == "LOGIN":
                    send("334 VXNlcm5hbWU6")
                    user = base64.b64decode(read())
                    send("334 UGFzc3dvcmQ6")
                    password = base64.b64decode(read())
                else:
                    send("504 5.5.4 Unrecognized authentication type")
                    continue
                authed = (user.decode(), password.decode()) == (USER, PASSWORD)
                send("235 2.7.0 Authentication successful" if authed
                     else "535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                send("250 2.1.0 Ok" if authed else "530 5.7.0 Authentication required")
            elif verb == "RCPT":
                send("250 2.1.5 Ok")
            elif verb == "DATA":
                send("354 End data with <CR><LF>.<CR><LF>")
                body = bytearray()
                while True:
                    raw = reader.readline(1 << 20)
                    if not raw or raw == b".\r\n":
                        break
                    body += raw
                self.messages.append(bytes(body))
                send(f"250 2.0.0 Ok: queued as {QUEUE_ID}")
            elif verb in ("RSET", "NOOP"):
                send("250 2.0.0 Ok")
            elif verb == "QUIT":
                send("221 2.0.0 Bye")
                return
            else:
                send("502 5.5.2 Command not recognized")


# -- the steps ----------------------------------------------------------------------------------


def _settings(smtp_port: int, dns_port: int, ca_file: str, stop_after: str) -> Any:
    from app.core.model import (
        AuthMethod,
        IPVersion,
        Security,
        ServerSettings,
        StopAfter,
        Timeouts,
    )

    return ServerSettings(
        host=HOST, port=smtp_port, security=Security.STARTTLS, auth=AuthMethod.PLAIN,
        username=USER, password=PASSWORD, mail_from="selftest@smtp-doctor.test",
        rcpt_to="postmaster@smtp-doctor.test", ca_file=ca_file, ip_version=IPVersion.AUTO,
        nameserver=f"127.0.0.1:{dns_port}", stop_after=StopAfter(stop_after),
        timeouts=Timeouts(connect=5.0, reply=5.0, step=10.0, dns=5.0))


def _steps_text(result: Any) -> str:
    return "; ".join(f"{s.id}={s.status.value}" + (f"[{s.diagnosis}]" if s.diagnosis else "")
                     for s in result.steps)


def step_check() -> str:
    """The full connection check against loopback DNS and SMTP, then the trust-store refusal."""
    from app.core.checks.connection import run_check
    from app.core.model import Status

    with tempfile.TemporaryDirectory(prefix="smtp-doctor-selftest-") as tmp:
        ca, cert, key = make_pki(Path(tmp))
        dns_server, smtp = DNSServer(), SMTPServer(cert, key)
        try:
            result = run_check(_settings(smtp.port, dns_server.port, str(ca), "data"))
            if result.status is not Status.PASS or len(smtp.messages) != 1:
                raise AssertionError(f"check against the loopback server: {result.status.value}:"
                                     f" {result.verdict} ({_steps_text(result)})")
            summary = (f"{len(result.steps)} steps passed via DNS 127.0.0.1:{dns_server.port}, "
                       f"STARTTLS, AUTH PLAIN, DATA in {result.total_ms:.0f} ms")
            # The same server with the OS trust store: it must refuse the throwaway CA.
            refused = run_check(_settings(smtp.port, dns_server.port, "", "tls"))
            if refused.diagnosis != "tls.cert_untrusted":
                raise AssertionError("truststore did not refuse an unknown CA: "
                                     f"{refused.status.value} ({_steps_text(refused)})")
            import truststore

            trust = f"truststore {truststore.__version__} refused an unknown CA as it should"
        finally:
            smtp.close()
            dns_server.close()
        if smtp.errors or dns_server.errors:
            raise AssertionError("loopback server errors: " + "; ".join(
                smtp.errors + dns_server.errors))
    return f"{summary}; {trust}"


_BENIGN_QT_MESSAGES = {"This plugin does not support propagateSizeHints()"}


def _want_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def step_gui(started: float) -> str:
    """Open the main window, wait until it is shown and painted, check icons, close it."""
    if _want_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler

    def on_qt_message(kind: Any, context: Any, message: str) -> None:
        # The offscreen platform says this for every top-level window: expected, not a fault.
        if message not in _BENIGN_QT_MESSAGES:
            print(message, file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(on_qt_message)
    try:
        return _show_main_window(started)
    finally:
        qInstallMessageHandler(previous)


def _show_main_window(started: float) -> str:
    from PySide6.QtCore import QSize, QThreadPool
    from PySide6.QtGui import QImageReader

    from app.gui import theme
    from app.gui.app import create_application, hold_workers
    from app.gui.main_window import MainWindow
    from app.gui.workers import release_held

    app = create_application([sys.argv[0] if sys.argv else "smtp-doctor"])
    hold_workers()  # as main() does: the workers wait for the first paint
    window = MainWindow()
    window.show()
    deadline = time.monotonic() + 15
    handle = window.windowHandle()
    while not (handle is not None and handle.isExposed()) and time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        raise AssertionError("the main window was never shown")
    shot = window.grab()  # paints every widget once: styles, fonts, icons
    first_window = time.monotonic() - started
    # The start-up measure (packaging/measure_startup.py) stops here: what follows (the held
    # workers, closing the window) is not the start a person sees.
    _say(f"  gui: painted (window_ms={first_window * 1000:.0f})")
    release_held()  # no engine warm-up here: the check step comes next and imports it
    if shot.isNull():
        raise AssertionError("the main window could not be painted")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise AssertionError(f"Qt cannot read SVG images (formats: {sorted(formats)})")
    icon = theme.app_icon().pixmap(QSize(64, 64))
    if icon.isNull():
        raise AssertionError("the app icon (SVG) does not render: is the iconengines plugin in?")
    platform = app.platformName()
    window.close()
    app.processEvents()
    window.deleteLater()
    app.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)
    return (f"main window shown and painted on the '{platform}' platform "
            f"{first_window * 1000:.0f} ms after start (window_ms={first_window * 1000:.0f}); "
            "SVG icons render")


def step_keyring() -> str:
    """The keyring backend in use, and the backends keyring's entry points offer."""
    from importlib.metadata import entry_points

    from app.core.storage.secrets import backend_description

    found = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not found:
        raise AssertionError("keyring finds no backends: its metadata (entry points) is missing")
    broken = []
    for ep in entry_points(group="keyring.backends"):
        try:
            ep.load()
        except Exception as exc:
            broken.append(f"{ep.name} ({type(exc).__name__}: {exc})")
    native = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    if native not in found or any(b.startswith(native + " ") for b in broken):
        raise AssertionError(f"keyring's {native} backend is missing: found {found}, "
                             f"broken {broken}")
    text = f"backend: {backend_description()}; entry points: {', '.join(found)}"
    if broken:
        text += f"; not loadable here: {', '.join(broken)}"
    return text


def main(argv: Sequence[str] | None = None) -> int:
    started = time.monotonic()
    args = list(sys.argv[1:] if argv is None else argv)
    from app import __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    _say(f"SMTP Doctor {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, "
         f"{sys.platform})")
    steps: list[tuple[str, Callable[[], str]]] = []
    if "--no-gui" not in args:
        steps.append(("gui", lambda: step_gui(started)))
    steps += [("check", step_check), ("keyring", step_keyring)]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="smtp-doctor-selftest-home-") as home:
        # Window state, profiles and history go to a throwaway folder, not the user's.
        saved = {var: os.environ.get(var) for var in ("SMTP_DOCTOR_CONFIG_DIR",
                                                      "SMTP_DOCTOR_DATA_DIR")}
        os.environ.update(dict.fromkeys(saved, home))
        try:
            for name, func in steps:
                try:
                    _say(f"  {name}: ok: {func()}")
                except Exception as exc:
                    failed += 1
                    _say(f"  {name}: FAILED: {type(exc).__name__}: {exc}")
                    for line in traceback.format_exc().rstrip().splitlines():
                        _say(f"    {line}")
        finally:
            for var, value in saved.items():
                if value is None:
                    os.environ.pop(var, None)
                else:
                    os.environ[var] = value
    total = time.monotonic() - started
    _say(f"self-test {'passed' if not failed else f'FAILED ({failed} of {len(steps)} steps)'} "
         f"in {total:.1f} s")
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
