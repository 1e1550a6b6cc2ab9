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
    from assistant import Assistant, Settings
    from corpus.loader import load_corpus
    from indexing import IndexSettings, build_index
    text = ("KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n1. Sở Thông tin và Truyền thông chủ trì tổ chức diễn tập an toàn thông tin "
            "cấp tỉnh; hoàn thành trong tháng 10/2025.\n\n2. Sở Thông tin và Truyền thông chủ trì phủ sóng 4G đến "
            "100% thôn, ấp; hoàn thành trước ngày 31/10/2025.\n\n3. Sở Y tế chủ trì triển khai bệnh án điện tử; "
            "hoàn thành trước ngày 30/9/2025.\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "kh.md").write_text(text, encoding="utf-8")
    build_index(load_corpus(tmp_path / "docs"), tmp_path / "index", IndexSettings(embedder="fake"), show_progress=False)
    a = Assistant(Settings(corpus_dir=str(tmp_path / "docs"), index_dir=str(tmp_path / "index"),
                           index=IndexSettings(embedder="fake")))
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
