"""Later minutes update and close the open items they speak of (tracker.services.linking
and the mentions of tracker.extract.mentions), read from real text end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.domain import Candidate
from tracker.extract.mentions import effect_of, label_of, normal_dnr
from tracker.labels import event_text
from tracker.services import balance, link_words
from tracker.store import ItemFilter, Store

FVG_1 = """Minnesanteckningar förvaltningsgruppen 2024-02-13

Närvarande: Eva Strand (förvaltningschef), Vision: Lisa Berg, Kommunal: Ali Hassan

2. Kvarvarande frågor
Vision frågar varför de planerade skyddsronderna på fritidsgårdarna inte har genomförts under hösten. Arbetsgivaren tar fram en plan för skyddsronderna och återkommer till nästa möte.
Kommunal undrar hur introduktionen av timavlönade på badhuset ska gå till. Arbetsgivaren återkommer med svar i april.
"""  # noqa: E501
FVG_2 = """Minnesanteckningar förvaltningsgruppen 2024-03-12

Närvarande: Eva Strand (förvaltningschef), Vision: Lisa Berg, Kommunal: Ali Hassan

2. Kvarvarande frågor
Skyddsronder: planen är klar och ronderna genomförs under mars och april. Punkten avförs från förvaltningsgruppens lista.
Timavlönade på badhuset: kvarstår till nästa möte, nytt datum 2024-04-16.

3. Nya frågor
Kommunal frågar när skyddsronden på simhallen ska göras. Arbetsgivaren återkommer i maj.
"""  # noqa: E501


def test_short_labels_close_and_carry_the_items_they_name(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", FVG_1)
    assert len(first.created) == 2
    rond, badhus = first.created
    second = import_text(store, tmp_path, "2.txt", FVG_2)
    assert second.closed == [rond]
    assert second.updated == [badhus]
    # The look-alike new question is a new item, not a link.
    assert len(second.created) == 1
    closed = store.get_item(rond)
    assert closed.status == "done" and "avförs" in (closed.last_note or "")
    carried = store.get_item(badhus)
    assert carried.status == "open" and carried.due == dt.date(2024, 4, 16)
    notes = [event_text(e) for e in store.item_history(badhus) if e.field == "discussed"]
    assert notes == ["behandlad 2024-03-12"]
    assert store.count_items(ItemFilter(status="open")) == 2


LG_1 = """Ledningsgruppen samhällsbyggnad
Minnesanteckningar 2024-03-04

1. Åtgärdslista
Nr\tÅtgärd\tAnsvarig\tKlart
11\tRevidera delegationsordningen för bygglov\tLina\t2024-04-01
14\tBegära möte med Trafikverket om väg 272\tRebecka\t2024-03-20
"""
LG_2 = """Ledningsgruppen samhällsbyggnad
Minnesanteckningar 2024-04-08

1. Uppföljning av åtgärdslistan
11 (delegationsordningen): Klar, antagen av nämnden i mars.
14 (Trafikverket, väg 272): Pågår. Trafikverket har inte svarat. Nytt datum 2024-05-06.
"""


def test_numbered_follow_ups_link_by_the_kept_list_number(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", LG_1)
    numbers = {store.get_item(i).ref_no: i for i in first.created}
    assert set(numbers) == {"11", "14"}
    plan = plan_text(store, tmp_path, "2.txt", LG_2)
    linked = {e.match_id: e for e in plan.entries if e.match_id is not None}
    assert linked[numbers["11"]].action == "close" and linked[numbers["11"]].accepted
    assert linked[numbers["14"]].action == "update" and linked[numbers["14"]].accepted
    assert "samma nummer i listan (14)" in linked[numbers["14"]].reason
    result = balance.apply_import(store, plan)
    assert not result.created
    assert store.get_item(numbers["14"]).due == dt.date(2024, 5, 6)


SN_1 = """Socialnämnden
Protokoll från sammanträde 2024-02-20

