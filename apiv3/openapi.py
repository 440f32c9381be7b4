import json
from pathlib import Path

from ninja.responses import NinjaJSONEncoder

SNAPSHOT_PATH = Path(__file__).parent / "openapi.snapshot.json"


def render_openapi(document):
    """The OpenAPI document as the snapshot stores it: sorted, indented, one
    trailing newline, so that a drift shows as a readable diff."""
    return json.dumps(document, cls=NinjaJSONEncoder, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
