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
