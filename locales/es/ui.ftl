# Casebook en español.

## Shared words

common-duration-under-minute = menos de un minuto
common-duration-minutes = { $minutes } min
common-duration-hours = { $hours } h
common-duration-hours-minutes = { $hours } h { $minutes } min
common-duration-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
common-ago = hace { $duration }
common-when-today = Hoy { $time }
common-when-yesterday = Ayer { $time }
common-date-time = { $date } { $time }
common-at-today = hoy { $time }
common-at-tomorrow = mañana { $time }
common-day-today = hoy
common-day-tomorrow = mañana
common-save = Guardar
common-cancel = Cancelar
common-nobody = Nadie
common-former-staff = Antiguo empleado
common-colleague = Un compañero

## Language and formats (Settings)

desk-locale-title = Idioma y formatos
desk-locale-intro = Casebook habla el idioma de la tienda y escribe fechas, horas y números a su manera. Un puesto puede elegir otro para la persona que trabaja en él.
desk-locale-shop = La tienda
desk-locale-shop-hint = Para todos los puestos, salvo que elijan el suyo. Solo el propietario puede cambiarlo.
desk-locale-desk = Este puesto
desk-locale-desk-hint = Para quien trabaja en este ordenador; los demás puestos mantienen la elección de la tienda.
desk-locale-language = Idioma
desk-locale-region = Fechas y números
desk-locale-follow-system = Como este ordenador ({ $name })
desk-locale-follow-shop = Como la tienda ({ $name })
desk-locale-example = Por ejemplo: { $date }, { $time }, { $number }
desk-locale-saved = Idioma y formatos guardados.
desk-locale-owner-only = Solo el propietario puede cambiar el idioma de la tienda.
language-en = English
language-nl = Nederlands
language-de = Deutsch
language-fr = Français
language-es = Español

## The desk: staff, top bar, first run
desk-handed-you = { $from } te ha pasado: { $subject }
desk-now-at-desk = { $name } está en el mostrador.
desk-staff-member = Empleado

## Opening hours, holidays and response targets
hours-title = Horario y plazos de respuesta
hours-loading = Cargando los ajustes…
hours-saved = Guardado. Cada caso abierto tiene su plazo recalculado.
hours-discard = Descartar cambios
hours-intro = Todos los clientes tienen los mismos plazos, contados solo en horario de apertura. { $canEdit ->
    [yes] Solo un encargado de turno o el propietario puede cambiarlos.
   *[no] Solo un encargado de turno o el propietario puede cambiarlos; tú puedes cambiar el aviso de este puesto.
}
hours-preview-title = Un caso abierto ahora vencería
hours-priority = Prioridad
hours-first-response-by = Primera respuesta antes de
hours-resolved-by = Resuelto antes de
hours-targets-title = Plazos de respuesta
hours-targets-hint = En minutos de horario de apertura. Iguales para todos los clientes; solo la prioridad del caso los cambia.
hours-first-response = Primera respuesta
hours-next-response = Respuesta a un mensaje nuevo
hours-resolution = Resolución
hours-target-first-label = { $priority }: primera respuesta, minutos
hours-target-next-label = { $priority }: respuesta, minutos
hours-target-resolution-label = { $priority }: resolución, minutos
hours-notify-title = Notificaciones en este puesto
hours-lead-label = Avisarme estos minutos antes de que venza un caso
hours-notify-hint = Llega un aviso cuando un caso está a punto de vencer y cuando ha vencido, una vez cada uno.
hours-opening-title = Horario de apertura
hours-time-zone = Zona horaria
hours-closed = Cerrado
hours-opens = { $day } abre
hours-closes = { $day } cierra
hours-remove-interval = Quitar { $day } { $start }–{ $end }
hours-add-interval = + Añadir horas (jornada partida)
hours-open-day = + Abrir este día
hours-holidays-title = Festivos
hours-holidays-none = No hay festivos. Añade los días en que la tienda cierra o impórtalos de un archivo de calendario .ics.
hours-holiday-date = Fecha
hours-holiday-name = Nombre
hours-every-year = Cada año
hours-every-year-lower = cada año
hours-remove = Quitar
hours-holiday-date-label = Fecha del festivo
hours-holiday-name-label = Nombre del festivo
hours-remove-holiday = Quitar el festivo { $date }
hours-add-holiday = + Añadir un festivo
hours-import-ics = Importar de un archivo .ics…
hours-found-holidays = { $count ->
    [one] Se encontró { $count } festivo
   *[other] Se encontraron { $count } festivos
}:
hours-and-more = …y { $count } más
hours-add-them = Añadirlos
hours-holidays-added = { $count ->
    [one] { $count } festivo añadido. Guarda para conservarlo.
   *[other] { $count } festivos añadidos. Guarda para conservarlos.
}
hours-json-copied = El calendario está en el portapapeles como JSON.
hours-json-not-json = Ese texto no es JSON, así que no se cargó nada. Pega todo el calendario otra vez, de {"{"} a {"}"}; lo habitual es que falte una coma o unas comillas.
hours-json-not-calendar = Ese JSON no es un calendario: necesita "time_zone" y "week". No se cargó nada.
hours-json-loaded = Calendario cargado desde JSON. Revisa la vista previa y guarda.
hours-json-title = Copiar o cargar el calendario como JSON
hours-json-hint = El mismo formato que lee esta orden:
hours-json-copy = Copiar el calendario como JSON
hours-json-paste = Pegar un calendario…
hours-json-label = Calendario en JSON
hours-json-use = Usar este calendario

## Backups and data
data-header-not-found = Casebook no encontró la fila con los encabezados de columna. Mira abajo las primeras filas del archivo y elige la fila que los contiene.
data-header-choose = Elige la fila…
data-header-first = Elige primero la fila con los encabezados de columna.

## Stored values in words
case-channel-walk-in = En tienda
case-channel-phone = Teléfono
case-channel-email = Correo
case-channel-chat = Chat
case-channel-other = Otro
case-status-open = Abierto
case-status-waiting = Esperando al cliente
case-status-resolved = Resuelto
case-status-closed = Cerrado
case-priority-low = Baja
case-priority-normal = Normal
case-priority-high = Alta
case-priority-urgent = Urgente
desk-role-staff = Empleado
desk-role-lead = Encargado de turno
desk-role-owner = Propietario
case-entry-customer-message = El cliente dijo
case-entry-reply = Respuesta
case-entry-note = Nota interna
case-entry-call = Llamada
case-entry-visit = Visita
case-direction-inbound = Nos llamaron
case-direction-outbound = Les llamamos
outreach-outcome-reached = Contactado
outreach-outcome-left-message = Mensaje dejado
outreach-outcome-no-answer = Sin respuesta
outreach-outcome-wrong-number = Número equivocado
duplicates-reason-same-phone = Mismo teléfono
duplicates-reason-same-email = Mismo correo
duplicates-reason-same-name = Mismo nombre
case-score-1 = Muy insatisfecho
case-score-2 = Insatisfecho
case-score-3 = Correcto
case-score-4 = Satisfecho
case-score-5 = Muy satisfecho

## Timeline headings
case-event-customer-created = Cliente añadido
case-event-customer-updated = Ficha cambiada
case-event-case-opened = Caso abierto ({ $channel })
case-event-customer-message = El cliente dijo ({ $channel })
case-event-reply = Respuesta ({ $channel })
case-event-note = Nota interna
case-event-call-inbound = Llamada del cliente
case-event-call-outbound = Llamada al cliente
case-event-visit = Visita
case-event-status-changed = Estado: { $from } → { $to }
case-event-assignment-changed = Responsable cambiado
case-event-priority-changed = Prioridad: { $from } → { $to }
case-event-staff-added = { $name } se ha unido al equipo
case-event-staff-updated = Empleado cambiado
case-event-handoff = Traspasado
case-event-promise-made = Promesa: { $text }
case-event-promise-kept = Promesa cumplida: { $text }
case-event-promise-broken = Promesa incumplida: { $text }
case-event-expectations-changed = Expectativas cambiadas
case-event-fact-pinned = Fijado como dato clave
case-event-fact-unpinned = Ya no fijado
case-event-complaint-flagged = Queja: { $summary }
case-event-calendar-changed = Horario cambiado
case-event-targets-changed = Plazos de respuesta cambiados
case-event-complaint-closed = Queja cerrada
case-event-case-escalated = Escalado: { $cause }
case-event-escalation-closed = Escalado cerrado: { $cause }
case-event-satisfaction-recorded = Puntuación del cliente: { $score } de 5 ({ $words })
case-event-outreach-call = Llamada de seguimiento: { $outcome }
case-event-root-causes-changed = Causas cambiadas
case-event-customers-merged = Fusionado con la ficha de { $name }
case-event-merge-undone = Fusión deshecha
case-event-not-duplicates = Marcado como un cliente distinto de una ficha parecida
case-event-files-attached = { $count ->
    [one] Archivo adjunto: { $name }
   *[other] { $count } archivos adjuntos
}
case-event-attachment-removed = Archivo quitado: { $name }
case-event-attachment-erased = Archivo borrado: { $reason }
case-event-attachment-limit-changed = Archivo más grande admitido: { $megabytes } MB
case-event-mailbox-connected = Buzón { $address } conectado en el puesto «{ $desk }»
case-event-mailbox-disconnected = Buzón { $address } desconectado
case-event-mail-bounced = El correo volvió sin entregar
case-event-mail-auto-reply = Respuesta automática
case-event-mail-received = Correo del cliente
case-event-mail-sent-elsewhere = Correo enviado desde otro programa
case-event-mail-reply = Respuesta por correo
case-event-mail-sent-copy-found = Respuesta enviada (su copia está en el buzón)
case-event-mail-sent = Respuesta enviada
case-event-mail-failed-retrying = No se pudo enviar la respuesta; se volverá a intentar
case-event-mail-failed = No se pudo enviar la respuesta
case-event-mail-retried = Respuesta pendiente de reintentar
case-event-mail-refused = Respuesta rechazada por el puesto del correo: no enviada
desk-skip = Ir al contenido
desk-nav-label = Menú principal
desk-nav-queue = Pendientes
desk-nav-new = Nuevo
desk-nav-new-more = {" "}contacto
desk-nav-search = Buscar
desk-nav-promises = Promesas
desk-nav-outreach = Seguimiento
desk-handed = Traspasados
desk-handed-more = {" "}a ti
desk-overdue = { $count ->
    [one] { $count } vencido
   *[other] { $count } vencidos
}
desk-title-overdue = { $count ->
    [one] Casebook — { $count } vencido
   *[other] Casebook — { $count } vencidos
}
desk-notifications-off = {" "}Avisos desactivados
desk-who-label = En el mostrador: { $name }. Cambiar de persona
desk-who-nobody-label = No hay nadie en el mostrador. Elige quién eres
desk-at-the-desk = En el mostrador
desk-pick-who = ¿Quién eres?
desk-opening = Abriendo Casebook…
desk-menu-shop = Tienda
desk-menu-reports = Informes
desk-menu-register = Quejas y escalados
desk-menu-duplicates = Posibles duplicados
desk-menu-staff = Equipo
desk-menu-settings = Horario y ajustes
desk-menu-sync = Puestos y sincronización
desk-menu-mailbox = Buzón
desk-menu-data = Copias y datos

## The queue
queue-title = Pendientes
queue-count = { $count ->
    [one] { $count } caso abierto
   *[other] { $count } casos abiertos
}: primero los vencidos, luego por plazo. Los tiempos cuentan solo horas de apertura.
queue-new = Nuevo contacto
queue-loading = Cargando los pendientes…
queue-empty = No hay casos abiertos. Nadie espera.
queue-empty-press = Pulsa
queue-empty-log = para anotar una visita, una llamada o un mensaje.
queue-list-label = Casos abiertos
queue-unassigned = Sin asignar
queue-more = { $shown } de { $total } mostrados; desplázate para ver más.
queue-countdown-waiting = esperando al cliente
queue-countdown-none = sin plazo en curso
queue-countdown-overdue-by = vencido hace { $duration }
queue-countdown-overdue = vencido
queue-countdown-due-in = vence en { $duration }
case-target-first-response = Primera respuesta
case-target-next-response = Respuesta
case-target-resolution = Resolución
case-target-promise = Promesa
case-promise-resolved-by = Queremos tenerlo resuelto para { $when }.
case-promise-back-by = Le responderemos antes de { $when }.

