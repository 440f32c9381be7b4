"""Demo content for the European Alliance of Cities and Regions for Roma Inclusion.

Every fact below comes from the seed pages in shared/seeds/ (five pages of the
Alliance's public web site). Nothing is invented: where the seeds are silent a
field is left empty. The only additions are public reference facts a field needs:
city coordinates (GeoNames) and ISO 3166-1 alpha-2 country codes.

Plain Python literals only; consumed by home/demo/loader.py.
"""

# ---------------------------------------------------------------------------
# Site-wide texts: the chrome repeated on every seed page
# ---------------------------------------------------------------------------

SITE_CONTENT = {
    "mission_statement": (
        '<p>The "Alliance" fights discrimination against Roma at the local and regional levels, promotes their '
        "inclusion and raises awareness of these communities among local and regional authorities.</p>"
    ),
    "auspices": (
        "The Alliance operates under the auspices of the Congress of Local and Regional Authorities of the Council "
        "of Europe."
    ),
    "terminology_heading": "Please note",
    "terminology_note": (
        "<p>The term “Roma and Travellers” is used at the Council of Europe to encompass the wide diversity of the "
        "groups covered by the work of the Council of Europe in this field including Roma, Sinti/Manush, Calé, "
        "Kaale, Romanichals, Boyash/Rudari, Balkan Egyptians (Egyptians and Ashkali), Eastern groups (Dom, Lom and "
        "Abdal), groups such as Travellers, Yenish, and the populations designated under the administrative term "
        "“Gens du voyage”, as well as persons who identify themselves as Gypsies.</p>"
    ),
    "join_heading": "Join the Alliance",
    "join_text": "If you wish your local or regional authority to become an Alliance participant, please use this form.",
    "ngo_heading": "Cooperate as NGO",
    "ngo_text": "Please use this form in order to propose a cooperation between your NGO and the Alliance.",
    "contact_text": (
        "If your city/region is interested in participating in the Alliance, please do not hesitate to contact us:"
    ),
    "contact_email": "alliance@coe.int",
}

# ---------------------------------------------------------------------------
# Topics: only those some item below is filed under
# ---------------------------------------------------------------------------

TOPICS = [
    {"name": "Housing", "slug": "housing", "description": ""},
    {"name": "Education", "slug": "education", "description": ""},
    {"name": "Employment", "slug": "employment", "description": ""},
    {"name": "Health", "slug": "health", "description": ""},
    {"name": "Political participation", "slug": "political-participation", "description": ""},
    {"name": "European funds", "slug": "european-funds", "description": ""},
    {"name": "Youth", "slug": "youth", "description": ""},
    {"name": "Women", "slug": "women", "description": ""},
    {"name": "Anti-Gypsyism", "slug": "anti-gypsyism", "description": ""},
    {"name": "Racism and discrimination", "slug": "racism-and-discrimination", "description": ""},
    {"name": "Roma networks", "slug": "roma-networks", "description": ""},
    {"name": "Strategy", "slug": "strategy", "description": ""},
]

# ---------------------------------------------------------------------------
# People: everyone the seeds name
# ---------------------------------------------------------------------------

