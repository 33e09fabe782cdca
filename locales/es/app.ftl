# Casebook: biblioteca y carcasa, en español. Véase locales/en/app.ftl.

words-missing = Casebook no tiene palabras para este mensaje.

## Errores comunes a todas las partes

error-not-found = { $what ->
    [case] El caso
    [customer] El cliente
    [event] El evento
    [reply] La respuesta
    [staff-member] El miembro del equipo
    [backup] La copia de seguridad
    [promise] El compromiso
    [complaint] La queja
    [desk] El puesto
    [file] El archivo
    [attachment] El adjunto
    [entry] La entrada
    [escalation] La escalada
   *[other] El elemento
} «{ $id }» no se ha encontrado. Quizá se escribió mal, o la pantalla no está al día: vuelve atrás y ábrelo de nuevo.
error-bad-event = el evento { $id } no se puede aplicar: { $detail }
error-newer-schema = Esta base de datos la escribió una versión más nueva de Casebook (versión de esquema { $found }; esta versión entiende hasta la { $supported }). Instala el Casebook más nuevo para abrirla. No se ha cambiado nada.
error-not-casebook = { $path } no es una base de datos de Casebook. Elige un archivo creado por Casebook. No se ha cambiado nada.
error-corrupt = La base de datos de Casebook está dañada ({ $detail }). Cierra Casebook y restaura la copia de seguridad más reciente.
error-already-open = Otra copia de Casebook ya tiene abierto { $path }. Cambia a esa ventana, o ciérrala antes.
error-busy = La base de datos está ocupada por otro programa. Espera un momento y vuelve a intentarlo; si sigue pasando, cierra otros programas que usen el archivo de Casebook.
error-disk-full = El disco está lleno, así que no se ha guardado nada. Libera espacio y vuelve a intentarlo.
error-read-only = La carpeta de datos de Casebook es de solo lectura, así que no se ha guardado nada. Revisa los permisos de la carpeta, o abre Casebook con --db apuntando a una carpeta en la que puedas escribir.
error-io = { $context }: { $detail }
error-storage = Error de almacenamiento: { $detail }. No se ha guardado nada.
error-internal = Algo ha fallado dentro de Casebook ({ $detail }). No se ha guardado nada. Vuelve a intentarlo; si sigue pasando, reinicia Casebook.
error-not-one-of = «{ $value }» no es un valor válido para { $kind ->
    [CallDirection] la dirección de la llamada
    [EntryKind] el tipo de entrada
    [CaseStatus] el estado del caso
    [Priority] la prioridad
    [Target] el objetivo
    [Channel] el canal
    [MatchField] el campo de búsqueda
    [OutboxStatus] el estado de envío
    [Noise] el tipo de correo automático
    [SentHow] la forma de envío
    [Security] la seguridad
    [StaffRole] el rol
    [AlarmKind] el tipo de aviso
    [ComplaintStatus] el estado de la queja
    [EscalationStatus] el estado de la escalada
    [PromiseStatus] el estado de un compromiso
   *[other] este campo
}. Usa uno de estos: { $allowed }.
error-cases-page-position-valid-reload-list = La posición de la página no es válida. Vuelve a cargar la lista desde el principio.
error-cases-page-position-valid-reload-timeline = La posición de la página no es válida. Vuelve a cargar el historial.
error-hours-time-use-24-hour-hh = { $day }: «{ $text }» no es una hora. Usa el formato de 24 horas HH:MM, por ejemplo 09:00 o 17:30.
error-hours-date-use-yyyy-mm-dd = { $what }: «{ $text }» no es una fecha. Usa AAAA-MM-DD, por ejemplo 2026-12-25.
error-hours-time-zone-casebook-knows-use = «{ $time_zone }» no es una zona horaria que Casebook conozca. Usa un nombre IANA como Europe/Madrid o America/New_York.
error-hours-ends-before-starts-swap-times = { $day }: { $start }–{ $end } termina antes de empezar. Intercambia las horas, o quita el tramo.
error-hours-overlaps-make-them-one-interval = { $day }: { $value }–{ $value2 } se solapa con { $value3 }–{ $value4 }. Únelos en un solo tramo, o mueve uno.
error-hours-calendar-has-no-open-hours = El calendario no tiene ningún horario de apertura, así que nada vencería nunca. Añade horario de apertura para al menos un día.
error-hours-minutes-more-business-time-than = { $minute_ms } minutos son más tiempo hábil del que Casebook mira por adelantado ({ $value } años del horario de este calendario). Indica una duración más corta.
error-hours-calendar-has-no-open-hours-2 = El calendario no tiene horario de apertura en los próximos tres años: todos los días están cerrados o son festivos.
error-hours-warn-between-1-minute-24 = Avisa entre 1 minuto y 24 horas antes de un vencimiento, no { $minutes } minutos.
error-hours-priority-target-minutes-target-must = Prioridad { $label ->
    [urgent] urgente
    [high] alta
    [low] baja
   *[normal] normal
}: el objetivo de { $what ->
    [first_response] primera respuesta
    [next_response] siguiente respuesta
   *[resolution] resolución
} es de { $minutes } minutos. Un objetivo debe ser de al menos 1 minuto.
error-hours-priority-target-longer-than-year = Prioridad { $label ->
    [urgent] urgente
    [high] alta
    [low] baja
   *[normal] normal
}: el objetivo de { $what ->
    [first_response] primera respuesta
    [next_response] siguiente respuesta
   *[resolution] resolución
} supera un año. Acórtalo.
error-hours-these-settings-nothing-would-ever = Con estos ajustes nunca vencería nada: añade horario de apertura.
error-hours-ics-file-could-read-line = No se pudo leer el archivo .ics: línea { $line }: { $why }. No se ha importado nada; revisa el archivo, o expórtalo de nuevo desde tu calendario.
error-customers-already-has-use-instead-confirm = { $name } ya tiene { $what ->
    [email] esta dirección de correo
   *[phone] este número de teléfono
}. Usa { $name }, o confirma que es otra persona.
error-mail-incoming-mail-server-refused = El servidor de correo entrante { $host } se negó a { $doing }: «{ $words }».
error-mail-connection-incoming-mail-server-broke = La conexión con el servidor de correo entrante { $host } se cortó al intentar { $doing } ({ $io }).
error-mail-incoming-mail-server-closed-connection = El servidor de correo entrante { $host } cerró la conexión al intentar { $doing }.
error-mail-incoming-mail-server-gave-answer = El servidor de correo entrante { $host } dio una respuesta que Casebook no pudo leer al intentar { $doing } ({ $other }).
error-mail-incoming-mail-server-did-accept = El servidor de correo entrante { $host } no aceptó el inicio de sesión de { $username } («{ $words }»). Revisa la contraseña; muchos proveedores piden aquí una contraseña de aplicación, no la habitual.
error-mail-incoming-mail-server-did-answer = El servidor de correo entrante { $host } no respondió a tiempo al inicio de sesión.
error-mail-incoming-mail-server-did-greet = El servidor de correo entrante { $host } no saludó: ¿es un servidor IMAP, en el puerto correcto?
error-mail-reply-sent-already-sent-again = Esta respuesta ya se envió; no se vuelve a enviar.
error-mail-certificate-authority-could-read = No se pudo leer la autoridad de certificación ({ $detail }).
error-mail-nobody-send = No hay nadie a quien enviar ({ $detail }).
error-mail-outgoing-mail-server-did-answer = El servidor de correo saliente { $host } no respondió.
error-mail-outgoing-mail-server-did-accept = El servidor de correo saliente { $host } no aceptó el inicio de sesión ({ $text }). Revisa la contraseña; muchos proveedores piden aquí una contraseña de aplicación.
error-mail-email-address = «{ $address }» no es una dirección de correo.
error-mail-give-server-s-name-such = Indica el nombre del servidor de { $what }, por ejemplo mail.example.com.
error-mail-give-both-servers-ports-imap = Indica los puertos de ambos servidores (IMAP 993, SMTP 465 o 587).
error-mail-computer-so-connection-must-encrypted = { $host } no es este ordenador, así que la conexión debe ir cifrada (TLS o STARTTLS).
error-mail-give-desk-name-such-as = Pon un nombre a este puesto, por ejemplo «Mostrador».
error-mail-certificate-authority-certificate-pem-form = La autoridad de certificación no es un certificado en formato PEM (empieza por -----BEGIN CERTIFICATE-----). Pega el archivo completo que te dieron.
error-mail-certificate-authority-could-used = No se pudo usar la autoridad de certificación ({ $detail }).
error-mail-server-name = «{ $host }» no es un nombre de servidor.
error-mail-server-cannot-reached-check-server = No se puede llegar al servidor de { $what } { $host }:{ $port } ({ $detail }). Revisa el nombre y el puerto del servidor, y la red de este ordenador.
error-mail-server-did-answer-within-seconds = El servidor de { $what } { $host }:{ $port } no respondió en { $value } segundos.
error-mail-server-did-finish-encrypting-connection = El servidor de { $what } { $host } no terminó de cifrar la conexión a tiempo.
error-mail-server-s-certificate-does-match = El certificado del servidor de { $what } no coincide con el nombre { $host } ({ $text }). Revisa el nombre del servidor: usa exactamente el que da tu proveedor. No se ha enviado nada.
error-mail-server-showed-certificate-computer-does = El servidor de { $what } { $host } mostró un certificado en el que este ordenador no confía ({ $text }). Si la tienda creó su propio certificado, añade su autoridad de certificación en los ajustes.
error-mail-server-could-reached-securely = No se pudo llegar de forma segura al servidor de { $what } { $host } ({ $text }).
error-mail-shop-s-mail-handled-desk = El correo de la tienda lo gestiona el puesto «{ $desk_name }». Revisa el correo allí.
error-mail-shop-s-mail-handled-desk-2 = El correo de la tienda ({ $address }) lo gestiona el puesto «{ $desk_name }». Desconéctalo primero allí (o aquí, si ese puesto ya no existe) y luego conéctalo en este puesto.
error-search-date-range-ends-before-starts = El periodo termina antes de empezar. Elige un final posterior al inicio.
error-search-page-position-valid-search-again = La posición de la página no es válida. Busca de nuevo desde el principio.
error-staff-no-longer-active-so-cannot = { $name } ya no está activo, así que no puede llevar un caso. Elige a otra persona.
error-staff-chosen-owner-staff-list-pick = El responsable elegido no está en la lista del equipo. Elige a otra persona.
error-staff-there-already-someone-called-staff = Ya hay alguien llamado { $name } en la lista del equipo. Añade un apellido o una inicial para distinguirlos.
error-staff-no-longer-active-staff-list = { $name } ya no está activo en la lista del equipo. Elige quién está en el puesto.
error-staff-cannot-ask-shift-lead-owner = { $name } no puede { $what }: pídeselo a un jefe de turno o al propietario.
error-staff-only-active-staff-member-add = { $name } es el único miembro activo del equipo; añade primero a otra persona.
error-staff-nobody-active-staff-list-called = Nadie activo en la lista del equipo se llama «{ $wanted }». Consulta la lista del equipo.
error-staff-could-type-more-name = «{ $wanted }» puede ser { $value }. Escribe más del nombre.
error-staff-no-longer-active-staff-list-2 = { $name } ya no está activo en la lista del equipo. Elige a otra persona.
error-staff-you-cannot-deactivate-yourself-while = No puedes desactivarte mientras estás en el puesto. Pídeselo a un compañero.
error-data-could-list-exports = No se pudieron listar las exportaciones de { $dir }
error-data-could-write = No se pudo escribir { $path }
error-data-could-read = No se pudo leer events.jsonl
error-data-could-read-2 = No se pudo leer { $path }
error-data-could-start-backup = No se pudo iniciar la copia de seguridad
error-data-could-read-backups-folder = No se pudo leer la carpeta de copias de seguridad { $dir }
error-data-name-backup-pick-one-from = «{ $file_name }» no es el nombre de una copia de seguridad. Elige una de la lista.
error-data-file-mb-casebook-imports-up = El archivo ocupa { $value } MB; Casebook importa hasta { $value2 } MB cada vez. Divídelo en archivos más pequeños.
error-data-casebook-could-tell-which-row = Casebook no pudo saber qué fila contiene los títulos de las columnas. Elígela entre las primeras filas.
error-data-file-has-columns-but-were-2 = El archivo tiene { $headings } columnas pero se asignaron { $mapping }. Vuelve a leer el archivo y elige un campo para cada columna.
error-data-mapping-does-fit-file-s = La asignación no encaja con las columnas del archivo.
error-data-no-column-taken-customer-s = No se ha elegido ninguna columna para el nombre del cliente. Elige la columna (o las columnas de nombre y apellidos) que lo contiene.
error-data-file-has-headings-but-no = El archivo tiene títulos pero ninguna fila. No hay nada que importar.
error-data-file-has-no-rows-choose = El archivo no tiene filas. Elige una hoja de cálculo con una fila de títulos y datos.
error-data-row-blank-file-pick-row = La fila { $n } está vacía o no está en el archivo. Elige la fila con los títulos de las columnas.
error-tell-only-entry-about-customer-can = Solo una entrada sobre un cliente puede fijarse como dato clave.
error-tell-handoff-needs-someone-handing-off = Un traspaso necesita a alguien que traspase: elige primero quién eres.
error-tell-you-cannot-hand-case-yourself = No puedes traspasarte un caso a ti mismo. Elige a un compañero.
error-tell-colleague-you-picked-staff-list = El compañero que elegiste no está en la lista del equipo.
error-tell-no-longer-active-so-cannot = { $name } ya no está activo, así que no puede hacerse cargo de un caso. Elige a otra persona.
error-tell-case-reopen-before-handing = Este caso está { $status ->
    [resolved] resuelto
   *[closed] cerrado
}. Reábrelo antes de traspasárselo a { $name }.
error-tell-brief-has-lines-keep-under = El resumen tiene { $count } líneas; mantenlo por debajo de { $brief_lines_max }.
error-tell-brief-empty-keep-drafted-lines = El resumen está vacío. Conserva las líneas propuestas o escribe lo que la siguiente persona necesita saber.
error-tell-promise-must-fall-due-future = Un compromiso debe vencer en el futuro, y { $value } ya ha pasado. Elige un momento posterior.
error-tell-broken-promise-needs-recovery-note = Un compromiso incumplido necesita una nota de reparación: escribe qué hicimos para arreglarlo.
error-tell-period-ends-before-starts-pick = El periodo termina antes de empezar. Elige un final posterior al inicio.
error-tell-promise-already-closed-as-nothing = Este compromiso ya estaba cerrado como { $status ->
    [kept] cumplido
    [broken] incumplido
   *[open] abierto
}. No se ha cambiado nada.
error-tell-entry-belongs-another-case-flag = Esa entrada pertenece a otro caso. Márcala desde su propio caso.
error-tell-complaint-already-closed-nothing-changed = Esta queja ya estaba cerrada. No se ha cambiado nada.
error-sync-join-code-complete-mistyped-copy = Este código de unión está incompleto o mal escrito. Cópialo de nuevo desde el primer puesto.
error-sync-join-code-made-newer-casebook = Este código de unión lo creó un Casebook más nuevo. Actualiza Casebook en este puesto y vuelve a unirte.
error-sync-certificate-authority-could-used-check = No se pudo usar la autoridad de certificación ({ $detail }). Comprueba que es el certificado de la autoridad, no la clave del servidor.
error-sync-server-address-has-no-host = La dirección del servidor no tiene nombre de host. Escribe el nombre o la dirección IP del servidor.
error-sync-desk-id = «{ $desk_id }» no es un identificador de puesto.
error-sync-server-holds-different-event-id = El servidor tiene otro evento con el identificador { $id }. No se ha enviado nada; este puesto conserva su propia copia. Avisa a quien se ocupe del servidor de la tienda.
error-sync-casebook-could-set-up-tables = Casebook no pudo crear sus tablas en el servidor de { $at } (paso { $number }: { $value }). No se ha cambiado nada. Avisa a quien se ocupe del servidor.
error-sync-server-address-casebook-can-use = Esta no es una dirección de servidor que Casebook pueda usar ({ $why }). Escríbela como postgres://usuario:contraseña@host:5432/basededatos.
error-sync-give-new-desk-name-such = Pon un nombre al nuevo puesto, por ejemplo «Mostrador 2».
error-sync-computer-has-no-password-store = Este ordenador no tiene un almacén de contraseñas que Casebook pueda usar ({ $detail }), así que la contraseña del servidor de la tienda no se pudo { $value }. En Linux, instala y desbloquea GNOME Keyring o KWallet; en Windows y macOS, inicia sesión normalmente en tu cuenta. Luego vuelve a intentarlo.
error-sync-shop-s-server-cannot-reached = No se puede llegar al servidor de la tienda.
error-sync-desk-already-connected-shop-s = Este puesto ya está conectado al servidor de su tienda. No se ha cambiado nada.
error-sync-desk-already-has-own-history = Este puesto ya tiene su propio historial ({ $events } eventos), así que no puede unirse a una tienda. Únete desde un puesto sin historial (abre Casebook con una carpeta de datos nueva), o exporta este historial e impórtalo en el primer puesto de la tienda. El código de unión no se ha usado.
error-sync-desk-cannot-revoke-itself-do = Un puesto no puede revocarse a sí mismo. Hazlo desde otro puesto.
error-attachments-does-name-stored-file = «{ $hash }» no corresponde a ningún archivo guardado.
error-attachments-file-s-content-does-match = El contenido del archivo no coincide con su nombre ({ $name }): se dañó por el camino.
error-attachments-could-erase = No se pudo borrar { $path }
error-attachments-could-create = No se pudo crear { $dir }
error-attachments-empty-0-bytes-nothing-attached = «{ $name }» está vacío (0 bytes). No se ha adjuntado nada.
error-attachments-mb-shop-accepts-files-up = «{ $name }» ocupa { $value } MB; la tienda acepta archivos de hasta { $limit_mb } MB. Hazlo más pequeño (una foto con menos resolución, un PDF escaneado en gris), o pide al propietario que suba el límite.
error-attachments-files-attach-something-said-noted = Los archivos se adjuntan a algo que se dijo, anotó, llamó o atendió en un caso.
error-attachments-write-what-customer-said-attach = Escribe lo que dijo el cliente para adjuntarle archivos.
error-attachments-kept-desk-any-more-attach = «{ $value }» ya no se guarda en este puesto. Adjúntalo de nuevo.
error-attachments-pick-limit-from-1-mb = Elige un límite de 1 a { $max_limit_mb } MB.
error-attachments-attachments-kept-beside-database-file = Los adjuntos se guardan junto al archivo de la base de datos; esta base de datos solo existe en memoria.
error-shop-event-has-no-clock-value = el evento { $id } no tiene valor de reloj (hlc); no se puede ordenar
error-shop-event-must-say-kind = un evento debe indicar su tipo ({ $detail })
error-shop-valid-event = no es un evento { $kind } válido ({ $detail })
error-shop-kind-event-casebook-knows-may = «{ $kind }» no es un tipo de evento que este Casebook conozca; puede venir de una versión más nueva
error-learn-you-reached-customer-write-line = Has hablado con el cliente: escribe una línea sobre lo que se dijo, para que el siguiente lo sepa.
error-learn-pick-between-1-3650-days = Elige entre 1 y 3650 días sin contacto, no { $days }.
error-learn-ask-least-one-customer-call = Pide al menos un cliente al que llamar.
error-learn-you-asked-customers-but-only = Pediste { $count } clientes, pero solo { $pool } de los { $customers } clientes de la tienda no han sido contactados ni llamados en { $days } días. Pide { $pool } o menos, o acorta el periodo.
error-learn-score-outside-1-5 = una puntuación de { $score } está fuera del rango de 1 a 5
error-learn-list-twice-keep-one = «{ $cause }» está dos veces en la lista. Deja una.
error-learn-keep-least-one-root-cause = Deja al menos una causa principal: cada escalada debe indicar una.
error-learn-list-has-root-causes-keep = La lista tiene { $out } causas principales; déjala en { $causes_max } o menos.
error-learn-pick-root-cause-escalation = Elige la causa principal de esta escalada: { $value }.
error-learn-one-shop-s-root-causes = «{ $cause }» no es una de las causas principales de la tienda. Elige una de: { $value }.
error-learn-person-you-picked-staff-list = La persona que elegiste no está en la lista del equipo.
error-learn-active-shift-lead-owner-escalate = { $name } no es un jefe de turno activo ni el propietario. Escala a uno de ellos.
error-learn-case-already-escalated-close-escalation = Este caso ya está escalado a { $name }. Cierra antes esa escalada, o añade una nota al caso.
error-learn-escalation-already-closed-nothing-changed = Esta escalada ya estaba cerrada. No se ha cambiado nada.
error-learn-date-date-write-as-yyyy = La fecha «{ $text }» ({ $label }) no es una fecha. Escríbela como AAAA-MM-DD, p. ej. 2026-11-01.
error-learn-report-ends-but-starts-pick = El informe termina el { $to } pero empieza el { $from }. Elige una fecha de fin igual o posterior al inicio.
error-learn-report-covers-most-ten-years = Un informe abarca como mucho diez años. Elige un periodo más corto.
error-learn-report-has-no-table = El informe { $name } no tiene la tabla «{ $table }».
error-learn-could-create-reports-folder = No se pudo crear la carpeta de informes { $dir }
error-learn-could-save = No se pudo guardar { $path }
error-learn-score-1-very-unhappy-5 = Una puntuación va de 1 (muy descontento) a 5 (muy contento), no { $score }.
error-duplicates-these-already-one-customer-nothing = Ya son un solo cliente. No se ha cambiado nada.
error-core-date-time-use-form-2026 = «{ $text }» no es una fecha y hora ({ $detail }). Usa la forma 2026-11-22T09:30:00+01:00.
error-core-empty-type-before-saving = { $label } está vacío. Escríbelo antes de guardar.
error-core-contains-control-characters-retype-without = { $label } contiene caracteres de control. Vuelve a escribirlo sin ellos.
error-core-empty-write-before-saving = { $label } está vacío. Escríbelo antes de guardar.
error-core-too-long-characters-limit-shorten = { $label } es demasiado largo ({ $n } caracteres; el límite es { $max }). Acórtalo, o divídelo en dos entradas.
error-core-valid-email-address-check-example = «{ $value }» no es una dirección de correo válida ({ $why }). Revísala, por ejemplo nombre@ejemplo.es.
error-core-valid-phone-number-use-digits = «{ $value }» no es un número de teléfono válido ({ $why }). Usa cifras, espacios, + - ( ) o ., por ejemplo +34 612 34 56 78.
error-core-customer-can-have-most-remove = Un cliente puede tener como mucho { $contacts_max } { $label }; quita algunos.
error-core-event-must-name = un evento { $kind } debe indicar su { $what }
error-core-could-create-data-folder = No se pudo crear la carpeta de datos { $dir }
error-core-could-open-database = No se pudo abrir la base de datos en { $path }
error-core-desk-already-has-own-history = Este puesto ya tiene su propio historial ({ $events } eventos), así que no puede unirse a una tienda. Únete desde un puesto sin historial (abre Casebook con una carpeta de datos nueva), o exporta este historial e impórtalo en el primer puesto de la tienda antes de que se conecte.
error-core-every-event-needs-id-desk = todo evento necesita un identificador y el puesto que lo escribió
error-core-could-start-database-worker = No se pudo iniciar el proceso de la base de datos
error-core-could-create = No se pudo crear { $lock_path }
error-core-could-lock = No se pudo bloquear { $lock_path }
error-cli-report-format-use-text-csv = «{ $other }» no es un formato de informe. Usa text, csv o json.
error-cli-already-exists-choose-new-file = { $file } ya existe; elige otro nombre de archivo.
error-cli-column-field-use-name-phone = «{ $f }» no es un campo de columna. Usa name, phone, email, organisation, segment, notes, subject, channel, status, priority, opened, message o ignore.
error-cli-problem-s-nothing-imported-fix = { $problem_count } problema(s) en { $file }; no se ha importado nada. Corrígelos y vuelve a intentarlo: { $value }{ $value2 }
error-cli-could-start-mail-machinery = No se pudo iniciar el procesamiento del correo
error-cli-mailbox-could-connected-see-above = No se pudo conectar el buzón (ver arriba).
error-cli-could-start-sync-machinery = No se pudo iniciar la sincronización
error-cli-shop-has-no-staff-yet = La tienda aún no tiene equipo.
error-cli-notes-were-never-acknowledged-server = { $acked } notas nunca fueron confirmadas por el servidor
error-cli-future-things-already-happened = { $text } está en el futuro: --at es para cosas que ya pasaron.
error-cli-say-who-acting-as-name = Indica quién actúa con --as NOMBRE (ver `casebook staff list`).
error-cli-demo-speaks-en-nl-de = La demo habla en, nl, de, fr y es.
error-cli-negative-give-number-minutes-from = { $minutes } es negativo: indica un número de minutos a partir de 0.
error-cli-calendar-has-no-open-hours = El calendario no tiene horario de apertura en los próximos tres años.
error-mail-no-mailbox-connected-so-reply = No hay ningún buzón conectado, así que esta respuesta no puede salir por correo. Conecta el buzón de la tienda en la página Buzón (menú Tienda), o registra la respuesta como llamada o nota.
error-mail-customer-has-no-email-address = Este cliente no tiene dirección de correo a la que responder. Añade una en su perfil primero.
error-mail-no-mailbox-connected-connect-one = No hay ningún buzón conectado. Conecta uno con `casebook mail connect` o en la página Buzón.
error-staff-person-desk-staff-list-pick = La persona del puesto no está en la lista del equipo. Elige quién eres en la lista del equipo.
error-staff-nobody-picked-as-being-desk = No se ha elegido a nadie como persona en el puesto. Elige primero quién eres en la lista del equipo.
error-sync-desk-connected-shop-s-server = Este puesto aún no está conectado al servidor de una tienda. Conéctalo en la página Puestos y sincronización.
error-sync-owner-s-server-address-password = La dirección y la contraseña del servidor del propietario se guardan en el puesto que creó la tienda. Hazlo allí, o vuelve a conectar con la dirección del propietario.
error-shop-merge-effect-may-have-been = Esa fusión no está en vigor (quizá ya se deshizo, aquí o en otro puesto). No se ha cambiado nada.
error-cli-desk-connected-shop-s-server = Este puesto no está conectado al servidor de una tienda. Conéctalo con `casebook sync connect`, o únete con `casebook sync join CÓDIGO`.
error-sync-server-does-hold-desk-s = Este servidor no tiene la tienda de este puesto ({ $detail } en { $at }). Revisa la dirección del servidor en los ajustes de la tienda, o vuelve a unirte con un código nuevo del primer puesto.
error-sync-shop-s-server-does-offer = El servidor de la tienda en { $at } no ofrece conexión cifrada, y Casebook solo se conecta cifrado a un servidor en otro ordenador. Pide a quien se ocupe del servidor que active el cifrado (ssl = on).
error-sync-shop-s-server-gave-answer = El servidor de la tienda en { $at } dio una respuesta que Casebook no entiende ({ $value }). No se ha cambiado nada. Comprueba que la dirección es de un servidor PostgreSQL, o avisa a quien se ocupe de él.
error-sync-server-does-let-user-log = El servidor en { $at } no deja iniciar sesión a este usuario. Usa la dirección del propietario del servidor, o pregunta a quien se ocupe de él.
error-sync-server-does-accept-connections-from = El servidor en { $at } no acepta conexiones de este ordenador ({ $message }). Pide a quien se ocupe del servidor que permita este ordenador, y vuelve a intentarlo.
error-sync-server-has-no-such-database = El servidor en { $at } no tiene esa base de datos ({ $message }). Revisa el nombre de la base de datos en la dirección del servidor.
error-sync-shop-s-server-refused-nothing = El servidor de la tienda en { $at } lo rechazó ({ $message }). No se ha cambiado nada. Si sigue pasando, avisa a quien se ocupe del servidor.
error-sync-shop-s-server-showed-certificate = El servidor de la tienda en { $at } mostró un certificado que no coincide ({ $value }). Casebook no se conectó, para proteger los datos de la tienda. Si se cambió el certificado del servidor, indica su autoridad de certificación en los ajustes de la tienda; si no, avisa a quien se ocupe del servidor.
error-sync-encrypted-connection-shop-s-server = No se pudo establecer una conexión cifrada con el servidor de la tienda en { $at } ({ $other }). Casebook no se conectó. Avisa a quien se ocupe del servidor.
error-mail-address-mail-server-accepts = «{ $text }» no es una dirección que acepte un servidor de correo ({ $detail }).
error-mail-outgoing-mail-server-did-accept-2 = El servidor de correo saliente { $host } no aceptó el inicio de sesión ({ $text }). Revisa la contraseña del correo en la página Buzón.
error-mail-outgoing-mail-server-refused = El servidor de correo saliente { $host } lo rechazó: { $text }
error-mail-outgoing-mail-server-said-try = El servidor de correo saliente { $host } pidió intentarlo más tarde: { $text }
error-mail-outgoing-mail-server-could-reached = No se pudo llegar de forma segura al servidor de correo saliente { $host } ({ $text }). Revisa su nombre y su certificado.
error-mail-outgoing-mail-server-cannot-reached = No se puede llegar al servidor de correo saliente { $host } ({ $text }).
error-mail-reply-has-nobody-go = La respuesta no tiene destinatario ({ $detail }).
error-data-could-create-folder = No se pudo crear la carpeta { $parent }
error-data-could-create = No se pudo crear { $partial }
error-data-could-finish = No se pudo terminar { $folder }
error-data-could-write-2 = No se pudo escribir { $events_path }
error-data-valid-json-casebook-export-folder = manifest.json no es JSON válido ({ $detail }). ¿Es una carpeta de exportación de Casebook?
error-data-does-describe-casebook-export-choose = manifest.json no describe una exportación de Casebook. Elige la carpeta que exportó Casebook.
error-data-export-written-newer-casebook-format = Esta exportación la escribió un Casebook más nuevo (formato { $version }; este lee hasta el { $format_version }). Instala el Casebook más nuevo para importarla. No se ha cambiado nada.
error-data-damaged = manifest.json está dañado ({ $detail }).
error-data-has-calendar-cannot-used = manifest.json tiene un calendario que no se puede usar: { $detail }
error-data-has-targets-cannot-used = manifest.json tiene objetivos que no se pueden usar: { $detail }
error-data-line-longer-than-bytes = la línea supera los { $max_line_bytes } bytes
error-data-line-utf-8-text = la línea no es texto UTF-8
error-data-event = no es un evento ({ $detail })
error-data-event-needs-id-desk-wrote = un evento necesita un identificador y el puesto que lo escribió
error-data-has-problems-so-nothing-imported = events.jsonl tiene problemas, así que no se ha importado nada: { $value }
error-data-missing-choose-folder-casebook-exported = Falta { $path }. Elige una carpeta que exportó Casebook (contiene manifest.json y events.jsonl).
error-data-could-read-3 = No se pudo leer { $manifest_path }
error-data-holds-events-but-export-recorded = events.jsonl contiene { $found } eventos pero la exportación registró { $events }: la copia está incompleta. Exporta de nuevo, o copia la carpeta entera. No se ha importado nada.
error-data-folder-holds-files-but-export = La carpeta attachments contiene { $names } archivos pero la exportación registró { $files }: la copia está incompleta. Exporta de nuevo, o copia la carpeta entera. No se ha importado nada.
error-data-file-cannot-used-nothing-imported = Un archivo de attachments no se puede usar ({ $detail }). No se ha importado nada.
error-data-line = events.jsonl línea { $line }: { $detail }
error-data-line-nothing-imported = events.jsonl línea { $line }: { $message }. No se ha importado nada.
error-data-nothing-imported = events.jsonl: { $detail }. No se ha importado nada.
error-data-lines-nothing-imported = events.jsonl líneas { $first_line } a { $line }: { $detail }. No se ha importado nada.
error-data-file-did-arrive-whole-choose = El archivo no llegó completo. Elígelo de nuevo.
error-data-file-empty-choose-spreadsheet-heading = El archivo está vacío. Elige una hoja de cálculo con una fila de títulos y datos.
error-data-spreadsheet-choose-csv-xlsx-ods = { $value } es { $what }, no una hoja de cálculo. Elige un archivo .csv, .xlsx u .ods.
error-data-compressed-file-but-workbook-casebook = { $value } es un archivo comprimido pero no un libro que Casebook pueda leer. Guárdalo como .xlsx, .ods o .csv y vuelve a intentarlo.
error-data-workbook-has-no-sheet-sheets = El libro no tiene la hoja «{ $wanted }». Sus hojas son: { $value }.
error-data-workbook-has-no-sheets = El libro no tiene hojas.
error-data-sheet-could-read = No se pudo leer la hoja «{ $sheet }» ({ $detail }).
error-data-sheet-has-rows-columns-more = La hoja «{ $sheet }» tiene { $height } filas y { $width } columnas, más de las que Casebook lee de una vez. Divídela.
error-data-encoding-casebook-knows-choose-one = «{ $label }» no es una codificación que Casebook conozca. Elige una de la lista.
error-data-file-does-read-as-text = El archivo no se lee como texto { $value }: algunos caracteres saldrían como �. Elige la codificación con la que se guardó el archivo.
error-data-file-text-spreadsheet-saved-holds = Este archivo no es texto guardado por una hoja de cálculo: contiene datos binarios. Elige un archivo .csv, .xlsx u .ods.
error-attachments-could-create-2 = No se pudo crear { $folder }
error-attachments-could-write = No se pudo escribir { $temp }
error-attachments-could-keep = No se pudo guardar { $path }
error-attachments-could-flush = No se pudo volcar { $dir } al disco
error-data-could-read-backup = No se pudo leer la copia de seguridad { $path }
error-data-could-write-backup = No se pudo escribir la copia de seguridad { $target }
error-data-could-create-backups-folder = No se pudo crear la carpeta de copias de seguridad { $dir }
error-data-could-keep-backup = No se pudo guardar la copia de seguridad { $target }
error-sync-shop-s-server-cannot-reached-2 = No se puede llegar al servidor de la tienda en { $at } ({ $why }). Este puesto sigue trabajando y enviará su trabajo cuando vuelva el servidor.
error-sync-server-cannot-reached-check-server = No se puede llegar al servidor en { $at } ({ $why }). Revisa la dirección del servidor y que esté en marcha, y vuelve a intentarlo.
error-sync-shop-s-server-cannot-reached-3 = No se puede llegar al servidor de la tienda en { $at } ({ $why }). Comprueba que este ordenador está en la red de la tienda y que el servidor está en marcha, y vuelve a probar el código de unión.
error-sync-shop-s-server-does-accept = El servidor de la tienda en { $at } no acepta la contraseña de este puesto. Quizá el puesto se volvió a instalar en otro ordenador. Pide un código de unión nuevo al primer puesto y vuelve a unirte.
error-sync-server-does-accept-user-name = El servidor en { $at } no acepta este usuario y esta contraseña. Revisa la dirección del servidor del propietario (la parte antes de la @), y vuelve a intentarlo.
error-sync-join-code-already-used-withdrawn = Este código de unión ya se usó, o se retiró: el servidor ya no lo acepta. Un código de unión sirve una sola vez. Pide uno nuevo al primer puesto.
error-sync-user-owner-s-server-address = El usuario de la dirección del servidor del propietario no tiene permiso para esto en { $at } ({ $message }). Debe poder crear roles y tablas: usa la dirección del propietario del servidor.
error-sync-shop-s-server-refused-desk = El servidor de la tienda en { $at } rechazó este puesto ({ $message }). Quizá se le retiró el acceso, o no es un puesto de esta tienda. No se ha cambiado nada. Pide un código de unión nuevo al primer puesto.
error-sync-signed-authority-computer-trusts = no lo firma una autoridad en la que confíe este ordenador
error-sync-has-expired = ha caducado
error-sync-revoked = fue revocado
error-sync-nothing-answers-address-port = nada responde en esa dirección y ese puerto
error-sync-no-answer-time = sin respuesta a tiempo
error-sync-network-does-reach = la red no llega hasta él
error-hours-calendar-file-names-which-part = El archivo de calendario menciona «{ $name }», que no forma parte de un calendario (los días se escriben monday a sunday, en minúsculas; ver el README). No se ha cambiado nada.
error-hours-calendar-file-valid-see-readme = El archivo de calendario no es válido ({ $detail }). Consulta el README para ver la forma esperada.
error-core-could-find-user-data-folder = No se encontró la carpeta de datos del usuario
error-mail-problem = { $message }
error-sync-join-code-already-used-join = Este código de unión ya se usó para unir un puesto. Un código de unión sirve una sola vez: pide uno nuevo al primer puesto.
error-sync-shop-s-server-holds-event = El servidor de la tienda tiene un evento que este Casebook no puede leer (evento { $id }: { $detail }). Quizá otro puesto usa un Casebook más nuevo: actualiza Casebook en este puesto.
error-sync-server-does-hold-shop-check = Este servidor no tiene la tienda { $shop_id } ({ $at }). Revisa la dirección del servidor, o crea la tienda en este servidor desde su primer puesto.
error-sync-desk-already-belongs-another-shop = Este puesto ya pertenece a otra tienda del servidor en { $at }. No se ha cambiado nada.
error-sync-server-set-up-newer-casebook = Este servidor lo preparó un Casebook más nuevo (esquema de servidor { $found }, este puesto conoce hasta el { $server_schema }). Actualiza Casebook en este puesto.
error-demo-shop-not-empty = Esta base de datos ya contiene una tienda ({ $staff } miembros del equipo, { $customers } clientes). La tienda de demostración solo se puede cargar en una base de datos vacía; elige un archivo nuevo con --db.
error-demo-no-customers = Pide al menos un cliente.

