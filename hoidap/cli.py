"""The `hoidap` console script: one command with subcommands, -h everywhere."""
from __future__ import annotations

import argparse
import logging
import sys

from hoidap.output import UserError


def _common(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    p.add_argument("--index", dest="index_dir", default=None, help="thư mục chỉ mục (mặc định .hoidap/index)")
    p.add_argument("--corpus", dest="corpus_dir", default=None, help="thư mục văn bản (mặc định: bộ kèm theo)")
    p.add_argument("--config", default=None, help="tệp cấu hình JSON")
    if json_flag:
        p.add_argument("--json", action="store_true", help="in JSON cho script")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hoidap",
                                description="Hỏi đáp có trích dẫn điều khoản trên các văn bản về NQ 57-NQ/TW.")
    p.add_argument("-v", "--verbose", action="store_true", help="ghi log chi tiết")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("corpus", help="kiểm tra và xem văn bản", epilog="Ví dụ: hoidap corpus check --json")
    csub = c.add_subparsers(dest="corpus_command", required=True)
    chk = csub.add_parser("check", help="tách điều khoản mọi văn bản của một thư mục và báo lỗi",
                          epilog="Ví dụ: hoidap corpus check tests/data --json")
    chk.add_argument("dir", nargs="?", default=None, help="thư mục văn bản (mặc định: bộ văn bản kèm theo)")
    chk.add_argument("--json", action="store_true", help="in JSON")
    shw = csub.add_parser("show", help="in một điều khoản, hoặc cây điều khoản của một văn bản",
                          epilog="Ví dụ: hoidap corpus show 03-NQ-CP-PL:PLII.III.44 --json")
    shw.add_argument("id", help="mã điều khoản (03-NQ-CP:II.1.a) hoặc mã văn bản (03-NQ-CP)")
    shw.add_argument("--dir", default=None, help="thư mục văn bản")
    shw.add_argument("--json", action="store_true", help="in JSON")

    i = sub.add_parser("index", help="lập (hoặc cập nhật) chỉ mục", epilog="Ví dụ: hoidap index --json")
    _common(i)
    i.add_argument("--embedder", default=None, help="e5 (mặc định), fake, hoặc st:/đường/dẫn/mô/hình")
    i.add_argument("--dense", default=None, choices=["flat", "hnsw"], help="chỉ mục FAISS chính xác hoặc HNSW")
    i.add_argument("--segmenter", default=None, choices=["underthesea", "pyvi", "none"], help="tách từ cho BM25")

    s = sub.add_parser("search", help="tìm điều khoản liên quan", epilog='Ví dụ: hoidap search "bộ nào chủ trì" -k 5')
    _common(s)
    s.add_argument("query", help="câu hỏi hoặc từ khóa")
    s.add_argument("-k", type=int, default=5, help="số điều khoản trả về")
    s.add_argument("--doc", action="append", help="chỉ tìm trong văn bản này (lặp lại được)")
    s.add_argument("--mode", default=None, choices=["hybrid", "bm25", "dense"], help="bộ tìm kiếm")

    a = sub.add_parser("ask", help="hỏi một câu, nhận câu trả lời có trích dẫn",
                       epilog='Ví dụ: hoidap ask "Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?" --json')
    _common(a)
    a.add_argument("question", help="câu hỏi tiếng Việt")
    a.add_argument("-k", type=int, default=None, help="số điều khoản xem xét")
    a.add_argument("--doc", action="append", help="chỉ trả lời từ văn bản này")
    a.add_argument("--generator", default=None, choices=["extractive", "openai"], help="cách soạn câu trả lời")

    ch = sub.add_parser("chat", help="hỏi đáp tương tác trong terminal", epilog="Ví dụ: hoidap chat")
    _common(ch, json_flag=False)

    t = sub.add_parser("tasks", help="bảng nhiệm vụ: ai làm gì, hạn khi nào",
                       epilog="Ví dụ: hoidap tasks --due-from 2025-04-01 --due-to 2025-06-30 --agency 'Bộ Y tế' --csv")
    _common(t)
    t.add_argument("--due-from", default=None, help="hạn từ ngày (YYYY-MM-DD, hoặc 'quý II/2025', '6/2025')")
    t.add_argument("--due-to", default=None, help="hạn đến (YYYY-MM-DD, 'quý II/2025', '6/2025'); một mốc là cả kỳ đó")
    t.add_argument("--agency", default=None, help="cơ quan (chủ trì hoặc phối hợp)")
    t.add_argument("--doc", default=None, help="mã văn bản")
    t.add_argument("--as-of", default=None, help="ngày xét quá hạn (mặc định: hôm nay)")
    t.add_argument("--overdue", action="store_true", help="chỉ nhiệm vụ đã quá hạn tại --as-of")
    t.add_argument("--targets", action="store_true", help="liệt kê chỉ tiêu thay vì nhiệm vụ")
    t.add_argument("--csv", action="store_true", help="in CSV")
    t.add_argument("--ics", action="store_true", help="in lịch ICS")

    sv = sub.add_parser("serve", help="mở giao diện web (Gradio)", epilog="Ví dụ: hoidap serve --port 7860")
    _common(sv, json_flag=False)
    sv.add_argument("--host", default="127.0.0.1", help="địa chỉ (mặc định chỉ máy này)")
    sv.add_argument("--port", type=int, default=7860, help="cổng")

    q = sub.add_parser("quiz", help="sinh câu hỏi học tập số", epilog="Ví dụ: hoidap quiz -n 10 --format gift --seed 1")
    _common(q, json_flag=False)
    q.add_argument("--doc", action="append", help="chỉ lấy từ văn bản này")
    q.add_argument("--section", default=None, help="chỉ lấy từ mục này (ví dụ II.3)")
    q.add_argument("-n", type=int, default=10, help="số câu hỏi")
    q.add_argument("--types", default="tf,mc,cloze", help="loại câu: tf,mc,cloze")
    q.add_argument("--seed", type=int, default=0, help="hạt giống ngẫu nhiên (tái lập được)")
    q.add_argument("--format", default="json", choices=["json", "md", "gift", "aiken"], help="định dạng")

    e = sub.add_parser("eval", help="đo chất lượng và tốc độ", epilog="Ví dụ: hoidap eval qa eval/data/dev.jsonl --json")
    esub = e.add_subparsers(dest="eval_command", required=True)
    eq = esub.add_parser("qa", help="chạy bộ câu hỏi JSONL qua trợ lý",
                         epilog="Ví dụ: hoidap eval qa eval/data/dev.jsonl --split heldout --compare --out eval/results")
    _common(eq)
    eq.add_argument("file", help="tệp JSONL câu hỏi")
    eq.add_argument("--split", default=None, help="chỉ chạy phần tune hoặc heldout")
    eq.add_argument("--compare", action="store_true", help="so sánh BM25 / dense / kết hợp / đoạn 1000 ký tự")
    eq.add_argument("--out", default=None, help="thư mục ghi kết quả JSON và báo cáo Markdown")
    ec = esub.add_parser("calibrate", help="hiệu chỉnh ngưỡng từ chối trả lời trên phần tune",
                         epilog="Ví dụ: hoidap eval calibrate --json --out eval/reports/calibrate.json")
    _common(ec)
    ec.add_argument("files", nargs="*", help="tệp JSONL câu hỏi (mặc định eval/data/dev*.jsonl)")
    ec.add_argument("--split", default="tune", help="phần câu hỏi (mặc định tune)")
    ec.add_argument("--out", default=None, help="tệp ghi kết quả JSON")
    er = esub.add_parser("retrieval", help="đo truy hồi trên bộ ALQAC", epilog="Ví dụ: hoidap eval retrieval alqac --json")
    er.add_argument("dataset", choices=["alqac"], help="bộ dữ liệu")
    er.add_argument("--data", default=None, help="thư mục ALQAC (mặc định ../shared/benchmarks/alqac)")
    er.add_argument("--answers", action="store_true", help="thêm chế độ trả lời câu Đúng/Sai và Trắc nghiệm")
    er.add_argument("--limit", type=int, default=None, help="chỉ chạy N câu đầu")
    er.add_argument("--mode", default=None, choices=["hybrid", "bm25", "dense"], help="bộ tìm kiếm")
    er.add_argument("--json", action="store_true", help="in JSON")
    es = esub.add_parser("speed", help="đo thời gian lập chỉ mục, khởi động, độ trễ, bộ nhớ",
                         epilog="Ví dụ: hoidap eval speed --json")
    es.add_argument("--json", action="store_true", help="in JSON")
    es.add_argument("--skip-large", action="store_true", help="bỏ phép đo trên kho lớn gấp 100 lần")
    et = esub.add_parser("tasks", help="đo trích xuất nhiệm vụ so với tệp vàng", epilog="Ví dụ: hoidap eval tasks --json")
    et.add_argument("--gold", default=None, help="tệp vàng (mặc định eval/data/tasks_gold.jsonl)")
    et.add_argument("--json", action="store_true", help="in JSON")
    ez = esub.add_parser("quiz", help="kiểm tra mọi câu hỏi sinh ra với điều khoản được trích",
                         epilog="Ví dụ: hoidap eval quiz -n 200 --json")
    ez.add_argument("-n", type=int, default=200, help="số câu hỏi")
    ez.add_argument("--json", action="store_true", help="in JSON")
    return p


