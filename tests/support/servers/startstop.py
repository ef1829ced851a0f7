"""The context-manager shape every loopback peer shares: ``with Peer(...) as p`` starts it and
stops it at the end, whatever happened inside."""

from __future__ import annotations

from typing import Self


class StartStop:
    """``start()`` on entering the ``with`` block, ``stop()`` on leaving it."""

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
