"""Task extraction rules on small prose clauses (made-up sentences in the corpus' administrative style)."""
from __future__ import annotations

from datetime import date

from corpus.duties import group, numbered, starts_with_verb, unit_deadline, units
from corpus.model import Clause
from corpus.subjects import names_in, subject_names
from corpus.tasks import extract_tasks


def _clause(text: str, cid: str = "X:1", context: tuple[str, ...] = (), kind: str = "item",
            heading: str = "") -> Clause:
    return Clause(id=cid, doc_id="X", path=tuple(cid.split(":")[1].split(".")), label=cid, heading=heading,
                  text=text, context=context, kind=kind)


def _tasks(*clauses: Clause):
    return extract_tasks(list(clauses))


# --- subjects ------------------------------------------------------------------------------------

def test_subject_with_role_words_kept_as_written():
    names = subject_names("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
                          "trực thuộc Trung ương chỉ đạo triển khai kế hoạch")
    assert names == ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ",
                     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_subject_after_adverbial_opening():
    names = subject_names("Căn cứ kế hoạch của Chính phủ, các bộ, ngành, địa phương theo chức năng, nhiệm vụ "
                          "xây dựng chương trình hành động")
    assert names == ["các bộ, ngành, địa phương"]


def test_subject_of_unknown_body_needs_a_role_head():
    assert subject_names("Thường trực Hội đồng thẩm định cần rà soát hồ sơ") == ["Thường trực Hội đồng thẩm định"]
    assert subject_names("Các đồng chí Phó Trưởng Ban cần dự họp") == ["Các đồng chí Phó Trưởng Ban"]
    assert subject_names("Hồ sơ dự án phải bảo đảm đầy đủ") == []
    assert subject_names("Xây dựng kế hoạch số hóa tài liệu") == []


def test_subject_nouns_that_look_like_verbs():
    assert subject_names("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội chủ động tham gia vận động") \
        == ["Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"]
    assert subject_names("Bộ Tư pháp, các cơ quan chủ trì soạn thảo chịu trách nhiệm về chất lượng") \
        == ["Bộ Tư pháp", "các cơ quan chủ trì soạn thảo"]
    assert subject_names("Thường trực Ban Chỉ đạo tập trung tháo gỡ vướng mắc") == ["Thường trực Ban Chỉ đạo"]


def test_subject_drops_apposition_and_list_intro():
    assert names_in("Bộ Y tế - Cơ quan thường trực Đề án, Bộ Công an") == ["Bộ Y tế", "Bộ Công an"]
    assert subject_names("Các Bộ, cơ quan: Tài chính, Nội vụ và các cơ quan liên quan phối hợp với Bộ Y tế rà soát") \
        == ["Bộ Tài chính", "Bộ Nội vụ", "các cơ quan liên quan"]


def test_no_subject_inside_a_purpose_clause():
    assert subject_names("Bảo đảm kinh phí để các cơ quan của Quốc hội và đại biểu Quốc hội thực hiện") == []


# --- duties and their deadlines -----------------------------------------------------------------

def test_semicolon_duty_with_own_deadline_is_split():
    text = ("Ban cán sự đảng Bộ Y tế lãnh đạo xây dựng kế hoạch; phối hợp với Bộ Tài chính bố trí kinh phí, "
            "hoàn thành trong quý III/2025.")
    duties = group(units(text), lambda t: bool(subject_names(t)))
    assert len(duties) == 2
    assert unit_deadline(duties[0]) is None
    assert unit_deadline(duties[1]).start == date(2025, 7, 1)


def test_completion_and_delivery_stay_with_previous_duty():
    text = "Khẩn trương ban hành quy chế phối hợp. Hoàn thành trong tháng 9/2025."
    assert len(group(units(text), lambda t: False)) == 1
    text = "Các bộ rà soát danh mục dự án; gửi kết quả về Bộ Tài chính trước ngày 30/9/2025 để tổng hợp."
    duties = group(units(text), lambda t: bool(subject_names(t)))
    assert len(duties) == 1 and unit_deadline(duties[0]).end == date(2025, 9, 30)


