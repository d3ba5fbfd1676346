"""The log's templates for customers: renewals, running the account, churn."""

from __future__ import annotations

from typing import Final

Kinds = dict[str, tuple[tuple[str, str], ...]]  # interaction kind -> (summary, outcome) pairs

# fmt: off
TEMPLATES: Final[dict[str, dict[str, Kinds]]] = {
    "renew": {
        "en": {
            "call": (
                ("Called {first} about the timing of {topic}",
                 "Decision moves to {month}; they want revised pricing."),
                ("Renewal call with {first}",
                 "Happy to renew; they want the price held at this year's level."),
            ),
            "email": (
                ("Sent {first} the quote for {topic}", "Forwarded to their finance team."),
                ("Sent {first} the usage figures ahead of {topic}",
                 "Numbers agreed; no change in scope."),
            ),
            "meeting": (
                ("Renewal review with {first}",
                 "Usage up {pct} %; renewal for {n} {sites} agreed in principle."),
            ),
            "note": (
                ("{Topic} is due in {close_month}",
                 "Get the proposal in before their budget closes."),
            ),
            "presentation": (
                ("Presented the year in review to {first} ahead of {topic}",
                 "Strong results; they asked to see the roadmap."),
            ),
            "meal": (
                ("Lunch with {first} ahead of {topic}",
                 "No appetite to change supplier; price is their only concern."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} sobre los plazos {del_topic}",
                 "La decisión pasa a {month}; piden precios revisados."),
                ("Llamada de renovación con {first}",
                 "Quieren renovar manteniendo el precio de este año."),
            ),
            "email": (
                ("Enviado a {first} el presupuesto para {topic}", "Reenviado a su departamento de "
                 "finanzas."),
                ("Enviadas a {first} las cifras de uso antes {del_topic}",
                 "Cifras validadas; sin cambios de alcance."),
            ),
            "meeting": (
                ("Revisión anual con {first} antes de renovar",
                 "Uso un {pct} % más alto; renovación para sus {n} {sites} acordada en "
                 "principio."),
            ),
            "note": (
                ("{Topic} vence en {close_month}",
                 "Enviar la propuesta antes de que cierren su presupuesto."),
            ),
            "presentation": (
                ("Presentación del balance del año a {first} antes de renovar",
                 "Buenos resultados; piden ver la hoja de ruta."),
            ),
            "meal": (
                ("Comida con {first} antes {del_topic}",
                 "No quieren cambiar de proveedor; solo les preocupa el precio."),
            ),
        },
    },
    # An active customer when no deal is being discussed: running the account.
    "account": {
        "en": {
            "call": (
                ("Call with {first} to review how the {team} use the {owned}",
                 "Adoption good at most of their {sites}; two need training."),
                ("Check-in call with {first} about the open invoice",
                 "Finance confirmed the payment goes out this week."),
                ("Call with {first} about two open support escalations",
                 "Escalated to our support manager; update promised by Thursday."),
                ("Quick call with {first} on the new {owned} features",
                 "Keen on the new reports; asked for a session with the {team}."),
                ("Call with {first} to prepare the steering meeting",
                 "Agenda agreed; they will bring their IT lead."),
                ("Called {first} about training for new {team}",
                 "Two sessions booked for {month}."),
            ),
            "meeting": (
                ("Quarterly business review with {first}",
                 "{Win}; they asked for a roadmap session."),
                ("Site visit with {first} and the {team}",
                 "Saw the {owned} in daily use; two improvement requests logged."),
                ("Steering meeting with {first}",
                 "Rollout on track; the remaining {sites} go live in {month}."),
                ("Workshop with {first} on their reporting needs",
                 "Three custom reports requested; sizing them with pre-sales."),
            ),
            "email": (
                ("Sent {first} the minutes of the steering meeting", "Action items confirmed."),
                ("Sent {first} the usage report for {month_prev}",
                 "Shared with {boss} the same day."),
                ("E-mail from {first} about a billing error",
                 "Credit note issued by our finance team."),
                ("Sent {first} the release notes of the {owned}",
                 "Asked for a demo of the new features."),
                ("Sent {first} the draft of the case study about their project",
                 "Approved with one change."),
            ),
            "note": (
                ("A partner says {client} {news}", "Good moment to offer the {product}."),
                ("{first} moves to a new role next month",
                 "Need a new champion; ask for an introduction."),
                ("Support tickets at {client} are trending down",
                 "Three this month against nine in {month_prev}."),
                ("Budget for the next financial year at {client} is set in {budget_month}",
                 "Get the renewal proposal in before then."),
                ("Reviewed the account plan for {client}",
                 "Next: the {product} for the {team}."),
            ),
            "presentation": (
                ("Presented the {owned} roadmap to {first} and the management team",
                 "Positive; they asked for a phased budget."),
                ("Training webinar for the {team}",
                 "{n2} attendees; six asked for follow-up sessions."),
            ),
            "meal": (
                ("Lunch with {first}",
                 "Relationship building; their procurement team is being restructured."),
                ("Business dinner with {first} and their operations director",
                 "Happy with the service; hinted at expanding into {expansion}."),
                ("Coffee with {first} after the trade fair", "Interested in the {product}."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} para revisar el uso {del_owned}",
                 "Buena adopción en la mayoría de sus {sites}; falta formación en dos."),
                ("Llamada con {first} por la factura pendiente",
                 "Finanzas confirma el pago esta semana."),
                ("Llamada con {first} sobre dos incidencias escaladas",
                 "Escaladas a nuestro responsable de soporte; respuesta antes del jueves."),
                ("Llamada rápida con {first} sobre las novedades {del_owned}",
                 "Les interesan los nuevos informes; piden una sesión para los {team}."),
                ("Llamada con {first} para preparar el comité de seguimiento",
                 "Orden del día cerrado; vendrá su responsable de sistemas."),
                ("Llamada con {first} sobre la formación de los nuevos {team}",
                 "Dos sesiones reservadas para {month}."),
            ),
            "meeting": (
                ("Revisión trimestral de negocio con {first}",
                 "{Win}; piden una sesión sobre la hoja de ruta."),
                ("Visita a {first} y los {team}",
                 "Vimos {el_owned} en el día a día; dos mejoras anotadas."),
                ("Comité de seguimiento con {first}",
                 "Despliegue en plazo; el resto de {sites} arranca en {month}."),
                ("Taller con {first} sobre sus necesidades de informes",
                 "Piden tres informes a medida; los dimensionamos con preventa."),
            ),
            "email": (
                ("Enviada a {first} el acta del comité de seguimiento", "Acciones confirmadas."),
                ("Enviado a {first} el status report de {month_prev}",
                 "Lo comparte con {boss} el mismo día."),
                ("Correo de {first} por un error de facturación",
                 "Nuestro departamento de finanzas emite un abono."),
                ("Enviadas a {first} las novedades {del_owned}",
                 "Piden una demo de las nuevas funciones."),
                ("Enviado a {first} el borrador del caso de éxito de su proyecto",
                 "Aprobado con un cambio."),
            ),
            "note": (
                ("Un partner comenta que {client} {news}",
                 "Buen momento para ofrecer {el_product}."),
                ("{first} cambia de puesto el mes que viene",
                 "Necesitamos un nuevo interlocutor; pedir que nos presente."),
                ("Las incidencias de {client} van a la baja",
                 "Tres este mes frente a nueve en {month_prev}."),
                ("{client} aprueba el presupuesto del próximo ejercicio en {budget_month}",
                 "Enviar antes la propuesta de renovación."),
                ("Revisado el plan de cuenta de {client}",
                 "Siguiente paso: {el_product} para los {team}."),
            ),
            "presentation": (
                ("Presentación de la hoja de ruta {del_owned} a {first} y la dirección",
                 "Positiva; piden un presupuesto por fases."),
                ("Webinar de formación para los {team}",
                 "{n2} asistentes; seis piden sesiones de seguimiento."),
            ),
            "meal": (
                ("Comida con {first}", "Buena relación; están reorganizando compras."),
                ("Cena de trabajo con {first} y su director de operaciones",
                 "Contentos con el servicio; insinúan expandirse a {expansion}."),
                ("Café con {first} después de la feria", "Interés en {el_product}."),
            ),
        },
    },
    # A customer on its way out (the later interactions of a churned client).
    "churn": {
        "en": {
            "call": (
                ("Escalation call with {first} about response times",
                 "Unhappy with support; asked for a service review."),
                ("Call with {first}: they are reviewing suppliers",
                 "{competitor} offered a lower price; decision in {month}."),
                ("{first} called to give notice on the contract",
                 "Not renewing; moving to {competitor}."),
            ),
            "email": (
                ("Formal complaint from {first} about the last update",
                 "Apologised; the fix ships in the next release."),
                ("E-mail from {first}: notice of non-renewal",
                 "Contract ends at the end of the term; they asked for a data export."),
                ("Sent {first} the data export", "Receipt confirmed."),
            ),
            "meeting": (
                ("Service review with {first} after the escalations",
                 "Action plan agreed; they remain sceptical."),
                ("Exit meeting with {first}",
                 "Main reasons: price and gaps in reporting. Door left open."),
            ),
            "note": (
                ("Account at risk: {client}",
                 "Usage down {pct} % in three months; our sponsor left."),
                ("Churned: {client}", "Win-back possible when their new contract comes up."),
            ),
            "presentation": (
                ("Presented a recovery plan to {first}",
                 "Too late; the decision to switch is made."),
            ),
            "meal": (
                ("Lunch with {first} to understand the decision",
                 "Nothing personal: their new owner standardised on {competitor}."),
            ),
        },
        "es": {
            "call": (
                ("Llamada de escalado con {first} por los tiempos de respuesta",
                 "Descontentos con el soporte; piden una revisión del servicio."),
                ("Llamada con {first}: están revisando proveedores",
                 "{competitor} les ofrece un precio más bajo; deciden en {month}."),
                ("{first} llama para comunicar la baja del contrato",
                 "No renuevan; se van a {competitor}."),
            ),
            "email": (
                ("Reclamación formal de {first} por la última actualización",
                 "Pedimos disculpas; la corrección sale en la próxima versión."),
                ("Correo de {first}: preaviso de no renovación",
                 "El contrato termina al final del periodo; piden exportar sus datos."),
                ("Enviada a {first} la exportación de datos", "Confirman la recepción."),
            ),
            "meeting": (
                ("Revisión del servicio con {first} tras las incidencias",
                 "Plan de acción acordado; siguen escépticos."),
                ("Reunión de salida con {first}",
                 "Motivos: precio y carencias en los informes. Puerta abierta."),
            ),
            "note": (
                ("Cuenta en riesgo: {client}",
                 "Uso un {pct} % más bajo en tres meses; se ha ido nuestro valedor."),
                ("Baja: {client}", "Posible recuperación cuando venza su nuevo contrato."),
            ),
            "presentation": (
                ("Presentación del plan de recuperación a {first}",
                 "Demasiado tarde; la decisión de cambiar está tomada."),
            ),
            "meal": (
                ("Comida con {first} para entender la decisión",
                 "Nada personal: su nuevo dueño ha estandarizado con {competitor}."),
            ),
        },
    },
}
# fmt: on
