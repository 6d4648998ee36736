"""The ONNX graph of a model folder: exported once with torch, then run without it.

Why: on two CPU cores importing torch takes 2.3-3.3 s, more than labelling an article, so a
cold ``stance predict`` cannot start in 2.5 s on torch. ONNX Runtime runs the same forward
pass (encoder and the three heads; outputs equal to torch's within 1e-4, checked by
``tests/classifier/test_runners.py``) with numpy and the Rust tokenizer alone, and its fused
CPU kernels are faster as well.

The graph is derived data, like the reassembled all-mpnet-base-v2 folder
(:mod:`classifier.encoders`): exported on first use into ``cache_dir()/onnx/<key>/`` and
found there by a key that changes whenever an input changes: the model folder's files (not
its card), the base encoder's files (large ones by size and their first and last MiB, the
rest whole), the code the graph is traced from, and the onnxruntime version. Export needs
torch and ``onnx``; reading needs neither. Each precision's graph is written into a
temporary folder renamed into place, under a lock so that processes starting together (Ray
actors) export once; an interrupted export leaves nothing half-written behind.

The weights are stored beside the graph (ONNX "external data"), which ONNX Runtime maps
into memory instead of parsing: the default model's session opens in about 0.2 s instead of
0.4-0.8 s.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from classifier.encoders import cache_dir, resolve_base

EXPORT_VERSION = "3"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OUTPUTS = ("label_logits", "kind_logits", "span_logits")
PRECISIONS = ("fp32", "int8")
GRAPH_NAME = "model.onnx"
WEIGHTS_NAME = "model.onnx.data"
OPSET = 17
_HASH_WHOLE = 32 << 20  # files up to this size are keyed by their whole content
_SAMPLE = 1 << 20  # larger ones (encoder weights) by size and their first and last MiB
# The code the graph is traced from: a fix there must not leave an old graph in use.
_FORWARD_CODE = ("model.py", "fast_bert.py", "fast_mpnet.py", "encoders.py", "onnx_graph.py")


def supports(config: dict[str, Any]) -> bool:
    """Whether the graph can serve this model: joint windows (``unit_index``, a pooling whose
    shape depends on the data) stay on torch."""
    return int(config.get("joint_units", 0)) == 0


def _inputs_of(folder: Path, config: dict[str, Any]) -> list[Path]:
    """Every file the exported graph is computed from (not the model card)."""
    files = [p for p in folder.iterdir() if p.is_file() and p.name != "README.md"]
    if config.get("adapter") == "lora":
        base = Path(resolve_base(str(config["base_model"])))
        if base.is_dir():
            files += [p for p in base.iterdir() if p.is_file()]
    elif (folder / "encoder").is_dir():
        files += [p for p in (folder / "encoder").iterdir() if p.is_file()]
    here = Path(__file__).parent
    return sorted(files) + [here / name for name in _FORWARD_CODE]


def _content_digest(path: Path, memo: dict[str, str]) -> bytes:
    """A file's content hash: whole for small files; for large ones (hundreds of MB of
    weights) their first and last MiB, which a retrained or different encoder changes while a
    copy (pip, Ray, a backup) does not. Reading those from a cold disk costs a start-up about
    0.2 s, so large files' digests are remembered by path, size and mtime (``memo``)."""
    stat = path.stat()
    if stat.st_size <= _HASH_WHOLE:
        return hashlib.sha256(path.read_bytes()).digest()
    seen = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    if seen not in memo:
        with path.open("rb") as fh:
            head = fh.read(_SAMPLE)
            fh.seek(stat.st_size - _SAMPLE)
            memo[seen] = hashlib.sha256(head + fh.read(_SAMPLE)).hexdigest()
    return bytes.fromhex(memo[seen])


def _memo_file() -> Path:
    return cache_dir() / "onnx" / "large-file-digests.json"


def _read_memo() -> dict[str, str]:
    try:
        return json.loads(_memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_memo(memo: dict[str, str]) -> None:
    """Best effort: a cache that cannot be written only costs the next start the reading."""
    target = _memo_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".digests-", dir=str(target.parent))
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(dict(list(memo.items())[-256:]), fh)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError:
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def graph_key(folder: Path, config: dict[str, Any]) -> str:
    """The cache key of a model folder's graph (see the module docstring)."""
    import onnxruntime

    h = hashlib.sha256(f"{EXPORT_VERSION}|{onnxruntime.__version__}|{config.get('base_model')}".encode())
    memo = _read_memo()
    known = dict(memo)
    for path in _inputs_of(folder, config):
        h.update(f"|{path.name}|{path.stat().st_size}|".encode() + _content_digest(path, memo))
    if memo != known:
        _write_memo(memo)
    return h.hexdigest()[:24]


def graph_path(folder: Path, config: dict[str, Any], precision: str) -> Path:
    """Where the graph of ``folder`` at ``precision`` lives (whether or not it exists yet)."""
    if precision not in PRECISIONS:
        raise ValueError(f"no ONNX graph at precision {precision!r} ({', '.join(PRECISIONS)})")
    return cache_dir() / "onnx" / graph_key(folder, config) / precision / GRAPH_NAME


