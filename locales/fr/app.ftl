# Casebook : bibliothèque et coque, en français. Voir locales/en/app.ftl.

words-missing = Casebook n'a pas de mots pour ce message.

## Erreurs communes à toutes les parties

error-not-found = { $what ->
    [case] Le dossier
    [customer] Le client
    [event] L'événement
    [reply] La réponse
    [staff-member] Le membre de l'équipe
    [backup] La sauvegarde
    [promise] La promesse
    [complaint] La réclamation
    [desk] Le poste
    [file] Le fichier
    [attachment] La pièce jointe
    [entry] L'entrée
    [escalation] L'escalade
   *[other] L'élément
} « { $id } » est introuvable. Il a peut-être été mal saisi, ou l'écran n'est plus à jour : revenez en arrière et rouvrez-le.
error-bad-event = l'événement { $id } ne peut pas être appliqué : { $detail }
error-newer-schema = Cette base de données a été écrite par une version plus récente de Casebook (version de schéma { $found } ; cette version comprend jusqu'à { $supported }). Installez la version plus récente de Casebook pour l'ouvrir. Rien n'a été modifié.
error-not-casebook = { $path } n'est pas une base de données Casebook. Choisissez un fichier créé par Casebook. Rien n'a été modifié.
error-corrupt = La base de données Casebook est endommagée ({ $detail }). Fermez Casebook et restaurez la sauvegarde la plus récente.
error-already-open = Une autre copie de Casebook a déjà ouvert { $path }. Passez à cette fenêtre, ou fermez-la d'abord.
error-busy = La base de données est occupée par un autre programme. Attendez un instant et réessayez ; si cela se reproduit, fermez les autres programmes qui utilisent le fichier Casebook.
error-disk-full = Le disque est plein, rien n'a donc été enregistré. Libérez de la place et réessayez.
error-read-only = Le dossier de données de Casebook est en lecture seule, rien n'a donc été enregistré. Vérifiez les droits du dossier, ou lancez Casebook avec --db vers un dossier où vous pouvez écrire.
error-io = { $context } : { $detail }
error-storage = Erreur de stockage : { $detail }. Rien n'a été enregistré.
error-internal = Un problème est survenu dans Casebook ({ $detail }). Rien n'a été enregistré. Réessayez ; si cela se reproduit, redémarrez Casebook.
error-not-one-of = « { $value } » n'est pas une valeur valable pour { $kind ->
    [CallDirection] le sens de l'appel
    [EntryKind] le type d'entrée
    [CaseStatus] le statut du dossier
    [Priority] la priorité
    [Target] l'objectif
    [Channel] le canal
    [MatchField] le champ de recherche
    [OutboxStatus] l'état d'envoi
    [Noise] le type de courriel automatique
    [SentHow] le mode d'envoi
    [Security] la sécurité
    [StaffRole] le rôle
    [AlarmKind] le type d'alerte
    [ComplaintStatus] le statut de la réclamation
    [EscalationStatus] le statut de l'escalade
    [PromiseStatus] le statut d'une promesse
   *[other] ce champ
}. Utilisez l'une de ces valeurs : { $allowed }.
error-cases-page-position-valid-reload-list = La position dans la page n'est pas valable. Rechargez la liste depuis le début.
error-cases-page-position-valid-reload-timeline = La position dans la page n'est pas valable. Rechargez l'historique.
error-hours-time-use-24-hour-hh = { $day } : « { $text } » n'est pas une heure. Utilisez le format 24 heures HH:MM, par exemple 09:00 ou 17:30.
error-hours-date-use-yyyy-mm-dd = { $what } : « { $text } » n'est pas une date. Utilisez AAAA-MM-JJ, par exemple 2026-12-25.
error-hours-time-zone-casebook-knows-use = « { $time_zone } » n'est pas un fuseau horaire connu de Casebook. Utilisez un nom IANA comme Europe/Paris ou America/New_York.
error-hours-ends-before-starts-swap-times = { $day } : { $start }–{ $end } se termine avant de commencer. Inversez les heures, ou supprimez la plage.
error-hours-overlaps-make-them-one-interval = { $day } : { $value }–{ $value2 } chevauche { $value3 }–{ $value4 }. Faites-en une seule plage, ou déplacez-en une.
error-hours-calendar-has-no-open-hours = Le calendrier n'a aucune heure d'ouverture, rien ne pourrait donc jamais arriver à échéance. Ajoutez des heures d'ouverture pour au moins un jour.
error-hours-minutes-more-business-time-than = { $minute_ms } minutes, c'est plus de temps ouvré que Casebook ne regarde à l'avance ({ $value } ans des heures d'ouverture de ce calendrier). Indiquez une durée plus courte.
error-hours-calendar-has-no-open-hours-2 = Le calendrier n'a aucune heure d'ouverture dans les trois prochaines années : chaque jour est fermé ou férié.
error-hours-warn-between-1-minute-24 = Prévenez entre 1 minute et 24 heures avant une échéance, pas { $minutes } minutes.
error-hours-priority-target-minutes-target-must = Priorité { $label ->
    [urgent] urgente
    [high] haute
    [low] basse
   *[normal] normale
} : l'objectif de { $what ->
    [first_response] première réponse
    [next_response] réponse suivante
   *[resolution] résolution
} est de { $minutes } minutes. Un objectif doit être d'au moins 1 minute.
error-hours-priority-target-longer-than-year = Priorité { $label ->
    [urgent] urgente
    [high] haute
    [low] basse
   *[normal] normale
} : l'objectif de { $what ->
    [first_response] première réponse
    [next_response] réponse suivante
   *[resolution] résolution
} dépasse un an. Raccourcissez-le.
error-hours-these-settings-nothing-would-ever = Avec ces réglages, rien n'arriverait jamais à échéance : ajoutez des heures d'ouverture.
error-hours-ics-file-could-read-line = Le fichier .ics n'a pas pu être lu : ligne { $line } : { $why }. Rien n'a été importé ; vérifiez le fichier, ou exportez-le à nouveau depuis votre agenda.
error-customers-already-has-use-instead-confirm = { $name } a déjà { $what ->
    [email] cette adresse e-mail
   *[phone] ce numéro de téléphone
}. Utilisez plutôt { $name }, ou confirmez qu’il s’agit d’une autre personne.
error-mail-incoming-mail-server-refused = Le serveur de courrier entrant { $host } a refusé de { $doing } : « { $words } ».
error-mail-connection-incoming-mail-server-broke = La connexion au serveur de courrier entrant { $host } a été coupée en essayant de { $doing } ({ $io }).
error-mail-incoming-mail-server-closed-connection = Le serveur de courrier entrant { $host } a fermé la connexion en essayant de { $doing }.
error-mail-incoming-mail-server-gave-answer = Le serveur de courrier entrant { $host } a donné une réponse illisible pour Casebook en essayant de { $doing } ({ $other }).
error-mail-incoming-mail-server-did-accept = Le serveur de courrier entrant { $host } n'a pas accepté la connexion de { $username } (« { $words } »). Vérifiez le mot de passe ; beaucoup de fournisseurs demandent ici un mot de passe d'application, pas votre mot de passe habituel.
error-mail-incoming-mail-server-did-answer = Le serveur de courrier entrant { $host } n'a pas répondu à temps à la connexion.
error-mail-incoming-mail-server-did-greet = Le serveur de courrier entrant { $host } n'a pas salué : est-ce un serveur IMAP, sur le bon port ?
error-mail-reply-sent-already-sent-again = Cette réponse a déjà été envoyée ; elle ne sera pas renvoyée.
error-mail-certificate-authority-could-read = L'autorité de certification n'a pas pu être lue ({ $detail }).
error-mail-nobody-send = Personne à qui envoyer ({ $detail }).
error-mail-outgoing-mail-server-did-answer = Le serveur de courrier sortant { $host } n'a pas répondu.
error-mail-outgoing-mail-server-did-accept = Le serveur de courrier sortant { $host } n'a pas accepté la connexion ({ $text }). Vérifiez le mot de passe ; beaucoup de fournisseurs demandent ici un mot de passe d'application.
error-mail-email-address = « { $address } » n'est pas une adresse e-mail.
error-mail-give-server-s-name-such = Indiquez le nom du serveur de { $what }, par exemple mail.example.com.
error-mail-give-both-servers-ports-imap = Indiquez les ports des deux serveurs (IMAP 993, SMTP 465 ou 587).
error-mail-computer-so-connection-must-encrypted = { $host } n'est pas cet ordinateur, la connexion doit donc être chiffrée (TLS ou STARTTLS).
error-mail-give-desk-name-such-as = Donnez un nom à ce poste, par exemple « Comptoir ».
error-mail-certificate-authority-certificate-pem-form = L'autorité de certification n'est pas un certificat au format PEM (il commence par -----BEGIN CERTIFICATE-----). Collez le fichier entier que vous avez reçu.
error-mail-certificate-authority-could-used = L'autorité de certification n'a pas pu être utilisée ({ $detail }).
error-mail-server-name = « { $host } » n'est pas un nom de serveur.
error-mail-server-cannot-reached-check-server = Le serveur de { $what } { $host }:{ $port } est injoignable ({ $detail }). Vérifiez le nom et le port du serveur, ainsi que le réseau de cet ordinateur.
error-mail-server-did-answer-within-seconds = Le serveur de { $what } { $host }:{ $port } n'a pas répondu en { $value } secondes.
error-mail-server-did-finish-encrypting-connection = Le serveur de { $what } { $host } n'a pas fini de chiffrer la connexion à temps.
error-mail-server-s-certificate-does-match = Le certificat du serveur de { $what } ne correspond pas au nom { $host } ({ $text }). Vérifiez le nom du serveur : utilisez exactement le nom donné par votre fournisseur. Rien n'a été envoyé.
error-mail-server-showed-certificate-computer-does = Le serveur de { $what } { $host } a présenté un certificat auquel cet ordinateur ne fait pas confiance ({ $text }). Si la boutique a créé son propre certificat, ajoutez son autorité de certification dans les réglages.
error-mail-server-could-reached-securely = Le serveur de { $what } { $host } n'a pas pu être joint de façon sécurisée ({ $text }).
error-mail-shop-s-mail-handled-desk = Le courrier de la boutique est géré par le poste « { $desk_name } ». Relevez le courrier là-bas.
error-mail-shop-s-mail-handled-desk-2 = Le courrier de la boutique ({ $address }) est géré par le poste « { $desk_name } ». Déconnectez-le d'abord là-bas (ou ici, si ce poste n'existe plus), puis connectez-le sur ce poste.
error-search-date-range-ends-before-starts = La période se termine avant de commencer. Choisissez une fin après le début.
error-search-page-position-valid-search-again = La position dans la page n'est pas valable. Relancez la recherche depuis le début.
error-staff-no-longer-active-so-cannot = { $name } n'est plus actif et ne peut donc pas être responsable d'un dossier. Choisissez quelqu'un d'autre.
error-staff-chosen-owner-staff-list-pick = Le responsable choisi ne figure pas dans la liste de l'équipe. Choisissez quelqu'un d'autre.
error-staff-there-already-someone-called-staff = La liste de l'équipe contient déjà quelqu'un qui s'appelle { $name }. Ajoutez un nom de famille ou une initiale pour les distinguer.
error-staff-no-longer-active-staff-list = { $name } n'est plus actif dans la liste de l'équipe. Choisissez qui est au poste.
error-staff-cannot-ask-shift-lead-owner = { $name } ne peut pas { $what } : demandez à un chef d'équipe ou au propriétaire.
error-staff-only-active-staff-member-add = { $name } est le seul membre actif de l'équipe ; ajoutez d'abord quelqu'un d'autre.
error-staff-nobody-active-staff-list-called = Personne d'actif dans la liste de l'équipe ne s'appelle « { $wanted } ». Consultez la liste de l'équipe.
error-staff-could-type-more-name = « { $wanted } » peut désigner { $value }. Tapez une plus grande partie du nom.
error-staff-no-longer-active-staff-list-2 = { $name } n'est plus actif dans la liste de l'équipe. Choisissez quelqu'un d'autre.
error-staff-you-cannot-deactivate-yourself-while = Vous ne pouvez pas vous désactiver pendant que vous êtes au poste. Demandez à un collègue de le faire.
error-data-could-list-exports = Impossible de lister les exports dans { $dir }
error-data-could-write = Impossible d'écrire { $path }
error-data-could-read = Impossible de lire events.jsonl
error-data-could-read-2 = Impossible de lire { $path }
error-data-could-start-backup = Impossible de lancer la sauvegarde
error-data-could-read-backups-folder = Impossible de lire le dossier des sauvegardes { $dir }
error-data-name-backup-pick-one-from = « { $file_name } » n'est pas le nom d'une sauvegarde. Choisissez-en une dans la liste.
error-data-file-mb-casebook-imports-up = Le fichier fait { $value } Mo ; Casebook importe jusqu'à { $value2 } Mo à la fois. Découpez-le en fichiers plus petits.
error-data-casebook-could-tell-which-row = Casebook n'a pas pu déterminer quelle ligne contient les titres de colonnes. Choisissez-la parmi les premières lignes affichées.
error-data-file-has-columns-but-were-2 = Le fichier a { $headings } colonnes mais { $mapping } ont été associées. Relisez le fichier et choisissez un champ pour chaque colonne.
error-data-mapping-does-fit-file-s = L'association ne correspond pas aux colonnes du fichier.
error-data-no-column-taken-customer-s = Aucune colonne n'est retenue pour le nom du client. Choisissez la colonne (ou les colonnes prénom et nom) qui le contient.
error-data-file-has-headings-but-no = Le fichier a des titres mais aucune ligne. Rien à importer.
error-data-file-has-no-rows-choose = Le fichier n'a aucune ligne. Choisissez un tableur avec une ligne de titres et des données.
error-data-row-blank-file-pick-row = La ligne { $n } est vide ou absente du fichier. Choisissez la ligne qui contient les titres de colonnes.
error-tell-only-entry-about-customer-can = Seule une entrée concernant un client peut être épinglée comme fait clé.
error-tell-handoff-needs-someone-handing-off = Un relais a besoin de quelqu'un qui transmet : choisissez d'abord qui vous êtes.
error-tell-you-cannot-hand-case-yourself = Vous ne pouvez pas vous transmettre un dossier à vous-même. Choisissez un collègue.
error-tell-colleague-you-picked-staff-list = Le collègue choisi ne figure pas dans la liste de l'équipe.
error-tell-no-longer-active-so-cannot = { $name } n'est plus actif et ne peut donc pas reprendre un dossier. Choisissez quelqu'un d'autre.
error-tell-case-reopen-before-handing = Ce dossier est { $status ->
    [resolved] résolu
   *[closed] clos
}. Rouvrez-le avant de le transmettre à { $name }.
error-tell-brief-has-lines-keep-under = Le relais compte { $count } lignes ; restez sous { $brief_lines_max }.
error-tell-brief-empty-keep-drafted-lines = Le relais est vide. Gardez les lignes proposées ou écrivez ce que la personne suivante doit savoir.
error-tell-promise-must-fall-due-future = Une promesse doit arriver à échéance dans le futur, et { $value } est déjà passé. Choisissez un moment plus tardif.
error-tell-broken-promise-needs-recovery-note = Une promesse non tenue demande une note de rattrapage : écrivez ce que nous avons fait pour arranger les choses.
error-tell-period-ends-before-starts-pick = La période se termine avant de commencer. Choisissez une fin après le début.
error-tell-promise-already-closed-as-nothing = Cette promesse était déjà close comme { $status ->
    [kept] tenue
    [broken] non tenue
   *[open] ouverte
}. Rien n'a été modifié.
error-tell-entry-belongs-another-case-flag = Cette entrée appartient à un autre dossier. Signalez-la depuis son propre dossier.
error-tell-complaint-already-closed-nothing-changed = Cette réclamation était déjà close. Rien n'a été modifié.
error-sync-join-code-complete-mistyped-copy = Ce code d'adhésion est incomplet ou mal saisi. Copiez-le à nouveau depuis le premier poste.
error-sync-join-code-made-newer-casebook = Ce code d'adhésion vient d'une version plus récente de Casebook. Mettez Casebook à jour sur ce poste, puis rejoignez à nouveau.
error-sync-certificate-authority-could-used-check = L'autorité de certification n'a pas pu être utilisée ({ $detail }). Vérifiez qu'il s'agit bien du certificat de l'autorité, et non de la clé du serveur.
error-sync-server-address-has-no-host = L'adresse du serveur n'a pas de nom d'hôte. Saisissez le nom ou l'adresse IP du serveur.
error-sync-desk-id = « { $desk_id } » n'est pas un identifiant de poste.
error-sync-server-holds-different-event-id = Le serveur contient un autre événement avec l'identifiant { $id }. Rien n'a été envoyé ; ce poste garde sa propre copie. Prévenez la personne qui s'occupe du serveur de la boutique.
error-sync-casebook-could-set-up-tables = Casebook n'a pas pu créer ses tables sur le serveur { $at } (étape { $number } : { $value }). Rien n'a été modifié. Prévenez la personne qui s'occupe du serveur.
error-sync-server-address-casebook-can-use = Ce n'est pas une adresse de serveur utilisable par Casebook ({ $why }). Écrivez-la sous la forme postgres://utilisateur:motdepasse@hote:5432/base.
error-sync-give-new-desk-name-such = Donnez un nom au nouveau poste, par exemple « Comptoir 2 ».
error-sync-computer-has-no-password-store = Cet ordinateur n'a pas de coffre à mots de passe utilisable par Casebook ({ $detail }), le mot de passe du serveur de la boutique n'a donc pas pu être { $value }. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet ; sous Windows et macOS, connectez-vous normalement à votre compte. Puis réessayez.
error-sync-shop-s-server-cannot-reached = Le serveur de la boutique est injoignable.
error-sync-desk-already-connected-shop-s = Ce poste est déjà connecté au serveur de sa boutique. Rien n'a été modifié.
error-sync-desk-already-has-own-history = Ce poste a déjà son propre historique ({ $events } événements), il ne peut donc pas rejoindre une boutique. Rejoignez depuis un poste sans historique (lancez Casebook avec un nouveau dossier de données), ou exportez cet historique et importez-le sur le premier poste de la boutique. Le code d'adhésion n'a pas été utilisé.
error-sync-desk-cannot-revoke-itself-do = Un poste ne peut pas se révoquer lui-même. Faites-le depuis un autre poste.
error-attachments-does-name-stored-file = « { $hash } » ne désigne aucun fichier enregistré.
error-attachments-file-s-content-does-match = Le contenu du fichier ne correspond pas à son nom ({ $name }) : il a été abîmé en route.
error-attachments-could-erase = Impossible d'effacer { $path }
error-attachments-could-create = Impossible de créer { $dir }
error-attachments-empty-0-bytes-nothing-attached = « { $name } » est vide (0 octet). Rien n'a été joint.
error-attachments-mb-shop-accepts-files-up = « { $name } » fait { $value } Mo ; la boutique accepte les fichiers jusqu'à { $limit_mb } Mo. Réduisez-le (une photo en plus basse résolution, un PDF numérisé en gris), ou demandez au propriétaire de relever la limite.
error-attachments-files-attach-something-said-noted = Les fichiers se joignent à ce qui a été dit, noté, appelé ou vu dans un dossier.
error-attachments-write-what-customer-said-attach = Écrivez ce que le client a dit pour y joindre des fichiers.
error-attachments-kept-desk-any-more-attach = « { $value } » n'est plus conservé sur ce poste. Joignez-le à nouveau.
error-attachments-pick-limit-from-1-mb = Choisissez une limite entre 1 et { $max_limit_mb } Mo.
error-attachments-attachments-kept-beside-database-file = Les pièces jointes sont conservées à côté du fichier de la base ; cette base n'existe qu'en mémoire.
error-shop-event-has-no-clock-value = l'événement { $id } n'a pas de valeur d'horloge (hlc) ; il ne peut pas être mis en ordre
error-shop-event-must-say-kind = un événement doit indiquer son type ({ $detail })
error-shop-valid-event = pas un événement { $kind } valable ({ $detail })
error-shop-kind-event-casebook-knows-may = « { $kind } » n'est pas un type d'événement connu de ce Casebook ; il vient peut-être d'une version plus récente
error-learn-you-reached-customer-write-line = Vous avez joint le client : écrivez une ligne sur ce qui a été dit, pour que la personne suivante le sache.
error-learn-pick-between-1-3650-days = Choisissez entre 1 et 3650 jours sans contact, pas { $days }.
error-learn-ask-least-one-customer-call = Demandez au moins un client à appeler.
error-learn-you-asked-customers-but-only = Vous avez demandé { $count } clients, mais seuls { $pool } des { $customers } clients de la boutique n'ont pas été contactés ni appelés depuis { $days } jours. Demandez-en { $pool } ou moins, ou raccourcissez la période.
error-learn-score-outside-1-5 = une note de { $score } est hors de l'échelle 1 à 5
error-learn-list-twice-keep-one = « { $cause } » figure deux fois dans la liste. Gardez-en une.
error-learn-keep-least-one-root-cause = Gardez au moins une cause principale : chaque escalade doit en nommer une.
error-learn-list-has-root-causes-keep = La liste compte { $out } causes principales ; limitez-la à { $causes_max } ou moins.
error-learn-pick-root-cause-escalation = Choisissez la cause principale de cette escalade : { $value }.
error-learn-one-shop-s-root-causes = « { $cause } » n'est pas l'une des causes principales de la boutique. Choisissez parmi : { $value }.
error-learn-person-you-picked-staff-list = La personne choisie ne figure pas dans la liste de l'équipe.
error-learn-active-shift-lead-owner-escalate = { $name } n'est ni chef d'équipe actif ni propriétaire. Faites remonter à l'un d'eux.
error-learn-case-already-escalated-close-escalation = Ce dossier est déjà remonté à { $name }. Clôturez d'abord cette escalade, ou ajoutez une note au dossier.
error-learn-escalation-already-closed-nothing-changed = Cette escalade était déjà close. Rien n'a été modifié.
error-learn-date-date-write-as-yyyy = La date « { $text } » ({ $label }) n'est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par ex. 2026-11-01.
error-learn-report-ends-but-starts-pick = Le rapport se termine le { $to } mais commence le { $from }. Choisissez une date de fin égale ou postérieure au début.
error-learn-report-covers-most-ten-years = Un rapport couvre au plus dix ans. Choisissez une période plus courte.
error-learn-report-has-no-table = Le rapport { $name } n'a pas de tableau « { $table } ».
error-learn-could-create-reports-folder = Impossible de créer le dossier des rapports { $dir }
error-learn-could-save = Impossible d'enregistrer { $path }
error-learn-score-1-very-unhappy-5 = Une note va de 1 (très mécontent) à 5 (très satisfait), pas { $score }.
error-duplicates-these-already-one-customer-nothing = Il s'agit déjà d'un seul client. Rien n'a été modifié.
error-core-date-time-use-form-2026 = « { $text } » n'est pas une date et heure ({ $detail }). Utilisez la forme 2026-11-22T09:30:00+01:00.
error-core-empty-type-before-saving = { $label } est vide. Saisissez-le avant d'enregistrer.
error-core-contains-control-characters-retype-without = { $label } contient des caractères de contrôle. Saisissez-le à nouveau sans eux.
error-core-empty-write-before-saving = { $label } est vide. Écrivez-le avant d'enregistrer.
error-core-too-long-characters-limit-shorten = { $label } est trop long ({ $n } caractères ; la limite est { $max }). Raccourcissez-le, ou répartissez-le en deux entrées.
error-core-valid-email-address-check-example = « { $value } » n'est pas une adresse e-mail valable ({ $why }). Vérifiez-la, par exemple nom@exemple.fr.
error-core-valid-phone-number-use-digits = « { $value } » n'est pas un numéro de téléphone valable ({ $why }). Utilisez des chiffres, des espaces, + - ( ) ou ., par exemple +33 6 12 34 56 78.
error-core-customer-can-have-most-remove = Un client peut avoir au plus { $contacts_max } { $label } ; retirez-en.
error-core-event-must-name = un événement { $kind } doit indiquer son { $what }
error-core-could-create-data-folder = Impossible de créer le dossier de données { $dir }
error-core-could-open-database = Impossible d'ouvrir la base de données à { $path }
error-core-desk-already-has-own-history = Ce poste a déjà son propre historique ({ $events } événements), il ne peut donc pas rejoindre une boutique. Rejoignez depuis un poste sans historique (lancez Casebook avec un nouveau dossier de données), ou exportez cet historique et importez-le sur le premier poste de la boutique avant qu'il ne se connecte.
error-core-every-event-needs-id-desk = chaque événement a besoin d'un identifiant et du poste qui l'a écrit
error-core-could-start-database-worker = Impossible de démarrer le processus de la base de données
error-core-could-create = Impossible de créer { $lock_path }
error-core-could-lock = Impossible de verrouiller { $lock_path }
error-cli-report-format-use-text-csv = « { $other } » n'est pas un format de rapport. Utilisez text, csv ou json.
error-cli-already-exists-choose-new-file = { $file } existe déjà ; choisissez un nouveau nom de fichier.
error-cli-column-field-use-name-phone = « { $f } » n'est pas un champ de colonne. Utilisez name, phone, email, organisation, segment, notes, subject, channel, status, priority, opened, message ou ignore.
error-cli-problem-s-nothing-imported-fix = { $problem_count } problème(s) dans { $file } ; rien n'a été importé. Corrigez-les et réessayez : { $value }{ $value2 }
error-cli-could-start-mail-machinery = Impossible de démarrer le traitement du courrier
error-cli-mailbox-could-connected-see-above = La boîte mail n'a pas pu être connectée (voir ci-dessus).
error-cli-could-start-sync-machinery = Impossible de démarrer la synchronisation
error-cli-shop-has-no-staff-yet = La boutique n'a pas encore d'équipe.
error-cli-notes-were-never-acknowledged-server = { $acked } notes n'ont jamais été confirmées par le serveur
error-cli-future-things-already-happened = { $text } est dans le futur : --at sert à ce qui s'est déjà passé.
error-cli-say-who-acting-as-name = Indiquez qui agit avec --as NOM (voir `casebook staff list`).
error-cli-demo-speaks-en-nl-de = La démo parle en, nl, de, fr et es.
error-cli-negative-give-number-minutes-from = { $minutes } est négatif : indiquez un nombre de minutes à partir de 0.
error-cli-calendar-has-no-open-hours = Le calendrier n'a aucune heure d'ouverture dans les trois prochaines années.
error-mail-no-mailbox-connected-so-reply = Aucune boîte mail n'est connectée, cette réponse ne peut donc pas partir par courriel. Connectez la boîte mail de la boutique sur la page Boîte mail (menu Boutique), ou enregistrez la réponse comme appel ou note.
error-mail-customer-has-no-email-address = Ce client n'a pas d'adresse e-mail à laquelle répondre. Ajoutez-en une à son profil d'abord.
error-mail-no-mailbox-connected-connect-one = Aucune boîte mail n'est connectée. Connectez-en une avec `casebook mail connect` ou sur la page Boîte mail.
error-staff-person-desk-staff-list-pick = La personne au poste ne figure pas dans la liste de l'équipe. Choisissez qui vous êtes dans la liste de l'équipe.
error-staff-nobody-picked-as-being-desk = Personne n'a été choisi comme étant au poste. Choisissez d'abord qui vous êtes dans la liste de l'équipe.
error-sync-desk-connected-shop-s-server = Ce poste n'est pas encore connecté au serveur d'une boutique. Connectez-le sur la page Postes et synchronisation.
error-sync-owner-s-server-address-password = L'adresse et le mot de passe du serveur du propriétaire sont conservés sur le poste qui a créé la boutique. Faites-le là-bas, ou reconnectez-vous avec l'adresse du propriétaire.
error-shop-merge-effect-may-have-been = Cette fusion n'est pas en vigueur (elle a peut-être déjà été annulée, ici ou sur un autre poste). Rien n'a été modifié.
error-cli-desk-connected-shop-s-server = Ce poste n'est pas connecté au serveur d'une boutique. Connectez-le avec `casebook sync connect`, ou rejoignez avec `casebook sync join`.
error-sync-server-does-hold-desk-s = Ce serveur n'héberge pas la boutique de ce poste ({ $detail } sur { $at }). Vérifiez l'adresse du serveur dans les réglages de la boutique, ou rejoignez à nouveau avec un nouveau code d'adhésion du premier poste.
error-sync-shop-s-server-does-offer = Le serveur de la boutique { $at } ne propose pas de connexion chiffrée, et Casebook ne joint un serveur situé sur un autre ordinateur qu'en chiffré. Demandez à la personne qui s'occupe du serveur d'activer le chiffrement (ssl = on).
error-sync-shop-s-server-gave-answer = Le serveur de la boutique { $at } a donné une réponse que Casebook ne comprend pas ({ $value }). Rien n'a été modifié. Vérifiez que l'adresse est celle d'un serveur PostgreSQL, ou prévenez la personne qui s'en occupe.
error-sync-server-does-let-user-log = Le serveur { $at } ne laisse pas cet utilisateur se connecter. Utilisez l'adresse du propriétaire du serveur, ou demandez à la personne qui s'en occupe.
error-sync-server-does-accept-connections-from = Le serveur { $at } n'accepte pas les connexions de cet ordinateur ({ $message }). Demandez à la personne qui s'occupe du serveur d'autoriser cet ordinateur, puis réessayez.
error-sync-server-has-no-such-database = Le serveur { $at } n'a pas cette base de données ({ $message }). Vérifiez le nom de la base dans l'adresse du serveur.
error-sync-shop-s-server-refused-nothing = Le serveur de la boutique { $at } a refusé ({ $message }). Rien n'a été modifié. Si cela se reproduit, prévenez la personne qui s'occupe du serveur.
error-sync-shop-s-server-showed-certificate = Le serveur de la boutique { $at } a présenté un certificat qui ne correspond pas ({ $value }). Casebook ne s'est pas connecté, pour protéger les données de la boutique. Si le certificat du serveur a changé, saisissez son autorité de certification dans les réglages de la boutique ; sinon, prévenez la personne qui s'occupe du serveur.
error-sync-encrypted-connection-shop-s-server = Une connexion chiffrée au serveur de la boutique { $at } n'a pas pu être établie ({ $other }). Casebook ne s'est pas connecté. Prévenez la personne qui s'occupe du serveur.
error-mail-address-mail-server-accepts = « { $text } » n'est pas une adresse acceptée par un serveur de courrier ({ $detail }).
error-mail-outgoing-mail-server-did-accept-2 = Le serveur de courrier sortant { $host } n'a pas accepté la connexion ({ $text }). Vérifiez le mot de passe du courrier sur la page Boîte mail.
error-mail-outgoing-mail-server-refused = Le serveur de courrier sortant { $host } l'a refusé : { $text }
error-mail-outgoing-mail-server-said-try = Le serveur de courrier sortant { $host } demande de réessayer plus tard : { $text }
error-mail-outgoing-mail-server-could-reached = Le serveur de courrier sortant { $host } n'a pas pu être joint de façon sécurisée ({ $text }). Vérifiez son nom et son certificat.
error-mail-outgoing-mail-server-cannot-reached = Le serveur de courrier sortant { $host } est injoignable ({ $text }).
error-mail-reply-has-nobody-go = La réponse n'a aucun destinataire ({ $detail }).
error-data-could-create-folder = Impossible de créer le dossier { $parent }
error-data-could-create = Impossible de créer { $partial }
error-data-could-finish = Impossible de terminer { $folder }
error-data-could-write-2 = Impossible d'écrire { $events_path }
error-data-valid-json-casebook-export-folder = manifest.json n'est pas un JSON valable ({ $detail }). Est-ce bien un dossier d'export Casebook ?
error-data-does-describe-casebook-export-choose = manifest.json ne décrit pas un export Casebook. Choisissez le dossier que Casebook a exporté.
error-data-export-written-newer-casebook-format = Cet export a été écrit par une version plus récente de Casebook (format { $version } ; celle-ci lit jusqu'à { $format_version }). Installez la version plus récente pour l'importer. Rien n'a été modifié.
error-data-damaged = manifest.json est endommagé ({ $detail }).
error-data-has-calendar-cannot-used = manifest.json contient un calendrier inutilisable : { $detail }
error-data-has-targets-cannot-used = manifest.json contient des objectifs inutilisables : { $detail }
error-data-line-longer-than-bytes = la ligne dépasse { $max_line_bytes } octets
error-data-line-utf-8-text = la ligne n'est pas du texte UTF-8
error-data-event = pas un événement ({ $detail })
error-data-event-needs-id-desk-wrote = un événement a besoin d'un identifiant et du poste qui l'a écrit
error-data-has-problems-so-nothing-imported = events.jsonl présente des problèmes, rien n'a donc été importé : { $value }
error-data-missing-choose-folder-casebook-exported = { $path } est manquant. Choisissez un dossier exporté par Casebook (il contient manifest.json et events.jsonl).
error-data-could-read-3 = Impossible de lire { $manifest_path }
error-data-holds-events-but-export-recorded = events.jsonl contient { $found } événements mais l'export en a enregistré { $events } : la copie est incomplète. Exportez à nouveau, ou copiez le dossier entier. Rien n'a été importé.
error-data-folder-holds-files-but-export = Le dossier attachments contient { $names } fichiers mais l'export en a enregistré { $files } : la copie est incomplète. Exportez à nouveau, ou copiez le dossier entier. Rien n'a été importé.
error-data-file-cannot-used-nothing-imported = Un fichier de attachments est inutilisable ({ $detail }). Rien n'a été importé.
error-data-line = events.jsonl ligne { $line } : { $detail }
error-data-line-nothing-imported = events.jsonl ligne { $line } : { $message }. Rien n'a été importé.
error-data-nothing-imported = events.jsonl : { $detail }. Rien n'a été importé.
error-data-lines-nothing-imported = events.jsonl lignes { $first_line } à { $line } : { $detail }. Rien n'a été importé.
error-data-file-did-arrive-whole-choose = Le fichier n'est pas arrivé entier. Choisissez-le à nouveau.
error-data-file-empty-choose-spreadsheet-heading = Le fichier est vide. Choisissez un tableur avec une ligne de titres et des données.
error-data-spreadsheet-choose-csv-xlsx-ods = { $value } est { $what }, pas un tableur. Choisissez un fichier .csv, .xlsx ou .ods.
error-data-compressed-file-but-workbook-casebook = { $value } est un fichier compressé mais pas un classeur lisible par Casebook. Enregistrez-le en .xlsx, .ods ou .csv et réessayez.
error-data-workbook-has-no-sheet-sheets = Le classeur n'a pas de feuille « { $wanted } ». Ses feuilles sont : { $value }.
error-data-workbook-has-no-sheets = Le classeur n'a aucune feuille.
error-data-sheet-could-read = La feuille « { $sheet } » n'a pas pu être lue ({ $detail }).
error-data-sheet-has-rows-columns-more = La feuille « { $sheet } » a { $height } lignes et { $width } colonnes, plus que Casebook n'en lit à la fois. Découpez-la.
error-data-encoding-casebook-knows-choose-one = « { $label } » n'est pas un encodage connu de Casebook. Choisissez-en un dans la liste.
error-data-file-does-read-as-text = Le fichier ne se lit pas comme du texte { $value } : certains caractères apparaîtraient comme �. Choisissez l'encodage dans lequel le fichier a été enregistré.
error-data-file-text-spreadsheet-saved-holds = Ce fichier n'est pas du texte enregistré par un tableur : il contient des données binaires. Choisissez un fichier .csv, .xlsx ou .ods.
error-attachments-could-create-2 = Impossible de créer { $folder }
error-attachments-could-write = Impossible d'écrire { $temp }
error-attachments-could-keep = Impossible de conserver { $path }
error-attachments-could-flush = Impossible d'écrire { $dir } sur le disque
error-data-could-read-backup = Impossible de lire la sauvegarde { $path }
error-data-could-write-backup = Impossible d'écrire la sauvegarde { $target }
error-data-could-create-backups-folder = Impossible de créer le dossier des sauvegardes { $dir }
error-data-could-keep-backup = Impossible de conserver la sauvegarde { $target }
error-sync-shop-s-server-cannot-reached-2 = Le serveur de la boutique { $at } est injoignable ({ $why }). Ce poste continue de travailler et enverra son travail quand le serveur sera de retour.
error-sync-server-cannot-reached-check-server = Le serveur { $at } est injoignable ({ $why }). Vérifiez l'adresse du serveur et qu'il fonctionne, puis réessayez.
error-sync-shop-s-server-cannot-reached-3 = Le serveur de la boutique { $at } est injoignable ({ $why }). Vérifiez que cet ordinateur est sur le réseau de la boutique et que le serveur fonctionne, puis réessayez le code d'adhésion.
error-sync-shop-s-server-does-accept = Le serveur de la boutique { $at } n'accepte pas le mot de passe de ce poste. Le poste a peut-être été réinstallé sur un autre ordinateur. Demandez un nouveau code d'adhésion au premier poste et rejoignez à nouveau.
error-sync-server-does-accept-user-name = Le serveur { $at } n'accepte pas ce nom d'utilisateur et ce mot de passe. Vérifiez l'adresse du serveur du propriétaire (la partie avant le @), puis réessayez.
error-sync-join-code-already-used-withdrawn = Ce code d'adhésion a déjà été utilisé, ou il a été retiré : le serveur ne l'accepte plus. Un code d'adhésion ne sert qu'une fois. Demandez-en un nouveau au premier poste.
error-sync-user-owner-s-server-address = L'utilisateur de l'adresse du serveur du propriétaire n'a pas le droit de faire cela sur { $at } ({ $message }). Il doit pouvoir créer des rôles et des tables : utilisez l'adresse du propriétaire du serveur.
error-sync-shop-s-server-refused-desk = Le serveur de la boutique { $at } a refusé ce poste ({ $message }). Son accès a peut-être été retiré, ou ce n'est pas un poste de cette boutique. Rien n'a été modifié. Demandez un nouveau code d'adhésion au premier poste.
error-sync-signed-authority-computer-trusts = il n'est pas signé par une autorité à laquelle cet ordinateur fait confiance
error-sync-has-expired = il a expiré
error-sync-revoked = il a été révoqué
error-sync-nothing-answers-address-port = rien ne répond à cette adresse et ce port
error-sync-no-answer-time = pas de réponse à temps
error-sync-network-does-reach = le réseau ne l'atteint pas
error-hours-calendar-file-names-which-part = Le fichier de calendrier mentionne « { $name } », qui ne fait pas partie d'un calendrier (les jours s'écrivent monday à sunday, en minuscules ; voir le README). Rien n'a été modifié.
error-hours-calendar-file-valid-see-readme = Le fichier de calendrier n'est pas valable ({ $detail }). Voir le README pour la forme attendue.
error-core-could-find-user-data-folder = Impossible de trouver le dossier de données de l'utilisateur
error-mail-problem = { $message }
error-sync-join-code-already-used-join = Ce code d'adhésion a déjà servi à faire rejoindre un poste. Un code d'adhésion ne sert qu'une fois : demandez-en un nouveau au premier poste.
error-sync-shop-s-server-holds-event = Le serveur de la boutique contient un événement que ce Casebook ne sait pas lire (événement { $id } : { $detail }). Un autre poste utilise peut-être une version plus récente : mettez Casebook à jour sur ce poste.
error-sync-server-does-hold-shop-check = Ce serveur n'héberge pas la boutique { $shop_id } ({ $at }). Vérifiez l'adresse du serveur, ou installez la boutique sur ce serveur depuis son premier poste.
error-sync-desk-already-belongs-another-shop = Ce poste appartient déjà à une autre boutique sur le serveur { $at }. Rien n'a été modifié.
error-sync-server-set-up-newer-casebook = Ce serveur a été installé par une version plus récente de Casebook (schéma serveur { $found }, ce poste connaît jusqu'à { $server_schema }). Mettez Casebook à jour sur ce poste.
error-demo-shop-not-empty = Cette base de données contient déjà une boutique ({ $staff } membres de l'équipe, { $customers } clients). La boutique de démonstration ne peut être chargée que dans une base vide ; choisissez un nouveau fichier avec --db.
error-demo-no-customers = Demandez au moins un client.

## La coque (src-tauri/src)

shell-no-program-opened = Aucun programme de cet ordinateur n'a ouvert { $path } ({ $detail }). Ouvrez-le plutôt depuis le gestionnaire de fichiers.
shell-file-could-run-program = « { $name } » pourrait lancer un programme sur cet ordinateur. Ne l'ouvrez que si vous lui faites confiance.
shell-file-not-whole = Le fichier n'est pas arrivé entier ({ $detail }). Joignez-le à nouveau.
shell-request-not-understood = La demande n'a pas été comprise ({ $detail }). Rien n'a été modifié.
shell-command-panicked = Un problème est survenu dans Casebook. Rien n'a été enregistré. Réessayez ; si cela se reproduit, redémarrez Casebook.
shell-request-not-json = La demande n'a pas été comprise (ce n'était pas du JSON). Rien n'a été modifié.
shell-title = { $overdue ->
    [0] Casebook
   *[other] Casebook — { $overdue } en retard
}
shell-tray-open = Ouvrir Casebook
shell-tray-quit = Quitter Casebook
shell-notifications-broken = Les notifications du bureau ne fonctionnent pas ({ $detail }). Les dossiers en retard restent visibles dans la file et dans le titre de la fenêtre.
notify-open-case = Ouvrir le dossier

## Ce que seuls un chef d'équipe ou le propriétaire peuvent faire : complète « … ne peut pas { $what } »

lead-change-hours = modifier les heures d'ouverture, les jours fériés ou les objectifs de réponse
lead-connect-mailbox = connecter la boîte mail de la boutique
lead-disconnect-mailbox = déconnecter la boîte mail de la boutique
lead-connect-server = connecter ce poste au serveur de la boutique
lead-add-desk = ajouter un poste à la boutique
lead-revoke-desk = révoquer un poste
lead-change-file-limit = modifier la taille maximale des fichiers acceptés par la boutique
lead-change-root-causes = modifier la liste des causes principales
lead-close-escalation = clôturer une escalade

## Le nom d'un champ saisi dans les messages

label-a-line-of-the-brief = Une ligne du relais
label-a-root-cause = Une cause principale
label-a-section-title = Un titre de section
label-customer-name = Le nom du client
label-message = Le message
label-name = Le nom
label-notes = Les notes
label-organisation = L'organisation
label-segment = Le segment
label-subject = L'objet
label-the-customers-comment = Le commentaire du client
label-the-handover-note = La note de relais
label-the-reason-for-erasing = La raison de l'effacement
label-the-reply = La réponse
label-what-happened = Ce qui s'est passé
label-what-the-complaint-is-about = L'objet de la réclamation
label-what-was-promised = Ce qui a été promis
label-what-was-said = Ce qui a été dit
label-what-we-changed = Ce que nous avons changé
label-phone-numbers = numéros de téléphone
label-email-addresses = adresses e-mail

## Pourquoi une adresse e-mail ou un numéro n'en est pas un

why-it-is-empty = elle est vide
why-it-is-longer-than-254-characters = elle dépasse 254 caractères
why-it-contains-a-space = elle contient une espace
why-it-has-no = il manque le @
why-it-has-more-than-one = elle contient plus d'un @
why-nothing-before-the = rien avant le @
why-the-part-after-the-needs-a-dot-like-exam = la partie après le @ doit contenir un point, comme exemple.fr
why-the-part-after-the-has-a-misplaced-dot = la partie après le @ a un point mal placé
why-the-part-before-the-has-a-misplaced-dot = la partie avant le @ a un point mal placé
why-a-can-only-come-first = un + ne peut venir qu'en premier
why-it-has-fewer-than-6-digits = il a moins de 6 chiffres
why-it-has-more-than-17-digits = il a plus de 17 chiffres
why-phone-contains = il contient « { $c } »

## La ligne de commande

cli-could-not-write-output = Impossible d'écrire la sortie
cli-demo-loaded = Boutique de démonstration chargée : { $staff } membres de l'équipe, { $customers } clients, { $cases } dossiers, { $events } événements.

## Langue et format de la boutique

error-locale-unknown-language = « { $language } » n'est pas une langue que parle Casebook. Choisissez parmi : en (English), nl (Nederlands), de (Deutsch), fr (Français), es (Español).
error-locale-bad-region = « { $region } » n'est pas un paramètre régional. Écrivez-le sous la forme langue-pays, comme fr-FR, fr-BE, fr-CH ou en-GB.

## Notifications du bureau

notify-target = { $target ->
    [first_response] une première réponse
    [next_response] une réponse
    [resolution] la résolution du dossier
   *[promise] ce que nous avons promis
}
notify-owner = Responsable : { $owner }.
notify-promise-keeper = { $owner } s'en charge.
notify-case-of = { $subject } ({ $customer })
notify-closed-summary = { $count ->
    [one] { $count } dossier est passé en retard pendant que Casebook était fermé
   *[other] { $count } dossiers sont passés en retard pendant que Casebook était fermé
}
notify-closed-body = { $more ->
    [0] { $names }. Ouvrez la file pour les voir.
   *[other] { $names } et { $more } autres. Ouvrez la file pour les voir.
}
notify-flood-summary = { $count } dossiers demandent votre attention
notify-flood-body = { $soon ->
    [0] { $overdue } en retard
   *[other] { $overdue ->
        [0] { $soon } bientôt à échéance
       *[other] { $overdue } en retard, { $soon } bientôt à échéance
    }
}. Ouvrez la file pour les voir.
notify-promise-overdue-summary = Promesse en retard : { $promise }
notify-promise-overdue-body = Promis à { $customer } pour { $time } ({ $subject }).
notify-promise-due-summary = Promesse à { $time } : { $promise }
notify-promise-due-body = Promis à { $customer } ({ $subject }).
notify-overdue-summary = En retard : { $subject }
notify-overdue-body = { $customer } attend { $target ->
    [first_response] une première réponse
    [next_response] une réponse
    [resolution] la résolution du dossier
   *[promise] ce que nous avons promis
} depuis { $time }.
notify-due-soon-summary = À { $time } : { $subject }
notify-due-soon-body = { $customer } attend { $target ->
    [first_response] une première réponse
    [next_response] une réponse
    [resolution] la résolution du dossier
   *[promise] ce que nous avons promis
} pour { $time }.
notify-a-colleague = Un collègue
notify-handoff-to-you = { $from } vous a transmis : { $subject }
notify-handoff = { $from } a transmis à { $to } : { $subject }
notify-handoff-note = { $customer }. { $note }
notify-handoff-no-note = { $customer }. Le relais est en haut du dossier.

## Le relais proposé (chaque ligne reste modifiable)

brief-their-words = Avec leurs mots
brief-tried = Ce que nous avons essayé
brief-promises = Promesses en cours
brief-expectations = Ce qu'ils attendent
brief-complaints = Réclamations
brief-first-message = « { $text } » ({ $when })
brief-pinned = Épinglé : { $text }
brief-latest = Dernier message : « { $text } » ({ $when })
brief-earlier = { $count ->
    [one] …et { $count } entrée plus ancienne dans l'historique.
   *[other] …et { $count } entrées plus anciennes dans l'historique.
}
brief-someone = Quelqu'un
brief-tried-line = { $who } { $what ->
    [reply] a répondu
    [note] a noté
    [call_in] a pris un appel
    [call_out] a appelé
   *[visit] a reçu le client
} ({ $when }) : { $text }
brief-promise = { $text } — pour { $when }{ $late ->
    [yes] { " — EN RETARD" }
   *[no] {""}
}
brief-promise-kept-by = { $text } — pour { $when }, { $owner } s'en charge{ $late ->
    [yes] { " — EN RETARD" }
   *[no] {""}
}
brief-expectation = { $label ->
    [never] Jamais
    [always] Toujours
    [recovery] Si nous nous trompons
    [channel] Préfère être contacté
    [hours] Meilleur moment pour le joindre
    [turnaround] Attend une réponse sous
   *[notes] Notes
} : { $text }
brief-channel = { $channel ->
    [walk_in] en personne
    [phone] par téléphone
    [email] par e-mail
    [chat] par chat
   *[other] autrement
}
brief-complaint-open = { $summary } (ouverte, depuis { $when }, sur « { $subject } »)
brief-complaint-closed = { $summary } (close)
brief-complaint-closed-changed = { $summary } (close ; nous avons changé : { $changed })

