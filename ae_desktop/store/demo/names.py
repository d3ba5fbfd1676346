"""Word lists for the sample data: companies, people, roles and the phrases of an AE's log."""

from __future__ import annotations

from typing import Final

# The tables below are data, laid out for reading rather than by the formatter.
# fmt: off

# (name, industry, language, web domain, tier) — the hand-written book of the small data set.
CURATED_CLIENTS: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("Acme Logistics", "Logistics", "en", "acmelogistics.com", "key"),
    ("Grupo Ibérica de Alimentación", "Food & beverage", "es", "grupoiberica.es", "key"),
    ("Hoteles Costa Azul", "Hospitality", "es", "hotelescostaazul.es", "key"),
    ("Northwind Traders", "Wholesale", "en", "northwindtraders.com", "key"),
    ("Transportes Hermanos Peña", "Logistics", "es", "transportespena.es", "key"),
    ("Meridian Health Partners", "Healthcare", "en", "meridianhealth.co.uk", "key"),
    ("Construcciones Álvarez y Hijos", "Construction", "es", "alvarezhijos.es", "key"),
    ("O'Sullivan & Reid Engineering", "Engineering", "en", "osullivanreid.co.uk", "key"),
    ("Bodegas Viña del Sol", "Wine & spirits", "es", "vinadelsol.es", "standard"),
    ("Contoso Retail", "Retail", "en", "contosoretail.com", "standard"),
    ("Farmacias Santa Lucía", "Pharmacy retail", "es", "farmaciassantalucia.es", "standard"),
    ("Blue Harbour Foods", "Food & beverage", "en", "blueharbourfoods.com", "standard"),
    ("Clínica Dental Sonrisa", "Healthcare", "es", "clinicasonrisa.es", "standard"),
    ("Lakeside Manufacturing", "Manufacturing", "en", "lakesidemfg.com", "standard"),
    ("Distribuciones Levante", "Wholesale", "es", "distlevante.es", "standard"),
    ("Harper & Cole Architects", "Architecture", "en", "harpercole.co.uk", "standard"),
    ("Textiles Valencianos", "Textiles", "es", "textilesvalencianos.es", "standard"),
    ("Greenfield Energy Services", "Energy", "en", "greenfieldenergy.com", "standard"),
    ("Autocares Galicia Bus", "Passenger transport", "es", "galiciabus.es", "standard"),
    ("Fabrikam Components", "Electronics", "en", "fabrikam.com", "standard"),
    ("Papelería y Oficina Martínez", "Office supplies", "es", "oficinamartinez.es", "standard"),
    ("Riverside Veterinary Group", "Veterinary", "en", "riversidevets.co.uk", "standard"),
    ("Cervecería La Montaña", "Food & beverage", "es", "cervezalamontana.es", "standard"),
    ("Brightwater Hotels", "Hospitality", "en", "brightwaterhotels.com", "standard"),
    ("Inmobiliaria Sierra Norte", "Real estate", "es", "sierranorte.es", "standard"),
    ("Tailspin Toys", "Retail", "en", "tailspintoys.com", "standard"),
    ("Mutua Aseguradora del Cantábrico", "Insurance", "es", "mutuacantabrico.es", "standard"),
    ("Kestrel Aviation Services", "Aviation", "en", "kestrelaviation.com", "standard"),
    ("Supermercados El Ahorro", "Retail", "es", "elahorro.es", "prospect"),
    ("Wide World Importers", "Wholesale", "en", "wideworldimporters.com", "prospect"),
    ("Frío Industrial Mediterráneo", "Cold chain", "es", "friomediterraneo.es", "prospect"),
    ("Pinecrest Senior Living", "Healthcare", "en", "pinecrestliving.com", "prospect"),
    ("Laboratorios Quimiber", "Pharmaceuticals", "es", "quimiber.es", "prospect"),
    ("Summit Outdoor Gear", "Retail", "en", "summitoutdoor.com", "prospect"),
    ("Agrícola Campo de Cartagena", "Agriculture", "es", "campocartagena.es", "prospect"),
    ("Thornbury Legal LLP", "Legal services", "en", "thornburylegal.co.uk", "prospect"),
    ("Muebles Nórdica Hogar", "Furniture", "es", "nordicahogar.es", "prospect"),
    ("Coho Vineyard", "Wine & spirits", "en", "cohovineyard.com", "prospect"),
    ("Eventos y Congresos Atlántico", "Events", "es", "congresosatlantico.es", "prospect"),
    ("D'Angelo Fine Foods", "Food & beverage", "en", "dangelofoods.com", "prospect"),
)

