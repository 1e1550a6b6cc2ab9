"""The due window shared by the Nhiệm vụ tab and `hoidap tasks --due-from/--due-to`."""
from datetime import date

import pytest

from assistant.tasks import TaskBook, Window, WindowError, due_window
from corpus.loader import load_document


def test_both_phrases_run_from_the_first_start_to_the_last_end():
    w = due_window("quý II/2025", "quý III/2025")
    assert (w.start, w.end) == (date(2025, 4, 1), date(2025, 9, 30))
    w = due_window("4/2025", "2025-06-15")
    assert (w.start, w.end) == (date(2025, 4, 1), date(2025, 6, 15))
    w = due_window("quý II/2025", "quý II/2025")
    assert (w.start, w.end) == (date(2025, 4, 1), date(2025, 6, 30))


@pytest.mark.parametrize("first, last", [("quý II/2025", ""), ("", "quý II/2025"), ("  quý II/2025 ", None)])
def test_one_period_is_that_whole_period(first, last):
    w = due_window(first, last)
    assert (w.start, w.end) == (date(2025, 4, 1), date(2025, 6, 30))


@pytest.mark.parametrize("phrase, start, end", [
    ("6/2025", date(2025, 6, 1), date(2025, 6, 30)),
    ("tháng 6/2025", date(2025, 6, 1), date(2025, 6, 30)),
    ("năm 2025", date(2025, 1, 1), date(2025, 12, 31)),
    ("2025-2030", date(2025, 1, 1), date(2030, 12, 31)),
])
def test_one_month_year_or_range_is_that_period(phrase, start, end):
    assert (due_window(phrase, "").start, due_window(phrase, "").end) == (start, end)
    assert (due_window("", phrase).start, due_window("", phrase).end) == (start, end)


def test_one_day_leaves_the_other_side_open():
    assert due_window("2025-04-01", "") == Window(date(2025, 4, 1), None, "2025-04-01 – …")
    assert due_window("", "30/6/2025") == Window(None, date(2025, 6, 30), "… – 30/6/2025")


def test_no_phrase_is_no_window():
    assert due_window("", "") is None
    assert due_window(None, "   ") is None


@pytest.mark.parametrize("first, last, bad", [
    ("hôm qua", "", "“hôm qua”"),
    ("", "xyz", "“xyz”"),
    ("quý II/2025", "sớm nhất", "“sớm nhất”"),
    ("abc", "def", "“abc”, “def”"),
    ("2025-13-01", "", "“2025-13-01”"),
])
def test_bad_phrase_says_which_in_vietnamese(first, last, bad):
    with pytest.raises(WindowError) as err:
        due_window(first, last)
    assert str(err.value).startswith(f"không hiểu mốc {bad}") and "quý II/2025" in str(err.value)


def test_from_after_to_is_refused():
    with pytest.raises(WindowError) as err:
        due_window("quý III/2025", "quý II/2025")
    assert "01/07/2025" in str(err.value) and "30/06/2025" in str(err.value) and "sau" in str(err.value)
    assert due_window("2025-06-30", "2025-06-30") == Window(date(2025, 6, 30), date(2025, 6, 30),
                                                            "2025-06-30 – 2025-06-30")


def test_an_item_takes_the_lead_its_introducing_clause_names(tmp_path):
    """"Văn phòng Trung ương Đảng chủ trì, phối hợp với …:" above "(i) Nghiên cứu …": the item's lead."""
    text = ("KẾ HOẠCH\n\nI. ĐỀ XUẤT, KIẾN NGHỊ\n\nVăn phòng Trung ương Đảng chủ trì, phối hợp với Bộ Khoa học và "
            "Công nghệ:\n\n- (i) Nghiên cứu, thống nhất phương án kết nối dữ liệu giữa hai hệ thống.\n"
            "- (ii) Rà soát các nhiệm vụ giao trên hệ thống.\n")
    path = tmp_path / "kh.md"
    path.write_text(text, encoding="utf-8")
    _, clauses = load_document(path)
    item = next(c for c in clauses if c.text.startswith("(i)"))
    assert TaskBook.from_clauses(clauses).context_agency(item) == "Văn phòng Trung ương Đảng"