## Rapports : titres, en-têtes de colonnes (aussi dans le CSV), constats

report-table-first-response-and-resolution-by-customer-segmen = Première réponse et résolution par segment de clientèle
report-table-response-targets-met-by-when-the-case-was-opened = Objectifs de réponse atteints, selon la date d'ouverture du dossier
report-column-segment = Segment
report-column-cases = Dossiers
report-column-first-response-median-business-min = Première réponse, médiane (min ouvrées)
report-column-first-response-90th-percentile-business-min = Première réponse, 90e centile (min ouvrées)
report-column-first-response-within-target-percent = Première réponse dans l'objectif (%)
report-column-resolution-median-business-min = Résolution, médiane (min ouvrées)
report-column-resolution-90th-percentile-business-min = Résolution, 90e centile (min ouvrées)
report-column-resolution-within-target-percent = Résolution dans l'objectif (%)
report-column-period-starting = Période commençant le
report-column-cases-opened = Dossiers ouverts
report-title-fairness-how-long-each-kind-of-customer-waits = Équité : combien de temps attend chaque type de client
report-title-response-targets-met-over-time = Objectifs de réponse atteints dans le temps
report-table-promises-by-the-day-they-fell-due = Promesses par jour d'échéance
report-table-escalations-closed-what-changed = Escalades closes : ce qui a changé
report-table-escalations-by-root-cause = Escalades par cause principale
report-table-complaints-closed-what-we-changed = Réclamations closes : ce que nous avons changé
report-table-complaints-opened-and-closed = Réclamations ouvertes et closes
report-table-satisfaction-over-time = Satisfaction dans le temps
report-table-scores-given = Notes données
report-column-kept = Tenues
report-column-broken = Non tenues
report-column-open-and-past-due = Ouvertes et échues
report-column-kept-percent = Tenues (%)
report-column-opened = Ouverte le
report-column-root-cause = Cause principale
report-column-case = Dossier
report-column-what-happened = Ce qui s'est passé
report-column-what-changed = Ce qui a changé
report-column-escalations = Escalades
report-column-still-open = Encore ouvertes
report-column-closed = Closes
report-column-customer = Client
report-column-complaint = Réclamation
report-column-what-we-changed = Ce que nous avons changé
report-column-customer-told = Client informé
report-column-scores = Notes
report-column-average-1-5 = Moyenne (1–5)
report-column-4-or-5-percent = 4 ou 5 (%)
report-column-score = Note
report-column-times-given = Nombre de fois
report-title-promises-kept = Promesses tenues
report-title-escalations-by-root-cause = Escalades par cause principale
report-title-complaints-opened-and-closed = Réclamations ouvertes et closes
report-title-satisfaction = Satisfaction
report-customers-without-segment = les clients sans segment
report-segment-customers = les clients { $segment }
report-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
report-row-no-segment = (sans segment)
report-row-all-customers = Tous les clients
report-yes = oui
report-no = non
report-fairness-waits-longer = { $segments } attendent { $ratio } fois plus longtemps { $measure ->
    [first] une première réponse
   *[resolution] une résolution
} que { $quickest } (médiane { $median } contre { $quickest_median }).
report-fairness-fewer-within-target = Seuls { $rate } % de { $segments } ont obtenu { $measure ->
    [first] une première réponse
   *[resolution] une résolution
} dans l'objectif, contre { $best_rate } % de { $best }.
report-fairness-all-alike = Aucun segment n'attend nettement plus qu'un autre : chaque médiane reste sous { $ratio } fois la plus rapide, et chaque part dans l'objectif à moins de { $points } points de la meilleure.
report-fairness-too-few = Trop peu de dossiers pour comparer les segments : chacun a besoin d'au moins { $min } dossiers avec réponse sur la période.
report-attainment-unknown = Aucun dossier ouvert sur cette période n'a encore de résultat connu.
report-attainment = Sur { $cases } dossiers ouverts, { $first ->
    [none] aucune
   *[other] { $first } %
} des premières réponses et { $resolution ->
    [none] aucune
   *[other] { $resolution } %
} des résolutions étaient dans l'objectif.
report-promises-kept = { $kept } des { $closed } promesses échues sur cette période ont été tenues ({ $rate } %).
report-promises-none = Aucune promesse échue sur cette période n'a encore été tenue ou manquée.
report-promises-overdue = { $count ->
    [one] { $count } promesse est échue et encore ouverte : tenez-la ou notez comment nous avons rattrapé la situation.
   *[other] { $count } promesses sont échues et encore ouvertes : tenez-les ou notez comment nous avons rattrapé la situation.
}
report-escalations-top = { $total ->
    [one] { $total } escalade
   *[other] { $total } escalades
} ; la cause principale la plus fréquente était { $cause } ({ $count } sur { $total }).
report-escalations-none = Aucun dossier n'a été remonté sur cette période.
report-escalations-open = { $open ->
    [one] { $open } est encore ouverte : clôturez-la avec ce qui a changé pour que cela ne se reproduise pas.
   *[other] { $open } sont encore ouvertes : clôturez chacune avec ce qui a changé pour que cela ne se reproduise pas.
}
report-complaints = { $opened ->
    [one] { $opened } réclamation ouverte
   *[other] { $opened } réclamations ouvertes
} et { $closed } closes sur cette période.
report-complaints-told = Le client a été informé de ce que nous avons changé pour { $told } des { $closed } closes.
report-complaints-open = { $open ->
    [one] { $open } réclamation est ouverte aujourd'hui.
   *[other] { $open } réclamations sont ouvertes aujourd'hui.
}
report-satisfaction = Note moyenne { $average } sur { $count } clients ; { $happy } % ont donné 4 ou 5.
report-satisfaction-none = Aucune note n'a été enregistrée sur cette période.

