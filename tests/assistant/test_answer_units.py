"""An amount question asked in money or in per cent needs an amount in that unit."""
import pytest

from assistant.extract import states_asked_unit


@pytest.mark.parametrize("question, text, ok", [
    ("Vốn điều lệ của quỹ là bao nhiêu tỷ đồng?", "Quỹ khoa học và công nghệ, Quỹ đầu tư mạo hiểm.", False),
    ("Vốn điều lệ của quỹ là bao nhiêu tỷ đồng?", "Vốn điều lệ 5.000 tỷ đồng.", True),
    ("muc luong toi thieu vung nam 2025 la bao nhieu", "Năm 2025 là năm khởi đầu, có 3 nhóm giải pháp.", False),
    ("Mức phí là bao nhiêu?", "Chỉ tiêu: Doanh thu; Đơn vị: tỷ đồng; Kết quả: 120", True),
    ("Tỷ lệ hoạt động không dùng tiền mặt đạt bao nhiêu?", "Giao dịch không dùng tiền mặt: ≥ 80%", True),
    ("Phải hoàn thành bao nhiêu tiện ích trên VNeID?", "Hoàn thành 61 tiện ích trên VNeID.", True),
    ("Phủ sóng 5G đạt bao nhiêu phần trăm dân số?", "Chỉ tiêu: Phủ sóng 5G; Đơn vị: % dân số; Kết quả: 99", True),
    ("Tái sử dụng bao nhiêu phần trăm dữ liệu?", "Tái sử dụng dữ liệu đã số hóa, nâng cao 3 loại dịch vụ.", False),
    ("Có bao nhiêu doanh nghiệp công nghệ số?", "Có tối thiểu 10 doanh nghiệp công nghệ số.", True),
    ("Có bao nhiêu doanh nghiệp công nghệ số?", "Phát triển doanh nghiệp công nghệ số đến năm 2030.", False),
])
def test_amount_in_the_asked_unit(question, text, ok):
    assert states_asked_unit(question, text) is ok


def test_inline_items_in_order():
    from assistant.extract import enumerated_items
    text = "Còn hạn chế như: (1) Thể chế chậm. (2) Thiếu nhân lực; (3) Hạ tầng yếu."
    assert [text[s:e] for s, e in enumerated_items(text)] == ["(1) Thể chế chậm.", "(2) Thiếu nhân lực",
                                                              "(3) Hạ tầng yếu."]
    text = "Các nhóm gồm: thể chế; hạ tầng số; nhân lực"
    assert [text[s:e] for s, e in enumerated_items(text)] == ["thể chế", "hạ tầng số", "nhân lực"]
    assert enumerated_items("Theo Điều 3) của luật, (2) không theo thứ tự.") == []
    assert enumerated_items("Một câu thường; không có dấu hai chấm; ba phần") == []
