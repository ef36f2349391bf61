#!/usr/bin/env python3
"""Write the report's JSON Schema (from the pydantic model) to docs/report.schema.json."""

import json
from pathlib import Path

from callguard.report.model import Report

out = Path(__file__).resolve().parents[1] / "docs" / "report.schema.json"
out.write_text(json.dumps(Report.model_json_schema(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {out}")
