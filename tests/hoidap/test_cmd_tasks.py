"""`hoidap tasks --due-from/--due-to` over the bundled corpus: the shared due window and its one-line errors."""
import json

import pytest

from hoidap.cli import main


def _tasks(capsys, *args) -> list[dict]:
    assert main(["tasks", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["tasks"]


def test_one_quarter_is_the_whole_quarter(capsys):
    both = _tasks(capsys, "--due-from", "quý II/2025", "--due-to", "quý II/2025")
    assert both and all("2025-04-01" <= t["deadline"]["start"] and t["deadline"]["end"] <= "2025-06-30" for t in both)
    assert _tasks(capsys, "--due-from", "quý II/2025") == both
    assert _tasks(capsys, "--due-to", "quý II/2025") == both
    assert _tasks(capsys, "--due-from", "2025-04-01", "--due-to", "2025-06-30") == both


def test_one_day_is_open_ended(capsys):
    after = _tasks(capsys, "--due-from", "2025-04-01")
    assert after and all(t["deadline"]["start"] >= "2025-04-01" for t in after)
    assert len(after) > len(_tasks(capsys, "--due-from", "quý II/2025"))


@pytest.mark.parametrize("args, expect", [
    (["--due-from", "hôm qua"], "không hiểu mốc “hôm qua”"),
    (["--due-to", "xyz"], "không hiểu mốc “xyz”"),
    (["--due-from", "2025-07-01", "--due-to", "2025-04-01"], "sau mốc kết thúc"),
])
def test_bad_window_is_a_one_line_error(capsys, args, expect):
    assert main(["tasks", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: --due-from/--due-to: ") and expect in err and err.count("\n") == 1
