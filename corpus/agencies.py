"""A gazetteer of the Vietnamese agencies named in the corpus, and finding them in text.

Names match on the accent-folded key (``corpus.normalize.fold`` rules), token by token, so
"Uỷ ban"/"Ủy ban", "hoá"/"hóa", "Bo Khoa hoc va Cong nghe", "Bộ KH & CN" and "Bộ Lao động –
Thương binh" all match. Ministries renamed or merged in 2025 keep their own id and carry a note.

Aliases written "=..." in the table are exact-only: ``lookup`` and ministry lists accept them, free
text does not ("địa phương" is a word, not an agency). In a list introduced by "các Bộ, cơ quan:"
or "các bộ, ban, ngành (" a ministry may be named without "Bộ" ("Tài chính, Nội vụ, Công Thương").
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from corpus.deadlines import fold_with_offsets
from corpus.normalize import fold

log = logging.getLogger(__name__)

KINDS = ("ministry", "party", "national_assembly", "government", "local", "group", "other", "unit")
_NQ176 = "(Nghị quyết 176/2025/QH15)"


@dataclass(frozen=True)
class Agency:
    """One agency: canonical name, every surface form seen or expected, and what became of it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    note: str = ""


@dataclass(frozen=True)
class AgencyMention:
    """An agency named in a text, with the words as written and their character span."""

    agency: Agency
    surface: str
    start: int
    end: int


def _merged(into: str, other: str) -> str:
    return f"Từ 01/3/2025 hợp nhất với {other} thành {into} {_NQ176}"


