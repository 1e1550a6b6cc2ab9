"""An amount question asked in money or in per cent needs an amount in that unit; a question asking for a
place or for the members of a counted group needs a text that names them."""
import pytest

from assistant.extract import (asked_count, counts_asked, counts_what_is_asked, meeting_fact, names_what_is_asked, ordinal_conflict, role_holder,
                               states_asked_unit)
from assistant.intent import asked_body, asked_grain, asked_role


@pytest.mark.parametrize("question, text, ok", [
    ("Vốn điều lệ của quỹ là bao nhiêu tỷ đồng?", "Quỹ khoa học và công nghệ, Quỹ đầu tư mạo hiểm.", False),
    ("Vốn điều lệ của quỹ là bao nhiêu tỷ đồng?", "Vốn điều lệ 5.000 tỷ đồng.", True),
    ("muc luong toi thieu vung nam 2025 la bao nhieu", "Năm 2025 là năm khởi đầu, có 3 nhóm giải pháp.", False),
    ("Mức phí là bao nhiêu?", "Chỉ tiêu: Doanh thu; Đơn vị: tỷ đồng; Kết quả: 120", True),
    ("Tỷ lệ hoạt động không dùng tiền mặt đạt bao nhiêu?", "Giao dịch không dùng tiền mặt: ≥ 80%", True),
    ("Phải hoàn thành bao nhiêu tiện ích trên VNeID?", "Hoàn thành 61 tiện ích trên VNeID.", True),
    ("Phủ sóng 5G đạt bao nhiêu phần trăm dân số?", "Chỉ tiêu: Phủ sóng 5G; Đơn vị: % dân số; Kết quả: 99", True),
    ("Tái sử dụng bao nhiêu phần trăm dữ liệu?", "Tái sử dụng dữ liệu đã số hóa, nâng cao 3 loại dịch vụ.", False),
    ("Có bao nhiêu doanh nghiệp công nghệ số?", "Có tối thiểu 10 doanh nghiệp công nghệ số.", True),
    ("Có bao nhiêu doanh nghiệp công nghệ số?", "Phát triển doanh nghiệp công nghệ số đến năm 2030.", False),
    # funds asked without a unit: a sum or a share of a budget, not a count of anything
    ("Kinh phí được duyệt cho việc số hóa là bao nhiêu?", "Đề xuất kinh phí số hoá; báo cáo 2 Ban Chỉ đạo.", False),
    ("Kinh phí được duyệt cho việc số hóa là bao nhiêu?", "Bố trí 50 tỷ đồng cho số hoá.", True),
    ("Ngân sách tỉnh chi cho khoa học hằng năm là bao nhiêu?", "Bố trí tối thiểu 2% tổng chi ngân sách.", True),
    # a physical unit asked: a figure in that unit, or a table row whose unit column is it
    ("trung tam du lieu quoc gia co cong suat bao nhieu mw", "Hình thành ≥ 03 Trung tâm dữ liệu quốc gia", False),
    ("Trung tâm dữ liệu có công suất bao nhiêu MW?", "Công suất thiết kế 60 MW.", True),
    ("Dung lượng cáp quang biển bao nhiêu Tbps?", "Chỉ tiêu: Dung lượng cáp quang; Đơn vị: Tbps; Kết quả: ≥ 350", True),
])
def test_amount_in_the_asked_unit(question, text, ok):
    assert states_asked_unit(question, text) is ok


def test_inline_items_in_order():
    from assistant.extract import enumerated_items
    text = "Còn hạn chế như: (1) Thể chế chậm. (2) Thiếu nhân lực; (3) Hạ tầng yếu."
    assert [text[s:e] for s, e in enumerated_items(text)] == ["(1) Thể chế chậm.", "(2) Thiếu nhân lực",
                                                              "(3) Hạ tầng yếu."]
    text = "Các nhóm gồm: thể chế; hạ tầng số; nhân lực"
    assert [text[s:e] for s, e in enumerated_items(text)] == ["thể chế", "hạ tầng số", "nhân lực"]
    assert enumerated_items("Theo Điều 3) của luật, (2) không theo thứ tự.") == []
    assert enumerated_items("Một câu thường; không có dấu hai chấm; ba phần") == []


