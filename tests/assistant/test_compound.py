from assistant.compound import merge, split_compound
from assistant.model import Answer, Citation


def test_two_questions_joined_by_va_are_split_and_the_second_borrows_the_topic():
    q = "Danh mục sản phẩm số do bộ nào chủ trì xây dựng và Thủ tướng yêu cầu hoàn thành khi nào?"
    (p1, t1), (p2, t2) = split_compound(q)
    assert p1 == "Danh mục sản phẩm số do bộ nào chủ trì xây dựng?" and t1 == ""
    assert p2 == "Thủ tướng yêu cầu hoàn thành khi nào?" and t2 == "Danh mục sản phẩm số xây dựng"   # not what it asks


def test_a_last_question_naming_no_subject_asks_about_everything_before_it():
    q = "Khi nào phải xây dựng Trung tâm dữ liệu quốc gia và đưa vào khai thác, bộ nào chủ trì?"
    (p1, t1), (p2, t2) = split_compound(q)
    assert p1 == "Khi nào phải xây dựng Trung tâm dữ liệu quốc gia và đưa vào khai thác?" and t1 == ""
    assert p2 == "bộ nào chủ trì?" and "Trung tâm dữ liệu quốc gia và đưa vào khai thác" in t2
    (p1, _), (p2, _) = split_compound("Ai lo xây dựng nền tảng học trực tuyến, công nghệ và kỹ năng số, và khi nào phải xong?")
    assert p1.endswith("kỹ năng số?") and p2 == "khi nào phải xong?"
    assert split_compound("Việc số hóa hồ sơ, bộ nào chủ trì?") == [("Việc số hóa hồ sơ, bộ nào chủ trì?", "")]


def test_a_second_part_naming_no_subject_after_va_asks_about_the_first():
    q = "Phiên họp thứ hai diễn ra ngày nào và do ai chủ trì?"
    (p1, t1), (p2, t2) = split_compound(q)
    assert (p1, t1) == ("Phiên họp thứ hai diễn ra ngày nào?", "")
    assert p2 == "do ai chủ trì?" and "Phiên họp thứ hai" in t2


def test_a_part_the_answer_to_the_rest_already_gives_is_not_asked_again():
    from assistant.compound import answered_by
    fact = Answer(question="q", answer="Bộ Công an chủ trì; thời hạn: tháng 12/2025. [1]\nNhiệm vụ: “…”",
                  abstained=False)
    assert answered_by("bộ nào chủ trì?", fact) and answered_by("khi nào phải xong?", fact)
    assert not answered_by("Ban Chỉ đạo yêu cầu hoàn thành khi nào?", fact)     # another source, asked anew
    only_when = Answer(question="q", answer="Thời hạn: trong tháng 8/2025. [1]", abstained=False)
    assert not answered_by("bộ nào chủ trì?", only_when)
    # a document's summary gives its date and signer, not the texts it rests on
    summary = Answer(question="q", answer="Kế hoạch 86/KH-UBND do … ban hành, ngày 14/3/2025 … [1]", abstained=False,
                     intent="date")
    topic = "Kế hoạch 86/KH-UBND được ban hành ngày"
    assert answered_by("ai ký?", summary, topic)
    assert not answered_by("căn cứ chương trình hành động nào của Tỉnh ủy?", summary, topic)


def test_a_short_first_part_borrows_from_the_second():
    (p1, t1), (p2, _) = split_compound("Bộ nào chủ trì và bộ nào phối hợp xây dựng Luật Dữ liệu?")
    assert p1 == "Bộ nào chủ trì?" and "Luật Dữ liệu" in t1


def test_single_questions_stay_whole():
    for q in ("Bộ Khoa học và Công nghệ chủ trì những nhiệm vụ nào?",
              "Ai ký và ban hành Nghị quyết 03/NQ-CP?",
              "Phát triển AI và bán dẫn đến năm 2030 đạt bao nhiêu doanh nghiệp?"):
        assert split_compound(q) == [(q, "")]


def _cite(n, clause_id):
    return Citation(n=n, doc_id="D", clause_id=clause_id, label=f"D, mục {clause_id}", path=(), text="t")


def test_merge_renumbers_and_drops_duplicate_citations():
    a = Answer(question="a", answer="X chủ trì. [1]", abstained=False, citations=(_cite(1, "c1"),), intent="lead")
    b = Answer(question="b", answer="Hạn: 6/2025 [1], xem thêm [2]", abstained=False,
               citations=(_cite(1, "c2"), _cite(2, "c1")), intent="when")
    m = merge("a và b", [a, b])
    assert m.answer == "X chủ trì. [1]\n\nHạn: 6/2025 [2], xem thêm [1]"
    assert [c.clause_id for c in m.citations] == ["c1", "c2"] and [c.n for c in m.citations] == [1, 2]
    assert not m.abstained and m.intent == "lead+when"


