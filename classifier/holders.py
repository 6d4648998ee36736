"""Holder mentions: finding them in gold data, decoding them from the model, resolving them.

The model marks where in a sentence its holder is named ("The State Department", "they",
"the ministry"). Resolution then reads the sentence around that mark: who speaks in a
reporting frame ("<content>, the ministry said"), what is quoted speech, whether the
article is a transcript; it turns each mention into an actor string taken from the text (a
name in its fullest form; a pronoun or description resolves to a party named earlier in the
article, holder or not); a unit with a party holding it but no mention of its own (a quote
continuing over several sentences, a transcript turn) keeps its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from classifier.capitals import CAPITAL_OF
from classifier.claim_subject import acting_subject, first_person_subject, writers_recommendation
from classifier.given_names import FEMALE, MALE, name_gender
from classifier.scheme import AUTHOR, NONE, SPECIAL_HOLDERS, normalize_holder

SUBJECT_PRONOUNS = ("they", "he", "she", "we")
PRONOUNS = frozenset(SUBJECT_PRONOUNS + ("it", "i", "them", "him", "her", "us", "their", "his",
                                         "its", "our", "who"))
# Below the tagger's own decision line (argmax of O/B/I), a span this likely is still the best
# guess at the holder's mention when the kind head says a party holds the unit (chosen on dev).
WEAK_MENTION_FLOOR = 0.2
_GIVEN_NAMES = FEMALE | MALE
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A holder mention inside one unit (offsets relative to the unit's text)."""

    start: int
    end: int
    text: str
    score: float = 1.0


@dataclass
class ResolvedHolder:
    """A holder value with where it comes from in the text."""

    holder: str
    mention: Mention | None = None
    sentence_id: int | None = None
    antecedent_sentence_id: int | None = None


def _find_form(text: str, form: str, start: int = 0) -> tuple[int, int] | None:
    pattern = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
    m = re.compile(pattern).search(text, start) or re.compile(pattern, re.IGNORECASE).search(text, start)
    return (m.start(), m.end()) if m else None


def _find_description(text: str, head: str) -> tuple[int, int] | None:
    """"the <head>" (at most one modifier between) as a whole phrase, e.g. "the county" for
    "Alder County", "the minister's office" is not matched (its head is "office")."""
    m = re.search(r"(?<!\w)[Tt]he\s+(?:[a-z][\w-]*\s+)?" + re.escape(head) + r"(?![\w-])", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def find_gold_mentions(text: str, holders: Sequence[str], actors: dict[str, list[str]]) -> list[tuple[int, int]]:
    """Character spans in ``text`` naming the gold ``holders`` (training targets for the tagger).

    Each named holder is looked up by its canonical name and aliases (earliest, then longest
    match); with no alias in the sentence, the first subject pronoun stands in for it. A
    holder with no mention at all (a quote's continuation) gets no span.
    """
    spans: list[tuple[int, int]] = []
    for holder in holders:
        if holder in SPECIAL_HOLDERS:
            continue
        forms = {holder, *actors.get(holder, [])}
        found = [s for s in (_find_form(text, f) for f in forms if f.strip()) if s]
        found = [s for s in found if not any(s[0] < e and b < s[1] for b, e in spans)]
        if not found:  # a description by the name's head word: "the council", "the county's"
            heads = {f.split()[-1].lower() for f in forms if f.split() and f.split()[-1][:1].isalpha()}
            found = [s for s in (_find_description(text, h) for h in heads if len(h) > 2) if s]
            found = [s for s in found if not any(s[0] < e and b < s[1] for b, e in spans)]
        if found:
            spans.append(min(found, key=lambda s: (s[0], -(s[1] - s[0]))))
    if not spans and any(h not in SPECIAL_HOLDERS for h in holders):
        for pronoun in SUBJECT_PRONOUNS:
            hit = _find_form(text, pronoun)
            if hit:
                spans.append(hit)
                break
    return sorted(spans)


_TOKEN = re.compile(r"\S+")
_BULLETS = "•→▪●◦‣–—*·-"
_EDGE = "\"'“”‘’()[],;:!?"
_EDGE_OR_STOP = _EDGE + "."
# Lowercase words that may sit inside a name ("Bank of Canada", "Ana de la Fuente").
_NAME_LINKS = frozenset({"of", "de", "la", "le", "du", "des", "del", "della", "di", "da", "do", "dos", "van",
                         "von", "der", "den", "al", "el", "bin", "ibn", "y", "&", "for", "on", "the"})
# Sentence adverbs the tagger takes in with a name that opens a sentence ("Even Robert Halloran
# admitted", "Yet Washington has"): never part of a name.
_SENTENCE_ADVERBS = ("even", "yet", "also", "still", "only", "meanwhile", "instead", "moreover", "however",
                     "nevertheless", "nonetheless", "thus", "hence", "likewise")
# Capitalised words of a title-case headline that are not part of a name.
_NOT_NAME = frozenset("""says say said vows vow slams slam urges urge warns warn calls call to in on at for with
over after before as is are was were will would could should may might not no new says: and or but by from
amid against into than that this these those who what why how when where under during since despite although though
while once unless until because about across among following through within without each every both all last next
here there then if""".split()) | frozenset(_SENTENCE_ADVERBS)


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Whitespace-separated words with their spans, edge punctuation excluded (cached: every
    rule that reads a unit asks for its words)."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        if text[s] not in _EDGE and text[e - 1] not in _EDGE_OR_STOP:  # most words: nothing to trim
            out.append((s, e, m.group()))
            continue
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and (text[e - 1] in _EDGE or (text[e - 1] == "." and e - s > 1 and not _is_initials(text[s:e]))):
            e -= 1
        if e > s:
            out.append((s, e, text[s:e]))
    return tuple(out)


@lru_cache(maxsize=4096)
def _word_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where each of :func:`_words` starts and ends, for a bisection (both rise: words do not overlap)."""
    words = _words(text)
    return [s for s, _, _ in words], [e for _, e, _ in words]


@lru_cache(maxsize=8192)
def _is_initials(word: str) -> bool:
    """"U.S.", "J.D.", "Dr." keep their final dot; a sentence-final "Fuente." does not."""
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word))


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow""".split())


# The words before a calendar word that make it a date ("in March", "since June").
_BEFORE_A_DATE = re.compile(r"\b(?:in|on|since|by|from|until|till|last|next|of|early|late|mid|through)\s+$",
                            re.IGNORECASE)


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|ibn|bin|abu)-[A-Z]")  # "al-Sayegh", "el-Masri"


@lru_cache(maxsize=16384)
def _capital(word: str) -> bool:
    """A word that can be part of a name: capitalised (or an "al-" particle), no calendar word
    and none of the words a name never contains (cached: every name rule asks)."""
    if not word[:1].isupper():
        return bool(_PARTICLE_NAME.match(word))
    low = word.lower().rstrip(".,;:")
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if low == "jan" and not word.rstrip(",;:").endswith("."):
        return True  # "Jan Sikora": the month is written "Jan."
    if _I_CONTRACTION.fullmatch(low):
        return False  # "I’m Delphine Araújo-Kerr": the speaker's "I'm" is no part of her name
    return low not in _NOT_NAME and low not in _CALENDAR


_I_CONTRACTION = re.compile(r"i['’](?:m|ve|d|ll)")


@lru_cache(maxsize=4096)
def _title_case(text: str) -> bool:
    """A title-case headline (most long words capitalised, no final stop); a name-dense
    sentence ends with a full stop."""
    long_words = [w for _, _, w in _words(text)[1:] if len(w) > 3]
    return (len(long_words) >= 4 and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)
            and not text.rstrip().endswith(".") and ";" not in text)  # a list of names is no headline


# Place names that "New" opens; elsewhere "New" is a headline's adjective ("New EU rules").
_AFTER_NEW = frozenset("""zealand york delhi jersey hampshire mexico orleans south brunswick caledonia guinea haven
england westminster""".split())
# Words after which a number belongs to an organisation's name.
_NUMBERED = frozenset("local lodge branch district ward precinct division unit station post".split())


_STOP_CHARS = re.compile("[,;:()\\[\\]\"“”]")  # punctuation that ends a name's growth
# A full stop after a word that is no abbreviation (four letters or more, and none of these)
# ends a sentence, and so a name: "[Excerpt. The President's statement ...]" holds no
# "Excerpt. The President", "Q: Pacific Wire. The European Union said" no "Pacific Wire. The".
_SENTENCE_STOP = re.compile(r"\b([A-Z]?[a-z]{3,})\.\s+(?=[A-Z])")
_LONG_ABBREVIATIONS = frozenset("""calif assoc messrs corp dept govt bros assn univ sept inst intl natl prof capt supt
insp cmdr comdr lieut cllr sgts gens reps sens""".split())


def _sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence that begins inside ``text[start:end]`` begins (``start`` if none)."""
    if text.find(".", start, end) < 0:
        return start  # (most gaps between words hold no full stop: no pattern to run)
    stops = [x for x in _SENTENCE_STOP.finditer(text, start, end) if x.group(1).lower() not in _LONG_ABBREVIATIONS]
    return stops[-1].end() if stops else start


def snap_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a predicted span to whole words and, for names, to the whole name.

    The tagger marks sub-word pieces and sometimes only part of a name ("The", "White",
    "Fuente" of "De la Fuente", "Col" of "Col. Samuel Deng"); a holder is always a complete
    span of words. A span touching a capitalised word grows over the adjacent capitalised
    words and name links ("of", "de la"), and a lone determiner takes the name after it.
    Punctuation that ends a phrase (comma, colon, quote) stops the growth.
    """
    words = _words(text)
    starts, ends = _word_bounds(text)
    i0, i1 = bisect_right(ends, start), bisect_left(starts, end) - 1  # the words the span touches
    if i0 > i1:
        return start, end

    def stops_after(i: int) -> bool:  # punctuation between word i and word i+1
        return _STOP_CHARS.search(text, words[i][1], words[i + 1][0]) is not None \
            or _sentence_start(text, words[i][0], words[i + 1][0] + 1) > words[i][0]

    span_words = [w for _, _, w in words[i0:i1 + 1]]
    namey = (any(_capital(w) for w in span_words)
             or (span_words[-1].lower() in TITLE_WORDS and i1 + 1 < len(words) and _capital(words[i1 + 1][2])
                 and not stops_after(i1))
             or (len(span_words) == 1 and span_words[0].lower() in ("the", "a"))
             or (span_words[-1].lower() in _NAME_LINKS and i1 + 1 < len(words) and _capital(words[i1 + 1][2])))
    if _title_case(text) and not (len(span_words) == 1 and span_words[0].lower() in ("the", "a")) and not any(
            w.lower().rstrip(".") in TITLE_WORDS for w in span_words):
        namey = False  # a title-case headline: every word is capitalised, so grow only after a title
    if namey:
        while i1 + 1 < len(words) and not stops_after(i1):
            nxt = words[i1 + 1][2]
            if _capital(nxt) and not nxt.endswith("'s") and not nxt.endswith("’s"):
                i1 += 1
            elif _capital(nxt):  # a possessive ends the name: "Kenya's"
                i1 += 1
                break
            elif (nxt.lower() in _NAME_LINKS and i1 + 2 < len(words) and not stops_after(i1 + 1)
                  and _capital(words[i1 + 2][2])):
                i1 += 2
            else:
                break
        if i1 + 2 < len(words) and not stops_after(i1) and not stops_after(i1 + 1) \
                and words[i1 + 1][2] in ("No.", "No", "Number") and words[i1 + 2][2].isdigit() \
                and words[i1][2].lower() in _ORG_WORDS:
            i1 += 2  # "Union No. 2": the number is part of the name
        elif i1 + 1 < len(words) and not stops_after(i1) and words[i1 + 1][2].isdigit() \
                and (words[i1][2].lower().rstrip(".") in _NUMBERED or (
                    words[i1][2] in ("No.", "Number") and i1 > 0 and words[i1 - 1][2].lower() in _ORG_WORDS)):
            i1 += 1  # "Teamsters Local 727", "Ward 3"
        while i0 > 0 and not stops_after(i0 - 1):
            prev = words[i0 - 1][2]
            if _capital(prev) and not prev.endswith("'s") and not prev.endswith("’s") and i0 - 1 > 0:
                i0 -= 1
            elif _capital(prev) and i0 - 1 == 0:  # sentence start: "Finance Minister ..." / "The ..."
                i0 -= 1
            elif prev.lower() in _NAME_LINKS and i0 > 1 and not stops_after(i0 - 2) and _capital(words[i0 - 2][2]):
                i0 -= 2
            elif prev == "New" and words[i0][2].lower().rstrip(".,'’s") in _AFTER_NEW:
                i0 -= 1  # "New Zealand", "The New Jersey Appellate Division" ("New" alone opens no name)
            else:
                break
    return words[i0][0], words[i1][1]


def decode_bio(tags: Sequence[int], offsets: Sequence[tuple[int, int]], text: str,
               probs: Sequence[float] | None = None) -> list[Mention]:
    """Turn per-token BIO tags (0=O, 1=B, 2=I) into mentions that are whole words and names.

    Tags are read at word level: a span that starts right after another one, with only
    whitespace between ("The" + "South Korean Supreme Court"), continues it (the tagger often
    re-opens a mention with B), and every span is then snapped to whole words and whole
    names (:func:`snap_mention`). Spans that snap to the same words merge. ``probs`` (per
    token, P(B) + P(I)) gives each mention a score: the mean over its tokens.
    """
    spans: list[list] = []  # [start, end, [token probs]]
    for k in [k for k, tag in enumerate(tags) if tag]:  # (most tokens are O: skip them at C speed)
        tag, (s, e) = tags[k], offsets[k]
        if e <= s:
            continue
        p = probs[k] if probs is not None else 1.0
        joined = spans and text[spans[-1][1]:s].strip() == ""
        if spans and (tag == 2 or joined) and s - spans[-1][1] <= 1:
            spans[-1][1] = e
            spans[-1][2].append(p)
        else:
            spans.append([s, e, [p]])
    merged: dict[tuple[int, int], list[float]] = {}
    for s, e, ps in spans:
        s, e = snap_mention(text, s, e)
        piece = text[s:e].strip(" ,;:\"'“”‘’()" + _BULLETS)  # "→ He", "• Spain": the bullet is no part
        if not piece:
            continue
        s = text.find(piece, s)
        key = (s, s + len(piece))
        # a span inside an already snapped one joins it
        host = next((k for k in merged if k[0] <= key[0] and key[1] <= k[1]), None)
        if host is None:
            for k in [k for k in merged if key[0] <= k[0] and k[1] <= key[1]]:
                ps = ps + merged.pop(k)
            merged[key] = list(ps)
        else:
            merged[host].extend(ps)
    return [Mention(s, e, text[s:e], score=sum(ps) / len(ps)) for (s, e), ps in sorted(merged.items())]


def select_mentions(mentions: list[Mention], floor: float = 0.5, relative: float = 0.7) -> list[Mention]:
    """The confident mentions: score >= ``floor`` and >= ``relative`` x the best one.

    Most units have one holder; weak fragments ("Medical" in "British Medical Association's
    consultants committee") would otherwise become extra holders. Coordinated holders
    ("White House and State Department") are both confident, so both stay.
    """
    if not mentions:
        return []
    best = max(m.score for m in mentions)
    return [m for m in mentions if m.score >= floor and m.score >= relative * best] or \
        [max(mentions, key=lambda m: m.score)]


def weak_mentions(probs: Sequence[float], offsets: Sequence[tuple[int, int]], text: str,
                  floor: float = WEAK_MENTION_FLOOR) -> list[Mention]:
    """Mentions below the tagger's decision line, best first: tokens whose P(B) + P(I)
    reaches ``floor`` form spans, snapped to whole words and names like any mention."""
    tags = [1 if p >= floor else 0 for p in probs]
    found = decode_bio([2 if t and k and tags[k - 1] else t for k, t in enumerate(tags)], offsets, text, probs)
    return sorted(found, key=lambda m: -m.score)


# Common nouns for groups and roles that start sentences capitalised ("Members of ...",
# "Economists at ...", "Police said ..."): descriptions, not names.
_GROUP_NOUNS = frozenset("""member members economist economists analyst analysts official officials police judge
leaders leader banks bank hospitals hospital tankers traders investors critics voters farmers doctors nurses
teachers workers residents patients students parents families lawmakers legislators diplomats sources experts
researchers scientists prosecutors investigators authorities regulators campaigners activists protesters unions
companies firms airlines insurers lenders landlords tenants employers shoppers consumers users drivers trader dealer
dealers broker brokers banker bankers investor observer observers""".split())


@lru_cache(maxsize=8192)
def is_reference(mention: str) -> bool:
    """A pronoun or a description ("the administration", "officials"), not a name."""
    words = _LEADING_THE.sub("", mention.strip()).split()
    if not words:
        return True
    if len(words) == 1 and (words[0].lower() in PRONOUNS or words[0].lower() in _GROUP_NOUNS) \
            and words[0] != "WHO":  # "WHO says": the World Health Organization, no pronoun
        return True
    return not any(w[:1].isupper() for w in words)


_CONNECTORS = frozenset({"of", "for", "and", "on", "de", "du", "der", "al", "&", "la", "von", "van", "del", "da",
                         "dos", "das", "do", "di", "della", "bin", "bint", "ibn", "ter", "ten", "den"})
# Titles and roles that precede a person's name; the canonical holder is the name itself.
TITLE_WORDS = frozenset("""shri sri smt cllr cr pro tempore councilwoman councilman congressman congresswoman alderman
assemblyman assemblywoman president vice prime minister secretary senator sen rep representative governor gov mayor
chancellor ambassador judge justice chief commissioner spokesperson spokesman spokeswoman director chairman chair
chairwoman col gen lt maj capt adm sgt brig dr mr mrs ms prof professor king queen prince princess envoy negotiator
leader speaker ceo executive officer councillor councilor councilmember deputy premier emir sheikh pope cardinal
bishop general colonel lieutenant major captain admiral sergeant commander attorney prosecutor inspector
superintendent sheriff commandant marshal secretary-general undersecretary under minister-president
detective constable officer treasurer auditor coach manager founder editor correspondent analyst economist
strategist researcher scientist professor lawmaker mp mep delegate chairperson head whip archbishop rabbi
imam reverend rev ayatollah patriarch mufti pastor vicar supervisor comptroller dci dsupt dcs""".split())
# (British police ranks: "DCI Mora"; not "DS", "DC" or "PC", which open firms' names too: "DS Smith")
# Occupations written before a name like a title ("Hydrologist Fernanda Reis"); only before a
# person's name are they one ("Chemist Direct", "Poet Laureate X" are other things).
_OCCUPATIONS = frozenset("""astronaut hydrologist epidemiologist virologist climatologist meteorologist geologist
seismologist volcanologist historian physicist biologist ecologist chemist engineer surgeon physician paediatrician
pediatrician pharmacist psychologist psychiatrist sociologist demographer criminologist pollster architect novelist
playwright poet filmmaker activist campaigner lawyer barrister solicitor""".split())
_PERSON_HEADS = frozenset("""official minister spokesman spokeswoman spokesperson president chairman chairwoman
diplomat executive doctor lawyer envoy leader mayor governor senator judge prosecutor chief director negotiator
secretary ambassador commissioner adviser advisor aide analyst economist officer source sources person people
colleague witness resident residents expert experts scientist researcher professor chancellor premier candidate
councillor general commander organiser organizer activist campaigner he she""".split())
_ORG_WORDS = frozenset("""ministry department agency office council committee commission company corp corporation
inc ltd plc group bank fund union party government administration court tribunal board authority regulator
university institute museum hospital trust association federation alliance bloc coalition organisation
organization network news wire times post herald courier review journal gazette daily monitor press tribune
television tv radio broadcaster service services forces army navy police parliament congress senate
assembly house cabinet embassy consulate foundation league club society center centre airline airways
railway industries holdings partners capital directorate""".split())
# Unions used word by word, built once (a union in a loop copies both sets at every word).
_PERSON_DESCRIPTIONS = TITLE_WORDS | _PERSON_HEADS
_ROLE_WORDS = _PERSON_DESCRIPTIONS | _ORG_WORDS
_ORG_OR_TITLE = _ORG_WORDS | TITLE_WORDS


# Words that go on a portfolio in a minister's title: "Foreign Affairs", "Natural Resources".
_COMPLEMENT_WORDS = frozenset("affairs resources relations protection cooperation change works action staff".split())


# Heads of a body's name beyond _ORG_WORDS: "Tennessee Justice Project" names no justice.
_BODY_HEADS = frozenset("""project initiative program programme campaign clinic lab labs collective watch forum
partnership staff""".split())


def _strip_title(words: list[str]) -> list[str]:
    """"Finance Minister Jean-Luc Moreau" -> ["Jean-Luc", "Moreau"]; a title alone stays, and
    so does an institution named for a post ("Office of the High Commissioner for Human Rights",
    "Department of Justice")."""
    if len(words) > 2 and words[0].lower() in _ORG_WORDS and words[1] in ("of", "for") and not any(
            w.lower().rstrip(".") in TITLE_WORDS and nxt[:1].isupper() and nxt.lower().rstrip(".") not in TITLE_WORDS
            for w, nxt in zip(words[2:], words[3:])):
        return words  # but "Bank of Canada Governor Tiff Macklem" is the governor
    last = -1
    complement = -1
    i = 0
    while i < len(words):
        w = words[i].lower().rstrip(".").replace("’", "'")
        plural_title = w.endswith("s") and w[:-1] in TITLE_WORDS and i + 2 < len(words)  # "Senators X and Y"
        # "U.S.", "EU" before a title; not a name particle such as "Al" in "Al Sahra Trading"
        initials = i == 0 and re.fullmatch(r"(?:[A-Z]\.?){2,3}", words[i]) and len(words) > 2
        institution = i > 0 and words[i - 1].lower() in _ORG_WORDS and i + 1 < len(words) \
            and words[i + 1].lower() == "of"  # "Directorate General of Civil Aviation": no title
        honorific = w in ("sir", "dame") and i == 0 and i + 1 < len(words) and words[i + 1].lower() in _GIVEN_NAMES
        if (w in TITLE_WORDS or honorific or plural_title or initials) and not institution:
            last = i
            # "Secretary of State", "Minister for Trade": the title's own complement
            the = int(i + 3 < len(words) and words[i + 2] == "the")  # "Minister of the Interior"
            if i + 2 + the < len(words) and words[i + 1].lower() in ("of", "for") and words[i + 2 + the][:1].isupper():
                complement = i + 2 + the
                i += 2 + the
                while i + 1 < len(words) and (words[i + 1].lower() in _COMPLEMENT_WORDS or (
                        words[i + 1].lower() in _PORTFOLIOS and i + 2 < len(words)
                        and (words[i + 2][:1].isupper() or words[i + 2] in ("and", "&"))
                        and not any(w.lower().strip(".,") in _ORG_OR_FIRM for w in words[complement:]))):
                    i += 1  # "Minister for Foreign Affairs", "Commissioner for Digital Markets"
                last = i
                while i + 2 < len(words) and words[i + 1].lower() in ("and", "&"):
                    i += 2
                    while i + 1 < len(words) and words[i + 1].lower() in _COMPLEMENT_WORDS:
                        i += 1  # "Minister of Labour and Social Affairs Ana Ruiz"
                    last = i
        elif last >= 0 and i == last + 1 and not words[i][:1].isupper():
            last = -1  # "chief of the defence staff": not a title before a name
        i += 1
    rest = words[last + 1:]
    if complement >= 0 and any(w.lower().strip(".,") in _ORG_OR_FIRM for w in rest):
        # "Chief Operating Officer of Northway Freight Systems": no person named, the company is
        return words[complement:]
    if last >= 0 and "of" in rest[1:]:  # "Gov. Lorraine Whitcomb of Oregon": the person, not the place
        rest = rest[:rest.index("of", 1)]
    if last >= 0 and rest and rest[0][:1].isupper() and all(
            w[:1].isupper() or w.lower() in _CONNECTORS or _PARTICLE_NAME.match(w) for w in rest) and not any(
            w.lower().strip(".,") in _ORG_WORDS or w.lower().strip(".,") in _BODY_HEADS for w in rest):
        return rest
    return words


_POST_NOMINAL = re.compile(r"(?<=[a-z])(?:,?\s+(?:KC|QC|MP|MEP|MSP|MS|TD|OBE|CBE|MBE|KBE|DBE))+$")
# An institution named with a list of portfolios: "Ministry of Economy, Trade and Industry".
_NAME_WITH_LIST = re.compile(r"\b(?:of|for)\s+[A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*)+,?\s+(?:and|&)\s+[A-Z][\w-]*")


# A sentence adverb or conjunction the tagger took in with the name that opens a sentence.
_LEADING_ADVERB = re.compile(r"^(?:" + "|".join(w.capitalize() for w in _SENTENCE_ADVERBS + ("but", "and", "nor"))
                             + r"),?\s+(?=[A-Z])")


# Compound modifiers: where a party is based, who runs or backs it ("Houthi-run", "E.U.-brokered").
_MODIFIER_SUFFIX = r"-(?:based|brokered|led|backed|run|owned|funded|sponsored|controlled|made|born|registered|flagged)"
_BASED_IN = re.compile(r"^(?:[A-Z][\w.]*[ ,]+)*[A-Z][\w.]*" + _MODIFIER_SUFFIX + r"\s+(?=[A-Z])")


# A party label before a person's name, without a title ("Democrat Luis Ferreira of Oregon").
_PARTY_MEMBER = re.compile(r"((?:Democrat|Democratic|Republican|Independent)\s+)([A-Z][a-z]+)\s+[A-Z]")


# A verb in a headline set in title case, where a name the tagger ran on through the headline ends.
_HEADLINE_VERB = re.compile(r"\s(?:Issues|Slams|Says|Warns|Urges|Vows|Rejects|Denies|Condemns|Demands|Announces|"
                            r"Accuses|Blasts|Hails|Welcomes|Signs|Meets|Visits|Orders|Approves|Blocks|Sues|Fines|"
                            r"Unveils|Threatens|Criticises|Criticizes|Dismisses|Defends)(?=(?:\s+\S+){3})\s+[A-Z]")
# Who a person is, written before the name like a title at a sentence's start ("Resident
# Joanne Pettifer said", "Referee Anton Vilic sent ... off"). Only nouns that do not open
# organisations' names ("Victim Support", "Residents Against ...", "Workers' Party") or
# family names ("Fan").
_ROLE_NOUNS_BEFORE_NAMES = frozenset("""resident challenger incumbent candidate voter shopkeeper farmer nurse
neighbour neighbor commuter landlord tenant campaigner activist protester midfielder defender goalkeeper striker
winger substitute referee umpire veteran newcomer rookie pensioner retiree homeowner economist analyst researcher
scientist cardiologist epidemiologist historian lawyer novelist chef pilot reader listener viewer caller
subscriber""".split())
_ROLE_THEN_NAME = re.compile(r"([A-Z][a-z]+)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
# Capitalised words of a name (and the connectors inside one).
_NAME_WORDS = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|for|the|&))*"
# A person and where they work: "Naledi Sithole of Umhlanga Asset Management".
_PERSON_OF_ORG = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+(?:of|at)\s+(?:the\s+)?"
                            r"(" + _NAME_WORDS + ")")
_WORKPLACES = frozenset("""research analytics advisors advisers associates securities asset bank university college
hospital institute foundation consultancy consulting strategies""".split())
# Heads of institutions' names that are no person's ("The Fraternal Order of Police").
_INSTITUTION_HEADS = frozenset("""order school church college university museum society academy hospital library
cathedral mosque temple chapel foundation trust studio studios fund club confederation movement front""".split())
# A party's person: "Kestrel Town's Tomas Hradek"; a country's or bloc's person or body: "EU's Ferrán".
_OWNER_THEN_PERSON = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+"
                                r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)")
_PLACE_THEN_ONE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)['’]s\s+([A-Z][\w'’-]+)")


def _organisation_word(word: str) -> bool:
    """A word that makes a name an organisation's ("Research", "Holdings", "School")."""
    low = word.lower().strip(".,")
    return low in _ORG_OR_FIRM or low in _BODY_HEADS or low in _INSTITUTION_HEADS


# Styles before a judge's name ("Judge Rosa Delgado of the Ninth Circuit").
_COURT_STYLES = frozenset("judge justice magistrate".split())


def _named_person(text: str) -> str:
    """The person (or body) a name-like mention wraps, by one rewrite at most: "Tomasz
    Wierzba of Corvane Research", "Kestrel Town's Tomas Hradek", "EU's Ferrán", "Nigeria's
    NNHC", "Resident Joanne Pettifer"; anything else as it is ("Bank of England", "The
    Fraternal Order of Police", "Victim Support Arranshire")."""
    of_org = _PERSON_OF_ORG.fullmatch(text)
    if of_org:
        person = of_org.group(1).split()
        if len(person) == 3 and person[0].lower().rstrip(".") in _COURT_STYLES and person[1].lower() in _GIVEN_NAMES:
            return " ".join(person[1:])  # "Justice Harriet Osei-Lindqvist of the Ontario Superior Court": the judge
        if not any(_organisation_word(w) or w.lower() in _ORG_OR_TITLE for w in person) and (
                person[0].lower() in _GIVEN_NAMES or any(_organisation_word(w) or w.lower() in _WORKPLACES
                                                          for w in of_org.group(2).split())):
            return of_org.group(1)
        return text
    owned = _OWNER_THEN_PERSON.fullmatch(text)
    if owned and owned.group(2).split()[0].lower() in _GIVEN_NAMES \
            and not any(_organisation_word(w) for w in owned.group(2).split()):
        return owned.group(2)
    owned = _PLACE_THEN_ONE.fullmatch(text)
    if owned and (re.fullmatch(r"[A-Z]{2,4}", owned.group(1).replace(".", ""))
                  or normalize_holder(owned.group(1)) in _countries_and_capitals()) \
            and owned.group(2).lower() not in _ORG_OR_TITLE and not _organisation_word(owned.group(2)):
        return owned.group(2)
    role = _ROLE_THEN_NAME.fullmatch(text)
    if role and role.group(1).lower() in _ROLE_NOUNS_BEFORE_NAMES \
            and not any(_organisation_word(w) for w in role.group(2).split()):
        return role.group(2)
    return text


# A judge the article names only by style and surname: "Mrs Justice Harcourt" is her name there.
_JUDGE_STYLE = re.compile(r"(?:(?:Mr|Mrs|Ms|Lord|Lady)\.?\s+Justice|Judge)\s+([A-Z][\w'’-]+)")


# A kind of firm that opens a sentence before the firm's name ("Operator Minera Cordillera Andina
# S.A. said ..."): no part of the name, which follows in two capitalised words or more and ends
# in a legal form.
_LEADING_KIND = re.compile(r"^(?:Operator|Insurer|Retailer|Broadcaster|Carmaker|Automaker|Chipmaker|Drugmaker|"
                           r"Housebuilder)\s+(?=[A-Z][\w.'’&-]*\s+[A-Z].*\b(?:S\.?A|Inc|Ltd|plc|PLC|AG|SE|N\.?V|"
                           r"GmbH|LLC|Corp|Corporation|Co|Limited|S\.?p\.?A|AB|ASA|Oyj|Bhd|Pty)\.?$)")  # (a firm's
# legal form must end it: "Carrier Global Corp" opens with its own name)
# The verbs that open a campaign's name before "the": "Save the Children", "Stop the War Coalition".
_CAMPAIGN_VERBS = frozenset("Save Stop Protect Keep Defend Free Fight Reclaim Rescue Restore Scrap End Ban Halt Clean "
                            "Unite Mind".split())


# display_form's own patterns, compiled once (it runs for every name of every unit).
_OPENS_INDEFINITE = re.compile(r"(?:a|an)\s+[a-zA-Z]", re.IGNORECASE)
_LOWERCASE_WORD = re.compile(r"\b[a-z]+\b")
_TRAILING_RELATIVE = re.compile(r"\s+(?:who|whose|which)$")
_TRAILING_OWN = re.compile(r"(?<=\w)['’]s\s+own$")
_TRAILING_BOTH = re.compile(r"(?<=[A-Za-z.])\s+(?:both|alike)$")
_OPENS_WITH_COUNT = re.compile(r"(?:a|an|one|two|three|four|five|several|some)\s", re.IGNORECASE)
_SHARES_OF = re.compile(r"^(?:Shares|Stock)\s+of\s+(?=[A-Z])")
_SOURCE_LINE = re.compile(r"^SOURCE\s+(?=[A-Z])")
_OPENING_PREPOSITION = re.compile(r"^(?:for|of|at|from|by|with)\s+(?=[A-Z])")
_OF_PLACE_AT_END = re.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$")
# A verb that ends the party's name: what the tagger marked on past the name.
_VERB_TAIL = re.compile(r"\s+(?:ruled|reached|released|published|issued|obtained|compiled|handed|provided|found|kept|seen|"
                        r"approved|voted|decided|ordered|rejected)\s+(?:by|to|for|on|in|the|a|an|last|this|that)\b.*$"
                        r"|\s+(?:reached|contacted)$"
                        r"|\s+(?:was|were|is|are|remained|seemed)\s+(?:less|more|not|still|also|far|much|rather)\s+[a-z].*$")
