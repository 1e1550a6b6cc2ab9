"""A question that says where to look is answered from that place."""
from assistant.locate import located, places


def test_places_are_read_as_labels_write_them():
    assert places("Theo Điều 3 Nghị quyết 03/NQ-CP, ai thi hành?") == ["dieu 3"]
    assert places("nhiệm vụ 49 trong Phụ lục II do ai chủ trì?") == ["nhiem vu 49", "phu luc ii"]
    assert places("muc III.5 cua nghi quyet 03 noi gi") == ["muc iii.5"]
    assert places("Mục tiêu của Nghị quyết 57 là gì? Mục đích?") == []      # words, not places
    assert places("Trong phần nơi nhận của Kế hoạch 3260, Ban cán sự đảng Chính phủ nhận để làm gì?") == ["noi nhan"]


def test_a_named_place_is_found_in_the_named_document(fake_assistant):
    def at(q):
        c = located(fake_assistant, q)
        return c.label if c else None
    assert at("Theo Điều 3 Nghị quyết 03/NQ-CP, những ai chịu trách nhiệm thi hành?") == "03/NQ-CP, Điều 3"
    assert at("Nhiệm vụ 49 trong Phụ lục II do ai chủ trì?") == "03/NQ-CP, Phụ lục II, nhiệm vụ 49"
    assert at("Phụ lục I, chỉ tiêu 23.3 là gì?") == "03/NQ-CP, Phụ lục I, chỉ tiêu 23.3"    # not "23-TB/TGV"
    # a whole appendix or section says which part to read, not which clause
    assert at("Theo Phụ lục II, bộ nào chủ trì xây dựng Luật Dữ liệu?") is None
    assert at("Mục III của Nghị quyết 03 nói gì?") is None


def test_a_question_naming_a_place_is_answered_from_it(fake_assistant):
    ans = fake_assistant.ask("Theo Điều 3 Nghị quyết 03/NQ-CP, những ai chịu trách nhiệm thi hành Nghị quyết?")
    assert ans.citations[0].label == "03/NQ-CP, Điều 3" and "Chủ tịch Ủy ban nhân dân" in ans.answer
    ans = fake_assistant.ask("Nhiệm vụ 49 trong Phụ lục II do ai chủ trì?")
    assert not ans.abstained and ans.answer.startswith("Bộ Tài chính chủ trì")


def test_the_recipients_are_a_place_to_look(fake_assistant):
    ans = fake_assistant.ask("Trong phần nơi nhận của Kế hoạch 3260-KH/ĐĐQH15, Ban cán sự đảng Chính phủ nhận văn bản "
                             "với mục đích gì?")
    assert ans.citations[0].label == "3260-KH/ĐĐQH15, Nơi nhận" and "để phối hợp" in ans.answer



def test_a_point_and_a_clause_of_an_article_as_label_fragments():
    from assistant.locate import places
    assert places("Điểm c khoản 1 Điều 4 Quy chế nêu ai?") == ["dieu 4", "muc 1.c"]
    assert places("Theo khoản 2 Điều 7 Quy chế, ai chủ trì?") == ["dieu 7", "muc 2"]
    assert places("Theo Điều 3 Nghị quyết 03, …") == ["dieu 3"]


def test_a_point_of_a_section_named_without_the_numbers_above_it(fake_assistant):
    """"điểm h mục 5" of a text whose labels say "mục II.5.h"; "mục 5" alone, in both II and III, is not said."""
    assert places("diem h muc 5 trong chuong trinh hanh dong cua chinh phu noi gi") == ["muc 5.h"]
    c = located(fake_assistant, "Điểm h mục 5 trong Chương trình hành động của Chính phủ nói gì?")
    assert c is not None and c.label == "03/NQ-CP, mục II.5.h"
    assert located(fake_assistant, "Mục 5 của Chương trình hành động của Chính phủ nói gì?") is None


def test_the_nth_item_of_a_list_leads_the_answer(fake_assistant):
    """"Quan điểm chỉ đạo thứ năm" is the fifth item under "QUAN ĐIỂM CHỈ ĐẠO", an item of its own."""
    ans = fake_assistant.ask("Quan điểm chỉ đạo thứ năm của NQ57 đề cập vấn đề gì?")
    assert ans.citations[0].label == "57-NQ/TW, mục I.5" and "chủ quyền quốc gia trên không gian mạng" in ans.answer


def test_the_nth_of_a_list_written_inline_is_its_part(fake_assistant):
    """"(1) … (6) …" inside one clause: the sixth limitation is its part "(6)", cited alone."""
    ans = fake_assistant.ask("Hạn chế thứ sáu, cũng là hạn chế cuối cùng mà phiên họp thứ hai nêu ra, là gì?")
    assert ans.answer.startswith("Chưa chú trọng mạnh dạn phát triển")
    assert ans.citations[0].label.endswith("mục I.2, ý (6)")


def test_a_point_of_a_section_named_without_its_document_or_the_numbers_above(fake_assistant):
    """"Điểm n mục 5 phần Nhiệm vụ cụ thể của Chương trình hành động": only 03/NQ-CP has a "mục ….5.n"."""
    ans = fake_assistant.ask("Điểm n mục 5 phần Nhiệm vụ cụ thể của Chương trình hành động còn nêu xây dựng những hệ "
                             "thống nào?")
    assert ans.citations[0].label == "03/NQ-CP, mục II.5.n" and "giao thông thông minh" in ans.answer
