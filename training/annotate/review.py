"""Reviewing drafts: the order to review in, an interactive terminal review, and a Label
Studio round trip (export tasks + labeling config; import the annotated export).

Reviewed units become records with ``source: "reviewed"`` and the reviewer as ``annotator``;
units not reviewed yet keep their draft record, so a review file is always a complete
annotation file (header first, every unit) and a stopped review can be resumed.
"""

from __future__ import annotations

import difflib
import json
import shutil
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable
from xml.sax.saxutils import quoteattr

from classifier.errors import DataError, InputError, UserError
from classifier.encoding import neighbours
from classifier.records import iter_records, read_text_file, write_records
from classifier.scheme import (AUTHOR, LABELS, SPECIAL_HOLDERS, canonicalize_holder, is_header, normalize_holder,
                               validate_header, validate_unit)

UNIT_FIELDS = ("article_id", "sentence_id", "text", "label", "holders", "annotator", "source")


@dataclass
class Drafts:
    """An annotation/draft file in memory: headers by article, units in file order."""

    headers: dict[str, dict] = field(default_factory=dict)
    units: list[dict] = field(default_factory=list)

    def index(self) -> dict[tuple[str, int], int]:
        return {(u["article_id"], u["sentence_id"]): i for i, u in enumerate(self.units)}


def load_drafts(path: str | Path) -> Drafts:
    """Read a draft (or reviewed) JSONL file; every unit is checked against the scheme."""
    drafts = Drafts()
    seen: set[tuple[str, int]] = set()
    for where, rec in iter_records(path):
        if is_header(rec):
            validate_header(rec, where)
            drafts.headers[rec["article_id"]] = rec
            continue
        unit = validate_unit(rec, where)
        key = (unit.article_id, unit.sentence_id)
        if key in seen:
            raise DataError(f"{where}: unit {unit.sentence_id} of article {unit.article_id!r} is given twice")
        seen.add(key)
        drafts.units.append(rec)
    if not drafts.units:
        raise InputError(f"{path}: no units found")
    return drafts


# ----------------------------------------------------------------------------- ordering

def _holder_set(holders: Iterable[str] | None) -> set[str]:
    return {normalize_holder(h) for h in holders or []}


def disagreement(rec: dict) -> int:
    """2: the drafter's and the model's labels differ; 1: only the holders differ; 0: none
    (or no model prediction to compare with)."""
    if rec.get("model_label") is None:
        return 0
    if rec["label"] != rec["model_label"]:
        return 2
    if _holder_set(rec.get("holders")) != _holder_set(rec.get("model_holders")):
        return 1
    return 0


def uncertainty_key(rec: dict) -> tuple:
    """Sort key: disagreement first, then low confidence (unknown counts as 0), then the
    model's own confidence; reviewed units last."""
    conf = rec.get("confidence")
    mconf = rec.get("model_confidence")
    return (rec.get("source") == "reviewed", -disagreement(rec),
            conf if isinstance(conf, (int, float)) else 0.0,
            mconf if isinstance(mconf, (int, float)) else 1.0)


def review_order(units: list[dict]) -> list[int]:
    """Indices of ``units`` in review order (stable: ties keep file order)."""
    return sorted(range(len(units)), key=lambda i: (uncertainty_key(units[i]), i))


def context_of(units: list[dict], i: int, before: int = 2, after: int = 1) -> tuple[list[str], list[str]]:
    """Texts of up to ``before``/``after`` neighbouring units of the same article."""
    aid = units[i]["article_id"]
    prev, nxt = neighbours(units, i, before, after)
    return [u["text"] for u in prev if u["article_id"] == aid], [u["text"] for u in nxt if u["article_id"] == aid]


def context_text(units: list[dict], i: int) -> str:
    prev, nxt = context_of(units, i)
    return "\n".join([*prev, f">>> {units[i]['text']}", *nxt])


# ------------------------------------------------------------------------------ records

def reviewed_record(rec: dict, label: str, holders: list[str], annotator: str) -> dict:
    out = {"article_id": rec["article_id"], "sentence_id": rec["sentence_id"], "text": rec["text"],
           "label": label, "holders": list(holders), "annotator": annotator, "source": "reviewed"}
    validate_unit(out, f"{rec['article_id']}:{rec['sentence_id']}")
    return out


