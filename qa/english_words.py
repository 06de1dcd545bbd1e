"""English words for cross-lingual questions over Dutch documents: a general English->Dutch vocabulary
(not per question; its worth is measured by bench/ablation.py, family 'word_list') and the English function
words that say nothing of which figure is meant."""

from __future__ import annotations

from pathlib import Path

# General English -> Dutch vocabulary for cross-lingual questions (not per question).
EN_NL: dict[str, str] = {
    "how": "hoe", "many": "hoeveel", "much": "hoeveel", "number": "aantal", "amount": "bedrag",
    "budget": "budget", "started": "opgestart opgestarte in", "start": "opgestart start",
    "starts": "opgestart", "new": "nieuwe", "terminated": "beëindigd beëindigde uit",
    "ended": "beëindigd beëindigde uit", "end": "einde beëindigd", "total": "totaal", "year": "jaar",
    "years": "jaren", "province": "provincie", "agreements": "overeenkomsten begeleidingsovereenkomsten",
    "agreement": "overeenkomst begeleidingsovereenkomst", "guidance": "begeleiding begeleidingsovereenkomsten",
    "companies": "bedrijven ondernemingen", "company": "bedrijf onderneming",
    "unemployment": "werkloosheid", "jobless": "werklozen", "additional": "bijkomende aanvullende extra",
    "organisations": "organisaties", "organisation": "organisatie", "organizations": "organisaties",
    "organization": "organisatie", "supervisor": "begeleider", "supervisors": "begeleiders", "jobseekers": "werkzoekenden",
    "indicated": "geïndiceerde", "advice": "advies", "social": "sociale", "economy": "economie",
    "local": "lokale", "services": "diensten", "service": "dienst", "custom": "maatwerk",
    "sheltered": "maatwerk beschut beschutte", "psychiatric": "psychiatrisch", "hospitals": "ziekenhuis ziekenhuizen",
    "hospital": "ziekenhuis", "comparison": "vergelijking", "table": "tabel", "execution": "uitvoering",
    "payment": "vereffening", "appropriations": "kredieten krediet", "commitment": "vastlegging",
    "programme": "programma", "program": "programma", "whole": "geheel", "outflow": "uitstroom",
    "paid": "betaald betaalde", "work": "werk", "workers": "werknemers werkers", "employees": "werknemers",
    "target": "doelgroep", "group": "groep", "participants": "deelnemers", "participant": "deelnemer",
    "subsidy": "subsidie", "subsidies": "subsidies", "per": "per", "month": "maand", "week": "week",
    "hours": "uur", "hour": "uur", "days": "dagen", "day": "dag", "percentage": "procent percentage",
    "share": "aandeel procent", "rate": "graad", "employment": "werkzaamheidsgraad tewerkstelling",
    "people": "personen mensen", "persons": "personen", "disability": "handicap arbeidsbeperking",
    "departments": "departementen departement", "department": "departement", "merged": "fusioneerde fusie",
    "merge": "fusie", "called": "genaamd", "name": "naam", "resolution": "resolutie", "government": "regering",
    "flemish": "vlaamse", "flanders": "vlaanderen", "parliament": "parlement", "minister": "minister",
    "question": "vraag", "answer": "antwoord", "who": "wie", "which": "welke", "what": "wat welke",
    "when": "wanneer", "where": "waar", "why": "waarom", "take": "deelnemen", "part": "deel",
    "activities": "activiteiten", "work-like": "arbeidsmatige", "worklike": "arbeidsmatige",
    "quick": "quick", "wins": "wins", "realise": "realiseren", "realize": "realiseren",
    "pending": "afwachting", "administrative": "administratief", "policy": "beleid beleidskader",
    "framework": "kader", "single": "eenduidig", "allocation": "toekenning contingent",
    "regular": "regulier reguliere", "include": "inclusief", "included": "inclusief",
    "call": "oproep", "launched": "gelanceerde", "temporary": "tijdelijke", "trajectories": "trajecten",
    "pathways": "trajecten", "transition": "doorstroom", "internships": "stages", "internship": "stage",
    "solvency": "solvabiliteit", "liquidity": "liquiditeit", "profitability": "rendabiliteit",
    "sufficient": "voldoende", "considered": "beschouwd", "wage": "loon", "premium": "premie",
    "premiums": "premies", "individual": "individueel", "collective": "collectief", "available": "beschikbare",
    "credit": "krediet", "expenditure": "uitgaven", "spending": "uitgaven",
    "recognised": "erkend", "recognized": "erkend", "facilities": "voorzieningen", "education": "onderwijs",
    "institutions": "instellingen", "fewer": "minder", "less": "minder", "more": "meer", "than": "dan",
    "expected": "verwacht", "employed": "tewerkgesteld", "decree": "decreet", "support": "ondersteuning steun begeleiding", "investment": "investering investeringen", "investments": "investeringen",
    "entrepreneurship": "ondernemen ondernemerschap", "responsible": "verantwoord", "dated": "dateert",
    "date": "datum", "contingent": "contingent", "quota": "contingent", "fte": "vte", "ftes": "vte",
    "period": "periode", "until": "tot", "since": "sinds", "difference": "verschil", "increase": "toename",
    "decrease": "afname", "average": "gemiddelde", "duration": "duur", "running": "lopende", "ongoing": "lopende", "enterprises": "ondernemingen", "enterprise": "onderneming",
    "active": "actief actieve",
    "brussels": "brussel brussels", "capital": "hoofdstedelijk", "region": "gewest",
    "east": "oost", "west": "west", "flemish-brabant": "vlaams-brabant", "antwerp": "antwerpen",
    "ghent": "gent", "louvain": "leuven", "annex": "bijlage", "appendix": "bijlage",
    "jubilee": "jubileum", "anniversary": "jubileum verjaardag", "principles": "principes",
    "statement": "verklaring engagementsverklaring", "commitment statement": "engagementsverklaring",
    "scientific": "wetenschappelijk", "research": "onderzoek", "encourage": "aanmoedigen",
    "fully": "volledig", "used": "opgebruikt gebruikt benut uitgevoerd uitvoering", "planned": "voorzien", "provided": "voorzien", "budgeted": "voorzien begroot budget",
    "foreseen": "voorzien",
    "granted": "toegekend", "awarded": "toegekend", "allocated": "toegekend",
    "requested": "aangevraagd", "applied": "aangevraagd", "applications": "aanvragen", "remaining": "resterend",
    "rejected": "afgewezen", "withdrawn": "teruggetrokken", "received": "ontvangen", "spent": "uitgegeven",
    "activity": "activiteit activiteiten", "complaints": "klachten", "complaint": "klacht",
    "employers": "werkgevers", "employer": "werkgever", "inspection": "inspectie", "working": "werkenden werkende",
    # the federal answers' common words (justice, police, health, mobility, asylum)
    "reserve": "voorzien gereserveerd", "reserved": "voorzien gereserveerd", "earmarked": "voorzien bestemd begroot begroting", "aside": "voorzien",
    "committed": "vastgelegd vastlegging", "commitments": "vastleggingen", "subsidising": "subsidiëren subsidie", "subsidizing": "subsidiëren subsidie", "police": "politie",
    "officers": "agenten politiemensen manschappen", "removal": "verwijdering", "removals": "verwijderingen",
    "forced": "gedwongen", "postponed": "uitgesteld", "death": "overlijden", "deaths": "overlijdens doden",
    "died": "overleden stierven", "cancer": "kanker", "medicine": "geneesmiddel", "medicines": "geneesmiddelen",
    "drugs": "drugs geneesmiddelen", "advertising": "reclame", "notifications": "notificaties meldingen",
    "remarks": "opmerkingen", "accidents": "ongevallen", "vehicle": "voertuig", "vehicles": "voertuigen",
    "cost": "kost kosten", "costs": "kosten", "test": "test", "tests": "testen tests", "blood": "bloed",
    "euros": "euro", "saliva": "speeksel", "interceptions": "onderscheppingen", "prisoners": "gedetineerden gevangenen",
    "prison": "gevangenis", "prisons": "gevangenissen", "court": "rechtbank hof", "courts": "rechtbanken hoven",
    "judge": "rechter", "judges": "rechters", "fine": "boete", "fines": "boetes", "victims": "slachtoffers",
    "claim": "verzoek aanvraag", "claims": "verzoeken aanvragen", "compensation": "vergoeding schadevergoeding",
    "detention": "hechtenis detentie", "filed": "ingediend", "refused": "geweigerd", "driver": "bestuurder",
    "drivers": "bestuurders", "train": "trein", "trains": "treinen", "staff": "personeel personeelsleden",
    "employs": "telt tewerkstelt", "sick": "ziekte", "absence": "afwezigheid verzuim", "absenteeism": "ziekteverzuim",
    "disabled": "handicap", "children": "kinderen", "child": "kind", "playground": "speelplein speeltuin",
    "playgrounds": "speelpleinen speeltuinen", "women": "vrouwen", "men": "mannen", "asylum": "asiel",
    "seekers": "zoekers", "requests": "aanvragen verzoeken", "checks": "controles", "fraud": "fraude",
    "cases": "gevallen zaken dossiers", "files": "dossiers", "investigations": "onderzoeken",
    # general vocabulary of federal answers (staff, health, migration, mobility, justice)
    "cabinet": "kabinet", "agriculture": "landbouw", "smes": "kmo kmo's", "equivalents": "equivalenten vte",
    "refugees": "vluchtelingen", "inspections": "inspecties controles", "cars": "wagens auto's voertuigen",
    "crossings": "overwegen", "antibiotics": "antibiotica", "consumption": "gebruik verbruik consumptie",
    "inhabitants": "inwoners", "outpatient": "ambulant ambulante", "relocated": "gereloceerd",
    "relocation": "relocatie", "contribution": "bijdrage", "scholarships": "beurzen", "identified": "geïdentificeerd",
    "perpetrators": "daders", "passports": "paspoorten", "cards": "kaarten", "users": "gebruikers", "unique": "uniek unieke",
    "distinct": "uniek unieke", "vouchers": "cheques", "voucher": "cheque", "donors": "donoren",
    "permit": "vergunning", "permits": "vergunningen", "appeal": "beroep", "appeals": "beroepen",
    "lodged": "ingediend ingediende", "installed": "geïnstalleerd geïnstalleerde", "capacity": "capaciteit vermogen",
    "kidney": "nier", "incidents": "incidenten", "members": "leden", "personnel": "personeel personeelsleden",
    "unemployed": "werklozen", "belgium": "belgië", "greece": "griekenland", "italy": "italië", "morocco": "marokko",
    # common policy words: sizes, procedures, areas, services
    "small": "klein kleine", "large": "groot grote", "big": "groot grote", "medium": "middelgroot middelgrote",
    "carried": "uitgevoerd", "conducted": "uitgevoerd", "performed": "uitgevoerd", "approved": "goedgekeurd",
    "submitted": "ingediend",
    "vacant": "leegstaand leegstaande", "vacancy": "leegstand", "area": "oppervlakte gebied zone",
    "areas": "gebieden oppervlakte", "plots": "percelen", "plot": "perceel", "parks": "parken terreinen",
    "park": "park terrein", "stays": "overnachtingen verblijven", "overnight": "overnachtingen",
    "holiday": "vakantie", "homes": "woningen", "campsites": "campings", "waiting": "wacht wachttijd",
    "months": "maanden", "registered": "geregistreerd ingeschreven",
    "registrations": "inschrijvingen registraties aanmeldingen", "pupils": "leerlingen",
    "students": "studenten leerlingen", "teachers": "leraren leerkrachten", "truancy": "spijbelen",
    "referrals": "doorverwijzingen", "referred": "doorverwezen", "youth": "jeugd jongeren", "care": "zorg hulp opvang verzorging",
    "monitoring": "toezicht opvolging", "electronic": "elektronisch elektronische", "sanctions": "sancties boetes straffen",
    "salaries": "lonen salarissen personeelskosten", "salary": "loon salaris", "training": "opleiding vorming",
    "savings": "besparing besparingen", "saving": "besparing", "realised": "gerealiseerd",
    "realized": "gerealiseerd", "firms": "bedrijven ondernemingen", "firm": "bedrijf onderneming",
    "businesses": "bedrijven ondernemingen", "business": "bedrijf onderneming", "hospitality": "horeca",
    "lodging": "logies", "lodgings": "logies", "attractions": "attracties", "visitors": "bezoekers",
    "disbursed": "uitbetaald", "camp": "kamp", "camps": "kampen", "houses": "huizen", "house": "huis",
    # local government and its territory, the commonest words of the documents' domain
    "municipality": "gemeente", "municipalities": "gemeenten",
    "city": "stad", "cities": "steden", "urban": "stedelijk stedelijke",
    "household": "huishouden gezin", "households": "huishoudens gezinnen", "library": "bibliotheek",
    "libraries": "bibliotheken", "connection": "aansluiting", "connections": "aansluitingen",
    "length": "duur lengte", "other": "andere", "others": "andere",
    # people and the services they give or use
    "volunteer": "vrijwilliger", "volunteers": "vrijwilligers", "interpreter": "tolk", "interpreters": "tolken",
    "fee": "vergoeding tarief prijs bijdrage", "fees": "vergoedingen tarieven prijzen bijdragen", "hourly": "uur per uur", "repair": "herstel reparatie",
    "repairs": "herstellingen reparaties", "attempts": "pogingen", "car": "auto wagen", "sharing": "delen",
    "burial": "begraving begrafenis", "burials": "begravingen begrafenissen",
}

