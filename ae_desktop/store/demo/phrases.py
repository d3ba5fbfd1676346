"""Words of the demo beyond the log: lost reasons, deals, next steps, tasks, notes, months."""

from __future__ import annotations

from typing import Final

# fmt: off
# (English, Spanish) reason, and the outcome the last interaction of the deal records.
LOST_REASONS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Chose a cheaper competitor", "Eligieron un competidor más barato",
     "They chose {competitor}, about 20 % cheaper; asked to stay in touch.",
     "Eligen {competitor}, un 20 % más barato; quedamos en seguir en contacto."),
    ("Budget cut", "Recorte de presupuesto",
     "Budget cut by their finance director; nothing before next year.",
     "Su director financiero ha recortado el presupuesto; nada hasta el año que viene."),
    ("No decision: project shelved", "Sin decisión: proyecto aparcado",
     "Project shelved; nobody owns it internally.",
     "Proyecto aparcado; nadie lo lidera internamente."),
    ("Stayed with the incumbent supplier", "Se quedan con su proveedor actual",
     "Their current supplier matched our price; they stay.",
     "Su proveedor actual iguala nuestro precio; se quedan con él."),
    ("Postponed to next year", "Aplazado al año que viene",
     "Postponed to next year; revisit in {month}.",
     "Aplazado al año que viene; retomar en {month}."),
    ("Missing integration with their ERP", "Falta la integración con su ERP",
     "Our connector does not cover their ERP version; they cannot go ahead.",
     "Nuestro conector no cubre su versión del ERP; no pueden seguir adelante."),
    ("Our champion left the company", "Nuestro valedor dejó la empresa",
     "Our champion left; the new manager stopped the project.",
     "Nuestro valedor se ha ido; el nuevo responsable para el proyecto."),
)

# Deal titles and how the log refers to the deal, by kind: (English title, English topic,
# Spanish title, Spanish topic). "new_division" is new business from an existing customer.
# {client}, {product}/{Product}, {el_product}/{del_product}, {seats}, {more}, {sites}, {year}.
DEALS: Final[dict[str, tuple[tuple[str, str, str, str], ...]]] = {
    "new_business": (
        ("{client} – {Product} pilot", "the {product} pilot",
         "{client} – piloto {del_product}", "el piloto {del_product}"),
        ("{client} – platform rollout", "the platform rollout",
         "{client} – implantación de la plataforma", "la implantación de la plataforma"),
        ("{client} – first {seats} licences", "the first {seats} licences",
         "{client} – primeras {seats} licencias", "las primeras {seats} licencias"),
    ),
    "new_division": (
        ("{client} – rollout to a new division", "the rollout to the new division",
         "{client} – implantación en una nueva división", "la implantación en la nueva división"),
        ("{client} – {Product} for the new business unit", "the {product} for the new unit",
         "{client} – {Product} para la nueva unidad de negocio",
         "{el_product} en la nueva unidad"),
    ),
    "upsell": (
        ("{client} – {seats} additional licences", "the {seats} additional licences",
         "{client} – {seats} licencias adicionales", "las {seats} licencias adicionales"),
        ("{client} – expansion to {more} more {sites}", "the expansion to {more} more {sites}",
         "{client} – ampliación a {more} {sites} más", "la ampliación a {more} {sites} más"),
        ("{client} – premium support upgrade", "the premium support upgrade",
         "{client} – paso a soporte premium", "el paso a soporte premium"),
    ),
    "cross_sell": (
        ("{client} – {Product}", "the {product}", "{client} – {Product}", "{el_product}"),
        ("{client} – {Product} add-on", "the {product} add-on",
         "{client} – ampliación con {el_product}", "la ampliación con {el_product}"),
    ),
    "renewal": (
        ("{client} – renewal {year}", "the {year} renewal",
         "{client} – renovación {year}", "la renovación de {year}"),
        ("{client} – annual renewal", "the annual renewal",
         "{client} – renovación anual", "la renovación anual"),
    ),
}

# The next step of an open deal, by how far it has got (Lead, Qualified, Proposal, Negotiation).
NEXT_STEPS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "en": (
        ("Book a discovery call", "Find out who owns the budget", "Send the intro deck"),
        ("Book a demo with their IT team", "Agree pilot success criteria",
         "Schedule an on-site visit"),
        ("Send revised proposal", "Prepare the ROI model", "Reference call with a customer",
         "Security questionnaire due"),
        ("Legal review of the MSA", "Send the order form for signature",
         "Call the CFO to confirm budget", "Wait for the board decision"),
    ),
    "es": (
        ("Agendar la llamada de descubrimiento", "Averiguar quién aprueba el presupuesto",
         "Enviar la presentación de la empresa"),
        ("Agendar una demo con su equipo de sistemas", "Acordar los criterios de éxito del piloto",
         "Programar una visita a sus instalaciones"),
        ("Enviar la propuesta revisada", "Preparar el cálculo del ROI",
         "Llamada con un cliente de referencia", "Entregar el cuestionario de seguridad"),
        ("Revisión legal del contrato marco", "Enviar la hoja de pedido para firma",
         "Confirmar el presupuesto con su director financiero",
         "Esperar la decisión del consejo"),
    ),
}

RENEWAL_STEPS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "en": (
        ("Review usage with the customer", "Confirm the renewal date with finance"),
        ("Review usage with the customer", "Confirm the renewal date with finance"),
        ("Send the renewal quote", "Agree next year's price"),
        ("Send the order form for signature", "Legal review of the renewal terms"),
    ),
    "es": (
        ("Revisar el uso con el cliente", "Confirmar la fecha de renovación con finanzas"),
        ("Revisar el uso con el cliente", "Confirmar la fecha de renovación con finanzas"),
        ("Enviar el presupuesto de renovación", "Acordar el precio del año que viene"),
        ("Enviar la hoja de pedido para firma", "Revisión legal de las condiciones de renovación"),
    ),
}