## Ce que Casebook faisait avec le serveur de courrier entrant

imap-doing-starttls = démarrer le chiffrement (STARTTLS)
imap-doing-sign-in = se connecter
imap-doing-open-folder = ouvrir le dossier { $folder }
imap-doing-list-new = lister les nouveaux messages
imap-doing-fetch = récupérer les messages
imap-doing-list-folders = lister les dossiers
imap-doing-idle = attendre le nouveau courrier
imap-doing-stop-idle = arrêter d'attendre
mail-server-incoming = courrier entrant (IMAP)
mail-server-in = courrier entrant (IMAP)
mail-server-out = courrier sortant (SMTP)

cli-at-desk = { $name } est au poste.
cli-staff-added = { $name } ajouté ({ $role ->
    [owner] propriétaire
    [lead] chef d'équipe
   *[staff] équipe
}) sous { $id }.
cli-no-customer-matches = Aucun client ne correspond à « { $query } ».
cli-customer-added = Client { $name } ajouté sous { $id }.
cli-case-opened = Dossier { $id } ouvert pour { $customer } : { $subject }
cli-queue-empty = La file est vide : aucun dossier ouvert.
cli-overdue = en retard de { $by }
cli-due-in = échéance dans { $within }
cli-waiting-on-customer = en attente du client

