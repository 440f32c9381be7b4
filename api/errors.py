"""Every error the API gives is JSON naming what was wrong: `{"message": ...,
"parameter": "<name>"}` for a bad query parameter (400), `{"message": ...}`
for an object that does not exist or is not public (404)."""

import re

from wagtail.api.v2.utils import BadRequestError

# Large enough for any id or page offset, small enough for every database's integers.
MAX_INT = 2**31 - 1
MAX_VALUE_LENGTH = 500

# Wagtail's own checks raise plain BadRequestErrors; the parameter each one
# concerns is found from its message.
WAGTAIL_MESSAGES = [
    (re.compile(r"^(fields error|unknown fields|'.*' does not support nested fields)"), "fields"),
    (re.compile(r"^type doesn't exist"), "type"),
    (re.compile(r"^parent page doesn't exist"), "child_of"),
    (re.compile(r"^descendant page doesn't exist"), "ancestor_of"),
    (re.compile(r"^(ancestor page doesn't exist|filtering by descendant_of)"), "descendant_of"),
    (
        re.compile(r"^(search is disabled|filtering by tag with a search|cannot filter by .* while searching)"),
        "search",
    ),
    (re.compile(r"^cannot order by"), "order"),
    (re.compile(r"rich_text_format|rich text format", re.IGNORECASE), "rich_text_format"),
    (re.compile(r"^(child_of|ancestor_of|descendant_of|translation_of|limit|offset)\b"), None),
]


class ParameterError(BadRequestError):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter


def parameter_of(error):
    if isinstance(error, ParameterError):
        return error.parameter
    message = str(error)
    for pattern, parameter in WAGTAIL_MESSAGES:
        match = pattern.search(message)
        if match:
            return parameter or match.group(1)
    if "site" in message.lower():
        return "site"
    return None


def error_body(error):
    body = {"message": str(error)}
    parameter = parameter_of(error)
    if parameter:
        body["parameter"] = parameter
    return body


def parse_int(name, value, minimum=0):
    if not re.fullmatch(r"[0-9]{1,10}", value) or not minimum <= int(value) <= MAX_INT:
        raise ParameterError(name, f"{name} must be a whole number from {minimum} to {MAX_INT}, not “{value}”.")
    return int(value)
