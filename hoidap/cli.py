"""The `hoidap` console script: one command with subcommands, -h everywhere."""
from __future__ import annotations

import argparse
import logging
import sys

from hoidap.output import UserError

EPILOG_CORPUS = "Ví dụ: hoidap corpus check --json ; hoidap corpus show 03-NQ-CP:II.1.a"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hoidap", description="Hỏi đáp có trích dẫn điều khoản trên các văn bản về NQ 57-NQ/TW.")
    p.add_argument("-v", "--verbose", action="store_true", help="ghi log chi tiết")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("corpus", help="kiểm tra và xem văn bản đã nạp", epilog=EPILOG_CORPUS)
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
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "corpus":
            from hoidap import cmd_corpus
            return {"check": cmd_corpus.check, "show": cmd_corpus.show}[args.corpus_command](args)
    except UserError as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
