"""French texts of the demo content, read by home/demo/french_loader.py.

Each key is the English text of one segment exactly as wagtail-localize
stores it (`String.data`): one paragraph of rich text, a title, a teaser in
which line breaks are `<br/>`. A string missing here stays English in the
French page, which is wagtail-localize's own fallback. Names of people and
places are not translated. Terms are the Council of Europe's own."""

from .information import FRENCH as INFORMATION

# The items of a form's drop-down list, translated one by one (see
# FrenchDemoLoader.french_text): the list itself is a single segment.
CHOICES = {
    "City": "Ville",
    "Municipality": "Municipalité",
    "Region": "Région",
}

# The demo topics (home/demo/content.py TOPICS); their slugs stay English.
TOPICS = {
    "Housing": "Logement",
    "Education": "Éducation",
    "Employment": "Emploi",
    "Health": "Santé",
    "Political participation": "Participation politique",
    "European funds": "Fonds européens",
    "Youth": "Jeunesse",
    "Women": "Femmes",
    "Anti-Gypsyism": "Antitsiganisme",
    "Racism and discrimination": "Racisme et discrimination",
    "Roma networks": "Réseaux roms",
    "Strategy": "Stratégie",
}

COUNTRIES = {
    "Albania": "Albanie",
    "Andorra": "Andorre",
    "Armenia": "Arménie",
    "Austria": "Autriche",
    "Azerbaijan": "Azerbaïdjan",
    "Belgium": "Belgique",
    "Bosnia and Herzegovina": "Bosnie-Herzégovine",
    "Bulgaria": "Bulgarie",
    "Croatia": "Croatie",
    "Cyprus": "Chypre",
    "Czech Republic": "République tchèque",
    "Denmark": "Danemark",
    "Estonia": "Estonie",
    "Finland": "Finlande",
    "France": "France",
    "Georgia": "Géorgie",
    "Germany": "Allemagne",
    "Greece": "Grèce",
    "Hungary": "Hongrie",
    "Iceland": "Islande",
    "Ireland": "Irlande",
    "Italy": "Italie",
    "Latvia": "Lettonie",
    "Liechtenstein": "Liechtenstein",
    "Lithuania": "Lituanie",
    "Luxembourg": "Luxembourg",
    "Malta": "Malte",
    "Republic of Moldova": "République de Moldova",
    "Monaco": "Monaco",
    "Montenegro": "Monténégro",
    "Netherlands": "Pays-Bas",
    "North Macedonia": "Macédoine du Nord",
    "Norway": "Norvège",
    "Poland": "Pologne",
    "Portugal": "Portugal",
    "Romania": "Roumanie",
    "San Marino": "Saint-Marin",
    "Serbia": "Serbie",
    "Slovak Republic": "République slovaque",
    "Slovenia": "Slovénie",
    "Spain": "Espagne",
    "Sweden": "Suède",
    "Switzerland": "Suisse",
    "Türkiye": "Türkiye",
    "Ukraine": "Ukraine",
    "United Kingdom": "Royaume-Uni",
}

