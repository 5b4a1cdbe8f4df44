"""The one door to files compiled into the app from kiosk.qrc (``:/...`` paths).

Importing the compiled module registers the resources with Qt; nothing else imports it.
"""

from __future__ import annotations

from PySide6.QtCore import QDir, QFile, QIODevice

import kiosk.resources_rc  # noqa: F401  (registers the ":/" resources)

STYLE_SHEET = ":/styles/kiosk.qss"
_CONTENT = ":/content"
_LEARNING = ":/learning"
_IMAGES = ":/images"
_ICONS = ":/images/icons"


def read_text(path: str) -> str:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def content_files(language: str) -> dict[str, str]:
    """Built-in content of one language: file name -> text."""
    folder = f"{_CONTENT}/{language}"
    names = QDir(folder).entryList(["*.toml"], QDir.Filter.Files, QDir.SortFlag.Name)
    return {name: read_text(f"{folder}/{name}") for name in names}


def learning_file(language: str, name: str) -> str:
    """Text of a built-in learning file (``teach-back.toml``, ``questions-to-ask.toml``)."""
    return read_text(f"{_LEARNING}/{language}/{name}")


def image_names() -> set[str]:
    return set(QDir(_IMAGES).entryList(["*.svg"], QDir.Filter.Files))


def image_path(name: str) -> str:
    return f"{_IMAGES}/{name}"


def translation_path(language: str) -> str:
    """Compiled Qt translations of the screens' words (resources/translations/kiosk_<lang>.qm)."""
    return f":/translations/kiosk_{language}.qm"


def icon_path(name: str) -> str:
    return f"{_ICONS}/{name}.svg"