def test_a_province_s_departments_lead_its_tasks_and_a_list_keeps_to_the_topic_asked(tmp_path):
    """"Sở Thông tin và Truyền thông chủ trì …" is a lead like "Bộ …"; "… những nhiệm vụ gì về an toàn thông
    tin?" lists the department's tasks on that topic only."""
    from tests.conftest import assistant_over
    text = ("KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n1. Sở Thông tin và Truyền thông chủ trì tổ chức diễn tập an toàn thông tin "
            "cấp tỉnh; hoàn thành trong tháng 10/2025.\n\n2. Sở Thông tin và Truyền thông chủ trì phủ sóng 4G đến "
            "100% thôn, ấp; hoàn thành trước ngày 31/10/2025.\n\n3. Sở Y tế chủ trì triển khai bệnh án điện tử; "
            "hoàn thành trước ngày 30/9/2025.\n")
    a = assistant_over(tmp_path, {"kh.md": text})
    assert "Sở Y tế" in a.ask("Ai chủ trì triển khai bệnh án điện tử?").answer
    ans = a.ask("Sở Thông tin và Truyền thông chủ trì những nhiệm vụ gì về an toàn thông tin?")
    assert "diễn tập" in ans.answer and "4G" not in ans.answer


def test_an_agency_the_clause_abbreviates_is_named_with_its_abbreviation():
    from assistant.tasks import as_written
    names = ("Ban Tuyên giáo Trung ương", "Đài Truyền hình Việt Nam", "Bộ Khoa học và Công nghệ")
    text = "Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV; Bộ Khoa học và Công nghệ"
    assert as_written(names, text) == ("Ban Tuyên giáo Trung ương, Đài Truyền hình Việt Nam (VTV), "
                                       "Bộ Khoa học và Công nghệ")


def test_the_task_an_answer_names_is_quoted_whole_or_cut_at_a_word(fake_assistant):
    from assistant.tasks import ACTION_CHARS, shorten
    ans = fake_assistant.ask("Tại phiên họp thứ hai, ai chủ trì chuẩn bị đón, làm việc với Đoàn Thanh tra về chống "
                             "khai thác hải sản bất hợp pháp (IUU)?")
    assert "Ủy ban châu Âu" in ans.answer           # the action is 230 characters: quoted whole
    cut = shorten("chữ " * 100, ACTION_CHARS)
    assert cut.endswith("chữ…") and len(cut) <= ACTION_CHARS + 1


@pytest.mark.parametrize("question, value", [
    ("Trong bảng chỉ tiêu, mục nào ghi con số 09 cho năm 2030?", "09"),
    ("Chỉ tiêu nào đạt 100% đến năm 2030?", "100"),
    ("Chỉ tiêu nào đạt đến năm 2030?", None),          # a year is no value
    ("Mục tiêu đến năm 2030 là bao nhiêu?", None),      # no target asked by its value
])
def test_a_target_asked_by_its_value(question, value):
    from assistant.tasks import _ASKS_TARGET, _BY_VALUE
    from corpus.normalize import fold
    key = fold(question).lower()
    m = _BY_VALUE.search(key)
    assert (m.group(1) if m and _ASKS_TARGET.search(key) else None) == value


def test_overdue_and_still_open_count_from_the_day_the_question_gives(fake_assistant):
    """"Tính đến 1/8/2025 … đã quá hạn", "Nếu hôm nay là 15/6/2025 … chưa đến hạn": that day, not today and not
    a window of August 2025."""
    ans = fake_assistant.ask("Tính đến 1/8/2025, những nhiệm vụ nào do Bộ Công an chủ trì đã bị quá hạn?")
    assert ans.answer.startswith("Có 2 nhiệm vụ của Bộ Công an (chủ trì) đã quá hạn tính đến 01/08/2025")
    assert "Ủy ban Dữ liệu quốc gia" in ans.answer and "Luật Dữ liệu" in ans.answer
    ans = fake_assistant.ask("Nếu hôm nay là 15/6/2025 thì Bộ Y tế còn nhiệm vụ chủ trì nào trong Phụ lục II chưa đến hạn?")
    assert ans.answer.startswith("Có 1 nhiệm vụ") and "Bạch Mai" in ans.answer


def test_the_table_says_when_an_agency_has_no_task_in_a_window(fake_assistant):
    ans = fake_assistant.ask("Bộ Y tế được giao những nhiệm vụ nào có hạn hoàn thành trong năm 2026?")
    assert ans.abstained and ans.answer.startswith("Không có nhiệm vụ nào của Bộ Y tế")
    # a body the table names only as a coordinator leads nothing
    ans = fake_assistant.ask("Theo Phụ lục II, Thanh tra Chính phủ chủ trì nhiệm vụ nào?")
    assert ans.abstained and "Thanh tra Chính phủ (chủ trì)" in ans.answer


