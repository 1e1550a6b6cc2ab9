from assistant.acronyms import COMMON, Acronyms
from corpus import Clause


def _clause(i: int, text: str) -> Clause:
    return Clause(id=f"D:{i}", doc_id="D", path=(str(i),), label=f"D, mục {i}", heading="", text=text)


def test_acronyms_are_learned_from_the_clauses_in_both_directions():
    book = Acronyms([
        _clause(1, "Phát huy vai trò của Ủy ban Thường vụ Quốc hội (UBTVQH) trong giám sát."),
        _clause(2, "Đẩy mạnh ứng dụng trí tuệ nhân tạo (AI) trong y tế."),
        _clause(3, "Tàu cá vi phạm khai thác không theo quy định (IUU)."),
    ])
    learned = {a: f for a, f in book.long.items() if a not in COMMON}
    assert learned == {"UBTVQH": "ủy ban thường vụ quốc hội", "AI": "trí tuệ nhân tạo"}
    assert book.long["UBND"] == "ủy ban nhân dân"         # common ones of Vietnamese administration too
    assert book.expand("co quan nao giup UBTVQH") == "ủy ban thường vụ quốc hội"
    assert book.expand("Ứng dụng tri tue nhan tao thế nào?") == "AI"
    assert book.expand("Ai chủ trì?") == ""          # "Ai" (who) is not the acronym AI
    assert book.expand("UBTVQH và Ủy ban Thường vụ Quốc hội") == ""
    # a question typed without diacritics gets no acronym for its long form: added, it outweighs the folded words
    assert book.expand("ung dung tri tue nhan tao the nao") == ""


def test_the_bundled_documents_define_their_acronyms(bundled):
    book = Acronyms(bundled.clauses)
    assert book.long["TFP"] == "năng suất nhân tố tổng hợp" and book.long["R&D"] == "nghiên cứu phát triển"


def test_an_abbreviation_named_after_gọi_tắt_là():
    from assistant.acronyms import Acronyms
    from corpus.model import Clause
    text = ("Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số của Bộ Hạ tầng và Đô thị "
            "(sau đây gọi tắt là BCĐ) làm việc theo chế độ kiêm nhiệm.")
    c = Clause(id="d:1", doc_id="d", path=("1",), label="d, Điều 1", heading="", text=text, context=(),
               span=(0, 1), kind="item", columns=())
    acronyms = Acronyms([c])
    assert acronyms.long["BCĐ"] == "ban chỉ đạo"
    assert "BCĐ" in acronyms.expand("Ban Chỉ đạo họp mấy tháng một lần?")
