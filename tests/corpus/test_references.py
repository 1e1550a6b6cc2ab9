from corpus.normalize import fold
from corpus.references import meeting_ordinal, meeting_ordinals


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
