"""The form's text fields hold at most their limit, whatever is pasted or typed."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets.text_fields import FormLineEdit, FormTextEdit


def test_a_huge_paste_into_the_message_is_refused_whole(qtbot: QtBot) -> None:
    field = FormTextEdit("messageField", max_chars=2000)
    qtbot.addWidget(field)
    field.setPlainText("Hello")
    paste = QMimeData()
    paste.setText("x" * 10_000_000)
    assert not field.canInsertFromMimeData(paste)
    field.insertFromMimeData(paste)
    assert field.toPlainText() == "Hello"
    small = QMimeData()
    small.setText(" there")
    field.moveCursor(field.textCursor().MoveOperation.End)
    field.insertFromMimeData(small)
    assert field.toPlainText() == "Hello there"


def test_typing_stops_at_the_limit_but_editing_keys_still_work(qtbot: QtBot) -> None:
    field = FormTextEdit("messageField", max_chars=5)
    qtbot.addWidget(field)
    field.show()
    QTest.keyClicks(field, "abcdefgh")
    assert field.toPlainText() == "abcde"
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, "z")
    assert field.toPlainText() == "abcdz"


def test_a_line_field_keeps_its_max_length(qtbot: QtBot) -> None:
    field = FormLineEdit("nameField", max_chars=10)
    qtbot.addWidget(field)
    field.insert("x" * 10_000)
    assert field.text() == "x" * 10
    assert not field.dragEnabled()