cli-backed-up = Sauvegardé et vérifié : { $path }
cli-no-backups = Pas encore de sauvegarde dans { $dir }.
cli-database-intact = La base de données est intacte.
cli-database-damaged = La base de données est endommagée : { $detail }. Restaurez la dernière sauvegarde.
cli-files-checked = { $count } fichiers joints vérifiés.
cli-calendar-saved = Calendrier enregistré ; l'échéance de chaque dossier ouvert le suit désormais.
cli-holidays-imported = { $count } jours fériés importés.
cli-reply-waits = La réponse attend dans la boîte d'envoi ({ $id }).
cli-reply-retried = La réponse sera réessayée.
cli-outbox-empty = Rien n'attend d'être envoyé.
cli-no-mailbox = Aucune boîte mail n'est connectée.
cli-mailbox-connected = Connecté : ce poste relève et envoie le courrier de la boutique.
cli-mailbox-not-connected = Non connecté.
cli-mail-checked = { $fetched } relevés : { $new } nouveaux, { $already } déjà présents, { $copies } copies de nos réponses. { $sent } envoyés, { $failed } en échec, { $refused } refusés (non envoyés).
cli-mailbox-disconnected = La boîte mail de la boutique est déconnectée.
cli-sync-alone = Non connecté : ce poste fonctionne seul.
cli-sync-connecting = Connexion au serveur de la boutique…
cli-sync-in-sync = Synchronisé.
cli-sync-sending = Envoi de { $waiting }…
cli-sync-receiving = Réception : { $received } jusqu'ici…
cli-sync-offline = Hors ligne depuis { $since }, { $waiting } en attente d'envoi. { $reason }
cli-sync-problem = Problème : { $message }
cli-join-code = Code d'adhésion pour { $desk } (valable une fois ; gardez-le pour vous) :
cli-joined = { $shop } rejoint comme poste à part entière ; { $events } événements reçus.
cli-synced = { $sent } envoyés, { $received } reçus.
cli-desk-revoked = Le poste { $id } ne peut plus joindre le serveur de la boutique.

