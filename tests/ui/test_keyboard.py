"""The on-screen keyboard on its own: what each key types, pages, modes, sizes and focus."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui.theme import contrast_ratio, style_sheet
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard, key_name
from tests.conftest import ROOT
from tests.screen_checks import clipped_text, small_targets, small_text

QSS = ROOT / "resources" / "styles" / "kiosk.qss"


@pytest.fixture(autouse=True)
def _kiosk_style(qapp: QApplication) -> Iterator[None]:
    """Key sizes come from the app's style sheet, so every test here runs with it."""
    previous = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet(QSS.read_text(encoding="utf-8")))
    yield
    qapp.setStyleSheet(previous)


@dataclass
class Form:
    window: QWidget
    line: QLineEdit
    text: QPlainTextEdit
    keyboard: OnScreenKeyboard


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    """A one-line field, a multi-line field and the keyboard docked under them, shown."""
    window = QWidget()
    window.setObjectName("testForm")
    line = QLineEdit(window)
    line.setObjectName("nameField")
    text = QPlainTextEdit(window)
    text.setObjectName("messageField")
    keyboard = OnScreenKeyboard(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in (line, text, keyboard):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(1920, 1000)
    window.show()
    qtbot.waitExposed(window)
    keyboard.set_target(line)
    return Form(window, line, text, keyboard)


def key(keyboard: OnScreenKeyboard, name: str) -> QPushButton:
    found = keyboard.findChild(QPushButton, name)
    assert found is not None, name
    return found


def tap(qtbot: QtBot, keyboard: OnScreenKeyboard, *names: str) -> None:
    for name in names:
        button = key(keyboard, name)
        assert button.isVisible(), f"{name} is not on screen"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_keys(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """One tap per character of ``text``, each on the key that types it (lower case)."""
    tap(qtbot, keyboard, *(key_name(char) for char in text))


def visible_keys(keyboard: OnScreenKeyboard) -> list[QPushButton]:
    return [b for b in keyboard.findChildren(QPushButton) if b.isVisible()]


def test_typing_a_word_into_a_line_edit(qtbot: QtBot, form: Form) -> None:
    type_keys(qtbot, form.keyboard, "hola ana")
    assert form.line.text() == "hola ana"


def test_typing_into_a_plain_text_edit(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(form.text)
    type_keys(qtbot, form.keyboard, "me duele")
    tap(qtbot, form.keyboard, "key_backspace")
    assert form.text.toPlainText() == "me duel"
    assert form.line.text() == ""


def test_shift_makes_only_the_next_letter_a_capital(qtbot: QtBot, form: Form) -> None:
    tap(qtbot, form.keyboard, "key_shift")
    assert key(form.keyboard, "key_a").text() == "A"
    type_keys(qtbot, form.keyboard, "ana")
    assert form.line.text() == "Ana"
    assert key(form.keyboard, "key_a").text() == "a"
    assert not key(form.keyboard, "key_shift").isChecked()


def test_caps_lock_stays_on_until_tapped_again(qtbot: QtBot, form: Form) -> None:
    tap(qtbot, form.keyboard, "key_caps")
    type_keys(qtbot, form.keyboard, "ruiz")
    assert key(form.keyboard, "key_r").text() == "R"
    tap(qtbot, form.keyboard, "key_caps")
    type_keys(qtbot, form.keyboard, "ok")
    assert form.line.text() == "RUIZok"
    assert key(form.keyboard, "key_r").text() == "r"


def test_spanish_letters_and_their_capitals(qtbot: QtBot, form: Form) -> None:
    type_keys(qtbot, form.keyboard, "¿señor?")
    tap(qtbot, form.keyboard, "key_shift")
    type_keys(qtbot, form.keyboard, "ñ")
    tap(qtbot, form.keyboard, "key_caps")
    assert key(form.keyboard, "key_u_diaeresis").text() == "Ü"
    type_keys(qtbot, form.keyboard, "áéíóúü")
    tap(qtbot, form.keyboard, "key_caps")
    type_keys(qtbot, form.keyboard, "¡!")
    assert form.line.text() == "¿señor?ÑÁÉÍÓÚÜ¡!"


def test_symbols_page_types_digits_and_symbols_then_back_to_letters(
    qtbot: QtBot, form: Form
) -> None:
    tap(qtbot, form.keyboard, "key_symbols")
    assert not key(form.keyboard, "key_q").isVisible()
    type_keys(qtbot, form.keyboard, "(305) 12-4/5: 6&7; \"8\" '9' #1 50% $2_*.,?!¿¡@+")
    tap(qtbot, form.keyboard, "key_letters")
    assert not key(form.keyboard, "key_1").isVisible()
    type_keys(qtbot, form.keyboard, "ok")
    assert form.line.text() == "(305) 12-4/5: 6&7; \"8\" '9' #1 50% $2_*.,?!¿¡@+ok"


def test_ampersand_key_shows_an_ampersand(form: Form) -> None:
    assert key(form.keyboard, "key_ampersand").text().replace("&&", "&") == "&"


def test_email_helpers_type_an_address(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(form.line, KeyboardMode.EMAIL)
    type_keys(qtbot, form.keyboard, "ana")
    tap(qtbot, form.keyboard, "key_at")
    type_keys(qtbot, form.keyboard, "example")
    tap(qtbot, form.keyboard, "key_dotcom")
    assert form.line.text() == "ana@example.com"
    type_keys(qtbot, form.keyboard, "1_.")
    assert form.line.text() == "ana@example.com1_."


def test_email_helpers_are_not_upper_cased(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(form.line, KeyboardMode.EMAIL)
    tap(qtbot, form.keyboard, "key_caps", "key_dotcom")
    assert form.line.text() == ".com"


def test_phone_mode_shows_a_keypad_instead_of_letters(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(form.line, KeyboardMode.PHONE)
    assert not key(form.keyboard, "key_a").isVisible()
    assert not key(form.keyboard, "key_symbols").isVisible()
    type_keys(qtbot, form.keyboard, "+1 (305) 555-0100")
    tap(qtbot, form.keyboard, "key_backspace")
    assert form.line.text() == "+1 (305) 555-010"
    assert {b.objectName() for b in visible_keys(form.keyboard)} == {
        *(f"key_{digit}" for digit in range(10)),
        "key_plus",
        "key_hyphen",
        "key_left_paren",
        "key_right_paren",
        "key_space",
        "key_backspace",
        "key_hide",
    }


def test_changing_field_shows_the_layout_of_its_mode(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(form.line, KeyboardMode.PHONE)
    assert key(form.keyboard, "key_5").isVisible()
    form.keyboard.set_target(form.text, KeyboardMode.TEXT)
    assert key(form.keyboard, "key_a").isVisible()
    assert not key(form.keyboard, "key_5").isVisible()


def test_touching_the_same_field_again_keeps_the_page_and_shift(qtbot: QtBot, form: Form) -> None:
    """The form sets the target on every touch of a field; that must not undo a pending Shift
    or throw the patient off the symbols page."""
    tap(qtbot, form.keyboard, "key_shift")
    form.keyboard.set_target(form.line)
    type_keys(qtbot, form.keyboard, "a")
    tap(qtbot, form.keyboard, "key_symbols")
    form.keyboard.set_target(form.line)
    type_keys(qtbot, form.keyboard, "7")
    assert form.line.text() == "A7"


def test_backspace_removes_one_character_per_tap(qtbot: QtBot, form: Form) -> None:
    form.line.setText("abcdef")
    tap(qtbot, form.keyboard, "key_backspace")
    assert form.line.text() == "abcde"
    tap(qtbot, form.keyboard, "key_backspace")
    assert form.line.text() == "abcd"


def test_backspace_repeats_while_held(qtbot: QtBot, form: Form) -> None:
    form.keyboard.repeat_delay_ms = 20
    form.keyboard.repeat_interval_ms = 5
    form.line.setText("abcdefghij")
    backspace = key(form.keyboard, "key_backspace")
    QTest.mousePress(backspace, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(form.line.text()) <= 7)
    QTest.mouseRelease(backspace, Qt.MouseButton.LeftButton)
    after_release = form.line.text()
    qtbot.wait(30)
    assert form.line.text() == after_release


def test_hiding_the_keyboard_stops_a_held_backspace(qtbot: QtBot, form: Form) -> None:
    form.keyboard.repeat_delay_ms = 20
    form.keyboard.repeat_interval_ms = 5
    form.line.setText("abcdefghij")
    backspace = key(form.keyboard, "key_backspace")
    QTest.mousePress(backspace, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(form.line.text()) <= 8)
    form.keyboard.hide()
    left = form.line.text()
    qtbot.wait(30)
    assert form.line.text() == left
    assert not backspace.isDown()


def test_keys_never_take_focus_from_the_field(qtbot: QtBot, form: Form) -> None:
    form.window.activateWindow()
    form.line.setFocus()
    qtbot.waitUntil(form.line.hasFocus)
    type_keys(qtbot, form.keyboard, "ana ")
    tap(qtbot, form.keyboard, "key_shift", "key_caps", "key_caps", "key_backspace")
    tap(qtbot, form.keyboard, "key_symbols", "key_letters")
    assert form.line.hasFocus()
    assert form.line.text() == "ana"
    assert form.keyboard.focusPolicy() == Qt.FocusPolicy.NoFocus
    every_key = form.keyboard.findChildren(QPushButton)
    assert len(every_key) > 60
    assert [b.objectName() for b in every_key if b.focusPolicy() != Qt.FocusPolicy.NoFocus] == []


def test_every_key_has_a_unique_stable_name_and_a_label(form: Form) -> None:
    names = [b.objectName() for b in form.keyboard.findChildren(QPushButton)]
    assert len(names) == len(set(names))
    assert all(name.startswith("key_") for name in names)
    assert all(b.text() for b in form.keyboard.findChildren(QPushButton))
    assert form.keyboard.objectName() == "onScreenKeyboard"
    assert key(form.keyboard, "key_hide").accessibleName() == "Hide keyboard"
    assert key(form.keyboard, "key_space").text() == "Space"


@pytest.mark.parametrize("width", [1920, 1080, 1000])
@pytest.mark.parametrize("mode", list(KeyboardMode))
def test_every_key_is_finger_sized_and_its_label_fits(
    qtbot: QtBot, width: int, mode: KeyboardMode
) -> None:
    """1920: landscape. 1080: portrait. 1000: portrait inside the form's side margins."""
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.set_target(None, mode)
    keyboard.show()
    keyboard.resize(width, keyboard.sizeHint().height())  # the height it asks for when docked
    qtbot.waitUntil(lambda: keyboard.width() == width)
    pages = ["phone"] if mode is KeyboardMode.PHONE else ["letters", "symbols"]
    for page in pages:
        if page == "symbols":
            tap(qtbot, keyboard, "key_symbols")
        assert len(visible_keys(keyboard)) >= 17
        assert small_targets(keyboard) == [], page
        assert clipped_text(keyboard) == [], page  # labels fit, no key cut off by the edge
        assert small_text(keyboard) == [], page


def test_a_pressed_key_lights_up(form: Form) -> None:
    """A finger covers the key: the change of colour around it is the feedback."""
    g_key = key(form.keyboard, "key_g")

    def fill() -> str:
        return g_key.grab().toImage().pixelColor(10, g_key.height() // 2).name()

    normal = fill()
    g_key.setDown(True)
    pressed = fill()
    g_key.setDown(False)
    assert contrast_ratio(normal, pressed) >= 3.0


def test_max_length_is_respected(qtbot: QtBot, form: Form) -> None:
    form.line.setMaxLength(3)
    type_keys(qtbot, form.keyboard, "abcde")
    assert form.line.text() == "abc"


def test_the_field_validator_is_respected(qtbot: QtBot, form: Form) -> None:
    digits = QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), form.line)
    form.line.setValidator(digits)
    form.keyboard.set_target(form.line, KeyboardMode.EMAIL)
    type_keys(qtbot, form.keyboard, "1a2")
    assert form.line.text() == "12"


def test_a_read_only_field_is_left_alone(qtbot: QtBot, form: Form) -> None:
    form.line.setText("fixed")
    form.line.setReadOnly(True)
    type_keys(qtbot, form.keyboard, "x")
    tap(qtbot, form.keyboard, "key_backspace")
    assert form.line.text() == "fixed"


def test_with_no_target_keys_do_nothing(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(None)
    assert form.keyboard.target() is None
    type_keys(qtbot, form.keyboard, "abc ")
    tap(qtbot, form.keyboard, "key_backspace", "key_shift", "key_symbols", "key_1")
    assert form.line.text() == ""
    assert form.text.toPlainText() == ""


def test_a_deleted_target_is_forgotten(qtbot: QtBot, form: Form) -> None:
    doomed = QLineEdit(form.window)
    form.keyboard.set_target(doomed)
    doomed.deleteLater()
    qtbot.waitUntil(lambda: form.keyboard.target() is None)
    type_keys(qtbot, form.keyboard, "a")
    assert form.line.text() == ""


def test_reset_clears_shift_caps_target_and_returns_to_letters(qtbot: QtBot, form: Form) -> None:
    form.keyboard.set_target(form.line, KeyboardMode.EMAIL)
    tap(qtbot, form.keyboard, "key_caps", "key_shift", "key_symbols")
    form.keyboard.reset()
    assert form.keyboard.target() is None
    assert form.keyboard.mode() is KeyboardMode.TEXT
    assert not key(form.keyboard, "key_shift").isChecked()
    assert not key(form.keyboard, "key_caps").isChecked()
    assert key(form.keyboard, "key_a").isVisible()
    assert key(form.keyboard, "key_a").text() == "a"
    assert key(form.keyboard, "key_apostrophe").isVisible()  # the text layout, not e-mail
    type_keys(qtbot, form.keyboard, "a")
    assert form.line.text() == ""


def test_hide_key_asks_to_hide(qtbot: QtBot, form: Form) -> None:
    with qtbot.waitSignal(form.keyboard.hide_requested, timeout=1000):
        tap(qtbot, form.keyboard, "key_hide")


def test_compact_keys_are_smaller_but_still_80_px(qtbot: QtBot, form: Form) -> None:
    """Seated on a landscape screen the keyboard must fit the lower half."""
    comfortable = form.keyboard.sizeHint().height()
    form.keyboard.set_compact(True)
    assert form.keyboard.sizeHint().height() < comfortable  # at once: the form sizes it so
    qtbot.wait(1)  # laid out
    assert small_targets(form.keyboard) == []
    assert clipped_text(form.keyboard) == []
    form.keyboard.set_compact(False)
    assert form.keyboard.sizeHint().height() == comfortable


def test_the_keyboard_says_when_it_comes_into_view_and_leaves_it(qtbot: QtBot, form: Form) -> None:
    seen: list[bool] = []
    form.keyboard.on_screen_changed.connect(seen.append)
    form.keyboard.hide()
    form.keyboard.show()
    form.window.hide()  # with the page it is on
    assert seen == [False, True, False]
