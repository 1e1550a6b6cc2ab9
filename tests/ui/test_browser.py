"""The real thing: `hoidap serve` with the default e5 model over the real corpus index, driven by Chromium.

Screenshots go to tests/artifacts/ (git-ignored). Needs Debian's chromium (`make browser`).
"""
import csv
import io
import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from eval.load_test import free_port, start_server, stop_server, wait_ready

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
QUESTION = "Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?"


def _wait_ready(url: str, proc: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    try:
        wait_ready(url, proc, timeout)
    except (RuntimeError, TimeoutError) as exc:
        pytest.fail(f"{exc}:\n{log.read_text(errors='replace')[-3000:]}")


class SimpleServer:
    """A running `hoidap serve`: its URL, process and log file."""

    def __init__(self, url, proc, log):
        self.url, self.proc, self.log = url, proc, log


@pytest.fixture(scope="module")
def server(real_index_dir, tmp_path_factory):
    """`hoidap serve` on a free loopback port; always terminated."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    proc = start_server(str(real_index_dir), port, log)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_ready(url, proc, log)
        yield SimpleServer(url, proc, log)
    finally:
        stop_server(proc)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} missing: run `make browser` (Debian's chromium; needs root)"
        if os.environ.get("CI"):
            pytest.fail(message)       # in CI the browser test must run, never skip
        pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def test_serve_prints_its_url(server):
    deadline = time.monotonic() + 30
    while "đang chạy tại" not in server.log.read_text(errors="replace") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert f"đang chạy tại {server.url}" in server.log.read_text(errors="replace")


def test_ask_cite_documents_and_tasks_in_browser(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    outside = []
    page.on("request", lambda r: r.url.startswith(server.url.rstrip("/")) or r.url.startswith("data:")
            or outside.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(server.url)
        page.wait_for_selector("#hd-question textarea", timeout=60_000)
        page.wait_for_function("document.querySelector('#hd-status').innerText.includes('Sẵn sàng')",
                               timeout=120_000)

        # Hỏi đáp: a real question, its answer and the cited clause with the answering span marked
        page.fill("#hd-question textarea", QUESTION)
        page.click("#hd-send")
        page.wait_for_function(
            "document.querySelector('#hd-cite-view .hd-cite-text') &&"
            " document.querySelector('#hd-cite-view').innerText.includes('Xây dựng Danh mục Công nghệ chiến lược')",
            timeout=60_000)
        chat_text = page.inner_text("#hd-chat")
        assert "Bộ Khoa học và Công nghệ" in chat_text, chat_text
        assert "Trích dẫn" in chat_text and "[1] 03/NQ-CP, Phụ lục II, nhiệm vụ 44" in chat_text
        cite = page.inner_text("#hd-cite-view")
        assert "03/NQ-CP, Phụ lục II, nhiệm vụ 44" in cite and "Lưu ý" in cite
        assert "Xây dựng Danh mục Công nghệ chiến lược" in page.inner_text("#hd-cite-view mark")
        page.screenshot(path=str(ARTIFACTS / "ui-hoi-dap.png"), full_page=True)

        # Xem trong văn bản: the Văn bản tab at that clause
        page.click("#hd-to-doc")
        page.wait_for_selector("#hd-doc-tree .hd-target", state="visible", timeout=30_000)
        assert "Xây dựng Danh mục Công nghệ chiến lược" in page.inner_text("#hd-doc-tree .hd-target")
        assert "Số hiệu" in page.inner_text("#hd-doc-meta")
        page.screenshot(path=str(ARTIFACTS / "ui-van-ban.png"))

        # Nhiệm vụ: filter by agency; every row shown names it; the CSV has the same rows
        page.get_by_role("tab", name="Nhiệm vụ").click()
        page.wait_for_selector("#hd-task-table .virtual-row", timeout=30_000)
        before = page.inner_text("#hd-task-info")
        page.fill("#hd-agency textarea, #hd-agency input", "Bộ Y tế")
        page.click("#hd-filter")
        page.wait_for_function(f"document.querySelector('#hd-task-info').innerText !== {before!r}", timeout=30_000)
        page.wait_for_timeout(500)
        rows = page.locator("#hd-task-table .virtual-row")
        texts = [rows.nth(i).inner_text() for i in range(rows.count())]
        assert len(texts) >= 2, texts
        assert all("Bộ Y tế" in t for t in texts), texts
        assert f"{len(texts)} nhiệm vụ" in page.inner_text("#hd-task-info")
        page.screenshot(path=str(ARTIFACTS / "ui-nhiem-vu.png"), full_page=True)
        with page.expect_download() as dl:
            page.click("#hd-csv")
        csv_rows = list(csv.reader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8-sig"))))
        assert len(csv_rows) == len(texts) + 1 and all("Bộ Y tế" in " ".join(r) for r in csv_rows[1:])

        assert not outside, f"the page fetched outside the server: {outside}"
        assert not errors, errors
    finally:
        page.close()


def test_input_validation_in_browser(server, browser):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    try:
        page.goto(server.url)
        page.wait_for_selector("#hd-question textarea", timeout=60_000)
        page.fill("#hd-question textarea", "x" * 2500)
        page.click("#hd-send")
        page.wait_for_function("document.querySelector('#hd-chat').innerText.includes('vượt giới hạn')",
                               timeout=30_000)
        assert "Traceback" not in page.inner_text("body")
    finally:
        page.close()


def test_gradio_client_api(server):
    from gradio_client import Client
    client = Client(server.url, verbose=False, analytics_enabled=False, download_files=False)
    d = client.predict(QUESTION, api_name="/ask")
    assert not d["abstained"] and "Bộ Khoa học và Công nghệ" in d["answer"]
    assert d["citations"] and d["citations"][0]["clause_id"] == "03-NQ-CP-PL:PLII.III.44"
    empty = client.predict("", api_name="/ask")
    assert empty["abstained"] and "Vui lòng" in empty["answer"]


def test_learning_tab_in_browser(server, browser, bundled):
    """Học tập: 3 questions from the default documents, answered, scored, with cited clauses and a handout."""
    from assistant.quiz import generate_from
    from assistant.tasks import TaskBook
    expected = generate_from(bundled.documents, bundled.clauses, TaskBook.from_clauses(bundled.clauses).all,
                             n=3, types=("tf", "mc", "cloze"), seed=1)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(server.url)
        page.wait_for_selector("#hd-question textarea", timeout=60_000)
        page.get_by_role("tab", name="Học tập").click()
        page.wait_for_selector("#hd-quiz-generate", state="visible", timeout=30_000)
        page.fill("#hd-quiz-n input[type=number]", "3")
        page.press("#hd-quiz-n input[type=number]", "Tab")
        page.click("#hd-quiz-generate")
        page.wait_for_selector("#hd-q-2", state="visible", timeout=30_000)
        assert not page.is_visible("#hd-q-3")
        assert "3 câu hỏi" in page.inner_text("#hd-quiz-info")
        for i, item in enumerate(expected):
            assert item.question[:60] in page.inner_text(f"#hd-q-{i}-head")
            if item.type == "cloze":
                page.fill(f"#hd-q-{i}-text input, #hd-q-{i}-text textarea", "khong biet")
            else:
                page.locator(f"#hd-q-{i}-choice label").first.click()
        page.click("#hd-quiz-score")
        page.wait_for_function("(document.querySelector('#hd-quiz-result') || {innerText: ''})"
                               ".innerText.includes('Đúng ')", timeout=30_000)
        result = page.inner_text("#hd-quiz-result")
        assert re.search(r"Đúng [0-3]/3", result), result
        assert page.locator("#hd-quiz-result .hd-quiz-item").count() == 3
        for item in expected:
            assert f"Nguồn: {item.citation['label']}" in result, result
        assert "Traceback" not in page.inner_text("body")
        page.screenshot(path=str(ARTIFACTS / "ui-hoc-tap.png"), full_page=True)

        with page.expect_download() as dl:
            page.click("#hd-quiz-md")
        handout = Path(dl.value.path()).read_text(encoding="utf-8")
        assert "## Đáp án" in handout and handout.count("**Câu ") == 3

        page.click("#hd-quiz-again")                      # the next seed: a new set, the old result cleared
        page.wait_for_function("document.querySelector('#hd-quiz-info').innerText.includes('mã bộ đề 2')",
                               timeout=30_000)
        assert page.input_value("#hd-quiz-seed input") == "2"
        assert "Đúng " not in page.inner_text("#hd-quiz-result")
        assert not errors, errors
    finally:
        page.close()
