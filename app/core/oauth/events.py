"""What a sign-in reports while it waits (for the CLI's lines and the GUI's dialog)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeviceCode:
    """Show ``user_code`` and ``verification_uri``; the code is valid for ``expires_in`` s."""

    user_code: str
    verification_uri: str
    expires_in: float
    message: str = ""


@dataclass(frozen=True)
class BrowserOpened:
    """The system browser was asked to open ``url``; the answer comes to ``redirect_uri``."""

    url: str
    redirect_uri: str
    expires_in: float


@dataclass(frozen=True)
class Waiting:
    """Still waiting for the user; ``seconds_left`` until the sign-in gives up."""

    seconds_left: float


OAuthEvent = DeviceCode | BrowserOpened | Waiting
