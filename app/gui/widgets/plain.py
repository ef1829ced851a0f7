"""Plain text in widgets: what a server, a certificate or DNS said is never read as markup.

QLabel, QMessageBox and tool tips guess rich text (``Qt::mightBeRichText``) unless told otherwise,
so ``<img src=…>`` or ``<a href=…>`` in a greeting or a certificate name would be rendered. Every
label in the app is made with ``plain_label``; tool tips go through ``plain_tooltip``. A test
walks every label of every page.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tool tip that shows ``text`` literally (escaped inside explicit rich text)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"