PEOPLE = [
    {
        "key": "john-warmisham",
        "given_name": "John",
        "family_name": "Warmisham",
        # Earlier roles in the seeds: "Congress Vice-President and Rapporteur on Roma issues" (June 2014),
        # "Congress’ Rapporteur for Roma issues" (December 2014), "Congress Thematic Spokesperson on Roma and
        # Travellers" (May 2018).
        "role": "Congress Spokesperson on Roma and Traveller issues",
        "organisation": "Congress of Local and Regional Authorities",
        "country": "GB",
        "national_delegation": "GB",
        "political_group": "SOC",
        "biography": "",
    },
    {
        "key": "jean-claude-frecon",
        "given_name": "Jean-Claude",
        "family_name": "Frécon",
        "role": "President of the Congress",
        "organisation": "Congress of Local and Regional Authorities",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "van-staa",
        "given_name": "",
        "family_name": "van Staa",
        "role": "Congress President",
        "organisation": "Congress of Local and Regional Authorities",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "juliana-hoxha",
        "given_name": "Juliana",
        "family_name": "Hoxha",
        "role": "Congress member and municipal councilor from Tirana",
        "organisation": "Congress of Local and Regional Authorities",
        "country": "AL",
        "national_delegation": "AL",
        "political_group": "",
        "biography": "",
    },
    {
        "key": "dobrica-milovanovic",
        "given_name": "Dobrica",
        "family_name": "Milovanovic",
        "role": "Congress member",
        "organisation": "Congress of Local and Regional Authorities",
        "country": "RS",
        "national_delegation": "RS",
        "political_group": "",
        "biography": "",
    },
    {
        "key": "ludmila-sfirloaga",
        "given_name": "Ludmila",
        "family_name": "Sfirloaga",
        "role": "Congress Bureau member, regional councillor of Prahova",
        "organisation": "Congress of Local and Regional Authorities",
        "country": "RO",
        "national_delegation": "RO",
        "political_group": "",
        "biography": "",
    },
    {
        # Written as the seed orders the name: "mayor Stamoulis Grigorios".
        "key": "stamoulis-grigorios",
        "given_name": "Stamoulis",
        "family_name": "Grigorios",
        "role": "Mayor of Megara",
        "organisation": "City of Megara",
        "country": "GR",
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "iulian-badescu",
        "given_name": "Iulian",
        "family_name": "Badescu",
        "role": "Mayor of Ploiesti",
        "organisation": "City of Ploiesti",
        "country": "RO",
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "george-soros",
        "given_name": "George",
        "family_name": "Soros",
        "role": "President of the Open Society Foundation",
        "organisation": "Open Society Foundation",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "thorbjorn-jagland",
        "given_name": "Thorbjorn",
        "family_name": "Jagland",
        "role": "Secretary General of the Council of Europe",
        "organisation": "Council of Europe",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "manuel-lezertua",
        "given_name": "Manuel",
        "family_name": "Lezertua",
        "role": "Director of the Congress of Local and Regional Authorities",
        "organisation": "Congress of Local and Regional Authorities",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "andreas-kiefer",
        "given_name": "Andreas",
        "family_name": "Kiefer",
        "role": "Congress Secretary General",
        "organisation": "Congress of Local and Regional Authorities",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        "key": "krassimira-beshkova",
        "given_name": "Krassimira",
        "family_name": "Beshkova",
        "role": "Bulgarian Ambassador to the Council of Europe",
        "organisation": "",
        "country": "BG",
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
    {
        # The seed's sentence breaks off: "... Executive Secretary of the Chamber of Regions and Head of the
        # Department for...". He is also named "The Alliance representative" (May 2014).
        "key": "denis-huber",
        "given_name": "Denis",
        "family_name": "Huber",
        "role": "Executive Secretary of the Chamber of Regions",
        "organisation": "",
        "country": None,
        "national_delegation": None,
        "political_group": "",
        "biography": "",
    },
]

# ---------------------------------------------------------------------------
# Participants: the cities, municipalities and regions the seeds name as Alliance participants
# ---------------------------------------------------------------------------

PARTICIPANTS = [
    {
        "slug": "ploiesti",
        "title": "Ploiesti",
        "official_name": "",
        "kind": "city",
        "country": "RO",
        # Ludmila Sfirloaga (22/10/2014) "is a regional councillor of Prahova, Romania, where also the newest
        # Alliance participant..." -- the newest participant then was Ploiesti (15/10/2014).
        "region": "Prahova",
        "participant_number": 123,
        "date_joined": "2014-10-15",
        "population": None,
        "population_is_approximate": False,
        "roma_population": None,
        "roma_population_is_approximate": False,
        "roma_population_data": "",
        "roma_population_source": "",
        "roma_population_note": "",
        "latitude": "44.950000",
        "longitude": "26.016670",
        "mayor": "iulian-badescu",
        "teaser": (
            "The city of Ploiesti, Romania, joined the European Alliance of Cities and Regions for Roma Inclusion "
            "to raise its number of participants to 123."
        ),
        "body": (
            "<p>The city of Ploiesti, Romania, joined the European Alliance of Cities and Regions for Roma Inclusion "
            "to raise its number of participants to 123. Mayor Iulian Badescu writes in his letter to "
            "Congress-President van Staa that Ploiesti “intends to make efforts in order to increase the visibility "
            "of the Roma community issues by involving...</p>"
        ),
        "initiatives": [],
        "partners": [],
        "topics": [],
    },
    {
        "slug": "megara",
        "title": "Megara",
        "official_name": "",
        "kind": "city",
        "country": "GR",
        "region": "",
        "participant_number": 124,
        "date_joined": "2014-12-05",
        "population": 40000,
        "population_is_approximate": False,
        "roma_population": 1800,
        "roma_population_is_approximate": True,
        "roma_population_data": "unofficial",
        "roma_population_source": "",
        "roma_population_note": "",
        "latitude": "37.994710",
        "longitude": "23.343240",
        "mayor": "stamoulis-grigorios",
        "teaser": (
            "The city of Megara is located 40km west of Athens, with a total population of 40.000 people. The number "
            "of Roma in Megara, according to unofficial data, is about 1.800."
        ),
        "body": (
            "<p>The European Alliance of Cities and Regions for Roma Inclusion is happy to announce its 124th "
            "participant, as the Greek city of Megara decided to join the initiative to learn mutually about Roma "
            "inclusion. In his letter to Congress President Jean-Claude Frécon, mayor Stamoulis Grigorios wrote that "
            "the city of Megara undertakes numerous efforts to integrate Roma, for example a housing program and a "
            "‘Health-Social Center’.</p>"
            "<p>Introduced in 2014, a new ‘Support Center for Roma and Vulnerable Groups’ opened its doors. This "
            "Support Center successfully uses European funds and hosts a number of experts to help include Roma and "
            "other disadvantaged groups. The overall goals of the Support Center are to reduce exlusion, to "
            "facilitate Roma by helping them in juristic matters and to help small entrepreneurs to organize their "
            "businesses and train unemployed in economic activities. To achieve these goals the Support Center "
            "employs a Sociologist, a Psychologist, a lawyer, an economist, a Doctor, a Trainer and a Roma "
            "facilitator.</p>"
            "<p>The Alliance welcomes the city of Megara and hopes that it can benefit from this network.</p>"
            "<p>The city of Megara is located 40km west of Athens, with a total population of 40.000 people. The "
            "number of Roma in Megara, according to unofficial data, is about 1.800.</p>"
        ),
        "initiatives": [
            {
                "type": "project",
                "value": {
                    "title": "Support Center for Roma and Vulnerable Groups",
                    "year_started": 2014,
                    "description": (
                        "<p>Introduced in 2014, a new ‘Support Center for Roma and Vulnerable Groups’ opened its "
                        "doors. This Support Center successfully uses European funds and hosts a number of experts to "
                        "help include Roma and other disadvantaged groups. The overall goals of the Support Center are "
                        "to reduce exlusion, to facilitate Roma by helping them in juristic matters and to help small "
                        "entrepreneurs to organize their businesses and train unemployed in economic activities. To "
                        "achieve these goals the Support Center employs a Sociologist, a Psychologist, a lawyer, an "
                        "economist, a Doctor, a Trainer and a Roma facilitator.</p>"
                    ),
                    "european_funds": True,
                    "staff": [
                        "Sociologist",
                        "Psychologist",
                        "lawyer",
                        "economist",
                        "Doctor",
                        "Trainer",
                        "Roma facilitator",
                    ],
                },
            },
            {
                "type": "project",
                "value": {
                    "title": "Housing program",
                    "year_started": None,
                    "description": "",
                    "european_funds": False,
                    "staff": [],
                },
            },
            {
                "type": "project",
                "value": {
                    "title": "Health-Social Center",
                    "year_started": None,
                    "description": "",
                    "european_funds": False,
                    "staff": [],
                },
            },
        ],
        "partners": [],
        "topics": ["housing", "health", "european-funds", "employment"],
    },
    {
        "slug": "daugavpils",
        "title": "Daugavpils",
        "official_name": "",
        "kind": "city",
        "country": "LV",
        "region": "",
        "participant_number": None,
        "date_joined": "2015-02-24",
        "population": 100000,
        "population_is_approximate": True,
        "roma_population": None,
        "roma_population_is_approximate": False,
        "roma_population_data": "",
        "roma_population_source": "",
        "roma_population_note": "",
        "latitude": "55.883330",
        "longitude": "26.533330",
        "mayor": None,
        "teaser": (
            "The European Alliance of cities and regions for Roma Inclusion welcomes the city of Daugavpils among its "
            "participants. Daugavpils is a city in the South of Latvia with almost 100.000 inhabitants."
        ),
        "body": (
            "<p>The European Alliance of cities and regions for Roma Inclusion welcomes the city of Daugavpils among "
            "its participants. Daugavpils is a city in the South of Latvia with almost 100.000 inhabitants. The work "
            "on Roma Inclusion concentrates at the level of the department of the education, which allowed the "
            "admission of 120 young Roma in...</p>"
        ),
        "initiatives": [],
        "partners": [],
        "topics": ["education", "youth"],
    },
    {
        "slug": "anderlecht",
        "title": "Anderlecht",
        "official_name": "",
        "kind": "city",
        "country": "BE",
        "region": "Brussels-Capital",
        "participant_number": 126,
        "date_joined": "2015-03-20",
        "population": 113183,
        "population_is_approximate": False,
        "roma_population": None,
        "roma_population_is_approximate": False,
        "roma_population_data": "",
        "roma_population_source": "",
        "roma_population_note": "",
        "latitude": "50.836190",
        "longitude": "4.314540",
        "mayor": None,
        "teaser": (
            "Anderlecht is situated in the region of Brussels-capital. With 113.183 inhabitants it is one of the "
            "biggest cities in Belgium."
        ),
        "body": (
            "<p>The Alliance is pleased to welcome the Belgian city of Anderlecht as the 126th participant. "
            "Anderlecht is situated in the region of Brussels-capital. With 113.183 inhabitants it is one of the "
            "biggest cities in Belgium.</p>"
            "<p>Since 2011, there is an action plan, set up by the local authorities, favouring the inclusion of the "
            "resident...</p>"
        ),
        "initiatives": [
            {
                "type": "action_plan",
                "value": {
                    "title": "Action plan",
                    "year_adopted": 2011,
                    "description": (
                        "<p>Since 2011, there is an action plan, set up by the local authorities, favouring the "
                        "inclusion of the resident...</p>"
                    ),
                    "partners": [],
                },
            },
        ],
        "partners": [],
        "topics": [],
    },
    {
        "slug": "tivat",
        "title": "Tivat",
        "official_name": "",
        "kind": "municipality",
        "country": "ME",
        "region": "",
        "participant_number": 127,
        "date_joined": "2015-05-06",
        "population": 14111,
        "population_is_approximate": False,
        "roma_population": 400,
        "roma_population_is_approximate": True,
        "roma_population_data": "",
        "roma_population_source": "",
        "roma_population_note": "Roma or Egyptians",
        "latitude": "42.436230",
        "longitude": "18.693610",
        "mayor": None,
        "teaser": "While the municipality of Tivat has just 14.111 inhabitants, nearly 400 of them are Roma or Egyptians.",
        "body": (
            "<p>While the municipality of Tivat has just 14.111 inhabitants, nearly 400 of them are Roma or "
            "Egyptians. The Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the "
            "NGO ‘CSO Young Roma’, shows Tivat’s motivation to tackle the exclusion of Roma from multiple "
            "perspectives.</p>"
        ),
        "initiatives": [
            {
                "type": "action_plan",
                "value": {
                    "title": "Local Action Plan",
                    "year_adopted": 2011,
                    "description": (
                        "<p>The Local Action Plan, created 2011 in cooperation with the Association of Egyptians and "
                        "the NGO ‘CSO Young Roma’, shows Tivat’s motivation to tackle the exclusion of Roma from "
                        "multiple perspectives.</p>"
                    ),
                    "partners": ["Association of Egyptians", "CSO Young Roma"],
                },
            },
        ],
        "partners": [
            {
                "name": "CSO Young Roma",
                "website": "",
                "description": (
                    "The Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the NGO "
                    "‘CSO Young Roma’"
                ),
            },
        ],
        "topics": [],
    },
]

# ---------------------------------------------------------------------------
# Events the seeds mention (observances and prizes are not events)
# ---------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "seminar-roma-inclusion-local-level-tirana-2018",
        "title": "Seminar on Roma Inclusion at the local level",
        "event_type": "seminar",
        "start_date": "2018-10-11",
        "end_date": None,
        "venue": "",
        "city": "Tirana",
        "country": "AL",
        "teaser": (
            "Co-organised by the Congress and the City of Tirana, within the framework of the European Alliance of "
            "Cities and Regions for Roma Inclusion, this seminar aims to allow an exchange between Albanian mayors, "
            "for a better integration of Roma and to discuss the creation of a national Albanian network for Roma "
            "inclusion."
        ),
        "description": (
            "<p>John WARMISHAM (United Kingdom, SOC), Congress Spokesperson on Roma and Traveller issues, addressed "
            "Albanian mayors at the Seminar on Roma Inclusion at the local level, in Tirana, Albania, on 11 October "
            "2018. Co-organised by the Congress and the City of Tirana, within the framework of the European Alliance "
            "of Cities and Regions for Roma Inclusion, this seminar aims to allow an exchange between Albanian mayors, "
            "for a better integration of Roma and to discuss the creation of a national Albanian network for Roma "
            "inclusion.</p>"
        ),
        "organisers": [
            {"name": "Congress of Local and Regional Authorities", "role": "co-organiser", "participant": None},
            {"name": "City of Tirana", "role": "co-organiser", "participant": None},
        ],
        "speakers": [{"person": "john-warmisham", "role": "Congress Spokesperson on Roma and Traveller issues"}],
        "countries": ["AL"],
        "topics": ["roma-networks"],
    },
    {
        "slug": "15th-meeting-cahrom-athens-2018",
        "title": "15th Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM)",
        "event_type": "committee-meeting",
        "start_date": "2018-05-24",
        "end_date": None,
        "venue": "",
        "city": "Athens",
        "country": "GR",
        "teaser": (
            "‘’The Congress sees the political participation of Roma as one of the key conditions to their "
            "inclusion.’’ stated John WARMISHAM, Congress Thematic Spokesperson on Roma and Travellers, at the 15th "
            "Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM), held in Athens on 24 "
            "May 2018."
        ),
        "description": (
            "<p>‘’The Congress sees the political participation of Roma as one of the key conditions to their "
            "inclusion.’’ stated John WARMISHAM, Congress Thematic Spokesperson on Roma and Travellers, at the 15th "
            "Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM), held in Athens on 24 "
            "May 2018.</p>"
        ),
        "organisers": [],
        "speakers": [{"person": "john-warmisham", "role": "Congress Thematic Spokesperson on Roma and Travellers"}],
        "countries": [],
        "topics": ["political-participation"],
    },
    {
        "slug": "28th-congress-session",
        "title": "28th Congress Session",
        "event_type": "session",
        "start_date": None,
        "end_date": None,
        "venue": "",
        "city": "",
        "country": None,
        "teaser": (
            "On the occasion of the 28th Congress Session, Congress member and municipal councilor from Tirana "
            "(Albania) Juliana Hoxha expressed her thoughts on various issues Roma are still facing in Albania."
        ),
        "description": "",
        "organisers": [
            {"name": "Congress of Local and Regional Authorities", "role": "organiser", "participant": None}
        ],
        "speakers": [],
        "countries": [],
        "topics": [],
    },
    {
        "slug": "27th-congress-session",
        "title": "27th Congress Session",
        "event_type": "session",
        "start_date": None,
        "end_date": None,
        "venue": "",
        "city": "",
        "country": None,
        "teaser": (
            "On the occasion of the 27th Congress Session, Congress Bureau member Ludmila Sfirloaga stated why she "
            "thinks cities and regions from Europe should join the Alliance for Roma Inclusion in order to integrate "
            "Roma into mainstream society."
        ),
        "description": "",
        "organisers": [
            {"name": "Congress of Local and Regional Authorities", "role": "organiser", "participant": None}
        ],
        "speakers": [],
        "countries": [],
        "topics": [],
    },
    {
        "slug": "aer-equal-opportunities-forum-strasbourg-2015",
        "title": "AER Equal Opportunities Forum",
        "event_type": "forum",
        "start_date": "2015-04-21",
        "end_date": None,
        "venue": "",
        "city": "Strasbourg",
        "country": "FR",
        "teaser": (
            "On 21 April the Assembly of European Regions (AER) will organize its first Equal Opportunities Forum in "
            "2015 in Strasbourg, dedicated to Roma Inclusion."
        ),
        "description": (
            "<p>On 21 April the Assembly of European Regions (AER) will organize its first Equal Opportunities Forum "
            "in 2015 in Strasbourg, dedicated to Roma Inclusion.</p>"
            "<p>This Forum aims at setting up a network of regions and stakeholders willing to work on a project for "
            "Roma integration through education.</p>"
        ),
        "organisers": [{"name": "Assembly of European Regions (AER)", "role": "organiser", "participant": None}],
        "speakers": [],
        "countries": [],
        "topics": ["education"],
    },
    {
        "slug": "eccar-roundtable-fighting-racism-and-discrimination-2015",
        "title": "Fighting Racism and Discrimination: History, Memory and Contemporary Challenges",
        "event_type": "roundtable",
        "start_date": "2015-03-19",
        "end_date": None,
        "venue": "",
        "city": "",
        "country": None,
        "teaser": (
            "On 19 March the European Coalition of Cities Against Racism (ECCAR), an initiative of the UNESCO, will "
            "organize a roundtable event on “Fighting Racism and Discrimination: History, Memory and Contemporary "
            "Challenges”."
        ),
        "description": (
            "<p>On 19 March the European Coalition of Cities Against Racism (ECCAR), an initiative of the UNESCO, "
            "will organize a roundtable event on “Fighting Racism and Discrimination: History, Memory and "
            "Contemporary Challenges”. Part of the roundtable discussion will be a panel about proven practices to "
            "combat discrimination.</p>"
        ),
        "organisers": [
            {"name": "European Coalition of Cities Against Racism (ECCAR)", "role": "organiser", "participant": None},
        ],
        "speakers": [],
        "countries": [],
        "topics": ["racism-and-discrimination"],
    },
    {
        "slug": "alliance-3rd-national-seminar-spain-malaga-2015",
        "title": "Alliance 3rd national seminar in Spain on access to European funds",
        "event_type": "seminar",
        "start_date": "2015-02-17",
        "end_date": None,
        "venue": "",
        "city": "Malaga",
        "country": "ES",
        "teaser": (
            "On 17th February the European Alliance of Cities and Regions for Roma Inclusion in cooperation with the "
            "city of Malaga hosted a national seminar in Spain on the topic of access to European funds."
        ),
        "description": (
            "<p>On 17th February 2015, the European Alliance of Cities and Regions for Roma Inclusion organizes for "
            "the third time a national seminar in Spain on access of local and regional authorities to European "
            "investment and structural funds. Manuel LEZERTUA, Director of the Congress of Local and Regional "
            "Authorities will participate in the event, which...</p>"
            "<p>On 17th February the European Alliance of Cities and Regions for Roma Inclusion in cooperation with "
            "the city of Malaga hosted a national seminar in Spain on the topic of access to European funds. Among "
            "the participants were representatives of all Spanish regions, the cities of Madrid, Barcelona, Alicante "
            "&amp;...</p>"
        ),
        "organisers": [
            {
                "name": "European Alliance of Cities and Regions for Roma Inclusion",
                "role": "organiser",
                "participant": None,
            },
            {"name": "City of Malaga", "role": "partner", "participant": None},
        ],
        "speakers": [
            {"person": "manuel-lezertua", "role": "Director of the Congress of Local and Regional Authorities"},
        ],
        "countries": ["ES"],
        "topics": ["european-funds"],
    },
    {
        "slug": "alliance-2nd-national-workshop-spain-madrid-2014",
        "title": "Alliance 2nd national workshop in Spain to discuss access to European Structural Funds",
        "event_type": "workshop",
        "start_date": "2014-05-28",
        "end_date": None,
        "venue": "",
        "city": "Madrid",
        "country": "ES",
        "teaser": (
            "The European Alliance of Cities and Regions for Roma Inclusion held its 2nd Spanish national on 28 May "
            "2014 in Madrid to discuss improved access of local and regional authorities to European structural and "
            "investments funds."
        ),
        "description": (
            "<p>The European Alliance of Cities and Regions for Roma Inclusion held its 2nd Spanish national on 28 "
            "May 2014 in Madrid to discuss improved access of local and regional authorities to European structural "
            "and investments funds.</p>"
        ),
        "organisers": [
            {
                "name": "European Alliance of Cities and Regions for Roma Inclusion",
                "role": "organiser",
                "participant": None,
            },
        ],
        "speakers": [],
        "countries": ["ES"],
        "topics": ["european-funds"],
    },
    {
        "slug": "romact-high-level-conference-brussels-2014",
        "title": "High-level conference taking stock of Joint European Commission/Council of Europe ROMACT Programme",
        "event_type": "conference",
        "start_date": "2014-10-02",
        "end_date": "2014-10-03",
        "venue": "",
        "city": "Brussels",
        "country": "BE",
        "teaser": (
            "The cities and regions participating in the Alliance have all been invited to participate in a "
            "high-level conference, to be organised by the European Commission with the support of the Council of "
            "Europe, on 2 and 3 October 2014 in Brussels."
        ),
        "description": (
            "<p>The cities and regions participating in the Alliance have all been invited to participate in a "
            "high-level conference, to be organised by the European Commission with the support of the Council of "
            "Europe, on 2 and 3 October 2014 in Brussels.</p>"
            "<p>This conference will take stock of progress and lessons learnt from the first year of...</p>"
        ),
        "organisers": [
            {"name": "European Commission", "role": "organiser", "participant": None},
            {"name": "Council of Europe", "role": "supporter", "participant": None},
        ],
        "speakers": [],
        "countries": [],
        "topics": [],
    },
    {
        "slug": "congress-bureau-meeting-baku-2014",
        "title": "Meeting of the Bureau of the Congress of Local and Regional Authorities",
        "event_type": "meeting",
        "start_date": "2014-06-17",
        "end_date": None,
        "venue": "",
        "city": "Baku",
        "country": "AZ",
        "teaser": (
            "At the meeting of the Bureau of the Congress of Local and Regional Authorities in Baku (Azerbaijan) on "
            "17 June 2014, John Warmisham, Congress Vice-President and Rapporteur on Roma issues presented a "
            "strategic document of the Alliance that defines key areas of activity for the upcoming years, as well as "
            "guidelines..."
        ),
        "description": (
            "<p>At the meeting of the Bureau of the Congress of Local and Regional Authorities in Baku (Azerbaijan) on "
            "17 June 2014, John Warmisham, Congress Vice-President and Rapporteur on Roma issues presented a "
            "strategic document of the Alliance that defines key areas of activity for the upcoming years, as well as "
            "guidelines...</p>"
        ),
        "organisers": [
            {"name": "Congress of Local and Regional Authorities", "role": "organiser", "participant": None}
        ],
        "speakers": [{"person": "john-warmisham", "role": "Congress Vice-President and Rapporteur on Roma issues"}],
        "countries": [],
        "topics": ["strategy"],
    },
    {
        "slug": "egam-conference-prague-2014",
        "title": "International conference of the European Grassroots Antiracist Movement (EGAM)",
        "event_type": "conference",
        "start_date": "2014-06-12",
        "end_date": "2014-06-15",
        "venue": "",
        "city": "Prague",
        "country": "CZ",
        "teaser": (
            "The Alliance Taskforce participated at an international conference of the European Grassroots "
            "Antiracist Movement (EGAM) in Prague, 12-15 June 2014, that addressed the rise in racist violence and "
            "hate speech against Roma communities across Europe."
        ),
        "description": (
            "<p>The Alliance Taskforce participated at an international conference of the European Grassroots "
            "Antiracist Movement (EGAM) in Prague, 12-15 June 2014, that addressed the rise in racist violence and "
            "hate speech against Roma communities across Europe. The participants also exchanged views on the "
            "success and lessons...</p>"
        ),
        "organisers": [
            {"name": "European Grassroots Antiracist Movement (EGAM)", "role": "organiser", "participant": None},
        ],
        "speakers": [],
        "countries": [],
        "topics": ["racism-and-discrimination"],
    },
    {
        "slug": "meeting-bulgarian-mayors-2014",
        "title": "Meeting with a delegation of Bulgarian mayors",
        "event_type": "meeting",
        "start_date": "2014-06-04",
        "end_date": None,
        "venue": "",
        "city": "",
        "country": None,
        "teaser": (
            "On 4 June 2014, the Congress Secretary General Andreas Kiefer and the Alliance Taskforce meet with a "
            "group of 56 Mayors from Bulgaria and the Bulgarian Ambassador to the Council of Europe Krassimira "
            "Beshkova to discuss Congress monitoring of local and regional democracy but also the role of local and "
            "regional..."
        ),
        "description": (
            "<p>On 4 June 2014, the Congress Secretary General Andreas Kiefer and the Alliance Taskforce meet with a "
            "group of 56 Mayors from Bulgaria and the Bulgarian Ambassador to the Council of Europe Krassimira "
            "Beshkova to discuss Congress monitoring of local and regional democracy but also the role of local and "
            "regional...</p>"
        ),
        "organisers": [],
        "speakers": [
            {"person": "andreas-kiefer", "role": "Congress Secretary General"},
            {"person": "krassimira-beshkova", "role": "Bulgarian Ambassador to the Council of Europe"},
        ],
        "countries": ["BG"],
        "topics": [],
    },
    {
        "slug": "ecri-seminar-strasbourg-2014",
        "title": (
            "ECRI seminar on the role of national Specialised Bodies in supporting local authorities in the fight "
            "against racism and intolerance"
        ),
        "event_type": "seminar",
        "start_date": "2014-05-22",
        "end_date": "2014-05-23",
        "venue": "",
        "city": "Strasbourg",
        "country": "FR",
        "teaser": (
            "The Alliance participated in the seminar of the European Commission against Racism and Intolerance "
            "(ECRI) on the role of national Specialised Bodies in supporting local authorities in the fight against "
            "racism and intolerance, held in Strasbourg on 22-23 May 2014."
        ),
        "description": (
            "<p>The Alliance participated in the seminar of the European Commission against Racism and Intolerance "
            "(ECRI) on the role of national Specialised Bodies in supporting local authorities in the fight against "
            "racism and intolerance, held in Strasbourg on 22-23 May 2014. The Alliance representative, Mr Denis "
            "HUBER,...</p>"
        ),
        "organisers": [
            {
                "name": "European Commission against Racism and Intolerance (ECRI)",
                "role": "organiser",
                "participant": None,
            },
        ],
        "speakers": [{"person": "denis-huber", "role": "Alliance representative"}],
        "countries": [],
        "topics": ["racism-and-discrimination"],
    },
    {
        "slug": "7th-meeting-cahrom-strasbourg-2014",
        "title": "7th meeting of the Ad Hoc Committee of Experts on Roma Issues (CAHROM)",
        "event_type": "committee-meeting",
        "start_date": "2014-05-14",
        "end_date": "2014-05-16",
        "venue": "",
        "city": "Strasbourg",
        "country": "FR",
        "teaser": (
            "The Alliance Taskforce has participated in the 7th meeting of the Ad Hoc Committee of Experts on Roma "
            "Issues (CAHROM) that took place on 14-16 May 2014 in Strasbourg."
        ),
        "description": (
            "<p>The Alliance Taskforce has participated in the 7th meeting of the Ad Hoc Committee of Experts on Roma "
            "Issues (CAHROM) that took place on 14-16 May 2014 in Strasbourg. On 14th May Denis Huber, Executive "
            "Secretary of the Chamber of Regions and Head of the Department for...</p>"
        ),
        "organisers": [],
        "speakers": [{"person": "denis-huber", "role": "Executive Secretary of the Chamber of Regions"}],
        "countries": [],
        "topics": [],
    },
    {
        # Announced in the news of 11/09/2014; the seed's sentence breaks off before naming whose conference it is.
        "slug": "first-biennial-conference",
        "title": "First biennial conference",
        "event_type": "conference",
        "start_date": None,
        "end_date": None,
        "venue": "",
        "city": "",
        "country": None,
        "teaser": "Those guidelines will be discussed at the first biennial conference of the...",
        "description": "",
        "organisers": [],
        "speakers": [],
        "countries": [],
        "topics": ["strategy"],
    },
]