@pytest.mark.parametrize("question, text, ok", [
    ("Trung tâm sẽ được đặt tại tỉnh, thành phố nào?", "Thành lập Trung tâm thương mại về bán dẫn.", False),
    ("Trung tâm sẽ được đặt tại tỉnh, thành phố nào?", "Thành lập Trung tâm tại Thành phố Hồ Chí Minh.", True),
    ("Tỉnh, thành phố nào được chọn thí điểm bản sao số?", "Thí điểm bản sao số cho một số thành phố lớn.", False),
    ("Quỹ đặt trụ sở ở đâu?", "Quỹ có trụ sở tại Hà Nội.", True),
    ("Trung tâm dữ liệu được xây ở tỉnh, thành nào?", "Xây dựng Trung tâm dữ liệu quốc gia, trung tâm dữ liệu vùng.", False),
    ("Trung tâm đặt ở địa phương nào?", "Xây dựng Trung tâm tại Thành phố Hồ Chí Minh.", True),
    ("tru so cua quy o dau", "Quỹ do Bộ Tài chính quản lý.", False),
    # an area asked ("địa bàn nào") is answered by an area, not only by a named place
    ("Chính sách gắn với địa bàn nào?", "Đề án phát triển vùng đồng bào dân tộc thiểu số và miền núi.", True),
    ("Chính sách gắn với địa bàn nào?", "Đề án phát triển kinh tế - xã hội.", False),
    # where a body's office sits is answered by the body hosting it
    ("to giup viec dat co quan thuong truc o dau?", "Cơ quan thường trực đặt tại Văn phòng Trung ương Đảng.", True),
    ("Trung tâm dữ liệu đặt ở đâu?", "Trung tâm dữ liệu đặt tại Bộ Công an quản lý.", False),
    ("Bốn dịch vụ công cụ thể là những dịch vụ nào?", "Thí điểm 4 dịch vụ công trên mạng Internet.", False),
    ("Bốn dịch vụ công cụ thể là những dịch vụ nào?", "Thí điểm 4 dịch vụ công gồm: cấp thẻ, chuyển sinh hoạt.", True),
    ("Ba cơ sở nghiên cứu cụ thể là những trường nào?", "Lựa chọn 3 cơ sở nghiên cứu (nhất là trường đại học) để đề xuất.",
     False),
    ("Bốn dịch vụ công được thí điểm khi nào?", "Thí điểm 4 dịch vụ công từ ngày 19/5/2025.", True),
    ("Bộ nào chủ trì xây dựng Luật Dữ liệu?", "Bộ Công an chủ trì.", True),
    # a web address is answered only by a text that writes one
    ("Cổng sáng kiến có địa chỉ trang web là gì?", "Bộ Khoa học và Công nghệ vận hành Cổng sáng kiến.", False),
    ("Cổng sáng kiến có địa chỉ trang web là gì?", "Cổng sáng kiến tại địa chỉ https://sangkien.gov.vn.", True),
    # every document is about Việt Nam: "tại Việt Nam" says no where
    ("Trung tâm dữ liệu quốc gia đặt ở đâu?", "Thu hút doanh nghiệp đặt trung tâm dữ liệu tại Việt Nam.", False),
    # a group the text neither counts nor lists; a number naming a document is not a count
    ("12 cơ chế thí điểm cụ thể là những cơ chế nào?", "Quốc hội đã ban hành Nghị quyết về cơ chế thí điểm.", False),
    ("Ba nhà khoa học làm Phó Chủ tịch là những ai?", "Phó Chủ tịch (03): là những nhà khoa học uy tín.", False),
    ("Nghị quyết 57 cụ thể là những gì?", "Nghị quyết 57 về đột phá phát triển khoa học.", True),
    # "gồm những dịch vụ cụ thể nào" asks the members; "từ ngày" is no "tư" (four) days
    ("Bốn dịch vụ công được thí điểm gồm những dịch vụ cụ thể nào?", "Thí điểm 4 dịch vụ công từ ngày 19/5/2025.",
     False),
    ("Ba Phó Chủ tịch kiêm nhiệm là những nhà khoa học nào?", "Phó Chủ tịch kiêm nhiệm (03): là những nhà khoa học.",
     False),
    ("Bốn dịch vụ công gồm những dịch vụ cụ thể nào?", "Thí điểm 4 dịch vụ công: (1) cấp thẻ; (2) chuyển sinh hoạt.",
     True),
    ("Thí điểm từ ngày 19/5 cụ thể gồm những dịch vụ nào?", "Thí điểm từ ngày 19/5/2025: (1) cấp thẻ; (2) chuyển.",
     True),
])
def test_a_place_or_the_members_asked_must_be_named(question, text, ok):
    assert names_what_is_asked(question, text) is ok


@pytest.mark.parametrize("question, text, conflict", [
    ("Phiên họp thứ nhất diễn ra ngày nào?", "Thông báo kết luận Phiên họp thứ hai. Ngày 04/3/2025 đã họp Phiên thứ hai", True),
    ("Phiên họp thứ hai diễn ra ngày nào?", "Thông báo kết luận Phiên họp thứ hai. Ngày 04/3/2025", False),
    ("Phiên họp thứ ba diễn ra ngày nào?", "Ban Chỉ đạo họp ngày 04/3/2025", False),
    ("phien hop thu 3 dien ra khi nao", "Phiên thứ ba sẽ họp vào quý III", False),
])
def test_a_numbered_sitting_is_not_answered_by_another(question, text, conflict):
    assert ordinal_conflict(question, text) is conflict


@pytest.mark.parametrize("text, role, held", [
    ("Thành lập Ban Chỉ đạo, do đồng chí Tổng Bí thư làm Trưởng Ban. Ban có nhiệm vụ khác.", "truong ban",
     "Thành lập Ban Chỉ đạo, do đồng chí Tổng Bí thư làm Trưởng Ban."),
    ("Trưởng ban: Tổng Bí thư.", "truong ban", "Trưởng ban: Tổng Bí thư."),
    ("Phiên họp do Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì.", "truong ban",
     "Phiên họp do Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì."),
    ("Chủ tịch Hội đồng: Chánh Văn phòng Trung ương Đảng.", "chu tich", "Chủ tịch Hội đồng: Chánh Văn phòng Trung ương Đảng."),
    ("Phó Trưởng ban: các đồng chí được phân công.", "truong ban", None),        # a deputy is not the head
    ("Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm triển khai.", "chu tich", None),   # named, not held
    ("Theo chỉ đạo của Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo, các bộ đã lập Ban.", "truong ban",
     "Theo chỉ đạo của Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo, các bộ đã lập Ban."),
    # the post is named, but as a member of another group, not with its holder
    ("Đồng chí A làm Tổ trưởng; Giám đốc Sở Khoa học và Công nghệ làm Tổ phó.", "giam doc", None),
])
def test_the_sentence_saying_who_holds_a_post(text, role, held):
    span = role_holder(text, role)
    assert (text[span[0]:span[1]] if span else None) == held


def test_the_same_post_of_another_body_holds_nothing_asked():
    q = "Ai hiện là Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội?"
    role = asked_role(q)
    body = asked_body(q, role)
    assert (role, body) == ("chu nhiem", "uy ban khoa hoc")
    assert role_holder("Các Ủy ban, Chủ nhiệm Văn phòng Quốc hội có trách nhiệm lãnh đạo.", role, body) is None
    assert role_holder("Đồng chí Lê Quang Huy, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường.", role, body)


