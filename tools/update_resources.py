"""Regenerates kiosk.qrc from the files under resources/ and compiles it to kiosk/resources_rc.py.

Run through `make resources` after adding, removing or editing anything under resources/.
tests/unit/test_resources.py fails when either output is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
QRC = ROOT / "kiosk.qrc"
COMPILED = ROOT / "kiosk" / "resources_rc.py"
# Format version 1 stores no file times, so a fresh clone compiles to the same bytes.
RCC_ARGS = ["--format-version", "1", "--compress-algo", "zlib"]


# Translation sources stay out of the app: only their compiled .qm files are loaded.
SOURCE_ONLY = (".ts",)


def resource_files(root: Path = RESOURCES) -> list[str]:
    """Paths under resources/, relative to it, sorted; editor litter and sources skipped."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file()
        and not path.name.startswith(".")
        and not path.name.endswith("~")
        and path.suffix not in SOURCE_ONLY
    )


def qrc_text(files: list[str]) -> str:
    lines = ["<!DOCTYPE RCC>", '<RCC version="1.0">', '  <qresource prefix="/">']
    lines += [f'    <file alias="{escape(name)}">resources/{escape(name)}</file>' for name in files]
    lines += ["  </qresource>", "</RCC>", ""]
    return "\n".join(lines)


def rcc_command(qrc: Path, output: Path) -> list[str]:
    rcc = shutil.which("pyside6-rcc", path=str(Path(sys.executable).parent)) or "pyside6-rcc"
    return [rcc, *RCC_ARGS, str(qrc), "-o", str(output)]


def main() -> int:
    QRC.write_text(qrc_text(resource_files()), encoding="utf-8")
    subprocess.run(rcc_command(QRC, COMPILED), check=True, cwd=ROOT)
    print(f"wrote {QRC.name} and {COMPILED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
