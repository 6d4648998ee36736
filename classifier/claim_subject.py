"""The acting party of a claim: the main-clause subject, when it is a party and its verb an act.

The scheme holds a claim by "the party whose stance, demand or action the claim asserts
(main-clause subject first), or NONE". The model's holder-kind head separates the two poorly
where nothing in the sentence is speech: "The Bank of Canada held its policy rate" and
"Parliament passed the bill" come out NONE about as often as "Inflation has been above
target" does, and a quantised model flips those near-ties either way. This module reads the
sentence instead: a claim whose main clause opens (after a bullet, a dateline or a
time phrase) with a name, a party description or "<group> from the <Name>", followed by a
verb of doing, asserts that party's action. States ("is", "faces", "serves"), passives, a
possessor's things ("Veltra's shares fell") and common-noun subjects ("Core inflation rose")
are left to the kind head.

Two readings of the writer's own voice live here too: a first-person claim ("I have taught
chemistry here for 14 years", the guide's convention 4) and a condition the writer
recommends ("The council should approve it only with ...", convention 3) are AUTHOR's.
Every rule was checked unit by unit on the gold training and dev splits and on both
challenge sets. On the 1,134 gold claims of the training and dev splits the acting-subject
reading fires 61 times: 57 give the gold holder, 4 a part of it (one of two holders, or a
description for the resolver), none a party where the gold says NONE.
"""

from __future__ import annotations

import re

# A bullet or list number, then any dateline ("GENEVA (Wire) —", "HALDEN, April 14, 2026
# /Civic Newswire/ —"), then a fronted time or place phrase ("On Tuesday,", "Last year").
_BULLET = re.compile(r"\s*(?:[•→▪●◦‣*·\-–—]|\d+[.)])\s+")
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,}(?:,[^—–()]{0,60}?)?\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*[—–-]{1,2}\s+")
_FRONTED = re.compile(r"\s*(?:(?:On|In|At|By|Before|After|During|Since|Over|Earlier|Later|Separately|Meanwhile|"
                      r"Last|This|Next|Within|Shortly|Early|Late)\b[^,;:“”\"]{0,50},\s+|"
                      r"(?:Last|This|Next|Earlier this|Later this)\s+(?:year|week|month|morning|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+|"
                      r"(?:Later|Earlier)\s+(?:that|this|the\s+same|on|in)\s+\w+\s*,?\s+|(?:Then|Later|Meanwhile|Separately|Today|"
                      r"Yesterday|Earlier)\s*,?\s+|(?:So|But|And|Yet|Still|Instead)\s+)")

# Words that may sit inside a name ("Tribunal of Milan", "Ministry of Trade and Industry").
_LINKS = frozenset("of for and de du der la von van del da dos das do di della & on the".split())
# Lowercase words before a name that belong to its mention ("the nationalist Fatherland Bloc").
_GROUPS = frozenset("""workers rescuers firefighters soldiers troops officers members staff volunteers officials
employees crews engineers inspectors agents guards police medics nurses doctors lawyers negotiators
representatives delegates lawmakers leaders supporters fighters forces authorities prosecutors investigators
diplomats ministers rebels militants regulators judges""".split())
# Parties a description can name ("The council voted", "The airline is cutting").
PARTY_NOUNS = frozenset("""ministry department agency office council committee commission company firm corporation
bank fund union party government administration court tribunal board authority regulator university
institute museum hospital trust association federation alliance bloc coalition organisation organization
network newspaper paper site broadcaster service army navy police parliament congress senate assembly
cabinet embassy consulate foundation league club society charity airline carrier lender retailer maker
operator insurer developer group county city state legislature school district campaign team panel
prosecutors watchdog province region utility""".split())
# Nationality or place adjectives ("Ukrainian forces", "Hungarian police officers").
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|i|ic)$")