# ---------------------------------------------------------------------------
# News items, interviews and statements, newest first as in the listing
# ---------------------------------------------------------------------------

NEWS = [
    {
        "type": "interview",
        "slug": (
            "john-warmisham-in-albania-a-national-network-of-albanian-mayors-will-identify-solutions-for-a-better-"
            "inclusion-of-roma"
        ),
        "title": (
            'John WARMISHAM in Albania: "A national network of Albanian mayors will identify solutions for a better '
            'inclusion of Roma"'
        ),
        "date": "2018-10-11",
        "teaser": (
            "John WARMISHAM (United Kingdom, SOC), Congress Spokesperson on Roma and Traveller issues, addressed "
            "Albanian mayors at the Seminar on Roma Inclusion at the local level, in Tirana, Albania, on 11 October "
            "2018. Co-organised by the Congress and the City of Tirana, within the framework of the European Alliance "
            "of Cities and Regions for Roma Inclusion, this seminar aims to allow an exchange between Albanian mayors, "
            "for a better integration of Roma and to discuss the creation of a national Albanian network for Roma "
            "inclusion."
        ),
        "lead_image_credit": "",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>John WARMISHAM (United Kingdom, SOC), Congress Spokesperson on Roma and Traveller issues, "
                    "addressed Albanian mayors at the Seminar on Roma Inclusion at the local level, in Tirana, "
                    "Albania, on 11 October 2018. Co-organised by the Congress and the City of Tirana, within the "
                    "framework of the European Alliance of Cities and Regions for Roma Inclusion, this seminar aims to "
                    "allow an exchange between Albanian mayors, for a better integration of Roma and to discuss the "
                    "creation of a national Albanian network for Roma inclusion.</p>"
                ),
            },
            {
                "type": "statement",
                "value": {
                    "text": (
                        "<p>These networks work as discussion platforms, in which mayors can meet regularly to "
                        "exchange views and good practice models. They can strengthen local and regional capacities "
                        "for action, identify problems and propose solutions.</p>"
                    )
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>He called on all relevant actors to cooperate and support the creation of such a network in "
                    "Albania.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mr. WARMISHAM highlighted the divisions between Roma and non-Roma citizens in the areas of "
                    "access to the labour market and housing.</p>"
                ),
            },
            {
                "type": "statement",
                "value": {
                    "text": (
                        "<p>92% of non-Roma have toilets inside their homes, compared to only 50% of the Roma "
                        "population. The same is true for running water: only 48% of Roma citizens have access to it "
                        "inside their homes, a figure that rises to 90% for non-Roma citizens</p>"
                    )
                },
            },
            {
                "type": "key_figure",
                "value": {
                    "figure": "92%",
                    "label": "of non-Roma have toilets inside their homes",
                    "comparison_figure": "50%",
                    "comparison_label": "of the Roma population",
                    "source": "",
                },
            },
            {
                "type": "key_figure",
                "value": {
                    "figure": "48%",
                    "label": "of Roma citizens have access to running water inside their homes",
                    "comparison_figure": "90%",
                    "comparison_label": "for non-Roma citizens",
                    "source": "",
                },
            },
            {
                "type": "statement",
                "value": {
                    "text": (
                        "<p>In the face of these challenges, the fact that you are all here today is a strong sign of "
                        "our commitment to our struggle for equal living conditions for our Roma citizens</p>"
                        "<p>As mayors and citizens of our countries, we have the power to influence people's lives "
                        "and, most importantly, we have a duty to fight for equal access to social and human "
                        "rights</p>"
                    )
                },
            },
        ],
        "people": ["john-warmisham"],
        "participants": [],
        "event": "seminar-roma-inclusion-local-level-tirana-2018",
        "countries": ["AL"],
        "topics": ["roma-networks", "housing", "employment"],
        "kind": "statement",
        "speaker": "john-warmisham",
        "speaker_role": "Congress Spokesperson on Roma and Traveller issues",
        "pull_quote": "A national network of Albanian mayors will identify solutions for a better inclusion of Roma",
    },
    {
        "type": "interview",
        "slug": (
            "john-warmisham-at-cahrom-if-roma-have-a-political-voice-they-can-stand-up-for-their-rights-and-fight-"
            "anti-gypsyism"
        ),
        "title": (
            "John Warmisham at CAHROM: ‘’If Roma have a political voice, they can stand up for their rights and "
            "fight anti-Gypsyism.’’"
        ),
        "date": "2018-05-24",
        "teaser": (
            "‘’The Congress sees the political participation of Roma as one of the key conditions to their "
            "inclusion.’’ stated John WARMISHAM, Congress Thematic Spokesperson on Roma and Travellers, at the 15th "
            "Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM), held in Athens on 24 "
            "May 2018."
        ),
        "lead_image_credit": "",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>‘’The Congress sees the political participation of Roma as one of the key conditions to their "
                    "inclusion.’’ stated John WARMISHAM, Congress Thematic Spokesperson on Roma and Travellers, at the "
                    "15th Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM), held in "
                    "Athens on 24 May 2018.</p>"
                ),
            },
            {
                "type": "statement",
                "value": {
                    "text": (
                        "<p>We as the Congress encourage municipalities to form structures for political participation "
                        "for example in our national Roma networks</p>"
                    )
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mr WARMISHAM underlined the importance for political parties of setting-up measures to "
                    "encourage especially Roma and Traveller women to enter the world of politics.</p>"
                ),
            },
            {
                "type": "statement",
                "value": {
                    "text": (
                        "<p>The local and regional authorities have the responsibility to support Roma to become "
                        "politically active and visible</p>"
                    )
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The topic of political participation in the Congress national Roma network is addressed in the "
                    "Declaration against anti-Gypsyism endorsed by the Congress in March 2017.</p>"
                ),
            },
            {
                "type": "statement",
                "value": {
                    "text": (
                        "<p>The mayors who sign the Declaration commit themselves to strive for the fair representation "
                        "of Roma and Travellers at all levels of democracy</p>"
                        "<p>Until today 100 elected representatives from all over Europe have signed the Declaration "
                        "and committed themselves to the support of Roma candidates</p>"
                    )
                },
            },
        ],
        "people": ["john-warmisham"],
        "participants": [],
        "event": "15th-meeting-cahrom-athens-2018",
        "countries": [],
        "topics": ["political-participation", "anti-gypsyism", "women", "roma-networks"],
        "kind": "statement",
        "speaker": "john-warmisham",
        "speaker_role": "Congress Thematic Spokesperson on Roma and Travellers",
        "pull_quote": "If Roma have a political voice, they can stand up for their rights and fight anti-Gypsyism.",
    },
    {
        "type": "interview",
        "slug": "juliana-hoxha-roma-should-be-part-of-the-priority-setting-process",
        "title": "Juliana Hoxha: “Roma should be part of the priority-setting process.”",
        "date": "2015-05-20",
        "teaser": (
            "On the occasion of the 28th Congress Session, Congress member and municipal councilor from Tirana "
            "(Albania) Juliana Hoxha expressed her thoughts on various issues Roma are still facing in Albania. "
            "Although Roma in some places represent a significant electoral force, they remain largely marginalized "
            "when talking about effective participation..."
        ),
        "lead_image_credit": "© CoE",
        "body": [],
        "people": ["juliana-hoxha"],
        "participants": [],
        "event": "28th-congress-session",
        "countries": ["AL"],
        "topics": ["political-participation"],
        "kind": "interview",
        "speaker": "juliana-hoxha",
        "speaker_role": "Congress member and municipal councilor from Tirana",
        "pull_quote": "Roma should be part of the priority-setting process.",
    },
    {
        "type": "news",
        "slug": "the-municipality-of-tivat-is-the-127th-participant-of-the-alliance",
        "title": "The municipality of Tivat is the 127th participant of the Alliance",
        "date": "2015-05-06",
        "teaser": (
            "While the municipality of Tivat has just 14.111 inhabitants, nearly 400 of them are Roma or Egyptians. "
            "The Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the NGO ‘CSO "
            "Young Roma’, shows Tivat’s motivation to tackle the exclusion of Roma from multiple perspectives.\n\n"
            "Tivat successfully..."
        ),
        "lead_image_credit": "© Wikipedia.org",
        "body": [],
        "people": [],
        "participants": ["tivat"],
        "event": None,
        "countries": ["ME"],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "call-for-participation-5th-dosta-congress-prize-for-municipalities",
        "title": "Call for participation: 5th Dosta!-Congress Prize for municipalities",
        "date": "2015-04-27",
        "teaser": (
            "The 2015 edition of the Dosta!-Congress Prize is now launched and the call for application has started! "
            "Every municipality and city from the Council of Europe’s 47 member states is eligible to submit an "
            "application form.\n\n"
            "This bi-annual prize is awarded by the Congress of Local and Regional Authorities to municipalities and "
            "cities..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": [],
        "participants": [],
        "event": None,
        "countries": [],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "alliance-will-participate-in-aers-equal-opportunity-forum",
        "title": "Alliance will participate in AER’s Equal Opportunity Forum",
        "date": "2015-04-13",
        "teaser": (
            "On 21 April the Assembly of European Regions (AER) will organize its first Equal Opportunities Forum in "
            "2015 in Strasbourg, dedicated to Roma Inclusion.\n\n"
            "This Forum aims at setting up a network of regions and stakeholders willing to work on a project for "
            "Roma integration through education.\n\n"
            "The Alliance of Cities and..."
        ),
        "lead_image_credit": "© AER",
        "body": [],
        "people": [],
        "participants": [],
        "event": "aer-equal-opportunities-forum-strasbourg-2015",
        "countries": [],
        "topics": ["education"],
    },
    {
        "type": "interview",
        "slug": "jean-claude-frecon-roma-inclusion-demands-real-efforts-by-towns-and-regions",
        "title": "Jean-Claude Frécon: ''Roma inclusion demands real efforts by towns and regions''",
        "date": "2015-04-08",
        "teaser": (
            '"Roma inclusion demands real efforts on the part of towns and regions: it is on their territories and '
            "with their infrastructure that practical responses can be provided'', Jean-Claude Frécon, President of "
            "the Congress, said on the occasion of International Roma Day on 8 April 2015. ''These efforts are "
            "central to the Alliance for Roma..."
        ),
        "lead_image_credit": "© CoE",
        "body": [],
        "people": ["jean-claude-frecon"],
        "participants": [],
        "event": None,
        "countries": [],
        "topics": [],
        "kind": "statement",
        "speaker": "jean-claude-frecon",
        "speaker_role": "President of the Congress",
        "pull_quote": "Roma inclusion demands real efforts by towns and regions",
    },
    {
        "type": "news",
        "slug": "a-european-roma-institute",
        "title": "A European Roma Institute",
        "date": "2015-03-27",
        "teaser": (
            "The idea of a ‘European Roma Institute’ (ERI) seems to become concrete, as George Soros, President of "
            "the Open Society Foundation, and Thorbjorn Jagland, Secretary General of the Council of Europe, reached "
            "an agreement to realize this innovative research institution. With the publication of a"
        ),
        "lead_image_credit": "",
        "body": [],
        "people": ["george-soros", "thorbjorn-jagland"],
        "participants": [],
        "event": None,
        "countries": [],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "the-alliance-welcomes-anderlecht-among-its-participants",
        "title": "The Alliance welcomes Anderlecht among its participants",
        "date": "2015-03-20",
        "teaser": (
            "The Alliance is pleased to welcome the Belgian city of Anderlecht as the 126th participant. Anderlecht "
            "is situated in the region of Brussels-capital. With 113.183 inhabitants it is one of the biggest cities "
            "in Belgium.\n\n"
            "Since 2011, there is an action plan, set up by the local authorities, favouring the inclusion of the "
            "resident..."
        ),
        "lead_image_credit": "© Wikipedia.org",
        "body": [],
        "people": [],
        "participants": ["anderlecht"],
        "event": None,
        "countries": ["BE"],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "alliance-to-participate-in-unesco-roundtable-on-racism-discrimination",
        "title": "Alliance to participate in UNESCO roundtable on racism & discrimination",
        "date": "2015-03-13",
        "teaser": (
            "On 19 March the European Coalition of Cities Against Racism (ECCAR), an initiative of the UNESCO, will "
            "organize a roundtable event on “Fighting Racism and Discrimination: History, Memory and Contemporary "
            "Challenges”. Part of the roundtable discussion will be a panel about proven practices to combat "
            "discrimination. The European Alliance..."
        ),
        "lead_image_credit": "© Wikipedia.org",
        "body": [],
        "people": [],
        "participants": [],
        "event": "eccar-roundtable-fighting-racism-and-discrimination-2015",
        "countries": [],
        "topics": ["racism-and-discrimination"],
    },
    {
        "type": "news",
        "slug": "alliances-3rd-national-seminar-for-roma-inclusion-in-spain",
        "title": "Alliance’s 3rd national seminar for Roma Inclusion in Spain",
        "date": "2015-02-25",
        "teaser": (
            "On 17th February the European Alliance of Cities and Regions for Roma Inclusion in cooperation with the "
            "city of Malaga hosted a national seminar in Spain on the topic of access to European funds. Among the "
            "participants were representatives of all Spanish regions, the cities of Madrid, Barcelona, Alicante &..."
        ),
        "lead_image_credit": "© CoE",
        "body": [],
        "people": [],
        "participants": [],
        "event": "alliance-3rd-national-seminar-spain-malaga-2015",
        "countries": ["ES"],
        "topics": ["european-funds"],
    },
    {
        "type": "news",
        "slug": "daugavpils-the-first-new-participant-of-the-alliance-in-2015",
        "title": "Daugavpils: the first new participant of the Alliance in 2015",
        "date": "2015-02-24",
        "teaser": (
            "The European Alliance of cities and regions for Roma Inclusion welcomes the city of Daugavpils among its "
            "participants. Daugavpils is a city in the South of Latvia with almost 100.000 inhabitants. The work on "
            "Roma Inclusion concentrates at the level of the department of the education, which allowed the admission "
            "of 120 young Roma in..."
        ),
        "lead_image_credit": "© Wikipedia.org",
        "body": [],
        "people": [],
        "participants": ["daugavpils"],
        "event": None,
        "countries": ["LV"],
        "topics": ["education", "youth"],
    },
    {
        "type": "news",
        "slug": (
            "alliance-3rd-national-workshop-in-spain-about-access-to-european-structural-funds-malaga-17-february-2015"
        ),
        "title": (
            "Alliance 3rd national workshop in Spain about access to European Structural Funds, Malaga, 17 February "
            "2015"
        ),
        "date": "2015-02-06",
        "teaser": (
            "On 17th February 2015, the European Alliance of Cities and Regions for Roma Inclusion organizes for the "
            "third time a national seminar in Spain on access of local and regional authorities to European "
            "investment and structural funds. Manuel LEZERTUA, Director of the Congress of Local and Regional "
            "Authorities will participate in the event, which..."
        ),
        "lead_image_credit": "© CoE",
        "body": [],
        "people": ["manuel-lezertua"],
        "participants": [],
        "event": "alliance-3rd-national-seminar-spain-malaga-2015",
        "countries": ["ES"],
        "topics": ["european-funds"],
    },
    {
        "type": "interview",
        "slug": "overcoming-barriers-by-listening-to-young-roma",
        "title": "Overcoming barriers by listening to young Roma",
        "date": "2014-12-18",
        "teaser": (
            "John Warmisham is the Congress’ Rapporteur for Roma issues. In this interview he explains the importance "
            "of making efforts to include Roma Youth at local and regional level. The voice of Roma, especially the "
            "one of young Roma leaders, has to have a place, as stated by the Congress’ Recommendation 354 (2014) on "
            "‘Empowering Youth through..."
        ),
        "lead_image_credit": "© CoE",
        "body": [],
        "people": ["john-warmisham"],
        "participants": [],
        "event": None,
        "countries": [],
        "topics": ["youth"],
        "kind": "interview",
        "speaker": "john-warmisham",
        "speaker_role": "Congress’ Rapporteur for Roma issues",
        "pull_quote": "",
    },
    {
        "type": "news",
        "slug": "the-greek-city-of-megara-is-the-newest-alliance-participant",
        "title": "The greek city of Megara is the newest Alliance participant",
        "date": "2014-12-05",
        "teaser": (
            "The European Alliance of Cities and Regions for Roma Inclusion is happy to announce its 124th "
            "participant, as the Greek city of Megara decided to join the initiative to learn mutually about Roma "
            "inclusion. In his letter to Congress President Jean-Claude Frécon, mayor Stamoulis Grigorios wrote that "
            "the city of Megara undertakes numerous..."
        ),
        "lead_image_credit": "© Wikimedia",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>The European Alliance of Cities and Regions for Roma Inclusion is happy to announce its 124th "
                    "participant, as the Greek city of Megara decided to join the initiative to learn mutually about "
                    "Roma inclusion. In his letter to Congress President Jean-Claude Frécon, mayor Stamoulis Grigorios "
                    "wrote that the city of Megara undertakes numerous efforts to integrate Roma, for example a "
                    "housing program and a ‘Health-Social Center’.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Introduced in 2014, a new ‘Support Center for Roma and Vulnerable Groups’ opened its doors. "
                    "This Support Center successfully uses European funds and hosts a number of experts to help "
                    "include Roma and other disadvantaged groups. The overall goals of the Support Center are to "
                    "reduce exlusion, to facilitate Roma by helping them in juristic matters and to help small "
                    "entrepreneurs to organize their businesses and train unemployed in economic activities. To "
                    "achieve these goals the Support Center employs a Sociologist, a Psychologist, a lawyer, an "
                    "economist, a Doctor, a Trainer and a Roma facilitator.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": "<p>The Alliance welcomes the city of Megara and hopes that it can benefit from this network.</p>",
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The city of Megara is located 40km west of Athens, with a total population of 40.000 people. "
                    "The number of Roma in Megara, according to unofficial data, is about 1.800.</p>"
                ),
            },
        ],
        "people": ["stamoulis-grigorios", "jean-claude-frecon"],
        "participants": ["megara"],
        "event": None,
        "countries": ["GR"],
        "topics": ["housing", "european-funds", "health", "employment"],
    },
    {
        "type": "interview",
        "slug": "interview-with-dobrica-milovanovic-narrowly-focused-interventions-do-not-bring-big-changes",
        "title": "Interview with Dobrica Milovanovic: “Narrowly focused interventions do not bring big changes.”",
        "date": "2014-11-25",
        "teaser": (
            "In an interview with the Alliance for Roma Inclusion, Congress member Dobrica Milovanovic from Serbia "
            "advocates for a comprehensive approach to Roma Inclusion on local level, to avoid merely temporary "
            "achievements. According to him, it is crucial to adopt an approach that features multiple stakeholders "
            "and perspectives. He refers to the good..."
        ),
        "lead_image_credit": "© CoE",
        "body": [],
        "people": ["dobrica-milovanovic"],
        "participants": [],
        "event": None,
        "countries": ["RS"],
        "topics": [],
        "kind": "interview",
        "speaker": "dobrica-milovanovic",
        "speaker_role": "Congress member",
        "pull_quote": "Narrowly focused interventions do not bring big changes.",
    },
    {
        "type": "interview",
        "slug": "interview-w-ludmila-sfirloaga-on-roma-inclusion",
        "title": "Interview w Ludmila Sfirloaga on Roma Inclusion",
        "date": "2014-10-22",
        "teaser": (
            "On the occasion of the 27th Congress Session, Congress Bureau member Ludmila Sfirloaga stated why she "
            "thinks cities and regions from Europe should join the Alliance for Roma Inclusion in order to integrate "
            "Roma into mainstream society. Mrs. Sfirloaga is a regional councillor of Prahova, Romania, where also the "
            "newest Alliance participant..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": ["ludmila-sfirloaga"],
        "participants": ["ploiesti"],
        "event": "27th-congress-session",
        "countries": ["RO"],
        "topics": [],
        "kind": "interview",
        "speaker": "ludmila-sfirloaga",
        "speaker_role": "Congress Bureau member",
        "pull_quote": "",
    },
    {
        "type": "news",
        "slug": "romanian-city-of-ploiesti-newest-participant-of-the-alliance",
        "title": "Romanian city of Ploiesti newest participant of the Alliance",
        "date": "2014-10-15",
        "teaser": (
            "The city of Ploiesti, Romania, joined the European Alliance of Cities and Regions for Roma Inclusion to "
            "raise its number of participants to 123. Mayor Iulian Badescu writes in his letter to Congress-President "
            "van Staa that Ploiesti “intends to make efforts in order to increase the visibility of the Roma community "
            "issues by involving..."
        ),
        "lead_image_credit": "Council of Europe",
        "body": [],
        "people": ["iulian-badescu", "van-staa"],
        "participants": ["ploiesti"],
        "event": None,
        "countries": ["RO"],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "alliance-strategic-guidelines-for-the-period-2014-2020-formally-endorsed-by-the-congress-bureau",
        "title": "Alliance strategic guidelines for the period 2014/2020 formally endorsed by the Congress Bureau",
        "date": "2014-09-11",
        "teaser": (
            "After a preliminary examination in June 2014 and subsequent amendments based on feedbacks from "
            "participating cities and regions, the Alliance strategic guidelines for the period of 2014-2020 have been "
            "officially approved by the Congress-Bureau on 8 September 2014. Those guidelines will be discussed at the "
            "first biennial conference of the..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": [],
        "participants": [],
        "event": None,
        "countries": [],
        "topics": ["strategy"],
    },
    {
        "type": "news",
        "slug": (
            "alliance-participants-invited-to-high-level-conference-taking-stock-of-joint-european-commission-council-"
            "of-europe-romact-programme-brussels-2-3-october-2014"
        ),
        "title": (
            "Alliance participants invited to high-level conference taking stock of Joint European Commission/Council "
            "of Europe ROMACT Programme, Brussels, 2-3 October 2014"
        ),
        "date": "2014-07-31",
        "teaser": (
            "The cities and regions participating in the Alliance have all been invited to participate in a "
            "high-level conference, to be organised by the European Commission with the support of the Council of "
            "Europe, on 2 and 3 October 2014 in Brussels.\n\n"
            "This conference will take stock of progress and lessons learnt from the first year of..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": [],
        "participants": [],
        "event": "romact-high-level-conference-brussels-2014",
        "countries": [],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "alliance-cities-and-regions-strengthen-their-cooperation",
        "title": "Alliance Cities and Regions strengthen their cooperation",
        "date": "2014-07-01",
        "teaser": (
            "In addition to preparing strategic guidelines on Alliance internal functioning and future activities, "
            "the Alliance participants have agreed to strengthen their cooperation through the use of an intranet "
            "website, to be put online in the course of July. This tool will allow them to be most effective in "
            "sharing key..."
        ),
        "lead_image_credit": "",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>In addition to preparing strategic guidelines on Alliance internal functioning and future "
                    "activities, the Alliance participants have agreed to strengthen their cooperation through the use "
                    "of an intranet website, to be put online in the course of July. This tool will allow them to be "
                    "most effective in sharing key information about their respective projects and policies for Roma "
                    "inclusion at local and regional level, with a view to better learn from each other.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The exchange of views and experience on aspects such as needs-assessment, planning processes, "
                    "funding schemes, challenges, successes, and lessons learnt shall contribute significantly to "
                    "mutual learning and improvement of projects and policies. This intranet website will also provide "
                    "basic data about the profiles of participating cities and regions as well as information on "
                    "various topics of key importance for local policies and projects for Roma inclusion, including "
                    "data on the access to and use of European funds. Alliance participants will also be able to use "
                    "this website to identify potential partners for joint projects and related activities.</p>"
                ),
            },
        ],
        "people": [],
        "participants": [],
        "event": None,
        "countries": [],
        "topics": ["strategy", "european-funds"],
    },
    {
        "type": "news",
        "slug": (
            "john-warmisham-presented-alliance-strategic-guidelines-to-the-congress-bureau-meeting-in-baku-17-june-2014"
        ),
        "title": "John Warmisham presented Alliance Strategic Guidelines to the Congress Bureau Meeting in Baku, 17 June 2014",
        "date": "2014-06-13",
        "teaser": (
            "At the meeting of the Bureau of the Congress of Local and Regional Authorities in Baku (Azerbaijan) on "
            "17 June 2014, John Warmisham, Congress Vice-President and Rapporteur on Roma issues presented a "
            "strategic document of the Alliance that defines key areas of activity for the upcoming years, as well as "
            "guidelines..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": ["john-warmisham"],
        "participants": [],
        "event": "congress-bureau-meeting-baku-2014",
        "countries": [],
        "topics": ["strategy"],
    },
    {
        "type": "news",
        "slug": "alliance-taskforce-participated-in-egam-conference-in-prague-12-15-june-2014",
        "title": "Alliance Taskforce participated in EGAM conference in Prague, 12-15 June 2014",
        "date": "2014-06-13",
        "teaser": (
            "The Alliance Taskforce participated at an international conference of the European Grassroots "
            "Antiracist Movement (EGAM) in Prague, 12-15 June 2014, that addressed the rise in racist violence and "
            "hate speech against Roma communities across Europe. The participants also exchanged views on the "
            "success and lessons..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": [],
        "participants": [],
        "event": "egam-conference-prague-2014",
        "countries": [],
        "topics": ["racism-and-discrimination"],
    },
    {
        "type": "news",
        "slug": (
            "congress-secretary-general-and-alliance-taskforce-meet-a-delegation-of-bulgarian-mayors-to-discuss-roma-"
            "inclusion"
        ),
        "title": (
            "Congress Secretary General and Alliance Taskforce meet a delegation of Bulgarian mayors to discuss Roma "
            "inclusion"
        ),
        "date": "2014-06-05",
        "teaser": (
            "On 4 June 2014, the Congress Secretary General Andreas Kiefer and the Alliance Taskforce meet with a "
            "group of 56 Mayors from Bulgaria and the Bulgarian Ambassador to the Council of Europe Krassimira "
            "Beshkova to discuss Congress monitoring of local and regional democracy but also the role of local and "
            "regional..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": ["andreas-kiefer", "krassimira-beshkova"],
        "participants": [],
        "event": "meeting-bulgarian-mayors-2014",
        "countries": ["BG"],
        "topics": [],
    },
    {
        "type": "news",
        "slug": "alliance-2nd-national-workshop-in-spain-to-discuss-access-to-european-structural-funds-madrid-28-may-2014",
        "title": (
            "Alliance 2nd national workshop in Spain to discuss access to European Structural Funds, Madrid, 28 May "
            "2014"
        ),
        "date": "2014-05-22",
        "teaser": (
            "The European Alliance of Cities and Regions for Roma Inclusion held its 2nd Spanish national on 28 May "
            "2014 in Madrid to discuss improved access of local and regional authorities to European structural and "
            "investments funds.\n\n"
            "This event was organised in cooperation with..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": [],
        "participants": [],
        "event": "alliance-2nd-national-workshop-spain-madrid-2014",
        "countries": ["ES"],
        "topics": ["european-funds"],
    },
    {
        "type": "news",
        "slug": "alliance-invited-to-the-ecri-seminar-on-the-fight-against-racism-and-intolerance-at-local-level",
        "title": "Alliance invited to the ECRI seminar on the fight against racism and intolerance at local level",
        "date": "2014-05-21",
        "teaser": (
            "The Alliance participated in the seminar of the European Commission against Racism and Intolerance "
            "(ECRI) on the role of national Specialised Bodies in supporting local authorities in the fight against "
            "racism and intolerance, held in Strasbourg on 22-23 May 2014. The Alliance representative, Mr Denis "
            "HUBER,..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": ["denis-huber"],
        "participants": [],
        "event": "ecri-seminar-strasbourg-2014",
        "countries": [],
        "topics": ["racism-and-discrimination"],
    },
    {
        "type": "news",
        "slug": "the-alliance-participated-in-the-7th-cahrom-meeting-14-16-may",
        "title": "The Alliance participated in the 7th CAHROM meeting, 14-16 May",
        "date": "2014-05-14",
        "teaser": (
            "The Alliance Taskforce has participated in the 7th meeting of the Ad Hoc Committee of Experts on Roma "
            "Issues (CAHROM) that took place on 14-16 May 2014 in Strasbourg. On 14th May Denis Huber, Executive "
            "Secretary of the Chamber of Regions and Head of the Department for..."
        ),
        "lead_image_credit": "",
        "body": [],
        "people": ["denis-huber"],
        "participants": [],
        "event": "7th-meeting-cahrom-strasbourg-2014",
        "countries": [],
        "topics": [],
    },
]