# Parts for the thousands of generated companies of the large data set.
EN_BRANDS: Final = (
    "Northwind", "Contoso", "Fabrikam", "Blue Harbour", "Lakeside", "Brightwater", "Kestrel",
    "Pinecrest", "Summit", "Thornbury", "Riverside", "Greenfield", "Redwood", "Silverline",
    "Ironbridge", "Oakmont", "Westgate", "Highland", "Crescent", "Falcon", "Harbourview",
    "Maple", "Granite", "Evergreen", "Sterling", "Beacon", "Cobalt", "Horizon", "Keystone",
    "Meadowbrook", "Ashford", "Bramley", "Carrington", "Whitmore", "Fairhaven", "Stonebridge",
    "Windmill", "Clearwater", "Copperfield", "Elmstead", "Foxhill", "Goldcrest", "Hawthorne",
    "Kingsley", "Larkspur", "Millbrook", "Newhaven", "Orchard", "Quayside", "Rosewood",
    "Saxon", "Tideway", "Vantage", "Wexford", "Yardley", "O'Hara", "McAllister", "St. Clair",
)
EN_SECTORS: Final[tuple[tuple[str, str], ...]] = (
    ("Logistics", "Logistics"), ("Freight", "Logistics"), ("Foods", "Food & beverage"),
    ("Bakeries", "Food & beverage"), ("Health Partners", "Healthcare"),
    ("Dental Care", "Healthcare"), ("Engineering", "Engineering"),
    ("Manufacturing", "Manufacturing"), ("Components", "Electronics"), ("Retail", "Retail"),
    ("Outfitters", "Retail"), ("Hotels", "Hospitality"), ("Energy", "Energy"),
    ("Solar", "Energy"), ("Insurance", "Insurance"), ("Legal", "Legal services"),
    ("Architects", "Architecture"), ("Construction", "Construction"), ("Homes", "Real estate"),
    ("Property Group", "Real estate"), ("Vets", "Veterinary"), ("Aviation", "Aviation"),
    ("Pharma", "Pharmaceuticals"), ("Labs", "Pharmaceuticals"), ("Traders", "Wholesale"),
    ("Distribution", "Wholesale"), ("Printing", "Printing"), ("Packaging", "Packaging"),
    ("Textiles", "Textiles"), ("Furniture", "Furniture"), ("Vineyards", "Wine & spirits"),
    ("Brewing Co.", "Food & beverage"), ("Events", "Events"),
    ("Consulting", "Professional services"), ("Accountants", "Professional services"),
    ("Security", "Security services"), ("Cleaning Services", "Facility services"),
    ("Motors", "Automotive"), ("Marine", "Marine"), ("Farms", "Agriculture"),
)
EN_SUFFIXES: Final = ("", "", "", " Ltd", " Group", " Inc.", " & Co.", " Holdings")
ES_PREFIXES: Final[tuple[tuple[str, str], ...]] = (
    ("Transportes", "Logistics"), ("Logística", "Logistics"), ("Hoteles", "Hospitality"),
    ("Bodegas", "Wine & spirits"), ("Farmacias", "Pharmacy retail"), ("Clínica", "Healthcare"),
    ("Construcciones", "Construction"), ("Distribuciones", "Wholesale"),
    ("Supermercados", "Retail"), ("Talleres", "Automotive"), ("Laboratorios", "Pharmaceuticals"),
    ("Muebles", "Furniture"), ("Textiles", "Textiles"), ("Inmobiliaria", "Real estate"),
    ("Seguros", "Insurance"), ("Conservas", "Food & beverage"), ("Panaderías", "Food & beverage"),
    ("Ingeniería", "Engineering"), ("Asesoría", "Professional services"), ("Gráficas", "Printing"),
    ("Envases", "Packaging"), ("Eventos", "Events"), ("Frutas", "Agriculture"),
    ("Autocares", "Passenger transport"), ("Energía", "Energy"), ("Cerámicas", "Manufacturing"),
    ("Limpiezas", "Facility services"), ("Náutica", "Marine"),
)
ES_BRANDS: Final = (
    "Hermanos García", "del Sur", "Levante", "Cantábrico", "Sierra Norte", "Atlántico",
    "Mediterráneo", "Castilla", "La Mancha", "Peña", "Álvarez", "La Montaña", "Costa Azul",
    "Guadalquivir", "del Ebro", "del Duero", "Picos de Europa", "Aragón", "Navarra", "Galicia",
    "Santa Lucía", "San Isidro", "Martínez", "López e Hijos", "Romero", "Hermanos Ortega",
    "Ruiz", "Vidal", "Serrano", "Moreno y Asociados", "Ibáñez", "Núñez", "La Rioja", "Triana",
    "El Olivar", "Los Almendros", "Doñana", "Montserrat", "Albufera", "Guadarrama",
)
ES_SUFFIXES: Final = ("", "", ", S.L.", ", S.A.")
CITIES_ES: Final[tuple[tuple[str, str, str], ...]] = (  # (city, postcode prefix, phone area)
    ("Madrid", "28", "91"), ("Barcelona", "08", "93"), ("Valencia", "46", "96"),
    ("Sevilla", "41", "95"), ("Bilbao", "48", "94"), ("Málaga", "29", "95"),
    ("Zaragoza", "50", "976"), ("A Coruña", "15", "981"), ("Murcia", "30", "968"),
    ("Alicante", "03", "965"), ("Valladolid", "47", "983"), ("Santander", "39", "942"),
    ("Oviedo", "33", "985"), ("Palma", "07", "971"), ("Córdoba", "14", "957"),
    ("Pamplona", "31", "948"),
)
STREETS_ES: Final = (
    "Calle de Alcalá", "Avenida de la Constitución", "Paseo de la Castellana", "Calle Mayor",
    "Gran Vía", "Avenida Diagonal", "Calle San Vicente Mártir", "Polígono Industrial Las Salinas",
    "Calle de Colón", "Avenida de Andalucía", "Ronda de Poniente", "Calle del Doctor Fleming",
)
CITIES_EN: Final[tuple[tuple[str, str, str], ...]] = (  # (city, postcode area, phone area)
    ("London", "EC1A", "20"), ("Manchester", "M2", "161"), ("Birmingham", "B3", "121"),
    ("Leeds", "LS1", "113"), ("Bristol", "BS1", "117"), ("Edinburgh", "EH2", "131"),
    ("Glasgow", "G1", "141"), ("Cardiff", "CF10", "29"), ("Liverpool", "L1", "151"),
    ("Newcastle", "NE1", "191"), ("Belfast", "BT1", "28"), ("Cambridge", "CB2", "1223"),
)
STREETS_EN: Final = (
    "King Street", "High Street", "Station Road", "Victoria Road", "Church Lane", "Mill Lane",
    "Queen's Road", "Park Avenue", "Riverside Way", "Albion Street", "Market Place",
)

