"""``python -m kiosk`` and the ``kiosk`` console script: a staff command, or the kiosk itself.

``python -m kiosk export ...`` (and the other commands in kiosk.cli.COMMANDS) runs the staff
command line, which never imports Qt, so it works over SSH on a kiosk with no display. Anything
else (``--smoke``, ``--kiosk``, no arguments) starts the kiosk; kiosk.app, and with it PySide6,
is imported only then.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk import cli


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if cli.is_cli_command(arguments):
        return cli.main(arguments)
    if arguments[:1] in (["-h"], ["--help"]):
        print(
            f"Staff commands (no display needed): {cli.PROG} "
            f"{{{','.join(sorted(cli.COMMANDS))}}} --help\n"
        )
    from kiosk.app import main as run_kiosk  # noqa: PLC0415 (Qt only for the kiosk itself)

    return run_kiosk(arguments)


if __name__ == "__main__":
    raise SystemExit(main())