def test_merge_abstains_only_when_every_part_does():
    yes = Answer(question="a", answer="ok [1]", abstained=False, citations=(_cite(1, "c1"),))
    no = Answer(question="b", answer="không có thông tin", abstained=True)
    assert not merge("q", [yes, no]).abstained
    assert merge("q", [no, no]).abstained


def test_a_yes_no_question_followed_by_another_question_is_split():
    q = "Có phải số hóa tất cả tài liệu không? Thông báo đặt nguyên tắc thế nào?"
    assert [p for p, _ in split_compound(q)] == ["Có phải số hóa tất cả tài liệu không?",
                                                 "Thông báo đặt nguyên tắc thế nào?"]


def test_a_yes_no_question_closed_by_a_comma_and_another_question_is_split():
    q = "Kết luận có yêu cầu tỉnh ủy lập Ban Chỉ đạo riêng không, ai làm trưởng ban?"
    (p1, _), (p2, t2) = split_compound(q)
    assert p1 == "Kết luận có yêu cầu tỉnh ủy lập Ban Chỉ đạo riêng không?" and p2 == "ai làm trưởng ban?"
    assert "Ban Chỉ đạo" in t2


def test_merge_does_not_repeat_an_answer_given_after_a_verdict():
    a = Answer(question="a", answer="Có. X làm Trưởng Ban. [1]", abstained=False, citations=(_cite(1, "c1"),))
    b = Answer(question="b", answer="X làm Trưởng Ban. [1]", abstained=False, citations=(_cite(1, "c1"),))
    assert merge("a, b", [a, b]).answer == "Có. X làm Trưởng Ban. [1]"


def test_merge_keeps_one_of_two_identical_answers():
    a = Answer(question="a", answer="Ngày 24/11/2023. [1]", abstained=False, citations=(_cite(1, "c1"),))
    b = Answer(question="b", answer="Không rõ.", abstained=True)
    m = merge("a và b", [a, b, a])
    assert m.answer == "Ngày 24/11/2023. [1]\n\nKhông rõ." and len(m.citations) == 1


def test_a_question_about_two_years_is_asked_for_each():
    parts = split_compound("Mục tiêu bao nhiêu doanh nghiệp công nghệ số vào năm 2030 và năm 2045?")
    assert [p for p, _ in parts] == ["Mục tiêu bao nhiêu doanh nghiệp công nghệ số vào năm 2030?",
                                     "Mục tiêu bao nhiêu doanh nghiệp công nghệ số vào năm 2045?"]
    assert len(split_compound("Giai đoạn 2025 - 2030 cần làm gì?")) == 1
    parts = split_compound("Cần thu hút thêm bao nhiêu tổ chức đặt trụ sở tại Việt Nam đến 2030, và đến 2045?")
    assert [p for p, _ in parts] == ["Cần thu hút thêm bao nhiêu tổ chức đặt trụ sở tại Việt Nam đến năm 2030?",
                                     "Cần thu hút thêm bao nhiêu tổ chức đặt trụ sở tại Việt Nam đến năm 2045?"]


def test_a_question_about_two_years_each_after_vao_is_asked_for_each():
    parts = split_compound("Quy mô kinh tế số đạt bao nhiêu phần trăm GDP vào năm 2030 và vào năm 2045?")
    assert [p for p, _ in parts] == ["Quy mô kinh tế số đạt bao nhiêu phần trăm GDP vào năm 2030?",
                                     "Quy mô kinh tế số đạt bao nhiêu phần trăm GDP vào năm 2045?"]


def test_a_last_question_for_a_year_asks_about_the_rest():
    (p1, _), (p2, t2) = split_compound("Đề án đặt mục tiêu bao nhiêu cơ sở, đến năm nào?")
    assert p1 == "Đề án đặt mục tiêu bao nhiêu cơ sở?" and p2 == "đến năm nào?" and "Đề án" in t2


def test_ra_sao_asks():
    parts = split_compound("Nhiệm vụ này có thời hạn hoàn thành khi nào và hiện tiến độ ra sao?")
    assert [p for p, _ in parts] == ["Nhiệm vụ này có thời hạn hoàn thành khi nào?", "hiện tiến độ ra sao?"]


def test_how_often_is_a_question_of_its_own():
    q = "Cơ quan nào theo dõi, đánh giá kết quả thực hiện nghị quyết và bao lâu thì báo cáo một lần?"
    (p1, _), (p2, t2) = split_compound(q)
    assert p1 == "Cơ quan nào theo dõi, đánh giá kết quả thực hiện nghị quyết?"
    assert p2 == "bao lâu thì báo cáo một lần?" and "theo dõi" in t2


