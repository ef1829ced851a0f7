"""Cold-process wall time of `smtp-doctor check --stop-after rcpt` (STARTTLS + AUTH, loopback).

Usage: python bench/cli_cold.py [RUNS]. Starts the test suite's aiosmtpd server (STARTTLS
required, AUTH after TLS, trustme CA) in this process and runs the CLI as a fresh process each
time; prints the median, min and max in ms. Optionally compares with swaks when it is installed.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers.pki import build_pki  # noqa: E402
from tests.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer  # noqa: E402


def ours(port: int, ca_file: Path) -> list[str]:
    return [sys.executable, "-m", "app", "check", "localhost", "--port", str(port), "-4",
            "--user", CANARY_USER, "--password-stdin", "--ca-file", str(ca_file),
            "--from", "alice@example.com", "--to", "bob@example.com", "--stop-after", "rcpt"]


def swaks(port: int, ca_file: Path) -> list[str] | None:
    exe = shutil.which("swaks")
    if exe is None:
        return None
    return [exe, "--server", "127.0.0.1", "--port", str(port), "--tls", "--tls-verify",
            "--tls-ca-path", str(ca_file), "--tls-sni", "localhost",
            "--auth", "PLAIN", "--auth-user", CANARY_USER, "--auth-password", CANARY_PASSWORD,
            "--from", "alice@example.com", "--to", "bob@example.com", "--quit-after", "RCPT"]


def timed(argv: list[str], stdin: str) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(argv, input=stdin, capture_output=True, text=True, cwd=ROOT)
    elapsed = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        raise SystemExit(f"{argv[0]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    pki = build_pki(Path(tempfile.mkdtemp()))
    with SmtpServer(tls="starttls", require_starttls=True, pki=pki,
                    users={CANARY_USER: CANARY_PASSWORD}) as server:
        tools = {"smtp-doctor": ours(server.port, pki.ca_file)}
        other = swaks(server.port, pki.ca_file)
        if other:
            tools["swaks"] = other
        samples: dict[str, list[float]] = {name: [] for name in tools}
        for _ in range(runs):  # interleaved, so drift hits both alike
            for name, argv in tools.items():
                samples[name].append(timed(argv, CANARY_PASSWORD + "\n"))
    for name, values in samples.items():
        print(f"{name:12} median {statistics.median(values):7.1f} ms  min {min(values):7.1f}  "
              f"max {max(values):7.1f}  (n={len(values)})")
    if "swaks" in samples:
        ratio = statistics.median(samples["smtp-doctor"]) / statistics.median(samples["swaks"])
        print(f"ratio smtp-doctor / swaks: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
