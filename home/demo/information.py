"""The site's information pages (legal notice, privacy notice, accessibility statement) in
English, and their French texts for home/demo/french_loader.py.

Unlike home/demo/content.py, these texts are not taken from the Alliance's pages, which have
none: they are written for this site from what it does (the fields of its two forms, its two
technical cookies, no analytics, nothing loaded from another host but an embedded video). What
only the Council of Europe can say (the hosting provider) is left for the secretariat to add,
in words a visitor can read. Editors change them in the editor like any page.

The French texts are keyed like home/demo/french.py's: one segment each, as wagtail-localize
stores it (a link is `<a id="a1">…</a>`, its address kept from the English)."""

CONTACT = '<a href="mailto:alliance@coe.int">alliance@coe.int</a>'


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


INFORMATION_PAGES = [
    {
        "slug": "legal-notice",
        "title": "Legal notice",
        "intro": "<p>Who publishes this site and who is responsible for it.</p>",
        "body": [
            heading("Publisher"),
            paragraph(
                "<p>This site is published by the Congress of Local and Regional Authorities of the Council of "
                "Europe, under whose auspices the European Alliance of Cities and Regions for Roma Inclusion "
                "works.</p>"
                "<p>Council of Europe, Avenue de l’Europe, F-67075 Strasbourg Cedex, France. "
                "Telephone: +33 (0)3 88 41 20 00.</p>"
            ),
            heading("Editorial responsibility"),
            paragraph(
                "<p>The texts are written and published by the secretariat of the Alliance in the Congress. "
                f"To reach it, write to {CONTACT}.</p>"
            ),
            heading("Hosting"),
            paragraph(
                "<p>The site is hosted on the Council of Europe’s behalf. The hosting provider’s name, address "
                "and telephone number are added here by the secretariat before the site goes into service.</p>"
            ),
            heading("Reuse of content"),
            paragraph(
                "<p>Texts may be reproduced for non-commercial purposes provided the source is acknowledged. "
                "Photographs belong to their authors, named in the credit beside each; ask them before reusing "
                "one.</p>"
            ),
            heading("Links to other sites"),
            paragraph("<p>The Alliance is not responsible for the content of the other sites this site links to.</p>"),
        ],
    },
    {
        "slug": "privacy-notice",
        "title": "Privacy notice",
        "intro": "<p>What personal data this site collects, why, and what your rights are.</p>",
        "body": [
            heading("Who is responsible"),
            paragraph(
                "<p>The Council of Europe, through the secretariat of the Congress of Local and Regional "
                "Authorities, Avenue de l’Europe, F-67075 Strasbourg Cedex, France, is responsible for the personal "
                "data collected on this site. As an international organisation, the Council of Europe applies its "
                "own data protection rules, built on the principles of its Convention 108+ for the protection of "
                "individuals with regard to the processing of personal data.</p>"
            ),
            heading("What the forms collect, and why"),
            paragraph(
                "<p>The form “Join the Alliance” asks for the name, kind, country and population of the local or "
                "regional authority, the name and role of a contact person, an e-mail address, an optional "
                "telephone number and the authority’s motivation. The form “Cooperate as NGO” asks for the "
                "organisation’s name, country and fields of work, the cooperation it proposes, the name of a "
                "contact person and an e-mail address.</p>"
                "<p>These data are used only to consider the application or proposal and to answer it. You give "
                "them by sending the form, and each form asks for your explicit agreement first.</p>"
                "<p>Only the staff of the Alliance’s secretariat read the submissions. They are passed on to no one "
                "outside the Council of Europe, and are kept only as long as needed to consider the application or "
                "proposal and, for an authority that joins, for as long as it takes part in the Alliance.</p>"
            ),
            heading("When you visit the site"),
            paragraph(
                "<p>The site uses no cookies for statistics or advertising and loads nothing from other sites, "
                "with one exception: a video embedded in a news item is played from its provider’s site (YouTube, "
                "for example), under that provider’s own rules.</p>"
                "<p>The forms set a technical cookie that protects them from forgery; signing in to the "
                "participants’ intranet sets a session cookie. Both serve those functions only.</p>"
                "<p>To protect the site from abuse, the number of forms sent and of searches made from each "
                "internet address is counted for a short time, then forgotten.</p>"
            ),
            heading("Your rights"),
            paragraph(
                "<p>You may ask to see the data held about you, to have them corrected or deleted, or object to "
                f"their use, by writing to {CONTACT}. If you are not satisfied with the answer, you may turn to the "
                "Council of Europe’s Data Protection Commissioner.</p>"
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": (
            "<p>The Congress wants everyone to be able to use this site, whatever their abilities and whatever "
            "device they use.</p>"
        ),
        "body": [
            heading("Conformance status"),
            paragraph(
                "<p>This site is partially conformant with the Web Content Accessibility Guidelines (WCAG) 2.2, "
                "level AA: some parts of its content do not yet fully conform.</p>"
            ),
            heading("What is not yet accessible"),
            paragraph(
                "<ul><li>Some documents published as PDF files, older ones in particular, are not fully "
                "accessible.</li>"
                "<li>Videos embedded from other sites may lack captions or a transcript.</li></ul>"
            ),
            heading("How the site is checked"),
            paragraph(
                "<p>At each change, the main pages of the site are checked automatically with the axe-core "
                "accessibility engine.</p>"
            ),
            heading("Report a problem"),
            paragraph(
                "<p>If you cannot use part of this site, or find an accessibility problem, please write to "
                f"{CONTACT}, giving the address of the page and what went wrong. We will answer and, where we can, "
                "send you the information in another format.</p>"
                "<p>This statement is reviewed whenever the site changes significantly.</p>"
            ),
        ],
    },
]

FRENCH = {
    # Legal notice
    "Legal notice": "Mentions légales",
    "Who publishes this site and who is responsible for it.": "Qui publie ce site et qui en est responsable.",
    "Publisher": "Éditeur",
    (
        "This site is published by the Congress of Local and Regional Authorities of the Council of Europe, under "
        "whose auspices the European Alliance of Cities and Regions for Roma Inclusion works."
    ): (
        "Ce site est publié par le Congrès des pouvoirs locaux et régionaux du Conseil de l’Europe, sous les "
        "auspices duquel agit l’Alliance européenne des villes et régions pour l’inclusion des Roms."
    ),
    "Council of Europe, Avenue de l’Europe, F-67075 Strasbourg Cedex, France. Telephone: +33 (0)3 88 41 20 00.": (
        "Conseil de l’Europe, avenue de l’Europe, F-67075 Strasbourg Cedex, France. Téléphone : +33 (0)3 88 41 20 00."
    ),
    "Editorial responsibility": "Responsabilité éditoriale",
    (
        "The texts are written and published by the secretariat of the Alliance in the Congress. To reach it, write "
        'to <a id="a1">alliance@coe.int</a>.'
    ): (
        "Les textes sont rédigés et publiés par le secrétariat de l’Alliance au sein du Congrès. Pour le joindre, "
        'écrivez à <a id="a1">alliance@coe.int</a>.'
    ),
    "Hosting": "Hébergement",
    (
        "The site is hosted on the Council of Europe’s behalf. The hosting provider’s name, address and telephone "
        "number are added here by the secretariat before the site goes into service."
    ): (
        "Le site est hébergé pour le compte du Conseil de l’Europe. Le nom, l’adresse et le numéro de téléphone de "
        "l’hébergeur sont indiqués ici par le secrétariat avant la mise en service du site."
    ),
    "Reuse of content": "Réutilisation des contenus",
    (
        "Texts may be reproduced for non-commercial purposes provided the source is acknowledged. Photographs belong "
        "to their authors, named in the credit beside each; ask them before reusing one."
    ): (
        "Les textes peuvent être reproduits à des fins non commerciales, à condition d’en citer la source. Les "
        "photographies appartiennent à leurs auteurs, mentionnés à côté de chacune d’elles ; demandez-leur "
        "l’autorisation avant toute réutilisation."
    ),
    "Links to other sites": "Liens vers d’autres sites",
    "The Alliance is not responsible for the content of the other sites this site links to.": (
        "L’Alliance n’est pas responsable du contenu des autres sites vers lesquels ce site renvoie."
    ),
    # Privacy notice
    "Privacy notice": "Protection des données personnelles",
    "What personal data this site collects, why, and what your rights are.": (
        "Quelles données personnelles ce site recueille, pourquoi, et quels sont vos droits."
    ),
    "Who is responsible": "Responsable du traitement",
    (
        "The Council of Europe, through the secretariat of the Congress of Local and Regional Authorities, Avenue de "
        "l’Europe, F-67075 Strasbourg Cedex, France, is responsible for the personal data collected on this site. As "
        "an international organisation, the Council of Europe applies its own data protection rules, built on the "
        "principles of its Convention 108+ for the protection of individuals with regard to the processing of "
        "personal data."
    ): (
        "Le Conseil de l’Europe, par l’intermédiaire du secrétariat du Congrès des pouvoirs locaux et régionaux, "
        "avenue de l’Europe, F-67075 Strasbourg Cedex, France, est responsable des données personnelles recueillies "
        "sur ce site. En tant qu’organisation internationale, le Conseil de l’Europe applique ses propres règles de "
        "protection des données, fondées sur les principes de sa Convention 108+ pour la protection des personnes à "
        "l’égard du traitement des données à caractère personnel."
    ),
    "What the forms collect, and why": "Ce que recueillent les formulaires, et pourquoi",
    (
        "The form “Join the Alliance” asks for the name, kind, country and population of the local or regional "
        "authority, the name and role of a contact person, an e-mail address, an optional telephone number and the "
        "authority’s motivation. The form “Cooperate as NGO” asks for the organisation’s name, country and fields of "
        "work, the cooperation it proposes, the name of a contact person and an e-mail address."
    ): (
        "Le formulaire « Rejoindre l’Alliance » demande le nom, le type, le pays et la population de la collectivité "
        "locale ou régionale, le nom et la fonction d’une personne de contact, une adresse électronique, un numéro "
        "de téléphone facultatif et la motivation de la collectivité. Le formulaire « Coopérer en tant qu’ONG » "
        "demande le nom, le pays et les domaines d’activité de l’organisation, la coopération qu’elle propose, le "
        "nom d’une personne de contact et une adresse électronique."
    ),
    (
        "These data are used only to consider the application or proposal and to answer it. You give them by sending "
        "the form, and each form asks for your explicit agreement first."
    ): (
        "Ces données servent uniquement à examiner la candidature ou la proposition et à y répondre. Vous les "
        "transmettez en envoyant le formulaire, et chaque formulaire vous demande d’abord votre accord explicite."
    ),
    (
        "Only the staff of the Alliance’s secretariat read the submissions. They are passed on to no one outside the "
        "Council of Europe, and are kept only as long as needed to consider the application or proposal and, for an "
        "authority that joins, for as long as it takes part in the Alliance."
    ): (
        "Seul le personnel du secrétariat de l’Alliance lit les demandes. Elles ne sont communiquées à personne en "
        "dehors du Conseil de l’Europe et ne sont conservées que le temps nécessaire à l’examen de la candidature ou "
        "de la proposition, puis, pour une collectivité qui rejoint l’Alliance, aussi longtemps qu’elle y participe."
    ),
    "When you visit the site": "Lorsque vous consultez le site",
    (
        "The site uses no cookies for statistics or advertising and loads nothing from other sites, with one "
        "exception: a video embedded in a news item is played from its provider’s site (YouTube, for example), under "
        "that provider’s own rules."
    ): (
        "Le site n’utilise aucun cookie de mesure d’audience ou de publicité et ne charge rien depuis d’autres sites, "
        "à une exception près : une vidéo intégrée à une actualité est lue depuis le site de son fournisseur "
        "(YouTube, par exemple), selon les règles de celui-ci."
    ),
    (
        "The forms set a technical cookie that protects them from forgery; signing in to the participants’ intranet "
        "sets a session cookie. Both serve those functions only."
    ): (
        "Les formulaires déposent un cookie technique qui les protège contre la falsification ; la connexion à "
        "l’intranet des participants dépose un cookie de session. Tous deux servent uniquement à ces fonctions."
    ),
    (
        "To protect the site from abuse, the number of forms sent and of searches made from each internet address is "
        "counted for a short time, then forgotten."
    ): (
        "Pour protéger le site contre les abus, le nombre de formulaires envoyés et de recherches effectuées depuis "
        "chaque adresse internet est compté pendant une courte durée, puis oublié."
    ),
    "Your rights": "Vos droits",
    (
        "You may ask to see the data held about you, to have them corrected or deleted, or object to their use, by "
        'writing to <a id="a1">alliance@coe.int</a>. If you are not satisfied with the answer, you may turn to the '
        "Council of Europe’s Data Protection Commissioner."
    ): (
        "Vous pouvez demander à consulter les données qui vous concernent, à les faire rectifier ou effacer, ou vous "
        'opposer à leur utilisation, en écrivant à <a id="a1">alliance@coe.int</a>. Si la réponse ne vous satisfait '
        "pas, vous pouvez vous adresser au Commissaire à la protection des données du Conseil de l’Europe."
    ),
    # Accessibility statement
    "Accessibility statement": "Déclaration d’accessibilité",
    (
        "The Congress wants everyone to be able to use this site, whatever their abilities and whatever device they "
        "use."
    ): (
        "Le Congrès souhaite que chacun puisse utiliser ce site, quelles que soient ses capacités et l’appareil "
        "qu’il utilise."
    ),
    "Conformance status": "État de conformité",
    (
        "This site is partially conformant with the Web Content Accessibility Guidelines (WCAG) 2.2, level AA: some "
        "parts of its content do not yet fully conform."
    ): (
        "Ce site est partiellement conforme aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA : "
        "certaines parties de son contenu ne sont pas encore pleinement conformes."
    ),
    "What is not yet accessible": "Contenus non encore accessibles",
    "Some documents published as PDF files, older ones in particular, are not fully accessible.": (
        "Certains documents publiés au format PDF, en particulier les plus anciens, ne sont pas pleinement "
        "accessibles."
    ),
    "Videos embedded from other sites may lack captions or a transcript.": (
        "Les vidéos intégrées depuis d’autres sites peuvent être dépourvues de sous-titres ou de transcription."
    ),
    "How the site is checked": "Vérification du site",
    "At each change, the main pages of the site are checked automatically with the axe-core accessibility engine.": (
        "À chaque modification, les principales pages du site sont vérifiées automatiquement avec l’outil "
        "d’évaluation de l’accessibilité axe-core."
    ),
    "Report a problem": "Signaler un problème",
    (
        'If you cannot use part of this site, or find an accessibility problem, please write to <a id="a1">'
        "alliance@coe.int</a>, giving the address of the page and what went wrong. We will answer and, where we can, "
        "send you the information in another format."
    ): (
        "Si vous ne parvenez pas à utiliser une partie de ce site ou si vous constatez un problème d’accessibilité, "
        'écrivez à <a id="a1">alliance@coe.int</a> en indiquant l’adresse de la page et la difficulté rencontrée. '
        "Nous vous répondrons et, dans la mesure du possible, vous transmettrons l’information sous une autre forme."
    ),
    "This statement is reviewed whenever the site changes significantly.": (
        "Cette déclaration est revue à chaque évolution importante du site."
    ),
}