## La carcasa (src-tauri/src)

shell-no-program-opened = Ningún programa de este ordenador abrió { $path } ({ $detail }). Ábrelo desde el explorador de archivos.
shell-file-could-run-program = «{ $name }» podría ejecutar un programa en este ordenador. Ábrelo solo si confías en él.
shell-file-not-whole = El archivo no llegó completo ({ $detail }). Adjúntalo de nuevo.
shell-request-not-understood = No se entendió la petición ({ $detail }). No se ha cambiado nada.
shell-command-panicked = Algo ha fallado dentro de Casebook. No se ha guardado nada. Vuelve a intentarlo; si sigue pasando, reinicia Casebook.
shell-request-not-json = No se entendió la petición (no era JSON). No se ha cambiado nada.
shell-title = { $overdue ->
    [0] Casebook
   *[other] Casebook — { $overdue } vencidos
}
shell-tray-open = Abrir Casebook
shell-tray-quit = Salir de Casebook
shell-notifications-broken = Las notificaciones del escritorio no funcionan ({ $detail }). Los casos vencidos siguen apareciendo en la cola y en el título de la ventana.
notify-open-case = Abrir el caso

## Lo que solo un jefe de turno o el propietario pueden hacer: completa «… no puede { $what }»

lead-change-hours = cambiar el horario de apertura, los festivos o los objetivos de respuesta
lead-connect-mailbox = conectar el buzón de la tienda
lead-disconnect-mailbox = desconectar el buzón de la tienda
lead-connect-server = conectar este puesto al servidor de la tienda
lead-add-desk = añadir un puesto a la tienda
lead-revoke-desk = revocar un puesto
lead-change-file-limit = cambiar el tamaño máximo de archivo que acepta la tienda
lead-change-root-causes = cambiar la lista de causas principales
lead-close-escalation = cerrar una escalada