# People. Spanish first names carry their grammatical gender so that roles agree.
ES_FIRST_FEMALE: Final = (
    "María José", "Lucía", "Carmen", "Ana Belén", "Laura", "Marta", "Elena", "Isabel", "Pilar",
    "Rocío", "Cristina", "Beatriz", "Nuria", "Sofía", "Alba", "Begoña", "Inés", "Mónica",
)
ES_FIRST_MALE: Final = (
    "Javier", "José Luis", "Antonio", "Manuel", "Francisco", "David", "Alejandro", "Pablo",
    "Sergio", "Jorge", "Álvaro", "Raúl", "Iñaki", "Jesús", "Íñigo", "Andrés", "Rubén", "Óscar",
)
ES_SURNAMES: Final = (
    "Fernández", "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro",
    "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro",
    "Ortega", "Rubio", "Núñez", "Peña", "Ibáñez", "Sáez", "Aguirre", "Etxeberria",
)
EN_FIRST: Final = (
    "James", "Emma", "Oliver", "Charlotte", "Harry", "Sophie", "George", "Amelia", "Thomas",
    "Olivia", "William", "Grace", "Daniel", "Chloe", "Michael", "Sarah", "Robert", "Hannah",
    "Patrick", "Siobhan", "Aisha", "Priya", "Ravi", "Wei", "Zoë", "Chloé", "Liam", "Niamh",
)
EN_SURNAMES: Final = (
    "O'Connor", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
    "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards",
    "Green", "Hall", "Wood", "Harris", "Clarke", "Patel", "Khan", "O'Neill", "McCarthy",
    "Murphy", "Fitzgerald", "Kelly", "D'Souza", "Nowak",
)