_PARTY_DOCUMENT = re.compile(r"^(.*\b[A-Z][\w.'’-]*)\s+(?:statement|report|release|announcement|filing|figures|data|"
                             r"letter|memo|survey|poll|study|audit|analysis|document|records|estimates?|forecast)"
                             r"(?:\s+(?:released|published|issued|seen|obtained|filed|dated|posted|out)\b.*)?$")
_PARTY_AND_STATE = re.compile(r"\s*\([A-Z]{1,3}-[A-Z][\w.]*\)?$")
_QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*\(\s*([^,()]+?)\s*(?:,[^()]*)?\)?$")
_ONE_PORTFOLIO = re.compile(r"\s*(?:[A-Z][\w.-]*['’]s\s+)?[A-Z][\w-]*\s*")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+")


@lru_cache(maxsize=8192)
def display_form(mention: str) -> str:
    """A named mention as a holder string: the name itself, without a leading article,
    possessive, title, or the description before it ("E.U. tech commissioner Annika Roos" ->
    "Annika Roos", "The developer, Harbor Crest Partners" -> "Harbor Crest Partners",
    "official Xinlu news agency" -> "Xinlu news agency"); a lowercase head stays
    ("U.K. government"); an indefinite description becomes a name-like holder
    ("a company executive" -> "Company executive")."""
    indefinite = bool(_OPENS_INDEFINITE.match(mention.strip()) and
                      _LOWERCASE_WORD.search(mention.strip()[2:]))  # "A Chinese diplomat in Brussels"
    text = mention.strip()
    tail = _VERB_TAIL.search(text)
    before = text[:tail.start()].split() if tail else []
    if before and before[-1][:1].isupper() and (len(before) > 1 or not before[0].endswith("s")):
        # (a name before the verb, not a plural that opens the sentence: "Migrants found in the lorry")
        text = text[:tail.start()]  # "Ninth Circuit ruled for the city last year", "Residents of Kérou reached"
    cut = _TRAILING_VERB.sub("", text)
    rest = [w for w in cut.split() if w.lower() not in ("the", "a", "an")]
    if cut != text and rest and rest[-1][:1].isupper():  # "Democrats have"; not "The accused" (told)
        text = cut
    text = _LEADING_THE.sub("", _LEADING_ADVERB.sub("", text))
    text = _without_determiner(text)  # "Her Alliance for Democratic Renewal", "Both Varghese-Pratt"
    text = _LEADING_KIND.sub("", text)  # "Operator Minera Cordillera Andina S.A. said": the firm
    text = _MEMBERS_OF_BODY.sub("", text)  # "Members of Kelmsford Borough Council" (voted): the council
    text = _TRAILING_RELATIVE.sub("", text)  # "A Wexford father who" (asked ...): the relative is no name
    text = _TRAILING_OWN.sub("", text)  # "The Bank's own" (forecasts): the Bank
    text = _TRAILING_BOTH.sub("", text)  # "Economists at RBC and TD both" (said)
    indefinite = indefinite or bool(_OPENS_WITH_COUNT.match(text)) or (
        bool(text) and text[:1].islower() and text.split()[-1].lower().rstrip("s") in _PERSON_HEADS)
    text = _INDEFINITE.sub("", text)
    text = _SHARES_OF.sub("", text)  # "Shares of Tessaly Networks Inc.": the company
    text = _SOURCE_LINE.sub("", text)  # a wire release's last line, "SOURCE Solvane Grid N.V."
    text = _OPENING_PREPOSITION.sub("", text)  # "(Spokesman) for DPRK Foreign Ministry"
    verb = _HEADLINE_VERB.search(text)
    if verb and text[:verb.start()].strip():  # "Vice Foreign Minister Ri Song Chol Issues Press Statement ..."
        text = text[:verb.start()]
    text = _named_person(text)
    party = _PARTY_MEMBER.match(text)
    if party and party.group(2).lower() in _GIVEN_NAMES:
        # "Democrat Luis Ferreira of Oregon": the person; "Republican Guard" stays
        text = _OF_PLACE_AT_END.sub("", text[party.end(1):].lstrip())
    # "a Foreign Office statement": the party, not its document
    # ("the Lakeshore Polling survey released Thursday": the pollster)
    text = _PARTY_DOCUMENT.sub(r"\1", text)
    # "Mumbai-based Sagarika ...", "the Houthi-run Sheba Press Agency"
    text = _BASED_IN.sub("", text)
    text = _PARTY_AND_STATE.sub("", text)  # "Carl Brandt (R-Kan.)"
    text = _ACRONYM_AFTER.sub("", text)  # "World Health Organization (WHO)"
    text = _QUESTION_LABEL.sub(r"\1", text)  # "Q (Delorme)": the questioner
    # "Foreign, Commonwealth and Development Office": one institution's portfolios, one word
    # each before the last, which holds "and" ("The safety regulator, the Health and Safety
    # Executive" is an apposition)
    pieces = text.split(",")
    one_body = len(pieces) > 1 and " and " in pieces[-1] and len(_split_coordinated(text)) == 1 and all(
        _ONE_PORTFOLIO.fullmatch(p) for p in pieces[:-1])
    if "," in text and not _NAME_WITH_LIST.search(text) and not one_body \
            and not _GROUP_IN_PLACES.match(pieces[0].strip()):  # ("Pharmacists in Leeds, Bristol and Norwich")
        # apposition: "Civic Union's leader, Prime Minister Ilze Bērziņa"
        parts = [p.strip() for p in text.split(",") if any(w[:1].isupper() for w in p.split())]
        text = _LEADING_THE.sub("", parts[-1]) if parts else text
    words = text.split()
    if _LOWERCASE_INSIDE.fullmatch(text):
        return text  # (its lowercase word would cut it below)
    at = len(words) - 1 - words[::-1].index("in") if "in" in words[2:] else -1
    if at > 0 and words[at - 1].lower() in ("court", "tribunal") and words[at - 1][:1].isupper() \
            and all(w[:1].isupper() for w in words[at + 1:]):
        # "General Court in Luxembourg": the court, not where it sits ("Embassy in London" and
        # "the Foreign Ministry in Beijing" stay: there the place tells one party from another)
        words = words[:at]
    # (a lowercase legal form ends a company's name: "Castellan Freight Group plc")
    capital = [w[:1].isupper() or w[:1].isdigit() or bool(_PARTICLE_NAME.match(w))  # "al-Sarraf"
               or (i > 0 and words[i - 1][:1].isupper() and w.strip(".,") in _LEGAL_FORMS) for i, w in enumerate(words)]
    if words and capital[-1] and not indefinite and not _GROUP_IN_PLACES.match(text.split(",")[0]) and not all(
            capital[i] or words[i].lower() in _CONNECTORS for i in range(len(words))):
        # ("Pharmacists in Leeds, Bristol and Norwich": the group, not its places)
        # Keep the last run of capitalised words (connectors such as "of" allowed inside).
        end = max(i for i, c in enumerate(capital) if c) + 1
        start = end - 1
        while start > 0 and (capital[start - 1] or (start > 1 and capital[start - 2] and (
                words[start - 1].lower() in _CONNECTORS
                # "Russian Embassy in London": an office and where it is, one party
                or (words[start - 1] == "in" and words[start - 2].lower() in _POSTS)))
                # "Foreign Ministry of the DPRK", "Bank of the Philippine Islands"
                or (start > 2 and words[start - 1] == "the" and words[start - 2] in ("of", "for")
                    and capital[start - 3] and (words[start - 3].lower() in _ORG_WORDS
                                                or words[start - 3].lower() in TITLE_WORDS
                                                or words[start - 3].lower() in _BODY_HEADS
                                                or (start == 3 and end == len(words)
                                                    and not _PART_OF_PARTY.match(" ".join(words)))))):
            # ("Friends of the Earth", the whole mention: one name; not "Members of the X")
            start -= 1
        if start > 1 and words[start - 1] == "the" and words[start - 2] in _CAMPAIGN_VERBS and (
                start == 2 or words[start - 3].lower() in ("from", "of", "at", "with", "by", "for", "and")):
            # (where the name begins: "Campaigners from Save the Wyvern"; not "Residents Fight the Council")
            start -= 2  # "Save the Children", "Stop the War Coalition": a campaign's name is one name
        words = words[start:end]
    elif words and not capital[0] and any(capital) and not indefinite and not _DESCRIBING.search(text):
        # Lowercase modifiers before a name with a lowercase head: "official Xinlu news agency"
        # (not an anonymous source's defining words: "people familiar with Berlin's position").
        first = next(i for i, c in enumerate(capital) if c)
        if words[first - 1].lower() not in _CONNECTORS:
            words = words[first:]
    if 3 <= len(words) <= 4 and words[0].lower() in _OCCUPATIONS and all(w[:1].isupper() for w in words) \
            and not any(w.lower() in _ORG_OR_FIRM for w in words) and words[1].lower() in _GIVEN_NAMES:
        words = words[1:]  # "Hydrologist Fernanda Schroeder-Lima": the person
    if words and all(w[:1].isupper() or w.lower() in _CONNECTORS or _PARTICLE_NAME.match(w) or (
            w == "the" and 0 < k < len(words) - 1 and words[k - 1] in ("of", "for")) for k, w in enumerate(words)):
        words = words if _JUDGE_STYLE.fullmatch(" ".join(words)) else _strip_title(words)
    text = _BASED_IN.sub("", " ".join(words))  # "Analysts at the Hanoi-based Centre for ..."
    text = _POSSESSIVE.sub("", text.strip(" ,;:"))
    bare = _POST_NOMINAL.sub("", text)
    if bare != text and _CAPITALISED_WORDS.fullmatch(bare):
        text = bare  # "Rachel Amankwah KC": the person ("Hexley's MP" stays)
    person_of = _PERSON_OF.fullmatch(text)
    if person_of and not any(w.lower() in _BODY_OF_WORDS for w in person_of.group(1).split()) \
            and (text.split()[0].lower() in _GIVEN_NAMES or (
                (normalize_holder(person_of.group(2)) in _countries_and_capitals()
                 or normalize_holder(person_of.group(2)) in _regions())
                and _looks_like_a_name(person_of.group(1)))):
        text = person_of.group(1)  # "Luka Petek of Ljubljana (consultancy ...)": the person, not where from
    if text[:1].islower():
        text = text[:1].upper() + text[1:]
    return text


# A person's name and where or whom they are from: "Tevita Ulu of Tonga".
_PERSON_OF = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+of\s+(?:the\s+)?([A-Z].*)")
_WORSHIP = frozenset("church chapel cathedral mosque temple synagogue parish diocese".split())
# Words that open the name of a national body ("National Theatre of Scotland", "Girl Guides of Canada").
_BODY_OPENERS = frozenset("""national royal general central federal united allied free new old great girl boy scout
theatre theater orchestra opera ballet museum gallery library archive zoo club team choir red cross crescent""".split())


def _looks_like_a_name(words: str) -> bool:
    """Whether two capitalised words read as a person's given name and surname, not a body
    ("Tevita Fonua", not "National Theatre" or "Girl Guides")."""
    parts = words.split()
    return len(parts) == 2 and not parts[1].endswith("s") and not any(w.lower() in _BODY_OPENERS for w in parts)


# Words of a state's name, which "X of Y" may be ("United States of America", "Kingdom of Spain").
_STATE_WORDS = frozenset("republic kingdom states state emirates union federation islands commonwealth "
                         "principality sultanate people's".split())


_POSTS = frozenset("embassy consulate mission office bureau delegation".split())


# Portfolio words that open an institution's name ("Food and Drug Administration", "Work and
# Pensions Committee"): a name split at its "and" would leave one of them as a party.
_PORTFOLIOS = frozenset("""competition markets food drug drugs trade industry health safety energy environment
transport justice home foreign defence defense finance education science culture agriculture fisheries
employment housing communities business innovation skills work pensions tax customs border immigration water
forestry mines lands planning development security intelligence research technology media sport tourism
youth sports labour labor social interior economy communications digital transportation infrastructure climate
commerce mining petroleum aviation maritime telecommunications information broadcasting women children family
welfare veterans consumer rural urban local regional public expenditure enterprise heritage arts
equality integration disability higher further overseas policing nature farming minerals commonwealth""".split())


def split_coordinated(name: str) -> list[str]:
    """See :func:`_split_coordinated` (cached: the resolver asks for each mention several times)."""
    return list(_split_coordinated(name))


# "the couple, Rezan and Dilan Aziz", "Mira and Tomas Berg, twin sisters": one household
# sharing a family name is one party; split, it would give a lone given name ("Rezan") that
# the article uses for no one. Only where the text says so: "Jordan and Saudi Arabia" has the
# same shape.
_SHARED_FAMILY_NAME = re.compile(r"[A-Z][\w'’-]+ (?:and|&) [A-Z][\w'’-]+ [A-Z][\w'’-]+")
_HOUSEHOLD = r"(?:couple|brothers|sisters|siblings|twins|spouses|husband and wife|wife and husband)(?!\s+in\s+arms)"
_HOUSEHOLD_WORDS = r"(?:(?!both\b|all\b)[\w-]+\s+){0,2}"  # "the Kurdish couple", "twin sisters"; not "both parents"
_HOUSEHOLD_BEFORE = re.compile(r"\b(?:the|a|an)\s+" + _HOUSEHOLD_WORDS + _HOUSEHOLD + r"\s*,\s*$", re.IGNORECASE)
_HOUSEHOLD_AFTER = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?" + _HOUSEHOLD_WORDS + _HOUSEHOLD + r"\b", re.IGNORECASE)


def _one_household(text: str, m: Mention) -> bool:
    """Whether mention ``m`` names a couple or siblings by their shared family name."""
    return bool(_SHARED_FAMILY_NAME.fullmatch(m.text.strip())) and bool(
        _HOUSEHOLD_BEFORE.search(text[max(0, m.start - 40):m.start]) or _HOUSEHOLD_AFTER.match(text, m.end))


_AND_GAP = re.compile(r"\s+(?:and|&)\s+")


def _merge_households(text: str, found: list[Mention]) -> list[Mention]:
    """Candidate names with "Rezan" + "and" + "Dilan Aziz" joined where they are a household."""
    out: list[Mention] = []
    for m in found:
        if out and _AND_GAP.fullmatch(text, out[-1].end, m.start):
            joined = Mention(out[-1].start, m.end, text[out[-1].start:m.end])
            if _one_household(text, joined):
                out[-1] = joined
                continue
        out.append(m)
    return out


def parties_of(text: str, m: Mention) -> list[str]:
    """The parties mention ``m`` names: each of a coordination (:func:`split_coordinated`),
    except a household named by its shared family name, which is one."""
    return [m.text.strip()] if _one_household(text, m) else split_coordinated(_INDEFINITE.sub("", m.text))


# An acronym in brackets right after a name, which the article then uses for it: "(INMET)".
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z.&]{1,9})\)")