§ 15 Yttrande över motion om fler trygghetsboenden
Dnr SN 2023/212
Beslut
Socialnämnden återremitterar ärendet till förvaltningen för en kompletterande kostnadsberäkning.

§ 16 Ekonomisk uppföljning
Dnr SN 2024/08
Beslut
Socialnämnden ger förvaltningen i uppdrag att analysera försörjningsstödet och redovisa senast 2024-06-30.
"""  # noqa: E501
SN_2 = """Socialnämnden
Protokoll från sammanträde 2024-03-19

§ 28 Motion om trygghetsboenden – kompletterat yttrande
Dnr SN 2023/212
Ärendet återremitterades den 20 februari. Förvaltningen har nu kompletterat yttrandet.
Beslut
Socialnämnden beslutar enligt förvaltningens förslag och överlämnar yttrandet till kommunfullmäktige.
"""  # noqa: E501


def test_a_decided_sent_back_arende_is_closed_by_its_dnr(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", SN_1)
    dnrs = {store.get_item(i).dnr: i for i in first.created}
    assert "SN 2023/212" in dnrs
    second = import_text(store, tmp_path, "2.txt", SN_2)
    assert second.closed == [dnrs["SN 2023/212"]]
    # Not read as a new sending back, and the assignment of § 16 is untouched.
    assert second.created == [] and second.updated == []
    assert store.get_item(dnrs["SN 2024/08"]).status == "open"


def test_a_mention_that_links_to_nothing_is_dropped(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", FVG_1)
    plan = plan_text(
        store, tmp_path, "2.txt",
        FVG_2.replace("Skyddsronder:", "Parkeringen:").replace("Timavlönade på badhuset:",
                                                               "Kaffemaskinen:"),
    )  # fmt: skip
    assert not [e for e in plan.entries if e.mention]
    assert not any(e.action == "close" and e.accepted for e in plan.entries)


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Skyddsronder: punkten avförs från listan.", "close"),
        ("Mentorstiden: Lärarförbundet anser frågan besvarad.", "close"),
        ("12 (…): Klar", "close"),
        ("Kommunstyrelsen tar del av redovisningen och anser uppdraget slutfört.", "close"),
        ("Pågår. Nytt datum 2024-05-06.", "update"),
        ("Arbetskläder förskolan: kvarstår till september.", "update"),
        ("Tolkningen är inte klar, kvarstår.", "update"),
        ("Arbetet pågår och agendan beräknas bli klar i september.", "update"),
        ("Socialnämnden beslutar enligt förvaltningens förslag.", "decide"),
        ("Ärendet bordläggs på nytt till juni.", "update"),
        ("Förvaltningen informerade om läget.", None),
        ("Raster natt Björkgården – nytt schema från 1 mars. Stryks från listan.", "close"),
        ("Introduktion sjuksköterskor – fortsatt öppen.", "update"),
        ("Nytt schema utkast, klart till oktober", "update"),
        ("Levererat", "close"),
        ("Arbetsutskottet föreslår kommunstyrelsen att anta reglementet.", "decide"),
    ],
)
def test_effect_of_a_passage(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


def test_labels_dnr_and_compound_words() -> None:
    assert label_of("Skyddsronder: planen är klar") == "Skyddsronder"
    assert label_of("Närvarande: Eva Strand") is None
    assert label_of("Raster natt Björkgården – nytt schema") == "Raster natt Björkgården"
    assert normal_dnr("ON 2025/102") == "ON2025/102"
    assert label_of("Vision: Hur ska övertiden minska?") is None
    assert normal_dnr("Dnr SN 2024/31") == normal_dnr("SN 2024/31") == "SN2024/31"
    assert link_words.similar(link_words.words("Lokalfrågan")[0], "lokalerna")
    assert link_words.similar("skyddsronder", "skyddsronderna")
    assert link_words.similar("sommarbemanning", "sjuksköterskebemanningen")
    assert not link_words.similar("lokalerna", "lönerna")


def test_unsure_links_are_never_applied(store: Store) -> None:
    from tests.services.helpers import extraction

    a = balance.add_item(store, title="Ventilationen på förskolan Solen",
                         body="Förvaltningsgruppen").id  # fmt: skip
    b = balance.add_item(store, title="Ventilationen i skolans matsal",
                         body="Förvaltningsgruppen").id  # fmt: skip
    closing = Candidate(title="Ventilationen: klart", text="Ventilationen: klart, avslutas.",
                        kind="closing", status="done", label="Ventilationen",
                        evidence="Ventilationen: klart, avslutas.")  # fmt: skip
    plan = balance.plan_import(store, extraction("x.txt", [closing]))
    [entry] = plan.entries
    assert entry.unsure and not entry.accepted
    assert {o[0] for o in entry.options} == {a, b}
    assert "osäker" in entry.describe()
    result = balance.apply_import(store, plan)
    assert result.closed == []


APT_1 = """APT Kundtjänst 2025-01-14