def test_putting_into_use_stays_with_the_duty_that_builds_it():
    text = ("Cục Chuyển đổi số chủ trì xây dựng trợ lý ảo hỗ trợ công chức tra cứu văn bản; "
            "đưa vào sử dụng trong quý I/2026.")
    duties = group(units(text), lambda t: bool(subject_names(t)))
    assert len(duties) == 1 and unit_deadline(duties[0]).start == date(2026, 1, 1)


def test_a_ministry_s_own_units_lead_and_coordinate_its_plan():
    """Units no agency list holds ("Vụ Tổ chức cán bộ", "Cục Chuyển đổi số") still lead a ministry plan's tasks."""
    clause = Clause(id="kh:III.6.b", doc_id="kh", path=("III", "6", "b"), label="kh, mục III.6.b", heading="",
                    text="Vụ Tổ chức cán bộ chủ trì, phối hợp với Vụ Kế hoạch - Tài chính, Bộ Ngoại giao xây dựng "
                         "cơ chế thu hút chuyên gia người Việt Nam ở nước ngoài, hoàn thành trong quý I/2026.",
                    context=("NHIỆM VỤ, GIẢI PHÁP",), span=(0, 10), kind="item", columns=())
    (task,) = extract_tasks([clause])
    assert task.lead == ("Vụ Tổ chức cán bộ",)
    assert task.coordinators == ("Vụ Kế hoạch - Tài chính", "Bộ Ngoại giao")


def test_sentence_about_the_product_is_not_a_new_duty():
    text = "Giao Bộ Nội vụ chủ trì xây dựng Đề án. Đề án phải nêu rõ lộ trình, hoàn thành trong tháng 10/2025."
    duties = group(units(text), lambda t: bool(subject_names(t)))
    assert len(duties) == 1


def test_periodic_report_after_comma_is_its_own_duty():
    text = ("Bộ Công Thương theo dõi việc thực hiện, định kỳ 6 tháng báo cáo Thủ tướng Chính phủ trước ngày "
            "20 tháng 6 và trước ngày 20 tháng 12.")
    duties = group(units(text), lambda t: bool(subject_names(t)))
    assert len(duties) == 2
    assert unit_deadline(duties[1]).kind == "recurring"


def test_bare_adverbs_count_only_on_the_verb():
    assert unit_deadline("Thường xuyên kiểm tra tiến độ thực hiện").kind == "ongoing"
    assert unit_deadline("định kỳ báo cáo Ban Chỉ đạo").kind == "recurring"
    assert unit_deadline("bảo đảm kinh phí thực hiện hằng năm theo quy định").kind == "recurring"
    assert unit_deadline("lồng ghép vào kế hoạch công tác hằng năm của cơ quan") is None
    assert unit_deadline("bên cạnh các nhiệm vụ thường xuyên, tập trung nguồn lực") is None


def test_recurring_report_beats_ongoing_adverb():
    assert unit_deadline("Thường xuyên nắm tình hình, định kỳ báo cáo Chính phủ").kind == "recurring"


def test_submission_to_a_session_is_due_then():
    dl = unit_deadline("Hoàn thiện dự án luật để trình Quốc hội thông qua tại Kỳ họp thứ 10 (tháng 10/2025).")
    assert dl.kind == "due" and dl.start == date(2025, 10, 1) and "Kỳ họp" in dl.text


def test_numbered_items_split_only_when_they_are_duties():
    listed = numbered("Chủ trì, phối hợp với Bộ Công an: (1) Xây dựng quy chế. (2) Triển khai hệ thống.")
    assert listed and listed[0].startswith("Chủ trì") and len(listed[1]) == 2
    assert numbered("Trình các luật sau: (1) Luật Thống kê. (2) Luật Thuế giá trị gia tăng. (3) Luật Giá.") is None
    assert numbered("Triển khai các ứng dụng trong năm 2025: (1) Hoàn thành cổng. (2) Mở rộng dịch vụ.") is None


