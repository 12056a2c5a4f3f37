"""Builders for extractions and candidates used by the store, services and CLI tests
(so they do not depend on the extractor's exact output)."""

from __future__ import annotations

import datetime as dt
import hashlib

from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting

FVG = "Förvaltningsgruppen"


def extraction(
    name: str,
    items: list[Candidate],
    *,
    date: dt.date | None = dt.date(2024, 3, 12),
    body: str | None = FVG,
    next_meeting: dt.date | None = None,
) -> Extraction:
    """An extraction of a document called ``name`` (its sha256 derives from the name)."""
    sha = hashlib.sha256(name.encode()).hexdigest()
    return Extraction(
        document=DocumentInfo(file=name, sha256=sha, format="txt", pages=3, kind="minutes"),
        meeting=Meeting(
            body=body,
            organisation="Hägersten-Älvsjö stadsdelsförvaltning",
            date=date,
            time="13:00",
            place="Mötesrum Paddan",
            next_meeting=next_meeting,
        ),
        items=items,
    )


def cand(title: str, text: str = "", **kw: object) -> Candidate:
    kw.setdefault("kind", "carried_over")
    return Candidate(title=title, text=text or title, evidence=text or title, **kw)  # type: ignore[arg-type]


def march_items() -> list[Candidate]:
    """Three items as the March minutes of the FVG might give them."""
    return [
        cand(
            "Arbetsgruppen för handlingsplanen",
            "SSR frågar när de fackliga representanterna bjuds in till samarbete kring "
            "planering av aktiviteter i handlingsplanen för en hållbar arbetssituation. "
            "Frågan lämnas som kvarstående till kommande förvaltningsgrupp.",
            owner="Arbetsgivaren",
            raised_by="SSR",
            due=dt.date(2024, 4, 9),
            page=4,
            line=12,
            section="10. Föranmälda frågor",
        ),
        cand(
            "Enhetssamverkan på familjerätten",
            "Vision är inte redo att starta enhetssamverkan på familjerätten, men i april-maj.",
            kind="follow_up",
            owner="Vision",
            due=dt.date(2024, 5, 31),
            due_text="i april-maj",
            due_precision="months",
            page=3,
            line=15,
        ),
        cand(
            "Skyddsronder: längre tid",
            "Kommunal vill att det avsätts lite längre tid för varje skyddsrond. Frågan förs "
            "till SVG.",
            kind="referred",
            owner="SVG",
            page=3,
            line=27,
        ),
    ]


def april_items() -> list[Candidate]:
    """The April minutes: close the first, re-date the second, two new ones."""
    return [
        cand(
            "Handlingsplanen – arbetsgruppen",
            "SSR:s fråga om när de fackliga representanterna bjuds in till samarbete kring "
            "planering av aktiviteter kopplade till handlingsplanen. Frågan avslutas.",
            kind="closing",
            status="done",
        ),
        cand(
            "Enhetssamverkan på familjerätten",
            "Vision har ännu inte haft möjlighet att utse ombud till familjerätten. Vision "
            "återkommer i september.",
            kind="awaiting_reply",
            owner="Vision",
            due=dt.date(2024, 9, 30),
            due_text="i september",
            due_precision="month",
        ),
        cand(
            "Schemaläggningen i hemtjänsten under sommaren",
            "Kommunal frågar hur schemaläggningen i hemtjänsten ska gå till under sommaren. "
            "Arbetsgivaren återkommer med svar till nästa förvaltningsgrupp.",
            kind="awaiting_reply",
            owner="Arbetsgivaren",
            raised_by="Kommunal",
            due=dt.date(2024, 5, 14),
        ),
        cand(
            "Ventilationsmätning på Telefonplan",
            "Arbetsgivaren ger fastighetsansvarig i uppdrag att beställa en "
            "ventilationsmätning och redovisa resultatet senast den 31 maj.",
            kind="assignment",
            owner="Fastighetsansvarig",
            raised_by="Vision",
            due=dt.date(2024, 5, 31),
        ),
    ]