def canonical_holders(holders: list[str], header: dict | None) -> list[str]:
    """Reviewer's spellings mapped to the header's actors (alias lists); AUTHOR/NONE by any case.

    Matching is that of :func:`classifier.scheme.normalize_holder` (case, dots, a leading title or
    "the", possessive "'s"); a name that matches no actor is kept as typed."""
    actors = (header or {}).get("actors", {}) or {}
    out = []
    for h in holders:
        h = h.strip()
        special = next((s for s in SPECIAL_HOLDERS if h.upper() == s), None)
        h = special or canonicalize_holder(h, actors)
        if h and h not in out:
            out.append(h)
    return out


def new_actors(holders: list[str], header: dict | None) -> list[str]:
    """The holders (already canonical) that are neither AUTHOR/NONE nor actors of ``header``."""
    actors = (header or {}).get("actors", {}) or {}
    return [h for h in holders if h not in SPECIAL_HOLDERS and h not in actors]


def similar_actors(name: str, header: dict | None) -> list[str]:
    """Actors of ``header`` that ``name`` may abbreviate or misspell ("Fed" -> "Federal Reserve"):
    a name or alias starting with it, containing it as a word, or close to it."""
    key = normalize_holder(name)
    if not key:
        return []
    out = []
    for actor, aliases in ((header or {}).get("actors", {}) or {}).items():
        forms = [normalize_holder(f) for f in [actor, *aliases]]
        if any(f.startswith(key) or key in f.split() or difflib.SequenceMatcher(None, key, f).ratio() >= 0.8
               for f in forms if f):
            out.append(actor)
    return out


def merge_reviewed(drafts: Drafts, reviewed: Iterable[dict], where: str) -> int:
    """Put reviewed records in place of their drafts; returns how many were merged."""
    index = drafts.index()
    n = 0
    for rec in reviewed:
        key = (rec["article_id"], rec["sentence_id"])
        if key not in index:
            raise DataError(f"{where}: unit {key[1]} of article {key[0]!r} is not in the drafts")
        draft = drafts.units[index[key]]
        if draft["text"] != rec["text"]:
            raise DataError(f"{where}: text of unit {key[1]} of article {key[0]!r} differs from the drafts")
        drafts.units[index[key]] = rec
        n += 1
    return n


def output_records(drafts: Drafts) -> list[dict]:
    """Header + units per article, in file order; every named holder is made an actor."""
    out: list[dict] = []
    order: list[str] = []
    by_article: dict[str, list[dict]] = {}
    for u in drafts.units:
        if u["article_id"] not in by_article:
            order.append(u["article_id"])
            by_article[u["article_id"]] = []
        by_article[u["article_id"]].append(u)
    for aid in order:
        header = dict(drafts.headers.get(aid) or {"article_id": aid, "title": None, "author": None})
        actors = {k: list(v) for k, v in (header.get("actors") or {}).items()}
        for u in by_article[aid]:
            for h in u["holders"]:
                if h not in SPECIAL_HOLDERS and h not in actors:
                    actors[h] = [h]
        header["actors"] = actors
        out.append(header)
        out.extend(by_article[aid])
    return out


def write_review(path: str | Path, drafts: Drafts) -> None:
    """Write the review file (atomically): headers and units, as :func:`output_records`."""
    write_records(path, output_records(drafts))


# --------------------------------------------------------------------------- interactive

HELP = ("Enter = accept the draft | a label (full name, unique prefix like 'cond'/'att'/'op'/'cl', "
        "or 1-4) | 'label | holder; holder' to set both | '| holder; holder' to change holders only | "
        "m = take the model's prediction | s = skip | q = save and stop | ? = this help")


def parse_label(text: str) -> str:
    t = text.strip().lower()
    if t.isdigit() and 1 <= int(t) <= len(LABELS):
        return LABELS[int(t) - 1]
    matches = [label for label in LABELS if label.startswith(t)] if t else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValueError(f"unknown label {text.strip()!r} (one of {', '.join(LABELS)}, or 1-4)")
    raise ValueError(f"{text.strip()!r} is ambiguous ({' / '.join(matches)}): type more letters")


def parse_holders(text: str) -> list[str]:
    sep = ";" if ";" in text else ","
    return [h.strip() for h in text.split(sep) if h.strip()]


