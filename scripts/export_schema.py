#!/usr/bin/env python3
"""Write the JSON Schemas of the call report and the message report (from the pydantic models) to docs/."""

import json
from pathlib import Path

from callguard.report.model import MessageReport, Report

docs = Path(__file__).resolve().parents[1] / "docs"
for name, model in (("report.schema.json", Report), ("messages.schema.json", MessageReport)):
    out = docs / name
    out.write_text(json.dumps(model.model_json_schema(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
