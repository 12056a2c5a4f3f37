"""The general mechanisms of the carry-over linker, one at a time, on invented Swedish
minutes: decisions that close, deadline fields that do not, § titles as topic labels,
abbreviations and compound heads, one paragraph made into two items, and numbered
action lines written as prose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.domain import Candidate
from tracker.extract import extract
from tracker.extract.mentions import done_subject, effect_of
from tracker.ingest import read_document
from tracker.services import balance, link_words
from tracker.store import Store


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Nämnden beviljar bygglov för carporten med villkor.", "decide"),
        ("Nämnden beviljar förvaltningen anstånd till oktober.", None),
        ("Nämnden beslutar att bryggan rivs under hösten.", "decide"),
        ("Nämnden beslutar att ge förvaltningen i uppdrag att utreda saken.", None),
        ("Nämnden beslutar att återremittera ärendet.", None),
        # A deadline field is no "klart".
        ("Gör en ny skyltplan. Ansvarig: Lena Berg. Klart: 2025-05-30.", "update"),
        ("Klart: v. 40", "update"),
        ("Skyltplanen är klar.", "close"),
    ],
)
def test_decisions_close_and_deadline_fields_do_not(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


def test_abbreviations_and_compound_heads() -> None:
    # Initials of a compound, written in capitals.
    assert link_words.words("Sopor MBT: klart") == ["sopor", "MBT"]
    assert link_words.similar("MBT", "miljöbyggnadstekniken")
    assert not link_words.similar("MBT", "mobiltelefonen")
    assert not link_words.similar("SAM", "samverkansavtalet")  # letters side by side
    assert not link_words.similar("ABC", "XYZ")
    # The head of a compound, definite and plural endings aside.
    assert link_words.similar("schema", "sommarschemat")
    assert link_words.similar("tvättstugan", "personaltvättstugorna")
    assert link_words.similar("ronder", "brandronderna")
    assert not link_words.similar("stugan", "personaltvättstugorna")  # no head, a fragment
    assert not link_words.similar("lokalerna", "lönerna")


BN_1 = """Byggnadsnämnden
Protokoll från sammanträde 2025-02-10

§ 5 Ansökan om bygglov för ett växthus, Ekudden 3:1
Dnr BN 2025/14
Beslut
Ärendet bordläggs till nästa sammanträde i avvaktan på grannehöranden.

§ 6 Sophanteringen vid Ekuddens småbåtshamn
Dnr BN 2025/20
Beslut
Förvaltningen återkommer med en kostnadsberäkning för ett nytt miljöhus till nästa sammanträde.
"""
BN_2 = """Byggnadsnämnden
Protokoll från sammanträde 2025-03-10

§ 12 Bygglov för växthus på Ekudden 3:1
Dnr BN 2025/14
Grannarna har hörts och har inget att invända.
Beslut
Nämnden beviljar bygglov med villkor om färgsättning.

§ 13 Miljöhus vid småbåtshamnen
Dnr BN 2025/20
Kostnadsberäkningen redovisades.
Beslut
Nämnden beslutar att miljöhuset byggs under våren.

§ 14 Båtuppläggning på Ekuddens strand
Dnr BN 2025/31
Beslut
Förvaltningen får i uppdrag att ta fram regler för vinterförvaring och redovisa dem i maj.
"""


def test_a_granted_application_and_a_decided_matter_close(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", BN_1)
    dnrs = {store.get_item(i).dnr: i for i in first.created}
    assert set(dnrs) == {"BN 2025/14", "BN 2025/20"}
    second = import_text(store, tmp_path, "2.txt", BN_2)
    assert sorted(second.closed) == sorted(dnrs.values())
    # The new ärende is a new item, known by its § title although the extractor
    # titled it by the assignment.
    [new] = second.created
    item = store.get_item(new)
    assert item.dnr == "BN 2025/31"
    plan = plan_text(store, tmp_path, "3.txt", BN_2.replace("2025-03-10", "2025-03-11"))
    assert plan.already_imported is False
    [entry] = [e for e in plan.entries if e.candidate.dnr == "BN 2025/31"]
    assert entry.candidate.label == "Båtuppläggning på Ekuddens strand"


def test_a_procedure_title_is_no_topic_label(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "Kommunstyrelsen\nProtokoll 2025-04-01\n\n§ 3 Meddelanden\n"
        "Kommunstyrelsen ger kommundirektören i uppdrag att svara Länsstyrelsen senast "
        "2025-05-01.\n", "utf-8",
    )  # fmt: skip
    ext = extract(read_document(path))
    found = [*ext.items, *ext.possible]
    assert found and all(c.label is None for c in found)


SKK_1 = """Minnesanteckningar skyddskommittén, Fritidsförvaltningen
Datum: 2025-02-05

Närvarande: Arbetsgivaren: Mona Ek (ordförande), Jonas Lind (driftchef); Kommunal: Pia Holm

3. Arbetsmiljö
Pia Holm har begärt en luftmätning i simhallens maskinrum eftersom personalen får huvudvärk. Arbetsgivaren beställer mätningen av företagshälsovården och återkommer med resultatet senast 31 mars. Vid ronden i sporthallen saknades brandfiltar i två förråd. Jonas Lind köper in brandfiltar till nästa möte.
"""  # noqa: E501
SKK_2 = """Minnesanteckningar skyddskommittén, Fritidsförvaltningen
Datum: 2025-04-02

Närvarande: Arbetsgivaren: Mona Ek (ordförande), Jonas Lind (driftchef); Kommunal: Pia Holm

