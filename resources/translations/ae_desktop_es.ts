<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="46"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="47"/>
        <source>&amp;Deals</source>
        <translation>&amp;Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="48"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="55"/>
        <source>New &amp;deal…</source>
        <translation>Nueva &amp;oportunidad…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="59"/>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="63"/>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Informe semanal…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="86"/>
        <source>&amp;Report</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="88"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="89"/>
        <source>&amp;About AE Desktop</source>
        <translation>&amp;Acerca de AE Desktop</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../ae_desktop/ui/report/preview.py" line="15"/>
        <source>Report pages</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/preview.py" line="37"/>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="34"/>
        <source>Export weekly report</source>
        <translation>Exportar el informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="35"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="68"/>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="199"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="85"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="87"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="88"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="89"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="133"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="149"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="149"/>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="154"/>
        <source>The report could not be prepared: {0}</source>
        <translation>No se pudo preparar el informe: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="184"/>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="195"/>
        <source>Saved {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="199"/>
        <source>The PDF was not saved: {0}</source>
        <translation>El PDF no se ha guardado: {0}</translation>
    </message>
</context>
<context>
    <name>WeekBar</name>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="32"/>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="33"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="35"/>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="36"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="47"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="51"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="16"/>
        <source>Key account</source>
        <translation>Cuenta clave</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="17"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="18"/>
        <location filename="../../ae_desktop/ui/labels.py" line="24"/>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="25"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="26"/>
        <source>Churned</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="32"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="33"/>
        <location filename="../../ae_desktop/ui/labels.py" line="69"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="34"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="35"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="36"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="37"/>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="55"/>
        <source>New business</source>
        <translation>Nuevo negocio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="56"/>
        <source>Upsell</source>
        <translation>Venta adicional</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="57"/>
        <source>Cross-sell</source>
        <translation>Venta cruzada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="58"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="64"/>
        <source>Client work</source>
        <translation>Trabajo con clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="65"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="66"/>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="67"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="68"/>
        <source>Focus</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="70"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="77"/>
        <source>Do now</source>
        <translation>Hacer ahora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="78"/>
        <source>Schedule</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="79"/>
        <source>Delegate</source>
        <translation>Delegar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="80"/>
        <source>Drop</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="87"/>
        <source>1 deal</source>
        <translation>1 oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="89"/>
        <source>{0} deals</source>
        <translation>{0} oportunidades</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../ae_desktop/report/formats.py" line="132"/>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="90"/>
        <location filename="../../ae_desktop/report/sections.py" line="54"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="93"/>
        <location filename="../../ae_desktop/report/sections.py" line="45"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="134"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="31"/>
        <source>Pipeline by stage</source>
        <translation>Embudo por etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="34"/>
        <source>No open deals.</source>
        <translation>No hay oportunidades abiertas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="42"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · ponderado %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="53"/>
        <location filename="../../ae_desktop/report/section_next.py" line="79"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="52"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="83"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="54"/>
        <source>Weighted by probability</source>
        <translation>Ponderado por probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="77"/>
        <source>No activities logged.</source>
        <translation>No se registraron actividades.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="82"/>
        <source>Activities per day</source>
        <translation>Actividades por día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="88"/>
        <source>%n call</source>
        <translation>%n llamada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="89"/>
        <source>%n calls</source>
        <translation>%n llamadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="92"/>
        <source>%n meeting</source>
        <translation>%n reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="93"/>
        <source>%n meetings</source>
        <translation>%n reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="96"/>
        <source>%n e-mail</source>
        <translation>%n correo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="97"/>
        <source>%n e-mails</source>
        <translation>%n correos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="100"/>
        <source>%n note</source>
        <translation>%n nota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="101"/>
        <source>%n notes</source>
        <translation>%n notas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="104"/>
        <source>%n presentation</source>
        <translation>%n presentación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="105"/>
        <source>%n presentations</source>
        <translation>%n presentaciones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="108"/>
        <source>%n meal</source>
        <translation>%n comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="109"/>
        <source>%n meals</source>
        <translation>%n comidas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="128"/>
        <source>Time by quadrant</source>
        <translation>Tiempo por cuadrante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="131"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="106"/>
        <source>No time blocked this week.</source>
        <translation>No hay tiempo bloqueado esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="137"/>
        <source>%1 of planned time on Schedule (Q2) work</source>
        <translation>%1 del tiempo planificado en trabajo de Planificar (Q2)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="156"/>
        <source>Planned %1 · done %2</source>
        <translation>Planificado %1 · hecho %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="26"/>
        <source>Next week · %1</source>
        <translation>Próxima semana · %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="37"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="38"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="39"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="40"/>
        <location filename="../../ae_desktop/report/section_next.py" line="61"/>
        <location filename="../../ae_desktop/report/section_next.py" line="76"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="50"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="80"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="164"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="51"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="52"/>
        <source>No meetings in the calendar.</source>
        <translation>No hay reuniones en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="59"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="60"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="67"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="68"/>
        <source>No follow-ups due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="75"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="49"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="79"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="77"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="81"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="78"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="80"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="93"/>
        <source>Deals expected to close</source>
        <translation>Oportunidades con cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="94"/>
        <source>No deals expected to close.</source>
        <translation>No hay oportunidades con cierre previsto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="106"/>
        <source>No activity recorded this week</source>
        <translation>No se registró actividad esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="112"/>
        <source>No interactions, time blocks, closed deals or stage changes were recorded from %1 to %2.</source>
        <translation>No se registraron interacciones, bloques de tiempo, cierres ni cambios de etapa del %1 al %2.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="140"/>
        <source>Pipeline snapshot</source>
        <translation>Situación del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="142"/>
        <source>Open pipeline %1 · forecast for %2: %3</source>
        <translation>Embudo abierto %1 · previsión para %2: %3</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="38"/>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="41"/>
        <source>… and %1 more, not listed here.</source>
        <translation>… y %1 más, que no aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="48"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="51"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="53"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="54"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="56"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="57"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="70"/>
        <source>Won and lost this week</source>
        <translation>Ganadas y perdidas esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="71"/>
        <source>No deals won or lost this week.</source>
        <translation>Esta semana no se ganó ni se perdió ninguna oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="77"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="82"/>
        <source>Moved</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="95"/>
        <source>Deals that moved stage</source>
        <translation>Oportunidades que cambiaron de etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="96"/>
        <source>No deal changed stage this week.</source>
        <translation>Ninguna oportunidad cambió de etapa esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="103"/>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="113"/>
        <source>Other clients</source>
        <translation>Otros clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="115"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="118"/>
        <source>By kind of work</source>
        <translation>Por tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="121"/>
        <source>By client</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="138"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="139"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="153"/>
        <source>No client time.</source>
        <translation>Sin tiempo con clientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="165"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="166"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="167"/>
        <source>Open deals</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="168"/>
        <source>Open value</source>
        <translation>Valor abierto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="169"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="170"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="184"/>
        <source>Client status</source>
        <translation>Estado de los clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="185"/>
        <source>No key accounts, and no client was touched this week.</source>
        <translation>No hay cuentas clave y esta semana no se contactó con ningún cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="194"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="198"/>
        <source>Neglected</source>
        <translation>Desatendido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="203"/>
        <source>%n rotting deal</source>
        <translation>%n oportunidad estancada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="204"/>
        <source>%n rotting deals</source>
        <translation>%n oportunidades estancadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="88"/>
        <source>No quota set</source>
        <translation>Sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="91"/>
        <source>%1 · quota %2</source>
        <translation>%1 · cuota %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="96"/>
        <location filename="../../ae_desktop/report/sections.py" line="108"/>
        <source>Quota attainment (QTD)</source>
        <translation>Cumplimiento de cuota (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="99"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="106"/>
        <source>%1 · no quota set</source>
        <translation>%1 · sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="112"/>
        <source>Won this week</source>
        <translation>Ganado esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="117"/>
        <source>Forecast (quarter)</source>
        <translation>Previsión (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="123"/>
        <source>Pipeline coverage</source>
        <translation>Cobertura del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="126"/>
        <source>Open pipeline %1</source>
        <translation>Embudo abierto %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="131"/>
        <source>Win rate (QTD)</source>
        <translation>Tasa de cierre (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="136"/>
        <source>Average deal (QTD)</source>
        <translation>Ticket medio (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="139"/>
        <source>Won %1 this quarter</source>
        <translation>Ganado este trimestre: %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="144"/>
        <source>Sales cycle (QTD)</source>
        <translation>Ciclo de venta (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="146"/>
        <source>From creation to won</source>
        <translation>De la creación al cierre ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="149"/>
        <source>Activities (week)</source>
        <translation>Actividades (semana)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="152"/>
        <source>%1 this quarter</source>
        <translation>%1 este trimestre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="162"/>
        <source>%n deal won</source>
        <translation>%n oportunidad ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="163"/>
        <source>%n deals won</source>
        <translation>%n oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="173"/>
        <source>%n day</source>
        <translation>%n día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="174"/>
        <source>%n days</source>
        <translation>%n días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="197"/>
        <source>%n deal in another currency is not included.</source>
        <translation>No se incluye %n oportunidad en otra moneda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="198"/>
        <source>%n deals in other currencies are not included.</source>
        <translation>No se incluyen %n oportunidades en otras monedas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="255"/>
        <source>Value won</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="256"/>
        <source>Deals won</source>
        <translation>Oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="257"/>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="258"/>
        <source>Win rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="260"/>
        <source>Average deal</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="263"/>
        <source>Sales cycle</source>
        <translation>Ciclo de venta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="265"/>
        <source>Upsell + cross-sell share</source>
        <translation>Peso de venta adicional y cruzada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="268"/>
        <source>CSAT (ratings)</source>
        <translation>CSAT (valoraciones)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="269"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="271"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="281"/>
        <source>Key figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="282"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="283"/>
        <source>Quarter to date</source>
        <translation>Trimestre hasta la fecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="291"/>
        <source>Week and quarter to date</source>
        <translation>La semana y el trimestre hasta la fecha</translation>
    </message>
</context>
</TS>