# Verbs of state or being: the subject is not acting ("India is", "Vanuatu faces", "serves").
_STATES = frozenset("""is are was were be been being am remains remain remained has have had seems seem seemed
appears appear appeared faces face faced serves serve owns own owned lies lie lay sits sit stands stand stood
includes include included contains contain consists consist covers cover represents represent employs employ
lives live lived belongs belong costs cost means mean needs need looks look sounds sound feels feel
depends depend relies rely ranks rank accounts account totals total equals equal comes come became becomes
become exists exist farms chairs teaches teach writes write""".split())
_IRREGULAR_PAST = frozenset("""held shut paid cut gave took made led sent set met began brought bought sold
struck fought ran put built left lost spent kept told found chose drew threw wrote rode rose fell broke spoke
stole swore tore wore won froze hid bit lit quit split spread shot hit hurt let read sought taught caught
withdrew overturned overtook overthrew undertook upheld withheld forbade forgave sank sped stuck swept wound
sprang flew grew knew blew drove dealt meant laid bid bet cast beat became""".split())
_IRREGULAR_PARTICIPLE = frozenset("""won held shut paid cut given taken made led sent set met begun brought bought
sold struck fought run put built left lost spent kept told found chosen drawn thrown written risen broken
spoken stolen sworn torn frozen hidden bitten lit quit split spread shot hit hurt let sought taught caught
withdrawn overturned overtaken undertaken upheld withheld forbidden forgiven sunk stuck swept flown grown
known blown driven dealt laid bid bet cast beaten done gone seen""".split())
# Words after "the" that cannot modify a name: prepositions ("the fighting in July").
_NOT_MODIFIERS = frozenset("in at on from with by to over after before during since into near under".split())
_SCHEDULED = frozenset("due scheduled set expected poised preparing planning".split())
_MODALS = frozenset("will shall could would did does do can cannot".split())
_ADVERBS = frozenset("""also already later then again jointly formally quietly separately officially recently
previously swiftly quickly finally eventually now still first last once twice never not independently""".split())
_WORD = re.compile(r"[\w’'&.-]+|[,():;|“”\"]")
_ASIDE_SPEECH = frozenset("said says say told tells added argued insisted noted".split())
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A headline's kicker ("Briefing:", "Live:", "World Briefing:") before its subject.
_KICKER = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}:\s+")


# Capitalised words that open sentences without naming anyone.
_NOT_NAMES = frozenset("""what who why how when where which whose key some most many few all no any each every
this that these those our my your their his her its we i you he she they it a an and but or for so yet if as
while although though because since after before one two three four five six seven eight nine ten dozens
hundreds thousands several other another such similar new last first next live updated related previously
photo read watch listen notes media press tags editorial analysis opinion update breaking there here on in at
by""".split())
# Heads of names that are no party: events, laws, documents ("The Korean War began in 1950").
_THING_HEADS = frozenset("""war wars crisis summit talks agreement accord act treaty law deal election elections
games cup championship conference festival olympics pandemic amendment bill plan programme program project
index report strategy rule rules directive regulation convention protocol constitution storm hurricane
cyclone typhoon earthquake flood fire day week year""".split())
# Verbs of a byline or biography ("Lauren Ochoa contributed reporting", "has covered Congress
# since 2011"): the scheme's bio lines are claim/NONE.
_BIO_VERBS = frozenset("contributed covered edited worked served taught studied reported wrote directed".split())
_MONTH_OR_DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|january|february|march|april|may|june|july|"
                       r"august|september|october|november|december", re.IGNORECASE)


def _is_verb_of_doing(words: list[str], present: bool, plural: bool) -> bool:
    """The words after a subject begin a verb phrase of action: a past tense, a perfect, a
    progressive, "will"/"did not"/"could not" + verb; a present tense only where ``present``
    (a headline's "fines", a caption's "take up positions"), since in running text it is
    mostly a state or a habit ("Norway supplies 30 percent")."""
    i = 0
    while i < len(words) and words[i].lower() in _ADVERBS:
        i += 1
    if i >= len(words):
        return False
    w = words[i].lower()
    nxt = [x.lower() for x in words[i + 1:i + 4] if x.lower() not in _ADVERBS or x.lower() == "not"]
    if w in _MODALS:
        if nxt[:1] == ["not"]:
            nxt = nxt[1:]
        return bool(nxt) and nxt[0].isalpha() and nxt[0] not in ("be", "have", "need", "afford")
    if w in ("has", "have", "had"):
        if not nxt:
            return False
        if nxt[0] == "until" and w != "had":
            return True  # "The county has until Sept. 8 to file": a deadline for its act
        if nxt[0] == "been":
            return len(nxt) > 1 and nxt[1].endswith("ing")
        if nxt[0] in _BIO_VERBS:
            return False
        return nxt[0] in _IRREGULAR_PARTICIPLE or (nxt[0].endswith("ed") and nxt[0] not in ("based", "aged"))
    if w in ("is", "are", "was", "were"):
        if len(nxt) > 1 and nxt[0] in _SCHEDULED and nxt[1] == "to":
            return True  # "is due to rule", "is scheduled to vote": a scheduled act (the guide's rule 13)
        return bool(nxt) and nxt[0].endswith("ing") and nxt[0] not in ("being", "going", "expecting", "running")
    if w in _STATES or not w.isalpha():
        return False
    if w in _BIO_VERBS:
        return False
    if w.endswith("ed") and present and nxt[:1] and nxt[0] in ("in", "by", "as", "over", "of", "for", "after"):
        return False  # a headline's participle: "X and Y locked in tight race", "Z hit by strike"
    if w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4):
        return True
    if not present:
        return False
    if plural:
        return not w.endswith("s") and nxt[:1] != ["of"]
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ings"))


