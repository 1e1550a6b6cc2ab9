from assistant.extract import asked_column

COLUMNS = [("Nhiệm vụ", "Xây dựng cổng dữ liệu"), ("Cơ quan thực hiện", "Bộ Công an"),
           ("Cơ quan chịu trách nhiệm cao nhất", "Thủ tướng"), ("Cơ quan phối hợp, tham vấn", "Bộ Tài chính")]


def test_the_column_named_by_its_own_header_words():
    assert asked_column("Ai chịu trách nhiệm cao nhất về cổng dữ liệu?", COLUMNS)[1] == "Thủ tướng"
    assert asked_column("cơ quan nao tham van, phoi hop xay dung cong du lieu", COLUMNS)[1] == "Bộ Tài chính"


def test_no_column_when_the_header_is_only_partly_named():
    assert asked_column("Bộ nào chịu trách nhiệm xây dựng cổng dữ liệu?", COLUMNS) is None
    assert asked_column("Cổng dữ liệu do ai xây dựng?", COLUMNS) is None


def test_a_header_the_question_writes_whole_is_asked_even_when_its_words_are_common():
    from assistant.extract import asked_column, writes_header
    columns = [("NHIỆM VỤ", "Tham mưu thành lập Ủy ban."), ("THỜI GIAN HOÀN THÀNH", "Tháng 3/2025"),
               ("TIẾN ĐỘ", "Quá hạn"), ("KẾT QUẢ HIỆN NAY", "Đang chuẩn bị hồ sơ.")]
    assert writes_header("hiện tiến độ ra sao?", "TIẾN ĐỘ")
    assert asked_column("hiện tiến độ ra sao?", columns) == ("TIẾN ĐỘ", "Quá hạn")
    assert not writes_header("tiến hành ra sao?", "TIẾN ĐỘ")


def test_the_cell_that_names_the_row_is_not_the_one_asked():
    # "nhiệm vụ" is a header written whole, but the question uses it to name the row by its cell
    assert asked_column("Nhiệm vụ xây dựng cổng dữ liệu do ai chịu trách nhiệm cao nhất?", COLUMNS)[1] == "Thủ tướng"
