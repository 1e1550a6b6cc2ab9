"""Who a person the documents name is: the posts written beside the name, and the documents the person signs."""
import pytest

from assistant import people


def test_the_posts_written_beside_a_name_and_the_document_signed(fake_assistant):
    ans = people.answer(fake_assistant, "Đồng chí Tô Lâm giữ chức vụ gì?")
    assert ans.answer == "Tô Lâm: T/M Bộ Chính trị, Tổng Bí thư (ký 57-NQ/TW) [1]; Trưởng Ban Chỉ đạo Trung ương [2]"
    assert ans.citations[0].doc_id == "57-NQ-TW" and not ans.citations[0].clause_id
    assert "chủ trì" not in ans.answer          # what he does is no post


def test_a_signer_is_who_signs_and_in_what_post(fake_assistant):
    ans = fake_assistant.ask("Ông Nguyễn Hòa Bình là ai?")
    assert ans.answer.startswith("Nguyễn Hòa Bình: KT. Thủ tướng, Phó Thủ tướng (ký 03/NQ-CP)")


def test_a_person_no_text_names_is_said_so(fake_assistant):
    ans = fake_assistant.ask("Ông Phạm Minh Chính là ai?")
    assert ans.abstained and ans.answer == "Các văn bản đã nạp không nhắc tới ông Phạm Minh Chính."


def test_posts_written_one_after_another_belong_to_the_name_before_them(fake_assistant):
    # "Đồng chí Nguyễn Duy Ngọc, Ủy viên …, Phó Trưởng Ban … và đồng chí Lê Hoài Trung, Bí thư …, Phó Trưởng Ban …"
    ngoc = people.answer(fake_assistant, "Đồng chí Nguyễn Duy Ngọc được ghi với những chức vụ nào?").answer
    trung = people.answer(fake_assistant, "Đồng chí Lê Hoài Trung giữ chức vụ gì?").answer
    assert ngoc == "Nguyễn Duy Ngọc: Ủy viên Bộ Chính trị [1]; Bí thư Trung ương Đảng [1]; Phó Trưởng Ban Chỉ đạo " \
                   "Trung ương [1]"
    assert trung == "Lê Hoài Trung: Bí thư Trung ương Đảng [1]; Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương [1]"


@pytest.mark.parametrize("question", ["Bộ Công an giữ vai trò gì?", "Tô Lâm ký văn bản nào?",
                                      "Đồng chí Trần Thanh Mẫn ký Kế hoạch 3260-KH/ĐĐQH15 với cương vị gì?"])
def test_other_questions_are_left_to_the_rest(fake_assistant, question):
    assert people.answer(fake_assistant, question) is None


def test_a_place_closing_a_body_s_name_is_no_person():
    import re
    assert not re.search(people._NAME, "Giám đốc Đại học Quốc gia Trường Sơn")
    assert re.search(people._NAME, "PGS.TS. Trịnh Khải Hoàn").group(0) == "Trịnh Khải Hoàn"


def test_a_members_duty_is_read_through_the_post_the_roster_gives(tmp_path):
    """"Ông X được giao lo chuyện gì?": the post written after the name in the roster, and the clause opening with that
    post and a duty; none where no clause gives that post a duty."""
    from assistant import people

    class Stub:
        def __init__(self, texts):
            from corpus import Clause
            self.index = type("I", (), {"clauses": [Clause(id=f"d:{i}", doc_id="d", path=(str(i),), label=f"mục {i}",
                                                            heading="", text=t) for i, t in enumerate(texts)]})()

        def cite(self, n, clause, span=None):
            return (n, clause.id)
    a = Stub(["Các Ủy viên: ông Ngô Quang Huy, Vụ trưởng Vụ Kế hoạch - Tài chính; bà Lý Thị Nhung, Vụ trưởng Vụ Tổ chức.",
              "Vụ trưởng Vụ Kế hoạch - Tài chính tổng hợp, bố trí kinh phí thực hiện các nhiệm vụ của Ban Chỉ đạo;"])
    ans = people.duties(a, "Ông Ngô Quang Huy được giao lo chuyện gì?")
    assert ans is not None and "bố trí kinh phí" in ans.answer and ans.citations[1] == (2, "d:1")
    assert people.duties(a, "Bà Lý Thị Nhung phụ trách việc gì?") is None
    assert people.duties(a, "Ông Ngô Quang Huy là ai?") is None


def test_a_name_asked_of_a_post_no_text_fills_is_not_answered_with_other_holders(fake_assistant):
    ans = fake_assistant.ask("Họ tên người giữ chức Tổ trưởng Tổ Giúp việc Ban Chỉ đạo Trung ương là gì?")
    assert ans.abstained, ans.answer


def test_the_holder_of_a_post_asked_by_full_name():
    from assistant.intent import asked_role
    assert asked_role("Họ và tên người giữ chức Tổ trưởng Tổ Giúp việc là gì?") == "to truong"
    assert asked_role("Người đảm nhiệm vị trí Phó Trưởng ban là ai?") == "pho truong ban"