## The case page
case-opened-at = abierto { $when }
case-escalated-to = Escalado a { $name }
case-root-cause = causa
case-score-label = Puntuación del cliente:
case-score-of-five = { $score } de 5
case-waited-past = { $name } lleva esperando más de lo prometido ({ $time }). Responde ahora.
case-tell = Dile a { $name }:
case-countdown = { $target } { $countdown }, a las { $time }
case-countdown-overdue = { $target } { $countdown }
case-counted-opening-hours = contado en horario de apertura
case-waiting-for = esperando desde hace { $duration }
case-paused = Esperando a { $name }: el reloj se detiene hasta que responda.
case-back-to-queue = Volver a pendientes
case-opening = Abriendo el caso…
case-status = Estado
case-priority = Prioridad
case-owner = Responsable
case-hand-off = Traspasar…
case-record-promise = Anotar una promesa…
case-flag-complaint = Registrar una queja…
case-escalate = Escalar…
case-update-score = Cambiar la puntuación…
case-give-score = Puntuación del cliente…
case-history-which = Qué historial mostrar
case-history = Historial
case-history-customer = Todo con { $name }
case-history-case = Solo este caso
case-history-customer-label = Todo con { $name }, lo más reciente primero
case-history-case-label = Este caso, lo más reciente primero
case-other-open = Otros casos abiertos
case-unpinned = Ya no está fijado.
case-pinned = Fijado: ahora aparece en cada caso de este cliente.
case-case-prefix = Caso:{" "}
case-owner-is = responsable: { $name }
case-because = Porque: { $reason }.
case-empty-value = (vacío)
case-handed-to = { $from } ha traspasado el caso a { $to }.
case-hide-brief = Ocultar el resumen
case-show-brief = Mostrar el resumen
case-promise-due = Vence { $when } · { $name } se encarga
case-made-right-by = Compensado con:
case-what-we-changed = Lo que cambiamos:
case-what-changed = Lo que cambió:
case-customer-told = Se informó al cliente.
case-customer-not-told = Aún no se ha informado al cliente.
case-files-shown-on-entry = visibles en la entrada a la que pertenecen
case-unpin-label = Dejar de fijar este dato clave
case-pin-label = Fijar como dato clave del cliente
case-pinned-mark = ★ Fijado
case-pin-mark = ☆ Fijar
case-flag-as-complaint = Registrar como queja
case-placeholder-customer-message = Lo que dijo { $name }, con sus palabras
case-placeholder-reply = Lo que le dijimos a { $name }
case-placeholder-note = Solo para compañeros: lo que encontraste, lo que probaste
case-placeholder-call = Lo que se dijo en la llamada
case-placeholder-visit = Lo que pasó en el mostrador
case-mail-no-files = Los archivos aún no se envían por correo desde aquí. Envía la respuesta sin ellos y añádelos después a una nota interna (se puede decir al cliente que constan).
case-mail-reply-added = Respuesta añadida: sale por correo desde la dirección de la tienda.
case-entry-added = { $kind ->
    [customer_message] Lo que dijo el cliente, añadido
    [reply] Respuesta añadida
    [note] Nota interna añadida
    [call] Llamada añadida
   *[visit] Visita añadida
}{ $files ->
    [0] .
    [one] {" "}con 1 archivo.
   *[other] {" "}con { $files } archivos.
}
case-composer-label = Añadir a este caso
case-composer-kinds = ¿Qué añades?
case-call-direction = Quién llamó
case-note-hint = El cliente nunca ve las notas internas.
case-by-mail-hint = Sale por correo, como respuesta al correo del cliente.
case-send-by-mail = Enviar respuesta por correo
case-add-entry = Añadir { $kind ->
    [customer_message] lo que dijo el cliente
    [reply] respuesta
    [note] nota interna
    [call] llamada
   *[visit] visita
}{ $files ->
    [0] {""}
    [one] {" "}con 1 archivo
   *[other] {" "}con { $files } archivos
}
case-history-loading = Cargando el historial…
case-history-empty = Aún no hay nada.
case-history-older = Cargando entradas anteriores al desplazarte…
case-history-end = Ese es todo el historial.

## Reports
reports-fairness-label = Equidad
reports-fairness-description = Si algunos tipos de cliente esperan más que otros una respuesta o una solución.
reports-attainment-label = Plazos cumplidos
reports-attainment-description = Cuántos casos tuvieron primera respuesta y solución dentro de plazo, a lo largo del tiempo.
reports-promises-label = Promesas cumplidas
reports-promises-description = Promesas hechas a clientes que se cumplieron, se incumplieron o siguen abiertas tras el plazo.
reports-escalations-label = Escalados
reports-escalations-description = Por qué se escalaron casos y qué cambió después.
reports-complaints-label = Quejas
reports-complaints-description = Quejas abiertas y cerradas, y si se dijo al cliente lo que cambiamos.
reports-satisfaction-label = Satisfacción
reports-satisfaction-description = Las puntuaciones de los clientes, del 1 al 5, a lo largo del tiempo.
reports-series-first-response-median = Primera respuesta (mediana)
reports-series-resolution-median = Resolución (mediana)
reports-series-first-response-met = Primera respuesta en plazo
reports-series-resolution-met = Resolución en plazo
reports-series-kept = Cumplidas
reports-series-broken = Incumplidas
reports-series-open-overdue = Abiertas y vencidas
reports-series-open = Aún abiertos
reports-series-closed = Cerrados
reports-series-opened = Abiertas
reports-series-average = Puntuación media (1 a 5)
reports-week-of = Semana del { $day }
reports-chart-head = { $type ->
    [line] Gráfico de líneas
   *[bar] Gráfico de barras
} de { $what }
reports-chart-empty = { $head }: no hay datos en este periodo.
reports-chart-series-value = { $series } { $value }
reports-chart-row = { $label }: { $values }
reports-chart-rows = { $head }. { $rows }.
reports-chart-series-none = { $series }: sin datos
reports-chart-series-range = { $series }: máximo { $high } ({ $highAt }), mínimo { $low } ({ $lowAt })
reports-chart-summary = { $head }, { $count } periodos del { $first } al { $last }. { $parts }.
reports-last-days = Últimos { $days } días
reports-this-year = Este año
reports-range = del { $from } al { $to }, { $period ->
    [week] por semana
    [month] por mes
   *[day] por día
}
reports-range-day = { $day }, { $period ->
    [week] por semana
    [month] por mes
   *[day] por día
}
reports-nothing-to-chart = Nada que representar en estas fechas.
reports-title = Informes
reports-intro = Las fechas son días de la tienda, ambos incluidos. Cualquier tabla se puede guardar como CSV para una hoja de cálculo.
reports-picker-label = Informe
reports-from = Desde
reports-to = Hasta
reports-quick-ranges = Periodos rápidos
reports-refreshing = Actualizando…
reports-refresh = Actualizar
reports-findings-label = Lo que dicen las cifras
reports-look-into = Revisar esto:{" "}
reports-running = Preparando el informe…
reports-saved-csv = { $title } guardado en { $path }
reports-nothing-for-dates = Nada en estas fechas.
reports-saving = Guardando…
reports-save-csv = Guardar como CSV
desk-demo-loaded = La tienda de bicis de demostración está cargada. Elige quién eres para echar un vistazo.
desk-joined-arriving = Conectado. El historial llega en un momento…
desk-welcome = Bienvenido, { $name }. Añade a tus compañeros en { desk-menu-shop } › { desk-menu-staff }.
desk-first-title = Bienvenido a Casebook
desk-first-language-computer = Como este ordenador
desk-first-lead = Un historial por cliente, para que nadie tenga que contar su historia dos veces. Este puesto aún no tiene tienda.
desk-joined-title = Este puesto se unió a
desk-joined-hint = El puesto se abre en cuanto llega la lista del equipo; el resto sigue llegando mientras trabajas.
desk-demo-title = Ver una tienda de demostración
desk-demo-text = Un pequeño taller de bicis con cuatro empleados, cuarenta clientes y unos meses de casos. Podrás crear tu tienda más tarde en un archivo de datos nuevo.
desk-demo-load = Cargar la tienda de demostración
desk-start-title = Empieza tu tienda
desk-start-name = Tu nombre
desk-start-name-placeholder = p. ej. Ana Costa
desk-start-hint = Serás el propietario. Después añade a tus compañeros en { desk-menu-shop } › { desk-menu-staff }.
desk-start = Empezar
desk-join-title = Unirme a los otros puestos de mi tienda
desk-join-text = Tu tienda ya usa Casebook en otro PC: pega el código de unión creado allí y este puesto recibirá todo el historial de la tienda.
common-close = Cerrar
desk-shortcut-new = Anotar una visita, llamada o mensaje nuevo
desk-shortcut-queue = Ir a pendientes
desk-shortcut-data = Copias, exportar e importar
desk-shortcut-register = Registro de quejas y escalados
desk-shortcut-outreach = Seguimiento: clientes de los que no sabemos nada
desk-shortcut-reports = Informes: equidad, plazos, promesas, quejas, puntuaciones
desk-shortcut-search = Buscar clientes, casos y cada conversación
desk-shortcut-switch = Cambiar quién está en el mostrador
desk-shortcut-move = Moverse por pendientes; Intro abre
desk-shortcut-case-entries = En un caso: respuesta, el cliente dijo, nota interna, anotar una llamada
desk-shortcut-case-handoff = En un caso: traspasarlo con un resumen, anotar una promesa
desk-shortcut-case-escalate = En un caso: escalarlo, anotar la puntuación del cliente
desk-shortcut-save = Guardar lo que escribes
desk-shortcut-escape = Cerrar una ventana; si no, quitar los mensajes
desk-shortcut-help = Mostrar estos atajos
desk-picker-title = ¿Quién está en el mostrador?
desk-picker-hint = Todo lo que anotes queda a tu nombre. Pulsa un número para elegir.
desk-picker-missing = ¿Falta alguien?
desk-picker-add = Añádelo en { desk-menu-shop } › { desk-menu-staff }
desk-staff-added = { $name } añadido al equipo.
desk-staff-reactivated = { $name } vuelve a estar activo.
desk-staff-deactivated = { $name } ya no se puede elegir ni llevar casos.
desk-staff-title = Equipo
desk-staff-name = Nombre
desk-staff-role = Función
desk-staff-status = Estado
desk-staff-actions = Acciones
desk-staff-at-desk = en el mostrador
desk-staff-active = Activo
desk-staff-inactive = Inactivo
desk-staff-deactivate = Desactivar
desk-staff-reactivate = Reactivar
desk-staff-add-title = Añadir a alguien al equipo
desk-staff-add = Añadir
desk-shortcuts-title = Atajos de teclado
desk-notice-dismiss = Cerrar este mensaje
desk-notice-dismiss-title = Cerrar (Esc)
desk-inbox-title = Traspasados a ti
desk-inbox-empty = No hay nada pendiente. Los casos que te traspasen tus compañeros aparecen aquí hasta que los abras.
desk-inbox-from = de { $name }
desk-startup-already-open = Casebook ya está abierto
desk-startup-newer = Esta tienda se guardó con un Casebook más reciente
desk-startup-failed = Casebook no pudo abrir su base de datos
desk-startup-hint = No se cambió nada. Casebook guarda sus datos en tu carpeta de usuario; para usar otro archivo, ábrelo con uno de estos:

