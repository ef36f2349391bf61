"""Texts and screenshots beside the calls: Android "SMS Backup & Restore" XML, a plain CSV of
time,sender,text, or an image of a chat (OCR, Chinese and English, models shipped in the package).

Each becomes dated messages with their sender; the file is hashed and only ever read. A message that
cannot be dated is kept undated and named in `problems`; a file that cannot be read at all is one
clear InputError.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from callguard.errors import InputError
from callguard.ingest import check_readable
from callguard.ingest.integrity import file_state
from callguard.types import Message, MessageSet

IMAGE_EXTS = {".png", ".jpg", ".jpeg"}
MESSAGE_EXTS = IMAGE_EXTS | {".xml", ".csv"}
MAX_PIXELS = 40_000_000
MAX_FILE_BYTES = 64 << 20
SENT = "me"
CSV_COLUMNS = ("time", "sender", "text")
_SHOWN_TIME = re.compile(r"(?:(\d{4})[年/.-](\d{1,2})[月/.-](\d{1,2})日?\s*)?"
                         r"(?:(上午|下午|晚上|凌晨)\s*)?(\d{1,2})[:：](\d{2})")
_DAY_WORDS = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|[昨今前]天|yesterday|today|[,，]", re.IGNORECASE)


def is_messages(path: Path) -> bool:
    return Path(path).suffix.lower() in MESSAGE_EXTS


def load(path: Path) -> MessageSet:
    path = Path(path)
    check_readable(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(f"{path}: {path.stat().st_size >> 20} MB is too large for a message file or screenshot")
    state = file_state(path)
    suffix = path.suffix.lower()
    reader = {".xml": sms_xml, ".csv": messages_csv}.get(suffix, screenshot)
    messages, problems = reader(path)
    if not messages:
        raise InputError(f"{path}: no messages found in it")
    fmt = {".xml": "sms-xml", ".csv": "csv"}.get(suffix, "image")
    return MessageSet(path=path, sha256=state.sha256, size_bytes=state.size_bytes, format=fmt, mtime=state.mtime,
                      messages=messages, problems=problems)


def sms_xml(path: Path) -> tuple[list[Message], list[str]]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise InputError(f"{path}: not readable XML ({e})") from None
    if root.tag != "smses":
        raise InputError(f"{path}: not an SMS Backup & Restore file (its root is <{root.tag}>, not <smses>)")
    messages, problems = [], []
    for n, sms in enumerate(root.iter("sms"), 1):
        when = _epoch_ms(sms.get("date"))
        if when is None:
            problems.append(f"message {n}: no date (date={sms.get('date')!r}); kept undated")
        sent = sms.get("type") == "2"
        name = (sms.get("contact_name") or "").strip()
        sender = SENT if sent else (name if name and name != "(Unknown)" else sms.get("address", ""))
        messages.append(Message(len(messages), when, sender, "sent" if sent else "received", sms.get("body") or ""))
    return [m for m in messages if m.text.strip()], problems


def _epoch_ms(value: str | None) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def messages_csv(path: Path) -> tuple[list[Message], list[str]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"{path}: not a readable CSV ({e})") from None
    if not rows or not set(CSV_COLUMNS) <= set(rows[0]):
        raise InputError(f"{path}: a message CSV needs the columns {', '.join(CSV_COLUMNS)}")
    messages, problems = [], []
    for n, row in enumerate(rows, 2):
        when = _iso(row.get("time") or "")
        if when is None:
            problems.append(f"row {n}: no readable time ({row.get('time')!r}); kept undated")
        sender = (row.get("sender") or "").strip()
        sent = sender.lower() in (SENT, "self", "我")
        messages.append(Message(len(messages), when, SENT if sent else sender, "sent" if sent else "received",
                                row.get("text") or ""))
    return [m for m in messages if m.text.strip()], problems


def _iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def screenshot(path: Path) -> tuple[list[Message], list[str]]:
    lines, width = ocr_lines(path)
    if not lines:
        raise InputError(f"{path}: no text found in the image")
    messages = chat_messages(lines, width)
    problems = [] if all(m.time for m in messages) else ["the screenshot shows no date; kept undated"]
    return messages, problems


def chat_messages(lines: list[tuple[float, float, str]], width: int) -> list[Message]:
    """A chat screenshot's lines, top to bottom: runs of bubbles on the left are the other party's
    (received), on the right the phone owner's (sent); a date line applies to the bubbles below it."""
    messages: list[Message] = []
    when, side, parts = None, None, []

    def flush():
        if parts:
            messages.append(Message(len(messages), when, SENT if side == "sent" else "", side, "，".join(parts)))
            parts.clear()

    for x0, x1, text in lines:
        if is_date_line(text):
            flush()
            when = shown_time(text) or when
            continue
        this = "sent" if x0 > 0.25 * width and x1 > 0.8 * width else "received"
        if this != side:
            flush()
            side = this
        parts.append(text)
    flush()
    return messages


def is_date_line(text: str) -> bool:
    """Only a date or a time, as chat apps show between bubbles (a weekday or "yesterday" beside it at
    most): a bubble that mentions a date and time ("请于2026年3月20日 18:00前还款") is a message."""
    return bool(_SHOWN_TIME.fullmatch(_DAY_WORDS.sub("", text.replace(" ", ""))))


def ocr_lines(path: Path) -> tuple[list[tuple[float, float, str]], int]:
    """(left, right, text) of each line of text, top to bottom, and the image's width."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            if img.width * img.height > MAX_PIXELS:
                raise InputError(f"{path}: {img.width}×{img.height} pixels is too large for a screenshot")
            width = img.width
            img.verify()
    except Image.DecompressionBombError:  # Pillow's own limit, above ours, stops it before we see its size
        raise InputError(f"{path}: more than {MAX_PIXELS:,} pixels is too large for a screenshot") from None
    except (UnidentifiedImageError, OSError, SyntaxError) as e:
        raise InputError(f"{path}: not a readable image ({e})") from None
    result, _ = _ocr()(str(path))
    boxes = sorted(result or [], key=lambda r: (r[0][0][1], r[0][0][0]))
    return [(min(p[0] for p in box), max(p[0] for p in box), text.strip())
            for box, text, score in boxes if text.strip() and score >= 0.5], width


@lru_cache(maxsize=1)
def _ocr():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def shown_time(line: str) -> datetime | None:
    """A date and time as chat apps show them ("2026年3月14日 22:35", "2026-03-14 22:35"), read as the
    phone's local time; a bare time of day says nothing about the date."""
    m = _SHOWN_TIME.search(line.replace(" ", ""))
    if not m or not m.group(1):
        return None
    hour = int(m.group(5)) + (12 if m.group(4) in ("下午", "晚上") and int(m.group(5)) < 12 else 0)
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), hour, int(m.group(6)))
    except ValueError:
        return None
