"""The colour of the installed app's title bar (`<meta name="theme-color">`), decided on the
server from the chosen theme so that a dark or high-contrast page never starts under the
light bar. static/js/installable.js only follows changes made after the page has loaded."""

from dataclasses import dataclass

from django.http import HttpRequest

# The brand blue on the light theme, the page's own black or near-black on the others.
BAR_COLOURS = {"light": "#2f5f93", "dark": "#0e1013", "contrast": "#000000"}
THEME_COOKIE = "overlap_theme"


@dataclass(frozen=True)
class TitleBar:
    """One `<meta name="theme-color">`: its colour, and the device setting it is for."""

    colour: str
    media: str = ""


def theme_choice(request: HttpRequest) -> str:
    """The theme asked for: the account's, else a visitor's cookie; "system" when unknown."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        theme = user.theme
    else:
        theme = request.COOKIES.get(THEME_COOKIE, "")
    return theme if theme in BAR_COLOURS or theme == "system" else "system"


def title_bars(theme: str, *, attack_mode: bool = False) -> list[TitleBar]:
    """The title bar for `theme`: during an attack the home page is dark unless high contrast
    was chosen; "system" gives one bar for each device setting, as the page follows it."""
    if attack_mode and theme != "contrast":
        theme = "dark"
    if theme in BAR_COLOURS:
        return [TitleBar(BAR_COLOURS[theme])]
    return [
        TitleBar(BAR_COLOURS["dark"], media="(prefers-color-scheme: dark)"),
        TitleBar(BAR_COLOURS["light"], media="(prefers-color-scheme: light)"),
    ]
