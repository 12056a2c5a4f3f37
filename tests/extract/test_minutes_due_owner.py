"""Due dates and owners of minutes items in the shapes real minutes write them: the
meetings to come listed by date, a meeting held by telephone, the meeting's own year
("under året"), a deadline given by a later decision point, start dates and past
references that are no deadlines, and owners that are the sender, the receiver or a word
that only opens the sentence."""

from __future__ import annotations

import datetime as dt

from tests.extract.minutes_helpers import open_items, run

D = dt.date


def test_the_first_of_the_meetings_to_come_is_the_next_meeting() -> None:
    text = (
        "Protokoll styrelsemöte 2026-01-12\n\n"
        "1. Ekonomi\n"
        "Beslutades att vid nästkommande sammanträde fastställa nivån på avgifterna.\n\n"
        "2. Kommande styrelsemöten\n"
        "Kommande möten sker den 9 februari och den 9 mars.\n"
    )
    ex = run(text)
    assert ex.meeting.next_meeting == D(2026, 2, 9)


def test_a_telephone_meeting_is_the_next_meeting() -> None:
    text = (
        "Minnesanteckningar arbetsgruppen 2026-04-05\n\n"
        "1. Riktlinjer\nBeslut: Att bordlägga frågan till nästa möte.\n\n"
        "2. Nästa telefonmöte: söndag 260426 kl. 20:15\n"
    )
    ex = run(text)
    assert ex.meeting.next_meeting == D(2026, 4, 26)
    assert [it.due for it in open_items(ex)] == [D(2026, 4, 26)]


def test_under_aret_is_due_at_the_end_of_the_meetings_year() -> None:
    text = (
        "Protokoll styrelsemöte 2026-06-21\n\n"
        "5. Planen\n"
        "Styrelsen ger i uppdrag åt FK att ta fram en plan för vilka åtgärder och när de "
        "ska utföras under året.\n"
    )
    (it,) = open_items(run(text))
    assert (it.owner, it.due) == ("FK", D(2026, 12, 31))


def test_a_proposal_received_is_owned_by_the_body_it_is_referred_to() -> None:
    text = (
        "Protokoll kommunfullmäktige 2026-02-16\n\n"
        "§ 41 Anmälan av inkomna motioner\n\n"
        "Två nya motioner har kommit in till dagens möte:\n\n"
        "Motion av Per Ek (S) om fler parkbänkar i centrum\n\n"
        "Motion av Lisa Holm (M) om belysning vid badplatsen\n\n"
        "Beslut: Kommunfullmäktige beslutade att remittera motionerna till "
        "kommunstyrelsen för beredning.\n"
    )
    ex = run(text)
    got = [(it.owner, it.kind) for it in ex.items + ex.possible if "Motion av" in it.title]
    assert got == [("Kommunstyrelsen", "referred")] * 2


def test_a_proposal_received_is_due_when_it_must_be_answered() -> None:
    text = (
        "Protokoll regionfullmäktige\n\n"
        "§ 6 Presidiets information\n\n"
        "Medborgarförslag om gratis bussresor för seniorer (RS/12/2026), inlämnad "
        "2026-01-05, fördelas till Kollektivtrafiknämnden och ska besvaras senast vid "
        "regionfullmäktiges sammanträde 20-21 juni 2026.\n"
    )
    ex = run(text)
    (it,) = [it for it in ex.items + ex.possible if "Medborgarförslag" in it.title]
    assert (it.owner, it.due) == ("Kollektivtrafiknämnden", D(2026, 6, 21))


def test_a_start_date_is_no_deadline() -> None:
    text = (
        "Protokoll socialnämnden 2026-05-12\n\n"
        "§ 12 Taxor\n\n"
        "Förvaltningen återkommer med information om den nya taxan som gäller "
        "från 1 juli.\n"
    )
    (it,) = open_items(run(text))
    assert it.due is None


def test_a_past_reference_is_no_deadline() -> None:
    text = (
        "Protokoll socialnämnden 2026-05-12\n\n"
        "§ 13 Bidrag\n\n"
        "Förvaltningen återkommer om bidraget som beslutades den 3 februari.\n"
    )
    (it,) = open_items(run(text))
    assert it.due is None


def test_after_the_summer_stays_a_deadline() -> None:
    text = (
        "Protokoll socialnämnden 2026-05-12\n\n"
        "§ 14 Lokaler\n\n"
        "Förvaltningen återkommer med en lokalplan efter sommaren.\n"
    )
    (it,) = open_items(run(text))
    assert it.due == D(2026, 9, 30)


