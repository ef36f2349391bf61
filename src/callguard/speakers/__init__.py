"""Speaker stage: who said each segment (stereo channels or diarization) and which role they play."""
