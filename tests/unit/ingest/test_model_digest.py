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
