"""Numbered lines of a leadership group's minutes read as the list they are, on invented
Swedish minutes (carry-over, sixth session):

* a numbered action under the heading of the meeting's new actions ("NYA ÅTGÄRDER / 17.
  HS kontaktar …") is an item with its number, its subject as owner and the date of its
  sentence, also without an "Ansvarig:" field (:mod:`tracker.extract.numbered_actions`);
* a numbered line wrapped onto the next line ("… för fastighetsbildning och" /
  "rapporterar till FLG.") is no heading (:func:`tracker.extract.sections.open_ended`);
* a status told on a numbered line of the follow-up has the whole line, number and all,
  for its note (:mod:`tracker.extract.mention_passages`);
* "Pågår, klar 31 mars" is going on; "Klar 12 mars" alone is done
  (:func:`tracker.extract.mentions.effect_of`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tests.services.linking_helpers import import_text, plan_text
from tracker.extract import extract
from tracker.extract.mentions import effect_of, label_of
from tracker.extract.passage_layout import line_sections
from tracker.extract.sections import open_ended
from tracker.store import Store

FIRST = """\
Minnesanteckningar – Ledningsgruppen teknik
Datum: 2026-03-02

Deltagare: Olle Berg (OB), Kim Sand (KS), Rut Ek (RE)

1. Ekonomi
Prognosen visar ett litet överskott.
→ Åtgärd 31.

2. Övrigt
Inget.

NYA ÅTGÄRDER
31. KS sammanställer underhållsbehovet för broarna senast 20 mars.
32. RE kontaktar Trafikverket om vägbelysningen vid Norrleden och
rapporterar till ledningsgruppen.
33. OB och RE tar fram en plan för vinterväghållningen till mötet 30 mars.

Nästa möte: 2026-03-16.
"""

SECOND = """\
Minnesanteckningar – Ledningsgruppen teknik
Datum: 2026-03-16

Deltagare: Olle Berg (OB), Kim Sand (KS), Rut Ek (RE)

1. Genomgång av åtgärdslistan
31. Underhållsbehov broar: Klar. KS redovisade sammanställningen; den går till nämnden.
32. Vägbelysning Norrleden: Pågår, klar 31 mars.
33. Vinterväghållning: Till 30 mars enligt plan.

Nästa möte: 2026-03-30.
"""


def test_new_actions_without_fields_are_numbered_items() -> None:
    ext = extract(doc_from_text(FIRST))
    by_no = {c.ref_no: c for c in ext.items if c.ref_no}
    assert set(by_no) == {"31", "32", "33"}
    assert by_no["31"].owner == "KS" and str(by_no["31"].due) == "2026-03-20"
    # The wrapped action keeps both its lines; no date in its sentence, none made up.
    assert by_no["32"].owner == "RE" and by_no["32"].due is None
    assert by_no["32"].text.endswith("rapporterar till ledningsgruppen.")
    # (Initials the attendance list spells out may be written out.)
    assert by_no["33"].owner in ("OB", "Olle Berg") and str(by_no["33"].due) == "2026-03-30"
    # Each action once.
    titles = [c.title for c in ext.items]
    assert len([t for t in titles if "vinterväghållningen" in t]) == 1


def test_numbered_lines_under_another_heading_need_their_fields() -> None:
    # trap: the same lines under "Information" are no decided actions.
    text = FIRST.replace("NYA ÅTGÄRDER", "3. Information")
    ext = extract(doc_from_text(text))
    assert not [c for c in ext.items if "numrerad rad i åtgärdslistan med ansvarig"
                in c.reasons]  # fmt: skip


def test_a_wrapped_numbered_line_is_no_heading() -> None:
    assert open_ended("32. RE kontaktar Trafikverket om vägbelysningen vid Norrleden och")
    assert open_ended("Budget för 2027,")
    assert not open_ended("4. Vägbelysning Norrleden")
    assert not open_ended("5. Frågor från personalen")
    doc = doc_from_text(FIRST)
    sections = line_sections(doc.lines)
    at = next(i for i, ln in enumerate(doc.lines) if ln.text.startswith("32."))
    assert sections[at] == sections[at + 1] == "NYA ÅTGÄRDER"


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("32 | Vägbelysning | Pågår, klar 31 mars.", "update"),
        ("Pågår. Klart 15/4.", "update"),
        ("Kvarstår, klar v. 14", "update"),
        ("Klar 12 mars, rutinen finns i pärmen.", "close"),
        ("Pågick länge, nu klar.", "close"),
    ],
)
def test_a_date_after_klar_following_a_word_of_going_on_is_a_deadline(
    text: str, effect: str
) -> None:
    assert effect_of(text) == effect


def test_the_follow_up_closes_and_updates_the_numbered_items(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    import_text(store, tmp_path, "1.txt", FIRST)
    plan = plan_text(store, tmp_path, "2.txt", SECOND)
    done = {e.match_title: e for e in plan.entries if e.accepted and e.match_id}
    closed = next(e for t, e in done.items() if t and "underhållsbehovet" in t)
    assert closed.action == "close"
    # The note is the whole numbered line, number and all.
    assert closed.candidate.evidence.startswith("31. Underhållsbehov broar: Klar.")
    light = next(e for t, e in done.items() if t and "vägbelysningen" in t)
    assert light.action == "update"  # "Pågår, klar 31 mars": not closed
    assert not [e for e in plan.entries if e.accepted and e.action == "new"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nästa APT: 2026-03-10.", None),
        ("Nästa möte: 2026-02-09 kl. 09.00.", None),
        ("Nästa LG-möte: 3 mars", None),
        ("Lokal för nästa möte: Ekeby bygdegård är bokad.", "Lokal för nästa möte"),
    ],
)
def test_the_next_meeting_is_no_topic_label(text: str, label: str | None) -> None:
    assert label_of(text) == label


def test_the_next_meeting_line_updates_no_item(tmp_path: Path) -> None:
    # trap: "Nästa APT" beside an item "… till nästa APT" is the meeting's own fact.
    head = (
        "APT Förskolan Myran\nAnteckningar {date}\n\nNärvarande: Lena Ek, Sara Holm, Jonas Lind\n\n"
    )
    first = head.format(date="2026-01-13") + (
        "2. Arbetsmiljö\nJonas ser över låset på förrådsdörren till nästa APT.\n\n"
        "Nästa APT: 2026-02-10.\n"
    )
    later = head.format(date="2026-02-10") + (
        "2. Uppföljning från förra APT\nJonas har bytt låset på förrådsdörren. Klart.\n\n"
        "Nästa APT: 2026-03-10.\n"
    )
    store = Store.open(tmp_path / "b.db", backup=False)
    import_text(store, tmp_path, "1.txt", first)
    plan = plan_text(store, tmp_path, "2.txt", later)
    linked = [(e.action, e.candidate.title) for e in plan.entries if e.accepted and e.match_id]
    assert linked == [("close", "Jonas har bytt låset på förrådsdörren")]