## Tester la boîte mail de la boutique, étape par étape

mail-test-no-password = Saisissez le mot de passe de la boîte mail (un mot de passe d'application, chez la plupart des fournisseurs).
mail-test-imap-signed-in = Courrier entrant : connecté à { $host }:{ $port } en tant que { $user }.
mail-test-inbox = { $count ->
    [one] La boîte de réception contient { $count } message.
   *[other] La boîte de réception contient { $count } messages.
}
mail-test-idle = Le nouveau courrier apparaît en quelques secondes : le serveur prévient Casebook dès son arrivée.
mail-test-polls = Le serveur ne peut pas prévenir Casebook de l'arrivée du courrier, il regarde donc toutes les { $minutes } minutes (et sur Relever maintenant).
mail-test-imap-failed = Courrier entrant : { $detail }
mail-test-smtp-signed-in = Courrier sortant : connecté à { $host }:{ $port } pour envoyer les réponses.
mail-test-smtp-failed = Courrier sortant : { $detail }
error-shop-event-names-unknown-customer = il concerne le client { $id }, que cet historique n'a jamais ajouté
error-shop-event-names-unknown-case = il concerne le dossier { $id }, que l'historique de ce client n'a jamais ouvert
error-core-event-names-unknown-record = il nomme { $id } dans { $table }, qui n'appartient pas à ce client
error-tell-pinned-entry-unknown = il épingle l'entrée { $event_id }, qui n'est pas dans l'historique de ce client
error-attachments-entry-unknown = il joint des fichiers à l'entrée { $entry_id }, qui n'est pas dans l'historique de ce client
error-customers-event-without-name = un nouveau client sans nom
error-sync-gate-clock-ahead = L'horloge de ce poste avance sur celle du serveur de la boutique : le serveur n'a pas encore pris son dernier travail. Le poste lui donne de nouvelles valeurs d'horloge et le renvoie de lui-même ; réglez la date et l'heure de cet ordinateur pour en être sûr.
error-sync-gate-rate = Ce poste a envoyé plus d'événements que le serveur de la boutique n'en accepte par minute. Il envoie le reste de lui-même dans environ { $seconds } s ; rien n'est perdu.
error-sync-gate-too-big = Le serveur de la boutique a refusé un travail de ce poste, trop volumineux ({ $message }). Il reste sur ce poste. Prévenez la personne qui s'occupe du serveur de la boutique.
error-sync-gate-malformed = Le serveur de la boutique a refusé un événement de ce poste, mal formé ({ $detail }). Il reste sur ce poste ; rien d'autre n'a été envoyé. Prévenez la personne qui s'occupe de Casebook à la boutique.
error-sync-gate-other-desk = Le serveur de la boutique a refusé des événements écrits au nom d'un autre poste ({ $message }). Un poste n'envoie que son propre travail ; rien n'a été envoyé.
error-sync-gate-update-desk = Le serveur de la boutique à { $at } demande un Casebook plus récent sur ce poste. Mettez Casebook à jour ici ; le travail de ce poste attend en sûreté jusque-là.
error-sync-gate-not-joined = Ce poste n'a pas encore rejoint la boutique : rejoignez-la d'abord avec son code.
error-sync-gate-code-expired = Ce code d'adhésion a expiré. Demandez-en un nouveau à un poste connecté en tant que propriétaire.
error-sync-gate-file-refused = Le serveur de la boutique a refusé un fichier joint ({ $message }). Il reste sur ce poste.
error-sync-gate-no-erasure = Le serveur de la boutique garde un fichier tant que l'historique de la boutique ne contient pas son effacement. Effacez-le d'abord sur son dossier.
error-sync-join-code-days = Un code d'adhésion vaut de 1 à 90 jours.
error-sync-server-set-up-older-casebook = Le serveur de la boutique à { $at } a été installé par un Casebook plus ancien. Il est mis à jour dès qu'un poste connecté en tant que propriétaire ouvre Postes et synchronisation (ou lance `casebook sync desks`) ; le travail de ce poste attend en sûreté jusque-là.
lead-owner-sign-in = garder ou oublier l'accès du propriétaire sur un poste
error-sync-owner-other-server = Cette adresse est celle d'un autre serveur : le serveur de cette boutique est { $at }. Donnez l'adresse du propriétaire sur ce serveur.
cli-owner-url-prompt = L'adresse du serveur du propriétaire (postgres://proprietaire:MOTDEPASSE@hote:5432/base), masquée pendant la saisie : 
cli-owner-url-missing = Aucune adresse de serveur du propriétaire n'a été donnée. Tapez-la quand elle est demandée, passez-la sur l'entrée standard ou définissez CASEBOOK_OWNER_URL ; elle n'est jamais prise sur la ligne de commande, où d'autres pourraient la lire.
cli-owner-signed-in = L'accès du propriétaire est gardé sur ce poste : il peut inviter et révoquer des postes.
cli-owner-signed-out = L'accès du propriétaire a été oublié sur ce poste. Il continue de se synchroniser comme avant.
cli-join-code-until = Sert une fois, jusqu'au { $until }.
cli-set-aside-unknown-kind =
    { $count ->
        [one] 1 événement de { $desk } demande un Casebook plus récent : mettez ce poste à jour.
       *[other] { $count } événements de { $desk } demandent un Casebook plus récent : mettez ce poste à jour.
    }
cli-set-aside-damaged =
    { $count ->
        [one] 1 événement de { $desk } est endommagé et a été ignoré.
       *[other] { $count } événements de { $desk } sont endommagés et ont été ignorés.
    }
cli-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 événement de { $desk } porte sur quelque chose que l’historique de ce poste ne contient pas, et a été ignoré.
       *[other] { $count } événements de { $desk } portent sur quelque chose que l’historique de ce poste ne contient pas, et ont été ignorés.
    }
