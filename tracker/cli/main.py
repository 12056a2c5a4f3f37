"""Entry point of the ``tracker`` command: global options, sub-command registry, and
the one place where errors become messages and exit codes (never a traceback)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from tracker import __version__
from tracker.cli.parser import SwedishArgumentParser
from tracker.errors import TrackerError

#: Sub-command modules; each has ``register(subparsers)`` that adds its parsers and sets
#: ``func(args) -> int`` as the handler.
COMMAND_MODULES = (
    "tracker.cli.extract_cmd",
    "tracker.cli.items_cmd",
    "tracker.cli.agenda_cmd",
    "tracker.cli.store_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = SwedishArgumentParser(
        prog="tracker",
        description=(
            "Balanslistan – håller balanslistan (öppna frågor och uppdrag) från protokoll, "
            "minnesanteckningar och verksamhetsuppföljningar. Utan underkommando öppnas "
            "programfönstret."
        ),
    )
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="SÖKVÄG",
        help="databasfil (standard: $TRACKER_DB eller balanslista.db i användarens datamapp)",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _open_gui(args)
        return int(args.func(args) or 0)
    except TrackerError as exc:
        print(f"Fel: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _open_gui(args: argparse.Namespace) -> int:
    try:
        from tracker.gui.app import run_app
    except ImportError as exc:
        print(
            "Programfönstret kan inte startas: Qt-biblioteken saknas eller är ofullständiga "
            f"({exc}). Installera om programmet enligt README (scripts/install).",
            file=sys.stderr,
        )
        return 1
    return run_app(db=args.db)


if __name__ == "__main__":
    sys.exit(main())
