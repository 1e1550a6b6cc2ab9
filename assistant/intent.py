"""What a question asks for, read from its words (with or without diacritics)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.normalize import fold, nfc
from indexing.tokenize import STOPWORDS

# Patterns run on the accent-folded, lower-case question.
_SIGNER = (r"\b(ai (da )?ky|nguoi ky|ky boi|do ai ky|ai la nguoi ky|ky ban hanh boi|ai ky ban hanh|chu ky cua ai|"
           r"kyx [^?]{0,60}?\b(thay|thay mat|thay cho) (cho )?(ai|co quan nao)|kyx [^?]{0,60}?\bvoi (tu cach|danh nghia) (gi|nao)|"
           r"kyx .*(cuong vi|chuc vu|tu cach) (gi|nao))\b")
_DATE = (r"\b(ban hanh (vao )?(ngay|thang|nam|khi) ?(nao|bao gio)?|ngay ban hanh|ky (vao )?ngay nao|ngay ky|"
         r"ban hanh bao gio|ban hanh luc nao|ban hanh nam nao|ra doi (vao )?(khi|nam|ngay|thang|luc) nao|ngay thang nam|"
         r"(hop|dien ra) (vao )?(ngay|hom) nao|thong bao ngay nao|(duoc )?(ra|phat hanh) (vao )?(ngay|thang|nam) nao)\b")
# "đề ngày bao nhiêu?", "ký hôm nào?", "ghi ngày mấy?" (not "định kỳ ngày nào"): the date a document bears, unless
# the question is about a document it cites ("căn cứ …"), whose date the recitals give
_DATE_BORNE = r"\b(?<!dinh )(ky|de|ghi|ban hanh|phat hanh) (vao )?(ngay|hom) (nao|bao nhieu|may|gi)\b"
_ISSUER = (r"\b(co quan nao (ban hanh|phat hanh|dua ra)|ai (ban hanh|phat hanh)|"
           r"do (co quan )?nao (ban hanh|phat hanh|dua ra)|do ai (ban hanh|phat hanh|dua ra)|"
           # "… là của cơ quan nào?", not "… trách nhiệm của cơ quan nào?" (whose duty)
           r"(?<!trach nhiem )(?<!nhiem vu )(?<!chuc nang )(?<!vai tro )(?<!quyen han )cua co quan nao|"
           r"ban hanh boi|phat hanh boi|"
           # a notice is issued by whoever "thông báo" it, asked at the end: "Thông báo … do cơ quan nào thông báo?"
           r"(?:co quan nao|do (?:co quan )?nao|do ai) thong bao(?=\s*[?.!]*\s*$))\b")
# a metadata question names a document
_DOCREF = (r"\b(nghi quyet|ke hoach|thong bao|van ban|de cuong|quyet dinh|chi thi|ket luan|chuong trinh hanh dong|"
           r"cong van|bao cao|to trinh|nghi dinh|thong tu|huong dan|de an|giay (?:to )?nay)\b|\d+\s*[-/]\s*[a-z]{2,}\b")
_NUMBER = r"\b(so hieu|so ky hieu|mang so)\b"
# where a document was issued ("… được ban hành ở đâu?"), and its own name ("… có tên đầy đủ là gì?", "trích yếu")
_PLACE = r"\b((ban hanh|ky|phat hanh|ky ban hanh) (o|tai) (dau|tinh nao|thanh pho nao)|noi ban hanh|dia danh ban hanh)\b"
_TYPE = r"\b((thuoc|la) (loai|hinh thuc) van ban (gi|nao)|loai van ban (gi|nao)|hinh thuc van ban (la )?gi)\b"
_TITLE = (r"\b(ten (day du|goi|chinh thuc|van ban)( cua [^?]{0,60})? (la gi|the nao|nhu the nao)|"
          r"co ten (day du |goi |chinh thuc )?(la )?gi|trich yeu|tieu de (day du )?(cua [^?]{0,60})?(la gi|the nao))\b")
# the legal basis and the proposal a document's recitals name ("Căn cứ …", "Theo đề nghị của …")
_BASIS = (r"\b(can cu (vao )?(nhung |cac )?(van ban|luat|gi|nao|dau|(?:[a-z]+ ){1,4}?(?:nao|gi)\b)|(theo|xet) de nghi cua (ai|nhung ai|co quan nao|"
          r"bo nao|nhung co quan nao|nhung bo nao|(nhung |cac )?bo truong( bo)? nao)|de nghi cua (ai|nhung ai)|co so phap ly|can cu phap ly|(theo|tai) to trinh)\b")
_LEAD = (r"\b(bo nao|co quan nao|don vi nao|ai chu tri|chu tri|ai chiu trach nhiem|(?<!tu )chiu trach nhiem|"
         r"ai phu trach|phu trach|giao cho ai|giao cho (co quan|bo) nao|ai lo|ai thuc hien|ai dam nhiem|"
         r"ai dam nhan|ai la dau moi|dau moi|ai co trach nhiem|co quan thuc hien|ai theo doi|ai dung ra|"
         r"(?:co quan|don vi) (?:chu tri )?theo doi|"
         r"dung ra lo|ai (lo|lam) (viec|nhiem vu)|(?:la )?(?:viec|nhiem vu|trach nhiem) cua ai)\b")
_BODY_ASKED = (r"(bo|co quan|don vi|bo phan|uy ban|(?<!dia )(?<!tieu )ban|to chuc|dang uy|dia phuong|noi|dau moi|tinh|to|to dang|"
               r"(?<!tich )(?<!tieu )cuc|(?<!nhiem )(?<!phuc )(?<!dich )vu|phong|(?<!thanh )(?<!hoc )vien|trung tam|hoi dong|"
               r"tinh uy|thanh uy) nao\b")
_WHO = rf"\b{_BODY_ASKED}"
# "Hội nghị … diễn ra ở tỉnh nào?": where, not which body (unless who leads is asked too)
_IN_PLACE = r"\b(?:o|tai) (?:tinh|thanh pho|dia phuong|noi|nuoc|quoc gia|tru so(?: cua)?(?: \w+){1,3})(?:,? (?:tinh|thanh pho))? nao\b(?!.*\bchu tri\b)"
_COORD = r"\b(phoi hop|ai cung|cung voi ai|co quan phoi hop)\b"
_WHEN = (r"\b(khi nao|bao gio|thoi han|han chot|han cuoi|truoc ngay nao|den han|han hoan thanh|"
         r"hoan thanh (vao |trong )?(luc|khi|thang|quy|nam|ngay)? ?nao|thoi gian hoan thanh|quy nao|"
         r"thang nao|nam nao|(?<!nguon )(?<!nang )(?<!no )(?<!dong )(?<!ap )(?<!the )luc nao|thoi diem nao|tu ngay nao|han la|thoi gian nao|giai doan nao|bao lau|"
         r"ngay nao|hom nao|dip nao|moc nao|truoc thoi diem nao|thoi han nao|(?:nhung |cac )?(?<!gioi )han nao|(quy|thang|nam|ngay) may)\b")
_AMOUNT = (r"\b(bao nhieu|ty le|ti le|toi thieu|it nhat|muc nao|phan tram|chi tieu|may phan tram|"
           r"ty trong|ti trong|quy mo(?! (?:lon|nho|vua)\b)|con so)\b|%")     # "doanh nghiệp quy mô lớn" is no size asked
# typed as a search box, a sum with no question word: "tổng kinh phí xây dựng Trung tâm dữ liệu quốc gia"
_TERSE_AMOUNT = r"^tong (?:kinh phi|so von|von|muc dau tu)\b(?!.*\b(?:nao|gi|ai|khong|chua|sao)\b)"
# a value given to look up what it is the value of: "Chỉ tiêu 90% … là chỉ tiêu về việc gì?" (no amount asked)
_VALUE_LOOKUP = r"\d\s*%(?!.*\b(bao nhieu|may)\b).*\b(ve viec gi|la (chi tieu )?(gi|nao)|chi tieu (gi|nao)|viec gi|ve van de gi)\b"
_LIST = (r"\b(nhung nhiem vu nao|cac nhiem vu|nhiem vu nao|nhiem vu gi|trach nhiem gi|nhung viec nao|viec nao|viec gi|"
         r"nhung gi|liet ke|nhung viec|"
         r"co nhung nhiem vu|gom nhung|bao gom nhung|cac viec|nhung nhiem vu|danh sach)\b")
NOT_YET_DUE = r"chua (?:toi|den) han"       # "chưa tới hạn", folded
# "… còn nhiệm vụ chủ trì nào trong Phụ lục II chưa đến hạn?": the tasks still open
_PENDING = rf"\bnhiem vu (?:[a-z0-9]+ ){{0,3}}nao (?:[a-z0-9]+ ){{0,6}}{NOT_YET_DUE}\b"
_ASKS_TASKS = r"\b((nhiem vu|viec|trach nhiem|noi dung) (nao|gi)|liet ke|danh sach|gom nhung|bao gom nhung)\b"
_AGENCY_WORD = (r"\b(bo|ban|uy ban|van phong|dang doan|dang uy|to dang|ban can su|tinh uy|chinh phu|quoc hoi|"
                r"ngan hang nha nuoc|vien han lam|dai truyen hinh|dai tieng noi|thong tan xa)\b")
_NAMES_MANY = r"\b(nhung|nhiem vu nao|viec nao|viec gi|nhiem vu gi|liet ke|danh sach|gom|bao gom|nhiem vu (cua|ma))\b"
_RATE = r"\b(ty le|ti le|phan tram|ty trong|ti trong)\b|%"
# "Vì sao … bị chậm tiến độ?", "nguyên nhân … là gì?" (folded): a cause asked
ASKS_CAUSE = re.compile(r"\b(?:vi sao|tai sao|nguyen nhan|ly do|do dau)\b")
_OVERDUE = r"\b(qua (?:thoi )?han|tre (?:thoi )?han|cham tien do)\b"
# "… còn kịp không?", "… đã trễ chưa?", "… còn nợ … không?": one task's state, asked against a day the question
# states ("Hôm nay 22/5/2025 …"), folded
STATE_ASKED = re.compile(r"\b(?:tre|muon|qua han|cham)(?: han| tien do)? (?:chua|khong|roi chua|hay chua|roi)\b|"
                         r"\bcon kip(?: han)? (?:khong|chua)\b|\bkip (?:han|tien do) (?:khong|chua)\b|"
                         r"\bcon (?:trong )?han (?:khong|chua)\b|\bcon no\b[^?]{0,80}\bkhong\b")
OVERDUE_STATE = re.compile(r"\b(?:qua|tre) (?:thoi )?han\s+(?:chua|khong|roi chua|hay chua)\s*[?.!]*\s*$")
_PERSON = (r"\b(ho ten|ho va ten|ten day du|ten (cua )?(ong|ba|dong chi)|dong chi( [a-z]+){0,4} nao|la ong nao|"
           r"la ba nao|nguoi dung dau\b.{0,80}\bten (la )?gi)\b")     # "đồng chí Phó Trưởng Ban nào …?" asks a person
# a definition: "TFP là gì?", "… được hiểu là gì", "giải thích …", "khái niệm …"
_DEFINE = (r"(\bla gi\s*\??\s*$|\b(nghia la gi|duoc hieu (la|nhu the nao)|giai thich|khai niem|dinh nghia|"
           r"co nghia la|la cai gi)\b)")
# a post in a body ("Trưởng ban", "Chủ tịch Hội đồng") asked about by who holds it; longest first
ROLES = ("pho chu tich thuong truc", "pho chu tich", "chu tich", "pho truong ban", "truong ban", "to pho", "to truong",
          "truong tieu ban", "pho giam doc", "giam doc", "chu nhiem", "pho cuc truong", "cuc truong", "pho vu truong",
          "vu truong", "pho vien truong", "vien truong")
_ASKS_HOLDER = (r"\b(ai|nguoi nao|dong chi nao|chuc danh (gi|nao)|chuc vu (gi|nao)|vi tri nao|ten (day du )?(la )?gi|"
                r"ho (va )?ten|nguoi (giu|dam nhiem|dam nhan) (chuc|vi tri|cuong vi))\b")   # "Họ tên người giữ chức …"
_ASKS_NAME = r"\bten (day du )?(la )?gi\b"      # "Bộ trưởng Bộ … tên là gì?": the holder's name


def asked_role(question: str) -> str:
    """The post a question asks the holder of ("Ai làm Trưởng ban …?" -> "truong ban"), folded, or ""."""
    q = fold(question.replace("AI", " "))
    if not re.search(_ASKS_HOLDER, q):
        return ""
    named = next((r for r in ROLES if re.search(rf"\b{r}\b", q)), "")
    if not named and (re.search(_IS_WHO, q) or re.search(_ASKS_NAME, q)):
        # "Bộ trưởng Bộ … hiện nay là ai?" or "… tên là gì?", not "Thủ tướng giao ai …?"
        named = next((r for r in OFFICES if re.search(rf"\b{r}\b", q)), "")
    heads = re.search(_HEADS, q)
    return named or (_HEAD_OF[heads.group(2)] if heads else "")


# offices whose names also open directions ("Thủ tướng giao ai chủ trì …?"): asked only as "… là ai?"
OFFICES = ("pho thu tuong", "thu tuong", "bo truong", "tong bi thu")
_DURATION = r"\b(thoi han|thoi gian)\b.*\b(bao nhieu|may) (nam|thang|ngay)\b"
_HOW = r"\b(theo huong nao|nhu the nao|ra sao|bang cach nao)\b"
# "… nói gì về Y?", "… đề cập thế nào đến Y?", "… có nội dung gì về Y?": what a text says of Y, folded (group 1: Y)
SAYS_ABOUT = re.compile(r"\b(?:noi gi|noi the nao|de cap (?:gi|the nao|nhu the nao)|co (?:noi dung|quy dinh|de cap) gi|"
                        r"quy dinh gi|neu gi)\s+(?:ve|den|toi)\s+([^?.!;]+?)(?:\s+khong)?\s*\??$")
_BELONGS = r"\btruc thuoc (\w+ ){0,2}nao\b"
# "Cuộc họp 16/5 có đại diện những ủy ban nào dự?", "… ai tham dự phiên họp?": who attended, not who chaired
_ATTENDS = (r"\b(cuoc hop|phien hop|hoi nghi|buoi hop)\b.*\b(tham du|du hop|du|co mat|tham gia)\s*[?.!]*$|"
            r"\b(tham du|du|co mat|tham gia)( tai| trong| o)?( cuoc hop| phien hop| hoi nghi| buoi hop)\b")
# "… công bố cho những ai biết?", "… gửi tới ai?": whom something is for, not who does it
_TO_WHOM = r"\b(cho|toi|den|voi|gui) (nhung |cac )?ai\b"
# "… báo cáo lên những cơ quan nào?", "… trình ai?": whom a report goes to, not who leads the work
_REPORTS_TO = (r"\b(?:bao cao|trinh|gui)\s+(?:len\s+|lai\s+|cho\s+|voi\s+|toi\s+|den\s+|ve\s+)?(?:(?:nhung|cac)\s+)?"
               r"(?:(?:co quan|cap|noi|don vi|bo|ban|to chuc)\s+nao|ai|dau)\b")
_IS_WHO = r"\b(ai (la|dang la|hien la|giu chuc|dang giu)|la ai|la nguoi nao|la dong chi nao)\b"


# how fine a date a "when" question asks for: "quý mấy?" a quarter, "tháng nào?" a month, "ngày nào?" a day
_GRAINS = (("quarter", r"\bquy (nao|may|bao nhieu)\b"), ("month", r"\bthang (nao|may)\b"),
           ("day", r"\bngay (nao|may)\b"))


def asked_grain(question: str) -> str:
    """'quarter', 'month' or 'day' when the question asks a date that fine ("hạn chót là quý mấy?"), or ""."""
    q = fold(question)
    return next((grain for grain, pattern in _GRAINS if re.search(pattern, q)), "")


def names_document(question: str) -> bool:
    """The question names a document of its own ("Kế hoạch 3260", "23-TB/TGV")."""
    return bool(re.search(_DOCREF, fold(question)))


def asked_body(question: str, role: str) -> str:
    """The words naming the body whose post is asked ("Chủ nhiệm Ủy ban Khoa học …" -> "uy ban khoa hoc …",
    at most eight, up to a comma or the end), folded, or "" when the question names none after the post
    ("Ai là Trưởng ban?", "Chủ tịch của …")."""
    q = fold(question)
    m = (re.search(rf"\b{role}\b\s+([a-z0-9 ]+)", q) or re.search(_HEADS + r"\s+([a-z0-9 ]+)", q)) if role else None
    words = m.group(m.lastindex).split()[:8] if m else []     # "đứng đầu Ban Chỉ đạo …": after "Ban"
    if words and words[0] not in STOPWORDS and words[0] not in ("la", "lam", "hien"):
        return " ".join(words)
    before = re.search(_BODY_BEFORE, q) if role else None     # "Ban Chỉ đạo … do ai làm Trưởng ban?"
    if not before:
        return ""
    words = before.group(1).split()
    if words[0] == role.split()[-1]:        # "Trưởng Ban Chỉ đạo …" writes "Ban" in the post
        words = words[1:]
    return " ".join(words[:8])


# a body named before the post it asks of: "Ban Chỉ đạo … do ai làm Trưởng ban?", "Hội đồng … có chủ tịch là ai?"
_BODY_BEFORE = (r"\b((?:ban|tieu ban|uy ban|hoi dong|to|nhom|bo|van phong)\b[a-z0-9 ]*?)\s+"
                r"(?:do|thi|co)?\s*(?:ai|nguoi nao|dong chi nao|\w+ truong|truong \w+|chu tich|chu nhiem)\b")


# "Ai đứng đầu Ban Chỉ đạo …?" asks for the head's post of that kind of body
_HEADS = (r"\b(dung dau|nguoi dung dau|lanh dao cao nhat|nguoi dan dat|cam trich|nguoi cam trich|cam dau)\s+"
          r"(?:cua\s+)?(tieu ban|ban|hoi dong|to|nhom)\b")
_HEAD_OF = {"ban": "truong ban", "tieu ban": "truong tieu ban", "hoi dong": "chu tich", "to": "to truong",
            "nhom": "to truong"}


# when a meeting took place ("Phiên họp thứ hai họp ngày nào?"), not when a task is due
MEETINGS = r"phien hop|cuoc hop|hoi nghi|ky hop|buoi lam viec"      # the words that name a meeting, folded
_EVENT = rf"\b({MEETINGS}|phien thu)\b"
_HAPPENED = (r"\b(hop|dien ra|to chuc|khai mac)\s+(vao\s+)?"
             r"(ngay nao|khi nao|bao gio|luc nao|hom nao|thoi gian nao|nam nao)\b|"
             r"\b(ai|nguoi nao|dong chi nao) (chu tri|chu toa)\b|\b(chu tri|chu toa) boi ai\b")
# "… chủ trì à?", matched with its marks: the polite "ạ" folds to the same "a" ("Ai ký ạ?" asks who signed);
# typed without marks the restorer writes the closing "a" as "á", and "u" stays as typed
_PARTICLE = re.compile(r"(?<!ch[âa]u)\s(?:à|á|hả|ư|u|chứ|chớ)\s*\?+\s*$")     # not the "Á" of "châu Á?"
_YESNO = r"\b(dung hay sai|co dung|dung khong|phai khong|co phai|co that la)\b"


def ends_in_particle(question: str) -> bool:
    """The question closes with a particle asking for confirmation ("… do Bộ Công an chủ trì à?")."""
    return bool(_PARTICLE.search(nfc(question).lower()))
# "Đề cương có đề xuất dùng PPP … không?": "có … không" around the claim, with no question word in it
_HAS_OR_NOT = r"\bco\b(?! phai\b).{3,}\bkhong\s*[?.!]*\s*$"
_ASKS_WHAT = r"\b(nao|gi|bao nhieu)\b"
# "Có nhiệm vụ nào về … không?", "… có bác bỏ kiến nghị nào không?": "nào"/"gì" inside "có … không" means "any"
ANY_OR_NOT = re.compile(r"\bco\b(?! (?:phai|quan|so|che|hoi|cau|ban|ly|the)\b)((?:(?!\bbao nhieu\b).)*?)\b(?:nao|gi)\b.*\bkhong\s*[?.!]*\s*$")
_WINDOW = (r"\b(quy (i|ii|iii|iv|1|2|3|4)\b|thang \d{1,2}|nam 20\d\d|\d{1,2}/20\d\d|truoc ngay|"
           r"(?:\d{1,2}|ba|sau|chin) thang (?:dau|cuoi) nam|cuoi nam|(?:den|het|truoc) 20\d\d\b)")


@dataclass(frozen=True)
class Intent:
    # signer | date | issuer | number | basis | lead | coord | role | event | when | amount | list | generic
    kind: str
    is_list: bool = False
    has_window: bool = False
    overdue: bool = False
    yes_no: bool = False
    whether: bool = False       # "… có … không?": answered as any question, then "Có" or "Không" said first
    defines: bool = False    # asks what a term means

    def to_dict(self) -> dict:
        return {"kind": self.kind, "list": self.is_list, "window": self.has_window, "overdue": self.overdue}


# "Tổ đảng … chủ trì thẩm tra những dự án luật nào?": the lead is named, the work it leads is asked
# "… chủ trì thẩm tra, giám sát cơ chế … nhằm thúc đẩy những loại công nghệ nào?": what is led is asked
_OBJECT_ASKED = r"\b(?:chu tri|phu trach|dam nhiem|dam nhan|chiu trach nhiem|theo doi)\s+(?:[^?;]{0,100}?\s)??(?:nhung|cac)\s+([a-z]+)(?:\s+[a-z]+){0,3}?\s+nao\b"
_AGENCY_HEADS = {"bo", "co", "don", "uy", "ban", "to", "dia", "nganh", "tinh", "dang", "hoi", "van", "cuc", "vien",
                 "tong", "ngan", "tap", "doanh", "chinh", "thanh", "bo,"}


def _lead_given(q: str, question: str) -> bool:
    """The lead (or the bodies working together) is named and a time asked: "Đề án … do Bộ Công an chủ trì phải
    hoàn thành vào thời điểm nào?" asks when, not who (no "ai", no "bộ nào", "người nào")."""
    return bool(re.search(_WHEN, q)) and bool(re.search(r"\bdo\s[^,?;]{3,80}?\s(chu tri|phu trach|dam nhiem|phoi hop)\b",
                                                      q)) \
        and not re.search(_WHO, q) and not re.search(r"\bnguoi nao\b", q) \
        and not re.search(r"(^|[\s,])ai([\s,?.!]|$)", question.replace("AI", "").lower())