def test_the_number_of_an_agency_s_tasks_is_its_list(fake_assistant):
    ans = fake_assistant.ask("Trong danh mục nhiệm vụ kèm NQ 03, Bộ Nội vụ đứng tên chủ trì tổng cộng mấy việc?")
    assert ans.answer.startswith("Có 6 nhiệm vụ của Bộ Nội vụ (chủ trì)") and len(ans.citations) == 6
    ans = fake_assistant.ask("Bộ Kế hoạch và Đầu tư được ghi là cơ quan phối hợp trong bao nhiêu nhiệm vụ của Phụ lục II?")
    assert ans.answer.startswith("Có 9 nhiệm vụ của Bộ Kế hoạch và Đầu tư (phối hợp)")


def test_the_initials_closing_a_document_number_name_no_agency(fake_assistant):
    """"23-TB/TGV": TGV is the notice's number, not Tổ Giúp việc doing tasks."""
    ans = fake_assistant.ask("Trong TB 23-TB/TGV, Bộ Công an tham gia phối hợp những việc gì?")
    assert ans.answer.startswith("Có 3 nhiệm vụ của Bộ Công an (phối hợp)")


def test_no_task_of_an_agency_with_a_deadline_written_in_words(fake_assistant):
    ans = fake_assistant.ask("Bộ Y tế chủ trì nhiệm vụ nào có thời hạn 2025 và những năm tiếp theo?")
    assert ans.abstained and "“2025 và những năm tiếp theo”" in ans.answer


def test_whether_one_task_is_overdue_is_its_deadline_against_the_day_asked(fake_assistant):
    """"… đã trễ hạn chưa?" asks one task's state (not the list of overdue tasks), from the day the question
    gives or today; of the hits, the task the question names most of."""
    from assistant.intent import classify
    from indexing import Hit
    a = fake_assistant
    assert not classify("Chương trình phát triển Chính phủ số đã quá hạn chưa?").overdue
    hits = [Hit(a.clause("03-NQ-CP:III.2"), 1.0), Hit(a.clause("03-NQ-CP-PL:PLII.V.89"), 0.5)]
    q = "Nếu đến 1/10/2025 mà Chương trình phát triển Chính phủ số vẫn chưa được ban hành thì đã trễ hạn chưa?"
    ans = a.tasks.answer_state(a, q, hits)
    assert ans.answer.startswith("Đã quá hạn tính đến 01/10/2025: hạn tháng 9/2025")
    assert ans.citations[0].label == "03/NQ-CP, Phụ lục II, nhiệm vụ 89"
    ans = a.tasks.answer_state(a, "Tính đến 1/8/2025, Chương trình phát triển Chính phủ số đã quá hạn chưa?", hits)
    assert ans.answer.startswith("Chưa quá hạn tính đến 01/08/2025")


def test_until_a_day_is_a_window_from_the_start_when_no_overdue_is_asked(fake_assistant):
    ans = fake_assistant.ask("Tính đến 30/6/2025, Bộ Nội vụ phải hoàn thành những nhiệm vụ nào?")
    assert ans.answer.startswith("Có 3 nhiệm vụ của Bộ Nội vụ (chủ trì hoặc phối hợp) đến hạn đến 30/6/2025")


def test_tasks_due_after_a_year(fake_assistant):
    """"… muộn hơn năm 2026", "từ năm 2027 trở đi": due from the next (or that) year on, with no end."""
    for q in ("Phụ lục II có những nhiệm vụ nào ghi thời hạn hoàn thành muộn hơn năm 2026?",
              "Những nhiệm vụ nào có hạn từ năm 2027 trở đi?"):
        ans = fake_assistant.ask(q)
        assert ans.answer.startswith("Có 6 nhiệm vụ đến hạn") and "đô thị thông minh" in ans.answer