## Tell it once: expectations, promises, key facts, complaints, handoffs
tell-closed-holiday = { $day } es { $holiday }, la tienda cierra.
tell-closed = La tienda está cerrada { $which ->
    [today] hoy
    [tomorrow] mañana
   *[other] el { $day }
} a las { $time }.
tell-promise-kept-at = cumplida { $when }
tell-promise-kept = cumplida
tell-promise-broken-at = incumplida { $when }
tell-promise-broken = incumplida
tell-promise-overdue = vencida: sigue abierta pasada la hora
tell-promise-open = sigue abierta
tell-brief-then = Esto es cómo estaba entonces; el historial de abajo muestra lo que pasó después.
tell-brief-now = ahora: { $words }
tell-expectations-saved = Expectativas guardadas.
tell-promise-kept-notice = Promesa cumplida.
tell-promise-broken-notice = Promesa cerrada como incumplida, con cómo lo compensamos.
tell-expect-title = Lo que esperan
tell-edit = Editar
tell-ask-them = Preguntar
tell-q-always = ¿Qué debemos hacer para que siga siendo cliente?
tell-q-never = ¿Qué no debemos hacer nunca?
tell-q-recovery = Si alguna vez nos equivocamos, ¿qué espera de nosotros?
tell-preferred-channel = Canal preferido
tell-no-preference = Sin preferencia
tell-best-time = Mejor momento para contactarles
tell-best-time-placeholder = p. ej. entre semana después de las 17:00
tell-turnaround = Plazo que esperan
tell-turnaround-placeholder = p. ej. el mismo día
tell-notes = Notas
tell-not-asked = Aún no se ha preguntado. Pregunta qué les hace seguir siendo clientes, qué no debemos hacer nunca y cómo arreglar un error.
tell-never = Nunca
tell-always = Siempre
tell-if-wrong = Si nos equivocamos
tell-prefers = Prefiere
tell-reach-them = Contactar
tell-expects = Espera
tell-open-promises = Promesas abiertas
tell-promise-due = vence { $when }
tell-overdue-mark = VENCIDA
tell-no-owner = sin responsable
tell-make-right = ¿Qué hicimos para compensarlo?
tell-close-broken = Cerrar como incumplida
tell-kept = Cumplida
tell-broken = Incumplida…
tell-key-facts = Datos clave
tell-unpin-label = Dejar de fijar: { $text }
tell-unpin = Quitar
tell-complaints = Quejas registradas
tell-complaint-open = abierta
tell-complaint-closed = cerrada
tell-handoff-pick = Elige quién se encarga del caso.
tell-handoff-done = Traspasado a { $name }, con el resumen.
tell-handoff-title = Traspasar «{ $subject }»
tell-handoff-who = ¿Quién se encarga?
tell-handoff-nobody = No hay nadie más en el equipo. Añade primero a un compañero en { desk-menu-shop } › { desk-menu-staff }.
tell-handoff-drafting = Redactando el resumen a partir del historial…
tell-handoff-next = ¿Qué debe hacer { $name } ahora?
tell-handoff-next-anyone = ¿Qué hay que hacer ahora?
tell-handoff-note-placeholder = Con tus palabras: el siguiente paso y lo que el historial no dice
tell-handoff-brief-hint = El resumen de abajo se redacta a partir del historial. Cambia lo que no esté bien; cada línea es un punto.
tell-handoff-submit = Traspasar a { $name }
tell-complaint-closed-notice = Queja cerrada: { $name }.
tell-escalation-closed-notice = Escalado cerrado: { $subject }.
tell-close-complaint = Cerrar la queja
tell-close-escalation = Cerrar el escalado
tell-escalated-to-word = a
tell-close-q-complaint = ¿Qué cambiamos para que no vuelva a pasar?
tell-close-q-escalation = ¿Qué cambió para que no vuelva a pasar?
tell-close-placeholder = p. ej. Ahora enviamos un SMS al cliente el día antes de la recogida
tell-close-lead-only = Solo un encargado de turno o el propietario puede cerrar un escalado.
tell-close-told = Le dijimos al cliente lo que cambiamos
tell-complaint-recorded = Queja registrada. Aparece en cada caso de este cliente y en cada resumen.
tell-complaint-title = Registrar una queja
tell-complaint-q = ¿De qué trata la queja, en una frase?
tell-complaint-placeholder = p. ej. La bici no estaba lista el día prometido
tell-complaint-hint = Una queja es un regalo: muestra qué hay que arreglar. Queda registrada hasta que alguien la cierre con lo que cambió.
tell-complaint-submit = Registrar
tell-promise-pick-day = Elige el día en que vence.
tell-promise-type-time = Escribe la hora, por ejemplo 14:30.
tell-promise-not-time = «{ $typed }» no es una hora. Escribe horas y minutos, por ejemplo 14:30.
tell-promise-recorded = Promesa anotada: { $text }, vence { $when }.
tell-promise-title = Anotar una promesa a { $name }
tell-promise-what = ¿Qué prometimos?
tell-promise-what-placeholder = p. ej. Llamar con el presupuesto
tell-promise-date = Fecha límite
tell-promise-time = Hora
tell-promise-tomorrow = Mañana { $time }
tell-promise-owner = ¿Quién se encarga?
tell-promise-opens-again = Vuelve a abrir { $when }.
tell-promise-use-next-open = Que venza { $when } en su lugar
tell-promise-due-hint = Vence { $when } ({ $zone }). El responsable recibe un aviso antes.
tell-promise-save = Anotar la promesa
tell-rate-pick-days = Elige ambos días: el primero y el último que cuentan.
tell-kept-notice = Cumplida: { $text }
tell-broken-notice = Cerrada como incumplida: { $text }
tell-promises-title = Promesas
tell-rate-title = Porcentaje cumplido
tell-rate-period = Promesas que vencen en
tell-rate-last-days = los últimos { $days } días
tell-rate-custom = estas fechas…
tell-rate-none = Aún no se ha cerrado ninguna promesa que venza en este periodo.
tell-rate-kept = { $rate } cumplidas
tell-rate-detail = { $kept } cumplidas, { $broken } incumplidas{ $overdue ->
    [0] {""}
   *[other] , { $overdue } aún abiertas tras el plazo
}
tell-promises-loading = Cargando promesas…
tell-promises-empty = No hay promesas abiertas.
tell-promises-empty-hint = Cuando digas a un cliente «Te llamo antes del viernes», anótalo en su caso para que nadie lo olvide:
tell-no-owner-cap = Sin responsable
tell-made-right-label = Lo que hicimos para compensarlo
tell-show-more = Mostrar más

## New interaction, customers and look-up
case-new-pick-first = Primero elige quién es: escribe su nombre, teléfono o correo y elígelo, o elige «+ Cliente nuevo».
case-new-write-said = Escribe lo que dijo el cliente: los archivos van adjuntos a eso.
case-new-logged = Caso registrado para { $name }{ $files ->
    [0] .
    [one] {" "}con 1 archivo.
   *[other] {" "}con { $files } archivos.
}
case-new-title = Anotar una visita, llamada o mensaje
case-new-who = 1. ¿Quién es?
case-new-what = 2. ¿De qué se trata?
case-new-how = ¿Cómo nos contactaron?
case-new-subject = Asunto
case-new-subject-hint = unas palabras que cualquiera reconozca, p. ej. «Chirrido de freno en la bici azul»
case-new-said = ¿Qué dijeron?
case-new-said-hint = con sus palabras, para que nadie tenga que volver a preguntar
case-new-submit = Anotar
case-customer-opening = Abriendo el cliente…
case-customer-new-case = Caso nuevo para { $name }
case-customer-cases = Casos
case-customer-no-cases = Aún no hay casos.
case-customer-record-score = Anotar su puntuación…
case-profile-saved = Ficha guardada.
case-profile-label = Ficha del cliente
case-profile-phone = Teléfono
case-profile-email = Correo
case-profile-segment = Segmento
case-profile-open-of = { $open } abiertos de { $total }
case-profile-last-contact = Último contacto
case-profile-never = nunca
case-profile-open-page = Abrir la página del cliente
case-profile-edit = Editar la ficha
case-profile-phones = Teléfonos
case-profile-emails = Correos electrónicos
case-profile-one-per-line = uno por línea
case-profile-organisation = Organización
case-optional = opcional
case-lookup-label = Nombre, teléfono o correo
case-lookup-hint = empieza a escribir; ↑ ↓ para elegir, Intro para seleccionar
case-lookup-matches = Clientes que coinciden
case-lookup-open-cases = { $count ->
    [one] { $count } caso abierto
   *[other] { $count } casos abiertos
}
case-lookup-matched-on = coincide por { $on ->
    [phone] teléfono
    [email] correo
   *[other] { $on }
}
case-lookup-new = + Cliente nuevo:
case-lookup-none = ¿Aún no es cliente?
case-lookup-create = Crear un cliente nuevo
case-new-already = ¿Ya es cliente?
case-new-belongs-to = Este { $on ->
    [email] correo
   *[phone] teléfono
} pertenece a:
case-new-use = Usar { $name }
case-new-different = No, es otra persona: crear un cliente nuevo
case-new-ask-hint = (un cliente nuevo: tres preguntas que vale la pena hacer ahora)
case-new-back-to-search = Volver a la búsqueda
case-picked-no-contact = Sin teléfono ni correo registrados
case-picked-last-contact = último contacto { $when }
case-picked-change = Cambiar
case-picked-has-open = { $name } ya tiene { $count ->
    [one] { $count } caso abierto
   *[other] { $count } casos abiertos
}.
case-picked-about-one = ¿Es sobre alguno de ellos?
case-picked-add-instead = Añadir a este caso en su lugar

## Search
search-bad-from = El día «Desde» no es una fecha completa. Elígelo de nuevo o bórralo.
search-bad-to = El día «Hasta» no es una fecha completa. Elígelo de nuevo o bórralo.
search-title = Buscar en todo
search-label = Buscar clientes, casos y cada conversación
search-placeholder = Busca nombres, teléfonos, casos y cada conversación
search-hide-filters = Ocultar filtros
search-filters = Filtros
search-keys = ↑ ↓ para elegir, Intro para abrir, Esc para cerrar
search-any = Cualquiera
search-staff = Empleado
search-anyone = Cualquiera
search-hint = Escribe parte de un nombre, un teléfono en cualquier formato, un correo o palabras de una conversación.
search-nothing = No hay resultados. Prueba con menos palabras o más cortas.
search-results = Resultados
search-customers = Clientes
search-conversations = Conversaciones
search-newest-first = lo más reciente primero

