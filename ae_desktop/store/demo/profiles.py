"""What each industry looks like to the AE: its sites, people, fitting products and news.

The AE sells a planning platform (shift scheduling, route planning, a mobile app,
analytics and reports). A hotel chain buys rosters, not a route planner; a haulier opens
warehouses, a clinic group opens clinics. Every phrase of the log is drawn through the
client's profile so that it reads true for that client's trade, in the client's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Product:
    en: str
    es: str
    es_feminine: bool  # "la app móvil", "el módulo de analítica"


PRODUCTS: Final[dict[str, Product]] = {
    "scheduling": Product("scheduling module", "módulo de planificación de turnos", False),
    "routes": Product("route planner", "planificador de rutas", False),
    "mobile": Product("mobile app", "app móvil", True),
    "analytics": Product("analytics module", "módulo de analítica", False),
    "reporting": Product("reporting suite", "suite de informes", True),
    "api": Product("API integration", "integración por API", True),
}


@dataclass(frozen=True)
class Industry:
    group: str  # the key of its news, pains and wins below
    sites: tuple[str, str]  # (English, Spanish) plural: "warehouses", "almacenes"
    team: tuple[str, str]  # who runs the sites and uses the product day to day
    staff: tuple[str, str]  # who gets planned
    products: tuple[str, ...]  # the core products that fit, most typical first


# fmt: off
_LOGISTICS = ("routes", "scheduling", "mobile", "api", "analytics")
_INDUSTRIAL = ("scheduling", "analytics", "api", "reporting")
_FIELD = ("mobile", "scheduling", "reporting")
_OFFICE = ("reporting", "scheduling", "api")

INDUSTRIES: Final[dict[str, Industry]] = {
    "Logistics": Industry("logistics", ("warehouses", "almacenes"),
                          ("warehouse managers", "jefes de almacén"),
                          ("drivers", "conductores"), _LOGISTICS),
    "Cold chain": Industry("logistics", ("cold stores", "almacenes frigoríficos"),
                           ("depot managers", "jefes de almacén"),
                           ("drivers", "conductores"), _LOGISTICS),
    "Wholesale": Industry("logistics", ("distribution centres", "centros de distribución"),
                          ("warehouse managers", "jefes de almacén"),
                          ("pickers and drivers", "preparadores y conductores"), _LOGISTICS),
    "Passenger transport": Industry("transport", ("depots", "cocheras"),
                                    ("traffic controllers", "jefes de tráfico"),
                                    ("drivers", "conductores"),
                                    ("scheduling", "mobile", "routes", "analytics")),
    "Aviation": Industry("transport", ("handling bases", "bases de handling"),
                         ("station managers", "jefes de escala"),
                         ("ground crews", "equipos de rampa"),
                         ("scheduling", "mobile", "analytics", "api")),
    "Marine": Industry("transport", ("marinas", "puertos deportivos"),
                       ("harbour masters", "jefes de puerto"),
                       ("dock staff", "personal de muelle"), ("scheduling", "mobile", "reporting")),
    "Hospitality": Industry("hospitality", ("hotels", "hoteles"),
                            ("hotel managers", "directores de hotel"),
                            ("front-desk and housekeeping staff", "personal de recepción y pisos"),
                            ("scheduling", "mobile", "analytics", "reporting")),
    "Events": Industry("events", ("venues", "recintos"), ("event managers", "jefes de proyecto"),
                       ("event staff", "personal de eventos"),
                       ("scheduling", "mobile", "reporting")),
    "Healthcare": Industry("health", ("clinics", "clínicas"),
                           ("practice managers", "coordinadores de centro"),
                           ("clinical staff", "personal sanitario"),
                           ("scheduling", "reporting", "mobile", "api")),
    "Veterinary": Industry("health", ("practices", "clínicas veterinarias"),
                           ("practice managers", "coordinadores de clínica"),
                           ("vets and nurses", "veterinarios y auxiliares"),
                           ("scheduling", "reporting", "mobile")),
    "Pharmacy retail": Industry("retail", ("pharmacies", "farmacias"),
                                ("pharmacy managers", "farmacéuticos titulares"),
                                ("pharmacy staff", "personal de farmacia"),
                                ("scheduling", "analytics", "reporting")),
    "Retail": Industry("retail", ("stores", "tiendas"), ("store managers", "encargados de tienda"),
                       ("store staff", "personal de tienda"),
                       ("scheduling", "analytics", "mobile", "reporting")),
    "Furniture": Industry("retail", ("showrooms", "exposiciones"),
                          ("showroom managers", "encargados de exposición"),
                          ("sales and fitting teams", "vendedores y montadores"),
                          ("scheduling", "routes", "mobile")),
    "Office supplies": Industry("retail", ("branches", "delegaciones"),
                                ("branch managers", "jefes de delegación"),
                                ("sales reps and drivers", "comerciales y repartidores"),
                                ("routes", "scheduling", "analytics")),
    "Automotive": Industry("field", ("workshops", "talleres"),
                           ("workshop managers", "jefes de taller"),
                           ("mechanics", "mecánicos"), ("scheduling", "mobile", "reporting")),
    "Food & beverage": Industry("industry", ("plants", "plantas"),
                                ("production managers", "jefes de producción"),
                                ("line operators", "operarios de línea"), _INDUSTRIAL),
    "Wine & spirits": Industry("industry", ("wineries", "bodegas"),
                               ("winery managers", "responsables de bodega"),
                               ("cellar and bottling staff", "personal de bodega y embotellado"),
                               ("scheduling", "analytics", "mobile")),
    "Manufacturing": Industry("industry", ("plants", "plantas"),
                              ("plant managers", "jefes de planta"),
                              ("shift operators", "operarios de turno"), _INDUSTRIAL),
    "Electronics": Industry("industry", ("plants", "plantas"),
                            ("production managers", "jefes de producción"),
                            ("assembly operators", "operarios de montaje"), _INDUSTRIAL),
    "Textiles": Industry("industry", ("factories", "fábricas"),
                         ("production managers", "jefes de producción"),
                         ("machine operators", "operarios de máquina"), _INDUSTRIAL),
    "Packaging": Industry("industry", ("plants", "plantas"), ("plant managers", "jefes de planta"),
                          ("shift operators", "operarios de turno"), _INDUSTRIAL),
    "Printing": Industry("industry", ("print works", "talleres de impresión"),
                         ("production managers", "jefes de producción"),
                         ("press operators", "maquinistas"), _INDUSTRIAL),
    "Pharmaceuticals": Industry("industry", ("production sites", "centros de producción"),
                                ("production and quality managers",
                                 "responsables de producción y calidad"),
                                ("lab technicians", "técnicos de laboratorio"), _INDUSTRIAL),
    "Energy": Industry("field", ("sites", "instalaciones"),
                       ("maintenance managers", "jefes de mantenimiento"),
                       ("field technicians", "técnicos de campo"), ("mobile", "scheduling",
                                                                    "routes", "reporting")),
    "Agriculture": Industry("field", ("farms", "fincas"), ("farm managers", "encargados de finca"),
                            ("seasonal workers", "temporeros"), _FIELD),
    "Construction": Industry("field", ("building sites", "obras"),
                             ("site managers", "jefes de obra"),
                             ("site crews", "operarios de obra"), _FIELD),
    "Engineering": Industry("field", ("project sites", "proyectos en curso"),
                            ("project managers", "jefes de proyecto"),
                            ("engineers", "ingenieros"), ("scheduling", "mobile", "reporting",
                                                          "api")),
    "Facility services": Industry("field", ("client sites", "centros de clientes"),
                                  ("area supervisors", "supervisores de zona"),
                                  ("cleaning teams", "equipos de limpieza"),
                                  ("scheduling", "routes", "mobile")),
    "Security services": Industry("field", ("client sites", "centros vigilados"),
                                  ("area supervisors", "jefes de servicio"),
                                  ("security guards", "vigilantes"),
                                  ("scheduling", "mobile", "routes")),
    "Legal services": Industry("office", ("offices", "despachos"),
                               ("practice managers", "gerentes de despacho"),
                               ("lawyers", "abogados"), _OFFICE),
    "Professional services": Industry("office", ("offices", "oficinas"),
                                      ("office managers", "responsables de oficina"),
                                      ("consultants", "consultores"), _OFFICE),
    "Architecture": Industry("office", ("studios", "estudios"),
                             ("studio managers", "responsables de estudio"),
                             ("architects", "arquitectos"), ("reporting", "scheduling", "mobile")),
    "Insurance": Industry("office", ("branches", "sucursales"),
                          ("branch managers", "directores de sucursal"),
                          ("claims handlers", "tramitadores de siniestros"),
                          ("reporting", "analytics", "api")),
    "Real estate": Industry("office", ("branches", "agencias"),
                            ("branch managers", "directores de agencia"),
                            ("agents", "agentes"), ("mobile", "scheduling", "reporting")),
}

# Per group, per language: news about the client (completes "<client> ..."), its pains
# (lower case, they are quoted inside sentences) and the results customers report.
# {sites}, {staff} and {team} are the industry's words.
NEWS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "logistics": {
        "en": ("is opening a new cross-dock", "won a national distribution contract",
               "is adding 30 vans to its fleet", "is moving to next-day delivery everywhere"),
        "es": ("abre una nueva plataforma logística", "ha ganado un contrato de distribución "
               "nacional", "amplía su flota con 30 furgonetas",
               "pasa a entregar en 24 horas en toda la península"),
    },
    "transport": {
        "en": ("won the tender for a new regional route", "is renewing part of its fleet",
               "is taking over the contracts of a rival operator"),
        "es": ("ha ganado el concurso de una nueva línea regional", "renueva parte de su flota",
               "asume los contratos de un operador de la competencia"),
    },
    "hospitality": {
        "en": ("is opening two new hotels on the coast", "signed a management contract for "
               "three more hotels", "is refurbishing its flagship hotel"),
        "es": ("abre dos hoteles nuevos en la costa", "gestionará tres hoteles más",
               "reforma su hotel principal"),
    },
    "events": {
        "en": ("won the organisation of a large medical congress", "is opening a second venue",
               "signed a three-year deal with a trade fair"),
        "es": ("organizará un gran congreso médico", "abre un segundo recinto",
               "firma tres años con una feria sectorial"),
    },
    "health": {
        "en": ("is opening a new clinic", "was bought by a larger healthcare group",
               "is merging two of its {sites}"),
        "es": ("abre una clínica nueva", "ha sido comprada por un grupo sanitario mayor",
               "fusiona dos de sus {sites}"),
    },
    "retail": {
        "en": ("is opening five new {sites} this year", "launched click and collect in every "
               "store", "is extending opening hours on Sundays"),
        "es": ("abre cinco {sites} nuevas este año", "lanza la recogida en tienda",
               "amplía el horario a los domingos"),
    },
    "industry": {
        "en": ("is adding a production line", "won a large export contract",
               "is moving to three shifts at its main site"),
        "es": ("añade una línea de producción", "ha ganado un gran contrato de exportación",
               "pasa a tres turnos en su centro principal"),
    },
    "field": {
        "en": ("won a large maintenance contract", "is hiring 40 more {staff}",
               "is expanding into two new regions"),
        "es": ("ha ganado un gran contrato de mantenimiento", "contrata a 40 {staff} más",
               "se expande a dos comunidades autónomas más"),
    },
    "office": {
        "en": ("merged with a smaller firm", "is opening a new office",
               "appointed a new managing partner"),
        "es": ("se ha fusionado con una firma más pequeña", "abre una oficina nueva",
               "ha nombrado un nuevo socio director"),
    },
}

PAINS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "logistics": {
        "en": ("routes are still planned by hand in spreadsheets",
               "failed deliveries cost them re-delivery fees every week",
               "nobody sees where the {staff} are in real time"),
        "es": ("las rutas se siguen planificando a mano en hojas de cálculo",
               "las entregas fallidas les cuestan reenvíos cada semana",
               "no ven en tiempo real dónde están los {staff}"),
    },
    "transport": {
        "en": ("rosters are rebuilt every time someone calls in sick",
               "rest-time rules are checked by hand",
               "dispatch and payroll run on different systems"),
        "es": ("los cuadrantes se rehacen cada vez que alguien se da de baja",
               "los descansos obligatorios se revisan a mano",
               "tráfico y nóminas usan sistemas distintos"),
    },
    "hospitality": {
        "en": ("rotas for front desk and housekeeping live in spreadsheets",
               "overtime spikes every high season",
               "managers lose Monday mornings rebuilding the rota"),
        "es": ("los cuadrantes de recepción y pisos van en hojas de cálculo",
               "las horas extra se disparan en temporada alta",
               "los directores pierden los lunes rehaciendo los turnos"),
    },
    "events": {
        "en": ("event staff are booked by phone and WhatsApp",
               "freelancers' hours are reconciled by hand",
               "last-minute changes never reach the whole team"),
        "es": ("el personal se contrata por teléfono y WhatsApp",
               "las horas de los autónomos se cuadran a mano",
               "los cambios de última hora no llegan a todo el equipo"),
    },
    "health": {
        "en": ("shift cover is arranged in WhatsApp groups",
               "staff hours are reconciled by hand for payroll",
               "missed appointments are not tracked"),
        "es": ("las coberturas de turnos se organizan por WhatsApp",
               "las horas del personal se cuadran a mano para las nóminas",
               "no controlan las citas perdidas"),
    },
    "retail": {
        "en": ("rotas for the {sites} are built in spreadsheets",
               "labour cost is only known at month end",
               "weekend cover is always short"),
        "es": ("los cuadrantes de sus {sites} se hacen en hojas de cálculo",
               "el coste de personal solo se conoce a fin de mes",
               "los fines de semana siempre falta gente"),
    },
    "industry": {
        "en": ("shift plans live on a whiteboard and in the supervisors' heads",
               "overtime is approved on paper",
               "skills and certifications are tracked in Excel"),
        "es": ("los turnos viven en una pizarra y en la cabeza de los encargados",
               "las horas extra se aprueban en papel",
               "las habilidades y certificaciones se controlan en Excel"),
    },
    "field": {
        "en": ("jobs are handed out to the {staff} by phone every morning",
               "timesheets come back on paper a week late",
               "nobody knows which {staff} are free tomorrow"),
        "es": ("los trabajos se reparten a los {staff} por teléfono cada mañana",
               "los partes de trabajo llegan en papel con una semana de retraso",
               "nadie sabe qué {staff} están libres mañana"),
    },
    "office": {
        "en": ("time is recorded on Friday afternoons from memory",
               "utilisation reports take finance a week",
               "availability of the {staff} lives in shared calendars"),
        "es": ("las horas se imputan los viernes de memoria",
               "los informes de ocupación le llevan una semana a finanzas",
               "la disponibilidad de los {staff} está en calendarios compartidos"),
    },
}

WINS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "logistics": {
        "en": ("failed deliveries down {pct} %", "planning time per day halved",
               "on-time deliveries up to 96 %"),
        "es": ("entregas fallidas un {pct} % más bajas", "la planificación diaria lleva la mitad "
               "de tiempo", "puntualidad en entregas del 96 %"),
    },
    "transport": {
        "en": ("roster changes handled in minutes", "overtime down {pct} %",
               "no rest-time breaches since go-live"),
        "es": ("los cambios de cuadrante se resuelven en minutos", "horas extra un {pct} % más "
               "bajas", "ningún incumplimiento de descansos desde el arranque"),
    },
    "hospitality": {
        "en": ("overtime down {pct} % this season", "the rota is built in an hour, not a morning",
               "agency staff costs down {pct} %"),
        "es": ("horas extra un {pct} % más bajas esta temporada", "el cuadrante se hace en una "
               "hora, no en una mañana", "gasto en personal de ETT un {pct} % menor"),
    },
    "events": {
        "en": ("staff confirmed for every event a week ahead", "freelancer invoices checked in "
               "a day", "no-shows at events down {pct} %"),
        "es": ("personal confirmado para cada evento con una semana de antelación",
               "facturas de autónomos revisadas en un día", "ausencias en eventos un {pct} % "
               "más bajas"),
    },
    "health": {
        "en": ("unfilled shifts down {pct} %", "payroll reconciliation takes a day, not a week",
               "missed appointments down {pct} %"),
        "es": ("turnos sin cubrir un {pct} % menos", "las nóminas se cuadran en un día, no en "
               "una semana", "citas perdidas un {pct} % menos"),
    },
    "retail": {
        "en": ("labour cost per site visible every day", "weekend gaps down {pct} %",
               "the {team} save three hours a week on rotas"),
        "es": ("coste de personal por centro visible cada día", "huecos de fin de semana un "
               "{pct} % menos", "los {team} ahorran tres horas semanales en cuadrantes"),
    },
    "industry": {
        "en": ("overtime down {pct} %", "shift plan published two weeks ahead",
               "no line stopped for lack of certified operators"),
        "es": ("horas extra un {pct} % más bajas", "turnos publicados con dos semanas de "
               "antelación", "ninguna línea parada por falta de operarios certificados"),
    },
    "field": {
        "en": ("timesheets in on the same day", "two more jobs per technician a week",
               "paperwork per job down to zero"),
        "es": ("partes de trabajo el mismo día", "dos trabajos más por técnico a la semana",
               "cero papel por trabajo"),
    },
    "office": {
        "en": ("utilisation visible every week", "time recorded on the day by 90 % of the "
               "{staff}", "month-end reporting cut from five days to one"),
        "es": ("ocupación visible cada semana", "el 90 % de los {staff} imputa horas en el día",
               "el cierre de mes pasa de cinco días a uno"),
    },
}

COMPETITORS: Final = ("Planora", "Opsora", "Kairo Systems", "Turnex", "Tramontana Software")
INCUMBENTS: Final[dict[str, tuple[str, ...]]] = {  # what a prospect plans with today
    "en": ("spreadsheets", "a module of their ERP", "a tool built in-house"),
    "es": ("hojas de cálculo", "un módulo de su ERP", "una herramienta hecha en casa"),
}
# fmt: on
