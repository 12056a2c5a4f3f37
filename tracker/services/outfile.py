"""Writing the files a secretary hands on: exports (CSV, XLSX, ICS), agendas and
printed lists.  One place for what every such file needs:

- **Complete or not at all.**  The file is written to a temporary file beside its
  target and renamed over it when complete; the temporary file is removed on every
  failure, whatever the exception.
- **Through links, never over devices.**  A symbolic link at ``--out`` is followed
  and its target replaced (the link stays a link).  A device, FIFO or socket is
  refused: renaming over ``/dev/full`` would replace the device node itself (as root).
- **Readable by colleagues.**  The file gets the permissions the user's umask gives
  new files (usually 0644/0664), like any program's output, so a colleague on the
  shared drive can open the Excel file.  Only the database and its backups are
  private (0600; ``tracker.store``).
- **No formulas in cells.**  A text cell that Excel or LibreOffice would run as a
  formula ("=HYPERLINK(…)", "+1", "@SUM(…)", "-2+3", a DDE "-cmd|…") is kept as text;
  :func:`formula_safe` is used by every CSV writer, :func:`looks_like_formula` by the
  XLSX one.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from tracker.errors import TrackerError

# --- formula guard ----------------------------------------------------------------------

#: After a leading "-", what makes the cell a formula rather than text: a number or an
#: operator ("-2+3"), a parenthesis, a cell reference ("-A1", "-$B$2") or anything with a
#: function call, a sheet reference or a DDE pipe somewhere ("-x+cmd|' /C calc'!A0").
#: A dash and a word ("- punkt", "-x") is an ordinary bullet or word: left readable.
_MINUS_FORMULA = re.compile(
    r"-\s*(?:[\d(=+\-@$.,'\"]|\$?[A-Za-z]{1,3}\$?\d)"  # "-2+3", "-(", "-A1"
    r"|-.*?(?:\||![$A-Za-z]|[A-Za-z_][\w.]*\()",  # DDE pipe, "Blad1!A1", "SUM("
    re.DOTALL,
)


def looks_like_formula(text: str) -> bool:
    """Would a spreadsheet read this cell as a formula (or DDE command)?

    "=", "+", "@" and a tab or carriage return at the start always count (Excel strips
    the latter two and reads what follows); "-" only when a formula follows it."""
    if not text:
        return False
    first = text[0]
    if first in "=+@\t\r\n":
        return True
    return first == "-" and bool(_MINUS_FORMULA.match(text))


def formula_safe(text: str) -> str:
    """A CSV cell that stays text: a formula-like value gets a leading apostrophe,
    which Excel and LibreOffice read as "this is text"."""
    return "'" + text if looks_like_formula(text) else text


# --- writing ------------------------------------------------------------------------------


def _cannot_write(path: Path, exc: OSError) -> TrackerError:
    if isinstance(exc, PermissionError):
        return TrackerError(
            f"Filen {path} kan inte skrivas: den är öppen i ett annat program (t.ex. Excel "
            "eller Word) eller så saknas skrivrätt. Stäng filen, eller välj en annan plats, "
            "och försök igen."
        )
    return TrackerError(
        f"Filen {path} kan inte skrivas ({exc.strerror or exc}). Välj en annan plats "
        "eller stäng filen om den är öppen i ett annat program."
    )


def target_path(path: str | Path) -> Path:
    """Where the file should really go: a symbolic link is followed to its target; a
    folder, device, FIFO or socket is refused with a Swedish message."""
    path = Path(path)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        st = real.stat()
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise TrackerError(
            f"Filen {path} kan inte skrivas: det är en mapp. Ange ett filnamn i mappen, "
            f"t.ex. {path / 'balanslista'} med filändelse."
        )
    if not stat.S_ISREG(st.st_mode):
        raise TrackerError(
            f"Filen {path} kan inte skrivas: det är ingen vanlig fil utan en enhet, en "
            "pipe eller en socket, och den ersätts inte. Ange ett vanligt filnamn, t.ex. "
            "balanslista.xlsx."
        )
    return real


def create_temp_beside(target: Path, suffix: str = "") -> Path:
    """Create an empty temporary file in ``target``'s folder, with the permissions the
    umask gives (mode 0666 before the umask, as any new file; ``mkstemp`` would make it
    0600 and the finished export unreadable to colleagues)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}{suffix}"
        try:
            os.close(os.open(tmp, flags, 0o666))
        except FileExistsError:
            continue
        return tmp
    raise FileExistsError(f"no free temporary name beside {target}")


def write_atomically(
    path: str | Path,
    write: Callable[[Path], object],
    *,
    suffix: str = "",
    error: Callable[[Path, OSError], TrackerError] = _cannot_write,
) -> Path:
    """Call ``write(tmp)`` to fill a temporary file, then move it over ``path`` (or over
    the target of a link at ``path``).  Returns the path written.  On any failure the
    temporary file is removed and ``path`` is left as it was; an ``OSError`` becomes a
    :class:`TrackerError` with a Swedish message (``error``)."""
    path = Path(path)
    target = target_path(path)
    try:
        tmp = create_temp_beside(target, suffix)
    except OSError as exc:
        raise error(path, exc) from None
    try:
        write(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise error(path, exc) from None
    finally:
        # After a successful rename there is nothing left to remove.
        tmp.unlink(missing_ok=True)
    return target
