"""{% memo "name" part ... %} ... {% endmemo %}: a fragment rendered once per content version.

A topic or country page spends most of its time on what changes only with content: dozens
of teasers, each with its URL worked out, its dates and kinds put into words, and the counts
beside each topic. Wrapped in {% memo %}, such a section is rendered once and kept beside
the memoized figures (headless/memo.py): the same content version, the same switch
(MEMOIZE_FIGURES), so a publish shows on the next request. Django's {% cache %} keys on
a timeout and what the template lists; it knows neither the content version nor previews.

The parts say what the fragment shows besides the content (the country, the page of the
list); the language, the host, the scheme, the day and the expiry cutoff are added: a dated
list moves on at midnight, and a page leaves every fragment once its expiry date has passed,
even before the scheduler unpublishes it (headless.memo.expiry_cutoff).

What is inside must not depend on the visitor, and must not set variables the rest of the
template reads: on a hit, nothing inside is rendered. A preview renders it afresh, so that
a draft is never kept."""

from django import template
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from headless.memo import expiry_cutoff, memoized

register = template.Library()


class MemoNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        fragment = memoized(
            "fragment",
            lambda: str(self.nodelist.render(context)),
            self.name.resolve(context),
            *map(str, parts),
            translation.get_language(),
            request.get_host(),
            request.scheme,
            expiry_cutoff(),
            timezone.localdate(),
        )
        return mark_safe(fragment)


@register.tag
def memo(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a name: {{% memo \"section\" part ... %}}")
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
