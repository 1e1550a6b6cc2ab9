"""The optional LLM path against a small OpenAI-compatible server on loopback."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant import Assistant, Settings
from indexing import IndexSettings

REPLIES = {}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        REPLIES["last_request"] = body
        REPLIES["last_auth"] = self.headers.get("Authorization")
        mode = REPLIES.get("mode", "ok")
        if mode == "slow":
            time.sleep(2)
        if mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        content = {"ok": "Bộ Tài chính chủ trì bảo đảm kinh phí [2], theo quy định [9].",
                   "nomarker": "Bộ Tài chính chủ trì.", "slow": "[1]"}[mode]
        out = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()


@pytest.fixture(scope="module")
def llm_assistant(server, fake_index_dir):
    settings = Settings(index_dir=str(fake_index_dir), index=IndexSettings(embedder="fake"), generator="openai",
                        openai_base_url=server, openai_model="tiny", openai_api_key="sk-secret",
                        openai_timeout_s=0.5)
    return Assistant(settings)

Q = "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bảo đảm nguồn kinh phí như thế nào?"


def test_valid_markers_kept_unknown_removed(llm_assistant):
    REPLIES["mode"] = "ok"
    ans = llm_assistant.ask(Q)
    assert ans.generator == "openai"
    assert "[1]" in ans.answer and "[9]" not in ans.answer and "[2]" not in ans.answer
    assert len(ans.citations) == 1
    prompt = REPLIES["last_request"]["messages"][1]["content"]
    assert "[1]" in prompt and Q in prompt
    assert REPLIES["last_auth"] == "Bearer sk-secret"
    assert "sk-secret" not in json.dumps(ans.to_dict())


@pytest.mark.parametrize("mode", ["nomarker", "slow", "error"])
def test_falls_back_to_extractive(llm_assistant, mode):
    REPLIES["mode"] = mode
    ans = llm_assistant.ask(Q)
    assert ans.generator == "extractive" and ans.citations
    assert "trích xuất" in ans.note


def test_unreachable_server_falls_back(fake_index_dir):
    s = Settings(index_dir=str(fake_index_dir), index=IndexSettings(embedder="fake"), generator="openai",
                 openai_base_url="http://127.0.0.1:9/v1", openai_model="x", openai_timeout_s=0.5)
    ans = Assistant(s).ask(Q)
    assert ans.generator == "extractive" and not ans.abstained


def test_settings_hide_key():
    s = Settings(generator="openai", openai_base_url="http://127.0.0.1:1", openai_model="m", openai_api_key="k")
    assert s.public()["openai_api_key"] == "***" and "k'" not in repr(s)