SITE = {
    # The home page and the index pages
    "European Alliance of Cities and Regions for Roma Inclusion": (
        "Alliance européenne des villes et régions pour l’inclusion des Roms"
    ),
    "News": "Actualités",
    "Events": "Événements",
    "Participants": "Participants",
    # Site-wide content
    (
        'The "Alliance" fights discrimination against Roma at the local and regional levels, promotes their '
        "inclusion and raises awareness of these communities among local and regional authorities."
    ): (
        "L’« Alliance » lutte contre la discrimination à l’égard des Roms aux niveaux local et régional, promeut leur "
        "inclusion et sensibilise les collectivités locales et régionales à ces communautés."
    ),
    (
        "The Alliance operates under the auspices of the Congress of Local and Regional Authorities of the Council "
        "of Europe."
    ): ("L’Alliance agit sous les auspices du Congrès des pouvoirs locaux et régionaux du Conseil de l’Europe."),
    "Please note": "Remarque",
    (
        "The term “Roma and Travellers” is used at the Council of Europe to encompass the wide diversity of the "
        "groups covered by the work of the Council of Europe in this field including Roma, Sinti/Manush, Calé, "
        "Kaale, Romanichals, Boyash/Rudari, Balkan Egyptians (Egyptians and Ashkali), Eastern groups (Dom, Lom and "
        "Abdal), groups such as Travellers, Yenish, and the populations designated under the administrative term "
        "“Gens du voyage”, as well as persons who identify themselves as Gypsies."
    ): (
        "Le terme « Roms et Gens du voyage » est utilisé au Conseil de l’Europe pour englober la grande diversité des "
        "groupes couverts par les travaux du Conseil de l’Europe dans ce domaine, notamment les Roms, les "
        "Sintés/Manouches, les Calés, les Kaalés, les Romanichels, les Béash/Rudars, les Égyptiens des Balkans "
        "(Égyptiens et Ashkalis), les groupes orientaux (Doms, Loms et Abdals), des groupes tels que les Travellers "
        "et les Yéniches, et les populations désignées par le terme administratif de « Gens du voyage », ainsi que "
        "les personnes qui s’auto-identifient comme Tsiganes."
    ),
    "Join the Alliance": "Rejoindre l’Alliance",
    "If you wish your local or regional authority to become an Alliance participant, please use this form.": (
        "Si vous souhaitez que votre collectivité locale ou régionale devienne participante de l’Alliance, veuillez "
        "utiliser ce formulaire."
    ),
    "Cooperate as NGO": "Coopérer en tant qu’ONG",
    "Please use this form in order to propose a cooperation between your NGO and the Alliance.": (
        "Veuillez utiliser ce formulaire pour proposer une coopération entre votre ONG et l’Alliance."
    ),
    "If your city/region is interested in participating in the Alliance, please do not hesitate to contact us:": (
        "Si votre ville ou votre région souhaite participer à l’Alliance, n’hésitez pas à nous contacter :"
    ),
    # The two forms
    "New submission: Join the Alliance": "Nouvelle demande : Rejoindre l’Alliance",
    "New submission: Cooperate as NGO": "Nouvelle demande : Coopérer en tant qu’ONG",
    "Thank you: we have received your message and will answer you soon.": (
        "Merci : nous avons bien reçu votre message et vous répondrons prochainement."
    ),
    "Name of the local or regional authority": "Nom de la collectivité locale ou régionale",
    "Kind of authority": "Type de collectivité",
    "Country": "Pays",
    "Population": "Population",
    "Contact person": "Personne de contact",
    "Role of the contact person": "Fonction de la personne de contact",
    "E-mail": "Courriel",
    "Phone": "Téléphone",
    "Motivation": "Motivation",
    "I agree that the Council of Europe stores these data to process this application": (
        "J’accepte que le Conseil de l’Europe conserve ces données pour traiter cette candidature"
    ),
    "Organisation": "Organisation",
    "Fields of work": "Domaines d’activité",
    "The cooperation you propose": "La coopération que vous proposez",
    "I agree that the Council of Europe stores these data to process this proposal": (
        "J’accepte que le Conseil de l’Europe conserve ces données pour traiter cette proposition"
    ),
}

