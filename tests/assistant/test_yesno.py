"""Yes/no questions: the claim inside the frame, and the verdict on who leads from the task table."""
import pytest

from assistant import yesno


@pytest.mark.parametrize("question, claim", [
    ("Có phải Bộ Nội vụ chủ trì sửa đổi Luật Tổ chức Chính phủ không?", "Bộ Nội vụ chủ trì sửa đổi Luật Tổ chức Chính phủ"),
    ("Việc xây dựng Danh mục có phải chỉ do Bộ Y tế chủ trì không?", "Việc xây dựng Danh mục chỉ do Bộ Y tế chủ trì"),
    ("co phai bo cong an chu tri luat du lieu khong", "bo cong an chu tri luat du lieu"),
    ("Bộ Tài chính chủ trì đề án này, đúng hay sai?", "Bộ Tài chính chủ trì đề án này"),
    ("Phải chăng Nghị quyết có hiệu lực từ ngày ký, phải không?", "Nghị quyết có hiệu lực từ ngày ký"),
])
def test_statement_drops_the_question_frame(question, claim):
    assert yesno.statement(question) == claim


def test_lead_verdict_reads_the_task_table(fake_assistant):
    row = next(c for c in fake_assistant.index.clauses if c.label == "03/NQ-CP, Phụ lục II, nhiệm vụ 44")
    # the row: "Xây dựng Danh mục Công nghệ chiến lược | Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông"
    assert yesno.lead_verdict(fake_assistant, "Bộ Khoa học và Công nghệ chủ trì xây dựng Danh mục", row) is True
    assert yesno.lead_verdict(fake_assistant, "chỉ một mình Bộ Khoa học và Công nghệ chủ trì", row) is False
    assert yesno.lead_verdict(fake_assistant, "Bộ Y tế chủ trì xây dựng Danh mục", row) is False
    assert yesno.lead_verdict(fake_assistant, "Danh mục được ban hành năm 2025", row) is None   # not about a lead


