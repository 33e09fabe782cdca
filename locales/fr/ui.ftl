# Casebook en français.

## Shared words

common-duration-under-minute = moins d’une minute
common-duration-minutes = { $minutes } min
common-duration-hours = { $hours } h
common-duration-hours-minutes = { $hours } h { $minutes } min
common-duration-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
common-ago = il y a { $duration }
common-when-today = Aujourd’hui { $time }
common-when-yesterday = Hier { $time }
common-date-time = { $date } { $time }
common-at-today = aujourd’hui { $time }
common-at-tomorrow = demain { $time }
common-day-today = aujourd’hui
common-day-tomorrow = demain
common-save = Enregistrer
common-cancel = Annuler
common-nobody = Personne
common-former-staff = Ancien membre de l’équipe
common-colleague = Un collègue

## Language and formats (Settings)

desk-locale-title = Langue et formats
desk-locale-intro = Casebook parle la langue de la boutique et écrit les dates, heures et nombres à sa façon. Un poste peut en choisir une autre pour la personne qui y travaille.
desk-locale-shop = La boutique
desk-locale-shop-hint = Pour chaque poste, sauf s’il choisit la sienne. Seul le propriétaire peut la changer.
desk-locale-desk = Ce poste
desk-locale-desk-hint = Pour la personne qui travaille sur cet ordinateur ; les autres postes gardent le choix de la boutique.
desk-locale-language = Langue
desk-locale-region = Dates et nombres
desk-locale-follow-system = Comme cet ordinateur ({ $name })
desk-locale-follow-shop = Comme la boutique ({ $name })
desk-locale-example = Par exemple : { $date }, { $time }, { $number }
desk-locale-saved = Langue et formats enregistrés.
desk-locale-owner-only = Seul le propriétaire peut changer la langue de la boutique.
language-en = English
language-nl = Nederlands
language-de = Deutsch
language-fr = Français
language-es = Español

## The desk: staff, top bar, first run
desk-handed-you = { $from } vous a transmis : { $subject }
desk-now-at-desk = { $name } est au poste.
desk-staff-member = Membre de l’équipe

## Opening hours, holidays and response targets
hours-title = Horaires d’ouverture et délais de réponse
hours-loading = Chargement des réglages…
hours-saved = Enregistré. Chaque dossier ouvert a reçu une nouvelle échéance.
hours-discard = Annuler les modifications
hours-intro = Chaque client a les mêmes délais, comptés uniquement pendant les heures d’ouverture. { $canEdit ->
    [yes] Seul un chef d’équipe ou le propriétaire peut les modifier.
   *[no] Seul un chef d’équipe ou le propriétaire peut les modifier ; vous pouvez changer le délai d’alerte de ce poste.
}
hours-preview-title = Un dossier ouvert maintenant serait dû
hours-priority = Priorité
hours-first-response-by = Première réponse avant
hours-resolved-by = Résolu avant
hours-targets-title = Délais de réponse
hours-targets-hint = En minutes d’ouverture. Les mêmes pour chaque client ; seule la priorité d’un dossier les change.
hours-first-response = Première réponse
hours-next-response = Réponse à un nouveau message
hours-resolution = Résolution
hours-target-first-label = { $priority } : première réponse, minutes
hours-target-next-label = { $priority } : réponse, minutes
hours-target-resolution-label = { $priority } : résolution, minutes
hours-notify-title = Notifications sur ce poste
hours-lead-label = M’avertir ce nombre de minutes avant l’échéance d’un dossier
hours-notify-hint = Une notification arrive quand un dossier est bientôt dû et quand il est en retard, une fois chacune.
hours-opening-title = Horaires d’ouverture
hours-time-zone = Fuseau horaire
hours-closed = Fermé
hours-opens = { $day } ouverture
hours-closes = { $day } fermeture
hours-remove-interval = Supprimer { $day } { $start }–{ $end }
hours-add-interval = + Ajouter des heures (journée coupée)
hours-open-day = + Ouvrir ce jour
hours-holidays-title = Jours fériés
hours-holidays-none = Aucun jour férié. Ajoutez les jours où la boutique est fermée, ou importez-les d’un fichier agenda .ics.
hours-holiday-date = Date
hours-holiday-name = Nom
hours-every-year = Chaque année
hours-every-year-lower = chaque année
hours-remove = Supprimer
hours-holiday-date-label = Date du jour férié
hours-holiday-name-label = Nom du jour férié
hours-remove-holiday = Supprimer le jour férié { $date }
hours-add-holiday = + Ajouter un jour férié
hours-import-ics = Importer d’un fichier .ics…
hours-found-holidays = { $count ->
    [one] { $count } jour férié trouvé
   *[other] { $count } jours fériés trouvés
} :
hours-and-more = …et { $count } de plus
hours-add-them = Les ajouter
hours-holidays-added = { $count ->
    [one] { $count } jour férié ajouté. Enregistrez pour le garder.
   *[other] { $count } jours fériés ajoutés. Enregistrez pour les garder.
}
hours-json-copied = Le calendrier est dans le presse-papiers en JSON.
hours-json-not-json = Ce texte n’est pas du JSON, rien n’a été chargé. Collez à nouveau tout le calendrier, de {"{"} à {"}"} ; une virgule ou un guillemet manquant en est souvent la cause.
hours-json-not-calendar = Ce JSON n’est pas un calendrier : il lui faut "time_zone" et "week". Rien n’a été chargé.
hours-json-loaded = Calendrier chargé depuis le JSON. Vérifiez l’aperçu, puis enregistrez.
hours-json-title = Copier ou charger le calendrier en JSON
hours-json-hint = La même forme que lit cette commande :
hours-json-copy = Copier le calendrier en JSON
hours-json-paste = Coller un calendrier…
hours-json-label = Calendrier en JSON
hours-json-use = Utiliser ce calendrier

## Backups and data
data-header-not-found = Casebook n’a pas trouvé la ligne des en-têtes de colonnes. Regardez les premières lignes du fichier ci-dessous et choisissez celle qui les contient.
data-header-choose = Choisir la ligne…
data-header-first = Choisissez d’abord la ligne des en-têtes de colonnes.

## Stored values in words
case-channel-walk-in = En boutique
case-channel-phone = Téléphone
case-channel-email = E-mail
case-channel-chat = Chat
case-channel-other = Autre
case-status-open = Ouvert
case-status-waiting = En attente du client
case-status-resolved = Résolu
case-status-closed = Fermé
case-priority-low = Basse
case-priority-normal = Normale
case-priority-high = Haute
case-priority-urgent = Urgente
desk-role-staff = Employé
desk-role-lead = Chef d’équipe
desk-role-owner = Propriétaire
case-entry-customer-message = Le client a dit
case-entry-reply = Réponse
case-entry-note = Note interne
case-entry-call = Appel
case-entry-visit = Visite
case-direction-inbound = Il nous a appelés
case-direction-outbound = Nous l’avons appelé
outreach-outcome-reached = Joint
outreach-outcome-left-message = Message laissé
outreach-outcome-no-answer = Pas de réponse
outreach-outcome-wrong-number = Mauvais numéro
duplicates-reason-same-phone = Même numéro de téléphone
duplicates-reason-same-email = Même e-mail
duplicates-reason-same-name = Même nom
case-score-1 = Très mécontent
case-score-2 = Mécontent
case-score-3 = Correct
case-score-4 = Satisfait
case-score-5 = Très satisfait

## Timeline headings
case-event-customer-created = Client ajouté
case-event-customer-updated = Fiche modifiée
case-event-case-opened = Dossier ouvert ({ $channel })
case-event-customer-message = Le client a dit ({ $channel })
case-event-reply = Réponse ({ $channel })
case-event-note = Note interne
case-event-call-inbound = Appel du client
case-event-call-outbound = Appel au client
case-event-visit = Visite
case-event-status-changed = Statut : { $from } → { $to }
case-event-assignment-changed = Responsable changé
case-event-priority-changed = Priorité : { $from } → { $to }
case-event-staff-added = { $name } a rejoint l’équipe
case-event-staff-updated = Membre de l’équipe modifié
case-event-handoff = Transmis
case-event-promise-made = Promesse : { $text }
case-event-promise-kept = Promesse tenue : { $text }
case-event-promise-broken = Promesse non tenue : { $text }
case-event-expectations-changed = Attentes modifiées
case-event-fact-pinned = Épinglé comme fait clé
case-event-fact-unpinned = Désépinglé
case-event-complaint-flagged = Réclamation : { $summary }
case-event-calendar-changed = Horaires modifiés
case-event-targets-changed = Délais de réponse modifiés
case-event-complaint-closed = Réclamation close
case-event-case-escalated = Escaladé : { $cause }
case-event-escalation-closed = Escalade close : { $cause }
case-event-satisfaction-recorded = Note du client : { $score } sur 5 ({ $words })
case-event-outreach-call = Appel de suivi : { $outcome }
case-event-root-causes-changed = Causes modifiées
case-event-customers-merged = Fusionné avec la fiche de { $name }
case-event-merge-undone = Fusion annulée
case-event-not-duplicates = Marqué comme un autre client qu’une fiche semblable
case-event-files-attached = { $count ->
    [one] Fichier joint : { $name }
   *[other] { $count } fichiers joints
}
case-event-attachment-removed = Fichier retiré : { $name }
case-event-attachment-erased = Fichier effacé : { $reason }
case-event-attachment-limit-changed = Plus gros fichier accepté : { $megabytes } Mo
case-event-mailbox-connected = Boîte mail { $address } connectée sur le poste « { $desk } »
case-event-mailbox-disconnected = Boîte mail { $address } déconnectée
case-event-mail-bounced = Mail revenu non distribué
case-event-mail-auto-reply = Réponse automatique
case-event-mail-received = Mail du client
case-event-mail-sent-elsewhere = Mail envoyé depuis un autre programme
case-event-mail-reply = Réponse par mail
case-event-mail-sent-copy-found = Réponse envoyée (sa copie est dans la boîte mail)
case-event-mail-sent = Réponse envoyée
case-event-mail-failed-retrying = L’envoi de la réponse a échoué ; nouvel essai
case-event-mail-failed = L’envoi de la réponse a échoué
case-event-mail-retried = Réponse à renvoyer
case-event-mail-refused = Réponse refusée par le poste du courrier : non envoyée
desk-skip = Aller au contenu
desk-nav-label = Menu principal
desk-nav-queue = À traiter
desk-nav-new = Nouveau
desk-nav-new-more = {" "}contact
desk-nav-search = Chercher
desk-nav-promises = Promesses
desk-nav-outreach = Relances
desk-handed = Transmis
desk-handed-more = {" "}à vous
desk-overdue = { $count } en retard
desk-title-overdue = Casebook — { $count } en retard
desk-notifications-off = {" "}Notifications coupées
desk-who-label = Au poste : { $name }. Changer de personne
desk-who-nobody-label = Personne au poste. Choisissez qui vous êtes
desk-at-the-desk = Au poste
desk-pick-who = Qui êtes-vous ?
desk-opening = Ouverture de Casebook…
desk-menu-shop = Boutique
desk-menu-reports = Rapports
desk-menu-register = Réclamations et escalades
desk-menu-duplicates = Doublons possibles
desk-menu-staff = Équipe
desk-menu-settings = Horaires et réglages
desk-menu-sync = Postes et synchronisation
desk-menu-mailbox = Boîte mail
desk-menu-data = Sauvegardes et données

## The queue
queue-title = À traiter
queue-count = { $count ->
    [one] { $count } dossier ouvert
   *[other] { $count } dossiers ouverts
} : les retards d’abord, puis par échéance. Les durées ne comptent que les heures d’ouverture.
queue-new = Nouveau contact
queue-loading = Chargement des dossiers…
queue-empty = Aucun dossier ouvert. Personne n’attend.
queue-empty-press = Appuyez sur
queue-empty-log = pour noter une visite, un appel ou un message.
queue-list-label = Dossiers ouverts
queue-unassigned = Non attribué
queue-more = { $shown } sur { $total } affichés ; faites défiler pour la suite.
queue-countdown-waiting = en attente du client
queue-countdown-none = aucun délai en cours
queue-countdown-overdue-by = en retard de { $duration }
queue-countdown-overdue = en retard
queue-countdown-due-in = dû dans { $duration }
case-target-first-response = Première réponse
case-target-next-response = Réponse
case-target-resolution = Résolution
case-target-promise = Promesse
case-promise-resolved-by = Nous visons une solution d’ici { $when }.
case-promise-back-by = Nous revenons vers vous d’ici { $when }.

