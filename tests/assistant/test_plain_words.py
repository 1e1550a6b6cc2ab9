import pytest

from assistant.plain_words import document_words


@pytest.mark.parametrize("question, added", [
    ("Tiền để thực hiện Chương trình hành động thì bộ nào lo?", "kinh phí ngân sách"),
    ("Lối nghĩ nào khi làm luật cần phải bỏ?", "tư duy xây dựng pháp loại xóa"),
    ("ai lam luat", "xây dựng pháp"),                  # two syllables folded: still one sense
    ("tien do thuc hien", ""),                        # "tien" folded is "tiền", "tiến", "tiện": left alone
    ("Tiến độ thực hiện ra sao?", ""),
    ("Bộ nào chủ trì soạn thảo Luật Nhà giáo?", ""),  # the documents' own word adds nothing
    ("Ai soạn hướng dẫn Luật Dữ liệu?", "xây dựng"),
    ("Hạ tầng chắp vá thì lo ngại điều gì?", "chưa đồng bộ rủi ro nguy cơ"),      # a risk the outline names
    ("Thiếu người làm R&D thì hệ quả gì?", "nhân lực đội ngũ hậu dẫn đến"),       # "quả" it holds
    ("Đâu là những trụ cột của Nghị quyết?", "trọng tâm lõi"),                     # "cốt" folds as "cột"
    ("Ai làm chương trình riêng trên tivi, radio?", "chuyên biệt truyền hình phát thanh"),
])
def test_documents_words_for_everyday_ones(question, added):
    assert document_words(question) == added


def test_a_question_read_in_the_documents_words_for_coverage():
    from assistant.plain_words import in_document_words
    assert in_document_words("Cơ quan nào chấm điểm các sở mỗi năm?") == "cơ quan nào đánh giá xếp hạng các sở hằng năm?"
    assert in_document_words("tien do the nao") == "tien do the nao"