@pytest.fixture(scope="module")
def report_pack(tmp_path_factory):
    """A city department's report (its proposals by addressee, its tasks for the next quarter) and the city's
    letter acting on it."""
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    tmp = tmp_path_factory.mktemp("pack")
    report = ("ỦY BAN NHÂN DÂN THÀNH PHỐ BÌNH GIANG\n\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 412/BC-SKHCN\n\n"
              "Bình Giang, ngày 03 tháng 10 năm 2025\n\nBÁO CÁO\n\nKết quả 9 tháng năm 2025\n\n"
              "## I. KẾT QUẢ\n\n1. Còn 23/48 phường, xã chưa bố trí được công chức chuyên trách chuyển đổi số.\n\n"
              "## IV. ĐỀ XUẤT, KIẾN NGHỊ\n\n### 1. Đối với UBND thành phố\n\n"
              "* Bổ sung 35 tỷ đồng vốn điều lệ cho Quỹ Phát triển khoa học và công nghệ thành phố.\n"
              "* Ban hành Danh mục sản phẩm công nghệ chiến lược của thành phố.\n\n"
              "### 2. Đối với Bộ Tài chính\n\n* Ban hành hướng dẫn thanh quyết toán theo cơ chế khoán chi.\n\n"
              "## V. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025\n\n"
              "* Kết nối 7 cơ sở dữ liệu chuyên ngành với Kho dữ liệu dùng chung.\n"
              "  * Phòng Chuyển đổi số chủ trì; trước ngày 20/12/2025.\n"
              "* Thanh tra Sở kiểm tra việc sử dụng kinh phí của 10 nhiệm vụ chậm tiến độ; trong tháng 11/2025.\n"
              "* Nâng tỷ lệ phủ sóng 5G lên 85% khu dân cư (các doanh nghiệp viễn thông chủ trì; Phòng Chuyển đổi số "
              "hướng dẫn, theo dõi; trong quý IV).\n")
    letter = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BÌNH GIANG\n\nSố: 2785/UBND-KGVX\nV/v triển khai nhiệm vụ quý IV/2025\n\n"
              "Bình Giang, ngày 10 tháng 10 năm 2025\n\nKính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n\n"
              "Xét Báo cáo số 412/BC-SKHCN của Sở Khoa học và Công nghệ, "
              "Chủ tịch Ủy ban nhân dân thành phố có ý kiến như sau:\n\n"
              "1. Sở Nội vụ chủ trì bố trí công chức phụ trách chuyển đổi số; trước ngày 15/11/2025.\n\n"
              "Nơi nhận:\n- Như trên;\n- Bộ KH&CN (để b/c);\n- Lưu: VT.\n")
    (tmp / "docs").mkdir()
    (tmp / "docs" / "bc.md").write_text(report, encoding="utf-8")
    (tmp / "docs" / "cv.txt").write_text(letter, encoding="utf-8")
    build_index(load_corpus(tmp / "docs"), tmp / "index", IndexSettings(embedder="fake"), show_progress=False)
    return Assistant(Settings(corpus_dir=str(tmp / "docs"), index_dir=str(tmp / "index"),
                              index=IndexSettings(embedder="fake"), today="2025-10-15"))


def test_tasks_of_a_section_named_by_its_period(report_pack):
    """"… trong các nhiệm vụ trọng tâm quý IV/2025": the section's tasks, whatever their deadline (31/01/2026 would
    do), and a second period in the question is the window."""
    ans = report_pack.ask("Phòng Chuyển đổi số được giao những việc gì trong các nhiệm vụ trọng tâm quý IV/2025?")
    assert "NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025" in ans.answer
    assert "Kho dữ liệu" in ans.answer and "5G" in ans.answer and "Thanh tra" not in ans.answer
    ans = report_pack.ask("Trong các nhiệm vụ trọng tâm quý IV/2025 mà Sở KH&CN Bình Giang đề ra, những việc nào "
                          "có hạn trong tháng 11/2025?")
    assert "Thanh tra Sở" in ans.answer and "Kho dữ liệu" not in ans.answer    # the Sở sets them out, not does them


def test_proposals_asked_by_whom_they_are_addressed_to(report_pack):
    ans = report_pack.ask("Sở KH&CN kiến nghị UBND thành phố những nội dung gì?")
    assert "35 tỷ đồng" in ans.answer and "công nghệ chiến lược" in ans.answer and "khoán chi" not in ans.answer
    ans = report_pack.ask("Báo cáo đề xuất gì với Bộ Tài chính?")           # a section of one item
    assert "khoán chi" in ans.answer and "35 tỷ" not in ans.answer


def test_a_letter_named_by_its_kind_and_its_issuer_s_short_name(report_pack):
    ans = report_pack.ask("Công văn của UBND thành phố Bình Giang về triển khai nhiệm vụ quý IV/2025 mang số hiệu nào?")
    assert "2785/UBND-KGVX" in ans.answer