## The case page
case-opened-at = ouvert { $when }
case-escalated-to = Escaladé à { $name }
case-root-cause = cause
case-score-label = Note du client :
case-score-of-five = { $score } sur 5
case-waited-past = { $name } attend depuis l’heure promise ({ $time }). Répondez maintenant.
case-tell = Dites à { $name } :
case-countdown = { $target } { $countdown }, à { $time }
case-countdown-overdue = { $target } { $countdown }
case-counted-opening-hours = compté en heures d’ouverture
case-waiting-for = attend depuis { $duration }
case-paused = En attente de { $name } : le chrono est en pause jusqu’à sa réponse.
case-back-to-queue = Retour aux dossiers
case-opening = Ouverture du dossier…
case-status = Statut
case-priority = Priorité
case-owner = Responsable
case-hand-off = Transmettre…
case-record-promise = Noter une promesse…
case-flag-complaint = Signaler une réclamation…
case-escalate = Escalader…
case-update-score = Modifier la note…
case-give-score = Note du client…
case-history-which = Quel historique afficher
case-history = Historique
case-history-customer = Tout avec { $name }
case-history-case = Ce dossier seulement
case-history-customer-label = Tout avec { $name }, du plus récent au plus ancien
case-history-case-label = Ce dossier, du plus récent au plus ancien
case-other-open = Autres dossiers ouverts
case-unpinned = Désépinglé.
case-pinned = Épinglé : visible sur chaque dossier de ce client.
case-case-prefix = Dossier :{" "}
case-owner-is = responsable : { $name }
case-because = Parce que : { $reason }.
case-empty-value = (vide)
case-handed-to = { $from } a transmis le dossier à { $to }.
case-hide-brief = Masquer le résumé
case-show-brief = Afficher le résumé
case-promise-due = Échéance { $when } · { $name } s’en charge
case-made-right-by = Réparé par :
case-what-we-changed = Ce que nous avons changé :
case-what-changed = Ce qui a changé :
case-customer-told = Le client a été prévenu.
case-customer-not-told = Le client n’a pas encore été prévenu.
case-files-shown-on-entry = visibles sur l’entrée concernée
case-unpin-label = Désépingler ce fait clé
case-pin-label = Épingler comme fait clé sur le client
case-pinned-mark = ★ Épinglé
case-pin-mark = ☆ Épingler
case-flag-as-complaint = Signaler comme réclamation
case-placeholder-customer-message = Ce que { $name } a dit, avec ses mots
case-placeholder-reply = Ce que nous avons dit à { $name }
case-placeholder-note = Pour les collègues seulement : ce que vous avez trouvé, ce que vous avez essayé
case-placeholder-call = Ce qui a été dit au téléphone
case-placeholder-visit = Ce qui s’est passé au comptoir
case-mail-no-files = Les fichiers ne partent pas encore par mail d’ici. Envoyez la réponse sans eux, puis joignez-les à une note interne (le client peut savoir qu’ils sont au dossier).
case-mail-reply-added = Réponse ajoutée : elle part par mail depuis l’adresse de la boutique.
case-entry-added = { $kind ->
    [customer_message] Propos du client ajoutés
    [reply] Réponse ajoutée
    [note] Note interne ajoutée
    [call] Appel ajouté
   *[visit] Visite ajoutée
}{ $files ->
    [0] .
    [one] {" "}avec 1 fichier.
   *[other] {" "}avec { $files } fichiers.
}
case-composer-label = Ajouter à ce dossier
case-composer-kinds = Qu’ajoutez-vous ?
case-call-direction = Sens de l’appel
case-note-hint = Le client ne voit jamais les notes internes.
case-by-mail-hint = Part par mail, en réponse au mail du client.
case-send-by-mail = Envoyer la réponse par mail
case-add-entry = Ajouter { $kind ->
    [customer_message] les propos du client
    [reply] la réponse
    [note] la note interne
    [call] l’appel
   *[visit] la visite
}{ $files ->
    [0] {""}
    [one] {" "}avec 1 fichier
   *[other] {" "}avec { $files } fichiers
}
case-history-loading = Chargement de l’historique…
case-history-empty = Rien pour l’instant.
case-history-older = Chargement des entrées plus anciennes au fil du défilement…
case-history-end = C’est tout l’historique.

## Reports
reports-fairness-label = Équité
reports-fairness-description = Si certains types de clients attendent plus longtemps que d’autres une réponse ou une solution.
reports-attainment-label = Délais tenus
reports-attainment-description = Combien de dossiers ont eu une première réponse et une solution dans les délais, au fil du temps.
reports-promises-label = Promesses tenues
reports-promises-description = Promesses faites aux clients : tenues, non tenues, ou encore ouvertes après l’échéance.
reports-escalations-label = Escalades
reports-escalations-description = Pourquoi des dossiers ont été escaladés, et ce qui a changé ensuite.
reports-complaints-label = Réclamations
reports-complaints-description = Réclamations ouvertes et closes, et si le client a su ce que nous avons changé.
reports-satisfaction-label = Satisfaction
reports-satisfaction-description = Les notes données par les clients, de 1 à 5, au fil du temps.
reports-series-first-response-median = Première réponse (médiane)
reports-series-resolution-median = Résolution (médiane)
reports-series-first-response-met = Première réponse dans les délais
reports-series-resolution-met = Résolution dans les délais
reports-series-kept = Tenues
reports-series-broken = Non tenues
reports-series-open-overdue = Ouvertes et en retard
reports-series-open = Encore ouvertes
reports-series-closed = Closes
reports-series-opened = Ouvertes
reports-series-average = Note moyenne (1 à 5)
reports-week-of = Semaine du { $day }
reports-chart-head = { $type ->
    [line] Graphique en courbes
   *[bar] Graphique en barres
} : { $what }
reports-chart-empty = { $head } : aucune donnée sur cette période.
reports-chart-series-value = { $series } { $value }
reports-chart-row = { $label } : { $values }
reports-chart-rows = { $head }. { $rows }.
reports-chart-series-none = { $series } : aucune donnée
reports-chart-series-range = { $series } : maximum { $high } ({ $highAt }), minimum { $low } ({ $lowAt })
reports-chart-summary = { $head }, { $count } périodes du { $first } au { $last }. { $parts }.
reports-last-days = { $days } derniers jours
reports-this-year = Cette année
reports-range = du { $from } au { $to }, { $period ->
    [week] par semaine
    [month] par mois
   *[day] par jour
}
reports-range-day = { $day }, { $period ->
    [week] par semaine
    [month] par mois
   *[day] par jour
}
reports-nothing-to-chart = Rien à représenter pour ces dates.
reports-title = Rapports
reports-intro = Les dates sont les jours de la boutique, bornes comprises. Chaque tableau peut être enregistré en CSV pour un tableur.
reports-picker-label = Rapport
reports-from = Du
reports-to = Au
reports-quick-ranges = Périodes rapides
reports-refreshing = Actualisation…
reports-refresh = Actualiser
reports-findings-label = Ce que disent les chiffres
reports-look-into = À examiner :{" "}
reports-running = Préparation du rapport…
reports-saved-csv = { $title } enregistré dans { $path }
reports-nothing-for-dates = Rien pour ces dates.
reports-saving = Enregistrement…
reports-save-csv = Enregistrer en CSV
desk-demo-loaded = La boutique de vélos de démonstration est chargée. Choisissez qui vous êtes pour la découvrir.
desk-joined-arriving = Connecté. L’historique arrive dans un instant…
desk-welcome = Bienvenue, { $name }. Ajoutez vos collègues dans { desk-menu-shop } › { desk-menu-staff }.
desk-first-title = Bienvenue dans Casebook
desk-first-language-computer = Comme cet ordinateur
desk-first-lead = Un historique par client, pour que personne n’ait à raconter son histoire deux fois. Ce poste n’a pas encore de boutique.
desk-joined-title = Ce poste a rejoint
desk-joined-hint = Le poste s’ouvre dès que la liste de l’équipe est là ; le reste arrive pendant que vous travaillez.
desk-demo-title = Découvrir une boutique de démonstration
desk-demo-text = Un petit atelier de réparation de vélos avec quatre employés, quarante clients et quelques mois de dossiers. Vous pourrez créer votre boutique plus tard dans un nouveau fichier de données.
desk-demo-load = Charger la boutique de démonstration
desk-start-title = Créer votre boutique
desk-start-name = Votre nom
desk-start-name-placeholder = p. ex. Ana Costa
desk-start-hint = Vous serez le propriétaire. Ajoutez ensuite vos collègues dans { desk-menu-shop } › { desk-menu-staff }.
desk-start = Commencer
desk-join-title = Rejoindre les autres postes de ma boutique
desk-join-text = Votre boutique utilise déjà Casebook sur un autre PC : collez le code d’accès créé là-bas, et ce poste reçoit tout l’historique de la boutique.
common-close = Fermer
desk-shortcut-new = Noter une nouvelle visite, un appel ou un message
desk-shortcut-queue = Aller aux dossiers à traiter
desk-shortcut-data = Sauvegardes, export et import
desk-shortcut-register = Registre des réclamations et escalades
desk-shortcut-outreach = Relances : clients sans nouvelles
desk-shortcut-reports = Rapports : équité, délais, promesses, réclamations, notes
desk-shortcut-search = Chercher clients, dossiers et chaque conversation
desk-shortcut-switch = Changer la personne au poste
desk-shortcut-move = Parcourir la liste ; Entrée ouvre
desk-shortcut-case-entries = Sur un dossier : réponse, le client a dit, note interne, noter un appel
desk-shortcut-case-handoff = Sur un dossier : le transmettre avec un résumé, noter une promesse
desk-shortcut-case-escalate = Sur un dossier : l’escalader, noter la note du client
desk-shortcut-save = Enregistrer ce que vous tapez
desk-shortcut-escape = Fermer une fenêtre ; sinon ranger les messages
desk-shortcut-help = Afficher ces raccourcis
desk-picker-title = Qui est au poste ?
desk-picker-hint = Tout ce que vous notez est enregistré à votre nom. Appuyez sur un chiffre pour choisir.
desk-picker-missing = Quelqu’un manque ?
desk-picker-add = L’ajouter dans { desk-menu-shop } › { desk-menu-staff }
desk-staff-added = { $name } ajouté à l’équipe.
desk-staff-reactivated = { $name } est de nouveau actif.
desk-staff-deactivated = { $name } ne peut plus être choisi ni avoir de dossiers.
desk-staff-title = Équipe
desk-staff-name = Nom
desk-staff-role = Rôle
desk-staff-status = Statut
desk-staff-actions = Actions
desk-staff-at-desk = au poste
desk-staff-active = Actif
desk-staff-inactive = Inactif
desk-staff-deactivate = Désactiver
desk-staff-reactivate = Réactiver
desk-staff-add-title = Ajouter un membre de l’équipe
desk-staff-add = Ajouter
desk-shortcuts-title = Raccourcis clavier
desk-notice-dismiss = Fermer ce message
desk-notice-dismiss-title = Fermer (Échap)
desk-inbox-title = Transmis à vous
desk-inbox-empty = Rien en attente. Les dossiers que vos collègues vous transmettent apparaissent ici jusqu’à ce que vous les ouvriez.
desk-inbox-from = de { $name }
desk-startup-already-open = Casebook est déjà ouvert
desk-startup-newer = Cette boutique a été enregistrée par un Casebook plus récent
desk-startup-failed = Casebook n’a pas pu ouvrir sa base de données
desk-startup-hint = Rien n’a été modifié. Casebook garde ses données dans votre dossier utilisateur ; pour utiliser un autre fichier, lancez-le avec l’un de ceux-ci :

