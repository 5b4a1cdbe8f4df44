"""kiosk.qrc lists every file under resources/, and the compiled module matches it."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT
from tools.update_resources import COMPILED, QRC, qrc_text, rcc_command, resource_files


def test_qrc_lists_every_file_under_resources() -> None:
    listed = sorted(element.attrib["alias"] for element in ET.parse(QRC).getroot().iter("file"))
    assert listed == resource_files()
    assert QRC.read_text(encoding="utf-8") == qrc_text(resource_files())


def test_every_listed_file_exists_under_its_alias() -> None:
    for element in ET.parse(QRC).getroot().iter("file"):
        assert element.text == f"resources/{element.attrib['alias']}"
        assert (ROOT / element.text).is_file()


def test_compiled_resources_are_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "resources_rc.py"
    subprocess.run(rcc_command(QRC, fresh), check=True, cwd=ROOT, capture_output=True)
    assert fresh.read_bytes() == COMPILED.read_bytes(), "run 'make resources' and commit"