def test_one_question_put_to_two_subjects_respectively_is_asked_of_each():
    parts = split_compound("Phong trào A trong Phụ lục II và phong trào B tại phiên họp thứ hai lần lượt do ai chủ trì?")
    assert [p for p, _ in parts] == ["Phong trào A trong Phụ lục II do ai chủ trì?",
                                     "phong trào B tại phiên họp thứ hai do ai chủ trì?"]
    parts = split_compound("Đầu mối theo dõi ở phía Chính phủ và ở phía Quốc hội là những cơ quan nào?")
    assert [p for p, _ in parts] == ["Đầu mối theo dõi ở phía Chính phủ là những cơ quan nào?",
                                     "Đầu mối theo dõi ở phía Quốc hội là những cơ quan nào?"]
    # "lần lượt" with no second subject, and one side only: the question stays whole
    assert len(split_compound("Các nhiệm vụ được triển khai lần lượt theo thứ tự nào?")) == 1
    assert len(split_compound("Đầu mối ở phía Chính phủ là cơ quan nào?")) == 1


def test_a_second_half_about_the_first_half_s_subject_abstains_with_it(fake_assistant):
    # no task of the Cục is written, so no deadline of one either
    ans = fake_assistant.ask("Theo Thông báo 23-TB/TGV, Cục Chuyển đổi số - Cơ yếu được giao nhiệm vụ gì và thời hạn "
                             "hoàn thành khi nào?")
    assert ans.abstained and "Thời hạn" not in ans.answer


def test_an_answer_given_again_under_its_heading_takes_the_first_one_s_place():
    """"Có. X [1]" then "Heading: X [1]" of the same clause: one answer, "Có. Heading: X [1]"."""
    cite = Citation(n=1, doc_id="d", clause_id="d:1", label="d, mục 1", path=("1",), text="X")
    first = Answer(question="a", answer="Có. Rủi ro: X. [1]", abstained=False, citations=(cite,), intent="generic")
    second = Answer(question="b", answer="Nhân lực không đủ: Rủi ro: X. [1]", abstained=False, citations=(cite,),
                    intent="generic")
    out = merge("a, b?", [first, second])
    assert out.answer == "Có. Nhân lực không đủ: Rủi ro: X. [1]" and len(out.citations) == 1


def test_a_question_word_before_a_comma_ends_the_first_question():
    (p1, _), (p2, t2) = split_compound("Số tuyến cáp quang biển mới đến 2030 là bao nhiêu, tổng dung lượng thiết kế "
                                       "bao nhiêu Tbps?")
    assert p1 == "Số tuyến cáp quang biển mới đến 2030 là bao nhiêu?" and p2.startswith("tổng dung lượng")
    assert "cáp quang biển" in t2


def test_the_posts_of_the_persons_an_answer_names_are_answered_with_them():
    from assistant.compound import answered_by
    chairs = Answer(question="q", answer="Đồng chí Nguyễn Văn An, Phó Trưởng Ban Chỉ đạo chủ trì. [1]", abstained=False)
    assert answered_by("giữ chức gì trong Ban Chỉ đạo?", chairs)
    assert not answered_by("giữ chức gì trong Ban Chỉ đạo?", Answer(question="q", answer="Bộ Công an chủ trì. [1]",
                                                                   abstained=False))


def test_where_is_a_question_word_and_a_how_often_part_after_it_asks_its_own_verb(fake_assistant):
    """"… trên đâu, và báo cáo BCĐ bao lâu một lần?": two questions; the second asks how often "báo cáo" is done
    (the body reported to, "BCĐ", is not the act)."""
    assert len(split_compound("Văn phòng Trung ương Đảng mở kênh tiếp nhận sáng kiến trên đâu, và báo cáo BCĐ bao lâu "
                              "một lần?")) == 2
    ans = fake_assistant.ask("Văn phòng Trung ương Đảng phải mở kênh tiếp nhận phản ánh, sáng kiến của người dân về "
                             "KH,CN trên đâu, và báo cáo BCĐ bao lâu một lần?")
    assert "Cổng Thông tin điện tử của Đảng" in ans.answer and "hằng quý" in ans.answer


def test_if_so_what_is_one_question():
    # "…, nếu có là những việc gì?" lists the "any" the first half asks about; it asks nothing of its own
    q = "Có việc nào trong danh mục nhiệm vụ được kéo dài tới năm 2030 không, nếu có là những việc gì?"
    assert split_compound(q) == [(q, "")]


def test_a_figure_asked_against_its_target_asks_the_target_too():
    q = "Tỷ lệ hộ có cáp quang 9 tháng đầu năm 2025 ước đạt bao nhiêu, so với mục tiêu năm 2025 trong Kế hoạch 12?"
    (first, _), (second, topic) = split_compound(q)
    assert first == "Tỷ lệ hộ có cáp quang 9 tháng đầu năm 2025 ước đạt bao nhiêu?"
    assert second == "mục tiêu năm 2025 trong Kế hoạch 12 là bao nhiêu?" and "cáp quang" in topic
    assert split_compound("Tỷ lệ này cao hơn so với năm 2024 không?") == [("Tỷ lệ này cao hơn so với năm 2024 không?", "")]