cli-set-aside-not-allowed =
    { $count ->
        [one] 1 événement de { $desk } a fait ce que son poste n’a pas le droit de faire, et a été ignoré.
       *[other] { $count } événements de { $desk } ont fait ce que leur poste n’a pas le droit de faire, et ont été ignorés.
    }

## src/mail/rules.rs and src/mail/reply.rs

mail-refused-not-shop-address = Elle devait partir au nom de { $address }, qui n'est pas l'adresse de la boutique ({ $shop }).
mail-refused-not-customers-case = Son dossier n'existe plus ici, ou n'est pas celui de ce client.
mail-refused-stranger-address = { $address } n'est pas une adresse du client, et personne ne l'a saisie dans la réponse.
mail-refused-not-an-address = « { $address } » n'est pas une adresse e-mail.
mail-refused-no-recipient = La réponse ne nomme aucun destinataire.
error-mail-reply-too-many-addresses = Une réponse part vers { $max } adresses au plus.
error-data-backup-of-another-shop = Cette sauvegarde appartient à une autre boutique ({ $theirs }), et ce poste fait partie de { $ours } : la restaurer mélangerait l'historique de deux boutiques. Choisissez une sauvegarde de { $ours }, ou restaurez-la sur un poste qui n'appartient à aucune boutique.
cli-sync-status =
    Boutique { $shop } sur { $server }, poste { $desk }.
    { $waiting ->
        [0] Tout ce que ce poste a écrit est sur le serveur de la boutique.
        [one] 1 modification de ce poste attend d'être envoyée.
       *[other] { $waiting } modifications de ce poste attendent d'être envoyées.
    }
error-sync-readmit-revoked = Le poste { $desk } a été révoqué : il n'est donc pas réadmis avec son historique (un PC perdu ou volé reste dehors). Créez plutôt un code d'adhésion pour un nouveau poste.
error-sync-desk-in-another-shop = Ce poste appartient à la boutique { $shop } ; le code d'adhésion est pour { $theirs }. Quittez d'abord { $shop } (Postes et synchronisation, ou `casebook sync leave`). Rien n'a été modifié.
error-sync-no-desk-named = La boutique n'a pas de poste nommé « { $desk } ». Ses postes : { $names }.
error-sync-two-desks-named = Deux postes s'appellent « { $desk } » : désignez celui que vous voulez par son identifiant (`casebook sync desks` les liste).
error-sync-leave-unsent =
    { $waiting ->
        [one] 1 modification de ce poste n'a
       *[other] { $waiting } modifications de ce poste n'ont
    } pas encore atteint le serveur de la boutique : synchronisez d'abord, pour que la boutique les garde. Pour partir quand même (elles restent alors sur ce seul poste) : `casebook sync leave --anyway`.
cli-readmit-code = Code d'adhésion pour réadmettre { $desk } (saisissez-le là-bas avec `casebook sync join` ; son historique et ce qui n'est pas encore envoyé restent ; valable une fois ; gardez-le pour vous) :
cli-sync-moved = Ce poste synchronise désormais { $shop } avec le serveur à { $server }.
cli-sync-left = Ce poste a quitté { $shop } et garde son historique ; il travaille désormais seul. Le propriétaire peut le révoquer dans Postes et synchronisation (`casebook sync revoke`).
sync-password-missing = Le mot de passe de ce poste pour le serveur de la boutique n'est pas dans le coffre à mots de passe de cet ordinateur. Demandez au propriétaire de réadmettre ce poste (Postes et synchronisation, ou `casebook sync readmit` sur le poste du propriétaire) et saisissez le code ici avec `casebook sync join` : l'historique et ce qui n'est pas encore envoyé restent.
error-sync-desk-s-password-shop-s = Le mot de passe de ce poste pour le serveur de la boutique n'est pas dans le coffre à mots de passe de cet ordinateur. Demandez au propriétaire de réadmettre ce poste (Postes et synchronisation, ou `casebook sync readmit` sur le poste du propriétaire) et saisissez le code ici avec `casebook sync join` : l'historique et ce qui n'est pas encore envoyé restent.
error-cli-desk-s-password-shop-s = Le mot de passe de ce poste pour le serveur de la boutique n'est pas dans le coffre à mots de passe de cet ordinateur. Demandez au propriétaire de réadmettre ce poste (Postes et synchronisation, ou `casebook sync readmit` sur le poste du propriétaire) et saisissez le code ici avec `casebook sync join` : l'historique et ce qui n'est pas encore envoyé restent.
lead-change-staff = modifier la liste du personnel
error-staff-merge-same = Choisissez deux personnes différentes de la liste du personnel à fusionner ({ $name } est déjà une seule fiche).
cli-staff-renamed = Renommé : { $name }.
cli-staff-merged = Une seule fiche pour { $name } désormais ; l'autre a quitté la liste et ses dossiers ouverts ont suivi.
cli-staff-active = { $name } est sur la liste du personnel.
cli-staff-inactive = { $name } n'est plus sur la liste du personnel ; son historique reste.
cli-case-updated = Dossier « { $subject } » mis à jour (maintenant { $status }).
cli-handed-off = Transmis à { $to }, avec le résumé.
cli-escalated = Escaladé ({ $id }).
cli-complaint-flagged = Réclamation signalée ({ $id }).
cli-score-recorded = Note { $score } enregistrée.
cli-promise-made = Promesse faite ({ $id }).
cli-fact-pinned = Épinglé comme fait clé.
cli-fact-unpinned = N'est plus un fait clé.
cli-files-attached =
    { $count ->
        [one] 1 fichier joint.
       *[other] { $count } fichiers joints.
    }
cli-promise-kept = Tenue : { $text }
cli-promise-broken = Non tenue, et réparée : { $text }
cli-complaint-closed = Réclamation close.
cli-escalation-closed = Escalade close.
cli-customer-updated = { $name } mis à jour.
cli-customers-merged = Fusionné ({ $id }) ; `customer undo-merge { $id }` l'annule.
cli-merge-undone = Fusion annulée : { $id } est de nouveau un client à part.
cli-not-duplicates = Noté : personnes différentes ; elles ne sont plus proposées.
cli-sync-carried =
    { $count ->
        [one] 1 modification
       *[other] { $count } modifications
    } du poste { $desk }, importées ici, { $count ->
        [one] est gardée
       *[other] sont gardées
    } pour le serveur de la boutique et envoyées à la prochaine synchronisation.
