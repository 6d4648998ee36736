"""Split raw article text into sentence units with character offsets.

Line structure first (a headline, byline, caption, bio line or list item is its own line,
hence its own unit even without final punctuation), then pysbd inside each line: a
maintained rule-based splitter that knows abbreviations ("U.S.", "Gov.", "a.m.") and keeps
a quote with the sentence that carries it, which a home-made regex would not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Span:
    """A unit of text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def _find_sentences(sentences: list[str], text: str) -> list[tuple[int, int]]:
    """Where each sentence stands in ``text``, with its trailing whitespace, in order.

    The same search as pysbd's ``Segmenter.sentences_with_char_spans`` (non-overlapping
    occurrences of the sentence plus whitespace; the first that ends past the previous one),
    done with ``str.find``. pysbd compiles one regex per sentence for it; each is used once and
    pushes pysbd's own abbreviation patterns out of the ``re`` module's 512-entry cache, so
    those were recompiled again and again: 0.5 s of every 5 s of the fast model's end-to-end
    run went to compiling regexes.
    """
    found: list[tuple[int, int]] = []
    prior_end = 0
    for sent in sentences:
        pos = 0
        while (start := text.find(sent, pos)) >= 0:
            end = start + len(sent)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior_end:
                found.append((start, end))
                prior_end = end
                break
            pos = end if end > start else start + 1
    return found


# Letters that ``re.IGNORECASE`` matches to "i", "s" or "k" but ``str.lower`` leaves apart.
_FOLDED_ONLY_BY_RE = frozenset("\u0130\u0131\u017f\u212a")


def _abbreviations_before_a_period(probes: list[tuple[str, str]], line: str) -> list[str]:
    """The abbreviations pysbd's search can act on in ``line``, in its order.

    pysbd tries each of its 188 English abbreviations on every line: a case-insensitive
    ``findall`` for the word ("a", "al", "co" occur in almost any line), then a substitution
    that only ever replaces the period right after it. An abbreviation not followed by a
    period anywhere in the line therefore changes nothing, and skipping it gives the same
    text: 40% of segmentation time was those idle searches. Kept whatever the line: the
    abbreviations with a period inside ("e.g", "u.s"), which pysbd reads as a regex where "."
    is any character; and every abbreviation when the line has a letter ``re`` folds to i, s or
    k but ``str.lower`` does not (Turkish dotted I, long s, the Kelvin sign).

    ``probes`` pairs each abbreviation with what must occur in the lowercased line: the word
    and its period, or "" (found in any line) for one kept whatever the line.
    """
    if not _FOLDED_ONLY_BY_RE.isdisjoint(line):
        return [a for a, _ in probes]
    lowered = line.lower()
    return [a for a, probe in probes if probe in lowered]


@lru_cache(maxsize=1)
def _segmenter():
    from types import SimpleNamespace

    import pysbd
    from pysbd.lang.english import English
    from pysbd.utils import TextSpan

    probes = [(a, "" if "." in a else a.strip() + ".") for a in English.Abbreviation.ABBREVIATIONS]

    class _Replacer(English.AbbreviationReplacer):
        def search_for_abbreviations_in_string(self, text):  # noqa: D102 - see _abbreviations_before_a_period
            lang, table = self.lang, self.lang.Abbreviation
            self.lang = SimpleNamespace(Abbreviation=SimpleNamespace(
                ABBREVIATIONS=_abbreviations_before_a_period(probes, text),
                PREPOSITIVE_ABBREVIATIONS=table.PREPOSITIVE_ABBREVIATIONS,
                NUMBER_ABBREVIATIONS=table.NUMBER_ABBREVIATIONS))
            try:
                return super().search_for_abbreviations_in_string(text)
            finally:
                self.lang = lang

    class _English(English):
        AbbreviationReplacer = _Replacer

    class _Segmenter(pysbd.Segmenter):
        def sentences_with_char_spans(self, sentences):  # noqa: D102 - see _find_sentences
            text = self.original_text
            return [TextSpan(text[s:e], s, e) for s, e in _find_sentences(sentences, text)]

    # clean=False keeps the text byte-for-byte so offsets stay exact.
    segmenter = _Segmenter(language="en", clean=False)
    segmenter.language_module = _English
    return segmenter


