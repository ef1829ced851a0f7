"""Manage named profiles: new, rename, duplicate, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.storage.profiles import ProfileError, ProfileStore

from ..widgets.plain import plain_label


class ProfilesDialog(QDialog):
    created = Signal(str)
    renamed = Signal(str, str)
    duplicated = Signal(str, str)
    deleted = Signal(str)

    def __init__(self, store: ProfileStore, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles"))
        self.store = store
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Profiles"))
        label = plain_label(self.tr(
            "&Profiles (passwords are kept in the system keychain, never in these "
                            "settings):"), self)
        label.setWordWrap(True)
        label.setBuddy(self.list)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        side = QVBoxLayout()
        for b in (self.new_button, self.rename_button, self.duplicate_button,
                  self.delete_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(body)
        layout.addWidget(close)
        self.new_button.clicked.connect(self.new_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._refresh(current)
        self.resize(440, 300)

    def selected(self) -> str:
        item = self.list.currentItem()
        return item.text() if item else ""

    def _refresh(self, select: str = "") -> None:
        self.list.clear()
        self.list.addItems(self.store.names())
        items = self.list.findItems(select, Qt.MatchFlag.MatchExactly) if select else []
        if items:
            self.list.setCurrentItem(items[0])
        elif self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.selected())
        self.rename_button.setEnabled(has)
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has and len(self.store) > 1)

    def _ask_name(self, title: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Profile name:"), text=text)
        return name.strip() if ok and name.strip() else None

    def _error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Profiles"), str(exc))

    def new_profile(self) -> None:
        name = self._ask_name(self.tr("New profile"), self.store.unique_name(self.tr(
            "New profile")))
        if name is None:
            return
        try:
            self.store.create(name)
        except (ProfileError, OSError) as exc:
            self._error(exc)
            return
        self._refresh(name)
        self.created.emit(name)

    def rename_profile(self) -> None:
        old = self.selected()
        if not old:
            return
        new = self._ask_name(self.tr("Rename profile"), old)
        if new is None or new == old:
            return
        try:
            self.store.rename(old, new)
        except (ProfileError, OSError) as exc:
            self._error(exc)
            return
        self._refresh(new)
        self.renamed.emit(old, new)

    def duplicate_profile(self) -> None:
        name = self.selected()
        if not name:
            return
        try:
            copy = self.store.duplicate(name)
        except (ProfileError, OSError) as exc:
            self._error(exc)
            return
        self._refresh(copy.name)
        self.duplicated.emit(name, copy.name)

    def delete_profile(self) -> None:
        name = self.selected()
        if not name or len(self.store) <= 1:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete profile"),
            self.tr("Delete the profile “{name}” and its saved password?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete(name)
        except (ProfileError, OSError) as exc:
            self._error(exc)
            return
        self._refresh()
        self.deleted.emit(name)
