import pytest

from assistant.intent import classify


@pytest.mark.parametrize("question, kind", [
    ("Kết quả các nhiệm vụ về dữ liệu phải báo cáo Chính phủ trong tháng nào?", "when"),
    ("Các nhiệm vụ của Bộ Công an đến hạn khi nào?", "list"),
    ("Những nhiệm vụ nào phải hoàn thành trong quý III/2025?", "list"),
    ("Đảng đoàn Quốc hội được giao nhiệm vụ gì?", "list"),
    ("Tỉnh ủy có trách nhiệm gì trong việc này?", "list"),
    ("Bộ nào chủ trì xây dựng Luật Dữ liệu?", "lead"),
    ("bao nhieu phan tram ngan sach chi cho khoa hoc", "amount"),
])
def test_kind_of_question(question, kind):
    assert classify(question).kind == kind