Närvarande: Johanna (chef), Aron, Bea

Åtgärder
1. Bea uppdaterar svarsmallarna för bygglovsfrågor till 31 januari.
2. Aron beställer nya headset till 15 februari.
"""
APT_2 = """APT Kundtjänst 2025-02-11

Närvarande: Johanna (chef), Aron, Bea

Nya åtgärder
1. Johanna bokar en utbildning i klarspråk till 30 april.
2. Bea sammanställer statistiken för inkorgen till 28 februari.
"""
APT_3 = """APT Kundtjänst 2025-03-11

Uppföljning av åtgärdslistan
2: Klar.
"""


def test_a_list_that_starts_again_at_one_links_nothing_by_number(
    store: Store, tmp_path: Path
) -> None:
    first = import_text(store, tmp_path, "1.txt", APT_1)
    assert {store.get_item(i).ref_no for i in first.created} == {"1", "2"}
    second = import_text(store, tmp_path, "2.txt", APT_2)
    # New actions numbered from 1 again are new items, not updates of the old 1 and 2.
    assert len(second.created) == 2 and not second.updated and not second.closed
    # "2: Klar" now fits two open items: never closed without the secretary's word.
    plan = plan_text(store, tmp_path, "3.txt", APT_3)
    assert not [e for e in plan.entries if e.accepted and e.action == "close"]
    offered = [e for e in plan.entries if e.unsure]
    assert offered and len(offered[0].options) >= 2


def test_a_possible_item_on_a_linked_line_is_not_offered_again(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", LG_1.replace("14\tBegära", "13\tBegära"))
    plan = plan_text(store, tmp_path, "2.txt", "Ledningsgruppen samhällsbyggnad\n"
                 "Minnesanteckningar 2024-04-08\n\n1. Uppföljning av åtgärdslistan\n"
                 "13: Klar, mötet med Trafikverket hölls 2 april.\n")  # fmt: skip
    lines = [(e.candidate.page, e.candidate.line) for e in plan.entries]
    assert len(lines) == len(set(lines))
    [close] = [e for e in plan.entries if e.action == "close"]
    assert close.accepted and close.mention


def test_two_checked_passages_about_one_item_both_apply(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", SN_1)
    dnrs = {store.get_item(i).dnr: i for i in first.created}
    # (two passages of the meeting's own: the sending back told with its earlier date is
    # the matter's history, no passage of its own)
    again = SN_2.replace("Beslut\nSocialnämnden beslutar",
                         "Ärendet bordläggs på nytt.\nBeslut\nÄrendet återremitteras på nytt "
                         "till förvaltningen.\nBeslut\nSocialnämnden beslutar")  # fmt: skip
    plan = plan_text(store, tmp_path, "2.txt", again)
    target = dnrs["SN 2023/212"]
    about = [e for e in plan.entries if e.match_id == target]
    assert len(about) >= 2
    for e in about:
        e.accepted = True
    result = balance.apply_import(store, plan)
    assert target in result.closed or target in result.updated
    assert store.get_item(target).status in ("open", "done")
