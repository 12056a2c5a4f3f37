"""The reader interface and the dispatch from a file to its reader.

A reader is a module with ``SUFFIXES`` and ``read(path) -> (pages, lines)``: the page
count and the cleaned lines.  The format is decided by the file's content (magic bytes),
not only by its name, so random bytes named ``.pdf`` get a clear message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from tracker.domain import Document, FileMeta, Line
from tracker.errors import InputError

#: Files above this size are refused before reading (a secretary's documents are far
#: smaller; a bigger file is almost certainly the wrong one).
MAX_FILE_BYTES = 100 * 1024 * 1024

#: ``progress(done, total)``: pages read by OCR so far, of how many.
ProgressFn = Callable[[int, int], None]


def _readers() -> dict[str, ModuleType]:
    # Imported lazily so that ``tracker --help`` does not pay for pdfium/docx imports.
    from tracker.ingest import docx_reader, pdf_reader, txt_reader

    return {"pdf": pdf_reader, "docx": docx_reader, "txt": txt_reader}


def supported_suffixes() -> tuple[str, ...]:
    return (".pdf", ".docx", ".txt", ".text", ".md")


def sniff_format(path: Path, head: bytes) -> str:
    """Decide the format from the first bytes, falling back to the suffix for text."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ".docm", ".dotx", ""):
            return "docx"
        raise InputError(
            f"Filen {path.name} är ett zip-arkiv men inte ett Word-dokument (.docx). "
            "Spara dokumentet som .docx, PDF eller text och importera igen.",
            path=str(path),
        )
    if head.startswith(b"\xd0\xcf\x11\xe0") and suffix in (".docx", ".docm", ".dotx"):
        # Word saves a password-protected .docx inside an OLE container, not a zip.
        raise InputError(
            f"Word-dokumentet {path.name} är lösenordsskyddat (krypterat) och kan inte "
            "läsas. Be avsändaren om en kopia utan lösenord, eller ta bort lösenordet i "
            "Word (Arkiv > Info > Skydda dokument) och spara igen.",
            path=str(path),
        )
    if suffix == ".pdf":
        raise InputError(
            f"Filen {path.name} heter .pdf men är ingen PDF-fil (den kan vara skadad eller "
            "av en annan typ). Öppna den i en PDF-läsare och spara en ny kopia, eller be "
            "avsändaren om en ny fil.",
            path=str(path),
        )
    if suffix in (".docx", ".docm", ".dotx"):
        raise InputError(
            f"Filen {path.name} heter .docx men är inget giltigt Word-dokument (den kan vara "
            "skadad). Öppna den i Word och spara den igen som .docx, eller spara som PDF.",
            path=str(path),
        )
    if suffix == ".doc" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"Filen {path.name} är i det gamla Word-formatet (.doc), som inte kan läsas. "
            "Öppna den i Word och spara som .docx eller PDF.",
            path=str(path),
        )
    if suffix in supported_suffixes() or suffix == "":
        return "txt"
    raise InputError(
        f"Filtypen {suffix or '(ingen)'} för {path.name} kan inte importeras. "
        "Programmet läser PDF, Word (.docx) och textfiler (.txt).",
        path=str(path),
    )


def read_document(path: str | Path, progress: ProgressFn | None = None) -> Document:
    """Read any supported file into a :class:`Document` or raise :class:`InputError`.

    ``progress(done, total)`` reports the pages of a scanned PDF as text recognition
    (OCR) reads them; other documents never call it."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"Filen {path} finns inte. Kontrollera sökvägen.", path=str(path))
    if path.is_dir():
        raise InputError(f"{path} är en mapp, inte en fil. Välj en fil.", path=str(path))
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError(
                f"Filen {path.name} är tom (0 byte). Kontrollera att rätt fil valdes och "
                "att den sparades färdigt.",
                path=str(path),
            )
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"Filen {path.name} är för stor ({size / 1024 / 1024:.0f} MB; högst "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB). Dela upp dokumentet eller spara "
                "det utan inbäddade bilder.",
                path=str(path),
            )
        with path.open("rb") as fh:
            head = fh.read(4096)
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except PermissionError as exc:
        raise InputError(
            f"Filen {path.name} kan inte läsas: behörighet saknas. Kopiera filen till en "
            "mapp där du har läsrätt, eller be IT om behörighet.",
            path=str(path),
        ) from exc
    except OSError as exc:
        raise InputError(
            f"Filen {path.name} kan inte läsas ({exc.strerror or exc}). "
            "Kontrollera att den inte är öppen i ett annat program och försök igen.",
            path=str(path),
        ) from exc

    fmt = sniff_format(path, head)
    reader = _readers()[fmt]
    furniture: list[Line] = []
    meta: list[FileMeta] = []  # the file's own dates and title (PDF, DOCX)
    if fmt == "pdf":
        pages, lines = reader.read(path, furniture, progress=progress, meta=meta)
    elif fmt == "docx":
        pages, lines = reader.read(path, furniture, meta=meta)
    else:
        pages, lines = reader.read(path, furniture)
    if not any(ln.text.strip() for ln in lines):
        raise InputError(f"Dokumentet {path.name} innehåller ingen text att läsa.", path=str(path))
    ocr_pages = sorted({ln.page for ln in (*lines, *furniture) if ln.ocr})
    return Document(path=path, sha256=digest.hexdigest(), format=fmt, pages=pages, lines=lines,
                    furniture=furniture, ocr_pages=ocr_pages, metadata=(meta or [None])[0])