## Learn: escalations, scores, outreach, root causes
learn-escalated-notice = Escalado a { $name } (causa: { $cause }).
learn-already-escalated = Ya escalado
learn-already-escalated-to = Este caso ya está escalado a { $name }
learn-escalated-once = Un caso se escala una sola vez a la vez. Añade al caso lo que pasó desde entonces o sigue el escalado en el registro; cuando se cierre, el caso se podrá volver a escalar.
learn-open-register = Abrir quejas y escalados
learn-escalate-title = Escalar este caso
learn-root-cause-q = Causa: ¿cómo se llegó a esto?
learn-escalate-to = Escalar a
learn-what-happened = ¿Qué pasó?
learn-escalate-placeholder = p. ej. Tercera vez que la pieza llega tarde; el cliente está por irse a otro sitio.
learn-escalate-hint = Busca la causa, no al culpable. Quien cierre el escalado anota lo que cambió para que no vuelva a pasar.
learn-escalate = Escalar
learn-score-pick = Elige su puntuación: 1 (muy insatisfecho) a 5 (muy satisfecho), o pulsa de 1 a 5.
learn-score-recorded = Puntuación anotada: { $score } de 5.
learn-score-title-resolved = Caso resuelto: ¿qué tal lo hicimos?
learn-score-title = ¿Qué tal lo hicimos?
learn-score-ask = Pregunta a { $name }: «Del 1 al 5, ¿qué tan satisfecho está con cómo lo resolvimos?»
learn-score-theirs = Su puntuación
learn-score-comment = ¿Qué dijeron? (opcional)
learn-score-save = Anotar puntuación
learn-not-now = Ahora no
learn-causes-saved = Causas guardadas: { $causes }.
learn-causes-title = Causas de los escalados
learn-causes-hint = Cada escalado indica una. Una por línea; los escalados anteriores conservan su causa.
learn-causes-label = Causas
learn-causes-save = Guardar causas
outreach-call-choose = Elige cómo fue la llamada.
outreach-call-logged = Llamada anotada: { $name }, { $outcome ->
    [reached] contactado
    [left_message] mensaje dejado
    [no_answer] sin respuesta
   *[wrong_number] número equivocado
}.
outreach-call-title = Anotar una llamada a { $name }
outreach-no-phone = No hay teléfono registrado.
outreach-how = ¿Cómo fue?
outreach-choose = Elegir…
outreach-what-said = Lo que se dijo
outreach-note-placeholder = p. ej. Contento con el servicio; vendrá a la revisión de primavera
outreach-note-hint = Si hablaste con ellos, escribe una línea sobre lo que se dijo para quien venga después. Si no, la nota es opcional.
outreach-log-call = Anotar llamada
outreach-days = { $days ->
    [one] { $shown } día
   *[other] { $shown } días
}
outreach-shown-of = Mostrando { $shown } de { $total }
outreach-days-invalid = Indica el número de días como número entero, 1 o más.
outreach-count-invalid = Indica cuántos clientes llamar: un número entero, 1 o más.
outreach-seed-invalid = Indica la semilla como número entero, por ejemplo la fecha de hoy como AAAAMMDD.
outreach-tried-outcome = Intentado { $when }: { $outcome ->
    [reached] contactado
    [left_message] mensaje dejado
    [no_answer] sin respuesta
   *[wrong_number] número equivocado
}
outreach-tried = Intentado { $when }
outreach-intro = Clientes de los que no sabemos nada. Llama a algunos cada semana: así te enteras antes de que se vayan.
outreach-days-label = Sin contacto desde hace (días)
outreach-pick-title = Elegir al azar
outreach-how-many = Cuántos
outreach-seed = Semilla
outreach-pick = Elegir
outreach-seed-hint = Misma semilla, mismos clientes: la fecha de hoy es la semilla, así que hoy todos en el mostrador tienen la misma lista. Se excluyen los clientes llamados en el periodo.
outreach-call-list = Lista de llamadas
outreach-back-to-everyone = Volver a todos
outreach-nobody = Nadie a quien llamar.
outreach-nobody-hint = Se ha contactado o intentado con todos en los últimos { $days }.
outreach-log-call-button = Anotar llamada…
outreach-not-heard = Sin noticias
outreach-loading = Cargando clientes…
outreach-everyone = Todos han estado en contacto.
outreach-everyone-hint = Ningún cliente ha pasado { $days } sin contacto.
outreach-last-contact = Último contacto { $when }
outreach-since-contact = desde el contacto
outreach-no-phone-short = Sin teléfono

## Complaints and escalations register
register-toggle-label = Mostrar { $what ->
    [complaints] quejas
   *[escalations] escalados
} abiertos o cerrados
register-open-count = Abiertos ({ $count })
register-closed-count = Cerrados ({ $count })
register-title = Quejas y escalados
register-intro = Primero los abiertos, los más antiguos arriba. Al cerrar se pregunta qué cambió, para que no vuelva a pasar.
register-loading-complaints = Cargando quejas…
register-no-open-complaints = No hay quejas abiertas.
register-no-open-complaints-hint = Registra una desde un caso cuando un cliente te diga que algo salió mal.
register-no-closed-complaints = Aún no hay quejas cerradas.
register-opened = Abierta { $when }
register-open-for = abierta hace { $duration }
register-close = Cerrar…
register-loading-escalations = Cargando escalados…
register-no-open-escalations = No hay escalados abiertos.
register-no-open-escalations-hint = Escala un caso cuando necesite a un encargado o al propietario:
register-no-closed-escalations = Aún no hay escalados cerrados.
register-closed-word = cerrada
register-customer-told-yes = Cliente informado: sí
register-customer-told-no = Cliente informado: no

## Attachments
attach-type-pdf = PDF
attach-type-jpeg = Foto JPEG
attach-type-png = Imagen PNG
attach-type-gif = Imagen GIF
attach-type-webp = Imagen WebP
attach-type-heic = Foto HEIC
attach-type-tiff = Imagen TIFF
attach-type-bmp = Imagen BMP
attach-type-svg = Dibujo SVG
attach-type-text = Texto
attach-type-csv = Hoja de cálculo (CSV)
attach-type-html = Página web (HTML)
attach-type-zip = Archivo ZIP
attach-type-word = Documento de Word
attach-type-excel = Libro de Excel
attach-type-odt = Texto OpenDocument
attach-type-ods = Hoja de cálculo OpenDocument
attach-type-file = Archivo
attach-unreadable = No se pudo leer el archivo.
attach-pasted-image = Imagen pegada
attach-too-big = «{ $name }» ocupa { $size } MB; la tienda acepta archivos de hasta { $limit } MB. Hazlo más pequeño (una foto con menos resolución, un PDF escaneado en gris) o pide al propietario que suba el límite.
attach-chip = { $name }, { $size }, { $state ->
    [failed] no adjuntado
    [ready] listo
   *[reading] leyéndose
}
attach-opening-outside = Abriendo «{ $name }» con el programa de este ordenador…
attach-files = Adjuntar archivos…
attach-files-label = Adjuntar archivos: fotos, PDF o documentos
attach-drop-hint = o suéltalos aquí, o pega una captura de pantalla
attach-to-attach = Archivos para adjuntar
attach-reading = Leyendo { $name }
attach-remove-named = Quitar { $name }
attach-limit-range = Elige un límite de 1 a 500 MB.
attach-limit-saved = Ahora se aceptan archivos de hasta { $mb } MB.
attach-title = Adjuntos
attach-limit-hint = Las fotos, tiques y documentos del historial se guardan junto a su base de datos, se copian a los otros puestos y entran en copias y exportaciones. Un límite mayor implica copias más grandes.
attach-limit-lead-only = Solo un encargado de turno o el propietario puede cambiar el límite.
attach-limit-label = Archivo más grande admitido
attach-limit-save = Guardar el límite
attach-more-for = Más para { $name }
attach-photos = Fotos
attach-other-files = Otros archivos
attach-files-plain = Archivos
attach-erased-on = Borrado el { $when }:
attach-missing-title = Su contenido aún no ha llegado a este ordenador: puede estar en camino desde otro puesto o se quitó aquí de la carpeta de adjuntos.
attach-missing = Aún no está en este puesto
attach-opens-outside = Se abre con el programa de este ordenador
attach-opens-outside-warning = Se abre con el programa de este ordenador, tras un aviso
attach-menu-label = { $name }: qué hacer
attach-open-outside = Abrir con el programa de este ordenador
attach-open = Abrir
attach-remove-menu = Quitar de la vista del historial…
attach-erase-menu = Borrar el archivo…
attach-none = Aún no hay archivos. Adjunta una foto, un tique o un presupuesto a lo que anotes en un caso.
attach-open-photo = Abrir la foto { $name }
attach-on-case = En
attach-show-fewer = Mostrar menos
attach-show-all = Mostrar los { $count } archivos
attach-erase-why-needed = Di por qué se borra el archivo: el historial guarda el motivo.
attach-erase-title = ¿Borrar este archivo?
attach-erase-intro = Borrar por privacidad el contenido de
attach-erase-final = No se puede deshacer.
attach-erase-explain = El archivo se borra de este puesto, y del servidor y los demás puestos cuando se pongan al día. Cualquier otro adjunto con el mismo contenido se borra también. La entrada sigue indicando que hubo un archivo, cuándo se borró, quién y por qué.
attach-erase-why = ¿Por qué se borra?
attach-erase-kept = queda en el historial
attach-erase-placeholder = p. ej. El cliente pidió borrar la foto de su DNI
attach-erase-confirm = Borrar para siempre
attach-remove-title = ¿Quitar este archivo de la vista del historial?
attach-remove-explain = deja de aparecer en el caso y entre los archivos del cliente, en este puesto y los demás. El historial registra quién lo quitó y cuándo; el archivo en sí se conserva.
attach-remove-confirm = Quitarlo
attach-risky-title = ¿Abrir este archivo fuera de Casebook?
attach-risky-warning = Este archivo podría ejecutar un programa en este ordenador. Ábrelo solo si confías en quien lo envió.
attach-risky-cancel = No abrirlo
attach-risky-open = Abrirlo de todos modos
attach-pdf-page-failed = No se pudo mostrar la página { $page } ({ $reason }).
attach-pdf-password = Este PDF está protegido con contraseña. Ábrelo con el programa de este ordenador.
attach-pdf-failed = Este PDF no se puede mostrar aquí ({ $reason }). Ábrelo con el programa de este ordenador.
attach-pdf-opening = Abriendo el PDF…
attach-pdf-page = Página { $page } de { $pages }
attach-prev-page = Página anterior
attach-next-page = Página siguiente
attach-previous = Anterior
attach-next = Siguiente
attach-photo-failed = Esta foto no se puede mostrar aquí. Su miniatura puede seguir en el caso; o ábrela con el programa de este ordenador.
attach-prev-photo = Foto anterior
attach-next-photo = Foto siguiente
attach-photo-of = Foto { $index } de { $count }
common-loading = Cargando…

## Duplicate customers
duplicates-merged-notice = Fusionado en { $name }. Deshazlo desde su página de cliente si fue un error.
duplicates-stays = Añadido primero: se queda al fusionar
duplicates-added = Añadido
duplicates-intro = Dos fichas que quizá sean un mismo cliente: creadas en dos puestos mientras uno estaba sin conexión, por una importación o con prisas. Fusiónalas o indica que son personas distintas.
duplicates-merged-into = Fusionado en { $name }.
duplicates-open-page = Abrir su página
duplicates-looking = Buscando fichas parecidas…
duplicates-none = No hay posibles duplicados.
duplicates-none-hint = Aquí aparecen las fichas con el mismo teléfono, correo o nombre.
duplicates-merge = Fusionar…
duplicates-merge-sr = {" "}{ $first } y { $second }
duplicates-not-same = No es la misma persona
duplicates-merge-title = ¿Fusionar estas dos fichas?
duplicates-merge-explain = { $first }, añadido { $added }, se queda: se añadió primero. Todo lo de { $second } pasa a esta ficha: casos, promesas, datos clave, quejas, puntuaciones, teléfonos y correos.
duplicates-undo-hint = Puedes deshacerlo desde la página del cliente.
duplicates-merge-into = Fusionar en { $name }
duplicates-undone-notice = Fusión deshecha: { $name } vuelve a ser un cliente propio.
duplicates-merged-records = Fichas fusionadas
duplicates-own-again = { $name } vuelve a ser un cliente propio.
duplicates-merged-with = Fusionado con la ficha de { $name } el { $when }
duplicates-merged-with-by = Fusionado con la ficha de { $name } el { $when } por { $by }
duplicates-undo = Deshacer
duplicates-undo-sr = {" "}la fusión con { $name }
duplicates-undo-title = ¿Deshacer esta fusión?
duplicates-undo-explain = { $name } vuelve a ser un cliente propio, con sus casos e historial. { $survivor } conserva el resto.
duplicates-undo-confirm = Deshacer la fusión