## Cómo se llama un campo en los mensajes

label-a-line-of-the-brief = Una línea del resumen
label-a-root-cause = Una causa principal
label-a-section-title = Un título de sección
label-customer-name = El nombre del cliente
label-message = El mensaje
label-name = El nombre
label-notes = Las notas
label-organisation = La organización
label-segment = El segmento
label-subject = El asunto
label-the-customers-comment = El comentario del cliente
label-the-handover-note = La nota de traspaso
label-the-reason-for-erasing = El motivo del borrado
label-the-reply = La respuesta
label-what-happened = Lo que pasó
label-what-the-complaint-is-about = El motivo de la queja
label-what-was-promised = Lo que se prometió
label-what-was-said = Lo que se dijo
label-what-we-changed = Lo que cambiamos
label-phone-numbers = números de teléfono
label-email-addresses = direcciones de correo

## Por qué una dirección de correo o un teléfono no lo es

why-it-is-empty = está vacío
why-it-is-longer-than-254-characters = tiene más de 254 caracteres
why-it-contains-a-space = contiene un espacio
why-it-has-no = no tiene @
why-it-has-more-than-one = tiene más de una @
why-nothing-before-the = no hay nada antes de la @
why-the-part-after-the-needs-a-dot-like-exam = la parte tras la @ necesita un punto, como ejemplo.es
why-the-part-after-the-has-a-misplaced-dot = la parte tras la @ tiene un punto mal colocado
why-the-part-before-the-has-a-misplaced-dot = la parte antes de la @ tiene un punto mal colocado
why-a-can-only-come-first = un + solo puede ir al principio
why-it-has-fewer-than-6-digits = tiene menos de 6 cifras
why-it-has-more-than-17-digits = tiene más de 17 cifras
why-phone-contains = contiene «{ $c }»