PARTICIPANTS = {
    # Ploiesti
    "Ploiesti": "Ploiești",
    (
        "The city of Ploiesti, Romania, joined the European Alliance of Cities and Regions for Roma Inclusion to "
        "raise its number of participants to 123."
    ): (
        "La ville de Ploiești (Roumanie) a rejoint l’Alliance européenne des villes et régions pour l’inclusion des "
        "Roms, qui compte désormais 123 participants."
    ),
    (
        "The city of Ploiesti, Romania, joined the European Alliance of Cities and Regions for Roma Inclusion to "
        "raise its number of participants to 123. Mayor Iulian Badescu writes in his letter to Congress-President "
        "van Staa that Ploiesti “intends to make efforts in order to increase the visibility of the Roma community "
        "issues by involving..."
    ): (
        "La ville de Ploiești (Roumanie) a rejoint l’Alliance européenne des villes et régions pour l’inclusion des "
        "Roms, qui compte désormais 123 participants. Dans sa lettre au Président du Congrès, M. van Staa, le maire "
        "Iulian Badescu écrit que Ploiești « entend s’efforcer de rendre plus visibles les questions relatives à la "
        "communauté rom en associant..."
    ),
    # Megara
    "Megara": "Mégare",
    (
        "The city of Megara is located 40km west of Athens, with a total population of 40.000 people. The number "
        "of Roma in Megara, according to unofficial data, is about 1.800."
    ): (
        "La ville de Mégare se trouve à 40 km à l’ouest d’Athènes et compte 40 000 habitants au total. Selon des "
        "données non officielles, environ 1 800 Roms vivent à Mégare."
    ),
    (
        "The European Alliance of Cities and Regions for Roma Inclusion is happy to announce its 124th participant, "
        "as the Greek city of Megara decided to join the initiative to learn mutually about Roma inclusion. In his "
        "letter to Congress President Jean-Claude Frécon, mayor Stamoulis Grigorios wrote that the city of Megara "
        "undertakes numerous efforts to integrate Roma, for example a housing program and a ‘Health-Social Center’."
    ): (
        "L’Alliance européenne des villes et régions pour l’inclusion des Roms a le plaisir d’annoncer son "
        "124e participant : la ville grecque de Mégare a décidé de rejoindre l’initiative pour apprendre, avec les "
        "autres, comment favoriser l’inclusion des Roms. Dans sa lettre au Président du Congrès, Jean-Claude Frécon, "
        "le maire Stamoulis Grigorios écrit que la ville de Mégare mène de nombreuses actions pour l’intégration des "
        "Roms, par exemple un programme de logement et un « Centre médico-social »."
    ),
    (
        "Introduced in 2014, a new ‘Support Center for Roma and Vulnerable Groups’ opened its doors. This Support "
        "Center successfully uses European funds and hosts a number of experts to help include Roma and other "
        "disadvantaged groups. The overall goals of the Support Center are to reduce exlusion, to facilitate Roma "
        "by helping them in juristic matters and to help small entrepreneurs to organize their businesses and "
        "train unemployed in economic activities. To achieve these goals the Support Center employs a Sociologist, "
        "a Psychologist, a lawyer, an economist, a Doctor, a Trainer and a Roma facilitator."
    ): (
        "Créé en 2014, un nouveau « Centre d’aide aux Roms et aux groupes vulnérables » a ouvert ses portes. Ce "
        "centre fait un usage fructueux des fonds européens et accueille plusieurs spécialistes qui aident à "
        "l’inclusion des Roms et d’autres groupes défavorisés. Il a pour objectifs de réduire l’exclusion, "
        "d’accompagner les Roms dans leurs démarches juridiques, d’aider les petits entrepreneurs à organiser leur "
        "activité et de former les chômeurs à des activités économiques. Pour y parvenir, le centre emploie un "
        "sociologue, un psychologue, un avocat, un économiste, un médecin, un formateur et un médiateur rom."
    ),
    "The Alliance welcomes the city of Megara and hopes that it can benefit from this network.": (
        "L’Alliance souhaite la bienvenue à la ville de Mégare et espère qu’elle pourra tirer profit de ce réseau."
    ),
    "Support Center for Roma and Vulnerable Groups": "Centre d’aide aux Roms et aux groupes vulnérables",
    "Housing program": "Programme de logement",
    "Health-Social Center": "Centre médico-social",
    # Daugavpils
    (
        "The European Alliance of cities and regions for Roma Inclusion welcomes the city of Daugavpils among its "
        "participants. Daugavpils is a city in the South of Latvia with almost 100.000 inhabitants."
    ): (
        "L’Alliance européenne des villes et régions pour l’inclusion des Roms accueille la ville de Daugavpils parmi "
        "ses participants. Daugavpils est une ville du sud de la Lettonie qui compte près de 100 000 habitants."
    ),
    (
        "The European Alliance of cities and regions for Roma Inclusion welcomes the city of Daugavpils among its "
        "participants. Daugavpils is a city in the South of Latvia with almost 100.000 inhabitants. The work on "
        "Roma Inclusion concentrates at the level of the department of the education, which allowed the admission "
        "of 120 young Roma in..."
    ): (
        "L’Alliance européenne des villes et régions pour l’inclusion des Roms accueille la ville de Daugavpils parmi "
        "ses participants. Daugavpils est une ville du sud de la Lettonie qui compte près de 100 000 habitants. Le "
        "travail en faveur de l’inclusion des Roms y est mené par le service de l’éducation, ce qui a permis "
        "l’admission de 120 jeunes Roms dans..."
    ),
    # Anderlecht
    "Brussels-Capital": "Bruxelles-Capitale",
    (
        "Anderlecht is situated in the region of Brussels-capital. With 113.183 inhabitants it is one of the "
        "biggest cities in Belgium."
    ): (
        "Anderlecht est située dans la Région de Bruxelles-Capitale. Avec 113 183 habitants, c’est l’une des plus "
        "grandes villes de Belgique."
    ),
    (
        "The Alliance is pleased to welcome the Belgian city of Anderlecht as the 126th participant. Anderlecht is "
        "situated in the region of Brussels-capital. With 113.183 inhabitants it is one of the biggest cities in "
        "Belgium."
    ): (
        "L’Alliance a le plaisir d’accueillir la ville belge d’Anderlecht, son 126e participant. Anderlecht est "
        "située dans la Région de Bruxelles-Capitale. Avec 113 183 habitants, c’est l’une des plus grandes villes "
        "de Belgique."
    ),
    "Since 2011, there is an action plan, set up by the local authorities, favouring the inclusion of the resident...": (
        "Depuis 2011, un plan d’action mis en place par les autorités locales favorise l’inclusion des résidents..."
    ),
    "Action plan": "Plan d’action",
    # Tivat
    "Roma or Egyptians": "Roms ou Égyptiens",
    "While the municipality of Tivat has just 14.111 inhabitants, nearly 400 of them are Roma or Egyptians.": (
        "La municipalité de Tivat ne compte que 14 111 habitants, dont près de 400 sont Roms ou Égyptiens."
    ),
    (
        "While the municipality of Tivat has just 14.111 inhabitants, nearly 400 of them are Roma or Egyptians. The "
        "Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the NGO ‘CSO Young "
        "Roma’, shows Tivat’s motivation to tackle the exclusion of Roma from multiple perspectives."
    ): (
        "La municipalité de Tivat ne compte que 14 111 habitants, dont près de 400 sont Roms ou Égyptiens. Le plan "
        "d’action local, élaboré en 2011 avec l’Association des Égyptiens et l’ONG « CSO Young Roma », montre la "
        "volonté de Tivat de s’attaquer à l’exclusion des Roms sous de multiples angles."
    ),
    "Local Action Plan": "Plan d’action local",
    (
        "The Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the NGO ‘CSO Young "
        "Roma’, shows Tivat’s motivation to tackle the exclusion of Roma from multiple perspectives."
    ): (
        "Le plan d’action local, élaboré en 2011 avec l’Association des Égyptiens et l’ONG « CSO Young Roma », "
        "montre la volonté de Tivat de s’attaquer à l’exclusion des Roms sous de multiples angles."
    ),
    # Tivat's partner NGO (its name stays as the NGO writes it)
    (
        "The Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the NGO "
        "‘CSO Young Roma’"
    ): "Le plan d’action local, élaboré en 2011 avec l’Association des Égyptiens et l’ONG « CSO Young Roma »",
}

