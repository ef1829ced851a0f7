"""QSettings for window state (geometry, splitters, last tab, last profile, last action)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from app.core.storage.profiles import CONFIG_ENV
from app.core.text.words import APP_NAME

ORGANIZATION = APP_NAME
APPLICATION = APP_NAME


def gui_settings() -> QSettings:
    """The app's QSettings; an INI file in ``$SMTP_DOCTOR_CONFIG_DIR`` when that is set."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return QSettings(str(Path(override) / "gui.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)
