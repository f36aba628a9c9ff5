from generator.write import MANIFEST, check_ownership, write_tree


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
    problems = check_ownership(tmp_path, {"timeline.md": "generated\n"})
    assert [p.path for p in problems] == [f"{tmp_path.name}/timeline.md"]
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
    """os.write works `writes` times, then lands one byte and fails as a full disk does."""
    import generator.write as write

    real_write = write.os.write
    calls = []

    def write_until_full(descriptor, data):
        calls.append(1)
        if len(calls) <= writes:
            return real_write(descriptor, data)
        real_write(descriptor, bytes(data[:1]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write.os, "write", write_until_full)


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    _disk_full_after(monkeypatch, writes=1)  # the manifest is written, then the page fails
    try:
        write_tree(tmp_path, {"actors/a.md": "a page\n"})
    except OSError as exc:
        assert exc.errno == 28
    else:
        raise AssertionError("the write should have failed")
    finally:
        monkeypatch.undo()
    assert list((tmp_path / "actors").iterdir()) == []


def test_a_run_stopped_halfway_leaves_files_the_next_run_owns(tmp_path, monkeypatch):
    files = {f"quotes/q{i}.md": f"quote {i}\n" for i in range(300)}  # enough for threads
    _disk_full_after(monkeypatch, writes=120)
    try:
        write_tree(tmp_path, files)
    except OSError:
        pass
    else:
        raise AssertionError("the write should have failed")
    finally:
        monkeypatch.undo()
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md")}
    assert 0 < len(written) < len(files)
    # Every file the stopped run left is claimed by the manifest, so none is in the way.
    assert check_ownership(tmp_path, files) == []
    report = write_tree(tmp_path, files)
    assert len(report.written) == len(files) - len(written)
    assert {p: (tmp_path / p).read_text() for p in files} == files
    assert not list(tmp_path.rglob("*.tmp"))
