"""Settings from flags > environment (HOIDAP_*) > config file (hoidap.json or HOIDAP_CONFIG) > defaults."""
from __future__ import annotations

import json
import os
from dataclasses import fields
from pathlib import Path

from assistant.settings import Settings
from hoidap.output import UserError
from indexing import IndexSettings

_TOP = {f.name: f.type for f in fields(Settings) if f.name != "index"}
_IDX = {f.name: f.type for f in fields(IndexSettings)}


def _coerce(name: str, value, kind):
    kind = str(kind)
    try:
        if "bool" in kind:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        if "int" in kind:
            return int(value)
        if "float" in kind:
            return float(value)
    except (TypeError, ValueError):
        raise UserError(f"giá trị '{value}' không hợp lệ cho {name}") from None
    return str(value)


def load_settings(flags: dict | None = None, env: dict | None = None, config_file: str | None = None) -> Settings:
    env = os.environ if env is None else env
    values: dict = {}
    path = config_file or env.get("HOIDAP_CONFIG") or ("hoidap.json" if Path("hoidap.json").is_file() else None)
    if path:
        try:
            values.update(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise UserError(f"không đọc được tệp cấu hình {path}: {exc}") from None
    for name in list(_TOP) + list(_IDX):
        key = f"HOIDAP_{name.upper()}"
        if key in env and env[key] != "":
            values[name] = env[key]
    for name, value in (flags or {}).items():
        if value is not None:
            values[name] = value
    unknown = set(values) - set(_TOP) - set(_IDX)
    if unknown:
        raise UserError(f"không biết thiết lập {sorted(unknown)} (unknown settings)")
    top = {k: _coerce(k, v, _TOP[k]) for k, v in values.items() if k in _TOP}
    idx = {k: _coerce(k, v, _IDX[k]) for k, v in values.items() if k in _IDX}
    try:
        return Settings(index=IndexSettings(**idx), **top)
    except ValueError as exc:
        raise UserError(str(exc)) from None
