"""The built-in on-screen keyboard, docked in the form under the fields it types into.

Why built in and not Qt Virtual Keyboard: docs/design/0001-on-screen-keyboard.md.

Every key is created once, with a stable objectName ("key_a", "key_enye", "key_backspace"...).
A page (letters, e-mail letters, symbols, phone keypad) is a grid that says where each key sits;
a key used on several pages (digits, Delete, Space, Hide) is moved into the grid of the page
being shown, so there is only ever one widget of each name. Letter pages use a grid of half-key
columns, so wide keys (Caps, Delete, Space) and the half-key stagger of a real keyboard line up;
_KeyGrid spreads the pixels evenly over the columns, so no key comes out narrower than the rest.

Keys never take focus: the field keeps its cursor and a physical keyboard keeps working. Typing
goes through the field's own editing API, so maxLength and validators apply.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton

REPEAT_DELAY_MS = 500
REPEAT_INTERVAL_MS = 80

MARGIN_PX = 8
SPACING_PX = 6
# Wider than this, letter keys would only get wider; the rows stay centred instead.
LETTERS_MAX_WIDTH_PX = 1500
PHONE_MAX_WIDTH_PX = 1100

TargetField = QLineEdit | QPlainTextEdit


class KeyboardMode(Enum):
    TEXT = auto()
    EMAIL = auto()
    PHONE = auto()


class _Page(Enum):
    LETTERS = auto()
    EMAIL_LETTERS = auto()
    SYMBOLS = auto()
    PHONE = auto()


_HOME_PAGE = {
    KeyboardMode.TEXT: _Page.LETTERS,
    KeyboardMode.EMAIL: _Page.EMAIL_LETTERS,
    KeyboardMode.PHONE: _Page.PHONE,
}

# Keys that type something: the text each one types, by objectName. Letters type lower case;
# Shift and Caps make them upper case.
_SYMBOL_NAMES = {
    "ñ": "key_enye",
    "á": "key_a_acute",
    "é": "key_e_acute",
    "í": "key_i_acute",
    "ó": "key_o_acute",
    "ú": "key_u_acute",
    "ü": "key_u_diaeresis",
    "¿": "key_inverted_question",
    "¡": "key_inverted_exclamation",
    "?": "key_question",
    "!": "key_exclamation",
    "'": "key_apostrophe",
    '"': "key_quote",
    ".": "key_dot",
    ",": "key_comma",
    "-": "key_hyphen",
    "/": "key_slash",
    ":": "key_colon",
    ";": "key_semicolon",
    "(": "key_left_paren",
    ")": "key_right_paren",
    "&": "key_ampersand",
    "@": "key_at",
    "+": "key_plus",
    "#": "key_hash",
    "_": "key_underscore",
    "*": "key_asterisk",
    "%": "key_percent",
    "$": "key_dollar",
    " ": "key_space",
    ".com": "key_dotcom",
}


def key_name(text: str) -> str:
    """The objectName of the key that types ``text`` ("a" -> "key_a", "ñ" -> "key_enye")."""
    return _SYMBOL_NAMES.get(text, f"key_{text}")


_CHARACTERS: dict[str, str] = {
    key_name(text): text for text in [*"abcdefghijklmnopqrstuvwxyz0123456789", *_SYMBOL_NAMES]
}
_CONTROLS = ("key_shift", "key_caps", "key_backspace", "key_symbols", "key_letters", "key_hide")
# Keys whose label is a word, set in retranslate_ui(): smaller type than single characters.
_WORD_KEYS = {*_CONTROLS, "key_space", "key_dotcom"}


@dataclass(frozen=True)
class _Place:
    name: str
    row: int
    column: int
    span: int = 2


def _row(row: int, column: int, texts: str, span: int = 2) -> list[_Place]:
    """One key per character of ``texts``, side by side from ``column``."""
    return [_Place(key_name(text), row, column + span * i, span) for i, text in enumerate(texts)]


_QWERTY = [
    *_row(1, 0, "qwertyuiop"),
    _Place("key_backspace", 1, 20, 3),
    _Place("key_caps", 2, 0, 3),
    *_row(2, 3, "asdfghjklñ"),
    _Place("key_shift", 3, 0, 3),
    *_row(3, 3, "zxcvbnm"),
]

_LAYOUTS: dict[_Page, list[_Place]] = {
    _Page.LETTERS: [
        *_row(0, 1, "áéíóúü¿?¡!'"),
        *_QWERTY,
        *_row(3, 17, ",.-"),
        _Place("key_symbols", 4, 0, 4),
        _Place("key_space", 4, 4, 12),
        _Place("key_hide", 4, 16, 7),
    ],
    # No space bar: an e-mail address has no spaces. "@", "." and ".com" sit together.
    _Page.EMAIL_LETTERS: [
        *_row(0, 1, "1234567890"),
        *_QWERTY,
        *_row(3, 17, "-_+"),
        _Place("key_symbols", 4, 0, 4),
        _Place("key_at", 4, 4, 4),
        _Place("key_dot", 4, 8, 4),
        _Place("key_dotcom", 4, 12, 4),
        _Place("key_hide", 4, 16, 7),
    ],
    _Page.SYMBOLS: [
        *_row(0, 0, "1234567890"),
        _Place("key_backspace", 0, 20, 3),
        *_row(1, 1, "-/:;()&@\"'+"),
        *_row(2, 1, ".,?!¿¡#_*%$"),
        _Place("key_letters", 3, 0, 4),
        _Place("key_space", 3, 4, 12),
        _Place("key_hide", 3, 16, 7),
    ],
    # A telephone keypad, big keys; controls in the two right-hand columns.
    _Page.PHONE: [
        *_row(0, 0, "123", 1),
        _Place("key_backspace", 0, 3),
        *_row(1, 0, "456", 1),
        *_row(1, 3, "()", 1),
        *_row(2, 0, "789", 1),
        _Place("key_space", 2, 3),
        *_row(3, 0, "+0-", 1),
        _Place("key_hide", 3, 3),
    ],
}


class _KeyGrid(QLayout):
    """Keys on a grid of equal columns and equal rows.

    QGridLayout hands the pixels left over after an even split to a few columns, which made the
    last key of every row visibly narrower; here each edge sits where the arithmetic puts it.
    """

    def __init__(self, columns: int, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows = rows
        self._items: list[tuple[QLayoutItem, _Place]] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(SPACING_PX)

    def add_key(self, key: QWidget, place: _Place) -> None:
        self.addChildWidget(key)
        self._items.append((QWidgetItem(key), place))
        self.invalidate()

    # QLayout's interface

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        raise TypeError("keys go in with add_key(), which says where")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        if not 0 <= index < len(self._items):
            return None
        item, _ = self._items.pop(index)
        self.invalidate()
        return item

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """Big enough for every key's minimum size (which the style sheet sets)."""
        spacing = self.spacing()
        cell_width = cell_height = 0
        for item, place in self._items:
            least = item.minimumSize()
            needed = least.width() - (place.span - 1) * spacing
            cell_width = max(cell_width, math.ceil(needed / place.span))
            cell_height = max(cell_height, least.height())
        margins = self.contentsMargins()
        return QSize(
            self._columns * cell_width
            + (self._columns - 1) * spacing
            + margins.left()
            + margins.right(),
            self._rows * cell_height
            + (self._rows - 1) * spacing
            + margins.top()
            + margins.bottom(),
        )

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        area = self.contentsRect()
        spacing = self.spacing()
        column = (area.width() - (self._columns - 1) * spacing) / self._columns
        row = (area.height() - (self._rows - 1) * spacing) / self._rows
        for item, place in self._items:
            left = area.x() + round(place.column * (column + spacing))
            right = area.x() + round((place.column + place.span) * (column + spacing) - spacing)
            top = area.y() + round(place.row * (row + spacing))
            bottom = area.y() + round((place.row + 1) * (row + spacing) - spacing)
            item.setGeometry(QRect(left, top, right - left, bottom - top))