## Tell it once: expectations, promises, key facts, complaints, handoffs
tell-closed-holiday = { $day }, c’est { $holiday }, la boutique est fermée.
tell-closed = La boutique est fermée { $which ->
    [today] aujourd’hui
    [tomorrow] demain
   *[other] { $day }
} à { $time }.
tell-promise-kept-at = tenue { $when }
tell-promise-kept = tenue
tell-promise-broken-at = non tenue { $when }
tell-promise-broken = non tenue
tell-promise-overdue = en retard : toujours ouverte après l’heure
tell-promise-open = toujours ouverte
tell-brief-then = C’est l’état d’alors ; l’historique ci-dessous montre ce qui s’est passé depuis.
tell-brief-now = maintenant : { $words }
tell-expectations-saved = Attentes enregistrées.
tell-promise-kept-notice = Promesse tenue.
tell-promise-broken-notice = Promesse close comme non tenue, avec notre geste pour réparer.
tell-expect-title = Ce qu’ils attendent
tell-edit = Modifier
tell-ask-them = Leur demander
tell-q-always = Que devons-nous faire pour vous garder comme client ?
tell-q-never = Que ne devons-nous jamais faire ?
tell-q-recovery = Si nous nous trompons une fois, qu’attendez-vous de nous ?
tell-preferred-channel = Canal préféré
tell-no-preference = Pas de préférence
tell-best-time = Meilleur moment pour les joindre
tell-best-time-placeholder = p. ex. en semaine après 17 h
tell-turnaround = Délai attendu
tell-turnaround-placeholder = p. ex. le jour même
tell-notes = Notes
tell-not-asked = Pas encore demandé. Demandez ce qui les garde comme clients, ce que nous ne devons jamais faire et comment réparer une erreur.
tell-never = Jamais
tell-always = Toujours
tell-if-wrong = Si nous nous trompons
tell-prefers = Préfère
tell-reach-them = Joignable
tell-expects = Attend
tell-open-promises = Promesses en cours
tell-promise-due = échéance { $when }
tell-overdue-mark = EN RETARD
tell-no-owner = sans responsable
tell-make-right = Qu’avons-nous fait pour réparer ?
tell-close-broken = Clore comme non tenue
tell-kept = Tenue
tell-broken = Non tenue…
tell-key-facts = Faits clés
tell-unpin-label = Désépingler : { $text }
tell-unpin = Désépingler
tell-complaints = Réclamations enregistrées
tell-complaint-open = ouverte
tell-complaint-closed = close
tell-handoff-pick = Choisissez qui reprend le dossier.
tell-handoff-done = Transmis à { $name }, avec le résumé.
tell-handoff-title = Transmettre « { $subject } »
tell-handoff-who = Qui reprend ?
tell-handoff-nobody = Personne d’autre dans l’équipe. Ajoutez d’abord un collègue dans { desk-menu-shop } › { desk-menu-staff }.
tell-handoff-drafting = Rédaction du résumé à partir de l’historique…
tell-handoff-next = Que doit faire { $name } ensuite ?
tell-handoff-next-anyone = Que faut-il faire ensuite ?
tell-handoff-note-placeholder = Avec vos mots : la prochaine étape, et ce que l’historique ne dit pas
tell-handoff-brief-hint = Le résumé ci-dessous est rédigé d’après l’historique. Corrigez ce qui ne va pas ; chaque ligne est un point.
tell-handoff-submit = Transmettre à { $name }
tell-complaint-closed-notice = Réclamation close : { $name }.
tell-escalation-closed-notice = Escalade close : { $subject }.
tell-close-complaint = Clore la réclamation
tell-close-escalation = Clore l’escalade
tell-escalated-to-word = à
tell-close-q-complaint = Qu’avons-nous changé pour que cela ne se reproduise pas ?
tell-close-q-escalation = Qu’est-ce qui a changé pour que cela ne se reproduise pas ?
tell-close-placeholder = p. ex. Nous envoyons désormais un SMS au client la veille du retrait
tell-close-lead-only = Seul un chef d’équipe ou le propriétaire peut clore une escalade.
tell-close-told = Nous avons dit au client ce que nous avons changé
tell-complaint-recorded = Réclamation enregistrée. Elle apparaît sur chaque dossier de ce client et dans chaque résumé.
tell-complaint-title = Signaler une réclamation
tell-complaint-q = De quoi se plaint-il, en une phrase ?
tell-complaint-placeholder = p. ex. Vélo pas prêt le jour promis
tell-complaint-hint = Une réclamation est un cadeau : elle montre ce qu’il faut corriger. Elle reste enregistrée jusqu’à ce qu’on la close avec ce qui a changé.
tell-complaint-submit = Signaler
tell-promise-pick-day = Choisissez le jour de l’échéance.
tell-promise-type-time = Tapez l’heure de l’échéance, par exemple 14:30.
tell-promise-not-time = « { $typed } » n’est pas une heure. Tapez heures et minutes, par exemple 14:30.
tell-promise-recorded = Promesse notée : { $text }, échéance { $when }.
tell-promise-title = Noter une promesse faite à { $name }
tell-promise-what = Qu’avons-nous promis ?
tell-promise-what-placeholder = p. ex. Rappeler avec le devis
tell-promise-date = Date d’échéance
tell-promise-time = Heure
tell-promise-tomorrow = Demain { $time }
tell-promise-owner = Qui s’en charge ?
tell-promise-opens-again = Elle rouvre { $when }.
tell-promise-use-next-open = Mettre l’échéance à { $when }
tell-promise-due-hint = Échéance { $when } ({ $zone }). Le responsable reçoit un rappel avant.
tell-promise-save = Noter la promesse
tell-rate-pick-days = Choisissez les deux jours : le premier et le dernier à compter.
tell-kept-notice = Tenue : { $text }
tell-broken-notice = Close comme non tenue : { $text }
tell-promises-title = Promesses
tell-rate-title = Taux de promesses tenues
tell-rate-period = Promesses dues sur
tell-rate-last-days = les { $days } derniers jours
tell-rate-custom = ces dates…
tell-rate-none = Aucune promesse due sur cette période n’a encore été close.
tell-rate-kept = { $rate } tenues
tell-rate-detail = { $kept } tenues, { $broken } non tenues{ $overdue ->
    [0] {""}
   *[other] , { $overdue } encore ouvertes après l’échéance
}
tell-promises-loading = Chargement des promesses…
tell-promises-empty = Aucune promesse en cours.
tell-promises-empty-hint = Quand vous dites à un client « Je vous rappelle d’ici vendredi », notez-le sur son dossier pour que personne n’oublie :
tell-no-owner-cap = Sans responsable
tell-made-right-label = Ce que nous avons fait pour réparer
tell-show-more = Afficher plus

## New interaction, customers and look-up
case-new-pick-first = Choisissez d’abord qui c’est : tapez son nom, son téléphone ou son e-mail et choisissez-le, ou choisissez « + Nouveau client ».
case-new-write-said = Écrivez ce que le client a dit : les fichiers y sont joints.
case-new-logged = Dossier ouvert pour { $name }{ $files ->
    [0] .
    [one] {" "}avec 1 fichier.
   *[other] {" "}avec { $files } fichiers.
}
case-new-title = Noter une visite, un appel ou un message
case-new-who = 1. Qui est-ce ?
case-new-what = 2. De quoi s’agit-il ?
case-new-how = Comment nous ont-ils contactés ?
case-new-subject = Objet
case-new-subject-hint = quelques mots que tout le monde reconnaîtra, p. ex. « Frein qui grince sur le vélo bleu »
case-new-said = Qu’ont-ils dit ?
case-new-said-hint = avec leurs mots, pour que personne n’ait à redemander
case-new-submit = Enregistrer
case-customer-opening = Ouverture de la fiche client…
case-customer-new-case = Nouveau dossier pour { $name }
case-customer-cases = Dossiers
case-customer-no-cases = Aucun dossier pour l’instant.
case-customer-record-score = Noter sa note…
case-profile-saved = Fiche enregistrée.
case-profile-label = Fiche client
case-profile-phone = Téléphone
case-profile-email = E-mail
case-profile-segment = Segment
case-profile-open-of = { $open } ouverts sur { $total }
case-profile-last-contact = Dernier contact
case-profile-never = jamais
case-profile-open-page = Ouvrir la fiche client
case-profile-edit = Modifier la fiche
case-profile-phones = Numéros de téléphone
case-profile-emails = Adresses e-mail
case-profile-one-per-line = une par ligne
case-profile-organisation = Organisation
case-optional = facultatif
case-lookup-label = Nom, téléphone ou e-mail
case-lookup-hint = commencez à taper ; ↑ ↓ pour choisir, Entrée pour valider
case-lookup-matches = Clients correspondants
case-lookup-open-cases = { $count ->
    [one] { $count } dossier ouvert
   *[other] { $count } dossiers ouverts
}
case-lookup-matched-on = trouvé par { $on ->
    [phone] téléphone
    [email] e-mail
   *[other] { $on }
}
case-lookup-new = + Nouveau client :
case-lookup-none = Pas encore client ?
case-lookup-create = Créer un nouveau client
case-new-already = Déjà client ?
case-new-belongs-to = Ce { $on ->
    [email] courriel
   *[phone] numéro
} appartient à :
case-new-use = Utiliser { $name }
case-new-different = Non, c’est une autre personne : créer un nouveau client
case-new-ask-hint = (un nouveau client : trois questions à poser maintenant)
case-new-back-to-search = Retour à la recherche
case-picked-no-contact = Ni téléphone ni e-mail enregistré
case-picked-last-contact = dernier contact { $when }
case-picked-change = Changer
case-picked-has-open = { $name } a déjà { $count ->
    [one] { $count } dossier ouvert
   *[other] { $count } dossiers ouverts
}.
case-picked-about-one = Est-ce à propos de l’un d’eux ?
case-picked-add-instead = Ajouter plutôt à ce dossier

## Search
search-bad-from = Le jour « Du » n’est pas une date complète. Choisissez-le à nouveau ou effacez-le.
search-bad-to = Le jour « Au » n’est pas une date complète. Choisissez-le à nouveau ou effacez-le.
search-title = Tout rechercher
search-label = Chercher clients, dossiers et chaque conversation
search-placeholder = Chercher noms, numéros, dossiers et chaque conversation
search-hide-filters = Masquer les filtres
search-filters = Filtres
search-keys = ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer
search-any = Tous
search-staff = Employé
search-anyone = N’importe qui
search-hint = Tapez une partie d’un nom, un numéro sous n’importe quelle forme, un e-mail ou des mots d’une conversation.
search-nothing = Aucun résultat. Essayez avec moins de mots ou des mots plus courts.
search-results = Résultats
search-customers = Clients
search-conversations = Conversations
search-newest-first = plus récentes d’abord