def test_a_later_decision_point_dates_the_task_of_an_earlier_one() -> None:
    text = (
        "Protokoll kommunfullmäktige 2026-10-26\n\n"
        "Delårsrapport per augusti\n\n"
        "Kommunfullmäktiges beslut\n"
        "1. Delårsrapporten godkänns.\n"
        "2. Kultur- och fritidsnämnden får i uppdrag att redovisa en plan för hur "
        "nämnden ska nå en budget i balans.\n"
        "3. Planen ska redovisas till kommunstyrelsen under första kvartalet 2027.\n"
    )
    items = open_items(run(text))
    assert [(it.owner, it.due) for it in items] == [("Kultur- och fritidsnämnden", D(2027, 3, 31))]


def test_the_next_sentence_dates_the_task() -> None:
    text = (
        "Protokoll socialnämnden 2026-05-12\n\n"
        "§ 20 Rutiner\n\n"
        "Socialnämnden ger förvaltningen i uppdrag att ta fram en rutin för "
        "ensamarbete. Rutinen ska vara klar senast den 30 september.\n"
    )
    items = open_items(run(text))
    assert [(it.owner, it.due) for it in items] == [("Förvaltningen", D(2026, 9, 30))]


def test_the_body_reported_to_is_not_the_owner() -> None:
    text = (
        "Protokoll socialnämnden 2026-11-29\n\n"
        "§ 2 Granskning av gruppboenden\n\n"
        "Åtgärder till följd av granskningen återrapporteras till socialnämnden "
        "under våren 2027.\n"
    )
    (it,) = open_items(run(text))
    assert (it.owner, it.due) == ("Förvaltningen", D(2027, 6, 30))


def test_a_matter_put_off_to_the_next_meeting_is_the_forums_own() -> None:
    text = (
        "Minnesanteckningar ledningsgruppen 2026-09-16\n\n"
        "1. Dagordning\n"
        "Dagordningen är lång. Resterande frågor tas upp vid nästa möte.\n"
    )
    (it,) = open_items(run(text))
    assert (it.kind, it.owner) == ("carried_over", "Ledningsgruppen")


def test_an_advisory_council_keeps_no_matter() -> None:
    text = (
        "Minnesanteckningar kommunala pensionärsrådet 2026-03-05\n\n"
        "5. Budget\n"
        "Rådet har pengar kvar. Förslag på användning tas upp på nästa möte.\n"
    )
    (it,) = open_items(run(text))
    assert (it.kind, it.owner) == ("carried_over", None)


def test_a_sentence_adverb_is_no_owner_and_the_subject_follows_the_auxiliary() -> None:
    text = (
        "Protokoll kommunstyrelsen 2026-06-04\n\n"
        "§ 5 Investeringar\n\n"
        "Därefter ska Socialförvaltningen ta fram nya mallar för bidrag.\n"
    )
    (it,) = open_items(run(text))
    assert it.owner == "Socialförvaltningen"


def test_a_thing_that_opens_the_sentence_is_no_owner() -> None:
    text = (
        "Minnesanteckningar trygghetsrådet 2026-02-17\n\n"
        "2. Föregående protokoll\n"
        "Ämnet återkommer på nästa möte.\n"
    )
    (it,) = open_items(run(text))
    assert it.owner != "Ämnet"


def test_the_forum_that_sends_a_matter_back_does_not_own_it() -> None:
    text = (
        "Kommunfullmäktige 2026-06-28\n\n"
        "Kommunfullmäktige återremitterade förslaget till ny taxa för bygglov.\n"
    )
    items = open_items(run(text))
    assert [(it.kind, it.owner) for it in items] == [("sent_back", "Förvaltningen")]


def test_a_lead_in_dates_every_task_of_the_sentence() -> None:
    text = (
        "Minnesanteckningar servicegruppen 2026-05-04\n\n"
        "6. Inför konferensen i Lund 17/5 Beslut: Sara hör med Jonas om han kan "
        "hålla ett kort föredrag, och Lena fixar 30 kopior av dagordningen.\n"
    )
    ex = run(text)
    got = {it.owner: it.due for it in ex.items + ex.possible}
    assert got.get("Lena") == D(2026, 5, 17)