## The shop's mailbox
mail-state-not-connected = No hay buzón conectado: Casebook aún no lee el correo de la tienda.
mail-state-other-desk = El correo lo gestiona el puesto «{ $desk }»: recoge el correo nuevo y envía las respuestas de todos los puestos.
mail-state-connecting = Conectando con los servidores de correo…
mail-state-connected-idle = Conectado: el correo nuevo aparece segundos después de llegar.
mail-state-connected-poll = Conectado: Casebook busca correo nuevo cada pocos minutos y cuando pulsas Comprobar ahora.
mail-state-offline = Sin conexión: { $reason } Casebook lo vuelve a intentar solo; las respuestas esperan en la bandeja de salida.
mail-reply-waiting = Esperando envío
mail-reply-sent = Enviado
mail-reply-failed = No enviado: { $error }
mail-reply-refused = No enviado: el servidor de correo lo rechazó.
mail-reply-retrying = Esperando: el último intento falló ({ $error }); se reintentará solo.
mail-reply-typed = Escrita(s) en la respuesta por una persona: { $addresses }
mail-reply-to-label = Para
mail-reply-to-placeholder = la dirección del cliente
mail-reply-to-hint = Déjalo vacío para responder al cliente. Una dirección que escribas y que no sea del cliente queda anotada en la respuesta como escrita por ti.
mail-refusal-not-shop-address = Iba a salir como { $address }, que no es la dirección de la tienda.
mail-refusal-not-customers-case = Su caso ya no existe, o no es de este cliente.
mail-refusal-stranger-address = { $address } no es una dirección del cliente, y nadie la escribió en la respuesta.
mail-refusal-not-an-address = '{ $address }' no es una dirección de correo.
mail-refusal-no-recipient = La respuesta no nombra a nadie a quien enviarla.
mail-no-sender = (sin remitente)
mail-retry-notice = Se volverá a intentar enviar la respuesta.
mail-to = Para { $who }
mail-to-lower = para { $who }
mail-from = De { $who }
mail-server-said = El servidor dijo: { $problem }
mail-hide-quoted = Ocultar el correo citado
mail-show-quoted = Mostrar el correo citado
mail-try-again = Reintentar
mail-checking = Buscando correo nuevo y enviando lo pendiente.
mail-disconnected = El buzón de la tienda está desconectado.
mail-opening = Abriendo…
mail-check-now = Comprobar ahora
mail-handled-by = Recogido y enviado por
mail-the-desk = el puesto «{ $desk }»
mail-the-desk-this = el puesto «{ $desk }» (este puesto)
mail-servers = Servidores
mail-last-checked = Última comprobación
mail-outbox = Bandeja de salida
mail-counts = { $waiting } en espera · { $failed } fallidos
mail-disconnect-q = ¿Dejar de recoger y enviar el correo de la tienda? El correo que ya está aquí se queda.
mail-disconnect = Desconectar
mail-keep = Mantenerlo
mail-disconnect-button = Desconectar el buzón…
mail-outbox-title = Respuestas aún sin enviar
mail-outbox-empty = No hay nada pendiente: todas las respuestas por correo se enviaron.
mail-unfiled-title = Correo que no es de ningún cliente
mail-unfiled-hint = Rebotes de nada que enviáramos, respuestas automáticas de desconocidos, correo sin remitente. Nada de esto se ha respondido.
mail-connected-session = Conectado. { $reason }
mail-connected = Conectado: este puesto recoge y envía ahora el correo de la tienda.
mail-connect-title = Conectar el buzón de la tienda en este puesto
mail-connect-hint = El correo a la dirección de la tienda pasa a ser aquí el historial de los clientes, y las respuestas a un caso de correo salen desde ella. Solo este puesto recoge y envía; los demás lo ven todo por la sincronización.
mail-address = Dirección de la tienda
mail-password = Contraseña
mail-password-hint = (la mayoría de proveedores piden aquí una contraseña de aplicación)
mail-desk-name = Nombre de este puesto
mail-desk-placeholder = Mostrador
mail-hide-servers = Ocultar ajustes del servidor
mail-server-settings = Ajustes del servidor
mail-username = Usuario
mail-imap = Servidor entrante (IMAP)
mail-port = Puerto
mail-of-incoming = del servidor entrante
mail-of-outgoing = del servidor saliente
mail-encryption = Cifrado
mail-no-encryption = Ninguno (solo este ordenador)
mail-smtp = Servidor saliente (SMTP)
mail-ca = Autoridad de certificación (PEM), si la tienda creó sus propios certificados
mail-test-label = Qué funciona
mail-works = Funciona:
mail-does-not-work = No funciona:
mail-test = Probar
mail-connect = Conectar
mail-of-incoming-mail = del correo entrante
mail-of-outgoing-mail = del correo saliente