def test_a_post_of_a_body_of_another_scope_holds_nothing_asked():
    q = "Ban Chỉ đạo quốc gia về Chính phủ số do ai làm Trưởng ban?"
    role = asked_role(q)
    body = asked_body(q, role)
    assert role_holder("Đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương (để báo cáo),", role, body) is None
    assert role_holder("Đồng chí Trần Cẩm Tú, Trưởng Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng,", role, body) is None
    # the body named before the post, in the same sentence
    assert role_holder("Thành lập Ban Chỉ đạo Trung ương về phát triển khoa học, do đồng chí Tổng Bí thư làm Trưởng "
                       "Ban.", role, body) is None
    assert role_holder("Thành lập Ban Chỉ đạo quốc gia về Chính phủ số, do đồng chí Thủ tướng làm Trưởng Ban.",
                       role, body)
    central = "Ban Chỉ đạo Trung ương do ai làm Trưởng ban?"
    assert role_holder("Đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương (để báo cáo),", role,
                       asked_body(central, asked_role(central)))


def test_of_several_holders_the_one_of_the_body_asked():
    q = "Ai là Trưởng Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng?"
    role = asked_role(q)
    text = ("Đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương (để báo cáo),\n"
            "Đồng chí Thường trực Ban Bí thư Trần Cẩm Tú, Trưởng Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng,")
    s, e = role_holder(text, role, asked_body(q, role))
    assert "Trần Cẩm Tú" in text[s:e] and "Tô Lâm" not in text[s:e]
    # no body after the post: any holder sentence answers, as before
    assert asked_body("Ai là Trưởng ban?", "truong ban") == ""
    # the body named before the post asked ("… do ai làm Trưởng ban?") is the same body
    before = "Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng do ai làm Trưởng ban?"
    s, e = role_holder(text, role, asked_body(before, asked_role(before)))
    assert "Trần Cẩm Tú" in text[s:e]
    assert asked_body("Hội đồng tư vấn quốc gia có chủ tịch là ai?", "chu tich") == "hoi dong tu van quoc gia"


@pytest.mark.parametrize("question, grain", [
    ("Hạn chót là quý mấy?", "quarter"), ("han hoan thanh trong quy nao", "quarter"),
    ("Phải xong vào tháng nào?", "month"), ("Hội thảo tổ chức ngày nào?", "day"),
    ("Khi nào phải hoàn thành?", ""), ("Có bao nhiêu tháng để hoàn thành?", ""),
])
def test_how_fine_a_date_is_asked(question, grain):
    assert asked_grain(question) == grain


@pytest.mark.parametrize("question, text, ok", [
    ("Tỉnh đặt mục tiêu có bao nhiêu sáng chế được cấp văn bằng?", "Có 800 doanh nghiệp công nghệ số.", False),
    ("Tỉnh đặt mục tiêu có bao nhiêu sáng chế được cấp văn bằng?", "Có 50 sáng chế được bảo hộ.", True),
    ("Đến 2030 cần bao nhiêu kỹ sư bán dẫn?", "Đào tạo 50.000 kỹ sư bán dẫn.", True),
    ("bao nhieu cong ty cong nghe so", "Có 10 doanh nghiệp công nghệ số.", True),    # the documents' word
    # a unit, a noun of one word, or no counted noun at all: nothing to demand
    ("Vốn là bao nhiêu tỷ đồng?", "Vốn 5.000 tỷ đồng.", True),
    ("Cứ 100 người thì bao nhiêu người phải có chữ ký số?", "Tỷ lệ dân số có chữ ký số: 70%.", True),
    ("Nghị quyết đặt bao nhiêu cho năm 2030?", "Đạt 80% vào năm 2030.", True),
    # the noun named but never counted: rà soát the labs is no number of labs ("thí" is no "thì")
    ("Cả nước có bao nhiêu phòng thí nghiệm trọng điểm?",
     "Rà soát năng lực của các viện, phòng thí nghiệm; gửi dữ liệu 5 tháng đầu năm 2025.", False),
    ("Có bao nhiêu phòng thí nghiệm trọng điểm?", "Xây dựng 05 phòng thí nghiệm trọng điểm.", True),
    ("Hội đồng có bao nhiêu Phó Chủ tịch kiêm nhiệm?", "Phó Chủ tịch kiêm nhiệm (03): nhà khoa học.", True),
    ("Có bao nhiêu doanh nghiệp công nghệ số?", "có ít nhất 350 doanh nghiệp công\nnghệ số", True),   # wrapped
    ("Có bao nhiêu doanh nghiệp công nghệ số?", "Chỉ tiêu: Số doanh nghiệp công nghệ số; Kết quả: 100", True),
    # a share or a measure word: "tỷ lệ bao nhiêu doanh thu", "bao nhiêu lượt cán bộ" count no noun
    ("Đầu tư với tỷ lệ bao nhiêu doanh thu?", "Đầu tư 1% - 3% doanh thu.", True),
    ("Bồi dưỡng bao nhiêu lượt cán bộ?", "Bồi dưỡng tối thiểu 1.200 lượt người.", True),
    # the kind counted, said after the noun, is written in the counting sentence (not beside it)
    ("Có bao nhiêu doanh nghiệp khởi nghiệp sáng tạo?", "Có ít nhất 5 doanh nghiệp công nghệ số ngang tầm.", False),
    ("Có bao nhiêu doanh nghiệp khởi nghiệp sáng tạo?", "Hỗ trợ 1.000 doanh nghiệp đổi mới, khởi nghiệp.", True),
    # a body counted by a word of one syllable: a number just before it, not a number of something else
    ("Có bao nhiêu tỉnh phải kết nối dữ liệu?", "Hoàn thành 114 cơ sở dữ liệu của các tỉnh.", False),
    ("Có bao nhiêu tỉnh phải kết nối dữ liệu?", "Kết nối dữ liệu của 63 tỉnh, thành phố.", True),
    ("Xây dựng bao nhiêu trường, trung tâm?", "Xây dựng một số trường, trung tâm đào tạo.", False),
])
def test_an_amount_counts_what_is_asked(question, text, ok):
    assert counts_what_is_asked(question, text) is ok