def test_yes_no_answer_states_the_fact(fake_assistant):
    ans = fake_assistant.ask("Có phải Bộ Nội vụ chủ trì sửa đổi Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                             "địa phương theo Phụ lục II không?")
    assert ans.intent == "choice" and ans.answer.startswith("Đúng.") and "2/2025" in ans.answer


@pytest.mark.parametrize("question, true, false", [
    ("Bộ Tài chính chủ trì đề án này, đúng hay sai?", "Đúng", "Sai"),
    ("Phụ lục I đặt chỉ tiêu phủ sóng 5G là 100% dân số, đúng không?", "Đúng", "Không đúng"),
    ("Thủ tướng chủ trì phiên họp à?", "Đúng", "Không"),
    ("Có phải Bộ Nội vụ chủ trì sửa đổi Luật Tổ chức Chính phủ không?", "Đúng", "Không"),
    ("Nghị quyết 57 có khuyến khích doanh nghiệp đầu tư cho nghiên cứu không?", "Có", "Không"),
])
def test_the_verdict_answers_the_question_as_it_is_put(question, true, false):
    assert (yesno.verdict(question, True), yesno.verdict(question, False)) == (true, false)


@pytest.mark.parametrize("question, said, word", [
    ("Đề cương có đề xuất dùng đầu tư PPP để giảm gánh nặng ngân sách không?",
     "Đầu tư PPP để giảm gánh nặng ngân sách.", "Có"),
    # the text says "không yêu cầu" where the claim says "yêu cầu"
    ("Chương trình có yêu cầu tổ chức tự chủ phải bảo đảm tiền vay không?",
     "không yêu cầu bảo đảm tiền vay đối với các tổ chức khoa học và công nghệ", "Không"),
])
def test_whether_reads_negation_in_the_claim_and_the_cited_text(question, said, word):
    from assistant.model import Citation
    cited = Citation(n=1, doc_id="d", clause_id="c", label="l", path=(), text=f"Mở đầu. {said}",
                     highlight=(8, 8 + len(said)))
    assert yesno.whether(question, cited) == word


def test_a_has_or_not_question_says_yes_or_no_first(fake_assistant):
    ans = fake_assistant.ask("Nghị quyết có yêu cầu Bộ Tài chính bảo đảm nguồn kinh phí thực hiện không?")
    assert ans.answer.split(".")[0] in ("Có", "Không") and ans.citations


def test_a_yes_no_question_about_a_deadline_is_judged_by_the_task_s_due_date(fake_assistant):
    row = next(c for c in fake_assistant.index.clauses if c.label == "03/NQ-CP, Phụ lục II, nhiệm vụ 20")   # 2/2025
    assert yesno.deadline_verdict(fake_assistant, "Luật Tổ chức Chính phủ phải sửa đổi xong trong năm 2025", row)
    assert yesno.deadline_verdict(fake_assistant, "Luật phải sửa đổi xong trước ngày 30/6/2025", row)
    assert yesno.deadline_verdict(fake_assistant, "Luật phải sửa đổi xong trong quý IV/2025", row) is False
    assert yesno.deadline_verdict(fake_assistant, "Bộ Nội vụ chủ trì sửa đổi Luật", row) is None      # no time said
    ans = fake_assistant.ask("Có phải Luật Tổ chức Chính phủ phải được sửa đổi xong trong quý IV/2025 không?")
    assert ans.answer.startswith("Không.") and "2/2025" in ans.answer
    ans = fake_assistant.ask("Luật Tổ chức Chính phủ phải được sửa đổi xong trong năm 2025, đúng hay sai?")
    assert ans.answer.startswith("Đúng.") and "2/2025" in ans.answer


def test_a_claim_for_a_year_is_read_from_the_cell_under_that_year(fake_assistant):
    row = next(c for c in fake_assistant.index.clauses
               if any(h == "Mốc 2030" for h, _ in c.columns) and "6G diện rộng" in c.text)
    stats = fake_assistant.stats
    true, head, cell = yesno.column_verdict("Đề cương đặt mốc phủ sóng 6G diện rộng vào năm 2030", row, stats)
    assert not true and head.startswith("Mốc 2045") and "6G diện rộng" in cell
    assert yesno.column_verdict("Đề cương đặt mốc 5G toàn quốc vào năm 2030", row, stats)[:2] == (True, "Mốc 2030")
    assert yesno.column_verdict("Đề cương đặt mốc 5G toàn quốc", row, stats) is None         # no year given
    ans = fake_assistant.ask("Đề cương có đặt mốc phủ sóng 6G diện rộng vào năm 2030 không?")
    assert ans.answer.startswith("Không. Mốc 2045") and ans.citations[0].highlight


@pytest.mark.parametrize("claim, probe", [
    ("Nghị định về doanh nghiệp khoa học và công nghệ do Bộ Nội vụ chủ trì xây dựng",
     "Nghị định về doanh nghiệp khoa học và công nghệ do chủ trì xây dựng"),
    ("Việc xây dựng Danh mục chỉ do một mình Bộ Y tế chủ trì", "Việc xây dựng Danh mục do chủ trì"),
    ("Luật Dữ liệu phải trình Quốc hội trong năm 2026", "Luật Dữ liệu phải trình Quốc hội"),
    ("Bộ Y tế ban hành kế hoạch", "Bộ Y tế ban hành kế hoạch"),     # asserts no lead, no time: the claim
])
def test_a_task_is_looked_for_by_what_the_claim_does_not_assert_of_it(claim, probe):
    assert yesno.probe(claim) == probe


def test_a_claim_of_one_beneficiary_is_false_where_the_clause_lists_several():
    from corpus import Clause
    clause = Clause(id="d:1", doc_id="d", path=("1",), label="l", heading="",
                    text="Xây dựng chính sách ưu đãi các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, "
                         "hộ kinh doanh đầu tư cho chuyển đổi số.")
    assert yesno.only_verdict("Chính sách chỉ dành cho doanh nghiệp nhỏ và vừa", clause) is False
    assert yesno.only_verdict("chinh sach chi danh cho hop tac xa", clause) is False
    assert yesno.only_verdict("Chính sách dành cho doanh nghiệp nhỏ và vừa", clause) is None     # no "chỉ"
    alone = Clause(id="d:2", doc_id="d", path=("2",), label="l", heading="",
                   text="Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số.")
    assert yesno.only_verdict("Chính sách chỉ dành cho doanh nghiệp nhỏ và vừa", alone) is None


def test_a_wrong_lead_asserted_finds_the_task_by_its_name_and_says_who_leads(fake_assistant):
    ans = fake_assistant.ask("Việc xây dựng Danh mục Công nghệ chiến lược có phải do Bộ Y tế chủ trì không?")
    assert ans.answer.startswith("Không.") and "Bộ Khoa học và Công nghệ" in ans.answer


def test_who_takes_part_is_judged_against_the_lead_and_the_coordinators(fake_assistant):
    row = next(c for c in fake_assistant.index.clauses if c.label == "03/NQ-CP, Phụ lục II, nhiệm vụ 76")
    # the row: "Bảo đảm nguồn lực … lên Trung tâm dữ liệu quốc gia | Bộ Kế hoạch và Đầu tư, Bộ Tài chính | Bộ Công an"
    assert yesno.coordination_verdict(fake_assistant, "Bộ Công an phối hợp bảo đảm nguồn lực", row) is True
    assert yesno.coordination_verdict(fake_assistant, "Bộ Tài chính phối hợp với Bộ Công an", row) is True
    assert yesno.coordination_verdict(fake_assistant, "Bộ Y tế phối hợp bảo đảm nguồn lực", row) is False
    assert yesno.coordination_verdict(fake_assistant, "Bộ Công an chủ trì", row) is None     # a lead claimed
    # "các bộ, ngành" at large says not which: undecided
    generic = next(c for c in fake_assistant.index.clauses if c.label == "03/NQ-CP, Phụ lục II, nhiệm vụ 44")
    assert yesno.coordination_verdict(fake_assistant, "Bộ Y tế phối hợp xây dựng Danh mục", generic) is None


def test_a_has_or_not_question_about_who_leads_is_judged(fake_assistant):
    ans = fake_assistant.ask("Bộ Nội vụ có chủ trì sửa đổi Luật Tổ chức Chính phủ không?")
    assert ans.answer.startswith("Có.") and "Bộ Nội vụ chủ trì" in ans.answer
    ans = fake_assistant.ask("Bộ Y tế có chủ trì sửa đổi Luật Tổ chức Chính phủ không?")
    assert ans.answer.startswith("Không.") and "Bộ Nội vụ" in ans.answer


def test_who_stands_in_a_row_s_column_of_its_role(fake_assistant):
    row = next(c for c in fake_assistant.index.clauses if c.doc_id == "DC-CL-NQ57" and "học bổng" in c.text
               and c.columns)
    # "Cơ quan thực hiện: Chính phủ (Bộ GD&ĐT, Bộ Nội vụ, Bộ KHCN, Bộ TTTT)"
    assert yesno.body_verdict("Bộ Nội vụ nằm trong các cơ quan thực hiện", row) is True
    assert yesno.body_verdict("Bộ Tài chính nằm trong các cơ quan thực hiện", row) is False
    # the column of the role the claim says, not any column naming the body
    assert yesno.body_verdict("Bộ Nội vụ là cơ quan phối hợp, tham vấn", row) is False
    ans = fake_assistant.ask("Theo bảng phân công của đề cương, Bộ Tài chính có nằm trong các cơ quan thực hiện nhiệm "
                             "vụ xây dựng chương trình đào tạo, học bổng khoa học, công nghệ và chính sách thu hút không?")
    assert ans.answer.startswith("Không.") and "Bộ GD&ĐT" in ans.answer


@pytest.mark.parametrize("question, particle", [
    ("Thủ tướng chủ trì phiên họp à?", True),
    ("Bộ Công an chủ trì hả?", True),
    ("Bộ Công an chủ trì á?", True),        # the restorer's writing of a closing "a" typed without marks
    ("Ai ký ạ?", False),                   # polite, not asking for confirmation: "ạ" and "à" fold alike
    ("Ai là người ký?", False),
])
def test_a_closing_particle_is_read_with_its_marks(question, particle):
    from assistant.intent import classify, ends_in_particle
    assert ends_in_particle(question) is particle
    assert classify(question).yes_no is particle


@pytest.mark.parametrize("claim, chair", [
    ("Phiên họp thứ hai của BCĐ là Thủ tướng ngồi chủ trì", "thu tuong"),
    ("Cuộc họp ngày 16/5/2025 do đồng chí Lê Hoài Trung chủ trì", "dong chi le hoai trung"),
    ("Hội nghị được chủ trì bởi Bộ trưởng", "bo truong"),
    ("Bộ Công an chủ trì xây dựng Trung tâm dữ liệu quốc gia", ""),        # a task's lead, not a meeting's chair
])
def test_the_chair_a_claim_names(claim, chair):
    assert yesno.chaired_claim(claim) == chair


def test_the_chair_verdict_reads_who_the_meeting_text_says_chaired_it():
    text = ("Ngày 04/3/2025, Ban Chỉ đạo đã họp Phiên thứ hai. Phiên họp do Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo "
            "chủ trì với sự tham gia của các thành viên.")
    assert yesno.chair_verdict("Phiên họp thứ hai do Thủ tướng chủ trì", text) is False
    assert yesno.chair_verdict("Phiên họp thứ hai do Tổng Bí thư chủ trì", text) is True
    assert yesno.chair_verdict("Phiên họp thứ hai do đồng chí Tô Lâm chủ trì", text) is True
    assert yesno.chair_verdict("Phiên họp thứ hai do Tổng Bí thư chủ trì", "Văn bản không nói ai chủ trì.") is None


def test_what_a_claim_says_one_gets_that_no_document_writes():
    pair_df = {"khuyen khich": 5, "doanh nghiep": 40, "dau tu": 30}
    assert yesno.unwritten_predicate("Cán bộ học xong có được cấp chứng chỉ không?", pair_df) == "cap chung chi"
    assert yesno.unwritten_predicate("Nghị quyết có khuyến khích doanh nghiệp đầu tư không?", pair_df) == ""
    assert yesno.unwritten_predicate("Ai chủ trì?", pair_df) == ""


def test_a_yes_no_question_on_what_no_document_writes_is_not_answered_yes(fake_assistant):
    ans = fake_assistant.ask("Các chuyên gia nước ngoài tham gia Hội đồng tư vấn quốc gia có được trả thù lao không?")
    assert ans.abstained and "trả thù lao" in ans.answer


def test_a_share_the_clause_does_not_write_is_set_against_the_figure_it_gives():
    from corpus import Clause
    row = Clause(id="d:r", doc_id="d", path=("PLI", "1"), label="l", heading="", kind="row",
                 text="Chỉ tiêu: Phủ sóng 5G cho người dân; Đơn vị: % dân số; Kết quả: 99",
                 columns=(("Chỉ tiêu", "Phủ sóng 5G cho người dân"), ("Đơn vị", "% dân số"), ("Kết quả", "99")))
    said, span = yesno.other_figure("Phụ lục I muốn sóng 5G tới 100% người dân", row, None)
    assert said == "Phủ sóng 5G cho người dân — Đơn vị: % dân số; Kết quả: 99"
    assert row.text[span[0]:span[1]] == "99"
    assert yesno.other_figure("Phụ lục I muốn sóng 5G tới 99% người dân", row, None) is None     # it writes 99
    assert yesno.other_figure("Phụ lục I muốn phủ sóng 5G cho người dân", row, None) is None      # no share given
    assert yesno.writes_share(row, "sóng 5G tới 99 phần trăm dân số") is True


def test_a_claim_naming_another_body_than_the_sentence_it_is_judged_by_is_false(fake_assistant):
    from corpus import Clause
    clause = Clause(id="d:1", doc_id="d", path=("1",), label="l", heading="",
                    text="Văn phòng Trung ương Đảng và các ban của Đảng ở Trung ương phải tiên phong gương mẫu đi đầu "
                         "trong việc chuyển đổi số.")
    claim = "Văn phòng Chính phủ phải tiên phong gương mẫu chuyển đổi số"
    stats = fake_assistant.stats
    assert yesno.subject_verdict(claim, clause, stats) is False
    assert yesno.subject_verdict("Văn phòng Trung ương Đảng phải tiên phong chuyển đổi số", clause, stats) is None
    assert yesno.subject_verdict("Nghị quyết của Chính phủ yêu cầu tiên phong chuyển đổi số", clause, stats) is None


def test_có_thật_là_opens_a_yes_no_question():
    from assistant.intent import classify
    assert classify("co that la nq57 danh it nhat 15% chi su nghiep khoa hoc?").yes_no
    assert yesno.statement("Có thật là NQ57 dành ít nhất 15% chi sự nghiệp khoa học?") == \
        "NQ57 dành ít nhất 15% chi sự nghiệp khoa học?"


def test_the_number_naming_a_document_is_no_figure_of_the_claim():
    from assistant.quiz_answer import DOC_REF, numbers
    assert numbers(DOC_REF.sub(" ", "có thật là nq57 dành ít nhất 15% chi")) == {"15"}
    assert numbers(DOC_REF.sub(" ", "Kế hoạch 3260 và 03/NQ-CP giao 5 việc")) == {"5"}


def test_the_a_of_châu_á_closes_no_yes_no_question():
    from assistant.intent import ends_in_particle
    assert not ends_in_particle("Đại học muốn lọt vào top bao nhiêu trường hàng đầu châu Á?")
    assert ends_in_particle("Phiên họp do Thủ tướng chủ trì à?")


def test_a_claim_of_when_a_document_takes_effect():
    said = "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành."
    assert yesno.in_force_claim("NQ 03 có phải chờ 45 ngày mới có hiệu lực không")
    assert not yesno.in_force_claim("Kế hoạch cũ có hết hiệu lực không")
    # a number of days the sentence does not give; the document's own date and number are no such figure
    assert not yesno.in_force_verdict("nq 03/nq-cp ky ngay 09/01/2025 thi co phai cho 45 ngay moi co hieu luc", said,
                                      "2025-01-09")
    assert yesno.in_force_verdict("nq 03/nq-cp ky ngay 09/01/2025 co hieu luc ngay tu ngay ky", said, "2025-01-09")
    assert not yesno.in_force_verdict("Nghị quyết 03 có hiệu lực từ ngày 01/3/2025", said, "2025-01-09")


def test_a_claim_of_who_holds_a_post():
    assert yesno.role_claim("Chủ tịch Hội đồng tư vấn quốc gia Tổng Bí thư") == \
        ("chu tich hoi dong tu van quoc gia", "tong bi thu")
    assert yesno.role_claim("Đề cương có để Tổng Bí thư kiêm luôn Chủ tịch Hội đồng tư vấn quốc gia không") == \
        ("chu tich hoi dong tu van quoc gia", "tong bi thu")
    # a post with no office claimed to hold it
    assert yesno.role_claim("Chủ tịch Hội đồng tư vấn quốc gia có họp hằng quý không") == ("", "")


def test_a_claim_that_the_work_goes_on():
    from corpus import Clause
    clause = Clause(id="d:1", doc_id="d", path=("1",), label="d, mục 1", heading="", context=(), span=(0, 0),
                    kind="item", text="Khi Đảng đoàn Quốc hội kết thúc hoạt động thì Đảng ủy Quốc hội tiếp tục chỉ đạo "
                                      "thực hiện Kế hoạch này.")
    assert yesno.going_on_verdict("Đảng đoàn Quốc hội ngừng hoạt động thì Kế hoạch 3260 vẫn tiếp tục", clause) is True
    assert yesno.going_on_verdict("Kế hoạch 3260 có bị dừng lại", clause) is False
    assert yesno.verdict("Kế hoạch 3260 vẫn tiếp tục chứ?", True) == "Có"