class KeyButton(TouchButton):
    """One key: never takes focus (the field keeps its cursor) and fills its grid cell."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, variant="key", parent=parent)
        self.setProperty("keyLabel", "word" if object_name in _WORD_KEYS else "character")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Width and height come from the grid; the style sheet's min-width and min-height keep
        # every key a finger's size.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)


class OnScreenKeyboard(RetranslatingWidget):
    """Keys that type into one field at a time: letters (QWERTY with ñ and Spanish accents),
    symbols, an e-mail layout and a phone keypad."""

    hide_requested = Signal()
    on_screen_changed = Signal(bool)
    """The keyboard came into view or left it (shown or hidden, itself or with its page)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        repeat_delay_ms: int = REPEAT_DELAY_MS,
        repeat_interval_ms: int = REPEAT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._target: TargetField | None = None
        self._mode = KeyboardMode.TEXT

        self._pages = QStackedWidget(self)
        self._pages.setObjectName("keyboardPages")
        self._pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN_PX, MARGIN_PX, MARGIN_PX, MARGIN_PX)
        layout.addWidget(self._pages)

        self._keys = {name: KeyButton(name, self) for name in [*_CHARACTERS, *_CONTROLS]}
        for key in self._keys.values():
            key.hide()  # until a page places it
        self._grids: dict[_Page, tuple[QWidget, _KeyGrid]] = {
            page: self._build_page(page) for page in _Page
        }
        self._holder: dict[str, _KeyGrid] = {}

        self._shift = self._keys["key_shift"]
        self._caps = self._keys["key_caps"]
        self._shift.setCheckable(True)
        self._caps.setCheckable(True)
        self._backspace = self._keys["key_backspace"]
        self._backspace.setAutoRepeat(True)
        self.repeat_delay_ms = repeat_delay_ms
        self.repeat_interval_ms = repeat_interval_ms

        for name, text in _CHARACTERS.items():
            self._keys[name].clicked.connect(self._on_character_key_clicked)
            self._keys[name].setProperty("types", text)
        self._shift.toggled.connect(self._on_shift_key_toggled)
        self._caps.toggled.connect(self._on_caps_key_toggled)
        self._backspace.clicked.connect(self._on_backspace_key_clicked)
        self._keys["key_symbols"].clicked.connect(self._on_symbols_key_clicked)
        self._keys["key_letters"].clicked.connect(self._on_letters_key_clicked)
        self._keys["key_hide"].clicked.connect(self.hide_requested)

        self._show_page(_Page.LETTERS)
        self._refresh_letters()
        self.retranslate_ui()

    # Public API --------------------------------------------------------------------------------

    def set_target(self, field: TargetField | None, mode: KeyboardMode = KeyboardMode.TEXT) -> None:
        """Keys type into ``field`` from now on; ``mode`` picks the layout.

        Setting the same field and mode again (the form does on every touch) changes nothing, so
        a pending Shift or the symbols page survive a tap on the field.
        """
        if field is self._target and mode is self._mode:
            return
        if self._target is not None:
            self._target.destroyed.disconnect(self._on_target_destroyed)
        self._target = field
        if field is not None:
            field.destroyed.connect(self._on_target_destroyed)
        self._mode = mode
        self._shift.setChecked(False)
        self._show_page(_HOME_PAGE[mode])

    def target(self) -> TargetField | None:
        return self._target

    def mode(self) -> KeyboardMode:
        return self._mode

    def set_compact(self, compact: bool) -> None:
        """Keys of the least touch size (80 px) rather than the comfortable one, so the whole
        keyboard fits in the lower half of a landscape screen in seated mode."""
        if bool(self.property("compact")) == compact:
            return
        self.setProperty("compact", compact)
        # The keys' style sheet rule depends on this property of their keyboard.
        for widget in (self, *self._keys.values()):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        # The new size now, not after the posted layout requests: the form fixes the keyboard's
        # height from it straight away.
        for page, grid in self._grids.values():
            keys = grid.parentWidget()
            assert keys is not None
            for holder in (keys, page, self._pages):  # innermost first
                holder.updateGeometry()
        self.updateGeometry()

    def reset(self) -> None:
        """Privacy reset between patients: no target, Shift and Caps off, the letters page."""
        self._stop_repeat()
        self.set_target(None, KeyboardMode.TEXT)
        self._shift.setChecked(False)
        self._caps.setChecked(False)
        self._show_page(_Page.LETTERS)

    @property
    def repeat_delay_ms(self) -> int:
        """How long Delete is held before it starts repeating."""
        return self._backspace.autoRepeatDelay()

    @repeat_delay_ms.setter
    def repeat_delay_ms(self, value: int) -> None:
        self._backspace.setAutoRepeatDelay(value)

    @property
    def repeat_interval_ms(self) -> int:
        """Time between repeated deletions while Delete is held."""
        return self._backspace.autoRepeatInterval()

    @repeat_interval_ms.setter
    def repeat_interval_ms(self, value: int) -> None:
        self._backspace.setAutoRepeatInterval(value)

    def retranslate_ui(self) -> None:
        words = {
            "key_shift": (self.tr("Shift"), self.tr("Shift: next letter in capitals")),
            "key_caps": (self.tr("Caps"), self.tr("Caps lock: all letters in capitals")),
            "key_backspace": (self.tr("Delete"), self.tr("Delete the letter before the cursor")),
            "key_space": (self.tr("Space"), self.tr("Space")),
            "key_symbols": (self.tr("123"), self.tr("Numbers and symbols")),
            "key_letters": (self.tr("ABC"), self.tr("Letters")),
            "key_hide": (self.tr("Hide keyboard"), self.tr("Hide keyboard")),
            "key_dotcom": (".com", ".com"),
        }
        for name, (label, accessible_name) in words.items():
            self._keys[name].setText(label)
            self._keys[name].setAccessibleName(accessible_name)

    # Qt overrides ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.on_screen_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._stop_repeat()
        super().hideEvent(event)
        self.on_screen_changed.emit(False)

    # Slots -------------------------------------------------------------------------------------

    @Slot()
    def _on_character_key_clicked(self) -> None:
        key = self.sender()
        if not isinstance(key, KeyButton):
            return
        text = str(key.property("types"))
        if _has_case(text):
            if self._upper_case():
                text = text.upper()
            if self._shift.isChecked():
                self._shift.setChecked(False)  # one-shot: back to lower case
        self._type(text)

    @Slot()
    def _on_backspace_key_clicked(self) -> None:
        field = self._editable_target()
        if isinstance(field, QLineEdit):
            field.backspace()
        elif field is not None:
            cursor = field.textCursor()
            cursor.deletePreviousChar()
            field.setTextCursor(cursor)
            field.ensureCursorVisible()

    @Slot()
    def _on_shift_key_toggled(self) -> None:
        self._refresh_letters()

    @Slot()
    def _on_caps_key_toggled(self) -> None:
        self._refresh_letters()

    @Slot()
    def _on_symbols_key_clicked(self) -> None:
        self._show_page(_Page.SYMBOLS)

    @Slot()
    def _on_letters_key_clicked(self) -> None:
        self._show_page(_HOME_PAGE[self._mode])

    @Slot()
    def _on_target_destroyed(self) -> None:
        self._target = None

    # Helpers -----------------------------------------------------------------------------------

    def _build_page(self, page: _Page) -> tuple[QWidget, _KeyGrid]:
        """An empty page in the stack: a grid of cells, centred, no wider than it needs."""
        container = QWidget()
        container.setObjectName(f"keyboardPage_{page.name.lower()}")
        keys = QWidget(container)
        keys.setObjectName(f"keyboardKeys_{page.name.lower()}")
        keys.setMaximumWidth(PHONE_MAX_WIDTH_PX if page is _Page.PHONE else LETTERS_MAX_WIDTH_PX)
        centre = QHBoxLayout(container)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(keys)
        places = _LAYOUTS[page]
        columns = max(place.column + place.span for place in places)
        grid = _KeyGrid(columns, max(place.row for place in places) + 1, keys)
        self._pages.addWidget(container)
        return container, grid

    def _show_page(self, page: _Page) -> None:
        """Moves every key of ``page`` into its grid, then shows it."""
        container, grid = self._grids[page]
        for place in _LAYOUTS[page]:
            key = self._keys[place.name]
            if self._holder.get(place.name) is not grid:
                previous = self._holder.get(place.name)
                if previous is not None:
                    previous.removeWidget(key)
                grid.add_key(key, place)
                self._holder[place.name] = grid
            key.show()
        self._pages.setCurrentWidget(container)

    def _upper_case(self) -> bool:
        return self._shift.isChecked() or self._caps.isChecked()

    def _refresh_letters(self) -> None:
        upper = self._upper_case()
        for name, text in _CHARACTERS.items():
            if name in _WORD_KEYS:
                continue
            label = text.upper() if upper and _has_case(text) else text
            self._keys[name].setText(label.replace("&", "&&"))  # "&" alone marks a mnemonic

    def _editable_target(self) -> TargetField | None:
        field = self._target
        if field is None or field.isReadOnly() or not field.isEnabled():
            return None
        return field

    def _type(self, text: str) -> None:
        field = self._editable_target()
        if isinstance(field, QLineEdit):
            field.insert(text)
        elif field is not None:
            field.insertPlainText(text)
            field.ensureCursorVisible()

    def _stop_repeat(self) -> None:
        # Delete held down repeats on the button's own timer; letting go of it stops that.
        if self._backspace.isDown():
            self._backspace.setDown(False)


def _has_case(text: str) -> bool:
    return len(text) == 1 and text.upper() != text
