"""Task extraction benchmark against the hand-checked gold file (eval/data/tasks_gold.jsonl).

A gold task is found when an extracted task of the same document comes from the clause holding the
gold evidence (the best action overlap when a clause gives several). Reported separately for the
prose documents and for the Phụ lục II table: task precision and recall, lead-agency accuracy
(same set of canonical agencies), coordinator accuracy, deadline-interval exact match.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from corpus import load_corpus
from corpus.normalize import fold
from corpus.agencies import find_agencies
from corpus.tasks import Task, extract_tasks
from eval import metrics as M
from hoidap.output import UserError, emit_json, say

GOLD = Path(__file__).resolve().parent / "data" / "tasks_gold.jsonl"


# words that say who inside an agency acts ("Tổ đảng ở Thường trực …", "Lãnh đạo …"), not which agency
_ROLE_WORDS = set("to dang o thuong truc lanh dao dong chi cac cua va tai trong".split())


def agency_set(names) -> frozenset:
    """Agencies named, however the list is split or qualified: 'Tổ đảng ở Thường trực Ủy ban Kinh tế' and
    'Ủy ban Kinh tế' name the same committee; 'các bộ', 'cơ quan ngang bộ' = 'các bộ, cơ quan ngang bộ'.
    Words outside any known agency are kept (folded, split at commas) so they still have to match."""
    text = ", ".join(n.strip(" ;,") for n in names if n and n.strip())
    mentions = find_agencies(text)
    found = {m.agency.id for m in mentions}
    rest, last = [], 0
    for m in mentions:
        rest.append(text[last:m.start])
        last = m.end
    rest.append(text[last:])
    for piece in re.split(r"[;,]", " ; ".join(rest)):
        key = re.sub(r"^(va|cac|va cac)\s+", "", fold(piece).strip(" .:-"))
        if re.search(r"[a-z0-9]{2,}", key) and not set(key.split()) <= _ROLE_WORDS:
            found.add(key)
    return frozenset(found)


def _words(text: str) -> set[str]:
    return set(fold(text).split())


def _deadline_tuple(kind: str, start, end):
    return (kind or "none", start or None, end or None)


def _pred_deadline(t: Task):
    d = t.deadline
    if d is None:
        return ("none", None, None)
    return (d.kind, d.start.isoformat() if d.start else None, d.end.isoformat() if d.end else None)


def evaluate(gold: list[dict], tasks: list[Task], clause_text: dict[str, str]) -> dict:
    groups = {"prose": [g for g in gold if g["doc"] != "03-NQ-CP-PL"],
              "phu_luc_ii": [g for g in gold if g["doc"] == "03-NQ-CP-PL"]}
    out = {}
    for name, golds in groups.items():
        docs = {g["doc"] for g in golds}
        preds = [t for t in tasks if t.kind == "task" and t.doc_id in docs]
        used: set[str] = set()
        found = lead_ok = coord_ok = dl_ok = 0
        misses = []
        for g in golds:
            cands = [t for t in preds if t.doc_id == g["doc"] and M.contains_evidence(clause_text[t.clause_id],
                                                                                         g["evidence"])]
            if not cands:
                misses.append({"evidence": g["evidence"][:80], "why": "no task from that clause"})
                continue
            gw = _words(g["evidence"] + " " + g.get("action", "")) | _words(g.get("deadline_text", ""))
            best = max(cands, key=lambda t: (t.id not in used, len(gw & _words(t.action))))
            used.add(best.id)
            found += 1
            gold_lead = agency_set(g["lead"])
            if gold_lead == agency_set(best.lead):
                lead_ok += 1
            else:
                misses.append({"evidence": g["evidence"][:80], "why": "lead", "gold": sorted(gold_lead),
                               "got": list(best.lead)})
            if agency_set(g["coordinators"]) == agency_set(best.coordinators):
                coord_ok += 1
            gd = _deadline_tuple(g["deadline_kind"], g.get("due_start"), g.get("due_end"))
            pd = _pred_deadline(best)
            if gd[0] in ("recurring", "ongoing", "none") and gd[0] == pd[0] and gd[1] == pd[1]:
                dl_ok += 1
            elif gd == pd:
                dl_ok += 1
            else:
                misses.append({"evidence": g["evidence"][:80], "why": "deadline", "gold": gd, "got": pd})
        n = len(golds)
        matched_preds = len(used)
        out[name] = {
            "gold": n, "extracted": len(preds), "found": found,
            "task_recall": round(found / n, 4) if n else 0.0,
            "task_precision": round(matched_preds / len(preds), 4) if preds else 0.0,
            "lead_accuracy": round(lead_ok / found, 4) if found else 0.0,
            "coordinator_accuracy": round(coord_ok / found, 4) if found else 0.0,
            "deadline_exact": round(dl_ok / found, 4) if found else 0.0,
            "misses": misses,
        }
    return out


def main(args) -> int:
    path = Path(args.gold) if args.gold else GOLD
    try:
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise UserError(f"không đọc được tệp vàng {path}: {exc}") from None
    corpus = load_corpus()
    tasks = extract_tasks(corpus.clauses)
    result = {"gold_file": str(path), "metrics": evaluate(gold, tasks, {c.id: c.text for c in corpus.clauses})}
    if args.json:
        emit_json(result)
    else:
        for name, m in result["metrics"].items():
            say(f"{name}: " + ", ".join(f"{k}={v}" for k, v in m.items() if k != "misses"))
    return 0
