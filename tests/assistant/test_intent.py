import pytest

from assistant.intent import classify


@pytest.mark.parametrize("question, kind", [
    ("hop tac cong tu thi nguon luc nao la chu yeu", "generic"),     # "nguồn lực nào", not "lúc nào"
    ("Cuộc họp ngày 16/5/2025 có đại diện những ủy ban nào của Quốc hội dự?", "generic"),   # who attended
    ("Những cơ quan nào tham dự phiên họp thứ hai?", "generic"),
    ("Nghị quyết 57 nói thế nào về tỉ lệ doanh nghiệp công nghệ số năm 2045?", "generic"),   # what it says
    ("Nguồn nhân lực nào cần được ưu tiên đào tạo?", "generic"),
    ("Đồng chí Trần Văn Sơn ký Kế hoạch 12 với cương vị gì?", "signer"),
    ("Trong nhiệm kỳ này, đồng chí Trần Văn Sơn giữ chức vụ gì?", "generic"),     # "kỳ", not "ký"
    ("nhiem vu nay phai xong luc nao", "when"),
    ("Kết quả các nhiệm vụ về dữ liệu phải báo cáo Chính phủ trong tháng nào?", "when"),
    ("Các nhiệm vụ của Bộ Công an đến hạn khi nào?", "list"),
    ("Những nhiệm vụ nào phải hoàn thành trong quý III/2025?", "list"),
    ("Đảng đoàn Quốc hội được giao nhiệm vụ gì?", "list"),
    ("Tỉnh ủy có trách nhiệm gì trong việc này?", "list"),
    ("Bộ nào chủ trì xây dựng Luật Dữ liệu?", "lead"),
    ("bao nhieu phan tram ngan sach chi cho khoa hoc", "amount"),
    ("Bộ nào chủ trì xây dựng Danh mục công nghệ chiến lược?", "lead"),
    ("bo nao chu tri", "lead"),
    # the body a unit belongs to is asked, not who leads a task
    ("Cục Đổi mới sáng tạo trong cơ quan Đảng trực thuộc cơ quan nào?", "generic"),
    ("Nhiệm vụ này thuộc trách nhiệm của bộ nào?", "lead"),
    ("Làm chương trình riêng về chuyển đổi số trên tivi là việc của ai?", "lead"),
    ("Đề cương trông vào những nguồn vốn, quỹ nào để triển khai?", "generic"),     # "quỹ", not "quý"
    ("nhiem vu nay phai xong trong quy nao", "when"),
    ("Ban Chỉ đạo yêu cầu các nhiệm vụ phải được xác định theo hướng nào?", "generic"),     # the manner
    ("Đồng chí Phó Trưởng Ban nào phụ trách lĩnh vực dữ liệu?", "person"),
    ("Nghị quyết 03/NQ-CP được ban hành theo đề nghị của những Bộ trưởng nào?", "basis"),
    ("Chiến lược do Bộ Ngoại giao phối hợp với Bộ Khoa học và Công nghệ xây dựng phải hoàn thành khi nào?", "when"),
    ("Chuyên gia nước ngoài được cấp thị thực với thời hạn tối đa bao nhiêu năm?", "amount"),     # a length of time
    ("Khi nào phải hoàn thành?", "when"),
    ("Quy mô kinh tế số đạt bao nhiêu?", "amount"),
    ("Ai ký Nghị quyết 03/NQ-CP?", "signer"),
    ("Nghị quyết 57 được ban hành ngày nào?", "date"),
    ("Nghị quyết 03/NQ-CP có hiệu lực ngay từ ngày ký không?", "generic"),     # its effect, from its text
    ("Những nhiệm vụ nào phải hoàn thành trong quý II/2025?", "list"),
    ("Phối hợp với bộ nào?", "coord"),
    ("Nghị quyết 03/NQ-CP ban hành theo đề nghị của ai?", "basis"),
    ("Thông báo này căn cứ vào văn bản nào?", "basis"),
    # the agency is asked; "các nhiệm vụ" only names the work
    ("Cơ quan nào chủ trì các nhiệm vụ, giải pháp chống khai thác hải sản bất hợp pháp?", "lead"),
    ("Bộ Y tế chủ trì những nhiệm vụ nào?", "list"),
    # the lead is named, the things it leads are asked
    ("Tổ đảng ở Thường trực Ủy ban Tư pháp chủ trì thẩm tra những dự án luật nào?", "generic"),
    ("Bộ nào chủ trì thẩm tra các dự án luật?", "lead"),
    ("Ủy ban nào chủ trì các đề án nào?", "lead"),
    ("Kế hoạch 3260 ra đời ngày nào?", "date"),
    ("Bao lâu thì phải báo cáo một lần?", "when"),
    ("Bộ nào có những nhiệm vụ đến hạn trong quý II/2025?", "list"),
    ("Nghị quyết 57 đặt mục tiêu phủ sóng 5G; Ban Chỉ đạo yêu cầu gắn việc này với công nghệ gì?", "generic"),
    # "Ai" opening a question asks who, in any case; "AI" is artificial intelligence
    ("Ai đứng ra lo phong trào học tập số?", "lead"),
    ("ai lo viec xay dung cong dao tao truc tuyen", "lead"),
    ("AI được ứng dụng trong những lĩnh vực gì?", "generic"),
    # who holds a post
    ("ai lam truong ban chi dao ve chuyen doi so?", "role"),
    ("bo truong bo khoa hoc va cong nghe hien nay la ai?", "role"),
    ("Thủ tướng giao ai chủ trì xây dựng Đề án?", "lead"),     # an office that directs, not one asked
    ("Theo đề cương, ai giữ chức Chủ tịch Hội đồng tư vấn quốc gia?", "role"),
    ("Hội đồng tư vấn có bao nhiêu Phó Chủ tịch?", "amount"),
    # a meeting: when it took place, who chaired it
    ("phien hop thu hai cua ban chi dao hop ngay nao?", "event"),
    ("Cuộc họp với Tổ Giúp việc do ai chủ trì?", "event"),
    ("Kế hoạch phải hoàn thành khi nào?", "when"),
    # the head of a body is asked by the post of its kind
    ("Ai đứng đầu Ban Chỉ đạo chuyển đổi số?", "role"),
    ("ai la nguoi dung dau hoi dong tu van quoc gia", "role"),
    ("Thông báo 23-TB/TGV ra ngày nào?", "date"),
    # the lead named ("do Bộ Công an chủ trì"), the time asked; asking who as well stays a lead question
    ("Đề án huy động hạ tầng do Bộ Công an chủ trì phải hoàn thành vào thời điểm nào?", "when"),
    ("Đề án X do ai chủ trì, khi nào xong?", "lead"),
    ("Đơn vị chủ trì đề án X là ai, hạn khi nào?", "lead"),
    ("Bộ nào chủ trì đề án X, thời hạn khi nào?", "lead"),
    # what an indicator is, not its value
    ("Năng suất nhân tố tổng hợp được giải thích là chỉ tiêu gì?", "generic"),
    ("Chỉ tiêu TFP là bao nhiêu?", "amount"),
    # "địa bàn nào" asks an area, not a "ban" (a body)
    ("Hội đồng Dân tộc giám sát chính sách gắn với địa bàn nào?", "generic"),
    ("Ban nào chủ trì đề án X?", "lead"),
    # whom something is for or sent to is no doer
    ("Các dịch vụ công sẽ được công bố cho những ai biết?", "generic"),
    ("Ai chủ trì công bố dịch vụ công cho người dân?", "lead"),
    # which indicators, not how much
    ("Bộ Công an theo dõi những chỉ tiêu nào?", "list"),
    # a document's own number, the document called "giấy" in everyday words
    ("Giấy này mang số hiệu gì?", "number"),
    # a post's holder asked by name; a project's name is its title
    ("Bộ trưởng Bộ Khoa học và Công nghệ tên là gì?", "role"),
    ("Đề án 06 có tên là gì?", "title"),
    # a value given to look up what it is of, not an amount asked
    ("Chỉ tiêu 90% trong Phụ lục I là chỉ tiêu về việc gì?", "generic"),
    ("Các bộ phải nộp báo cáo định kỳ vào những hạn nào?", "when"),
    ("Chỉ tiêu tỷ lệ dịch vụ công trực tuyến toàn trình là bao nhiêu %?", "amount"),
    ("giấy này của cơ quan nào đưa ra?", "issuer"),
    ("Nghị quyết 03/NQ-CP được ban hành theo Tờ trình số mấy?", "basis"),    # another paper's number
    # a body of another kind asked ("tổ đảng nào", "cục nào"), not "nhiệm vụ nào" nor "thành viên nào"
    ("Đảng đoàn Quốc hội giao tổ đảng nào theo dõi, đôn đốc các cơ quan của Quốc hội?", "lead"),
    ("Cục nào được giao xây dựng cơ sở dữ liệu chuyên ngành?", "lead"),
    ("Thành viên nào của Ban Chỉ đạo phụ trách truyền thông?", "lead"),
    ("Đề cương nêu những vòng phản hồi tiêu cực nào có thể cản trở triển khai?", "generic"),     # "tiêu cực nào"
    # whom a report goes to, not who leads
    ("Theo đề cương, Ban Chỉ đạo Trung ương báo cáo lên những cơ quan nào?", "generic"),
    ("Cơ quan nào chủ trì báo cáo Chính phủ kết quả thực hiện?", "lead"),
    # the text a document rests on, asked by its kind
    ("Kế hoạch 86/KH-UBND căn cứ chương trình hành động nào của Tỉnh ủy?", "basis"),
    # the tasks due in a window, asked "các nhiệm vụ … là gì"
    ("Các nhiệm vụ đến hạn quý II/2025 của Bộ Công an là gì?", "list"),
])
def test_kind_of_question(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, defines", [
    ("TFP là gì?", True),
    ("nang suat nhan to tong hop nghia la gi", True),
    ("Đề cương giải thích khái niệm kinh tế số thế nào?", True),
    ("Bộ nào chủ trì xây dựng Luật Dữ liệu?", False),
    ("Nghị quyết 57 yêu cầu gì về dữ liệu?", False),
])
def test_definition_questions(question, defines):
    assert classify(question).defines is defines