# Parallel lists, Spanish as (masculine, feminine); the first DECISION_ROLES go to primary
# contacts. Spanish titles are used for Spanish speakers at Spanish companies.
ES_ROLES: Final[tuple[tuple[str, str], ...]] = (
    ("Director de Compras", "Directora de Compras"),
    ("Director General", "Directora General"),
    ("Director de Operaciones", "Directora de Operaciones"),
    ("Director Financiero", "Directora Financiera"),
    ("Responsable de Sistemas", "Responsable de Sistemas"),
    ("Jefe de Logística", "Jefa de Logística"),
    ("Gerente", "Gerente"),
    ("Responsable de Calidad", "Responsable de Calidad"),
    ("Director Comercial", "Directora Comercial"),
    ("Técnico de Compras", "Técnica de Compras"),
    ("Administrativo", "Administrativa"),
    ("Director de Recursos Humanos", "Directora de Recursos Humanos"),
)
EN_ROLES: Final = (
    "Head of Procurement", "Managing Director", "Chief Operating Officer", "Finance Director",
    "IT Manager", "Operations Manager", "Purchasing Manager", "Category Manager",
    "Office Manager", "Head of Logistics", "Procurement Analyst", "Facilities Manager",
)
DECISION_ROLES: Final = 4

PRODUCTS: Final = (
    "scheduling module", "analytics module", "mobile app", "premium support plan",
    "API integration", "reporting suite", "onboarding package", "route planner",
)

# (summary, outcome, language or "" for any); {first} contact, {client}, {product}.
INTERACTIONS: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "call": (
        ("Call with {first} to review {product} usage",
         "Adoption is good at two sites; they want training for the rest.", ""),
        ("Check-in call with {first} about the open invoice",
         "Finance confirmed the payment goes out this week.", ""),
        ("Discovery call with {first}: current tools and pain points",
         "Spreadsheets plus a legacy system; the budget owner is the CFO.", ""),
        ("Called {first} about renewal timing",
         "Decision moves to next month; asked for revised pricing.", ""),
        ("Quick call with {first} on the pilot results",
         "Pilot met 3 of 4 success criteria; they want a second phase.", ""),
        ("Pricing call with {first}",
         "Pushed back on the per-seat price; open to a three-year term.", ""),
        ("Call with {first} about two open support escalations",
         "Escalated to the support manager; promised an update by Thursday.", ""),
        ("Left a voicemail for {first}, then a short call back",
         "Asked me to resend the proposal to the new procurement lead.", ""),
        ("Call with {first} to prepare the steering meeting",
         "Agenda agreed; they will bring their IT lead.", ""),
        ("Llamada con {first} sobre la renovación",
         "Piden la propuesta actualizada antes del día 15.", "es"),
        ("Llamada con {first}: dudas sobre el {product}",
         "Resueltas; quieren una demo para el equipo de almacén.", "es"),
    ),
    "meeting": (
        ("On-site meeting with {first} and the operations team",
         "Walked through the rollout plan; go-live dates agreed.", ""),
        ("Quarterly business review with {first}",
         "Usage up 18 %; they asked for a roadmap session.", ""),
        ("Meeting with {first} to scope the {product}",
         "Scope agreed; proposal to follow.", ""),
        ("Demo of the {product} for {first}'s team",
         "Warehouse managers keen; IT wants the security documentation.", ""),
        ("Negotiation meeting with {first} and procurement",
         "Close on price; legal review of the MSA pending.", ""),
        ("Kick-off meeting with {first}",
         "Project plan signed off; weekly status calls agreed.", ""),
        ("Workshop with {first} on reporting needs",
         "Three custom reports requested; sizing them with pre-sales.", ""),
        ("Reunión en {client} con {first}",
         "Buena acogida; el comité decide a final de mes.", "es"),
    ),
    "email": (
        ("Sent the proposal for the {product} to {first}", "Awaiting feedback.", ""),
        ("E-mailed {first} the case study of a similar customer",
         "Forwarded to their director.", ""),
        ("Follow-up e-mail to {first} after the demo",
         "They asked for two reference customers.", ""),
        ("Sent a revised quote to {first}",
         "Discount capped at 8 % with a two-year commitment.", ""),
        ("E-mail from {first}: budget freeze until next quarter",
         "Parked; revisit in six weeks.", ""),
        ("Sent the contract draft to {first}",
         "Their legal team reviews it by the end of the month.", ""),
        ("Replied to {first}'s questions on data protection", "", ""),
        ("Sent {first} the minutes of our meeting", "Action items confirmed.", ""),
        ("Sent {first} the onboarding plan for the {product}",
         "They will circulate it internally.", ""),
    ),
    "note": (
        ("A partner says {client} is opening a new warehouse",
         "Good upsell angle for the {product}.", ""),
        ("{client} is evaluating a competitor",
         "Competitor is cheaper; we win on integrations.", ""),
        ("Reviewed the account plan for {client}",
         "Next: expand into the finance team.", ""),
        ("{first} changes roles next month",
         "Need a new champion; ask for an introduction.", ""),
        ("Support tickets at {client} trending down", "", ""),
        ("Budget season at {client} starts next month", "Get the renewal proposal in early.", ""),
    ),
    "presentation": (
        ("Presented the {product} roadmap to {first} and the board",
         "Positive; they asked for a phased budget.", ""),
        ("Executive presentation at {client} headquarters",
         "The CEO wants an ROI model before committing.", ""),
        ("Webinar for {client}'s regional managers",
         "35 attendees; six asked for follow-up demos.", ""),
        ("Presented the pilot results to {first}", "They want to extend to every site.", ""),
    ),
    "meal": (
        ("Lunch with {first}",
         "Relationship building; procurement is being restructured.", ""),
        ("Business dinner with {first} and their COO",
         "Happy with the service; hinted at expansion into Portugal.", ""),
        ("Coffee with {first} after the trade fair", "Interested in the {product}.", ""),
        ("Comida con {first}",
         "Buena relación; quieren ampliar a las delegaciones del norte.", "es"),
    ),
}