def _asks_whose(q: str) -> bool:
    """"… biểu dương nỗ lực … của những đảng ủy nào?": the body is asked as the owner of something said of it,
    not as the one leading a task ("… thuộc trách nhiệm của bộ nào?" is)."""
    m = re.search(rf"\b(\w+ \w+) cua (?:nhung |cac )?{_BODY_ASKED}", q)
    return bool(m) and m.group(1) not in ("trach nhiem", "nhiem vu", "tham quyen") \
        and not re.search(_LEAD, q[:m.start()] + " " + q[m.end():])    # "… của bộ nào" is the body asked, no lead


def _who_is(q: str) -> bool:
    """"Ai là lực lượng tiên phong …?", "Chủ thể của … là ai?": who is said to be something, no task led."""
    return bool(re.search(r"(^|[\s,])ai la\s|\bla ai\b", q)) and not re.search(_LEAD, q) and not re.search(_WHO, q) \
        and not re.search(_AGENCY_WORD, q)


# "… Bộ Quốc phòng cùng Bộ TT&TT đứng tên chủ trì — đó là đề án gì?": the leads are named, their work is asked
_WORK_ASKED = (r"\b(?:chu tri|phu trach|dam nhiem|dam nhan)\b[^?;]{0,40}?\b(?:la|do la)?\s*(?:de an|nhiem vu|viec|"
               r"cong viec|chuong trinh|du an|ke hoach|van ban|luat|nghi dinh)\s+(?:gi|nao)\b")