## La línea de órdenes

cli-could-not-write-output = No se pudo escribir la salida
cli-demo-loaded = Tienda de demostración cargada: { $staff } miembros del equipo, { $customers } clientes, { $cases } casos, { $events } eventos.

## Idioma y formato de la tienda

error-locale-unknown-language = «{ $language }» no es un idioma que hable Casebook. Elige uno de: en (English), nl (Nederlands), de (Deutsch), fr (Français), es (Español).
error-locale-bad-region = «{ $region }» no es una configuración regional. Escríbela como idioma y país, por ejemplo es-ES, es-MX, en-GB o de-CH.

## Notificaciones del escritorio

notify-target = { $target ->
    [first_response] una primera respuesta
    [next_response] una respuesta
    [resolution] la resolución del caso
   *[promise] lo que prometimos
}
notify-owner = Responsable: { $owner }.
notify-promise-keeper = { $owner } se encarga.
notify-case-of = { $subject } ({ $customer })
notify-closed-summary = { $count ->
    [one] 1 caso venció mientras Casebook estaba cerrado
   *[other] { $count } casos vencieron mientras Casebook estaba cerrado
}
notify-closed-body = { $more ->
    [0] { $names }. Abre la cola para verlos.
   *[other] { $names } y { $more } más. Abre la cola para verlos.
}
notify-flood-summary = { $count } casos requieren atención
notify-flood-body = { $soon ->
    [0] { $overdue } vencidos
   *[other] { $overdue ->
        [0] { $soon } por vencer
       *[other] { $overdue } vencidos, { $soon } por vencer
    }
}. Abre la cola para verlos.
notify-promise-overdue-summary = Compromiso vencido: { $promise }
notify-promise-overdue-body = Prometido a { $customer } para las { $time } ({ $subject }).
notify-promise-due-summary = Compromiso a las { $time }: { $promise }
notify-promise-due-body = Prometido a { $customer } ({ $subject }).
notify-overdue-summary = Vencido: { $subject }
notify-overdue-body = { $customer } espera { $target ->
    [first_response] una primera respuesta
    [next_response] una respuesta
    [resolution] la resolución del caso
   *[promise] lo que prometimos
} desde las { $time }.
notify-due-soon-summary = Vence a las { $time }: { $subject }
notify-due-soon-body = { $customer } espera { $target ->
    [first_response] una primera respuesta
    [next_response] una respuesta
    [resolution] la resolución del caso
   *[promise] lo que prometimos
} para las { $time }.
notify-a-colleague = Un compañero
notify-handoff-to-you = { $from } te ha traspasado: { $subject }
notify-handoff = { $from } ha traspasado a { $to }: { $subject }
notify-handoff-note = { $customer }. { $note }
notify-handoff-no-note = { $customer }. El resumen está al principio del caso.

