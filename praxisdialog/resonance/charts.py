"""Small server-side SVG charts: no JavaScript, a title and description for screen
readers, and presentation attributes rather than style attributes (the CSP forbids
inline styles, and the PDF renderer reads the same markup)."""

from itertools import count

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language_bidi

_ids = count(1)

INK = "#1f2933"
GRID = "#cbd2d9"
COLOURS = ["#1d4ed8", "#b45309"]


def _frame(
    *, title: str, desc: str, width: int, height: int, body: SafeString, rtl: bool = False
) -> SafeString:
    number = next(_ids)
    return format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
        'width="{w}" height="{h}" direction="{direction}" role="img" '
        'aria-labelledby="chart-{n}-title chart-{n}-desc">'
        '<title id="chart-{n}-title">{title}</title><desc id="chart-{n}-desc">{desc}</desc>'
        "{body}</svg>",
        w=width,
        h=height,
        direction="rtl" if rtl else "ltr",
        n=number,
        title=title,
        desc=desc,
        body=body,
    )


def bar_chart(
    *, title: str, desc: str, items: list[tuple[str, int]], rtl: bool | None = None
) -> SafeString:
    """Horizontal bars, one per (label, value), longest value = full width. On a right to
    left page (`rtl`, by default the active language's direction) the chart is mirrored:
    labels on the right, bars growing to the left. The text anchors keep their names,
    since "end" and "start" turn with the SVG's direction."""
    label_width, bar_width, row, width = 220, 300, 26, 600
    rtl = get_language_bidi() if rtl is None else rtl
    height = max(len(items), 1) * row + 10
    top = max((value for _label, value in items), default=0) or 1
    parts = SafeString("")

    def at(x: int, length: int = 0) -> int:
        return width - x - length if rtl else x

    for index, (label, value) in enumerate(items):
        y = 5 + index * row
        length = round(bar_width * value / top)
        parts += format_html(
            '<text x="{lx}" y="{ty}" text-anchor="end" font-size="13" fill="{ink}">{label}'
            "</text>"
            '<rect x="{bx}" y="{y}" width="{length}" height="18" fill="{colour}"></rect>'
            '<text x="{vx}" y="{ty}" font-size="13" fill="{ink}">{value}</text>',
            lx=at(label_width - 8),
            ty=y + 14,
            ink=INK,
            label=label,
            bx=at(label_width, length),
            y=y,
            length=length,
            colour=COLOURS[0],
            vx=at(label_width + length + 6),
            value=value,
        )
    return _frame(title=title, desc=desc, width=width, height=height, body=parts, rtl=rtl)


def line_chart(
    *, title: str, desc: str, days: list[str], series: list[tuple[str, list[int]]]
) -> SafeString:
    """Cumulative lines over days; one polyline per (name, values), with a legend.
    Time runs left to right in every language, like the numbers on its axis; the SVG says
    so (direction="ltr"), so that a right-to-left page does not turn its text anchors."""
    width, height = 640, 280
    left, right, top_pad, bottom = 48, 16, 16, 56
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = max((max(values, default=0) for _name, values in series), default=0) or 1
    steps = max(len(days) - 1, 1)

    def x(index: int) -> float:
        return round(left + plot_w * index / steps, 1)

    def y(value: int) -> float:
        return round(top_pad + plot_h - plot_h * value / top, 1)

    axis = format_html(
        '<line x1="{l}" y1="{b}" x2="{r}" y2="{b}" stroke="{c}"></line>'
        '<line x1="{l}" y1="{t}" x2="{l}" y2="{b}" stroke="{c}"></line>'
        '<text x="{tx}" y="{ty0}" text-anchor="end" font-size="12" fill="{ink}">0</text>'
        '<text x="{tx}" y="{tyt}" text-anchor="end" font-size="12" fill="{ink}">{top}</text>',
        l=left,
        r=left + plot_w,
        t=top_pad,
        b=top_pad + plot_h,
        c=GRID,
        ink=INK,
        tx=left - 6,
        ty0=top_pad + plot_h + 4,
        tyt=top_pad + 4,
        top=top,
    )
    ticks = SafeString("")
    if days:
        ticks = format_html(
            '<text x="{x0}" y="{y}" font-size="12" fill="{ink}">{first}</text>'
            '<text x="{x1}" y="{y}" text-anchor="end" font-size="12" fill="{ink}">{last}</text>',
            x0=left,
            x1=left + plot_w,
            y=top_pad + plot_h + 18,
            ink=INK,
            first=days[0],
            last=days[-1],
        )
    lines = []
    for number, (name, values) in enumerate(series):
        colour = COLOURS[number % len(COLOURS)]
        points = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(values))
        legend_y = height - 12
        legend_x = left + number * 200
        lines.append(
            format_html(
                '<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2">'
                "</polyline>"
                '<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour}"></rect>'
                '<text x="{tx}" y="{ty}" font-size="12" fill="{ink}">{name}</text>',
                points=points,
                colour=colour,
                lx=legend_x,
                ly=legend_y - 10,
                tx=legend_x + 16,
                ty=legend_y,
                ink=INK,
                name=name,
            )
        )
    body = axis + ticks + format_html_join("", "{}", ((line,) for line in lines))
    return _frame(title=title, desc=desc, width=width, height=height, body=body)
