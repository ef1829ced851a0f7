"""Write resources/oauth_clients.toml from the release's repository variables.

    SMTP_DOCTOR_MICROSOFT_CLIENT_ID=... SMTP_DOCTOR_GOOGLE_CLIENT_ID=... \
    SMTP_DOCTOR_GOOGLE_CLIENT_SECRET=... python packaging/oauth_clients.py

The source tree keeps the file with empty ids (docs/oauth.md, "Client ids"); the release
workflow runs this before PyInstaller so the built app signs in with SMTP Doctor's own app
registrations. An unset variable leaves that id empty: users then enter their own.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TARGET = Path(__file__).resolve().parents[1] / "resources" / "oauth_clients.toml"
FIELDS = {"microsoft": ("client_id",), "google": ("client_id", "client_secret")}


def render(env: dict[str, str]) -> str:
    lines = ["# Written by packaging/oauth_clients.py from the release's repository variables.",
             "# (The source tree keeps empty ids: see docs/oauth.md, \"Client ids\".)", ""]
    for provider, keys in FIELDS.items():
        lines.append(f"[{provider}]")
        for key in keys:
            value = env.get(f"SMTP_DOCTOR_{provider.upper()}_{key.upper()}", "").strip()
            lines.append(f"{key} = {json.dumps(value)}")  # a TOML basic string
        lines.append("")
    text = "\n".join(lines)
    tomllib.loads(text)  # refuse to write a file the app could not read
    return text


def main() -> int:
    TARGET.write_text(render(dict(os.environ)), encoding="utf-8")
    filled = [p for p in FIELDS if os.environ.get(f"SMTP_DOCTOR_{p.upper()}_CLIENT_ID")]
    print(f"wrote {TARGET.name}: client ids for {', '.join(filled) or 'no provider'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
