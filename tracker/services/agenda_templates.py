"""Agenda templates: the standing items of a forum's agenda, as editable JSON files.

The program ships one template per forum kind in ``resources/templates/``
(``forvaltningsgrupp.json``, ``namnd.json``, ``apt.json``).  On first use they are copied
to the user's data folder (``tracker.paths.data_dir() / "templates"``); the user edits
those copies (in the agenda dialog or by hand) and a user copy always takes precedence
over the shipped file of the same name.  Deleting a user copy brings the shipped
template back.

A template file is one JSON object::

    {"name": "forvaltningsgrupp", "label": "…", "document_title": "Kallelse och dagordning",
     "numbering": "number" | "paragraph",          # "1." or "§ 1"
     "first_number": 1,                            # optional, the first item's number
     "match": ["förvaltningsgrupp", "fvg", …],     # words in a forum name that pick it
     "header": {"time": "13:00", "place": "", "video_link": "",
                "notify_absence": "…", "questions_deadline_days": 7},
     "items": [{"title": "…", "kind": "standard|balance|carried|adjusters|questions",
                "type": "|beslut|information", "presenter": "", "dnr": "", "note": ""}]}

``kind`` tells the agenda builder what to fill in under the item: the open items
(``balance``), the questions left from the previous meeting (``carried``), the proposed
signatories (``adjusters``) or the deadline for pre-notified questions (``questions``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.errors import InputError, NotFoundError, TrackerError
from tracker.paths import data_dir, resources_dir

#: What the agenda builder fills in under a standing item.
SECTION_KINDS = ("standard", "balance", "carried", "adjusters", "questions")
#: Item type on a nämnd's föredragningslista.
ITEM_TYPES = ("", "beslut", "information")
#: "number" gives "1.", "paragraph" gives "§ 1" (föredragningslista).
NUMBERING = ("number", "paragraph")

DEFAULT_TEMPLATE = "forvaltningsgrupp"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(slots=True)
class TemplateItem:
    """One standing item of an agenda."""

    title: str
    kind: str = "standard"
    type: str = ""
    presenter: str = ""
    dnr: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        # Only the fields that carry something, so hand-edited files stay short.
        out: dict[str, Any] = {"title": self.title}
        if self.kind != "standard":
            out["kind"] = self.kind
        for key in ("type", "presenter", "dnr", "note"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(slots=True)
class TemplateHeader:
    """Default header facts of a kallelse; the agenda builder may override each."""

    time: str = ""
    place: str = ""
    video_link: str = ""
    notify_absence: str = ""
    questions_deadline_days: int | None = 7

    def to_dict(self) -> dict[str, Any]:
        return {
            "time": self.time,
            "place": self.place,
            "video_link": self.video_link,
            "notify_absence": self.notify_absence,
            "questions_deadline_days": self.questions_deadline_days,
        }


@dataclass(slots=True)
class AgendaTemplate:
    """A forum kind's agenda: title, numbering style, header defaults, standing items."""

    name: str
    label: str
    document_title: str = "Kallelse och dagordning"
    numbering: str = "number"
    first_number: int = 1
    match: list[str] = field(default_factory=list)
    header: TemplateHeader = field(default_factory=TemplateHeader)
    items: list[TemplateItem] = field(default_factory=list)
    #: Where it was read from (None for a template built in code).
    source: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "document_title": self.document_title,
            "numbering": self.numbering,
            "first_number": self.first_number,
            "match": list(self.match),
            "header": self.header.to_dict(),
            "items": [it.to_dict() for it in self.items],
        }

    @classmethod
    def from_dict(cls, data: Any, *, source: Path | None = None) -> AgendaTemplate:
        """Validate a parsed JSON object; raise :class:`InputError` (Swedish) when wrong."""
        where = f" ({source})" if source else ""

        def fail(what: str) -> InputError:
            return InputError(
                f"Dagordningsmallen{where} är felaktig: {what}. Rätta filen, eller ta bort "
                "den så används programmets standardmall.",
                path=str(source) if source else None,
            )

        if not isinstance(data, dict):
            raise fail("filen ska innehålla ett JSON-objekt")
        name = str(data.get("name") or (source.stem if source else "")).strip()
        if not _NAME_RE.match(name):
            raise fail(f"ogiltigt mallnamn {name!r} (små bokstäver a–z, siffror, - och _)")
        numbering = data.get("numbering", "number")
        if numbering not in NUMBERING:
            raise fail(f"numbering ska vara \"number\" eller \"paragraph\", inte {numbering!r}")
        first_number = data.get("first_number", 1)
        if not isinstance(first_number, int) or first_number < 0:
            raise fail("first_number ska vara ett heltal ≥ 0")
        raw_items = data.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise fail("listan items (dagordningens punkter) saknas eller är tom")
        items: list[TemplateItem] = []
        for n, raw in enumerate(raw_items, 1):
            if isinstance(raw, str):
                raw = {"title": raw}
            if not isinstance(raw, dict) or not str(raw.get("title") or "").strip():
                raise fail(f"punkt {n} saknar rubrik (title)")
            kind = raw.get("kind", "standard") or "standard"
            if kind not in SECTION_KINDS:
                raise fail(f"punkt {n} har okänd kind {kind!r}")
            item_type = raw.get("type", "") or ""
            if item_type not in ITEM_TYPES:
                raise fail(f"punkt {n} har okänd type {item_type!r} (beslut/information)")
            items.append(
                TemplateItem(
                    title=str(raw["title"]).strip(),
                    kind=kind,
                    type=item_type,
                    presenter=str(raw.get("presenter") or "").strip(),
                    dnr=str(raw.get("dnr") or "").strip(),
                    note=str(raw.get("note") or "").strip(),
                )
            )
        raw_header = data.get("header") or {}
        if not isinstance(raw_header, dict):
            raise fail("header ska vara ett JSON-objekt")
        days = raw_header.get("questions_deadline_days", 7)
        if days is not None and (not isinstance(days, int) or days < 0):
            raise fail("questions_deadline_days ska vara ett heltal ≥ 0 eller null")
        header = TemplateHeader(
            time=str(raw_header.get("time") or "").strip(),
            place=str(raw_header.get("place") or "").strip(),
            video_link=str(raw_header.get("video_link") or "").strip(),
            notify_absence=str(raw_header.get("notify_absence") or "").strip(),
            questions_deadline_days=days,
        )
        match = data.get("match") or []
        if not isinstance(match, list):
            raise fail("match ska vara en lista med ord")
        return cls(
            name=name,
            label=str(data.get("label") or name).strip(),
            document_title=str(data.get("document_title") or "Kallelse och dagordning").strip(),
            numbering=numbering,
            first_number=first_number,
            match=[str(m).strip().lower() for m in match if str(m).strip()],
            header=header,
            items=items,
            source=source,
        )