def apply_answer(answer: str, rec: dict, header: dict | None) -> tuple[str, list[str]] | None:
    """(label, holders) for a typed correction; None means accept. Raises ValueError."""
    answer = answer.strip()
    if not answer:
        return None
    label_part, bar, holder_part = answer.partition("|")
    label = parse_label(label_part) if label_part.strip() else rec["label"]
    if bar:
        holders = canonical_holders(parse_holders(holder_part), header)
        if not holders:
            raise ValueError("no holders given after '|'")
    elif label == "opinion":
        holders = [AUTHOR]
    else:
        holders = list(rec["holders"])
    return label, holders


def _width() -> int:
    """Terminal width for wrapping (``COLUMNS`` first, then the terminal, else 80)."""
    return max(20, shutil.get_terminal_size((80, 24)).columns)


def _wrap(text: str, first: str = "  ", rest: str | None = None, width: int | None = None) -> str:
    """``text`` wrapped at word boundaries to the terminal width, with ``first``/``rest`` indents."""
    return textwrap.fill(" ".join(text.split()), width=width or _width(), initial_indent=first,
                         subsequent_indent=first if rest is None else rest, break_on_hyphens=False,
                         break_long_words=True)


def _verdict(label: str, holders: list[str], conf: object = None) -> str:
    return f"{label} [{', '.join(holders)}]" + (f" {conf:.2f}" if isinstance(conf, (int, float)) else "")


def _show(rec: dict, units: list[dict], i: int, pos: int, total: int, out: IO) -> None:
    prev, nxt = context_of(units, i)
    conf = rec.get("confidence")
    source = rec.get("source") or "draft"
    draft = f"{source}: {rec['label']} [{', '.join(rec['holders'])}]" \
        + (f" conf {conf:.2f}" if isinstance(conf, (int, float)) else "")
    model = ""
    # A model-drafted unit: the model's prediction is the draft itself, shown once.
    if rec.get("model_label") is not None and source != "model":
        model = f" | model: {_verdict(rec['model_label'], list(rec.get('model_holders') or []), rec.get('model_confidence'))}"
    flag = {2: "  (label disagreement)", 1: "  (holder disagreement)"}.get(disagreement(rec), "") \
        if source != "model" else ""
    print(f"\n[{pos}/{total}] {rec['article_id']} #{rec['sentence_id']}{flag}", file=out)
    for t in prev:
        print(_wrap(t, "    "), file=out)
    print(_wrap(rec["text"], "  > ", "    "), file=out)
    for t in nxt:
        print(_wrap(t, "    "), file=out)
    print(_wrap(f"{draft}{model}", "  ", "      "), file=out)


def _change_line(rec: dict, label: str, holders: list[str]) -> str:
    """One line saying what a decision changed (or that the draft was kept)."""
    sid = rec["sentence_id"]
    changes = []
    if label != rec["label"]:
        changes.append(f"label {rec['label']} -> {label}")
    if list(holders) != list(rec["holders"]):
        changes.append(f"holders [{', '.join(rec['holders'])}] -> [{', '.join(holders)}]")
    if not changes:
        return f"kept #{sid}: {label} [{', '.join(holders)}]"
    return f"changed #{sid}: " + "; ".join(changes)


def _confirm_new_actors(names: list[str], header: dict | None, input_fn: Callable[[str], str], out: IO) -> bool:
    """Ask (y/n) before each name that is not an actor of the article becomes one."""
    for name in names:
        like = similar_actors(name, header)
        hint = f" (did you mean {' or '.join(repr(a) for a in like)}?)" if like else ""
        print(_wrap(f"{name!r} is not an actor of this article{hint}", "  ", "    "), file=out)
        while True:
            try:
                reply = input_fn(f"  add {name!r} as a new actor? [y/n] ")
            except (EOFError, KeyboardInterrupt):
                reply = "n"
            reply = reply.strip().lower()
            if reply in ("y", "yes"):
                break
            if reply in ("n", "no", ""):
                print(_wrap("not added: type the answer again (known actors: "
                            + ", ".join((header or {}).get("actors", {}) or {}) + ")", "  ", "    "), file=out)
                return False
    return True


