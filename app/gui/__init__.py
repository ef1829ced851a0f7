"""The desktop app (PySide6). Views render engine data; the engine lives in app.core."""
