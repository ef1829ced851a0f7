"""Load and leaks: 50 checks at once, then 200 back-to-back runs with flat fds, threads, memory.

Both against one real loopback aiosmtpd server with STARTTLS, AUTH PLAIN and DATA, so every run
goes through resolve, connect, TLS, the whole conversation and QUIT. The figures are printed
(``pytest -s``) and recorded in docs/security.md.
"""

from __future__ import annotations

import gc
import threading
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.core.checks.connection import run_check
from app.core.model import (
    AuthMethod,
    RunResult,
    Security,
    ServerSettings,
    Status,
    StopAfter,
    Timeouts,
)
from tests.support.checks import RECIPIENT, SENDER, auth_settings, describe
from tests.support.proc import open_fds, wait_until
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

pytestmark = pytest.mark.usefixtures("warm_engine")

CONCURRENT = 50
BACK_TO_BACK = 200


def _settings(server: SmtpServer, pki: TestPki) -> ServerSettings:
    return auth_settings(server.port, security=Security.STARTTLS, auth=AuthMethod.PLAIN,
                         mail_from=SENDER, rcpt_to=RECIPIENT, ca_file=str(pki.ca_file),
                         stop_after=StopAfter.DATA,
                         timeouts=Timeouts(connect=10, reply=20, step=30, dns=5))


@pytest.fixture
def server(smtp_server_factory: Callable[..., SmtpServer]) -> SmtpServer:
    return smtp_server_factory(tls="starttls", require_starttls=True,
                               users={CANARY_USER: CANARY_PASSWORD})


def _rss_kib() -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_50_checks_at_once(server: SmtpServer, pki: TestPki) -> None:
    settings = _settings(server, pki)
    start = threading.Barrier(CONCURRENT)

    def one(_: int) -> RunResult:
        start.wait(30)
        return run_check(settings)

    started = time.monotonic()
    with ThreadPoolExecutor(CONCURRENT) as pool:
        results = list(pool.map(one, range(CONCURRENT)))
    elapsed = time.monotonic() - started
    failed = [describe(r) for r in results if r.status is not Status.PASS]
    assert not failed, f"{len(failed)} of {CONCURRENT} did not pass:\n" + "\n".join(failed[:3])
    assert len(server.wait_for_messages(CONCURRENT, timeout=10)) == CONCURRENT
    slowest = max(r.total_ms for r in results)
    print(f"\n[load] {CONCURRENT} concurrent full checks (STARTTLS+AUTH+DATA): all passed in "
          f"{elapsed:.2f} s, slowest run {slowest:.0f} ms")


@pytest.mark.slow
def test_200_back_to_back_runs_stay_flat(server: SmtpServer, pki: TestPki) -> None:
    settings = _settings(server, pki)

    def run_many(n: int) -> None:
        for _ in range(n):
            result = run_check(settings)
            assert result.status is Status.PASS, describe(result)
            with server._cond:  # the test server keeps what it received: not ours to count
                server.messages.clear()
                server.auth_attempts.clear()

    run_many(20)  # warm-up: imports, caches, the knowledge base, SSL contexts
    gc.collect()
    threads_before = threading.active_count()
    fds_before = len(open_fds())
    rss_before = _rss_kib()
    # Count only memory allocated with one of our modules on the stack: the test server's thread
    # and pytest's log capture (which keeps every record a test logs) are not the app.
    ours = [tracemalloc.Filter(True, "*/app/*", all_frames=True)]
    tracemalloc.start(12)
    try:
        run_many(10)  # traced steady state (the test server keeps buffers of its last session)
        gc.collect()
        traced_before = tracemalloc.take_snapshot().filter_traces(ours)
        started = time.monotonic()
        run_many(BACK_TO_BACK)
        elapsed = time.monotonic() - started
        gc.collect()
        traced_after = tracemalloc.take_snapshot().filter_traces(ours)
    finally:
        tracemalloc.stop()
    # the server closes its side just after QUIT: let it settle before counting
    wait_until(lambda: len(open_fds()) <= fds_before, timeout=3.0)
    wait_until(lambda: threading.active_count() <= threads_before, timeout=3.0)
    fds_after = len(open_fds())
    threads_after = threading.active_count()
    rss_after = _rss_kib()
    traced_delta = sum(stat.size_diff for stat in traced_after.compare_to(traced_before,
                                                                        "filename"))
    print(f"\n[leaks] {BACK_TO_BACK} back-to-back full checks in {elapsed:.1f} s "
          f"({elapsed / BACK_TO_BACK * 1000:.0f} ms each, traced): "
          f"fds {fds_before} -> {fds_after}, threads {threads_before} -> {threads_after}, "
          f"traced Python memory {traced_delta / 1024:+.0f} KiB, "
          f"RSS {rss_before} -> {rss_after} KiB ({rss_after - rss_before:+d} KiB)")
    assert fds_after <= fds_before
    assert threads_after <= threads_before
    assert traced_delta < 256 * 1024, f"{traced_delta} bytes still allocated after 200 runs"
    assert rss_after - rss_before < 20 * 1024