def interactive_review(drafts: Drafts, annotator: str, input_fn: Callable[[str], str] | None = None,
                       out: IO | None = None) -> tuple[int, bool]:
    """Review units in :func:`review_order`, updating ``drafts`` in place.

    Returns (units reviewed now, whether the reviewer stopped early with q / end of input /
    Ctrl-C). Units already reviewed are skipped.
    """
    out = out or sys.stdout
    input_fn = input_fn or input  # looked up now, so a patched builtins.input is used
    units = drafts.units
    todo = [i for i in review_order(units) if units[i].get("source") != "reviewed"]
    done = 0
    print(_wrap(f"{len(todo)} unit(s) to review. {HELP}", "", "  "), file=out)
    for pos, i in enumerate(todo, start=1):
        rec = units[i]
        header = drafts.headers.get(rec["article_id"])
        _show(rec, units, i, pos, len(todo), out)
        while True:
            try:
                answer = input_fn("label? ")
            except (EOFError, KeyboardInterrupt):
                return done, True
            cmd = answer.strip().lower()
            if cmd in ("q", "quit"):
                return done, True
            if cmd in ("?", "h", "help"):
                print(_wrap(HELP, "", "  "), file=out)
                continue
            if cmd in ("s", "skip"):
                break
            try:
                if cmd == "m":
                    if rec.get("model_label") is None:
                        raise ValueError("no model prediction for this unit")
                    choice = (rec["model_label"], canonical_holders(list(rec.get("model_holders") or []), header))
                    added = []
                else:
                    choice = apply_answer(answer, rec, header)
                    added = new_actors(choice[1], header) if choice is not None and "|" in answer else []
                label, holders = choice if choice is not None else (rec["label"], rec["holders"])
                new = reviewed_record(rec, label, holders, annotator)
            except (ValueError, UserError) as exc:
                print(_wrap(f"! {getattr(exc, 'message', exc)}", "  ", "    "), file=out)
                continue
            if added:
                if not _confirm_new_actors(added, header, input_fn, out):
                    continue
                if header is None:
                    header = drafts.headers[rec["article_id"]] = {"article_id": rec["article_id"], "title": None,
                                                                 "author": None, "actors": {}}
                actors = header.setdefault("actors", {})
                for name in added:
                    actors[name] = [name]
                print(_wrap(f"added actor{'s' if len(added) > 1 else ''} " + ", ".join(repr(a) for a in added),
                            "  ", "    "), file=out)
            units[i] = new
            print(_wrap(_change_line(rec, label, holders), "  ", "    "), file=out)
            done += 1
            break
    return done, False


# -------------------------------------------------------------------------- Label Studio

def labelstudio_config() -> str:
    """The labeling config (XML) matching :func:`labelstudio_tasks`."""
    choices = "\n".join(f"    <Choice value={quoteattr(label)}/>" for label in LABELS)
    return f"""<View>
  <Header value="$article_id #$sentence_id"/>
  <Text name="context" value="$context"/>
  <Header value="Unit to label"/>
  <Text name="text" value="$text"/>
  <Choices name="label" toName="text" choice="single" showInline="true" required="true">
{choices}
  </Choices>
  <Header value="Holders: one per line (actor in its fullest form, or AUTHOR, or NONE)"/>
  <TextArea name="holders" toName="text" editable="true" required="true" rows="2"/>
</View>
"""


def labelstudio_tasks(drafts: Drafts) -> list[dict]:
    """One task per unit, in review order, with the draft as a prediction."""
    units = drafts.units
    tasks = []
    for i in review_order(units):
        rec = units[i]
        data = {"text": rec["text"], "article_id": rec["article_id"], "sentence_id": rec["sentence_id"],
                "context": context_text(units, i), "draft_label": rec["label"],
                "draft_holders": list(rec["holders"]), "draft_source": rec.get("source"),
                "confidence": rec.get("confidence"), "model_label": rec.get("model_label"),
                "model_holders": rec.get("model_holders"), "disagreement": disagreement(rec)}
        pred = {"model_version": str(rec.get("annotator") or rec.get("source") or "draft"),
                "result": [
                    {"from_name": "label", "to_name": "text", "type": "choices",
                     "value": {"choices": [rec["label"]]}},
                    {"from_name": "holders", "to_name": "text", "type": "textarea",
                     "value": {"text": list(rec["holders"])}},
                ]}
        if isinstance(rec.get("confidence"), (int, float)):
            pred["score"] = rec["confidence"]
        tasks.append({"data": data, "predictions": [pred]})
    return tasks


