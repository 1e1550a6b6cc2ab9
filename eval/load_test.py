"""Load test of the web UI's API: 50 concurrent gradio_client sessions, each asking a different question.

    .venv/bin/python -m eval.load_test --index .hoidap/index        # starts `hoidap serve` itself
    .venv/bin/python -m eval.load_test --url http://127.0.0.1:7860/  # a server already running here

Every question has an expected keyword written from the documents (mostly Phụ lục II of 03/NQ-CP:
who leads a task; a few targets of Phụ lục I and document metadata). An answer is correct when it
contains the keyword, and cited when it has at least one citation. Prints one JSON object.
Bounded: loopback addresses only, a timeout per request, and the server it starts is always stopped.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from eval.metrics import percentile

log = logging.getLogger(__name__)

KHCN = "Bộ Khoa học và Công nghệ"
TTTT = "Bộ Thông tin và Truyền thông"
GDDT = "Bộ Giáo dục và Đào tạo"
CA = "Bộ Công an"
NV = "Bộ Nội vụ"
TC = "Bộ Tài chính"
KHDT = "Bộ Kế hoạch và Đầu tư"
VPCP = "Văn phòng Chính phủ"
TNMT = "Bộ Tài nguyên và Môi trường"
VHTTDL = "Bộ Văn hóa, Thể thao và Du lịch"

# (question, keyword the answer must contain); "PL II.n" = 03/NQ-CP Phụ lục II, nhiệm vụ n.
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("Ai chủ trì xây dựng Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước, "
     "người đứng đầu?", NV),                                                                       # PL II.5
    ("Cơ quan nào chủ trì xây dựng nền tảng đào tạo trực tuyến mở đại trà về kỹ năng số cho người dân?", TTTT),  # 11
    ("Bộ nào chủ trì dự án Luật Năng lượng nguyên tử (sửa đổi)?", KHCN),                              # 15
    ("Bộ nào chủ trì dự án Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa?", KHCN),  # 16
    ("Bộ nào chủ trì sửa đổi Luật Ngân sách nhà nước cho phù hợp với đặc thù nhiệm vụ khoa học và công nghệ?",
     TC),                                                                                           # 18
    ("Bộ nào chủ trì sửa đổi Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương?", NV),   # 20
    ("Cơ quan nào chủ trì bổ sung chính sách và hoàn thiện Luật Công nghiệp công nghệ số?", TTTT),   # 21
    ("Ai chủ trì xây dựng Luật Nhà giáo?", GDDT),                                                   # 22
    ("Bộ nào chủ trì đề xuất sửa đổi pháp luật về cơ yếu?", "Bộ Quốc phòng"),                      # 23
    ("Bộ nào chủ trì xây dựng Nghị quyết của Quốc hội về cơ chế đặc thù đầu tư, mua sắm công sản phẩm, "
     "dịch vụ số?", KHDT),                                                                          # 24
    ("Cơ quan nào chủ trì xây dựng Nghị định về các quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo?", KHCN),  # 27
    ("Bộ nào chủ trì xây dựng văn bản hướng dẫn thi hành Luật Dữ liệu?", CA),                       # 29
    ("Bộ nào chủ trì xây dựng Nghị định về người nước ngoài vào làm quản lý, giảng dạy tại các cơ sở giáo dục "
     "của Việt Nam?", GDDT),                                                                        # 31
    ("Ai chủ trì sửa đổi Nghị định 109/2022/NĐ-CP về hoạt động khoa học và công nghệ trong cơ sở giáo dục "
     "đại học?", GDDT),                                                                             # 32
    ("Bộ nào chủ trì xây dựng Nghị định về chính sách học bổng cho người học ngành khoa học cơ bản, kỹ thuật "
     "then chốt?", GDDT),                                                                           # 33
    ("Bộ nào chủ trì xây dựng quy định về cơ chế đặc biệt trong tiếp cận, mua bí mật công nghệ của nước ngoài?",
     KHCN),                                                                                         # 36
    ("Bộ nào chủ trì Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ quốc phòng, an ninh?",
     CA),                                                                                           # 42
    ("Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?", KHCN),                               # 44
    ("Cơ quan nào chủ trì trình thành lập Quỹ Đầu tư phát triển công nghiệp chiến lược?", KHDT),    # 45
    ("Ai chủ trì Đề án đầu tư năng lực cho các tổ chức nghiên cứu phát triển công lập?", KHCN),    # 47
    ("Bộ nào chủ trì bố trí ít nhất 15% ngân sách chi sự nghiệp khoa học và công nghệ cho nghiên cứu công nghệ "
     "chiến lược?", TC),                                                                            # 49
    ("Bộ nào chủ trì quản lý chặt chẽ, khai thác nguồn tài nguyên khoáng sản, nhất là đất hiếm?", TNMT),  # 53
    ("Bộ nào chủ trì xây dựng danh mục các nền tảng số quốc gia, nền tảng số dùng chung?", TTTT),   # 57
    ("Bộ nào chủ trì xây dựng cơ chế sử dụng ngân sách nhà nước để đầu tư nền tảng số quy mô quốc gia?", TC),  # 59
    ("Cơ quan nào chủ trì xây dựng Chương trình phát triển kinh tế số, xã hội số?", TTTT),          # 60
    ("Ai chủ trì xây dựng, ban hành Kế hoạch phát triển hạ tầng số?", TTTT),                        # 62
    ("Bộ nào chủ trì sửa đổi quy hoạch phát triển điện lực quốc gia để bảo đảm nguồn điện cho trung tâm dữ liệu?",
     "Bộ Công Thương"),                                                                             # 67
    ("Bộ nào chủ trì xây dựng Chương trình phát triển năng lượng xanh cho Trung tâm dữ liệu?", "Bộ Công Thương"),  # 68
    ("Cơ quan nào chủ trì hoàn thành xây dựng Trung tâm dữ liệu quốc gia và đưa vào khai thác?", CA),  # 69
    ("Bộ nào tham mưu Chính phủ thành lập Ủy ban Dữ liệu quốc gia?", CA),                           # 75
    ("Bộ nào chủ trì rà soát chính sách đặc thù thu hút, đãi ngộ nhân lực chuyển đổi số trong cơ quan nhà nước?",
     NV),                                                                                           # 78
    ("Ai chủ trì xây dựng cơ chế để nhà khoa học trong tổ chức khoa học công lập thành lập, điều hành doanh "
     "nghiệp?", NV),                                                                                # 80
    ("Bộ nào chủ trì Đề án phát triển các trường đại học trở thành chủ thể nghiên cứu mạnh?", GDDT),  # 82
    ("Bộ nào chủ trì xây dựng khung chiến lược giáo dục đại học?", GDDT),                           # 86
    ("Bộ nào chủ trì sửa đổi Quyết định 157/2007/QĐ-TTg về tín dụng đối với học sinh, sinh viên?", TC),  # 88
    ("Cơ quan nào chủ trì xây dựng Chương trình phát triển Chính phủ số?", TTTT),                   # 89
    ("Cơ quan nào chủ trì xây dựng Chương trình cắt giảm giấy phép tại các bộ, ngành, địa phương?", VPCP),  # 94
    ("Ai chủ trì xây dựng Nghị quyết về đổi mới toàn diện việc giải quyết thủ tục hành chính không phụ thuộc "
     "địa giới hành chính?", VPCP),                                                                 # 95
    ("Bộ nào chủ trì xây dựng quy chế văn hóa số cộng đồng, quy tắc ứng xử trên không gian mạng?", VHTTDL),  # 98
    ("Bộ nào chủ trì xây dựng nền tảng số giám sát, thu thập dữ liệu tài nguyên, môi trường?", TNMT),  # 100
    ("Bộ nào chủ trì Đề án chuyển đổi số trong quản lý, khai thác kết cấu hạ tầng giao thông?",
     "Bộ Giao thông vận tải"),                                                                      # 101
    ("Bộ nào chủ trì Đề án phát hiện, đấu tranh ngăn chặn tấn công mạng, gián điệp mạng?", CA),    # 106
    ("Bộ nào chủ trì Đề án khoa học công nghệ phục vụ tự động hóa chỉ huy và hiện đại hóa quân đội?",
     "Bộ Quốc phòng"),                                                                              # 107
    ("Bộ nào chủ trì xây dựng công cụ giám sát liên thông dữ liệu Sổ sức khỏe điện tử?", "Bộ Y tế"),  # 110
    ("Ai chủ trì triển khai Đề án chuyển đổi số của Bệnh viện Bạch Mai và Bệnh viện Chợ Rẫy?", "Bộ Y tế"),  # 111
    ("Bộ nào chủ trì triển khai ngoại giao công nghệ?", "Bộ Ngoại giao"),                          # 133
    ("Ai chủ trì quảng bá thương hiệu quốc gia về đổi mới sáng tạo?", KHCN),                       # 139
    ("Quy mô kinh tế số đến năm 2030 đạt bao nhiêu % GDP?", "30"),                                 # Phụ lục I, 10
    ("Tỷ lệ người dân có hồ sơ sức khỏe điện tử đến năm 2030 là bao nhiêu?", "95"),               # Phụ lục I, 32
    ("Ai ký Kế hoạch 3260-KH/ĐĐQH15?", "Trần Thanh Mẫn"),                                          # metadata
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _check_loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise SystemExit(f"load_test: chỉ chạy với địa chỉ loopback (127.0.0.1, localhost), không phải {host!r}")


def wait_ready(url: str, proc: subprocess.Popen | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"hoidap serve exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"server at {url} not ready after {timeout:.0f} s")


def _client(url: str):
    from gradio_client import Client
    return Client(url, verbose=False, analytics_enabled=False, download_files=False)


def _one(url: str, question: str, keyword: str, timeout: float, barrier: threading.Barrier) -> dict:
    """One session: connect, wait for the others, ask, check."""
    out = {"question": question, "keyword": keyword, "ok": False, "cited": False, "error": "", "latency_ms": None}
    client = None
    try:
        client = _client(url)
        barrier.wait(timeout=timeout)
        t0 = time.perf_counter()
        job = client.submit(question, api_name="/ask")
        try:
            ans = job.result(timeout=timeout)
        except BaseException:
            job.cancel()
            raise
        out["latency_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        text = ans.get("answer", "") if isinstance(ans, dict) else ""
        out["ok"] = keyword in text
        out["cited"] = bool(isinstance(ans, dict) and ans.get("citations"))
        if not out["ok"]:
            out["answer"] = text[:200]
    except Exception as exc:    # reported per question; the run goes on
        out["error"] = f"{type(exc).__name__}: {exc}"[:300]
    finally:
        if client is not None:
            try:
                client.close()
            except Exception:
                pass
    return out


def run(url: str, n: int = 50, timeout: float = 60.0) -> dict:
    """Ask `n` different questions at once through `n` gradio_client sessions; the summary dict."""
    questions = QUESTIONS[:n]
    warm = _client(url)
    t0 = time.perf_counter()
    warm.predict("Ai ký Nghị quyết 03/NQ-CP?", api_name="/ask")           # model loaded before timing
    warm_ms = round((time.perf_counter() - t0) * 1000, 1)
    warm.close()

    barrier = threading.Barrier(len(questions))
    results: list[dict | None] = [None] * len(questions)

    def work(i: int, q: str, k: str) -> None:
        results[i] = _one(url, q, k, timeout, barrier)

    threads = [threading.Thread(target=work, args=(i, q, k), daemon=True) for i, (q, k) in enumerate(questions)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout * 3)
    wall = time.perf_counter() - t0
    done = [r for r in results if r is not None]
    lat = [r["latency_ms"] for r in done if r["latency_ms"] is not None]
    failures = [{k: r[k] for k in ("question", "keyword", "error", "answer") if r.get(k)}
                for r in done if r["error"] or not r["ok"] or not r["cited"]]
    return {
        "n": len(questions),
        "errors": sum(1 for r in done if r["error"]) + (len(questions) - len(done)),
        "correct": sum(1 for r in done if r["ok"]),
        "cited": sum(1 for r in done if r["cited"]),
        "latency_p50_ms": round(statistics.median(lat), 1) if lat else None,
        "latency_p95_ms": round(percentile(lat, 95), 1) if lat else None,
        "latency_max_ms": max(lat) if lat else None,
        "wall_s": round(wall, 2),
        "warmup_ms": warm_ms,
        "url": url,
        "failures": failures[:20],
    }


def start_server(index: str, port: int, log_path: Path) -> subprocess.Popen:
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", HF_HUB_DISABLE_TELEMETRY="1", PYTHONUNBUFFERED="1")
    root = Path(__file__).resolve().parents[1]
    with open(log_path, "wb") as fh:
        return subprocess.Popen([sys.executable, "-m", "hoidap.cli", "serve", "--index", index,
                                 "--host", "127.0.0.1", "--port", str(port)],
                                cwd=root, env=env, stdout=fh, stderr=subprocess.STDOUT)


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.load_test", description=__doc__.splitlines()[0])
    p.add_argument("--url", default=None, help="máy chủ đang chạy (chỉ loopback); bỏ trống: tự mở hoidap serve")
    p.add_argument("--index", default=".hoidap/index", help="thư mục chỉ mục cho máy chủ tự mở")
    p.add_argument("-n", type=int, default=len(QUESTIONS), help=f"số phiên đồng thời (tối đa {len(QUESTIONS)})")
    p.add_argument("--timeout", type=float, default=60.0, help="giới hạn giây cho mỗi câu hỏi")
    p.add_argument("--startup-timeout", type=float, default=300.0, help="giới hạn giây chờ máy chủ khởi động")
    args = p.parse_args(argv)
    if not 1 <= args.n <= len(QUESTIONS):
        p.error(f"-n must be within 1..{len(QUESTIONS)}")
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    logging.basicConfig(level=logging.WARNING)

    proc = None
    url = args.url
    with tempfile.TemporaryDirectory(prefix="hoidap-load-") as tmp:
        log_path = Path(tmp) / "serve.log"
        try:
            if url:
                _check_loopback(url)
            else:
                port = free_port()
                url = f"http://127.0.0.1:{port}/"
                proc = start_server(args.index, port, log_path)
            try:
                wait_ready(url, proc, args.startup_timeout)
            except (RuntimeError, TimeoutError) as exc:
                tail = log_path.read_text(errors="replace")[-2000:] if log_path.exists() else ""
                sys.stderr.write(f"load_test: {exc}\n{tail}\n")
                return 2
            summary = run(url, args.n, args.timeout)
        finally:
            if proc is not None:
                stop_server(proc)
    sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    ok = summary["errors"] == 0 and summary["correct"] == summary["n"] and summary["cited"] == summary["n"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
