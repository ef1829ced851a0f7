"""The shape the app's table models share: one row per item, fixed column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.gui.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A flat table: subclasses set ``headers``, give ``row_count()`` and answer ``data()``."""

    headers: tuple[str, ...] = ()
    header_context = ""  # the translation context the headers are marked in

    def row_count(self) -> int:
        raise NotImplementedError

    def header(self, section: int) -> str:
        """The title of column ``section``."""
        return translate(self.header_context, self.headers[section])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