## Learn: escalations, scores, outreach, root causes
learn-escalated-notice = Escaladé à { $name } (cause : { $cause }).
learn-already-escalated = Déjà escaladé
learn-already-escalated-to = Ce dossier est déjà escaladé à { $name }
learn-escalated-once = Un dossier n’est escaladé qu’une fois à la fois. Ajoutez au dossier ce qui s’est passé depuis, ou suivez l’escalade dans le registre ; une fois close, le dossier peut être escaladé à nouveau.
learn-open-register = Ouvrir réclamations et escalades
learn-escalate-title = Escalader ce dossier
learn-root-cause-q = Cause : comment en est-on arrivé là ?
learn-escalate-to = Escalader à
learn-what-happened = Que s’est-il passé ?
learn-escalate-placeholder = p. ex. Troisième retard de la pièce ; le client est prêt à aller ailleurs.
learn-escalate-hint = Cherchez la cause, pas le coupable. Qui clôt l’escalade note ce qui a changé pour que cela ne se reproduise pas.
learn-escalate = Escalader
learn-score-pick = Choisissez sa note : 1 (très mécontent) à 5 (très satisfait), ou appuyez sur 1 à 5.
learn-score-recorded = Note enregistrée : { $score } sur 5.
learn-score-title-resolved = Dossier résolu : comment nous sommes-nous débrouillés ?
learn-score-title = Comment nous sommes-nous débrouillés ?
learn-score-ask = Demandez à { $name } : « Sur une échelle de 1 à 5, êtes-vous satisfait de la façon dont nous avons traité cela ? »
learn-score-theirs = Sa note
learn-score-comment = Qu’a-t-il dit ? (facultatif)
learn-score-save = Enregistrer la note
learn-not-now = Pas maintenant
learn-causes-saved = Causes enregistrées : { $causes }.
learn-causes-title = Causes des escalades
learn-causes-hint = Chaque escalade en cite une. Une par ligne ; les escalades passées gardent leur cause.
learn-causes-label = Causes
learn-causes-save = Enregistrer les causes
outreach-call-choose = Choisissez comment s’est passé l’appel.
outreach-call-logged = Appel noté : { $name }, { $outcome ->
    [reached] joint
    [left_message] message laissé
    [no_answer] pas de réponse
   *[wrong_number] mauvais numéro
}.
outreach-call-title = Noter un appel à { $name }
outreach-no-phone = Aucun numéro enregistré.
outreach-how = Comment ça s’est passé ?
outreach-choose = Choisir…
outreach-what-said = Ce qui a été dit
outreach-note-placeholder = p. ex. Content du service ; passera pour la révision de printemps
outreach-note-hint = Si vous l’avez joint, écrivez une ligne sur ce qui a été dit, pour la personne suivante. Sinon, la note est facultative.
outreach-log-call = Noter l’appel
outreach-days = { $days ->
    [one] { $shown } jour
   *[other] { $shown } jours
}
outreach-shown-of = { $shown } sur { $total } affichés
outreach-days-invalid = Indiquez le nombre de jours en nombre entier, 1 ou plus.
outreach-count-invalid = Indiquez combien de clients appeler : un nombre entier, 1 ou plus.
outreach-seed-invalid = Indiquez la graine en nombre entier, par exemple la date du jour en AAAAMMJJ.
outreach-tried-outcome = Essayé { $when } : { $outcome ->
    [reached] joint
    [left_message] message laissé
    [no_answer] pas de réponse
   *[wrong_number] mauvais numéro
}
outreach-tried = Essayé { $when }
outreach-intro = Les clients dont nous n’avons pas de nouvelles. Appelez-en quelques-uns chaque semaine : c’est ainsi qu’on le sait avant qu’ils partent.
outreach-days-label = Sans contact depuis (jours)
outreach-pick-title = Tirer au hasard
outreach-how-many = Combien
outreach-seed = Graine
outreach-pick = Tirer
outreach-seed-hint = Même graine, mêmes clients : la date du jour sert de graine, donc tout le monde au poste a la même liste aujourd’hui. Les clients appelés sur la période sont écartés.
outreach-call-list = Liste d’appels
outreach-back-to-everyone = Retour à tous
outreach-nobody = Personne à appeler.
outreach-nobody-hint = Tout le monde a été contacté ou essayé ces { $days }.
outreach-log-call-button = Noter l’appel…
outreach-not-heard = Sans nouvelles
outreach-loading = Chargement des clients…
outreach-everyone = Tout le monde a donné des nouvelles.
outreach-everyone-hint = Aucun client n’est resté { $days } sans contact.
outreach-last-contact = Dernier contact { $when }
outreach-since-contact = depuis le contact
outreach-no-phone-short = Pas de téléphone

## Complaints and escalations register
register-toggle-label = Afficher les { $what ->
    [complaints] réclamations
   *[escalations] escalades
} ouvertes ou closes
register-open-count = Ouvertes ({ $count })
register-closed-count = Closes ({ $count })
register-title = Réclamations et escalades
register-intro = Les ouvertes d’abord, les plus anciennes en haut. Clore demande ce qui a changé, pour que cela ne se reproduise pas.
register-loading-complaints = Chargement des réclamations…
register-no-open-complaints = Aucune réclamation ouverte.
register-no-open-complaints-hint = Signalez-en une depuis un dossier quand un client vous dit que quelque chose s’est mal passé.
register-no-closed-complaints = Aucune réclamation close pour l’instant.
register-opened = Ouverte { $when }
register-open-for = ouverte depuis { $duration }
register-close = Clore…
register-loading-escalations = Chargement des escalades…
register-no-open-escalations = Aucune escalade ouverte.
register-no-open-escalations-hint = Escaladez un dossier quand il faut un chef d’équipe ou le propriétaire :
register-no-closed-escalations = Aucune escalade close pour l’instant.
register-closed-word = close
register-customer-told-yes = Client prévenu : oui
register-customer-told-no = Client prévenu : non

## Attachments
attach-type-pdf = PDF
attach-type-jpeg = Photo JPEG
attach-type-png = Image PNG
attach-type-gif = Image GIF
attach-type-webp = Image WebP
attach-type-heic = Photo HEIC
attach-type-tiff = Image TIFF
attach-type-bmp = Image BMP
attach-type-svg = Dessin SVG
attach-type-text = Texte
attach-type-csv = Tableur (CSV)
attach-type-html = Page web (HTML)
attach-type-zip = Archive ZIP
attach-type-word = Document Word
attach-type-excel = Classeur Excel
attach-type-odt = Texte OpenDocument
attach-type-ods = Classeur OpenDocument
attach-type-file = Fichier
attach-unreadable = Le fichier n’a pas pu être lu.
attach-pasted-image = Image collée
attach-too-big = « { $name } » fait { $size } Mo ; la boutique accepte les fichiers jusqu’à { $limit } Mo. Réduisez-le (une photo en plus basse résolution, un PDF scanné en gris) ou demandez au propriétaire de relever la limite.
attach-chip = { $name }, { $size }, { $state ->
    [failed] non joint
    [ready] prêt
   *[reading] en cours de lecture
}
attach-opening-outside = Ouverture de « { $name } » avec le programme de cet ordinateur…
attach-files = Joindre des fichiers…
attach-files-label = Joindre des fichiers : photos, PDF ou documents
attach-drop-hint = ou déposez-les ici, ou collez une capture d’écran
attach-to-attach = Fichiers à joindre
attach-reading = Lecture de { $name }
attach-remove-named = Retirer { $name }
attach-limit-range = Choisissez une limite de 1 à 500 Mo.
attach-limit-saved = Les fichiers jusqu’à { $mb } Mo sont désormais acceptés.
attach-title = Pièces jointes
attach-limit-hint = Les photos, tickets et documents joints à l’historique sont gardés à côté de sa base, copiés sur les autres postes et inclus dans les sauvegardes et exports. Une limite plus haute donne des sauvegardes plus lourdes.
attach-limit-lead-only = Seul un chef d’équipe ou le propriétaire peut changer la limite.
attach-limit-label = Plus gros fichier accepté
attach-limit-save = Enregistrer la limite
attach-more-for = Plus pour { $name }
attach-photos = Photos
attach-other-files = Autres fichiers
attach-files-plain = Fichiers
attach-erased-on = Effacé le { $when } :
attach-missing-title = Son contenu n’est pas encore sur cet ordinateur : il arrive peut-être d’un autre poste, ou il a été retiré du dossier des pièces jointes ici.
attach-missing = Pas encore sur ce poste
attach-opens-outside = S’ouvre avec le programme de cet ordinateur
attach-opens-outside-warning = S’ouvre avec le programme de cet ordinateur, après un avertissement
attach-menu-label = { $name } : que faire
attach-open-outside = Ouvrir avec le programme de cet ordinateur
attach-open = Ouvrir
attach-remove-menu = Retirer de l’historique…
attach-erase-menu = Effacer le fichier…
attach-none = Aucun fichier pour l’instant. Joignez une photo, un ticket ou un devis à ce que vous notez sur un dossier.
attach-open-photo = Ouvrir la photo { $name }
attach-on-case = Sur
attach-show-fewer = Afficher moins
attach-show-all = Afficher les { $count } fichiers
attach-erase-why-needed = Dites pourquoi le fichier est effacé : l’historique garde la raison.
attach-erase-title = Effacer ce fichier ?
attach-erase-intro = Effacer pour la confidentialité le contenu de
attach-erase-final = C’est irréversible.
attach-erase-explain = Le fichier est supprimé de ce poste, puis du serveur et des autres postes à leur mise à jour. Toute autre pièce jointe au même contenu est effacée aussi. L’entrée indique toujours qu’un fichier était là, quand il a été effacé, par qui et pourquoi.
attach-erase-why = Pourquoi l’effacer ?
attach-erase-kept = gardé dans l’historique
attach-erase-placeholder = p. ex. Le client a demandé d’effacer la photo de sa pièce d’identité
attach-erase-confirm = Effacer définitivement
attach-remove-title = Retirer ce fichier de l’historique ?
attach-remove-explain = n’apparaît plus sur le dossier ni parmi les fichiers du client, sur ce poste et les autres. L’historique note qui l’a retiré et quand ; le fichier lui-même est conservé.
attach-remove-confirm = Le retirer
attach-risky-title = Ouvrir ce fichier hors de Casebook ?
attach-risky-warning = Ce fichier pourrait lancer un programme sur cet ordinateur. Ne l’ouvrez que si vous faites confiance à l’expéditeur.
attach-risky-cancel = Ne pas l’ouvrir
attach-risky-open = L’ouvrir quand même
attach-pdf-page-failed = La page { $page } n’a pas pu être affichée ({ $reason }).
attach-pdf-password = Ce PDF est protégé par un mot de passe. Ouvrez-le plutôt avec le programme de cet ordinateur.
attach-pdf-failed = Ce PDF ne peut pas être affiché ici ({ $reason }). Ouvrez-le plutôt avec le programme de cet ordinateur.
attach-pdf-opening = Ouverture du PDF…
attach-pdf-page = Page { $page } sur { $pages }
attach-prev-page = Page précédente
attach-next-page = Page suivante
attach-previous = Précédent
attach-next = Suivant
attach-photo-failed = Cette photo ne peut pas être affichée ici. Sa vignette est peut-être encore sur le dossier ; ou ouvrez-la avec le programme de cet ordinateur.
attach-prev-photo = Photo précédente
attach-next-photo = Photo suivante
attach-photo-of = Photo { $index } sur { $count }
common-loading = Chargement…

## Duplicate customers
duplicates-merged-notice = Fusionné dans { $name }. Annulez depuis sa fiche client si c’était une erreur.
duplicates-stays = Ajouté en premier : reste en cas de fusion
duplicates-added = Ajouté
duplicates-intro = Deux fiches qui sont peut-être un seul client : créées sur deux postes dont l’un était hors ligne, par un import ou dans la précipitation. Fusionnez-les, ou indiquez que ce sont deux personnes.
duplicates-merged-into = Fusionné dans { $name }.
duplicates-open-page = Ouvrir sa fiche
duplicates-looking = Recherche de fiches semblables…
duplicates-none = Aucun doublon possible.
duplicates-none-hint = Les fiches avec le même numéro, e-mail ou nom apparaissent ici.
duplicates-merge = Fusionner…
duplicates-merge-sr = {" "}{ $first } et { $second }
duplicates-not-same = Pas la même personne
duplicates-merge-title = Fusionner ces deux fiches ?
duplicates-merge-explain = { $first }, ajouté { $added }, reste : c’est la fiche la plus ancienne. Tout ce qui concerne { $second } la rejoint : dossiers, promesses, faits clés, réclamations, notes, numéros et e-mails.
duplicates-undo-hint = Vous pouvez annuler depuis la fiche du client.
duplicates-merge-into = Fusionner dans { $name }
duplicates-undone-notice = Fusion annulée : { $name } redevient un client à part entière.
duplicates-merged-records = Fiches fusionnées
duplicates-own-again = { $name } redevient un client à part entière.
duplicates-merged-with = Fusionné avec la fiche de { $name } le { $when }
duplicates-merged-with-by = Fusionné avec la fiche de { $name } le { $when } par { $by }
duplicates-undo = Annuler
duplicates-undo-sr = {" "}la fusion avec { $name }
duplicates-undo-title = Annuler cette fusion ?
duplicates-undo-explain = { $name } redevient un client à part entière, avec ses dossiers et son historique. { $survivor } garde le reste.
duplicates-undo-confirm = Annuler la fusion

