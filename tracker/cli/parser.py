"""A Swedish ``argparse``: the command line's own messages ("usage", "error", "the
following arguments are required" …) in Swedish like everything else the program says,
with a hint for the two traps of values that start with "-":

- a file name: ``tracker extract -- -protokoll.txt`` (everything after ``--`` is a
  file name or value, never an option);
- an option's value: ``tracker edit 5 --title=-x`` (with "=", the value is taken as is).

argparse builds its messages with ``gettext`` but ships no Swedish catalogue, and
installing one would change every other argparse user in the process; so the messages
are translated here, by pattern, where they leave the parser (``error`` and the help).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: argparse's English message → Swedish (Python 3.11–3.13 wording).  Unknown messages
#: pass through unchanged rather than being lost.
_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.*)"), r"dessa argument saknas: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"okända argument: \1"),
    (re.compile(r"argument (.+?): expected one argument"), r"argumentet \1 behöver ett värde"),
    (re.compile(r"argument (.+?): expected at least one argument"),
     r"argumentet \1 behöver minst ett värde"),
    (re.compile(r"argument (.+?): expected (\d+) arguments?"), r"argumentet \1 behöver \2 värden"),
    (re.compile(r"argument (.+?): ignored explicit argument (.*)"),
     r"argumentet \1 tar inget värde (fick \2)"),
    (re.compile(r"argument (.+?): invalid choice: (.+?) \(choose from (.*)\)"),
     r"argumentet \1: ogiltigt val \2 (välj bland \3)"),
    (re.compile(r"argument (.+?): invalid int value: (.*)"),
     r"argumentet \1: \2 är inget heltal"),
    (re.compile(r"argument (.+?): invalid (\w+) value: (.*)"),
     r"argumentet \1: ogiltigt värde \3"),
    (re.compile(r"argument (.+?): not allowed with argument (.*)"),
     r"argumentet \1 kan inte kombineras med \2"),
    (re.compile(r"one of the arguments (.*) is required"), r"ett av argumenten \1 krävs"),
    (re.compile(r"ambiguous option: (.+?) could match (.*)"),
     r"flaggan \1 är tvetydig: den kan betyda \2"),
]

#: Headings and standard help texts of argparse's help output.
_HELP_WORDS = [
    ("usage: ", "Användning: "),
    ("positional arguments:", "Argument:"),
    ("optional arguments:", "Flaggor:"),
    ("options:", "Flaggor:"),
    ("show this help message and exit", "visa den här hjälpen och avsluta"),
    ("show program's version number and exit", "visa programmets version och avsluta"),
]


def count_text(n: int, one: str = "punkt", many: str = "punkter") -> str:
    """ "1 punkt", "2 punkter" (never "1 punkter")."""
    return f"{n} {one if n == 1 else many}"


def translate(message: str) -> str:
    """argparse's English error message in Swedish (unknown ones unchanged)."""
    for pattern, swedish in _MESSAGES:
        if pattern.fullmatch(message):
            return pattern.sub(swedish, message)
    return message


def _hint(message: str, argv: list[str]) -> str:
    """A hint for a value or file name that starts with "-", when that is the likely
    cause of the error."""
    if re.fullmatch(r"argument (--?[\w-]+).*: expected (one|at least one|\d+) arguments?", message):
        options = message.split()[1].rstrip(":").split("/")
        option = options[-1]
        value = "-x"
        for i, arg in enumerate(argv[:-1]):
            if arg in options and argv[i + 1].startswith("-"):
                option, value = arg, argv[i + 1]
        return (f"Börjar värdet med -? Skriv det med likhetstecken, så läses det som värde: "
                f"{option}={value}")
    dashed = [a for a in argv if a.startswith("-") and a != "-" and not a.startswith("--")]
    if message.startswith(("unrecognized arguments", "the following arguments are required")) and (
        dashed or "unrecognized arguments: -" in message
    ):
        return ("Ett filnamn eller värde som börjar med - skrivs efter --, t.ex. "
                "tracker extract -- -protokoll.txt.")
    return ""


class SwedishArgumentParser(argparse.ArgumentParser):
    """``ArgumentParser`` with Swedish messages and help headings.  Subcommand parsers
    are of the same class (argparse makes them with ``type(self)``)."""

    def format_usage(self) -> str:
        return _swedish_help(super().format_usage())

    def format_help(self) -> str:
        return _swedish_help(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = f"{self.prog}: fel: {translate(message)}\n"
        hint = _hint(message, getattr(self, "_seen", None) or sys.argv[1:])
        if hint:
            text += f"{hint}\n"
        self.exit(2, text)

    def parse_known_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        # Kept for the hint in error(): which arguments this parser was given.
        self._seen = list(args) if args is not None else sys.argv[1:]
        return super().parse_known_args(args, namespace)


def _swedish_help(text: str) -> str:
    for english, swedish in _HELP_WORDS:
        text = text.replace(english, swedish)
    return text
