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
