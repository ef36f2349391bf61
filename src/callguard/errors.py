"""Errors the CLI turns into one line and an exit code (docs/contract.md)."""


class CallguardError(Exception):
    """Something went wrong that is not the user's input: exit 1."""

    exit_code = 1


class InputError(CallguardError):
    """Bad usage or input that is not a readable recording: exit 2."""

    exit_code = 2