## El resumen propuesto (cada línea se puede editar)

brief-their-words = En sus palabras
brief-tried = Lo que hemos intentado
brief-promises = Compromisos pendientes
brief-expectations = Lo que esperan
brief-complaints = Quejas registradas
brief-first-message = «{ $text }» ({ $when })
brief-pinned = Fijado: { $text }
brief-latest = Último: «{ $text }» ({ $when })
brief-earlier = { $count ->
    [one] …y 1 entrada anterior en el historial.
   *[other] …y { $count } entradas anteriores en el historial.
}
brief-someone = Alguien
brief-tried-line = { $who } { $what ->
    [reply] respondió
    [note] anotó
    [call_in] atendió una llamada
    [call_out] llamó
   *[visit] atendió en persona
} ({ $when }): { $text }
brief-promise = { $text } — para { $when }{ $late ->
    [yes] { " — VENCIDO" }
   *[no] {""}
}
brief-promise-kept-by = { $text } — para { $when }, { $owner } se encarga{ $late ->
    [yes] { " — VENCIDO" }
   *[no] {""}
}
brief-expectation = { $label ->
    [never] Nunca
    [always] Siempre
    [recovery] Si nos equivocamos
    [channel] Prefiere que le contacten
    [hours] Mejor momento para localizarle
    [turnaround] Espera respuesta en
   *[notes] Notas
}: { $text }
brief-channel = { $channel ->
    [walk_in] en persona
    [phone] por teléfono
    [email] por correo
    [chat] por chat
   *[other] de otra forma
}
brief-complaint-open = { $summary } (abierta, desde { $when }, sobre «{ $subject }»)
brief-complaint-closed = { $summary } (cerrada)
brief-complaint-closed-changed = { $summary } (cerrada; cambiamos: { $changed })

## Informes: títulos, encabezados de columna (también en CSV), conclusiones

report-table-first-response-and-resolution-by-customer-segmen = Primera respuesta y resolución por segmento de clientes
report-table-response-targets-met-by-when-the-case-was-opened = Objetivos de respuesta cumplidos, según la apertura del caso
report-column-segment = Segmento
report-column-cases = Casos
report-column-first-response-median-business-min = Primera respuesta, mediana (min hábiles)
report-column-first-response-90th-percentile-business-min = Primera respuesta, percentil 90 (min hábiles)
report-column-first-response-within-target-percent = Primera respuesta en objetivo (%)
report-column-resolution-median-business-min = Resolución, mediana (min hábiles)
report-column-resolution-90th-percentile-business-min = Resolución, percentil 90 (min hábiles)
report-column-resolution-within-target-percent = Resolución en objetivo (%)
report-column-period-starting = Periodo desde
report-column-cases-opened = Casos abiertos
report-title-fairness-how-long-each-kind-of-customer-waits = Equidad: cuánto espera cada tipo de cliente
report-title-response-targets-met-over-time = Objetivos de respuesta cumplidos en el tiempo
report-table-promises-by-the-day-they-fell-due = Compromisos por día de vencimiento
report-table-escalations-closed-what-changed = Escaladas cerradas: qué cambió
report-table-escalations-by-root-cause = Escaladas por causa principal
report-table-complaints-closed-what-we-changed = Quejas cerradas: qué cambiamos
report-table-complaints-opened-and-closed = Quejas abiertas y cerradas
report-table-satisfaction-over-time = Satisfacción en el tiempo
report-table-scores-given = Puntuaciones dadas
report-column-kept = Cumplidos
report-column-broken = Incumplidos
report-column-open-and-past-due = Abiertos y vencidos
report-column-kept-percent = Cumplidos (%)
report-column-opened = Abierta
report-column-root-cause = Causa principal
report-column-case = Caso
report-column-what-happened = Lo que pasó
report-column-what-changed = Qué cambió
report-column-escalations = Escaladas
report-column-still-open = Aún abiertas
report-column-closed = Cerradas
report-column-customer = Cliente
report-column-complaint = Queja
report-column-what-we-changed = Qué cambiamos
report-column-customer-told = Cliente informado
report-column-scores = Puntuaciones
report-column-average-1-5 = Media (1–5)
report-column-4-or-5-percent = 4 o 5 (%)
report-column-score = Puntuación
report-column-times-given = Veces
report-title-promises-kept = Compromisos cumplidos
report-title-escalations-by-root-cause = Escaladas por causa principal
report-title-complaints-opened-and-closed = Quejas abiertas y cerradas
report-title-satisfaction = Satisfacción
report-customers-without-segment = los clientes sin segmento
report-segment-customers = los clientes { $segment }
report-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
report-row-no-segment = (sin segmento)
report-row-all-customers = Todos los clientes
report-yes = sí
report-no = no
report-fairness-waits-longer = { $segments } esperan { $ratio } veces más { $measure ->
    [first] una primera respuesta
   *[resolution] una resolución
} que { $quickest } (mediana { $median } frente a { $quickest_median }).
report-fairness-fewer-within-target = Solo el { $rate } % de { $segments } obtuvo { $measure ->
    [first] una primera respuesta
   *[resolution] una resolución
} dentro del objetivo, frente al { $best_rate } % de { $best }.
report-fairness-all-alike = Ningún segmento espera claramente más que otro: cada mediana está dentro de { $ratio } veces la más rápida, y cada parte dentro del objetivo a menos de { $points } puntos de la mejor.
report-fairness-too-few = Muy pocos casos para comparar segmentos: cada uno necesita al menos { $min } casos respondidos en el periodo.
report-attainment-unknown = Ningún caso abierto en este periodo tiene todavía un resultado conocido.
report-attainment = De { $cases } casos abiertos, { $first ->
    [none] ninguna
   *[other] el { $first } %
} de las primeras respuestas y { $resolution ->
    [none] ninguna
   *[other] el { $resolution } %
} de las resoluciones estuvieron dentro del objetivo.
report-promises-kept = Se cumplieron { $kept } de los { $closed } compromisos que vencían en este periodo ({ $rate } %).
report-promises-none = Ningún compromiso que vencía en este periodo se ha cumplido o incumplido todavía.
report-promises-overdue = { $count ->
    [one] 1 compromiso está vencido y sigue abierto: cúmplelo o anota cómo lo arreglamos.
   *[other] { $count } compromisos están vencidos y siguen abiertos: cúmplelos o anota cómo lo arreglamos.
}
report-escalations-top = { $total ->
    [one] 1 escalada
   *[other] { $total } escaladas
}; la causa principal más frecuente fue { $cause } ({ $count } de { $total }).
report-escalations-none = No se escaló ningún caso en este periodo.
report-escalations-open = { $open ->
    [one] 1 sigue abierta: ciérrala con lo que cambió para que no vuelva a pasar.
   *[other] { $open } siguen abiertas: cierra cada una con lo que cambió para que no vuelva a pasar.
}
report-complaints = { $opened ->
    [one] 1 queja abierta
   *[other] { $opened } quejas abiertas
} y { $closed } cerradas en este periodo.
report-complaints-told = Se informó al cliente de lo que cambiamos en { $told } de las { $closed } cerradas.
report-complaints-open = { $open ->
    [one] 1 queja sigue abierta hoy.
   *[other] { $open } quejas siguen abiertas hoy.
}
report-satisfaction = Puntuación media { $average } de { $count } clientes; el { $happy } % dio un 4 o un 5.
report-satisfaction-none = No se registraron puntuaciones en este periodo.

## Lo que Casebook hacía con el servidor de correo entrante

imap-doing-starttls = iniciar el cifrado (STARTTLS)
imap-doing-sign-in = iniciar sesión
imap-doing-open-folder = abrir la carpeta { $folder }
imap-doing-list-new = listar los mensajes nuevos
imap-doing-fetch = descargar los mensajes
imap-doing-list-folders = listar las carpetas
imap-doing-idle = esperar correo nuevo
imap-doing-stop-idle = dejar de esperar
mail-server-incoming = correo entrante (IMAP)
mail-server-in = correo entrante (IMAP)
mail-server-out = correo saliente (SMTP)

cli-at-desk = { $name } está en el puesto.
cli-staff-added = { $name } añadido ({ $role ->
    [owner] propietario
    [lead] jefe de turno
   *[staff] equipo
}) como { $id }.
cli-no-customer-matches = Ningún cliente coincide con «{ $query }».
cli-customer-added = Cliente { $name } añadido como { $id }.
cli-case-opened = Caso { $id } abierto para { $customer }: { $subject }
cli-queue-empty = La cola está vacía: no hay casos abiertos.
cli-overdue = vencido hace { $by }
cli-due-in = vence en { $within }
cli-waiting-on-customer = esperando al cliente

cli-backed-up = Copia hecha y comprobada: { $path }
cli-no-backups = Aún no hay copias de seguridad en { $dir }.
cli-database-intact = La base de datos está intacta.
cli-database-damaged = La base de datos está dañada: { $detail }. Restaura la última copia de seguridad.
cli-files-checked = { $count } archivos adjuntos comprobados.
cli-calendar-saved = Calendario guardado; el vencimiento de cada caso abierto lo sigue ahora.
cli-holidays-imported = { $count } festivos importados.
cli-reply-waits = La respuesta espera en la bandeja de salida ({ $id }).
cli-reply-retried = La respuesta se volverá a intentar.
cli-outbox-empty = No hay nada esperando a ser enviado.
cli-no-mailbox = No hay ningún buzón conectado.
cli-mailbox-connected = Conectado: este puesto descarga y envía el correo de la tienda.
cli-mailbox-not-connected = No conectado.
cli-mail-checked = { $fetched } descargados: { $new } nuevos, { $already } ya estaban, { $copies } copias de nuestras respuestas. { $sent } enviados, { $failed } fallidos, { $refused } rechazados (no enviados).
cli-mailbox-disconnected = El buzón de la tienda está desconectado.
cli-sync-alone = No conectado: este puesto trabaja por su cuenta.
cli-sync-connecting = Conectando con el servidor de la tienda…
cli-sync-in-sync = Sincronizado.
cli-sync-sending = Enviando { $waiting }…
cli-sync-receiving = Recibiendo: { $received } hasta ahora…
cli-sync-offline = Sin conexión desde { $since }, { $waiting } esperando a ser enviados. { $reason }
cli-sync-problem = Problema: { $message }
cli-join-code = Código de unión para { $desk } (sirve una vez; no lo compartas):
cli-joined = Unido a { $shop } como puesto propio; { $events } eventos recibidos.
cli-synced = { $sent } enviados, { $received } recibidos.
cli-desk-revoked = El puesto { $id } ya no puede llegar al servidor de la tienda.

## Probar el buzón de la tienda, paso a paso

