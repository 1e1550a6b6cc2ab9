"""Loading the model in the background, and the status line that reports it."""
from __future__ import annotations

import logging
import threading
import time

from ui import render

log = logging.getLogger(__name__)

class Warmup:
    """Runs `assistant.warm_up()` once in a background thread and reports its state."""

    def __init__(self, assistant):
        self.assistant = assistant
        self.state = "loading"          # loading | ready | failed
        self.error = ""
        self.seconds = 0.0
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> "Warmup":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hoidap-warmup", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        t0 = time.perf_counter()
        try:
            self.assistant.warm_up()
            self.state = "ready"
        except Exception as exc:     # reported in the status line; questions still try
            log.exception("warm-up failed")
            self.error = str(exc)
            self.state = "failed"
        finally:
            self.seconds = time.perf_counter() - t0
            self._done.set()
            log.info("warm-up %s in %.1f s", self.state, self.seconds)

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def status(self) -> str:
        idx = self.assistant.index
        counts = f"{len(idx.documents)} văn bản, {len(idx.clauses)} điều khoản"
        if self.state == "loading":
            return f"**Trạng thái:** Đang nạp mô hình… ({counts})"
        if self.state == "failed":
            return f"**Trạng thái:** Không nạp được mô hình ({render.md_text(self.error)[:200]}); câu hỏi có thể lỗi."
        return f"**Trạng thái:** Sẵn sàng — {counts}."
