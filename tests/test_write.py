import io

import pytest

from generator.errors import ContentError
from generator.write import MANIFEST, write_tree

from .conftest import snapshot


def test_second_run_writes_nothing_and_one_change_writes_one_file(tmp_path):
    files = {"index.md": "home\n", "actors/a.md": "a\n", "actors/b.md": "b\n"}
    first = write_tree(tmp_path, files)
    assert sorted(first.written) == ["actors/a.md", "actors/b.md", "index.md"]
    mtimes = {p: (tmp_path / p).stat().st_mtime_ns for p in files}

    again = write_tree(tmp_path, files)
    assert again.written == [] and again.unchanged == 3
    assert {p: (tmp_path / p).stat().st_mtime_ns for p in files} == mtimes

    changed = write_tree(tmp_path, {**files, "actors/b.md": "b2\n"})
    assert changed.written == ["actors/b.md"]


def test_stale_generated_files_are_removed_but_hand_written_ones_stay(tmp_path):
    (tmp_path / "about.md").write_text("mine\n")
    write_tree(tmp_path, {"index.md": "x\n", "events/e.md": "e\n"})
    report = write_tree(tmp_path, {"index.md": "x\n"})
    assert report.removed == ["events/e.md"]
    assert not (tmp_path / "events").exists()
    assert (tmp_path / "about.md").read_text() == "mine\n"
    assert (tmp_path / MANIFEST).read_text().splitlines()[1:] == ["index.md"]


def test_a_hand_written_page_in_the_way_is_reported_not_overwritten(tmp_path):
    (tmp_path / "timeline.md").write_text("hand-written\n")
    with pytest.raises(ContentError) as refused:
        write_tree(tmp_path, {"index.md": "home\n", "timeline.md": "generated\n"})
    assert [p.path for p in refused.value.problems] == [f"{tmp_path.name}/timeline.md"]
    assert not (tmp_path / "index.md").exists()
    assert (tmp_path / "timeline.md").read_text() == "hand-written\n"


def test_a_changed_page_is_swapped_in_whole_and_no_temporary_file_stays(tmp_path, monkeypatch):
    write_tree(tmp_path, {"actors/a.md": "old\n"})
    inode = (tmp_path / "actors" / "a.md").stat().st_ino
    # A temporary file left by an interrupted run is cleared, not a reason to fail.
    (tmp_path / "actors" / ".a.md.tmp").write_text("half a page")
    report = write_tree(tmp_path, {"actors/a.md": "new text\n"})
    assert report.written == ["actors/a.md"]
    assert (tmp_path / "actors" / "a.md").read_text() == "new text\n"
    # Replaced by a rename (a new inode), never rewritten in place.
    assert (tmp_path / "actors" / "a.md").stat().st_ino != inode
    assert sorted(p.name for p in (tmp_path / "actors").iterdir()) == ["a.md"]


def _disk_full_after(monkeypatch, writes: int) -> None:
    """Files written by the generator take their bytes `writes` times, then one byte
    lands and the write fails as on a full disk."""
    import generator.write as write

    calls = []

    class UntilFull(io.FileIO):
        def write(self, data):  # type: ignore[no-untyped-def]
            calls.append(1)
            if len(calls) <= writes:
                return super().write(data)
            super().write(bytes(data[:1]))
            raise OSError(28, "No space left on device")

    def open_until_full(path, mode="r"):  # type: ignore[no-untyped-def]
        return UntilFull(path, "w") if mode == "wb" else open(path, mode)

    monkeypatch.setattr(write, "open", open_until_full, raising=False)


@pytest.mark.parametrize("writes", [0, 1, 2, 3])
def test_a_failed_write_leaves_docs_as_it_was(tmp_path, monkeypatch, writes):
    """A full disk at any write, the manifest's included, changes nothing: the
    manifest never names a page that is not there."""
    write_tree(tmp_path, {"index.md": "home\n", "actors/a.md": "old\n"})
    before = snapshot(tmp_path)
    _disk_full_after(monkeypatch, writes=writes)
    with pytest.raises(OSError):
        write_tree(
            tmp_path,
            {"index.md": "home\n", "actors/a.md": "new\n", "events/e.md": "e\n", "x.md": "x\n"},
        )
    monkeypatch.undo()
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "events").exists()


def test_a_run_stopped_while_swapping_leaves_files_the_next_run_owns(tmp_path, monkeypatch):
    import generator.write as write

    files = {f"quotes/q{i}.md": f"quote {i}\n" for i in range(30)}
    real_replace = write.os.replace
    calls = []

    def replace_then_stop(source, target):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) > 10:
            raise KeyboardInterrupt
        real_replace(source, target)

    monkeypatch.setattr(write.os, "replace", replace_then_stop)
    with pytest.raises(KeyboardInterrupt):
        write_tree(tmp_path, files)
    monkeypatch.undo()
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md")}
    assert 0 < len(written) < len(files)
    # Every file the stopped run left is claimed by the manifest, so none is in the way.
    report = write_tree(tmp_path, files)
    assert len(report.written) == len(files) - len(written)
    assert {p: (tmp_path / p).read_text() for p in files} == files
    assert not list(tmp_path.rglob("*.tmp"))