NEWS = {
    # Tivat
    "The municipality of Tivat is the 127th participant of the Alliance": (
        "La municipalité de Tivat est le 127e participant de l’Alliance"
    ),
    (
        "While the municipality of Tivat has just 14.111 inhabitants, nearly 400 of them are Roma or Egyptians. The "
        "Local Action Plan, created 2011 in cooperation with the Association of Egyptians and the NGO ‘CSO Young "
        "Roma’, shows Tivat’s motivation to tackle the exclusion of Roma from multiple perspectives.<br/><br/>"
        "Tivat successfully..."
    ): (
        "La municipalité de Tivat ne compte que 14 111 habitants, dont près de 400 sont Roms ou Égyptiens. Le plan "
        "d’action local, élaboré en 2011 avec l’Association des Égyptiens et l’ONG « CSO Young Roma », montre la "
        "volonté de Tivat de s’attaquer à l’exclusion des Roms sous de multiples angles.<br/><br/>"
        "Tivat a réussi..."
    ),
    # Megara (the body is the participant's, above)
    "The greek city of Megara is the newest Alliance participant": (
        "La ville grecque de Mégare est le nouveau participant de l’Alliance"
    ),
    (
        "The European Alliance of Cities and Regions for Roma Inclusion is happy to announce its 124th participant, "
        "as the Greek city of Megara decided to join the initiative to learn mutually about Roma inclusion. In his "
        "letter to Congress President Jean-Claude Frécon, mayor Stamoulis Grigorios wrote that the city of Megara "
        "undertakes numerous..."
    ): (
        "L’Alliance européenne des villes et régions pour l’inclusion des Roms a le plaisir d’annoncer son "
        "124e participant : la ville grecque de Mégare a décidé de rejoindre l’initiative pour apprendre, avec les "
        "autres, comment favoriser l’inclusion des Roms. Dans sa lettre au Président du Congrès, Jean-Claude Frécon, "
        "le maire Stamoulis Grigorios écrit que la ville de Mégare mène de nombreuses..."
    ),
    # Anderlecht
    "The Alliance welcomes Anderlecht among its participants": "L’Alliance accueille Anderlecht parmi ses participants",
    (
        "The Alliance is pleased to welcome the Belgian city of Anderlecht as the 126th participant. Anderlecht is "
        "situated in the region of Brussels-capital. With 113.183 inhabitants it is one of the biggest cities in "
        "Belgium.<br/><br/>Since 2011, there is an action plan, set up by the local authorities, favouring the "
        "inclusion of the resident..."
    ): (
        "L’Alliance a le plaisir d’accueillir la ville belge d’Anderlecht, son 126e participant. Anderlecht est "
        "située dans la Région de Bruxelles-Capitale. Avec 113 183 habitants, c’est l’une des plus grandes villes "
        "de Belgique.<br/><br/>Depuis 2011, un plan d’action mis en place par les autorités locales favorise "
        "l’inclusion des résidents..."
    ),
    # Daugavpils (the teaser is the participant's body, above)
    "Daugavpils: the first new participant of the Alliance in 2015": (
        "Daugavpils : premier nouveau participant de l’Alliance en 2015"
    ),
    # Ploiesti (the teaser is the participant's body, above)
    "Romanian city of Ploiesti newest participant of the Alliance": (
        "La ville roumaine de Ploiești, nouveau participant de l’Alliance"
    ),
    "Council of Europe": "Conseil de l’Europe",
    # Interview: Dobrica Milovanovic
    "Interview with Dobrica Milovanovic: “Narrowly focused interventions do not bring big changes.”": (
        "Entretien avec Dobrica Milovanovic : « Des interventions trop ciblées n’apportent pas de grands "
        "changements. »"
    ),
    (
        "In an interview with the Alliance for Roma Inclusion, Congress member Dobrica Milovanovic from Serbia "
        "advocates for a comprehensive approach to Roma Inclusion on local level, to avoid merely temporary "
        "achievements. According to him, it is crucial to adopt an approach that features multiple stakeholders and "
        "perspectives. He refers to the good..."
    ): (
        "Dans un entretien avec l’Alliance pour l’inclusion des Roms, Dobrica Milovanovic, membre serbe du Congrès, "
        "plaide pour une approche globale de l’inclusion des Roms au niveau local, afin d’éviter des acquis "
        "seulement temporaires. Selon lui, il est essentiel d’adopter une approche associant de multiples acteurs "
        "et points de vue. Il cite les bonnes..."
    ),
    "Congress member": "Membre du Congrès",
    "Narrowly focused interventions do not bring big changes.": (
        "Des interventions trop ciblées n’apportent pas de grands changements."
    ),
    # Interview: Juliana Hoxha
    "Juliana Hoxha: “Roma should be part of the priority-setting process.”": (
        "Juliana Hoxha : « Les Roms doivent prendre part à la définition des priorités. »"
    ),
    (
        "On the occasion of the 28th Congress Session, Congress member and municipal councilor from Tirana "
        "(Albania) Juliana Hoxha expressed her thoughts on various issues Roma are still facing in Albania. "
        "Although Roma in some places represent a significant electoral force, they remain largely marginalized "
        "when talking about effective participation..."
    ): (
        "À l’occasion de la 28e session du Congrès, Juliana Hoxha, membre du Congrès et conseillère municipale de "
        "Tirana (Albanie), a livré ses réflexions sur les nombreux problèmes auxquels les Roms sont encore confrontés "
        "en Albanie. Bien qu’ils représentent par endroits une force électorale importante, les Roms restent "
        "largement marginalisés lorsqu’il s’agit de participation effective..."
    ),
    "Congress member and municipal councilor from Tirana": "Membre du Congrès et conseillère municipale de Tirana",
    "Roma should be part of the priority-setting process.": (
        "Les Roms doivent prendre part à la définition des priorités."
    ),
    # Statement: Jean-Claude Frécon
    "Jean-Claude Frécon: ''Roma inclusion demands real efforts by towns and regions''": (
        "Jean-Claude Frécon : « L’inclusion des Roms exige de réels efforts de la part des villes et des régions »"
    ),
    (
        '"Roma inclusion demands real efforts on the part of towns and regions: it is on their territories and '
        "with their infrastructure that practical responses can be provided'', Jean-Claude Frécon, President of "
        "the Congress, said on the occasion of International Roma Day on 8 April 2015. ''These efforts are "
        "central to the Alliance for Roma..."
    ): (
        "« L’inclusion des Roms exige de réels efforts de la part des villes et des régions : c’est sur leurs "
        "territoires et avec leurs infrastructures que des réponses concrètes peuvent être apportées », a déclaré "
        "Jean-Claude Frécon, Président du Congrès, à l’occasion de la Journée internationale des Roms, le "
        "8 avril 2015. « Ces efforts sont au cœur de l’Alliance pour l’inclusion des Roms..."
    ),
    "President of the Congress": "Président du Congrès",
    "Roma inclusion demands real efforts by towns and regions": (
        "L’inclusion des Roms exige de réels efforts de la part des villes et des régions"
    ),
}

