"""What every v3 operation checks before stock Wagtail runs it, so that no request it can be sent
answers a 500 (schemathesis, tests/apiv3/test_schemathesis.py, sends them all):

- a query parameter the operation does not take: 400 naming it (stock v3 ignores it and
  answers as if it had not been sent);
- values no backend can take: control characters anywhere (PostgreSQL refuses NUL bytes),
  integers past MAX_INT (the database's integer), an unclosed quote in ``search`` (SQLite's
  full-text syntax), and values longer than MAX_VALUE_LENGTH: 400 naming the parameter;
- a body that is not a JSON object where the operation takes one, or none where it needs one:
  422 (stock v3 failed on an array, and took a missing body for an empty object);
- an id in the path that is not an integer: 422, as django-ninja answers it elsewhere (stock
  v3 read the page being patched first, and failed);
- a snippet id that is not one of its type's ids: 404 (stock v3 hands it to the database);
- an action on the root of the page tree, which is no page (stock v3 fails on its parent):
  403, as the editor offers none;
- a write that would break a unique constraint (a topic's name taken): 409, the write undone.

The parameters each operation declares come from the OpenAPI document itself, so the checks
and the document (which states these bounds, apiv3/openapi.py) cannot drift apart."""

import inspect
import json
import logging
import re
import unicodedata
from functools import wraps

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from wagtail.api.v3.errors import problem_response
from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
from wagtail.api.v3.urls import api
from wagtail.api.validators import APIFieldValidator
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page

from .openapi import MAX_INT, MAX_VALUE_LENGTH

logger = logging.getLogger(__name__)

# Parameters an operation reads from the query string without declaring them:
# detail honours ?site= through get_pages_queryset, and find forwards its query
# string to the detail URL it redirects to.
UNDECLARED = {"pages_detail": {"site"}}
FORWARDS_TO = {"pages_find": "pages_detail"}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
INTEGER = re.compile(r"[+-]?[0-9]+")


def is_integer(schema):
    return schema.get("type") == "integer" or any(
        option.get("type") == "integer" for option in schema.get("anyOf", ())
    )


class Declared:
    """Per operation, as the OpenAPI document states them: the names of its query
    parameters, of its parameters (path or query) that take an integer, and whether it
    takes a JSON body (True when the body is required)."""

    def __init__(self):
        self.query, self.integers, self.json_body = {}, {}, {}
        for methods in api.get_openapi_schema()["paths"].values():
            for operation in methods.values():
                parameters = operation.get("parameters", ())
                operation_id = operation["operationId"]
                names = {p["name"] for p in parameters if p["in"] == "query"}
                self.query[operation_id] = names | UNDECLARED.get(operation_id, set())
                self.integers[operation_id] = {p["name"] for p in parameters if is_integer(p["schema"])}
                body = operation.get("requestBody", {})
                if "application/json" in body.get("content", {}):
                    self.json_body[operation_id] = body.get("required", False)
        for operation_id, target in FORWARDS_TO.items():
            self.query[operation_id] |= self.query[target]


_declared = []


def declared():
    # Read on the first request: the document is complete only once every router is added.
    if not _declared:
        _declared.append(Declared())
    return _declared[0]


def out_of_range(value):
    digits = str(value).strip().lstrip("+-")
    return digits.isdigit() and (len(digits) > len(str(MAX_INT)) or int(digits) > MAX_INT)


def api_field_filters(request):
    """The listing also filters by the database fields among a page type's
    api_fields (``?type=news.NewsPage&date=2025-01-01``)."""
    types = request.GET.getlist("type")
    model = Page
    if len(types) == 1:
        try:
            model = resolve_model_string(types[0])
        except (LookupError, ValueError):
            pass  # the type filter itself answers for a bad type
    return APIFieldValidator(
        model=model, fields=[], base_fields=BASE_PAGE_READ_FIELDS, db_fields_only=True
    ).allowed_fields


def bad_value(location, name, kind, message):
    where = "query parameter" if location == "query" else "path parameter"
    return problem_response(
        status=400,
        detail=f"Bad value for {where} {name}: {message}.",
        errors=[{"type": kind, "loc": [location, name], "msg": message}],
    )