mail-test-no-password = Escribe la contraseña del buzón (una contraseña de aplicación, en la mayoría de proveedores).
mail-test-imap-signed-in = Correo entrante: sesión iniciada en { $host }:{ $port } como { $user }.
mail-test-inbox = { $count ->
    [one] La bandeja de entrada tiene 1 mensaje.
   *[other] La bandeja de entrada tiene { $count } mensajes.
}
mail-test-idle = El correo nuevo aparece en segundos: el servidor avisa a Casebook en cuanto llega.
mail-test-polls = El servidor no puede avisar a Casebook cuando llega correo, así que mira cada { $minutes } minutos (y al pulsar Comprobar ahora).
mail-test-imap-failed = Correo entrante: { $detail }
mail-test-smtp-signed-in = Correo saliente: sesión iniciada en { $host }:{ $port } para enviar respuestas.
mail-test-smtp-failed = Correo saliente: { $detail }
error-shop-event-names-unknown-customer = trata del cliente { $id }, que este historial nunca añadió
error-shop-event-names-unknown-case = trata del caso { $id }, que el historial de este cliente nunca abrió
error-core-event-names-unknown-record = nombra { $id } en { $table }, que no es de este cliente
error-tell-pinned-entry-unknown = fija la entrada { $event_id }, que no está en el historial de este cliente
error-attachments-entry-unknown = adjunta archivos a la entrada { $entry_id }, que no está en el historial de este cliente
error-customers-event-without-name = un cliente nuevo sin nombre
error-sync-gate-clock-ahead = El reloj de este puesto va adelantado respecto al servidor de la tienda, así que el servidor aún no aceptó su último trabajo. El puesto le da nuevos valores de reloj y lo vuelve a enviar por sí mismo; ajuste la fecha y hora de este ordenador para asegurarse.
error-sync-gate-rate = Este puesto envió más eventos de los que el servidor de la tienda acepta por minuto. Enviará el resto por sí mismo en unos { $seconds } s; no se pierde nada.
error-sync-gate-too-big = El servidor de la tienda rechazó trabajo de este puesto por ser demasiado grande ({ $message }). Se queda en este puesto. Avise a quien se ocupa del servidor de la tienda.
error-sync-gate-malformed = El servidor de la tienda rechazó un evento de este puesto por estar mal formado ({ $detail }). Se queda en este puesto; no se envió nada más. Avise a quien se ocupa de Casebook en la tienda.
error-sync-gate-other-desk = El servidor de la tienda rechazó eventos escritos en nombre de otro puesto ({ $message }). Un puesto solo envía su propio trabajo; no se envió nada.
error-sync-gate-update-desk = El servidor de la tienda en { $at } necesita un Casebook más reciente en este puesto. Actualice Casebook aquí; el trabajo de este puesto espera seguro hasta entonces.
error-sync-gate-not-joined = Este puesto aún no se ha unido a la tienda: únase primero con su código.
error-sync-gate-code-expired = Este código de unión ha caducado. Pida uno nuevo a un puesto con la sesión del propietario.
error-sync-gate-file-refused = El servidor de la tienda rechazó un archivo adjunto ({ $message }). Se queda en este puesto.
error-sync-gate-no-erasure = El servidor de la tienda guarda un archivo hasta que el historial de la tienda contiene su borrado. Bórrelo primero en su caso.
error-sync-join-code-days = Un código de unión vale de 1 a 90 días.
error-sync-server-set-up-older-casebook = El servidor de la tienda en { $at } lo instaló un Casebook más antiguo. Se actualiza cuando un puesto con la sesión del propietario abre Puestos y sincronización (o ejecuta `casebook sync desks`); el trabajo de este puesto espera seguro hasta entonces.
lead-owner-sign-in = guardar u olvidar el acceso del propietario en un puesto
error-sync-owner-other-server = Esa dirección es de otro servidor: el servidor de esta tienda es { $at }. Indique la dirección del propietario en ese servidor.
cli-owner-url-prompt = La dirección del servidor del propietario (postgres://propietario:CONTRASEÑA@host:5432/base), oculta mientras escribe: 
cli-owner-url-missing = No se dio la dirección del servidor del propietario. Escríbala cuando se pida, pásela por la entrada estándar o defina CASEBOOK_OWNER_URL; nunca se toma en la línea de órdenes, donde otros podrían leerla.
cli-owner-signed-in = El acceso del propietario se guarda ahora en este puesto: puede invitar y revocar puestos.
cli-owner-signed-out = Se olvidó el acceso del propietario en este puesto. Sigue sincronizando como antes.
cli-join-code-until = Sirve una vez, hasta el { $until }.
cli-set-aside-unknown-kind =
    { $count ->
        [one] 1 evento de { $desk } necesita un Casebook más reciente: actualice este puesto.
       *[other] { $count } eventos de { $desk } necesitan un Casebook más reciente: actualice este puesto.
    }
cli-set-aside-damaged =
    { $count ->
        [one] 1 evento de { $desk } está dañado y se omitió.
       *[other] { $count } eventos de { $desk } están dañados y se omitieron.
    }
cli-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 evento de { $desk } trata de algo que el historial de este puesto no contiene, y se omitió.
       *[other] { $count } eventos de { $desk } tratan de algo que el historial de este puesto no contiene, y se omitieron.
    }
cli-set-aside-not-allowed =
    { $count ->
        [one] 1 evento de { $desk } hizo algo que su puesto no puede hacer, y se omitió.
       *[other] { $count } eventos de { $desk } hicieron algo que su puesto no puede hacer, y se omitieron.
    }

## src/mail/rules.rs and src/mail/reply.rs

mail-refused-not-shop-address = Iba a salir como { $address }, que no es la dirección de la tienda ({ $shop }).
mail-refused-not-customers-case = Su caso ya no existe aquí, o no es de este cliente.
mail-refused-stranger-address = { $address } no es una dirección del cliente, y nadie la escribió en la respuesta.
mail-refused-not-an-address = '{ $address }' no es una dirección de correo.
mail-refused-no-recipient = La respuesta no nombra a nadie a quien enviarla.
error-mail-reply-too-many-addresses = Una respuesta va a { $max } direcciones como mucho.
error-data-backup-of-another-shop = Esta copia pertenece a otra tienda ({ $theirs }) y este puesto es de { $ours }: restaurarla mezclaría el historial de dos tiendas. Elija una copia de { $ours }, o restáurela en un puesto que no pertenezca a ninguna tienda.
cli-sync-status =
    Tienda { $shop } en { $server }, puesto { $desk }.
    { $waiting ->
        [0] Todo lo que escribió este puesto está en el servidor de la tienda.
        [one] 1 cambio de este puesto espera a ser enviado.
       *[other] { $waiting } cambios de este puesto esperan a ser enviados.
    }
error-sync-readmit-revoked = El puesto { $desk } fue revocado, así que no se vuelve a admitir con su historial (un PC perdido o robado se queda fuera). Cree en su lugar un código de unión para un puesto nuevo.
error-sync-desk-in-another-shop = Este puesto pertenece a la tienda { $shop }; el código de unión es para { $theirs }. Salga primero de { $shop } (Puestos y sincronización, o `casebook sync leave`). No se cambió nada.
error-sync-no-desk-named = La tienda no tiene ningún puesto llamado «{ $desk }». Sus puestos: { $names }.
error-sync-two-desks-named = Dos puestos se llaman «{ $desk }»: indique el que quiere por su identificador (`casebook sync desks` los lista).
error-sync-leave-unsent =
    { $waiting ->
        [one] 1 cambio de este puesto no ha
       *[other] { $waiting } cambios de este puesto no han
    } llegado aún al servidor de la tienda: sincronice primero, para que la tienda los conserve. Para salir de todos modos (se quedan solo en este puesto): `casebook sync leave --anyway`.
cli-readmit-code = Código de unión para volver a admitir { $desk } (escríbalo allí con `casebook sync join`; su historial y lo no enviado se conservan; sirve una vez; no lo comparta):
cli-sync-moved = Este puesto sincroniza ahora { $shop } con el servidor en { $server }.
cli-sync-left = Este puesto salió de { $shop } y conserva su historial; ahora trabaja por su cuenta. El propietario puede revocarlo en Puestos y sincronización (`casebook sync revoke`).
sync-password-missing = La contraseña de este puesto para el servidor de la tienda no está en el almacén de contraseñas de este ordenador. Pida al propietario que vuelva a admitir este puesto (Puestos y sincronización, o `casebook sync readmit` en el puesto del propietario) y escriba el código aquí con `casebook sync join`: su historial y lo no enviado se conservan.
error-sync-desk-s-password-shop-s = La contraseña de este puesto para el servidor de la tienda no está en el almacén de contraseñas de este ordenador. Pida al propietario que vuelva a admitir este puesto (Puestos y sincronización, o `casebook sync readmit` en el puesto del propietario) y escriba el código aquí con `casebook sync join`: su historial y lo no enviado se conservan.
error-cli-desk-s-password-shop-s = La contraseña de este puesto para el servidor de la tienda no está en el almacén de contraseñas de este ordenador. Pida al propietario que vuelva a admitir este puesto (Puestos y sincronización, o `casebook sync readmit` en el puesto del propietario) y escriba el código aquí con `casebook sync join`: su historial y lo no enviado se conservan.
lead-change-staff = cambiar la lista de personal
error-staff-merge-same = Elija dos personas distintas de la lista de personal para unir ({ $name } ya es un solo registro).
cli-staff-renamed = Renombrado: { $name }.
cli-staff-merged = Ahora un solo registro para { $name }; el otro salió de la lista y sus casos abiertos pasaron a este.
cli-staff-active = { $name } está en la lista de personal.
cli-staff-inactive = { $name } ya no está en la lista de personal; su historial se conserva.
cli-case-updated = Caso «{ $subject }» actualizado (ahora { $status }).
cli-handed-off = Entregado a { $to }, con el resumen.
cli-escalated = Escalado ({ $id }).
cli-complaint-flagged = Queja marcada ({ $id }).
cli-score-recorded = Puntuación { $score } registrada.
cli-promise-made = Promesa hecha ({ $id }).
cli-fact-pinned = Fijado como dato clave.
cli-fact-unpinned = Ya no es un dato clave.
cli-files-attached =
    { $count ->
        [one] 1 archivo adjunto.
       *[other] { $count } archivos adjuntos.
    }
cli-promise-kept = Cumplida: { $text }
cli-promise-broken = Incumplida, y reparada: { $text }
cli-complaint-closed = Queja cerrada.
cli-escalation-closed = Escalado cerrado.
cli-customer-updated = { $name } actualizado.
cli-customers-merged = Unidos ({ $id }); `customer undo-merge { $id }` lo deshace.
cli-merge-undone = Unión deshecha: { $id } vuelve a ser un cliente propio.
cli-not-duplicates = Anotado: personas distintas; ya no se sugieren.
cli-sync-carried =
    { $count ->
        [one] 1 cambio
       *[other] { $count } cambios
    } del puesto { $desk }, importados aquí, { $count ->
        [one] se guarda
       *[other] se guardan
    } para el servidor de la tienda y se envían en la próxima sincronización.