# Deal titles by kind, new_division being new business from an existing customer;
# {client}, {product}, {seats}, {year}.
DEAL_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "new_business": ("{client} – platform rollout", "{client} – {product} pilot",
                     "{client} – first licences"),
    "new_division": ("{client} – rollout to a new division", "{client} – {product} pilot",
                     "{client} – new business unit"),
    "upsell": ("{client} – {seats} additional seats", "{client} – premium support upgrade",
               "{client} – expansion to new sites"),
    "cross_sell": ("{client} – {product}", "{client} – {product} add-on"),
    "renewal": ("{client} – renewal {year}", "{client} – annual renewal"),
}
NEXT_STEPS: Final = (
    "Send revised proposal", "Book a demo with their IT team", "Security questionnaire due",
    "Call the CFO to confirm budget", "Legal review of the MSA", "Prepare the ROI model",
    "Schedule an on-site visit", "Reference call with a customer", "Wait for the board decision",
    "Agree pilot success criteria", "Send the order form for signature",
)
LOST_REASONS: Final = (
    "Chose a cheaper competitor", "Budget cut", "No decision: project shelved",
    "Stayed with the incumbent supplier", "Postponed to next year",
    "Missing integration with their ERP", "Our champion left the company",
)

# (title, needs a client, who it can be handed to); {client}, {first}, {month}.
TASKS: Final[tuple[tuple[str, bool, str], ...]] = (
    ("Prepare QBR deck for {client}", True, ""),
    ("Send the case study to {first}", True, "Marketing: content team"),
    ("Chase the signed order form from {client}", True, "Carmen Ruiz (legal)"),
    ("Draft the renewal quote for {client}", True, "Pablo Sánchez (pre-sales)"),
    ("Sort out the invoice dispute at {client} with finance", True, "Finance: billing team"),
    ("Map the org chart of {client} before the meeting", True, ""),
    ("Book the on-site visit at {client}", True, "Office: travel desk"),
    ("Ask {first} for a reference call", True, ""),
    ("Send {first} the security documentation", True, "Tom Hughes (solutions engineer)"),
    ("Answer the RFP questions from {client}", True, "Pablo Sánchez (pre-sales)"),
    ("Update the forecast in the CRM", False, ""),
    ("Submit expenses for {month}", False, ""),
    ("Weekly report to my manager", False, ""),
    ("Book train to Barcelona", False, "Office: travel desk"),
    ("Finish the product certification module", False, ""),
    ("Review the territory plan", False, ""),
    ("Clean up stale deals in the pipeline", False, ""),
    ("Prepare the team pipeline review", False, ""),
    ("Register for the logistics trade fair", False, "Marketing: events team"),
)
TASK_NOTES: Final = (
    "", "", "", "Check the last e-mail thread first.", "Use the new template.",
    "Ask pre-sales for the numbers.", "The figures are in the shared drive.",
)
CLIENT_NOTES: Final = (
    "", "", "", "Prefers calls before 10:00.", "Budget cycle starts in October.",
    "Decisions go through a purchasing committee.", "Strong relationship with the COO.",
    "Sensitive about price; lead with value.", "Uses a competitor for part of the estate.",
)
# fmt: on
