"""A table's rows as the segmenter reads them, from a Word or a PDF table."""
from corpus.docx_text import _joined
from corpus.table_rows import markdown_row, markdown_table


def test_a_group_heading_merged_across_the_row_keeps_its_number_apart():
    assert markdown_row(["I. THỂ CHẾ, CHÍNH SÁCH", "", "", ""]) == "| I | THỂ CHẾ, CHÍNH SÁCH |  |  |"
    assert markdown_row(["1", "Xây dựng | ban hành", "Sở Tư pháp"]) == "| 1 | Xây dựng / ban hành | Sở Tư pháp |"


def test_rows_are_padded_to_the_widest():
    assert markdown_table([["STT", "Nhiệm vụ"], ["II. HẠ TẦNG"]]) == ["| STT | Nhiệm vụ |", "|---|---|", "| II | HẠ TẦNG |"]


def test_a_cells_paragraphs_stay_apart_unless_one_runs_on():
    assert _joined(["Cục Hàng hải", "Cục Đường thủy nội địa"]) == "Cục Hàng hải; Cục Đường thủy nội địa"
    assert _joined(["Thông tư,", "Quyết định"]) == "Thông tư, Quyết định"