def test_starts_with_verb_after_time_phrase_and_opener():
    assert starts_with_verb("Trong quý IV/2025 hoàn thành số hóa hồ sơ")
    assert starts_with_verb("Đồng thời, sớm nghiên cứu sửa đổi quy định")
    assert not starts_with_verb("Kế hoạch phải xác định rõ mục tiêu")


# --- whole clauses --------------------------------------------------------------------------------

def test_numbered_duties_keep_heading_lead_not_intro_coordinators():
    head = _clause("Văn phòng Chính phủ - Cơ quan thường trực Tổ công tác:", "X:2", kind="heading")
    item = _clause("Chủ trì, phối hợp với Bộ Nội vụ: (1) Xây dựng quy chế từ ngày 01/8/2025. "
                   "(2) Hoàn thiện cổng thông tin trong tháng 9/2025.", "X:2.1")
    tasks = _tasks(head, item)
    assert [t.lead for t in tasks] == [("Văn phòng Chính phủ",)] * 2
    assert [t.coordinators for t in tasks] == [("Bộ Nội vụ",)] * 2
    assert [t.deadline.kind for t in tasks] == ["start", "due"]


def test_intro_agency_before_colon_leads_numbered_duties():
    c = _clause("Về bảo đảm nguồn lực, Bộ Tài chính: (1) Đề xuất cơ chế kinh phí. "
                "(2) Hướng dẫn thanh quyết toán trong tháng 11/2025.")
    assert [t.lead for t in _tasks(c)] == [("Bộ Tài chính",)] * 2


def test_heading_with_subject_and_colon_governs_items():
    head = _clause("Để triển khai Nghị quyết, Đảng ủy Chính phủ xác định các nhiệm vụ sau:", "X:3", kind="heading")
    item = _clause("Chủ động rà soát văn bản quy phạm pháp luật, hoàn thành trong năm 2025.", "X:3.1")
    (task,) = _tasks(head, item)
    assert task.lead == ("Đảng ủy Chính phủ",)


def test_directed_agency_takes_its_own_duty_from_the_heading_lead():
    # "Đảng ủy Chính phủ chỉ đạo:" leads the items, but "Chỉ đạo Bộ X …" inside one hands that duty to Bộ X
    head = _clause("Về phát triển hạ tầng, Đảng ủy Chính phủ chỉ đạo:", "X:5", kind="heading")
    item = _clause("Về đất hiếm: Nghiên cứu xu thế chung, kinh nghiệm của một số quốc gia để nhận định đánh giá "
                   "cụ thể và định hướng phát triển của Việt Nam. Chỉ đạo Bộ Nông nghiệp và Môi trường sớm hoàn "
                   "thành việc đánh giá trữ lượng, tiềm năng đất hiếm và có kế hoạch bảo đảm khai thác, sử dụng "
                   "hiệu quả phục vụ phát triển kinh tế, xã hội. Báo cáo kết quả thực hiện với Ban Chỉ đạo trong "
                   "tháng 8/2025.",
                   "X:5.1", context=(head.text,))
    tasks = _tasks(head, item)
    assert [t.lead for t in tasks] == [("Đảng ủy Chính phủ",), ("Bộ Nông nghiệp và Môi trường",)]
    assert tasks[1].deadline.end == date(2025, 8, 31)


def test_dated_parent_heading_dates_items():
    item = _clause("Hạ tầng số: Hình thành bước đầu nền tảng dữ liệu dùng chung giữa các bộ, ngành.",
                   "X:4.1", context=("MỤC TIÊU", "Trong năm 2026 (ngắn hạn)"))
    (task,) = _tasks(item)
    assert task.lead == ()
    assert task.deadline.start == date(2026, 1, 1) and task.deadline.end == date(2026, 12, 31)


