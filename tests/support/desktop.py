"""A private desktop for reading the app from outside: Xvfb on a free display, a D-Bus session
bus and the AT-SPI accessibility bus (at-spi2-core), all started by the test and stopped after.

``unavailable()`` says why it cannot run here (None when it can); ``skip_unless_runnable()``
skips with that reason, or fails under ``SMTP_DOCTOR_REAL_MTA=1`` (CI installs xvfb,
at-spi2-core, python3-pyatspi, gir1.2-atspi-2.0 and dbus). ``Desktop.env`` is what a process
needs to live on it: DISPLAY, DBUS_SESSION_BUS_ADDRESS, the xcb platform and Qt's AT-SPI bridge
switched on."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from tests.support.servers.startstop import StartStop

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def bus_launcher() -> str | None:
    return next((p for p in BUS_LAUNCHERS if os.path.exists(p)), None)


def unavailable() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if bus_launcher() is None:
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    if not os.path.exists(SYSTEM_PYTHON):
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           env={"PATH": os.environ.get("PATH", "")}, timeout=60)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for the system Python"
    return None


def skip_unless_runnable() -> None:
    import pytest

    reason = unavailable()
    if reason is None:
        return
    if os.environ.get("SMTP_DOCTOR_REAL_MTA") == "1":
        pytest.fail(f"SMTP_DOCTOR_REAL_MTA=1 but the AT-SPI desktop can't run: {reason}")
    pytest.skip(f"AT-SPI desktop: {reason}")


class Desktop(StartStop):
    """``with Desktop() as desk:`` — Xvfb, a session bus and the accessibility bus."""

    def __init__(self, size: str = "1280x1024x24") -> None:
        self.size = size
        self.procs: list[subprocess.Popen[bytes]] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="smtp-doctor-desktop-"))
        self.env: dict[str, str] = {}

    def start(self) -> None:
        self.start_or_stop(self._start)

    def _start(self) -> None:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", self.size,
                                 "-nolisten", "tcp"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not report a display")
        runtime = self.tmp / "runtime"
        runtime.mkdir(mode=0o700)
        base = {"PATH": os.environ.get("PATH", ""), "HOME": str(self.tmp),
                "XDG_RUNTIME_DIR": str(runtime), "DISPLAY": f":{display}"}
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                                "--nopidfile"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=base)
        self.procs.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not report its address")
        self.env = {**base, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "xcb",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                    "NO_AT_BRIDGE": "0", "LANG": "C.UTF-8"}
        launcher = bus_launcher()
        assert launcher is not None
        self.procs.append(subprocess.Popen([launcher, "--launch-immediately"], env=self.env,
                                           stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        self.procs.clear()
        shutil.rmtree(self.tmp, ignore_errors=True)
