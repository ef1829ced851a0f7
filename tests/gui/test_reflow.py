"""The layouts that keep a long language inside 800×600 (issue 19): a form that folds its
columns, a button row that wraps, a fix button whose sentence wraps, and the pseudo-locale's
padding cut into words — real widgets, measured by geometry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.text import i18n as core_i18n
from app.core.text.i18n import PAD_WORD
from app.gui.widgets.reflow import ReflowForm
from app.gui.widgets.wrap import WrapButton, WrapLayout


def _form(qtbot: Any) -> tuple[QWidget, ReflowForm, list[QLabel], list[QLineEdit]]:
    host = QWidget()  # a window's layout keeps it at least its minimum: the form's is that
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    form = ReflowForm()
    layout.addWidget(form)
    labels, fields = [], []
    for index, text in enumerate(("A rather long label:", "Another long label:")):
        label, field = QLabel(text), QLineEdit()
        field.setMinimumWidth(180)
        form.place(label, 0, 2 * index, align=Qt.AlignmentFlag.AlignTop)
        form.place(field, 0, 2 * index + 1)
        labels.append(label)
        fields.append(field)
    return host, form, labels, fields


def _labels_whole(labels: list[QLabel]) -> bool:
    return all(label.width() >= label.fontMetrics().horizontalAdvance(label.text())
               for label in labels)


def test_form_folds_its_columns_as_it_narrows(qtbot: Any) -> None:
    host, form, labels, fields = _form(qtbot)
    host.show()
    assert form.wide_width() > form.side_width() > form.stacked_width()
    assert form.minimumSizeHint().width() == form.stacked_width()
    expected = [(form.wide_width() + 20, ReflowForm.WIDE),
                (form.side_width() + 5, ReflowForm.SIDE),
                (form.stacked_width(), ReflowForm.STACKED)]
    for width, mode in expected:
        host.resize(width, 300)
        qtbot.waitUntil(lambda m=mode, w=width: form.mode == m and form.width() == w)
        assert _labels_whole(labels), (mode, [label.width() for label in labels])
        assert all(field.width() >= 180 for field in fields)
    # stacked: each label above its field; wide: the two pairs on one row
    assert labels[0].geometry().bottom() < fields[0].geometry().top()
    host.resize(form.wide_width() + 20, 300)
    qtbot.waitUntil(lambda: form.mode == ReflowForm.WIDE)
    assert fields[0].geometry().top() == fields[1].geometry().top()


def test_button_row_wraps_instead_of_widening(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    row = WrapLayout()
    buttons = [QPushButton(f"A button with words {i}") for i in range(3)]
    for button in buttons:
        row.add(button)
    outer.addLayout(row)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest
    one_row = row.heightForWidth(10000)
    assert row.heightForWidth(widest) >= 3 * one_row  # one button a row
    host.resize(widest + 30, 200)
    host.show()
    qtbot.waitUntil(lambda: buttons[2].geometry().top() > buttons[0].geometry().bottom())
    assert all(b.width() >= b.sizeHint().width() for b in buttons)


def test_fix_button_wraps_its_sentence(qtbot: Any) -> None:
    sentence = "Use port 587 (STARTTLS) and retry the test with these settings"
    button = WrapButton(sentence)
    qtbot.addWidget(button)
    assert button.text() == sentence and button.accessibleName() == sentence
    one_line = button.sizeHint()
    assert button.minimumSizeHint().width() < one_line.width() // 2
    assert button.heightForWidth(one_line.width() // 2) > one_line.height()


def test_pseudo_padding_is_cut_into_words() -> None:
    english = "A sentence long enough to be padded with many tildes at its end"
    cut = core_i18n.pseudo(english)
    assert cut.replace(" ", "").count("~") == round(sum(ch.isalpha() for ch in english) * 0.4)
    assert max(len(word) for word in cut.split() if set(word) <= {"~", "]"}) <= PAD_WORD + 1
    assert core_i18n.pseudo("Plain English ~ with a tilde").startswith("[Plåîñ Éñglîšh ~ wîth")