def test_a_count_of_places_written_with_a_comma_and_as_a_fraction(report_pack):
    ans = report_pack.ask("Có bao nhiêu phường, xã chưa có công chức chuyên trách chuyển đổi số?")
    assert not ans.abstained and "23" in ans.answer


def test_the_tasks_of_each_body_a_question_names_together(fake_assistant):
    ans = fake_assistant.ask("Ở kết luận phiên họp thứ hai, Bộ Công an và Bộ Quốc phòng mỗi bộ được giao chủ trì "
                             "việc gì?")
    assert "Bộ Công an, Bộ Quốc phòng" in ans.answer
    assert "an toàn, an ninh thông tin" in ans.answer and "mã hóa" in ans.answer


def test_a_question_asking_which_document_is_told_the_document(fake_assistant):
    ans = fake_assistant.ask("Văn bản nào trong bộ tài liệu yêu cầu Bộ Tư pháp nâng cao chất lượng thẩm định dự án "
                             "Luật?")
    assert ans.answer.startswith("Văn bản: Thông báo kết luận 23-TB/TGV.")


def test_the_item_naming_the_laws_asked_is_quoted_whole(fake_assistant):
    ans = fake_assistant.ask("Ủy ban Quốc phòng và An ninh của Quốc hội phải rà soát những luật gì theo Kế hoạch 3260?")
    assert "Luật Cơ yếu" in ans.answer and "Luật Nhập cảnh" in ans.answer


def test_a_period_named_bare_or_as_the_year_a_task_ends_by_is_a_window(fake_assistant):
    ans = fake_assistant.ask("Tháng 5/2025 là mốc của những việc gì trong kết luận phiên họp thứ hai?")
    assert ans.answer.startswith("Có ") and "Ban Tổ chức Trung ương" in ans.answer
    ans = fake_assistant.ask("đến 2027 mới hết hạn: đó là nhiệm vụ nào trong danh mục kèm nq 03?")
    assert "người nước ngoài vào làm quản lý" in ans.answer


def test_a_letter_is_sent_to_whom_it_is_addressed_and_its_recipients_are_asked_by_name(report_pack):
    ans = report_pack.ask("Công văn 2785/UBND-KGVX được gửi tới những cơ quan nào?")
    assert "Sở Nội vụ" in ans.answer and "Sở Tài chính" in ans.answer and ans.citations[0].label.endswith("Kính gửi")
    ans = report_pack.ask("Nơi nhận của Công văn 2785 gồm những ai?")
    assert "Bộ KH&CN" in ans.answer and ans.citations[0].label.endswith("Nơi nhận")
    assert report_pack.ask("Công văn 2785 có gửi Sở Tài chính không?").answer.startswith("Có.")
    assert report_pack.ask("Công văn 2785 có gửi Bộ KH&CN không?").answer.startswith("Có.")


def test_the_tasks_two_bodies_lead_together_and_what_the_one_found_is_to_produce(fake_assistant):
    ans = fake_assistant.ask("Văn phòng Chính phủ cùng Bộ Công an đồng chủ trì việc gì, và sản phẩm đầu ra là gì?")
    assert ans.answer.startswith("Có 1 nhiệm vụ của Văn phòng Chính phủ, Bộ Công an")
    assert "Bộ chỉ số" in ans.answer and "Kết quả: Bộ Chỉ số" in ans.answer
    assert {c.label for c in ans.citations} == {"03/NQ-CP, Phụ lục II, nhiệm vụ 113"}


def test_a_place_s_own_committee_is_known_where_a_document_of_that_place_names_it_without_its_name(report_pack,
                                                                                                   fake_assistant):
    """"Thành ủy TP Hồ Chí Minh" is refused where the documents name the city but never its committee; "UBND thành
    phố Bình Giang" is the issuer of a letter of that city, which writes "UBND thành phố" alone."""
    refused = "Các văn bản đã nạp không nhắc tới"
    assert fake_assistant.ask("TB 23-TB/TGV giao Thành ủy TP Hồ Chí Minh phối hợp với Văn phòng Trung ương Đảng làm "
                              "việc gì?").answer.startswith(refused + " Thành ủy TP Hồ Chí Minh")
    assert not fake_assistant.ask("Thành ủy Hà Nội được giao việc gì?").answer.startswith(refused)
    assert not report_pack.ask("Văn phòng UBND thành phố Bình Giang phải làm gì?").answer.startswith(refused)