def shipped_dir() -> Path:
    return resources_dir() / "templates"


def user_dir() -> Path:
    return data_dir() / "templates"


def ensure_user_templates() -> Path | None:
    """Copy shipped templates the user does not have yet into the user's folder.

    Existing user copies are never overwritten.  Returns the user folder, or None when
    it cannot be written (read-only profile): the shipped templates are then used.
    """
    target = user_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        for src in sorted(shipped_dir().glob("*.json")):
            dest = target / src.name
            if not dest.exists():
                shutil.copyfile(src, dest)
    except OSError:
        return None
    return target


def _read(path: Path) -> AgendaTemplate:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(
            f"Dagordningsmallen {path} kan inte läsas ({exc.strerror or exc}).", path=str(path)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"Dagordningsmallen {path} är inte giltig JSON ({exc}). Rätta filen, eller ta "
            "bort den så används programmets standardmall.",
            path=str(path),
        ) from exc
    return AgendaTemplate.from_dict(data, source=path)


def _template_paths() -> dict[str, Path]:
    """Template name → file, user copies over shipped files."""
    ensure_user_templates()
    paths: dict[str, Path] = {}
    for folder in (shipped_dir(), user_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                paths[path.stem] = path
    return paths


def template_names() -> list[str]:
    return sorted(_template_paths())


def list_templates() -> list[AgendaTemplate]:
    """All readable templates (a broken user file is skipped here; load_template reports it)."""
    out = []
    for path in _template_paths().values():
        try:
            out.append(_read(path))
        except TrackerError:
            continue
    return out


def load_template(name: str) -> AgendaTemplate:
    """The template called ``name`` (user copy first). NotFoundError/InputError in Swedish."""
    key = name.strip().lower().removesuffix(".json")
    paths = _template_paths()
    path = paths.get(key)
    if path is None:
        known = ", ".join(sorted(paths)) or "inga"
        raise NotFoundError(f"Dagordningsmallen {name!r} finns inte. Tillgängliga mallar: {known}.")
    return _read(path)


def save_template(template: AgendaTemplate) -> Path:
    """Write the template as the user's copy (atomically: a crash never leaves half a file)."""
    if not _NAME_RE.match(template.name):
        raise InputError(
            f"Ogiltigt mallnamn {template.name!r} (små bokstäver a–z, siffror, - och _)."
        )
    folder = user_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(template.to_dict(), ensure_ascii=False, indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=f".{template.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            dest = folder / f"{template.name}.json"
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise TrackerError(
            f"Dagordningsmallen kunde inte sparas i {folder} ({exc.strerror or exc}). "
            "Kontrollera att mappen går att skriva i."
        ) from exc
    template.source = dest
    return dest


def reset_template(name: str) -> AgendaTemplate:
    """Replace the user's copy with the shipped template again and return it."""
    shipped = shipped_dir() / f"{name}.json"
    if not shipped.is_file():
        raise NotFoundError(f"Det finns ingen standardmall som heter {name!r}.")
    try:
        (user_dir() / shipped.name).unlink(missing_ok=True)
    except OSError as exc:
        raise TrackerError(
            f"Den egna mallen kunde inte tas bort ({exc.strerror or exc})."
        ) from exc
    ensure_user_templates()
    return load_template(name)


def template_for_body(body: str | None) -> str:
    """Pick the template whose match words best fit a forum's name.

    The longest matching word wins, so "Samverkansgrupp APT" style names go to the more
    specific template; no match gives the förvaltningsgrupp template.
    """
    name = (body or "").lower()
    words = set(re.findall(r"\w+", name))
    best, best_len = DEFAULT_TEMPLATE, 0
    for tpl in list_templates():
        for word in tpl.match:
            # Short abbreviations (fvg, apt) must be whole words; longer stems may be
            # part of a compound ("socialnämnden" contains "nämnd").
            hit = word in words if len(word) <= 4 else word in name
            if hit and len(word) > best_len:
                best, best_len = tpl.name, len(word)
    return best
