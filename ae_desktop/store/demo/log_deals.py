"""The log's templates along a deal: qualifying, proposing, negotiating, won, lost."""

from __future__ import annotations

from typing import Final

Kinds = dict[str, tuple[tuple[str, str], ...]]  # interaction kind -> (summary, outcome) pairs

# fmt: off
TEMPLATES: Final[dict[str, dict[str, Kinds]]] = {
    "qualify": {
        "en": {
            "call": (
                ("Discovery call with {first} on {topic}",
                 "{Pain}; {dm} ({dm_role}) owns the budget."),
                ("Qualification call with {first}",
                 "Budget exists for this year; decision by the end of {month}."),
                ("Call with {first} to agree success criteria for {topic}",
                 "Three criteria agreed; they send their baseline figures."),
                ("Call with {first}: who else decides on {topic}",
                 "IT and finance join from the next meeting."),
            ),
            "meeting": (
                ("Demo of the {product} for {first} and the {team}",
                 "The {team} liked the planning board; IT wants the security documentation."),
                ("Scoping meeting with {first} for {topic}",
                 "Scope covers {scope} {sites}; proposal to follow."),
                ("Site visit with {first} to see how they plan their {staff} today",
                 "Mapped the current process; a lot of manual rework."),
            ),
            "email": (
                ("Sent {first} the summary of their requirements",
                 "Confirmed, with two corrections to the volumes."),
                ("Sent {first} the security documentation",
                 "With their IT manager for review."),
                ("E-mailed {first} two reference customers for {topic}",
                 "They will call one of them this week."),
            ),
            "note": (
                ("{Topic} is qualified", "Need, budget and timing confirmed; {dm} signs."),
                ("Prepared the demo for {topic} with pre-sales",
                 "Demo script built around their {sites}."),
            ),
            "presentation": (
                ("Presented the solution outline for {topic} to {first} and the {team}",
                 "Well received; they asked for a phased plan."),
            ),
            "meal": (
                ("Lunch with {first} to talk through {topic}",
                 "They are serious; {first} will champion it internally."),
            ),
        },
        "es": {
            "call": (
                ("Llamada de descubrimiento con {first} sobre {topic}",
                 "{Pain}; el presupuesto lo aprueba {dm} ({dm_role})."),
                ("Llamada de cualificación con {first}",
                 "Hay presupuesto este año; deciden antes de final de {month}."),
                ("Llamada con {first} para acordar los criterios de éxito {del_topic}",
                 "Tres criterios acordados; nos envían sus cifras de partida."),
                ("Llamada con {first}: quién más decide sobre {topic}",
                 "Informática y finanzas se suman a la próxima reunión."),
            ),
            "meeting": (
                ("Demo {del_product} para {first} y los {team}",
                 "A los {team} les gustó el tablero de planificación; informática pide la "
                 "documentación de seguridad."),
                ("Reunión de alcance con {first} para {topic}",
                 "El alcance cubre {scope} {sites}; enviamos propuesta."),
                ("Visita a {first} para ver cómo planifican hoy a sus {staff}",
                 "Proceso actual mapeado; mucho trabajo manual."),
            ),
            "email": (
                ("Enviado a {first} el resumen de necesidades",
                 "Lo confirman con dos correcciones en los volúmenes."),
                ("Enviada a {first} la documentación de seguridad",
                 "La revisa su responsable de sistemas."),
                ("Enviados a {first} dos clientes de referencia para {topic}",
                 "Llamarán a uno de ellos esta semana."),
            ),
            "note": (
                ("{Topic}: oportunidad cualificada",
                 "Necesidad, presupuesto y plazos confirmados; firma {dm}."),
                ("Preparé con preventa la demo {del_topic}", "Guion adaptado a sus {sites}."),
            ),
            "presentation": (
                ("Presentación de la solución para {topic} a {first} y los {team}",
                 "Buena acogida; piden un plan por fases."),
            ),
            "meal": (
                ("Comida con {first} para hablar {del_topic}",
                 "Van en serio; {first} lo defenderá dentro."),
            ),
        },
    },
    # A deal at Proposal.
    "propose": {
        "en": {
            "call": (
                ("Call with {first} to walk through the proposal for {topic}",
                 "Scope is clear; questions on the payment terms."),
                ("Checked in with {first} on the proposal",
                 "Still with finance; answer expected next week."),
                ("Call with {first}: ROI questions on {topic}",
                 "Sending the ROI model with their own figures."),
            ),
            "email": (
                ("Sent {first} the proposal for {topic}",
                 "Awaiting feedback; they review it at the {month} committee."),
                ("Sent {first} the ROI model for {topic}",
                 "Payback under a year on their numbers."),
                ("Sent {first} a revised proposal for {topic}",
                 "Phased start with {scope} {sites}."),
                ("Answered the data protection questions from {first}",
                 "Data processing agreement accepted with one change."),
            ),
            "meeting": (
                ("Proposal review with {first} and finance",
                 "Finance asked for a quarterly payment option."),
                ("Meeting with {first} and IT on the {product} integration",
                 "Integration through the API confirmed; no blockers."),
            ),
            "presentation": (
                ("Presented the proposal for {topic} to {first} and the management team",
                 "Positive; {dm} wants to visit a reference customer."),
            ),
            "note": (
                ("Proposal for {topic} is with {dm}", "Decision likely at the {month} committee."),
                ("{competitor} is also bidding for {topic}",
                 "They are cheaper; we lead on integration and support."),
            ),
            "meal": (
                ("Lunch with {first} while the proposal is under review",
                 "We are the favourite; price is the open point."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} para repasar la propuesta",
                 "El alcance está claro; dudas sobre las condiciones de pago."),
                ("Seguimiento de la propuesta con {first}",
                 "Sigue en finanzas; respuesta la semana que viene."),
                ("Llamada con {first}: preguntas sobre el retorno {del_topic}",
                 "Preparamos el cálculo del ROI con sus propias cifras."),
            ),
            "email": (
                ("Enviada a {first} la propuesta para {topic}",
                 "Pendiente de respuesta; la revisan en el comité de {month}."),
                ("Enviado a {first} el cálculo del ROI",
                 "Amortización en menos de un año con sus datos."),
                ("Enviada a {first} la propuesta revisada",
                 "Arranque por fases con {scope} {sites}."),
                ("Respondidas las preguntas de {first} sobre protección de datos",
                 "Aceptan el contrato de encargo de tratamiento con un cambio."),
            ),
            "meeting": (
                ("Reunión con {first} y finanzas para revisar la propuesta",
                 "Finanzas pide la opción de pago trimestral."),
                ("Reunión con {first} e informática sobre la integración",
                 "Integración por API confirmada; sin bloqueos."),
            ),
            "presentation": (
                ("Presentación de la propuesta a {first} y al comité de dirección",
                 "Positiva; {dm} quiere visitar a un cliente de referencia."),
            ),
            "note": (
                ("La propuesta para {topic} está en manos de {dm}",
                 "Decisión probable en el comité de {month}."),
                ("{competitor} también compite por {topic}",
                 "Son más baratos; ganamos en integración y soporte."),
            ),
            "meal": (
                ("Comida con {first} mientras revisan la propuesta",
                 "Somos la opción favorita; queda cerrar el precio."),
            ),
        },
    },
    # A deal at Negotiation.
    "negotiate": {
        "en": {
            "call": (
                ("Pricing call with {first} on {topic}",
                 "Asked for 12 % off; offered 6 % for a two-year term."),
                ("Call with {first} and procurement",
                 "Procurement wants 60-day payment terms; finance can accept 45."),
                ("Call with {first} on the contract redlines",
                 "Two clauses left: the liability cap and the notice period."),
            ),
            "email": (
                ("Sent {first} the revised quote for {topic}",
                 "Discount capped at 8 % with a two-year commitment."),
                ("Sent the contract draft for {topic} to {first}",
                 "Their legal team reviews it by the end of the month."),
                ("Sent {first} the order form for {topic}", "With {dm} for signature."),
            ),
            "meeting": (
                ("Negotiation meeting with {first} and procurement",
                 "Close on price; legal review of the MSA pending."),
                ("Final terms meeting with {first}", "Verbal yes, subject to board approval."),
            ),
            "note": (
                ("{Topic}: waiting for the board",
                 "The board meets in {month}; no further discount until then."),
                ("Legal comments on the contract for {topic} received",
                 "Passed to our legal team; reply due Friday."),
            ),
            "presentation": (
                ("Final presentation of {topic} to the board",
                 "The board wants a phased rollout; pricing accepted."),
            ),
            "meal": (
                ("Dinner with {first} before the signature",
                 "Strong relationship; signature expected this month."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} para negociar el precio {del_topic}",
                 "Piden un 12 % de descuento; ofrecemos un 6 % a dos años."),
                ("Llamada con {first} y compras",
                 "Compras quiere pago a 60 días; finanzas puede aceptar 45."),
                ("Llamada con {first} sobre los cambios al contrato",
                 "Quedan dos cláusulas: el límite de responsabilidad y el preaviso."),
            ),
            "email": (
                ("Enviado a {first} el presupuesto revisado para {topic}",
                 "Descuento máximo del 8 % con compromiso de dos años."),
                ("Enviado a {first} el borrador del contrato",
                 "Su asesoría jurídica lo revisa antes de fin de mes."),
                ("Enviada a {first} la hoja de pedido", "Pendiente de la firma de {dm}."),
            ),
            "meeting": (
                ("Reunión de negociación con {first} y compras",
                 "Cerca en precio; falta la revisión legal del contrato marco."),
                ("Reunión de condiciones finales con {first}",
                 "Sí verbal, pendiente de la aprobación del consejo."),
            ),
            "note": (
                ("{Topic}: pendiente del consejo",
                 "El consejo se reúne en {month}; no damos más descuento hasta entonces."),
                ("Recibidos los comentarios legales al contrato",
                 "Pasados a nuestro equipo jurídico; respondemos el viernes."),
            ),
            "presentation": (
                ("Presentación final {del_topic} al consejo de administración",
                 "Piden un despliegue por fases; aceptan el precio."),
            ),
            "meal": (
                ("Cena con {first} antes de la firma",
                 "Muy buena relación; firma prevista este mes."),
            ),
        },
    },
    # The last touch of a won deal.
    "won": {
        "en": {
            "call": (("{first} called: {topic} is approved",
                      "Order form signed; kick-off to book."),),
            "email": (("Signed order form for {topic} received from {first}",
                       "Handover to onboarding started."),),
            "meeting": (("Kick-off meeting with {first} for {topic}",
                         "Project plan signed off; weekly status calls agreed."),),
            "note": (("Won: {topic}",
                      "What made the difference: the integration with their ERP and the pilot."),),
            "presentation": (("Presented the rollout plan for {topic} to the {team}",
                              "Go-live dates agreed site by site."),),
            "meal": (("Lunch with {first} after signing {topic}",
                      "They already talk about a second phase."),),
        },
        "es": {
            "call": (("Llamada de {first}: luz verde {al_topic}",
                      "Hoja de pedido firmada; falta fijar el arranque."),),
            "email": (("Recibida de {first} la hoja de pedido firmada",
                       "Traspaso al equipo de implantación en marcha."),),
            "meeting": (("Reunión de arranque con {first}",
                         "Plan de proyecto aprobado; seguimiento semanal acordado."),),
            "note": (("Cerrado con éxito: {topic}",
                      "Claves: la integración con su ERP y los resultados del piloto."),),
            "presentation": (("Presentación del plan de despliegue a los {team}",
                              "Fechas de arranque acordadas centro a centro."),),
            "meal": (("Comida con {first} tras la firma",
                      "Ya hablan de una segunda fase."),),
        },
    },
    # The last touch of a lost deal: the outcome is the lost reason's (LOST_REASONS).
    "lost": {
        "en": {
            "call": (("Call with {first}: their decision on {topic}", ""),),
            "email": (("E-mail from {first} with their decision on {topic}", ""),),
            "meeting": (("Meeting with {first} to hear their decision on {topic}", ""),),
            "note": (("Lost: {topic}", ""),),
            "presentation": (("Last presentation of {topic} to the management team", ""),),
            "meal": (("Lunch with {first} after their decision on {topic}", ""),),
        },
        "es": {
            "call": (("Llamada con {first}: su decisión sobre {topic}", ""),),
            "email": (("Correo de {first} con su decisión sobre {topic}", ""),),
            "meeting": (("Reunión con {first} para conocer su decisión sobre {topic}", ""),),
            "note": (("Oportunidad perdida: {topic}", ""),),
            "presentation": (("Última presentación {del_topic} a la dirección", ""),),
            "meal": (("Comida con {first} tras su decisión sobre {topic}", ""),),
        },
    },
    # A renewal deal before Negotiation.
}
# fmt: on