## The shop's mailbox
mail-state-not-connected = Aucune boîte mail connectée : Casebook ne lit pas encore le courrier de la boutique.
mail-state-other-desk = Le courrier est géré par le poste « { $desk } » : il relève le courrier et envoie les réponses de tous les postes.
mail-state-connecting = Connexion aux serveurs de courrier…
mail-state-connected-idle = Connecté : le nouveau courrier apparaît quelques secondes après son arrivée.
mail-state-connected-poll = Connecté : Casebook relève le courrier toutes les quelques minutes, et quand vous appuyez sur Relever.
mail-state-offline = Hors ligne : { $reason } Casebook réessaie de lui-même ; les réponses attendent dans la boîte d’envoi.
mail-reply-waiting = En attente d’envoi
mail-reply-sent = Envoyé
mail-reply-failed = Non envoyé : { $error }
mail-reply-refused = Non envoyé : le serveur l’a refusé.
mail-reply-retrying = En attente : le dernier essai a échoué ({ $error }) ; il sera retenté automatiquement.
mail-reply-typed = Saisie(s) dans la réponse par une personne : { $addresses }
mail-reply-to-label = À
mail-reply-to-placeholder = l'adresse du client
mail-reply-to-hint = Laissez vide pour répondre au client. Une adresse saisie qui n'est pas celle du client reste notée sur la réponse comme saisie par vous.
mail-refusal-not-shop-address = Elle devait partir au nom de { $address }, qui n'est pas l'adresse de la boutique.
mail-refusal-not-customers-case = Son dossier n'existe plus, ou n'est pas celui de ce client.
mail-refusal-stranger-address = { $address } n'est pas une adresse du client, et personne ne l'a saisie dans la réponse.
mail-refusal-not-an-address = « { $address } » n'est pas une adresse e-mail.
mail-refusal-no-recipient = La réponse ne nomme aucun destinataire.
mail-no-sender = (sans expéditeur)
mail-retry-notice = La réponse sera renvoyée.
mail-to = À { $who }
mail-to-lower = à { $who }
mail-from = De { $who }
mail-server-said = Le serveur a répondu : { $problem }
mail-hide-quoted = Masquer le message cité
mail-show-quoted = Afficher le message cité
mail-try-again = Réessayer
mail-checking = Relève du courrier et envoi de ce qui attend.
mail-disconnected = La boîte mail de la boutique est déconnectée.
mail-opening = Ouverture…
mail-check-now = Relever
mail-handled-by = Relevé et envoyé par
mail-the-desk = le poste « { $desk } »
mail-the-desk-this = le poste « { $desk } » (ce poste)
mail-servers = Serveurs
mail-last-checked = Dernière relève
mail-outbox = Boîte d’envoi
mail-counts = { $waiting } en attente · { $failed } en échec
mail-disconnect-q = Arrêter de relever et d’envoyer le courrier de la boutique ? Le courrier déjà là reste.
mail-disconnect = Déconnecter
mail-keep = La garder
mail-disconnect-button = Déconnecter la boîte mail…
mail-outbox-title = Réponses pas encore envoyées
mail-outbox-empty = Rien en attente : chaque réponse par mail est partie.
mail-unfiled-title = Courrier sans client
mail-unfiled-hint = Retours de messages que nous n’avons pas envoyés, réponses automatiques d’inconnus, courrier sans expéditeur. Rien ici n’a reçu de réponse.
mail-connected-session = Connecté. { $reason }
mail-connected = Connecté : ce poste relève et envoie désormais le courrier de la boutique.
mail-connect-title = Connecter la boîte mail de la boutique sur ce poste
mail-connect-hint = Le courrier adressé à la boutique devient ici l’historique des clients, et les réponses à un dossier e-mail partent de cette adresse. Seul ce poste relève et envoie ; les autres voient tout par la synchronisation.
mail-address = Adresse de la boutique
mail-password = Mot de passe
mail-password-hint = (la plupart des fournisseurs demandent ici un mot de passe d’application)
mail-desk-name = Nom de ce poste
mail-desk-placeholder = Comptoir
mail-hide-servers = Masquer les réglages du serveur
mail-server-settings = Réglages du serveur
mail-username = Identifiant
mail-imap = Serveur entrant (IMAP)
mail-port = Port
mail-of-incoming = du serveur entrant
mail-of-outgoing = du serveur sortant
mail-encryption = Chiffrement
mail-no-encryption = Aucun (cet ordinateur seulement)
mail-smtp = Serveur sortant (SMTP)
mail-ca = Autorité de certification (PEM), si la boutique a créé ses propres certificats
mail-test-label = Ce qui fonctionne
mail-works = Fonctionne :
mail-does-not-work = Ne fonctionne pas :
mail-test = Tester
mail-connect = Connecter
mail-of-incoming-mail = du courrier entrant
mail-of-outgoing-mail = du courrier sortant

