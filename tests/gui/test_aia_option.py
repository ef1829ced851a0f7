"""The Advanced option that turns off downloading a missing intermediate (AIA)."""

from __future__ import annotations

from typing import Any

from app.core.model import ServerSettings
from app.core.validate import parse_form
from tests.support.gui import fill


def test_aia_checkbox_reaches_the_settings(window: Any) -> None:
    panel = window.panel
    fill(window, host="127.0.0.1", port="587")
    assert panel.advanced.aia_fetch.isChecked()  # on by default
    assert panel.advanced.aia_fetch in panel.advanced.focus_order()
    form = panel.form_values("tls")
    assert form["aia_fetch"] is True
    panel.advanced.aia_fetch.setChecked(False)
    form = panel.form_values("tls")
    assert form["aia_fetch"] is False
    settings = parse_form(form)
    assert isinstance(settings, ServerSettings) and settings.aia_fetch is False
    panel.advanced.set_values({"aia_fetch": True})
    assert panel.advanced.aia_fetch.isChecked()