error-cli-targets-file = Le fichier des objectifs n'a pas pu être lu ({ $detail }). Partez de `casebook settings targets`, qui les affiche sous la forme lue ici.
cli-targets-saved = Objectifs de réponse enregistrés ; les dossiers ouverts les suivent.
cli-attachment-limit-saved = Les fichiers joints peuvent désormais atteindre { $megabytes } Mo.
cli-shop-language-saved = La langue de la boutique est enregistrée ; chaque poste la suit, sauf s'il a choisi la sienne.
cli-expectations-saved = Les attentes du client sont enregistrées.
cli-attachment-removed = Le fichier est retiré de l'entrée ; l'historique indique qu'il y était.
cli-attachment-erased = Le contenu du fichier est effacé ici, et sur le serveur et les autres postes à mesure qu'ils se mettent à jour.
cli-sync-last-synced = Dernière synchronisation { $when }.
cli-sync-never-synced = Pas encore synchronisé.
cli-sync-last-problem = La dernière synchronisation s'est arrêtée : { $problem }
error-sync-desk-s-access-shop-s = L'accès de ce poste au serveur de la boutique a été retiré par le propriétaire. Il garde son propre historique : quittez la boutique (Postes et synchronisation, ou `casebook sync leave`) pour travailler seul, et pour apporter son travail à la boutique, exportez-le et importez l'export sur un poste de la boutique.
error-rights-owner-only = { $name } ne peut pas { $what } : seul un propriétaire le peut. Demandez au propriétaire, ou laissez-le taper son code pour cette fois.
error-rights-passcode-needed = Pour { $what }, { $name } tape d'abord son code.
error-rights-not-allowed-then =
    { $name } n'était pas { $needed ->
        [owner] propriétaire
       *[lead] chef d'équipe ni propriétaire
    } à ce moment-là : ce changement ({ $kind }) reste sans effet.
error-rights-not-allowed-nobody = Ce changement ({ $kind }) nomme un auteur absent de la liste du personnel ({ $id }) : il reste sans effet.
error-rights-sign-in = Le poste est verrouillé : { $name } se connecte avec son code.
error-rights-passcode-script = Cette boutique demande un code : donnez le code de { $name } dans CASEBOOK_PASSCODE, ou lancez la commande dans un terminal pour qu'il soit demandé.
error-rights-approver-not-owner = { $name } n'est pas un propriétaire actif : il ne peut pas approuver ceci.
error-rights-last-owner = { $name } est le seul propriétaire de la boutique. Nommez d'abord quelqu'un d'autre propriétaire.
error-passcode-hash-unreadable = Ce code a été enregistré sous une forme que ce Casebook ne sait pas lire.
error-passcode-digits-only = Un code compte de { $min } à { $max } chiffres, rien d'autre.
error-passcode-length = Les codes de cette boutique ont de { $min } à { $max } chiffres.
error-passcode-guessable = Ce code est le premier qu'on essaierait (un même chiffre répété, ou une suite comme 1234). Choisissez-en un autre.
error-passcode-wait = Trop de codes erronés : attendez { $seconds } s et réessayez.
error-passcode-wrong-wait = Ce code n'est pas le bon. Attendez { $seconds } s avant le prochain essai.
error-passcode-wrong =
    Ce code n'est pas le bon (encore { $left ->
        [1] un essai
       *[other] { $left } essais
    } avant que le champ n'attende).
error-passcode-none-yet = { $name } n'a pas encore de code : il en choisit un maintenant.
error-passcode-no-recovery = Cette boutique n'a pas de code de secours. Un autre propriétaire peut réinitialiser le code sur la page Personnel.
error-passcode-min-digits = { $value } chiffres ne peut pas être le code le plus court : choisissez de { $min } à { $max }.
error-passcode-lock-minutes = Verrouillez le poste après au plus { $max } minutes d'inactivité (0 : jamais).
error-passcode-own-first = { $name }, choisissez d'abord votre propre code, pour ne pas vous retrouver bloqué.
lead-set-passcodes = changer les codes ou quand ils sont demandés
lead-change-language = changer la langue de la boutique
lead-erase-file = effacer un fichier
lead-import = importer des données dans la boutique
lead-restore = restaurer une sauvegarde
lead-reports = lire les rapports
cli-passcode-prompt = Code : 
cli-recovery-code =
    Code de secours : { $code }
    Notez-le et gardez-le en lieu sûr, loin du poste : il réinitialise le code d'un propriétaire, et Casebook n'en garde aucune copie.
cli-passcode-rule = Code demandé : { $ask } ; au moins { $min } chiffres ; verrouille après { $minutes } minutes d'inactivité (0 : jamais) ; rapports pour les propriétaires seulement : { $reports }
cli-staff-role = { $name } est maintenant { $role }.
cli-passcode-set = Le code de { $name } est enregistré ; il fonctionne sur chaque poste de la boutique après la prochaine synchronisation.
cli-passcode-cleared = { $name } n'a plus de code et en choisit un à sa prochaine connexion.
cli-recovery-prompt = Code de secours : 
cli-no-wrong-tries = Aucun code erroné sur ce poste.
cli-wrong-tries = { $name } : { $count } erronés, le dernier à { $at }
cli-passcode-prompt-failed = le code n'a pas pu être demandé dans ce terminal (donnez-le plutôt dans l'environnement)
cli-new-passcode-prompt = Nouveau code : 
cli-new-passcode-again = Encore une fois : 
cli-passcodes-differ = Les deux codes diffèrent ; rien n'a été changé. Réessayez.
privacy-export-title = Ce que nous conservons sur { $name }
privacy-export-made = Établi le { $date }. Voici tout ce que la boutique conserve sur vous dans Casebook : vos coordonnées, vos dossiers et chaque message, avec les dates et qui vous a servi. Le fichier { $file } à côté de cette page contient la même chose, pour un autre logiciel.
privacy-export-none = Rien.
privacy-export-by-nobody = —
privacy-export-details = Vos coordonnées
privacy-field-name = Nom
privacy-field-phones = Numéros de téléphone
privacy-field-emails = Adresses e-mail
privacy-field-organisation = Organisation
privacy-field-segment = Groupe de clients
privacy-field-notes = Notes
privacy-field-since = Client depuis le
privacy-field-last-contact = Dernier contact
privacy-export-expectations = Ce que vous nous avez dit attendre
privacy-expect-channel = Comment vous joindre
privacy-expect-hours = Quand vous joindre
privacy-expect-turnaround = Dans quel délai
privacy-expect-always = Toujours
privacy-expect-never = Jamais
privacy-expect-recovery = Si nous nous trompons
privacy-expect-notes = Notes
privacy-export-facts = Faits importants que nous avons notés
privacy-export-cases = Vos dossiers
privacy-export-promises = Nos promesses
privacy-export-files = Fichiers
privacy-export-history = Tout ce qui s’est passé, du plus ancien au plus récent
privacy-column-when = Quand
privacy-column-what = Quoi
privacy-column-who = Qui vous a servi
privacy-column-case = Dossier
privacy-column-channel = Comment vous nous avez contactés
privacy-column-opened = Ouvert le
privacy-column-status = État
privacy-column-promise = Promesse
privacy-column-due = Échéance
privacy-column-outcome = Résultat
privacy-column-file = Fichier
privacy-column-size = Taille
privacy-column-added = Ajouté le
privacy-column-kind = Type
privacy-column-words = Mots
privacy-file-size = { $kilobytes } Ko
privacy-kind-added = Client ajouté
privacy-kind-details = Coordonnées modifiées
privacy-kind-case-opened = Dossier ouvert
privacy-kind-message = Votre message
privacy-kind-mail-in = Votre e-mail
privacy-kind-reply = Notre réponse
privacy-kind-mail-out = E-mail envoyé
privacy-kind-note = Note de la boutique
privacy-kind-call = Appel
privacy-kind-visit = Visite
privacy-kind-case-changed = Dossier mis à jour
privacy-kind-handoff = Transmis à un collègue
privacy-kind-promise = Promesse
privacy-kind-fact = Fait important
privacy-kind-complaint = Réclamation
privacy-kind-escalation = Escalade
privacy-kind-score = Votre note
privacy-kind-files = Fichiers
privacy-kind-records = Fiches fusionnées ou gardées séparées
privacy-kind-other = Autre
privacy-channel-walk-in = En boutique
privacy-channel-phone = Par téléphone
privacy-channel-email = Par e-mail
privacy-channel-chat = Par message
privacy-channel-other = Autrement
privacy-status-open = Ouvert
privacy-status-waiting = En attente de vous
privacy-status-resolved = Résolu
privacy-status-closed = Clos
privacy-promise-open = En cours
privacy-promise-kept = Tenue
privacy-promise-broken = Non tenue
error-privacy-could-write-json = Le dossier du client n’a pas pu être écrit en JSON ({ $detail }). Rien n’a été enregistré ; merci de le signaler.
cli-customer-exported = Écrit dans { $folder } : customer.html à lire ou imprimer, customer.json pour un autre logiciel ({ $cases } dossiers, { $entries } entrées, { $files } fichiers).
lead-forget-customer = oublier un client
error-privacy-customer-forgotten = Ce client a été oublié à la demande : rien ne peut plus être ajouté à sa fiche. Pour quelqu’un de nouveau, ajoutez un nouveau client.
error-privacy-reason-needed = Indiquez pourquoi ce client est oublié (par exemple « demandé au comptoir le 3 décembre »). La raison reste dans l’historique ; n’y écrivez rien sur la personne.
error-privacy-reason-too-long = La raison dépasse { $max } caractères : une phrase ou deux suffisent.
error-privacy-already-forgotten = Ce client a déjà été oublié (désormais { $number }).
cli-customer-forgotten = Oublié sur ce poste, et sur chaque autre poste à sa prochaine synchronisation : le client est désormais { $number }.
lead-retention = régler combien de temps les clients sont conservés
error-privacy-retention-years = Conservez les clients de 1 à { $max } ans sans contact, ou désactivez la règle.
privacy-retention-reason = Aucun contact depuis { $years ->
    [one] un an
   *[other] { $years } ans
} (la règle de la boutique)
cli-retention-on = Les clients sans contact depuis { $years } ans sont désormais oubliés ; { $forgotten } l’ont été maintenant.
cli-retention-off = Les clients sont conservés jusqu’à ce qu’un propriétaire les oublie.
cli-retention-on-now = Les clients sans contact depuis { $years } ans sont oubliés, chaque jour.
cli-retention-due = Avec { $years } ans sans contact, { $count } clients seraient oubliés maintenant :
error-seal-key-missing = La boutique chiffre les mots de ses clients sur son serveur, et ce poste n’a pas la clé de la boutique. Sur le poste du propriétaire, ouvrez Postes et synchronisation et choisissez « Chiffrer et montrer le code de clé » ; collez ce code ici sous Postes et synchronisation. Rien n’a été envoyé ni perdu : le travail de ce poste attend ici.
error-seal-key-wrong = La clé de ce poste n’est pas celle que connaît le serveur de la boutique (celle d’une autre boutique, ou mal saisie). Collez à nouveau le code de clé du poste du propriétaire. Rien n’a été envoyé.
error-seal-key-mistyped = Ce code de clé est incomplet ou mal saisi. Copiez-le à nouveau depuis le poste du propriétaire.
error-seal-key-other-shop = Ce code de clé est celui d’une autre boutique, pas de { $shop }. Demandez son code de clé au propriétaire de cette boutique.
error-seal-not-opened = Un « { $kind } » dont les mots sont chiffrés avec une clé que ce poste n’a pas (ou modifiés en route) : gardé, non appliqué.
lead-seal-shop = chiffrer les mots des clients sur le serveur
cli-join-code-prompt = Le code d’adhésion du poste du propriétaire, masqué pendant la saisie : 
cli-join-code-missing = Aucun code d’adhésion n’a été donné. Tapez-le quand il est demandé, passez-le sur l’entrée standard ou définissez CASEBOOK_JOIN_CODE ; il contient la clé de la boutique et n’est jamais pris sur la ligne de commande, où d’autres pourraient le lire.
cli-key-code-prompt = Le code de clé du poste du propriétaire, masqué pendant la saisie : 
cli-key-code-missing = Aucun code de clé n’a été donné. Tapez-le quand il est demandé, passez-le sur l’entrée standard ou définissez CASEBOOK_KEY_CODE ; il n’est jamais pris sur la ligne de commande.
cli-shop-sealed = Les mots des clients sont chiffrés sur le serveur de la boutique ({ $events } événements gardés en clair ont été chiffrés maintenant). Les postes qui ont rejoint avant ont besoin de ce code de clé : lancez-y `casebook sync key` et collez-le. Il contient la clé de la boutique : ne le donnez qu’aux postes de la boutique et ne le gardez nulle part.
cli-key-taken = Ce poste a maintenant la clé de la boutique ; { $events } événements reçus.
cli-csv-left-out =
    ligne { $line }, colonne « { $column } » : { $count ->
            [one] un caractère de contrôle invisible a été retiré
           *[other] { $count } caractères de contrôle invisibles ont été retirés
        }