def ensure_graph(folder: Path, config: dict[str, Any], precision: str, path: Path | None = None) -> Path:
    """The graph's path (``path``, when the caller has it), exported (and for int8 quantized)
    first if it is not cached yet."""
    path = path or graph_path(folder, config, precision)
    if path.exists():
        return path
    path.parent.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path.parent.parent / ".lock"):
        if path.exists():  # another process made it while this one waited
            return path
        if sys.stderr.isatty():
            print(f"preparing {folder}'s ONNX graph ({precision}), once: it is cached in {path.parent.parent}",
                  file=sys.stderr)
        fp32 = path.parent.parent / "fp32" / GRAPH_NAME
        if not fp32.exists():
            _write_folder(fp32.parent, lambda out: export_graph(folder, out))
        if precision == "int8":
            _write_folder(path.parent, lambda out: quantize_graph(fp32, out))
    return path


@contextmanager
def _locked(lock: Path) -> Iterator[None]:
    """An exclusive lock on ``lock`` (POSIX ``flock``; elsewhere none, and the atomic rename
    of :func:`_write_folder` still keeps the cache whole)."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_folder(target: Path, write) -> None:
    """Run ``write(folder)`` on a temporary folder beside ``target``, then rename it into place
    (if another process got there first, its folder is kept)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=str(target.parent)))
    try:
        write(tmp)
        # mkdtemp and the writers make owner-only files; a shared cache (a container warmed
        # as root, read by a user) needs the usual permissions, as any cache file has
        umask = _umask()
        for item in [tmp, *tmp.iterdir()]:
            item.chmod((0o777 if item.is_dir() else 0o666) & ~umask)
        try:
            tmp.rename(target)
        except OSError:
            if not (target / GRAPH_NAME).exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _save_with_external_weights(source: Path, out: Path) -> None:
    """Re-save the graph at ``source`` as ``out/model.onnx`` with its weights in one file beside it."""
    import onnx

    model = onnx.load(str(source))
    onnx.save_model(model, str(out / GRAPH_NAME), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=WEIGHTS_NAME, size_threshold=1024)


def export_graph(folder: Path, out: Path) -> None:
    """Export the model in ``folder`` (LoRA merged, lean encoder) as an ONNX graph into ``out``.

    The TorchScript exporter (``dynamo=False``) traces one small batch; batch size and length
    are dynamic axes. It needs the ``onnx`` package but none of the dynamo exporter's.
    """
    import torch

    from classifier.model import load_model

    model, _, _ = load_model(folder)

    class Logits(torch.nn.Module):
        """The model's three logit tensors as a tuple, the form the exporter traces."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return tuple(out[name] for name in OUTPUTS)

    ids = torch.tensor([[5, 6, 7, 8, 9], [5, 6, 7, 1, 1]], dtype=torch.long)
    att = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.long)
    tti = torch.tensor([[0, 0, 0, 0, 0], [0, 0, 0, 1, 1]], dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    axes.update(label_logits={0: "batch"}, kind_logits={0: "batch"}, span_logits={0: "batch", 1: "tokens"})
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # tracer and deprecation notices, not errors
        torch.onnx.export(Logits().eval(), (ids, att, tti), str(out / "traced.onnx"), input_names=list(INPUTS),
                          output_names=list(OUTPUTS), dynamic_axes=axes, opset_version=OPSET,
                          dynamo=False, do_constant_folding=True)
    _save_with_external_weights(out / "traced.onnx", out)
    (out / "traced.onnx").unlink()


def quantize_graph(source: Path, out: Path) -> None:
    """Dynamic int8 of the graph at ``source``'s weight matrix products, into ``out``.

    Per-channel weight scales, because MPNet's feed-forward weights differ by channel (see
    :mod:`classifier.quantize`), and ``reduce_range`` (7-bit weights), because on CPUs without
    VNNI ONNX Runtime multiplies uint8 activations by int8 weights with pairwise sums that
    saturate at 16 bits. Without it the per-channel graph agreed with fp32 on 37% of dev labels;
    with it, on 98.1% of labels, 99.0% of holder kinds and 99.65% of span tags (default model,
    477 dev units). The word-embedding lookup stays fp32 (only ``MatMul`` is quantized), and
    so do the products :func:`kept_fp32_nodes` names.
    """
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # its advice to pre-process is for CNNs
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantize_dynamic(str(source), str(out / "quantized.onnx"), per_channel=True, reduce_range=True,
                             weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                             nodes_to_exclude=kept_fp32_nodes(source))
    finally:
        logging.getLogger().setLevel(quiet)
    _save_with_external_weights(out / "quantized.onnx", out)
    (out / "quantized.onnx").unlink()


def kept_fp32_nodes(source: Path) -> list[str]:
    """Names of the matrix products int8 leaves in fp32: the three heads, and the first layer's
    feed-forward down-projection.

    Why that one: its input (the first GELU's output) carries the largest outlier channels, and
    one scale per activation tensor leaves the rest too few levels. Chosen on dev and the label
    challenge set (default model, ONNX Runtime, per-channel int8 with reduce_range): all layers
    int8, label challenge 0.927 against fp32's 0.938; this one kept, 0.938, at the same speed;
    all six down-projections kept, 0.932 and a third slower. It is found by shape (the first
    weight product that narrows by 2x or more, ``intermediate -> hidden``), not by a name the
    exporter may change.
    """
    import onnx

    graph = onnx.load(str(source), load_external_data=False).graph
    shapes = {init.name: list(init.dims) for init in graph.initializer}
    products = [n for n in graph.node if n.op_type in ("MatMul", "Gemm")]
    keep = [n.name for n in products if "_head/" in n.name]
    for node in products:
        dims = shapes.get(node.input[1]) if len(node.input) > 1 else None
        if node.name not in keep and dims and len(dims) == 2 and dims[0] >= 2 * dims[1]:
            keep.append(node.name)
            break
    return keep