EVENTS = {
    # Tirana, 2018
    "Seminar on Roma Inclusion at the local level": "Séminaire sur l’inclusion des Roms au niveau local",
    (
        "Co-organised by the Congress and the City of Tirana, within the framework of the European Alliance of Cities "
        "and Regions for Roma Inclusion, this seminar aims to allow an exchange between Albanian mayors, for a better "
        "integration of Roma and to discuss the creation of a national Albanian network for Roma inclusion."
    ): (
        "Co-organisé par le Congrès et la Ville de Tirana dans le cadre de l’Alliance européenne des villes et régions "
        "pour l’inclusion des Roms, ce séminaire permet aux maires albanais d’échanger sur une meilleure intégration "
        "des Roms et de discuter de la création d’un réseau national albanais pour l’inclusion des Roms."
    ),
    (
        "John WARMISHAM (United Kingdom, SOC), Congress Spokesperson on Roma and Traveller issues, addressed Albanian "
        "mayors at the Seminar on Roma Inclusion at the local level, in Tirana, Albania, on 11 October 2018. "
        "Co-organised by the Congress and the City of Tirana, within the framework of the European Alliance of Cities "
        "and Regions for Roma Inclusion, this seminar aims to allow an exchange between Albanian mayors, for a better "
        "integration of Roma and to discuss the creation of a national Albanian network for Roma inclusion."
    ): (
        "John WARMISHAM (Royaume-Uni, SOC), porte-parole du Congrès sur les questions relatives aux Roms et aux Gens "
        "du voyage, s’est adressé aux maires albanais lors du Séminaire sur l’inclusion des Roms au niveau local, à "
        "Tirana (Albanie), le 11 octobre 2018. Co-organisé par le Congrès et la Ville de Tirana dans le cadre de "
        "l’Alliance européenne des villes et régions pour l’inclusion des Roms, ce séminaire permet aux maires "
        "albanais d’échanger sur une meilleure intégration des Roms et de discuter de la création d’un réseau "
        "national albanais pour l’inclusion des Roms."
    ),
    # CAHROM, Athens, 2018
    "15th Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM)": (
        "15e réunion du Comité ad hoc d’experts sur les questions relatives aux Roms et aux Gens du voyage (CAHROM)"
    ),
    "Athens": "Athènes",
    (
        "‘’The Congress sees the political participation of Roma as one of the key conditions to their inclusion.’’ "
        "stated John WARMISHAM, Congress Thematic Spokesperson on Roma and Travellers, at the 15th Meeting of the Ad "
        "Hoc Committee of Experts on Roma and Traveller Issues (CAHROM), held in Athens on 24 May 2018."
    ): (
        "« Le Congrès considère la participation politique des Roms comme l’une des conditions essentielles de leur "
        "inclusion », a déclaré John WARMISHAM, porte-parole thématique du Congrès sur les Roms et les Gens du "
        "voyage, lors de la 15e réunion du Comité ad hoc d’experts sur les questions relatives aux Roms et aux Gens "
        "du voyage (CAHROM), tenue à Athènes le 24 mai 2018."
    ),
    # 28th Congress Session
    "28th Congress Session": "28e session du Congrès",
    (
        "On the occasion of the 28th Congress Session, Congress member and municipal councilor from Tirana (Albania) "
        "Juliana Hoxha expressed her thoughts on various issues Roma are still facing in Albania."
    ): (
        "À l’occasion de la 28e session du Congrès, Juliana Hoxha, membre du Congrès et conseillère municipale de "
        "Tirana (Albanie), a fait part de ses réflexions sur les difficultés que rencontrent encore les Roms en "
        "Albanie."
    ),
    # AER forum, Strasbourg, 2015
    "AER Equal Opportunities Forum": "Forum de l’ARE sur l’égalité des chances",
    (
        "On 21 April the Assembly of European Regions (AER) will organize its first Equal Opportunities Forum in 2015 "
        "in Strasbourg, dedicated to Roma Inclusion."
    ): (
        "Le 21 avril, l’Assemblée des régions d’Europe (ARE) organisera à Strasbourg son premier Forum de l’égalité "
        "des chances de 2015, consacré à l’inclusion des Roms."
    ),
    (
        "This Forum aims at setting up a network of regions and stakeholders willing to work on a project for Roma "
        "integration through education."
    ): (
        "Ce forum vise à constituer un réseau de régions et d’acteurs prêts à travailler à un projet d’intégration "
        "des Roms par l’éducation."
    ),
    # Malaga, 2015
    "Alliance 3rd national seminar in Spain on access to European funds": (
        "3e séminaire national de l’Alliance en Espagne sur l’accès aux fonds européens"
    ),
    (
        "On 17th February the European Alliance of Cities and Regions for Roma Inclusion in cooperation with the city "
        "of Malaga hosted a national seminar in Spain on the topic of access to European funds."
    ): (
        "Le 17 février, l’Alliance européenne des villes et régions pour l’inclusion des Roms a accueilli, avec la "
        "ville de Malaga, un séminaire national en Espagne consacré à l’accès aux fonds européens."
    ),
    (
        "On 17th February 2015, the European Alliance of Cities and Regions for Roma Inclusion organizes for the third "
        "time a national seminar in Spain on access of local and regional authorities to European investment and "
        "structural funds. Manuel LEZERTUA, Director of the Congress of Local and Regional Authorities will "
        "participate in the event, which..."
    ): (
        "Le 17 février 2015, l’Alliance européenne des villes et régions pour l’inclusion des Roms organise pour la "
        "troisième fois en Espagne un séminaire national sur l’accès des collectivités locales et régionales aux "
        "fonds structurels et d’investissement européens. Manuel LEZERTUA, Directeur du Congrès des pouvoirs locaux "
        "et régionaux, participera à l’événement, qui..."
    ),
    (
        "On 17th February the European Alliance of Cities and Regions for Roma Inclusion in cooperation with the city "
        "of Malaga hosted a national seminar in Spain on the topic of access to European funds. Among the "
        "participants were representatives of all Spanish regions, the cities of Madrid, Barcelona, Alicante &amp;..."
    ): (
        "Le 17 février, l’Alliance européenne des villes et régions pour l’inclusion des Roms a accueilli, avec la "
        "ville de Malaga, un séminaire national en Espagne consacré à l’accès aux fonds européens. Parmi les "
        "participants figuraient des représentants de toutes les régions espagnoles, des villes de Madrid, Barcelone, "
        "Alicante &amp;..."
    ),
    # The events' organisers and speakers' roles not already translated with the people
    "City of Tirana": "Ville de Tirana",
    "City of Malaga": "Ville de Malaga",
    "Assembly of European Regions (AER)": "Assemblée des régions d’Europe (ARE)",
    "Congress Thematic Spokesperson on Roma and Travellers": (
        "Porte-parole thématique du Congrès sur les Roms et les Gens du voyage"
    ),
}