error-cli-targets-file = No se pudo leer el archivo de objetivos ({ $detail }). Parta de `casebook settings targets`, que los muestra en la forma que se lee aquí.
cli-targets-saved = Objetivos de respuesta guardados; los casos abiertos los siguen.
cli-attachment-limit-saved = Los archivos adjuntos pueden tener ahora hasta { $megabytes } MB.
cli-shop-language-saved = El idioma de la tienda está guardado; cada puesto lo sigue, salvo que haya elegido el suyo.
cli-expectations-saved = Las expectativas del cliente están guardadas.
cli-attachment-removed = El archivo se quitó de la entrada; el historial dice que estuvo.
cli-attachment-erased = El contenido del archivo se borró aquí, y en el servidor y los demás puestos a medida que se ponen al día.
cli-sync-last-synced = Última sincronización { $when }.
cli-sync-never-synced = Aún sin sincronizar.
cli-sync-last-problem = La última sincronización se detuvo: { $problem }
error-sync-desk-s-access-shop-s = El propietario retiró el acceso de este puesto al servidor de la tienda. Conserva su propio historial: salga de la tienda (Puestos y sincronización, o `casebook sync leave`) para trabajar por su cuenta, y para llevar su trabajo a la tienda, expórtelo e importe la exportación en un puesto de la tienda.
error-rights-owner-only = { $name } no puede { $what }: solo un propietario puede. Pídaselo al propietario, o deje que escriba su código para esta vez.
error-rights-passcode-needed = Para { $what }, { $name } escribe primero su código.
error-rights-not-allowed-then =
    { $name } no era { $needed ->
        [owner] propietario
       *[lead] jefe de turno ni propietario
    } en ese momento: este cambio ({ $kind }) no tiene efecto.
error-rights-not-allowed-nobody = Este cambio ({ $kind }) nombra a un autor que no está en la lista del personal ({ $id }): no tiene efecto.
error-rights-sign-in = El puesto está bloqueado: { $name } inicia sesión con su código.
error-rights-passcode-script = Esta tienda pide un código: indique el código de { $name } en CASEBOOK_PASSCODE, o ejecute la orden en un terminal para que se lo pida.
error-rights-approver-not-owner = { $name } no es un propietario activo, así que no puede aprobar esto.
error-rights-last-owner = { $name } es el único propietario de la tienda. Haga propietario a otra persona primero.
error-passcode-hash-unreadable = Este código se guardó de una forma que este Casebook no puede leer.
error-passcode-digits-only = Un código tiene de { $min } a { $max } dígitos, nada más.
error-passcode-length = Los códigos de esta tienda tienen de { $min } a { $max } dígitos.
error-passcode-guessable = Ese código es el primero que cualquiera probaría (el mismo dígito repetido o una serie como 1234). Elija otro.
error-passcode-wait = Demasiados códigos erróneos: espere { $seconds } s e inténtelo de nuevo.
error-passcode-wrong-wait = Ese código no es correcto. Espere { $seconds } s antes del próximo intento.
error-passcode-wrong =
    Ese código no es correcto ({ $left ->
        [1] un intento más
       *[other] { $left } intentos más
    } antes de que el campo espere).
error-passcode-none-yet = { $name } aún no tiene código: elija uno ahora.
error-passcode-no-recovery = Esta tienda no tiene código de recuperación. Otro propietario puede restablecer el código en la página Personal.
error-passcode-min-digits = { $value } dígitos no puede ser el código más corto: elija de { $min } a { $max }.
error-passcode-lock-minutes = Bloquee el puesto tras { $max } minutos de inactividad como máximo (0: nunca).
error-passcode-own-first = { $name }, elija primero su propio código, para no quedarse fuera.
lead-set-passcodes = cambiar los códigos o cuándo se piden
lead-change-language = cambiar el idioma de la tienda
lead-erase-file = borrar un archivo
lead-import = importar datos a la tienda
lead-restore = restaurar una copia de seguridad
lead-reports = leer los informes
cli-passcode-prompt = Código: 
cli-recovery-code =
    Código de recuperación: { $code }
    Apúntelo y guárdelo en un lugar seguro, lejos del puesto: restablece el código de un propietario, y Casebook no guarda ninguna copia.
cli-passcode-rule = Código pedido: { $ask }; al menos { $min } dígitos; se bloquea tras { $minutes } minutos de inactividad (0: nunca); informes solo para propietarios: { $reports }
cli-staff-role = { $name } es ahora { $role }.
cli-passcode-set = El código de { $name } está guardado; funciona en cada puesto de la tienda tras la próxima sincronización.
cli-passcode-cleared = { $name } ya no tiene código y elige uno en su próximo inicio de sesión.
cli-recovery-prompt = Código de recuperación: 
cli-no-wrong-tries = Ningún código erróneo en este puesto.
cli-wrong-tries = { $name }: { $count } erróneos, el último a las { $at }
cli-passcode-prompt-failed = no se pudo pedir el código en este terminal (indíquelo en el entorno)
cli-new-passcode-prompt = Código nuevo: 
cli-new-passcode-again = Otra vez: 
cli-passcodes-differ = Los dos códigos no coinciden; no se cambió nada. Inténtelo de nuevo.
privacy-export-title = Lo que guardamos sobre { $name }
privacy-export-made = Elaborado el { $date }. Esto es todo lo que la tienda guarda sobre usted en Casebook: sus datos, sus casos y cada mensaje, con fechas y quién le atendió. El archivo { $file } junto a esta página contiene lo mismo, para otro programa.
privacy-export-none = Nada.
privacy-export-by-nobody = —
privacy-export-details = Sus datos
privacy-field-name = Nombre
privacy-field-phones = Teléfonos
privacy-field-emails = Correos electrónicos
privacy-field-organisation = Organización
privacy-field-segment = Grupo de clientes
privacy-field-notes = Notas
privacy-field-since = Cliente desde
privacy-field-last-contact = Último contacto
privacy-export-expectations = Lo que nos dijo que espera
privacy-expect-channel = Cómo contactarle
privacy-expect-hours = Cuándo contactarle
privacy-expect-turnaround = Con qué rapidez
privacy-expect-always = Siempre
privacy-expect-never = Nunca
privacy-expect-recovery = Si nos equivocamos
privacy-expect-notes = Notas
privacy-export-facts = Datos clave que anotamos
privacy-export-cases = Sus casos
privacy-export-promises = Nuestras promesas
privacy-export-files = Archivos
privacy-export-history = Todo lo que ocurrió, de lo más antiguo a lo más reciente
privacy-column-when = Cuándo
privacy-column-what = Qué
privacy-column-who = Quién le atendió
privacy-column-case = Caso
privacy-column-channel = Cómo nos contactó
privacy-column-opened = Abierto
privacy-column-status = Estado
privacy-column-promise = Promesa
privacy-column-due = Vence
privacy-column-outcome = Resultado
privacy-column-file = Archivo
privacy-column-size = Tamaño
privacy-column-added = Añadido
privacy-column-kind = Tipo
privacy-column-words = Palabras
privacy-file-size = { $kilobytes } KB
privacy-kind-added = Cliente añadido
privacy-kind-details = Datos modificados
privacy-kind-case-opened = Caso abierto
privacy-kind-message = Su mensaje
privacy-kind-mail-in = Su correo
privacy-kind-reply = Nuestra respuesta
privacy-kind-mail-out = Correo enviado
privacy-kind-note = Nota de la tienda
privacy-kind-call = Llamada
privacy-kind-visit = Visita
privacy-kind-case-changed = Caso actualizado
privacy-kind-handoff = Pasado a un compañero
privacy-kind-promise = Promesa
privacy-kind-fact = Dato clave
privacy-kind-complaint = Queja
privacy-kind-escalation = Escalado
privacy-kind-score = Su valoración
privacy-kind-files = Archivos
privacy-kind-records = Registros unidos o separados
privacy-kind-other = Otro
privacy-channel-walk-in = En la tienda
privacy-channel-phone = Por teléfono
privacy-channel-email = Por correo
privacy-channel-chat = Por mensaje
privacy-channel-other = De otra forma
privacy-status-open = Abierto
privacy-status-waiting = Esperando su respuesta
privacy-status-resolved = Resuelto
privacy-status-closed = Cerrado
privacy-promise-open = Pendiente
privacy-promise-kept = Cumplida
privacy-promise-broken = No cumplida
error-privacy-could-write-json = Los datos del cliente no se pudieron escribir como JSON ({ $detail }). No se guardó nada; por favor, infórmelo.
cli-customer-exported = Escrito en { $folder }: customer.html para leer o imprimir, customer.json para otro programa ({ $cases } casos, { $entries } entradas, { $files } archivos).
lead-forget-customer = olvidar a un cliente
error-privacy-customer-forgotten = Este cliente fue olvidado a petición: ya no se puede añadir nada a su ficha. Para alguien nuevo, añádalo como cliente nuevo.
error-privacy-reason-needed = Diga por qué se olvida a este cliente (por ejemplo «pedido en el mostrador el 3 de diciembre»). El motivo queda en el historial; no escriba nada sobre la persona.
error-privacy-reason-too-long = El motivo supera los { $max } caracteres: basta con una o dos frases.
error-privacy-already-forgotten = Este cliente ya fue olvidado (ahora { $number }).
cli-customer-forgotten = Olvidado en este puesto, y en cada otro puesto en su próxima sincronización: el cliente es ahora { $number }.
lead-retention = fijar cuánto tiempo se guardan los clientes
error-privacy-retention-years = Guarde a los clientes de 1 a { $max } años sin contacto, o desactive la regla.
privacy-retention-reason = Sin contacto desde hace { $years ->
    [one] un año
   *[other] { $years } años
} (la regla de la tienda)
cli-retention-on = Los clientes sin contacto desde hace { $years } años se olvidan a partir de ahora; { $forgotten } se olvidaron ahora.
cli-retention-off = Los clientes se guardan hasta que un propietario los olvide.
cli-retention-on-now = Los clientes sin contacto desde hace { $years } años se olvidan cada día.
cli-retention-due = Con { $years } años sin contacto, ahora se olvidarían { $count } clientes:
error-seal-key-missing = La tienda cifra las palabras de sus clientes en su servidor, y este puesto no tiene la clave de la tienda. En el puesto del propietario, abra Puestos y sincronización y elija «Cifrar y mostrar el código de clave»; pegue ese código aquí en Puestos y sincronización. No se envió ni se perdió nada: el trabajo de este puesto espera aquí.
error-seal-key-wrong = La clave de este puesto no es la que conoce el servidor de la tienda (de otra tienda, o mal escrita). Pegue de nuevo el código de clave del puesto del propietario. No se envió nada.
error-seal-key-mistyped = Este código de clave está incompleto o mal escrito. Cópielo de nuevo desde el puesto del propietario.
error-seal-key-other-shop = Este código de clave es de otra tienda, no de { $shop }. Pida el código de clave al propietario de esta tienda.
error-seal-not-opened = Un «{ $kind }» cuyas palabras están cifradas con una clave que este puesto no tiene (o cambiadas por el camino): guardado, no aplicado.
lead-seal-shop = cifrar las palabras de los clientes en el servidor
cli-join-code-prompt = El código de unión del puesto del propietario, oculto mientras escribe: 
cli-join-code-missing = No se dio ningún código de unión. Escríbalo cuando se pida, páselo por la entrada estándar o defina CASEBOOK_JOIN_CODE; contiene la clave de la tienda y nunca se toma de la línea de órdenes, donde otros podrían leerlo.
cli-key-code-prompt = El código de clave del puesto del propietario, oculto mientras escribe: 
cli-key-code-missing = No se dio ningún código de clave. Escríbalo cuando se pida, páselo por la entrada estándar o defina CASEBOOK_KEY_CODE; nunca se toma de la línea de órdenes.
cli-shop-sealed = Las palabras de los clientes están cifradas en el servidor de la tienda ({ $events } eventos guardados en claro se cifraron ahora). Los puestos que se unieron antes necesitan este código de clave: ejecute allí `casebook sync key` y péguelo. Contiene la clave de la tienda: déselo solo a los puestos de la tienda y no lo guarde en ningún sitio.
cli-key-taken = Este puesto ya tiene la clave de la tienda; { $events } eventos recibidos.
cli-csv-left-out =
    fila { $line }, columna «{ $column }»: { $count ->
            [one] se ha quitado un carácter de control invisible
           *[other] se han quitado { $count } caracteres de control invisibles
        }
