from corpus.normalize import fold
from corpus.references import meeting_ordinal, meeting_ordinals, referenced_documents


def test_meeting_ordinals_in_words_and_digits():
    assert meeting_ordinal(fold("Kết luận Phiên họp thứ hai của Ban Chỉ đạo")) == 2
    assert meeting_ordinal(fold("PHIÊN HỌP LẦN THỨ BA")) == 3
    assert meeting_ordinal(fold("phien thu nhat")) == 1
    assert meeting_ordinal(fold("tại Phiên 4")) == 4
    assert meeting_ordinals(fold("Phiên họp thứ nhất và phiên thứ 2")) == [1, 2]


def test_meeting_ordinal_ignores_years_and_plain_sittings():
    assert meeting_ordinal(fold("phiên họp năm 2025")) == 0
    assert meeting_ordinal(fold("phiên họp định kỳ")) == 0
    assert meeting_ordinal(fold("Phiên 2025")) == 0


def test_a_title_opening_names_the_only_document_of_its_type(bundled):
    docs = bundled.documents
    assert referenced_documents(docs, "Đề cương chiến lược mở rộng những lĩnh vực nào?") == ("DC-CL-NQ57",)
    assert referenced_documents(docs, "Theo kế hoạch triển khai của Đảng đoàn, ai chủ trì?") == ("3260-KH-DDQH15",)
    # the same words as an object name no document; two documents of a type are told apart by other words
    assert referenced_documents(docs, "Các bộ xây dựng kế hoạch triển khai khi nào?") == ()
    assert referenced_documents(docs, "Thông báo kết luận nói gì về dữ liệu?") == ()


def test_the_words_naming_a_document_are_left_out_of_the_search_text(bundled):
    from corpus.references import without_names
    docs = bundled.documents
    q = "Theo Kế hoạch 3260-KH/ĐĐQH15, ai rà soát Luật Thi đua, khen thưởng?"
    assert fold(without_names(docs, q)) == "theo , ai ra soat luat thi dua, khen thuong?"
    q = "tai ket luan phien hop thu hai, ban chi dao yeu cau gan 5G voi cong nghe gi"
    assert without_names(docs, q) == "tai , ban chi dao yeu cau gan 5G voi cong nghe gi"
    assert without_names(docs, "Nghị quyết số 03/NQ-CP giao ai xây dựng Luật Dữ liệu?") == "giao ai xây dựng Luật Dữ liệu?"
    # a question that names no loaded document keeps every word
    q = "Bộ nào chủ trì sửa Luật Ngân sách nhà nước?"
    assert without_names(docs, q) == q


def test_a_document_named_inside_a_written_out_title_is_the_title_s(bundled):
    docs = bundled.documents
    q = "Theo Đề cương chiến lược triển khai Nghị quyết 57, ai giữ chức Chủ tịch Hội đồng tư vấn?"
    assert referenced_documents(docs, q) == ("DC-CL-NQ57",)
    q = "Theo đề cương chiến lược, mốc 2045 là bao nhiêu, còn Nghị quyết 57 đặt bao nhiêu?"
    assert set(referenced_documents(docs, q)) == {"DC-CL-NQ57", "57-NQ-TW"}


def test_the_document_carried_out_is_not_the_one_asked_about(bundled):
    from corpus.references import named_document
    docs = bundled.documents
    q = "Nghị quyết của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 57 mang số hiệu gì?"
    assert named_document(docs, q).id == "03-NQ-CP"
    assert named_document(docs, "Chương trình hành động của Chính phủ triển khai Nghị quyết 57 có mục tiêu gì?"
                          ).id == "03-NQ-CP"
    # named alone, the document carried out is still the one the question names
    assert named_document(docs, "Những nhiệm vụ nào để thực hiện Nghị quyết 57?").id == "57-NQ-TW"
    assert named_document(docs, "Nghị quyết 57 do ai ký?").id == "57-NQ-TW"


def test_a_number_with_its_type_initials_glued_on_names_the_document(bundled):
    from corpus.references import named_document
    docs = bundled.documents
    assert named_document(docs, "NQ57 do ai ký?").id == "57-NQ-TW"
    assert named_document(docs, "Chương trình hành động của Chính phủ thực hiện NQ57 nhằm gì?").id == "03-NQ-CP"
    assert named_document(docs, "Mã NQ570 là gì?") is None


