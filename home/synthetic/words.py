"""Made-up but plausible words for synthetic pages, and the skewed choices real
content shows: a few topics and countries carry most of the pages (Zipf's law)."""

import itertools

TOPICS = [
    "Housing",
    "Education",
    "Employment",
    "Health",
    "European funds",
    "Anti-discrimination",
    "Local action plans",
    "Roma women",
    "Youth",
    "Mediation",
    "Civil registration",
    "Desegregation",
    "Early childhood",
    "Participation",
    "Hate speech",
    "Vocational training",
    "Social services",
    "Culture and history",
    "Romani language",
    "Travellers",
    "Evictions",
    "Water and sanitation",
    "Data collection",
    "Police relations",
    "Entrepreneurship",
    "Scholarships",
    "Legal aid",
    "Community centres",
    "Public procurement",
    "Digital inclusion",
    "Migration",
    "Statelessness",
    "Elderly people",
    "Sport",
    "Media",
    "Remembrance",
    "Urban planning",
    "Rural development",
    "Child protection",
    "Mental health",
]

SYLLABLES = ["Val", "Kos", "Mar", "Bel", "Tir", "Sko", "Var", "Lub", "Cra", "Pod", "Nov", "Zag", "Bra", "Ost", "Gra"]
ENDINGS = ["ova", "ina", "ec", "ograd", "jevo", "ani", "ara", "itsa", "ava", "opol", "burg", "ville", "ica", "esti"]
PLACES = [first + ending for first, ending in itertools.product(SYLLABLES, ENDINGS)]

GIVEN_NAMES = ["Ana", "Marko", "Elena", "Jan", "Maria", "Dragan", "Ioana", "Pierre", "Zeynep", "Tomas", "Lea", "Ivo"]
FAMILY_NAMES = ["Petrova", "Horvat", "Dumitru", "Novak", "Kovacs", "Lefebvre", "Yilmaz", "Nowak", "Berisha", "Silva"]

NEWS = {
    "en": (
        ["launches", "adopts", "presents", "opens", "reviews", "extends", "funds", "completes"],
        "a {topic} {thing}",
    ),
    "fr": (
        ["lance", "adopte", "présente", "ouvre", "évalue", "prolonge", "finance", "achève"],
        "un {thing} : {topic}",
    ),
}
THINGS = {
    "en": [
        "action plan",
        "programme",
        "project",
        "strategy",
        "mediation service",
        "training",
        "survey",
        "partnership",
    ],
    "fr": ["plan d’action", "programme", "projet", "stratégie", "service de médiation", "formation", "sondage"],
}
EVENTS = {"en": ["Seminar on", "Workshop on", "Round table on", "Forum on"], "fr": ["Séminaire :", "Atelier :"]}

SENTENCES = {
    "en": [
        "The municipality worked with Roma community mediators from the start.",
        "Families, schools and the local authority agreed on the first steps together.",
        "The Alliance's participants shared what worked for them and what did not.",
        "Funding comes from the municipal budget and from European programmes.",
        "A first assessment is expected at the end of the year.",
    ],
    "fr": [
        "La municipalité a travaillé dès le début avec des médiateurs de la communauté rom.",
        "Les familles, les écoles et l’autorité locale ont convenu ensemble des premières étapes.",
        "Le financement provient du budget municipal et de programmes européens.",
    ],
}


def zipf_weights(count, exponent=1.0):
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


class Zipf:
    """Picks from `items` with the first far more likely than the last."""

    def __init__(self, random, items):
        self.random = random
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(zipf_weights(len(self.items))))

    def one(self):
        return self.random.choices(self.items, cum_weights=self.cumulative)[0]

    def some(self, most):
        if not self.items:
            return []
        picked = {self.one() for _ in range(self.random.randint(1, most))}
        return sorted(picked, key=self.items.index)
