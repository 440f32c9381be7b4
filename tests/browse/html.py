from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def texts(html, selector):
    return [element.get_text(" ", strip=True) for element in html.select(selector)]


def section(html, heading_id):
    return html.find("section", attrs={"aria-labelledby": heading_id})
