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