def test_a_title_opening_after_a_question_mark_names_the_document(bundled):
    # the second part of a two-part question is read with the first: "vào ngày nào? Đề cương chiến lược …"
    docs = bundled.documents
    assert referenced_documents(docs, "vào ngày nào? Đề cương chiến lược triển khai Nghị quyết 57-NQ/TW do cơ quan "
                                      "nào ban hành") == ("DC-CL-NQ57",)


def test_a_type_alone_names_the_only_document_of_that_type_where_it_is_read_from(bundled):
    docs = bundled.documents
    # a premise naming a report first: the type that is read from is the one that counts
    q = "Tôi soạn báo cáo gửi Ban Chỉ đạo. Theo đề cương, Ban Chỉ đạo Trung ương báo cáo lên những cơ quan nào?"
    assert referenced_documents(docs, q) == ("DC-CL-NQ57",)
    assert referenced_documents(docs, "Đề cương có nói gì về AI?") == ("DC-CL-NQ57",)
    # a plain word, not a document read from
    assert referenced_documents(docs, "Nhiệm vụ này có hoàn thành theo kế hoạch không?") == ()


def test_a_document_named_by_its_type_and_issuer_is_named_as_a_source(bundled):
    from corpus.references import naming_spans
    q = "Nghị quyết của Bộ Chính trị có nhắm tới việc 5G phủ khắp cả nước không?"
    assert [q[a:b] for a, b in naming_spans(bundled.documents, q)] == ["Nghị quyết của Bộ Chính trị"]


def test_the_document_named_beside_the_one_it_carries_out(bundled):
    from corpus.references import named_not_carried_out
    docs = bundled.documents
    q = "TB 23 yêu cầu cập nhật dữ liệu lên hệ thống giám sát việc thực hiện NQ57 định kỳ mấy ngày một lần?"
    assert named_not_carried_out(docs, q).id == "23-TB-TGV"
    assert named_not_carried_out(docs, "NQ 03 ra sau NQ57 bao nhiêu ngày?") is None       # two named, neither carried


def test_a_work_a_decision_approves_names_the_decision():
    """"Trong Đề án phát triển …", "… của Đề án thành phố …" name the decision approving the Đề án when no loaded
    document is a Đề án itself; a programme of another title ("trong chương trình hoàn thiện thể chế") does not
    name the decision issuing "Chương trình hành động …"."""
    from corpus.model import Document
    from corpus.references import named_document

    def doc(i, kind, title, issuer=""):
        return Document(id=i, filename=f"{i}.txt", title=title, number="", date="", issuer=issuer, signer="", type=kind)
    docs = [doc("QD", "Quyết định", "Quyết định về việc phê duyệt Đề án “Phát triển hạ tầng số thành phố Hà Trung”",
                "Ủy ban nhân dân thành phố Hà Trung"),
            doc("CT", "Chỉ thị", "Chỉ thị về tăng cường sự lãnh đạo của Đảng"),
            doc("NQ", "Nghị quyết", "Nghị quyết ban hành Chương trình hành động của Chính phủ")]
    assert named_document(docs, "Trong Đề án phát triển hạ tầng số, cơ quan nào chủ trì dự án IOC?").id == "QD"
    assert named_document(docs, "Danh mục dự án của Đề án thành phố Hà Trung gồm những gì?").id == "QD"
    assert named_document(docs, "Cơ chế thử nghiệm trong chương trình hoàn thiện thể chế là gì?") is None
    assert named_document(docs, "IOC vận hành năm nào, và Đề án của UBND thành phố Hà Trung đầu tư bao nhiêu?").id == "QD"
    assert named_document(docs, "Đề án của Bộ Tài chính đầu tư bao nhiêu?") is None
    from corpus.references import approving_document
    assert approving_document(docs, "Đề án “Phát triển hạ tầng số” được phê duyệt bằng quyết định số mấy?").id == "QD"
    assert approving_document(docs, "Đề án 06 được Thủ tướng phê duyệt năm nào?") is None
