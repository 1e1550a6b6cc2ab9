"""Agency gazetteer: aliases, abbreviations, accents, lists, table cells, 2025 reorganisation notes."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.agencies import KINDS, Agency, all_agencies, find_agencies, lookup, split_agency_list

DOCS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def _ids(text: str) -> list[str]:
    return [m.agency.id for m in find_agencies(text)]


def test_gazetteer_is_well_formed():
    agencies = all_agencies()
    assert len({a.id for a in agencies}) == len(agencies)
    assert all(isinstance(a, Agency) and a.kind in KINDS and a.name for a in agencies)
    for a in agencies:           # every name and alias leads back to its own agency
        assert lookup(a.name) is a, a.name
        for alias in a.aliases:
            assert lookup(alias) is a, (a.id, alias)


@pytest.mark.parametrize("name", [
    "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải",
    "Ủy ban Dân tộc", "Bộ Nội vụ", "Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo",
    "Văn phòng Chính phủ", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Đài Truyền hình Việt Nam",
    "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
    "Viện Hàn lâm Khoa học Xã hội Việt Nam", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP.HCM",
    "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Tư pháp", "Bộ Công Thương", "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Xây dựng", "Bộ Tài chính",
    "Bộ Khoa học và Công nghệ", "Bộ Chính trị", "Ban Bí thư", "Văn phòng Trung ương Đảng",
    "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương", "Ban Kinh tế Trung ương", "Ban Nội chính Trung ương",
    "Ban Chỉ đạo Trung ương về phát triển KH,CN,ĐMST và CĐS", "Tổ Giúp việc", "Đảng ủy Chính phủ",
    "Đảng ủy Quốc hội", "Đảng đoàn Quốc hội", "Ban cán sự đảng Chính phủ", "Đảng ủy các cơ quan Đảng Trung ương",
    "Thành ủy Hà Nội", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "UBTVQH", "Hội đồng Dân tộc",
    "Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban KH,CN&MT", "Ủy ban Pháp luật", "Ủy ban Tư pháp",
    "Ủy ban Kinh tế", "Ủy ban Tài chính, Ngân sách", "Ủy ban Quốc phòng và An ninh", "Ủy ban Văn hóa, Giáo dục",
    "Ủy ban Xã hội", "Ủy ban Đối ngoại", "Văn phòng Quốc hội", "Ban Dân nguyện", "Ban Công tác đại biểu",
    "Đoàn đại biểu Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Mặt trận Tổ quốc Việt Nam",
    "các bộ, ngành, địa phương", "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "các địa phương",
])
def test_required_agencies_are_covered(name):
    assert lookup(name) is not None, name


@pytest.mark.parametrize("name,aid", [
    ("Bộ KH&CN", "bo-khcn"), ("Bộ KHCN", "bo-khcn"), ("BKHCN", "bo-khcn"), ("Bộ KH & CN", "bo-khcn"),
    ("Bộ TTTT", "bo-tttt"), ("Bộ TT&TT", "bo-tttt"), ("Bộ KHĐT", "bo-khdt"), ("Bộ GD&ĐT", "bo-gddt"),
    ("UB KH-CN-MT", "ub-khcnmt"), ("Ủy ban KH,CN&MT của Quốc hội", "ub-khcnmt"), ("UBTVQH", "ubtvqh"),
    ("VPCP", "vpcp"), ("VTV", "vtv"), ("VOV", "vov"), ("TTXVN", "ttxvn"), ("VP TW Đảng", "vptw"),
    ("Ban Kinh tế TW", "ban-kinh-te-tw"), ("Ban Chỉ đạo TW", "bcd-tw"), ("Mặt trận TQ VN", "mttq"),
    ("Ủy ban QP-AN QH", "ub-qpan"), ("Ủy ban Văn hóa - Giáo dục QH", "ub-vhgd"), ("Cục ĐMST&CĐS", "cuc-dmst-cds"),
    ("Ngân hàng nhà nước Việt Nam", "nhnn"), ("Bộ Công An", "bo-cong-an"), ("Thủ tướng", "thu-tuong"),
    ("Khoa học và Công nghệ", "bo-khcn"), ("Đoàn ĐBQH", "doan-dbqh"), ("HĐDT", "hddt"),
])
def test_aliases_and_abbreviations(name, aid):
    assert lookup(name).id == aid


@pytest.mark.parametrize("name,aid", [
    ("bo khoa hoc va cong nghe", "bo-khcn"), ("BO THONG TIN VA TRUYEN THONG", "bo-tttt"),
    ("uy ban thuong vu quoc hoi", "ubtvqh"), ("van phong chinh phu", "vpcp"), ("dang uy chinh phu", "dang-uy-cp"),
    ("Uỷ ban Văn hoá, Giáo dục", "ub-vhgd"), ("Ủy ban Văn hóa, Giáo dục", "ub-vhgd"),
    ("Bộ Văn hoá, Thể thao và Du lịch", "bo-vhttdl"), ("Đảng uỷ Quốc hội", "dang-uy-qh"),
    ("Bộ Lao động – Thương binh và Xã hội", "bo-ldtbxh"), ("Bộ Lao động-Thương binh và Xã hội", "bo-ldtbxh"),
    ("  Bộ Y tế; ", "bo-y-te"), ("Bo\u0323\u0302 Y te\u0302\u0301", "bo-y-te"),
])
def test_no_diacritics_tone_placement_and_spacing(name, aid):
    assert lookup(name).id == aid


@pytest.mark.parametrize("junk", ["", "   ", "Bộ", "Ban", "xyz", None, 42, "x" * 10_000, "\x00\x01"])
def test_lookup_junk_is_none(junk):
    assert lookup(junk) is None


def test_find_agencies_junk_never_raises():
    for junk in ["", None, 42, "\x00" * 1000, "Bộ " * 5000, "các Bộ: " * 2000]:
        assert isinstance(find_agencies(junk), list)


def test_merged_and_renamed_ministries_keep_their_id_and_carry_notes():
    for aid, words in [("bo-tttt", "Bộ Khoa học và Công nghệ"), ("bo-khcn", "Bộ Thông tin và Truyền thông"),
                       ("bo-khdt", "Bộ Tài chính"), ("bo-ldtbxh", "Bộ Nội vụ"),
                       ("bo-tnmt", "Bộ Nông nghiệp và Môi trường"), ("bo-nnptnt", "Bộ Nông nghiệp và Môi trường"),
                       ("bo-gtvt", "Bộ Xây dựng"), ("uy-ban-dan-toc", "Bộ Dân tộc và Tôn giáo"),
                       ("bo-nnmt", "Bộ Tài nguyên và Môi trường"), ("bo-dttg", "Ủy ban Dân tộc"),
                       ("dang-doan-qh", "Đảng ủy Quốc hội"), ("ban-cssd-cp", "Đảng ủy Chính phủ"),
                       ("ub-phap-luat", "Ủy ban Pháp luật và Tư pháp")]:
        agency = next(a for a in all_agencies() if a.id == aid)
        assert words in agency.note and "2025" in agency.note, aid
    assert "176/2025/QH15" in lookup("Bộ Thông tin và Truyền thông").note
    assert lookup("Bộ TTTT").id != lookup("Bộ KHCN").id
    assert lookup("Bộ Nông nghiệp và Môi trường").id not in {lookup("Bộ TN&MT").id, lookup("Bộ NN&PTNT").id}


def test_find_in_order_longest_first_no_overlap():
    text = ("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, Văn phòng Quốc hội, "
            "các cơ quan thuộc UBTVQH, các Đoàn đại biểu Quốc hội")
    ms = find_agencies(text)
    assert [m.agency.id for m in ms] == ["ubtvqh", "hddt", "cac-uy-ban-qh", "vpqh", "cac-co-quan-ubtvqh",
                                         "doan-dbqh"]
    assert all(text[m.start:m.end] == m.surface for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


def test_ministry_list_without_bo():
    text = ("a) Các Bộ, cơ quan: Khoa học và Công nghệ, Tài chính, Giáo dục và Đào tạo, Nội vụ, Công Thương, "
            "Ngoại giao, Viện Hàn lâm Khoa học và Công nghệ Việt Nam và các cơ quan liên quan phối hợp với "
            "Văn phòng Trung ương Đảng rà soát")
    assert text[3:60] in (DOCS / "23-TB-TGV.txt").read_text(encoding="utf-8")
    assert _ids(text) == ["bo-khcn", "bo-tai-chinh", "bo-gddt", "bo-noi-vu", "bo-cong-thuong", "bo-ngoai-giao",
                          "vast", "vptw"]
    other = "các Bộ, cơ quan: Công an, Khoa học và Công nghệ, Tư pháp, Văn phòng Chính phủ, Giáo dục và Đào tạo;"
    assert _ids(other) == ["bo-cong-an", "bo-khcn", "bo-tu-phap", "vpcp", "bo-gddt"]
    assert _ids("cac Bo: Tai chinh, Noi vu") == ["bo-tai-chinh", "bo-noi-vu"]


def test_short_ministry_names_only_count_in_a_list():
    assert _ids("phát triển khoa học và công nghệ, tài chính công và giáo dục và đào tạo") == []
    assert _ids("đẩy mạnh ứng dụng tiến bộ khoa học, công nghệ; thu hút đội ngũ cán bộ KH&CN") == []


def test_government_words_that_are_not_agencies():
    assert _ids("xây dựng Chính phủ điện tử, Chính phủ số") == []
    assert _ids("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015") == []
    assert _ids("Thủ tướng, các Phó Thủ tướng Chính phủ") == ["thu-tuong"]


def test_find_with_markdown_tone_and_accent_variants():
    assert _ids("**Văn phòng Trung ương Đảng**: chủ trì") == ["vptw"]
    assert _ids("Uỷ ban Văn hoá, Giáo dục và Uỷ ban Xã hội") == ["ub-vhgd", "ub-xa-hoi"]
    assert _ids("bo khoa hoc va cong nghe chu tri, phoi hop voi bo tai chinh") == ["bo-khcn", "bo-tai-chinh"]
    ms = find_agencies("Ban Chỉ đạo TW, Ủy ban Văn hóa \\- Giáo dục QH, Cục ĐMST\\&CĐS  (nếu có)")
    assert [(m.agency.id, m.surface) for m in ms] == [
        ("bcd-tw", "Ban Chỉ đạo TW"), ("ub-vhgd", "Ủy ban Văn hóa \\- Giáo dục QH"),
        ("cuc-dmst-cds", "Cục ĐMST\\&CĐS")]


@pytest.mark.parametrize("cell,names", [
    ("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ",
     ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"]),
    ("Bộ Tài chính; Bộ KH&CN, các bộ, ngành", ["Bộ Tài chính", "Bộ KH&CN", "các bộ, ngành"]),
    ("Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN",
     ["Ban Tuyên giáo Trung ương", "các bộ, ngành, địa phương", "VTV", "VOV", "TTXVN"]),
    ("Bộ Công an, Bộ Nội vụ, Bộ Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội,"
     "Thanh tra Chính phủ, các bộ, ngành và địa phương",
     ["Bộ Công an", "Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội",
      "Thanh tra Chính phủ", "các bộ, ngành và địa phương"]),
    ("Bộ Khoa học và Công nghệ và các bộ, ngành, địa phương",
     ["Bộ Khoa học và Công nghệ", "các bộ, ngành, địa phương"]),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("Bộ Tài chính, bộ, ngành liên quan", ["Bộ Tài chính", "bộ, ngành liên quan"]),
    ("Bảo hiểm Xã hội Việt Nam, Bộ Công an và các địa phương Bắc Ninh, Bình Dương, An Giang",
     ["Bảo hiểm Xã hội Việt Nam", "Bộ Công an", "các địa phương", "Bắc Ninh", "Bình Dương", "An Giang"]),
    ("Các bộ, ngành, địa phương, doanh nghiệp liên quan, các cơ quan đại diện Việt Nam ở nước ngoài",
     ["Các bộ, ngành, địa phương", "doanh nghiệp liên quan", "các cơ quan đại diện Việt Nam ở nước ngoài"]),
    ("Các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao",
     ["Các cơ quan Đảng", "Quốc hội", "Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao"]),
    ("Tập đoàn, doanh nghiệp công nghệ số", ["Tập đoàn, doanh nghiệp công nghệ số"]),
    ("Tập đoàn, đơn vị sự nghiệp, Ấn Độ", ["Tập đoàn, đơn vị sự nghiệp", "Ấn Độ"]),
    ("Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành",     # qualifier stays with its group
     ["Các bộ, ngành, địa phương là chủ quản CSDLQG", "CSDL chuyên ngành"]),
    # fragments of cells wrapped in the source: kept as written, not resolved
    ("nghiệp và phát triển nông thôn, Bộ Khoa học và Công nghệ, Bộ Tài chính",
     ["nghiệp và phát triển nông thôn", "Bộ Khoa học và Công nghệ", "Bộ Tài chính"]),
    ("Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ, Bộ",
     ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", "Bộ"]),
    ("", []), ("---", []), (None, []),
])
def test_split_agency_list(cell, names):
    assert split_agency_list(cell) == names


def _appendix_agency_cells() -> set[str]:
    text = (DOCS / "03-NQ-CP-phu-luc.md").read_text(encoding="utf-8")
    cells = set()
    for line in text[text.index("PHỤ LỤC II"):].splitlines():
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cols) >= 6:
            cells.update(c for c in cols[2:4] if c and not set(c) <= set("-: "))
    return cells - {"Cơ quan chủ trì", "Cơ quan phối hợp"}


# Pieces of Phụ lục II lead/coordinator cells that are not agencies of the gazetteer, by design.
NOT_IN_GAZETTEER = {
    "Bắc Ninh", "Bình Dương", "An Giang", "Địa phương được lựa chọn", "Tập đoàn, doanh nghiệp công nghệ số",
    "doanh nghiệp liên quan", "các cơ quan đại diện Việt Nam ở nước ngoài", "CSDL chuyên ngành",
    "Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện",
    "nghiệp và phát triển nông thôn", "Bộ",                                  # wrapped-cell fragments
}


def test_every_appendix_cell_piece_is_an_agency_or_known_exception():
    cells = _appendix_agency_cells()
    assert len(cells) > 60
    unknown = set()
    for cell in cells:
        for piece in split_agency_list(cell):
            if lookup(piece) is None and not find_agencies(piece):
                unknown.add(piece)
    assert unknown == NOT_IN_GAZETTEER


@pytest.mark.parametrize("text, names", [
    ("Vụ Tổ chức cán bộ chủ trì, phối hợp với Vụ Kế hoạch - Tài chính, Bộ Ngoại giao xây dựng cơ chế",
     ["Vụ Tổ chức cán bộ", "Vụ Kế hoạch - Tài chính", "Bộ Ngoại giao"]),
    ("Giao Vụ Khoa học và Công nghệ là cơ quan thường trực", ["Vụ Khoa học và Công nghệ"]),
    ("Viện Quy hoạch Thủy lợi và Trung tâm Thông tin và Dữ liệu thực hiện",
     ["Viện Quy hoạch Thủy lợi", "Trung tâm Thông tin và Dữ liệu"]),
    ("Vụ Pháp chế và Bộ Tư pháp", ["Vụ Pháp chế", "Bộ Tư pháp"]),
    ("Trung tâm dữ liệu quốc gia được xây dựng", []),       # a facility, written in lower case
    ("Phòng họp không giấy", []),
])
def test_units_the_list_does_not_hold_are_found_by_kind_and_capitalised_name(text, names):
    assert [m.surface for m in find_agencies(text)] == names


def test_a_unit_found_by_its_name_is_one_agency_however_it_is_typed():
    (a,) = find_agencies("Cục Chuyển đổi số chủ trì")
    (b,) = find_agencies("Cục Chuyển đổi số phối hợp")
    assert a.agency.id == b.agency.id and a.agency.kind == "unit" and a.agency.kind in KINDS


@pytest.mark.parametrize("text, surface, kind", [
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "local"),   # not the central one
    ("Ban Tuyên giáo và Dân vận Trung ương chủ trì", "Ban Tuyên giáo và Dân vận Trung ương", "party"),
    ("phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Mặt trận Tổ quốc Việt Nam tỉnh", "local"),
])
def test_a_central_body_s_name_followed_by_the_province_is_the_province_s_own(text, surface, kind):
    (m,) = [m for m in find_agencies(text)]
    assert (m.surface, m.agency.kind) == (surface, kind)


def test_no_body_is_read_in_ordinary_words_or_in_what_is_built():
    assert find_agencies("đẩy mạnh cấp chữ ký số cá nhân") == []          # not "Sở CA"
    assert find_agencies("xây dựng Trung tâm Giám sát, điều hành thông minh") == []
    a, b = (find_agencies(t)[0].agency.id for t in ("Trung tâm Phục vụ hành chính công tỉnh chủ trì",
                                                     "Trung tâm Phục vụ hành chính công có nhiệm vụ gì"))
    assert a == b


def test_a_college_named_in_nine_words_is_one_body():
    from corpus.agencies import split_agency_list
    assert split_agency_list("Trường Cao đẳng Kỹ thuật Công nghệ Tân Lãnh") == [
        "Trường Cao đẳng Kỹ thuật Công nghệ Tân Lãnh"]
