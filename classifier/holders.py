"""Holder mentions: finding them in gold data, decoding them from the model, resolving them.

The model marks where in a sentence its holder is named ("The State Department", "they",
"the ministry"). Resolution then turns each mention into an actor string taken from the
text: a named mention gives its own (fullest) form; a pronoun or description resolves to
the actor it refers to, the most recent holder named earlier in the article; a unit with
an ACTOR holder but no mention of its own (a quote continuing over several sentences)
keeps the previous unit's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from classifier.scheme import AUTHOR, NONE, SPECIAL_HOLDERS, normalize_holder

SUBJECT_PRONOUNS = ("they", "he", "she", "we")
PRONOUNS = frozenset(SUBJECT_PRONOUNS + ("it", "i", "them", "him", "her", "us", "their", "his",
                                         "its", "our", "who"))
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass
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
        if found:
            spans.append(min(found, key=lambda s: (s[0], -(s[1] - s[0]))))
    if not spans and any(h not in SPECIAL_HOLDERS for h in holders):
        for pronoun in SUBJECT_PRONOUNS:
            hit = _find_form(text, pronoun)
            if hit:
                spans.append(hit)
                break
    return sorted(spans)


def decode_bio(tags: Sequence[int], offsets: Sequence[tuple[int, int]], text: str,
               probs: Sequence[float] | None = None) -> list[Mention]:
    """Turn per-token BIO tags (0=O, 1=B, 2=I) into mentions widened to whole words.

    A span that starts right after another one, with only whitespace between ("The" +
    "South Korean Supreme Court"), continues it: the tagger often re-opens a mention with B.
    ``probs`` (per token, P(B) + P(I)) gives each mention a score: the mean over its tokens.
    """
    spans: list[list] = []  # [start, end, [token probs]]
    for k, (tag, (s, e)) in enumerate(zip(tags, offsets)):
        if e <= s or tag == 0:
            continue
        p = probs[k] if probs is not None else 1.0
        joined = spans and text[spans[-1][1]:s].strip() == ""
        if spans and (tag == 2 or joined) and s - spans[-1][1] <= 1:
            spans[-1][1] = e
            spans[-1][2].append(p)
        else:
            spans.append([s, e, [p]])
    mentions: list[Mention] = []
    for s, e, ps in spans:
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".'’-"):
            s -= 1
        while e < len(text) and (text[e].isalnum() or text[e] in "'’-"):
            e += 1
        piece = text[s:e].strip(" ,;:\"'“”‘’()")
        if piece:
            s = text.find(piece, s)
            mentions.append(Mention(s, s + len(piece), piece, score=sum(ps) / len(ps)))
    return mentions


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


def is_reference(mention: str) -> bool:
    """A pronoun or a description ("the administration", "officials"), not a name."""
    words = _LEADING_THE.sub("", mention.strip()).split()
    if not words:
        return True
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    return not any(w[:1].isupper() for w in words)


_CONNECTORS = frozenset({"of", "for", "and", "on", "de", "du", "der", "al", "&"})


def display_form(mention: str) -> str:
    """A named mention as a holder string: the name itself, without a leading article,
    possessive, or the description before it ("E.U. tech commissioner Annika Roos" ->
    "Annika Roos", "The developer, Harbor Crest Partners" -> "Harbor Crest Partners"); a
    lowercase head stays ("U.K. government")."""
    text = _LEADING_THE.sub("", mention.strip())
    if "," in text:  # apposition: "Civic Union's leader, Prime Minister Ilze Bērziņa"
        parts = [p.strip() for p in text.split(",") if any(w[:1].isupper() for w in p.split())]
        text = parts[-1] if parts else text
    words = text.split()
    capital = [w[:1].isupper() or w[:1].isdigit() for w in words]
    if words and capital[-1] and not all(capital[i] or words[i].lower() in _CONNECTORS for i in range(len(words))):
        # Keep the last run of capitalised words (connectors such as "of" allowed inside).
        end = max(i for i, c in enumerate(capital) if c) + 1
        start = end - 1
        while start > 0 and (capital[start - 1] or (words[start - 1].lower() in _CONNECTORS and start > 1
                                                    and capital[start - 2])):
            start -= 1
        text = " ".join(words[start:end])
    return re.sub(r"['’]s$", "", text.strip(" ,;:"))


def split_coordinated(name: str) -> list[str]:
    """"White House and State Department" -> both names (the scheme lists coordinated holders
    separately); a single name with "and" inside ("Trinidad and Tobago") has a lowercase side
    only when it is not two names, so both sides must start with a capital."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", name)]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return parts
    return [name]


class HolderResolver:
    """Resolve the holders of an article's units in reading order (one resolver per article)."""

    def __init__(self) -> None:
        # Distinct names seen so far, most recent last: name -> (sentence id, normalised key).
        # Kept per actor, not per mention, so long articles stay linear.
        self.named: dict[str, tuple[int, str]] = {}
        self._longest: dict[str, str] = {}  # each word-suffix of a key -> longest name with it
        self.last_actor: list[ResolvedHolder] = []

    def _remember(self, name: str, sentence_id: int) -> None:
        key = normalize_holder(name)
        self.named.pop(name, None)
        self.named[name] = (sentence_id, key)
        words = key.split()
        for i in range(len(words)):
            suffix = " ".join(words[i:])
            if len(name) > len(self._longest.get(suffix, "")):
                self._longest[suffix] = name

    def _fullest(self, name: str) -> str:
        """The longest earlier name of the same actor ("Lopez" -> "Maria Lopez")."""
        best = self._longest.get(normalize_holder(name), name)
        return best if len(best) > len(name) else name

    def _antecedent(self, mention: str) -> tuple[str, int | None] | None:
        words = [w.lower() for w in _LEADING_THE.sub("", mention).split()]
        if words and words[-1] not in PRONOUNS:
            head = words[-1].rstrip("s")
            for name, (sid, key) in reversed(self.named.items()):
                if head and head in key:
                    return name, sid
        if self.last_actor:
            first = self.last_actor[0]
            return first.holder, first.antecedent_sentence_id or first.sentence_id
        for name, (sid, _) in reversed(self.named.items()):
            return name, sid
        return None

    def resolve(self, sentence_id: int, label: str, kind: str, mentions: list[Mention]) -> list[ResolvedHolder]:
        """Holders of one unit, given the predicted label, holder kind and mentions."""
        if label == "opinion" or kind == AUTHOR:
            return [ResolvedHolder(AUTHOR)]
        if kind == NONE:
            return [ResolvedHolder(NONE)]
        out: list[ResolvedHolder] = []
        for m in mentions:
            if is_reference(m.text):
                ante = self._antecedent(m.text)
                if ante is None:
                    continue
                out.append(ResolvedHolder(ante[0], m, sentence_id, ante[1]))
            else:
                for part in split_coordinated(display_form(m.text)):
                    name = self._fullest(part)
                    out.append(ResolvedHolder(name, m, sentence_id))
                    self._remember(name, sentence_id)
        if not out and self.last_actor:
            # No mention of its own: a continuing quote keeps its speaker.
            out = [ResolvedHolder(h.holder, None, None, h.antecedent_sentence_id or h.sentence_id)
                   for h in self.last_actor]
        seen: set[str] = set()
        unique = []
        for h in out:
            key = normalize_holder(h.holder)
            if key not in seen:
                seen.add(key)
                unique.append(h)
        if not unique:
            return [ResolvedHolder(NONE)]
        self.last_actor = unique
        return unique
