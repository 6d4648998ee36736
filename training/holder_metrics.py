"""Holder metrics as a user sees holders: exact names, well-formed strings, by kind and mention.

``holder_accuracy`` (in :mod:`training.metrics`) is lenient: it strips titles before
matching, so "Secretary Blinken" = "Blinken". Users read the string itself, so this module
adds two stricter figures:

- **exact holder accuracy**: every predicted holder equals a name or alias of a gold holder
  after light normalisation only (case, a leading "the", a possessive, dots: "U.S." = "US");
  no title stripping, no containment ("Antony" is not "Antony Blinken");
- **well-formedness**: the share of predicted actor strings (not AUTHOR/NONE) that are a name
  or alias of some actor of the article: fragments such as "The", "White" or half a name fail.

Both are broken down by gold holder kind (ACTOR, AUTHOR, NONE) and by how the gold holder is
mentioned in the unit (name, description, pronoun, or no mention at all).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from classifier.scheme import SPECIAL_HOLDERS, holder_kind

PRONOUN_FORMS = frozenset("he she they it we i his her their its our them him us who".split())


def light_normalize(name: str) -> str:
    """Case, a leading "the", a trailing possessive, dots and surrounding punctuation only."""
    text = name.strip().replace("\u2019", "'")
    text = re.sub(r"'s$", "", text)
    text = text.replace(".", "")
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^[^\w]+|[^\w]+$", "", text)
    return re.sub(r"\s+", " ", text).lower()


def _forms(actor: str, actors: dict[str, list[str]]) -> set[str]:
    return {light_normalize(x) for x in [actor, *actors.get(actor, [])] if x.strip()}


def exact_match(gold: Sequence[str], pred: Sequence[str], actors: dict[str, list[str]]) -> bool:
    """Same number of holders and each predicted one names a distinct gold holder exactly."""
    if len(gold) != len(pred):
        return False
    left = [({g} if g in SPECIAL_HOLDERS else _forms(g, actors)) for g in gold]
    for p in pred:
        key = p if p in SPECIAL_HOLDERS else light_normalize(p)
        hit = next((i for i, forms in enumerate(left) if key in forms), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def well_formed(name: str, actors: dict[str, list[str]]) -> bool:
    """A predicted actor string is a name or alias the article uses for one of its actors."""
    key = light_normalize(name)
    return any(key in _forms(a, actors) for a in actors)


def mention_type(text: str, holders: Sequence[str], actors: dict[str, list[str]]) -> str:
    """How the gold holder is referred to in the unit: name, description, pronoun or none.

    AUTHOR and NONE holders have no mention ("n/a"); for several holders the first decides.
    """
    named = [h for h in holders if h not in SPECIAL_HOLDERS]
    if not named:
        return "n/a"
    forms = sorted({named[0], *actors.get(named[0], [])}, key=len, reverse=True)
    for form in forms:
        if form.strip() and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.IGNORECASE):
            words = re.sub(r"^(the|a|an)\s+", "", form.strip(), flags=re.IGNORECASE).split()
            if len(words) == 1 and words[0].lower() in PRONOUN_FORMS:
                return "pronoun"
            return "name" if any(w[:1].isupper() for w in words) else "description"
    lowered = f" {text.lower()} "
    if any(f" {p} " in lowered for p in ("he", "she", "they", "we", "i")):
        return "pronoun"
    return "none"


def holder_report(gold_units: Sequence[dict], pred_units: Sequence[dict]) -> dict:
    """Exact accuracy and well-formedness overall, by gold holder kind and by mention type.

    ``gold_units`` carry ``text``, ``holders`` and the article's ``actors``; predictions carry
    ``holders`` (and optionally ``holder_mentions`` is ignored: this judges strings).
    """
    from training.metrics import holder_keys

    totals: dict[str, dict[str, list[int]]] = {"kind": defaultdict(lambda: [0, 0, 0]),
                                              "mention": defaultdict(lambda: [0, 0, 0])}
    wf_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    exact = 0
    wf_ok = wf_n = 0
    bad_strings: dict[str, int] = defaultdict(int)
    for g, p in zip(gold_units, pred_units):
        actors = g.get("actors", {})
        ok = exact_match(g["holders"], p["holders"], actors)
        exact += ok
        kind = holder_kind(list(g["holders"]))
        mtype = mention_type(g["text"], g["holders"], actors)
        lenient = holder_keys(g["holders"], actors) == holder_keys(p["holders"], actors)
        for table, key in ((totals["kind"], kind), (totals["mention"], mtype)):
            table[key][0] += ok
            table[key][1] += 1
            table[key][2] += lenient
        for h in p["holders"]:
            if h in SPECIAL_HOLDERS:
                continue
            good = well_formed(h, actors)
            wf_ok += good
            wf_n += 1
            wf_by[mtype][0] += good
            wf_by[mtype][1] += 1
            if not good:
                bad_strings[h] += 1
    n = len(gold_units)

    def table(t: dict[str, list[int]]) -> dict:
        return {k: {"exact": v[0] / v[1] if v[1] else 0.0, "lenient": v[2] / v[1] if v[1] else 0.0,
                    "n": v[1]} for k, v in sorted(t.items())}

    def wf_table(t: dict[str, list[int]]) -> dict:
        return {k: {"well_formed": ok / tot if tot else 0.0, "n": tot} for k, (ok, tot) in sorted(t.items())}

    return {
        "exact_holder_accuracy": exact / n if n else 0.0,
        "well_formed": wf_ok / wf_n if wf_n else 1.0,
        "predicted_actor_strings": wf_n,
        "by_kind": table(totals["kind"]),
        "by_mention": table(totals["mention"]),
        "well_formed_by_mention": wf_table(wf_by),
        "malformed_examples": sorted(bad_strings.items(), key=lambda kv: -kv[1])[:15],
    }
