"""Where a quoted sentence comes from, and English words read in the documents' Vietnamese."""
from assistant.english import in_vietnamese


def test_a_quoted_sentence_is_placed_in_its_document_and_under_its_headings(fake_assistant):
    ans = fake_assistant.ask("Câu “Năm 2025 là năm khởi đầu, định hình hướng đi và lộ trình triển khai…” nằm ở văn bản "
                             "nào và thuộc phần nào của văn bản đó?")
    assert not ans.abstained and "Phiên họp thứ hai" in ans.answer and "QUAN ĐIỂM" in ans.answer
    assert ans.citations[0].label.endswith("mục II") and ans.citations[0].highlight
    # quoted from memory, a word or two left out
    ans = fake_assistant.ask("Câu “trân trọng từng phát minh, sáng chế, sáng kiến dù là nhỏ nhất” nằm ở đâu?")
    assert ans.citations[0].label.startswith("57-NQ/TW, mục III.1") and "Nâng cao nhận thức" in ans.answer


def test_a_quote_no_document_writes_is_placed_nowhere(fake_assistant):
    ans = fake_assistant.ask("Cụm 'ký hợp đồng với người dân' có trong văn bản nào?")
    assert ans.abstained and "ký hợp đồng với người dân" in ans.answer


def test_english_words_the_documents_do_not_write_are_read_in_vietnamese():
    written = " nghien cuu va phat trien r d sandbox ai "
    assert in_vietnamese("Deadline nộp report là ngày nào?", written) == "thời hạn nộp báo cáo là ngày nào?"
    assert in_vietnamese("Focal point theo dõi là ai?", written) == "đầu mối theo dõi là ai?"
    assert in_vietnamese("Các task đến hạn Q2/2025", written) == "Các nhiệm vụ đến hạn quý II/2025"
    # written by the documents: searched as written
    assert in_vietnamese("Cơ chế sandbox cho R&D?", written) == "Cơ chế sandbox cho R&D?"


def test_the_latest_and_earliest_documents_loaded(fake_assistant):
    ans = fake_assistant.ask("Trong các văn bản có ghi ngày, văn bản nào ban hành muộn nhất, ngày nào?")
    assert ans.answer.startswith("Văn bản ban hành muộn nhất: 23-TB/TGV") and "20/5/2025" in ans.answer
    assert len(ans.citations) == 1
    ans = fake_assistant.ask("Văn bản nào ra đời sớm nhất?")
    assert ans.answer.startswith("Văn bản ban hành sớm nhất: 57-NQ/TW")


def test_how_often_is_not_how_far_apart(fake_assistant):
    ans = fake_assistant.ask("tb 23 yeu cau cap nhat du lieu len he thong giam sat nq57 dinh ky may ngay mot lan")
    assert "149 ngày" not in ans.answer


def test_overdue_asked_in_english_with_a_day_given(fake_assistant):
    ans = fake_assistant.ask("Hôm nay là 25/5/2025 mà Bộ KH&CN vẫn chưa report kết quả hoàn thiện thể chế về Thường trực "
                             "Ban Chỉ đạo Trung ương theo TB 23. Như vậy đã trễ deadline chưa?")
    assert ans.answer.startswith("Đã quá hạn") and "24/5/2025" in ans.answer


def test_which_article_is_about_something_is_read_from_the_headings(fake_assistant):
    ans = fake_assistant.ask("Mục nào của Nghị quyết 57 nói về hợp tác quốc tế?")
    assert ans.answer.startswith("57-NQ/TW, mục III.7") and ans.citations[0].label == "57-NQ/TW, mục III.7"


def test_how_often_is_not_answered_by_a_text_naming_no_period(fake_assistant):
    # "5 tháng đầu năm 2025" is a stretch of time, not a period, and "thường xuyên" names none
    ans = fake_assistant.ask("TB 23 yêu cầu cập nhật dữ liệu lên hệ thống giám sát, đánh giá việc thực hiện NQ57 định kỳ "
                             "mấy ngày một lần?")
    assert ans.abstained


def test_revenue_is_asked_as_a_sum_of_money():
    from assistant.extract import asks_money
    assert asks_money("Doanh nghiệp phải đạt doanh thu tối thiểu bao nhiêu?")


def test_points_asked_by_their_count_or_marks_are_the_clause_list(fake_assistant):
    ans = fake_assistant.ask("Ba điểm (i), (ii), (iii) cần đạt khi sửa Luật KH&CN 2013 trong NQ 03 là gì?")
    assert "(ii) Đơn giản hóa thủ tục hành chính" in ans.answer and "(iii) Tập trung nguồn lực" in ans.answer
