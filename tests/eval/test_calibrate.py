"""The abstention sweep: what each threshold would refuse, and the threshold kept."""
from eval.calibrate import best, sweep


def _obs(answerable, confidence, gated=True, refused=False, ok=True):
    return {"answerable": answerable, "confidence": confidence, "gated": gated, "refused": refused,
            "keywords_ok": answerable and ok}


def test_the_sweep_counts_both_kinds_of_mistake():
    observed = [_obs(True, 0.9), _obs(True, 0.25), _obs(False, 0.1), _obs(False, 0.6),
                _obs(False, 0.2, gated=False), _obs(False, 0.9, refused=True), _obs(True, 0.05, gated=False)]
    rows = {r["threshold"]: r for r in sweep(observed, steps=[0.0, 0.2, 0.3, 0.7])}
    assert (rows[0.0]["false_abstentions"], rows[0.0]["missed_abstentions"]) == (0, 3)
    assert (rows[0.2]["false_abstentions"], rows[0.2]["missed_abstentions"]) == (0, 2)
    assert (rows[0.3]["false_abstentions"], rows[0.3]["missed_abstentions"]) == (1, 2)
    assert (rows[0.7]["false_abstentions"], rows[0.7]["missed_abstentions"]) == (1, 1)
    assert rows[0.3]["answer_keyword_accuracy"] == round(2 / 3, 4)
    # 0.2 and 0.7 both make two mistakes: the better accuracy wins, then the most cautious of equals
    assert best(list(rows.values()))["threshold"] == 0.2
    assert best(sweep([_obs(True, 0.9), _obs(False, 0.5)], steps=[0.0, 0.1, 0.6]))["threshold"] == 0.6