def test_an_item_number_counts_nothing_and_a_noun_typed_without_marks_is_read_as_the_documents_write_it():
    text = "(1) Hoàn thành 61 tiện ích trên VNeID. (3) Triển khai thu phí không dừng tại bãi đỗ trong đô thị."
    written = {"do thi": 9}       # the documents write "đô thị" in nine clauses
    assert counts_what_is_asked("Phải hoàn thành bao nhiêu đô thị thông minh?", text) is False
    assert counts_what_is_asked("phai hoan thanh bao nhieu do thi thong minh", text, written) is False
    assert counts_what_is_asked("phai hoan thanh bao nhieu do thi thong minh", "Xây dựng 5 đô thị thông minh.",
                                written) is True
    # "đó thì" is rare in the documents: after it nothing is counted; "theo Nghị quyết" is no noun however often
    assert counts_what_is_asked("bao nhieu do thi", text, {"do thi": 1}) is True
    assert counts_what_is_asked("dat bao nhieu theo nghi quyet 57", "đạt 8 - 10%", {"theo nghi": 40}) is True
    assert counts_what_is_asked("Đạt bao nhiêu theo Nghị quyết 57?", "đạt 8 - 10%", {"theo nghi": 40}) is True


@pytest.mark.parametrize("question, text, ok", [
    ("Chi phí tuân thủ phải được cắt giảm bao nhiêu phần trăm?",
     "tái sử dụng 100% dữ liệu đã số hóa để cắt giảm tối đa thủ tục hành chính và chi phí tuân thủ", False),
    ("Chi phí tuân thủ phải được cắt giảm bao nhiêu phần trăm?", "cắt giảm ít nhất 30% chi phí tuân thủ", True),
    ("cong bo khoa hoc quoc te phai tang trung binh bao nhieu", "công bố khoa học quốc tế tăng trung bình 10%/năm", True),
    ("Hạ tầng số đạt bao nhiêu?", "hạ tầng số hiện đại, phủ sóng 5G", True),    # "hạ tầng" asks no change
    # a row of indicators read as its cells: the change in the title cell, its amount in the result cell
    ("Số đơn đăng ký sáng chế phải tăng trung bình bao nhiêu mỗi năm?",
     "Chỉ tiêu: Số lượng đơn đăng ký sáng chế tăng trung bình; Đơn vị: %/năm; Kết quả: 16 - 18; Cơ quan chủ trì "
     "theo dõi, đánh giá: Bộ Khoa học và Công nghệ", True),
])
def test_a_change_asked_by_its_amount_is_answered_by_a_number_after_that_change(question, text, ok):
    from assistant.extract import states_change
    assert states_change(question, text) is ok


def test_the_sentence_answering_a_question_about_a_meeting():
    text = ("Ngày 04/3/2025, Ban Chỉ đạo đã họp Phiên thứ hai để đánh giá tình hình. Phiên họp do Tổng Bí thư "
            "Tô Lâm, Trưởng Ban Chỉ đạo chủ trì. Bộ Công an hoàn thành trước ngày 30/6/2025.")
    when, chair = meeting_fact("Phiên họp diễn ra ngày nào?", text), meeting_fact("Ai chủ trì phiên họp?", text)
    assert text[when[0]:when[1]].startswith("Ngày 04/3/2025") and text[chair[0]:chair[1]].startswith("Phiên họp do")
    # a dated task is not a meeting, and a task's lead is not a chair of people
    assert meeting_fact("Họp ngày nào?", "Bộ Công an hoàn thành trước ngày 30/6/2025.") is None
    assert meeting_fact("Ai chủ trì?", "Nhiệm vụ do Bộ Công an chủ trì.") is None


@pytest.mark.parametrize("question, text, counted", [
    ("Nghị quyết 193 có bao nhiêu cơ chế, chính sách thí điểm?",
     "Đạt nhiều kết quả. Quốc hội ban hành Nghị quyết 193 với 12 cơ chế, chính sách thí điểm.", "12 cơ chế"),
    ("Cần bao nhiêu kỹ sư bán dẫn?", "Đào tạo 50.000 kỹ sư bán dẫn đến năm 2030.", "50.000 kỹ sư"),
    ("Có bao nhiêu cơ chế?", "Ban hành cơ chế thí điểm.", None),               # named, not counted
    ("Tỷ lệ là bao nhiêu phần trăm?", "Đạt 30 phần trăm GDP.", None),          # a unit, not a counted noun
])
def test_the_sentence_counting_what_is_asked(question, text, counted):
    span = counts_asked(question, text)
    assert (counted is None and span is None) or counted in text[span[0]:span[1]]


def test_an_inline_list_of_one_sentence_items_ends_at_the_last_item():
    from assistant.extract import enumerated_items
    text = "Trình Quốc hội tại Kỳ họp thứ 9: (1) Luật A. (2) Luật B. (3) Luật C. Đồng thời, sửa Luật D, Luật E."
    items = enumerated_items(text)
    assert [text[s:e] for s, e in items] == ["(1) Luật A.", "(2) Luật B.", "(3) Luật C."]