@pytest.mark.parametrize("question, role", [
    ("Ai đứng đầu Ban Chỉ đạo chuyển đổi số?", "truong ban"),
    ("ai la nguoi dung dau hoi dong tu van quoc gia", "chu tich"),
    ("Ai đứng đầu Tổ Giúp việc?", "to truong"),
    ("Ai là người cầm trịch Tổ Giúp việc?", "to truong"),
    ("Ai làm Phó Trưởng ban?", "pho truong ban"),
    ("Bộ nào đứng đầu danh sách?", ""),
    ("Ai là Cục trưởng Cục Chuyển đổi số - Cơ yếu?", "cuc truong"),
    ("Phó Vụ trưởng Vụ Kế hoạch là ai?", "pho vu truong"),
])
def test_the_post_asked(question, role):
    from assistant.intent import asked_role
    assert asked_role(question) == role


@pytest.mark.parametrize("question, whether", [
    ("Đề cương chiến lược có đề xuất dùng đầu tư PPP để giảm gánh nặng ngân sách không?", True),
    ("nghi quyet 57 co cho phep nha khoa hoc thanh lap doanh nghiep khong", True),
    ("Có phải Bộ Nội vụ chủ trì không?", False),            # a yes/no question of the older frame
    ("Cơ quan nào có trách nhiệm báo cáo, có hay không?", False),   # a question word inside
    ("Nghị quyết có bao nhiêu nhiệm vụ?", False),
    # "nào" / "gì" inside the "có … không" means "any"
    ("Trong Phụ lục II, có nhiệm vụ nào về phát triển kinh tế đêm không?", True),
    ("Hội nghị có bác bỏ kiến nghị nào của Tổ Giúp việc không?", True),
    ("Bộ nào có phải báo cáo không?", False),               # the question word before the "có"
    ("Kế hoạch có bao nhiêu nhiệm vụ không?", False),
])
def test_has_or_not_questions(question, whether):
    assert classify(question).whether is whether