def _settings(args):
    from hoidap.config import load_settings
    flags = {k: getattr(args, k, None) for k in ("index_dir", "corpus_dir", "mode", "generator", "k", "embedder",
                                                 "dense", "segmenter")}
    if flags.get("k") is not None and args.command == "search":
        flags.pop("k")
    return load_settings(flags, config_file=getattr(args, "config", None))


def _dispatch(args) -> int:
    cmd = args.command
    if cmd == "corpus":
        from hoidap import cmd_corpus
        return {"check": cmd_corpus.check, "show": cmd_corpus.show}[args.corpus_command](args)
    if cmd in ("index", "search"):
        from hoidap import cmd_index
        return getattr(cmd_index, cmd)(args, _settings(args))
    if cmd in ("ask", "chat"):
        from hoidap import cmd_ask
        return getattr(cmd_ask, cmd)(args, _settings(args))
    if cmd == "tasks":
        from hoidap import cmd_tasks
        return cmd_tasks.tasks(args, _settings(args))
    if cmd == "serve":
        from hoidap import cmd_serve
        return cmd_serve.serve(args, _settings(args))
    if cmd == "quiz":
        from hoidap import cmd_quiz
        return cmd_quiz.quiz(args, _settings(args))
    if cmd == "eval":
        from hoidap import cmd_eval
        return cmd_eval.run(args)
    raise UserError(f"lệnh không rõ: {cmd}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return _dispatch(args)
    except UserError as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:                      # `hoidap tasks | head`
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a message, never a traceback
        logging.getLogger("hoidap").debug("unexpected error", exc_info=True)
        sys.stderr.write(f"Lỗi không mong đợi: {type(exc).__name__}: {exc}. Chạy lại với -v để xem chi tiết.\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
