"""The app's cached answers are shared by every session (issue #20), so no page may change another's:
each caller gets a shallow, copy-on-write copy. A test that changes its copy in every way a page could
and then asks again."""

from __future__ import annotations

from dashboard import data


def test_changing_an_answer_changes_no_other_callers(served_demo):
    first = data.ask("units")
    before = first.copy(deep=True)
    column = first.columns[0]

    first.loc[first.index[0], column] = "CHANGED"  # a cell
    first["added"] = 1  # a column
    first.iloc[1:3, 1] = None  # a block

    again = data.ask("units")
    assert again is not first
    assert "added" not in again.columns
    assert again.equals(before), "a caller's changes reached the shared answer"


def test_the_answers_share_their_columns_rather_than_copy_them(served_demo):
    one, two = data.ask("units"), data.ask("units")
    assert one is not two

    # The memory of a column is the cache's own: what every session's download buttons keep is small.
    def text_buffer(frame):  # the string column's characters, pyarrow-backed in pandas 3
        return frame["kind"].array.__arrow_array__().chunk(0).buffers()[-1].address

    assert text_buffer(one) == text_buffer(two)
