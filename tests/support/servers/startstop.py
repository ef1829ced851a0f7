"""The context-manager shape every loopback peer shares: ``with Peer(...) as p`` starts it and
stops it at the end, whatever happened inside."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Self


class StartStop:
    """``start()`` on entering the ``with`` block, ``stop()`` on leaving it."""

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def start_or_stop(self, start: Callable[[], None]) -> None:
        """Run ``start``; when it fails part way, ``stop()`` what it started, then re-raise."""
        try:
            start()
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def skip_or_fail(reason: str | None, what: str) -> None:
    """The rule for real daemons (Postfix, the proxies): nothing when ``reason`` is None; else
    skip the calling test with it, or fail it under SMTP_DOCTOR_REAL_MTA=1 (CI installs them)."""
    import pytest

    if reason is None:
        return
    if os.environ.get("SMTP_DOCTOR_REAL_MTA") == "1":
        pytest.fail(f"SMTP_DOCTOR_REAL_MTA=1 but {what} can't run: {reason}")
    pytest.skip(f"{what}: {reason}")