def _asks_object(q: str) -> bool:
    m = re.search(_OBJECT_ASKED, q)
    if m is None:
        m = re.search(_WORK_ASKED, q)
        return bool(m) and bool(re.search(r"\bbo\s+\w", q[:m.start()])) and not re.search(_WHO, q)
    return bool(m) and m.group(1) not in _AGENCY_HEADS and not re.search(_WHO, q[:m.start()])


def _any_or_not(q: str) -> bool:
    """"nào"/"gì" stands only inside the "có … không": no question word before the "có"."""
    m = ANY_OR_NOT.search(q)
    return m is not None and not re.search(_ASKS_WHAT, q[:m.start()])


def classify(question: str) -> Intent:
    q = fold(question)
    # "quỹ nào" (which fund) folds as "quý nào" (which quarter), "nhân lực nào" as "lúc nào": the time is asked
    # only as written
    when = re.search(_WHEN, fold(re.sub(r"(?i)\b(quỹ|lực)\b", r"\1x", question))) is not None \
        and not re.search(_DURATION, q)     # "thị thực với thời hạn tối đa bao nhiêu năm?" asks a length of time
    window = bool(re.search(_WINDOW, q))
    # "… đã trễ hạn chưa?" asks one task's state, not for the overdue tasks
    # "Vì sao … bị chậm tiến độ?" asks the cause
    overdue = bool(re.search(_OVERDUE, q)) and not OVERDUE_STATE.search(q) and not ASKS_CAUSE.search(q)
    pending = bool(re.search(_PENDING, q))
    is_list = bool(re.search(_LIST, q)) or overdue or pending
    if is_list and not (overdue or pending) and when and not re.search(_NAMES_MANY, q) \
            and not (window and re.search(r"^(?:cac|nhung) (?:nhiem vu|viec|dau viec)\b.*\bla (?:gi|nhung gi)\s*[?.!]*\s*$", q)):
        is_list = False         # "các nhiệm vụ … phải báo cáo trong tháng nào?" asks for a time; "Các nhiệm vụ đến
        #                         hạn quý II/2025 của Bộ Công an là gì?" for the tasks due in that window
    if is_list and not (overdue or window) and re.search(_HOW, q):
        is_list = False         # "các nhiệm vụ phải được xác định theo hướng nào?" asks the manner
    if is_list and not (overdue or window) and re.search(_WHO, q) and not re.search(_ASKS_TASKS, q):
        is_list = False         # "Cơ quan nào chủ trì các nhiệm vụ chống khai thác IUU?" asks for an agency
    if is_list and not overdue and re.search(_RATE, q) and not re.search(_ASKS_TASKS, q):
        is_list = False         # "tỷ lệ giải ngân cho các nhiệm vụ … năm 2025 phải đạt bao nhiêu?" asks a figure
    if is_list and re.search(_VALUE_LOOKUP, q):
        is_list = False         # "Chỉ tiêu 90% … là chỉ tiêu về việc gì?" asks what one value is of
    yes_no = bool(re.search(_YESNO, q)) or ends_in_particle(question)
    docref = bool(re.search(_DOCREF, q))
    if re.search(_SIGNER, fold(re.sub(r"(?i)\bký\b", "kyx", question)).lower()) or re.search(_SIGNER, q):
        kind = "signer"
    elif re.search(_ISSUER, q) and docref:
        kind = "issuer"
    elif (re.search(_DATE, q) or re.search(_DATE_BORNE, q) and not re.search(_BASIS, q)) and docref \
            and "hieu luc" not in q:    # its effect is written in its text
        kind = "date"
    elif re.search(_NUMBER, q) and docref:
        kind = "number"
    elif re.search(_PLACE, q) and docref:
        kind = "place"
    elif re.search(_TITLE, q) and docref:
        kind = "title"
    elif re.search(_TYPE, q) and docref:
        kind = "type"
    elif re.search(_BASIS, q) and docref:
        kind = "basis"
    elif is_list and (window or overdue or re.search(_LEAD, q) or re.search(_AGENCY_WORD, q)):
        kind = "list"
    elif re.search(_EVENT, q) and re.search(_HAPPENED, q):
        kind = "event"
    elif re.search(_PERSON, q):
        kind = "person"
    elif asked_role(question):
        kind = "role"
    elif re.search(_COORD, q) and not _lead_given(q, question):     # "… do X phối hợp với Y xây dựng … khi nào?"
        kind = "coord"
    elif re.search(_BELONGS, q) or re.search(_ATTENDS, q) and not re.search(r"\bbao nhieu\b", q):
        kind = "generic"        # "Cục … trực thuộc cơ quan nào?" asks the body above it, not who leads a task
    elif (re.search(_LEAD, q) or re.search(_WHO, q) or re.search(r"(^|[\s,])ai\s", question.replace("AI", "").lower())) \
            and not _asks_object(q) and not _lead_given(q, question) and not _who_is(q) and not _asks_whose(q) \
            and not (re.search(_TO_WHOM, q) and not re.search(_LEAD, q)) and not re.search(_IN_PLACE, q) \
            and not (re.search(_REPORTS_TO, q) and not re.search(r"\bchu tri\b", q)):
        kind = "lead"
    elif when:
        kind = "when"
    elif re.search(r"\b(?:(?:nhung|cac) )?chi tieu (nao|gi)\b", q) and re.search(r"\btheo doi\b|\b(nhung|cac) chi tieu\b", q) \
            and not re.search(r"\bbao nhieu\b|%", q):
        kind, is_list = "list", True    # "Phụ lục I giao Bộ Công an theo dõi những chỉ tiêu nào?": which indicators
    elif (re.search(_AMOUNT, q) or re.search(_TERSE_AMOUNT, q)) and not SAYS_ABOUT.search(q) and not (re.search(_DEFINE, q) and re.search(r"\bchi tieu (gi|nao)\b", q)
                                        and not re.search(r"\bbao nhieu\b|%", q)) and not re.search(_VALUE_LOOKUP, q):
        kind = "amount"     # "TFP được giải thích là chỉ tiêu gì?" asks what the indicator is, not its value
    else:
        kind = "list" if is_list and window else "generic"
    whether = not yes_no and bool(re.search(_HAS_OR_NOT, q)) and (not re.search(_ASKS_WHAT, q) or _any_or_not(q))
    return Intent(kind=kind, is_list=is_list, has_window=window, overdue=overdue, yes_no=yes_no, whether=whether,
                  defines=kind == "generic" and bool(re.search(_DEFINE, q)))
