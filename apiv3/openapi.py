"""The v3 OpenAPI document: what it says beyond what django-ninja writes, and how the committed
snapshot stores it.

Stock, the document lists only each operation's success and calls public reads' anonymous
access a security scheme of its own (an "http" scheme without a scheme, which clients and
fuzzers read as a credential to send). Here it also states, so that generated clients and
schemathesis (tests/apiv3/test_schemathesis.py) hold the API to them:
- the errors each operation answers, all RFC 9457 problem+json;
- the bounds the API enforces: at most WAGTAILAPI_LIMIT_MAX items a page, integers within
  PostgreSQL's integer, query values of at most MAX_VALUE_LENGTH characters and without control
  characters (apiv3/guards.py refuses both with a 400);
- anonymous access as OpenAPI's own empty security requirement;
- `meta.type` optional where the URL says it;
and it leaves out the operations no request can reach."""

import json
from pathlib import Path

from ninja.responses import NinjaJSONEncoder

from django.conf import settings

SNAPSHOT_PATH = Path(__file__).parent / "openapi.snapshot.json"

# The largest id or offset every database takes (PostgreSQL's integer); a larger one made the
# database fail (SQLite: "datatype mismatch" on an offset of 10**30).
MAX_INT = 2**31 - 1
# Longer query values are refused before any query, as on v2: a 4,000-character search would
# have the full-text index match every word of it.
MAX_VALUE_LENGTH = 500
# No character of Unicode's category Cc, which apiv3/guards.py refuses in query values.
NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"

PROBLEM_JSON = "application/problem+json"
PROBLEM_SCHEMA = {
    "title": "ProblemDetail",
    "description": "An error, as RFC 9457 problem details. `errors` lists validation errors, each with its `loc`.",
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["type", "title", "status"],
}
ERRORS = {
    400: "A query parameter the operation does not take, or a value it cannot take: an integer out of "
    "range, a value longer than 500 characters, control characters, an unclosed quote in a search.",
    401: "An editor token is needed and none valid was sent, or the consumer key is unknown or revoked.",
    403: "The token's user may not do this, or a consumer key tried to write.",
    404: "Nothing with this id or path, or that the caller may see; or no `site` or `locale` by that name.",
    409: "The object is not in a state that allows this (a page locked, or already in moderation).",
    422: "The path, query or body does not match its schema; `errors` says where.",
    429: "The consumer key's requests per minute are used up; `Retry-After` says when to try again.",
    503: "The database is unavailable; `Retry-After` says when to try again.",
}
FOUND = {
    "description": "Found: `Location` is the detail URL of what was found, with the query string passed on.",
    "headers": {"Location": {"schema": {"type": "string"}}},
}
ANONYMOUS_SCHEME = "AllowAnonymous"


def error_statuses(method, path, operation):
    """Any operation may meet a bad query parameter, a bad consumer key, a value its schema
    refuses and the database away; reads may meet a consumer key's rate limit, writes a
    refusal, a missing object and a conflict; operations that name an object by id, path,
    site or locale may find none; editor-only ones refuse the editors without the right."""
    statuses = {400, 401, 422, 503}
    if method == "get":
        statuses.add(429)
    else:
        statuses |= {403, 404, 409}
    if "{" in path or operation.get("parameters"):
        statuses.add(404)
    if {} not in operation.get("security", [{}]):
        statuses.add(403)
    return statuses


def bound(schema, name, in_query):
    """The parameter's schema (each of its anyOf choices) with the API's bounds written in."""
    for choice in schema.get("anyOf", [schema]):
        if choice.get("type") == "integer":
            choice.setdefault("maximum", settings.WAGTAILAPI_LIMIT_MAX if name == "limit" else MAX_INT)
            if "minimum" not in choice and "exclusiveMinimum" not in choice:
                choice["minimum"] = -MAX_INT
        elif choice.get("type") == "string" and "enum" not in choice and "const" not in choice:
            choice.setdefault("maxLength", MAX_VALUE_LENGTH)
            if in_query:
                choice.setdefault("pattern", NO_CONTROL_CHARACTERS)
        elif choice.get("type") == "array":
            bound(choice["items"], name, in_query)


def callable_with_no_value(operation):
    """Stock v3 lists the snippet operations of revisions and publishing with a `type` that
    must be "" when no snippet type has them (none of ours does): no request can reach them."""
    return any(p["in"] == "path" and p["schema"].get("const") == "" for p in operation.get("parameters", ()))


def type_from_the_url(components):
    """The `meta.type` of a snippet's create and update and of a page's update is the URL's
    (the snippet type, the page's own): stock v3 marks it required, and takes it missing."""
    for name, schema in components.get("schemas", {}).items():
        if name.endswith(("CreateMetaSchema", "PatchMetaSchema")) and "parent_id" not in schema["properties"]:
            required = [field for field in schema.get("required", ()) if field != "type"]
            if required:
                schema["required"] = required
            else:
                schema.pop("required", None)


def describe_errors_and_limits(document):
    components = document["components"]
    type_from_the_url(components)
    components.setdefault("schemas", {})["ProblemDetail"] = PROBLEM_SCHEMA
    components.get("securitySchemes", {}).pop(ANONYMOUS_SCHEME, None)
    problem = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}
    components["responses"] = {
        f"Error{status}": {"description": description, "content": problem} for status, description in ERRORS.items()
    }
    components["responses"]["Found"] = FOUND
    for path, methods in list(document["paths"].items()):
        for method, operation in list(methods.items()):
            if callable_with_no_value(operation):
                del methods[method]
                continue
            if "security" in operation:
                operation["security"] = [
                    {} if ANONYMOUS_SCHEME in option else option for option in operation["security"]
                ]
            for parameter in operation.get("parameters", ()):
                bound(parameter["schema"], parameter["name"], in_query=parameter["in"] == "query")
            responses = operation.setdefault("responses", {})
            for status in sorted(error_statuses(method, path, operation)):
                responses.setdefault(status, {"$ref": f"#/components/responses/Error{status}"})
            if path.endswith("/find/"):
                responses.setdefault(302, {"$ref": "#/components/responses/Found"})
        if not methods:
            del document["paths"][path]
    return document


def render_openapi(document):
    """The OpenAPI document as the snapshot stores it: sorted, indented, one
    trailing newline, so that a drift shows as a readable diff."""
    return json.dumps(document, cls=NinjaJSONEncoder, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