_QH_COMMITTEE_2025 = "Năm 2025 hợp nhất với {} thành {} (sửa đổi Luật Tổ chức Quốc hội)"
# (id, kind, canonical name, "alias|alias|=exact-only alias", note)
_TABLE: tuple[tuple[str, str, str, str, str], ...] = (
    ("bo-quoc-phong", "ministry", "Bộ Quốc phòng", "Bộ QP|BQP", ""),
    ("bo-cong-an", "ministry", "Bộ Công an", "Bộ CA|BCA", ""),
    ("bo-ngoai-giao", "ministry", "Bộ Ngoại giao", "BNG", ""),
    ("bo-noi-vu", "ministry", "Bộ Nội vụ", "Bộ NV|BNV",
     "Từ 01/3/2025 hợp nhất với Bộ Lao động - Thương binh và Xã hội; quản lý nhà nước về tín "
     f"ngưỡng, tôn giáo chuyển sang Bộ Dân tộc và Tôn giáo {_NQ176}"),
    ("bo-tu-phap", "ministry", "Bộ Tư pháp", "BTP", ""),
    ("bo-khdt", "ministry", "Bộ Kế hoạch và Đầu tư", "Bộ KHĐT|Bộ KH&ĐT|Bộ KH-ĐT|BKHĐT|Bộ Kế hoạch - Đầu tư",
     f"Từ 01/3/2025 hợp nhất vào Bộ Tài chính {_NQ176}"),
    ("bo-tai-chinh", "ministry", "Bộ Tài chính", "Bộ Tài chính & Đầu tư Phát triển",
     _merged("Bộ Tài chính", "Bộ Kế hoạch và Đầu tư")),
    ("bo-cong-thuong", "ministry", "Bộ Công Thương", "", ""),
    ("bo-nnptnt", "ministry", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT|Bộ NNPTNT|BNNPTNT",
     _merged("Bộ Nông nghiệp và Môi trường", "Bộ Tài nguyên và Môi trường")),
    ("bo-tnmt", "ministry", "Bộ Tài nguyên và Môi trường", "Bộ TN&MT|Bộ TNMT|BTNMT",
     _merged("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn")),
    ("bo-nnmt", "ministry", "Bộ Nông nghiệp và Môi trường", "Bộ NN&MT|Bộ NNMT",
     "Thành lập từ 01/3/2025 trên cơ sở hợp nhất Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài "
     f"nguyên và Môi trường {_NQ176}"),
    ("bo-gtvt", "ministry", "Bộ Giao thông vận tải", "Bộ GTVT|BGTVT|Bộ Giao thông - Vận tải",
     _merged("Bộ Xây dựng", "Bộ Xây dựng")),
    ("bo-xay-dung", "ministry", "Bộ Xây dựng", "Bộ XD|BXD", _merged("Bộ Xây dựng", "Bộ Giao thông vận tải")),
    ("bo-tttt", "ministry", "Bộ Thông tin và Truyền thông", "Bộ TTTT|Bộ TT&TT|Bộ TT-TT|BTTTT",
     _merged("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ")
     + "; lĩnh vực báo chí, xuất bản chuyển sang Bộ Văn hóa, Thể thao và Du lịch"),
    ("bo-khcn", "ministry", "Bộ Khoa học và Công nghệ",
     "Bộ KH&CN|Bộ KHCN|BKHCN|Bộ KH-CN|Bộ Khoa học, Công nghệ|Bộ Khoa học, Công nghệ & Chuyển đổi số",
     _merged("Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông")),
    ("bo-ldtbxh", "ministry", "Bộ Lao động - Thương binh và Xã hội", "Bộ LĐ-TB&XH|Bộ LĐTBXH|BLĐTBXH",
     "Từ 01/3/2025 hợp nhất vào Bộ Nội vụ; một số lĩnh vực chuyển sang Bộ Y tế, Bộ Giáo dục và Đào "
     f"tạo {_NQ176}"),
    ("bo-vhttdl", "ministry", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTTDL|Bộ VH-TT&DL|Bộ VHTT&DL|BVHTTDL", ""),
    ("bo-gddt", "ministry", "Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT|Bộ GDĐT|BGDĐT|Bộ GD-ĐT", ""),
    ("bo-y-te", "ministry", "Bộ Y tế", "BYT", ""),
    ("uy-ban-dan-toc", "ministry", "Ủy ban Dân tộc", "UBDT",
     "Từ 01/3/2025 tổ chức lại thành Bộ Dân tộc và Tôn giáo " + _NQ176),
    ("bo-dttg", "ministry", "Bộ Dân tộc và Tôn giáo", "Bộ DT&TG|Bộ DTTG",
     "Thành lập từ 01/3/2025 trên cơ sở Ủy ban Dân tộc, nhận thêm quản lý nhà nước về tín ngưỡng, "
     f"tôn giáo từ Bộ Nội vụ {_NQ176}"),
    ("nhnn", "ministry", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước|NHNN|NHNNVN", ""),
    ("thanh-tra-cp", "ministry", "Thanh tra Chính phủ", "TTCP", ""),
    ("vpcp", "ministry", "Văn phòng Chính phủ", "VPCP", ""),
    ("chinh-phu", "government", "Chính phủ", "", ""),
    ("thu-tuong", "government", "Thủ tướng Chính phủ", "Thủ tướng|TTg", ""),
    ("vtv", "government", "Đài Truyền hình Việt Nam", "VTV", ""),
    ("vov", "government", "Đài Tiếng nói Việt Nam", "VOV", ""),
    ("ttxvn", "government", "Thông tấn xã Việt Nam", "TTXVN", ""),
    ("vast", "government", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
     "Viện Hàn lâm KHCN Việt Nam|Viện Hàn lâm KH&CN Việt Nam|Viện Hàn lâm Khoa học và Công nghệ|VAST", ""),
    ("vass", "government", "Viện Hàn lâm Khoa học Xã hội Việt Nam",
     "Viện Hàn lâm KHXH Việt Nam|Viện Hàn lâm Khoa học Xã hội|VASS", ""),
    ("dhqg-hn", "government", "Đại học Quốc gia Hà Nội", "ĐHQGHN|ĐHQG Hà Nội", ""),
    ("dhqg-hcm", "government", "Đại học Quốc gia Thành phố Hồ Chí Minh",
     "Đại học Quốc gia TP.HCM|Đại học Quốc gia TP. Hồ Chí Minh|Đại học Quốc gia TP HCM|ĐHQG-HCM|ĐHQG TP.HCM", ""),
    ("bhxh", "government", "Bảo hiểm Xã hội Việt Nam", "BHXH Việt Nam|BHXHVN", "Từ 01/3/2025 trực thuộc Bộ Tài chính"),
    ("ubqlv", "government", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "",
     "Năm 2025 kết thúc hoạt động, chức năng chuyển về Bộ Tài chính"),
    ("quoc-hoi", "national_assembly", "Quốc hội", "QH", ""),
    ("ubtvqh", "national_assembly", "Ủy ban Thường vụ Quốc hội", "UBTVQH|Ủy ban UBTVQH|Thường vụ Quốc hội", ""),
    ("hddt", "national_assembly", "Hội đồng Dân tộc", "HĐDT", ""),
    ("ub-khcnmt", "national_assembly", "Ủy ban Khoa học, Công nghệ và Môi trường",
     "Ủy ban KH,CN&MT|UB KH-CN-MT|Ủy ban KH-CN-MT|UB KH,CN&MT|Ủy ban KHCN&MT|Ủy ban KHCNMT", ""),
    ("ub-phap-luat", "national_assembly", "Ủy ban Pháp luật", "UB Pháp luật",
     _QH_COMMITTEE_2025.format("Ủy ban Tư pháp", "Ủy ban Pháp luật và Tư pháp")),
    ("ub-tu-phap", "national_assembly", "Ủy ban Tư pháp", "UB Tư pháp",
     _QH_COMMITTEE_2025.format("Ủy ban Pháp luật", "Ủy ban Pháp luật và Tư pháp")),
    ("ub-pltp", "national_assembly", "Ủy ban Pháp luật và Tư pháp", "",
     "Thành lập năm 2025 trên cơ sở hợp nhất Ủy ban Pháp luật và Ủy ban Tư pháp"),
    ("ub-kinh-te", "national_assembly", "Ủy ban Kinh tế", "UB Kinh tế",
     _QH_COMMITTEE_2025.format("Ủy ban Tài chính, Ngân sách", "Ủy ban Kinh tế và Tài chính")),
    ("ub-tcns", "national_assembly", "Ủy ban Tài chính, Ngân sách", "Ủy ban Tài chính - Ngân sách|UB TCNS",
     _QH_COMMITTEE_2025.format("Ủy ban Kinh tế", "Ủy ban Kinh tế và Tài chính")),
    ("ub-kttc", "national_assembly", "Ủy ban Kinh tế và Tài chính", "",
     "Thành lập năm 2025 trên cơ sở hợp nhất Ủy ban Kinh tế và Ủy ban Tài chính, Ngân sách"),
    ("ub-qpan", "national_assembly", "Ủy ban Quốc phòng và An ninh", "Ủy ban QP-AN|Ủy ban QPAN|Ủy ban QP&AN",
     _QH_COMMITTEE_2025.format("Ủy ban Đối ngoại", "Ủy ban Quốc phòng, An ninh và Đối ngoại")),
    ("ub-doi-ngoai", "national_assembly", "Ủy ban Đối ngoại", "",
     _QH_COMMITTEE_2025.format("Ủy ban Quốc phòng và An ninh", "Ủy ban Quốc phòng, An ninh và Đối ngoại")),
    ("ub-qpando", "national_assembly", "Ủy ban Quốc phòng, An ninh và Đối ngoại", "",
     "Thành lập năm 2025 trên cơ sở hợp nhất Ủy ban Quốc phòng và An ninh và Ủy ban Đối ngoại"),
    ("ub-vhgd", "national_assembly", "Ủy ban Văn hóa, Giáo dục", "Ủy ban Văn hóa - Giáo dục|Ủy ban VHGD",
     _QH_COMMITTEE_2025.format("Ủy ban Xã hội", "Ủy ban Văn hóa và Xã hội")),
    ("ub-xa-hoi", "national_assembly", "Ủy ban Xã hội", "",
     _QH_COMMITTEE_2025.format("Ủy ban Văn hóa, Giáo dục", "Ủy ban Văn hóa và Xã hội")),
    ("ub-vhxh", "national_assembly", "Ủy ban Văn hóa và Xã hội", "",
     "Thành lập năm 2025 trên cơ sở hợp nhất Ủy ban Văn hóa, Giáo dục và Ủy ban Xã hội"),
    ("vpqh", "national_assembly", "Văn phòng Quốc hội", "VPQH", ""),
    ("ban-dan-nguyen", "national_assembly", "Ban Dân nguyện", "",
     "Năm 2025 tổ chức lại thành Ủy ban Dân nguyện và Giám sát"),
    ("ub-dngs", "national_assembly", "Ủy ban Dân nguyện và Giám sát", "", ""),
    ("ban-ctdb", "national_assembly", "Ban Công tác đại biểu", "", "Năm 2025 tổ chức lại thành Ủy ban Công tác đại biểu"),
    ("ub-ctdb", "national_assembly", "Ủy ban Công tác đại biểu", "", ""),
    ("doan-dbqh", "national_assembly", "Đoàn đại biểu Quốc hội",
     "Đoàn ĐBQH|các Đoàn đại biểu Quốc hội|các Đoàn ĐBQH", ""),
    ("bo-chinh-tri", "party", "Bộ Chính trị", "", ""),
    ("ban-bi-thu", "party", "Ban Bí thư", "Ban Bí thư Trung ương Đảng", ""),
    ("bch-tw", "party", "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương|BCH TW|BCHTW", ""),
    ("vptw", "party", "Văn phòng Trung ương Đảng",
     "Văn phòng TW Đảng|VP TW Đảng|VPTW|Văn phòng Trung ương|Văn phòng TW", ""),
    ("ban-tuyen-giao-tw", "party", "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo TW|Ban Tuyên giáo|BTGTW",
     "Năm 2025 hợp nhất với Ban Dân vận Trung ương thành Ban Tuyên giáo và Dân vận Trung ương"),
    ("ban-dan-van-tw", "party", "Ban Dân vận Trung ương", "Ban Dân vận TW",
     "Năm 2025 hợp nhất với Ban Tuyên giáo Trung ương thành Ban Tuyên giáo và Dân vận Trung ương"),
    ("ban-tgdv-tw", "party", "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận TW|Ban Tuyên giáo và Dân vận",
     "Thành lập năm 2025 trên cơ sở hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương"),
    ("ban-to-chuc-tw", "party", "Ban Tổ chức Trung ương", "Ban Tổ chức TW|BTCTW", ""),
    ("ban-kinh-te-tw", "party", "Ban Kinh tế Trung ương", "Ban Kinh tế TW|BKTTW",
     "Năm 2025 hợp nhất với Hội đồng Lý luận Trung ương thành Ban Chính sách, chiến lược Trung ương"),
    ("ban-cscl-tw", "party", "Ban Chính sách, chiến lược Trung ương", "Ban Chính sách, chiến lược TW",
     "Thành lập năm 2025 trên cơ sở hợp nhất Ban Kinh tế Trung ương và Hội đồng Lý luận Trung ương"),
    ("ban-noi-chinh-tw", "party", "Ban Nội chính Trung ương", "Ban Nội chính TW", ""),
    ("ban-doi-ngoai-tw", "party", "Ban Đối ngoại Trung ương", "Ban Đối ngoại TW",
     "Năm 2025 kết thúc hoạt động; chức năng, nhiệm vụ chuyển về Bộ Ngoại giao"),
    ("ubkt-tw", "party", "Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra TW|UBKTTW", ""),
    ("bcd-tw", "party",
     "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
     "Ban Chỉ đạo Trung ương|Ban Chỉ đạo TW|BCĐ TW|BCĐTW|Ban Chỉ đạo Trung ương về phát triển KH,CN,ĐMST và CĐS"
     "|Ban Chỉ đạo Trung ương về Nghị quyết 57", "Thành lập theo Nghị quyết 57-NQ/TW; Tổng Bí thư làm Trưởng Ban"),
    ("bcd-cds-dang", "party", "Ban Chỉ đạo Chuyển đổi số trong các cơ quan đảng", "", ""),
    ("to-giup-viec", "party", "Tổ Giúp việc Ban Chỉ đạo Trung ương",
     "Tổ Giúp việc|Tổ Giúp việc Ban Chỉ đạo|Tổ Giúp việc hai Ban Chỉ đạo|Tổ Giúp việc 2 Ban Chỉ đạo|TGV", ""),
    ("hdtv-qg", "party",
     "Hội đồng Tư vấn quốc gia về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
     "Hội đồng Tư vấn quốc gia|Hội đồng Tư vấn", "Trong kho văn bản, 'Hội đồng Tư vấn' chỉ hội đồng này"),
    ("cuc-dmst-cds", "party", "Cục Đổi mới sáng tạo và chuyển đổi số", "Cục ĐMST&CĐS",
     "Cơ quan đề xuất trong Đề cương chiến lược triển khai Nghị quyết 57 (trong cơ quan Đảng)"),
    ("cuc-cds-co-yeu", "party", "Cục Chuyển đổi số - Cơ yếu", "", ""),
    ("dang-uy-cp", "party", "Đảng ủy Chính phủ", "ĐUCP", "Thành lập năm 2025, thay Ban cán sự đảng Chính phủ"),
    ("ban-cssd-cp", "party", "Ban cán sự đảng Chính phủ", "Ban Cán sự Đảng CP|BCSĐ Chính phủ",
     "Năm 2025 kết thúc hoạt động; Đảng ủy Chính phủ được thành lập"),
    ("dang-uy-qh", "party", "Đảng ủy Quốc hội", "ĐUQH", "Thành lập năm 2025, thay Đảng đoàn Quốc hội"),
    ("dang-doan-qh", "party", "Đảng đoàn Quốc hội", "Đảng đoàn QH|ĐĐQH",
     "Năm 2025 kết thúc hoạt động; Đảng ủy Quốc hội tiếp tục chỉ đạo (Kế hoạch 3260-KH/ĐĐQH15)"),
    ("vp-dang-doan-qh", "party", "Văn phòng Đảng đoàn Quốc hội", "VPĐĐQH", ""),
    ("dang-uy-vpqh", "party", "Đảng ủy cơ quan Văn phòng Quốc hội", "", ""),
    ("dang-uy-cqdtw", "party", "Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy các cơ quan Trung ương Đảng",
     "Thành lập năm 2025, thay Đảng ủy Khối các cơ quan Trung ương"),
    ("dang-uy-khoi-cctw", "party", "Đảng ủy Khối các cơ quan Trung ương", "",
     "Năm 2025 kết thúc hoạt động; thay bằng Đảng ủy các cơ quan Đảng Trung ương"),
    ("dang-uy-mttq", "party", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Đảng ủy Mặt trận Tổ quốc", ""),
    ("quan-uy-tw", "party", "Quân ủy Trung ương", "", ""),
    ("dang-uy-cong-an-tw", "party", "Đảng ủy Công an Trung ương", "", ""),
    ("thanh-uy-hn", "party", "Thành ủy Hà Nội", "", ""),
    ("thanh-uy-hcm", "party", "Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP.HCM|Thành ủy TP. Hồ Chí Minh", ""),
    ("vp-tong-bi-thu", "party", "Văn phòng Tổng Bí thư", "", ""),
    ("mttq", "other", "Mặt trận Tổ quốc Việt Nam",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc|Mặt trận TQ VN|Mặt trận TQVN|Mặt trận TQ"
     "|MTTQ|MTTQVN", ""),
    ("tandtc", "other", "Tòa án nhân dân tối cao", "TANDTC", ""),
    ("vksndtc", "other", "Viện kiểm sát nhân dân tối cao", "VKSNDTC", ""),
    ("vp-chu-tich-nuoc", "other", "Văn phòng Chủ tịch nước", "", ""),
    ("ktnn", "other", "Kiểm toán nhà nước", "KTNN", ""),
    ("cac-bo-nganh-dia-phuong", "group", "các bộ, ngành, địa phương",
     "các bộ, ngành và địa phương|bộ, ngành, địa phương|bộ, ngành và địa phương|các bộ, ngành, các địa phương", ""),
    ("cac-bo-nganh", "group", "các bộ, ngành", "bộ, ngành|các bộ, ngành trung ương", ""),
    ("cac-bo-co-quan", "group", "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
     "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ|các bộ, cơ quan ngang bộ|các bộ, cơ quan", ""),
    ("ubnd-cac-tinh", "group", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
     "UBND các tỉnh, thành phố trực thuộc trung ương|UBND các tỉnh, thành phố trực thuộc TW"
     "|HĐND, UBND các tỉnh, thành phố trực thuộc trung ương|Ủy ban nhân dân các tỉnh, thành phố"
     "|các tỉnh, thành phố trực thuộc trung ương|các tỉnh, thành phố trực thuộc TW|UBND các tỉnh|UBND tỉnh", ""),
    ("cac-dia-phuong", "group", "các địa phương", "=địa phương", ""),
    ("tinh-uy-thanh-uy", "group", "các tỉnh ủy, thành ủy", "tỉnh ủy, thành ủy", ""),
    ("cac-ban-dang-tw", "group", "các ban đảng ở Trung ương",
     "các cơ quan đảng ở Trung ương|các ban của Đảng ở Trung ương|các Ban của Đảng|=các cơ quan Đảng", ""),
    ("cac-uy-ban-qh", "group", "các Ủy ban của Quốc hội", "các UB của QH|các Ủy ban của QH", ""),
    ("cac-co-quan-ubtvqh", "group", "các cơ quan thuộc Ủy ban Thường vụ Quốc hội",
     "các cơ quan thuộc UBTVQH|các cơ quan thuộc Ủy ban UBTVQH", ""),
    ("cac-doan-the-tw", "group", "các đoàn thể Trung ương", "Cơ quan trung ương của các đoàn thể", ""),
)

# "Bộ CA" -> not "Sở CA": two or three initials read as words once folded ("số cá")
_SHORT_INITIALS = re.compile(r"[A-ZĐ]{1,3}")
# A province's own bodies: each ministry's department ("Bộ Y tế" -> "Sở Y tế", "Bộ KH&CN" -> "Sở KH&CN") and the
# offices every province has, so that a provincial plan's tasks get their leads like the central documents' do.
_LOCAL: tuple[tuple[str, str, str, str, str], ...] = tuple(
    ("so-" + aid[3:], "local", "Sở" + name[2:], "|".join("Sở" + a[2:] for a in aliases.split("|") if a.startswith("Bộ ")
                                                         and not _SHORT_INITIALS.fullmatch(a[3:])), "") for aid, kind, name, aliases, _ in _TABLE if kind == "ministry" and name.startswith("Bộ ")) + (
    ("cong-an-tinh", "local", "Công an tỉnh", "", ""),
    ("vp-ubnd-tinh", "local", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh|VP UBND tỉnh", ""),
    ("ubnd-cap-huyen", "local", "Ủy ban nhân dân các huyện, thị xã, thành phố",
     "UBND các huyện, thị xã, thành phố|UBND cấp huyện|Ủy ban nhân dân cấp huyện", ""),
    ("bhxh-tinh", "local", "Bảo hiểm xã hội tỉnh", "BHXH tỉnh", ""),
    ("tinh-doan", "local", "Tỉnh Đoàn", "Tỉnh đoàn|Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", ""),
    ("bql-kcn", "local", "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp|BQL các KCN", ""),
)
_TABLE = _TABLE + _LOCAL

_TOKEN = re.compile(r"[a-z0-9]+|[^a-z0-9\s]")
_QH_SUFFIXES = (" của Quốc hội", " QH", " của QH")
_GROUP_SUFFIXES = (" liên quan", " có liên quan")
_LIST_HEAD = {("co", "quan", "ngang", "bo"), ("co", "quan"), ("nganh",), ("ban",)}
_BLOCK_PREV = {"chinh-phu": ("to", "chuc"), "quoc-hoi": ("to", "chuc"), "thu-tuong": ("pho",)}
_BLOCK_NEXT = {"chinh-phu": (("dien", "tu"), ("so",))}
_NOT_MINISTRY_BEFORE = {"tien", "can", "toan", "dong", "noi"}   # tiến bộ, cán bộ, toàn bộ, đồng bộ, nội bộ
_CONNECTORS = {"", "và", "va", "các", "cac", "và các", "va cac", "cùng", "với", "cùng với"}
_SPLIT_ALWAYS = re.compile(r"\s*(?:;|\||\n)\s*")
_SPLIT_SOFT = re.compile(r"(\s*,\s*|\s+và\s+)")
_QUALIFIER = re.compile(r"[ \t]+(?!và\b|va\b|các\b)(\w[^,;|\n]*)")


def _tokens(text: str) -> tuple[tuple[str, ...], list[tuple[int, int]], tuple[int, ...]]:
    """Folded tokens of ``text``, their spans in the folded key, and the key->text offset map."""
    key, pos = fold_with_offsets(text)
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(key)]
    return tuple(key[a:b] for a, b in spans), spans, pos


def _key(name: str) -> tuple[str, ...]:
    return _tokens(fold(name))[0]


def _build() -> tuple[tuple[Agency, ...], dict, dict, dict]:
    agencies, free, exact_only = [], {}, {}
    for aid, kind, name, alias_str, note in _TABLE:
        forms = [a for a in alias_str.split("|") if a]
        free_forms = [name] + [a for a in forms if not a.startswith("=")]
        only = [a[1:] for a in forms if a.startswith("=")]
        if kind == "ministry":       # "Tài chính" for "Bộ Tài chính", in "các Bộ: ..." lists and lookup
            only += [f[len("Bộ "):] for f in free_forms if f.startswith("Bộ ")]
        agency = Agency(aid, name, tuple(dict.fromkeys(free_forms[1:] + only)), kind, note)
        suffixes = _GROUP_SUFFIXES if kind == "group" else ()
        if kind == "national_assembly" and name.split()[0] in ("Ủy", "Hội", "Ban"):
            suffixes = _QH_SUFFIXES  # "Ủy ban KH,CN&MT của Quốc hội", "Ủy ban QP-AN QH"
        free_forms += [f + s for f in list(free_forms) for s in suffixes]
        agencies.append(agency)
        for table, group in ((free, free_forms), (exact_only, only)):
            for form in group:
                k = _key(form)
                if k in table and table[k].id != aid:
                    log.warning("alias %r is both %s and %s", form, table[k].id, aid)
                    continue
                table[k] = agency
    trie_free: dict = {}
    trie_list: dict = {}
    for trie, tables in ((trie_free, (free,)), (trie_list, (free, exact_only))):
        for table in tables:
            for k, agency in table.items():
                node = trie
                for tok in k:
                    node = node.setdefault(tok, {})
                node.setdefault(None, agency)
    return tuple(agencies), {**exact_only, **free}, trie_free, trie_list


_AGENCIES, _EXACT, _TRIE, _LIST_TRIE = _build()


def all_agencies() -> list[Agency]:
    """Every agency of the gazetteer, in table order."""
    return list(_AGENCIES)


def agency_ids(names) -> set[str]:
    """The ids of the agencies some names stand for: each name as one agency where it is one, else the agencies
    it names ("Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông")."""
    found = set()
    for name in names:
        agency = lookup(name)
        found |= {agency.id} if agency is not None else {m.agency.id for m in find_agencies(name)}
    return found


def lookup(name: str) -> Agency | None:
    """The agency one name stands for (canonical name, alias, abbreviation, any accents), or None."""
    if not isinstance(name, str) or len(name) > 300:
        return None
    toks = _key(name.strip(" \t\r\n.,;:()[]-–*"))
    return _EXACT.get(toks) if toks else None


def _longest(trie: dict, toks: tuple[str, ...], i: int) -> tuple[int, Agency | None]:
    node, j, best = trie, i, (i, None)
    while j < len(toks) and toks[j] in node:
        node = node[toks[j]]
        j += 1
        if None in node:
            best = (j, node[None])
    return best


def _blocked(agency: Agency, toks: tuple[str, ...], i: int, j: int) -> bool:
    if toks[i] == "bo" and i > 0 and toks[i - 1] in _NOT_MINISTRY_BEFORE:
        return True
    prev = _BLOCK_PREV.get(agency.id)
    if prev and tuple(toks[max(0, i - len(prev)):i]) == prev:
        return True
    return any(tuple(toks[j:j + len(nxt)]) == nxt for nxt in _BLOCK_NEXT.get(agency.id, ()))


def _list_start(toks: tuple[str, ...], i: int) -> int:
    """Index of the first item when a ministry list starts at ``i`` ("các Bộ, cơ quan: ..."), else -1."""
    if toks[i:i + 2] != ("cac", "bo"):
        return -1
    j = i + 2
    while j < len(toks) and toks[j] == ",":
        head = next((h for h in sorted(_LIST_HEAD, key=len, reverse=True) if toks[j + 1:j + 1 + len(h)] == h), None)
        if head is None:
            break
        j += 1 + len(head)
    return j + 1 if j < len(toks) and toks[j] in (":", "(") else -1


# what follows a central body's name to make it a province's or a district's own (folded tokens -> how many)
_LOCAL_TAIL = {("tinh", "uy"): 2, ("thanh", "uy"): 2, ("huyen", "uy"): 2, ("tinh",): 1}


def find_agencies(text: str) -> list[AgencyMention]:
    """Every agency named in ``text``: leftmost-longest matches, no overlaps, in text order."""
    if not isinstance(text, str) or not text:
        return []
    toks, spans, pos = _tokens(text[:200_000])
    out: list[AgencyMention] = []

    def emit(a: int, b: int, agency: Agency) -> None:
        s, e = pos[spans[a][0]], pos[spans[b - 1][1] - 1] + 1
        out.append(AgencyMention(agency, text[s:e], s, e))

    i = 0
    while i < len(toks):
        j = _list_start(toks, i)
        if j > 0:
            found = 0
            while j < len(toks):
                end, agency = _longest(_LIST_TRIE, toks, j)
                if agency is None:
                    break
                emit(j, end, agency)
                found, j = found + 1, end
                while j < len(toks) and toks[j] in (",", "va"):
                    j += 1
            if found:
                i = j
                continue
        end, agency = _longest(_TRIE, toks, i)
        if agency is None:
            i += 1
            continue
        if not _blocked(agency, toks, i, end):      # a blocked span ("Phó Thủ tướng Chính phủ") is skipped whole
            tail = _LOCAL_TAIL.get(toks[end:end + 2]) or _LOCAL_TAIL.get(toks[end:end + 1])
            if tail and agency.kind not in ("local", "group"):
                # "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Chỉ đạo tỉnh": the province's own body, not the central one
                s, e = pos[spans[i][0]], pos[spans[end + tail - 1][1] - 1] + 1
                name = text[s:e]
                out.append(AgencyMention(Agency("local-" + "-".join(toks[i:end + tail]), name, (), "local"), name, s, e))
                i = end + tail
                continue
            emit(i, end, agency)
        i = end
    return sorted(out + _units(text[:200_000], [(m.start, m.end) for m in out]), key=lambda m: m.start)


# A unit the agency list does not know, named by its kind and a capitalised name: a ministry's own departments
# ("Vụ Tổ chức cán bộ", "Cục Chuyển đổi số", "Viện Quy hoạch Thủy lợi"), a province's ("Phòng Kinh tế"): in a plan
# that assigns its tasks to them, they lead and coordinate like ministries do in a Government programme.
_UNIT_HEAD = re.compile(r"\b(?:Tổng cục|Chi cục|Cục|Vụ|Học viện|Viện|Trung tâm|Văn phòng|Thanh tra|Sở|Phòng|Ban Quản lý|"
                        r"Nhà xuất bản|Tạp chí|Trường|Đại học)\s+(?=\w)")
# lower-case words that end a unit's name: what it does ("… chủ trì", "… xây dựng"), links and time words
_UNIT_END = frozenset(
    "chủ phối thực xây tổ hoàn có được là tham hướng triển nghiên rà đề ban theo tại trong về của với cho các "
    "những trình báo đôn kiểm cập đánh lập gửi tổng phải sẽ đã đang cần năm tháng quý trước sau từ đến khi nếu "
    "nhằm gồm hoặc hay thì mà này do ở làm giúp đảm chịu tiếp vận đưa phát sử một bảo để và nâng cân bố ứng phê tăng giảm thúc hỗ quy chỉ khai".split())
# a thing built or set up, not a body that acts: "xây dựng Trung tâm Giám sát, điều hành thông minh"
_BUILT = re.compile(r"\b(xay dung|thanh lap|dau tu|nang cap|van hanh|hinh thanh|trien khai|phat trien|"
                    r"hoan thien|ra mat|khai truong)\s*$")
_PLACE_WORDS = {"tinh", "huyen", "xa", "phuong", "quan"}    # where a unit sits, written after its name or not
UNIT_WORDS = 10         # the longest unit name read


def _units(text: str, taken: list[tuple[int, int]]) -> list[AgencyMention]:
    """Units named by kind and capitalised name outside the spans the agency list matched."""
    out = []
    for m in _UNIT_HEAD.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or not text[m.end()].isupper() \
                or _BUILT.search(fold(text[max(0, m.start() - 30):m.start()]).lower()):
            continue
        words, end = [m.group(0).strip()], m.end()
        found = list(re.finditer(r"\S+", text[m.end():m.end() + 160]))
        for k, w in enumerate(found):
            core = w.group(0).rstrip(",.;:)")
            closed = core != w.group(0)
            joins = core == "và" and k + 1 < len(found) and found[k + 1].group(0)[:1].isupper() \
                and not _UNIT_HEAD.match(text, m.end() + found[k + 1].start()) \
                and not _longest(_TRIE, _tokens(text[m.end() + found[k + 1].start():][:80])[0], 0)[1]
            # "… và Công nghệ" goes on; "… và Bộ Y tế", "… và Trung tâm …" begin another
            if not core or len(words) >= UNIT_WORDS or core[:1].islower() and core in _UNIT_END and not joins \
                    or not (core[:1].isalpha() or core in ("-", "–", "&")):
                break
            words.append(core)
            end = m.end() + w.start() + len(core)
            if closed:
                break
        while words and words[-1] in ("-", "–", "&"):
            words.pop()
        if len(words) < 2 or any(a < end and m.start() < b for a, b in taken):
            continue
        name = " ".join(words)
        key = fold(name).lower().split()
        while len(key) > 2 and key[-1] in _PLACE_WORDS:    # "… hành chính công tỉnh" is "… hành chính công"
            key.pop()
        aid = "unit-" + "-".join(key)
        out.append(AgencyMention(Agency(aid, name, (), "unit"), text[m.start():end], m.start(), end))
        taken = [*taken, (m.start(), end)]      # "Đại học Quốc gia Trường Sơn" holds no "Trường Sơn" of its own
    return out


def _starts_name(s: str) -> bool:
    return s[:1].isupper() or s.lower().startswith("các ")


def _pieces(gap: str) -> list[str]:
    """Unknown text between agencies: cut at ';', and at ',' / 'và' before a capital or 'các'."""
    parts = []
    for chunk in _SPLIT_ALWAYS.split(gap):
        bits = _SPLIT_SOFT.split(chunk)
        cur = bits[0]
        for sep, nxt in zip(bits[1::2], bits[2::2]):
            if _starts_name(nxt):
                parts.append(cur)
                cur = nxt
            else:
                cur += sep + nxt
        parts.append(cur)
    return [p for p in (x.strip(" \t,.;:()") for x in parts)
            if p.lower() not in _CONNECTORS and any(ch.isalnum() for ch in p)]


def split_agency_list(cell: str) -> list[str]:
    """The separate agency names of a table cell, as written ("Bộ A Bộ B; các bộ, ngành" -> 3 names).

    Known agencies are cut where the gazetteer says; a lower-case qualifier right after one stays
    with it ("Các bộ, ngành, địa phương là chủ quản CSDLQG"); unknown text between them is split on
    ";" and on "," or "và" before a capital letter or "các", and kept (never dropped)."""
    if not isinstance(cell, str) or not cell.strip():
        return []
    names: list[str] = []
    cursor = 0
    for m in find_agencies(cell):
        names += _pieces(cell[cursor:m.start])
        surface, cursor = m.surface, m.end
        qual = _QUALIFIER.match(cell, cursor)
        if qual and qual.group(1)[0].islower() and not find_agencies(qual.group(1)):
            surface, cursor = surface + qual.group(0).rstrip(), qual.start() + len(qual.group(0).rstrip())
        names.append(surface)
    names += _pieces(cell[cursor:])
    return names
