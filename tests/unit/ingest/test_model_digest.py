import hashlib
import os

from callguard.ingest.integrity import model_sha256


def test_model_digest_is_kept_beside_the_file_and_taken_again_when_it_changes(tmp_path):
    model = tmp_path / "model.bin"
    model.write_bytes(b"weights" * 1000)
    assert model_sha256(model) == hashlib.sha256(model.read_bytes()).hexdigest()
    memo = tmp_path / "model.bin.sha256"
    digest, stamp = memo.read_text().split(" ", 1)
    memo.write_text(f"{'0' * 64} {stamp}")  # a kept digest is read, not taken again
    assert model_sha256(model) == "0" * 64
    model.write_bytes(b"other weights" * 1000)
    os.utime(model, ns=(1, 1))
    assert model_sha256(model) == hashlib.sha256(model.read_bytes()).hexdigest()
    memo.write_text("torn")
    assert model_sha256(model) == hashlib.sha256(model.read_bytes()).hexdigest()


def test_model_digest_that_cannot_be_kept_is_taken_each_time(tmp_path):
    model = tmp_path / "model.bin"
    model.write_bytes(b"weights")
    (tmp_path / "model.bin.sha256").mkdir()  # neither readable nor writable as a file
    assert model_sha256(model) == hashlib.sha256(b"weights").hexdigest()


def test_assembling_again_replaces_side_files_whole_and_leaves_good_ones_alone(tmp_path):
    """setup.sh assembles the model each time it runs; a batch loading the model meanwhile must never read a
    half-written tokenizer.json (it did: "json parse error" while the test setup ran beside an analysis)."""
    from callguard.asr.weights import SIDE_FILES, assemble, is_good

    target = assemble(tmp_path)
    assert is_good(target)
    before = {name: (tmp_path / name).stat().st_ino for name in SIDE_FILES}
    model_inode = target.stat().st_ino
    config = tmp_path / "config.json"
    good = config.read_bytes()
    config.write_bytes(good[:10])  # a torn copy
    torn_inode = config.stat().st_ino
    assemble(tmp_path)
    assert config.read_bytes() == good and config.stat().st_ino != torn_inode  # a new file put in place
    assert all((tmp_path / n).stat().st_ino == before[n] for n in SIDE_FILES if n != "config.json")
    assert target.stat().st_ino == model_inode and not list(tmp_path.glob(".*.tmp"))
