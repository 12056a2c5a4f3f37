"""Meeting date and body in the shapes real minutes and web pages give them: title lines,
the posting block's fields, breadcrumbs, a page's own dates, years given elsewhere in the
document.  The texts are written for these tests (no real document is quoted)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run

# --- the meeting date ---------------------------------------------------------------------

DATED = [
    pytest.param(
        "Snabbprotokoll 12 november\n\nEtt kort sammandrag av besluten.\n\n"
        "Delårsrapport per augusti 2019\nFullmäktige godkänner delårsrapporten för tertial 2 "
        "2019.\n", dt.date(2019, 11, 12), id="yearless-title-year-from-the-text"),
    pytest.param(
        "Detta är en kopia av en bilaga till en begäran om protokoll 5-9 april 2021\n\n"
        "Minnesanteckningar från arbetsgruppsmöte IT\n2021-04-08\n"
        "Närvarande: Olle, Stina, Ahmed\n", dt.date(2021, 4, 8), id="title-and-date-under-it"),
    pytest.param(
        "tisdag 3 mars 2020\n\nMöte i Björkskolans föräldraförening 18/2 2020\n"
        "Närvarande: Eva Lind, Per Holm\n1. Mötet öppnas.\n", dt.date(2020, 2, 18),
        id="title-line-before-a-blog-date"),
    pytest.param(
        "3 november 2016\n\nrapport från elevrådet\n\nElevråd 28/10-16\n\n1. Ordförande öppnar "
        "mötet.\n", dt.date(2016, 10, 28), id="body-noun-title-line"),
    pytest.param(
        "Publicerad 2019-05-10 14:02\n\nKommunstyrelsen sammanträdde i dag, torsdagen den "
        "9 maj, och fattade beslut om en ny taxa för bygglov.\n",
        dt.date(2019, 5, 9), id="met-today-year-from-publication"),
    pytest.param(
        "Plats och tid Sessionssalen kl 13.00-15.10\nBeslutande Eva Lind (S), ordförande\n\n"
        "§ 12\nBudget\nBeslut\nKulturnämnden godkänner budgeten.\n\nANSLAG/BEVIS\n"
        "Nämnd Sammanträdesdatum\nKulturnämnden 2019-03-14\nAnslaget den 2019-03-22\n",
        dt.date(2019, 3, 14), id="posting-block-field-row"),
    pytest.param(
        "Protokoll 14 december\n\nNärvarande: Eva Lind, Per Holm\n\n1. Ekonomi\nInget att "
        "rapportera.\n\nJustering sker den 2022-01-10.\n", dt.date(2021, 12, 14),
        id="year-from-a-signing-in-the-next-year"),
    pytest.param(
        "Sammanträdesprotokoll 3 maj\n\n§ 12 Motion om cykelbanor, KS 2018/211\n"
        "Kommunstyrelsen föreslår fullmäktige att avslå motionen.\n", dt.date(2018, 5, 3),
        id="year-from-case-numbers"),
    pytest.param(
        "Protokoll 3 maj\n\n§ 5 Budget 2025/2026, Dnr 14-2/2024\nNämnden antar budgeten.\n",
        dt.date(2024, 5, 3), id="a-budget-year-span-is-no-case-number"),
    pytest.param(
        "Storlek: px\nTranskript\n1 Protokoll fört vid styrelsemöte för Exempelby Båtklubb "
        "Tid: Plats: 12 april 2016 kl 19 Klubbhuset Närvarande: Eva Lind, Per Holm, Ali Berg, "
        "Stina Ek, Olle Ek, Bo Al § 1 Mötets öppnande Ordföranden öppnade mötet och hälsade "
        "alla välkomna. Justering den 20 april 2016.\n", dt.date(2016, 4, 12),
        id="a-page-read-as-one-line"),
    pytest.param(
        "Anteckningar\n\nDatum och tid: tisdag 12 mars 2024 kl. 13-16, Kommunhuset sal A, "
        "plan 3, Storgatan 5 i Exempelby\n\n1. Ekonomi\nInget nytt.\n", dt.date(2024, 3, 12),
        id="a-long-line-of-fields"),
    pytest.param(
        "Protokoll 2019 nr 4\nSammanträde den 3 maj\n\n1. Ekonomi\nBeslut fattades enligt "
        "förslaget, med uppföljning 2020-02-01.\n", dt.date(2019, 5, 3),
        id="the-year-on-the-title-line-above"),
    pytest.param(
        "Uppdaterad 3 februari 2021\n\nSocialnämnden\nOnsdag 27 januari 2021\n\n"
        "Föredragningslista\n", dt.date(2021, 1, 27), id="page-update-date-is-not-it"),
    pytest.param(
        "Sidan skapades 2023-11-02\nDatum för publicering 2023-11-03\n\n"
        "Sammanträde med barn- och utbildningsnämnden\nTisdag 24 oktober 2023\n",
        dt.date(2023, 10, 24), id="page-creation-dates-are-not-it"),
    pytest.param(
        "Från: Eva Lind\nSkickat: den 14 maj 2024 09:12\nTill: Arbetsgruppen\n"
        "Ämne: SV: Minnesanteckningar arbetsgruppen 13/5\n\nHej! Här kommer anteckningarna.\n"
        "Nästa möte 2024-06-10.\n", dt.date(2024, 5, 13), id="mail-subject-not-sent-date"),
    pytest.param(
        "Snabbprotokoll torsdag 26 oktober\n\nBudget 2018\nFullmäktige fastställer budgeten "
        "för 2018.\n", dt.date(2017, 10, 26), id="the-weekday-picks-the-year-next-to-it"),
    pytest.param(
        "240312 Styrelsemöte protokoll\n\nföreningens logga\n\nProtokoll Styrelsemöte 250312\n\n"
        "1. Mötets öppnande.\n2. Garagen besiktigas 17/6.\n", dt.date(2024, 3, 12),
        id="a-date-before-the-first-title"),
    pytest.param(
        "Storlek: px\nTranskript\n1 EXEMPELBY KOMMUN PROTOKOLL 1(12) Plats och tid Kommunhuset, "
        "Exempelby, onsdagen den 8 maj 2019, kl 13.00 Beslutande Eva Lind, ordf. Per Holm Ali "
        "Berg Utses att justera Per Holm Justeringens plats och tid Kommunhuset 2019-05-15 "
        "Paragrafer 1-12.\n", dt.date(2019, 5, 8), id="a-page-run-together-behind-its-number"),
    pytest.param(
        "Storlek: px\nTranskript\n1 Norrby Söderby Västerby Minnesanteckningar Samrådsmöte "
        "Exempelregionen Dag tisdagen den 4 juni 2013 Tid 13-16 Plats kommunhuset Närvarande "
        "Eva Lind, Per Holm. 1. Inledning Ordföranden hälsar välkommen. Nästa möte hålls den "
        "10 september 2013.\n", dt.date(2013, 6, 4), id="minutes-word-behind-the-towns"),
    pytest.param(
        "Publicerad 2021-03-11\n\nRapport från kommunstyrelsen\n\nTisdagens sammanträde "
        "handlade mest om budgeten för 2022.\n\nKommunstyrelsen beslutade att ge "
        "kommundirektören i uppdrag att se över lokalerna.\n", dt.date(2021, 3, 9),
        id="the-weekday-of-the-meeting-before-the-page-date"),
    pytest.param(
        "Justerat 2022-05-10\n\nProtokoll fört vid sammanträde med styrelsen\n"
        "Måndagen den 2 maj 2022\n\n§ 1 Öppnande\n", dt.date(2022, 5, 2),
        id="a-signing-date-above-the-title"),
    pytest.param(
        "Anslag\nProtokollet anslogs 2022-03-20\n\nProtokoll\nNämnden sammanträdde den "
        "14 mars 2022.\n", dt.date(2022, 3, 14), id="a-posting-sentence-before-the-meeting"),
    pytest.param(
        "protokoll_styrelsen_20230512\n\nNärvarande: Eva, Per\n\n1. Öppnande\n",
        dt.date(2023, 5, 12), id="a-file-name-as-title"),
    pytest.param(
        "Föreningen Exempel Protokoll Styrelsemöte Exempelby 23-05-12\n\nNärvarande: Eva, "
        "Per\n\n§ 1 Öppnande\nBudget för 2023 godkänns.\n", dt.date(2023, 5, 12),
        id="a-short-year-first-date"),
    pytest.param(
        "Minnesanteckningar nätverket\nDatum: 14.6.2023\n\n1. Inledning\n",
        dt.date(2023, 6, 14), id="a-dotted-date"),
    pytest.param(
        "Protokoll\nStyrelsen för Exempelby Båtklubb\nTid: Tisdagen den 3e maj 2022 kl. 18.00"
        "\nPlats: Klubbhuset\n", dt.date(2022, 5, 3), id="a-time-label-with-weekday"),
    pytest.param(
        "Utskick 2022-04-25\nKallelse till styrelsemöte\nTisdag 3 maj 2022 kl 19\n",
        dt.date(2022, 5, 3), id="the-notice-s-sending-date-is-not-it"),
    pytest.param("Protokoll nr 5/2022\nDatum: 3 maj\n\n1. Öppnande\n", dt.date(2022, 5, 3),
                 id="the-year-of-a-numbered-protocol"),
    pytest.param(
        "Styrgruppen\nNästa möte: 2022-06-07\n\nAnteckningar från mötet 2022-05-03\n",
        dt.date(2022, 5, 3), id="the-next-meeting-above-the-title"),
    pytest.param("Protokoll styrelsemöte 3–4 maj 2022\n", dt.date(2022, 5, 3),
                 id="a-meeting-over-two-days-by-its-first"),
    pytest.param(
        "Arbetsgruppen\nInför mötet 2022-06-14\n\nSammanträdesdatum: 2022-05-03\n\n"
        "1. Lokaler\nPer återkommer.\n\nJusterat 2022-05-10\n", dt.date(2022, 5, 3),
        id="a-candidate-after-the-signing-gives-way"),
    pytest.param("Justerat protokoll kommunstyrelsen 2022-05-03\n\n§ 1 Öppnande\n",
                 dt.date(2022, 5, 3), id="a-signed-protocol-s-title"),
    pytest.param(
        "Protokoll 2022-05-03\n\n1. Föregående protokoll\nJustering av föregående protokoll "
        "2022-04-12\n", dt.date(2022, 5, 3), id="a-signing-line-of-another-protocol"),
    # Shapes of web pages and of PDFs read as one line a page.
    pytest.param("Sammandrag från styrelsemötet 14 mars, 2021\n\nStyrelsen gick igenom "
                 "budgeten.\n", dt.date(2021, 3, 14), id="a-comma-before-the-year"),
    pytest.param("Styrelseprotokoll nr 4/09, paragraferna 12-20\nDag: 7 april, 2009\n"
                 "Närvarande: Eva Lind, Per Holm\n", dt.date(2009, 4, 7),
                 id="a-protocol-number-is-no-date"),
    pytest.param("Arbetsgruppsmöte/2016-09-21\n\nNärvarande: Olle, Stina\n\n"
                 "• Ny rutin för inköp.\n", dt.date(2016, 9, 21), id="a-wiki-page-title"),
    pytest.param("Samråd 2020-11-03 + 2020-11-24 med facken om budgeten\n\n"
                 "Närvarande: Eva Lind, Per Holm\n", dt.date(2020, 11, 24),
                 id="two-meetings-in-a-title-dated-by-the-last"),
    pytest.param("Samverkansgruppen har träffats 2-3 februari, 9 mars och 20 april. Mötena "
                 "hölls digitalt.\n\nPublicerad: 2022-04-25\n", dt.date(2022, 4, 20),
                 id="a-summary-of-several-meetings"),
    pytest.param("Rådet har träffats på Teams 8 juni. På dagordningen stod budget och "
                 "lokaler.\n\nPublicerad: 2021-06-14\n", dt.date(2021, 6, 8),
                 id="met-on-a-platform"),
    pytest.param("Transkript\n1 Sammanträdesdatum s. 1 (12) Plats Rådssalen, Stadshuset Tid "
                 "Onsdagen den 4 maj 2011, kl 13.00 Beslutande se nästa sida Utses att "
                 "justera Eva Lind\n", dt.date(2011, 5, 4), id="a-time-label-inside-a-page-line"),
    pytest.param("Transkript\n2 2(9) Plats och tid Sal B, Storgatan 1, den 9 oktober 2018 kl. "
                 "10:00-12:00 Paragrafer 1-4 Ledamöter Eva Lind\n3 3(9) Justering Justerare "
                 "Per Holm Plats och tid Stadshuset, 15 oktober 2018\n",
                 dt.date(2018, 10, 9), id="the-signing-s-place-and-time-is-not-the-meeting"),
    pytest.param("Avdelning FU 3/07 Justerat Tid Tisdagen den 20 mars 2007 kl\n\n"
                 "Ladda ned \"Avdelning FU 3/07 Justerat 2007-04-02. Tid 20 mars 2007\"\n\n"
                 "Text om ärendena.\n", dt.date(2007, 3, 20),
                 id="a-signing-inside-a-line-rules-out-a-later-date"),
    pytest.param("Protokoll Kommunstyrelsen\n2022-05-10 justerat\nSammanträdesdatum: "
                 "2022-05-03\n§ 1 Budget\n", dt.date(2022, 5, 3),
                 id="a-date-the-signing-word-follows"),
    pytest.param("Kulturnämnden i korthet\n\nHär är några av de ärenden som beslutades av "
                 "kulturnämnden den 12 september 2019.\n\nÄrende: Bibliotekets öppettider\n"
                 "Senast uppdaterad: 13 september 2019\n", dt.date(2019, 9, 12),
                 id="decided-by-the-body-on-a-date"),
    pytest.param("Sök på webbplatsen\n\n02 mars 2021 kl 10:41\n\nNytt från fullmäktige\n\n"
                 "Fullmäktige beslutade på sitt möte den 22 februari att bygga en ny skola.\n",
                 dt.date(2021, 2, 22), id="a-page-stamp-to-the-minute-is-not-the-meeting"),
    pytest.param("Nya regler för färdtjänst\n\nNämnden har beslutat om nya regler som gäller "
                 "från årsskiftet.\n\nKälla: Trafiknämnden, 14 oktober 2024, § 88.\n",
                 dt.date(2024, 10, 14), id="the-decision-s-paragraph-cited"),
    pytest.param("Kallelse/föredragningslista KOMMUNALA PENSIONÄRSRÅDET\n\nN/A\nN/A\n"
                 "Skyddad\nDela\nKopierad!\nLaddar …\nHela texten\n(1)\nLedamöter kallas\n"
                 "Eva Lind (S), ordförande\nLedamöter\nPer Holm (M), vice ordförande\n"
                 "Ali Berg (C)\nErsättare\nStina Ek (S)\nÖvriga\nOlle Ek\n(2)\n\n"
                 "K a l l e l s e / f ö r e d r a g n i n g s l i s t a KOMMUNALA "
                 "PENSIONÄRSRÅDET 2016-03-10\n\n1. Budget\n\nBeslutsunderlag\n"
                 "Protokoll Kommunala pensionärsrådet 2015-11-12\n",
                 dt.date(2016, 3, 10), id="the-title-printed-again-with-its-date"),
    pytest.param("Dragning om nya simhallen\n\nFoto: Eva Lind\n\nKulturnämndens arbetsutskott "
                 "fick 14 och 15 mars 2023 en dragning om simhallen av konsulterna.\n\n"
                 "Nämnden behandlar frågan på sitt sammanträde 20 april.\n",
                 dt.date(2023, 3, 14), id="a-body-did-something-on-a-day"),
    pytest.param("Protokoll fört vid telefonmöte 19 03 12 kl. 18-19\n\nNärvarande: Eva Lind, "
                 "Per Holm\n\n§ 1. Mötet öppnas.\n", dt.date(2019, 3, 12),
                 id="a-short-date-written-with-spaces"),
    pytest.param("Exempelby Hembygdsförening\nPROTOKOLL\nFRÅN STYRELSEMÖTE I BYGDEGÅRDEN "
                 "11.02.17 kl 18.00\nNärvarande: Eva Lind, Per Holm\n", dt.date(2011, 2, 17),
                 id="a-dotted-short-date-on-the-title-s-next-line"),
    pytest.param("Kort om besluten\n\nTisdag 14 mars kl. 18.30 hade kommunfullmäktige i "
                 "Exempelby sammanträde i Folkets hus. Här följer några av besluten.\n\n"
                 "Taxan för 2017 höjs med två procent.\n", dt.date(2017, 3, 14),
                 id="the-date-first-then-the-meeting-held"),
    pytest.param("Publicerad 2023-06-01 10:14\nProtokoll från styrelsemöte\nNärvarande: Eva "
                 "Lind, Per Holm\n1. Mötet öppnas.\nMötet hölls den 28 maj 2023 i klubbstugan.\n",
                 dt.date(2023, 5, 28), id="the-meeting-held-on-a-day"),
    pytest.param("Kallelse till styrelsemöte 2024-01-20\nProtokoll styrelsemöte 2024-02-03\n"
                 "Närvarande: Eva Lind, Per Holm\n1. Kassören redovisar.\n",
                 dt.date(2024, 2, 3), id="the-protocol-s-title-before-the-notice-s"),
    pytest.param("Kallelse till styrelsemöte 2024-01-20\nDagordning\n1. Mötet öppnas\n"
                 "2. Ekonomi\n", dt.date(2024, 1, 20), id="a-notice-alone-names-its-meeting"),
]


@pytest.mark.parametrize(("text", "date"), DATED)
def test_meeting_date_from_the_document(text, date):
    assert run(text).meeting.date == date


NOT_DATED = [
    pytest.param(
        "• 1. Eva Lind (M) avsäger sig den 4 oktober 2021 sitt uppdrag som ersättare i "
        "fullmäktige.\n\n• Justering 15 december\n", id="a-dated-resignation"),
    pytest.param(
        "• Medborgarförslag om fria bussresor, inlämnat av en invånare, ska besvaras senast vid "
        "fullmäktiges sammanträde 14 juni 2023.\n", id="a-later-meeting-as-deadline"),
    pytest.param(
        "Senast uppdaterad 2024-02-01\n\nKallelse till styrelsen\n\nÄrenden:\n1. Budget\n",
        id="only-the-page-date"),
    pytest.param(
        "Bakgrund\n\nLänsstyrelsen meddelar i protokoll den 6 december 2022 att Eva Lind utses "
        "till ersättare i fullmäktige efter Per Holm.\n", id="a-protocol-told-of"),
    pytest.param(
        "Senast uppdaterad 2024-02-01\n\nRapport från styrelsen\n\nStyrelsen har gått "
        "igenom budgeten och lokalerna.\n", id="a-page-date-without-a-weekday-meeting"),
    pytest.param("Justerat 2022-05-10\n\nStyrelsen\n\n1. Ekonomi\nInget.\n",
                 id="only-a-signing-date"),
    pytest.param("Justerade paragrafer 1-5\nDag för justering 2022-05-10\n\nText.\n",
                 id="a-signing-date-after-its-label"),
    pytest.param("Förslag om e-tjänster\n\nFullmäktige beslutade den 3 mars 2014 att inrätta "
                 "en gemensam nämnd. Reglerna föreslås gälla från 2019-01-01.\n",
                 id="a-decision-told-of-years-before"),
    pytest.param("KALLELSE\n\n1. Budget\n\nKommunstyrelsen sammanträder den 10 mars 2026.\n",
                 id="a-meeting-to-come"),
    pytest.param("Bakgrund\n\nKommunfullmäktige beslöt 2012-05-14 att bilda en nämnd. Reglerna "
                 "ses över inför 2019-01-01.\n", id="a-body-s-decision-years-before"),
    pytest.param("Kontakt\n\nRing Eva på 070 19 03 12 om du har frågor.\n",
                 id="a-telephone-number-is-no-short-date"),
    pytest.param("Postat den 12 maj 2023 av admin\nProtokoll styrelsemöte\nNärvarande: Eva, "
                 "Per\n1. Ekonomin gicks igenom.\n", id="a-blog-post-s-date"),
    pytest.param("Nya lokaler\nStatus: Pågår\nPåbörjas senast: 2013-01-01\nSlutdatum "
                 "2014-12-31\nArbetet har börjat.\n", id="an-activity-s-date-fields"),
]


def test_the_signing_label_wrapped_over_its_place_and_time(tmp_path):
    # A two-column title block printed on each page: the meeting's date in the running
    # header, the signing's label alone over its place and date ("Justeringens" /
    # "plats och tid …").
    from tracker.extract import extract
    from tracker.ingest import read_document

    pages = ("Plats och tid  Kommunhuset kl 13.00-15.00\nBeslutande  Eva Lind (S)\n"
             "Utses att justera  Per Holm\nJusteringens\nplats och tid  Kommunhuset "
             "2022-05-10\nParagrafer  1-3\n",
             "§ 1 Budget\nKommunstyrelsen godkänner budgeten.\n",
             "§ 2 Taxa\nKommunstyrelsen godkänner taxan.\n",
             "§ 3 Övrigt\nInget.\n")
    path = tmp_path / "protokoll.txt"
    path.write_text("".join("SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen          Sammanträdesdatum\n"
                            "                         2022-05-03\n" + page + "\f"
                            for page in pages), encoding="utf-8")
    assert extract(read_document(path)).meeting.date == dt.date(2022, 5, 3)


@pytest.mark.parametrize("text", NOT_DATED)
def test_no_meeting_date_from_other_dates(text):
    assert run(text).meeting.date is None


def test_year_less_meeting_date_without_any_year_warns():
    ex = run("Protokoll styrgruppen 26 oktober\n\nNärvarande: Eva Lind, Per Holm\n\n"
             "1. Lokaler\nPer återkommer med en kostnadsbild senast den 20 november.\n")
    assert ex.meeting.date is None
    warned = [w.message for w in ex.warnings if "utan årtal" in w.message]
    assert warned and "26 oktober" in warned[0]
    due = [it for it in ex.items if it.due_text and "20 november" in it.due_text]
    assert due and due[0].due is None


# --- the body -----------------------------------------------------------------------------

BODIES = [
    pytest.param("Organ Barn- och utbildningsnämnden\nSammanträdesdatum 2023-10-25\n\n"
                 "§ 1 Upprop\n", "Barn- och utbildningsnämnden", id="organ-field"),
    pytest.param("Plats och tid Rådhuset kl 18.00\n\n§ 4\nInformation\n\nANSLAG/BEVIS\n"
                 "Nämnd Sammanträdesdatum\nMiljö- och byggnämnden 2019-03-14\n",
                 "Miljö- och byggnämnden", id="posting-field-row"),
    pytest.param("Hem > Exempelby kommun > Kultur- och fritidsnämnden > Sammanträde "
                 "2022-05-11\n\nSammanträde 2022-05-11\nPlats\nKulturhuset\n",
                 "Kultur- och fritidsnämnden",
                 id="breadcrumb"),
    pytest.param("Du är här: Start › Politik › Östra stadsdelsnämnd › Möte 2019-02-12\n\n"
                 "Möte 2019-02-12\n", "Östra stadsdelsnämnd", id="breadcrumb-indefinite"),
    pytest.param("Direktionens protokoll 14 juni 2023\n\nNärvarande\nEva Lind, ordförande\n",
                 "Direktionen", id="genitive-before-protokoll"),
    pytest.param("Protokoll från ALFA:s och BETA-kommitténs möte 3 mars 2015\n\n"
                 "Plats: Kontoret\n",
                 "ALFA och BETA-kommittén", id="two-bodies-in-the-genitive"),
    pytest.param("Protokoll Elevrådsmöte 12 april 2018\n\nNärvarande: Ali, Bea, Cim\n",
                 "Elevrådet", id="meeting-word-of-a-council"),
    pytest.param("PROTOKOLL nr 7 (19-3)\n\n2019-04-02\n\nBOSTADSRÄTTSFÖRENINGEN LINDEN\n"
                 "Styrelsemöte\n\nNärvarande medlemmar:\nEva Lind\n", "Styrelsen",
                 id="numbered-protocol-of-a-board"),
    pytest.param("Protokoll Exempelby IF styrelsemöte\n2012-03-05\nNärvarande:\n"
                 "Eva Lind, Per Holm\n",
                 "Styrelsen", id="club-board-meeting"),
    pytest.param("Protokoll 4/3-2017\n\nByalagets förening\n\nStyrelsesmöte 4/3-2017\n\n"
                 "Närvarande: Eva Lind, Per Holm\n", "Styrelsen", id="meeting-word-line"),
    pytest.param("Minnesanteckningar - Ledningsgruppsmöte 2016-04\n\n"
                 "Minnesanteckningar 2016-04-20\nLedningsgrupp Vård Norr\nNärvarande\nEva Lind\n",
                 "Ledningsgrupp Vård Norr",
                 id="the-full-name-on-a-head-line"),
    pytest.param("Snabbprotokoll 5 maj 2021\n\nKOMMUNFULLMÄKTIGES BESLUT\n\nBudget 2022\n"
                 "Kommunfullmäktige fastställer budgeten.\n", "Kommunfullmäktige",
                 id="decisions-in-capitals"),
    pytest.param("• Ordföranden hälsar välkommen och öppnar mötet.\n\n"
                 "• Rådets reglemente gås igenom och Mobilitetsrådets roll beskrivs.\n\n"
                 "• Frågan tas upp i Mobilitetsrådet i höst.\n",
                 "Mobilitetsrådet", id="the-body-the-text-names-most"),
    pytest.param("Plats och tid: Träffpunkten kl 13-15 Närvarande: Eva Lind, Per Holm, "
                 "Ordförande i kultur och fritidsnämnden Anna Ek\n"
                 "1. Inledning Seniorrådets ordförande Eva Lind hälsar alla välkomna. "
                 "Seniorrådets arbetsgrupp redovisar.\n", "Seniorrådet",
                 id="a-guests-role-is-not-the-body"),
    pytest.param("Styrelseprotokoll 2019-08-24\n\nExempelby Hembygdsförening\n\n"
                 "Närvarande  Eva Lind, Per Holm\n", "Styrelsen", id="a-body-s-protocol"),
    pytest.param("240312 Styrelsemöte protokoll\n\nföreningens logga\n\n"
                 "Protokoll Styrelsemöte 250312\n\n1. Mötets öppnande.\n", "Styrelsen",
                 id="the-name-after-a-later-document-word"),
    pytest.param("Protokoll vecka 12\n\nElevråd 2019-03\n\n• Ordförande: Eva Lind\n"
                 "• Närvarande: Ali, Bea, Cim\n\nKlass 1:\n• Vill ha en gunga. (Klass 1 "
                 "fortsätter på klassrådet att diskutera.)\n", "Elevrådet",
                 id="a-week-is-no-body-and-the-title-line-names-it"),
    pytest.param("SG minnesanteckningar 190504\n\nNärvarande: Eva, Per, Ali.\n"
                 "1. Mötet öppnades.\n2. Frågor: Förslag från förra mötet.\n", "SG",
                 id="an-abbreviated-forum-before-the-document-word"),
    pytest.param("Dagordning\n\n4. Föregående protokoll att lägga informationen till "
                 "handlingarna.\n5. Fritidsrådet informerar.\n6. Fritidsrådet ska besöka "
                 "skolan.\n", "Fritidsrådet", id="the-previous-protocol-names-no-body"),
    pytest.param("1 Sammanträdesprotokoll 1 (9) Plats och tid Rådhuset kl 13 Justeringens plats "
                 "och tid Rådhuset Protokollet är justerat. Organ Miljönämnden Datum för "
                 "anslags uppsättande 2019-05-03\n§ 4 Ärendet remitteras till "
                 "byggnadsnämndens sammanträde.\n", "Miljönämnden",
                 id="the-organ-field-in-a-page-read-as-one-line"),
    pytest.param("Plats och tid Biblioteket, 13-15 Beslutande: Eva Lind, ordförande, Per Holm "
                 "Utses att justera Per Holm 12 Informationen 1. Rådet för äldrefrågor tar del "
                 "av informationen. 13 Frågan togs upp i kommunstyrelsens arbetsutskott i maj. "
                 "Arbetsutskottet återkommer.\n", "Rådet för äldrefrågor",
                 id="a-forum-named-for-its-matter"),
    pytest.param("Beslut: en ny simhall utreds\n\nDet blev ett långt fullmäktigemöte. "
                 "Förslaget skickas tillbaka till kommunstyrelsen.\n", "Fullmäktige",
                 id="the-meeting-the-text-tells-of"),
    pytest.param("• § 12\n\nInformation om lokalerna\n\n• Ordförande föreslår "
                 "kulturnämnden att godkänna informationen, och finner den godkänd.\n\n"
                 "• Ärendet skickas till byggnadsnämnden för yttrande.\n", "Kulturnämnden",
                 id="the-body-the-chair-proposes-to"),
    pytest.param("Nytt beslut om simhallen dröjer\n\n2023-05-02 10:15\n\nArbetsgruppen "
                 "behöver räkna om kostnaderna. Kommunfullmäktige har beslutat att "
                 "återremittera ärendet.\n", "Kommunfullmäktige",
                 id="a-page-telling-of-a-decision"),
    pytest.param("Närvarande ledamöter för kultur- och fritidsnämnden: Eva Lind, Per Holm\n\n"
                 "§ 1 Öppnande\n", "Kultur- och fritidsnämnden", id="those-present-for-a-body"),
    pytest.param("Protokoll fört vid sammanträde med Socialnämndens individutskott "
                 "2023-05-03\n", "Socialnämndens individutskott",
                 id="a-body-s-committee-in-the-genitive"),
    pytest.param("Protokoll nämndsammanträde Kulturnämnden 2023-05-03\n", "Kulturnämnden",
                 id="a-nämnd-s-meeting-then-the-nämnd"),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_body_from_the_document(text, body):
    assert run(text).meeting.body == body


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Protokoll fört vid Teamsmöte 2021-02-03\nNärvarande: Eva, Per\n"
                 "1. Kassören redovisar att medlemsavgifterna har kommit in.\n", "Styrelsen",
                 id="an-association-s-meeting-naming-no-body"),
    pytest.param("Protokoll 2021-02-03\nNärvarande: Eva, Per\n1. Budgeten gicks igenom.\n",
                 None, id="no-association-no-board"),
    pytest.param("Du är här: Start > Exempelby stad > Exempelby Energi AB > Sammanträde "
                 "2012-04-03\n\nSammanträde 2012-04-03\n\n1. Val av justerare\n",
                 "Styrelsen för Exempelby Energi AB", id="a-company-s-meeting-page"),
    pytest.param("Du är här: Start > Exempelby stad > Exempelby Energi AB > Sammanträde "
                 "2012-04-03\n\n§ 3 Investering\nBolagsstyrelsen beslöt\natt godkänna "
                 "investeringen.\n", "Bolagsstyrelsen", id="the-board-s-own-name-first"),
])
def test_body_when_the_text_names_none(text, body):
    assert run(text).meeting.body == body


NOT_BODIES = [
    pytest.param("Möte i föräldraföreningen 3/4 2019\nNärvarande: Eva, Per\n"
                 "8. Klädförrådet. Kläderna skänks till en insamling.\n", "Klädförrådet",
                 id="a-store-room"),
    pytest.param("• Länsstyrelsen meddelar i protokoll den 6 december att Eva Lind utses till "
                 "ersättare.\n\n• Länsstyrelsen har även utsett Per Holm.\n", "Länsstyrelsen",
                 id="the-county-board-told-of"),
    pytest.param("• Genomgång av insatser för målgruppen unga vuxna.\n\n"
                 "• Målgruppen behöver nås bättre, och målgruppen ska få information.\n",
                 "Målgruppen", id="a-target-group"),
    pytest.param("Uppföljning\n\nMålet för det geografiska området nåddes inte. Området "
                 "följs upp.\n", "området", id="an-area-ends-like-a-council"),
    pytest.param("Möte 2015-02-17\nNärvarande: Eva, Per\n1. Lokalerna. Frågan ligger hos "
                 "lokalnämnden för beredning och tas upp på nästa nämndsammanträde.\n",
                 "Nämnden", id="a-nämnd-s-meeting-names-no-body"),
    pytest.param("Protokoll fört vid Zoommöte 2021-02-03\nNärvarande: Eva, Per\n"
                 "1. Inget att rapportera.\n", "Zoommöte", id="how-the-meeting-was-held"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_BODIES)
def test_body_not_from_other_words(text, wrong):
    assert run(text).meeting.body != wrong


def test_the_meeting_words_are_lexicon_data():
    from tracker.extract.meeting_words import alternation, body_nouns, meeting_words, own_body_nouns

    table = meeting_words()
    for name in ("date_labels", "date_fields", "signing", "notice", "page_dates",
                 "other_meeting"):
        assert table[name], name
    assert own_body_nouns() <= body_nouns().keys()
    # "*" takes any ending; the words stay whole
    import re

    pat = re.compile(r"^" + alternation(["justering*", "datum då"]) + r"$", re.IGNORECASE)
    assert pat.match("Justeringsdag") and pat.match("datum  då") and not pat.match("datum")


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("Protokoll KS 2023-05-12.pdf", dt.date(2023, 5, 12)),
        ("protokoll_styrelsen_20230512.docx", dt.date(2023, 5, 12)),
        ("230512 Styrelsemöte.pdf", dt.date(2023, 5, 12)),
        ("anteckningar.txt", None),
        ("utkast 2023-05-12 och 2023-05-19.docx", None),  # two dates: which?
    ],
)
def test_the_file_name_dates_a_text_that_gives_no_date(name, date):
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.domain import DocumentInfo
    from tracker.extract.minutes import extract_minutes

    doc = doc_from_text("Styrelsemöte\n\nNärvarande: Eva, Per\n\n1. Lokaler\nPer återkommer "
                        "senast 30 maj.\n", name)
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.date == date
    if date is not None:
        assert any("filnamnet" in w.message for w in ex.warnings)
        assert ex.items[0].due == dt.date(2023, 5, 30)


def test_the_text_s_date_before_the_file_name():
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.domain import DocumentInfo
    from tracker.extract.minutes import extract_minutes

    doc = doc_from_text("Protokoll styrelsemöte 2023-05-03\n\nNärvarande: Eva, Per\n",
                        "kopia 2023-06-01.txt")
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.date == dt.date(2023, 5, 3)


def test_a_yearless_meeting_date_takes_the_file_name_s_year():
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.domain import DocumentInfo
    from tracker.extract.minutes import extract_minutes

    text = ("Protokoll styrgruppen 26 oktober\n\nNärvarande: Eva Lind, Per Holm\n\n"
            "1. Lokaler\nPer återkommer med en kostnadsbild senast den 20 november.\n")
    doc = doc_from_text(text, "Styrgruppen 2023.docx")
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.date == dt.date(2023, 10, 26)
    assert ex.items[0].due == dt.date(2023, 11, 20)
    assert not any("utan årtal" in w.message for w in ex.warnings)
    # two years in the name: which one is not told, so nothing is taken
    doc = doc_from_text(text, "Styrgruppen 2022-2023.docx")
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))
    assert ex.meeting.date is None