## Several desks: sync
sync-ind-connecting = Connexion…
sync-ind-in-sync = Synchronisé
sync-ind-sending = Envoi de { $count }
sync-ind-receiving = Réception de { $count }…
sync-ind-offline = Hors ligne depuis { $since }
sync-ind-offline-waiting = { $since } · { $count } en attente
sync-ind-problem = Problème de synchro
sync-changes = { $n ->
    [one] 1 modification
   *[other] { $count } modifications
}
sync-alone = Ce poste travaille seul : il n’est relié à aucun serveur de boutique.
sync-connecting = Connexion au serveur de la boutique…
sync-in-sync = Synchronisé : ce poste a tout ce qu’a le serveur, et le serveur a tout le travail de ce poste.
sync-sending = Envoi de { $changes } au serveur…
sync-receiving = Réception du travail des autres postes : { $changes } pour l’instant…
sync-offline = Hors ligne depuis { $since } : le serveur de la boutique est injoignable. Le travail continue ici et sera envoyé à son retour.
sync-offline-waiting = Hors ligne depuis { $since } : le serveur de la boutique est injoignable. Le travail continue ici et sera envoyé à son retour. { $n ->
    [one] { $changes } attend
   *[other] { $changes } attendent
} d’être envoyées.
sync-offset = { $duration } { $ahead ->
    [yes] en avance sur
   *[no] en retard sur
}
sync-clock-warning = L’horloge de ce PC est { $offset } celle du serveur. Corrigez la date et l’heure dans les réglages du système ; le travail continue.
sync-desk-clock = Horloge { $ahead ->
    [yes] en avance
   *[no] en retard
} de { $duration }
sync-never = Jamais
sync-just-now = À l’instant
sync-not-yet = Pas encore
sync-open-page = Ouvrez Postes et synchronisation.
sync-offline-word = Hors ligne
sync-since = {" "}depuis { $since }
sync-waiting-word = {" "}en attente
sync-clock-word = Horloge
sync-clock-wrong-more = {" "}erronée
sync-join-paste-first = Collez d’abord le code d’accès.
sync-join-code = Code d’accès
sync-join-hint = Créez-le sur un poste de la boutique : Boutique → Postes et synchronisation → Ajouter un poste. Un code ne sert qu’une fois.
sync-joining = Connexion…
sync-join = Rejoindre
sync-joined-notice = Ce poste a rejoint { $shop }. L’historique de la boutique arrive.
sync-alone-title = Ce poste travaille seul
sync-alone-text = Connecter place l’historique de ce poste sur le serveur PostgreSQL de la boutique, et chaque poste qui le rejoint le partage : ce qu’un poste note apparaît sur les autres en quelques secondes. Chaque poste continue de travailler si le serveur ou le réseau tombe, et rattrape son retard à leur retour.
sync-join-title = Rejoindre une boutique avec un code
sync-join-needs-empty = Seul un poste neuf et vide peut rejoindre une boutique : sur son premier écran, choisissez « Rejoindre les autres postes de ma boutique » et collez le code. Ce poste a déjà son propre historique ; connectez-le plutôt ci-dessus comme premier poste de la boutique.
sync-join-for-new = Pour un nouveau poste d’une boutique déjà connectée.
sync-now = Synchroniser
sync-server = Serveur
sync-database = base
sync-this-desk = Ce poste
sync-last-synced = Dernière synchro
data-backup-auto = Automatique
data-backup-manual = Manuelle
data-backup-before-restore = Avant restauration
data-field-ignore = Non utilisé
data-field-name = Nom du client
data-field-phone = Téléphone
data-field-email = E-mail
data-field-organisation = Organisation
data-field-segment = Segment
data-field-notes = Notes client
data-field-subject = Objet du dossier
data-field-channel = Canal
data-field-status = Statut
data-field-priority = Priorité
data-field-opened = Ouvert (date)
data-field-message = Premier message
data-count-row = { $n ->
    [one] { $shown } ligne
   *[other] { $shown } lignes
}
data-count-customer = { $n ->
    [one] { $shown } client
   *[other] { $shown } clients
}
data-count-case = { $n ->
    [one] { $shown } dossier
   *[other] { $shown } dossiers
}
data-count-event = { $n ->
    [one] { $shown } événement
   *[other] { $shown } événements
}
data-count-new-customer = { $n ->
    [one] { $shown } nouveau client
   *[other] { $shown } nouveaux clients
}
data-count-problem = { $n ->
    [one] { $shown } problème
   *[other] { $shown } problèmes
}
data-contents = { $customers }, { $cases }, { $events }
data-no-auto-backup = Il n’y a pas encore de sauvegarde automatique. Sauvegardez maintenant par précaution.
data-backup-stale = La dernière sauvegarde automatique date d’il y a { $age }. Sauvegardez maintenant, et laissez Casebook ouvert dans la journée pour qu’il fasse sa sauvegarde quotidienne.
data-import-added = { $added } ajoutés ; { $shown } { $there ->
    [one] était
   *[other] étaient
} déjà là.
data-import-settings = Les horaires et délais ont été repris de l’export.
data-sep-commas = virgules
data-sep-semicolons = points-virgules
data-sep-tabs = tabulations
data-sep-bars = barres verticales (|)
data-too-big = Le fichier fait { $mb } Mo ; Casebook importe jusqu’à 50 Mo à la fois. Découpez-le en fichiers plus petits.
data-format-excel = un classeur Excel (.{ $ext })
data-format-ods = un classeur OpenDocument (.ods)
data-format-csv = un fichier texte (CSV)
data-reason-left-out = Écarté par vous.
data-reason-your-choice = Votre choix (Casebook avait deviné { $guess }).
data-reason-heading = Reconnu à son en-tête.
data-reason-values = Reconnu à son contenu.
data-reason-no-case = Non utilisé : il contient des détails de dossier (une date, un statut…), mais ce fichier n’a pas de colonne d’objet, donc il n’ouvre aucun dossier.
data-reason-duplicate = Non utilisé : une autre colonne donne déjà cela. Choisissez un champ pour l’utiliser.
data-reason-unknown = Non utilisé : Casebook ne connaît pas cet en-tête. Choisissez un champ pour l’utiliser.
data-blank = (vide)
data-matches = Correspond à { $name }
data-adds = Ajoute { $what } à { $name }
data-csv-summary = { $rows } importées : { $fresh }, { $matched } rattachées à des clients existants, { $cases }.
data-csv-summary-updated = { $rows } importées : { $fresh }, { $matched } rattachées à des clients existants ({ $updated } avec un nouveau téléphone ou e-mail), { $cases }.
data-title = Sauvegardes et données
data-backups = Sauvegardes
data-backing-up = Sauvegarde…
data-back-up-now = Sauvegarder maintenant
data-check-backups = Vérifiez vos sauvegardes.
data-backed-up = Sauvegardé : { $contents } ({ $size }).
data-restored = Sauvegarde du { $when } restaurée : { $contents }. L’historique remplacé a d’abord été gardé comme sauvegarde
data-restored-listed = , listée ci-dessous, pour pouvoir y revenir.
data-loading-backups = Chargement des sauvegardes…
data-no-backups = Pas encore de sauvegarde. Sauvegardez maintenant pour créer la première.
data-backups-caption = Sauvegardes, les plus récentes d’abord
data-col-taken = Faite
data-col-kind = Type
data-col-events = Événements
data-col-size = Taille
data-restore = Restaurer
data-restore-button = Restaurer…
data-restore-sr = {" "}la sauvegarde du { $when }
data-show-newest = Afficher seulement les plus récentes
data-show-all-backups = Afficher les { $count } sauvegardes
data-restore-title = Restaurer cette sauvegarde ?
data-restore-explain = Casebook revient à la sauvegarde du { $when } ({ $kind }), avec { $contents }.
data-restore-nothing-lost = Tout ce qui a été noté depuis quitte le poste. Rien n’est perdu : l’historique actuel est d’abord gardé en sauvegarde, restaurable depuis cette page.
data-restoring = Restauration…
data-restore-confirm = Restaurer cette sauvegarde
data-path-copied = Le chemin du dossier est dans le presse-papiers.
data-export-title = Tout exporter
data-exporting = Export…
data-export-hint = Écrit tout l’historique dans un format ouvert, lisible sans Casebook : chaque événement en JSON Lines, clients et dossiers en fichiers CSV pour un tableur. L’export va dans un nouveau dossier à côté de vos données.
data-exported-to = { $contents } exportés vers :
data-copy-path = Copier le chemin
data-import-title = Importer un export Casebook
data-import-hint = Ajoute l’historique de l’export d’un autre poste (ou d’un export plus ancien de celui-ci). Les événements déjà présents sont ignorés : importer deux fois le même export ne change rien.
data-looking-exports = Recherche des exports…
data-no-exports = Aucun export trouvé à côté de vos données. Pour en importer un d’un autre poste, tapez le chemin de son dossier ci-dessous.
data-exports-caption = Exports trouvés à côté de vos données, les plus récents d’abord
data-col-export = Export
data-col-exported = Exporté
data-col-contains = Contenu
data-import = Importer
data-import-button = Importer…
data-import-folder = Ou importer depuis un dossier
data-import-folder-placeholder = Le chemin complet d’un dossier d’export
data-import-dialog-title = Importer cet export ?
data-import-explain = Importer { $name }, exporté le { $when }, avec { $contents }.
data-import-folder-explain = Importer l’export du dossier
data-import-skip-hint = Les événements déjà présents sont ignorés, rien n’est doublé. Les horaires et délais ne sont repris de l’export que si ce poste n’en a pas encore.
data-importing = Import…
data-columns-title = Que contient chaque colonne ?
data-columns-column = Colonne, avec quelques valeurs
data-columns-use-as = Utiliser comme
data-columns-why = Pourquoi
data-column-n = Colonne { $n }
data-column-empty = vide dans les premières lignes
data-column-use-label = Utiliser la colonne « { $name } » comme
data-preview-label = Ce que ferait l’import
data-stat-rows = { $n ->
    [one] ligne
   *[other] lignes
}
data-stat-new = { $n ->
    [one] nouveau client
   *[other] nouveaux clients
}
data-stat-matched = rattachées à des clients existants
data-stat-updated = { $n ->
    [one] client reçoit
   *[other] clients reçoivent
} un nouveau téléphone ou e-mail
data-stat-cases = { $n ->
    [one] dossier
   *[other] dossiers
}
data-problems-block = Rien ne sera importé tant que { $n ->
    [one] ce problème n’est pas corrigé
   *[other] ces problèmes ne sont pas corrigés
}
data-problems-where = dans le fichier ou dans les colonnes ci-dessus ({ $problems }) :
data-problem-row = Ligne { $line } : { $message }
data-problems-more = et { $count } de plus
data-sample-first = Les { $shown } premières sur { $rows }, telles qu’elles seraient importées (lignes numérotées comme dans le tableur)
data-sample-every = Chaque ligne, telle qu’elle serait importée (lignes numérotées comme dans le tableur)
data-col-row = Ligne
data-col-contact = Contact
data-col-customer = Client
data-col-case = Dossier
data-new = nouveau
data-csv-unreadable = « { $name } » n’a pas pu être lu. Choisissez-le à nouveau.
data-header-type-number = Tapez le numéro de la ligne des en-têtes, tel que le tableur l’affiche (1 est la première ligne).
data-csv-title = Importer clients et dossiers depuis un tableur
data-csv-hint = Un fichier CSV ou texte dans n’importe quel encodage, ou un classeur Excel (.xlsx, .xls) ou OpenDocument (.ods) : une ligne par client, ou par dossier avec son client. Les clients sont rattachés par téléphone ou e-mail à ceux déjà présents. Vous voyez ce qui se passerait avant que rien ne soit écrit.
data-csv-choose-another = Choisir un autre fichier…
data-csv-choose = Choisir un tableur…
data-csv-reading = Lecture de { $name }…
data-csv-read-summary = { $format }, { $rows } sous les en-têtes.
data-csv-read-summary-sep = { $format }, { $rows } sous les en-têtes, colonnes séparées par des { $sep }.
data-csv-how-read = Comment le fichier est lu
data-csv-encoding = Encodage
data-csv-find-out = Déduire du fichier
data-csv-detected = détecté
data-csv-odd-characters = Si des noms affichent des caractères bizarres (Ã©, â€™, ?), choisissez l’encodage dans lequel le fichier a été enregistré.
data-csv-as-file-says = { $encoding }, comme l’indique le fichier.
data-csv-sheet = Feuille
data-csv-headings-on = Les en-têtes sont sur
data-csv-which-row = Quelle ligne contient les en-têtes ?
data-csv-read-again = Relire
data-csv-first-rows = Les premières lignes du fichier, telles que lues
data-csv-headings-tag = en-têtes
data-csv-checking = Vérification…
data-csv-preview = Aperçu
data-csv-import = Importer { $rows }
data-csv-preview-first = D’abord l’aperçu : l’import est proposé dès que l’aperçu ne trouve aucun problème.
data-csv-changed = Les colonnes ont changé depuis l’aperçu. Refaites l’aperçu pour voir ce qui serait importé.
sync-revoked-notice = { $name } est révoqué. Son travail jusqu’ici reste dans l’historique.
sync-copy-failed = Copie impossible. Le code est sélectionné : appuyez sur Ctrl+C.
sync-desks = Postes
sync-desks-need-server = La liste des postes nécessite le serveur de la boutique.
sync-desks-loading = Demande des postes au serveur…
sync-desks-caption = Les postes de la boutique
sync-col-desk = Poste
sync-col-joined = Arrivé
sync-col-last-seen = Vu pour la dernière fois
sync-col-note = Remarque
sync-revoke = Révoquer
sync-not-joined = Pas encore : son code n’a pas servi
sync-now-word = Maintenant
sync-revoked-at = Révoqué { $when }
sync-add-desk = Ajouter un poste
sync-code-for = Code d’accès pour { $name }
sync-code-once = Ne sert qu’une fois ; gardez-le secret.
sync-code-hint = Quiconque l’a peut rejoindre votre boutique tant qu’il n’a pas servi, et il contient la clé de la boutique : envoyez-le seulement au nouveau poste et effacez-le une fois ce poste rattaché. Sur le nouveau poste, choisissez « Rejoindre les autres postes de ma boutique » sur le premier écran et collez-le.
sync-copied = Copié
sync-copy = Copier
sync-done = Terminé
sync-copied-sr = Copié.
sync-new-desk-name = Nom du nouveau poste
sync-new-desk-placeholder = p. ex. Atelier
sync-making-code = Création du code…
sync-make-code = Créer un code d’accès
sync-revoke-title = Révoquer « { $name } » ?
sync-revoke-explain = Ce PC ne pourra plus envoyer ni recevoir. Son travail jusqu’ici reste.
sync-type-address = Tapez d’abord l’adresse du serveur.
sync-add-user = Ajoutez le nom d’utilisateur à l’adresse : postgres://utilisateur@hote:5432/base.
sync-connected-notice = Ce poste est connecté à { $shop }. Ajoutez les autres postes avec un code d’accès.
sync-connect-title = Connecter le premier poste de la boutique
sync-connect-hint = À faire une fois, sur le poste dont la boutique garde l’historique. Les autres postes le rejoignent ensuite avec un code.
sync-address = Adresse du serveur
sync-address-hint = Fournie par qui gère le serveur PostgreSQL de la boutique. Collez-la entière : le mot de passe passe dans son propre champ.
sync-password-hint = Gardé dans le trousseau de cet ordinateur, jamais dans les données ni les sauvegardes de Casebook.
sync-shop-name = Nom de la boutique
sync-shop-placeholder = p. ex. Cycles Costa
sync-desk-placeholder = p. ex. Comptoir
sync-hide-ca = Masquer l’autorité de certification
sync-add-ca = Ajouter une autorité de certification (facultatif)
sync-ca-hint = Seulement si le certificat du serveur a été créé par la boutique. Collez-le (il commence par -----BEGIN CERTIFICATE-----) ou choisissez le fichier .pem.
sync-ca-label = Autorité de certification (PEM)
sync-pick-pem = Choisir un fichier .pem…
sync-read-from = Lu depuis { $file }
sync-connect-progress = Préparation du serveur et envoi de l’historique de ce poste ({ $count } modifications). Un gros historique peut prendre quelques minutes ; laissez Casebook ouvert.
sync-elapsed = { $seconds } s jusqu’ici.
case-event-shop-locale-set = Langue de la boutique réglée sur { $language }
case-event-shop-locale-cleared = La langue de la boutique suit de nouveau chaque ordinateur
case-side-label = Le client
tell-brief-title-by = Résumé tel que { $from } l’a rédigé en transmettant à { $to }
tell-brief-title = Résumé tel que rédigé en transmettant à { $to }
attach-removed-notice = « { $name } » a été retiré de l’historique.
attach-erased-notice = « { $name } » a été effacé.
duplicates-different-notice = { $first } et { $second } sont marqués comme deux personnes et ne seront plus proposés.
data-encoding = { $family ->
    [unicode] Unicode ({ $name })
    [unicode-excel] Unicode ({ $name }, « texte Unicode » d’Excel)
    [western] Europe occidentale ({ $name })
    [central] Europe centrale ({ $name })
    [cyrillic] Cyrillique ({ $name })
    [mac] Ancien Mac ({ $name })
   *[japanese] Japonais ({ $name })
}
common-something-wrong = Un problème est survenu. Veuillez réessayer.
case-contact-added = ajouté :
case-contact-removed = retiré :
data-import-set-aside =
    { $count ->
        [one] 1 événement n'a pas pu être appliqué ici et a été mis de côté
       *[other] { $count } événements n'ont pas pu être appliqués ici et ont été mis de côté
    } (voir Postes et synchronisation).
sync-code-until = Sert une fois, jusqu'au { $when }.
sync-revoke-button = Révoquer…
sync-owner-title = Accès du propriétaire
sync-owner-here = Ce poste détient l’accès du propriétaire : il ajoute et révoque des postes. Oubliez-le ici quand un autre poste le reprend.
sync-owner-not-here = Pour ajouter ou révoquer des postes ici (le premier aussi), connectez-vous avec l’adresse de serveur du propriétaire. Elle est gardée dans le trousseau de cet ordinateur.
sync-owner-url = Adresse du serveur du propriétaire
sync-owner-sign-in = Se connecter en tant que propriétaire
sync-owner-signing-in = Vérification…
sync-owner-sign-out = Oublier l’accès du propriétaire ici
sync-owner-signed-in = L’accès du propriétaire est gardé sur ce poste.
sync-owner-signed-out = L’accès du propriétaire a été oublié sur ce poste.
sync-set-aside-title = Événements mis de côté
sync-set-aside-unknown-kind =
    { $count ->
        [one] 1 événement de { $desk } demande un Casebook plus récent : mettez ce poste à jour.
       *[other] { $count } événements de { $desk } demandent un Casebook plus récent : mettez ce poste à jour.
    }
sync-set-aside-damaged =
    { $count ->
        [one] 1 événement de { $desk } est endommagé et a été ignoré.
       *[other] { $count } événements de { $desk } sont endommagés et ont été ignorés.
    }
sync-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 événement de { $desk } porte sur quelque chose que l’historique de ce poste ne contient pas, et a été ignoré.
       *[other] { $count } événements de { $desk } portent sur quelque chose que l’historique de ce poste ne contient pas, et ont été ignorés.
    }
