"""Printing for people and for scripts (JSON)."""
from __future__ import annotations

import json
import sys


class UserError(Exception):
    """A problem the user can fix: printed as one line, exit code 1."""


def emit_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
