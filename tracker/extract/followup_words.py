"""The words of follow-up reports: the vocabulary of ``resources/extract/followup.toml``
compiled once (status words and colours, field labels, table words, body nouns, the cues
of running text) in :func:`vocabulary`, and a status badge run into the text before it
(:func:`glued_status`).  What a line says is read in :mod:`tracker.extract.followup_lines`,
what a sentence names in :mod:`tracker.extract.followup_sentences`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tracker.paths import resources_dir

# --- vocabulary -----------------------------------------------------------------------------


def _words(entry: str) -> str:
    return r"\s+".join(re.escape(w) for w in entry.split())


def _alt(entries: list[str]) -> str:
    return "|".join(_words(e) for e in sorted(set(entries), key=len, reverse=True))


#: A small letter run into a capital near a line's start: where a status badge may join.
_JOIN = re.compile(r"[a-zåäö][A-ZÅÄÖ]")


def glued_status(text: str) -> re.Match[str] | None:
    """``vocabulary().glued`` on ``text``, after a cheap look for a join (most lines
    have none; the pattern's alternation of every status value is slow)."""
    if _JOIN.search(text, 0, 45) is None:
        return None
    return vocabulary().glued.match(text)


def _capital(entry: str) -> str:
    """A status value as a printed cell starts it: "ej påbörjad" → "Ej påbörjad"."""
    return entry[:1].upper() + entry[1:]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    open_value: re.Pattern[str]
    done_value: re.Pattern[str]
    colour: re.Pattern[str]
    negative: re.Pattern[str]
    trailing: re.Pattern[str]
    leading: re.Pattern[str]
    glued: re.Pattern[str]
    mid: re.Pattern[str]
    status_starts: frozenset[str]
    status_label: re.Pattern[str]
    owner_label: re.Pattern[str]
    owner_labels: frozenset[str]
    #: owner labels that count only with their colon ("Ansvar: …")
    owner_colon_labels: frozenset[str]
    #: a field naming who answers for the whole report (``[labels] body_owner``)
    body_owner_label: re.Pattern[str]
    recipients: re.Pattern[str]
    end_labels: frozenset[str]
    value_label: re.Pattern[str]
    entry_head: re.Pattern[str]
    #: bodies named by a plural of their kind (``[bodies] plural``)
    plural_bodies: frozenset[str]
    #: field labels naming an indicator page's measure (``[labels] measure``)
    measure_labels: frozenset[str]
    comment_head: re.Pattern[str]
    body_name: re.Pattern[str]
    generic: frozenset[str]
    unit_heading: re.Pattern[str]
    organisation_owner: dict[str, str]
    prose_open: re.Pattern[str]
    stage: re.Pattern[str]
    anaphor: re.Pattern[str]
    skip_after: re.Pattern[str]
    trend: re.Pattern[str]
    section: re.Pattern[str]
    status_heading: re.Pattern[str]
    list_heading: re.Pattern[str]
    goal_miss: re.Pattern[str]
    #: a target a result is told against ("ambitionen", "målvärdet"; ``[prose] target_nouns``)
    target: re.Pattern[str]
    #: a result told against its target ("lägre än ambitionen"; ``[prose] below_target``)
    below_target: re.Pattern[str]
    #: a plan's lead setting its work as the period's priorities (``[prose] priority_lead``)
    priority_lead: re.Pattern[str]
    #: money as a sentence's subject (``[prose] funds``): a rule on it plans no work
    funds_subject: re.Pattern[str]
    #: a lead saying others do the work it lists (``[prose] others_work``)
    others_work: re.Pattern[str]
    goal_partly: re.Pattern[str]
    #: a measure told worse than before (``[prose] measure_nouns``, ``worsened``)
    worsened: re.Pattern[str]
    goal_verdict_label: re.Pattern[str]
    inverted_subject: re.Pattern[str]
    next_step: re.Pattern[str]
    #: a review planned for a time to come: its verb in the present passive or its noun
    #: with a verb of doing (``[prose] review_verbs``, ``review_nouns``, ``review_done``)
    review: re.Pattern[str]
    forecast: re.Pattern[str]
    forecast_value: re.Pattern[str]
    standing: re.Pattern[str]
    abbreviations: dict[str, str]
    issuers: dict[str, str]
    register_case: re.Pattern[str]
    register_proposal: re.Pattern[str]
    register_proposal_column: re.Pattern[str]
    register_decision_column: re.Pattern[str]
    register_decided: re.Pattern[str]
    assessment: re.Pattern[str]
    recommendation_lead: re.Pattern[str]
    audit_answer: re.Pattern[str]
    improvement_lead: re.Pattern[str]
    remaining_cue: re.Pattern[str]
    remedied_cue: re.Pattern[str]
    area: re.Pattern[str]
    status_subject: re.Pattern[str]
    #: an entry's subject noun, then a negation and a finished word's supine, in any
    #: clause order ("Då arbetet inte genomförts", "Åtgärden har ännu ej slutförts")
    not_done_note: re.Pattern[str]
    planner: frozenset[str]


def _inverted_subject(org_nouns: list[str], body_nouns: str) -> re.Pattern[str]:
    """"Bland annat har X kommun och Y folkhögskola under året inlett …": the subject
    after an opening adverbial and "har", when it names organisations or bodies."""
    cap = r"[A-ZÅÄÖ][\wåäö-]+"
    org = (
        rf"(?:{cap}(?:\s+{cap})?\s+(?:{_alt(org_nouns)})|(?:Region|Regionen)\s+{cap}"
        rf"|(?:{cap}\s+)?[\wåäö-]*(?:{body_nouns}))"
    )
    return re.compile(
        rf"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö]+){{0,3}}\s+(?:har|hade)\s+"
        rf"(?P<name>{org}(?:(?:,\s+|\s+och\s+){org})*)\s+"
        r"(?:(?:under|i)\s+\w+\s+|också\s+|även\s+|nu\s+)*[a-zåäö]+t(?:s)?\b"
    )


def _both_negations(entries: list[str]) -> list[str]:
    """``entries`` and each of them with "ej" and "inte" swapped."""
    swap = {"ej": "inte", "inte": "ej"}
    out = list(entries)
    for e in entries:
        words = e.split()
        if any(w in swap for w in words):
            out.append(" ".join(swap.get(w, w) for w in words))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def followup_data() -> dict:
    """``resources/extract/followup.toml`` as read."""
    return tomllib.loads((resources_dir() / "extract" / "followup.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = followup_data()
    st, lb, tb, bd, pr = (data[k] for k in ("status", "labels", "table", "bodies", "prose"))
    # The two negations say the same: each phrase with "ej" stands with "inte" too, and
    # the other way round ("ej genomförts" / "inte genomförts").
    st = {**st, "open": _both_negations(st["open"]), "done": _both_negations(st["done"])}
    pr = {**pr, "open": _both_negations(pr["open"])}
    rg = data["register"]
    values = st["open"] + st["done"] + st["colours"]
    i = re.IGNORECASE
    nouns = _alt(bd["nouns"])
    return Vocabulary(
        open_value=re.compile(rf"(?:{_alt(st['open'])})", i),
        not_done_note=re.compile(
            rf"(?<![\wåäö])(?:{_alt(st['subjects'])})\s+(?:har\s+)?(?:(?:ännu|fortfarande)\s+)?"
            rf"(?:inte|ej)\s+(?:har\s+)?(?:kunnat\s+)?(?:{_alt(st['not_done_supines'])})(?![\wåäö])",
            i,
        ),
        status_subject=re.compile(
            rf"^(?:{_alt(st['subjects'])})\s+(?:(?:är|har|blev|har\s+blivit)\s+)?(?=\S)", i
        ),
        done_value=re.compile(rf"(?:{_alt(st['done'])})", i),
        colour=re.compile(rf"(?:{_alt(st['colours'])})", i),
        negative=re.compile(rf"(?:{_alt(st['negative'])})", i),
        # A status value closing an entry line, written in capitals or set apart by a
        # separator: "Revidera planen PÅGÅENDE", "Revidera planen | Pågår".
        trailing=re.compile(
            rf"^(?P<text>.{{6,300}}?)(?:\s*[|\t–-]\s*|\s+\(|\s+)(?P<status>{_alt(values)})"
            r"\)?\.?\s*$",
            i,
        ),
        # A status value opening an entry line with a colon or a dash: "Pågår: Ta fram
        # en ny avfallsplan", "Klart – Revidera taxan".
        leading=re.compile(
            rf"^(?P<status>{_alt(st['open'] + st['done'])})\s*(?::|\s[–-])\s+"
            r"(?P<text>[A-ZÅÄÖ].{5,300})$",
            i,
        ),
        # A status value run together with the entry's name, as a web page's status
        # badge flattens into text: "FörsenadIndividuell mätning av el", "Genomförs
        # kontinuerligtSystem och rutiner".  Case matters here: a capital letter right
        # after the status word's last small letter marks the join.
        glued=re.compile(
            rf"^(?P<status>(?i:{_alt(values)}))(?<=[a-zåäö])"
            r"(?P<text>[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ0-9]{1,5}(?=[-\s])).{4,300})$"
        ),
        # A table row flattened to one line with single spaces: "Revidera taxan Pågår Ett
        # förslag tas fram i höst": a status value written with a capital after a small
        # letter, inside the line, and a comment starting with a capital after it.
        status_starts=frozenset(v.split()[0].lower() for v in values),
        mid=re.compile(
            r"^(?P<text>[A-ZÅÄÖ0-9].{5,250}?[a-zåäö0-9)])\s+"
            rf"(?P<status>{_alt([_capital(v) for v in values])})"
            r"(?:\s*[:–-]?\s+(?P<comment>(?:[A-ZÅÄÖ]|\d{4}-\d\d-\d\d).*))?$"
        ),
        status_label=re.compile(rf"^(?:{_alt(lb['status'])})\s*:\s*(?P<value>.*)$", i),
        owner_label=re.compile(rf"^(?:{_alt(lb['owner'])})\s*:?\s*(?P<value>.*)$", i),
        owner_labels=frozenset(w.lower() for w in lb["owner"]),
        owner_colon_labels=frozenset(w.lower() for w in lb.get("owner_colon", [])),
        body_owner_label=re.compile(
            rf"(?<![\wåäö])(?:{_alt(lb.get('body_owner', []))})\s*:\s*(?P<value>[^,;:]+?)"
            r"(?=\s*[,;]|\s+[A-ZÅÄÖ][\wåäö/-]*:|$)",
            i,
        ),
        recipients=re.compile(rf"^(?:{_alt(lb['recipients'])})\b", i),
        end_labels=frozenset(w.lower() for w in lb["end"]),
        value_label=re.compile(rf"^(?:{_alt(lb['value'])})(?:\s+\d{{4}})?\s*:", i),
        plural_bodies=frozenset(w.lower() for w in bd.get("plural", [])),
        measure_labels=frozenset(w.lower() for w in lb.get("measure", [])),
        entry_head=re.compile(rf"(?<![\wåäö])(?:{_alt(tb['entry'])})(?![\wåäö])", i),
        comment_head=re.compile(rf"(?<![\wåäö])(?:{_alt(tb['comment'])})(?![\wåäö])", i),
        body_name=re.compile(
            r"^(?:[A-ZÅÄÖ][\wåäö]*[as]\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö]*-\s+(?:och|&)\s+)?"
            rf"(?:[A-ZÅÄÖa-zåäö][\wåäö-]*?)?(?:{nouns})s?$"
        ),
        generic=frozenset(w.lower() for w in bd["generic"]),
        # "Tjänsteområde Operativt inköp": the unit's kind, then its name (capitalised,
        # a few words without figures: no sentence, no byline with its date).
        unit_heading=re.compile(
            rf"^(?i:{_alt(bd['unit_prefixes'])})\s+(?P<name>[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]*"
            r"(?:\s+(?:och\s+|&\s+)?[A-Za-zÅÄÖåäö-]+){0,3})$"
        ),
        organisation_owner={k.lower(): v for k, v in bd["organisation_owner"].items()},
        prose_open=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['open'])}"
            rf"|(?:{_alt(pr['not_yet'])})\s+(?:helt\s+|riktigt\s+)?[a-zåäö]{{3,}}(?:ats|ts))"
            r"(?![\wåäö])",
            i,
        ),
        stage=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['stage'])})\s+(?:\w+\s+)?\(?av\s+(?:två|tre|fyra|fem|\d+)\)?",
            i,
        ),
        anaphor=re.compile(
            rf"^(?:{_alt(pr['anaphor'] + pr['matter_anaphor'])})(?![\wåäö])", i
        ),
        standing=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['standing'])})(?![\wåäö])", i),
        skip_after=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['skip_after'])})(?![\wåäö])", i),
        section=re.compile(
            rf"(?:\d+(?:\.\d+)*\.?\s+)?(?:{_alt(pr['sections'])})(?:\s+\d{{4}})?", i
        ),
        planner=frozenset(w.lower() for w in pr["planners"]),
        next_step=re.compile(rf"^(?:{_alt(pr['next_step'])})(?![\wåäö])", i),
        review=re.compile(
            rf"(?<![\wåäö])(?:(?:{_alt(pr['review_verbs'])})"
            rf"|(?:{_alt(pr['review_nouns'])})\w*\s+(?:\w+\s+){{0,4}}?"
            rf"(?:{_alt(pr['review_done'])}))(?![\wåäö])",
            i,
        ),
        forecast=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['forecast_judge'])})\s+(?:\w+\s+)?(?:att\s+)?"
            rf"(?:bli\s+|vara\s+|kunna\s+)?(?:helt\s+)?(?:{_alt(pr['forecast_done'])})"
            r"(?![\wåäö])",
            i,
        ),
        forecast_value=re.compile(
            rf"(?:{_alt(pr['forecast_judge'])})\s+(?:(?:inte|ej|delvis)\s+)?(?:att\s+)?"
            rf"(?:bli\s+|vara\s+|kunna\s+)?(?:helt\s+)?(?:{_alt(pr['forecast_done'])})"
            r"(?:\s+(?:under|i|till)\s+(?:året|\w+\s+\d{4}|\d{4}))?",
            i,
        ),
        assessment=re.compile(rf"^(?:{_alt(pr['assessment_subjects'])})(?![\wåäö])", i),
        remaining_cue=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['remaining_cue'])})(?![\wåäö])", i),
        remedied_cue=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['remedied_cue'])})(?![\wåäö])", i),
        # "Arbetsområde 2. Extra anpassningar och särskilt stöd Visar …": the area's name
        # runs from its capital to the next capitalised word.
        area=re.compile(
            rf"(?<![\wåäö])(?i:{_alt(pr['area_nouns'])})\s+(?P<n>\d{{1,2}})[.:]?\s+"
            r"(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,9})"
        ),
        # the lead ends with a colon, its points on the same line
        improvement_lead=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['improvement_lead'])})\s*:\s*(?=\S)", i
        ),
        audit_answer=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['audit_answer'])})(?![\wåäö])", i),
        recommendation_lead=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['recommendation_lead'])})(?![\wåäö])", i
        ),
        abbreviations=dict(bd.get("abbreviations", {})),
        issuers={k.lower(): v for k, v in data.get("issuers", {}).get("names", {}).items()},
        register_case=re.compile(rf"^(?:{_alt(rg['case'])})\b", i),
        register_proposal=re.compile(rf"^(?:{_alt(rg['proposal'])})\b", i),
        register_proposal_column=re.compile(rf"(?<![\wåäö])(?:{_alt(rg['proposal'])})\b", i),
        register_decision_column=re.compile(
            rf"(?<![\wåäö])(?:{_alt(rg['decision_column'])})\s*$", i
        ),
        register_decided=re.compile(rf"^(?:{_alt(rg['decided'])})\b", i),
        inverted_subject=_inverted_subject(bd["organisation_nouns"], nouns),
        goal_miss=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['goal_judge'])})\s+(?:\w+\s+)?(?:inte|ej)\s+"
            rf"(?:att\s+)?(?:bli\s+|kunna\s+|vara\s+)?(?:helt\s+)?(?:{_alt(pr['goal_reach'])})"
            r"(?![\wåäö])"
            rf"|(?<![\wåäö])(?:{_alt(pr['goal_doubt'])})\s+(?:målet|målen|delmålet|delmålen|det)"
            r"\s+(?:kan|kommer\s+att|kommer)\s+(?:att\s+)?(?:bli\s+)?"
            rf"(?:{_alt(pr['goal_reach'])})(?![\wåäö])"
            # "Det blir svårt att nå delmålet": a goal judged hard to reach
            rf"|(?<![\wåäö])(?:{_alt(pr.get('goal_hard', []))})\s+(?:{_alt(pr['goal_reach'])})"
            r"\s+(?:[\wåäö-]*målet|[\wåäö-]*målen|målnivån|målvärdet)(?![\wåäö])"
            # the verb first, then its negation: "ett mål nås ej", "når inte upp till målet"
            rf"|(?<![\wåäö])(?:{_alt(pr['goal_reach'])})\s+"
            rf"(?:(?:{_alt(pr.get('goal_hedges', ['troligen']))})\s+)?(?:inte|ej)(?![\wåäö])"
            # a result against its target: "Resultatet är lägre än ambitionen på 42 procent"
            rf"|(?<![\wåäö])(?:{_alt(pr.get('below_target', []))})\s+"
            rf"(?:{_alt(pr.get('target_nouns', []))})(?![\wåäö])"
            rf"|(?<![\wåäö])(?:{_alt(pr.get('below_value', []))})(?![\wåäö])",
            i,
        ),
        funds_subject=re.compile(
            r"^(?:(?:de|det|dessa|detta)\s+)?"
            rf"(?:{_alt(pr.get('funds', []))})(?![\wåäö])"
            r"(?=.*?\b(?:ska|skall|bör|kommer\s+att)\s+(?:\w+\s+)?"
            rf"(?:{_alt(pr.get('funds_use', []))})(?![\wåäö]))",
            i,
        ),
        priority_lead=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr.get('priority_lead', []))})(?![\wåäö])", i
        ),
        others_work=re.compile(rf"(?<![\wåäö])(?:{_alt(pr.get('others_work', []))})(?![\wåäö])", i),
        below_target=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr.get('below_target', []))})\s+"
            rf"(?:{_alt(pr.get('target_nouns', []))})(?![\wåäö])"
            rf"|(?<![\wåäö])(?:{_alt(pr.get('below_value', []))})(?![\wåäö])",
            i,
        ),
        target=re.compile(rf"(?<![\wåäö])(?:{_alt(pr.get('target_nouns', []))})(?![\wåäö])", i),
        # "Målet är delvis uppfyllt", "bedöms delvis uppnå resultatmålen", "nås delvis"
        goal_partly=re.compile(
            rf"(?<![\wåäö])delvis\s+(?:{_alt(pr['goal_reach'])})(?![\wåäö])"
            rf"|(?<![\wåäö])(?:{_alt(pr['goal_reach'])})\s+delvis(?![\wåäö])",
            i,
        ),
        # "Rankingen har försämrats", "Trots detta har placeringen försämrats ytterligare",
        # "Kundnöjdheten blev sämre": the measure, then (a word or two on) the verb; a
        # negation between them ("har inte försämrats") tells no deviation.
        worsened=re.compile(
            rf"(?<![\wåäö])(?P<measure>{_alt(pr['measure_nouns'])})\s+"
            rf"(?:(?:har|hade|har\s+också|har\s+även|har\s+dock)\s+)?"
            rf"(?:(?!inte\b|ej\b|har\b|är\b)[\wåäö-]+\s+){{0,3}}?"
            rf"(?P<verb>{_alt(pr['worsened'])})(?![\wåäö])",
            i,
        ),
        goal_verdict_label=re.compile(
            rf"^(?:{_alt(pr['goal_verdict_labels'])})\s*\??\s*:\s*(?=\S)", i
        ),
        # "Pågående arbeten", "Sammanfattning av kvarstående brister", "Pågående och
        # planerade åtgärder" (a second word of the same status), "Uppdrag som pågår".
        status_heading=re.compile(
            rf"^(?:(?:{_alt(st.get('heading_lead', []))})\s+)?"
            rf"(?:(?P<status>{_alt(values)})(?:\s+och\s+(?P<also>{_alt(values)}))?\s+"
            rf"(?:{_alt(st['heading_nouns'])})"
            rf"|(?:{_alt(st['heading_nouns'])})\s+som\s+(?:är\s+|har\s+)?"
            rf"(?P<status2>{_alt(values)}))$",
            i,
        ),
        # A heading over a list of entries, naming whose they are or where they come
        # from: "Nämndens uppdrag", "Övriga aktiviteter", "Uppdrag från kommunfullmäktige".
        list_heading=re.compile(
            r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[A-ZÅÄÖ][\wåäö-]*s|[Öö]vriga|[Nn]ya|[Ee]gna|"
            rf"[Tt]illdelade)\s+(?:{_alt(st['heading_nouns'])})|"
            rf"(?:{_alt(st['heading_nouns'])})\s+(?:från|till|för|inom|enligt)"
            r"(?:\s+(?!att\b)[\wåäö-]+){1,3})$",
        ),
        trend=re.compile(
            r"(?<![\wåäö])(?:fortsätter|fortsatte|fortsatt|fortsätta|pågår|kvarstår|kvarstod|"
            r"återstår)\s+(?:att\s+|en\s+|ett\s+|viss\s+|stor\s+|hög\s+)?"
            r"[\"”']?"
            rf"(?:{_alt(pr['trend'])})(?![\wåäö])"
            # "en fortsatt stadig utveckling av skatteunderlaget", "ett fortsatt gott
            # resultat": "fortsatt" as the attribute of an indefinite noun tells a state
            # that lasts, unless the noun is work ("ett fortsatt arbete med X")
            rf"|(?<![\wåäö])(?:en|ett)\s+fortsatta?\s+"
            rf"(?!(?:[\wåäö-]+\s+){{0,2}}?(?:{_alt(pr['continued_work'])})(?![\wåäö]))",
            i,
        ),
    )
