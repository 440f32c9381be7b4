"""A table of results as Markdown: readable in a terminal, and pasted as is into the docs."""


def markdown_table(headers, rows):
    rows = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(str(header)), *(len(row[index]) for row in rows)) for index, header in enumerate(headers)]
    numeric = [all(is_number(row[index]) for row in rows) and bool(rows) for index in range(len(headers))]

    def line(cells):
        padded = [
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(cells, widths, numeric, strict=True)
        ]
        return "| " + " | ".join(padded) + " |"

    rule = (
        "| "
        + " | ".join(
            ("-" * (width - 1) + ":") if right else "-" * width for width, right in zip(widths, numeric, strict=True)
        )
        + " |"
    )
    return "\n".join([line([str(header) for header in headers]), rule, *(line(row) for row in rows)])


def is_number(cell):
    try:
        float(cell.replace(",", ""))
    except ValueError:
        return cell in ("", "–")
    return True