2. Uppföljning från föregående möte
Luftmätning maskinrummet: Mätningen gjordes i mars och visade godkända värden. Frågan avslutas.
"""


def test_two_items_of_one_paragraph_are_told_apart_by_their_own_sentences(
    store: Store, tmp_path: Path
) -> None:
    first = import_text(store, tmp_path, "1.txt", SKK_1)
    by_title = {store.get_item(i).title: i for i in first.created}
    measure = next(i for t, i in by_title.items() if "mätningen" in t)
    plan = plan_text(store, tmp_path, "2.txt", SKK_2)
    [close] = [e for e in plan.entries if e.action == "close"]
    assert close.match_id == measure and close.accepted
    others = [o for o in close.options if o[0] != measure]
    assert all("samma stycke" in o[3] for o in others)


def test_an_abbreviated_label_finds_its_item(store: Store) -> None:
    from tests.services.helpers import extraction

    target = balance.add_item(
        store, title="Driftchefen ser över rutinen mot halka vid miljöbyggnadstekniken",
        body="Förvaltningsgruppen",
    ).id  # fmt: skip
    balance.add_item(store, title="Rutin för nyckelkvittens", body="Förvaltningsgruppen")
    row = Candidate(title="Halka MBT: kvarstår", text="Halka MBT: kvarstår till nästa möte.",
                    kind="carried_over", label="Halka MBT",
                    evidence="Halka MBT: kvarstår till nästa möte.")  # fmt: skip
    plan = balance.plan_import(store, extraction("x.txt", [row]))
    [entry] = plan.entries
    assert entry.match_id == target and entry.action == "update" and entry.accepted
    assert "MBT~miljöbyggnadstekniken" in entry.reason


LG_1 = """Minnesanteckningar
Ledningsgruppen, Kulturförvaltningen
Datum: 2025-01-13

Närvarande: Stina Berg (förvaltningschef), Omar Ali (bibliotekschef), Eva Lund (controller)

4. Åtgärdslista
21 (Meröppet bibliotek): Ta fram en tidplan för meröppet i Vallby. Ansvarig: Omar Ali. Klart: 2025-02-28.
22 (Lokalhyror): Stäm av hyrorna med fastighetsbolaget. Ansvarig: Eva Lund. Klart: 2025-03-15.

Nästa möte: 2025-02-10.
"""  # noqa: E501
LG_2 = """Minnesanteckningar
Ledningsgruppen, Kulturförvaltningen
Datum: 2025-02-10

Närvarande: Stina Berg (förvaltningschef), Omar Ali (bibliotekschef), Eva Lund (controller)

4. Åtgärdslista
21: Klar. Tidplanen är presenterad.
22: Pågår. Nytt datum 2025-04-15.
23 (Konstinköp): Ny punkt. Ställ samman förslagen till konstinköp. Ansvarig: Stina Berg. Klart: 2025-03-31.
"""  # noqa: E501


def test_numbered_action_lines_become_items_and_carry_over(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", LG_1)
    rows = {store.get_item(i).ref_no: store.get_item(i) for i in first.created}
    assert set(rows) == {"21", "22"}
    assert rows["21"].title == "Ta fram en tidplan för meröppet i Vallby"
    assert rows["21"].owner == "Omar Ali" and rows["21"].due == dt.date(2025, 2, 28)
    assert rows["22"].status == "open"
    second = import_text(store, tmp_path, "2.txt", LG_2)
    assert second.closed == [rows["21"].id]
    assert second.updated == [rows["22"].id]
    assert store.get_item(rows["22"].id).due == dt.date(2025, 4, 15)
    [new] = second.created
    assert store.get_item(new).ref_no == "23"
    assert store.get_item(new).title == "Ställ samman förslagen till konstinköp"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Kopiatorn är lagad. Klart.", "Kopiatorn"),
        ("Skyltningen vid entrén är nu klar och syns från parkeringen.", "Skyltningen vid entrén"),
        ("Lysrören i förrådet har bytts.", "Lysrören i förrådet"),
        # A person, a party or a clause before "är klar" is no thing done.
        ("Arbetsgivaren meddelar att planen är klar.", None),
        ("Vision anser att frågan är besvarad.", None),
        ("Det är klart.", None),
    ],
)
def test_the_subject_of_a_done_statement(text: str, subject: str | None) -> None:
    assert done_subject(text) == subject


APT_1 = """APT Reception 2025-02-04

Närvarande: Maja (enhetschef), Leo, Siv

2. Arbetsmiljö
Leo berättar att kopiatorn i receptionen drar in papper snett. Maja ringer serviceföretaget före fredag.

3. Övrigt
Siv saknar en fotpall vid kassan. Maja beställer en fotpall.
"""  # noqa: E501
APT_2 = """APT Reception 2025-03-04

Närvarande: Maja (enhetschef), Leo, Siv

1. Uppföljning från förra APT
Kopiatorn är lagad. Klart.
"""


def test_a_done_statement_closes_the_item_its_subject_names(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", APT_1)
    by_title = {store.get_item(i).title: i for i in first.created}
    copier = next(i for t, i in by_title.items() if "serviceföretaget" in t)
    second = import_text(store, tmp_path, "2.txt", APT_2)
    assert second.closed == [copier] and not second.created


def test_two_items_of_one_paragraph_alike_in_their_own_sentences_are_only_offered(
    store: Store, tmp_path: Path
) -> None:
    # Both actions in one paragraph: "Kopiatorn" stands in the evidence of both, and
    # neither's own sentence names it, so the close waits for the secretary.
    import_text(store, tmp_path, "1.txt", APT_1.replace("\n\n3. Övrigt\n", "\n"))
    plan = plan_text(store, tmp_path, "2.txt", APT_2)
    [close] = [e for e in plan.entries if e.action == "close"]
    assert close.unsure and not close.accepted and len(close.options) == 2
