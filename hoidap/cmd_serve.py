"""`hoidap serve`: the web UI on this machine only (127.0.0.1:7860 unless told otherwise)."""
from __future__ import annotations

import ipaddress
import logging
import os
import sys

from hoidap.output import UserError, say
from indexing import IndexingError

log = logging.getLogger(__name__)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(args, settings) -> int:
    """Open the index (refusing a missing or mismatched one), then serve the UI until Ctrl-C."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"     # before gradio is imported
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    host = getattr(args, "host", None) or "127.0.0.1"
    port = int(getattr(args, "port", None) or 7860)
    if not 0 < port < 65536:
        raise UserError(f"cổng {port} không hợp lệ (1–65535)")

    from assistant import Assistant
    try:
        assistant = Assistant(settings)
    except IndexingError as exc:
        raise UserError(f"không mở được giao diện web: {exc}") from None

    from ui.app import build_app, launch_app
    demo = build_app(assistant)
    try:
        _, local_url, _ = launch_app(demo, host=host, port=port, block=False)
    except OSError as exc:
        raise UserError(f"không mở được cổng {host}:{port} ({exc}); hãy chọn cổng khác bằng --port") from None
    shown = local_url or f"http://{host}:{port}/"
    say(f"hoidap đang chạy tại {shown}  (Ctrl-C để dừng)")
    if not _is_loopback(host):
        say(f"Cảnh báo: giao diện mở cho mọi máy truy cập được {host}; không có đăng nhập.")
    sys.stdout.flush()
    try:
        demo.block_thread()
    finally:
        demo.close()
    return 0
