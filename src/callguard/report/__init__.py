"""Report stage: the typed report model and its writers (JSON, HTML, SRT, VTT)."""