def unknown_parameters(request, operation_id):
    allowed = declared().query.get(operation_id, set())
    if operation_id == "pages_list":
        allowed = allowed | api_field_filters(request)
    unknown = [name for name in request.GET if name not in allowed]
    if not unknown:
        return None
    return problem_response(
        status=400,
        detail=f"Unknown query parameter: {', '.join(unknown)}.",
        errors=[
            {"type": "unknown_parameter", "loc": ["query", name], "msg": "This operation takes no such parameter."}
            for name in unknown
        ],
    )


def bad_path_integers(operation_id, path_values):
    """django-ninja answers 422 for an id that is not an integer, but stock v3 reads the page
    being patched before it validates anything (and failed on /pages/1.5/)."""
    for name in declared().integers.get(operation_id, ()):
        if name in path_values and not INTEGER.fullmatch(str(path_values[name])):
            return problem_response(
                status=422,
                detail="Validation failed",
                errors=[{"type": "int_parsing", "loc": ["path", name], "msg": "Input should be a valid integer."}],
            )
    return None


def bad_values(request, operation_id, path_values):
    for name, values in request.GET.lists():
        if any(len(value) > MAX_VALUE_LENGTH for value in values):
            return bad_value("query", name, "too_long", f"it is longer than {MAX_VALUE_LENGTH} characters")
        if any(unicodedata.category(char) == "Cc" for value in values for char in value):
            return bad_value("query", name, "control_characters", "it contains control characters")
    for name in declared().integers.get(operation_id, ()):
        if name in path_values and out_of_range(path_values[name]):
            return bad_value("path", name, "out_of_range", f"it must be between -{MAX_INT} and {MAX_INT}")
        if any(out_of_range(value) for value in request.GET.getlist(name)):
            return bad_value("query", name, "out_of_range", f"it must be between -{MAX_INT} and {MAX_INT}")
    if request.GET.get("search", "").count('"') % 2:
        return bad_value("query", "search", "unclosed_quote", "a quoted phrase is not closed")
    return None


def body_not_an_object(request, operation_id):
    """Stock v3 takes a missing body as an empty object (a snippet POSTed without one was
    created with every field blank) and fails on a JSON array."""
    if operation_id not in declared().json_body:
        return None
    if not request.body:
        if not declared().json_body[operation_id]:
            return None
    else:
        try:
            if isinstance(json.loads(request.body), dict):
                return None
        except ValueError:
            return None  # django-ninja answers malformed JSON itself
    return problem_response(
        status=422,
        detail="Validation failed",
        errors=[{"type": "model_attributes_type", "loc": ["body"], "msg": "The body must be a JSON object."}],
    )


def unknown_snippet(path_values):
    if "type" not in path_values or "pk" not in path_values:
        return None
    try:
        model = resolve_model_string(path_values["type"])
    except (LookupError, ValueError):
        return None  # the type parameter's own validation answers
    try:
        pk = model._meta.pk.to_python(path_values["pk"])
    except ValidationError:
        pk = None
    if pk is None or (isinstance(pk, int) and not 0 < pk <= MAX_INT):
        return problem_response(status=404, detail=f"No {path_values['type']} with the id {path_values['pk']}.")
    return None


def action_on_the_root(operation_id, path_values):
    page_id = str(path_values.get("page_id", ""))
    if not operation_id.startswith("pages_actions_") or not page_id.isdigit():
        return None
    if not Page.objects.filter(pk=page_id, depth=1).exists():
        return None
    return problem_response(status=403, detail="The root of the page tree cannot be copied, moved or changed.")


def guarded(run):
    operation = inspect.unwrap(run).__self__  # run: the operation's, or another decorator's
    operation_id = operation.operation_id

    @wraps(run)
    def checked(request, *args, **kwargs):
        refusal = (
            unknown_parameters(request, operation_id)
            or bad_path_integers(operation_id, kwargs)
            or bad_values(request, operation_id, kwargs)
            or body_not_an_object(request, operation_id)
            or unknown_snippet(kwargs)
            or action_on_the_root(operation_id, kwargs)
        )
        if refusal:
            return refusal
        if request.method not in WRITE_METHODS:
            return run(request, *args, **kwargs)
        try:
            with transaction.atomic():
                return run(request, *args, **kwargs)
        except IntegrityError:
            logger.warning("v3 %s refused: it broke a database constraint", operation_id, exc_info=True)
            return problem_response(
                status=409, detail="This conflicts with what is stored: a name, slug or other unique value is taken."
            )

    return checked