# Stock exchanges, whose codes follow a listed firm's name in brackets: "Kessel Logistics (LSE)".
_EXCHANGES = frozenset("lse nyse asx tsx jse hkex nasdaq iseq sgx bse nse otc".split())


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` can stand for ``name``: the name is an organisation's (it has a word
    such as Institute, Service, Authority), and the acronym opens with the first letter of one
    of its words, its other letters following in order ("INMET" for "National Institute of
    Meteorology"). A party after a person ("Sinead Kerr (DUP)") or a country code ("Halden
    Foods (UK)") does not."""
    letters = acronym.replace(".", "").replace("&", "").lower()
    if not letters or normalize_holder(acronym) in _countries_and_capitals() or letters in _EXCHANGES:
        return False
    words = name.split()
    if "".join(w[0] for w in words if w[:1].isupper()).lower() == letters and len(letters) > 2:
        return True  # its initials: "Aircraft Engineers' Guild (AEG)"
    if not any(_organisation_word(w) for w in words):
        return False  # a person's name ("Shona Pattinson (SNP)"), or a firm's we cannot tell from one
    for k, w in enumerate(words):
        if w[:1].lower() != letters[0]:
            continue
        rest, at = " ".join(words[k:]).lower()[1:], 0
        for ch in letters[1:]:
            at = rest.find(ch, at) + 1
            if not at:
                break
        else:
            return True
    return False


# An acronym in brackets after a name, closed or cut by the tagger: "(WHO)", "(HRPH".
_ACRONYM_AFTER = re.compile(r"(?<=\w)\s*\([A-Z][A-Z.&]{1,11}\)?$")


def _portfolio(part: str) -> bool:
    """A policy area, alone or after an adjective of origin: "Transport", "Finnish Transport"
    (in "Finnish Transport and Communications Agency", one name)."""
    words = part.split()
    return part.lower() in _PORTFOLIOS or (len(words) == 2 and words[1].lower() in _PORTFOLIOS and bool(
        re.fullmatch(_DEMONYM + "|" + _IRREGULAR_DEMONYMS, words[0])) and words[0].lower() not in _NOT_ORIGIN)


# "<Portfolio> Minister <Name>": a titled person after the portfolio words.
_TITLE_THEN_NAME = re.compile(r"(?:[A-Z][\w-]*\s+)+(?:Minister|Secretary|Commissioner)\s+[A-Z][\w'’-]+")
# Parties whose names are also portfolios: "Labour and Transport Secretary X" may be two.
_PARTY_WORDS = frozenset("labour labor reform conservative liberal green greens".split())


# A possessor before the first of an institution's portfolios: "Britain's" in "Britain's Foreign,
# Commonwealth and Development Office".
_POSSESSOR = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+")


def _country_bank(name: str) -> bool:
    """"Qatar National Bank", "Jamaica National Bank": a country's name before "National Bank"
    is a commercial bank's ("Czech National Bank", "Swiss National Bank" take an adjective)."""
    words = name.split()
    return len(words) > 2 and words[1] in ("National", "Central", "Reserve") \
        and words[0].lower() in _countries_and_capitals()


# Trades and sectors a body's name may open with ("Software and Platforms Association of ...").
_SECTORS = frozenset("""software platforms travel oil gas food drink farm farming hotel hotels hospitality film music
tourism retail shipping chemical chemicals steel textile textiles paper timber wine dairy fisheries fishing
construction engineering pharmaceutical pharmaceuticals tobacco coal power petroleum insurance banking
publishing advertising aviation automotive electronics""".split())
# A body "of" a place whose first words name its members: "(Software and) Platforms Association of Australia".
_ASSOCIATION_OF = re.compile(r"[A-Z][\w'’-]*\s+(?:Association|Federation|Society|Council|Institute|Confederation|"
                             r"Alliance)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# People named by their occupation and where they are: "Pharmacists in Leeds" (, Bristol and Norwich).
# (Not those who speak for a government or a firm: "Officials in Ankara and Baku" are two parties.)
_GROUP_IN_PLACES = re.compile(r"(?!(?:Officials|Diplomats|Ministers|Sources|Representatives|Negotiators|Envoys|"
                              r"Economists|Analysts|Spokespeople|Spokesmen|Executives|Delegates|Authorities|Regulators|"
                              r"Prosecutors|Governments|Lawmakers|Legislators|Judges|Courts|Police|Investigators|"
                              r"Leaders|Senators|Delegations|Ministries|Parliaments|Militaries|Forces|Troops|"
                              r"Mediators|Observers|Monitors|Agencies|Banks|Bankers|Companies|Firms)\b)"
                              r"[A-Z][a-z]+(?:s|men|women|people)\s+(?:in|across)\s+[A-Z][\w-]*$")
# A body "for" its portfolio: "Department for Business" (and Trade).
_BODY_FOR = re.compile(r"\b(?:Department|Ministry|Office|Secretary|Minister|Commissioner|Agency)\s+for\s+[A-Z]")
# A body "of" its members ("Association of Home" and Property Insurers), and the members' plural.
_BODY_OF_MEMBERS = re.compile(r"\b(?:Association|Federation|Society|Institute|Confederation|Alliance|Union|Council|"
                              r"Guild|College|Chamber)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*$")
_MEMBERS_PLURAL = re.compile(r"[a-z](?:ers|ors|ists|ants|ents|ians|ives|ies|ises|esses)$")
# The last words of a street's or an area's name ("London Road", "Cherry Hill").
_STREET_WORDS = frozenset("""road lane street avenue hill park green close way square gardens village
crescent drive terrace place row rise grove mews walk end heights fields vale common bridge""".split())  # (not
# "Estate" or "Court": "Grosvenor Estate", "Kelby Crown Court" are parties)
# A group named for its members and the places they are from: "... Residents’ Association".
_PLACES_GROUP = re.compile(r"\b(?:Residents|Tenants|Traders|Neighbours|Neighbors|Householders)['’]?\s+"
                           r"(?:Association|Group|Alliance|Society|Forum|Action Group|Committee)$")
# A fire service's name, which holds "and" once or twice: "Devon and Somerset Fire and Rescue
# Service" (not "Essex Police and Essex Fire and Rescue Service", two bodies).
_FIRE_AND_RESCUE = re.compile(r"(?:[A-Z][\w'’-]*\s+)?(?:(?:and|&)\s+[A-Z][\w'’-]*\s+)?(?:County\s+)?"
                              r"Fire\s+(?:and|&)\s+Rescue(?:\s+(?:Service|Authority))?")
# One body's name with "and" after its first word and a lowercase word inside: "Medicines and
# Healthcare products Regulatory Agency".
_LOWERCASE_INSIDE = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                               r"(?:\s+(?!(?:of|for|and|on|the|at|in|to|via|with|from|by|as)\b)[a-z][\w-]*)(?:\s+[A-Z][\w'’-]*)*"
                               r"\s+(?:Agency|Authority|Office|Service|Council|Commission|Board|Institute|Administration)")


@lru_cache(maxsize=8192)
def _split_coordinated(name: str) -> tuple[str, ...]:
    """See :func:`_split_names`; a fire service's "Fire and Rescue" is never split ("Essex Police
    and Essex County Fire and Rescue Service": two bodies)."""
    kept = _FIRE_THEN_RESCUE.sub("Fire\x01Rescue", name)
    if kept == name or _FIRE_AND_RESCUE.fullmatch(re.sub(r"^(?:both|the)\s+", "", name.strip(), flags=re.I)):
        return _split_names(name)
    return tuple(p.replace("\x01", " and ") for p in _split_names(kept))


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _initials(name: str) -> tuple[str, ...]:
    """The acronyms a name's capitalised words give: their first letters, and where one is an
    initialism, also with its letters all kept ("UK Anti-Doping": "UAD" and "UKAD")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    first = "".join(w[0] for w in words)
    kept = "".join(w if w.isupper() else w[0] for w in words)
    return (first, kept) if kept != first and len(words) > 1 else (first,)


_FIRE_THEN_RESCUE = re.compile(r"\bFire\s+and\s+Rescue\b")


def _split_names(name: str) -> tuple[str, ...]:
    """"White House and State Department" -> both names (the scheme lists coordinated holders
    separately), "France, Germany and Italy" -> three; a single name with "and" inside
    ("Trinidad and Tobago") has a lowercase side, so every side must start with a capital
    (after a leading "the" or "both"). A shared lowercase head ("White House and State
    Department officials") stays with the last name and is trimmed by :func:`display_form`."""
    name = _ACRONYM_AFTER.sub("", name.strip())  # "Competition and Markets Authority (CMA)": one name
    name = _COURT_ROLE_LEAD.sub("", name)  # "Prosecuting, Nadia Ferreira": counsel, one person
    text = re.sub(r"^(?:both|the)\s+", "", name, flags=re.IGNORECASE)
    if not re.search(r"\s(?:and|&)\s", text) and (re.match(r"[^,]*\s[a-z][\w-]*\s*,", text) or any(
            w in _PERSON_DESCRIPTIONS for w in text.split(",")[0].split() if w.islower())):
        # "Norway's foreign minister, Eirik Dahle", "The Fund's mission chief for Kenya, Henrik
        # Solheim": an apposition, one person
        return (name,)
    # "&" joins the names of a firm ("Kessler & Dorn", "Procter & Gamble"), but countries too ("US & China")
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) if p.strip()]
    parts = [q for p in parts for q in (p.split(" & ") if " & " in p and any(
        normalize_holder(q) in _countries_and_capitals() or re.fullmatch(r"[A-Z]{2,4}", q.strip("."))
        for q in p.split(" & ")) else [p])]
    parts = [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
    if len(parts) == 2 and "," in text and not re.search(r"\s(?:and|&)\s", text) \
            and (_title_only(parts[1]) or _titled_role(parts[1])) and 2 <= len(parts[0].split()) <= 3 \
            and all(w[:1].isupper() for w in parts[0].split()) and parts[0].split()[0].lower() in _GIVEN_NAMES:
        return (parts[0],)  # "Priya Castellanos, Chief Financial Officer": the person and her post
    if len(parts) == 2 and "," in text and not re.search(r"\s(?:and|&)\s", text) \
            and (_title_only(parts[0]) or _titled_role(parts[0])):
        # "Official Spokesperson, Shri Rohan Bhatia", "The Chief Medical Officer, Dr X": a post, the person
        return (name,)
    if len(parts) > 1:  # the shared head of "X and Y officials" belongs to both: drop it
        parts[-1] = re.sub(r"\s+(?:officials|leaders|ministers|diplomats|negotiators|representatives|"
                           r"delegates|delegations|lawmakers|spokespeople|sources)$", "", parts[-1])
    on_portfolios = bool(re.search(r"\b(?:Committee|Subcommittee|Commission|Council|Panel|Board)\s+on\s", parts[0])
                         and all(map(_portfolio, parts[1:])))
    if len(parts) > 1 and (" of " in parts[0] or on_portfolios or (
            _BODY_FOR.search(parts[0]) and all(_portfolio(p) for p in parts[1:]))) \
            and all(len(p.split()) == 1 for p in parts[1:]):
        # "Office of Management and Budget", "Ministry of Economy, Trade and Industry", "Standing
        # Committee on Industry and Technology", "Department for Business and Trade"
        return (name,)
    if len(parts) == 2 and _BODY_OF_MEMBERS.search(parts[0]) and 2 <= len(parts[1].split()) <= 3 \
            and _MEMBERS_PLURAL.search(parts[1]) and parts[1].split()[0].lower() not in _GIVEN_NAMES:
        return (name,)  # "Association of Home and Property Insurers": the members a body is of
    if len(parts) == 2 and len(parts[0].split()) == 1 and parts[1].split()[-1].lower() in (
            "police", "constabulary", "council", "fire", "union", "association", "federation", "society", "service") \
            and parts[1].split()[-1][:1].isupper() and "the" not in text.lower().split() and (
                len(parts[1].split()) == 2 or (len(parts[1].split()) == 3 and name.lower().startswith("the "))):
        # ("The Telecom and Technical Staff Union": a three-word body needs "The" before the whole name)
        return (name,)  # "Avon and Somerset Police", "Nurses and Midwives Union": one body
    if len(parts) == 2 and re.search(r"\b(?:minister|secretary|commissioner)\s+(?:of|for)\s+[A-Z][\w-]*$", parts[0],
                                     re.IGNORECASE) and parts[1].split()[0].lower() in _PORTFOLIOS:
        return (name,)  # "Minister of Industry and Trade Nguyen Thi Lan Huong": one person
    if len(parts) == 2 and re.search(r"\b(?:ministry|department|office|secretariat|directorate)\s+of\s",
                                     parts[0], re.IGNORECASE) \
            and not re.search(r"\band\s+the\b", name, re.IGNORECASE) and len(parts[1].split()) == 2 \
            and all(w[:1].isupper() and w.lower() not in _ORG_OR_TITLE for w in parts[1].split()):
        return (name,)  # "Ministry of Energy and Mineral Resources": portfolios, one ministry
    if len(parts) > 1 and all(_portfolio(_POSSESSOR.sub("", p) if k == 0 else p) for k, p in enumerate(parts[:-1])) \
            and len(parts[-1].split()) > 1 \
            and not re.search(r"\band\s+the\b", name, re.IGNORECASE) \
            and parts[-1].split()[-1].lower() in _ORG_WORDS | {"tribunal", "administration", "authority", "executive",
                                                               "inspectorate", "regulator"}:
        # "Competition and Markets Tribunal", "Food and Drug Administration", "Health and Safety Executive"
        return (name,)
    if len(parts) > 1 and all(_portfolio(p) and p.lower() not in _PARTY_WORDS for p in parts[:-1]) \
            and _TITLE_THEN_NAME.match(parts[-1]) and parts[-1].split()[0].lower() in _PORTFOLIOS:
        return (name,)  # "Culture, Media and Heritage Minister Ruairí Tobin": one minister's portfolios
    if len(parts) == 2 and len(parts[0].split()) == 1 and parts[1].split()[0] in ("District", "Districts", "Region"):
        return (name,)  # "Tamsford and District Transport Authority": one body
    if len(parts) == 2 and len(parts[0].split()) == 1 and (parts[0].lower() in _SECTORS or parts[0].lower() in _PORTFOLIOS) \
            and _ASSOCIATION_OF.fullmatch(parts[1]):  # (not "FIFA and Football Association of Ireland")
        return (name,)  # "Software and Platforms Association of Australia": one body
    if _FIRE_AND_RESCUE.fullmatch(text):
        return (name,)  # "Harrowdale and Wyre Fire and Rescue Service": one service
    if _LOWERCASE_INSIDE.fullmatch(text):
        return (name,)  # "Medicines and Healthcare products Regulatory Agency": a lowercase word inside one name
    if len(parts) > 1 and _GROUP_IN_PLACES.match(parts[0]) and all(
            len(p.split()) <= 2 and all(w[:1].isupper() for w in p.split()) for p in parts[1:]):
        return (name,)  # "Pharmacists in Leeds, Bristol and Norwich": one group, in three places
    if len(parts) > 1 and _PLACES_GROUP.search(parts[-1]) and not re.search(r"\band\s+the\b", text, re.IGNORECASE) \
            and all(len(p.split()) <= 3 and p.split()[-1].lower() in _STREET_WORDS
                    and p.split()[0].lower() not in _GIVEN_NAMES and p.split()[0].lower().rstrip(".") not in TITLE_WORDS
                    for p in parts[:-1]):  # (not "Sarah Green and Mill Lane Residents’ Association")
        return (name,)  # "London Road and Cherry Hill Residents’ Association": the places one group is of
    if len(parts) > 1 and all(p[:1].isupper() for p in parts) and not any(
            p.split()[0].lower() in ("of", "for") for p in parts):
        return tuple(parts)
    return (name,)


_DESCRIPTION_TAIL = re.compile(
    r"\s+(?:familiar with|briefed on|close to|with|involved in|in|at|from|of|on|who)\s+"
    r"[^,;:“”\"]*?(?=\s+(?:said|says|say|told|tells|added|warned|confirmed|described|denied)\b|[,;:“”\"])")
# The same words up to the sentence's end, for a source it ends with: "..., according to people
# familiar with the matter."
_DEFINING_WORDS = r"(?:familiar with|briefed on|close to|involved in|with knowledge of)"
_DESCRIPTION_TAIL_TO_END = re.compile(r"\s+" + _DEFINING_WORDS + r"\s+[^,;:“”\"]*?(?=[.”\"’]*\s*$)")
_INDEFINITE = re.compile(r"^(?:a|an|one(?!\s+of\b))\s+", re.IGNORECASE)  # ("One of the ministers" stays whole)
# The verbs after "quoted X as": "KCNA quoted X as saying", "Yonhap quoted an official as claiming".
_QUOTED_VERBS = r"(?:saying|telling|stating|claiming|warning|insisting|arguing|asserting|adding|calling)"
_QUOTED_AS = re.compile(r"\bquoted\s+(.+?)\s+as\s+" + _QUOTED_VERBS + r"\b", re.IGNORECASE)
_QUOTED_BY_AS = re.compile(r"\s+(?:was|were|is|are|has been|have been)\s+quoted\s+((?:by|in)\s+.+?)\s+as\s+"
                           + _QUOTED_VERBS + r"\b", re.IGNORECASE)
# The members of a council or board, which acts as one: "Members of Kelmsford Borough Council
# voted ..." ("Members of the European Parliament" are its members).
_MEMBERS_OF_BODY = re.compile(r"^(?:(?:Members|Councillors|Councilors)\s+of\s+(?:the\s+)?(?=[A-Z][^,]*\b(?:Council|Board)$)"
                              r"|Members\s+of\s+(?=(?:Friends|Save|Stop|Campaign|Action|Keep)\b[^,]*$))")
# (and of a campaign group named for its cause: "Members of Friends of Eastgate Library" are the group)
# A British court report's counsel before the name: "Prosecuting, Nadia Ferreira told the court".
_COURT_ROLE_LEAD = re.compile(r"^(?:Prosecuting|Defending|Mitigating|Representing\s+(?:him|her|them))\s*,\s*(?=[A-Z])")
# A possessive determiner or "both" before a name.
_LEADING_DETERMINER = re.compile(r"^(?P<det>His|Her|Their|Its|Both|Either|Neither)\s+(?=[A-Z])")


def _without_determiner(text: str) -> str:
    """A name without a possessive determiner before an organisation's name ("Her Alliance for
    Democratic Renewal (ADR)" is the alliance) or "both" before a person's ("Both Varghese-Pratt
    and ..."); a name that begins so stays ("Their Lordships", "Either Party", "Both Sides
    Theatre Company")."""
    det = _LEADING_DETERMINER.match(text)
    if det is None:
        return text
    rest = text[det.end():].split()
    body = any(_organisation_word(w) for w in rest)
    if det.group("det") in ("Both", "Either", "Neither"):
        return " ".join(rest) if len(rest) <= 2 and not body and det.group("det") == "Both" else text
    return " ".join(rest) if len(rest) > 1 and body and rest[0] not in ("Majesty's", "Majesty’s") else text
_ACCORDING = re.compile(r"(?:according to|citing)\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•→▪●◦\-–—*·]|\d+[.)])\s")
_QUOTE_CHARS = "\"“”«»"


_QUOTE_MARK = re.compile("[“«”»\"]")


def quoted_ranges(text: str, was_open: bool = False) -> list[tuple[int, int]]:
    """Character ranges of quoted speech in a unit; from its start when a quotation opened in
    an earlier unit is still open, or when a closing mark comes with no opening one."""
    ranges: list[tuple[int, int]] = []
    start: int | None = 0 if was_open else None
    for q in _QUOTE_MARK.finditer(text):
        i, c = q.start(), q.group()
        if c in "“«" or (c == '"' and start is None):
            if start is None:
                start = i
        elif c in "”»" or c == '"':
            ranges.append((0 if start is None else start, i + 1))
            start = None
    if start is not None:
        ranges.append((start, len(text)))
    return ranges


def _open_at_end(text: str, was_open: bool = False) -> bool:
    """A quotation is still open after the unit (the same reading as :func:`quoted_ranges`)."""
    ranges = quoted_ranges(text, was_open)
    if not ranges:
        return was_open and not _QUOTE_MARK.search(text)
    last = ranges[-1]
    closed = last[1] > 0 and text[last[1] - 1] in "”»\""
    return not closed


def _inside(m: Mention, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in ranges)


def candidate_names(text: str) -> list[Mention]:
    """See :func:`_candidate_names` (cached per unit text: several rules ask for them)."""
    return list(_candidate_names(text))


_OUTLET_TAIL = re.compile(r"(?:\s+(?:news|state|press|online))?\s+(?:agency|newspaper|paper|daily|broadcaster|network|"
                          r"wire|magazine|website|outlet|channel|tabloid|weekly)\b(?!\s+[A-Z])")  # not "broadcaster RTV Nord"


# Words that open a capitalised run at a sentence start but name what belongs to the party after "of".
_PART_OF_PARTY = re.compile(r"(?:Shares|Stock|Members|Leaders|Residents|Staff|Employees|Workers|Supporters|Critics|"
                            r"Customers|Users|Fans|Investors|Lawyers|Executives|Soldiers|Troops|Officers|Officials|"
                            r"Volunteers|Activists|Delegates|Representatives|Students)\s+of\s+(?:the\s+)?(?=[A-Z])")
_LIST_TAIL = re.compile(r"(?:\s*,\s*[A-Z][\w-]*)*,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


_LEGAL_TAIL = re.compile(r"\s+(?:plc|ltd|llc|llp|gmbh|inc|corp)(?![\w-])")  # a legal form in lowercase


@lru_cache(maxsize=4096)
def _candidate_names(text: str) -> tuple[Mention, ...]:
    """Capitalised names in a unit, whole (snapped like tagger spans), in reading order: the
    parties a later pronoun or description may refer to, whether or not they hold this unit.
    A lone capitalised first word is kept too; the resolver uses it only if it is the short
    form of a name it already knows ("Delgado" for "Rosa Delgado")."""
    out: list[Mention] = []
    covered = 0
    for s, e, w in _words(text):
        if not (w[:1].isupper() or w[:1] in "\"'“”‘’("):
            continue  # most words: lowercase, no name starts here
        if s < covered or not _capital(w.strip("\"'“”‘’(")) or w.lower().strip("\"'“”‘’(.,") in PRONOUNS:
            continue
        if w.isupper() and len(w) > 3 and s < 3 and re.match(r"\s*[,(]|\s+\(", text[e:]):
            continue  # a dateline ("HALDEN, April 14"), not a party
        if (w.startswith("(") or text[s - 1:s] == "(") and s < 60 and re.search(r"\)\s*[—–-]", text[s:e + 40]):
            covered = text.find(")", e) + 1 or e
            continue  # the agency in a dateline: "LONDON, June 24 (Meridian News) —"
        a, b = snap_mention(text, s, e)
        piece = text[a:b].strip(" ,;:\"'“”‘’()")
        at_end = not text[b:].strip(" \"'”’)")
        if piece.endswith(".") and (not _is_initials(piece.split()[-1]) or (
                at_end and not re.fullmatch(r"(?:[A-Z]\.)+", piece.split()[-1]))):
            piece = piece[:-1]  # the full stop, not an abbreviation ("U.S." keeps its dots)
        if piece and not _title_only(piece) and piece.lower() not in ("the", "a", "an", "this", "that"):
            a = text.find(piece, a)
            of_party = _PART_OF_PARTY.match(piece)
            if of_party:  # "Shares of Halcyon Foods": the company
                a += of_party.end()
                piece = piece[of_party.end():]
            listed = _LIST_TAIL.match(text, a + len(piece)) \
                if re.search(r"\s(?:of|for)\s+\S+$", piece) or _portfolio(piece) else None
            if listed and len(split_coordinated(text[a:listed.end()])) == 1:
                # "Ministry of Economy" + ", Trade and Industry", "Ministry of Energy" + " and
                # Mineral Resources", "Competition" + " and Markets Authority": one name
                piece = text[a:listed.end()]
                b = max(b, listed.end())
            outlet = _OUTLET_TAIL.match(text, a + len(piece)) or _LEGAL_TAIL.match(text, a + len(piece))
            if outlet:  # "Xinlu news agency", "Kestrel newspaper", "Castellan Freight Group plc": the whole name
                piece = text[a:outlet.end()]
                b = max(b, outlet.end())
            out.append(Mention(a, a + len(piece), piece))
        covered = max(covered, b)
    return tuple(out)


# Reporting verbs; present forms that double as plural nouns ("reports", "claims") are left out.
_SAY = (r"(?:said|says|say|told|tells|added|adds|warned|warns|stated|announced|announces|reported|"
        r"wrote|writes|confirmed|confirms|insisted|insists|argued|argues|claimed|noted|"
        r"explained|explains|cautioned|acknowledged|predicted|estimated|urged|urges|demanded|pledged|"
        r"promised|vowed|accused|accuses|criticised|criticized|welcomed|welcomes|"
        r"rejected|rejects|denied|denies|called on|calls on|called for|stressed|stresses|asked)")
# A verb the tagger ran on into after the name: "Democrats have", "Labor leader X concedes".
_TRAILING_VERB = re.compile(r"(?<=\S)\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|"
                            r"should|concedes|conceded|admits|admitted|" + _SAY[3:-1] + r")$")
# "<content>, <speaker> said": the speaker before a reporting verb, after a comma or dash, a
# closing quote, or at the start of the unit.
_FRAME_BEFORE = re.compile(r"(?:^\s*|[,—–:]\s*|[”\"]\s+)(?P<np>(?:[A-Z‘]|the\s|a\s|an\s|one\s+of\s|two\s|three\s|several\s|"
                           r"some\s|its\s|their\s|his\s|her\s|officials\b|sources\b|analysts\b|experts\b|critics\b|residents\b|he\b|"
                           r"she\b|they\b|it\b|we\b|(?:[a-z]+\s){1,3}(?=[A-Z][a-z]))[^,;:“”\"]{0,90}?)(?:\s*,\s*(?P<app>(?:who|which|a|an|the|whose)\b[^,;“”\"]{0,160}|"
                           r"[a-z][^,;“”\"]{0,100}|[A-Z][^,;“”\"]{0,60}),)?,?"
                           r"\s+(?:also\s+|later\s+|previously\s+|again\s+|"
                           r"has\s+|have\s+|had\s+|has\s+also\s+)?" + _SAY + r"\b")
# "“...,” said <speaker>" and "<content>, said <speaker>".
_FRAME_AFTER = re.compile(r"[,”\"]\s*(?:said|says|added|adds|asked|wrote|writes|explained|continued)\s+"
                          r"(?P<np>[A-Za-z][^,;:“”\"]{1,80}?)(?=[,;:]|\.?\s*$)")
_NOT_SPEAKER = re.compile(r"(?:which|who|that|what|when|where|while|if|as|but|and|so|because|it\s+is|there|under|"
                          r"in|on|at|after|before|for|with|by|from|during|since|despite|last|this|each|every|"
                          r"(?:a|an|the)\s+(?-i:claim|charge|accusation|allegation|statement|view|position|move|figure|"
                          r"version|account|point|step|decision|sequence|demand|proposal|plan|offer|idea|condition|"
                          r"argument|suggestion|approach|notion|order|request|deal|timeline|timetable|schedule|change|"
                          r"reading|interpretation|assessment|characteri[sz]ation|description|estimate|forecast|"
                          r"prediction|promise|pledge|threat|warning|stance|line))\b", re.I)
_PASSIVE_AGENT = re.compile(r"\b(?:announced|proposed|set|ordered|imposed|introduced|issued|unveiled|demanded|"
                            r"published|released|reported)\s+by\s+(?P<np>[A-Z][^,;:“”\"]{1,80}?|the\s[^,;:“”\"]{1,80}?)"
                            r"(?=\s+(?:in|on|at|last|this|during)\b|[,;:.]|$)")
# A capital letter, also an accented one ("Ömer", "Øystein"): a speaker label's name may have one.
_UPPER = "A-ZÀ-ÖØ-Þ"
# After the speaker, a bracket with an outlet or a post, a Hansard member's riding and party, or a
# chair's name with a riding bracket of its own: "(Ridgeway North, NDP)", "(Director General,
# Marine Services, Department of ...)", "The Chair (Ms. Harriet Voclain (Fenmoor East, Lib.)):".
_SPEAKER_LABEL = re.compile(r"^\s*(?:(?:Q|Question|QUESTION|A|Answer|ANSWER)\s*\((?P<q>[^,()]+)[^)]*\)|"
                            rf"(?:Q\d{{1,4}}\s+)?(?P<np>[{_UPPER}][\w.'’-]*(?:,?\s+[{_UPPER}][\w.'’-]*){{0,5}}))"
                            rf"(?:\s*\([{_UPPER}](?:[\w ,.'’—–-]|\([^()]{{1,40}}\)){{0,100}}\))?\s*:\s")
# Genre and page labels before a colon, not speakers (the scheme: "Editorial:" names a genre).
_NOT_LABELS = frozenset(w.lower() for w in """Editorial Analysis Opinion Comment Update Updated Breaking Watch Live
Photo Video Review Explainer Exclusive Factbox Timeline Correction Note Editor's Read Listen Related Source Sources
Pictured Caption Credit Question Answer Q A Briefing Morning Evening Daily Weekly Live Latest Interview Transcript
Speakers Participants Present Absent Attendees Attending Sketch Column Perspective Letters Letter Obituary Profile
Essay Diary Podcast Newsletter Recap Preview Verdict Fact-check Factcheck Backgrounder Feature Photos Photograph
Photographs Picture Pictures Image Images Illustration Graphic Graphics Map Chart Footage Artwork Results Earnings
Revenue Sales Outlook Guidance Highlights""".split())
# A cast-list line of a transcript: "Witness: Owen Pruitt, chief executive officer, ...". It holds
# no stance; it tells who a later "WITNESS:" label is.
_ROSTER_LINE = re.compile(r"\s*(?:(?i:Members)\s+)?(?P<role>(?i:Witness|Moderator|Host|Presenter|Anchor|Guest|Chair|Chairman|"
                          r"Chairwoman|Interviewer|Interviewee|Panell?ist|Participant|Present|Attending|Attendee|"
                          r"Absent|President|Briefer|Speaker))(?P<plural>(?i:e?s))?\s*:"
                          r"\s*(?P<name>(?:(?:Sen|Rep|Dr|Gov|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w.'’-]+"
                          r"(?:\s+[A-Z][\w.'’-]+){1,3})(?:\s*\([^()]{1,40}\))?\s*(?:[,;|]|$)")
# "Margaret Oyelaran, host" in a cast list: who a later "HOST:" label is. The roles one show
# calls by different names are one role.
_CAST_ROLE = re.compile(r"(?:^|;)\s*(?:[A-Za-z]+(?:\s+[a-z]+)?:\s*)?(?P<name>(?:(?:Sen|Rep|Dr|Gov|Mr|Mrs|Ms|Prof)\.?\s+)?"
                        r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:,\s*|(?:,(?:(?!\band\b)[^;(),]){1,60})?\s*\(\s*)(?P<role>host|presenter|anchor|"
                        r"moderator|chair|chairman|chairwoman|interviewer)\b(?!\s+(?:of|and|at|for)\b)", re.IGNORECASE)
# A sentence's end, which a cast line lacks; "..., Corvane Networks Inc." is no sentence.
_ENDS_TURN_SENTENCE = re.compile(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bJr)(?<!\bSr)[.?!”\"]\s*$")
_PRESENTED_BY = re.compile(r"\s*(?:Presented|Hosted|Anchored)\s+by\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’-]+"
                           r"(?:\s+[A-Z][\w'’-]+){1,3})\s*\.?\s*")
_SAME_ROLES = (("host", "presenter", "anchor"), ("chair", "chairman", "chairwoman"))
_ACCORDING_END = re.compile(r"\baccording to\s+(?P<rel>[^,;“”\"]+?)(?:,\s+(?:a|an|the)\s[^,;“”\"]+)?\s*[.”\"’]*\s*$",
                            re.IGNORECASE)  # "..., according to figures from X[, a London-based firm]."
# "according to official figures" is vague (the scheme); "figures from X" names X.
_VAGUE_SOURCE = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?(?:figures|data|statistics|estimates|numbers|"
                           r"records|documents|report|reports|survey|surveys|polls?|projections|calculations|tallies|"
                           r"readings|measurements|filings|minutes|papers|counts|rates|prices|pricing|futures)"
                           r"(?:\s+(?:posted|published|released|compiled|issued|seen))?(?:\s+(?:from|by|of)\s+"
                           r"(?P<by>[^,;]+)|\s+(?:on|in|at)\s+(?-i:[^,;A-Z])+)?\s*",
                           re.IGNORECASE)  # ("documents on the council's portal"; not "a report in the Kessel Herald")
# A document and the party that put it out, in a relative clause: "figures the company
# published in March", "data that Eurostat released on Monday".
_PUBLISHED_BY = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?(?:figures|data|statistics|estimates|numbers|"
                           r"records|documents|report|survey|poll|study|accounts|results)\s+(?:that\s+|which\s+)?"
                           r"(?P<by>(?:the|its|their)\s+[a-z][\w-]*|(?:the\s+)?[A-Z][\w&.'’-]*"
                           r"(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&.'’-]*){0,4})\s+"  # ("the Ministry of Justice")
                           r"(?:had\s+|has\s+|have\s+)?(?:published|released|issued|compiled|filed|provided|posted|"
                           r"gave|sent|shared|submitted)\b[^,;]*")


# Common nouns that open a sentence capitalised and name no party ("Shares in Corvel fell ...").
_COMMON_OPENERS = frozenset("""shares stocks parents residents workers staff patients pupils students investors
customers users drivers passengers farmers prices sales profits""".split())


def _document_of_subject(text: str, m: Mention) -> Mention:
    """"Aurelis had $820 million in cash, according to its most recent filing": "its" is the
    unit's subject when a name opens the unit (else the pronoun resolves as usual)."""
    if m.text.lower() not in ("its", "their") or not _ITS_DOCUMENT.match(text, m.start):
        return m
    first = next(iter(candidate_names(text)), None)
    common = first is not None and len(first.text.split()) == 1 and (
        first.text.lower() in _COUNT_WORDS or first.text.lower().rstrip("s") in _PERSON_DESCRIPTIONS
        or first.text.lower() in _PERSON_DESCRIPTIONS or first.text.lower() in _COMMON_OPENERS)
    if first is not None and first.start == len(text) - len(text.lstrip()) and first.end <= m.start and not common:
        return first
    return m


def _publisher(m: Mention) -> Mention:
    """The party in a mention of a document it put out ("figures the company published in
    March": the company), else the mention."""
    its = _ITS_DOCUMENT.fullmatch(m.text.strip())
    if its is not None:  # "its most recent annual report": whoever "its" is
        at = m.start + len(m.text) - len(m.text.lstrip())
        return Mention(at + its.start("p"), at + its.end("p"), its.group("p"), m.score)
    published = _PUBLISHED_BY.fullmatch(m.text.strip())
    if published is None:
        return m
    at = m.start + len(m.text) - len(m.text.lstrip()) + published.start("by")
    return Mention(at, at + len(published.group("by")), published.group("by"), m.score)


# A document of the party "its" or "their" refers to: "its most recent annual report".
_ITS_DOCUMENT = re.compile(r"(?P<p>its|their)\s+(?:[\w-]+\s+){0,4}?(?:report|filing|accounts|figures|data|"
                           r"statement|results|records|website|prospectus|submission)s?", re.IGNORECASE)
# The party a document is named for: "a Northbridge Research poll", "the Halden Institute's survey".
_DOCUMENT_OWNER = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:new\s+|latest\s+|recent\s+)?(?P<name>[A-Z][\w&.'’-]*"
                             r"(?:\s+[A-Z][\w&.'’-]*)*?)(?:['’]s?)?\s+(?:figures|data|statistics|estimates|poll|survey|"
                             r"study|report|analysis|projections|calculations)\b")
_LISTENER = re.compile(r"(?:told|tells|telling|cited by|quoted by|speaking to|in an interview with)"
                       r"(?:\s+(?:the\s+)?[a-z][\w-]*){0,2}\s*$", re.I)  # ("speaking to private broadcaster X")
# The subject of the main clause after an opening "Speaking to X ...,": "..., she called ...".
_SUBJECT_AFTER_OPENING = re.compile(r"[^,]*,\s+(?P<p>he|she|they)\s+[a-z]")


# A stage direction within a turn, after which the same speaker goes on.
_SPEAKER_GOES_ON = re.compile(r"\s*[\[(]\s*(?:reads?|reading|laughter|laughs|applause|pauses?|inaudible|coughs|sighs)\b"
                              r"[^\])]{0,40}[\])]\s*\.?\s*$", re.IGNORECASE)
_FURNITURE = re.compile(r"^\s*(?:\[[^\]]*\]|\([A-Z ]+\)|\(?(?:END|ENDS|CROSSTALK|LAUGHTER|APPLAUSE)\)?\.?)\s*$")


# A reporter naming herself and her outlet at the start of a question: "Priya Nandakumar, Coastline Radio."
_SELF_INTRO = re.compile(r"\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+(?:the\s+)?[A-Z][\w.'’&-]*"
                         r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and))*\.?\s*")
# The guide's holder for a question turn whose questioner the transcript leaves unnamed.
REPORTER = "Reporter"
_QA_LABEL = re.compile(r"^\s*(Q|Question|QUESTION|A|Answer|ANSWER)\s*:\s")
# A question label whose brackets hold one name and no comma: "Q (HKR):", "Q (Halvard Dagblad):".
# Where that name reads as an outlet (HolderResolver._an_outlet), the questioner is the guide's
# unnamed "Reporter"; otherwise it is the person named ("Q (Kowalczyk):").
_QUESTION_OUTLET = re.compile(r"^\s*(Q|Question|QUESTION)\s*\((?P<outlet>[^,()]+)\)\s*:\s")
# Last words of an outlet's name besides those of _OUTLET_WORDS ("Post", "Herald"); the sets
# HolderResolver._an_outlet reads are built from them once, below _OUTLET_HEADS.
_MORE_OUTLET_WORDS = frozenset("""news radio tv television broadcasting broadcaster media online press wire daily
dagblad shimbun zeitung review monitor observer mirror express standard guardian independent live""".split())
# First words of a broadcaster's two-word name: "Radio Fellbridge", "TV Adria".
_BROADCAST_FIRST = frozenset("radio tv television channel".split())
# First words of an outlet's two-word name that are no given name: "Nordic Wire", "Evening Post".
_OUTLET_OPENERS = frozenset("""nordic baltic gulf pacific atlantic arctic alpine national global metro city capital
daily evening morning sunday weekly""".split())
# Outlet words that are surnames too ("Emily Post", "Heath Ledger").
_SURNAME_LIKE = frozenset("post press ledger courier wire standard review".split())
# A credit that names a newsroom, not a person: "Interview by Herald Staff".
_NEWSROOM_WORDS = frozenset("staff reporter reporters team desk newsroom correspondents editors".split())
# A line that reports speech is no credit ("Interviewed by Ann Ruiz, he said ...").
_SAYS = re.compile(r"\b(?:said|says|told|tells)\b")
# A section of an interview where others ask: "Audience questions", "Questions from the floor".
_OTHERS_ASK = re.compile(r"\s*(?:audience questions|questions from the (?:floor|audience)|q\s*&\s*a|"
                         r"open questions|press conference|news conference|briefing)\b", re.IGNORECASE)
# An interview's byline that names who asks: "Interview by Ama Boateng, Science Editor",
# "Interviewed by Ama Boateng". The interview's "Q:" turns are hers, not an unnamed reporter's.
_INTERVIEW_BY = re.compile(r"\s*Interview(?:ed)?\s+by\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’-]+"
                           r"(?:\s+[A-Z][\w'’-]+){1,3})\s*\.?\s*(?:,|$)")
# A turn that reads a party's statement into the record ("It reads: “...", "The letter reads as
# follows: “..."): the statement is that party's (the guide's convention 11), not the reader's.
_READS_OUT = re.compile(r"\s*(?:It|The\s+(?:statement|letter|submission|brief|note|message|e-?mail))\s+reads"
                        r"(?:\s+as\s+follows)?\s*:\s*[“\"]")
_IN_REPLY_TO = re.compile(r"\bin (?:reply|response|answer) to\b[^,.;]*$", re.IGNORECASE)
# "This statement is from X and Y.", "The following message comes from X": a statement read out next.
_STATEMENT_IS_FROM = re.compile(r"\b(?:statement|letter|message|note)\s+(?:is|comes)\s+from\s+(?P<rest>(?:(?!\b(?:was|were|is|"
                                r"are|has|have|had|by|and\s+was)\b)[^.;:])+)\.?\s*$", re.IGNORECASE)
# (who it is from, and nothing more: "... from the family and was passed to us by X" is no such line)
_OPENS_WITH_QUOTE = re.compile(r"\s*[“\"]")
_CLOSES_AT_END = re.compile(r"[”\"]\s*$")
# Before the party a turn announces it will read from: "... a letter the clerk received from ".
_STATEMENT_FROM = re.compile(r"\b(?:statement|letter|submission|brief|note|message|e-?mail)\b[^.;“”\"]{0,80}?"
                             r"\bfrom\s+(?:the\s+)?$")
# The questioner a transcript names in brackets after "Q:": "Q: [Lena Marsh, Capitol Ledger] Thank you."
_QUESTIONER = re.compile(r"\s*[\[(](?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
                         r"\s*(?:,[^\])]{1,60})?[\])]")
# A reporter naming herself inside her question: "QUESTION: Thank you, Eirik — Kari Moen, Fjord Post."
_INLINE_INTRO = re.compile(r"\s*(?:Thanks?|Thank you)\b[^.?!—–]{0,40}[—–]\s*(?P<name>(?!(?:Mr|Mrs|Ms|Madam|Minister|"
                           r"President|Director|Chancellor|Secretary|Governor|Mayor|Senator|Dr)\b)[A-Z][\w'’-]+"
                           r"(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and))*"
                           r"\s*\.(?:\s|$)")  # (a full stop ends the introduction; a list of names is no one's)
# A note or stage direction after a transcript: "Editor's note: ...", "(End of the section ...)".
_TURN_END = re.compile(r"^\s*(?:[\[(]|(?:Editor['’]s note|Note|Correction|Update|Source|Transcript)\b[^:]{0,20}:|"
                       r"This (?:interview|conversation|transcript|exchange) (?:has been|was) (?:\w+ )?"
                       r"(?:edited|condensed|shortened))", re.IGNORECASE)


# A meeting record's turn by a country's delegate: "The representative of France (spoke in
# French):"; the cast line's "Mr. Hugo Dufresne (France)" says who that is.
_DELEGATE_LABEL = re.compile(r"\s*(?P<np>The\s+(?:representative|delegate|observer)\s+of\s+(?:the\s+)?"
                             r"(?P<country>[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,4}))"
                             r"(?:\s*\([^()]{1,60}\))?\s*:\s")
_DELEGATE_ENTRY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*"
                             r"\((?P<country>[A-Z][^()]{1,40})\)")
# A meeting record's procedural line: the turn before it is over.
_MEETING_NOTE = re.compile(r"\s*(?:The meeting (?:was called to order|rose|was suspended|resumed|was adjourned|"
                           r"was closed)|Adoption of the agenda|The agenda was adopted)\b")


def speaker_label(text: str) -> tuple[int, int] | None:
    """The speaker label that opens a transcript turn ("RAHIMI:", "Question (Sidhant Rao,
    Bharat Today):", "The representative of France (spoke in French):"); a genre label
    ("Editorial:") is not one."""
    delegate = _DELEGATE_LABEL.match(text)
    if delegate:
        return delegate.start("np"), delegate.end("np")
    label = _SPEAKER_LABEL.match(text)
    if not label:
        return None
    if label.group("q"):
        return label.start("q"), label.end("q")
    if label.group("np").split()[0].strip(",").lower() in _NOT_LABELS:
        return None
    named = _bracketed_speaker(text)
    if named:
        return named.start("name"), named.end("name")  # "PRESENTER (MARTIN OYELARAN):", "CALLER (SHONA, HALBRIDGE):"
    np = label.group("np")
    first, _, after = np.partition(",")
    after_first = after.split()[0].lower().rstrip(".") if after.split() else ""
    after_words = {w.lower().strip(".,") for w in after.split()}
    if after and 2 <= len(first.split()) <= 3 and not any(
            w.lower().rstrip(".") in TITLE_WORDS or w.lower() in _ORG_OR_FIRM for w in first.split()) \
            and (first.split()[0].lower() in _GIVEN_NAMES or after_words & (_ORG_OR_FIRM | TITLE_WORDS)) \
            and after_first not in _GIVEN_NAMES and after_first not in ("mr", "mrs", "ms", "dr"):
        # "Sunniva Hale, Kestrel Bank:", "Priya Castellanos, Chief Financial Officer:": the person
        return label.start("np"), label.start("np") + np.index(",")
    return label.start("np"), label.end("np")


def _bracketed_speaker(text: str) -> re.Match | None:
    """A role label with the speaker's name in brackets ("PRESENTER (MARTIN OYELARAN):"), not
    a stage direction ("SPEAKER (THROUGH INTERPRETER):", "PRESENTER (VOICEOVER):")."""
    named = _ROLE_LABEL_NAME.match(text)
    role = _role_of(named).split() if named else []
    if not role or role[-1] not in _LABEL_ROLES or not all(w in _LABEL_ROLES or w in _ROLE_MODIFIERS for w in role):
        return None  # ("The Acting Speaker (Mr. X (...)):" is one; "Dan Guest (Chief Executive, ...):" is none)
    words = named.group("name").lower().replace(".", "").split()
    if any(w in _STAGE_DIRECTIONS for w in words) or (
            len(words) == 1 and words[0] not in _GIVEN_NAMES and "," not in text[named.end("name"):named.end()]):
        return None  # (one word: a known given name, or a caller's "(SHONA, HALBRIDGE)")
    return named


def _role_of(label: re.Match) -> str:
    """The role of a bracketed-name label, lowercase and without "the" ("THE CHAIR" -> "chair")."""
    return _LEADING_THE.sub("", label.group("role")).lower()


# A role label with the speaker's name in brackets (then, for a caller, where they call from,
# or for a Hansard chair, a riding and party of their own: "The Chair (Mr. X (Riding, Party)):").
_ROLE_LABEL_NAME = re.compile(r"\s*(?P<role>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z-]*){0,2})\s*\(\s*"
                              rf"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[{_UPPER}][\w'’-]+"
                              rf"(?:\s+[{_UPPER}][\w'’-]+){{0,3}})"
                              r"\s*(?:,[^()]*|\s*\([^()]{1,40}\))?\)\s*:\s")
_LABEL_ROLES = frozenset("""presenter host moderator anchor caller chair chairman chairwoman guest interviewer
questioner speaker panellist panelist voice minister secretary mayor senator governor councillor""".split())
_ATTENDANCE = frozenset("present attending absent".split())  # roll-call words: a list, never a turn
_ROSTER_ROLES = frozenset("presenter host moderator anchor chair chairman chairwoman interviewer".split())
_ROLE_MODIFIERS = frozenset("acting deputy vice assistant co associate".split())
# Roles a bracketed name defines for later labels ("The Acting Speaker (Mr. X (...)):").
_ROSTER_ROLE_ENDS = _ROSTER_ROLES | {"speaker"}
_STAGE_DIRECTIONS = frozenset("""through interpreter interpreted translated translation voiceover voice over off on
camera video link via continuing laughs laughter applause crosstalk inaudible""".split())


def is_excerpt(texts: Sequence[str]) -> bool:
    """A story that quotes an exchange in a few labelled lines ("From the meeting:" and three
    "CLLR ASHWORTH: ..." lines in 30 units): a transcript (:func:`is_transcript`) whose
    labelled lines are under a quarter of its units and begin only after its first third of
    prose. A briefing's or interview's labels are a third or more of its units, or begin
    within its first few (a long opening statement may follow)."""
    if len(texts) < 10 or not is_transcript(texts):
        return False
    labelled = [i for i, t in enumerate(texts) if speaker_label(t) is not None or _QA_LABEL.match(t)]
    return len(labelled) < 0.25 * len(texts) and labelled[0] >= len(texts) / 3


def is_transcript(texts: Sequence[str]) -> bool:
    """A briefing, interview or debate transcript: two or more units open with a speaker
    label, and the labels look like a transcript's (a name in capitals, a question/answer
    label, or a speaker who comes back). One "State Dept: ..." headline is not, nor an
    explainer's "Egypt: ... / Ethiopia: ..." list."""
    labels = []
    for t in texts:
        span = speaker_label(t)
        if span is not None or _QA_LABEL.match(t):
            labels.append((t[span[0]:span[1]] if span else "Q", bool(re.match(r"\s*(?:Q|Question|A|Answer)\b", t))))
    if len(labels) < 2:
        return False
    names = [normalize_holder(name.split(",")[0]) for name, _ in labels]
    return (any(qa for _, qa in labels) or len(set(names)) < len(names)
            or any(name.replace(" ", "").replace(".", "").isupper() for name, _ in labels))


# Lines only a press release has, and the lines that name who issued it.
_RELEASE_LINE = re.compile(r"\s*(?:FOR IMMEDIATE RELEASE|###|-30-|(?:Media|Press) (?:contacts?|enquiries|inquiries)\b|"
                           r"Press release\b|Notes to editors)", re.IGNORECASE)
_ISSUER_LINE = re.compile(r"\s*(?:About|Press release\s*\||SOURCE\b)\s*(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*"
                          r"(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|on|the|&)){0,7})\s*(?:\|.*)?$")
_NOT_ISSUERS = frozenset("""us author authors this release me our editor writer company organisation
organization""".split())
# "Under the Water Act, ...": a law's condition, NONE's unless a party presses it (convention 2)
_UNDER_A_LAW = re.compile(r"\s*Under\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}(?:(?:[a-z-]+\s+){0,2}law|Act|Law|Code|"
                          r"Regulations?|Directive|Constitution|Treaty|Charter|Convention)\b")


def press_release_issuer(texts: Sequence[str]) -> str | None:
    """The organisation that issued a press release (its first "About X" line, or "Press
    release | X | date"), or None when the article is no press release or names no issuer.
    Its own rules are its conditions (the guide's convention 10)."""
    if not any(_RELEASE_LINE.match(t) for t in texts):
        return None
    for t in texts:
        issuer = _ISSUER_LINE.match(t)
        if issuer and not _RELEASE_LINE.match(issuer.group("org")) \
                and normalize_holder(issuer.group("org")) not in _NOT_ISSUERS:  # "About Us", "About the Author"
            return display_form(issuer.group("org").rstrip(" .,"))
    for t in texts[:5]:  # a letterhead in capitals: "PRESS RELEASE" / "MINISTRY OF FINANCE"
        words = t.split()
        if t.isupper() and 1 < len(words) <= 8 and not _RELEASE_LINE.match(t) \
                and _name_head(normalize_holder(t)) in _LETTERHEAD_HEADS:  # a name, not "COUNCIL APPROVES PLAN"
            return " ".join(w.lower() if w.lower() in _CONNECTORS or w.lower() == "the" else w.capitalize()
                            for w in words)
    return None


_NP_ADVERB = re.compile(r"\s+(?:all but|also|just|only|again|then|now|later|previously|repeatedly|publicly|"
                        r"privately|quickly|already|never|often|recently|formally|separately)$")


_NP_TIME = re.compile(r"\s+(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"(?:\s+(?:night|morning|afternoon|evening))?$|\s+(?:last|this)\s+(?:week|month|year)$")
# The lowercase openings of a speaker phrase that _FRAME_BEFORE lists by name; any other
# lowercase opening must be a role before a name.
_LOWER_SPEAKER_STARTS = frozenset("""the a an one two three several some its their his her officials sources analysts
experts critics residents""".split()) | PRONOUNS


def _role_before_name(words: list[str]) -> bool:
    """"party secretary Ganbold Batbayar": lowercase role words, then the name."""
    lower = [w.lower() for w in words if w[:1].islower()]
    return bool(lower) and lower[0] not in _CONNECTORS and lower[0] not in _NOT_NAME and words[-1][:1].isupper() and any(
        w in TITLE_WORDS or w in _PERSON_HEADS or w in _ORG_WORDS for w in lower)


def reporting_frame(text: str, transcript: bool = False) -> tuple[int, int] | None:
    """Where a unit names the speaker of its report: "<content>, the ministry said",
    "“...,” said Lotte Hansen", "He said ..." (in a transcript, also its speaker label), or
    None. Names in the reported content (a country, an agency relaying it) are not the
    speaker; of several frames outside quoted speech a final one wins, else the first."""
    label = speaker_label(text) if transcript else None
    if label:  # a transcript's speaker label: "RAHIMI: ...", "Question (Sidhant Rao, Bharat Today): ..."
        return label
    dateline = _DATELINE_START.match(text) or _DATED_PLACE.match(text)
    if dateline:  # "OSLO, June 11 (Reuters) - Norway's envoy, X, said": read past the dateline (offsets kept)
        text = " " * dateline.end() + text[dateline.end():]
    ranges = quoted_ranges(text)
    found: list[tuple[int, int]] = []
    for m in _FRAME_BEFORE.finditer(text):
        np = _NP_TIME.sub("", _NP_ADVERB.sub("", m.group("np").strip()))  # "The Commission on Wednesday" (told)
        words = np.split()
        first = words[0].lower()
        if m.group("app") is None and "," in text[m.start("np") + len(m.group("np")):m.end()] and not all(
                w[:1].isupper() or w.lower() in _CONNECTORS for w in words):
            continue  # "Turnout was low, said officials": only a name takes a comma before its verb
        if words[-1].lower() in ("was", "were", "is", "are", "be", "been", "being"):
            continue  # a passive: "The decision was welcomed by ..."
        if 1 < len(words) <= 4 and words[-1].lower() in ("he", "she", "it", "they", "we") and first in (
                "a", "an", "the", "this", "that", "one") \
                and not any(w.lower() in ("and", "or", "but", "that", "who", "which", "whom") for w in words[1:]):
            continue  # a relative clause: "..., a delay it said could cut yields" (the frame is earlier)
        if len(words) >= 4 and words[0].lower() in ("a", "an") and words[1].islower() and words[2].lower() == "the" \
                and m.start("np") > 0 and text[:m.start("np")].rstrip().endswith(","):
            continue  # "..., a reform the government has promised": the same, with a noun phrase
        if np[:1].islower() and first not in _LOWER_SPEAKER_STARTS and not _role_before_name(words):
            continue  # lowercase words then a name: only a role before a name ("party secretary X")
        if len(words) <= 8 and not _NOT_SPEAKER.match(np) and (
                first not in PRONOUNS or len(words) == 1 or first in ("its", "their", "his", "her", "our")):
            app = (m.group("app") or "").strip()
            described = _lower_head(np) or is_reference(np) or _titled_role(np) \
                or re.match(r"(?:his|her|its|their|our)\s", np, re.IGNORECASE) or any(
                w in TITLE_WORDS or w in _PERSON_HEADS for w in np.split() if w[:1].islower())
            lead = re.match(r"(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,2})[A-Z]", app) if app else None
            roles = lead.group(1).split() if lead else []
            if lead and described and candidate_names(app) and (not roles or roles[-1] in _PERSON_DESCRIPTIONS
                                                                or roles[-1] in TITLE_WORDS
                                                                or roles[-1] in _ROLE_NOUNS_BEFORE_NAMES):
                # ", cardiologist Dr. Helen Tsai,", ", finance director Ana Pryce,": a role first
                # "Peru's electoral authority, the JNE, has warned": the apposition names it
                found.append((m.start("app"), m.start("app") + len(app)))
            else:
                start = m.start("np")
                if re.search(r"\s(?:and|&)\s", np):  # "The World Bank, the IMF and the AfDB said"
                    while True:
                        prev = re.search(r"(?:^|,)\s*((?:the\s+)?[A-Z][^,;:“”\"]{0,50}?)\s*,\s*$", text[:start])
                        if not prev or not all(w[:1].isupper() or w.lower() in _CONNECTORS or w.lower() == "the"
                                               for w in prev.group(1).split()):
                            break
                        start = prev.start(1)
                found.append((start, m.start("np") + len(np)))
    for m in _FRAME_AFTER.finditer(text):
        np = m.group("np").strip().rstrip(".")
        if _speaker_phrase(np):  # "said Lotte Hansen", "said the ministry", "said analysts at Jefferies"
            named = _APPOSED_AT_END.match(text, m.start("np") + len(np))
            head = np.split()[-1].lower()
            if named and np[:1].islower() and (head in _PERSON_DESCRIPTIONS or head in TITLE_WORDS
                                               or head in _ROLE_NOUNS_BEFORE_NAMES):
                # "said the trust's medical director, Dr Owen Rees." (not "the mayor of the town, Port Hallam")
                found.append((named.start("name"), named.end("name")))
            else:
                found.append((m.start("np"), m.start("np") + len(np)))
    if not found:  # "Under changes announced by Education Minister Hamish Corrigan, ..."
        for m in _PASSIVE_AGENT.finditer(text):
            np = m.group("np").strip()
            if _speaker_phrase(np):
                found.append((m.start("np"), m.start("np") + len(np)))
    # The speaker is outside quoted speech; of several frames the first ("Russia said Ukraine
    # was to blame, a claim Kyiv denied") except that a final "<content>, X said" wins over
    # names the content itself reports.
    found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b in ranges)
             and text.count("(", 0, f[0]) <= text.count(")", 0, f[0])]  # not inside "(Renew Europe, Netherlands)"
    if not found:
        return None
    final = [f for f in found if re.fullmatch(r"[^,]*?\s*(?:,\s*according to[^,]*)?[.”\"’]*\s*", text[f[1]:])
             or _FRAME_TAIL.match(text, f[1])]
    if final and min(found) < final[-1] and (re.match(r"\s+reported\b", text[final[-1][1]:])
                                             or _RELAYING_OUTLET.search(text, *final[-1])):
        return min(found)  # "X said ..., the Cedar News Agency reported / state news agency Xinhua said": X
    chosen = final[-1] if final else min(found)
    subject = _SUBJECT_BEFORE_WHO.match(text)
    if subject and not all(_capital(w) for w in subject.group("np").split()):
        subject = None  # "Yesterday, the judge, who ...": an adverb or a date is no subject
    if subject and subject.end() <= chosen[0] and not _QUOTE_MARK.search(text, subject.end(), chosen[0]) \
            and not _SAY_WORD.search(text, subject.end(), chosen[0]) \
            and re.match(r"\s*,\s*" + _SAY + r"\b", text[chosen[1]:]):  # the clause's last name, set off: ", said"
        # "Dr Ana Ruiz, who will co-chair it with the firm's CTO, Joris Lambrecht, said": the
        # name before the relative clause speaks, not the last name inside it
        return subject.start("np"), subject.end("np")
    if subject and subject.end("np") < chosen[0] < subject.end() and chosen[1] <= subject.end() \
            and re.match(r"(?:the\s|a\s|an\s|[a-z])", text[chosen[0]:]):
        # "Dr Priya Achebe-Lund, the Alliance's senior scientist, who designed the survey, said":
        # the apposition before the relative clause is hers
        return subject.start("np"), subject.end("np")
    opening = _NAME_THEN_APPOSITION.match(text)
    if opening and opening.end("np") < chosen[0] and re.search(r"\s(?:whose|which|who)\s", text[chosen[0]:chosen[1]]) \
            and all(_capital(w) for w in opening.group("np").split()) \
            and _ONE_APPOSITION.fullmatch(text, opening.end(), chosen[0]):
        # "Tobias Venn, the chief executive of Kestrel Labs, the Munich start-up whose model ...,
        # wrote": a description with a relative clause in it is an apposition, not the speaker
        return opening.start("np"), opening.end("np")
    return chosen


# An outlet that relays what a speaker named before it said.
_RELAYING_OUTLET = re.compile(r"\b(?:(?:news|press|state)\s+agency|state\s+(?:media|television|broadcaster|radio)|"
                              r"news\s+service|wire\s+service|Xinhua|KCNA|TASS|Yonhap|Kyodo|IRNA|Anadolu|Interfax|"
                              r"Bernama|Antara)\b", re.IGNORECASE)
# A sentence that opens with a name set off by a comma.
# Nothing but one apposition between an opening name and what follows it: "the chief executive of Kestrel Labs, ".
_ONE_APPOSITION = re.compile(r"(?:the|a|an|its|his|her|their)\s[^,;“”\"]{1,80},\s*")
_NOT_A_SUBJECT = r"(?!(?:On|In|At|For|From|By|With|After|Before|Under|Over|Near|Outside|Inside)\s)"
_NAME_THEN_APPOSITION = re.compile(r"\s*" + _NOT_A_SUBJECT + r"(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s")
# A sentence that opens with a name, an optional apposition and a relative clause.
_SUBJECT_BEFORE_WHO = re.compile(r"\s*" + _NOT_A_SUBJECT + r"(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),"
                                 r"(?:\s[^,“”\"]{1,80},)?\s+who\s")


# A name set off after a described speaker, ending the sentence: "..., said the trust's medical
# director, Dr Owen Rees."
_APPOSED_AT_END = re.compile(r"\s*,\s*(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+"
                             r"(?:\s+[A-Z][\w'’-]+){1,3})\s*[.!?]?[”\"’]*\s*$")
_FRAME_TAIL = re.compile(r"\s*(?:,[^,]*?)?\s+(?:" + _SAY + r")\b[^,]*(?:,\s*according to[^,]*)?[.”\"’]*\s*$")


def _speaker_phrase(np: str) -> bool:
    """A name ("Lotte Hansen"), or a short description whose head is a party ("the ministry",
    "two diplomats", "a trader in Singapore", "analysts at Jefferies"); not a clause ("the
    deal was dead")."""
    words = np.split()
    if not words or len(words) > 8:
        return False
    first = words[0].lower().strip(".,")
    if first in _CONNECTORS or first in _NOT_NAME or first in _CALENDAR or all(
            w.lower().strip(".,") in _CALENDAR for w in words):
        return False  # "said on Monday", "said in parliament"
    if all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words):
        return True
    core = re.split(r"\s+(?:at|in|of|from|with|for|close to|familiar with)\s+", np, maxsplit=1)[0].split()
    head = core[-1].lower().strip(".,") if core else ""
    stem = head[:-1] if head.endswith("s") else head
    return len(core) <= 4 and (head in _PERSON_HEADS or stem in _PERSON_HEADS or head in _GROUP_NOUNS
                               or head in _ORG_WORDS or stem in _ORG_WORDS or head in TITLE_WORDS)


# A frame that begins inside "the Austin, Texas-based company": the place before the comma.
_PLACE_BEFORE_MODIFIER = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*,\s*$")


def _frame_mention(text: str, start: int, end: int) -> Mention:
    """The speaker's mention inside a frame the tagger left unmarked: its last name, or the
    noun phrase itself ("the agency", "two officials"); "X, a Democrat, said" -> X."""
    np = text[start:end]
    part = _PART_OF.match(text, start)
    if part and part.end() >= end:  # "One of them said": the group "them" refers to
        return Mention(part.start(1), part.end(1), part.group(1))
    place = _PLACE_BEFORE_MODIFIER.search(text, 0, start) if _LOCATED.match(np) else None
    if place:  # "the Austin, " + "Texas-based company said": the description, whole
        return Mention(place.start(), end, text[place.start():end])
    names = [c for c in candidate_names(text) if start <= c.start and c.end <= end
             and not _COMPOUND_MODIFIER.search(c.text) and c.text.lower() not in _COUNT_WORDS]
    if len(names) > 1 and len(split_coordinated(np)) > 1:
        return Mention(start, end, np)  # coordinated parties: each becomes a holder
    if len(names) > 1:
        whole = text[names[0].start:names[-1].end]
        if _PERSON_OF_ORG.fullmatch(whole) and display_form(whole) != display_form(names[-1].text):
            return Mention(names[0].start, names[-1].end, whole)  # "Dr. Helen Tsai of St. Brendan's Hospital"
    if names and not _LEADING_THE.match(np) or names and names[-1].end == end:
        return names[-1]
    if re.match(r"(?:a|an)\s", np, re.IGNORECASE):
        before = [c for c in candidate_names(text[:start]) if re.fullmatch(r",\s*", text[c.end:start])]
        if before:
            return before[-1]
    return Mention(start, end, np)


def _join_broken(text: str, mentions: list[Mention]) -> list[Mention]:
    """Pieces of one description the tagger marked apart, joined: "Detainees interviewed at"
    + (three) "prisons", "Pharmacists in Leeds" + ", " + "Bristol and Norwich" (the places
    one group is in; the scheme's holder is the group)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = text[prev.end:m.start] if prev is not None else ""
        if prev is not None and prev.text[:1].isupper() and not _LEADING_ARTICLE.match(prev.text) and (
                (_ENDS_PREPOSITION.search(prev.text) and _WORD_GAP.fullmatch(gap))
                or (_PLACE_AT_END.search(prev.text) and re.fullmatch(r",\s*", gap) and _PLACE_LIST.fullmatch(m.text))):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], min(prev.score, m.score))
            continue
        out.append(m)
    return out


_LEADING_ARTICLE = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
_ENDS_PREPOSITION = re.compile(r"\s(?:at|in|from|of|with|for|on|by)$")
_WORD_GAP = re.compile(r"\s+(?:[a-z0-9]+\s+)?")  # nothing, or one lowercase word ("three")
_PLACE_AT_END = re.compile(r"\s(?:in|at|from)\s+[A-Z][\w-]*$")
_PLACE_LIST = re.compile(r"[A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*)*,?\s+(?:and|or)\s+[A-Z][\w-]*")


def _within(text: str, m: Mention, span: tuple[int, int]) -> Mention:
    """``m`` cut to the label ``span`` ("Q12 Dunleavy" of "Dunleavy", "CALLER (SHONA" of
    "SHONA"), except past a label's role that a bracketed name follows ("MINISTER (CATHERINE
    ELLERY" for a "MINISTER" label): there the name is the speaker."""
    bracket_after = text[span[1]:].lstrip().startswith("(")
    start, end = max(m.start, span[0]), m.end if bracket_after else min(m.end, span[1])
    if (start, end) == (m.start, m.end) or start >= min(end, span[1]):
        return m
    return Mention(start, end, text[start:end], m.score)


def _speaker_mentions(text: str, frame: tuple[int, int], mentions: list[Mention]) -> list[Mention]:
    """The marked mentions that are the speaker of a reporting frame, made whole: those
    overlapping the frame's noun phrase, with the tagger's usual misreadings of it mended
    (an empty result: the frame's own phrase speaks, see :func:`_frame_mention`)."""
    start, end = frame
    start = _sentence_start(text, start, end)  # "Q: Pacific Wire. The European Union said": that sentence's
    np = text[start:end]
    if _PART_OF.match(text, start):
        return []  # "One of them said": the frame's own phrase names the group (_frame_mention)
    inside = [m for m in mentions if m.start < end and m.end > start]
    named = [m for m in mentions if _named_in_apposition(text, inside[0], m)] if len(inside) == 1 else []
    if named:  # "Its chair, former deputy prime minister Ruth Kanellis, said": the name
        return named[:1]
    if _INDEFINITE_COUNT.match(np) \
            and not any(c.isupper() for x in inside for c in x.text):
        return []  # "a company executive" with only "company" marked: the whole description
    if len(inside) == 1:
        x = inside[0]
        spill = text[end:x.end]
        if start <= x.start < end < x.end and not any(c.isupper() for c in spill) and len(spill.split()) <= 2:
            # marked past the speaker into the verb: "Sison all" of "Sison all but acknowledged"
            x = Mention(x.start, end, text[x.start:end], x.score)
        np_words = _LEADING_THE.sub("", np).split()
        if start <= x.start and x.end <= end and np_words and all(
                w[:1].isupper() or w.lower() in _CONNECTORS for w in np_words):
            # a name marked in part ("Project" of "The Tennessee Justice Project")
            return [Mention(start, end, np, x.score)]
        return [x]
    if not inside:
        return inside
    between = text[inside[0].start:inside[-1].end]
    if re.fullmatch(r"[^,(]*\(\s*[A-Z]{2,}\s*\)?", between):
        return inside[:1]  # "The Malawi Electoral Commission (MEC)": the full name
    if not re.search(r"[,(]|\b(?:and|&)\b", between) and not is_reference(inside[-1].text):
        return inside[-1:]  # "Foreign Ministry spokesman Reza Kazemi-Nejad": the person
    return inside


_AND_THE_GAP = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _extend_coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Turkey and Azerbaijan" with only "Turkey" marked: the coordinated name joins it."""
    names = candidate_names(text)
    out = []
    for m in mentions:
        if m.text[:1].isupper() or _LEADING_THE.match(m.text):
            nxt = next((c for c in names if c.start >= m.end), None)
            if nxt and _AND_THE_GAP.fullmatch(text, m.end, nxt.start) \
                    and not any(o.start >= nxt.start and o.end <= nxt.end for o in mentions):
                m = Mention(m.start, nxt.end, text[m.start:nxt.end], m.score)
        out.append(m)
    return out


def _modifies_a_noun(after: str) -> bool:
    """The words after a capitalised word are the noun phrase it modifies ("Argentine
    counterpart", "Swedish audio company", "Latvian public radio"), not a verb."""
    words = [w.lower().strip(".,;:") for w in after.split()[:3]]
    for w in words:
        if not w or not w[:1].isalpha() or not after.lstrip()[:1].islower():
            return False
        stem = w[:-1] if w.endswith("s") else w
        if w in _PERSON_HEADS or stem in _PERSON_HEADS or w in _ORG_WORDS or stem in _ORG_WORDS or w in (
                "counterpart", "counterparts", "media", "troops", "soldiers", "public", "state", "officials"):
            return True
    return False


# Adjectives of origin, strictly ("Australian", "Chinese", "Israeli"; not "Japan", "Pakistan"),
# the common ones of other shapes, and "X-led" / "X-backed" that say whose a group is.
_DEMONYM = r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i)"
_IRREGULAR_DEMONYMS = r"Dutch|French|Greek|Swiss|Thai|Czech|Welsh"
_LED_BY = r"[A-Z][\w]*-(?:led|backed|allied|aligned)"
# Words with those endings that are no origin ("Public broadcaster", "Pacific summit"), and
# countries whose names have them ("Mali").
_NOT_ORIGIN = frozenset("public pacific atlantic arctic academic economic strategic specific domestic civic classic".split())
_PLACES_LIKE_DEMONYMS = frozenset("mali malawi burundi djibouti fiji haiti brunei".split())


def _drop_adjectives(text: str, mentions: list[Mention]) -> list[Mention]:
    """A lone capitalised modifier ("Argentine counterpart", "Swedish audio company") beside
    another mention is not a holder."""
    return [m for m in mentions
            if len(mentions) < 2 or not (len(m.text.split()) <= 2
                                         and re.search(r"(?:an|ian|ish|ese|ic|i|" + _IRREGULAR_DEMONYMS + r")$",
                                                       m.text.split()[-1])
                                         and _modifies_a_noun(text[m.end:]))]


def _group_noun_to_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Economists at RBC and TD", "Members of the Teachers' Union": the named party holds it
    (the group noun goes when that name is already marked)."""
    names = candidate_names(text)
    out = []
    for m in mentions:
        if is_reference(m.text) and len(m.text.split()) == 1:
            marked = next((o for o in mentions if o.start >= m.end), None)
            if marked and re.fullmatch(r"\s+(?:at|from|of|with)\s+", text[m.end:marked.start]):
                continue  # "Members of the international development committee": the committee is marked
            after = next((c for c in names if c.start >= m.end), None)
            if after and re.fullmatch(r"\s+(?:at|from|of|with)\s+(?:the\s+)?", text[m.end:after.start]):
                if any(o.start <= after.start < o.end for o in mentions):
                    continue
                m = Mention(after.start, after.end, after.text, m.score)
        out.append(m)
    return out


_POSSESSIVE = re.compile(r"['’]s$")
_GAP_BREAK = re.compile(r"\b(?:said|says|say|told|tells|and|but|or|of|to|in|on|at|for|with|by)\b|[;:()“”\"]")


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$")
# What speaks or acts for the body that owns it: "the bank’s (seven-member) board".
_ORGAN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:board|office|statement|spokesperson|spokesman|spokeswoman|"
                          r"lawyers|management|directors|committee|panel|secretariat|website|summary|minutes|"
                          r"report|figures|data|filing|decision|standing orders|rules)\b")


def _possessor_to_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A possessor marked instead of the party ("North Korea’s state news agency, KCNA";
    "Brazil's women's team coach Renata Vilar"): the name that ends the noun phrase."""
    names = candidate_names(text)
    out: list[Mention] = []
    for m in mentions:
        if _POSSESSIVE.search(m.text):
            after = next((c for c in names if c.start >= m.end), None)
            gap = text[m.end:after.start] if after else ""
            if after and len(gap.split()) <= 5 and not _GAP_BREAK.search(gap) and not _POSSESSIVE.search(after.text):
                m = Mention(after.start, after.end, after.text, m.score)
            elif m.text[:1].islower() and _ORGAN_AFTER.match(text, m.end):
                # "The bank’s seven-member board voted": the bank, a description (not "The company’s rivals")
                det = _DETERMINER_BEFORE.search(text, 0, m.start)
                start = det.start() if det else m.start
                end = m.start + len(_POSSESSIVE.sub("", m.text))
                m = Mention(start, end, text[start:end], m.score)
        if all((m.start, m.end) != (o.start, o.end) for o in out):
            out.append(m)
    return out


def _drop_possessors_in_predicate(text: str, mentions: list[Mention]) -> list[Mention]:
    """A possessor the tagger marked after the subject, in what the sentence says ("Halcyon
    has hit back at the Commission's preliminary findings"): the party talked about, not a
    holder. A possessor that opens the sentence ("Tokyo's position ...") or one coordinated
    with the subject ("Britain and France's ministers") stays."""
    out: list[Mention] = []
    for m in mentions:
        if out and _POSSESSIVE.search(m.text) and any(
                w.islower() and w not in ("and", "the", "&", "both") for w in text[out[-1].end:m.start].split()):
            continue
        out.append(m)
    return out


def _complete_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A span the tagger cut at an "and" or a comma inside an institution's name takes the
    whole name ("the Department of Health" + " and Wellness"); one that starts after the
    "and" of a title's portfolios takes the title ("Minister for Youth and " + "Sports Kofi
    Mensah"), so that the title, not "Sports", is stripped from the name."""
    out = []
    for m in mentions:
        for c in candidate_names(text):
            if max(m.start, c.start) < m.end < c.end and re.match(r",?\s+(?:and|&)\s|,\s", text[m.end:c.end]) \
                    and " of " in c.text and len(split_coordinated(c.text)) == 1:
                m = Mention(m.start, c.end, text[m.start:c.end], m.score)
                break
            if c.start < m.start < c.end and m.end <= c.end and re.search(r"\s(?:and|&)\s+$", text[c.start:m.start]) \
                    and re.search(r"\b(?:of|for)\s", text[c.start:m.start]) and len(split_coordinated(c.text)) == 1:
                m = Mention(c.start, m.end, text[c.start:m.end], m.score)
                break
        out.append(m)
    return out


# Heads that name one kind of body: "the nurses' union" may be a federation. (An "office" may be
# an institute or a think tank, so other heads stay their own.)
_UNION_KIN = frozenset("union federation association guild congress confederation".split())


# Initials that stand for a role, not a speaker's name ("PM:" is the Prime Minister).
_ROLE_INITIALS = frozenset("PM FM HM CM SP DM DC CJ NB PS SG MP MLA MEP MSP TD DG DJ VP CEO CFO COO DA AG GM MC QC KC "
                           "PR PA".split())
# Words a sentence-case headline capitalises that name no one body ("Federal agency sues ...").
_GENERIC_OPENERS = frozenset("federal state national local government us uk eu un public regional city county "
                             "top new".split())
# A police force's name, and the work that shows bare "officers" are police.
_POLICE = ("police", "constabulary")
_A_FORCE = re.compile(r"\b(?:police|constabulary|crime agency|bureau of investigation|sheriff['’]?s? (?:office|"
                      r"department)|gardaí|garda|carabinieri|gendarmerie)\b")
_POLICE_WORK = re.compile(r"\b(?:arrest\w*|detain\w*|charged|suspicion|custody|patrol\w*|cordon\w*|search(?:ed|ing)|"
                          r"investigat\w*|appeal\w* for (?:witnesses|information))\b", re.IGNORECASE)
# Heads a headline or key point names a body by alone ("Union says ...", "... ministry says").
_ONE_WORD_HEADS = frozenset("union ministry regulator agency authority commission council federation".split())
# Bodies about the police that are no force: watchdogs, unions, commissioners.
_NOT_A_FORCE = re.compile(r"\b(?:ombudsman|conduct|federation|association|benevolent|commissioner|complaints|"
                          r"inspectorate|union|authority|board|college|foundation|museum|league)\b")
# Other bodies whose officers arrest and search.
_OTHER_ENFORCERS = re.compile(r"\b(?:revenue|customs|border force|border agency|immigration|trading standards|"
                              r"fraud office|coast guard|coastguard|marshals?|prison service)\b")
# Heads of a description that never refer to a country or region ("the operator" is no "Galway";
# "the hosts", "the side", "the ally" or "the administration" may well be one).
_NEVER_A_PLACE = frozenset("""operator forecaster company firm carrier provider utility broadcaster airline lender
insurer bank agency service regulator developer manufacturer maker retailer supplier contractor charity union
club university hospital trust school network publisher newspaper paper broker group business""".split())


def _a_place(key: str) -> bool:
    """Whether a (normalised) name is a country, a capital or a region we know ("galway")."""
    return key in _PLACES or key in _countries_and_capitals() or key in _regions()


def _word_stem(word: str) -> str:
    """A word without case, possessive or plural ending: "Nurses'" and "nurse" are one."""
    word = re.sub(r"['’]s?$", "", word.lower())
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ws")) else word


_ONE_DESCRIPTION = r"((?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
# "(Officials at) the agency and the council": two parties
_TWO_DESCRIPTIONS = re.compile(r"(?:(?:officials|representatives|sources)\s+(?:at|from|in)\s+)?" + _ONE_DESCRIPTION
                               + r"\s+(?:and|&)\s+" + _ONE_DESCRIPTION, re.IGNORECASE)
def _named_by_head(description: str, key: str) -> bool:
    """Whether a description's head word names the party with (normalised) name ``key``: "the
    commission" the National Electoral Commission, "the club" Kestrel Town (a club's name word)."""
    head = description.lower().split()[-1]
    stem = head.rstrip("s") if len(head) > 3 else head
    words = key.split()
    if stem in ("city", "county", "state", "town") and words[-1] == stem:
        return False  # "the city" is no football club "Harwick City"
    return stem in words or head in words or _name_head(key) in _NAMED_AS.get(stem, frozenset())


# "The commission and the Malawi Police Service": a description, then a name; two parties.
_DESCRIPTION_AND_NAME = re.compile(r"((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:and|&)\s+"
                                   r"((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|and|the|on))*)")
_EMPLOYER_GAP = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")


def _drop_employers(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Deputy Governor Beatriz Lagos of the Central Bank of Chile told reporters ...": the
    person speaks; the body she is "of" only says who she is, though the tagger marked both."""
    out: list[Mention] = []
    for m in mentions:
        if out and _EMPLOYER_GAP.fullmatch(text, out[-1].end, m.start) and _titled_person(out[-1].text):
            continue
        out.append(m)
    return out


def _titled_person(mention: str) -> bool:
    """A person's mention by title or given name and surname ("Deputy Governor Beatriz Lagos",
    "Anna Berg"), not an organisation's."""
    name = display_form(mention).split()
    words = [w.lower().rstrip(".") for w in mention.split()]
    return 1 < len(name) <= 4 and not any(w.lower() in _ORG_OR_FIRM for w in name) and (
        name[0].lower() in _GIVEN_NAMES or any(w in TITLE_WORDS for w in words[:len(words) - len(name)]))


def _join_split_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two marked spans the tagger cut at an "and" inside one name ("Minister of Industry" +
    "Trade Nguyen Thi Lan Huong") are one mention again."""
    out: list[Mention] = []
    for m in mentions:
        if out and re.fullmatch(r"\s+(?:and|&)\s+", text[out[-1].end:m.start]) and " of " in out[-1].text \
                and m.text[:1].isupper() and _LEADING_THE.sub("", out[-1].text)[:1].isupper() \
                and len(split_coordinated(text[out[-1].start:m.end])) == 1:
            prev = out.pop()
            m = Mention(prev.start, m.end, text[prev.start:m.end], max(prev.score, m.score))
        out.append(m)
    return out


_PLACE_THEN_NAME = re.compile(r"([A-Z][^,]*),\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})")
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:for|of|to|in|on|at|from)\s+$")


def _object_then_name(text: str, m: Mention) -> Mention:
    """A mention the tagger ran from a role's object into the name set off after it: in "the
    U.N. special envoy for Velmara, Henrik Aasland, urged ...", "Velmara, Henrik Aasland" is
    the envoy alone."""
    two = _PLACE_THEN_NAME.fullmatch(m.text)
    if two is None or not _ENDS_IN_PREPOSITION.search(text[max(0, m.start - 6):m.start]) \
            or not re.match(r"\s*(?:,|$|[.;])", text[m.end:]) or _title_only(two.group(2)) \
            or any(_organisation_word(w) for w in two.group(2).split()) \
            or two.group(2).split()[0].lower() not in _GIVEN_NAMES or _a_place(normalize_holder(two.group(2))):
        return m  # (a person's name only: "Police in Kelby, New Jersey" stays)
    return Mention(m.start + two.start(2), m.end, two.group(2), m.score)


def _apposed_name(text: str, m: Mention) -> Mention:
    """A possessive description the tagger marked without the name set off after it
    ("Hexley's MP" in "Hexley's MP, Laura Bright, met ...", "the port's operator" in "the
    port's operator, Halden Terminals, said"): the name, which is who the article means."""
    words = m.text.split()
    owner = max((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)), default=None)
    if owner is None or not all(w[:1].islower() or w.lower() in TITLE_WORDS for w in words[owner + 1:]):
        return m  # "the trust's medical director", "Vietnam's state utility": a role after the owner
    gap = re.match(r"\s*,\s*", text[m.end:])
    if gap is None:
        return m
    at = m.end + gap.end()
    name = next((c for c in candidate_names(text) if c.start == at), None)
    if name is None or (len(name.text.split()) < 2 and not name.text.isupper()) or _title_only(name.text) \
            or not re.match(r"\s*(?:,|$|[.;])", text[name.end:]):
        return m
    return Mention(name.start, name.end, name.text, m.score)


# A headline that gives a speaker's view on a topic: "Voss on Ilunga standoff: 'No player ...'".
_SPEAKER_ON_TOPIC = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s+on\s+"
                               r"[^:“”\"‘’]{2,60}:\s")


def _headline_speaker(text: str, m: Mention) -> Mention:
    """The speaker of a "Name on topic: quote" headline, when the tagger ran on into the
    topic ("Voss on Ilunga standoff" is Voss); "Commission on Human Rights" is one name."""
    head = _SPEAKER_ON_TOPIC.match(text)
    if head is None or m.start != 0 or m.end <= head.end("name") or \
            any(w.lower() in _ORG_WORDS for w in head.group("name").split()):
        return m
    return Mention(0, head.end("name"), head.group("name"), m.score)


# Lowercase words that end in a person's role, between a party's modifier and a name.
_ROLE_BETWEEN = re.compile(r"\s+(?P<role>(?:[a-z]+\s+){0,2}[a-z]+)\s+")
_ROLE_HEADS = _PERSON_DESCRIPTIONS | {"critic"}


def _modifier_only(mention: str) -> bool:
    """A party and brief before a role ("Conservative trade", "Labour"), not a full name
    ("Maria Lopez" in "Maria Lopez joined party leader Ana Ruiz")."""
    words = mention.split()
    return not _AND_GAP.search(mention) and (len(words) == 1 or words[-1][:1].islower())


def _titled_role(mention: str) -> bool:
    """A post written as a title ("The Chief Medical Officer", "Mayor of Kelstow"): its head
    word, before any "of"/"for", is a person's role."""
    words = _LEADING_THE.sub("", mention).split()
    head = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return 0 < head <= 4 and all(w[:1].isupper() for w in words[:head]) \
        and words[head - 1].lower() in _PERSON_DESCRIPTIONS


# Between a description and the name it sets off: only words of a post ("Its chair, former
# deputy prime minister Ruth Kanellis, ..."), not "unlike", "whose" or "led by".
_DESCRIPTION_THEN_NAME = re.compile(r"\s*,\s*(?:[a-z][\w-]*\s+){1,3}")
_POST_MODIFIERS = frozenset("""former deputy acting interim then current outgoing incoming retired veteran longtime
long-time senior junior chief vice assistant associate executive managing principal shadow new newly ex
international""".split())


# After a speaker's mention, its own reporting verb (past a short apposition: "Tomas Berg, their
# chair, said"; not ", and I said").
_OWN_SAYING_VERB = re.compile(r"(?:\s*,(?![^,]*\b(?:and|but|so|I|we|he|she|they)\b)[^,]{1,80})?,?\s+"
                              r"(?:has\s+|had\s+|also\s+)?" + _SAY + r"\b")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:if|unless|until|when|once|before|after|provided)\b", re.IGNORECASE)


def _passive_subject(text: str, before: list[Mention], verb: int) -> list[Mention]:
    """The subject of "... was quoted by X as saying" among the mentions ``before`` the verb:
    the first, with those coordinated to it ("Gareth Mole, head of competitions at the
    Northern League, was quoted": Mole), or the name set off just before the verb when the
    first only describes it ("The EFL's director of competitions, Gareth Ambrose-Finch, was
    quoted": Ambrose-Finch)."""
    if not before:
        return []
    first, last = before[0], before[-1]
    describes = is_reference(first.text) or _lower_head(first.text) or bool(_POSSESSIVE.search(first.text)) \
        or text[first.end:first.end + 2] in ("'s", "’s")
    if describes and last is not first and re.fullmatch(r"\s*,?\s*", text[last.end:verb]) \
            and text[last.start - 2:last.start].strip() == ",":
        return [last]
    subject = [first]
    for m in before[1:]:
        if not _AND_GAP.fullmatch(text, subject[-1].end, m.start):
            break
        subject.append(m)
    return subject


def _named_in_apposition(text: str, description: Mention, m: Mention) -> bool:
    """``m`` names, in an apposition, the party ``description`` describes: "Its chair, former
    deputy prime minister Ruth Kanellis, ..." (not "Peru's delegation, led by X, ...")."""
    gap = _DESCRIPTION_THEN_NAME.fullmatch(text, description.end, m.start)
    return gap is not None and all(w in _POST_MODIFIERS or w in TITLE_WORDS or w in _PERSON_DESCRIPTIONS
                                   or w in _PORTFOLIOS for w in gap.group().strip(" ,").split()) \
        and text[m.end:m.end + 1] == "," and (is_reference(description.text) or _lower_head(description.text)) \
        and not is_reference(m.text) and not _lower_head(m.text) and not _title_only(m.text)


_ROLE_THEN_COMMA = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s*")


def _role_then_name(text: str, owner: Mention, m: Mention) -> bool:
    """``owner`` ("Her", "An OKL") only says whose the role after it is, and ``m``, set off by
    commas, names the person holding it: "Her lawyer, Sunita Varghese-Pratt, called ..."."""
    gap = _ROLE_THEN_COMMA.fullmatch(text, owner.end, m.start)
    if gap is None or text[m.end:m.end + 1] != "," or not m.text[:1].isupper() or is_reference(m.text):
        return False
    words = gap.group(1).split()
    return words[-1] in _PERSON_DESCRIPTIONS and all(
        w in _PERSON_DESCRIPTIONS or w in TITLE_WORDS or w in _POST_MODIFIERS for w in words) and (
        owner.text.strip().lower() in ("her", "his", "their", "its") or (
            owner.text[:1].isupper() or _INDEFINITE.match(owner.text)) and not is_reference(owner.text))


def _merge_appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the rebels' chief, Idris Mahamat" or "Deputy foreign minister Merdan Orazov" marked as
    two mentions of one person: keep the name."""
    out: list[Mention] = []
    apposition_end = -1
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start < apposition_end:
            continue  # "Ri Song Chol, vice-minister of Foreign Affairs of the DPRK, ...": his post
        if out and text[out[-1].end:m.start] == " (" and text[m.end:m.end + 1] == ")" and m.text.isupper():
            continue  # "Norvan News Agency (NNA)": the short form of the name before it
        if out and text[out[-1].end:m.start] == " and " and _title_only(out[-1].text) \
                and m.text.split()[0].lower() in _PORTFOLIOS:
            # "Minister for Youth" + " and " + "Sports Akosua Frimpong-Darko": one minister's portfolios
            out[-1] = Mention(out[-1].start, m.end, text[out[-1].start:m.end], max(out[-1].score, m.score))
            continue
        if out and (_named_in_apposition(text, out[-1], m) or _role_then_name(text, out[-1], m)):
            # "Its chair, former deputy prime minister Ruth Kanellis, put it", "Her lawyer, Sunita
            # Varghese-Pratt, called ...", "An OKL spokeswoman, Katrin Sollmann, said": the name
            out[-1] = Mention(m.start, m.end, m.text, max(out[-1].score, m.score))
            continue
        if out and re.fullmatch(r"\s*,\s*[a-z][^,;“”\"]*", text[out[-1].end:m.start]) \
                and text[m.end:m.end + 1] == "," and len(out[-1].text.split()) > 1 and out[-1].text[:1].isupper() and not is_reference(out[-1].text):
            continue  # "Ri Song Chol, vice-minister of Foreign Affairs of the DPRK, released ...": part of his post
        if out and re.fullmatch(r"\s*,\s*", text[out[-1].end:m.start]) and m.text[:1].islower() \
                and m.text.split()[0].lower().split("-")[-1] in _PERSON_DESCRIPTIONS \
                and len(out[-1].text.split()) > 1 and not is_reference(out[-1].text):
            close = text.find(",", m.end)
            apposition_end = close if close >= 0 else m.end
            continue
        if out and text[out[-1].end:m.start] in (" of the ", " of ") and m.text[:1].isupper() \
                and out[-1].text.split()[-1].lower() in _ORG_WORDS:
            # "the Foreign Ministry" + " of the " + "DPRK": one name, marked in two
            out[-1] = Mention(out[-1].start, m.end, text[out[-1].start:m.end], max(out[-1].score, m.score))
            continue
        if out and text[out[-1].end:m.start] == " in " and out[-1].text.split()[-1].lower() in _POSTS \
                and m.text[:1].isupper():
            # "The Russian Embassy" + " in " + "London": an office and where it is, one party
            out[-1] = Mention(out[-1].start, m.end, text[out[-1].start:m.end], max(out[-1].score, m.score))
            continue
        role = _ROLE_BETWEEN.fullmatch(text, out[-1].end, m.start) if out else None
        if role and role.group("role").split()[-1] in _ROLE_HEADS and len(m.text.split()) > 1 \
                and _modifier_only(out[-1].text) and not any(
                    w in _NOT_NAME or w in _CONNECTORS or _VERB.fullmatch(w) for w in role.group("role").split()) \
                and all(w[:1].isupper() for w in m.text.split()) and out[-1].text[-1:].isalpha():
            # "Conservative trade" + " critic " + "Brent Lindgren": one person, her party and brief first
            out[-1] = Mention(out[-1].start, m.end, text[out[-1].start:m.end], max(out[-1].score, m.score))
            continue
        if out and re.fullmatch(r"\s*,?\s*", text[out[-1].end:m.start]):
            prev = out[-1]
            prev_name = not is_reference(prev.text) and not _title_only(prev.text) and not _lower_head(prev.text) \
                and not (text[prev.end:m.start].strip() == "," and _titled_role(prev.text) and len(m.text.split()) > 1
                         and re.match(r"\s*,|\s+" + _SAY + r"\b", text[m.end:]))  # "The Chief Medical Officer, Dr X,"
            this_name = not is_reference(m.text) and not _title_only(m.text) and not _lower_head(m.text)
            if this_name and not prev_name:
                out[-1] = Mention(m.start, m.end, m.text, max(prev.score, m.score))
                continue
            if prev_name and not this_name:
                if text[prev.end:m.start].isspace() and not any(c.isupper() for c in m.text) \
                        and m.text.split()[-1].lower() not in PRONOUNS | {"own"} \
                        and m.text.split()[0] not in _CONNECTORS:
                    # one noun phrase marked in two ("The U.S." + "government", "Switzerland’s" +
                    # "foreign ministry"): the whole phrase, as the article names the party
                    out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], max(prev.score, m.score))
                continue
        out.append(m)
    return out


_DATELINE_START = re.compile(r"\s*[A-Z][A-Z.'’/ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:,\s*[\w. ]{1,20}?)?"
                             r"\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*[—–-]{1,2}\s")


# A dateline in mixed case, with its date: "Pyongyang, August 19 (KCDA) --".
_DATED_PLACE = re.compile(r"\s*[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                          r"Dec)[a-z]*\.?\s+\d{1,2}\b\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s")


_CLOSE_THEN_DASH = re.compile(r"\s*\)\s*[—–-]")


_COMPOUND_MODIFIER = re.compile(_MODIFIER_SUFFIX + "$")


# Adjectives that open a sentence capitalised ("Public records show ...", "Several ..."): alone,
# never a party.
_GROUP_ADJECTIVES = frozenset("public private federal official national local regional municipal".split())
_ADJECTIVES_ALONE = _GROUP_ADJECTIVES | frozenset("several first second third another rival".split())
# A wire story's note on what a new version adds: "(Adds ministry comment in paragraph 6)".
_WIRE_NOTE = re.compile(r"\s*\((?:Adds|Updates|Recasts|Rewrites|Changes|Corrects|Refiles|Removes|Fixes|Inserts|"
                        r"Writes through|Updates throughout)\b(?![^()]*\b(?:said|says|say|told)\b)[^().]*\)\s*")
# (a note, not a sentence in brackets: "(Changes to bin collections, the council said, will start in April.)")
# Navigation lines ("Related: ...", "Read more: ..."): claim/NONE (the guide's convention 5).
_NAVIGATION = re.compile(r"\s*(?:Related|Read more|Read also|Also read|See also|More on this(?: story)?|"
                         r"Further reading|Tags|Topics)\s*:", re.IGNORECASE)


_NO_ONE = re.compile(r"(?i:nobody|no one|no-one|everyone|everybody|someone|somebody|anyone|anybody|"
                     r"(?:its|his|her|their|our)\s+kind)")


# Labels of the writer's own genres ("Opinion: ..."): left to the rules for the writer's voice.
_OPINION_LABELS = frozenset("opinion comment column editorial perspective essay letters letter".split())
_CONTRACTION = re.compile(r"(?i)(i|we|you|they|he|she|it)['’](?:ve|m|d|ll|re|s)")
_FIRST_PERSON_POSSESSIVE = {"my": "I", "our": "we"}


def _pronoun_of_contraction(m: Mention) -> Mention:
    """"I’ve" (promised ...) marked whole: the pronoun "I"; "My" (father) alone: "I"."""
    c = _CONTRACTION.fullmatch(m.text)
    if c is None and m.text.lower() in _FIRST_PERSON_POSSESSIVE:
        return Mention(m.start, m.end, _FIRST_PERSON_POSSESSIVE[m.text.lower()], m.score)
    return Mention(m.start, m.start + c.end(1), c.group(1), m.score) if c else m


def _not_a_party(text: str, m: Mention) -> bool:
    """A dateline ("COLUMBUS, Ohio —", "(Meridian News) —"), a bare modifier
    ("Brussels-based", "E.U.-brokered") or a lone determiner: never a holder."""
    if _COMPOUND_MODIFIER.search(m.text) or m.text.lower() in ("the", "a", "an") or _NO_ONE.fullmatch(m.text.strip()):
        return True  # (nor "Nobody", nor the idiom "of its kind")
    law = _UNDER_A_LAW.match(text)
    if law and m.end <= law.end() and not _POSSESSIVE.search(m.text.strip()):
        return True  # "Under the UN Charter, a resolution passes ...": a law sets it, no party ("Governor
        # X's new law" is hers)
    if m.start < 3 and m.text.strip().lower() in _NOT_LABELS - _OPINION_LABELS and text[m.end:m.end + 1] == ":":
        return True  # "Explainer: Seas could rise ...": a genre label
    if display_form(m.text).lower() in _ADJECTIVES_ALONE:  # "Public records" is no "Public" ...
        after = _TO_HEAD.match(text, m.end)  # ... but "local" + " officials" is a group
        return not (after and (after.group(2) in _PERSON_HEADS or after.group(2) in _GROUP_NOUNS))
    if m.start < 3 and m.text.isupper() and len(m.text) > 3 and re.match(r"\s*(?:[,(]|[—–-])", text[m.end:]):
        return True
    dateline = _DATELINE_START.match(text) or _DATED_PLACE.match(text)
    if dateline and m.end <= dateline.end():  # "COLUMBUS, Ohio —", "BRUSSELS/BEIJING, Oct 14 (Wire) -"
        return True
    return bool(_CLOSE_THEN_DASH.match(text, m.end) and text[:m.start].rstrip().endswith("("))


# A wire headline's version kicker: "UPDATE 2-China demands ...", "EXCLUSIVE-Firm weighs ...".
_WIRE_KICKER = re.compile(r"\s*(?:UPDATE|WRAPUP|REFILE|RPT|CORRECTED|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|"
                          r"BREAKINGVIEWS|BRIEF|TIMELINE|FOCUS|SNAPSHOT|POLL|INTERVIEW|COLUMN)(?:\s+\d+)?-(?=\S)")


def _after_kicker(text: str, kicker: re.Match | None, m: Mention) -> Mention:
    """The mention without the wire kicker it was read together with ("2-China" -> "China"),
    or the topic and dash before it ("On Nairobi – the foreign minister told ...")."""
    if kicker and m.start < kicker.end() < m.end:
        return Mention(kicker.end(), m.end, text[kicker.end():m.end], m.score)
    dash = max(m.text.rfind(" – "), m.text.rfind(" — "))
    if dash > 0:
        return Mention(m.start + dash + 3, m.end, m.text[dash + 3:], m.score)
    start = _sentence_start(text, m.start, m.end)
    if start > m.start:  # "Q: Pacific Wire. The European Union said ...": the sentence the speaker is in
        return Mention(start, m.end, text[start:m.end], m.score)
    return m


_SPOKES = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:senior\s+|chief\s+|deputy\s+)?(?P<org>.+?)\s+(?:spokesperson|"
                     r"spokesman|spokeswoman|press office|press secretary|secretariat)$|^(?:(?:[Aa]n?|[Tt]he)\s+)?"
                     r"(?:spokesperson|spokesman|spokeswoman)\s+(?:for|of|at)\s+(?P<org2>.+)$")


# A named party's office, board or lawyers, who speak for it.
_VOICE_OF = re.compile(r"(?:[Tt]he\s+)?(?P<org>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})['’]s?\s+(?:office|board|"
                       r"board of directors|legal team|lawyers|attorneys|campaign|camp|cabinet)")


# Kinds of party a definite "the two"/"both" pairs up, besides countries and governments.
_PARTY_NOUNS_PAIRED = frozenset("companies firms parties banks groups clubs campaigns unions airlines carriers".split())
_BOTH_SIDES = re.compile(r"(?:(?:the\s+)?(?:both|two)(?:\s+(?:countries|governments|sides|capitals|nations|"
                         r"delegations|neighbours|neighbors|" + "|".join(sorted(_PARTY_NOUNS_PAIRED)) + r"))?|"
                         r"(?:officials|leaders|ministers|negotiators|diplomats)\s+"
                         r"(?:from|in|of)\s+(?:both|the\s+two)\s+(?:countries|governments|sides|capitals|nations))",
                         re.IGNORECASE)
# "the two" or "both" before the noun: a definite pair ("Two campaigns said ..." is any two).
_DEFINITE_PAIR = re.compile(r"(?:the\s+two|both)\b", re.IGNORECASE)
# Nouns whose pair is two names with that word in them ("the two unions": two "... Union"s).
_PAIR_HEADS = frozenset("union bank club party airline group campaign".split())
_PART_OF = re.compile(r"(?:one|two|three|some|several|many|most|each|all|both|either|neither)\s+of\s+"
                      r"(them|those|us|the\s+(?:people|officials|sources|diplomats|analysts|executives|lawyers))",
                      re.IGNORECASE)
# A count word alone at a sentence's start ("Two" of "Two cabinet ministers said"): no name.
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten several some many most both all few".split())


def _reads_as_firm(key: str) -> bool:
    """A name with a business's word ("Sagarika Ship Management", "Veltra Inc."), and not a
    public body's ("Bureau of Land Management", "Office of Personnel Management")."""
    words = set(key.split())
    return bool(words & _CORPORATE) and not words & _PUBLIC_BODY


_PUBLIC_BODY = frozenset("office bureau agency department ministry administration authority commission".split())


def _names_before(text: str, m: Mention) -> list[tuple[str, frozenset[str], bool, Mention]]:
    """The names the unit gives before ``m`` (no adjectives of origin), each with the words
    that describe it, whether it is written as a possessor ("Oslo's") and its mention: the
    candidates for a possessive pronoun in ``m``."""
    return [(display_form(c.text), _description_words(text, c.start, c.text),
             bool(_POSSESSIVE.search(c.text) or _POSSESSIVE.match(text[c.end:c.end + 2])), c)
            for c in candidate_names(text) if c.end <= m.start and not _adjective_of_origin(text, c)]


# A name set in an adverbial phrase: "after the Detroit hearing", "in a statement from Beijing".
_IN_PHRASE = re.compile(r"\b(?:in|from|at|after|before|during|on|over|near|across|into)\s+(?:the\s+|a\s+)?$",
                        re.IGNORECASE)


# What speaks for a country or an organisation in "its ___" ("its foreign ministry").
_ITS_VOICES = frozenset({"ministry", "government", "spokesperson", "spokesman", "spokeswoman", "embassy",
                         "cabinet", "administration", "presidency", "leadership"})


# Where a party is based or from, written before a description: "Austin, Texas-based",
# "London-based", "state-owned" is lowercase and stays.
_LOCATED = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w.’'-]*\s+)*(?:[A-Z][\w.’'-]*,\s+)?(?:[A-Z][\w.’'-]*\s+)*"
                      r"[A-Z][\w.’'-]*-(?:based|born|owned|run|listed|headquartered)\s+(?=[a-z])")


def _without_location(mention: str) -> str:
    """A description without the place it is based in, so it reads as the description it is
    ("the Austin, Texas-based company" -> "the company", resolved like it), never as the names
    "Austin" and "Texas-based company"."""
    return _LOCATED.sub("", mention) if "-" in mention else mention


def _both_sides_after(text: str, m: Mention) -> bool:
    """"Officials" tagged in "Officials in both capitals said": the phrase, not the tag, says
    who speaks (both parties)."""
    hit = _BOTH_SIDES.match(text, m.start)
    return hit is not None and hit.end() > m.end and hit.group(0).split()[0].lower() == m.text.split()[0].lower()


def _part_of_group(m: Mention, text: str | None = None) -> Mention:
    """"One of them" speaks for the group "them" refers to (never the holder "Of them"), also
    when the tagger marked only "of them"; "one of the people" for "the people" named before."""
    part = _PART_OF.fullmatch(m.text)
    if part is None and text is not None:
        start = text.rfind(" ", 0, max(m.start - 1, 0)) + 1
        part = _PART_OF.fullmatch(text, start, m.end)
        if part is not None:
            return Mention(part.start(1), part.end(1), part.group(1), m.score)
    if part is None:
        return m
    return Mention(m.start + part.start(1), m.start + part.end(1), part.group(1), m.score)


_FOR_GAP = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?")


def _join_spokesperson(text: str | None, mentions: list[Mention]) -> list[Mention]:
    """"spokeswoman" + " for " + "Brightwater" marked apart: one mention, which
    :func:`_spokesperson_institution` reads as the firm (the tagger marks the two words apart)."""
    if text is None or len(mentions) < 2:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if out and _FOR_GAP.fullmatch(text, out[-1].end, m.start) and re.fullmatch(
                r"(?:(?:a|an|the)\s+)?(?:senior\s+|chief\s+|deputy\s+)?spokes(?:person|man|woman)",
                out[-1].text.strip(), re.IGNORECASE):
            out[-1] = Mention(out[-1].start, m.end, text[out[-1].start:m.end], max(out[-1].score, m.score))
            continue
        out.append(m)
    return out


def _spokesperson_institution(m: Mention) -> Mention:
    """An unnamed spokesperson speaks for an institution, which the scheme accepts as the
    holder: "a State Department spokesperson" -> "State Department", "a spokesperson for
    Germany's development ministry" -> "Germany's development ministry", "a ministry
    spokesperson" -> "ministry" (then resolved like any description)."""
    voice = _VOICE_OF.fullmatch(m.text)
    if voice:  # "Kane's office replied", "Castellan's board recommended": Kane, Castellan
        return Mention(m.start + voice.start("org"), m.start + voice.end("org"), voice.group("org"), m.score)
    hit = _SPOKES.match(m.text)
    if not hit:
        return m
    group = "org" if hit.group("org") else "org2"
    org = hit.group(group)
    if not org or org.lower() in ("the", "a", "an", "his", "her", "its") or _title_only(org):
        return m  # "his spokesperson": the person "his" is (HolderResolver._possessor_in_unit)
    if org[:1].islower() and not org.lower().startswith("the "):
        org = "the " + org
    start = m.start + hit.start(group)
    return Mention(start, start + len(hit.group(group)), org, m.score)


_ACRONYMS = frozenset("""USA UAE DPRK ROK NATO IMF WHO WTO OECD OPEC ASEAN BBC CNN NPR ABC CBS NBC AFP ITV RTE
SNP DUP ANC CDU SPD FDP PRC GOP FBI CIA NSA DOJ EPA FDA NHS""".split())


def _label_person(m: Mention) -> Mention:
    """"RAY DOBBINS, CAPITAL COURIER:" or "JENNA LIU, MODERATOR:": a speaker label gives the
    person, then their outlet or role; the person speaks. A post before the name ("Official
    Spokesperson, Shri Rohan Bhatia:") is left to :func:`display_form`."""
    head, sep, _ = m.text.partition(",")
    if not sep or _title_only(head) or len(head.split()) < 2:
        return m
    return Mention(m.start, m.start + len(head), head, m.score)


def _label_case(m: Mention) -> Mention:
    """A transcript label in capitals reads as a name: "MINISTER KANZAKI" -> "Minister Kanzaki",
    "TOM KESSLING" -> "Tom Kessling"; two-letter words and known acronyms ("EU", "NATO") stay."""
    if not m.text.isupper():
        return m
    text = " ".join("-".join(p.capitalize() for p in w.split("-"))  # "ARAÚJO-KERR" -> "Araújo-Kerr"
                    if w.isupper() and len(w) > 2 and w.strip(".,") not in _ACRONYMS else w for w in m.text.split())
    return Mention(m.start, m.end, text, m.score)


def _lower_head(mention: str) -> bool:
    """A description with a lowercase head ("Colombia's peace commissioner", "his South
    Korean counterpart"), which an apposition after it names."""
    words = mention.split()
    return len(words) > 1 and words[-1][:1].islower()


_POSSESSIVE_END = re.compile(r"['’]s?$")


@lru_cache(maxsize=8192)
def _title_only(mention: str) -> bool:
    words = [_POSSESSIVE_END.sub("", w.lower().strip(".,")) for w in _LEADING_THE.sub("", mention).split()]
    return bool(words) and all(w in TITLE_WORDS or w in ("foreign", "finance", "defence", "defense", "interior",
                                                         "trade", "health", "rebels", "rebel", "senior", "former",
                                                         "official", "external", "affairs")
                               for w in words)


_TO_HEAD = re.compile(r"\s+((?:(?:senior|junior|former|retired|top|chief|deputy|local|foreign|western|"
                      r"government|party|police|military|defen[cs]e|state)\s+)?)([a-z]+)\b")


_LONE_MODIFIER = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?([a-z][\w-]*)$")
# "Local" + " residents": a group adjective the tagger marked alone, capitalised at a sentence's start
_LONE_ADJECTIVE = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?((?i:" + "|".join(sorted(_GROUP_ADJECTIVES)) + r"))$")
_LONE_ORIGIN = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(" + _DEMONYM + "|" + _IRREGULAR_DEMONYMS + r")$")


def _modifier_to_head(text: str, m: Mention) -> Mention:
    """A lone modifier the tagger marked ("former" in "A former colleague of the suspect")
    takes the person it describes, and its article: a holder is never a bare adjective."""
    own = _LONE_MODIFIER.match(m.text) or _LONE_ADJECTIVE.match(m.text)
    if own is None:
        own = _LONE_ORIGIN.match(m.text)  # "A Kestrian" + " official"
        if own is None or not _names_an_origin(own.group(1)):
            return m
    if own.group(1) in _PERSON_HEADS or own.group(1) in PRONOUNS:
        return m
    after = _TO_HEAD.match(text, m.end)
    if after is None or after.group(2) in ("he", "she") or not (
            after.group(2) in _PERSON_HEADS or after.group(2) in _GROUP_NOUNS):  # "local" + " officials"
        return m
    start = m.start
    article = re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", text[:start])
    if article and own.start(1) == 0:
        start = article.start()
    return Mention(start, after.end(), text[start:after.end()], m.score)


_SAY_WORD = re.compile(r"\b" + _SAY + r"\b")
_UNNAMED_FIGURES = re.compile(
    r",?\s*according to (?:the |some )?(?:[a-z][\w-]*\s+){0,3}(?:figures|data|statistics|estimates|reports|counts)"
    r"\s*[.!]?\s*$")


def _vague_source(text: str, mentions: Sequence[Mention]) -> bool:
    """"..., according to the latest official figures." names no source: the scheme judges it
    the writer's claim, not an attribution. Only when nothing else in the sentence reports."""
    vague = _UNNAMED_FIGURES.search(text)
    if vague is None or _QUOTE_MARK.search(text) or _SAY_WORD.search(text, 0, vague.start()):
        return False
    return all(m.start >= vague.start() for m in mentions)


_REPORTEDLY = re.compile(r"\breportedly\b")


def _reportedly(text: str) -> bool:
    """"X reportedly favours ...": "reportedly" with no quotation, named source or reporting
    verb is a vague source (the scheme): the sentence is a claim about X's stance."""
    return "reportedly" in text and bool(_REPORTEDLY.search(text)) and not _QUOTE_MARK.search(text) \
        and not re.search(r"\b(?:according to|citing|cited)\b", text) and not _SAY_WORD.search(text)


def _distinct(holders: list[ResolvedHolder]) -> list[ResolvedHolder]:
    """Each party once per unit ("Pyongyang ... the DPRK" resolved twice to DPRK), in order."""
    seen: set[str] = set()
    out = []
    for h in holders:
        key = normalize_holder(h.holder)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _turn_label(label: str, text: str) -> str:
    """A sentence of a speaker's turn is the speaker's attribution, or a condition by the
    scheme's rule 1; a question ("Would you sign if ...?") sets no precondition, so it stays
    an attribution (every question turn in our transcripts is one)."""
    return "condition" if label == "condition" and not text.rstrip().endswith("?") else "attribution"


_ORIGIN_BEFORE = re.compile(r"(?:^|(?<=\s))(?:" + _DEMONYM + "|" + _LED_BY + r")\s+$")


_GROUP_PLURALS = ("rebels|fighters|militants|militias|gunmen|paramilitaries|separatists|insurgents|troops|soldiers|forces|"
                  "guards|police|protesters|"
                  "demonstrators|officials|diplomats|negotiators|lawmakers|legislators|activists|workers|farmers|"
                  "residents|villagers|settlers|miners|teachers|students|doctors|nurses|investigators|prosecutors|"
                  "researchers|scientists")
_ORIGIN_GROUP = re.compile(r"(?:^|(?<=\s)|(?<=“))(?P<np>(?P<adj>" + _DEMONYM + "|" + _LED_BY
                           + r")\s+(?:[a-z]+\s+)?(?:" + _GROUP_PLURALS + r"))\b")


# Adjectives of origin of real countries, also those no rule derives from the name ("Finnish",
# "Dutch", "Swiss"), for the country an article names (see _country_of_demonym).
_DEMONYMS = {d: c for c, ds in {
    "Afghanistan": "Afghan", "Albania": "Albanian", "Algeria": "Algerian", "Argentina": "Argentine Argentinian",
    "Armenia": "Armenian", "Australia": "Australian", "Austria": "Austrian", "Azerbaijan": "Azerbaijani",
    "Bahrain": "Bahraini", "Bangladesh": "Bangladeshi", "Belarus": "Belarusian", "Belgium": "Belgian",
    "Bolivia": "Bolivian", "Brazil": "Brazilian", "Bulgaria": "Bulgarian", "Cambodia": "Cambodian",
    "Cameroon": "Cameroonian", "Canada": "Canadian", "Chile": "Chilean", "China": "Chinese", "Colombia": "Colombian",
    "Croatia": "Croatian", "Cuba": "Cuban", "Cyprus": "Cypriot", "Denmark": "Danish", "Ecuador": "Ecuadorian",
    "Egypt": "Egyptian", "England": "English", "Eritrea": "Eritrean", "Estonia": "Estonian", "Ethiopia": "Ethiopian",
    "Finland": "Finnish", "France": "French", "Georgia": "Georgian", "Germany": "German", "Ghana": "Ghanaian",
    "Greece": "Greek", "Hungary": "Hungarian", "Iceland": "Icelandic", "India": "Indian", "Indonesia": "Indonesian",
    "Iran": "Iranian", "Iraq": "Iraqi", "Ireland": "Irish", "Israel": "Israeli", "Italy": "Italian",
    "Japan": "Japanese", "Jordan": "Jordanian", "Kazakhstan": "Kazakh", "Kenya": "Kenyan", "Kuwait": "Kuwaiti", "Kyrgyzstan": "Kyrgyz",
    "Latvia": "Latvian", "Lebanon": "Lebanese", "Libya": "Libyan", "Lithuania": "Lithuanian",
    "Malaysia": "Malaysian", "Mexico": "Mexican", "Moldova": "Moldovan", "Mongolia": "Mongolian",
    "Morocco": "Moroccan", "Myanmar": "Burmese", "Nepal": "Nepali Nepalese", "Netherlands": "Dutch",
    "Nigeria": "Nigerian", "Norway": "Norwegian", "Oman": "Omani", "Pakistan": "Pakistani", "Peru": "Peruvian",
    "Philippines": "Filipino Philippine", "Poland": "Polish", "Portugal": "Portuguese", "Qatar": "Qatari",
    "Romania": "Romanian", "Russia": "Russian", "Rwanda": "Rwandan", "Scotland": "Scottish", "Senegal": "Senegalese",
    "Serbia": "Serbian", "Singapore": "Singaporean", "Slovakia": "Slovak", "Slovenia": "Slovenian",
    "Somalia": "Somali", "Spain": "Spanish", "Sudan": "Sudanese", "Sweden": "Swedish", "Switzerland": "Swiss",
    "Syria": "Syrian", "Taiwan": "Taiwanese", "Tajikistan": "Tajik", "Tanzania": "Tanzanian", "Thailand": "Thai", "Tunisia": "Tunisian",
    "Turkey": "Turkish", "Turkmenistan": "Turkmen", "Uganda": "Ugandan", "Ukraine": "Ukrainian", "Uruguay": "Uruguayan",
    "Uzbekistan": "Uzbek", "Venezuela": "Venezuelan", "Vietnam": "Vietnamese", "Wales": "Welsh",
    "Yemen": "Yemeni", "Zambia": "Zambian", "Zimbabwe": "Zimbabwean"}.items() for d in ds.split()}


def _names_an_origin(word: str) -> bool:
    """An origin word found by the patterns above that really is one (not "Public", "Mali")."""
    low = word.strip().lower()
    return low not in _PLACES_LIKE_DEMONYMS and low not in _NOT_ORIGIN


def _origin_to_group(text: str, m: Mention) -> Mention:
    """A group the tagger marked without the word that says whose it is takes that word:
    "border guards" in "Azerbaijani border guards", "rebels" in "Tuareg-led rebels"."""
    if not m.text[:1].islower() or m.text.split()[0].lower() in PRONOUNS | {"the", "a", "an"}:
        return m
    before = _ORIGIN_BEFORE.search(text, 0, m.start)
    if before is None or not _names_an_origin(before.group()):
        return m
    return Mention(before.start(), m.end, text[before.start():m.end], m.score)


_DANGLING_WORDS = re.compile(r"(?:\s+(?:at|in|of|from|with|on|to|close|familiar|involved|who|which|that|the|a|an))+$")
_ANONYMOUS_HEAD = re.compile(r"(?:a|an|one|two|three|four|several|some|many|people|sources?|officials?|"
                             r"diplomats?|\w+ officials?)\b")


def extend_description(text: str, m: Mention) -> Mention:
    """Anonymous sources keep their defining words: "two diplomats" + " briefed on the
    sessions" (up to the reporting verb or punctuation)."""
    m = _origin_to_group(text, _modifier_to_head(text, m))
    trimmed = _DANGLING_WORDS.sub("", m.text)
    if trimmed != m.text and trimmed.lower() not in ("those", "these"):  # "Those involved" stays whole
        m = Mention(m.start, m.start + len(trimmed), trimmed, m.score)
    head = _LEADING_THE.sub("", m.text.lower())
    core = re.split(r"\s+" + _DEFINING_WORDS + r"\s", head)[0].split()  # "a person" (familiar with ...)
    last = core[-1].rstrip("s") if core else ""
    if not _ANONYMOUS_HEAD.match(head) and not (
                        m.text[:2].lower() in ("a ", "an") and (last in _PERSON_HEADS or last + "s" in _PERSON_HEADS)):
        return m
    tail = _DESCRIPTION_TAIL.match(text, m.end)
    if tail is None and _ACCORDING.search(text[:m.start]):
        tail = _DESCRIPTION_TAIL_TO_END.match(text, m.end)
    if tail is None and _DESCRIBING.search(m.text) and _POSSESSIVE.search(m.text):
        tail = _REST_OF_DESCRIPTION.match(text, m.end)  # "People familiar with the Commission's" + " thinking"
    if tail and tail.end() - m.end < 60 and not _NOT_DESCRIPTION.search(tail.group()):
        return Mention(m.start, tail.end(), text[m.start:tail.end()], m.score)
    return m


# A description the tagger cut inside its defining words (after a possessive), and the rest
# of them: up to three words right before the reporting verb.
_DESCRIBING = re.compile(r"\b" + _DEFINING_WORDS + r"\s+\S", re.IGNORECASE)
_REST_OF_DESCRIPTION = re.compile(r"(?:\s+[\w’'-]+){1,3}?(?=\s+(?:said|says|say|told|tells|added|warned|confirmed|"
                                  r"described|denied)\b)")


# A tail that is the sentence going on, not a description: a day ("on Thursday urged ..."), a
# reporting verb.
_NOT_DESCRIPTION = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b|"
                              r"\b(?:urged|urges|said|says|told|warned|called|accused|demanded|insisted|announced)\b")


_ORIGIN_ADJECTIVE = re.compile(_DEMONYM + "$|(?:" + _IRREGULAR_DEMONYMS + ")$")


# "a (Chinese) diplomat in Brussels", "a Western official in Kyiv": a person and where they are.
_POSTED_IN = re.compile(r"\b[a-z]+(?P<place>\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")


def _adjective_of_origin(text: str, m: Mention) -> bool:
    """"Australian" in "Australian writer Tom Hale" describes someone; it names no party a
    later "they" could refer to."""
    if len(m.text.split()) != 1 or not _ORIGIN_ADJECTIVE.match(m.text) or m.text.lower() in _PLACES_LIKE_DEMONYMS:
        return False
    after = re.match(r"\s+([a-z][\w-]*)", text[m.end:])
    return bool(after) and not re.fullmatch(_SAY + r"|\w+ed|will|has|have|had|is|are|was|were", after.group(1))


_ROLE_GAP = re.compile(r"((?:\s+[a-z][\w-]*){0,3})\s+(?=[A-Z])")


def _role_to_name(text: str, m: Mention) -> Mention:
    """A mention that stops at a role before the name it introduces takes the name too:
    "Regulator" in "Regulator chief Stefan Kral", "governor" in "Central bank governor Jan
    Sikora" (never a lone title as a holder; the name is the holder, issue 14)."""
    gap = _ROLE_GAP.match(text, m.end)
    if gap is None:
        return m
    own = _LEADING_THE.sub("", m.text).split()
    if not own or any(w[:1].isupper() and w.lower().strip(".,") not in _ROLE_WORDS for w in own):
        return m  # the mention already names someone ("Prime Minister Kwame Boateng")
    words = [w.lower().strip(".,") for w in own] + [w.lower() for w in gap.group(1).split()]
    if words[-1].strip(".") not in _PERSON_DESCRIPTIONS:
        return m
    name = next((c for c in candidate_names(text) if c.start == gap.end()), None)
    if name is None or _title_only(name.text) or len(name.text.split()) < 2:
        return m
    return Mention(m.start, name.end, text[m.start:name.end], m.score)


@dataclass
class _Actor:
    """What the resolver knows of a named party: its type and, for people, grammatical gender."""

    sentence_id: int
    key: str
    person: bool | None  # True (a title or gender says so), False (an organisation), None (unknown)
    gender: str | None = None  # "f", "m" or None (unknown)
    titles: frozenset[str] = frozenset()  # words that described it: "foreign", "minister", "coach"
    guessed: str | None = None  # gender read from the given name alone (weaker than a stated one)
    plural: bool = False  # a group named by a plural noun ("Tuareg-led rebels"): a "they"


# Heads that the institution's own name carries ("Labour Ministry", "Missouri legislature"):
# "the ministry" refers to a party named with that word, never to any other organisation.
_NAMED_HEADS = frozenset("""ministry department government agency council committee commission court tribunal
parliament legislature assembly senate congress office bank union party army police board authority university
hospital embassy cabinet navy""".split())
# Descriptions of a business, and the words that mark a business's name.
_FIRM_HEADS = frozenset("company firm carrier airline lender retailer maker manufacturer developer insurer".split())
# A company's legal form, which its short names leave off ("Nordvik Maritime Holdings ASA").
_LEGAL_FORMS = frozenset("inc ltd plc llc llp lp corp co ag sa nv gmbh bv asa ab oyj spa se limited pty kk".split())
_CORPORATE = _LEGAL_FORMS | frozenset("""corporation group holdings industries
airlines airways motors technologies systems labs energy logistics partners capital ventures solutions services
pharmaceuticals foods shipping management trading mining utilities water telecom telecoms networks chemicals
therapeutics biosystems biotech lithium metals steel electronics semiconductors aerospace biotherapeutics
biosciences biopharma pharma genomics diagnostics robotics software automotive insurance brewing minerals
renewables packaging""".split())
# Names whose first word is a short name of their own ("Corvane" for Corvane Lithium, "Northfold"
# for the Northfold Energy Institute).
_SHORT_BY_FIRST_WORD = _CORPORATE | frozenset("institute institution foundation town united rovers wanderers athletic "
                                                "albion fc brands living".split())
_ORG_OR_FIRM = _ORG_WORDS | _CORPORATE
# Words of a body's name before "of" ("Bank of ...", "Minister of ...", "Kingdom of ..."), built once.
_BODY_OF_WORDS = _ORG_OR_FIRM | _PORTFOLIOS | TITLE_WORDS | _STATE_WORDS | _WORSHIP
# Abbreviated titles, spelt out so that "the governor" finds "Gov. Lorraine Whitcomb".
_TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                        "col": "colonel", "lt": "lieutenant", "maj": "major", "capt": "captain", "adm": "admiral",
                        "sgt": "sergeant", "dr": "doctor", "prof": "professor", "supt": "superintendent",
                        "insp": "inspector", "det": "detective", "cllr": "councillor", "cr": "councillor",
                        "amb": "ambassador"}


_VERB = re.compile(_SAY + r"|quoted|cited|named|met|thanked|praised|interviewed|according|appointed|replaced")
# An organisation described in lowercase: "the city's housing department", "a local council".
_ORG_DESCRIPTION = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<np>(?:[a-z][\w’'-]*\s+){0,3}(?:"
                              + "|".join(sorted(_NAMED_HEADS | _FIRM_HEADS)) + r"))\b")


_NOT_DESCRIPTIVE = frozenset(("was", "were", "is", "are", "has", "had", "the", "a", "an"))
_NOT_DESCRIBING = frozenset(("the", "a", "an", "of"))
_PHRASE_PUNCTUATION = frozenset(",;:()“”\"")


# A role set off before a name, after its owner's possessive ("the trust's medical director, ").
_APPOSED_ROLE = re.compile(r"(?P<before>\S+\s+)?(?:(?:the|a|an)\s+)?\w+['’]s?\s+"
                           r"(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s*$")
_PREPOSITIONS = frozenset("for of at in on to by from with".split())


def _description_words(text: str, start: int, mention: str) -> frozenset[str]:
    """Lowercase words that describe a named party: inside its mention ("Foreign Minister")
    and just before it ("Brazil's women's team coach Renata Vilar" -> team, coach)."""
    words = mention.lower().split()
    before = text[max(0, start - 60):start].split() if text else []
    for w in reversed(before[-4:]):
        low = w.lower()
        if w[:1].isupper() or low in _NOT_DESCRIPTIVE or not _PHRASE_PUNCTUATION.isdisjoint(w) \
                or _GAP_BREAK.fullmatch(low) or _VERB.fullmatch(low):
            break  # "Xinlu news agency quoted Vice Premier Han": not Han's description
        words.append(low)
    apposed = _APPOSED_ROLE.search(text[max(0, start - 60):start]) \
        if text and text[max(0, start - 3):start].rstrip().endswith(",") else None
    if apposed and (apposed.group("before") or "").strip().lower() not in _PREPOSITIONS:
        # "Vietnam's state utility, EVN" is the utility; "a spokesperson for China's foreign
        # ministry, Xu Ming" is no ministry
        words += apposed.group("role").split()
    out = set()
    for w in words:
        w = w.strip(".,'’")
        if "'" in w or "’" in w:
            w = _POSSESSIVE.sub("", w)
        if w and w not in _NOT_DESCRIBING:
            out.add(_TITLE_ABBREVIATIONS.get(w, w))
    return frozenset(out)


# Words that show a capital acting as a city, not its country's government.
_CITY_ITSELF = re.compile(r"\b(?:the city|city['’]s|city council|city hall|town hall|mayor|mayoral|municipal|"
                          r"municipality|councillors?|city centre|city center)\b", re.IGNORECASE)
# Countries (and their capitals, which stand for their governments) are never "he" or "she".
_PLACES = frozenset(CAPITAL_OF) | frozenset(c for names in CAPITAL_OF.values() for c in names)


@lru_cache(maxsize=1)
def _countries_and_capitals() -> frozenset[str]:
    """Lowercased names of every country (pycountry's ISO 3166 list, loaded on first use, about
    60 ms) and of the capitals above."""
    import pycountry

    names = {getattr(c, a).lower() for c in pycountry.countries for a in ("name", "common_name", "official_name")
             if getattr(c, a, None)}
    return frozenset(names) | _PLACES


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Lowercased names of the states, provinces and regions of every country (pycountry's ISO
    3166-2 list, loaded on first use): "Texas" in "Texas Mutual Insurance" is a place, so no
    short name of the firm."""
    import pycountry

    return frozenset(s.name.lower() for s in pycountry.subdivisions)


def _is_person(name: str, described: frozenset[str]) -> bool | None:
    words = name.split()
    if any(w.lower() in _ORG_WORDS for w in words):
        return False
    if not described.isdisjoint(_PERSON_DESCRIPTIONS) and len(words) <= 4:
        return True  # "regulator chief Anna Berg": the title decides, not the organisation
    if described.isdisjoint(_ORG_WORDS):
        return None
    # "centre back Tomas Hradek": a position that sounds like an organisation; a given name says otherwise
    return None if len(words) in (2, 3) and words[0].lower() in _GIVEN_NAMES else False


_SUBJECT_PRONOUN = re.compile(r"\b(she|he)\b")
_TWO_NAME_WORDS = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")


def _gender_near(text: str, end: int) -> str | None:
    """A subject pronoun soon after a name, with no other name between ("X said she ...",
    "X, who ... , said he ...")."""
    window = text[end:end + 80]
    m = _SUBJECT_PRONOUN.search(window)
    if not m or _TWO_NAME_WORDS.search(window, 0, m.start()):
        return None
    return "f" if m.group(1) == "she" else "m"


_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "queen", "princess", "spokeswoman", "chairwoman"})
_MALE_TITLES = frozenset({"mr", "king", "prince", "spokesman", "chairman", "sir", "lord"})


def speaker_after_quote(trace: Sequence[tuple[int | None, bool]], max_units: int = 6) -> dict[int, int]:
    """Units of a quotation whose speaker is named only in a later unit of it ("“The numbers
    are terrible. / There is no other word for them,” said Ingvild Aasen"): unit index ->
    index of the unit that names the speaker. ``trace`` is :attr:`HolderResolver.trace`."""
    groups: dict[int, list[int]] = {}
    for i, (group, _) in enumerate(trace):
        if group is not None:
            groups.setdefault(group, []).append(i)
    out: dict[int, int] = {}
    for idx in groups.values():
        if len(idx) > max_units:
            continue
        named = next((i for i in idx if trace[i][1]), None)
        if named is None:
            continue
        for i in idx:
            if i >= named:
                break
            out[i] = named
    return out


# Family names that come first in Korean, Chinese and Vietnamese names as English-language news
# writes them ("Kim Jong Un", "Xi Jinping", "Nguyen Phu Trong"), so a later "Kim" is that person.
# Words that are also English ("he", "do", "song") are left out.
_FAMILY_NAME_FIRST = frozenset("""kim lee park choi jung jeong kang cho yoon jang lim shin kwon hwang ahn yoo hong jeon
moon xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo luo liang zheng xie tang feng
dong xiao cao yuan deng nguyen tran pham hoang phan vu dang bui ngo duong""".split())


_TIME_ZONES = frozenset("CET CEST GMT BST UTC EST EDT CST CDT MST MDT PST PDT ET PT IST JST KST AEST AEDT SAST EAT WAT".split())


def _furniture_name(text: str, m: Mention) -> bool:
    """Capitals that name no party: a time zone ("09:55 CET"), a line of furniture in capitals
    ("FOR IMMEDIATE RELEASE")."""
    words = m.text.split()
    if words and words[-1].strip(".,") in _TIME_ZONES:
        return True
    return len(words) > 1 and all(w.isupper() and len(w) > 1 for w in words) and text.strip().isupper() \
        and len(text.split()) <= 4


# What names the party an unnamed spokesperson speaks for: "A spokesperson for the family".
_SPEAKS_FOR = re.compile(r"\s*,?\s*(?:for|from|at|of|representing|on behalf of|speaking for|speaking on behalf of)\b")
# An unnamed spokesperson, for no party the mention names: "A spokesperson", "a spokeswoman".
_BARE_SPOKESPERSON = re.compile(r"(?:a|an|one)\s+(?:(?:official|company|press)\s+)?"
                                r"(?:spokesperson|spokesman|spokeswoman)", re.IGNORECASE)
_INDEFINITE_COUNT = re.compile(r"(?:a|an|one|two|three|several|some)\s", re.IGNORECASE)


# A byline (also an interview's "Interviewed by X") or a picture credit: the outlet's own staff,
# never a party a description refers to.
_CREDIT_LINE = re.compile(r"\s*(?:(?:Photo|Photograph|Picture|Image|Video|Graphic|Illustration)s?(?:\s+by)?\s*[:|]|"
                          r"(?:Interview(?:ed)?\s+by|By)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Then|Now|Noon)\b)"
                          r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,|$|and\s)(?![^\n]*[.!?]\s*$))")
# Words that end a news outlet's name ("the Post", "the Meridian Herald"): the outlet a source
# spoke to is no candidate for "the company" or "the regulator".
_OUTLET_WORDS = frozenset("post times herald courier gazette journal tribune telegraph chronicle ledger".split())
_OUTLET_HEADS = _OUTLET_WORDS | frozenset("""newspaper paper magazine site website outlet publication tabloid channel
station weekly network agency broadsheet""".split())
# The last words that make a bracketed name an outlet: after three words or more any outlet's
# word, after two only one that is no surname too ("Halvard Dagblad", not "Jane Post").
_OUTLET_ENDS_LONG = _OUTLET_HEADS | _MORE_OUTLET_WORDS
_OUTLET_ENDS_SHORT = (_OUTLET_WORDS | _MORE_OUTLET_WORDS) - _SURNAME_LIKE
_ENDS_SENTENCE = re.compile(r"[.?!][”\"’']?\s*$")
# News agencies known by their own names, without "agency" ("according to Yonhap").
_NEWS_AGENCIES = frozenset("""reuters afp ap xinhua kcna tass ria interfax yonhap kyodo jiji belta bernama ani pti irna
isna anadolu wafa spa wam mena dpa ansa efe sta ntb pap ctk mti bta hina tanjug antara""".split())
# A party's own reporting verb right after its mention (an apposition may stand between).
_SPEAKS_AFTER = re.compile(r"(?:\s*,[^,;“”\"]{1,60},)?\s+(?:also\s+|later\s+|had\s+|has\s+)?" + _SAY +
                           r"\b(?!\s+to\s+(?:be|have)\b)")  # (not "said to be the board's choice")


def _news_outlet(text: str, m: Mention) -> bool:
    """Whether mention ``m`` is a news outlet: a known agency, or a name its head calls one
    ("the STA news agency", "private broadcaster TV Adria" is read by its words after)."""
    words = _LEADING_THE.sub("", m.text).lower().split()
    after = text[m.end:m.end + 30].lower().split()[:2]
    return bool(words) and (words[0] in _NEWS_AGENCIES or any(
        w in _OUTLET_HEADS or w in ("news", "broadcaster", "wire") for w in words[1:] + after[:1]))
# Auxiliaries a tagger may run into a name ("Had Ethiopia"): never the start of a fuller name.
_AUXILIARIES = frozenset("had has have did does do".split())


# Words that make a post another one than the bare title: "the minister" is not the deputy minister.
_LESSER_POSTS = frozenset("deputy vice assistant junior shadow former acting associate".split())
# The heads of an issuer's name in a release's letterhead.
_LETTERHEAD_HEADS = frozenset("""ministry department agency office council commission authority service police bank
university institute foundation trust secretariat bureau directorate inspectorate regulator""".split())
# The words a kind of party is named with, for a description by its kind ("the club" said).
_NAMED_AS = {"club": frozenset("fc afc town united rovers wanderers athletic albion rangers".split()),
             "force": frozenset("police constabulary".split()),
             "police": frozenset("police constabulary".split()),
             }
_NAMED_AS_LOOSELY = {"regulator": frozenset("regulator inspectorate commission authority".split())}


def _name_head(key: str) -> str:
    """The head word of a (normalised) name: its last word, or the word before its first "of"
    or "for" ("ministry" of "ministry of defence", "office" of "office for police conduct")."""
    words = key.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    return words[cut - 1] if words else ""


def _judge_by_title(titles: frozenset[str]) -> frozenset[str]:
    """"Mrs Justice Helena Strand", "Lord Justice X" is a judge; a justice minister or a
    "justice campaigner" is not: "justice" must be the only role word describing them."""
    roles = {w for w in titles if w in _PERSON_DESCRIPTIONS or w in _ROLE_NOUNS_BEFORE_NAMES or w in _ORG_WORDS}
    if "justice" in titles and roles <= {"justice", "judge", "chief", "associate", "mr", "mrs", "ms", "miss", "lord",
                                         "lady", "dame", "sir"} \
            and not titles & {"campaigner", "attorney", "secretary", "department", "ministry"}:
        return frozenset({"judge"})
    return frozenset()


class HolderResolver:
    """Resolve the holders of an article's units in reading order (one resolver per article)."""

    def __init__(self, transcript: bool = False, issuer: str | None = None, excerpt: bool = False) -> None:
        """``transcript``: the article is a transcript (see :func:`is_transcript`), so a speaker
        turn runs from a speaker label to the next one (the guide's convention 9). ``issuer``:
        the organisation that issued a press release (:func:`press_release_issuer`), which
        holds a condition no one else in the unit sets (convention 10). ``excerpt``: a story
        quoting a few labelled lines (:func:`is_excerpt`), where a turn also ends at a sentence
        that names its own speaker."""
        self.transcript = transcript
        self.excerpt = excerpt
        self.issuer = issuer
        self.turn: list[ResolvedHolder] = []  # the speaker of the current transcript turn
        self.answerer: list[ResolvedHolder] = []  # the last named (non-questioner) speaker
        # Distinct names seen so far, most recent last: name -> what is known of it.
        # Kept per actor, not per mention, so long articles stay linear.
        self.named: dict[str, _Actor] = {}
        self._longest: dict[str, str] = {}  # each word-suffix of a key -> longest name with it
        self._by_first_word: set[str] = set()  # keys of _longest that are a firm's first word
        self._acronyms: dict[str, str] = {}  # "INMET" -> the name it stood in brackets after
        self._texts: dict[int, str] = {}  # each unit's text, for the article-level revision
        self.last_actor: list[ResolvedHolder] = []
        self.last_label: str | None = None
        self.in_quote = False  # a quotation opened in an earlier unit is still open
        self.label: str | None = None  # the last unit's label after the continuing-quote rule
        self.trace: list[tuple[int | None, bool]] = []  # per unit: (quotation group, own speaker)
        self._groups = 0
        self._quote_group: int | None = None
        self._recent: list[tuple[int, str, list[Mention]]] = []  # the last few units' names, for pairs
        self._headline_units: list[tuple[int, str, list[Mention]]] = []  # the headline's names, kept
        self._roster: dict[str, str] = {}  # a transcript's role labels -> the people its cast list names
        self._delegates: dict[str, str] = {}  # a meeting record's countries -> the delegates its cast line names
        self._previous: list[str] = []  # the holders of the unit just resolved
        self._units = 0
        self._subject: list[ResolvedHolder] = []  # the first person an interview's intro presents
        self._headlines: set[int] = set()  # the sentence ids of the article's headline and deck
        self._question_from = -1  # where the last "Q:" turn began
        self._relayed: list[ResolvedHolder] = []  # a condition relayed inside a turn, its quote still open
        self._questioners: list[tuple[int, int, str]] = []  # (turn start, unit naming the asker, name)
        self._interviewer: str | None = None  # who asks an interview's "Q:" turns, from its byline
        self._read_out: list[ResolvedHolder] = []  # whose statement a turn reads out, its quote still open

    def _cast(self, text: str) -> None:
        """Who each role of a cast line is: an explicit "Presenter: X" (every one of "Anchor: X |
        Presenter: Y") over an apposition ("X, host;"), and either over the names a show gives
        the same role ("HOST:" is the presenter)."""
        explicit = [(r.group("role").lower(), display_form(r.group("name")))
                    for r in map(_ROSTER_LINE.match, re.split(r"\s*[|;]\s*", text))
                    if r and not (r.group("plural") and r.group("role").lower() == "speaker")]  # ("Speakers:" lists
        # delegates; it says nothing of who "The Speaker:" is)
        entries = list(_DELEGATE_ENTRY.finditer(text))
        for entry in entries:  # "Mr. Hugo Dufresne (France)": France's delegate; a list of speakers
            # says so over the President's own line ("President: Ms. Ama Kissi (Ghana)")
            country, name = normalize_holder(entry.group("country")), display_form(entry.group("name"))
            if len(entries) > 1:
                self._delegates[country] = name
            else:
                self._delegates.setdefault(country, name)
        for role, name in explicit:
            self._roster[role] = name
        for c in _CAST_ROLE.finditer(text):
            self._roster.setdefault(c.group("role").lower(), display_form(c.group("name")))
        for roles in _SAME_ROLES:
            named = next((self._roster[r] for r in roles if r in self._roster), None)
            if named:
                self._roster.update({r: named for r in roles if r not in self._roster})

    def _cast_posts(self, text: str) -> None:
        """A cast line's posts ("Helen Marchbank, President and Chief Executive Officer, Corvane
        Networks Inc.; ...") describe the people it names, for a headline's "Corvane chief"."""
        for entry in re.split(r"\s*[;|]\s*", text):
            entry = re.sub(r"^\s*[A-Za-z]+s?:\s*", "", entry)
            name, _, post = entry.partition(",")
            info = self.named.get(display_form(name.strip()))
            if info is not None and post:
                info.titles = info.titles | {w.lower().strip(".,") for w in post.split()} - _CONNECTORS
                info.person = True if info.person is None else info.person

    def _remember(self, name: str, sentence_id: int, mention: str = "", text: str = "", end: int = 0,
                  plural: bool = False) -> None:
        """Record a party named in unit ``sentence_id``; ``plural``: a group named by a plural
        noun ("Tuareg-led rebels"), a candidate for "they" whose head word alone ("Rebels
        said") is no short form of it."""
        key = normalize_holder(name)
        first = name.split()[0] if name else ""
        for of in (" of the ", " of "):  # "Chief Executive Officer of Harbor Gate Logistics": the title is the person's
            at = mention.find(of + first) if first else -1
            if at >= 0 and not mention[at + len(of) + len(first):][:1].isalnum():
                mention = mention[at + len(of):]
                break
        at = mention.find(name) if name else -1
        if at > 0 and re.match(r" (?:of|at) ", mention[at + len(name):]):
            # "Justice Harriet Osei-Lindqvist of the Ontario Superior Court": her title, not the court's words
            end -= len(mention) - at - len(name) if end else 0
            mention = mention[:at + len(name)]
        old = self.named.pop(name, None)
        start = max(0, end - len(mention)) if end else text.find(mention) if mention else 0
        titles = _description_words(text, start, mention)
        person = _is_person(name, titles)
        if old is not None and old.person is not None:
            person = old.person
        gender = old.gender if old else None
        if titles & _FEMALE_TITLES:
            gender = "f"
        elif titles & _MALE_TITLES:
            gender = "m"
        elif person is not False and gender is None and text and len(name.split()) > 1:
            gender = _gender_near(text, end)
        guessed = old.guessed if old else None
        if gender is None and person is not False and len(name.split()) > 1:
            guessed = name_gender(name) or guessed  # "Chiara Monti" is a she, "Paolo Greco" a he
        if (gender or guessed) is not None and person is None:
            person = True
        self.named[name] = _Actor(sentence_id, key, person, gender, titles | (old.titles if old else frozenset()),
                                  guessed if gender is None else None, plural or (old.plural if old else False))
        words = key.split()
        if len(words) > 1 and name.split()[-1].islower() and words[-1] in _PERSON_DESCRIPTIONS:
            # a person's description left as written ("Castlebridge United manager"): none of its
            # words is a short form of it ("Castlebridge" is the club)
            if len(name) > len(self._longest.get(key, "")):
                self._longest[key] = name
            return
        styled = _JUDGE_STYLE.fullmatch(name) is not None  # (her given name, where known, wins)
        for i in range(1 if plural else len(words)):
            suffix = " ".join(words[i:])
            if (len(name) > len(self._longest.get(suffix, "")) and not (styled and suffix in self._longest)) \
                    or (person and suffix in self._by_first_word):
                self._longest[suffix] = name  # (a person's surname beats the firm named after her)
                self._by_first_word.discard(suffix)
        # A first word that is a short form too: a company's ("Halcyon" -> "Halcyon Foods") and a
        # family name written first ("Kim" -> "Kim Jong Un"; "Mao Ning" ... "Mao said": a first
        # word that is no given name is a family name).
        legal = len(words) > 1 and words[-1] in _LEGAL_FORMS and person is not True
        if legal and len(name) > len(self._longest.get(" ".join(words[:-1]), "")):
            self._longest[" ".join(words[:-1])] = name  # "Solvane Grid Technologies" -> "... N.V."
        corporate = len(words) > 2 and words[-1] in _CORPORATE and person is not True
        short = " ".join(words[:-1])
        if corporate and words[-2] not in _CONNECTORS and short not in self._longest \
                and short not in _countries_and_capitals() and short not in _regions():
            self._longest[short] = name  # "Kestrel Point" -> "Kestrel Point Capital" (not "Hong Kong Airlines")
        if person and len(words) == 3 and words[0] not in _FAMILY_NAME_FIRST and words[1] not in _GIVEN_NAMES \
                and words[2] not in _GIVEN_NAMES and words[1] not in _NAME_LINKS and words[1].isalpha() \
                and all(w[:1].isupper() for w in name.split()) and not any(
                    w in _PERSON_DESCRIPTIONS or w in TITLE_WORDS or (re.fullmatch(_DEMONYM, w.capitalize()) and (
                        k < 2 or w.capitalize() in _DEMONYMS))  # ("Quispe Mamani": no demonym ends a name)
                    for k, w in enumerate(words)) \
                and len(name) > len(self._longest.get(words[1], "")):
            self._longest[words[1]] = name  # "Carolina Ibáñez Soto" is "Ibáñez" (a first surname)
        if 1 < len([w for w in words if w not in ("&", "and")]) <= 3 + legal \
                and len(name) > len(self._longest.get(words[0], "")):
            company = person is not True and words[-1] in _SHORT_BY_FIRST_WORD and words[0] not in _CORPORATE \
                and len(words[0]) > 3 and words[0] not in _countries_and_capitals() and words[0] not in _regions()
            family_first = person is not False and (words[0] in _FAMILY_NAME_FIRST or (
                len(words) == 2 and person and words[0].isalpha() and words[0] not in _GIVEN_NAMES) or (
                # "Azlan" for Azlan Harun Idris: three names, none a given name we know, are read first-name first
                len(words) == 3 and person and all(w.isalpha() and w not in _GIVEN_NAMES for w in words)))
            holder = self.named.get(self._longest.get(words[0], ""))
            if company and not (holder and holder.person):  # "Halvorsen" stays Mia Halvorsen, not her foundation
                self._longest[words[0]] = name
                self._by_first_word.add(words[0])
            elif family_first:
                self._longest[words[0]] = name

    def _fullest(self, name: str) -> str:
        """The longest earlier name of the same actor ("Lopez" -> "Maria Lopez")."""
        styled = _JUDGE_STYLE.fullmatch(name)
        if styled:  # "Mrs Justice Okafor" after "Mrs Justice Harriet Okafor": Harriet Okafor
            best = self._longest.get(normalize_holder(styled.group(1)), name)
            return best if not _JUDGE_STYLE.fullmatch(best) else name
        best = self._longest.get(normalize_holder(name), name)
        return best if len(best) > len(name) else name

    def _antecedent(self, mention: str) -> tuple[str, int | None] | None:
        """The actor a pronoun or description refers to: candidates of the right type and
        agreement (person or organisation, gender, title), the last speaker first, then the
        most recent."""
        words = [w.lower() for w in _LEADING_THE.sub("", mention).split()]
        if not words:
            return None
        head = words[-1]
        recent = list(reversed(self.named.items()))
        last = [h.holder for h in self.last_actor]
        if head not in PRONOUNS:
            stem = head.rstrip("s") if len(head) > 3 else head
            if not re.match(r"(?:the|these|those)\s", mention.strip(), re.IGNORECASE):
                # "Officials said": not the "Japanese officials" of an earlier unit
                recent = [(n, i) for n, i in recent if not i.plural]
            if head in _PERSON_HEADS:  # "the senator": Sen. Marjorie Caldwell, not the headline's "Texas senator"
                wanted = {_TITLE_ABBREVIATIONS.get(w, w) for w in words}
                # "the minister" is the minister, not the deputy minister named after her
                titled = [(len(wanted & i.titles) - len((i.titles & _LESSER_POSTS) - wanted), -k, n)
                          for k, (n, i) in enumerate(recent)
                          if i.person and (head in i.titles or stem in i.titles) and all(w[:1].isupper() for w in n.split())]
                if titled:
                    name = max(titled)[2]
                    return name, self.named[name].sentence_id
            # The head word names it: "the ministry" -> "Foreign Ministry"; a name headed by it
            # first ("the police": "Thornshire Police", not the "Office for Police Conduct"), and
            # the words a kind of party is named with ("the club": "Kestrel Town").
            kinds = {stem, head} | _NAMED_AS.get(stem, frozenset())
            # ... and its modifiers fit where a candidate has them ("the county council" is not the
            # parish council named after it)
            fitting = [(n, i) for n, i in recent if all(w in i.key.split() for w in words[:-1] if w.isalpha()
                                                        and w not in ("its", "their", "his", "her", "our", "this"))]
            plural_head = head != stem and head.endswith("s")
            if plural_head:  # "the unions": not the European Union
                fitting = [(n, i) for n, i in fitting if i.plural]
                recent_heads = [(n, i) for n, i in recent if i.plural]
            else:
                recent_heads = recent
            for pool_ in (fitting, recent_heads):
                for name, info in pool_:
                    if stem and _name_head(info.key) in kinds:
                        return name, info.sentence_id
                for name, info in pool_:
                    if stem and stem in info.key.split() or any(
                            stem and w.startswith(stem) and w not in self._MEMBERS_OF
                            for w in info.key.split()):  # (the council's "Councillors")
                        return name, info.sentence_id
            # Words it was described with: "the foreign minister" -> "Foreign Minister Lucía
            # Benavides" rather than "Defence Minister Rafael Azcona"; "the coach" -> "team coach X".
            wanted = {_TITLE_ABBREVIATIONS.get(w, w) for w in words}
            body = stem in _NAMED_HEADS or head in _NAMED_HEADS  # "the council" is no "Council President X"
            scored = [(len(wanted & info.titles), -k, name, info) for k, (name, info) in enumerate(recent)
                      if (stem in info.titles or head in info.titles) and not (body and info.person)
                      and (info.plural or not plural_head or stem not in info.key.split())]
            if scored:
                _, _, name, info = max(scored)
                return name, info.sentence_id
            # Then the looser words a kind of party is named with: "the regulator" -> "Care
            # Standards Inspectorate" (after any party described as a regulator).
            named_as = _NAMED_AS_LOOSELY.get(stem, frozenset())
            for name, info in recent_heads:
                if named_as and _name_head(info.key) in named_as and info.person is not True:
                    return name, info.sentence_id
            if not re.match(r"(?:the|this|that|its|their|his|her|our)\s", mention.strip(), re.IGNORECASE) \
                    and (head.endswith("s") or head in ("police", "people", "staff")):
                # "Analysts said ...": a bare plural refers to no one named earlier (a bare
                # singular, "company", is a description whose determiner the tagger left out)
                return None
            if stem == "council":  # none headed "council": a borough's council ("the London Borough of X")
                boroughs = [(n, i) for n, i in recent if re.search(r"\b(?:london|royal|metropolitan|county) borough of\b",
                                                                  i.key)]
                if len(boroughs) == 1:
                    return boroughs[0][0], boroughs[0][1].sentence_id
            if stem in _NAMED_HEADS or head in _NAMED_HEADS:
                return None  # "the ministry" is the ministry named so; none was: it stands as said
            mods = [w for w in words[:-1] if w not in ("its", "their", "his", "her", "our") and not w.endswith("-based")]
            want_person = stem in _PERSON_HEADS or head in _PERSON_HEADS
            # A party known to be of the right type; else one of unknown type that does not
            # look like the other kind (a lone surname is no "ministry"), the last speaker first.
            # A modifier must fit too: "the statistics office" is not the ministry named before.
            pool = [(n, i) for n, i in recent if (i.person is want_person or (
                i.person is None and (want_person or len(n.split()) > 1 or n.isupper() or "-" in n)))
                and all(m in i.key.split() or m in i.titles for m in mods)
                and (i.key.split()[-1] not in _OUTLET_WORDS or head in _OUTLET_HEADS)  # "told the Post"
                and not (stem in _NEVER_A_PLACE and _a_place(i.key))]  # "the operator" is no "Galway"
            if stem in _FIRM_HEADS or head in _FIRM_HEADS:
                # "the company" -> "Veltra Inc." or "Sagarika Ship Management", not a regulator or
                # a bloc: a name that reads as a firm first, then the last speaker, then a party
                # not known to be a person
                pool.sort(key=lambda kv: (not _reads_as_firm(kv[1].key), kv[1].person is True,
                                          kv[0] not in last, kv[1].person is not False))
                return (pool[0][0], pool[0][1].sentence_id) if pool else None
            pool.sort(key=lambda kv: (kv[1].person is not want_person, kv[0] not in last))
            return (pool[0][0], pool[0][1].sentence_id) if pool else None
        if head in ("she", "her", "hers", "he", "him", "his"):
            gender = "f" if head in ("she", "her", "hers") else "m"
            pool = [(n, i) for n, i in recent if i.person is not False and (i.gender or i.guessed) in (gender, None)
                    and i.key not in _PLACES and i.key not in _OUTLET_WORDS  # ("she" is never "the Ledger"
                    and not (i.person is None and _a_place(i.key))]  # nor "England")
            # the last speaker first when no gender of theirs contradicts ("..., Commission chair
            # Ray Duarte said. “...,” he said" after a man the article described with "he"; names
            # the given-name list does not know, "Farhan Qureshi", have no guessed gender), then
            # the same gender stated, then the gender a given name suggests, then a known person,
            # then recency. On dev, training units and probe articles this beat putting a stated
            # gender first (4 units fixed, none broken).
            pool.sort(key=lambda kv: (kv[0] not in last, kv[1].gender != gender, kv[1].guessed != gender,
                                      kv[1].person is not True))
        elif head in ("it", "its"):
            pool = [(n, i) for n, i in recent if i.person is not True]
            pool.sort(key=lambda kv: (kv[1].person is not False, kv[0] not in last))
            if not pool:  # "X wrote to the city's housing department. It replied ...": never X
                return self._described_organisation()
        elif head in ("they", "them", "their"):
            if len(self.last_actor) > 1:
                return None  # handled by the caller: both coordinated holders
            # a group named by a plural noun in the unit before ("Tuareg-led rebels") first
            just = self._recent[-1][0] if self._recent else None
            pool = sorted(recent, key=lambda kv: (not (kv[1].plural and kv[1].sentence_id == just),
                                                  {False: 0, None: 1, True: 2}[kv[1].person], kv[0] not in last))
        else:  # we, our, us, i, who: the speaker
            pool = sorted(recent, key=lambda kv: kv[0] not in last)
        if not pool:
            if self.last_actor:
                first = self.last_actor[0]
                return first.holder, first.antecedent_sentence_id or first.sentence_id
            return None
        name, info = pool[0]
        return name, info.sentence_id

    def _described_organisation(self) -> tuple[str, int | None] | None:
        """The last organisation the previous unit describes without a name ("the city's
        housing department"): what "it" refers to when no organisation was named."""
        if not self._recent:
            return None
        sid, text, _ = self._recent[-1]
        found = list(_ORG_DESCRIPTION.finditer(text))
        return (display_form(found[-1].group("np")), sid) if found else None

    @staticmethod
    def _continues_quote(text: str, was_open: bool) -> bool:
        """The unit continues a quotation: it opens or closes one, or one is still open."""
        stripped = text.strip()
        return was_open or stripped[:1] in _QUOTE_CHARS + "‘'" or any(c in stripped for c in "”\"")

    def resolve(self, sentence_id: int, label: str, kind: str, mentions: list[Mention],
                text: str | None = None, fallback: Sequence[Mention] = (),
                writer_next: bool = False) -> list[ResolvedHolder]:
        """Holders of one unit, given the predicted label, holder kind and mentions.

        ``text`` (the unit) enables the rules that read the sentence: a quote relayed by an
        outlet is held by its speaker; a mention inside quoted speech is not the speaker; a
        unit with no mention of its own keeps the last speaker only when it continues a
        quotation (not a bullet or a background fact); and every name in the unit becomes a
        candidate for later pronouns and descriptions, holder or not. ``fallback`` (the
        tagger's mentions below its decision line, best first) supplies the mention when a
        party holds the unit and the tagger marked nothing outside quoted speech.
        ``writer_next``: the kind head, though it gives a party, gives the writer a fair chance
        too (:data:`classifier.predict.WRITER_NEXT`); a condition whose party no mention,
        fallback or quotation supplies is then the writer's ("A joint fund would work, but only
        if Tokyo pays in": the scheme's condition the writer posits), not NONE.
        """
        was_open = self.in_quote
        if text is not None:
            self._texts[sentence_id] = text
        if text is not None and self._units < 3 and not _ENDS_SENTENCE.search(text):
            self._headlines.add(sentence_id)  # no final stop among the first units: a headline
        self._units += 1
        roster = _ROSTER_LINE.match(text) if text is not None and self.transcript else None
        if roster and _ENDS_TURN_SENTENCE.search(text) and not roster.group("plural") \
                and roster.group("role").lower() not in _ATTENDANCE:
            roster = None  # "Chair: Senator Voss, you have five minutes." is a turn; "Members
            # present: X (Chair); Y; Z." is a cast line, full stop or not
        presented = _PRESENTED_BY.fullmatch(text) if text is not None and self.transcript else None
        if presented and any(_organisation_word(w) for w in presented.group("name").split()):
            presented = None  # "Presented by Alder Mutual Insurance": a sponsor, no host
        if presented:  # "Presented by Rachel Duggan": who "HOST:" is; a cast line, no stance
            for role in _SAME_ROLES[0]:
                self._roster.setdefault(role, display_form(presented.group("name")))
            roster = presented
        if roster:  # "Witness: Owen Pruitt, chief executive officer, ...": a cast list, no stance
            self._cast(text)
            label, kind, mentions, fallback, self.turn = "claim", NONE, [], [], []
        outlet = _QUESTION_OUTLET.match(text) if text is not None and self.transcript else None
        if outlet and not self._an_outlet(outlet.group("outlet")):
            outlet = None  # "Q (Rasch):" is Tove Rasch's question, a labelled turn
        labelled = text is not None and self.transcript and not roster and not outlet \
            and speaker_label(text) is not None
        if labelled:  # a turn's first sentence is the speaker's too (convention 9)
            kind = "ACTOR"
            label = _turn_label(label, text)
        # "Q (HKR): ..." is read as "Q: ...": the outlet is no speaker (offsets kept)
        holders = self._resolve(sentence_id, label, kind, mentions,
                                " " * outlet.end() + text[outlet.end():] if outlet else text, fallback)
        named = _bracketed_speaker(text) if labelled else None
        if named and _role_of(named).split()[-1] in _ROSTER_ROLE_ENDS:
            # "PRESENTER (MARTIN OYELARAN):" names who every later "PRESENTER:" is
            self._roster[_role_of(named)] = display_form(_label_case(Mention(0, 0, named.group("name"))).text)
        at = speaker_label(text) if labelled else None
        role = _LEADING_THE.sub("", text[slice(*at)]).lower() if at else ""
        delegate = _DELEGATE_LABEL.match(text) if labelled else None
        if delegate:  # "The representative of France:" is France's delegate, else France
            country = normalize_holder(delegate.group("country"))
            listed = [self._delegates[country]] if country in self._delegates else [
                name for c, name in self._delegates.items() if c.startswith(country + " ")]  # ("... of America")
            holders = [ResolvedHolder(listed[0] if len(listed) == 1 else display_form(delegate.group("country")),
                                      Mention(*at, text[slice(*at)]), sentence_id)]  # ("... United States of America")
        elif role in self._roster:
            # "The Chair:" is the chair "The Chair (Ms. X (Riding, Party)):" named, whoever else
            # "the chair" might describe
            holders = [ResolvedHolder(self._roster[role], Mention(*at, text[slice(*at)]), sentence_id)]
        elif labelled and self._roster:  # "WITNESS:" is the witness the cast list named
            holders = [ResolvedHolder(self._roster[h.holder.lower()], h.mention, h.sentence_id, h.antecedent_sentence_id)
                       if h.holder.lower() in self._roster else h for h in holders]
        if writer_next and kind == "ACTOR" and self.label == "condition" and [h.holder for h in holders] == [NONE]:
            holders = [ResolvedHolder(AUTHOR)]  # (a release's advice to readers stays the writer's)
        elif self.issuer and [h.holder for h in holders] == [NONE] and not self.turn \
                and not _UNDER_A_LAW.match(text or "") \
                and (self.label == "condition" or (self.label == "claim" and kind == "ACTOR")):
            # "Infants ... can be vaccinated only if ...": the issuer's rule; "The hotline will
            # help voters ...": its own action, where the kind head gives a party no mention names
            holders = [ResolvedHolder(self.issuer)]
        if self.transcript and text is not None:
            relayed, self._relayed = (self._relayed if was_open else []), []
            reading, self._read_out = (self._read_out if was_open else []), []
            if self.turn and not reading and _READS_OUT.match(text):
                reading = self._statement_party()
            elif self.turn and not reading and not was_open and _OPENS_WITH_QUOTE.match(text) \
                    and (self.in_quote or _CLOSES_AT_END.search(text)):  # (not a scare quote: "“Betrayal” is ...")
                reading = self._statement_is_from()  # "This statement is from X and Y." then "“...": theirs
            interviewer = _INTERVIEW_BY.match(text) if len(text.split()) <= 10 and not _SAYS.search(text) else None
            if interviewer and not self._an_outlet(interviewer.group("name")):
                # ("Interview by Kessel Radio News" names no one)
                self._interviewer = display_form(interviewer.group("name"))
            elif _OTHERS_ASK.match(text):
                self._interviewer = None  # the audience's questions are not the interviewer's
            question = _QA_LABEL.match(text) or outlet
            asking = not question and [h.holder for h in self.turn] == [REPORTER]
            intro = _SELF_INTRO.fullmatch(text) if asking else None
            if intro and any(w.lower().strip(".,") in TITLE_WORDS or w.lower().strip(".,") in ("mr", "mrs", "ms", "dr")
                             for w in intro.group(0).split()):
                intro = None  # "Mr Halvorsen, Minister Halvorsen.", "Prime Minister, Prime Minister.": calling out
            if question:  # "Q:" asks for an unnamed reporter, "A:" answers for the interviewee
                if question.group(1)[0] == "Q":
                    self.turn = []
                    relays = self._others_speaking(text, holders) if label == "condition" else []
                    asker = _QUESTIONER.match(text, question.end()) or _INLINE_INTRO.match(text, question.end())
                    if asker and any(w.lower() in _STAGE_DIRECTIONS | {"mic", "zoom", "question", "unidentified"}
                                     for w in asker.group("name").split()):
                        asker = None  # "Q: (Through Interpreter) ...", "Q: (Off Mic) ...": no name
                    holders = [ResolvedHolder(display_form(asker.group("name")), Mention(
                        asker.start("name"), asker.end("name"), asker.group("name")), sentence_id)
                        if asker else ResolvedHolder(REPORTER if outlet else self._interviewer or REPORTER, None,
                                                     sentence_id)]
                    self._question_from = sentence_id
                elif self.answerer or self._subject:  # no one has answered yet: the person the intro presents
                    holders = [ResolvedHolder(self._fullest(h.holder), None, None,
                                              h.antecedent_sentence_id or h.sentence_id)
                               for h in self.answerer or self._subject]
                self.turn = holders
                self.label = _turn_label(label, text)
                if question.group(1)[0] == "Q" and relays:
                    # "Q: The Dutch government said its frigates would sail only if ... ?": the guide's
                    # current gold gives a relayed condition to the party that sets it; the question
                    # turn goes on after it
                    holders, self.label = relays, "condition"
            elif intro:  # "Priya Nandakumar, Coastline Radio.": the reporter asking names herself
                name = display_form(intro.group("name"))
                holders = [ResolvedHolder(name, Mention(intro.start("name"), intro.end("name"), intro.group("name")),
                                          sentence_id)]
                self.turn = holders
                self.label = "attribution"
                self._questioners.append((self._question_from, sentence_id, name))
            elif labelled:
                self.turn = [h for h in holders if h.holder not in SPECIAL_HOLDERS]
                if self.turn and not any(normalize_holder(h.holder) == "reporter" for h in self.turn):
                    self.answerer = self.turn
            elif self.turn and _CREDIT_LINE.match(text) and all(h.sentence_id in self._headlines for h in self.turn):
                # "Leah Okonkwo-Hart: ‘I made the film ...’" then "By Jonas Ekberg": the headline's
                # speaker spoke in the headline (and its standfirst) only
                self.turn = []
            elif _FURNITURE.match(text) or _TURN_END.match(text) or _MEETING_NOTE.match(text):
                if not _SPEAKER_GOES_ON.match(text):
                    self.turn = []  # a note or stage direction ends the turn ("[Reads statement]" does not)
            elif not self.turn and not self._subject and len(holders) == 1 and holders[0].holder in self.named \
                    and self.named[holders[0].holder].person:
                self._subject = holders  # the first person the intro presents ("Transit chief Wierzbicki: ...")
            elif self.turn and reading:
                # "It reads: “...”" after "I will read a letter from Brightwater Ferries Ltd.": the
                # letter is the firm's until its quotation closes (convention 11); the reader's turn
                # goes on after it
                holders = reading
                self._read_out = reading if self.in_quote else []
                self.label = self.last_label = _turn_label(label, text)
            elif self.turn and label == "condition" and (relayed or self._others_speaking(text, holders, named=True)):
                # "Leader Hale said this morning your nominee won't get a vote until ...": inside a
                # turn, a condition another named party sets is held by that party (the guide's
                # convention 9 and the scheme's rule 1), also where its quotation runs on
                holders = relayed or self._others_speaking(text, holders, named=True)
                self._relayed = holders if self.in_quote else []
                self.label = self.last_label = "condition"
            elif self.turn and self.excerpt and label in ("attribution", "condition") \
                    and self._others_speaking(text, holders):
                self.turn = []  # a story quoting an exchange goes on in prose: "The authority later said ..."
            elif self.turn:
                # Inside a speaker's turn every sentence is that speaker's (an attribution, or a
                # condition by the scheme's rule 1), whatever the sentence says on its own.
                self.label = _turn_label("condition" if "condition" in (self.label, label) else label, text)
                holders = [ResolvedHolder(h.holder, None, None, h.antecedent_sentence_id or h.sentence_id)
                           for h in self.turn]
                self.last_actor = holders
                self.last_label = self.label
        if text is not None:
            # Quotation groups, for the speaker named only after a quote (see speaker_after_quote).
            if was_open:
                group = self._quote_group
            elif self.in_quote:  # a quotation opens here and runs on into the next unit
                self._groups += 1
                group = self._groups
            else:
                group = None
            self._quote_group = group if self.in_quote else None
            own = any(h.mention is not None for h in holders)
            self.trace.append((group, own))
            if not _WIRE_NOTE.fullmatch(text):  # ("(Adds German ministry comment)" names no party)
                self._register_names(text, sentence_id)
            if roster:
                self._cast_posts(text)
        self._previous = [h.holder for h in holders]
        return holders

    def _an_outlet(self, name: str) -> bool:
        """A bracketed name in a question label or an interview's credit is a news outlet, not
        the questioner: a known agency or an acronym ("NTB", "HKR"), a name that ends in an
        outlet's word ("Halvard Dagblad", "Kessel Radio News", "Nikkan Keizai Shimbun"), or one
        the article has named as an organisation. Any other is a person, known given name or not
        ("Kowalczyk", "Nguyen Thanh Binh")."""
        words = name.replace(".", "").split()
        if not words:
            return False
        info = self.named.get(self._fullest(display_form(name)))
        # (one word in capitals of three letters or more and no vowel, y counted as one, is an
        # acronym: "HKR", "NHK"; "KIM", "LYNCH" are surnames. An outlet's word that is a surname
        # too ("Post", "Press") ends an outlet's name only after two words or more.)
        ends = _OUTLET_ENDS_LONG if len(words) > 2 else _OUTLET_ENDS_SHORT
        return (len(words) == 1 and (words[0].lower() in _NEWS_AGENCIES or words[0] in _ACRONYMS or re.fullmatch(
                    r"[B-DF-HJ-NP-TV-XZ]{3,5}", words[0]) is not None)) or (info is not None and info.person is False) \
            or (len(words) > 1 and words[-1].lower() in ends and words[0].lower() not in _GIVEN_NAMES) \
            or (len(words) == 2 and words[-1].lower() in _OUTLET_ENDS_LONG and (
                _a_place(words[0].lower()) or words[0].lower() in _OUTLET_OPENERS
                or words[0] in _DEMONYMS) and words[0].lower() not in _GIVEN_NAMES) \
            or any(w.lower() in _NEWSROOM_WORDS for w in words) \
            or (len(words) == 2 and words[0].lower() in _BROADCAST_FIRST and "'" not in name and "’" not in name)
        # ("Radio Fellbridge", "TV Adria"; not "Radio Kessel's Ola Brandt" or "Channel Islands Ferries")
        # ("Accra Ledger": a city's paper, though "Ledger" is a surname too)

    def _statement_party(self) -> list[ResolvedHolder]:
        """The party whose statement a turn reads out: the name after "a statement ... from" in
        the unit before ("I will read a letter the clerk received from Brightwater Ferries Ltd."),
        if any."""
        if not self._recent:
            return []
        sid, text, found = self._recent[-1]
        for m in found:
            if _STATEMENT_FROM.search(text, 0, m.start) and not _IN_REPLY_TO.search(text, 0, m.start):
                # ("In reply to a letter from X, the minister wrote ...": the letter read is the minister's)
                return [ResolvedHolder(self._fullest(display_form(m.text)), None, None, sid)]
        return []

    def _statement_is_from(self) -> list[ResolvedHolder]:
        """The parties a turn's unit before says a statement is from ("This statement is from
        Owen's mother, Claire Tarrant, and his stepfather, Mark Dunn."): the quotation that
        opens next is theirs (convention 11), not the reader's."""
        if not self._recent:
            return []
        sid, text, found = self._recent[-1]
        at = _STATEMENT_IS_FROM.search(text)
        if at is None:
            return []
        return [ResolvedHolder(self._fullest(display_form(m.text)), None, None, sid) for m in found
                if m.start >= at.start("rest") and not _POSSESSIVE.search(m.text) and len(m.text.split()) > 1]

    def _others_speaking(self, text: str, holders: list[ResolvedHolder], named: bool = False) -> list[ResolvedHolder]:
        """The holders a turn's sentence gives to a party other than the turn's speaker, as
        the subject of its own reporting verb ("Anneke said to me ...", "The disability
        charity Access Forward said ..."); ``named``: by name only, not a description. A
        party inside a condition ("... only if the sheriff's office tells us") is none."""
        speakers = {h.holder for h in self.turn}
        return [h for h in holders if h.mention is not None and h.holder not in SPECIAL_HOLDERS
                and h.holder != REPORTER and h.holder not in speakers and h.mention.text.lower() not in PRONOUNS
                and _OWN_SAYING_VERB.match(text, h.mention.end)
                and not _SUBORDINATOR_BEFORE.search(text, 0, h.mention.start)
                and not (named and (is_reference(h.mention.text) or _lower_head(h.mention.text)))]

    def with_late_speakers(self, resolved: list[tuple[str, list[ResolvedHolder]]],
                           sentence_ids: Sequence[int]) -> list[tuple[str, list[ResolvedHolder]]]:
        """The article's (label, holders) per unit, revised once all units are resolved: a
        quotation whose speaker is named only at its end belongs to that speaker throughout
        (an attribution, or a condition)."""
        out = list(resolved)
        for i, named in speaker_after_quote(self.trace).items():
            label = out[i][0] if out[i][0] in ("attribution", "condition") else "attribution"
            out[i] = (label, [ResolvedHolder(h.holder, None, None, sentence_ids[named]) for h in resolved[named][1]])
        for first, named_at, name in self._questioners:  # "Q: Thanks." before "Priya Nandakumar, Coastline Radio."
            for i, sid in enumerate(sentence_ids):
                if first <= sid < named_at and [h.holder for h in out[i][1]] == [REPORTER]:
                    out[i] = (out[i][0], [ResolvedHolder(name, None, None, named_at)])
        renamed: dict[str, ResolvedHolder] = {}
        tried: set[tuple[str, bool]] = set()  # each holder once (in a headline and out of one), not per unit
        for _, holders in out:
            for h in holders:
                if h.holder in renamed or h.holder in SPECIAL_HOLDERS \
                        or (h.antecedent_sentence_id is not None and not _ACRONYM.fullmatch(h.holder)) \
                        or (h.holder, h.sentence_id in self._headlines) in tried:
                    continue  # (each rule below keeps a holder that came by reference; an acronym
                    # that came with a partner's antecedent, "The IHCO and the ministry", is spelled out)
                tried.add((h.holder, h.sentence_id in self._headlines))
                later = self._country_of_capital(h) or h
                renames = (self._named_later, self._fuller_later, self._country_of_demonym,
                           self._body_of_members, self._spelled_out, self._organisation_described)
                for rename in renames if h.antecedent_sentence_id is None else (self._spelled_out,):
                    # (the first that applies)
                    if later is not h:
                        break
                    later = rename(h)
                if later is not h:
                    renamed.setdefault(h.holder, later)
        # the same unnamed role anywhere in the article ("The judge also ordered ...") is that person
        return [(label, _distinct([ResolvedHolder(renamed[h.holder].holder, h.mention, h.sentence_id,
                                                  h.antecedent_sentence_id or renamed[h.holder].antecedent_sentence_id)
                                   if h.holder in renamed else h for h in holders])) for label, holders in out]

    # Roles a news story introduces unnamed and names a few sentences on ("A federal judge on
    # Friday blocked ...", then "U.S. District Judge Laura Whitfield wrote ..."); an unnamed
    # official or diplomat stays unnamed (anonymous sources are the scheme's own holders).
    _UNNAMED_AT_FIRST = frozenset({"judge", "justice", "magistrate"})

    def _named_later(self, h: ResolvedHolder) -> ResolvedHolder:
        """A title that resolved to no one ("Judge gives county 90 days ..." in a headline)
        is the one person the article later names with that title ("U.S. District Judge Rosa
        Delgado"); with none or several, it stays as written."""
        if h.antecedent_sentence_id is not None:
            return h
        words = _LEADING_THE.sub("", h.holder.lower()).split()
        if _title_only(h.holder):
            wanted = {_TITLE_ABBREVIATIONS.get(w, w) for w in words}
        elif words and words[-1] in self._UNNAMED_AT_FIRST and h.holder[1:].islower():
            wanted = {words[-1]}  # "A federal judge on Monday blocked ..." -> "U.S. District Judge X"
        elif len(words) > 1 and words[-1] in _PERSON_DESCRIPTIONS and h.holder.split()[-1].islower() and (
                h.sentence_id in self._headlines or (h.mention is not None and _LEADING_THE.match(h.mention.text))):
            if h.sentence_id in self._headlines:
                # a headline's "Texas senator holds up ..." -> "Sen. Marjorie Caldwell"; a "Nurses
                # union leader" is no "Council leader"
                # ("Omani minister says" is the Omani minister of an article with two ministers)
                wanted = {words[-1]} | {w for w, raw in zip(words[:-1], _LEADING_THE.sub("", h.holder).split())
                                        if w in _ORG_WORDS or raw in _DEMONYMS}
            else:
                # "The water minister says ..." before "Water Minister Deborah Kane": every word
                # must describe her ("the opposition leader" is no "Council Leader Ana Pryce")
                wanted = set(words)
        else:
            return h
        people = [(name, info) for name, info in self.named.items()
                  if not _title_only(name) and not name[1:].islower() and info.person is not False
                  and name.split()[-1].lower() not in _PERSON_DESCRIPTIONS]  # "Housing Minister" is no one's name
        found = [(name, info) for name, info in people if wanted <= info.titles | _judge_by_title(info.titles)]
        origin = {w.lower() for w in h.holder.split() if w in _DEMONYMS}
        if not found and origin & wanted:  # "Irish minister" for a "Transport Minister X" never called Irish
            found = [(name, info) for name, info in people
                     if wanted - origin <= info.titles | _judge_by_title(info.titles)]
        if len(found) > 1:  # "Castlebridge manager says ..." of a match report with two managers
            every = set(words)
            found = [(name, info) for name, info in found if every <= info.titles] or found
        if len(found) != 1:
            return h
        name, info = found[0]
        return ResolvedHolder(name, h.mention, h.sentence_id, info.sentence_id)

    def _fuller_later(self, h: ResolvedHolder) -> ResolvedHolder:
        """A short name whose full form the article gives only later ("Raghavan says" in a
        headline, "S. Raghavan" in the body; "the Agency" before "the European Space Agency")
        is that full name, as it would have been had the full name come first. Not for a role,
        a country or a capital, nor when a namesake has another role, the words it adds are no
        name words, or another party's name ends the same way ("the ministry" of an article
        with two ministries stays as written)."""
        if h.antecedent_sentence_id is not None or h.holder in SPECIAL_HOLDERS or h.holder == REPORTER:
            return h
        key = normalize_holder(h.holder)
        full = self._fullest(h.holder)
        if full == h.holder or key in _PERSON_DESCRIPTIONS or key in _countries_and_capitals():
            return h  # a role ("Reporter") is no short name; "Washington" is no "Denise Washington"
        short, long = self.named.get(h.holder), self.named.get(full)
        if short and long and short.titles & _ROLE_HEADS and long.titles & _ROLE_HEADS \
                and not short.titles & long.titles & _ROLE_HEADS:
            return h  # "Premier Smith" is not the "opposition critic Ben Smith" named later
        added = full.split()[:-len(key.split())]
        if not added or any(not w[:1].isupper() or w.lower() in _NOT_NAME or w.lower() in _AUXILIARIES
                            or _INDEFINITE_COUNT.match(w + " ") or _POSSESSIVE_END.search(w) for w in added):
            return h  # "Two E.U.", "Had Ethiopia", "Nepal's Department ...", "... for Halden Region"
        full_key = normalize_holder(full)
        if any(a.key.endswith(" " + key) and not full_key.endswith(a.key) for a in self.named.values()):
            return h
        return ResolvedHolder(full, h.mention, h.sentence_id, long.sentence_id if long else None)

    def _country_of_demonym(self, h: ResolvedHolder) -> ResolvedHolder:
        """A bare adjective of origin left as a holder ("Varnian and Kostreli officials said"
        split into "Varnian" and "Kostreli") is the country the article names that it derives
        from ("Varnia", "Kostrel"); none named, it stays as written."""
        word = h.holder
        if h.antecedent_sentence_id is not None or not re.fullmatch(r"[A-Z][a-z]+", word) or not (
                word in _DEMONYMS or (word.endswith(("n", "i", "ese", "ish", "ic")) and _names_an_origin(word))):
            return h  # (derived from a place the article names, so "Venezuelan" and "Kenyan" too)
        places = [(len(name), name, info) for name, info in self.named.items()
                  if not info.person and " " not in name and len(name) >= 4 and word.startswith(name[:-1]) and (
                      word[len(name):] in ("n", "i", "an", "ian", "ese", "ish", "ic")
                      or (word[len(name) - 1:] in ("an", "ian", "ese", "ish") and name[-1] in "aeoy"))]
        if not places and word == "Korean":  # "Korean officials": the one Korea the article names
            places = [(0, name, info) for name, info in self.named.items() if name in ("South Korea", "North Korea")]
            places = places if len(places) == 1 else []
        if not places:  # "Finnish officials" in an article naming Finland; "Cuban exiles" stay as written
            country = _DEMONYMS.get(word)
            info = self.named.get(country) if country else None
            return ResolvedHolder(country, h.mention, h.sentence_id, info.sentence_id) if info else h
        _, name, info = max(places)  # "Nigerian": Nigeria, not Niger
        return ResolvedHolder(name, h.mention, h.sentence_id, info.sentence_id)

    def _organisation_described(self, h: ResolvedHolder) -> ResolvedHolder:
        """An organisation described in lowercase that resolved to no one ("Nurses' union" in
        a headline, "the bus company") is the one organisation the article names with its head
        (a union's also with a kindred one) and every word that qualifies it ("Irish Federation
        of Nurses and Midwives"); with none or several, it stays as written. A press release's
        headline "Company" is its issuer."""
        words = _LEADING_THE.sub("", h.holder).split()
        if self.issuer and h.antecedent_sentence_id is None and [w.lower() for w in words] in (
                ["company"], ["firm"], ["group"]):
            return ResolvedHolder(self.issuer, h.mention, h.sentence_id)  # a release's "Company plans ...", "The Group"
        key_point = h.sentence_id is not None and (
            h.sentence_id in self._headlines or _BULLET.match(self._texts.get(h.sentence_id, "")) is not None)
        if h.antecedent_sentence_id is None and len(words) == 1 and words[0].lower() in _ONE_WORD_HEADS and key_point:
            # a headline's or key point's "Union says ...", "... ministry says": the one body the
            # article names with that head ("Sayhua Mine Workers' Union")
            head = words[0].lower()
            kinds = {head} | _NAMED_AS.get(head, frozenset())
            bodies = {info.key: (name, info) for name, info in self.named.items() if info.person is not True
                      and name != h.holder and not name[1:].islower() and len(info.key.split()) > 1
                      and _name_head(info.key) in kinds}
            if len(bodies) == 1:
                name, info = next(iter(bodies.values()))
                return ResolvedHolder(name, h.mention, h.sentence_id, info.sentence_id)
            return h
        lower = [k for k, w in enumerate(words) if not w.islower()][-1:] or [-1]
        if h.antecedent_sentence_id is not None or not 1 < len(words) <= 4 or lower[0] + 1 >= len(words) \
                or not all(w.islower() for w in words[lower[0] + 1:]) or words[-1] not in _ORG_WORDS \
                or not all(w[:1].isupper() for w in words[:lower[0] + 1]) or (len(words) > 3 and lower[0] < 1):
            return h  # (a lowercase description after a name's capitalised words: "Pell Township school board")
        heads = _UNION_KIN if words[-1] in _UNION_KIN else {words[-1]}
        wanted = {_word_stem(w) for w in words[:-1]}
        candidates = [(name, info) for name, info in self.named.items() if info.person is not True
                      and name != h.holder and not name[1:].islower()]
        found = [(name, info) for name, info in candidates if wanted <= {_word_stem(w) for w in name.split()}
                 and heads & {w.lower() for w in name.split()}]
        named_by = {_word_stem(w) for w in words[:lower[0] + 1]} - _GENERIC_OPENERS
        kind = self._KINDS_NAMED_OTHERWISE.get(" ".join(words[lower[0] + 1:]).lower())
        if not found and named_by and kind is not None:  # (see _KINDS_NAMED_OTHERWISE, _country_bank)
            # A kind of body its name calls otherwise, with the name's own capitalised words:
            # "Czech central bank" is the Czech National Bank (not the Czech Savings Bank), "Pell
            # Township school board" the Pell Township Board of Education.
            found = [(name, info) for name, info in candidates if named_by <= {_word_stem(w) for w in name.split()}
                     and kind.search(name) and not _country_bank(name)]
        if len(found) != 1:
            return h
        name, info = found[0]
        return ResolvedHolder(name, h.mention, h.sentence_id, info.sentence_id)

    # Kinds of body whose names say so in other words.
    _KINDS_NAMED_OTHERWISE = {
        # (a name that is a central bank's by its form: not "State Bank of India", "Bank of China"
        # or "National Bank of Egypt", commercial banks a rate story quotes)
        "central bank": re.compile(r"^(?:(?!(?:State|Commercial|Industrial|First|Royal|Agricultural|Development|"
                                   r"Cooperative|Savings|Investment)\b)[A-Z][\w'’]*\s+)?(?:Central|Reserve|National|"
                                   r"People['’]s) Bank(?! of)\b|^(?:Central|Reserve|People['’]s) Bank of\b|^Bank of (?:England|"
                                   r"Canada|Japan|Korea|Italy|France|Spain|Portugal|Greece|Israel|Thailand|Mexico|Russia|"
                                   r"Finland|Ghana|Uganda|Tanzania|Zambia|Jamaica|Botswana|Namibia|Mauritius|Albania|"
                                   r"Lithuania|Latvia|Estonia|Slovenia|Slovakia)\b|^(?:U\.?S\.? )?Federal Reserve\b|^Riksbank$|"
                                   r"^(?:Deutsche )?Bundesbank$|^Norges Bank$|^Monetary Authority of\b"),
        "school board": re.compile(r"\bBoard of (?:Education|School Trustees)\b|\bSchool (?:Board|Committee)\b")}

    def _spelled_out(self, h: ResolvedHolder) -> ResolvedHolder:
        """An acronym ("The CPS said") is the one named party whose capitalised words it
        abbreviates ("Crown Prosecution Service"), where the article spells it out."""
        letters = h.holder.replace(".", "")
        text = self._texts.get(h.sentence_id, "") if h.sentence_id is not None else ""
        label = self.transcript and h.mention is not None and text[h.mention.end:h.mention.end + 1] == ":" \
            and normalize_holder(h.holder) == normalize_holder(text[h.mention.start:h.mention.end])
        if label:  # (as written: "DAK:", which reads "Dak" as a name; not "LI:" that found Amy Li)
            letters = text[h.mention.start:h.mention.end].replace(".", "")
        if not _ACRONYM.fullmatch(letters):
            return h
        if letters in self._acronyms and self._acronyms[letters] in self.named:
            # one the article defines: "National Institute of Meteorology (INMET)" ... "INMET said"
            name = self._acronyms[letters]
            return ResolvedHolder(name, h.mention, h.sentence_id, self.named[name].sentence_id)
        found = [(name, info) for name, info in self.named.items() if info.person is not True
                 and letters in _initials(name) and len(name.split()) > 1
            and (info.person is False or any(_organisation_word(w) for w in name.split())
                 or (not name.isupper() and letters == _initials(name)[-1] != _initials(name)[0]))]
        # (never "Dumisani Abrahams", nor "MARCUS OYELARAN" for "MO:"; "UK Anti-Doping" for "UKAD")
        name_words = {w for info in self.named.values() if info.key != letters.lower() for w in info.key.split()}
        if not found and label and letters.lower() not in name_words and letters not in _ROLE_INITIALS:
            # a transcript's label by a speaker's initials: "MO:" for Marcus Oyelaran, "DAK:" for
            # Delphine Araújo-Kerr (given name and both parts of the surname); the label that
            # named her in capitals is the same person
            people = {info.key: (name, info) for name, info in self.named.items() if info.person is not False
                      and len(name.split()) > 1 and not name.isupper() and letters in (
                          "".join(w[0] for w in name.split() if w[:1].isupper()),
                          "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper()))}
            found = list(people.values())
        if len(found) != 1:
            return h
        name, info = found[0]
        return ResolvedHolder(name, h.mention, h.sentence_id, info.sentence_id)

    # The members of a body, named by their plural ("Councillors voted 31 to 22"), act as the body.
    # Officers and detectives, as a holder, act for the one police force the article names.
    _MEMBERS_OF = {"councillors": ("council",), "councilors": ("council",), "council members": ("council",),
                   "councilmembers": ("council",), "aldermen": ("council",), "senators": ("senate",),
                   "detectives": _POLICE, "officers": _POLICE, "police officers": _POLICE}

    def _last_body(self) -> str | None:
        """The organisation that held the last attributed unit, where one alone did: an unnamed
        spokesperson who speaks next ("A spokesperson added ...") speaks for it."""
        if len(self.last_actor) != 1 or self._previous != [self.last_actor[0].holder]:
            return None  # (the unit just before is that body's: "Kelby Police said ... The victim was
            # taken to Kelby General Hospital. A spokesperson said ..." is no police spokesperson)
        name = self.last_actor[0].holder
        info = self.named.get(name)
        if info is None or info.person is True or not (
                info.person is False or any(_organisation_word(w) for w in name.split())):
            return None
        return name

    def _body_of_members(self, h: ResolvedHolder) -> ResolvedHolder:
        """"Councillors" as a holder is the one council the article names ("Kelstow City
        Council"); with none or several, it stays as written."""
        heads = self._MEMBERS_OF.get(normalize_holder(h.holder))
        if heads is None:
            return h
        if heads is _POLICE:
            # every force the article names counts ("Police Scotland", "... Police Department",
            # the National Crime Agency); bare "officers" only where the unit is police work
            text = self._texts.get(h.sentence_id, "") if h.sentence_id is not None else ""
            if normalize_holder(h.holder) == "officers" and not _POLICE_WORK.search(text):
                return h  # ("Officers have recommended approval": a council's planning officers)
            bodies = [(name, info) for name, info in self.named.items()
                      if info.person is not True and len(info.key.split()) > 1 and _A_FORCE.search(info.key)
                      and not _NOT_A_FORCE.search(info.key)]
            if any(_OTHER_ENFORCERS.search(info.key) for info in self.named.values() if info.person is not True):
                return h  # (an HMRC or Border Force story's officers may be theirs)
        else:
            bodies = [(name, info) for name, info in self.named.items()
                      if info.person is not True and info.key.split()[-1] in heads and len(info.key.split()) > 1]
        if len(bodies) != 1:
            return h
        name, info = bodies[0]
        return ResolvedHolder(name, h.mention, h.sentence_id, info.sentence_id)

    def _country_of_capital(self, h: ResolvedHolder) -> ResolvedHolder | None:
        """A capital standing for its government ("Pyongyang said ...") is its country as the
        article names it (classifier.capitals); None when it names no such country."""
        capital = normalize_holder(h.holder)
        country = CAPITAL_OF.get(capital) if h.antecedent_sentence_id is None else None
        if not country or capital in _GIVEN_NAMES:
            return None  # ("Sofia said the agency took a third of her wages": a woman)
        if h.sentence_id is not None and _CITY_ITSELF.search(self._texts.get(h.sentence_id, "")):
            return None  # "Oslo said it would ban diesel taxis from the city centre": the city
        named = next(((name, info) for name, info in self.named.items() if info.key in country), None)
        return ResolvedHolder(named[0], h.mention, h.sentence_id, named[1].sentence_id) if named else None

    def _acting_party(self, text: str) -> Mention | None:
        """The party a claim shows acting, by :func:`acting_subject`; a description ("the
        council") only when it refers to a party the article has named."""
        span = acting_subject(text, frozenset(self._longest))
        if span is None:
            return None
        mention = Mention(span[0], span[1], text[span[0]:span[1]])
        if is_reference(mention.text):
            # Only a description that fits a named party: "the tribunal" for "The Hague
            # tribunal", "the airline" for a business; not "the club" for whatever was last named.
            ante = self._antecedent(mention.text)
            head = mention.text.split()[-1].lower()
            stem = head.rstrip("s") if len(head) > 3 else head
            info = self.named.get(ante[0]) if ante else None
            if info is None or not (stem in info.key.split() or head in info.titles or stem in info.titles or (
                    head in _FIRM_HEADS and set(info.key.split()) & _CORPORATE) or (
                    head in _FIRM_HEADS | {"operator", "site", "network", "paper", "newspaper"} and info.person is not True)):
                return None
        return mention

    def _possessor_in_unit(self, text: str, m: Mention) -> str | None:
        """"Chancellor X is due to visit ..., his spokesperson confirmed": "his" (left of a
        spokesperson or aide) is the one person the unit names before it, if there is one."""
        words = m.text.lower().split()
        if words and words[0] == "its":
            return self._its_owner(text, m, words)
        if not words or words[0] not in ("his", "her") or len(words) > 2 or (
                len(words) == 2 and words[1] not in ("spokesperson", "spokesman", "spokeswoman", "aide", "office")):
            return None
        people = []
        for name, described, _, _ in _names_before(text, m):
            if normalize_holder(name) in _PLACES or _is_person(name, described) is False:
                continue
            gender = name_gender(name)
            if gender is None or gender == ("m" if words[0] == "his" else "f"):
                people.append(name)
        if len(people) == 1 and len(people[0].split()) > 1:
            return self._fullest(people[0])
        if not people and len(words) == 2:  # "His spokeswoman later added ...": whom "his" refers to
            ante = self._antecedent(words[0])
            return ante[0] if ante is not None else None
        return None

    def _its_owner(self, text: str, m: Mention, words: list[str]) -> str | None:
        """"Tokyo's position, restated by its foreign ministry": "its" + a body that speaks for
        a government or organisation is the one country or organisation the unit names before
        it, else the one "it" would be."""
        if not 2 <= len(words) <= 3 or words[-1] not in _ITS_VOICES:
            return None
        names = [(name, possessor, c) for name, described, possessor, c in _names_before(text, m)
                 if name and name_gender(name) is None and _is_person(name, described) is not True]
        # a possessor ("Oslo's position ... its ministry") first; else a name not set in an
        # adverbial phrase ("After the Detroit hearing, its spokesperson": not Detroit)
        owners = [name for name, possessor, _ in names if possessor] or [
            name for name, _, c in names if not _IN_PHRASE.search(text, 0, c.start)]
        if len(owners) == 1:
            return self._fullest(owners[0])
        if not owners:
            ante = self._antecedent("it")
            return ante[0] if ante is not None else None
        return None

    def _two_named_before(self, text: str, m: Mention) -> list[str]:
        """The two parties a unit names before its "the two companies said" ("X has agreed to
        buy Y ..., the two companies said"); none when it names more or fewer. A place the unit
        is set in ("At talks in Geneva, ...") is none of them; "the two unions" are two names
        with "Union" in them, and firms are never countries."""
        noun = m.text.lower().split()[-1]
        head = noun[:-3] + "y" if noun.endswith("ies") and noun != "companies" else noun.rstrip("s")
        names: list[str] = []
        for c in candidate_names(text[:m.start]):
            if re.search(r"\b(?:in|at|from|near|to)\s+$", text[:c.start]):
                continue
            for part in parties_of(text, c):
                shown = display_form(part)
                key = normalize_holder(shown)
                if head in _PAIR_HEADS and head not in key.split() or (
                        head in ("company", "firm") and key in _countries_and_capitals()):
                    continue
                name = self._fullest(shown)
                if name and name not in names:
                    names.append(name)
        return names if len(names) == 2 else []

    def _headline_countries(self) -> list[str]:
        """The two countries a headline names ("China demands Indonesia free trawler crew"), for
        a later "the two governments" that no nearer pair answers; [] unless exactly two."""
        names: list[str] = []
        for _, text, found in self._headline_units:
            for m in found:
                name = self._fullest(display_form(m.text))
                if normalize_holder(name) in _countries_and_capitals() and name not in names:
                    names.append(name)
        return names if len(names) == 2 else []

    def _pair_in(self, sentence_id: int) -> list[str]:
        """The last coordination of names in unit ``sentence_id`` ("Joost Bakker and Wim de
        Groot", "Harlow Foods and Greenvale Dairies"), read only when a later "they" asks."""
        seen = [(text, found) for sid, text, found in self._recent if sid == sentence_id]
        if not seen:
            return []
        text, found = seen[0]
        group: list[str] = []
        for k, m in enumerate(found):
            parts = [display_form(p) for p in parties_of(text, m)]
            joined = k > 0 and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?",
                                             text[found[k - 1].end:m.start])
            if joined and group:
                group.extend(parts)
            elif len(parts) > 1 or k + 1 < len(found):
                group = parts
        names = [self._fullest(g) for g in group if g]
        return names if len(names) > 1 else []

    def _register_names(self, text: str, sentence_id: int) -> None:
        """Every name in the unit becomes an antecedent candidate, the first (the subject,
        usually) the most recent; a lone capitalised first word only if it is a known name."""
        if _CREDIT_LINE.match(text):  # "Photo: Ellis Varga/Wexmoor Gazette", "By X, Courts Correspondent"
            self._recent = self._recent[-5:] + [(sentence_id, text, [])]
            return
        kicker = _WIRE_KICKER.match(text)
        if kicker:  # "UPDATE 2-China demands ...": China (offsets kept)
            text = " " * kicker.end() + text[kicker.end():]
        found = _merge_households(text, [_headline_speaker(text, m) for m in candidate_names(text)
                                         if not _adjective_of_origin(text, m) and "/" not in m.text])
        self._recent = self._recent[-5:] + [(sentence_id, text, found)]
        if sentence_id in self._headlines:
            self._headline_units.append((sentence_id, text, found))
        for g in _ORIGIN_GROUP.finditer(text):  # "Tuareg-led rebels": a plural party for "they"
            if _names_an_origin(g.group("adj")):
                name = display_form(g.group("np"))
                self._remember(name, sentence_id, g.group("np"), text, g.end("np"), plural=True)
        for m in reversed(found):
            if _furniture_name(text, m):
                continue
            first_word_only = m.start == len(text) - len(text.lstrip()) and len(m.text.split()) == 1
            household = _one_household(text, m)  # "the couple, Rezan and Dilan Aziz": a "they"
            bracketed = _BRACKETED_ACRONYM.match(text, m.end)
            if bracketed and len(parties_of(text, m)) == 1 and _abbreviates(bracketed.group(1), display_form(m.text)):
                self._acronyms[bracketed.group(1)] = self._fullest(display_form(m.text))
            for raw in reversed(parties_of(text, m)):
                part = display_form(raw)
                if not part or part.lower() in PRONOUNS:
                    continue
                if first_word_only and normalize_holder(part) not in self._longest:
                    continue
                at = text.find(raw, m.start)
                self._remember(self._fullest(part), sentence_id, raw, text, (at + len(raw)) if at >= 0 else m.end,
                               plural=household)

    def _resolve(self, sentence_id: int, label: str, kind: str, mentions: list[Mention],
                 text: str | None = None, fallback: Sequence[Mention] = ()) -> list[ResolvedHolder]:
        was_open = self.in_quote
        if text is not None:
            self.in_quote = _open_at_end(text, was_open)
            # A name inside quoted speech is what the speaker talks about; a dateline is no party.
            ranges = quoted_ranges(text, was_open)
            kicker = _WIRE_KICKER.match(text)
            mentions = [_pronoun_of_contraction(_after_kicker(text, kicker, m)) for m in mentions]
            fallback = [_after_kicker(text, kicker, m) for m in fallback]
            law = _UNDER_A_LAW.match(text)
            by_law = law is not None and any(m.end <= law.end() and not _POSSESSIVE.search(m.text.strip())
                                             for m in [*mentions, *fallback]) \
                and not any(m.start >= law.end() and (len(m.text.split()) > 1 or m.text[:1].isupper())
                            for m in [*mentions, *fallback])  # ("..., the board must ...")
            mentions = _join_broken(text, [m for m in mentions if not _inside(m, ranges) and not _not_a_party(text, m)])
            fallback = [m for m in fallback if not _inside(m, ranges) and not _not_a_party(text, m)]
            if by_law and not mentions and label == "condition" and reporting_frame(text) is None:
                # "Under the UN Charter, a resolution passes only if ...": the law's condition, no party's
                self.label = self.last_label = label
                return [ResolvedHolder(NONE)]
            if any(_POSSESSIVE.search(m.text) for m in mentions):
                mentions = _drop_possessors_in_predicate(text, _possessor_to_name(text, mentions))
        if text is not None and (_NAVIGATION.match(text) or _WIRE_NOTE.fullmatch(text)):
            self.label = self.last_label = "claim"  # "Related: ...": a link, no stance; a wire's version note
            return [ResolvedHolder(NONE)]
        if label == "attribution" and text is not None and not was_open and _vague_source(text, mentions):
            label, kind, mentions, fallback = "claim", NONE, [], []  # the scheme: the writer's claim
        elif label == "attribution" and text is not None and not was_open and _reportedly(text):
            label = "claim"  # "Riyadh reportedly favours ...": vague, so the writer's claim of its stance
        # Inside a quotation that an earlier unit opened after a speaker was named, the unit is
        # that speaker's reported speech (the scheme's continuing-quote rule), whatever the
        # model read into the sentence on its own.
        if (was_open and self.last_actor and self.last_label in ("attribution", "condition")
                and label in ("claim", "opinion") and not mentions):
            label, kind = "attribution", "ACTOR"
        self.label = label
        # An attribution always has a source (the scheme), and a condition whose setter the
        # tagger found is a party's: the kind head's NONE yields to the label there.
        if kind == NONE and (label == "attribution" or (label == "condition" and mentions)):
            kind = "ACTOR"
        if (kind == NONE or not (mentions or fallback)) and label == "claim" and text is not None \
                and not was_open and not self.transcript and not _QUOTE_MARK.search(text) \
                and first_person_subject(text):
            kind = AUTHOR  # "I have taught chemistry here for 14 years": the writer's own circumstances
        if label == "condition" and text is not None and not was_open and not self.transcript \
                and writers_recommendation(text):
            kind = AUTHOR  # "The council should approve it only with ...": the writer's recommendation
        if label == "opinion" or kind == AUTHOR:
            self.last_label = label
            return [ResolvedHolder(AUTHOR)]
        if kind != NONE and not mentions and fallback:
            mentions = [fallback[0]]
        if label == "claim" and text is not None and not was_open and (kind == NONE or not mentions):
            acting = self._acting_party(text)
            if acting is not None:  # "The Bank of Canada held its rate": the scheme's acting party
                kind, mentions = "ACTOR", [acting]
        if kind == NONE:
            self.last_label = label
            return [ResolvedHolder(NONE)]
        if text is not None:
            mentions = [_role_to_name(text, extend_description(text, m)) for m in mentions]
            # "A Chinese diplomat in Brussels" extended over "Brussels": the place is part of it
            mentions = [m for m in mentions if not any((o.start, o.end) != (m.start, m.end)
                                                       and o.start <= m.start and m.end <= o.end for o in mentions)]
            quoted = _QUOTED_AS.search(text)
            passive = _QUOTED_BY_AS.search(text) if quoted else None
            if passive:  # "X was quoted by VNA as saying": X holds it, the outlet only relays
                named = [m for m in _candidate_names(text) if m.end <= passive.start()]
                if named and re.fullmatch(r"\s*,[^,]+,\s*", text[named[0].end:passive.start()]):
                    named = named[:1]  # "X, the CMA's director, was quoted ...": X, not the CMA
                before = [m for m in mentions if m.end <= passive.start()] or named[-1:]
                mentions = _passive_subject(text, before, passive.start()) or [
                    m for m in mentions if m.end <= passive.start(1) or m.start >= passive.end()]
            elif quoted:  # "Xinhua quoted X as saying": X holds it, the outlet only relays
                inner = [m for m in mentions if m.start >= quoted.start(1) and m.end <= quoted.end(1)]
                if not inner:
                    s, e = snap_mention(text, quoted.start(1), quoted.end(1))
                    inner = [Mention(s, e, text[s:e])]
                mentions = inner
            else:
                extended = _extend_coordinated(text, mentions)
                mentions = _group_noun_to_name(text, _drop_adjectives(text, extended)) or extended
                listeners = [m for m in mentions if _LISTENER.search(text[:m.start])]
                if listeners and len(listeners) < len(mentions):  # "X told Reuters": Reuters only listens
                    mentions = [m for m in mentions if m not in listeners]
                elif listeners and label in ("attribution", "condition"):
                    heard = reporting_frame(text, self.transcript)  # "..., Moylan told reporters": Moylan,
                    subject = _SUBJECT_AFTER_OPENING.match(text, listeners[-1].end)
                    if heard is not None and not any(x.start < heard[1] and x.end > heard[0] for x in listeners):
                        mentions = []  # from the frame, though only the listeners were marked
                    elif subject and re.match(r"\s*speaking\b", text, re.I):
                        # "Speaking to broadcaster TV Adria on Thursday, she called ...": she
                        mentions = [Mention(subject.start("p"), subject.end("p"), subject.group("p"))]
                frame = reporting_frame(text, self.transcript) if label in ("attribution", "condition") else None
                mentions = [_document_of_subject(text, _publisher(m)) for m in mentions]
                relayers = [m for m in mentions if _ACCORDING.search(text[:m.start]) and not (
                    # ("official readings" names no one; "the Office for National Statistics" does,
                    # and "the report" may be one a party published, found by reference)
                    _VAGUE_SOURCE.fullmatch(m.text.strip()) and not any(w[:1].isupper() for w in m.text.split())
                    and not _LEADING_THE.match(m.text))]
                others = [m for m in mentions if m not in relayers]
                if frame is not None:
                    # "<content>, X said[, according to Y]": X speaks; names in the content
                    # and the outlet that relays it do not.
                    inside = _speaker_mentions(text, frame, mentions)
                    mentions = [_pronoun_of_contraction(x) for x in inside or [_frame_mention(text, *frame)]]
                    if self.transcript and frame == speaker_label(text):
                        # (within the label: "Q12 Dunleavy:" is Dunleavy's twelfth question)
                        mentions = [_label_case(_label_person(_within(text, x, frame))) for x in mentions]
                elif relayers and others:
                    # "..., according to X": X is the source of an attribution; a condition is
                    # held by the party that sets it (the scheme's reported-condition rule). A
                    # news outlet only relays what a party it names said ("Vidmar told lawmakers
                    # ..., according to the STA news agency": Vidmar's, issue 14).
                    speakers = [o for o in others if _SPEAKS_AFTER.match(text, o.end)]
                    relayed = speakers and all(_news_outlet(text, r) for r in relayers)
                    mentions = relayers if label == "attribution" and not relayed else speakers if relayed else others
                elif label == "attribution" and not relayers and _ACCORDING_END.search(text):
                    rel = _ACCORDING_END.search(text)
                    a, b = rel.start("rel"), rel.start("rel") + len(rel.group("rel").rstrip("."))
                    vague = _VAGUE_SOURCE.fullmatch(text, a, b)
                    owner = _DOCUMENT_OWNER.match(text, a, b)
                    published = _PUBLISHED_BY.fullmatch(text, a, b)
                    if owner and any(_POSSESSIVE.sub("", w).lower() in _CALENDAR for w in owner.group("name").split()):
                        owner = None  # "according to October figures", "Monday's survey": a date, no party
                    its = _ITS_DOCUMENT.fullmatch(text, a, b)
                    if its:  # "according to its most recent annual report": whoever "its" is
                        mentions = [_document_of_subject(text, Mention(its.start("p"), its.end("p"), its.group("p")))]
                    elif published:  # "according to figures the company published in March": the company
                        mentions = [Mention(published.start("by"), published.end("by"), published.group("by"))]
                    elif vague and owner:  # "a Northbridge Research poll of 812 voters": the pollster
                        mentions = [Mention(owner.start("name"), owner.end("name"), owner.group("name"))]
                    elif vague and vague.group("by") and re.match(r"[A-Z]|the\s", vague.group("by")):
                        # "figures from ShipTrace Analytics" (not "a poll of 812 voters")
                        by = re.split(r"\s+(?:on|in|at|after|before|shortly|last|this|earlier)\b", vague.group("by"))[0]
                        mentions = [Mention(vague.start("by"), vague.start("by") + len(by), by)]
                    elif not vague:
                        source = Mention(a, b, text[a:b])
                        speakers = [o for o in mentions if o.end <= a and _SPEAKS_AFTER.match(text, o.end)]
                        # (an outlet relaying a party's words: the party's, as above)
                        mentions = speakers if speakers and _news_outlet(text, source) else [source]
                    elif not _LEADING_THE.match(text[a:b]):
                        # the tagger's words inside the vague source name no one ("monitoring groups")
                        mentions = [x for x in mentions if x.end <= a or x.start >= b]
                    if vague and not mentions and not published:
                        # "according to official figures" names no one: the writer's claim (the scheme)
                        self.label = "claim"
                        self.last_label = "claim"
                        return [ResolvedHolder(NONE)]
        if text is not None:
            mentions = _join_split_name(text, _drop_employers(text, mentions))
            mentions = [_headline_speaker(text, _apposed_name(text, _object_then_name(text, m)))
                        for m in _merge_appositions(text, _complete_name(text, mentions))]
        out: list[ResolvedHolder] = []
        mentions = [_spokesperson_institution(_part_of_group(m, text)) for m in _join_spokesperson(text, mentions)]
        for m in mentions:
            both = _BOTH_SIDES.fullmatch(m.text) or (text is not None and _both_sides_after(text, m))
            if both and m.text.lower().split()[-1] in _PARTY_NOUNS_PAIRED and not _DEFINITE_PAIR.match(m.text):
                both = None  # "Two campaigns said ...": any two, not the pair named before
            if both:
                # "the two governments", "officials in both capitals", "Both": the last pair named
                # (in the last five units: an opinion piece may name it only in its headline)
                here = self._two_named_before(text, m) if text is not None and _DEFINITE_PAIR.match(m.text) else []
                pair = here or ([h.holder for h in self.last_actor] if len(self.last_actor) > 1 else next(
                    (p for p in (self._pair_in(sentence_id - k) for k in range(1, 6)) if p), [])) \
                    or (self._headline_countries() if m.text.lower().split()[-1] not in _PARTY_NOUNS_PAIRED else [])
                if pair:
                    out.extend(ResolvedHolder(name, m, sentence_id) for name in pair)
                    continue
            two = _TWO_DESCRIPTIONS.fullmatch(m.text)
            found = [self._antecedent(two.group(1)), self._antecedent(two.group(2))] if two else []
            if found and all(found) and found[0][0] != found[1][0]:
                # "The agency and the council said in a joint statement": each its own party
                out.extend(ResolvedHolder(name, m, sentence_id, at) for name, at in found)
                continue
            mixed = _DESCRIPTION_AND_NAME.fullmatch(m.text.strip()) if not two else None
            ante = self._antecedent(mixed.group(1)) if mixed else None
            if ante is not None and ante[0] in self.named and _named_by_head(mixed.group(1), self.named[ante[0]].key):
                # (only a party its head names: "the bank" is Pellow Bank, but "the family" and "the
                # organisers" are no road or event named before)
                name = self._fullest(display_form(mixed.group(2)))
                if ante[0] != name:  # "The ministry and the Defence Materiel Organisation said": both, in order
                    out.append(ResolvedHolder(ante[0], m, sentence_id, ante[1]))
                    out.append(ResolvedHolder(name, m, sentence_id))
                    self._remember(name, sentence_id, mixed.group(2), text or "", m.end)
                    continue
            speaking_for = self._last_body() if _BARE_SPOKESPERSON.fullmatch(m.text.strip()) and not (
                text is not None and _SPEAKS_FOR.match(text, m.end)) else None  # ("A spokesperson for the family")
            if speaking_for is not None:  # "The authority said ... A spokesperson added that ...": the authority
                out.append(ResolvedHolder(speaking_for, m, sentence_id, self.named[speaking_for].sentence_id))
                continue
            indefinite = _INDEFINITE_COUNT.match(m.text)
            described = _without_location(m.text)  # "the Austin, Texas-based company" -> "the company"
            reference = is_reference(described) and not indefinite
            # A role alone ("Official Spokesperson:") is a reference when a holder had that role.
            ante = self._antecedent(m.text) if not reference and not indefinite and _title_only(m.text) else None
            own = self._possessor_in_unit(text, m) if text is not None else None
            if own is not None:
                out.append(ResolvedHolder(own, m, sentence_id))
                continue
            if reference or ante is not None:
                words = _LEADING_THE.sub("", m.text).split()
                if words and words[-1].lower() in ("they", "them", "their") and len(self.last_actor) > 1:
                    out.extend(ResolvedHolder(h.holder, m, sentence_id, h.antecedent_sentence_id or h.sentence_id)
                               for h in self.last_actor)
                    continue
                pair = self._pair_in(sentence_id - 1) if len(words) == 1 and words[0].lower() in ("they", "them") \
                    and len(self.last_actor) <= 1 else []
                last = {h.holder for h in self.last_actor}
                if pair and (last <= set(pair) or not last & set(pair)):
                    # "The Home Office told X and Y ... They said": the plural pronoun takes the
                    # pair named in the sentence before over one party, also when that party was
                    # one of the pair ("Leaders of X and Y met Z. They said ...")
                    out.extend(ResolvedHolder(name, m, sentence_id, sentence_id - 1) for name in pair)
                    continue
                ante = ante or self._antecedent(described)
                if ante is None:
                    if not words or words[-1].lower() in PRONOUNS:
                        continue
                    name = display_form(_INDEFINITE.sub("", m.text))  # an unnamed source
                    out.append(ResolvedHolder(name, m, sentence_id))
                    self._remember(name, sentence_id, m.text)
                    continue
                out.append(ResolvedHolder(ante[0], m, sentence_id, ante[1]))
            else:
                parts = parties_of(text or "", m)
                for raw in parts:
                    # "A Western diplomat in Lilongwe" is the diplomat, not where they are
                    posted = _POSTED_IN.search(m.text) if indefinite and len(parts) == 1 else None
                    name = self._fullest(display_form(m.text[:posted.start("place")].rstrip() if posted else raw))
                    if normalize_holder(name) in _CALENDAR and text is not None and (
                            _BEFORE_A_DATE.search(text[max(0, m.start - 12):m.start])
                            or re.match(r"\s*\d", text[m.end:])):
                        continue  # "• Jan. 30: ...", "... in March": a date holds nothing ("June said" is June)
                    out.append(ResolvedHolder(name, m, sentence_id))
                    # each coordinated name keeps its own title ("Defence Minister X and
                    # Foreign Minister Y": only Y is "the foreign minister")
                    at = m.text.find(raw) if len(parts) > 1 else -1
                    if at >= 0:
                        self._remember(name, sentence_id, raw, text or "", m.start + at + len(raw))
                    else:
                        self._remember(name, sentence_id, m.text, text or "", m.end)
        if not out and self.last_actor and label in ("attribution", "condition"):
            # No mention of its own: a continuing quote keeps its speaker; a bullet, caption
            # or background sentence does not.
            if text is None or (not _BULLET.match(text) and (self._continues_quote(text, was_open)
                                                             or label == "attribution")):
                out = [ResolvedHolder(h.holder, None, None, h.antecedent_sentence_id or h.sentence_id)
                       for h in self.last_actor]
        unique = _distinct(out)
        self.last_label = label
        if not unique:
            return [ResolvedHolder(NONE)]
        self.last_actor = unique
        return unique
