"""callguard: turn a recording of a debt-collection call into a timestamped evidence report.

The public API, for scripts and the service built on callguard:

    from callguard import Analyzer, Options, load_report
    analyzer = Analyzer(Options(out_dir=Path("out")))   # loads the models once
    report = load_report(analyzer.analyze(Path("call.m4a")))

Layers, each importing only those before it: types, errors, text, resources -> ingest -> asr ->
speakers -> detect -> report -> pipeline -> casework -> service -> cli.
"""

__version__ = "0.1.0"

__all__ = ["Analyzer", "Options", "Report", "load_report", "__version__"]


def __getattr__(name: str):
    # late, so `callguard --help` and the report model don't load the speech stack
    if name in ("Analyzer", "Options"):
        from callguard import pipeline

        return getattr(pipeline, name)
    if name == "Report":
        from callguard.report.model import Report

        return Report
    if name == "load_report":
        from callguard.report.files import read_report

        return read_report
    raise AttributeError(f"module 'callguard' has no attribute {name!r}")
