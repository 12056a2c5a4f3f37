"""Patterns the minutes reader matches sentences, titles and table cells with.

The phrase rules that decide whether a sentence leaves a matter open or closes it are
data (``resources/extract/phrases.toml``).  These are the patterns around them that need
code – who raised a matter and who answered, task sections and field labels ("Ansvarig:",
"Åtgärd:"), anaphora and topic labels, the signing date, status words in table cells,
quoted text – each with the example that explains it.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.extract.phrases import Rule
from tracker.language.date_period import MEETING_NOUNS

#: When one exchange matches several rules, the item gets the kind that says most.
_KIND_ORDER = ("tabled", "sent_back", "assignment", "action", "referred", "carried_over",
               "awaiting_reply", "follow_up")  # fmt: skip
#: Kinds that are decisions or tasks of their own: two of one family in one exchange are two
#: items ("ger förvaltningen i uppdrag att A … ger även i uppdrag att B"), while a tabling
#: and the assignment that says what to complete are one.
_FAMILY = {"assignment": "task", "action": "task", "tabled": "decision", "sent_back": "decision"}
#: "6.1 ", "7.2 ", "3) ": the number a matter has in its section's list.
_SUBITEM_NO = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+|^\s*\d{1,2}\)\s+")
#: The parties of Swedish councils, as written after a member's name.
_POLITICAL_PARTY = re.compile(r"^(?:S|M|C|L|V|KD|MP|SD|FP)$")

_RAISE = re.compile(
    r"^(?P<who>[^.?!]{2,60}?)\s+(?:(?:har|hade)\s+(?:tidigare\s+|också\s+|även\s+)?)?"
    r"(?:undrar|undrade|undrat|frågar|frågade|frågat|lyft|tagit\s+upp|påtalat|efterfrågat|"
    r"föranmäler|föranmälde|föranmält|lyfter|lyfte|"
    # "Vårdförbundet tar också upp ersättningen …"
    r"(?:tar|tog)\s+(?:också\s+|även\s+|dessutom\s+)?upp|påtalar|påtalade|"
    r"menar|önskar|önskade|efterfrågar|efterfrågade|vill\s+(?:dessutom\s+|också\s+|även\s+)?veta|"
    # "Ordföranden ställer proposition" puts a question to the vote; it raises nothing
    r"vill\s+ha|ställer(?!\s+proposition)|ställde(?!\s+proposition)|"
    r"väcker|väckte|uppmärksammar|uppmärksammade|hade\s+följdfrågor|föreslår|föreslog|"
    r"har\s+en\s+fråga|har\s+frågor|hade\s+en\s+fråga|"
    # "Sveriges Ingenjörer begär att få ta del av underlaget"
    r"begär|begärde)\b",
    re.IGNORECASE,
)
#: The verbs of _RAISE on their own: a cheap test before the full pattern.
_RAISE_VERB = re.compile(
    r"\b(?:undra|fråga|föranmä|lyft|tar\s+(?:\w+\s+)?upp|tog\s+(?:\w+\s+)?upp|tagit\s+upp|"
    r"påtala|efterfråga|menar|begär|"
    r"önska|vill|ställ|väck|uppmärksamma|hade\s+följdfrågor|har\s+en\s+fråga|har\s+frågor|föresl|"
    r"hade\s+en\s+fråga)",
    re.IGNORECASE,
)
#: "Oskar tycker att det är trångt" raises a matter; "Vision tycker att frågan kan
#: avslutas" (see _REFERS_BACK) comments on one.
_OPINION = re.compile(
    r"^(?P<who>[^.?!]{2,40}?)\s+(?:tycker|anser|upplever|påpekar|påpekade|framför|framförde)"
    r"\s+att\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(
    r"\b(?:frågan|svaret|förslaget|det\s+låter|beslutet)\b(?!\s+(?:om|gällande|kring|angående))",
    re.IGNORECASE,
)
#: How far after a raising verb (characters) a word that refers back still counts.
_REFER_WINDOW = 40
#: "Helena lyfter det på rektorsgruppen": the matter is passed on, not raised.
_PASSES_ON = re.compile(
    r"\b(?:lyfter|lyfte|tar|tog)\s+(?:upp\s+|med\s+(?:sig\s+)?)?(?:det|detta|den|frågan|"
    r"frågorna|saken|synpunkten|synpunkterna)\s+(?:vidare\s+)?(?:till|på|med|i)\b",
    re.IGNORECASE,
)
#: "Fråga från Vision om omklädningsrum …"
_QUESTION_FROM = re.compile(
    r"^(?:fråga|frågor|föranmäld\s+fråga|synpunkt)\s+från\s+(?P<who>[^:,.]{2,40}?)"
    r"(?=\s+om\b|\s+angående\b|\s+gällande\b|\s*[:,.]|\s*$)",
    re.IGNORECASE,
)
#: "Vision: arbetsbelastningen i mottagningen." – a matter listed under its party.
_PARTY_LABEL = re.compile(r"^(?P<who>[^:.?!]{2,40}):\s+\S")
_ANSWER = re.compile(
    r"\b(?:svarar|svarade|besvarar|besvarade|förklarar|förklarade|meddelar|meddelade|"
    r"redovisar|redovisade|bekräftar|bekräftade|informerar\s+om\s+att)\b|^svar\s*:",
    re.IGNORECASE,
)
#: A closing that names the matter by its noun ("… anser att uppdraget om X är slutfört").
_ANSWERED_PAST = re.compile(
    r"\b(?:svarade|besvarade|förklarade|meddelade|redovisade|bekräftade)\b|^svar\s*:",
    re.IGNORECASE,
)
#: A definite noun opening a sentence ("Rutinen för …", "Arbetskläderna …"): a subject of
#: its own, not a person, a pronoun or a time ("Sedan", "Därefter").
_NEW_SUBJECT = re.compile(
    r"^(?-i:[A-ZÅÄÖ])[a-zåäö]{3,}(?:en|et|na|erna|orna|arna)\b(?!\s+(?-i:[A-ZÅÄÖ]))",
    re.IGNORECASE,
)
_CLOSES_BY_NOUN = re.compile(r"\b(?:uppdraget|frågan|ärendet|punkten)\b", re.IGNORECASE)
#: "Arbetsutskottet föreslår (kultur- och fritids)nämnden besluta att …"
_PROPOSES = re.compile(
    r"(?<![\wåäö-])(?P<who>[A-ZÅÄÖ][\wåäö-]*(?:utskott|utskottet|presidium|presidiet|beredning|"
    r"beredningen))\s+föreslår\s+(?:[\wåäö-]+\s+){0,4}?(?:[\wåäö-]*(?:nämnden|styrelsen|"
    r"fullmäktige))\s+(?:att\s+)?besluta\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^(?:(?:frågan|frågorna|ärendet|punkten|uppdraget)\b"
    r"(?!\s+(?:om|gällande|kring|angående|rörande)\b)|"  # "Frågan om X …" names its matter
    r"(?:den|det|detta|denna|dessa|synpunkten|nämnden|styrelsen|\w+\s+(?:svarar|svarade)\s+att)\b)",
    re.IGNORECASE,
)
#: A sentence without a subject of its own, opening with a passive or a verb of what
#: happens next ("Utvärderas på nästa möte.", "Följs upp i mars.", "Återkommer i
#: december."): it goes on about the matter before it and names none.
#: A further point told in the same paragraph: "Sektionen konstaterade också att …",
#: "Ordföranden informerade vidare om …" – a matter of its own after one left open.
_ALSO_TOLD = re.compile(
    r"^(?:[\wåäö-]+\s+){1,3}?[a-zåäö]+(?:ade|ar|er|de|te)\s+(?:också|även|vidare|dessutom)"
    r"\s+(?:att|om)\b", re.IGNORECASE)
_SUBJECTLESS = re.compile(
    r"^(?:[a-zåäö]{3,}eras|bevakas|följs|tas|ses|stängs|avslutas|utreds|kvarstår|"
    r"återkommer|fortsätter)\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"\bi\s+uppdrag\s+att\s+|\buppdra(?:r|ga|de)?\s+(?:åt\s+)?[^,.;:]{2,60}?\s+att\s+|"
    r"\buppdras\s+(?:\w+\s+)?att\s+",
    re.IGNORECASE,
)
_TOPIC_MARK = re.compile(
    r"^(?:punkten|frågan|ärendet|uppdraget)\s+(?:om|gällande|kring|angående|rörande)\b|"
    r"^(?-i:[A-ZÅÄÖ])[^:.?!]{2,50}:\s+\S|"  # "Larmtelefoner till nattpatrullen: …"
    r"^(?-i:[A-ZÅÄÖ])[^:.?!–]{2,50}\s[–-]\s+(?-i:[A-ZÅÄÖ])",  # "Lilla scenen – Vi söker …"
    re.IGNORECASE,
)
#: A matter brought by a letter: "Skrivelse från Lindesbergs kommun om …".
_LETTER_FROM = re.compile(
    r"^(?:skrivelse|framställan|framställning|begäran|förfrågan|hemställan)\s+från\s+"
    r"(?P<who>[^,.;]{2,60}?)\s+(?:om|angående|gällande|rörande|avseende)\b",
    re.IGNORECASE,
)

#: Sections that are lists of tasks until the next meeting.
_TASK_SECTION = re.compile(
    # "Till nästa LG (28/4)", "Uppföljning till nästa FSG": the next meeting by any of its
    # names, its date in brackets.
    r"^(?:(?:uppföljning\s+)?till\s+nästa\s+(?:gång|" + MEETING_NOUNS + r")|"
    r"att\s+göra|uppgifter|åtgärder|"
    # "Frågor till nästa FVG": matters the next meeting takes up again.
    r"(?:frågor|punkter|ärenden)\s+(?:till|inför)\s+nästa\s+(?:gång|" + MEETING_NOUNS + r")|"
    r"åtgärdslista|hemuppgifter|inför\s+nästa\s+(?:gång|möte|APT))"
    # the whole title ("Åtgärder", "Att göra till nästa gång"), not "Åtgärder mot hemlöshet"
    r"(?:\s+(?:till|inför)\s+nästa\s+\w+)?(?:\s*\((?:den\s+)?[\d/.\s-]{3,12}\))?\s*[:.]?\s*$",
    re.IGNORECASE,
)
_TASK_WHO = re.compile(
    r"^(?P<who>(?-i:[A-ZÅÄÖ][\wåäö]+(?:-[A-ZÅÄÖ][\wåäö]+)?"
    r"(?:\s+[A-ZÅÄÖ][\wåäö]+(?:-[A-ZÅÄÖ][\wåäö]+)?){1,2}))\s+(?-i:[a-zåäö]+(?:r|s))\b|"
    # initials or a first and last name, not a topic label ("Budget: ramarna kommer …")
    r"^(?P<who2>(?-i:[A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?))"
    r"\s*:\s+"
    r"(?-i:[a-zåäö]+)\b",
    re.IGNORECASE,
)
#: Field labels that introduce the action decided on a matter ("Åtgärd: …").
_ACTION_LABELS = frozenset({"åtgärd"})
#: "Åtgärd: Ingen.", "Åtgärd: –", "Inga åtgärder behövs": no action.
_NO_ACTION = re.compile(
    r"^(?:[–—-]+|ingen|inga|ej\s+aktuellt|saknas|behövs\s+inte|ingen\s+åtgärd\w*|"
    r"inga\s+åtgärder)(?:\s+(?:\w+\s+){0,2}\w+)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_TASK_RULE = Rule(kind="action", regex=re.compile(r"(?!x)x"), confidence=0.7)
#: A matter listed under "Frågor till nästa FVG": carried over to the next meeting.
_CARRIED_RULE = Rule(kind="carried_over", regex=re.compile(r"(?!x)x"), confidence=0.7)
_QUESTIONS_LIST = re.compile(r"^(?:frågor|punkter|ärenden)\b", re.IGNORECASE)
_RAISED_FIELD = re.compile(
    r"^(?:väckt|anmäld|inlämnad)\s+av\s*:?\s+(?P<who>[^,.;]{2,40}?)(?:\s*[,;]\s*"
    r"(?P<ans>[^,.;]{2,40}?)\s+(?:svarar|återkommer|ansvarar))?\s*\.?$",
    re.IGNORECASE,
)
_FIELD_SENTENCE = re.compile(
    r"^(?P<field>ansvarig|ansvar|vem|klart\s+senast|klart|klar\s+senast|senast|när|deadline)"
    r"\s*:\s*(?P<value>(?:[^.]|\.(?=\s*\d)){1,60})\.?$|"  # "Klart: v. 43"
    # terse notes: "Ansv Birgitta + Sara."
    r"^(?P<field2>ansv)\.?:?\s+(?P<value2>[^.]{1,60})\.?$|"
    # "Ansvar Ahmed och Zoran, klart 27/8.": who and when in one sentence, no colons
    r"^(?P<field3>ansvar|ansvarig)\s+(?P<value3>[^,.:]{1,40}),\s*(?:klart|klar|senast)\s+"
    r"(?P<due3>(?:[^.]|\.(?=\s*\d)){1,30})\.?$|"
    # "Senast 29/5." / "Klart senast v. 23.": a deadline alone, no colon, a date after it
    r"^(?P<field4>klart\s+senast|klar\s+senast|senast)\s+"
    r"(?P<value4>(?:\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|v\.?\s*\d{1,2}|vecka\s+\d{1,2})(?:\s+\d{4})?)\.?$",
    re.IGNORECASE,
)
#: "Bo Gustafsson (SD) yrkar att ärendet bordläggs": the member who moved the tabling
#: (or the sending back) raised it.
_MOVES = re.compile(
    r"^(?P<who>[^,.]{2,50}?)\s+yrkar\s+(?:på\s+)?att\s+ärendet\s+(?:ska\s+)?"
    r"(?:bordläggs|bordläggas|återremitteras|återremitteras)\b",
    re.IGNORECASE,
)
#: "Ulf Rydén kan inte svara på detta i dag.": the one who owes the answer later.
_CANNOT_ANSWER = re.compile(
    r"^(?P<who>[^,.]{2,40}?)\s+(?:kan|kunde)\s+inte\s+(?:svara|besvara|ge\s+(?:ett\s+)?svar)\b",
    re.IGNORECASE,
)
#: "Återrapportering sker i december.": the deadline of the task said just before.
_REPORT_BACK = re.compile(
    r"^(?:återrapportering|redovisning|återkoppling|rapportering|uppföljning)(?:en)?\s+"
    r"(?:av\s+uppdraget\s+|till\s+nämnden\s+)?(?:sker|ska\s+ske|görs|ska\s+göras|lämnas|"
    r"ska\s+lämnas)\b|"
    r"^ärendet\s+ska\s+(?:åter|tillbaka)\s+till\b",  # "Ärendet ska åter till nämnden senast i maj"
    re.IGNORECASE,
)
#: A later decision point that only dates an earlier one's task: "4. Planen ska redovisas
#: till kommunstyrelsen under första kvartalet 2018" (point 3 asked for "en plan"),
#: "Uppdraget ska vara klart senast 30 juni".
_DATES_EARLIER = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?P<noun>[A-ZÅÄÖ][a-zåäö]{2,}?)(?P<def>en|et|na|n|t)\s+"
    r"(?:ska|skall|bör|kommer\s+att)\s+(?:\w+\s+)?(?:redovisas|återrapporteras|rapporteras|"
    r"presenteras|lämnas|överlämnas|vara\s+(?:klar|klart|färdig|färdigt|genomförd|genomfört|"
    r"slutförd|slutfört))\b"
)
#: A later decision point that dates earlier points by their numbers: "3. Punkt 1
#: återrapporteras till kommunstyrelsen senast i januari 2020", "Uppdraget i punkt 2 ska
#: redovisas senast 30 juni", "Punkterna 1 och 2 redovisas i maj".
_DATES_POINTS = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:(?:uppdraget|uppdragen)\s+(?:i|enligt)\s+)?"
    r"(?:beslutspunkt|punkt)(?:erna)?\s+(?P<nums>\d{1,2}(?:\s*(?:,|och|&|-|–)\s*\d{1,2})*)\s+"
    r"(?:ska\s+|skall\s+|bör\s+)?(?:\w+\s+)?(?:redovisas|återrapporteras|rapporteras|"
    r"återredovisas|presenteras|vara\s+(?:klar|klart|genomförd|genomfört))\b",
    re.IGNORECASE,
)
#: A line that opens with its point's number ("1. Kommunledningskontoret får i uppdrag …").
_NUMBERED_LINE = re.compile(r"^\s*(?P<num>\d{1,2})\s*[.)]\s+\S")
#: Lists of incoming letters and others' decisions in a nämnd protocol ("Anmälningsärenden",
#: "Meddelanden"): "IVO:s beslut …, ärendet avslutat" closes the authority's case, not ours.
_CORRESPONDENCE = re.compile(
    r"^(?:anmälningsärenden|anmälan\s+av\s+(?:inkomna\s+)?(?:skrivelser|handlingar|"
    r"meddelanden)|meddelanden|delgivningar|inkomna\s+skrivelser|anmälningar)\s*$",
    re.IGNORECASE,
)
#: Another body's minutes or decisions reported to this meeting ("3 Anmälan av protokoll
#: från kommunfullmäktige": "Val av ny ersättare bordlades" is the fullmäktige's tabling,
#: told for information), under any numbering; not the meeting's own previous minutes.
_OTHERS_MINUTES = re.compile(
    r"^anmälan\s+av\s+(?:[\wåäö-]+\s+)?(?:protokoll|protokollsutdrag|beslut)\s+från\s+"
    r"(?!(?:föregående|förra|senaste|tidigare|nämndens\s+föregående)\b)\S",
    re.IGNORECASE,
)
#: A motion whose wording follows it ("Lars Backman (V) yrkade att styrelsen skulle
#: besluta:", "Yrkande:"): the lines after it are what he moved, not what was decided …
_MOTION_INTRO = re.compile(r"\byrka(?:r|de|nde|t)\b[^.]*:\s*$|^yrkanden?\s*:\s*$",
                           re.IGNORECASE)
#: … until the decision is told ("Styrelsen beslutade …", "Ordföranden ställer
#: proposition …", a "Beslut" heading line).
_MOTION_END = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutades|beslöts|beslutas)\b|^beslut\b|"
    r"\bproposition\b|\bfinner\s+att\b|\bfann\s+att\b",
    re.IGNORECASE,
)
#: The next meeting's line ("10. Nästa möte.", "Nästa sammanträde:") …
_NEXT_MEETING_LINE = re.compile(
    r"^(?:\d{1,2}[.)]?\s*)?(?:nästa|kommande)\s+(?:möte|sammanträde|träff|styrelsemöte)"
    r"\s*[.:]?\s*$",
    re.IGNORECASE,
)
#: … and what follows it without a subject tells when it will be ("Återkommer efter
#: sommaren.", "Meddelas senare."): the meeting's own scheduling, no one's task.
_WHEN_UNSET = re.compile(
    r"^(?:återkommer|återkommes|meddelas|bestäms|beslutas|fastställs|kallelse\s+kommer)\b",
    re.IGNORECASE,
)
#: Forums where the unions ask and the employer answers: what a union asks for
#: ("Fackliga parterna önskar få återkoppling …") the employer owes.
_SAMVERKAN_BODY = re.compile(
    r"förvaltningsgrupp|samverkan|SVG|FVG|CSG|LSG|skyddskommitt", re.IGNORECASE
)
_INTRO = re.compile(r":\s*$|följande\s+fråg|följande\s+punkt", re.IGNORECASE)
_ROLE_NOUN = re.compile(
    # "Kultur- och fritidsnämnden", "barn- och utbildningsförvaltningen": one body.
    r"(?<![\wåäö-])(?:[A-ZÅÄÖa-zåäö]+-\s+(?:och|&)\s+)?(?:[\wåäöÅÄÖ-]+(?:ansvarig|ansvarige)|[\wåäöÅÄÖ-]*(?:chefen|chefer|"
    r"cheferna|samordnaren|"
    r"handläggaren|gruppen|avdelningen|enheten|kontoret|förvaltningen|nämnden|styrelsen|"
    r"ombudet|ombuden|rektorn|rektor|ordföranden|sekreteraren|utskottet|kommittén|"
    r"strategen|controllern|direktören|samordnare|terapeuten|planeraren|sjuksköterskan|"
    r"assistenten|konsulten|specialisten|juristen|ekonomen|fastighetsägaren|"
    r"förvaltaren))(?![\wåäö-])",
    re.IGNORECASE,
)
#: A first name that starts a clause and acts: "Johan bevakar", ", Nina har kontaktat".
_ACTOR = re.compile(
    r"(?:^|[,;:]\s+|\boch\s+)"
    # "Förvaltningschef Maria Lindqvist återkommer": a title before the name
    r"(?:[A-ZÅÄÖ]?[a-zåäö]+(?:chef|ansvarig|sekreterare|direktör|utvecklare|samordnare|"
    r"handläggare|strateg|controller|ekonom|konsult|specialist|partner|ombud)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)\s+"
    r"(?:har|ska|skall|kommer|återkommer|bevakar|ansvarar|tar|kontaktar|undersöker|ordnar|"
    r"bokar|skickar|redovisar|får\s+i\s+uppdrag|fick\s+i\s+uppdrag)\b"
)
_NAME2 = re.compile(r"(?<![\wåäö])[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+){1,2}(?![\wåäö])")
_QUOTE = re.compile(r"[”“\"«][^”“\"«»]{3,}?[”\"»]|[”“\"«][^”“\"«»]*$", re.DOTALL)
_WARN_CUE = re.compile(
    r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|justering|justeras|senast|"
    r"synpunkter|deadline|sista\s+dag|klart|inkommit|inkomma",
    re.IGNORECASE,
)
_DEADLINE_CUE = re.compile(
    r"justering|justeras|senast|synpunkter|deadline|sista\s+dag|klart|inkommit|inkomma",
    re.IGNORECASE,
)
#: Two meeting dates far apart: a phrase that resolves differently against them needs the
#: meeting date to mean anything ("12/3", "i april", "om två veckor").
_PROBE_REFS = (dt.date(2001, 7, 1), dt.date(2011, 1, 15))
#: "Alla medarbetare ska ha genomfört …": people who must act; "alla förskolor" are places
#: and name no one to follow the task up with.
_QUANTIFIED = re.compile(
    r"^(?:alla|samtliga|varje|respektive)\s+(?:medarbetare|anställda|\w*chef(?:er)?|ledamöter|"
    r"ledamot|deltagare|pedagoger|lärare|handläggare|skyddsombud)\b",
    re.IGNORECASE,
)
#: A motion or citizen proposal answered ("anse medborgarförslaget besvarat").
_PROPOSAL_ANSWERED = re.compile(
    r"\banse[sr]?\s+(?:\w+\s+)?(?:motionen|medborgarförslaget|e-förslaget|förslaget)\s+"
    r"(?:som\s+)?besvara[dt]"
    r"|\bskrivelsen\s+(?:har\s+|är\s+|anses\s+)?(?:nu\s+)?besvara(?:d|t|ts)\b",
    re.IGNORECASE,
)
#: A § whose heading answers a motion or citizen proposal ("Svar på medborgarförslag om
#: utegym vid Ringsjögården", "Besvarande av motion om …").
_ANSWERS_PROPOSAL = re.compile(
    # ("Yttrande över motion om solceller …": the nämnd's answer proposed to fullmäktige)
    r"^(?:svar\s+på|besvarande\s+av|besvarad[et]?|yttrande\s+över)\s+(?:\w+\s+)?"
    r"(?:medborgarförslag|motion|e-förslag|interpellation)"
    # "Skrivelse om snöröjning": a letter from outside, answered elsewhere and filed
    r"|^skrivelse\s+(?:om|från|angående|rörande)\b",
    re.IGNORECASE,
)
#: Signs that a matter was on the list before this meeting: tabled, sent back, raised
#: at an earlier meeting.
_LISTED_BEFORE = re.compile(
    r"\bbordla\w*|\båterremitt\w*|\bföregående\s+(?:sammanträde|möte)|"
    r"\btidigare\s+(?:sammanträde|möte)|\bbalanslistan?\b|\bkvarstående\b",
    re.IGNORECASE,
)
#: A balance-list matter that opens with its raiser in brackets.
_OPENS_RAISED_BY = re.compile(
    r"^[^.!?()]{2,80}\((?:väckt|anmäld|inlämnad|lyft)\s+av\s+"
    r"(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö:-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*)*)",
    re.IGNORECASE,
)
_SUB_ITEM_BY = re.compile(r"\((?:väckt\s+av\s+)?(?P<who>[A-ZÅÄÖ][^,()\d]{1,40}?)\s*(?:,|\d|\))")
_NEGATED = re.compile(r"\b(?:inte|ej|icke|aldrig)\b", re.IGNORECASE)
#: "Mall för utvecklingssamtal vt: …", "Studiedagen 8/4: …" – a topic before a colon.
_TOPIC_LABEL = re.compile(r"^[A-ZÅÄÖ][^:.?!]{2,60}:\s+(?=\S)")
_TELLS = re.compile(
    r"\s+(?:\(\w+\)\s+)?(?:påminner|påminde|informerar|informerade|berättar|berättade|"
    r"meddelar|meddelade)\b",
    re.IGNORECASE,
)
#: Words that open a sentence and name no one ("Vidare ska …", "Ämnet återkommer …"):
#: sentence adverbs, and a capitalised noun in the definite neuter that is no name.
_SENTENCE_ADVERBS = frozenset({
    "vidare", "därefter", "sedan", "dessutom", "även", "också", "slutligen", "först",
    "nu", "då", "här", "där", "idag", "samtidigt", "därför", "alltså", "annars",
    "fortsättningsvis", "tidigare", "senare", "därmed", "härmed", "enligt", "eventuellt",
})  # fmt: skip
_DEFINITE_THING = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}et")
#: Inverted word order after an adverb: "Vidare ska Teknisk förvaltning ta fram …",
#: "Därefter kommer förvaltningen att …": the subject follows the auxiliary.
_INVERTED_SUBJECT = re.compile(
    r"^(?:vidare|därefter|sedan|dessutom|slutligen|samtidigt|därför|även|också|nu)\s+"
    r"(?:ska|skall|bör|kommer|får|måste)\s+(?:även\s+|också\s+)?"
    r"(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+|[\wåäö-]*(?:förvaltning|"
    r"nämnd|styrelse|kontor|avdelning|enhet)(?:en|et)?)){0,2}|[\wåäö-]*(?:förvaltningen|"
    r"nämnden|styrelsen|kontoret|avdelningen|enheten|chefen|direktören))\s",
    re.IGNORECASE,
)
_NOT_OWNER = {
    "frågan", "ärendet", "punkten", "den", "det", "detta", "vi", "de", "man", "hon", "han",
    "mötet", "sammanträdet", "dagordningen", "protokollet",
}  # fmt: skip

_SIGNING = re.compile(
    r"^(?:justeringens\s+(?:plats|tid)|justering(?:en)?\s+sker|justerat|"
    r"anslag(?:et)?\s+sätts\s+upp|datum\s+då\s+anslaget|protokollet\s+justeras)",
    re.IGNORECASE,
)

#: Verbs of finding something out, before "och återkommer".
_FINDS_OUT = re.compile(
    r"\b(?:kollar|undersöker|tar\s+reda\s+på|stämmer\s+av|kontrollerar|hör\s+efter|"
    r"hör\s+med|utreder|kontaktar|tar\s+kontakt\s+med|frågar)\b[^.;]{0,80}?\boch\s+återkommer\b",
    re.IGNORECASE,
)

#: Several owners in one cell: "Maja + Jukka", "AG/HR", "Skyddsombud och enhetschef" –
#: but "Kultur- och fritidsförvaltningen" is one (the hyphen shares the word's end).
_OWNER_SPLIT = re.compile(r"\s*(?:/|,|;|&|\+)\s*|(?<!-)\s+och\s+")

#: A status or comment cell whose last sentence is a bare closing word: the row is done
#: ("Resultatet redovisades under punkt 6. Klar.").  Not "… när mätningen är klar."
_STARTS_DONE = re.compile(r"^\w+\s*(?:[.!;–—-]|$)")
_ENDS_DONE = re.compile(
    # "Antagen av nämnden i september – avförs från listan": a dash also ends the note
    r"(?:^|[.!;:]\s+|\s[–—]\s+)(?:klar|klart|stängs|stängd|avförs|avförd|avslutas|avslutad|avslutat|"
    r"stryks|kan\s+strykas|kan\s+stängas|kan\s+avföras|kan\s+avslutas|slutförd|slutfört|"
    r"åtgärdad|åtgärdat|besvarad|besvarat)"
    # "… Avförs från CSG:s lista.": struck off a named list
    r"(?:\s+(?:från|ur)\s+(?:[\wåäö:-]+\s+){0,2}?(?:balans)?listan?)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