sync-set-aside-hint = Tout le reste a été appliqué comme d’habitude. Ceux-ci restent dans l’historique et s’appliquent d’eux-mêmes dès que ce poste peut les lire.
sync-unknown-desk = un poste qui n’est plus listé
case-list-added = Ajouté :
case-list-removed = Retiré :
sync-readmit-button = Réadmettre…
sync-readmit-code-for = Code pour réadmettre { $name }
sync-readmit-hint = Collez-le sur { $name } : Postes et synchronisation → Ce poste → Réadmettre ce poste. Son historique et ce qui n’est pas encore envoyé restent.
sync-this-desk-title = Ce poste dans la boutique
sync-rejoin-title = Réadmettre ce poste
sync-rejoin-hint = Si ce poste a perdu son mot de passe (le coffre à mots de passe de l’ordinateur a été vidé), le propriétaire crée un code sur son poste avec « Réadmettre… ». Collez-le ici : l’historique et ce qui n’est pas encore envoyé restent.
sync-move-title = Le serveur de la boutique a déménagé
sync-move-hint = Si le propriétaire a déplacé la boutique sur un autre serveur, saisissez ici sa nouvelle adresse. Elle est vérifiée avant tout changement.
sync-move-host = Nouvelle adresse
sync-move-port = Port
sync-move-button = Utiliser ce serveur
sync-moving = Vérification…
sync-moved-notice = Ce poste se synchronise désormais avec { $server }.
sync-leave-title = Quitter la boutique
sync-leave-hint = Ce poste cesse de se synchroniser et garde son historique ; il travaille alors seul.
sync-leave-button = Quitter la boutique…
sync-leave-dialog-title = Quitter { $shop } ?
sync-leave-explain = Ce poste n’enverra ni ne recevra plus le travail de la boutique. Tout ce qu’il contient reste ici. Le propriétaire peut ensuite le révoquer.
sync-leave-confirm = Quitter
sync-leave-anyway = Quitter quand même
sync-left-notice = Ce poste a quitté { $shop } et travaille seul.
sync-move-port-bad = Le port est un nombre de 1 à 65535 (celui de PostgreSQL est généralement 5432).
desk-staff-rename = Renommer…
desk-staff-merge = Même personne que…
desk-staff-new-name = Nouveau nom
desk-staff-same-as = { $name } est la même personne que
desk-staff-merge-hint = Cette fiche de { $name } quitte la liste et ses dossiers ouverts suivent ; l’historique garde qui a écrit quoi.
desk-staff-save = Enregistrer
desk-staff-merge-confirm = Fusionner
desk-staff-renamed = Renommé : { $name }.
desk-staff-merged = Une seule fiche pour { $name } désormais.
case-event-staff-merged = { $name } fusionné avec une autre fiche de la même personne
sync-carried-line =
    { $count ->
        [one] 1 modification
       *[other] { $count } modifications
    } de { $desk }, importées ici, { $count ->
        [one] est gardée
       *[other] sont gardées
    } pour le serveur de la boutique et envoyées à la prochaine synchronisation.
data-import-carried =
    { $count ->
        [one] 1 d’entre eux a été écrit
       *[other] { $count } d’entre eux ont été écrits
    } sur d’autres postes : ce poste les envoie au serveur de la boutique à sa prochaine synchronisation.

## Passcodes, signing in and the lock screen

case-event-passcode-set = Un code a été défini
case-event-passcode-cleared = Un code a été retiré
case-event-passcodes-edited = La règle des codes a changé
case-event-recovery-code-set = Un nouveau code de secours a été créé
desk-sign-in = Se connecter
desk-passcode-of = Code de { $name }
desk-passcode-empty = Tapez d’abord le code.
desk-passcode-mismatch = Les deux codes ne sont pas identiques. Tapez-les à nouveau.
desk-passcode-new = Nouveau code
desk-passcode-again = Le même, encore une fois
desk-passcode-current = Votre code actuel
desk-passcode-choose = Utiliser ce code
desk-passcode-back = Retour
desk-passcode-forgot = Code oublié ?
desk-passcode-first-intro = { $name } n’a pas encore de code. Choisissez-en un d’au moins { $min } chiffres que personne ne devinerait (ni 1234 ni 1111).
desk-passcode-first-needs-owner = Un propriétaire approuve le premier code de { $name } : choisissez le propriétaire et laissez-le taper son code.
desk-passcode-title-own = Tapez votre code
desk-passcode-title-first = Choisissez votre code
desk-passcode-title-approve = Demander à un propriétaire
desk-passcode-title-recover = Code oublié ?
desk-approve-intro = Un propriétaire tape son code pour que { $name } puisse faire ceci une fois. C’est enregistré comme un acte du propriétaire.
desk-approve-owner = Propriétaire
desk-approve-code = Code du propriétaire
desk-approve-submit = Approuver une fois
desk-approve-instead = Plutôt demander à un propriétaire
desk-recovery-intro = Tapez le code de secours de la boutique (noté quand les codes ont été activés) et choisissez un nouveau code pour { $name }.
desk-recovery-code = Code de secours
desk-recovery-empty = Tapez d’abord le code de secours.
desk-recovery-submit = Réinitialiser mon code
desk-recovery-shown-title = Le code de secours de la boutique
desk-recovery-shown-write = Notez-le et gardez-le en lieu sûr ; Casebook n’en garde aucune copie.
desk-recovery-shown-why = Avec lui, un propriétaire qui a oublié son code en choisit un nouveau. Ne le gardez pas près du poste. C’est la seule fois qu’il est affiché.
desk-recovery-shown-done = Je l’ai noté
desk-recovery-renew = Nouveau code de secours…
desk-recovery-renew-title = Créer un nouveau code de secours ?
desk-recovery-renew-explain = Le code de secours noté aujourd’hui ne fonctionnera plus. Le nouveau s’affiche une seule fois : préparez du papier.
desk-recovery-renew-confirm = Créer un nouveau code
desk-lock-locked = verrouillé
desk-lock-was-here = { $name } était là
desk-lock-sign-in-as = Se connecter en tant que { $name }
desk-lock-who = Qui est au poste ?
desk-lock-pick = Choisissez votre nom pour vous connecter.
desk-lock-someone-else = Quelqu’un d’autre se connecte
desk-lock-no-passcode-yet = Pas encore de code
desk-lock-button = Verrouiller
desk-lock-button-label = Verrouiller le poste (Ctrl+Maj+L)
desk-lock-owner-tools = Verrouillé : les outils du propriétaire demandent de nouveau un code.
desk-shortcut-lock = Verrouiller le poste (quand la boutique utilise des codes)
desk-picker-back = Choisir quelqu’un d’autre
desk-staff-role-of = Rôle de { $name }
desk-staff-role-changed = Rôle de { $name } : { $role }.
desk-passcodes-title = Codes
desk-passcodes-ask = Quand Casebook demande un code
desk-passcodes-ask-never = Jamais
desk-passcodes-ask-never-hint = Chacun choisit qui est au poste.
desk-passcodes-ask-owner-tools = Pour les outils du propriétaire
desk-passcodes-ask-owner-tools-hint = L’équipe, les codes, la langue de la boutique, les postes, l’effacement de fichiers, l’import et la restauration demandent le code d’un propriétaire ; les horaires, les délais et la boîte mail celui d’un chef d’équipe ou d’un propriétaire.
desk-passcodes-ask-always = Toujours
desk-passcodes-ask-always-hint = Chacun se connecte avec son propre code, et un poste inutilisé se verrouille.
desk-passcodes-min = Code le plus court
desk-passcodes-digits = { $count } chiffres
desk-passcodes-lock = Verrouiller après ce nombre de minutes d’inactivité
desk-passcodes-lock-hint = 0 : le poste ne se verrouille jamais tout seul.
desk-passcodes-lock-always-only = Seulement quand Casebook demande toujours.
desk-passcodes-reports = Les rapports sont réservés aux propriétaires
desk-passcodes-own-first = Choisissez d’abord votre propre code (au moins { $min } chiffres), pour ne jamais être bloqué.
desk-passcodes-saved = Règle des codes enregistrée.
desk-passcodes-people = Qui a un code
desk-passcodes-has = Code
desk-passcodes-has-yes = Défini
desk-passcodes-has-no = Pas encore
desk-passcode-set-button = Définir le code…
desk-passcode-change-own-button = Changer mon code…
desk-passcode-choose-own-button = Choisir mon code…
desk-passcode-take-off = Retirer le code
desk-passcode-taken-off = { $name } n’a plus de code et en choisira un à sa prochaine connexion.
desk-passcode-set-title = Un code pour { $name }
desk-passcode-change-own = Changer mon code
desk-passcode-own-hint = Au moins { $min } chiffres que personne ne devinerait (ni 1234 ni 1111).
desk-passcode-for-hint = Un nouveau code pour { $name }, d’au moins { $min } chiffres. Communiquez-le en personne ; { $name } pourra le changer ensuite.
desk-passcode-set-own = Votre code est défini.
desk-passcode-set-for = Le code de { $name } est défini.
desk-passcode-mine = Mon code
desk-passcode-mine-set = Vous avez un code ; vous seul le connaissez.
desk-passcode-mine-none = Vous n’avez pas encore de code.
desk-tries-title = Codes erronés à ce poste
desk-tries-refresh = Actualiser
desk-tries-none = Aucun code erroné à ce poste.
desk-tries-count = Essais erronés
desk-tries-last = Dernier essai
desk-tries-wait = Attente jusqu’à
desk-tries-no-wait = Pas d’attente
sync-set-aside-not-allowed =
    { $count ->
        [one] 1 changement de { $desk } a été fait au nom de { $people }, qui n’en avait pas le droit à ce moment-là : il reste sans effet.
       *[other] { $count } changements de { $desk } ont été faits au nom de { $people }, qui n’en avait pas le droit à ce moment-là : ils restent sans effet.
    }
sync-set-aside-not-allowed-hint = Ils restent dans l’historique, sans effet sur aucun poste. Si l’un d’eux était voulu, le propriétaire (ou un chef d’équipe, pour les horaires et les objectifs) le refait.
privacy-title = Confidentialité
privacy-export-hint = Tout ce que la boutique conserve sur { $name }, à lire ou à emporter, comme le RGPD permet de le demander : une page à imprimer ou à envoyer, et la même chose en fichier JSON.
privacy-export-button = Exporter ce client
privacy-exporting = Export en cours…
privacy-exported = Enregistré : { $cases } dossiers et { $entries } entrées. Remettez-lui customer.html de ce dossier ; customer.json contient la même chose pour un autre logiciel.
privacy-forget-button = Oublier ce client…
privacy-forget-title = Oublier { $name } ?
privacy-forget-goes-title = Ce qui disparaît, sur chaque poste
privacy-forget-goes = Leur nom, numéros de téléphone, adresses e-mail, organisation et notes ; chaque message, réponse, note et appel de leurs dossiers ; les mots des promesses, faits importants, réclamations et escalades ; leurs fichiers joints et e-mails conservés. La recherche et les suggestions ne trouvent plus rien d’eux.
privacy-forget-stays-title = Ce qui reste
privacy-forget-stays = Qu’un client, affiché sous un numéro, a eu ces dossiers : quand, par quel canal, combien de temps ils ont pris et si les objectifs ont été tenus, pour que les rapports restent justes. Et cet effacement : qui, quand et pourquoi.
privacy-forget-final = C’est irréversible.
privacy-forget-explain = S’ils ont demandé une copie, exportez d’abord ce client. Les autres postes oublient aussitôt s’ils sont en ligne, sinon à leur prochaine synchronisation.
privacy-forget-why = Raison
privacy-forget-kept = (conservée dans l’historique : n’écrivez rien sur la personne)
privacy-forget-placeholder = p. ex. demandé au comptoir le 3 décembre
privacy-forget-confirm = Oublier ce client
privacy-forget-why-needed = Indiquez pourquoi ce client est oublié.
privacy-forgotten-notice = Oublié : le client est désormais { $number }.
privacy-forgotten-banner = Oublié le { $date } par { $who }. Raison : { $reason }
privacy-forgotten-banner-nobody = Oublié le { $date }. Raison : { $reason }
privacy-forgotten-hint = Rien sur la personne n’est conservé, sur aucun poste : ses dossiers restent comptés sous ce numéro. Rien ne peut plus être ajouté à cette fiche.
case-event-customer-forgotten = Client oublié : { $reason }
privacy-retention-title = Ne conserver que le nécessaire
privacy-retention-hint = Les clients sans contact depuis longtemps peuvent être oubliés d’eux-mêmes, sur chaque poste, comme si un propriétaire oubliait chacun. Leurs dossiers restent comptés sous un numéro.
privacy-retention-keep = Conserver les clients sans contact
privacy-retention-forever = jusqu’à ce qu’un propriétaire les oublie
privacy-retention-years =
    pendant { $years ->
        [one] un an
       *[other] { $years } ans
    }
privacy-retention-owner-only = Seul un propriétaire peut modifier ceci.
privacy-retention-none-due = Personne ne serait oublié maintenant.
privacy-retention-due =
    { $count ->
        [one] Un client serait oublié maintenant :
       *[other] { $count } clients seraient oubliés maintenant :
    }
