"""Drafts: the review form's unsaved state survives a crash and a corrupted file never crashes."""
import json
import logging
import os

import pytest

from chronoapp.gui import drafts, paths


@pytest.fixture
def profile(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    return tmp_path


def test_round_trip_replace_and_clear(profile):
    assert drafts.load_drafts() == {}
    assert drafts.save_draft("event:1", {"headline": "Shelling in Kessara", "actors": ["Army"], "fatalities": 12})
    assert drafts.save_draft("new", {"headline": "Talks in Geneva — ünïcode"})
    assert drafts.save_draft("event:1", {"headline": "Market shelled in Kessara"})
    assert drafts.load_drafts() == {"event:1": {"headline": "Market shelled in Kessara"},
                                    "new": {"headline": "Talks in Geneva — ünïcode"}}
    assert json.loads((profile / "drafts.json").read_text(encoding="utf-8"))["new"]["headline"].endswith("ünïcode")
    assert drafts.clear_draft("event:1")
    assert drafts.clear_draft("never-saved")
    assert drafts.load_drafts() == {"new": {"headline": "Talks in Geneva — ünïcode"}}
    assert sorted(p.name for p in profile.iterdir()) == ["drafts.json", "drafts.lock"]  # no temp files left behind


@pytest.mark.parametrize("content", [b"{not json", b'{"a": {"headline": "cut off', b"\xff\xfe\x00garbage",
                                     b"[1, 2, 3]", b""])
def test_corrupted_file_is_ignored_with_a_log_line_and_replaced_on_next_save(profile, caplog, content):
    (profile / "drafts.json").write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="chronoapp.gui.drafts"):
        assert drafts.load_drafts() == {}
    assert "drafts" in caplog.text
    assert drafts.save_draft("new", {"headline": "x"})
    assert drafts.load_drafts() == {"new": {"headline": "x"}}


def test_entries_that_are_not_objects_are_dropped(profile):
    (profile / "drafts.json").write_text('{"ok": {"headline": "kept"}, "bad": 3}', encoding="utf-8")
    assert drafts.load_drafts() == {"ok": {"headline": "kept"}}


def test_failed_write_keeps_the_previous_file(profile, monkeypatch, caplog):
    drafts.save_draft("new", {"headline": "before"})

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m, caplog.at_level(logging.WARNING, logger="chronoapp.gui.drafts"):
        m.setattr(os, "replace", disk_full)
        assert drafts.save_draft("new", {"headline": "after"}) is False
    assert "No space left" in caplog.text
    assert drafts.load_drafts() == {"new": {"headline": "before"}}
    assert sorted(p.name for p in profile.iterdir()) == ["drafts.json", "drafts.lock"]


def test_unserialisable_state_is_a_caller_bug_and_leaves_the_file_alone(profile):
    drafts.save_draft("new", {"headline": "before"})
    with pytest.raises(TypeError):
        drafts.save_draft("new", {"when": object()})
    assert drafts.load_drafts() == {"new": {"headline": "before"}}


def _save_many(data_dir, prefix):
    from chronoapp.gui import drafts as d, paths as p

    p.data_dir = lambda: data_dir
    for i in range(40):
        d.save_draft(f"{prefix}{i}", {"headline": f"{prefix} {i}"})


def test_two_processes_saving_at_once_lose_no_draft(profile):
    """Each save reads the file, adds its draft and writes it back: two chronoapps saving at the same
    moment each wrote back the file without the other's new draft."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_save_many, args=(profile, prefix)) for prefix in ("a", "b")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert len(drafts.load_drafts()) == 80


def test_a_draft_is_offered_only_once_its_window_is_gone(profile):
    owner = drafts.new_owner()
    assert drafts.owner_alive(owner)
    drafts.release_owner(owner)
    assert not drafts.owner_alive(owner)
    assert not drafts.owner_alive(None)  # drafts of an older chronoapp belong to nobody open
    assert not drafts.owner_alive("999999999.1a2b3c4d.1")  # a process that has ended
    # an earlier run that had this process id (containers start the app with the same one): not alive
    assert not drafts.owner_alive(f"{os.getpid()}.0000dead.1")


def test_a_new_run_with_the_same_process_id_does_not_take_the_crashed_runs_drafts_for_its_own(profile):
    """In a container chronoapp starts with the same process id each time: the first window of the new run
    had the token of the first window of the run that crashed, so that run's article was taken for the
    new window's own live draft and never offered back."""
    import importlib

    importlib.reload(drafts)  # a fresh run...
    crashed = drafts.new_owner()  # ...whose first window never closed: the run stopped
    importlib.reload(drafts)  # a new run of the same process id
    assert drafts.new_owner() != crashed
    assert not drafts.owner_alive(crashed)
