"""Word files written with python-docx for the tests: a plain-text document line by line, and a document as
Word users write it (a header table, automatic numbering, a task table with merged cells, a signature table)."""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lines_as_docx(text: str, path: Path) -> Path:
    """Each line a paragraph; each markdown table a Word table."""
    doc, lines, i = Document(), text.split("\n"), 0
    while i < len(lines):
        if lines[i].strip().startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                if not re.match(r"^\s*\|?\s*:?-{3,}", lines[i]):
                    rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            table = doc.add_table(rows=len(rows), cols=max(map(len, rows)))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        doc.add_paragraph(lines[i])
        i += 1
    doc.save(path)
    return path


def _outline(doc) -> str:
    """A three-level list, I. / 1. / a), added to the document's numbering; its numId."""
    numbering = doc.part.numbering_part.element
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                     f'</w:lvl>' for i, (fmt, text) in enumerate([("upperRoman", "%1."), ("decimal", "%2."),
                                                                  ("lowerLetter", "%3)")]))
    numbering.insert(0, parse_xml(f'<w:abstractNum {_W} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(doc, text: str, num_id: str, level: int):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
                                           f'</w:numPr>'))
    return p


def word_plan(path: Path) -> Path:
    """A fictional province's plan as Word users write it."""
    doc = Document()
    header = doc.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH HÀ ĐÔNG\n\nSố: 45/KH-UBND"
    header.cell(0, 1).text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                              "Hà Đông, ngày 12 tháng 3 năm 2025")
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ trên địa bàn tỉnh")
    outline = _outline(doc)
    _numbered(doc, "MỤC TIÊU", outline, 0)
    _numbered(doc, "Đến năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80%.", outline, 1)
    _numbered(doc, "Đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh.", outline, 1)
    _numbered(doc, "NHIỆM VỤ", outline, 0)
    _numbered(doc, "Hoàn thiện thể chế", outline, 1)
    _numbered(doc, "Sở Tư pháp chủ trì rà soát các quyết định của tỉnh về khoa học, công nghệ, hoàn thành trong "
                   "quý II/2025.", outline, 2)
    _numbered(doc, "Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước 30/6/2025.", outline, 2)
    _numbered(doc, "Phát triển hạ tầng số", outline, 1)
    _numbered(doc, "Sở Khoa học và Công nghệ chủ trì xây dựng Trung tâm dữ liệu tỉnh, hoàn thành năm 2026.",
              outline, 2)
    doc.add_paragraph("Danh mục nhiệm vụ:")
    tasks = doc.add_table(rows=4, cols=4)
    for c, value in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]):
        tasks.cell(0, c).text = value
    for r, row in enumerate([["1", "Cấp chữ ký số cho cán bộ, công chức", "Sở Nội vụ", "Quý III/2025"],
                             ["2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Năm 2026"]], start=1):
        for c, value in enumerate(row):
            tasks.cell(r, c).text = value
    merged = tasks.cell(3, 0).merge(tasks.cell(3, 3))
    merged.text = "Các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao bổ sung."
    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLê Văn Thành"
    doc.save(path)
    return path
