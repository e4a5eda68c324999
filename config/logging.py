"""Logs as one JSON object a line on standard error, each with the id of its request.

An unhandled error is logged with its traceback as a list of frames (file, line, function,
the line of code). The exception's message is kept only for the errors that describe a
connection (the database or the cache is unreachable, a timeout); any other message could
quote a row of someone's diary, so only its type is logged.
"""

import contextvars
import datetime
import json
import logging
import traceback

# Set by config.middleware.RequestIdMiddleware for the duration of one request.
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    """Give every record the id of the request it happened in ("-" outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        # Django logs an error answer after the middleware has finished, with the request.
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or request_id.get()
        return True


def describe_exception(exception: BaseException) -> dict:
    """The exception's type, its message only when it is about a connection, and the
    frames of its traceback, innermost last."""
    from config.middleware import OUTAGE_ERRORS

    kind = type(exception)
    described: dict = {"exception": f"{kind.__module__}.{kind.__qualname__}"}
    if isinstance(exception, OUTAGE_ERRORS):
        lines = str(exception).strip().splitlines()
        described["detail"] = lines[0][:300] if lines else ""
    described["traceback"] = [
        f"{frame.filename}:{frame.lineno} in {frame.name}: {(frame.line or '').strip()}"
        for frame in traceback.extract_tb(exception.__traceback__)
    ]
    return described


class OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[1] is not None:
            entry |= describe_exception(record.exc_info[1])
        return json.dumps(entry, ensure_ascii=False)