## Several desks: sync
sync-ind-connecting = Conectando…
sync-ind-in-sync = Sincronizado
sync-ind-sending = Enviando { $count }
sync-ind-receiving = Recibiendo { $count }…
sync-ind-offline = Sin conexión desde { $since }
sync-ind-offline-waiting = { $since } · { $count } en espera
sync-ind-problem = Problema de sincronización
sync-changes = { $n ->
    [one] 1 cambio
   *[other] { $count } cambios
}
sync-alone = Este puesto trabaja por su cuenta: no está conectado a un servidor de la tienda.
sync-connecting = Conectando con el servidor de la tienda…
sync-in-sync = Sincronizado: este puesto tiene todo lo del servidor, y el servidor tiene todo el trabajo de este puesto.
sync-sending = Enviando { $changes } al servidor…
sync-receiving = Recibiendo el trabajo de los otros puestos: { $changes } hasta ahora…
sync-offline = Sin conexión desde { $since }: no se puede llegar al servidor de la tienda. El trabajo sigue aquí y se envía cuando vuelva.
sync-offline-waiting = Sin conexión desde { $since }: no se puede llegar al servidor de la tienda. El trabajo sigue aquí y se envía cuando vuelva. { $n ->
    [one] { $changes } espera
   *[other] { $changes } esperan
} para enviarse.
sync-offset = { $duration } { $ahead ->
    [yes] por delante de
   *[no] por detrás de
}
sync-clock-warning = El reloj de este PC va { $offset } el del servidor. Corrige la fecha y la hora en los ajustes del sistema; el trabajo sigue.
sync-desk-clock = Reloj { $duration } { $ahead ->
    [yes] adelantado
   *[no] atrasado
}
sync-never = Nunca
sync-just-now = Ahora mismo
sync-not-yet = Todavía no
sync-open-page = Abre Puestos y sincronización.
sync-offline-word = Sin conexión
sync-since = {" "}desde { $since }
sync-waiting-word = {" "}en espera
sync-clock-word = Reloj
sync-clock-wrong-more = {" "}incorrecto
sync-join-paste-first = Pega primero el código de unión.
sync-join-code = Código de unión
sync-join-hint = Créalo en un puesto de la tienda: Tienda → Puestos y sincronización → Añadir un puesto. Un código sirve una vez.
sync-joining = Uniéndose…
sync-join = Unirse
sync-joined-notice = Este puesto se unió a { $shop }. El historial de la tienda está llegando.
sync-alone-title = Este puesto trabaja por su cuenta
sync-alone-text = Al conectar, el historial de este puesto pasa al servidor PostgreSQL de tu tienda y cada puesto que se une lo comparte: lo que anota uno aparece en los demás en segundos. Cada puesto sigue trabajando si el servidor o la red fallan, y se pone al día cuando vuelven.
sync-join-title = Unirse a una tienda con un código
sync-join-needs-empty = Solo un puesto nuevo y vacío puede unirse a una tienda: en su primera pantalla, elige «Unirme a los otros puestos de mi tienda» y pega el código. Este puesto ya tiene su propio historial; conéctalo arriba como primer puesto de la tienda.
sync-join-for-new = Para un puesto nuevo de una tienda ya conectada.
sync-now = Sincronizar ahora
sync-server = Servidor
sync-database = base de datos
sync-this-desk = Este puesto
sync-last-synced = Última sincronización
data-backup-auto = Automática
data-backup-manual = Manual
data-backup-before-restore = Antes de restaurar
data-field-ignore = Sin usar
data-field-name = Nombre del cliente
data-field-phone = Teléfono
data-field-email = Correo
data-field-organisation = Organización
data-field-segment = Segmento
data-field-notes = Notas del cliente
data-field-subject = Asunto del caso
data-field-channel = Canal
data-field-status = Estado
data-field-priority = Prioridad
data-field-opened = Abierto (fecha)
data-field-message = Primer mensaje
data-count-row = { $n ->
    [one] { $shown } fila
   *[other] { $shown } filas
}
data-count-customer = { $n ->
    [one] { $shown } cliente
   *[other] { $shown } clientes
}
data-count-case = { $n ->
    [one] { $shown } caso
   *[other] { $shown } casos
}
data-count-event = { $n ->
    [one] { $shown } evento
   *[other] { $shown } eventos
}
data-count-new-customer = { $n ->
    [one] { $shown } cliente nuevo
   *[other] { $shown } clientes nuevos
}
data-count-problem = { $n ->
    [one] { $shown } problema
   *[other] { $shown } problemas
}
data-contents = { $customers }, { $cases }, { $events }
data-no-auto-backup = Aún no hay copia automática. Haz una copia ahora por seguridad.
data-backup-stale = La última copia automática fue hace { $age }. Haz una copia ahora y deja Casebook abierto durante el día para que haga su copia diaria.
data-import-added = { $added } añadidos; { $shown } ya { $there ->
    [one] estaba
   *[other] estaban
} aquí.
data-import-settings = El horario y los plazos se tomaron de la exportación.
data-sep-commas = comas
data-sep-semicolons = puntos y coma
data-sep-tabs = tabuladores
data-sep-bars = barras verticales (|)
data-too-big = El archivo ocupa { $mb } MB; Casebook importa hasta 50 MB cada vez. Divídelo en archivos más pequeños.
data-format-excel = un libro de Excel (.{ $ext })
data-format-ods = una hoja de cálculo OpenDocument (.ods)
data-format-csv = un archivo de texto (CSV)
data-reason-left-out = Excluido por ti.
data-reason-your-choice = Tu elección (Casebook supuso { $guess }).
data-reason-heading = Reconocido por su encabezado.
data-reason-values = Reconocido por su contenido.
data-reason-no-case = Sin usar: contiene datos de caso (una fecha, un estado…), pero este archivo no tiene columna de asunto, así que no abre casos.
data-reason-duplicate = Sin usar: otra columna ya da esto. Elige un campo para usarla.
data-reason-unknown = Sin usar: Casebook no conoce este encabezado. Elige un campo para usarlo.
data-blank = (vacía)
data-matches = Coincide con { $name }
data-adds = Añade { $what } a { $name }
data-csv-summary = { $rows } importadas: { $fresh }, { $matched } asociadas a clientes existentes, { $cases }.
data-csv-summary-updated = { $rows } importadas: { $fresh }, { $matched } asociadas a clientes existentes ({ $updated } con teléfono o correo nuevo), { $cases }.
data-title = Copias y datos
data-backups = Copias de seguridad
data-backing-up = Haciendo copia…
data-back-up-now = Hacer copia ahora
data-check-backups = Revisa tus copias.
data-backed-up = Copia hecha: { $contents } ({ $size }).
data-restored = Copia del { $when } restaurada: { $contents }. El historial sustituido se guardó antes como la copia
data-restored-listed = , que aparece abajo, para que puedas volver a ella.
data-loading-backups = Cargando copias…
data-no-backups = Aún no hay copias. Haz ahora la primera.
data-backups-caption = Copias, las más recientes primero
data-col-taken = Hecha
data-col-kind = Tipo
data-col-events = Eventos
data-col-size = Tamaño
data-restore = Restaurar
data-restore-button = Restaurar…
data-restore-sr = {" "}la copia del { $when }
data-show-newest = Mostrar solo las más recientes
data-show-all-backups = Mostrar las { $count } copias
data-restore-title = ¿Restaurar esta copia?
data-restore-explain = Casebook vuelve a la copia del { $when } ({ $kind }), con { $contents }.
data-restore-nothing-lost = Todo lo anotado desde entonces sale del puesto. No se pierde nada: el historial actual se guarda antes como copia y puedes restaurarlo desde esta página.
data-restoring = Restaurando…
data-restore-confirm = Restaurar esta copia
data-path-copied = La ruta de la carpeta está en el portapapeles.
data-export-title = Exportar todo
data-exporting = Exportando…
data-export-hint = Escribe todo el historial en un formato abierto, legible sin Casebook: cada evento como JSON Lines, y clientes y casos como archivos CSV para una hoja de cálculo. La exportación va a una carpeta nueva junto a tus datos.
data-exported-to = { $contents } exportados a:
data-copy-path = Copiar ruta
data-import-title = Importar una exportación de Casebook
data-import-hint = Añade el historial de la exportación de otro puesto (o de una exportación anterior de este). Los eventos que ya están se omiten, así que importar dos veces lo mismo no cambia nada.
data-looking-exports = Buscando exportaciones…
data-no-exports = No hay exportaciones junto a tus datos. Para importar una de otro puesto, escribe abajo la ruta de su carpeta.
data-exports-caption = Exportaciones junto a tus datos, las más recientes primero
data-col-export = Exportación
data-col-exported = Exportada
data-col-contains = Contiene
data-import = Importar
data-import-button = Importar…
data-import-folder = O importar desde una carpeta
data-import-folder-placeholder = La ruta completa de una carpeta de exportación
data-import-dialog-title = ¿Importar esta exportación?
data-import-explain = Importar { $name }, exportada el { $when }, con { $contents }.
data-import-folder-explain = Importar la exportación de la carpeta
data-import-skip-hint = Los eventos que ya están se omiten, nada se duplica. El horario y los plazos solo se toman de la exportación si este puesto aún no tiene los suyos.
data-importing = Importando…
data-columns-title = ¿Qué hay en cada columna?
data-columns-column = Columna, con algunos de sus valores
data-columns-use-as = Usar como
data-columns-why = Por qué
data-column-n = Columna { $n }
data-column-empty = vacía en las primeras filas
data-column-use-label = Usar la columna «{ $name }» como
data-preview-label = Lo que haría la importación
data-stat-rows = { $n ->
    [one] fila
   *[other] filas
}
data-stat-new = { $n ->
    [one] cliente nuevo
   *[other] clientes nuevos
}
data-stat-matched = asociadas a clientes existentes
data-stat-updated = { $n ->
    [one] cliente recibe
   *[other] clientes reciben
} un teléfono o correo nuevo
data-stat-cases = { $n ->
    [one] caso
   *[other] casos
}
data-problems-block = No se importará nada hasta que { $n ->
    [one] esto se corrija
   *[other] esto se corrija
}
data-problems-where = en el archivo o en las columnas de arriba ({ $problems }):
data-problem-row = Fila { $line }: { $message }
data-problems-more = y { $count } más
data-sample-first = Las primeras { $shown } de { $rows }, tal como se importarían (filas numeradas como en la hoja de cálculo)
data-sample-every = Cada fila, tal como se importaría (filas numeradas como en la hoja de cálculo)
data-col-row = Fila
data-col-contact = Contacto
data-col-customer = Cliente
data-col-case = Caso
data-new = nuevo
data-csv-unreadable = No se pudo leer «{ $name }». Elígelo de nuevo.
data-header-type-number = Escribe el número de la fila con los encabezados, como lo muestra la hoja de cálculo (1 es la primera fila).
data-csv-title = Importar clientes y casos desde una hoja de cálculo
data-csv-hint = Un archivo CSV o de texto en cualquier codificación, o un libro de Excel (.xlsx, .xls) u OpenDocument (.ods): una fila por cliente, o por caso con su cliente. Los clientes se asocian por teléfono o correo a los que ya hay. Ves lo que pasaría antes de que se escriba nada.
data-csv-choose-another = Elegir otro archivo…
data-csv-choose = Elegir una hoja de cálculo…
data-csv-reading = Leyendo { $name }…
data-csv-read-summary = { $format }, { $rows } bajo los encabezados.
data-csv-read-summary-sep = { $format }, { $rows } bajo los encabezados, columnas separadas por { $sep }.
data-csv-how-read = Cómo se lee el archivo
data-csv-encoding = Codificación
data-csv-find-out = Deducir del archivo
data-csv-detected = detectada
data-csv-odd-characters = Si los nombres muestran caracteres raros (Ã©, â€™, ?), elige la codificación con la que se guardó el archivo.
data-csv-as-file-says = { $encoding }, según indica el archivo.
data-csv-sheet = Hoja
data-csv-headings-on = Los encabezados están en
data-csv-which-row = ¿Qué fila tiene los encabezados?
data-csv-read-again = Volver a leer
data-csv-first-rows = Las primeras filas del archivo, tal como se leyeron
data-csv-headings-tag = encabezados
data-csv-checking = Comprobando…
data-csv-preview = Vista previa
data-csv-import = Importar { $rows }
data-csv-preview-first = Primero la vista previa: la importación se ofrece cuando la vista previa no encuentra problemas.
data-csv-changed = Las columnas cambiaron desde la vista previa. Vuelve a verla para saber qué se importaría.
sync-revoked-notice = { $name } está revocado. Su trabajo hasta ahora sigue en el historial.
sync-copy-failed = No se pudo copiar. El código está seleccionado: pulsa Ctrl+C.
sync-desks = Puestos
sync-desks-need-server = La lista de puestos necesita el servidor de la tienda.
sync-desks-loading = Pidiendo los puestos al servidor…
sync-desks-caption = Los puestos de la tienda
sync-col-desk = Puesto
sync-col-joined = Unido
sync-col-last-seen = Última vez
sync-col-note = Nota
sync-revoke = Revocar
sync-not-joined = Todavía no: su código no se ha usado
sync-now-word = Ahora
sync-revoked-at = Revocado { $when }
sync-add-desk = Añadir un puesto
sync-code-for = Código de unión para { $name }
sync-code-once = Sirve una vez; guárdalo en privado.
sync-code-hint = Cualquiera que lo tenga puede unirse a tu tienda hasta que se use, y contiene la clave de la tienda: envíalo solo al puesto nuevo y bórralo cuando ese puesto se haya unido. En el puesto nuevo, elige «Unirme a los otros puestos de mi tienda» en la primera pantalla y pégalo.
sync-copied = Copiado
sync-copy = Copiar
sync-done = Hecho
sync-copied-sr = Copiado.
sync-new-desk-name = Nombre del puesto nuevo
sync-new-desk-placeholder = p. ej. Taller
sync-making-code = Creando el código…
sync-make-code = Crear un código de unión
sync-revoke-title = ¿Revocar «{ $name }»?
sync-revoke-explain = Ese PC ya no podrá enviar ni recibir. Su trabajo hasta ahora se queda.
sync-type-address = Escribe primero la dirección del servidor.
sync-add-user = Añade el usuario a la dirección: postgres://usuario@host:5432/base.
sync-connected-notice = Este puesto está conectado a { $shop }. Añade los otros puestos con un código de unión.
sync-connect-title = Conectar el primer puesto de la tienda
sync-connect-hint = Hazlo una vez, en el puesto cuyo historial conserva la tienda. Los demás se unen después con un código.
sync-address = Dirección del servidor
sync-address-hint = De quien gestiona el servidor PostgreSQL de la tienda. Pégala entera: la contraseña pasa a su propio campo.
sync-password-hint = Se guarda en el almacén de contraseñas de este ordenador, nunca en los datos ni copias de Casebook.
sync-shop-name = Nombre de la tienda
sync-shop-placeholder = p. ej. Bicis Costa
sync-desk-placeholder = p. ej. Mostrador
sync-hide-ca = Ocultar la autoridad de certificación
sync-add-ca = Añadir una autoridad de certificación (opcional)
sync-ca-hint = Solo si el certificado del servidor lo creó la propia tienda. Pégalo (empieza por -----BEGIN CERTIFICATE-----) o elige el archivo .pem.
sync-ca-label = Autoridad de certificación (PEM)
sync-pick-pem = Elegir un archivo .pem…
sync-read-from = Leído de { $file }
sync-connect-progress = Preparando el servidor y enviando el historial de este puesto ({ $count } cambios). Un historial grande puede tardar unos minutos; deja Casebook abierto.
sync-elapsed = { $seconds } s hasta ahora.
case-event-shop-locale-set = Idioma de la tienda cambiado a { $language }
case-event-shop-locale-cleared = El idioma de la tienda vuelve a seguir a cada ordenador
case-side-label = El cliente
tell-brief-title-by = Resumen tal como lo escribió { $from } al traspasar a { $to }
tell-brief-title = Resumen tal como se escribió al traspasar a { $to }
attach-removed-notice = «{ $name }» se quitó de la vista del historial.
attach-erased-notice = «{ $name }» se borró.
duplicates-different-notice = { $first } y { $second } quedan marcados como personas distintas y no se volverán a sugerir.
data-encoding = { $family ->
    [unicode] Unicode ({ $name })
    [unicode-excel] Unicode ({ $name }, «texto Unicode» de Excel)
    [western] Europa occidental ({ $name })
    [central] Europa central ({ $name })
    [cyrillic] Cirílico ({ $name })
    [mac] Mac antiguo ({ $name })
   *[japanese] Japonés ({ $name })
}
common-something-wrong = Algo salió mal. Inténtalo de nuevo.
case-contact-added = añadido:
case-contact-removed = quitado:
data-import-set-aside =
    { $count ->
        [one] 1 evento no se pudo aplicar aquí y se apartó
       *[other] { $count } eventos no se pudieron aplicar aquí y se apartaron
    } (ver Puestos y sincronización).
sync-code-until = Sirve una vez, hasta el { $when }.
sync-revoke-button = Revocar…
sync-owner-title = Acceso del propietario
sync-owner-here = Este puesto tiene el acceso del propietario: añade y revoca puestos. Olvídelo aquí cuando otro puesto lo asuma.
sync-owner-not-here = Para añadir o revocar puestos aquí (también el primero), inicie sesión con la dirección del servidor del propietario. Se guarda en el almacén de contraseñas de este ordenador.
sync-owner-url = Dirección del servidor del propietario
sync-owner-sign-in = Iniciar sesión como propietario
sync-owner-signing-in = Comprobando…
sync-owner-sign-out = Olvidar aquí el acceso del propietario
sync-owner-signed-in = El acceso del propietario se guarda en este puesto.
sync-owner-signed-out = Se olvidó el acceso del propietario en este puesto.
sync-set-aside-title = Eventos apartados
sync-set-aside-unknown-kind =
    { $count ->
        [one] 1 evento de { $desk } necesita un Casebook más reciente: actualice este puesto.
       *[other] { $count } eventos de { $desk } necesitan un Casebook más reciente: actualice este puesto.
    }
sync-set-aside-damaged =
    { $count ->
        [one] 1 evento de { $desk } está dañado y se omitió.
       *[other] { $count } eventos de { $desk } están dañados y se omitieron.
    }
sync-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 evento de { $desk } trata de algo que el historial de este puesto no contiene, y se omitió.
       *[other] { $count } eventos de { $desk } tratan de algo que el historial de este puesto no contiene, y se omitieron.
    }
