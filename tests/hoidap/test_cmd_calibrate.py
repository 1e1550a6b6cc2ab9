"""`hoidap eval calibrate` over a fake-embedder index: the sweep as JSON, and a one-line error for a bad file."""
import json

from hoidap.cli import main


def test_calibrate_prints_the_sweep(capsys, tmp_path, fake_index_dir, monkeypatch):
    monkeypatch.setenv("HOIDAP_EMBEDDER", "fake")
    qs = tmp_path / "q.jsonl"
    qs.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "question": "Bộ nào chủ trì xây dựng Luật Dữ liệu?", "answer_keywords": ["Bộ Công an"],
         "split": "tune"},
        {"id": "b", "question": "Mức lương cơ sở năm 2025 là bao nhiêu?", "answer_keywords": [], "split": "tune"},
        {"id": "c", "question": "Câu của phần giữ lại", "answer_keywords": ["x"], "split": "heldout"},
    ]), encoding="utf-8")
    out = tmp_path / "cal.json"
    assert main(["eval", "calibrate", str(qs), "--index", str(fake_index_dir), "--json", "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(out.read_text(encoding="utf-8"))
    assert printed["n_questions"] == 2 and printed["n_unanswerable"] == 1
    assert [r["threshold"] for r in printed["sweep"]][:3] == [0.0, 0.05, 0.1]
    assert printed["best"] in printed["sweep"]


def test_calibrate_names_a_missing_file(capsys, fake_index_dir):
    assert main(["eval", "calibrate", "khong-co.jsonl", "--index", str(fake_index_dir)]) == 1
    assert "không đọc được bộ câu hỏi" in capsys.readouterr().err