def _name_end(words: list[str], i: int) -> int:
    """Index after the capitalised name starting at words[i] (links such as "of" inside)."""
    k = end = i
    while k < len(words):
        w = words[k]
        if w[:1].isupper() and not w.endswith(("'s", "’s", ":")):
            k += 1
            end = k
        elif w.lower() in _LINKS and end > i and k + 1 < len(words) and not _MONTH_OR_DAY.match(words[k + 1]) and (
                words[k + 1][:1].isupper() or (w == "and" and words[k + 1] in ("the", "The"))):
            k += 1
        else:
            break
    return end


def _known_single(word: str, known: frozenset[str]) -> bool:
    """A lone capitalised word that is a name: one the article has used, an acronym ("NATO",
    "E.U.") or a word capitalised inside ("SkyIndus")."""
    bare = word.strip(".")
    return (word.lower() in known or bool(re.fullmatch(r"(?:[A-Z]\.?){2,6}", word))
            or (len(bare) > 2 and not bare.isupper() and any(c.isupper() for c in bare[1:])))


def _group_after(words: list[str], k: int) -> int | None:
    """Index after "border guards" / "police officers" / "forces" at words[k] (at most two
    lowercase words before a word for a group of people), or None."""
    j = k
    while j < len(words) and j - k < 3 and words[j][:1].islower() and words[j].isalpha():
        if words[j] in _GROUPS:
            while j + 1 < len(words) and words[j + 1] in _GROUPS:
                j += 1
            return j + 1
        if words[j] in _STATES or words[j] in _MODALS:
            return None
        j += 1
    return None


def _group_of(words: list[str]) -> tuple[int, int] | None:
    """Word span of the organisation in "<people> from/of (the) <Organisation>" at the start
    ("Rescue workers from the Civil Protection Agency", "Members of the Farmers' Front")."""
    k = 0
    while k < len(words) and k < 3 and words[k].lower() not in _GROUPS and words[k].isalpha():
        k += 1
    if k >= len(words) - 2 or words[k].lower() not in _GROUPS or words[k + 1] not in ("from", "of", "with"):
        return None
    if any(w[:1].isupper() for w in words[1:k]) or words[0].lower() in _NOT_NAMES:
        return None
    s = k + 2 + (words[k + 2] in ("the", "The"))
    e = _name_end(words, s)
    return (s, e) if e > s else None