def test_what_is_asked_about_any_of():
    from assistant.yesno import any_asked
    assert any_asked("Hội nghị có bác bỏ kiến nghị nào của Tổ Giúp việc không?").strip() == "bac bo kien nghi"
    assert any_asked("Nghị quyết có giao Bộ Công an nhiệm vụ không?") == ""


def test_a_has_or_not_question_asks_no_amount():
    # "quy mô lớn" names the kind of enterprise; nothing is counted
    intent = classify("Chương trình có yêu cầu xây dựng bộ tiêu chí đánh giá doanh nghiệp quy mô lớn không?")
    assert intent.whether and intent.kind == "generic"
    assert classify("Quy mô kinh tế số đến 2030 đạt bao nhiêu?").kind == "amount"


def test_what_a_named_lead_leads_is_asked():
    q = "theo ke hoach 3260, uy ban KH,CN&MT chu tri tham tra, giam sat co che dac thu nham thuc day nhung loai cong nghe nao"
    assert classify(q).kind != "lead"
    assert classify("Cơ quan nào chủ trì thẩm tra các dự án luật nào?").kind == "lead"


def test_a_rate_asked_of_tasks_is_an_amount_not_a_list():
    assert classify("Năm 2025 tỷ lệ giải ngân vốn cho các nhiệm vụ khoa học phải đạt bao nhiêu phần trăm?").kind == "amount"
    assert classify("Các nhiệm vụ nào đến hạn trong năm 2025?").kind == "list"