# A safe place to cut a very long line before pysbd: sentence punctuation after a lowercase
# word of 3+ letters (so not "U.S." or "Gov."), then space and a capital or opening quote.
_SAFE_CUT = re.compile(r"(?<=[a-z]{3}[.!?])[\"”’]?\s+(?=[A-Z“\"])")
BLOCK_CHARS = 2000


def _blocks(line: str) -> list[str]:
    """A long line cut into ~BLOCK_CHARS pieces at safe sentence ends.

    pysbd's time grows faster than linearly with the length of its input (a 2,000-sentence
    paragraph takes 3x as long as two 1,000-sentence ones), so very long lines are cut first.
    """
    if len(line) <= 2 * BLOCK_CHARS:
        return [line]
    pieces, start = [], 0
    for m in _SAFE_CUT.finditer(line):
        if m.start() - start >= BLOCK_CHARS:
            pieces.append(line[start:m.start()])
            start = m.end()
    pieces.append(line[start:])
    return pieces


# Sentence punctuation with text after it: only then can a line hold two sentences.
_INNER_END = re.compile(r"[.!?…][\"'”’)\]]*\s")


def _split_line(line: str) -> list[str]:
    """Sentences of one line; pysbd is skipped when a line cannot hold two sentences (no
    sentence punctuation before its end: a headline, a byline, a one-sentence paragraph)."""
    if not _INNER_END.search(line):
        return [line]
    return [sent for block in _blocks(line) for sent in _segmenter().segment(block)]


def split_units(text: str) -> list[Span]:
    """Split ``text`` into units whose offsets cover it in order without overlap.

    Every non-blank character belongs to exactly one unit; whitespace between units is
    left out, so ``text[u.start:u.end] == u.text`` for each unit.
    """
    units: list[Span] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            first = len(units)
            base = offset + (len(line) - len(line.lstrip()))
            pos = 0
            stripped = line.strip()
            for sent in _split_line(stripped):
                piece = sent.strip()
                if not piece:
                    continue
                idx = stripped.find(piece, pos)
                if idx < 0:  # pysbd altered the text: fall back to the rest of the line
                    idx = pos
                    piece = stripped[pos:].strip()
                    if not piece:
                        break
                    idx = stripped.find(piece, pos)
                units.append(Span(base + idx, base + idx + len(piece), piece))
                pos = idx + len(piece)
            rest = stripped[pos:].strip()
            if rest:  # anything pysbd dropped is kept as a unit of its own
                idx = stripped.find(rest, pos)
                units.append(Span(base + idx, base + idx + len(rest), rest))
            units[first:] = _rejoin(text, units[first:])
        offset += len(line)
    return units


# A piece that cannot open a sentence: punctuation, or a lowercase word after a short
# abbreviation ("Sen. Dana Whitcombe, D-Ore." + ", said Tuesday ...", "approx." + "two ...").
_NO_START = re.compile(r"[,;:)\]]")
_ABBREVIATION_END = re.compile(r"(?:^|[\s(-])[A-Za-z]{1,5}\.$")


def _rejoin(text: str, units: list[Span]) -> list[Span]:
    """Units of one line, with pysbd's false breaks after abbreviations undone."""
    out: list[Span] = []
    for u in units:
        if out and (_NO_START.match(u.text) or (re.match(r"[a-z]+\b", u.text) and _ABBREVIATION_END.search(out[-1].text))):
            prev = out.pop()
            u = Span(prev.start, u.end, text[prev.start:u.end])
        out.append(u)
    return out