error-cases-draft-too-long = Ce brouillon dépasse { $max } caractères, le maximum d’une entrée. Répartissez-le sur deux entrées.
error-server-setup-step = La configuration du serveur de la boutique s’est arrêtée à « { $step } » : { $detail }. Rien n’a été modifié après cette étape ; corrigez la cause et relancez-la.
error-server-setup-not-root = La configuration du serveur de la boutique modifie PostgreSQL et les réglages du système : lancez-la en tant que root, par exemple avec sudo.
error-server-setup-not-debian = La configuration du serveur de la boutique fonctionne sous Debian ou Ubuntu. Pour un autre système ou un PostgreSQL hébergé, suivez la section « A hosted server » du README.
error-server-setup-old-postgres = Cette machine utilise PostgreSQL { $version } ; Casebook a besoin de la version 15 ou plus récente. Mettez PostgreSQL à jour (Debian 12 et Ubuntu 24.04 en ont une plus récente) et relancez.
error-server-setup-bad-identifier = « { $name } » ne peut pas être un nom PostgreSQL ici : utilisez des minuscules, des chiffres et _, en commençant par une lettre.
error-server-setup-bad-name = « { $name } » n’est ni un nom d’hôte ni une adresse IP. Indiquez le nom ou l’adresse par lesquels les postes joindront cette machine.
error-server-setup-bad-network = « { $network } » n’est pas un réseau. Écrivez-le comme une adresse avec sa longueur de préfixe, par exemple 192.168.1.0/24.
error-server-setup-no-name = Cette machine n’a ni nom ni adresse utilisable par les postes. Indiquez-en un avec --name (son adresse sur le réseau de la boutique).
error-server-setup-no-network = Cette machine n’est sur aucun réseau d’où les postes pourraient venir. Indiquez le réseau de la boutique avec --allow, par exemple --allow 192.168.1.0/24.
lead-mark-shop-reply = marquer une réponse enregistrée comme celle de la boutique
lead-change-shop-reply = modifier ou supprimer une réponse enregistrée de la boutique
lead-name-shop = modifier le nom de la boutique dans les réponses enregistrées
error-replies-event-names-customer = un { $kind } appartient à la boutique, mais celui-ci nomme un client ou un dossier
error-replies-event-without-name = une réponse enregistrée sans nom
error-replies-unknown-reply = il nomme la réponse enregistrée { $id }, que cet historique n’a jamais eue
error-replies-needs-text = Une réponse enregistrée a besoin d’un texte dans au moins une langue. Saisissez la réponse, ou supprimez-la.
error-replies-name-taken = Il existe déjà une réponse enregistrée nommée « { $name } ». Choisissez un autre nom, ou modifiez celle-là.
error-customers-language-unknown = Casebook n’écrit pas en « { $language } ». Choisissez en, nl, de, fr ou es, ou laissez vide pour la langue de la boutique.
reply-placeholder-first-name = prénom
reply-placeholder-case-ref = référence du dossier
reply-placeholder-promise-due = échéance de la promesse
reply-placeholder-shop-name = nom de la boutique
reply-placeholder-hours-today = horaires d’aujourd’hui
reply-placeholder-my-name = votre nom
reply-closed-today = fermé aujourd’hui
error-cli-reply-text-lang-equals = « { $text } » ne nomme aucune langue. Écrivez chaque texte sous la forme LANGUE=TEXTE, par exemple fr="Bonjour {"{"}first_name{"}"}".
cli-reply-uses =
    { $count ->
     [one] utilisée une fois
    *[other] utilisée { $count } fois
    }
cli-reply-found = { $count } sur { $total } réponses enregistrées
cli-reply-saved = Réponse enregistrée « { $name } » sauvegardée ({ $id }).
cli-reply-removed = Réponse enregistrée « { $name } » supprimée.
cli-reply-shop-named = Les réponses enregistrées appellent désormais la boutique « { $name } ».
cli-sync-who-nobody = Personne aux autres postes n’a de dossier ouvert.
cli-sync-who-viewing = { $name } au poste { $desk } a le dossier { $case } ouvert
cli-sync-who-writing = { $name } au poste { $desk } écrit une réponse sur le dossier { $case }
privacy-field-language = Nous vous écrivons en
label-the-customers-message = Le message du client
label-the-note = La note
label-the-call-summary = Le résumé de l’appel
label-the-visit-summary = Le résumé de la visite
label-contact-hours = Le meilleur moment pour les joindre
label-expected-turnaround = Le délai attendu
label-always-do = Ce que nous devons toujours faire
label-never-do = Ce que nous ne devons jamais faire
label-how-to-recover = Ce qu’ils attendent si nous nous trompons
label-the-shops-name = Le nom de la boutique
label-this-desks-name = Le nom de ce poste
label-the-new-desks-name = Le nom du nouveau poste
label-what-we-did-to-make-it-right = Ce que nous avons fait pour réparer
label-what-changed-so-it-does-not-happen-again = Ce qui a changé pour que cela ne se reproduise pas
csv-problem-too-wide = Cette ligne a { $values } valeurs mais la ligne des titres a { $columns } colonnes. Une valeur qui contient le séparateur doit être entre guillemets.
csv-problem-unknown =
    Colonne « { $column } » : « { $value } » n’est pas { $what ->
        [channel] un canal connu
        [status] un statut connu
       *[priority] une priorité connue
    }. Utilisez l’un de : { $allowed }.
csv-problem-not-a-date = Colonne « { $column } » : « { $value } » n’est pas une date. Utilisez la forme 2026-03-05, 05-03-2026 ou 2026-03-05 14:30.
csv-problem-in-future = Colonne « { $column } » : « { $value } » est dans le futur.
csv-problem-case-without-subject = Cette ligne a des détails de dossier mais pas d’objet. Ajoutez un objet, ou videz les colonnes du dossier.
csv-problem-quote-never-closed = Un guillemet ouvert dans cette ligne n’est jamais fermé : les lignes suivantes seraient lues comme une seule valeur. Fermez le guillemet, ou supprimez-le.
csv-problem-not-text = Cette ligne n’a pas pu être lue comme du texte. Vérifiez le fichier.
cli-csv-problem-row = ligne { $line } : { $problem }
cli-csv-summary =
    { $rows } lignes { $done ->
        [yes] importées
       *[no] vérifiées (rien d’écrit)
    } : { $new } nouveaux clients, { $matched } rattachées à des clients existants ({ $updated } avec un nouveau téléphone ou e-mail), { $cases } dossiers.
cli-sync-connected =
    Ce poste est maintenant le premier poste de { $shop } sur { $server }. Son historique est sur le serveur.
    Ajoutez un poste avec `casebook sync invite --desk NOM`.
cli-server-ready = Le serveur de la boutique est prêt : PostgreSQL { $version }, port { $port }, base de données { $database }.
cli-server-unchanged = Rien à changer : c’était déjà configuré ainsi.
cli-server-changed = Modifié :
cli-server-who-connects =
    Les postes peuvent se connecter depuis { $allow } : chiffré, avec un mot de passe, à la base { $database } seulement.
    Le certificat couvre : { $names }.
cli-server-first-desk =
    Sur le premier poste de la boutique, ouvrez Postes et synchronisation, choisissez de connecter le premier poste de la boutique, et collez :
      Adresse du serveur : { $address }
      Autorité de certification : le texte à la fin (il est aussi dans { $ca } ; copiez ce fichier sur le poste).
cli-server-password-once =
    Le mot de passe du propriétaire ci-dessus n’est affiché que cette fois et n’est gardé nulle part sur cette machine.
    Gardez-le dans un gestionnaire de mots de passe ; `casebook server setup --new-owner-password` en choisit un nouveau.
cli-server-password-placeholder = MOT-DE-PASSE
cli-server-password-lost =
    { $placeholder } est le mot de passe du propriétaire, affiché à sa création. S’il est perdu,
    `casebook server setup --new-owner-password` en choisit un nouveau.
cli-server-from-terminal =
    Ou depuis un terminal sur le poste, le fichier copié là :
      casebook sync connect --ca ca.crt --shop "Votre boutique" --desk "Comptoir"
    (il demande l’adresse du serveur sans l’afficher).
server-changed-installed = PostgreSQL installé depuis les paquets du système
server-changed-cluster = créé le cluster de PostgreSQL { $version }
server-changed-started = démarré PostgreSQL
server-changed-ca = créé l’autorité de certification de la boutique ({ $path })
server-changed-certificate = créé le certificat du serveur pour { $names }
server-changed-owner-created = créé le rôle propriétaire { $owner }
server-changed-owner-password = choisi un nouveau mot de passe pour { $owner }
server-changed-database = créé la base de données { $database }
server-changed-tls = activé TLS et l’écoute sur le réseau
server-changed-allow = autorisé les postes depuis { $allow }
server-changed-firewall = ouvert le port { $port } dans le pare-feu pour { $net }
cli-case-renamed = Dossier renommé : « { $subject } ».
server-step-check-user = vérifier qui lance ceci
server-step-update-packages = mettre à jour les listes de paquets
server-step-install = installer PostgreSQL
server-step-list-clusters = lister les clusters de PostgreSQL
server-step-find-version = trouver la version de PostgreSQL
server-step-create-cluster = créer le cluster de PostgreSQL
server-step-start = démarrer PostgreSQL
server-step-read-host-name = lire le nom d’hôte
server-step-read-addresses = lire les adresses
server-step-read-networks = lire les réseaux
server-step-certificates = créer les certificats
server-step-write = écrire { $path }
server-step-protect = protéger { $path }
server-step-look-owner = chercher le propriétaire
server-step-create-owner = créer le propriétaire
server-step-look-database = chercher la base de données
server-step-create-database = créer la base de données
server-step-configure = configurer PostgreSQL
server-step-restart = redémarrer PostgreSQL
server-step-reload = recharger PostgreSQL
server-step-read-firewall = lire le pare-feu
server-step-open-firewall = ouvrir le pare-feu
server-step-read-ca = lire l’autorité de certification