def test_who_is_something_and_an_object_asked_after_a_long_task_are_no_lead_questions():
    assert classify("Ai là lực lượng tiên phong xây dựng văn hóa số?").kind == "generic"
    assert classify("Ai là cơ quan đầu mối theo dõi thực hiện Nghị quyết?").kind == "lead"
    assert classify("Ủy ban Quốc phòng và An ninh chủ trì giám sát chính sách ngăn chặn những loại tội phạm nào?"
                    ).kind != "lead"


def test_a_question_ending_in_a_is_yes_or_no():
    assert classify("Phiên họp thứ hai là Thủ tướng chủ trì à?").yes_no
    assert not classify("Phiên họp thứ hai do ai chủ trì?").yes_no


def test_which_task_of_a_named_body_is_a_list():
    assert classify("Ngân hàng Nhà nước dính tới những việc nào trong Phụ lục II?").kind == "list"
    assert classify("viec nao trong phu luc II co han thang 10/2025").kind == "list"


def test_which_targets_a_body_follows_is_a_list():
    assert classify("Chỉ tiêu nào do Bộ Công an theo dõi?").kind == "list"
    assert classify("TFP được giải thích là chỉ tiêu gì?").kind != "list"



def test_a_tasks_state_asked_against_a_stated_day():
    from assistant.intent import STATE_ASKED
    from assistant.tasks import as_of_day
    from corpus.normalize import fold
    from datetime import date
    for q in ("Hôm nay 22/5/2025. Hạn chót ngày nào, còn kịp không?", "Hôm nay 5/4/2025 thì đã trễ chưa?",
              "Tính đến 15/7/2025, Bộ NN&MT còn nợ báo cáo với BCĐ không?"):
        assert STATE_ASKED.search(fold(q).lower()) and as_of_day(q)[0] is not None, q
    assert as_of_day("Hôm nay 22/5/2025. Hạn chót ngày nào?")[0] == date(2025, 5, 22)
    assert not STATE_ASKED.search(fold("Nhiệm vụ nào phải hoàn thành trong quý II/2025?").lower())


def test_a_bodys_duties_are_asked_with_the_body_as_subject():
    from assistant.lists import _ASKS_DUTIES
    from corpus.normalize import fold
    assert _ASKS_DUTIES.search(fold("Sở Tài chính có những nhiệm vụ gì?").lower())
    assert _ASKS_DUTIES.search(fold("Công an thành phố được giao trách nhiệm gì?").lower())
    assert not _ASKS_DUTIES.search(fold("Tổ Giúp việc ghi tên ở cột phối hợp của nhiệm vụ nào?").lower())


def test_sub_committees_asked_by_name_are_a_list_not_a_lead():
    from assistant.intent import classify
    assert classify("Mô hình bộ máy trong đề cương có những tiểu ban nào thuộc Tổ Giúp việc?").kind != "lead"
    assert classify("Tiểu ban nào chủ trì xây dựng thể chế?").kind == "lead"


def test_a_count_of_rows_counts_the_rows_things():
    from assistant.courtesy import counts
    assert counts("Phụ lục I có mấy dòng chỉ tiêu?") == "Phụ lục I có bao nhiêu chỉ tiêu?"


@pytest.mark.parametrize("query, kind", [
    ("cơ quan theo dõi chỉ tiêu chi NSNN cho KHCN", "lead"),          # typed as a search box, no question word
    ("đơn vị chủ trì theo dõi tỷ lệ hộ gia đình có cáp quang", "lead"),
    ("tổng kinh phí xây dựng trung tâm dữ liệu vùng", "amount"),
    ("Kinh phí thực hiện Nghị quyết do ai bảo đảm?", "lead"),
])
def test_a_terse_query_asks_what_its_first_words_name(query, kind):
    assert classify(query).kind == kind


def test_why_a_task_is_late_is_no_list_of_late_tasks():
    assert classify("Vì sao nhiệm vụ xây dựng trung tâm dữ liệu bị chậm tiến độ?").overdue is False
    assert classify("Những nhiệm vụ nào chậm tiến độ?").overdue is True
