"""Window state persists; profiles dialog; About; the spinner for a running step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.core.model import Status, StepResult
from app.core.storage.profiles import ProfileStore
from tests.support.canary import MemoryKeyring
from tests.support.gui import fill


def test_geometry_splitters_tab_and_profile_restored(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.resize(780, 580)
    window.splitter.setSizes([380, 400])
    window.results.tabs.setCurrentIndex(1)
    window.panel.advanced_section.set_expanded(True)
    fill(window, host="first.example.com")
    window.close()
    again = make_window(resize=False)
    assert (again.width(), again.height()) == (780, 580)
    assert again.results.tabs.currentIndex() == 1
    assert again.panel.advanced_section.is_expanded()
    assert abs(again.splitter.sizes()[0] - window.splitter.sizes()[0]) <= 2
    assert again.panel.server.host.text() == "first.example.com"
    assert again.current_profile == "Default"


def test_last_profile_restored(qtbot: Any, make_window: Any, config_dir: Path) -> None:
    store = ProfileStore(config_dir)
    store.create("Shop", {"host": "smtp.shop.example"})
    store.create("Blog", {"host": "smtp.blog.example"})
    window = make_window()
    window.switch_profile("Blog")
    assert window.panel.server.host.text() == "smtp.blog.example"
    window.close()
    again = make_window()
    assert again.current_profile == "Blog"
    assert again.profile_combo.currentText() == "Blog"


def _answer_dialogs(monkeypatch: Any, names: list[str]) -> None:
    answers = iter(names)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (next(answers), True)))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))


def test_profiles_dialog_create_rename_duplicate_delete(
        qtbot: Any, make_window: Any, config_dir: Path, memory_keyring: MemoryKeyring,
        monkeypatch: Any) -> None:
    from app.gui.dialogs.profiles import ProfilesDialog

    window = make_window()
    fill(window, host="mail.example.com", auth="login", username="me", password="pw-1")
    qtbot.mouseClick(window.panel.server.save_password, Qt.MouseButton.LeftButton)
    window.save_profile()
    qtbot.waitUntil(lambda: ("SMTP Doctor", "Default") in memory_keyring.store, timeout=3000)

    dialog = ProfilesDialog(window.store, window.current_profile, window)
    dialog.renamed.connect(window._profile_renamed)
    dialog.duplicated.connect(window.keychain.copy_session)
    dialog.deleted.connect(window.keychain.forget)
    qtbot.addWidget(dialog)
    _answer_dialogs(monkeypatch, ["Work", "Spare"])
    dialog.rename_profile()
    assert window.store.names() == ["Work"] and window.current_profile == "Work"
    qtbot.waitUntil(lambda: memory_keyring.store == {("SMTP Doctor", "Work"): "pw-1"},
                    timeout=3000)
    dialog.duplicate_profile()
    assert window.store.names() == ["Work", "Work copy"]
    assert window.store.get("Work copy").host == "mail.example.com"
    dialog.new_profile()
    assert "Spare" in window.store.names()
    dialog.list.setCurrentRow(window.store.names().index("Work copy"))
    dialog.delete_profile()
    assert window.store.names() == ["Work", "Spare"]
    assert "pw-1" not in (config_dir / "profiles.json").read_text(encoding="utf-8")


def test_about_shows_versions_and_keyring_backend(qtbot: Any, window: Any,
                                                  memory_keyring: MemoryKeyring) -> None:
    import ssl

    from PySide6.QtCore import qVersion

    from app.gui.dialogs.about import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "MemoryKeyring" in dialog.text.text(), timeout=3000)
    text = dialog.text.text()
    for part in (qVersion(), ssl.OPENSSL_VERSION, "Python", "SMTP Doctor"):
        assert part in text


def test_running_step_spins_then_settles(qtbot: Any) -> None:
    from app.gui.models.steps import COL_STATUS, StepsModel

    model = StepsModel()
    model.step_started("connect", "Connect")
    idx = model.index(0, COL_STATUS)
    assert model.data(idx) == "Running…"
    first = model.data(idx, 1).cacheKey()  # DecorationRole
    # the busy indicator turns
    qtbot.waitUntil(lambda: model.data(idx, 1).cacheKey() != first, timeout=2000)
    model.step_finished(StepResult("connect", "Connect", Status.PASS, 12.0))
    assert model.data(idx) == "Passed"
    assert model.data(model.index(0, 2)) == "12 ms"
    assert not model._spin.isActive()


def test_dark_palette_when_platform_has_none(qtbot: Any, monkeypatch: Any) -> None:
    from app.gui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    monkeypatch.setenv("SMTP_DOCTOR_COLOR_SCHEME", "dark")
    follower = theme.ColorSchemeFollower(app)
    try:
        assert theme.is_dark(app.palette())
        assert theme.status_colour(Status.FAIL).name() == "#fdc2bf"  # 7:1 on dark (issue 19)
    finally:
        monkeypatch.setenv("SMTP_DOCTOR_COLOR_SCHEME", "light")
        follower.apply()
        app.setPalette(before)
    assert not theme.is_dark(app.palette())
    QTimer.singleShot(0, lambda: None)


def test_appearance_light_dark_system_from_the_menu(qtbot: Any, make_window: Any) -> None:
    """Edit › Appearance switches the palette at once, is remembered, and can go back to the
    system's choice."""
    from PySide6.QtWidgets import QApplication

    from app.gui import theme
    from app.gui.settings import gui_settings

    window = make_window()
    menu = window.appearance_menu
    assert [a.text() for a in menu.actions()] == ["Like the &system", "&Light", "&Dark"]
    try:
        light_tint = window.results.banner.styleSheet()
        window.appearance_actions["dark"].trigger()  # what a click on the menu item does
        assert theme.is_dark(QApplication.palette())
        assert window.results.banner.styleSheet() != light_tint  # re-tinted at once
        assert gui_settings().value(theme.APPEARANCE_KEY) == "dark"
        assert window.appearance_actions["dark"].isChecked()
        window.appearance_actions["light"].trigger()
        assert not theme.is_dark(QApplication.palette())
        assert gui_settings().value(theme.APPEARANCE_KEY) == "light"
        assert make_window().appearance_actions["light"].isChecked()  # a second window agrees
    finally:
        window.appearance_actions["system"].trigger()
    assert gui_settings().value(theme.APPEARANCE_KEY) == "system"
    assert theme.follower().appearance == "system"
