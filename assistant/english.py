"""English words officials mix into Vietnamese ("deadline là ngày nào?", "focal point của việc này là ai?", "report
về đâu?", "Q2/2025"): read in the documents' Vietnamese before the question is understood, unless the documents
themselves write the English word ("sandbox", "AI", "R&D", "startup"), which is then searched as written.

The table is the everyday English of Vietnamese offices, not any one document's wording."""
from __future__ import annotations

import re

from corpus.normalize import fold

# English -> the Vietnamese the documents write; longest first where one contains another
IN_VIETNAMESE: dict[str, str] = {
    "lead agency": "cơ quan chủ trì",
    "focal point": "đầu mối",
    "deadline": "thời hạn",
    "due date": "thời hạn",
    "timeline": "lộ trình",
    "roadmap": "lộ trình",
    "reporting": "báo cáo",
    "report": "báo cáo",
    "submit": "trình",
    "approve": "phê duyệt",
    "budget": "ngân sách",
    "revenue": "doanh thu",
    "target": "mục tiêu",
    "kpi": "chỉ tiêu",
    "task": "nhiệm vụ",
    "tasks": "nhiệm vụ",
    "meeting": "phiên họp",
    "workshop": "hội thảo",
    "training": "đào tạo",
    "data center": "trung tâm dữ liệu",
    "datacenter": "trung tâm dữ liệu",
    "database": "cơ sở dữ liệu",
    "big data": "dữ liệu lớn",
    "cloud": "điện toán đám mây",
    "blockchain": "chuỗi khối",
    "cybersecurity": "an ninh mạng",
    "cyber security": "an ninh mạng",
    "semiconductor": "bán dẫn",
    "digital transformation": "chuyển đổi số",
    "innovation": "đổi mới sáng tạo",
    "e-government": "chính phủ điện tử",
    "digital government": "chính phủ số",
    "platform": "nền tảng",
    "online": "trực tuyến",
    "startup": "khởi nghiệp sáng tạo",
    "start-up": "khởi nghiệp sáng tạo",
    "r&d": "nghiên cứu và phát triển",
}
_QUARTER = re.compile(r"\bQ([1-4])(?=\s*/\s*20\d\d\b|\s+(?:năm\s+)?20\d\d\b)", re.IGNORECASE)      # "Q2/2025"
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_TERMS = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(t) for t in sorted(IN_VIETNAMESE, key=len, reverse=True))
                    + r")(?![\w&-])", re.IGNORECASE)


def in_vietnamese(question: str, written: str) -> str:
    """The question with the English words the documents do not write (`written`: their folded words, space
    padded) put in the documents' Vietnamese, and "Q2/2025" as "quý II/2025"."""
    def put(m: re.Match) -> str:
        term = m.group(1)
        key = " ".join(re.findall(r"\w+", fold(term).lower()))
        return term if f" {key} " in written or f" {key}s " in written else IN_VIETNAMESE[term.lower()]     # "KPIs"

    q = _QUARTER.sub(lambda m: f"quý {_ROMAN[m.group(1)]}", question)
    return _TERMS.sub(put, q)
