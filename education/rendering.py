"""Curator-written Markdown to HTML that is safe to show anyone (SECURITY.md).

Markdown passes raw HTML through, so everything it produces is cleaned with nh3 down to a
short allow-list afterwards: the cleaning, not the Markdown, is the safety boundary.
"""

import html
import re

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "blockquote",
    "a",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"https", "mailto"}


def _keep_safe_links(tag: str, attribute: str, value: str) -> str | None:
    # nh3 lets relative and protocol-relative addresses through; only absolute https and
    # mailto links may stay.
    if tag == "a" and attribute == "href":
        if not value.strip().lower().startswith(("https://", "mailto:")):
            return None
    return value


def clean_html(markup: str) -> str:
    """``html`` reduced to the allow-list; links get rel="noopener noreferrer"."""
    return nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        attribute_filter=_keep_safe_links,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str) -> SafeString:
    """The Markdown ``text`` as cleaned HTML, ready for a template."""
    markup = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return mark_safe(clean_html(markup))  # noqa: S308 - cleaned by nh3 just above


def markdown_to_text(text: str) -> str:
    """The words of the Markdown ``text`` without any markup, for search snippets."""
    markup = markdown.markdown(text, output_format="html")
    # A heading runs straight into the next paragraph otherwise.
    markup = re.sub(r"</h[1-6]>", ".</h>", markup)
    text = html.unescape(nh3.clean(markup, tags=set()))
    return " ".join(text.split())