@pytest.mark.parametrize("question, count", [
    ("Bốn hội nghị chuyên đề gồm những chủ đề nào?", 4), ("Phải đáp ứng 3 yêu cầu nào?", 3),
    ("Thí điểm từ ngày 19/5/2025 gồm những gì?", 0), ("Nghị quyết 57 gồm những gì?", 0),
    ("Năm 2025 có những nhiệm vụ nào?", 0),
])
def test_how_many_things_a_question_counts(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("phrase, grain, fine", [
    ("quý III/2025", "quarter", True), ("trong năm 2025", "quarter", False),
    ("Tháng 10/2025", "month", True), ("trong năm 2025", "month", False),
    ("30/6/2025", "day", True), ("Tháng 10/2025", "day", False),
])
def test_a_date_as_fine_as_asked(phrase, grain, fine):
    from assistant.ranking import as_fine
    from corpus.deadlines import parse_deadline
    assert as_fine(parse_deadline(phrase), grain) is fine


def test_a_clause_naming_several_of_what_is_asked():
    from assistant.lists import enumerates_asked
    from corpus import Clause

    def clause(text):
        return Clause(id="D:1", doc_id="D", path=("1",), label="D, mục 1", heading="", text=text)
    q = "Tổ đảng ở Ủy ban Tư pháp thẩm tra những dự án luật nào?"
    assert enumerates_asked(q, clause("Chủ trì thẩm tra các dự án: Bộ luật Hình sự, Luật Phòng, chống tham nhũng."))
    assert not enumerates_asked(q, clause("Chủ trì thẩm tra, giám sát việc thực hiện pháp luật về tư pháp."))
    assert not enumerates_asked("Ai chủ trì?", clause("Luật A, Luật B."))


@pytest.mark.parametrize("prefix, subject", [
    ("", True), ("Tổ đảng ở Thường trực ", True), ("Theo Kế hoạch 3260, ", True),
    ("Kế hoạch 3260 giao Tổ đảng ở Thường trực ", True),
    ("Các đơn vị phải gửi đề xuất lên ", False), ("Bộ nào phối hợp với ", False),
])
def test_an_agency_named_as_the_one_doing_the_work(prefix, subject):
    from assistant.ranking import _subject_before
    assert _subject_before(prefix) is subject


def test_a_runner_up_far_below_the_best_gives_no_date_for_it():
    """A row sharing the best row's words but scoring a quarter of it is another task: its deadline does not
    answer "when" for the best one (which has none)."""
    from assistant.tasks import when_sources
    from corpus import Clause
    from indexing import Hit

    def row(i, text):
        return Clause(id=f"D:{i}", doc_id="D", path=(str(i),), label=f"D, nhiệm vụ {i}", heading="", text=text)
    best = Hit(row(1, "Đề án huy động hạ tầng viễn thông phục vụ quốc phòng, an ninh; Bộ Công an"), 0.97, {})
    near = Hit(row(2, "Đề án huy động hạ tầng viễn thông phục vụ quốc phòng, an ninh; Bộ Công an; 6/2025"), 0.6, {})
    far = Hit(row(3, "Nâng cấp hạ tầng viễn thông phục vụ quốc phòng, an ninh; Bộ Công an; 6/2025"), 0.24, {})
    assert when_sources([best, near]) == [best, near]
    assert when_sources([best, far]) == [best]


@pytest.mark.parametrize("question, text, ok", [
    ("muc xu phat doi voi co quan cham bao cao la bao nhieu", "định kỳ 6 tháng báo cáo kết quả", False),
    ("Mức xử phạt đối với cơ quan chậm báo cáo là bao nhiêu?", "Mức xử phạt là 10 triệu đồng.", True),
    ("Mức lương, thu nhập cụ thể là bao nhiêu?", "có chế độ tiền lương đặc biệt", True),
    ("Nghị quyết đặt mục tiêu bao nhiêu doanh nghiệp?", "500 doanh nghiệp", True),     # "mục", not "mức"
    ("Chỉ tiêu này có mức mục tiêu là bao nhiêu?", "80%", True),
    # the rate of what: "giải ngân" must be written, not a share of the budget
    ("Năm 2025 tỷ lệ giải ngân vốn cho khoa học phải đạt bao nhiêu?", "bố trí ít nhất 3% ngân sách", False),
    ("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo là bao nhiêu?", "trên 40% doanh nghiệp có hoạt động", True),
    ("Tỷ lệ phần trăm ngân sách chi cho khoa học là bao nhiêu?", "ít nhất 3% ngân sách", True),
])
def test_a_measure_asked_is_named(question, text, ok):
    from assistant.extract import names_measure
    assert names_measure(question, text) is ok


def test_a_group_named_only_as_some_of_them_does_not_say_which():
    from assistant.extract import names_what_is_asked
    q = "Những thành phố trực thuộc trung ương nào được chọn để thí điểm bản sao số?"
    assert not names_what_is_asked(q, "Thí điểm triển khai bản sao số cho một số thành phố trực thuộc Trung ương.")
    assert names_what_is_asked(q, "Thí điểm bản sao số cho một số thành phố: (1) Hà Nội; (2) Đà Nẵng.")
    assert names_what_is_asked(q, "Thí điểm bản sao số tại Hà Nội và Thành phố Hồ Chí Minh.")


def test_a_technology_named_by_number_and_letters():
    from assistant.scope import CODE
    assert CODE.findall("phủ sóng 6G, 5G và in 3D đến 2030, quý II/2025, 57-NQ/TW, 100 Mbps") == ["6G", "5G", "3D"]


def test_the_names_a_comparison_question_compares_with():
    from assistant.scope import compared_names
    assert compared_names("Mục tiêu 2% GDP của Việt Nam cao hay thấp hơn mức chi của Hàn Quốc?") == ["Hàn Quốc"]
    assert compared_names("Theo Nghị quyết, chi bao nhiêu so với GDP?") == []


@pytest.mark.parametrize("before, owner", [
    ("Theo Chương trình hành động của ", True), ("Trong Phụ lục II của Chương trình hành động ", True),
    ("Kế hoạch ", True), ("Những nhiệm vụ nào do ", False),
])
def test_an_agency_owning_the_document_asked_about(before, owner):
    from assistant.tasks import OWNER
    assert bool(OWNER.search(before)) is owner


def test_a_number_naming_a_plan_states_no_amount_and_one_of_many_counts_nothing():
    from assistant.extract import has_quantity
    assert not has_quantity("Bộ Công an - Cơ quan Thường trực Đề án 06 tổ chức rà soát")
    assert has_quantity("đạt 80% dịch vụ công")
    assert counts_what_is_asked("Mỗi tỉnh có tối thiểu bao nhiêu trung tâm đổi mới sáng tạo?",
                                "kinh tế số đạt tối thiểu 50% GDP; là một trong các trung tâm đổi mới sáng tạo") is False
    assert counts_what_is_asked("Có bao nhiêu trung tâm đổi mới sáng tạo?",
                                "xây dựng 3 trung tâm đổi mới sáng tạo quốc gia") is True


def test_a_part_of_a_sentence_quoted_alone_reads_as_a_sentence():
    from assistant.core import _as_sentence
    assert _as_sentence("nhận thức về chuyển đổi số chưa đầy đủ và sâu sắc;") == \
        "Nhận thức về chuyển đổi số chưa đầy đủ và sâu sắc."
    assert _as_sentence("Đã đạt được nhiều kết quả.") == "Đã đạt được nhiều kết quả."


@pytest.mark.parametrize("question, noun", [
    ("Chỉ tiêu số doanh nghiệp khởi nghiệp sáng tạo cần đạt đến năm 2030 là bao nhiêu?", "doanh nghiep"),
    ("so luong chuyen gia can thu hut la bao nhieu", "chuyen gia"),
    ("Bộ chỉ số đánh giá gồm bao nhiêu chỉ số thành phần?", "chi so"),      # "chỉ số": no unit, no "một số"
    ("Chỉ số đổi mới sáng tạo toàn cầu phải đạt thứ hạng bao nhiêu?", ""),   # an index's rank: no count
    ("Đến năm 2030 phải chi khoảng bao nhiêu so với GDP?", ""),
])
def test_the_noun_a_question_counts(question, noun):
    from assistant.extract import counted_noun
    # the pair counts stand in for the corpus': "chỉ số" and "so với" are written in many clauses
    assert counted_noun(question, {"chi so": 14, "so voi": 20}) == noun


@pytest.mark.parametrize("question, where", [
    ("Hội nghị được tổ chức ở đâu?", True),
    ("Trung tâm đặt tại tỉnh nào?", True),
    ("hoi nghi to chuc tai dau?", True),
    ("Cơ chế để doanh nghiệp tái đầu tư vào hạ tầng do ai kiến nghị?", False),   # folds as "tai dau" does
])
def test_a_question_asks_where(question, where):
    from assistant.extract import asks_place
    assert asks_place(question) is where


def test_the_part_after_the_best_one_that_writes_the_words_asked_after_joins_it():
    from assistant.extract import TermStats, best_sentences
    from corpus import Clause
    text = ("Sáp nhập các tổ chức hoạt động không hiệu quả. Có cơ chế hỗ trợ, phát triển các tổ chức nghiên cứu khoa "
            "học công lập hoạt động hiệu quả; giao quyền tự chủ, tự chịu trách nhiệm về tổ chức, cán bộ, tài chính; "
            "được thuê chuyên gia. Có cơ chế cho phép các tổ chức nghiên cứu thành lập doanh nghiệp.") * 2
    stats = TermStats([Clause(id="d:1", doc_id="d", path=("1",), label="l", heading="", text=text)])
    q = "Tổ chức nghiên cứu khoa học công lập hoạt động hiệu quả được tự chủ, tự chịu trách nhiệm về những mặt nào?"
    said = " ".join(text[s:e] for s, e in best_sentences(q, text, stats))
    assert "về tổ chức, cán bộ, tài chính" in said


def test_to_answer_for_oneself_asks_no_lead():
    from assistant.intent import classify
    assert classify("Tổ chức nghiên cứu được tự chủ, tự chịu trách nhiệm về những mặt nào?").kind != "lead"
    assert classify("Ai chịu trách nhiệm xây dựng Danh mục?").kind == "lead"


def test_an_amount_answer_restating_the_question_s_own_figure_answers_nothing():
    from assistant.core import _gives_only_the_given
    q = "Trong 100 chuyên gia giỏi về trí tuệ nhân tạo, bao nhiêu người phải là chuyên gia nước ngoài?"
    assert _gives_only_the_given(q, "Lựa chọn, thu hút 100 chuyên gia giỏi … [1]")
    assert not _gives_only_the_given(q, "30 chuyên gia nước ngoài [1]")
    # years are no figure asked: "đến năm 2030 … bao nhiêu?" answered "… 5 doanh nghiệp … năm 2030"
    assert not _gives_only_the_given("Đến năm 2030 cần bao nhiêu doanh nghiệp?", "Tối thiểu 5 doanh nghiệp (2030) [1]")


def test_the_alternatives_a_question_offers_in_brackets():
    from assistant.core import _offered
    assert _offered("… dùng công nghệ nào (nhận diện khuôn mặt, vân tay hay mống mắt)?") == [
        "nhận diện khuôn mặt", "vân tay", "mống mắt"]
    assert _offered("Bộ nào chủ trì (theo Phụ lục II)?") == []


def test_what_something_is_to_become_is_the_sentence_writing_it_become_something():
    from assistant.extract import TermStats, best_sentences
    from corpus import Clause
    text = ("Có cơ chế hỗ trợ doanh nghiệp xây dựng trung tâm dữ liệu, khai thác dữ liệu lớn. Bảo đảm dữ liệu thành "
            "nguồn tài nguyên quan trọng. Phát triển hạ tầng dữ liệu vùng.")
    stats = TermStats([Clause(id="d:1", doc_id="d", path=("1",), label="l", heading="", text=text)])
    for q in ("Nghị quyết muốn biến dữ liệu thành cái gì?", "nghi quyet muon bien du lieu thanh cai gi",
              "Nghị quyết muốn dữ liệu thành khoản gì?"):
        said = " ".join(text[s:e] for s, e in best_sentences(q, text, stats))
        assert said.startswith("Bảo đảm dữ liệu thành nguồn tài nguyên"), q


def test_whose_response_is_asked_is_read_after_the_words_it_belongs_to():
    from assistant.extract import TermStats, best_sentences
    from corpus import Clause
    text = ("Ghi nhận, biểu dương nỗ lực triển khai Nghị quyết của các bộ, ngành và địa phương trong phiên họp thứ hai. "
            "Nghị quyết đã thu hút được sự quan tâm, phản hồi của người dân, doanh nghiệp, nhà khoa học.")
    stats = TermStats([Clause(id="d:1", doc_id="d", path=("1",), label="l", heading="", text=text)])
    q = "Phiên họp thứ hai cho biết việc triển khai Nghị quyết đã thu hút sự quan tâm, phản hồi của những đối tượng nào?"
    said = " ".join(text[s:e] for s, e in best_sentences(q, text, stats))
    assert "người dân, doanh nghiệp" in said and "biểu dương" not in said


def _row(text: str, kind: str = "item"):
    from corpus import Clause
    return Clause(id="D:1", doc_id="D", path=("1",), label="D, mục 1", heading="", text=text, kind=kind)


def test_names_of_the_kind_counted_are_counted():
    from assistant.counting import _asked_kind, _names
    text = ("Chủ trì thẩm tra. Khẩn trương rà soát, kiến nghị sửa đổi, bổ sung Luật Ngân sách nhà nước, Luật Giá, "
            "Luật Quản lý, sử dụng vốn nhà nước, Luật Thuế thu nhập cá nhân; Luật Thuế giá trị gia tăng.")
    assert _asked_kind("Ủy ban được giao rà soát tất cả bao nhiêu luật?") == "luat"
    assert _asked_kind("Có bao nhiêu tỷ?") == ""             # a unit, not a kind of thing named
    spans = _names(_row(text), "luat")
    assert len(spans) == 5 and text[spans[2][0]:spans[2][1]].startswith("Luật Quản lý, sử dụng vốn")
    # a word written in lower case, or fewer than three names, counts nothing
    assert _names(_row("Xây dựng luật về dữ liệu và Luật Giá, Luật Thuế."), "luat") == []


def test_one_recipient_line_is_asked_by_its_head():
    from assistant.recipients import _lines, _part_asked
    listed = _row("Ban Bí thư Trung ương Đảng;\nVăn phòng Quốc hội;\nVPCP: BTCN, các PCN, Trợ lý TTg, Công báo;",
                  kind="recipients")
    s, e = _part_asked("Phần gửi Văn phòng Chính phủ (VPCP) gồm những thành phần nào?", listed, _lines(listed))
    assert listed.text[s:e].startswith("VPCP: BTCN")
    assert _part_asked("Nơi nhận gồm những ai?", listed, _lines(listed)) is None


def test_agencies_are_named_with_the_shorter_form_the_row_writes():
    from assistant.tasks import as_written
    said = as_written(("Ban Kinh tế Trung ương", "Bộ Tài chính"), "Phối hợp: Ban Kinh tế TW, Bộ Tài chính")
    assert said == "Ban Kinh tế Trung ương (Ban Kinh tế TW), Bộ Tài chính"


def test_a_session_of_another_number_conflicts():
    assert ordinal_conflict("Tại Kỳ họp thứ 10, Quốc hội thông qua những luật nào?", "thông qua tại Kỳ họp thứ 9")
    assert not ordinal_conflict("Tại Kỳ họp thứ 9, Quốc hội thông qua những luật nào?", "tại Kỳ họp thứ 9 (tháng 5)")
    # a sitting of the Steering Committee is not a session of the National Assembly
    assert not ordinal_conflict("Tại Kỳ họp thứ 9, Quốc hội thông qua luật nào?", "Phiên họp thứ hai của Ban Chỉ đạo")


def test_the_names_a_question_gives_after_a_kind():
    from assistant.ranking import named_things
    assert named_things("Phong trào bình dân học vụ số phải hoàn thành trước thời điểm nào?") == ["binh dan hoc vu so"]
    assert named_things("Quỹ đầu tư mạo hiểm quốc gia do ai quản lý?") == ["dau tu mao hiem quoc gia"]
    assert named_things("Quy định về thủ tục hành chính do ai ban hành?") == []      # "quy định" is no fund


def test_some_of_a_kind_named_in_brackets_names_them():
    text = "Một số lĩnh vực tiếp cận trình độ quốc tế (AI, IoT, bán dẫn, công nghệ sinh học…)."
    assert names_what_is_asked("Những lĩnh vực nào tiếp cận trình độ quốc tế?", text)
    assert not names_what_is_asked("Những thành phố nào được chọn thí điểm?", "Thí điểm cho một số thành phố lớn (loại I).")


def test_the_chair_written_as_the_subject_of_chu_tri_hoi_nghi():
    from assistant.extract import chaired_by
    text = ("Ngày 12/6/2025, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết. Đồng chí Phạm Thanh Tùng, Bí thư Tỉnh ủy, "
            "Trưởng Ban Chỉ đạo tỉnh chủ trì Hội nghị; cùng dự có đồng chí Đinh Quang Vĩnh.")
    s, e = chaired_by(text)
    assert text[s:e].startswith("Đồng chí Phạm Thanh Tùng") and text[s:e].endswith("Trưởng Ban Chỉ đạo tỉnh")


@pytest.mark.parametrize("text, quantity", [
    ("Cuộc họp chỉ được tiến hành khi có ít nhất 2/3 thành viên tham dự.", True),    # a fraction of a whole
    ("quá 1/2 số phiếu tán thành", True),
    ("Phiên họp ngày 2/3 bàn về dữ liệu.", False),                                  # a day of a month
])
def test_a_fraction_states_an_amount(text, quantity):
    from assistant.extract import has_quantity
    assert has_quantity(text) is quantity


def test_last_year_s_figure_is_not_answered_by_a_target(fake_assistant):
    assert fake_assistant.ask("Năm ngoái có bao nhiêu phần trăm người dân làm thủ tục qua dịch vụ công trực "
                              "tuyến?").abstained
    assert fake_assistant.ask("trung tam du lieu quoc gia co cong suat bao nhieu mw").abstained
    assert fake_assistant.ask("Quốc hội thông qua Nghị quyết 193/2025/NQ-QH15 vào ngày nào?").abstained   # no deadline


def test_particular_ones_asked_are_not_answered_by_a_general_mention(fake_assistant):
    """"… những mạng xã hội Việt Nam cụ thể nào?" and "Phát triển một số mạng xã hội Việt Nam": no name is written."""
    from assistant.core import _names_none_of_those_asked
    from assistant.model import Answer, Citation
    cite = (Citation(n=1, doc_id="d", clause_id="d:1", label="d, mục 1", path=("1",), text="x"),)
    general = Answer(question="q", answer="Phát triển một số mạng xã hội Việt Nam, xây dựng xã hội số. [1]",
                     abstained=False, citations=cite)
    listed = Answer(question="q", answer="Phát triển các mạng xã hội Việt Nam như Zalo, Lotus. [1]", abstained=False,
                    citations=cite)
    q = "Nghị quyết chọn những mạng xã hội Việt Nam cụ thể nào để phát triển?"
    assert _names_none_of_those_asked(q, general) and not _names_none_of_those_asked(q, listed)
    assert fake_assistant.ask("Nghị quyết 57 chọn những mạng xã hội Việt Nam cụ thể nào để phát triển?").abstained


def test_a_sentence_the_document_writes_twice_is_said_once(fake_assistant):
    ans = fake_assistant.ask("Chương trình hành động muốn chuyển đổi số các khu công nghiệp, cụm công nghiệp theo hướng "
                             "nào?")
    assert ans.answer.count("Chuyển đổi số các khu công nghiệp, cụm công nghiệp theo hướng") <= 1



def test_a_sum_asked_is_stated_by_a_row_giving_its_unit_in_the_header():
    from assistant.extract import states_asked_unit
    q = "Dự án Trung tâm dữ liệu có tổng mức đầu tư bao nhiêu tỷ đồng?"
    assert states_asked_unit(q, "Tên dự án: Trung tâm dữ liệu; Tổng mức đầu tư (tỷ đồng): 485")
    assert not states_asked_unit(q, "Chủ trì giám sát việc thực hiện Chiến lược … đến năm 2025, định hướng đến năm 2030.")


def test_a_venue_and_a_deed_done_are_asked_as_such():
    from assistant.core import _WAS_DONE
    from assistant.extract import asks_place
    from assistant.intent import classify
    from corpus.normalize import fold
    q = "Cuộc họp ngày 16/5/2025 được tổ chức tại trụ sở cơ quan nào?"
    assert asks_place(q) and classify(q).kind != "lead"
    assert _WAS_DONE.search(fold("Luật Giao dịch điện tử được Quốc hội thông qua năm nào?").lower()).group(1) == "thong qua"
    assert not _WAS_DONE.search(fold("Bộ nào chủ trì xây dựng Luật Giao dịch điện tử?").lower())


def test_a_link_asked_needs_a_text_writing_one():
    from assistant.extract import names_what_is_asked
    q = "link cổng sáng kiến của bộ KHCN là gì vậy"
    assert not names_what_is_asked(q, "Bộ Khoa học và Công nghệ khẩn trương ban hành cơ chế quản lý, vận hành Cổng sáng kiến.")
    assert names_what_is_asked(q, "Cổng sáng kiến tại địa chỉ https://sangkien.gov.vn đã vận hành.")


def test_which_decision_approved_a_work_and_the_signer_of_a_kind_not_loaded():
    from assistant.core import _ASKS_APPROVAL
    from assistant.metadata import _SIGNED_TYPE
    from corpus.normalize import fold
    assert _ASKS_APPROVAL.search(fold("Đề án được phê duyệt bằng quyết định số mấy?").lower()).group(1) == "quyet dinh"
    assert _ASKS_APPROVAL.search(fold("Đề án được phê duyệt ngày nào?").lower()).group(1) is None
    assert _SIGNED_TYPE.search(fold("Người ký Tờ trình đề nghị phê duyệt Đề án tên là gì?").lower()).group(1) == "to trinh"


def test_who_runs_a_thing_is_not_who_is_to_set_it_up():
    from assistant.core import _DONE_BY
    from corpus.normalize import fold
    assert _DONE_BY.search(fold("Sàn giao dịch công nghệ sẽ do đơn vị nào vận hành?").lower()).group(1) == "van hanh"
    assert _DONE_BY.search(fold("Quỹ này do doanh nghiệp nào quản lý?").lower())
    assert not _DONE_BY.search(fold("Sàn giao dịch công nghệ do bộ nào chủ trì xây dựng?").lower())


def test_a_count_that_also_asks_what_the_things_are():
    from assistant.core import _ALSO_WHAT
    from corpus.normalize import fold
    assert _ALSO_WHAT.search(fold("Mấy tiêu chí cho hạ tầng số là gì, liệt kê đủ giúp em").lower())
    assert not _ALSO_WHAT.search(fold("Có bao nhiêu tiêu chí cho hạ tầng số?").lower())


@pytest.mark.parametrize("unit, cell, said", [
    ("%", "10", "10%"), ("tỷ đồng", "485", "485 tỷ đồng"), ("%", "≥ 80", "≥ 80%"), ("%", "Quý IV/2025", "Quý IV/2025"),
    ("", "10", "10"),
])
def test_a_bare_figure_of_a_row_is_written_with_its_unit_column(unit, cell, said):
    from assistant.facts import in_row_unit
    from corpus.model import Clause
    row = Clause(id="r", doc_id="d", path=("1",), label="d, 1", heading="", text="", kind="row",
                 columns=(("Chỉ tiêu", "Tỷ trọng kinh tế số"), ("Đơn vị tính", unit), ("Năm 2025", cell)))
    assert in_row_unit(row, cell) == said
