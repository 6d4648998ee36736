"""The forward pass behind :class:`classifier.predict.Predictor`: torch, or ONNX Runtime.

Both runners take one padded batch as numpy int64 arrays and return the three logit arrays
(label, holder kind, per-token span tags) as numpy float32, so tokenising, padding and
decoding around them are shared and cannot drift apart.

- ``onnx`` (:class:`OnnxRunner`): the model's exported graph (:mod:`classifier.onnx_graph`)
  on ONNX Runtime. No torch import, so a cold ``stance predict`` starts in about a second
  less, and the fused CPU kernels run faster. CPU only, fp32 or int8, models without joint
  windows.
- ``torch`` (:class:`TorchRunner`): the model itself; GPUs, bf16/fp16, joint windows,
  models held in memory (training's evaluation).
- ``auto`` (:func:`load_runner`): ``onnx`` where it serves the request and onnxruntime is
  installed, else ``torch``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

from classifier.errors import ModelError

Logits = tuple[np.ndarray, np.ndarray, np.ndarray]
RUNTIMES = ("auto", "onnx", "torch")


class TorchRunner:
    """A loaded :class:`classifier.model.StanceModel` on ``device`` at ``precision``."""

    name = "torch"

    def __init__(self, model, device: str = "auto", precision: str = "fp32", frozen_layers: int = 0) -> None:
        import torch

        self.device = torch.device("cuda" if device == "auto" and torch.cuda.is_available()
                                   else "cpu" if device == "auto" else device)
        if precision == "int8":
            if self.device.type != "cpu":
                raise ValueError("int8 inference runs on the CPU only")
            from classifier.quantize import quantize_int8

            model = quantize_int8(model, frozen_layers)
        elif precision in ("bf16", "fp16"):
            model = model.to(torch.bfloat16 if precision == "bf16" else torch.float16)
        self.model = model.to(self.device)

    def __call__(self, ids: np.ndarray, att: np.ndarray, tti: np.ndarray,
                 units: np.ndarray | None = None) -> Logits:
        import torch

        def tensor(a: np.ndarray) -> torch.Tensor:
            return torch.from_numpy(a).to(self.device)

        with torch.inference_mode():
            out = self.model(input_ids=tensor(ids), attention_mask=tensor(att), token_type_ids=tensor(tti),
                             unit_index=None if units is None else tensor(units))
            return tuple(out[k].float().cpu().numpy() for k in ("label_logits", "kind_logits", "span_logits"))


class OnnxRunner:
    """An exported graph on ONNX Runtime's CPU provider."""

    name = "onnx"

    def __init__(self, graph: Path) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3  # errors only: its notices are not the user's business
        threads = os.environ.get("OMP_NUM_THREADS", "")
        if threads.isdigit() and int(threads) > 0:
            # ONNX Runtime ignores OMP_NUM_THREADS, which Ray sets per actor (torch honours it)
            options.intra_op_num_threads = int(threads)
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def __call__(self, ids: np.ndarray, att: np.ndarray, tti: np.ndarray,
                 units: np.ndarray | None = None) -> Logits:
        if units is not None:
            raise ValueError("joint windows run on the torch runtime")
        feed = {"input_ids": ids, "attention_mask": att, "token_type_ids": tti}
        label, kind, span = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})
        return label, kind, span


def gpu_present() -> bool:
    """Whether an NVIDIA driver is loaded, checked without importing torch (``auto`` then
    means a GPU, which only the torch runtime drives)."""
    return Path("/proc/driver/nvidia/version").exists()


def onnx_refusal(folder: Path, config: dict[str, Any], device: str, precision: str) -> str | None:
    """Why the ONNX runtime cannot serve this request, or None when it can."""
    from classifier import onnx_graph

    if importlib.util.find_spec("onnxruntime") is None:
        return "onnxruntime is not installed (pip install onnxruntime)"
    if device not in ("auto", "cpu") or (device == "auto" and gpu_present()):
        return "it runs on the CPU only"
    if precision not in ("fp32", "int8"):
        return f"--precision {precision} runs on torch (GPU)"
    if not onnx_graph.supports(config):
        return "models with joint windows run on torch"
    if not (folder / "tokenizer.json").exists():
        return f"{folder} has no tokenizer.json"
    return None


def load_runner(model_dir: str | Path, device: str = "auto", precision: str = "fp32",
                runtime: str = "auto") -> tuple[Any, Any, dict[str, Any]]:
    """(runner, tokenizer, config) for a model folder; see the module docstring for ``runtime``."""
    from classifier.model_files import read_config

    if runtime not in RUNTIMES:
        raise ModelError(f"unknown runtime {runtime!r} (auto, onnx or torch; check STANCE_RUNTIME)")
    folder = Path(model_dir)
    config = read_config(folder)
    if runtime != "torch":
        refusal = onnx_refusal(folder, config, device, precision)
        if refusal is None:
            from classifier import onnx_graph
            from classifier.tokenizer import FastTokenizer

            try:
                path = onnx_graph.graph_path(folder, config, precision)
                if runtime == "onnx" or path.exists() or _can_export():
                    graph = onnx_graph.ensure_graph(folder, config, precision, path)
                    return OnnxRunner(graph), FastTokenizer(folder), config
                refusal = "the graph is not cached and cannot be exported here (needs torch and onnx)"
            except Exception as exc:  # noqa: BLE001 - export or session errors come in many types
                # A cache that cannot be read or written, an encoder the exporter cannot trace:
                # auto still labels, on torch, and says why once; --runtime onnx is refused.
                first = (str(exc).splitlines() or [""])[0][:200]
                refusal = f"cannot prepare the ONNX graph ({type(exc).__name__}{': ' + first if first else ''})"
                if runtime == "onnx":
                    raise ModelError(f"--runtime onnx: {refusal}") from None
                print(f"stance: note: {refusal}; running on torch", file=sys.stderr)
        if runtime == "onnx":
            raise ModelError(f"--runtime onnx: {refusal}")
    from classifier.model import load_model

    model, tokenizer, config = load_model(folder)
    return TorchRunner(model, device, precision, int(config.get("frozen_layers", 0))), tokenizer, config


def _can_export() -> bool:
    """Whether a graph can be made here (torch and onnx installed); else ``auto`` runs on torch."""
    return importlib.util.find_spec("onnx") is not None and importlib.util.find_spec("torch") is not None