error-cases-draft-too-long = Este borrador supera los { $max } caracteres, lo máximo que cabe en una entrada. Divídalo en dos entradas.
error-server-setup-step = La configuración del servidor de la tienda se detuvo en «{ $step }»: { $detail }. No se cambió nada después de ese paso; corrija la causa y vuelva a ejecutarla.
error-server-setup-not-root = La configuración del servidor de la tienda cambia PostgreSQL y los ajustes del sistema: ejecútela como root, por ejemplo con sudo.
error-server-setup-not-debian = La configuración del servidor de la tienda funciona en Debian o Ubuntu. Para otro sistema o un PostgreSQL alojado, siga la sección «A hosted server» del README.
error-server-setup-old-postgres = Esta máquina usa PostgreSQL { $version }; Casebook necesita la 15 o posterior. Actualice PostgreSQL (Debian 12 y Ubuntu 24.04 tienen una más reciente) y vuelva a ejecutarlo.
error-server-setup-bad-identifier = «{ $name }» no puede ser un nombre de PostgreSQL aquí: use minúsculas, cifras y _, empezando por una letra.
error-server-setup-bad-name = «{ $name }» no es un nombre de host ni una dirección IP. Indique el nombre o la dirección con que los puestos llegarán a esta máquina.
error-server-setup-bad-network = «{ $network }» no es una red. Escríbala como una dirección con su longitud de prefijo, por ejemplo 192.168.1.0/24.
error-server-setup-no-name = Esta máquina no tiene un nombre ni una dirección que los puestos puedan usar. Indique uno con --name (su dirección en la red de la tienda).
error-server-setup-no-network = Esta máquina no está en ninguna red desde la que puedan venir los puestos. Indique la red de la tienda con --allow, por ejemplo --allow 192.168.1.0/24.
lead-mark-shop-reply = marcar una respuesta guardada como de la tienda
lead-change-shop-reply = cambiar o quitar una respuesta guardada de la tienda
lead-name-shop = cambiar el nombre de la tienda en las respuestas guardadas
error-replies-event-names-customer = un { $kind } es de la tienda, pero este nombra un cliente o un caso
error-replies-event-without-name = una respuesta guardada sin nombre
error-replies-unknown-reply = nombra la respuesta guardada { $id }, que este historial nunca tuvo
error-replies-needs-text = Una respuesta guardada necesita texto en al menos un idioma. Escriba la respuesta, o quítela.
error-replies-name-taken = Ya hay una respuesta guardada llamada «{ $name }». Elija otro nombre, o cambie esa.
error-customers-language-unknown = Casebook no escribe en «{ $language }». Elija en, nl, de, fr o es, o déjelo vacío para el idioma de la tienda.
reply-placeholder-first-name = nombre
reply-placeholder-case-ref = referencia del caso
reply-placeholder-promise-due = fecha de la promesa
reply-placeholder-shop-name = nombre de la tienda
reply-placeholder-hours-today = horario de hoy
reply-placeholder-my-name = tu nombre
reply-closed-today = cerrado hoy
error-cli-reply-text-lang-equals = «{ $text }» no nombra ningún idioma. Escriba cada texto como IDIOMA=TEXTO, p. ej. es="Hola {"{"}first_name{"}"}".
cli-reply-uses =
    { $count ->
     [one] usada una vez
    *[other] usada { $count } veces
    }
cli-reply-found = { $count } de { $total } respuestas guardadas
cli-reply-saved = Respuesta guardada «{ $name }» guardada ({ $id }).
cli-reply-removed = Respuesta guardada «{ $name }» quitada.
cli-reply-shop-named = Las respuestas guardadas llaman ahora a la tienda «{ $name }».
cli-sync-who-nobody = Nadie en los otros puestos tiene un caso abierto.
cli-sync-who-viewing = { $name } en el puesto { $desk } tiene abierto el caso { $case }
cli-sync-who-writing = { $name } en el puesto { $desk } escribe una respuesta en el caso { $case }
privacy-field-language = Le escribimos en
label-the-customers-message = El mensaje del cliente
label-the-note = La nota
label-the-call-summary = El resumen de la llamada
label-the-visit-summary = El resumen de la visita
label-contact-hours = El mejor momento para contactarles
label-expected-turnaround = El plazo que esperan
label-always-do = Lo que debemos hacer siempre
label-never-do = Lo que no debemos hacer nunca
label-how-to-recover = Lo que esperan si nos equivocamos
label-the-shops-name = El nombre de la tienda
label-this-desks-name = El nombre de este puesto
label-the-new-desks-name = El nombre del nuevo puesto
label-what-we-did-to-make-it-right = Lo que hicimos para arreglarlo
label-what-changed-so-it-does-not-happen-again = Lo que cambió para que no vuelva a pasar
csv-problem-too-wide = Esta fila tiene { $values } valores pero la fila de títulos tiene { $columns } columnas. Un valor que contiene el separador necesita comillas.
csv-problem-unknown =
    Columna «{ $column }»: «{ $value }» no es { $what ->
        [channel] un canal conocido
        [status] un estado conocido
       *[priority] una prioridad conocida
    }. Usa uno de: { $allowed }.
csv-problem-not-a-date = Columna «{ $column }»: «{ $value }» no es una fecha. Usa la forma 2026-03-05, 05-03-2026 o 2026-03-05 14:30.
csv-problem-in-future = Columna «{ $column }»: «{ $value }» está en el futuro.
csv-problem-case-without-subject = Esta fila tiene datos de un caso pero ningún asunto. Añade un asunto, o vacía las columnas del caso.
csv-problem-quote-never-closed = Unas comillas abiertas en esta fila no se cierran nunca, así que las filas siguientes se leerían como un solo valor. Cierra las comillas, o quítalas.
csv-problem-not-text = Esta fila no se pudo leer como texto. Revisa el archivo.
cli-csv-problem-row = fila { $line }: { $problem }
cli-csv-summary =
    { $rows } filas { $done ->
        [yes] importadas
       *[no] comprobadas (nada escrito)
    }: { $new } clientes nuevos, { $matched } asociadas a clientes existentes ({ $updated } con un teléfono o correo nuevo), { $cases } casos.
cli-sync-connected =
    Este puesto es ahora el primer puesto de { $shop } en { $server }. Su historial está en el servidor.
    Añade un puesto con `casebook sync invite --desk NOMBRE`.
cli-server-ready = El servidor de la tienda está listo: PostgreSQL { $version }, puerto { $port }, base de datos { $database }.
cli-server-unchanged = No hacía falta cambiar nada: ya estaba configurado así.
cli-server-changed = Cambiado:
cli-server-who-connects =
    Los puestos pueden conectarse desde { $allow }: cifrado, con contraseña, solo a la base de datos { $database }.
    El certificado cubre: { $names }.
cli-server-first-desk =
    En el primer puesto de la tienda, abre Puestos y sincronización, elige conectar el primer puesto de la tienda y pega:
      Dirección del servidor: { $address }
      Autoridad de certificación: el texto del final (también está en { $ca }; copia ese archivo al puesto).
cli-server-password-once =
    La contraseña del propietario de arriba se muestra solo esta vez y no se guarda en ninguna parte de esta máquina.
    Guárdala en un gestor de contraseñas; `casebook server setup --new-owner-password` elige una nueva.
cli-server-password-placeholder = CONTRASEÑA
cli-server-password-lost =
    { $placeholder } es la contraseña del propietario, mostrada cuando se creó. Si se ha perdido,
    `casebook server setup --new-owner-password` elige una nueva.
cli-server-from-terminal =
    O desde un terminal en el puesto, con el archivo copiado allí:
      casebook sync connect --ca ca.crt --shop "Tu tienda" --desk "Mostrador"
    (pide la dirección del servidor sin mostrarla).
server-changed-installed = PostgreSQL instalado desde los paquetes del sistema
server-changed-cluster = creado el clúster de PostgreSQL { $version }
server-changed-started = iniciado PostgreSQL
server-changed-ca = creada la autoridad de certificación de la tienda ({ $path })
server-changed-certificate = creado el certificado del servidor para { $names }
server-changed-owner-created = creado el rol de propietario { $owner }
server-changed-owner-password = elegida una contraseña nueva para { $owner }
server-changed-database = creada la base de datos { $database }
server-changed-tls = activados TLS y la escucha en la red
server-changed-allow = permitidos los puestos desde { $allow }
server-changed-firewall = abierto el puerto { $port } en el cortafuegos para { $net }
cli-case-renamed = Caso renombrado: «{ $subject }».
server-step-check-user = comprobar quién lo ejecuta
server-step-update-packages = actualizar las listas de paquetes
server-step-install = instalar PostgreSQL
server-step-list-clusters = listar los clústeres de PostgreSQL
server-step-find-version = averiguar la versión de PostgreSQL
server-step-create-cluster = crear el clúster de PostgreSQL
server-step-start = iniciar PostgreSQL
server-step-read-host-name = leer el nombre del equipo
server-step-read-addresses = leer las direcciones
server-step-read-networks = leer las redes
server-step-certificates = crear los certificados
server-step-write = escribir { $path }
server-step-protect = proteger { $path }
server-step-look-owner = buscar al propietario
server-step-create-owner = crear al propietario
server-step-look-database = buscar la base de datos
server-step-create-database = crear la base de datos
server-step-configure = configurar PostgreSQL
server-step-restart = reiniciar PostgreSQL
server-step-reload = recargar PostgreSQL
server-step-read-firewall = leer el cortafuegos
server-step-open-firewall = abrir el cortafuegos
server-step-read-ca = leer la autoridad de certificación
