"""callguard: turn a recording of a debt-collection call into a timestamped evidence report."""

__version__ = "0.1.0"