sync-set-aside-hint = Todo lo demás se aplicó como siempre. Estos quedan en el historial y se aplican solos en cuanto este puesto pueda leerlos.
sync-unknown-desk = un puesto que ya no aparece
case-list-added = Añadido:
case-list-removed = Quitado:
sync-readmit-button = Volver a admitir…
sync-readmit-code-for = Código para volver a admitir { $name }
sync-readmit-hint = Péguelo en { $name }: Puestos y sincronización → Este puesto → Volver a admitir este puesto. Su historial y lo no enviado se conservan.
sync-this-desk-title = Este puesto en la tienda
sync-rejoin-title = Volver a admitir este puesto
sync-rejoin-hint = Si este puesto perdió su contraseña (se vació el almacén de contraseñas del ordenador), el propietario crea un código en su puesto con «Volver a admitir…». Péguelo aquí: el historial y lo no enviado se conservan.
sync-move-title = El servidor de la tienda se ha trasladado
sync-move-hint = Si el propietario trasladó la tienda a otro servidor, escriba aquí su nueva dirección. Se comprueba antes de cambiar nada.
sync-move-host = Nueva dirección
sync-move-port = Puerto
sync-move-button = Usar este servidor
sync-moving = Comprobando…
sync-moved-notice = Este puesto se sincroniza ahora con { $server }.
sync-leave-title = Salir de la tienda
sync-leave-hint = Este puesto deja de sincronizarse y conserva su historial; trabaja entonces por su cuenta.
sync-leave-button = Salir de la tienda…
sync-leave-dialog-title = ¿Salir de { $shop }?
sync-leave-explain = Este puesto ya no enviará ni recibirá el trabajo de la tienda. Todo lo que tiene se queda aquí. El propietario puede revocarlo después.
sync-leave-confirm = Salir
sync-leave-anyway = Salir de todos modos
sync-left-notice = Este puesto salió de { $shop } y trabaja por su cuenta.
sync-move-port-bad = El puerto es un número de 1 a 65535 (el de PostgreSQL suele ser 5432).
desk-staff-rename = Renombrar…
desk-staff-merge = Misma persona que…
desk-staff-new-name = Nombre nuevo
desk-staff-same-as = { $name } es la misma persona que
desk-staff-merge-hint = Este registro de { $name } sale de la lista y sus casos abiertos pasan al otro; el historial conserva quién escribió qué.
desk-staff-save = Guardar
desk-staff-merge-confirm = Unir
desk-staff-renamed = Renombrado: { $name }.
desk-staff-merged = Ahora un solo registro para { $name }.
case-event-staff-merged = { $name } unido a otro registro de la misma persona
sync-carried-line =
    { $count ->
        [one] 1 cambio
       *[other] { $count } cambios
    } de { $desk }, importados aquí, { $count ->
        [one] se guarda
       *[other] se guardan
    } para el servidor de la tienda y se envían en la próxima sincronización.
data-import-carried =
    { $count ->
        [one] 1 de ellos se escribió
       *[other] { $count } de ellos se escribieron
    } en otros puestos: este puesto los envía al servidor de la tienda en su próxima sincronización.

## Passcodes, signing in and the lock screen

case-event-passcode-set = Se estableció un código
case-event-passcode-cleared = Se quitó un código
case-event-passcodes-edited = Cambió la regla de los códigos
case-event-recovery-code-set = Se creó un nuevo código de recuperación
desk-sign-in = Entrar
desk-passcode-of = Código de { $name }
desk-passcode-empty = Escribe primero el código.
desk-passcode-mismatch = Los dos códigos no coinciden. Escríbelos otra vez.
desk-passcode-new = Código nuevo
desk-passcode-again = El mismo otra vez
desk-passcode-current = Tu código actual
desk-passcode-choose = Usar este código
desk-passcode-back = Volver
desk-passcode-forgot = ¿Olvidaste tu código?
desk-passcode-first-intro = { $name } aún no tiene código. Elige uno de al menos { $min } cifras que nadie adivinaría (ni 1234 ni 1111).
desk-passcode-first-needs-owner = Un propietario aprueba el primer código de { $name }: elige al propietario y deja que escriba su código.
desk-passcode-title-own = Escribe tu código
desk-passcode-title-first = Elige tu código
desk-passcode-title-approve = Pedírselo a un propietario
desk-passcode-title-recover = ¿Olvidaste tu código?
desk-approve-intro = Un propietario escribe su código para que { $name } pueda hacer esto una vez. Queda registrado como acción del propietario.
desk-approve-owner = Propietario
desk-approve-code = Código del propietario
desk-approve-submit = Aprobar una vez
desk-approve-instead = Mejor pedírselo a un propietario
desk-recovery-intro = Escribe el código de recuperación de la tienda (anotado cuando se activaron los códigos) y elige un código nuevo para { $name }.
desk-recovery-code = Código de recuperación
desk-recovery-empty = Escribe primero el código de recuperación.
desk-recovery-submit = Restablecer mi código
desk-recovery-shown-title = El código de recuperación de la tienda
desk-recovery-shown-write = Anótalo y guárdalo en un lugar seguro; Casebook no guarda ninguna copia.
desk-recovery-shown-why = Con él, un propietario que olvidó su código elige uno nuevo. No lo guardes junto al puesto. Esta es la única vez que se muestra.
desk-recovery-shown-done = Ya lo he anotado
desk-recovery-renew = Nuevo código de recuperación…
desk-recovery-renew-title = ¿Crear un nuevo código de recuperación?
desk-recovery-renew-explain = El código de recuperación anotado ahora dejará de funcionar. El nuevo se muestra una sola vez: ten papel a mano.
desk-recovery-renew-confirm = Crear un código nuevo
desk-lock-locked = bloqueado
desk-lock-was-here = { $name } estaba aquí
desk-lock-sign-in-as = Entrar como { $name }
desk-lock-who = ¿Quién está en el puesto?
desk-lock-pick = Elige tu nombre para entrar.
desk-lock-someone-else = Entra otra persona
desk-lock-no-passcode-yet = Aún sin código
desk-lock-button = Bloquear
desk-lock-button-label = Bloquear el puesto (Ctrl+Mayús+L)
desk-lock-owner-tools = Bloqueado: las herramientas del propietario vuelven a pedir un código.
desk-shortcut-lock = Bloquear el puesto (cuando la tienda usa códigos)
desk-picker-back = Elegir a otra persona
desk-staff-role-of = Rol de { $name }
desk-staff-role-changed = Rol de { $name }: { $role }.
desk-passcodes-title = Códigos
desk-passcodes-ask = Cuándo pide Casebook un código
desk-passcodes-ask-never = Nunca
desk-passcodes-ask-never-hint = Cualquiera elige quién está en el puesto.
desk-passcodes-ask-owner-tools = Para las herramientas del propietario
desk-passcodes-ask-owner-tools-hint = El equipo, los códigos, el idioma de la tienda, los puestos, borrar archivos, importar y restaurar piden el código de un propietario; los horarios, los plazos y el buzón el de un encargado de turno o un propietario.
desk-passcodes-ask-always = Siempre
desk-passcodes-ask-always-hint = Cada persona entra con su propio código, y un puesto sin uso se bloquea.
desk-passcodes-min = Código más corto
desk-passcodes-digits = { $count } cifras
desk-passcodes-lock = Bloquear tras estos minutos sin uso
desk-passcodes-lock-hint = 0: el puesto nunca se bloquea solo.
desk-passcodes-lock-always-only = Solo cuando Casebook pide siempre.
desk-passcodes-reports = Los informes son solo para propietarios
desk-passcodes-own-first = Elige primero tu propio código (al menos { $min } cifras), para no quedarte nunca fuera.
desk-passcodes-saved = Regla de los códigos guardada.
desk-passcodes-people = Quién tiene código
desk-passcodes-has = Código
desk-passcodes-has-yes = Establecido
desk-passcodes-has-no = Aún no
desk-passcode-set-button = Establecer código…
desk-passcode-change-own-button = Cambiar mi código…
desk-passcode-choose-own-button = Elegir mi código…
desk-passcode-take-off = Quitar el código
desk-passcode-taken-off = { $name } ya no tiene código y elegirá uno la próxima vez que entre.
desk-passcode-set-title = Un código para { $name }
desk-passcode-change-own = Cambiar mi código
desk-passcode-own-hint = Al menos { $min } cifras que nadie adivinaría (ni 1234 ni 1111).
desk-passcode-for-hint = Un código nuevo para { $name }, de al menos { $min } cifras. Díselo en persona; { $name } podrá cambiarlo después.
desk-passcode-set-own = Tu código está establecido.
desk-passcode-set-for = El código de { $name } está establecido.
desk-passcode-mine = Mi código
desk-passcode-mine-set = Tienes un código; solo tú lo conoces.
desk-passcode-mine-none = Aún no tienes código.
desk-tries-title = Códigos erróneos en este puesto
desk-tries-refresh = Actualizar
desk-tries-none = Ningún código erróneo en este puesto.
desk-tries-count = Intentos erróneos
desk-tries-last = Último intento
desk-tries-wait = Esperando hasta
desk-tries-no-wait = Sin espera
sync-set-aside-not-allowed =
    { $count ->
        [one] 1 cambio de { $desk } se hizo como { $people }, que no tenía derecho a ello en ese momento: no tiene efecto.
       *[other] { $count } cambios de { $desk } se hicieron como { $people }, que no tenía derecho a ello en ese momento: no tienen efecto.
    }
sync-set-aside-not-allowed-hint = Quedan en el historial, sin efecto en ningún puesto. Si alguno era intencionado, el propietario (o un jefe de turno, para horarios y objetivos) lo vuelve a hacer.
privacy-title = Privacidad
privacy-export-hint = Todo lo que la tienda guarda sobre { $name }, para leerlo o llevárselo, como permite pedir el RGPD: una página para imprimir o enviar, y lo mismo en un archivo JSON.
privacy-export-button = Exportar este cliente
privacy-exporting = Exportando…
privacy-exported = Guardado: { $cases } casos y { $entries } entradas. Entréguele customer.html de esta carpeta; customer.json contiene lo mismo para otro programa.
privacy-forget-button = Olvidar a este cliente…
privacy-forget-title = ¿Olvidar a { $name }?
privacy-forget-goes-title = Lo que desaparece, en cada puesto
privacy-forget-goes = Su nombre, teléfonos, correos, organización y notas; cada mensaje, respuesta, nota y llamada de sus casos; las palabras de promesas, datos clave, quejas y escalados; sus archivos adjuntos y correos guardados. La búsqueda y las sugerencias ya no encuentran nada de ellos.
privacy-forget-stays-title = Lo que queda
privacy-forget-stays = Que un cliente, mostrado como un número, tuvo estos casos: cuándo, por qué canal, cuánto duraron y si se cumplieron los objetivos, para que los informes sigan cuadrando. Y este borrado: quién, cuándo y por qué.
privacy-forget-final = No se puede deshacer.
privacy-forget-explain = Si pidieron una copia, exporte primero a este cliente. Los demás puestos olvidan al instante si están en línea, o en su próxima sincronización.
privacy-forget-why = Motivo
privacy-forget-kept = (queda en el historial: no escriba nada sobre la persona)
privacy-forget-placeholder = p. ej. pedido en el mostrador el 3 de diciembre
privacy-forget-confirm = Olvidar a este cliente
privacy-forget-why-needed = Diga por qué se olvida a este cliente.
privacy-forgotten-notice = Olvidado: el cliente es ahora { $number }.
privacy-forgotten-banner = Olvidado el { $date } por { $who }. Motivo: { $reason }
privacy-forgotten-banner-nobody = Olvidado el { $date }. Motivo: { $reason }
privacy-forgotten-hint = No se guarda nada de la persona en ningún puesto: sus casos siguen contando con este número. Ya no se puede añadir nada a esta ficha.
case-event-customer-forgotten = Cliente olvidado: { $reason }
privacy-retention-title = Guardar solo lo necesario
privacy-retention-hint = Los clientes con los que hace mucho que no hay contacto pueden olvidarse solos, en cada puesto, como si un propietario olvidara a cada uno. Sus casos siguen contando con un número.
privacy-retention-keep = Guardar clientes sin contacto
privacy-retention-forever = hasta que un propietario los olvide
privacy-retention-years =
    durante { $years ->
        [one] un año
       *[other] { $years } años
    }