PEOPLE = {
    "Congress Spokesperson on Roma and Traveller issues": (
        "Porte-parole du Congrès sur les questions relatives aux Roms et aux Gens du voyage"
    ),
    "President of the Congress": "Président du Congrès",
    "Congress President": "Président du Congrès",
    "Congress member and municipal councilor from Tirana": "Membre du Congrès et conseillère municipale de Tirana",
    "Congress member": "Membre du Congrès",
    "Congress Bureau member, regional councillor of Prahova": (
        "Membre du Bureau du Congrès, conseillère régionale de Prahova"
    ),
    "Mayor of Megara": "Maire de Mégare",
    "City of Megara": "Ville de Mégare",
    "Mayor of Ploiesti": "Maire de Ploiești",
    "City of Ploiesti": "Ville de Ploiești",
    "President of the Open Society Foundation": "Président de l’Open Society Foundation",
    "Secretary General of the Council of Europe": "Secrétaire Général du Conseil de l’Europe",
    "Council of Europe": "Conseil de l’Europe",
    "Director of the Congress of Local and Regional Authorities": (
        "Directeur du Congrès des pouvoirs locaux et régionaux"
    ),
    "Congress Secretary General": "Secrétaire Général du Congrès",
    "Bulgarian Ambassador to the Council of Europe": "Ambassadrice de Bulgarie auprès du Conseil de l’Europe",
    "Executive Secretary of the Chamber of Regions": "Secrétaire exécutif de la Chambre des régions",
    "Congress of Local and Regional Authorities": "Congrès des pouvoirs locaux et régionaux",
}

