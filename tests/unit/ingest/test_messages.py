"""Texts and screenshots: SMS Backup & Restore XML, a CSV of messages, chat screenshots read by OCR."""

from __future__ import annotations

import json
import struct
import zlib

import pytest
from helpers import invoke, run_cli
from PIL import Image, ImageDraw, ImageFont

from callguard.errors import InputError
from callguard.ingest import messages

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SMS = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3">
  <sms address="10690000123" date="1773498900000" type="1" body="{threat}" contact_name="(Unknown)" />
  <sms address="10690000123" date="1773498960000" type="2" body="我下周就还，别再骚扰我" contact_name="(Unknown)" />
  <sms address="10690000123" date="" type="1" body="您好，您的账单已出，请按时还款。" contact_name="(Unknown)" />
</smses>"""
THREAT = "你再不还钱，明天就把你欠钱的事发到你们公司群里，让你同事都看看你是什么人"


def chat(path, lines, width=720):
    """A phone-chat-like screenshot: a centred date, bubbles on the left (received) and right (sent)."""
    img = Image.new("RGB", (width, 120 + 70 * len(lines)), "#ededed")
    draw = ImageDraw.Draw(img)
    draw.text((width // 2 - 120, 20), "2026年3月14日 22:35", fill="#888", font=ImageFont.truetype(FONT, 22))
    for i, (side, text) in enumerate(lines):
        y, font = 80 + 70 * i, ImageFont.truetype(FONT, 26)
        w = draw.textlength(text, font=font)
        x = 30 if side == "received" else width - 30 - w
        fill = "white" if side == "received" else "#95ec69"
        draw.rounded_rectangle((x - 14, y - 10, x + w + 14, y + 44), 14, fill=fill)
        draw.text((x, y), text, fill="black", font=font)
    img.save(path)
    return path


def test_sms_backup_xml(tmp_path):
    path = tmp_path / "sms.xml"
    path.write_text(SMS.format(threat=THREAT), encoding="utf-8")
    found = messages.load(path)
    assert [(m.direction, m.sender) for m in found.messages] == [("received", "10690000123"), ("sent", "me"),
                                                                 ("received", "10690000123")]
    assert found.messages[0].time.isoformat() == "2026-03-14T14:35:00+00:00" and found.messages[2].time is None
    assert found.problems == ["message 3: no date (date=''); kept undated"] and found.format == "sms-xml"


@pytest.mark.parametrize(("text", "message"), [
    ("<html><body>hi</body></html>", "not an SMS Backup & Restore file"),
    ("<smses><sms body='x'", "not readable XML"),
    ("time,text\n2026-03-14T22:35:00+08:00,hi\n", "needs the columns time, sender, text"),
])
def test_files_of_another_format_are_one_clear_error(tmp_path, text, message):
    path = tmp_path / ("m.csv" if text.startswith("time") else "m.xml")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        messages.load(path)


def test_message_csv_names_the_row_without_a_date(tmp_path):
    path = tmp_path / "texts.csv"
    path.write_text("time,sender,text\n2026-03-14T22:35:00+08:00,+1 555 0100,Pay today or else\n"
                    ",+1 555 0100,Call us back\n2026-03-15T09:00:00+08:00,me,stop texting me\n", encoding="utf-8")
    found = messages.load(path)
    assert [m.direction for m in found.messages] == ["received", "received", "sent"]
    assert found.problems == ["row 3: no readable time (''); kept undated"]


def test_chat_screenshot_in_chinese_and_english(tmp_path):
    path = chat(tmp_path / "chat.png", [("received", "你再不还钱，明天就把你欠钱的事"),
                                        ("received", "发到你们公司群里"), ("sent", "I will pay next week"),
                                        ("received", "we know where you work")])
    found = messages.load(path)
    assert [m.direction for m in found.messages] == ["received", "sent", "received"]
    assert "公司群" in found.messages[0].text and "pay next week" in found.messages[1].text.lower()
    assert all(m.time.isoformat() == "2026-03-14T22:35:00" for m in found.messages) and found.problems == []


def test_a_bubble_with_a_date_and_time_in_it_is_a_message_not_a_date_line():
    lines = [(280, 440, "2026年3月14日 22:35"), (30, 520, "请于2026年3月20日 18:00前还款"), (30, 300, "否则后果自负"),
             (300, 420, "昨天 星期五 09:10"), (420, 690, "我会还的")]
    found = messages.chat_messages(lines, 720)
    assert [(m.direction, m.text) for m in found] == [("received", "请于2026年3月20日 18:00前还款，否则后果自负"),
                                                      ("sent", "我会还的")]
    assert found[0].time.isoformat() == found[1].time.isoformat() == "2026-03-14T22:35:00"


def test_a_rendered_bubble_with_a_deadline_in_it_is_kept(tmp_path):
    path = chat(tmp_path / "deadline.png", [("received", "请于2026年3月20日 18:00前还款"), ("sent", "好的")])
    found = messages.load(path)
    assert [m.direction for m in found.messages] == ["received", "sent"]
    assert "前还款" in found.messages[0].text and found.messages[0].time.isoformat() == "2026-03-14T22:35:00"


def test_images_without_text_or_broken_or_huge(tmp_path):
    Image.new("RGB", (400, 300), "white").save(tmp_path / "blank.png")
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    Image.new("1", (8000, 6000)).save(tmp_path / "huge.png")
    for name, message in [("blank.png", "no text found"), ("broken.jpg", "not a readable image"),
                          ("huge.png", "too large")]:
        with pytest.raises(InputError, match=message):
            messages.load(tmp_path / name)


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims to be width×height (and holds no pixels): what a decompression bomb looks like."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + \
        chunk(b"IEND", b"")


def test_an_image_past_pillows_own_limit_is_too_large_too(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header(30_000, 30_000))
    with pytest.raises(InputError, match="too large for a screenshot"):
        messages.load(path)
    done = invoke("analyze", path, "--out", tmp_path / "out")
    assert done.exit_code == 2 and "too large" in done.output and "internal error" not in done.output


def test_analyze_a_message_file_flags_the_collectors_texts_only(tmp_path):
    path = tmp_path / "sms.xml"
    path.write_text(SMS.format(threat=THREAT), encoding="utf-8")
    before = path.read_bytes()
    done = run_cli("analyze", path, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert "warning: message 3: no date" in done.stderr
    report = json.loads((tmp_path / "out" / "sms.json").read_text(encoding="utf-8"))
    assert report["kind"] == "messages" and report["jurisdiction"] == "CN"
    assert report["messages"][0]["time"] == "2026-03-14T22:35:00+08:00"
    assert {(f["label"], tuple(f["segment_ids"])) for f in report["findings"]} == {("THREAT", (0,))}
    assert path.read_bytes() == before
    assert invoke("verify", tmp_path / "out" / "sms.json", path).exit_code == 0