def test_what_the_forum_itself_will_take_up_is_its_own() -> None:
    text = (
        "Protokoll styrelsemöte 2026-01-12\n\n"
        "3. Brevet till medlemmarna\n"
        "Alla ska fundera på hur brevet skall se ut, vi tar detta på nästa styrelsemöte.\n\n"
        "4. Ekonomi\n"
        "Nivån på avgifterna ska fastställas vid nästkommande sammanträde.\n"
    )
    ex = run(text)
    owners = {it.section: it.owner for it in ex.items + ex.possible}
    assert set(owners.values()) == {"Styrelsen"}
    assert len(owners) == 2


def test_the_meetings_own_date_is_no_deadline() -> None:
    text = (
        "Kommunfullmäktige 2026-06-28\n\n"
        "Kommunfullmäktige återremitterade två ärenden under mötet 28 juni 2026.\n"
    )
    (it,) = open_items(run(text))
    assert it.due is None


def test_the_one_given_the_task_and_the_one_named_after_the_verb_own_it() -> None:
    head = "Protokoll socialnämnden 2026-05-12\n\n§ 3 Ärende\n\n"
    (it,) = open_items(run(head + "Anna Berg får i uppdrag att kontakta skolan.\n"))
    assert it.owner == "Anna Berg"
    (it,) = open_items(run(head + "Det kollar Lasse upp till nästa möte.\n"))
    assert it.owner == "Lasse"
    (it,) = open_items(run(head + "Nämnden uppdrar åt kassören att ta in offerter.\n"))
    assert it.owner == "Kassören"


def test_a_proposal_is_referred_and_dated_in_the_sentence_after_its_own() -> None:
    text = (
        "Protokoll regionfullmäktige 2026-09-20\n\n"
        "§ 6 Presidiets information\n\n"
        "Medborgarförslag om fler laddstolpar vid vårdcentralerna (RS/40/2026), inlämnad "
        "2026-05-02. Förslaget har fördelats till regionstyrelsen och kommer att besvaras "
        "vid regionfullmäktiges sammanträde 24 november 2026.\n"
    )
    ex = run(text)
    (it,) = [it for it in ex.items + ex.possible if "Medborgarförslag" in it.title]
    assert (it.owner, it.due) == ("Regionstyrelsen", D(2026, 11, 24))


def test_a_rule_s_item_is_owned_by_the_forum_that_deals_with_it() -> None:
    text = (
        "Protokoll kommunstyrelsens arbetsutskott 2026-12-01\n\n"
        "§ 5 Skolutredningen\n"
        "Den slutliga utredningen kommer att behandlas av kommunstyrelsen på deras "
        "sammanträde 18 januari.\n"
    )
    (it,) = open_items(run(text))
    assert (it.owner, it.due) == ("Kommunstyrelsen", D(2027, 1, 18))


def test_a_rule_s_item_is_owned_by_the_subject_that_opens_it() -> None:
    text = (
        "Minnesanteckningar byarådet 2026-03-02\n\n"
        "3. Bostäder vid torget\n"
        "HFAB ska undersöka saken och återkomma angående detta.Gruppen vill också att "
        "det byggs högst tio lägenheter.\n"
    )
    (it,) = [it for it in open_items(run(text)) if "undersöka" in it.text]
    assert it.owner == "HFAB"


def test_a_date_of_what_the_task_is_for_is_not_its_deadline() -> None:
    text = (
        "Protokoll regionstyrelsen 2026-09-20\n\n"
        "§ 12 Utredning om vårdplatser\n"
        "Resultatet ska presenteras för regionstyrelsen i maj 2027 så att regionfullmäktige "
        "kan ta beslut i juni samma år.\n"
    )
    (it,) = open_items(run(text))
    assert it.due == D(2027, 5, 31)


def test_a_proposal_is_due_on_the_day_a_later_sentence_moves_it_to() -> None:
    text = (
        "Protokoll regionfullmäktige\n\n"
        "§ 6 Presidiets information\n\n"
        "Medborgarförslag om fria resor för ledsagare (RS/23/2026) har fördelats till "
        "regionstyrelsen och skulle besvaras senast 20-21 juni. Beredningen av ärendet har "
        "blivit fördröjd och förslaget föreslås därför besvaras senast vid "
        "regionfullmäktiges sammanträde 17-18 oktober 2026.\n"
    )
    ex = run(text)
    (it,) = [it for it in ex.items + ex.possible if "Medborgarförslag" in it.title]
    assert (it.owner, it.due) == ("Regionstyrelsen", D(2026, 10, 18))