EN_STOP = {
    "the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "is", "are", "was", "were", "be", "been",
    "by", "with", "at", "as", "from", "that", "this", "these", "those", "it", "its", "did", "do", "does",
    "according", "there", "their", "they", "has", "have", "had", "into", "about", "as", "whole", "like",
    # modal and linking words, pronouns and hedges: they say nothing of which figure is meant
    "can", "could", "would", "should", "will", "shall", "might", "must", "say", "says", "said", "whether",
    "still", "being", "same", "them", "some", "any", "each", "every", "our", "his", "her", "him", "she",
    "he", "you", "your", "if", "so", "then", "only", "very", "just", "also", "actually", "currently",
    "officially", "really", "within", "thing", "things", "get", "gets", "got",
    # light verbs: questions paraphrase them freely ('gave a concert'; not 'take', of 'take part': deelnemen)
    "give", "gives", "gave", "given", "make", "makes", "carry", "carries",
    "carried", "conducted", "performed", "out", "up", "off",  # (and the particles of 'carried out', 'set up')
    "stood", "stand", "stands",  # 'stood empty', 'stood at 5 %': the state or the figure says it
}


def _lexicon() -> dict[str, str]:
    """The general vocabulary of qa/data/en_nl.tsv (English word, tab, the Dutch forms a Flemish government
    document prints): some 3,000 words of policy questions, read under the hand-made list above."""
    out = {}
    for line in (Path(__file__).parent / "data" / "en_nl.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, dutch = line.partition("\t")
            if word not in EN_STOP and dutch.strip():
                out[word] = dutch.strip()
    return out


_BY_HAND = frozenset(EN_NL)
EN_NL = {**_lexicon(), **EN_NL}
# a hyphenated word is one token of the questions ('out-of-hours': qa.text.words joins it)
HYPHENED = frozenset(k for k in EN_NL if "-" in k)
# the general word list's words, not the hand-made ones (a hyphenated one also as the token it is joined to)
LISTED = frozenset(k for k in EN_NL if k not in _BY_HAND) | {k.replace("-", "") for k in HYPHENED - _BY_HAND}
EN_NL.update({k.replace("-", ""): EN_NL[k] for k in HYPHENED})