def test_a_task_cut_from_the_middle_of_a_clause_keeps_the_topic_the_clause_opens_with():
    from assistant.tasks import _with_topic
    from corpus.model import Clause
    text = ("Về phát triển trí tuệ nhân tạo: Xác định công nghệ trí tuệ nhân tạo là công nghệ mũi nhọn. Đảng ủy "
            "Chính phủ chỉ đạo rà soát lại Chiến lược quốc gia.")
    clause = Clause(id="d:III.2.b", doc_id="d", path=("III", "2", "b"), label="d, mục III.2.b", heading="",
                    text=text, context=(), span=(0, len(text)), kind="item", columns=())
    assert _with_topic(clause, "Đảng ủy Chính phủ chỉ đạo rà soát lại Chiến lược quốc gia.") == \
        "Về phát triển trí tuệ nhân tạo: Đảng ủy Chính phủ chỉ đạo rà soát lại Chiến lược quốc gia."
    assert _with_topic(clause, text) == text
    assert _with_topic(None, "X") == "X"


def test_tasks_due_in_a_month_name_the_topic_of_their_clause(fake_assistant):
    ans = fake_assistant.ask("Tháng 5/2025 là mốc của những việc gì trong kết luận phiên họp thứ hai?")
    assert "Về phát triển trí tuệ nhân tạo: Đảng ủy Chính phủ chỉ đạo rà soát lại Chiến lược" in ans.answer


def test_an_everyday_description_of_a_task_is_no_unknown_name(fake_assistant):
    """"chương trình riêng … trên tivi, radio" is the documents' "chương trình chuyên biệt … trên truyền hình, phát
    thanh": "riêng" names no programme, and the task's lead answers."""
    ans = fake_assistant.ask("Làm chương trình riêng về khoa học, công nghệ, chuyển đổi số trên tivi, radio và mạng xã "
                             "hội là việc của ai?")
    assert not ans.abstained and "VTV" in ans.answer


def test_the_work_three_bodies_lead_together_is_the_row_naming_all_three(fake_assistant):
    ans = fake_assistant.ask("Trong Phụ lục II, Bộ Quốc phòng cùng Bộ TT&TT và Bộ GD&ĐT đứng tên chủ trì đề án gì?")
    assert "doanh nghiệp công nghệ chiến lược" in ans.answer
    assert ans.citations[0].label == "03/NQ-CP, Phụ lục II, nhiệm vụ 119"


def test_tasks_asked_in_the_appendix_are_its_rows(tmp_path):
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "kh.md").write_text(
        "ỦY BAN NHÂN DÂN TỈNH HÀ ĐÔNG\n\nSố: 45/KH-UBND\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n\n"
        "1. Sở Tư pháp chủ trì rà soát các quyết định của tỉnh, hoàn thành trong năm 2026.\n\n"
        "PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | Năm 2026 |\n| 2 | Cấp chữ ký số | Sở Nội vụ | Quý III/2025 |\n",
        encoding="utf-8")
    build_index(load_corpus(tmp_path / "docs"), tmp_path / "index", IndexSettings(embedder="fake"), show_progress=False)
    assistant = Assistant(Settings(corpus_dir=str(tmp_path / "docs"), index_dir=str(tmp_path / "index"),
                                   index=IndexSettings(embedder="fake"), today="2025-07-01"))
    both = assistant.ask("Những nhiệm vụ nào đến hạn trong năm 2026?").answer
    assert "Sở Tư pháp" in both and "Số hóa hồ sơ" in both
    rows = assistant.ask("Những nhiệm vụ nào trong phụ lục đến hạn trong năm 2026?").answer
    assert "Số hóa hồ sơ" in rows and "Sở Tư pháp" not in rows


def test_a_span_of_years_written_as_a_deadline_lists_the_tasks_given_it(fake_assistant):
    ans = fake_assistant.ask("Phụ lục II: những nhiệm vụ có thời gian hoàn thành 2025 - 2026 là gì?")
    assert ans.answer.startswith("Có 2 nhiệm vụ có thời hạn “2025 - 2026”")
    assert [c.label for c in ans.citations] == ["03/NQ-CP, Phụ lục II, nhiệm vụ 47", "03/NQ-CP, Phụ lục II, nhiệm vụ 72"]
