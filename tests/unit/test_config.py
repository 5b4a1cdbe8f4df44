"""Settings: every key optional, and every mistake named with its file, key and expectation."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config, ConfigError, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_defaults() -> None:
    assert load_config() == Config()


def test_a_file_sets_the_clinic_and_a_relative_content_folder(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[clinic]\nname = "Riverside Pain Centre"\nphone = "555-0100"\n'
        '[kiosk]\ncontent_dir = "our-pages"\n',
    )
    config = load_config(path)
    assert config.clinic.name == "Riverside Pain Centre"
    assert config.clinic.phone == "555-0100"
    assert config.kiosk.content_dir == tmp_path / "our-pages"
    assert config.source == path


def test_the_default_file_is_read_from_the_config_folder(tmp_path: Path) -> None:
    folder = tmp_path / "xdg-config" / "rfa-kiosk"
    folder.mkdir(parents=True)
    (folder / "kiosk.toml").write_text('[clinic]\nname = "Lakeside"\n', encoding="utf-8")
    assert load_config().clinic.name == "Lakeside"


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("[clinic]\nname = 5\n", "clinic.name", "a text in quotes"),
        ('[clinic]\nname = ""\n', "clinic.name", "not empty"),
        ('[clinic]\ncolour = "blue"\n', "clinic.colour", "one of the keys"),
        ('[kiosk]\nlanguages = ["fr"]\n', "kiosk.languages", "some of en, es"),
        ("[timeouts]\nwarning = 5\n", "timeouts.warning", "at least 20 seconds"),
        ('[timeouts]\nform_idle = "soon"\n', "timeouts.form_idle", "whole number"),
        ('[kiosk]\nhide_cursor = "yes"\n', "kiosk.hide_cursor", "true or false"),
        ("[requests]\nretention_days = 0\n", "requests.retention_days", "from 1 to 3650"),
        ('[kiosks]\nlanguage = "en"\n', "kiosks", "one of the tables"),
        ('clinic = "x"\n', "clinic", "a [clinic] table"),
        ('[clinic]\nname = "two\\nlines"\n', "clinic.name", "one line"),
    ],
)
def test_a_bad_key_is_named(tmp_path: Path, text: str, key: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == key
    assert expected in caught.value.expected
    assert str(caught.value).startswith(f"{path}: {key}: expected ")


def test_broken_toml_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="valid TOML"):
        load_config(write(tmp_path, "[clinic\n"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")