# Tasks: (English title, Spanish title or "" for the AE's own admin, who the client must be:
# "customer" an active customer, "deal" one with an open deal, "any", or "" for no client;
# who it can be handed to). {client}, {first}, {month}.
TASKS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Prepare the QBR deck for {client}",
     "Preparar la revisión trimestral de {client}", "customer", ""),
    ("Send the case study to {first}", "Enviar el caso de éxito a {first}", "any",
     "Marketing: content team"),
    ("Chase the signed order form from {client}", "Reclamar a {client} la hoja de pedido firmada",
     "deal", "Carmen Ruiz (legal)"),
    ("Draft the renewal quote for {client}", "Preparar el presupuesto de renovación de {client}",
     "customer", "Pablo Sánchez (pre-sales)"),
    ("Sort out the invoice dispute at {client} with finance",
     "Resolver con finanzas la factura en disputa de {client}", "customer",
     "Finance: billing team"),
    ("Map the org chart of {client} before the meeting",
     "Completar el organigrama de {client} antes de la reunión", "any", ""),
    ("Book the on-site visit at {client}", "Reservar la visita a {client}", "any",
     "Office: travel desk"),
    ("Ask {first} for a reference call", "Pedir a {first} una llamada de referencia",
     "customer", ""),
    ("Send {first} the security documentation", "Enviar a {first} la documentación de seguridad",
     "deal", "Tom Hughes (solutions engineer)"),
    ("Answer the RFP questions from {client}", "Responder al pliego de {client}", "deal",
     "Pablo Sánchez (pre-sales)"),
    ("Update the forecast in the CRM", "", "", ""),
    ("Submit expenses for {month}", "", "", ""),
    ("Weekly report to my manager", "", "", ""),
    ("Book train to Barcelona", "", "", "Office: travel desk"),
    ("Finish the product certification module", "", "", ""),
    ("Review the territory plan", "", "", ""),
    ("Clean up stale deals in the pipeline", "", "", ""),
    ("Prepare the team pipeline review", "", "", ""),
    ("Register for the logistics trade fair", "", "", "Marketing: events team"),
)
TASK_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("", "", "", "Check the last e-mail thread first.", "Use the new template.",
           "Ask pre-sales for the numbers.", "The figures are in the shared drive."),
    "es": ("", "", "", "Revisar antes el último hilo de correo.", "Usar la plantilla nueva.",
           "Pedir las cifras a preventa.", "Las cifras están en la unidad compartida."),
}

# The pieces of a client's notes: scale, who decides, the budget cycle, the situation, a
# habit. {n} {sites} {city} {dm} {dm_role} {k} {budget} {fy} {owned}/{el_owned} {used}
# {renewal} {incumbent} {pain} {competitor} {left}.
NOTES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "scale": ("{n} {sites}; head office in {city}.", "Head office in {city}, {n} {sites}."),
        "decides": (
            "Decision maker: {dm} ({dm_role}).",
            "{dm} ({dm_role}) signs; anything above €{k}k goes to the purchasing committee.",
            "Buys through {dm} ({dm_role}), with procurement involved from the start.",
        ),
        "budget": (
            "Budget set in {budget} for a financial year starting in {fy}.",
            "Financial year starts in {fy}; budget requests are due by {budget}.",
        ),
        "customer": (
            "Uses the {owned} at {used} of their {n} {sites}.",
            "On the {owned} since {since}; {used} {sites} live so far.",
        ),
        "key": ("Contract renews in {renewal}.", "Renewal due in {renewal}; multi-year term "
                "on the table."),
        "prospect": ("Plans with {incumbent} today. Main pain: {pain}.",
                     "Today they use {incumbent}, and {pain}."),
        "churned": ("Left for {competitor} in {left}; try to win them back when that contract "
                    "is up.",),
        "habit": ("", "", "Prefers calls before 10:00.", "Prefers e-mail to calls.",
                  "Wants figures in every meeting.", "Only meets on Tuesdays and Thursdays."),
    },
    "es": {
        "scale": ("{n} {sites}; sede central en {city}.", "Sede central en {city} y {n} {sites}."),
        "decides": (
            "Decide {dm} ({dm_role}).",
            "Firma {dm} ({dm_role}); por encima de {k}.000 € pasa por el comité de compras.",
            "Compra a través de {dm} ({dm_role}); compras participa desde el principio.",
        ),
        "budget": (
            "El presupuesto se aprueba en {budget}; el ejercicio empieza en {fy}.",
            "Ejercicio fiscal desde {fy}; las partidas se piden antes de {budget}.",
        ),
        "customer": (
            "Usa {el_owned} en {used} de sus {n} {sites}.",
            "Con {el_owned} desde {since}; {used} {sites} en marcha por ahora.",
        ),
        "key": ("El contrato se renueva en {renewal}.", "Renovación en {renewal}; hay opción de "
                "contrato plurianual."),
        "prospect": ("Hoy planifican con {incumbent}. Principal problema: {pain}.",
                     "Usan {incumbent}, y {pain}."),
        "churned": ("Se fue a {competitor} en {left}; intentar recuperarla cuando venza ese "
                    "contrato.",),
        "habit": ("", "", "Prefiere llamadas antes de las 10:00.",
                  "Prefiere el correo a las llamadas.", "Quiere cifras en cada reunión.",
                  "Solo tiene reuniones martes y jueves."),
    },
}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
EXPANSIONS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Ireland", "the Netherlands", "France"),
    "es": ("Portugal", "Francia", "Marruecos"),
}
# fmt: on