privacy-retention-customer = Client
privacy-retention-last-contact = Dernier contact
privacy-retention-cases = Dossiers
privacy-retention-more = …et { $count } de plus.
privacy-retention-turn-on =
    { $count ->
        [0] Activer
       *[other] Activer et les oublier maintenant
    }
privacy-retention-turn-off = Désactiver
privacy-retention-saved = Enregistré : { $count } clients ont été oubliés maintenant ; les autres le seront en atteignant la limite.
privacy-retention-off = Les clients sont conservés jusqu’à ce qu’un propriétaire les oublie.
case-event-retention-set =
    Les clients sans contact depuis { $years ->
        [one] un an
       *[other] { $years } ans
    } sont oubliés
case-event-retention-off = Les clients sont conservés jusqu’à ce qu’un propriétaire les oublie
sync-key-title = Les mots des clients sur le serveur
sync-key-explain = Noms, adresses, messages et fichiers quittent ce poste chiffrés avec la clé de la boutique, que seuls les postes de la boutique détiennent : le serveur, et qui l’exploite, voit quand et quel genre de chose s’est passé, jamais les mots.
sync-seal-hint = Une boutique installée avant que ce soit la règle : chiffrez ce que le serveur garde en clair, et obtenez le code de clé dont les postes qui ont rejoint avant ont besoin. Montré à nouveau quand vous le demandez.
sync-seal-button = Chiffrer et montrer le code de clé
sync-sealing = Chiffrement…
sync-sealed-notice = Les mots des clients sont chiffrés sur le serveur ({ $count } événements chiffrés maintenant).
sync-key-code-label = Code de clé
sync-key-code-warn = Il contient la clé de la boutique : collez-le seulement sur les postes de la boutique qui ont rejoint avant (Postes et synchronisation → Coller la clé de la boutique), et ne le gardez nulle part.
sync-key-paste-title = Coller la clé de la boutique
sync-key-paste-first = Collez d’abord le code de clé du poste du propriétaire.
sync-key-take = Garder la clé sur ce poste
sync-key-taken-notice = Ce poste a la clé de la boutique : il se synchronise à nouveau.
data-csv-left-out-intro = Certaines cellules contenaient des caractères de contrôle invisibles laissés par un programme. Ils sont retirés ; le reste de chaque cellule est importé :
data-csv-left-out =
    Ligne { $line }, colonne « { $column } » : { $count ->
        [one] un caractère
       *[other] { $count } caractères
    }
queue-countdown-due-shop-days =
    dû dans { $days ->
        [one] 1 jour d’ouverture
       *[other] { $days } jours d’ouverture
    }
case-draft-restored = Ce que vous écriviez ici ({ $when }) est revenu.
case-draft-kept = Gardé sur ce poste pendant que vous tapez, même si la fenêtre se ferme.
case-draft-discard = Jeter le brouillon
search-did-you-mean = Aucun résultat. Vouliez-vous dire :
common-choice-pending = Pas encore enregistré : Entrée l’enregistre, Échap remet l’ancien
desk-notice-more =
    { $count ->
        [one] Encore un message : l’afficher
       *[other] Encore { $count } messages : afficher le suivant
    }
desk-notice-more-count = +{ $count }
common-staff-me = { $name } (moi)
common-when-today-mid = aujourd’hui { $time }
common-when-yesterday-mid = hier { $time }
common-date-invalid = « { $typed } » n’est pas une date. Écrivez-la comme { $example }.
common-date-keys = ↑ ↓ un jour de plus ou de moins
attach-size-reading = { $size } · lecture…
case-entry-left-out =
    { $count ->
        [one] « { $names } » a été refusé : il n’est pas joint. Il reste affiché dessous jusqu’à ce que vous le retiriez avec ×.
       *[other] { $count } fichiers refusés ne sont pas joints : { $names }. Ils restent affichés dessous jusqu’à ce que vous les retiriez avec ×.
    }
case-show-more = Afficher plus
case-show-less = Afficher moins
reports-group-first-response = Première réponse
reports-group-resolution = Résolution
reports-sub-median = Médiane
reports-sub-p90 = 90e centile
reports-sub-met = Dans l’objectif
reports-business-note = Les durées ne comptent que les heures d’ouverture de la boutique (minutes ouvrées).
tell-brief-part =
    { $part ->
        [their_words] Avec leurs mots
        [tried] Ce que nous avons essayé
        [promises] Promesses en cours
        [expectations] Ce qu’ils attendent
       *[complaints] Réclamations
    }
tell-brief-promise-line = { $text } — pour { $when }
tell-brief-promise-line-by = { $text } — pour { $when }, { $owner } s’en charge
attach-size-bytes =
    { $count ->
        [one] { $count } octet
       *[other] { $count } octets
    }
attach-size-kb = { $size } Ko
attach-size-mb = { $size } Mo
search-entries-label = Échanges de la conversation
common-range-to = au
attach-photo-alt = Photo : { $name }
attach-limit-unit = Mo
data-backups-auto-hint = Casebook sauvegarde automatiquement chaque jour tant qu’il tourne, et à la fermeture ; les sauvegardes sont rangées à côté de vos données.
data-columns-used = { $used } colonnes sur { $count } sont utilisées. Casebook a deviné d’après chaque en-tête et, quand l’en-tête ne lui dit rien, d’après les valeurs. Modifiez-les au besoin ; les colonnes réglées sur « { data-field-ignore } » sont ignorées.
outreach-sample-summary = { $count } choisis parmi ceux sans contact depuis { $days } (graine { $seed }) · { $called } appelés
outreach-total =
    { $count ->
        [one] 1 client, le plus longtemps silencieux en premier.
       *[other] { $count } clients, les plus longtemps silencieux en premier.
    }
outreach-cut-hint = { $shown } : augmentez le nombre de jours, ou tirez au hasard.
register-by = par
tell-promise-to-word = à
tell-promises-summary = { $total } en cours, la plus proche échéance en premier.
tell-promises-record-key = Enregistrez-en une depuis un dossier :
learn-causes-lead-only = Seul un chef d’équipe ou le propriétaire peut modifier la liste.
sync-url-local = Un serveur à 127.0.0.1 ou localhost ne sert que les postes de cet ordinateur. Les autres PC ont besoin de son adresse réseau (par exemple 192.168.1.20).
search-near-enter = (Entrée cherche le premier)
desk-whats-new-title = Nouveautés de Casebook { $version }
desk-whats-new-kept = Casebook est passé de la version { $previous } à la version { $version }. L’historique, les réglages et les pièces jointes de votre boutique ont été conservés et mis à jour.
desk-whats-new-kept-unknown = Casebook est passé à la version { $version }. L’historique, les réglages et les pièces jointes de votre boutique ont été conservés et mis à jour.
desk-whats-new-done = Compris
replies-placeholder-first-name = prénom
replies-placeholder-case-ref = référence du dossier
replies-placeholder-promise-due = échéance de la promesse
replies-placeholder-shop-name = nom de la boutique
replies-placeholder-hours-today = horaires d’aujourd’hui
replies-placeholder-my-name = votre nom
desk-menu-replies = Réponses enregistrées
replies-intro = Les réponses que la boutique donne toute la journée, avec ses mots et dans chaque langue où elle écrit. Dans une réponse, appuyez sur Ctrl+K (ou / en début de ligne) pour en insérer une, remplie d’après le dossier.
replies-search = Chercher une réponse enregistrée par nom ou par mots
replies-new = Nouvelle réponse enregistrée
replies-new-title = Nouvelle réponse enregistrée
replies-edit-title = Modifier « { $name } »
replies-name = Nom
replies-shop-mark = Réponse de la boutique : seul un propriétaire peut la modifier
replies-language = Langue
replies-has-text = a un texte
replies-text-in = La réponse en { $language }
replies-placeholders = Insérer :
replies-placeholders-hint = Un champ entre accolades est rempli d’après le dossier quand la réponse est utilisée. Ce qui ne peut pas l’être reste entre crochets, sélectionné pour que vous le saisissiez.
replies-save = Enregistrer la réponse
replies-saved-notice = Réponse « { $name } » enregistrée.
replies-shop-name = Nom de la boutique dans les réponses
replies-shop-name-save = Enregistrer le nom
replies-shop-name-hint = Ce que devient {"{"}nom de la boutique{"}"} dans chaque réponse enregistrée, sur chaque poste.
replies-shop-named-notice = Le nom de la boutique pour les réponses est enregistré.
replies-loading = Chargement des réponses enregistrées…
replies-none = Aucune réponse enregistrée pour l’instant.
replies-none-hint = Écrivez les réponses que vous donnez le plus, ou enregistrez-en une depuis une réponse que vous venez d’écrire.
replies-count = { $count } sur { $total } réponses enregistrées
replies-shop-pill = De la boutique
replies-uses =
    { $count ->
     [0] Pas encore utilisée
     [one] Utilisée une fois
    *[other] Utilisée { $count } fois
    }
replies-edit = Modifier
replies-remove = Supprimer
replies-remove-title = Supprimer « { $name } » ?
replies-remove-explain = Elle quitte la liste sur chaque poste. Les réponses déjà envoyées avec elle restent telles qu’envoyées.
replies-removed-notice = Réponse « { $name } » supprimée.
replies-picker-title = Insérer une réponse enregistrée
replies-picker-nothing = Aucune réponse enregistrée ne contient ces mots.
replies-picker-none = La boutique n’a pas encore de réponses enregistrées : ajoutez-en dans Boutique → Réponses enregistrées.
replies-picker-keys = ↑ ↓ pour choisir, Entrée pour insérer, Échap pour revenir.
replies-collision-title = Pendant que vous écriviez
replies-collision-by = { $names } a écrit sur ce dossier depuis que vous avez commencé. Lisez-le avant d’envoyer.
replies-collision-some =
    { $count ->
     [one] Quelque chose est arrivé sur ce dossier depuis que vous avez commencé. Lisez-le avant d’envoyer.
    *[other] { $count } choses sont arrivées sur ce dossier depuis que vous avez commencé. Lisez-les avant d’envoyer.
    }
replies-collision-edit = Modifier ma réponse
replies-collision-send = Envoyer quand même
replies-collision-discard = Abandonner la mienne
replies-gaps-left =
    { $count ->
     [one] Il vous reste un endroit entre crochets à remplir.
    *[other] Il vous reste { $count } endroits entre crochets à remplir.
    }
replies-composer-hint = Ctrl+K ou / en début de ligne : réponses enregistrées
replies-insert = Réponses enregistrées
replies-save-from-answer = Enregistrer comme réponse
case-profile-language = Écrit en
case-profile-language-hint = choisit la version d’une réponse enregistrée
case-profile-language-shop = La langue de la boutique
case-event-saved-reply-added = Réponse enregistrée « { $name } » ajoutée
case-event-saved-reply-edited = Réponse enregistrée modifiée
case-event-saved-reply-removed = Réponse enregistrée supprimée
case-event-saved-reply-used = Réponse enregistrée utilisée
case-event-shop-named = Nom de la boutique dans les réponses : { $name }
presence-viewing = { $name } au poste { $desk } a ce dossier ouvert
presence-writing = { $name } au poste { $desk } écrit une réponse
presence-here-short = { $name } au poste { $desk }
presence-writing-short = { $name } au poste { $desk } écrit
desk-shortcut-saved-replies = Dans une réponse : insérer une réponse enregistrée (ou / en début de ligne)
desk-whats-new-notes =
    Réponses enregistrées : les réponses de la boutique dans chaque langue, remplies d’après le dossier avec Ctrl+K dans une réponse.
    Voyez qui a un dossier ouvert à un autre poste, et qui écrit une réponse ; une réponse attend si un collègue a déjà répondu.
    Casebook s’installe comme toute autre application : des paquets pour Debian, Ubuntu, Fedora et openSUSE, avec la commande casebook pour le terminal.
    Une seule commande fait d’une machine Debian ou Ubuntu le serveur de la boutique : casebook server setup.
    Des codes d’accès personnels, et l’accord d’un propriétaire pour les outils du propriétaire.
case-event-case-renamed = Dossier renommé
case-rename = Renommer
case-rename-hint = Renommer ce dossier (F2)
case-rename-label = L’objet de ce dossier
desk-shortcut-case-rename = Sur un dossier : le renommer