def export_labelstudio(drafts: Drafts, path: str | Path) -> Path:
    """Write the tasks JSON to ``path`` and the labeling config next to it (``.xml``)."""
    from classifier.files import atomic_writer

    path = Path(path)
    config = path.with_suffix(".xml") if path.suffix.lower() != ".xml" else path.with_name(path.stem + ".config.xml")
    with atomic_writer(path) as handle:
        json.dump(labelstudio_tasks(drafts), handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    with atomic_writer(config) as handle:
        handle.write(labelstudio_config())
    return config


def _completed_by(ann: dict) -> str | None:
    who = ann.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("id")
    return None if who is None else str(who)


def _from_result(result: list) -> tuple[str | None, list[str] | None]:
    label = holders = None
    for item in result or []:
        if not isinstance(item, dict):
            continue
        value = item.get("value") or {}
        if item.get("type") == "choices" and item.get("from_name", "label") == "label":
            choices = value.get("choices") or []
            label = choices[0] if choices else None
        elif item.get("type") == "textarea" and item.get("from_name", "holders") == "holders":
            text = value.get("text")
            text = [text] if isinstance(text, str) else (text or [])
            holders = [h.strip() for t in text for h in str(t).replace(";", "\n").splitlines() if h.strip()]
    return label, holders


def _min_holders(value) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    return [h.strip() for t in items for h in str(t).replace(";", "\n").splitlines() if h.strip()]


def import_labelstudio(path: str | Path, drafts: Drafts, annotator: str | None = None) -> list[dict]:
    """Reviewed records from a Label Studio export (JSON, or JSON-MIN) of our tasks.

    Per task the latest annotation that was not cancelled counts; tasks without one are
    left as drafts. Holders the annotator did not fill in fall back to the draft's.
    """

    try:
        tasks = json.loads(read_text_file(path))
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not a Label Studio JSON export ({exc.msg})") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise DataError(f"{path}: expected a list of tasks")
    index = drafts.index()
    out: list[dict] = []
    problems: list[str] = []
    for n, task in enumerate(tasks):
        if not isinstance(task, dict):
            problems.append(f"task {n}: not an object")
            continue
        data = task.get("data") if isinstance(task.get("data"), dict) else task  # JSON-MIN is flat
        tid = task.get("id", n)
        if "annotations" in task or "data" in task:
            anns = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
            if not anns:
                continue
            ann = max(enumerate(anns), key=lambda p: (str(p[1].get("updated_at") or p[1].get("created_at") or ""), p[0]))[1]
            label, holders = _from_result(ann.get("result"))
            who = annotator or (f"labelstudio:{_completed_by(ann)}" if _completed_by(ann) else "labelstudio")
        else:
            label = data.get("label")
            label = label[0] if isinstance(label, list) and label else label
            holders = _min_holders(data.get("holders"))
            if label is None and holders is None:
                continue
            who = annotator or (f"labelstudio:{data['annotator']}" if data.get("annotator") else "labelstudio")
        aid, sid = data.get("article_id"), data.get("sentence_id")
        if isinstance(sid, str) and sid.isdigit():
            sid = int(sid)
        key = (aid, sid)
        if key not in index:
            problems.append(f"task {tid}: unit {sid} of article {aid!r} is not in the drafts")
            continue
        draft = drafts.units[index[key]]
        if data.get("text") != draft["text"]:
            problems.append(f"task {tid}: text differs from the drafts' unit {sid} of {aid!r}")
            continue
        if label is None:
            problems.append(f"task {tid} ({aid} #{sid}): no label chosen")
            continue
        if holders is None or not holders:
            holders = [AUTHOR] if label == "opinion" else list(draft["holders"])
        holders = canonical_holders(holders, drafts.headers.get(aid))
        try:
            out.append(reviewed_record(draft, label, holders, who))
        except UserError as exc:
            problems.append(f"task {tid}: {exc.message}")
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise DataError(f"{path}: " + "; ".join(problems[:5]) + more)
    return out