FRENCH = {**TOPICS, **COUNTRIES, **SITE, **PARTICIPANTS, **NEWS, **EVENTS, **PEOPLE, **INFORMATION}

# What the loader translates: the page slugs under their index pages (the
# home page, the index pages, the information pages and the forms are always translated).
NEWS_SLUGS = [
    "the-municipality-of-tivat-is-the-127th-participant-of-the-alliance",
    "the-greek-city-of-megara-is-the-newest-alliance-participant",
    "the-alliance-welcomes-anderlecht-among-its-participants",
    "daugavpils-the-first-new-participant-of-the-alliance-in-2015",
    "romanian-city-of-ploiesti-newest-participant-of-the-alliance",
    "interview-with-dobrica-milovanovic-narrowly-focused-interventions-do-not-bring-big-changes",
    "juliana-hoxha-roma-should-be-part-of-the-priority-setting-process",
    "jean-claude-frecon-roma-inclusion-demands-real-efforts-by-towns-and-regions",
]

EVENT_SLUGS = [
    "seminar-roma-inclusion-local-level-tirana-2018",
    "15th-meeting-cahrom-athens-2018",
    "28th-congress-session",
    "aer-equal-opportunities-forum-strasbourg-2015",
    "alliance-3rd-national-seminar-spain-malaga-2015",
]