def acting_subject(text: str, known: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Character span of the party a claim shows acting (its main-clause subject), or None.

    "The Bank of Korea will raise rates" -> "The Bank of Korea"; "• SkyIndus grounded six
    A320s" -> "SkyIndus"; "Rescue workers from the Civil Protection Agency search the rubble"
    -> "Civil Protection Agency"; "The council voted on Monday" -> "The council" (a
    description, for the resolver to tie to the council named earlier).

    A lone capitalised word is a name only if it is in ``known`` (lowercased names the article
    has already used: "Greece adopted the euro" after Greece was named), an acronym ("NATO") or
    internally capitalised ("SkyIndus"): "Shipping lines", "Studies have found" and "What
    happens next?" start with capitals too.
    """
    pos = 0
    dated = False
    for pattern in (_BULLET, _KICKER, _DATELINE, _FRONTED):
        m = pattern.match(text, pos)
        if m:
            # "• September 2025: The authority opens ...": a timeline entry, told in the present
            dated = dated or (pattern is _KICKER and bool(_MONTH_OR_DAY.search(m.group()) or _YEAR.search(m.group())))
            pos = m.end()
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, pos)]
    words = [t[2] for t in tokens]
    if not words or words[0].lower() in _NOT_NAMES:
        return None
    headline = dated or not re.search(r"[.!?”\"’)]\s*$", text)
    group = _group_of(words)
    if group is not None:
        # "Rescue workers from the Civil Protection Agency search ...": the organisation acts
        s, e = group
        span, end, present, plural = (tokens[s][0], tokens[e - 1][1]), e, True, True
        while end < len(words) and words[end][:1].islower() and not _is_verb_of_doing(words[end:], True, True):
            end += 1  # "... from the Agency in Rabat search": skip a short place phrase
            if end - e > 3:
                return None
    else:
        the = 1 if words[0] in ("The", "the") else 0
        i = the
        if the and len(words) > 2 and words[1][:1].islower() and words[1].isalpha() and words[1] not in _LINKS \
                and words[1] not in _GROUPS and words[1] not in _NOT_MODIFIERS and words[2][:1].isupper():
            i = 2  # "the nationalist Fatherland Bloc", "the ruling Democratic Alliance"
        if i < len(words) and not words[i][:1].isupper():
            i = the
        end = _name_end(words, i)
        present, plural = headline, False
        if end > i:
            name = words[i:end]
            demonym = len(name) == 1 and _DEMONYM.match(name[0]) and _group_after(words, end) is not None
            if len(name) == 1 and not demonym and not _known_single(name[0], known):
                return None
            if name[0].lower() in _NOT_NAMES or name[-1].lower() in _THING_HEADS:
                return None
            span = (tokens[0][0] if i == the else tokens[i][0], tokens[end - 1][1])
            plural = "and" in name
            if demonym:
                # "Ukrainian forces", "Azerbaijani border guards": a demonym and a group of people
                end = _group_after(words, end)
                span = (tokens[i][0], tokens[end - 1][1])
                present, plural = True, True
            elif end < len(words) and words[end][:1].islower() and words[end].isalpha() and \
                    not _is_verb_of_doing(words[end:], present, plural) and words[end] not in _MODALS:
                return None  # "Veltra shares fell", "The Canadian dollar weakened": a thing
        elif the and i < len(words) and words[i].lower() in PARTY_NOUNS:
            end = i + 1
            span = (tokens[0][0], tokens[i][1])
            # "The operator, Transwell Rail, cut ...": the apposition names it
            if end + 2 < len(words) and words[end] == "," and words[end + 1][:1].isupper():
                k = _name_end(words, end + 1)
                if k < len(words) and words[k] == ",":
                    span = (tokens[end + 1][0], tokens[k - 1][1])
                    end = k + 1
        else:
            return None
    if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")" and words[end + 1].isupper():
        end += 3  # "Halden Region Public Health (HRPH) will open ..."
    if end < len(words) and words[end] == ",":
        # "Ilunga, 24, scored ...", "Whitcomb, who is seeking a third term, has used ...": a
        # short aside (no quotation, no second clause) before the main verb
        close = next((k for k in range(end + 1, min(len(words), end + 14))
                      if words[k] in (",", ";", ":", "“", "”", '"')), None)
        if close is not None and words[close] == "," and close > end + 1 \
                and not _ASIDE_SPEECH.intersection(words[end + 1:close]):  # "Reid, Price said, has ...": a frame
            end = close + 1
    if end >= len(words) or words[end] in (",", "(", ")"):
        return None  # an apposition or aside: the main verb is too far to read safely
    if not _is_verb_of_doing(words[end:], present, plural):
        return None
    return span


_FIRST_PERSON = re.compile(r"(?:I|We)(?:[’']\w+)?\s+\w")


def first_person_subject(text: str) -> bool:
    """The main clause's subject is the writer ("I milk 420 cows", "On a good night, I care for
    four patients"): outside quoted speech and transcripts, a claim about the writer's own
    actions or circumstances is held by AUTHOR (the guide's convention 4)."""
    pos = 0
    for pattern in (_BULLET, _FRONTED):
        m = pattern.match(text, pos)
        if m:
            pos = m.end()
    if _FIRST_PERSON.match(text, pos):
        return True
    # "For 11 years, I stood ...", "Today, for the first time, I ...": fronted phrases before a comma
    m = re.match(r"\s*[A-Z][^,;:“”\"]{0,60},\s+(?:[a-z][^,;:“”\"]{0,60},\s+)?", text)
    return bool(m) and bool(_FIRST_PERSON.match(text, m.end()))


_RECOMMENDATION = re.compile(r"\b(?:should|ought to)\b")
_OTHERS_VOICE = re.compile(r"[“”\"«»:]|\baccording to\b|\b(?:said|says|say|told|tells|wants?|wanted|demands?|demanded|"
                           r"insists?|insisted|argues?|argued|believes?|believed|reasoned|urged|urges|called|calls|"
                           r"warned|warns|added|adds|asked|position|view|proposal|plan|rules?)\b", re.IGNORECASE)


def writers_recommendation(text: str) -> bool:
    """A condition the writer recommends ("The council should approve the lease only with the
    amendment attached"): "should" or "ought to" with no quotation, reporting verb or party's
    stated position in the sentence. The guide's convention 3 holds it by AUTHOR."""
    kicker = _KICKER.match(text)  # "Our view: Tacoma should reject ..."
    body = text[kicker.end():] if kicker else text
    return bool(_RECOMMENDATION.search(body)) and not _OTHERS_VOICE.search(body)