def test_closing_formula_is_not_a_duty():
    c = _clause("Các tỉnh ủy, thành ủy định kỳ hằng quý báo cáo Ban Chỉ đạo.\nVăn phòng Trung ương Đảng thông báo "
                "để các cơ quan liên quan biết, thực hiện.")
    (task,) = _tasks(c)
    assert task.lead == ("các tỉnh ủy, thành ủy",)
    assert task.deadline.kind == "recurring"


def test_row_remark_in_lead_cell_is_dropped_and_task_cell_dated():
    row = Clause(id="X:PL.r1", doc_id="X", path=("PL", "r1"), label="r1", heading="", text="", kind="row",
                 columns=(("Nhiệm vụ", "Lập báo cáo định kỳ 6 tháng"),
                          ("Cơ quan thực hiện", "Bộ Nội vụ (chủ trì thiết kế), Bộ Y tế")))
    (task,) = _tasks(row)
    assert task.lead == ("Bộ Nội vụ", "Bộ Y tế")
    assert task.deadline.kind == "recurring"


def _report_clauses():
    """A report's tasks for the next quarter: each task a bullet, who leads it and by when a bullet below it (or
    in brackets after it), some dates without their year (the heading gives it)."""
    from corpus.loader import load_document
    import tempfile
    from pathlib import Path
    text = ("## V. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025\n\n### 1. Về cơ chế\n\n"
            "* Hoàn thiện dự thảo Quy chế khoán chi, trình UBND thành phố ban hành.\n"
            "  * Phòng Quản lý khoa học chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp; trình trước 30/11/2025.\n"
            "* Đưa Sàn giao dịch công nghệ vào vận hành thử nghiệm.\n"
            "  * Chủ trì: Trung tâm Thông tin và Ứng dụng KH&CN; thời hạn: trước 31/12/2025.\n"
            "* Xây dựng dự toán ngân sách năm 2026 (Phòng Kế hoạch – Tài chính chủ trì, phối hợp với Sở Tài chính; "
            "gửi Sở Tài chính ngày 15/11).\n"
            "* Nâng tỷ lệ phủ sóng 5G lên 85% khu dân cư (các doanh nghiệp viễn thông chủ trì; Phòng Chuyển đổi số "
            "hướng dẫn, theo dõi; trong quý IV).\n")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bc.md"
        path.write_text(text, encoding="utf-8")
        return load_document(path)[1]


def test_a_line_under_a_task_that_only_assigns_it_gives_the_task_its_lead_and_deadline():
    tasks = {t.action.split()[0]: t for t in extract_tasks(_report_clauses())}
    assert set(tasks) == {"Hoàn", "Đưa", "Xây", "Nâng"}       # no task of the assigning lines themselves
    assert tasks["Hoàn"].lead == ("Phòng Quản lý khoa học",)
    assert tasks["Hoàn"].coordinators == ("Sở Tài chính", "Sở Tư pháp")
    assert tasks["Hoàn"].deadline.end == date(2025, 11, 30)
    assert tasks["Đưa"].lead == ("Trung tâm Thông tin và Ứng dụng KH&CN",)      # "Chủ trì: …; thời hạn: …"
    assert tasks["Đưa"].deadline.end == date(2025, 12, 31)


def test_an_assignment_in_brackets_and_a_date_without_its_year():
    tasks = {t.action.split()[0]: t for t in extract_tasks(_report_clauses())}
    assert tasks["Xây"].action.endswith("năm 2026")                 # the brackets are not the task
    assert tasks["Xây"].lead == ("Phòng Kế hoạch – Tài chính",)
    assert tasks["Xây"].deadline.end == date(2025, 11, 15)          # "ngày 15/11" under "QUÝ IV/2025"
    assert tasks["Nâng"].coordinators == ("Phòng Chuyển đổi số",)    # "… hướng dẫn, theo dõi" supports
    assert (tasks["Nâng"].deadline.start, tasks["Nâng"].deadline.end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_a_heading_listing_bodies_gives_its_duties_to_every_one_of_them():
    from corpus.tasks import _heading_leads
    assert _heading_leads("Các sở, ban, ngành, UBND cấp huyện") == [
        "Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố"]