privacy-retention-owner-only = Solo un propietario puede cambiar esto.
privacy-retention-none-due = Nadie se olvidaría ahora.
privacy-retention-due =
    { $count ->
        [one] Ahora se olvidaría un cliente:
       *[other] Ahora se olvidarían { $count } clientes:
    }
privacy-retention-customer = Cliente
privacy-retention-last-contact = Último contacto
privacy-retention-cases = Casos
privacy-retention-more = …y { $count } más.
privacy-retention-turn-on =
    { $count ->
        [0] Activar
       *[other] Activar y olvidarlos ahora
    }
privacy-retention-turn-off = Desactivar
privacy-retention-saved = Guardado: ahora se olvidaron { $count } clientes; los demás lo serán al pasar el límite.
privacy-retention-off = Los clientes se guardan hasta que un propietario los olvide.
case-event-retention-set =
    Se olvidan los clientes sin contacto desde hace { $years ->
        [one] un año
       *[other] { $years } años
    }
case-event-retention-off = Los clientes se guardan hasta que un propietario los olvide
sync-key-title = Las palabras de los clientes en el servidor
sync-key-explain = Nombres, direcciones, mensajes y archivos salen de este puesto cifrados con la clave de la tienda, que solo tienen los puestos de la tienda: el servidor, y quien lo gestiona, ve cuándo y qué tipo de cosa pasó, nunca las palabras.
sync-seal-hint = Una tienda configurada antes de que esto fuera la norma: cifre lo que el servidor guarda en claro y obtenga el código de clave que necesitan los puestos que se unieron antes. Se muestra de nuevo cuando lo pida.
sync-seal-button = Cifrar y mostrar el código de clave
sync-sealing = Cifrando…
sync-sealed-notice = Las palabras de los clientes están cifradas en el servidor ({ $count } eventos cifrados ahora).
sync-key-code-label = Código de clave
sync-key-code-warn = Contiene la clave de la tienda: péguelo solo en los puestos de la tienda que se unieron antes (Puestos y sincronización → Pegar la clave de la tienda), y no lo guarde en ningún sitio.
sync-key-paste-title = Pegar la clave de la tienda
sync-key-paste-first = Pegue primero el código de clave del puesto del propietario.
sync-key-take = Guardar la clave en este puesto
sync-key-taken-notice = Este puesto tiene la clave de la tienda: vuelve a sincronizarse.
data-csv-left-out-intro = Algunas celdas tenían caracteres de control invisibles que dejó un programa. Se quitan; el resto de cada celda se importa:
data-csv-left-out =
    Fila { $line }, columna «{ $column }»: { $count ->
        [one] un carácter
       *[other] { $count } caracteres
    }
queue-countdown-due-shop-days =
    vence en { $days ->
        [one] 1 día de apertura
       *[other] { $days } días de apertura
    }
case-draft-restored = Lo que estabas escribiendo aquí ({ $when }) ha vuelto.
case-draft-kept = Se guarda en este puesto mientras escribes, aunque se cierre la ventana.
case-draft-discard = Descartar el borrador
search-did-you-mean = No hay resultados. Quizá quisiste decir:
common-choice-pending = Aún sin guardar: Intro lo guarda, Esc lo deja como estaba
desk-notice-more =
    { $count ->
        [one] Un mensaje más: mostrarlo
       *[other] { $count } mensajes más: mostrar el siguiente
    }
desk-notice-more-count = +{ $count }
common-staff-me = { $name } (yo)
common-when-today-mid = hoy { $time }
common-when-yesterday-mid = ayer { $time }
common-date-invalid = «{ $typed }» no es una fecha. Escríbela como { $example }.
common-date-keys = ↑ ↓ un día más o menos
attach-size-reading = { $size } · leyendo…
case-entry-left-out =
    { $count ->
        [one] «{ $names }» fue rechazado y no se adjuntó. Sigue abajo hasta que lo quites con ×.
       *[other] { $count } archivos rechazados no se adjuntaron: { $names }. Siguen abajo hasta que los quites con ×.
    }
case-show-more = Mostrar más
case-show-less = Mostrar menos
reports-group-first-response = Primera respuesta
reports-group-resolution = Resolución
reports-sub-median = Mediana
reports-sub-p90 = Percentil 90
reports-sub-met = Dentro del objetivo
reports-business-note = Los tiempos solo cuentan el horario de apertura de la tienda (minutos hábiles).
tell-brief-part =
    { $part ->
        [their_words] En sus palabras
        [tried] Lo que hemos intentado
        [promises] Compromisos pendientes
        [expectations] Lo que esperan
       *[complaints] Quejas registradas
    }
tell-brief-promise-line = { $text } — para { $when }
tell-brief-promise-line-by = { $text } — para { $when }, { $owner } se encarga
attach-size-bytes =
    { $count ->
        [one] 1 byte
       *[other] { $count } bytes
    }
attach-size-kb = { $size } KB
attach-size-mb = { $size } MB
search-entries-label = Mensajes de la conversación
common-range-to = al
attach-photo-alt = Foto: { $name }
attach-limit-unit = MB
data-backups-auto-hint = Casebook hace una copia de seguridad automática cada día mientras está abierto y al cerrarse; las copias se guardan junto a tus datos.
data-columns-used = Se usan { $used } de { $count } columnas. Casebook lo ha deducido de cada encabezado y, cuando el encabezado no le dice nada, de los valores. Cambia lo que quieras; las columnas en «{ data-field-ignore }» se omiten.
outreach-sample-summary = { $count } elegidos entre quienes llevan { $days } sin contacto (semilla { $seed }) · { $called } llamados
outreach-total =
    { $count ->
        [one] 1 cliente, primero quien lleva más tiempo en silencio.
       *[other] { $count } clientes, primero quien lleva más tiempo en silencio.
    }
outreach-cut-hint = { $shown }: sube el número de días, o elige al azar.
register-by = por
tell-promise-to-word = a
tell-promises-summary = { $total } pendientes, primero la que vence antes.
tell-promises-record-key = Registra uno desde cualquier caso:
learn-causes-lead-only = Solo un jefe de turno o el propietario puede cambiar la lista.
sync-url-local = Un servidor en 127.0.0.1 o localhost solo sirve a los puestos de este mismo ordenador. Los demás PC necesitan su dirección de red (por ejemplo 192.168.1.20).
search-near-enter = (Intro busca el primero)
desk-whats-new-title = Novedades de Casebook { $version }
desk-whats-new-kept = Casebook se actualizó de { $previous } a { $version }. El historial, los ajustes y los adjuntos de tu tienda se conservaron y se pusieron al día.
desk-whats-new-kept-unknown = Casebook se actualizó a { $version }. El historial, los ajustes y los adjuntos de tu tienda se conservaron y se pusieron al día.
desk-whats-new-done = Entendido
replies-placeholder-first-name = nombre
replies-placeholder-case-ref = referencia del caso
replies-placeholder-promise-due = fecha de la promesa
replies-placeholder-shop-name = nombre de la tienda
replies-placeholder-hours-today = horario de hoy
replies-placeholder-my-name = tu nombre
desk-menu-replies = Respuestas guardadas
replies-intro = Las respuestas que la tienda da todo el día, con sus palabras y en cada idioma en que escribe. En una respuesta, pulsa Ctrl+K (o / al principio de una línea) para insertar una, rellenada con los datos del caso.
replies-search = Busca una respuesta guardada por nombre o palabras
replies-new = Nueva respuesta guardada
replies-new-title = Nueva respuesta guardada
replies-edit-title = Cambiar «{ $name }»
replies-name = Nombre
replies-shop-mark = Respuesta de la tienda: solo un propietario puede cambiarla
replies-language = Idioma
replies-has-text = tiene texto
replies-text-in = La respuesta en { $language }
replies-placeholders = Insertar:
replies-placeholders-hint = Un marcador entre llaves se rellena con los datos del caso al usar la respuesta. Lo que no se puede rellenar queda entre corchetes, seleccionado para que lo escribas.
replies-save = Guardar respuesta
replies-saved-notice = Respuesta «{ $name }» guardada.
replies-shop-name = Nombre de la tienda en las respuestas
replies-shop-name-save = Guardar nombre
replies-shop-name-hint = En qué se convierte {"{"}nombre de la tienda{"}"} en cada respuesta guardada, en cada puesto.
replies-shop-named-notice = El nombre de la tienda para las respuestas está guardado.
replies-loading = Buscando respuestas guardadas…
replies-none = Aún no hay respuestas guardadas.
replies-none-hint = Escribe las respuestas que más das, o guarda una desde una respuesta que acabas de escribir.
replies-count = { $count } de { $total } respuestas guardadas
replies-shop-pill = De la tienda
replies-uses =
    { $count ->
     [0] Aún sin usar
     [one] Usada una vez
    *[other] Usada { $count } veces
    }
replies-edit = Cambiar
replies-remove = Quitar
replies-remove-title = ¿Quitar «{ $name }»?
replies-remove-explain = Desaparece de la lista en cada puesto. Las respuestas ya enviadas con ella quedan como se enviaron.
replies-removed-notice = Respuesta «{ $name }» quitada.
replies-picker-title = Insertar una respuesta guardada
replies-picker-nothing = Ninguna respuesta guardada contiene esas palabras.
replies-picker-none = La tienda aún no tiene respuestas guardadas: añádelas en Tienda → Respuestas guardadas.
replies-picker-keys = ↑ ↓ para elegir, Intro para insertar, Escape para volver.
replies-collision-title = Mientras escribías
replies-collision-by = { $names } escribió en este caso desde que empezaste. Léelo antes de enviar.
replies-collision-some =
    { $count ->
     [one] Llegó algo a este caso desde que empezaste. Léelo antes de enviar.
    *[other] Llegaron { $count } cosas a este caso desde que empezaste. Léelas antes de enviar.
    }
replies-collision-edit = Editar mi respuesta
replies-collision-send = Enviar de todos modos
replies-collision-discard = Descartar la mía
replies-gaps-left =
    { $count ->
     [one] Te queda un hueco entre corchetes por rellenar.
    *[other] Te quedan { $count } huecos entre corchetes por rellenar.
    }
replies-composer-hint = Ctrl+K o / al principio de una línea: respuestas guardadas
replies-insert = Respuestas guardadas
replies-save-from-answer = Guardar como respuesta guardada
case-profile-language = Escribe en
case-profile-language-hint = elige la versión de una respuesta guardada
case-profile-language-shop = El idioma de la tienda
case-event-saved-reply-added = Respuesta guardada «{ $name }» añadida
case-event-saved-reply-edited = Respuesta guardada cambiada
case-event-saved-reply-removed = Respuesta guardada quitada
case-event-saved-reply-used = Respuesta guardada usada
case-event-shop-named = Nombre de la tienda en las respuestas: { $name }
presence-viewing = { $name } en el puesto { $desk } tiene este caso abierto
presence-writing = { $name } en el puesto { $desk } está escribiendo una respuesta
presence-here-short = { $name } en { $desk }
presence-writing-short = { $name } en { $desk } escribe
desk-shortcut-saved-replies = En una respuesta: insertar una respuesta guardada (o / al principio de una línea)
desk-whats-new-notes =
    Respuestas guardadas: las respuestas de la tienda en cada idioma, rellenadas con los datos del caso con Ctrl+K en una respuesta.
    Mira quién tiene un caso abierto en otro puesto y quién escribe una respuesta; una respuesta espera si un compañero ya respondió.
    Casebook se instala como cualquier otra aplicación: paquetes para Debian, Ubuntu, Fedora y openSUSE, con la orden casebook para la terminal.
    Una sola orden convierte una máquina Debian o Ubuntu en el servidor de la tienda: casebook server setup.
    Códigos de acceso personales y la aprobación de un propietario para las herramientas del propietario.
case-event-case-renamed = Caso renombrado
case-rename = Renombrar
case-rename-hint = Renombrar este caso (F2)
case-rename-label = De qué trata este caso
desk-shortcut-case-rename = En un caso: renombrarlo
