"""Settings: every key optional, and every mistake named with its file, key and expectation."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest

from kiosk.config import MAX_SETTINGS_BYTES, ClinicSettings, Config, ConfigError, load_config


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


@pytest.mark.parametrize(
    ("text", "scale"), [("", None), ('screen_scale = "auto"', None), ("screen_scale = 1.5", 1.5)]
)
def test_the_screen_scale_is_automatic_unless_a_number_is_given(
    tmp_path: Path, text: str, scale: float | None
) -> None:
    assert load_config(write(tmp_path, f"[kiosk]\n{text}\n")).kiosk.screen_scale == scale


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
        ("[kiosk]\nread_aloud = 1\n", "kiosk.read_aloud", "true or false"),
        ('[kiosk]\nscreen_scale = "big"\n', "kiosk.screen_scale", '"auto" or a number'),
        ("[kiosk]\nscreen_scale = 0.1\n", "kiosk.screen_scale", "from 0.5 to 4"),
        ("[kiosk]\nscreen_scale = true\n", "kiosk.screen_scale", '"auto" or a number'),
        ("[requests]\nretention_days = 0\n", "requests.retention_days", "from 1 to 3650"),
        ('[kiosks]\nlanguage = "en"\n', "kiosks", "one of the tables"),
        ('clinic = "x"\n', "clinic", "a [clinic] table"),
        ('[clinic]\nname = "two\\nlines"\n', "clinic.name", "one line"),
        *[
            (f"[clinic]\ntake_home_url = {url}\n", "clinic.take_home_url", expected)
            for url, expected in [
                ("5", "a web address in quotes"),
                ('"ftp://example.org/rfa"', 'starting with "https://"'),
                ('"javascript:alert(1)"', 'starting with "https://"'),
                ('"example.org/rfa"', 'starting with "https://"'),
                ('"https:///rfa"', "with a host"),
                ('"https://:443/rfa"', "with a host"),
                ('"https://exa mple.org/rfa"', "without spaces"),
                ('"https://example.org/r\\tfa"', "control characters"),
                ('"https://example.org/\\u0085rfa"', "control characters"),
                ('"https://nurse:secret@example.org/rfa"', "user name or password"),
                ('"https://nurse@example.org/rfa"', "user name or password"),
                ('"https://example.org/rfa?patient=ana"', "without a query"),
                ('"https://example.org/rfa?"', "without a query"),
                ('"https://example.org/rfa#after"', "anchors go in [clinic.take_home_anchors]"),
                ('"https://example.org/rfa#"', "anchors go in"),
                ('"https://clínica.example/rfa"', "xn--"),
                ('"https://example.org/<rfa>"', "percent-encode"),
                ('"https://example.org/rfa%2"', "percent-encode"),
                ('"https://example.org:99999/rfa"', "a valid web address"),
                ('"https://[::1/rfa"', "a valid web address"),
                (f'"https://example.org/{"a" * 300}"', "at most 300 characters"),
            ]
        ],
        ('[clinic]\ntake_home_anchors = "after"\n', "clinic.take_home_anchors", "table"),
        (
            '[clinic.take_home_anchors]\nAfter = "recovery"\n',
            "clinic.take_home_anchors.After",
            "a page id",
        ),
        (
            '[clinic.take_home_anchors]\n"step--2" = "x"\n',
            "clinic.take_home_anchors.step--2",
            "a page id",
        ),
        (
            "[clinic.take_home_anchors]\nafter = 3\n",
            "clinic.take_home_anchors.after",
            "an anchor in quotes",
        ),
        *[
            (
                f"[clinic.take_home_anchors]\nafter = {anchor}\n",
                "clinic.take_home_anchors.after",
                "an anchor",
            )
            for anchor in ['""', '"-recovery"', '"re covery"', '"a#b"', f'"{"a" * 65}"']
        ],
    ],
)
def test_a_bad_key_is_named(tmp_path: Path, text: str, key: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == key
    assert expected in caught.value.expected
    assert str(caught.value).startswith(f"{path}: {key}: expected ")


def test_no_take_home_url_means_no_qr_code_anywhere() -> None:
    clinic = Config().clinic
    assert clinic.take_home_url == ""
    assert clinic.take_home_link() is None
    assert clinic.take_home_link("after") is None


def test_the_take_home_link_adds_the_page_anchor(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[clinic]\ntake_home_url = "https://example-clinic.org/rfa"\n'
        '[clinic.take_home_anchors]\nafter = "recovery"\nstep-2 = "Needles_2"\n',
    )
    clinic = load_config(path).clinic
    assert clinic.take_home_link() == "https://example-clinic.org/rfa"
    assert clinic.take_home_link("after") == "https://example-clinic.org/rfa#recovery"
    assert clinic.take_home_link("step-2") == "https://example-clinic.org/rfa#Needles_2"
    assert clinic.take_home_link("before") == "https://example-clinic.org/rfa"


def test_a_take_home_url_may_be_plain_http_or_bare_and_anchors_need_no_url(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, '[clinic]\ntake_home_url = "http://Example.org:8080"\n')
    clinic = load_config(path).clinic
    assert clinic.take_home_link() == "http://Example.org:8080"
    longest = f"https://example.org/{'a' * 280}"
    assert len(longest) == 300
    path = write(tmp_path, f'[clinic]\ntake_home_url = "{longest}"\n')
    assert load_config(path).clinic.take_home_link() == longest
    path = write(tmp_path, '[clinic.take_home_anchors]\nafter = "recovery"\n')
    assert load_config(path).clinic.take_home_link("after") is None


def test_the_anchors_cannot_be_changed_after_loading(tmp_path: Path) -> None:
    path = write(tmp_path, '[clinic.take_home_anchors]\nafter = "recovery"\n')
    anchors = load_config(path).clinic.take_home_anchors
    with pytest.raises(TypeError):
        anchors["after"] = "elsewhere"  # type: ignore[index]
    assert load_config(path).clinic == ClinicSettings(take_home_anchors={"after": "recovery"})


def test_broken_toml_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="valid TOML"):
        load_config(write(tmp_path, "[clinic\n"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def refused(path: Path) -> str:
    """The message for a settings file the kiosk cannot use: one short line naming the file."""
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert caught.value.source == path
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert len(message) < 300
    return message


@pytest.mark.parametrize(
    "value", ["[" * 20_000 + "]" * 20_000, "{a = " * 5_000 + "1" + "}" * 5_000]
)
def test_a_deeply_nested_file_is_refused_by_name(tmp_path: Path, value: str) -> None:
    # tomllib reads nesting recursively and ends in a RecursionError.
    assert "nested too deeply" in refused(write(tmp_path, f"x = {value}\n"))


def test_a_number_longer_than_python_reads_is_refused_by_name(tmp_path: Path) -> None:
    # Python refuses to turn more than 4300 digits into an int (a ValueError, not a TOML error).
    assert "number too long" in refused(write(tmp_path, f"x = {'1' * 5_000}\n"))


def test_a_file_larger_than_the_cap_is_refused_and_one_at_the_cap_is_read(
    tmp_path: Path,
) -> None:
    line = '[clinic]\nname = "Lakeside"\n'
    padding = "#" * (MAX_SETTINGS_BYTES - len(line) - 1) + "\n"
    assert load_config(write(tmp_path, line + padding)).clinic.name == "Lakeside"
    assert "at most 1 MiB" in refused(write(tmp_path, line + padding + "#"))


def test_an_endless_device_is_refused_without_reading_it() -> None:
    assert "it is a device" in refused(Path("/dev/zero"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "it is a folder" in refused(tmp_path)


@contextmanager
def no_longer_than(seconds: int) -> Iterator[None]:
    """Fails the test rather than let it wait for ever (SIGALRM interrupts a blocking open)."""

    def give_up(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still waiting after {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "kiosk.toml"
    os.mkfifo(fifo)
    with no_longer_than(5):
        assert "it is a named pipe" in refused(fifo)
