<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>This file belongs to another worker&apos;s caseload. You can see the name and the assigned worker only; ask a team lead if you need access.</source>
        <translation>Ce dossier est suivi par un autre intervenant. Vous ne voyez que le nom et l’intervenant assigné&#xa0;; adressez-vous à un responsable d’équipe si vous avez besoin d’y accéder.</translation>
    </message>
    <message>
        <source>Administrators manage accounts and lists; they do not change client files.</source>
        <translation>Les administrateurs gèrent les comptes et les listes&#xa0;; ils ne modifient pas les dossiers des usagers.</translation>
    </message>
    <message>
        <source>You can change only the files of your own cases and of people you have met.</source>
        <translation>Vous pouvez modifier seulement les dossiers de vos propres suivis et des personnes que vous avez rencontrées.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Relais could not write %1 (is the disk full, or the folder read-only?). Nothing was kept.</source>
        <translation>Relais n’a pas pu écrire %1 (le disque est-il plein, ou le dossier est-il en lecture seule&#xa0;?). Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2 Nothing was restored. Use another backup, or copy this one again from where it is kept, together with the files beside it (.slots, .anchor, .manifest).</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: %2 Rien n’a été restauré. Utilisez une autre sauvegarde, ou copiez de nouveau celle-ci depuis l’endroit où elle est conservée, avec les fichiers qui l’accompagnent (.slots, .anchor, .manifest).</translation>
    </message>
    <message>
        <source>Relais could not read %1.</source>
        <translation>Relais n’a pas pu lire %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Il n’y a aucune sauvegarde à l’emplacement %1.</translation>
    </message>
    <message>
        <source>its manifest %1 is missing, so the backup is incomplete (interrupted, or copied without all its files).</source>
        <translation>son manifeste %1 est introuvable&#xa0;: la sauvegarde est donc incomplète (interrompue, ou copiée sans tous ses fichiers).</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>son manifeste est illisible.</translation>
    </message>
    <message>
        <source>the file %1 is missing.</source>
        <translation>le fichier %1 est introuvable.</translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation>le fichier %1 est illisible.</translation>
    </message>
    <message>
        <source>the file %1 does not have the size it had when the backup was made (cut short?).</source>
        <translation>le fichier %1 n’a plus la taille qu’il avait lors de la sauvegarde (tronqué&#xa0;?).</translation>
    </message>
    <message>
        <source>the content of the file %1 changed since the backup was made.</source>
        <translation>le contenu du fichier %1 a changé depuis la sauvegarde.</translation>
    </message>
    <message>
        <source>its database file is not encrypted.</source>
        <translation>son fichier de base de données n’est pas chiffré.</translation>
    </message>
    <message>
        <source>its key file cannot be read.</source>
        <translation>son fichier de clés est illisible.</translation>
    </message>
    <message>
        <source>its key file belongs to another database or another day.</source>
        <translation>son fichier de clés appartient à une autre base de données ou à un autre jour.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Relais. Nothing was restored; restore it with that version.</source>
        <translation>La sauvegarde %1 a été faite par une version plus récente de Relais. Rien n’a été restauré&#xa0;; restaurez-la avec cette version.</translation>
    </message>
    <message>
        <source>its database does not open with its own key file.</source>
        <translation>sa base de données ne s’ouvre pas avec son propre fichier de clés.</translation>
    </message>
    <message>
        <source>its database does not pass SQLite&apos;s integrity check.</source>
        <translation>sa base de données ne passe pas la vérification d’intégrité de SQLite.</translation>
    </message>
    <message>
        <source>its database is not the one its manifest describes.</source>
        <translation>sa base de données n’est pas celle que décrit son manifeste.</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator can back up the database: a backup holds every client file.</source>
        <translation>Seul un responsable d’équipe ou un administrateur peut sauvegarder la base de données&#xa0;: une sauvegarde contient tous les dossiers des usagers.</translation>
    </message>
    <message>
        <source>Please name the backup file.</source>
        <translation>Veuillez nommer le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 already exists. Relais never overwrites a backup or a database: choose another name, for example with today&apos;s date.</source>
        <translation>%1 existe déjà. Relais n’écrase jamais une sauvegarde ni une base de données&#xa0;: choisissez un autre nom, par exemple avec la date du jour.</translation>
    </message>
    <message>
        <source>Another change to the accounts is in progress. Try again in a moment.</source>
        <translation>Une autre modification des comptes est en cours. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database key is being replaced. Sign in again, then make the backup.</source>
        <translation>La clé de la base de données est en cours de remplacement. Reconnectez-vous, puis faites la sauvegarde.</translation>
    </message>
    <message>
        <source>The database key changed since you signed in. Sign in again, then make the backup.</source>
        <translation>La clé de la base de données a changé depuis votre connexion. Reconnectez-vous, puis faites la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was kept.</source>
        <translation>La sauvegarde a été annulée. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The copy does not pass SQLite&apos;s integrity check, so the database itself may be damaged. Nothing was kept. Run &apos;relais check&apos;.</source>
        <translation>La copie ne passe pas la vérification d’intégrité de SQLite&#xa0;: la base de données elle-même est peut-être endommagée. Rien n’a été conservé. Lancez «&#xa0;relais check&#xa0;».</translation>
    </message>
    <message>
        <source>Please name the backup and the new database file.</source>
        <translation>Veuillez nommer la sauvegarde et le nouveau fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 already exists. Relais never restores over an existing database: choose a new file name, or move the existing files aside first.</source>
        <translation>%1 existe déjà. Relais ne restaure jamais par-dessus une base de données existante&#xa0;: choisissez un nouveau nom de fichier, ou déplacez d’abord ailleurs les fichiers existants.</translation>
    </message>
    <message>
        <source>the file %1 changed while it was being copied.</source>
        <translation>le fichier %1 a changé pendant sa copie.</translation>
    </message>
    <message>
        <source>%1 is a name Relais uses for the files beside a database. Choose another name, for example org-2026-03-02.db.</source>
        <translation>%1 est un nom que Relais utilise pour les fichiers qui accompagnent une base de données. Choisissez un autre nom, par exemple org-2026-03-02.db.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce suivi n’existe plus.</translation>
    </message>
    <message>
        <source>The person of this case no longer exists.</source>
        <translation>La personne concernée par ce suivi n’existe plus.</translation>
    </message>
    <message>
        <source>The programme of this case no longer exists.</source>
        <translation>Le programme de ce suivi n’existe plus.</translation>
    </message>
    <message>
        <source>%1 already follows %2 active cases in “%3”; the programme&apos;s cap is %4. The candidate can go on the waiting list, or another case manager can take the case.</source>
        <translation>%1 a déjà %2 suivis actifs dans «&#xa0;%3&#xa0;»&#xa0;; le maximum du programme est de %4. Le candidat peut être inscrit sur la liste d’attente, ou un autre gestionnaire de cas peut prendre le suivi.</translation>
    </message>
    <message>
        <source>Only case managers and team leads open cases.</source>
        <translation>Seuls les gestionnaires de cas et les responsables d’équipe peuvent ouvrir un suivi.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>Ce programme n’existe plus.</translation>
    </message>
    <message>
        <source>Only a team lead assigns a case to another case manager.</source>
        <translation>Seul un responsable d’équipe peut confier un suivi à un autre gestionnaire de cas.</translation>
    </message>
    <message>
        <source>Choose a case manager or team lead to follow the case.</source>
        <translation>Choisissez le gestionnaire de cas ou le responsable d’équipe qui assurera le suivi.</translation>
    </message>
    <message>
        <source>This person already has an open case in this programme.</source>
        <translation>Cette personne a déjà un suivi ouvert dans ce programme.</translation>
    </message>
    <message>
        <source>The person does not meet the programme&apos;s eligibility rules:</source>
        <translation>La personne ne répond pas aux critères d’admissibilité du programme&#xa0;:</translation>
    </message>
    <message>
        <source>A team lead may admit anyway, giving a reason.</source>
        <translation>Un responsable d’équipe peut l’admettre malgré tout, en indiquant un motif.</translation>
    </message>
    <message>
        <source>Only a team lead may admit a person who does not meet the eligibility rules.</source>
        <translation>Seul un responsable d’équipe peut admettre une personne qui ne répond pas aux critères d’admissibilité.</translation>
    </message>
    <message>
        <source>Give the reason why the candidate is not admitted.</source>
        <translation>Indiquez pourquoi le candidat n’est pas admis.</translation>
    </message>
    <message>
        <source>Only a candidate in intake or on the waiting list can be declined.</source>
        <translation>Seul un candidat en intake ou sur la liste d’attente peut être déclaré non admis.</translation>
    </message>
    <message>
        <source>Only a candidate in intake can go on the waiting list.</source>
        <translation>Seul un candidat en intake peut être inscrit sur la liste d’attente.</translation>
    </message>
    <message>
        <source>Only a team lead assigns and reassigns cases.</source>
        <translation>Seul un responsable d’équipe peut assigner ou réassigner les suivis.</translation>
    </message>
    <message>
        <source>A closed case cannot be reassigned; reopen it first.</source>
        <translation>Un suivi fermé ne peut pas être réassigné&#xa0;; rouvrez-le d’abord.</translation>
    </message>
    <message>
        <source>The assessment is written once the case is admitted.</source>
        <translation>L’évaluation globale se rédige après l’admission.</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>Décrivez l’objectif.</translation>
    </message>
    <message>
        <source>Goals are set once the case is admitted.</source>
        <translation>Les objectifs se fixent après l’admission.</translation>
    </message>
    <message>
        <source>Goal results are recorded at the evaluation stage.</source>
        <translation>Les résultats des objectifs se consignent à l’étape de l’évaluation.</translation>
    </message>
    <message>
        <source>This goal is not part of the case.</source>
        <translation>Cet objectif ne fait pas partie de ce suivi.</translation>
    </message>
    <message>
        <source>Satisfaction is a mark from 1 to 5.</source>
        <translation>La satisfaction est une note de 1 à 5.</translation>
    </message>
    <message>
        <source>The person&apos;s satisfaction is recorded at the evaluation stage.</source>
        <translation>La satisfaction de la personne se consigne à l’étape de l’évaluation.</translation>
    </message>
    <message>
        <source>Record where the person lives on leaving (housing destination).</source>
        <translation>Indiquez où la personne habitera à sa sortie (logement à la sortie).</translation>
    </message>
    <message>
        <source>An early exit is for lost contact, a move, a refusal or a death.</source>
        <translation>La sortie anticipée est réservée aux cas de perte de contact, de déménagement, de refus ou de décès.</translation>
    </message>
    <message>
        <source>Only an admitted case can exit; decline a candidate instead.</source>
        <translation>Seul un suivi admis peut prendre fin&#xa0;; un candidat est plutôt déclaré non admis.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Seul un suivi fermé peut être rouvert.</translation>
    </message>
    <message>
        <source>Only a team lead sees another worker&apos;s caseload.</source>
        <translation>Seul un responsable d’équipe peut voir les suivis d’un autre intervenant.</translation>
    </message>
    <message>
        <source>The waiting list is for case managers and team leads.</source>
        <translation>La liste d’attente est réservée aux gestionnaires de cas et aux responsables d’équipe.</translation>
    </message>
    <message>
        <source>The intake queue is for case managers and team leads.</source>
        <translation>La liste des candidats en intake est réservée aux gestionnaires de cas et aux responsables d’équipe.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>relais: %1</source>
        <translation>relais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &apos;relais --help&apos; for usage.</source>
        <translation>Lancez «&#xa0;relais --help&#xa0;» pour afficher l’aide.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Aucun mot de passe n’a été fourni sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Type the password again: </source>
        <translation>Tapez de nouveau le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was created.</source>
        <translation>Les deux mots de passe diffèrent. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>Created the encrypted database %1 with its key file %2.</source>
        <translation>Base de données chiffrée %1 créée, avec son fichier de clés %2.</translation>
    </message>
    <message>
        <source>Recovery key (shown only once; write it down and keep it in a safe place):</source>
        <translation>Clé de récupération (affichée une seule fois&#xa0;; notez-la et conservez-la en lieu sûr)&#xa0;:</translation>
    </message>
    <message>
        <source>Missing user sub-command (add, passwd or remove).</source>
        <translation>Sous-commande de user manquante (add, passwd ou remove).</translation>
    </message>
    <message>
        <source>Unknown user sub-command: %1</source>
        <translation>Sous-commande de user inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown role %1: use case_manager, team_lead or admin.</source>
        <translation>Rôle inconnu %1&#xa0;: utilisez case_manager, team_lead ou admin.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Mot de passe du nouvel utilisateur %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password was given for the new user.</source>
        <translation>Aucun mot de passe n’a été fourni pour le nouvel utilisateur.</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>Utilisateur %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Mot de passe actuel&#xa0;: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Give the current and the new password, one per line.</source>
        <translation>Fournissez le mot de passe actuel et le nouveau, un par ligne.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe changé.</translation>
    </message>
    <message>
        <source>Removed user %1. Run &apos;relais rekey&apos; so that a key they may have kept no longer opens the database.</source>
        <translation>Utilisateur %1 supprimé. Lancez «&#xa0;relais rekey&#xa0;» pour qu’une clé que cette personne aurait pu conserver n’ouvre plus la base de données.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Give the recovery key and the new password, one per line.</source>
        <translation>Fournissez la clé de récupération et le nouveau mot de passe, un par ligne.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe défini pour %1.</translation>
    </message>
    <message>
        <source>The database now has a new key (generation %1).</source>
        <translation>La base de données a maintenant une nouvelle clé (génération %1).</translation>
    </message>
    <message>
        <source>--people, --interventions and --seed take whole numbers (at least 1 person).</source>
        <translation>--people, --interventions et --seed prennent des nombres entiers (au moins 1 personne).</translation>
    </message>
    <message>
        <source>Created the demo database %1: %2 people, %3 interventions, %4 cases.</source>
        <translation>Base de démonstration %1 créée&#xa0;: %2 personnes, %3 interventions, %4 suivis.</translation>
    </message>
    <message>
        <source>Accounts: admin, lea (team lead), marie, jean, sophie, karim (case managers); password: %1</source>
        <translation>Comptes&#xa0;: admin, lea (responsable d’équipe), marie, jean, sophie, karim (gestionnaires de cas)&#xa0;; mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data format: %1 (this version of Relais: %2)</source>
        <translation>Format des données&#xa0;: %1 (cette version de Relais&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Key generation: %1</source>
        <translation>Génération de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encryption: %1, page size %2 bytes, %3 pages</source>
        <translation>Chiffrement&#xa0;: %1, pages de %2 octets, %3 pages</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n entries, %1</source>
        <translation>
            <numerusform>Journal d’audit&#xa0;: %n entrée, %1</numerusform>
            <numerusform>Journal d’audit&#xa0;: %n entrées, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>chain and anchor verified</source>
        <translation>chaîne et ancrage vérifiés</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>relais: the database is damaged. Restore your latest backup.</source>
        <translation>relais&#xa0;: la base de données est endommagée. Restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>Option --%1 manquante.</translation>
    </message>
    <message numerus="yes">
        <source>Several failed attempts: waiting %n second(s) before checking the password.</source>
        <translation>
            <numerusform>Plusieurs tentatives ont échoué&#xa0;: attente de %n seconde avant la vérification du mot de passe.</numerusform>
            <numerusform>Plusieurs tentatives ont échoué&#xa0;: attente de %n secondes avant la vérification du mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written and verified: %1 (%n page(s), key generation %2).</source>
        <translation>
            <numerusform>Sauvegarde écrite et vérifiée&#xa0;: %1 (%n page, génération de la clé %2).</numerusform>
            <numerusform>Sauvegarde écrite et vérifiée&#xa0;: %1 (%n pages, génération de la clé %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1. Keep them together, on an encrypted or offline medium: every password valid today, and the recovery key, open this backup.</source>
        <translation>Fichiers&#xa0;: %1. Conservez-les ensemble, sur un support chiffré ou hors ligne&#xa0;: tous les mots de passe valides aujourd’hui, ainsi que la clé de récupération, ouvrent cette sauvegarde.</translation>
    </message>
    <message>
        <source>Warning: the backup is complete, but the database was too busy to record it in the audit trail.</source>
        <translation>Avertissement&#xa0;: la sauvegarde est complète, mais la base de données était trop occupée pour l’inscrire au journal d’audit.</translation>
    </message>
    <message>
        <source>Password for %1 (as on the day of the backup): </source>
        <translation>Mot de passe de %1 (celui du jour de la sauvegarde)&#xa0;: </translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2 (key generation %3).</source>
        <translation>Base de données %1 restaurée à partir de la sauvegarde du %2 (génération de la clé %3).</translation>
    </message>
    <message>
        <source>Sign in with the accounts and passwords of that day.</source>
        <translation>Connectez-vous avec les comptes et les mots de passe de ce jour-là.</translation>
    </message>
    <message>
        <source>To check it with a password: relais check --db %1 --as USER</source>
        <translation>Pour la vérifier avec un mot de passe&#xa0;: relais check --db %1 --as UTILISATEUR</translation>
    </message>
    <message>
        <source>Unknown kind of file %1: use partners, people, interventions or cases.</source>
        <translation>Type de fichier inconnu %1&#xa0;: utilisez partners, people, interventions ou cases.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>Lecture de %1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1:1: %2: warning: unknown column, ignored</source>
        <translation>%1:1: %2: avertissement&#xa0;: colonne inconnue, ignorée</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked, no problems (dry run, nothing was changed): %2</source>
        <translation>%1 vérifié, aucun problème (essai à blanc, rien n’a été modifié)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: these files are NOT encrypted. Keep them on an encrypted drive or delete them once imported; anyone who can read them sees every record they hold.</source>
        <translation>Avertissement&#xa0;: ces fichiers ne sont PAS chiffrés. Conservez-les sur un disque chiffré ou supprimez-les une fois importés&#xa0;; quiconque peut les lire voit toutes les fiches qu’ils contiennent.</translation>
    </message>
    <message>
        <source>Exported to %1: %2 partners, %3 people, %4 interventions, %5 cases.</source>
        <translation>Exporté dans %1&#xa0;: %2 partenaires, %3 personnes, %4 interventions, %5 suivis.</translation>
    </message>
    <message>
        <source>--from must be a date written YYYY-MM-DD, such as 2025-04-01 (got %1).</source>
        <translation>--from doit être une date écrite AAAA-MM-JJ, par exemple 2025-04-01 (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>--to must be a date written YYYY-MM-DD, such as 2026-03-31 (got %1).</source>
        <translation>--to doit être une date écrite AAAA-MM-JJ, par exemple 2026-03-31 (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The period starts after it ends: --from %1 is after --to %2.</source>
        <translation>La période commence après sa fin&#xa0;: --from %1 est postérieur à --to %2.</translation>
    </message>
    <message>
        <source>--lang takes fr or en (got %1).</source>
        <translation>--lang accepte fr ou en (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Give --programme or --territory, not both.</source>
        <translation>Indiquez --programme ou --territory, pas les deux.</translation>
    </message>
    <message>
        <source>This program cannot draw PDF files (no graphics support).</source>
        <translation>Ce programme ne peut pas produire de fichiers PDF (pas de prise en charge graphique).</translation>
    </message>
    <message>
        <source>There is no programme named %1. Programmes: %2.</source>
        <translation>Il n’y a aucun programme nommé %1. Programmes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no territory named %1. Territories: %2.</source>
        <translation>Il n’y a aucun territoire nommé %1. Territoires&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Exported files are not encrypted: keep them safe, and delete them when they are no longer needed.</source>
        <translation>Les fichiers exportés ne sont pas chiffrés&#xa0;: conservez-les en lieu sûr et supprimez-les lorsqu’ils ne sont plus nécessaires.</translation>
    </message>
    <message>
        <source>relais: %1 was not imported (problems found: %2). Nothing was changed.</source>
        <translation>relais&#xa0;: %1 n’a pas été importé (problèmes relevés&#xa0;: %2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Unknown language %1: use fr or en.</source>
        <translation>Langue inconnue %1&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Usage: relais [COMMAND] [OPTIONS]
Without a command, Relais opens its window.

Commands:
  init --db FILE --org NAME --admin USER [--language fr|en]
                                              create an encrypted database; prints the recovery key
  user add --db FILE --as ADMIN --user NAME --role ROLE
                                              add an account (case_manager, team_lead or admin)
  user passwd --db FILE --user NAME           change a password
  user remove --db FILE --as ADMIN --user NAME
                                              remove an account (then run rekey)
  recover --db FILE --user NAME               set a new password with the recovery key
  rekey --db FILE --as ADMIN                  replace the database key
  check --db FILE --as USER                   verify the database and print a summary
  report --db FILE --as USER --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--json FILE]
         [--csv DIR] [--lang fr|en] [--programme NAME | --territory NAME] [--suppress-small]
                                              activity report of a period (team lead or admin)
  backup --db FILE --as USER --out FILE       encrypted, verified copy (team lead or admin):
                                              FILE, FILE.slots, FILE.anchor, FILE.manifest
  restore --from FILE --db NEWFILE [--as USER]
                                              restore a backup to a new database file
  retention --db FILE --as ADMIN [--years N] [--dry-run]
                                              anonymise people inactive for the retention period
                                              (default 7 years); --dry-run lists them
  erase --db FILE --as USER --person UUID     erase one person&apos;s identity and notes on request
                                              (team lead or admin; no case open)
  demo --db FILE [--people N] [--interventions M] [--seed S]
                                              create a database of synthetic demo data
  import --db FILE --as USER KIND FILE.csv [--dry-run]
                                              import partners, people, interventions or cases, all
                                              or nothing (team lead or administrator)
  export --db FILE --as USER --out DIR        write what USER may see as CSV files (not encrypted)
  --version                                   print the version

Passwords are read from standard input, one per line, when it is not a terminal.
Exit codes: 0 ok, 1 usage, 2 authentication failed, 3 input rejected, 4 damaged or too new,
5 permission denied, 6 open on another computer.
</source>
        <translation>Utilisation&#xa0;: relais [COMMANDE] [OPTIONS]
Sans commande, Relais ouvre sa fenêtre.

Commandes&#xa0;:
  init --db FICHIER --org NOM --admin UTILISATEUR [--language fr|en]
                                              créer une base de données chiffrée et afficher la clé de récupération
  user add --db FICHIER --as ADMIN --user NOM --role RÔLE
                                              ajouter un compte (case_manager, team_lead ou admin)
  user passwd --db FICHIER --user NOM         changer un mot de passe
  user remove --db FICHIER --as ADMIN --user NOM
                                              supprimer un compte (puis lancer rekey)
  recover --db FICHIER --user NOM             définir un nouveau mot de passe avec la clé de récupération
  rekey --db FICHIER --as ADMIN               remplacer la clé de la base de données
  check --db FICHIER --as UTILISATEUR         vérifier la base de données et en afficher un résumé
  report --db FICHIER --as UTILISATEUR --from AAAA-MM-JJ --to AAAA-MM-JJ --out FICHIER.pdf
         [--json FICHIER] [--csv DOSSIER] [--lang fr|en] [--programme NOM | --territory NOM]
         [--suppress-small]                   produire le rapport d’activité d’une période (responsable d’équipe ou admin)
  backup --db FICHIER --as UTILISATEUR --out FICHIER
                                              faire une copie chiffrée et vérifiée (responsable d’équipe ou admin)&#xa0;:
                                              FICHIER, FICHIER.slots, FICHIER.anchor, FICHIER.manifest
  restore --from FICHIER --db NOUVEAU_FICHIER [--as UTILISATEUR]
                                              restaurer une sauvegarde dans un nouveau fichier de base de données
  retention --db FICHIER --as ADMIN [--years N] [--dry-run]
                                              anonymiser les personnes inactives depuis la durée de conservation
                                              (7 ans par défaut)&#xa0;; --dry-run les énumère
  erase --db FICHIER --as UTILISATEUR --person UUID
                                              effacer à sa demande l’identité et les notes d’une personne
                                              (responsable d’équipe ou admin&#xa0;; aucun suivi ouvert)
  demo --db FICHIER [--people N] [--interventions M] [--seed S]
                                              créer une base de données de démonstration (données fictives)
  import --db FICHIER --as UTILISATEUR TYPE FICHIER.csv [--dry-run]
                                              importer un fichier partners, people, interventions ou cases, en tout
                                              ou rien (responsable d’équipe ou administrateur)
  export --db FICHIER --as UTILISATEUR --out DOSSIER
                                              écrire en fichiers CSV (non chiffrés) ce qu’UTILISATEUR peut voir
  --version                                   afficher la version

Quand l’entrée standard n’est pas un terminal, les mots de passe y sont lus, un par ligne.
Codes de sortie&#xa0;: 0 succès, 1 utilisation incorrecte, 2 échec de l’authentification, 3 saisie refusée, 4 base endommagée ou trop récente,
5 permission refusée, 6 base ouverte sur un autre ordinateur.
</translation>
    </message>
    <message>
        <source>--years takes a whole number of years.</source>
        <translation>--years prend un nombre entier d’années.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: with a retention period of %n year(s), these people would be anonymised (nothing was changed):</source>
        <translation>
            <numerusform>Simulation&#xa0;: avec une durée de conservation de %n an, ces personnes seraient anonymisées (rien n’a été modifié)&#xa0;:</numerusform>
            <numerusform>Simulation&#xa0;: avec une durée de conservation de %n ans, ces personnes seraient anonymisées (rien n’a été modifié)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due.</source>
        <translation>
            <numerusform>%n personne à anonymiser.</numerusform>
            <numerusform>%n personnes à anonymiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period set to %n year(s).</source>
        <translation>
            <numerusform>Durée de conservation fixée à %n an.</numerusform>
            <numerusform>Durée de conservation fixée à %n ans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised; the freed space was overwritten. Older backups still hold their data until they are deleted.</source>
        <translation>
            <numerusform>%n personne anonymisée&#xa0;; l’espace libéré a été écrasé. Les sauvegardes plus anciennes gardent ses données jusqu’à leur suppression.</numerusform>
            <numerusform>%n personnes anonymisées&#xa0;; l’espace libéré a été écrasé. Les sauvegardes plus anciennes gardent leurs données jusqu’à leur suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing cannot be undone. Type the person&apos;s identifier again to confirm: </source>
        <translation>L’effacement est irréversible. Retapez l’identifiant de la personne pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>relais: not confirmed; nothing was erased.</source>
        <translation>relais&#xa0;: non confirmé&#xa0;; rien n’a été effacé.</translation>
    </message>
    <message numerus="yes">
        <source>Person %1 erased: names, birth date, contact details and %n note(s) removed; the interventions and cases stay, without their text, for the statistics. Older backups still hold the file until they are deleted.</source>
        <translation>
            <numerusform>Personne %1 effacée&#xa0;: noms, date de naissance, coordonnées et %n note supprimés&#xa0;; les interventions et les suivis restent, sans leur texte, pour les statistiques. Les sauvegardes plus anciennes gardent le dossier jusqu’à leur suppression.</numerusform>
            <numerusform>Personne %1 effacée&#xa0;: noms, date de naissance, coordonnées et %n notes supprimés&#xa0;; les interventions et les suivis restent, sans leur texte, pour les statistiques. Les sauvegardes plus anciennes gardent le dossier jusqu’à leur suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>relais: the audit trail does not verify: %1 First bad entry: #%2. Either the file was damaged (a damaged journal loses the latest changes) or someone altered it. Keep the files as they are for whoever investigates, and restore your latest backup to go on working.</source>
        <translation>relais&#xa0;: le journal d’audit ne se vérifie pas&#xa0;: %1 Première entrée invalide&#xa0;: nº %2. Soit le fichier a été endommagé (un journal endommagé perd les dernières modifications), soit quelqu’un l’a modifié. Laissez les fichiers tels quels pour la personne qui enquêtera et restaurez votre dernière sauvegarde pour continuer à travailler.</translation>
    </message>
    <message>
        <source>rows: %1 (%2 created, %3 updated, %4 unchanged); new territories: %5, new problems: %6.</source>
        <translation>lignes&#xa0;: %1 (%2 créées, %3 mises à jour, %4 inchangées)&#xa0;; nouveaux territoires&#xa0;: %5, nouvelles problématiques&#xa0;: %6.</translation>
    </message>
</context>
<context>
    <name>ClientFileWidget</name>
    <message>
        <source>Client file</source>
        <translation>Dossier de l’usager</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>F&amp;usionner avec…</translation>
    </message>
    <message>
        <source>Merge a duplicate record into this file</source>
        <translation>Fusionner une fiche en double dans ce dossier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun suivi</translation>
    </message>
    <message>
        <source>&amp;Open a case</source>
        <translation>&amp;Ouvrir un suivi</translation>
    </message>
    <message>
        <source>Still missing for the next step</source>
        <translation>Éléments manquants pour l’étape suivante</translation>
    </message>
    <message>
        <source>Nothing is missing: the next step can be taken.</source>
        <translation>Rien ne manque&#xa0;: le suivi peut passer à l’étape suivante.</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Admettre</translation>
    </message>
    <message>
        <source>Ad&amp;vance</source>
        <translation>&amp;Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Clore le suivi</translation>
    </message>
    <message>
        <source>&amp;Reassess</source>
        <translation>&amp;Réévaluer</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Sections of the file</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Vue d’ensem&amp;ble</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Pré&amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Al&amp;ias:</source>
        <translation>Al&amp;ias&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Housing situation:</source>
        <translation>Situation &amp;de logement&#xa0;:</translation>
    </message>
    <message>
        <source>Safety &amp;alert:</source>
        <translation>Alerte de séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. meet in pairs</source>
        <translation>ex.&#xa0;: rencontrer à deux</translation>
    </message>
    <message>
        <source>&amp;Intake and eligibility</source>
        <translation>&amp;Intake et admissibilité</translation>
    </message>
    <message>
        <source>No request recorded yet.</source>
        <translation>Aucune demande consignée pour le moment.</translation>
    </message>
    <message>
        <source>Record the person&apos;s &amp;request</source>
        <translation>Consigner la &amp;demande de la personne</translation>
    </message>
    <message>
        <source>Eligibility warnings:</source>
        <translation>Avertissements d’admissibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility warnings</source>
        <translation>Avertissements d’admissibilité</translation>
    </message>
    <message>
        <source>&amp;Override reason (team lead):</source>
        <translation>&amp;Motif de la dérogation (responsable d’équipe)&#xa0;:</translation>
    </message>
    <message>
        <source>Why admit despite the warnings</source>
        <translation>Pourquoi admettre malgré les avertissements</translation>
    </message>
    <message>
        <source>&amp;Decline reason:</source>
        <translation>Motif de &amp;non-admission&#xa0;:</translation>
    </message>
    <message>
        <source>Needed to decline the candidate</source>
        <translation>Nécessaire pour ne pas admettre le candidat</translation>
    </message>
    <message>
        <source>Asse&amp;ssment</source>
        <translation>Évaluation &amp;globale</translation>
    </message>
    <message>
        <source>Problems and &amp;weaknesses:</source>
        <translation>Problématiques et fai&amp;blesses&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>Fo&amp;rces&#xa0;:</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>Ressour&amp;ces&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Means:</source>
        <translation>&amp;Moyens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Date &amp;visée&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Ajouter l’ob&amp;jectif</translation>
    </message>
    <message>
        <source>I&amp;nterventions</source>
        <translation>In&amp;terventions</translation>
    </message>
    <message>
        <source>Interventions, newest first</source>
        <translation>Interventions, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>Orie&amp;ntations</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>S&amp;tatus of the selected referral:</source>
        <translation>S&amp;tatut de l’orientation sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange status</source>
        <translation>&amp;Modifier le statut</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Results against the goals of this cycle:</source>
        <translation>Résultats par rapport aux objectifs de ce cycle&#xa0;:</translation>
    </message>
    <message>
        <source>Goal results</source>
        <translation>Résultats des objectifs</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;satisfaction (1 to 5):</source>
        <translation>&amp;Satisfaction de la personne (1 à 5)&#xa0;:</translation>
    </message>
    <message>
        <source>Record the e&amp;valuation</source>
        <translation>Consigner l’é&amp;valuation</translation>
    </message>
    <message>
        <source>Exit/rea&amp;ssessment</source>
        <translation>S&amp;ortie ou réévaluation</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>Motif de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Housing on leaving:</source>
        <translation>&amp;Logement à la sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Exit or reassess with the buttons beside the stages; an early exit is in “More actions”.</source>
        <translation>Clore le suivi ou le réévaluer&#xa0;: utilisez les boutons à côté des étapes&#xa0;; la sortie anticipée se trouve dans «&#xa0;Autres actions&#xa0;».</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>History of the file</source>
        <translation>Historique du dossier</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>Personne rencontrée</translation>
    </message>
    <message>
        <source>Anonymous person</source>
        <translation>Personne anonyme</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Name or alias, then Enter</source>
        <translation>Nom ou alias, puis Entrée</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias&#xa0;:</translation>
    </message>
    <message>
        <source>What the person is called</source>
        <translation>Comment on appelle la personne</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. man, red coat, Jacques-Cartier park</source>
        <translation>ex.&#xa0;: homme, manteau rouge, parc Jacques-Cartier</translation>
    </message>
    <message>
        <source>Approximate a&amp;ge:</source>
        <translation>Âge appro&amp;ximatif&#xa0;:</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>Place &amp;kind:</source>
        <translation>T&amp;ype de lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Place na&amp;me:</source>
        <translation>&amp;Nom du lieu&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Pointe-Merry park</source>
        <translation>ex.&#xa0;: parc de la Pointe-Merry</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Types of intervention:</source>
        <translation>Types d’&amp;intervention&#xa0;:</translation>
    </message>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>Tapez pour filtrer, Espace pour cocher</translation>
    </message>
    <message>
        <source>Pr&amp;oblems:</source>
        <translation>Pro&amp;blématiques&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ew problem</source>
        <translation>Nou&amp;velle problématique</translation>
    </message>
    <message>
        <source>Re&amp;ferred to:</source>
        <translation>Orientée ver&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Partner organisation: type to filter, Space to tick</source>
        <translation>Organisme partenaire&#xa0;: tapez pour filtrer, Espace pour cocher</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Not enough memory to read the file.</source>
        <translation>Mémoire insuffisante pour lire le fichier.</translation>
    </message>
    <message>
        <source>misplaced quote: a value holding quotes, the delimiter or a line break must be enclosed in double quotes, with each quote inside it doubled (&quot;&quot;)</source>
        <translation>guillemet mal placé&#xa0;: une valeur qui contient des guillemets, le séparateur ou un saut de ligne doit être entourée de guillemets droits, et chaque guillemet à l’intérieur doit être doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <source> (the problem is on line %1)</source>
        <translation> (le problème se trouve à la ligne %1)</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>le fichier n’a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>a quoted value opened on line %1 is never closed</source>
        <translation>une valeur entre guillemets ouverte à la ligne %1 n’est jamais fermée</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s “Unicode text”). Save it as “CSV UTF-8” or “CSV (separated by commas or semicolons)”.</source>
        <translation>Le fichier est en UTF-16 («&#xa0;Texte Unicode&#xa0;» d’Excel). Enregistrez-le en «&#xa0;CSV UTF-8&#xa0;» ou en «&#xa0;CSV (séparateur&#xa0;: point-virgule)&#xa0;».</translation>
    </message>
    <message>
        <source>This is a workbook (Excel .xlsx or LibreOffice .ods), not a CSV file. Open it and use “Save as” with the type “CSV UTF-8” or “CSV (separated by semicolons)”.</source>
        <translation>C’est un classeur (Excel .xlsx ou LibreOffice .ods), pas un fichier CSV. Ouvrez-le et utilisez «&#xa0;Enregistrer sous&#xa0;» avec le type «&#xa0;CSV UTF-8&#xa0;» ou «&#xa0;CSV (séparateur&#xa0;: point-virgule)&#xa0;».</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet saved as text (CSV): it holds binary data. Check that it is the right file; from Excel or LibreOffice, use “Save as” with the type “CSV UTF-8”.</source>
        <translation>Ce fichier n’est pas un tableur enregistré en texte (CSV)&#xa0;: il contient des données binaires. Vérifiez que c’est le bon fichier&#xa0;; depuis Excel ou LibreOffice, utilisez «&#xa0;Enregistrer sous&#xa0;» avec le type «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>Export everything into a folder</source>
        <translation>Tout exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>The spreadsheet files written to %1 will NOT be encrypted: anyone who can open them sees every record they hold (names, birth dates, notes). Keep them on an encrypted drive and delete them once they are no longer needed.

Export now?</source>
        <translation>Les fichiers de tableur écrits dans %1 ne seront PAS chiffrés&#xa0;: toute personne qui peut les ouvrir voit tout ce qu’ils contiennent (noms, dates de naissance, notes). Gardez-les sur un disque chiffré et supprimez-les dès qu’ils ne sont plus nécessaires.

Exporter maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Exported to %1: %2 partners, %3 people, %4 interventions, %5 cases.</source>
        <translation>Exporté dans %1&#xa0;: %2 partenaires, %3 personnes, %4 interventions, %5 suivis.</translation>
    </message>
    <message>
        <source>These files are not encrypted: keep them in a safe place.</source>
        <translation>Ces fichiers ne sont pas chiffrés&#xa0;: gardez-les en lieu sûr.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Relais backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Relais (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>restored-%1</source>
        <translation>restauree-%1</translation>
    </message>
    <message>
        <source>Restore into a new database file</source>
        <translation>Restaurer dans un nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>Relais databases (*.db)</source>
        <translation>Bases de données Relais (*.db)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>%1 is the database open now: a backup is restored into a new file, never over the open database. Choose another name.</source>
        <translation>%1 est la base de données ouverte&#xa0;: une sauvegarde se restaure dans un nouveau fichier, jamais par-dessus la base ouverte. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup of %1 was checked and restored to %2.</source>
        <translation>La sauvegarde du %1 a été vérifiée et restaurée dans %2.</translation>
    </message>
    <message>
        <source>The database open now is unchanged. To open the restored one, lock Relais (Ctrl+L), choose the restored file on the sign-in screen and sign in with an account and password as they were on the day of the backup.</source>
        <translation>La base de données ouverte n’a pas changé. Pour ouvrir celle qui a été restaurée, verrouillez Relais (Ctrl+L), choisissez le fichier restauré sur l’écran de connexion et connectez-vous avec un compte et un mot de passe tels qu’ils étaient le jour de la sauvegarde.</translation>
    </message>
    <message>
        <source>Export this person&apos;s file</source>
        <translation>Exporter le dossier de cette personne</translation>
    </message>
    <message>
        <source>The PDF will hold everything Relais has about this person that you may read, and it will NOT be encrypted. Give it to the person or keep it in a safe place, and delete it when it is no longer needed.

Continue?</source>
        <translation>Le PDF contiendra tout ce que Relais détient sur cette personne et que vous pouvez lire, et il ne sera PAS chiffré. Remettez-le à la personne ou gardez-le en lieu sûr, et supprimez-le lorsqu’il n’est plus nécessaire.

Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Save the person&apos;s file as PDF</source>
        <translation>Enregistrer le dossier de la personne en PDF</translation>
    </message>
    <message>
        <source>personal-file.pdf</source>
        <translation>dossier-personnel.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The PDF was written, but the export could not be recorded in the audit trail: %1</source>
        <translation>Le PDF a été écrit, mais l’exportation n’a pas pu être inscrite au journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was saved to %1.

It is not encrypted: keep it in a safe place, and delete it when it is no longer needed.</source>
        <translation>Le fichier a été enregistré dans %1.

Il n’est pas chiffré&#xa0;: gardez-le en lieu sûr et supprimez-le lorsqu’il n’est plus nécessaire.</translation>
    </message>
</context>
<context>
    <name>DataStore</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>Il n’y a aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>The key file does not match this database (it belongs to another copy). Nothing was changed. Restore the database and its key file together from the same backup.</source>
        <translation>Le fichier de clés ne correspond pas à cette base de données (il appartient à une autre copie). Rien n’a été modifié. Restaurez ensemble la base de données et son fichier de clés à partir de la même sauvegarde.</translation>
    </message>
    <message>
        <source>The key file belongs to another database. Nothing was changed. Keep each database with its own key file.</source>
        <translation>Le fichier de clés appartient à une autre base de données. Rien n’a été modifié. Conservez chaque base de données avec son propre fichier de clés.</translation>
    </message>
    <message>
        <source>Another change to the accounts is in progress. Try again in a moment.</source>
        <translation>Une autre modification des comptes est en cours. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 unaccented letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Un nom d’utilisateur compte de 2 à 64 caractères&#xa0;: lettres non accentuées, chiffres, points, traits d’union ou tirets bas, sans espace.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Please give the organisation&apos;s name.</source>
        <translation>Veuillez indiquer le nom de l’organisme.</translation>
    </message>
    <message>
        <source>A database already exists at %1; Relais will not overwrite it.</source>
        <translation>Une base de données existe déjà à l’emplacement %1&#xa0;; Relais ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>Relais could not create the folder for %1.</source>
        <translation>Relais n’a pas pu créer le dossier de %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a aucune base de données à l’emplacement %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives ont échoué. Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives ont échoué. Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Un utilisateur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>You cannot remove your own account while signed in with it.</source>
        <translation>Vous ne pouvez pas supprimer votre propre compte pendant que vous êtes connecté avec celui-ci.</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>Le dernier administrateur ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Relais is also open in another window or program on this computer. Close it, then change the key again.</source>
        <translation>Relais est aussi ouvert dans une autre fenêtre ou un autre programme sur cet ordinateur. Fermez-le, puis changez la clé de nouveau.</translation>
    </message>
    <message>
        <source>The key file changed since you signed in. Sign in again.</source>
        <translation>Le fichier de clés a changé depuis votre connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You cannot change your own role while signed in with it. Ask another administrator.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle pendant que vous êtes connecté avec celui-ci. Demandez-le à un autre administrateur.</translation>
    </message>
    <message>
        <source>The last administrator keeps that role: make someone else an administrator first.</source>
        <translation>Le dernier administrateur conserve ce rôle&#xa0;: nommez d’abord une autre personne administrateur.</translation>
    </message>
    <message>
        <source>Relais was not closed properly last time; the changes saved before then were recovered. A copy of its recovery journal was kept as %1 for %2 days: if recent work is missing, keep that copy elsewhere, restore your latest backup or contact your administrator; otherwise it can be deleted.</source>
        <translation>Relais n’a pas été fermé correctement la dernière fois&#xa0;; les modifications enregistrées avant ce moment ont été récupérées. Une copie de son journal de récupération a été conservée sous %1 pendant %2&#xa0;jours&#xa0;: s’il manque du travail récent, gardez cette copie ailleurs, restaurez votre dernière sauvegarde ou contactez votre administrateur&#xa0;; sinon, elle peut être supprimée.</translation>
    </message>
</context>
<context>
    <name>DateParsing</name>
    <message>
        <source>write the date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>écrivez la date sous la forme AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD or DD/MM/YYYY, optionally followed by the time as HH:MM</source>
        <translation>écrivez la date sous la forme AAAA-MM-JJ ou JJ/MM/AAAA, suivie au besoin de l’heure sous la forme HH:MM</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <source>New group session</source>
        <translation>Nouvelle séance de groupe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. La soupière</source>
        <translation>ex.&#xa0;: La soupière</translation>
    </message>
    <message>
        <source>Kind of group:</source>
        <translation>Type de groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open to everyone</source>
        <translation>O&amp;uvert à tous</translation>
    </message>
    <message>
        <source>&amp;Closed (members only)</source>
        <translation>&amp;Fermé (membres seulement)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add attendee:</source>
        <translation>Ajouter un &amp;participant&#xa0;:</translation>
    </message>
    <message>
        <source>Name or alias, then Enter</source>
        <translation>Nom ou alias, puis Entrée</translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation>Pa&amp;rticipants&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>&amp;People not named:</source>
        <translation>Personnes &amp;non nommées&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>“%1” is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>A partner organisation needs a code.</source>
        <translation>Un organisme partenaire doit avoir un code.</translation>
    </message>
    <message>
        <source>The code “%1” is already on line %2.</source>
        <translation>Le code «&#xa0;%1&#xa0;» figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>A partner organisation needs a name.</source>
        <translation>Un organisme partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>Give the ref of the person followed (from people.csv).</source>
        <translation>Indiquez la valeur ref de la personne suivie (tirée de people.csv).</translation>
    </message>
    <message>
        <source>No person has the ref “%1”: import people.csv first.</source>
        <translation>Aucune personne n’a la valeur ref «&#xa0;%1&#xa0;»&#xa0;: importez d’abord people.csv.</translation>
    </message>
    <message>
        <source>No account has the user name “%1”. Accounts: %2.</source>
        <translation>Aucun compte n’a le nom d’utilisateur «&#xa0;%1&#xa0;». Comptes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is an administrator: a case is followed by a case manager or a team lead.</source>
        <translation>%1 est administrateur&#xa0;: un suivi est assuré par un gestionnaire de cas ou un responsable d’équipe.</translation>
    </message>
    <message>
        <source>Give the day the case was opened: %1.</source>
        <translation>Indiquez le jour d’ouverture du suivi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The case cannot open in the future.</source>
        <translation>Le suivi ne peut pas s’ouvrir dans le futur.</translation>
    </message>
    <message>
        <source>Give the stage. Accepted: %1.</source>
        <translation>Indiquez l’étape. Valeurs acceptées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A case at stage %1 cannot have the status %2.</source>
        <translation>Un suivi à l’étape %1 ne peut pas avoir le statut %2.</translation>
    </message>
    <message>
        <source>An admitted case needs its case manager.</source>
        <translation>Un suivi admis doit avoir son gestionnaire de cas.</translation>
    </message>
    <message>
        <source>The same case (person, programme and opening day) is already on line %1.</source>
        <translation>Le même suivi (personne, programme et jour d’ouverture) figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>This person already has an open case in this programme, opened on %1.</source>
        <translation>Cette personne a déjà un suivi ouvert dans ce programme, depuis le %1.</translation>
    </message>
    <message>
        <source>The case is admitted before it was opened.</source>
        <translation>Le suivi est admis avant d’avoir été ouvert.</translation>
    </message>
    <message>
        <source>The case closes before it was opened or admitted.</source>
        <translation>Le suivi se ferme avant d’avoir été ouvert ou admis.</translation>
    </message>
    <message>
        <source>%1 already follows %2 active cases in “%3”; the programme&apos;s cap is %4. Put the case at intake (waiting list) or give it to another case manager.</source>
        <translation>%1 a déjà %2 suivis actifs dans «&#xa0;%3&#xa0;»&#xa0;; le maximum du programme est de %4. Mettez le suivi en intake (liste d’attente) ou confiez-le à un autre gestionnaire de cas.</translation>
    </message>
    <message>
        <source>The column appears twice (columns %1 and %2).</source>
        <translation>La colonne apparaît deux fois (colonnes %1 et %2).</translation>
    </message>
    <message>
        <source>This required column is missing from the header (line %1). The columns of %2 are: %3.</source>
        <translation>Cette colonne obligatoire est absente de l’en-tête (ligne %1). Les colonnes de %2 sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only team leads and administrators import spreadsheets.</source>
        <translation>Seuls les responsables d’équipe et les administrateurs peuvent importer des fichiers de tableur.</translation>
    </message>
    <message>
        <source>This record has %1 values; the header names %2 columns.</source>
        <translation>Cet enregistrement compte %1 valeurs&#xa0;; l’en-tête nomme %2 colonnes.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L’importation a été annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns: %1.</source>
        <translation>Le fichier est vide. Sa première ligne doit nommer les colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every intervention needs a ref, its key in the file.</source>
        <translation>Chaque intervention doit avoir une valeur ref, sa clé dans le fichier.</translation>
    </message>
    <message>
        <source>The ref “%1” is already on line %2.</source>
        <translation>La valeur ref «&#xa0;%1&#xa0;» figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>Give the ref of the person met (from people.csv).</source>
        <translation>Indiquez la valeur ref de la personne rencontrée (tirée de people.csv).</translation>
    </message>
    <message>
        <source>Give at least one type of intervention. Accepted: %1.</source>
        <translation>Indiquez au moins un type d’intervention. Valeurs acceptées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the date of the intervention: %1.</source>
        <translation>Indiquez la date de l’intervention&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La date %1 est dans le futur.</translation>
    </message>
    <message>
        <source>Give the user name of the worker who met the person.</source>
        <translation>Indiquez le nom d’utilisateur de l’intervenant qui a rencontré la personne.</translation>
    </message>
    <message>
        <source>No partner organisation has the code “%1”. Known codes: %2.</source>
        <translation>Aucun organisme partenaire n’a le code «&#xa0;%1&#xa0;». Codes connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Every person needs a ref, the key other files use for them.</source>
        <translation>Chaque personne doit avoir une valeur ref, la clé que les autres fichiers utilisent pour la désigner.</translation>
    </message>
    <message>
        <source>The minimum age is above the maximum age.</source>
        <translation>L’âge minimal est supérieur à l’âge maximal.</translation>
    </message>
    <message>
        <source>Give a first or last name, or for an anonymous person an alias.</source>
        <translation>Indiquez un prénom ou un nom ou, pour une personne anonyme, un alias.</translation>
    </message>
    <message>
        <source>This person already has an open case in this programme on line %1 (opened on %2): one open case per person and programme.</source>
        <translation>Cette personne a déjà un suivi ouvert dans ce programme à la ligne %1 (depuis le %2)&#xa0;: un seul suivi ouvert par personne et par programme.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>New territories: %1.</source>
        <translation>Nouveaux territoires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New problems: %1.</source>
        <translation>Nouvelles problématiques&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only a closed case (stage exit) has an exit reason or destination.</source>
        <translation>Seul un suivi fermé (étape sortie) a un motif ou une destination de sortie.</translation>
    </message>
</context>
<context>
    <name>OutreachService</name>
    <message>
        <source>Give the date and time of the intervention.</source>
        <translation>Indiquez la date et l’heure de l’intervention.</translation>
    </message>
    <message>
        <source>The intervention is dated in the future.</source>
        <translation>L’intervention est datée dans le futur.</translation>
    </message>
    <message>
        <source>Choose at least one type of intervention.</source>
        <translation>Choisissez au moins un type d’intervention.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>La durée doit être comprise entre 0 et 24 heures.</translation>
    </message>
    <message>
        <source>Only case managers and team leads log interventions.</source>
        <translation>Seuls les gestionnaires de cas et les responsables d’équipe peuvent consigner des interventions.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>A partner organisation referred to no longer exists.</source>
        <translation>Un organisme partenaire vers lequel la personne est orientée n’existe plus.</translation>
    </message>
    <message>
        <source>You can log only your own interventions.</source>
        <translation>Vous ne pouvez consigner que vos propres interventions.</translation>
    </message>
    <message>
        <source>An anonymous contact has no name; use the person&apos;s file.</source>
        <translation>Une rencontre anonyme n’a pas de nom&#xa0;; utilisez le dossier de la personne.</translation>
    </message>
    <message>
        <source>Give an alias or a short description of the person met.</source>
        <translation>Indiquez un alias ou une courte description de la personne rencontrée.</translation>
    </message>
    <message>
        <source>Contacts are for case managers and team leads.</source>
        <translation>Les rencontres sont réservées aux gestionnaires de cas et aux responsables d’équipe.</translation>
    </message>
    <message>
        <source>Group sessions are for case managers and team leads.</source>
        <translation>Les séances de groupe sont réservées aux gestionnaires de cas et aux responsables d’équipe.</translation>
    </message>
    <message>
        <source>Only case managers and team leads log group sessions.</source>
        <translation>Seuls les gestionnaires de cas et les responsables d’équipe peuvent consigner des séances de groupe.</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>Nommez le groupe.</translation>
    </message>
    <message>
        <source>Give the date and time of the session.</source>
        <translation>Indiquez la date et l’heure de la séance.</translation>
    </message>
    <message>
        <source>The head-count cannot be negative.</source>
        <translation>Le nombre de personnes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Add the attendees or the number of people present.</source>
        <translation>Ajoutez les participants ou indiquez le nombre de personnes présentes.</translation>
    </message>
    <message>
        <source>This partner organisation no longer exists.</source>
        <translation>Cet organisme partenaire n’existe plus.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n’existe plus.</translation>
    </message>
    <message>
        <source>Only case managers and team leads record referrals.</source>
        <translation>Seuls les gestionnaires de cas et les responsables d’équipe peuvent consigner des orientations.</translation>
    </message>
    <message>
        <source>The encounters behind the dashboard are for team leads.</source>
        <translation>Le détail des rencontres du tableau de bord est réservé aux responsables d’équipe.</translation>
    </message>
    <message>
        <source>Choose a valid period.</source>
        <translation>Choisissez une période valide.</translation>
    </message>
    <message>
        <source>This person has not consented to sharing their information. Record their consent in their file before referring them to a partner organisation.</source>
        <translation>Cette personne n’a pas consenti à la communication de ses renseignements. Inscrivez son consentement dans son dossier avant de la référer à un organisme partenaire.</translation>
    </message>
    <message>
        <source>This person&apos;s consent expired on %1. Record a renewed consent in their file before referring them to a partner organisation.</source>
        <translation>Le consentement de cette personne a expiré le %1. Inscrivez un consentement renouvelé dans son dossier avant de la référer à un organisme partenaire.</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>Give a name, or for an anonymous contact an alias or a short description.</source>
        <translation>Indiquez un nom ou, pour une personne anonyme, un alias ou une courte description.</translation>
    </message>
    <message>
        <source>The birth date is not plausible.</source>
        <translation>La date de naissance n’est pas plausible.</translation>
    </message>
    <message>
        <source>The birth year is not plausible.</source>
        <translation>L’année de naissance n’est pas plausible.</translation>
    </message>
    <message>
        <source>The age band is not plausible.</source>
        <translation>La tranche d’âge n’est pas plausible.</translation>
    </message>
    <message>
        <source>The consent expires before it was given.</source>
        <translation>Le consentement expire avant la date où il a été donné.</translation>
    </message>
    <message>
        <source>Only case managers and team leads record people.</source>
        <translation>Seuls les gestionnaires de cas et les responsables d’équipe peuvent inscrire des personnes.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choisissez deux fiches différentes à fusionner.</translation>
    </message>
    <message>
        <source>One of the two records no longer exists.</source>
        <translation>L’une des deux fiches n’existe plus.</translation>
    </message>
    <message>
        <source>Both records have an open case in the same programme. Close one of the two cases before merging.</source>
        <translation>Les deux fiches ont un suivi ouvert dans le même programme. Fermez l’un des deux suivis avant de les fusionner.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The birth year is in the future.</source>
        <translation>L’année de naissance est dans le futur.</translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>Only an administrator can manage user accounts.</source>
        <translation>Seul un administrateur peut gérer les comptes d’utilisateur.</translation>
    </message>
    <message>
        <source>Only an administrator can change the database key.</source>
        <translation>Seul un administrateur peut changer la clé de la base de données.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Votre rôle ne permet pas cette opération.</translation>
    </message>
</context>
<context>
    <name>PersonFilePdf</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>account %1 (removed)</source>
        <translation>compte %1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d’inscrit.</translation>
    </message>
    <message>
        <source>Personal file</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Everything Relais holds about this person that the account which made this document may read: identity, housing, consent, cases with their stage history and goals, interventions, referrals and notes.</source>
        <translation>Tout ce que Relais détient sur cette personne et que le compte qui a produit ce document peut lire&#xa0;: identité, logement, consentement, suivis avec l’historique des étapes et les objectifs, interventions, références et notes.</translation>
    </message>
    <message>
        <source>Generated on %1.</source>
        <translation>Produit le %1.</translation>
    </message>
    <message>
        <source>This document is not encrypted: hand it to the person, keep it in a safe place, and delete it when it is no longer needed.</source>
        <translation>Ce document n’est pas chiffré&#xa0;: remettez-le à la personne, gardez-le en lieu sûr et supprimez-le lorsqu’il n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>Identity and situation</source>
        <translation>Identité et situation</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 à %2 ans</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Estimated birth year</source>
        <translation>Année de naissance estimée</translation>
    </message>
    <message>
        <source>Approximate age</source>
        <translation>Âge approximatif</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Housing situation</source>
        <translation>Situation de logement</translation>
    </message>
    <message>
        <source>Housing situation since</source>
        <translation>Situation de logement depuis</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problématiques</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>No case.</source>
        <translation>Aucun suivi.</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Case in “%1”, opened on %2</source>
        <translation>Suivi dans «&#xa0;%1&#xa0;», ouvert le %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Asked for by the person</source>
        <translation>Demandé par la personne</translation>
    </message>
    <message>
        <source>On the waiting list since</source>
        <translation>Sur la liste d’attente depuis</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admis le</translation>
    </message>
    <message>
        <source>Eligibility exception</source>
        <translation>Exception d’admissibilité</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Problems and weaknesses</source>
        <translation>Problématiques et faiblesses</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Prochain contact prévu</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fermé le</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Housing on leaving</source>
        <translation>Logement à la sortie</translation>
    </message>
    <message>
        <source>Exit note</source>
        <translation>Note de sortie</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No goal.</source>
        <translation>Aucun objectif.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape franchie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No stage recorded.</source>
        <translation>Aucune étape inscrite.</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Interventions (%1)</source>
        <translation>Interventions (%1)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Référé à</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No intervention.</source>
        <translation>Aucune intervention.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisme partenaire</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>No referral.</source>
        <translation>Aucune référence.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Confidential: personal information, not encrypted</source>
        <translation>Confidentiel&#xa0;: renseignements personnels, non chiffrés</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn in this mode of Relais (no graphical application).</source>
        <translation>Le PDF ne peut pas être produit dans ce mode de Relais (pas d’application graphique).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The case is not in intake.</source>
        <translation>Le suivi n’est pas en intake.</translation>
    </message>
    <message>
        <source>Record the person&apos;s own request for support: admission needs a real request.</source>
        <translation>Consignez la demande d’aide exprimée par la personne elle-même&#xa0;: l’admission exige une réelle demande.</translation>
    </message>
    <message>
        <source>Choose the case manager who will follow the case.</source>
        <translation>Choisissez le gestionnaire de cas qui assurera le suivi.</translation>
    </message>
    <message>
        <source>Identify the person (first or last name) before admission.</source>
        <translation>Identifiez la personne (prénom ou nom) avant l’admission.</translation>
    </message>
    <message>
        <source>The case is not active.</source>
        <translation>Le suivi n’est pas actif.</translation>
    </message>
    <message>
        <source>Admit the case first.</source>
        <translation>Procédez d’abord à l’admission.</translation>
    </message>
    <message>
        <source>Write the assessment: the person&apos;s problems, weaknesses and the resources to rely on.</source>
        <translation>Rédigez l’évaluation globale&#xa0;: problématiques et faiblesses de la personne, et ressources sur lesquelles s’appuyer.</translation>
    </message>
    <message>
        <source>Agree on at least one goal with its means with the person.</source>
        <translation>Convenez avec la personne d’au moins un objectif et de ses moyens.</translation>
    </message>
    <message>
        <source>Log at least one intervention carrying out the plan.</source>
        <translation>Consignez au moins une intervention qui met en œuvre le plan.</translation>
    </message>
    <message>
        <source>From evaluation the case goes to exit or to reassessment.</source>
        <translation>Après l’évaluation, le suivi passe à la sortie ou à la réévaluation (reassessment).</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Le suivi est fermé.</translation>
    </message>
    <message>
        <source>The case is not at the evaluation stage.</source>
        <translation>Le suivi n’est pas à l’étape de l’évaluation.</translation>
    </message>
    <message numerus="yes">
        <source>Record the result of %n goal(s) (achieved, partly or not).</source>
        <translation>
            <numerusform>Consignez le résultat de %n objectif (atteint, partiellement atteint ou non atteint).</numerusform>
            <numerusform>Consignez le résultat de %n objectifs (atteints, partiellement atteints ou non atteints).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the person&apos;s satisfaction.</source>
        <translation>Consignez la satisfaction de la personne.</translation>
    </message>
    <message numerus="yes">
        <source>The housing situation and since when are not recorded (the programme takes people on the street for less than %n month(s)).</source>
        <translation>
            <numerusform>La situation de logement et sa date de début ne sont pas consignées (le programme s’adresse aux personnes en rue depuis moins de %n mois).</numerusform>
            <numerusform>La situation de logement et sa date de début ne sont pas consignées (le programme s’adresse aux personnes en rue depuis moins de %n mois).</numerusform>
        </translation>
    </message>
    <message>
        <source>The person is housed; the programme is for people on the street.</source>
        <translation>La personne est logée&#xa0;; le programme s’adresse aux personnes en rue.</translation>
    </message>
    <message numerus="yes">
        <source>The person has been on the street for %n month(s) or more; the programme takes people on the street for less than that.</source>
        <translation>
            <numerusform>La personne est en rue depuis %n mois ou plus&#xa0;; le programme s’adresse aux personnes en rue depuis moins longtemps.</numerusform>
            <numerusform>La personne est en rue depuis %n mois ou plus&#xa0;; le programme s’adresse aux personnes en rue depuis moins longtemps.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person has no residence permit, which the programme requires.</source>
        <translation>La personne n’a pas de titre de séjour, ce qu’exige le programme.</translation>
    </message>
    <message>
        <source>The residence permit is not recorded; the programme requires one.</source>
        <translation>Le titre de séjour n’est pas consigné&#xa0;; le programme en exige un.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>With the recovery key written down when Relais was set up, you can give an account a new password. Type the key exactly as written; the dashes are optional.</source>
        <translation>Avec la clé de récupération notée lors de l’installation de Relais, vous pouvez donner un nouveau mot de passe à un compte. Tapez la clé exactement comme elle a été notée&#xa0;; les tirets sont facultatifs.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>R&amp;epeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password, repeated</source>
        <translation>Nouveau mot de passe, répété</translation>
    </message>
</context>
<context>
    <name>ReferenceService</name>
    <message>
        <source>Only team leads and administrators change the reference lists.</source>
        <translation>Seuls les responsables d’équipe et les administrateurs peuvent modifier les listes de référence.</translation>
    </message>
    <message>
        <source>The default programme is missing.</source>
        <translation>Le programme par défaut est introuvable.</translation>
    </message>
    <message>
        <source>The territory has no name.</source>
        <translation>Le territoire n’a pas de nom.</translation>
    </message>
    <message>
        <source>The problem has no label.</source>
        <translation>La problématique n’a pas de libellé.</translation>
    </message>
    <message>
        <source>A code has 2 to 41 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>Un code compte de 2 à 41 caractères (lettres minuscules, chiffres ou tirets bas) et commence par une lettre.</translation>
    </message>
    <message>
        <source>Give the French and the English label.</source>
        <translation>Indiquez le libellé en français et en anglais.</translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation>Le code %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>A partner organisation needs a code and a name.</source>
        <translation>Un organisme partenaire doit avoir un code et un nom.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another partner organisation.</source>
        <translation>Le code %1 est déjà utilisé par un autre organisme partenaire.</translation>
    </message>
    <message>
        <source>Name the programme.</source>
        <translation>Nommez le programme.</translation>
    </message>
    <message>
        <source>The caseload cap must be between 1 and 200.</source>
        <translation>Le nombre maximal de suivis actifs doit être compris entre 1 et 200.</translation>
    </message>
    <message>
        <source>This entry no longer exists. Refresh the list and try again.</source>
        <translation>Cette entrée n’existe plus. Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>The maximum time on the street must be between 0 (not checked) and 240 months.</source>
        <translation>La durée maximale en rue doit être comprise entre 0 (non vérifiée) et 240 mois.</translation>
    </message>
    <message>
        <source>There is already a territory named %1. To combine the two, select both and merge them.</source>
        <translation>Il existe déjà un territoire nommé %1. Pour réunir les deux, sélectionnez-les et fusionnez-les.</translation>
    </message>
    <message>
        <source>There is already a problem labelled %1. To combine the two, select both and merge them.</source>
        <translation>Il existe déjà une problématique au libellé %1. Pour réunir les deux, sélectionnez-les et fusionnez-les.</translation>
    </message>
    <message>
        <source>The entry you keep cannot also be one of those merged into it.</source>
        <translation>L’entrée conservée ne peut pas être aussi l’une de celles qui y sont fusionnées.</translation>
    </message>
    <message>
        <source>Choose at least two entries: the one to keep and a duplicate.</source>
        <translation>Choisissez au moins deux entrées&#xa0;: celle à conserver et un doublon.</translation>
    </message>
    <message>
        <source>A built-in intervention type cannot be merged into another one. Keep the built-in type and merge the others into it.</source>
        <translation>Un type d’intervention prédéfini ne peut pas être fusionné dans un autre. Conservez le type prédéfini et fusionnez-y les autres.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>0 to 17</source>
        <translation>0 à 17 ans</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 à 29 ans</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30 à 49 ans</translation>
    </message>
    <message>
        <source>50 to 64</source>
        <translation>50 à 64 ans</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ans et plus</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Persons reached</source>
        <translation>Personnes rejointes</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Encounters with the age known</source>
        <translation>Rencontres dont l’âge est connu</translation>
    </message>
    <message>
        <source>Encounters with the age unknown</source>
        <translation>Rencontres dont l’âge est inconnu</translation>
    </message>
    <message>
        <source>Distinct problems addressed</source>
        <translation>Problématiques différentes traitées</translation>
    </message>
    <message>
        <source>Distinct partner organisations referred to</source>
        <translation>Organismes partenaires différents vers lesquels les usagers ont été orientés</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>Attendances of identified persons</source>
        <translation>Présences de personnes identifiées</translation>
    </message>
    <message>
        <source>Anonymous head-count</source>
        <translation>Personnes non nommées</translation>
    </message>
    <message>
        <source>Distinct identified attendees</source>
        <translation>Participants identifiés différents</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>Cases admitted</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Candidates declined</source>
        <translation>Candidats non admis</translation>
    </message>
    <message>
        <source>Cases closed (exits)</source>
        <translation>Suivis fermés (sorties)</translation>
    </message>
    <message>
        <source>On the waiting list at the end of the period</source>
        <translation>Sur la liste d’attente à la fin de la période</translation>
    </message>
    <message>
        <source>Share of encounters with people 65 or over</source>
        <translation>Part des rencontres avec des personnes de 65 ans et plus</translation>
    </message>
    <message>
        <source>Encounters with people 65 or over</source>
        <translation>Rencontres avec des personnes de 65 ans et plus</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Aucun élément pour cette période.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>No encounters in this period.</source>
        <translation>Aucune rencontre pendant cette période.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Intervention de proximité</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>The previous period is %1, of the same length. The share of encounters with people aged 65 or over counts only encounters where the person&apos;s age on that day is known.</source>
        <translation>La période précédente, de même durée, s’étend %1. La part des rencontres avec des personnes de 65 ans et plus ne compte que les rencontres où l’âge de la personne ce jour-là est connu.</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Encounters by territory</source>
        <translation>Rencontres par territoire</translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation>Types d’intervention</translation>
    </message>
    <message>
        <source>An encounter with several intervention types counts once for each.</source>
        <translation>Une rencontre comportant plusieurs types d’intervention est comptée une fois pour chacun d’eux.</translation>
    </message>
    <message>
        <source>Encounters by age band (age on the day of the encounter)</source>
        <translation>Rencontres par tranche d’âge (âge le jour de la rencontre)</translation>
    </message>
    <message>
        <source>Encounters per month</source>
        <translation>Rencontres par mois</translation>
    </message>
    <message>
        <source>Persons reached by gender</source>
        <translation>Personnes rejointes selon le genre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Persons reached by language</source>
        <translation>Personnes rejointes selon la langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Gestion de cas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>End of this period</source>
        <translation>Fin de cette période</translation>
    </message>
    <message>
        <source>End of previous period</source>
        <translation>Fin de la période précédente</translation>
    </message>
    <message>
        <source>Active cases by stage at the end of the period</source>
        <translation>Suivis actifs par étape à la fin de la période</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Exits by reason</source>
        <translation>Sorties par motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Exits by housing situation on leaving</source>
        <translation>Sorties selon le logement à la sortie</translation>
    </message>
    <message>
        <source>Housing situation</source>
        <translation>Situation de logement</translation>
    </message>
    <message>
        <source>Goals of the cases closed in the period</source>
        <translation>Objectifs des suivis fermés pendant la période</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mean days in each stage</source>
        <translation>Durée moyenne de chaque étape (en jours)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Jours (moyenne)</translation>
    </message>
    <message>
        <source>Stays ended</source>
        <translation>Passages terminés</translation>
    </message>
    <message>
        <source>Previous mean</source>
        <translation>Moyenne précédente</translation>
    </message>
    <message>
        <source>Previous stays</source>
        <translation>Passages précédents</translation>
    </message>
    <message>
        <source>Caseload per case manager at the end of the period</source>
        <translation>Charge de cas par gestionnaire à la fin de la période</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Suivis actifs</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Referrals to partner organisations</source>
        <translation>Orientations vers des organismes partenaires</translation>
    </message>
    <message>
        <source>Referrals made in the period, by partner organisation and by their status today.</source>
        <translation>Orientations faites pendant la période, par organisme partenaire et selon leur statut actuel.</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisme partenaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Referrals by partner and status</source>
        <translation>Orientations par partenaire et par statut</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>All programmes and territories</source>
        <translation>Tous les programmes et territoires</translation>
    </message>
    <message>
        <source>Activity report, %1</source>
        <translation>Rapport d’activité, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Compared with the previous period, %1</source>
        <translation>Comparaison avec la période précédente, %1</translation>
    </message>
    <message>
        <source>persons reached</source>
        <translation>personnes rejointes</translation>
    </message>
    <message>
        <source>encounters</source>
        <translation>rencontres</translation>
    </message>
    <message>
        <source>of encounters with people aged 65 or over</source>
        <translation>des rencontres avec des personnes de 65 ans et plus</translation>
    </message>
    <message>
        <source>distinct problems addressed</source>
        <translation>problématiques différentes traitées</translation>
    </message>
    <message>
        <source>partner organisations referred to</source>
        <translation>organismes partenaires vers lesquels les usagers ont été orientés</translation>
    </message>
    <message>
        <source>This report holds only aggregate figures: no name, alias or note of any person.</source>
        <translation>Ce rapport ne contient que des données agrégées&#xa0;: aucun nom, alias ni note concernant une personne.</translation>
    </message>
    <message>
        <source>In the tables, counts from 1 to %1 are shown as “&lt; %2” so that no one can be recognised; totals are exact.</source>
        <translation>Dans les tableaux, les effectifs de 1 à %1 sont affichés «&#xa0;&lt; %2&#xa0;» pour que personne ne puisse être reconnu&#xa0;; les totaux sont exacts.</translation>
    </message>
    <message>
        <source>Generated on %1 with Relais.</source>
        <translation>Produit le %1 avec Relais.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn in this mode of Relais (no graphical application).</source>
        <translation>Le PDF ne peut pas être produit dans ce mode de Relais (aucune application graphique).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>&lt;&#xa0;%1</source>
        <translation>&lt;&#xa0;%1</translation>
    </message>
    <message>
        <source>Aggregate figures only</source>
        <translation>Données agrégées seulement</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Only an administrator sets the retention period.</source>
        <translation>Seul un administrateur fixe la durée de conservation.</translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 years.</source>
        <translation>La durée de conservation doit être comprise entre %1 et %2 ans.</translation>
    </message>
    <message>
        <source>Only an administrator applies the retention rule.</source>
        <translation>Seul un administrateur applique la règle de conservation.</translation>
    </message>
    <message>
        <source>Give a valid date.</source>
        <translation>Indiquez une date valide.</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator erases a person&apos;s file.</source>
        <translation>Seul un responsable d’équipe ou un administrateur efface le dossier d’une personne.</translation>
    </message>
    <message>
        <source>There is no person with the identifier %1.</source>
        <translation>Aucune personne ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>This person&apos;s file is already anonymised.</source>
        <translation>Le dossier de cette personne est déjà anonymisé.</translation>
    </message>
    <message>
        <source>This person has an open case. Close the case (exit or decline) before erasing the file.</source>
        <translation>Cette personne a un suivi ouvert. Fermez le suivi (sortie ou refus) avant d’effacer le dossier.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable d’équipe</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Relais</source>
        <translation>Installation de Relais</translation>
    </message>
    <message>
        <source>Welcome to Relais</source>
        <translation>Bienvenue dans Relais</translation>
    </message>
    <message>
        <source>Relais keeps your team&apos;s case files encrypted on this computer. These few steps create the database and its first administrator.</source>
        <translation>Relais conserve les dossiers de votre équipe chiffrés sur cet ordinateur. Ces quelques étapes créent la base de données et son premier administrateur.</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Nom de l’organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <source>As it should appear on reports</source>
        <translation>Tel qu’il doit figurer dans les rapports</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>The folder where Relais keeps the encrypted database and its key file. Prefer a folder on this computer over a network share.</source>
        <translation>Le dossier où Relais conserve la base de données chiffrée et son fichier de clés. Choisissez de préférence un dossier sur cet ordinateur plutôt qu’un partage réseau.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>The administrator creates the other users&apos; accounts. Everyone signs in with their own user name and password.</source>
        <translation>L’administrateur crée les comptes des autres utilisateurs. Chaque personne se connecte avec son propre nom d’utilisateur et son propre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Nom d’utilisateur de l’administrateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Mot de passe de l’administrateur</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator password, repeated</source>
        <translation>Mot de passe de l’administrateur, répété</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>This recovery key is shown only this once. If a password is forgotten, it is the only way to set a new one: without it, nobody can read the database again. Anyone holding it together with the database file can read everything, so treat it like the key to the filing cabinet.</source>
        <translation>Cette clé de récupération n’est affichée qu’une seule fois. Si un mot de passe est oublié, c’est le seul moyen d’en définir un nouveau&#xa0;: sans elle, plus personne ne pourra lire la base de données. Quiconque la détient avec le fichier de la base de données peut tout lire&#xa0;: traitez-la comme la clé du classeur.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <source>Write it down by hand on paper, check each group of letters, and keep the paper in a locked place away from this computer. Do not save it in a file, an e-mail or a photo.</source>
        <translation>Notez-la à la main sur papier, vérifiez chaque groupe de lettres et rangez le papier dans un endroit fermé à clé, loin de cet ordinateur. Ne l’enregistrez pas dans un fichier, un courriel ou une photo.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down and stored it safely</source>
        <translation>J’ai &amp;noté la clé de récupération et je l’ai rangée en lieu sûr</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The statistics were cancelled.</source>
        <translation>Le calcul des statistiques a été annulé.</translation>
    </message>
    <message>
        <source>The programme chosen for the statistics does not exist.</source>
        <translation>Le programme choisi pour les statistiques n’existe pas.</translation>
    </message>
    <message>
        <source>The territory chosen for the statistics does not exist.</source>
        <translation>Le territoire choisi pour les statistiques n’existe pas.</translation>
    </message>
    <message>
        <source>Only team leads and administrators can see the activity statistics.</source>
        <translation>Seuls les responsables d’équipe et les administrateurs peuvent consulter les statistiques d’activité.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Choisissez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>La période doit se terminer le jour même de son début ou après.</translation>
    </message>
    <message>
        <source>The period must lie between the years 1000 and 9999.</source>
        <translation>La période doit se situer entre les années 1000 et 9999.</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>Relais could not write %1. Nothing was changed.</source>
        <translation>Relais n’a pas pu écrire %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a aucune base de données à l’emplacement %1.</translation>
    </message>
    <message>
        <source>A file already exists at %1; Relais will not overwrite it.</source>
        <translation>Un fichier existe déjà à l’emplacement %1&#xa0;; Relais ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>The database is in a network folder. Relais is safest with its database on this computer&apos;s own disk: a network folder can lose or damage data if two computers write at once.</source>
        <translation>La base de données se trouve dans un dossier réseau. Relais est plus sûr avec sa base de données sur le disque de cet ordinateur&#xa0;: un dossier réseau peut perdre ou endommager des données si deux ordinateurs y écrivent en même temps.</translation>
    </message>
    <message>
        <source>Relais could not read the lock file %1.</source>
        <translation>Relais n’a pas pu lire le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>This database is open on the computer “%1” (since %2). Close Relais there first. If that computer is switched off or has crashed, delete the file %3 and try again.</source>
        <translation>Cette base de données est ouverte sur l’ordinateur «&#xa0;%1&#xa0;» (depuis %2). Fermez d’abord Relais sur cet ordinateur. S’il est éteint ou s’il a planté, supprimez le fichier %3 et réessayez.</translation>
    </message>
    <message>
        <source>Relais could not create the lock file %1.</source>
        <translation>Relais n’a pas pu créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Relais (data format %1; this version reads up to %2). It has not been changed. Install the newer version of Relais to open it.</source>
        <translation>Cette base de données a été enregistrée par une version plus récente de Relais (format des données %1&#xa0;; cette version lit jusqu’au format %2). Elle n’a pas été modifiée. Installez la version plus récente de Relais pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Relais database. It has not been changed. Restore your latest backup or contact your administrator.</source>
        <translation>Le fichier de la base de données est endommagé ou n’est pas une base de données Relais. Il n’a pas été modifié. Restaurez votre dernière sauvegarde ou communiquez avec votre administrateur.</translation>
    </message>
    <message>
        <source>The database is busy with another task. Please try again in a moment.</source>
        <translation>La base de données est occupée par une autre tâche. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été enregistré&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The computer could not read or write the database file. Nothing was saved.</source>
        <translation>L’ordinateur n’a pas pu lire ou écrire le fichier de la base de données. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This change conflicts with data already recorded. Nothing was saved.</source>
        <translation>Cette modification entre en conflit avec des données déjà enregistrées. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing was saved. Please report it to your administrator.</source>
        <translation>Une erreur inattendue s’est produite. Rien n’a été enregistré. Veuillez la signaler à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Sign in to Relais</source>
        <translation>Connexion à Relais</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Mot de passe &amp;oublié&#xa0;?</translation>
    </message>
    <message>
        <source>Forgot password: set a new one with the recovery key</source>
        <translation>Mot de passe oublié&#xa0;: en définir un nouveau avec la clé de récupération</translation>
    </message>
</context>
<context>
    <name>ValueMatcher</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; also %1</source>
        <translation>&#xa0;; ou encore %1</translation>
    </message>
    <message>
        <source>“%1” is not known, and there is nothing to choose from yet.</source>
        <translation>«&#xa0;%1&#xa0;» est inconnu, et aucune valeur n’est encore disponible.</translation>
    </message>
    <message>
        <source>“%1” is not an accepted value. Accepted: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur acceptée. Valeurs acceptées&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>VaultText</name>
    <message>
        <source>The encryption library failed (out of memory?). Nothing was changed.</source>
        <translation>La bibliothèque de chiffrement a échoué (mémoire insuffisante&#xa0;?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the database cannot be opened. Restore it from your latest backup.</source>
        <translation>Le fichier de clés %1 est introuvable&#xa0;: la base de données ne peut donc pas être ouverte. Restaurez-le à partir de votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Relais could not read the key file %1.</source>
        <translation>Relais n’a pas pu lire le fichier de clés %1.</translation>
    </message>
    <message>
        <source>Your key slot is damaged. Ask an administrator to reset your password, or restore a backup.</source>
        <translation>Votre emplacement de clé est endommagé. Demandez à un administrateur de réinitialiser votre mot de passe, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Un utilisateur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Il n’y a aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>A change of database key is already in progress. Sign in again to finish it.</source>
        <translation>Un changement de clé de la base de données est déjà en cours. Reconnectez-vous pour le terminer.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This recovery key is not correct. Check each group of letters and try again.</source>
        <translation>Cette clé de récupération est incorrecte. Vérifiez chaque groupe de lettres et réessayez.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged, so the database cannot be opened. Nothing was changed. Restore the key file and database from your latest backup.</source>
        <translation>Le fichier de clés %1 est endommagé&#xa0;: la base de données ne peut donc pas être ouverte. Rien n’a été modifié. Restaurez le fichier de clés et la base de données à partir de votre dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>relais::core::AuditService</name>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
</context>
<context>
    <name>relais::gui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>The new user signs in with this name and password. Give them the password in person; they can change it later.</source>
        <translation>Le nouvel utilisateur se connecte avec ce nom et ce mot de passe. Remettez-lui le mot de passe en personne&#xa0;; il pourra le changer plus tard.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>relais::gui::AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <source>Reference list shown</source>
        <translation>Liste de référence affichée</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference lists</source>
        <translation>Listes de &amp;référence</translation>
    </message>
</context>
<context>
    <name>relais::gui::CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Prochain contact prévu</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <source>Case manager whose caseload is shown</source>
        <translation>Gestionnaire de cas dont les suivis sont affichés</translation>
    </message>
    <message>
        <source>All case managers</source>
        <translation>Tous les gestionnaires de cas</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1 / %2 active cases in %3</source>
        <translation>%1 / %2 suivis actifs dans %3</translation>
    </message>
</context>
<context>
    <name>relais::gui::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>New role of %1</source>
        <translation>Nouveau rôle de %1</translation>
    </message>
    <message>
        <source>Case managers follow their own cases; team leads see every caseload, assign cases and manage programmes and lists; administrators manage accounts, programmes and lists and do not read notes. The new role applies from %1&apos;s next sign-in.</source>
        <translation>Les gestionnaires de cas s’occupent de leurs propres suivis&#xa0;; les responsables d’équipe voient toutes les charges de cas, attribuent les suivis et gèrent les programmes et les listes&#xa0;; les administrateurs gèrent les comptes, les programmes et les listes, et ne lisent pas les notes. Le nouveau rôle s’applique à partir de la prochaine connexion de %1.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
</context>
<context>
    <name>relais::gui::ClientFileWidget</name>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Choisissez le motif…</translation>
    </message>
    <message>
        <source>Choose where the person goes…</source>
        <translation>Choisissez où va la personne…</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Aucune date visée</translation>
    </message>
    <message>
        <source>Problems and weaknesses</source>
        <translation>Problématiques et faiblesses</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Put on the &amp;waiting list</source>
        <translation>Inscrire sur la liste d’&amp;attente</translation>
    </message>
    <message>
        <source>&amp;Decline the candidate…</source>
        <translation>&amp;Ne pas admettre le candidat…</translation>
    </message>
    <message>
        <source>&amp;Early exit…</source>
        <translation>&amp;Sortie anticipée…</translation>
    </message>
    <message>
        <source>&amp;Reopen as a new case</source>
        <translation>&amp;Rouvrir comme nouveau suivi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>%1 — %2, opened on %3</source>
        <translation>%1 — %2, ouvert le %3</translation>
    </message>
    <message>
        <source>No case yet: open one to follow the person through the six stages.</source>
        <translation>Aucun suivi pour le moment&#xa0;: ouvrez-en un pour accompagner la personne à travers les six étapes.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>%1 — cycle %2</source>
        <translation>%1 — cycle %2</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>admitted on %1</source>
        <translation>admis le %1</translation>
    </message>
    <message>
        <source>next contact due on %1</source>
        <translation>prochain contact prévu le %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>fermé le %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>about %1 years old</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <translation>%1 à %2 ans</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Language not recorded</source>
        <translation>Langue non consignée</translation>
    </message>
    <message>
        <source>Housing not recorded</source>
        <translation>Logement non consigné</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Gestionnaire de cas&#xa0;: %1</translation>
    </message>
    <message>
        <source>No case manager</source>
        <translation>Aucun gestionnaire de cas</translation>
    </message>
    <message>
        <source>Consent valid until %1</source>
        <translation>Consentement valide jusqu’au %1</translation>
    </message>
    <message>
        <source>Consent valid</source>
        <translation>Consentement valide</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentement expiré</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement consigné</translation>
    </message>
    <message>
        <source>⚠ Safety alert: %1</source>
        <translation>⚠ Alerte de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>No case.</source>
        <translation>Aucun suivi.</translation>
    </message>
    <message>
        <source>The person&apos;s own request is recorded.</source>
        <translation>La demande exprimée par la personne est consignée.</translation>
    </message>
    <message>
        <source>No request from the person recorded yet.</source>
        <translation>Aucune demande de la personne n’est encore consignée.</translation>
    </message>
    <message>
        <source>The person meets the programme&apos;s eligibility rules.</source>
        <translation>La personne répond aux critères d’admissibilité du programme.</translation>
    </message>
    <message>
        <source>Admitted despite the warnings: %1</source>
        <translation>Admis malgré les avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Non admis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result of “%1”</source>
        <translation>Résultat de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Left on %1: %2.</source>
        <translation>Sortie le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Housing on leaving: %1.</source>
        <translation>Logement à la sortie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ouverture du suivi</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Passage à l’étape suivante</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Réévaluation</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Early exit</source>
        <translation>Sortie anticipée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Non-admission</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Inscription sur la liste d’attente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Opened the file</source>
        <translation>Consultation du dossier</translation>
    </message>
    <message>
        <source>Created the record</source>
        <translation>Création de la fiche</translation>
    </message>
    <message>
        <source>Changed the identity</source>
        <translation>Modification de l’identité</translation>
    </message>
    <message>
        <source>Merged a duplicate</source>
        <translation>Fusion d’un doublon</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>Ajout d’une note</translation>
    </message>
    <message>
        <source>Ad&amp;vance to %1</source>
        <translation>&amp;Passer à l’étape %1</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>housing situation</source>
        <translation>situation de logement</translation>
    </message>
    <message>
        <source>safety alert</source>
        <translation>alerte de sécurité</translation>
    </message>
    <message>
        <source>problems and weaknesses</source>
        <translation>problématiques et faiblesses</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>forces</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Dossier de l’usager</translation>
    </message>
    <message>
        <source>Caseload full</source>
        <translation>Charge de cas complète</translation>
    </message>
    <message>
        <source>Put the candidate on the waiting list?</source>
        <translation>Inscrire le candidat sur la liste d’attente&#xa0;?</translation>
    </message>
    <message>
        <source>Close the case now (%1)? It can be reopened later as a new case.</source>
        <translation>Fermer le suivi maintenant (%1)&#xa0;? Il pourra être rouvert plus tard comme nouveau suivi.</translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation>Sélectionnez d’abord une orientation.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionner des fiches</translation>
    </message>
    <message>
        <source>Merge “%1” into the file of “%2”? Everything recorded for “%1” moves here and that record disappears. This cannot be undone.</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans le dossier de «&#xa0;%2&#xa0;»&#xa0;? Tout ce qui a été consigné pour «&#xa0;%1&#xa0;» sera déplacé ici et cette fiche disparaîtra. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Choose the exit reason and where the person goes in “Exit/reassessment”.</source>
        <translation>Choisissez le motif de sortie et l’endroit où va la personne dans l’onglet «&#xa0;Sortie ou réévaluation&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the exit reason in “Exit/reassessment”, then choose the early exit again.</source>
        <translation>Choisissez le motif de sortie dans l’onglet «&#xa0;Sortie ou réévaluation&#xa0;», puis choisissez de nouveau la sortie anticipée.</translation>
    </message>
    <message>
        <source>Export this person&apos;s file (&amp;PDF)…</source>
        <translation>Exporter le dossier de cette personne (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Export file (PDF)…</source>
        <translation>Exporter le dossier (PDF)…</translation>
    </message>
    <message>
        <source>Export this person&apos;s file as PDF</source>
        <translation>Exporter le dossier de cette personne en PDF</translation>
    </message>
    <message>
        <source>Everything Relais holds about this person, as a PDF that is not encrypted (right of access). %1</source>
        <translation>Tout ce que Relais détient sur cette personne, dans un PDF non chiffré (droit d’accès). %1</translation>
    </message>
    <message>
        <source>Export this person&apos;s file</source>
        <translation>Exporter le dossier de cette personne</translation>
    </message>
    <message>
        <source>The file has changes that are not saved, and the PDF holds what is saved. Save them (Ctrl+S) or undo them first.</source>
        <translation>Le dossier a des modifications non enregistrées, et le PDF contient ce qui est enregistré. Enregistrez-les (Ctrl+S) ou annulez-les d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Consent expires on %1 (in %n day(s)): renew it to keep referring to partners</source>
        <translation>
            <numerusform>⚠ Le consentement expire le %1 (dans %n jour)&#xa0;: renouvelez-le pour continuer à référer à des partenaires</numerusform>
            <numerusform>⚠ Le consentement expire le %1 (dans %n jours)&#xa0;: renouvelez-le pour continuer à référer à des partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Consent expired on %1: no referral to a partner until it is renewed</source>
        <translation>⚠ Consentement expiré le %1&#xa0;: aucune référence à un partenaire avant son renouvellement</translation>
    </message>
    <message>
        <source>E&amp;rase this person&apos;s file on request…</source>
        <translation>E&amp;ffacer le dossier de cette personne à sa demande…</translation>
    </message>
    <message>
        <source>More actions on the case and the file</source>
        <translation>Autres actions sur le suivi et le dossier</translation>
    </message>
    <message>
        <source>Anonymised file</source>
        <translation>Dossier anonymisé</translation>
    </message>
    <message>
        <source>The file has changes that are not saved. Save or undo them before erasing the file.</source>
        <translation>Le dossier a des modifications non enregistrées. Enregistrez-les ou annulez-les avant d’effacer le dossier.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s file</source>
        <translation>Effacer le dossier de cette personne</translation>
    </message>
    <message>
        <source>Erase the identity of “%1” at their request? Names, alias, birth date, contact details and every note are deleted for good; the interventions stay, without a name, for the statistics. This cannot be undone. Backups made before today still hold the file until they expire.</source>
        <translation>Effacer l’identité de « %1 » à sa demande ? Les noms, l’alias, la date de naissance, les coordonnées et toutes les notes sont supprimés définitivement ; les interventions restent, sans nom, pour les statistiques. Cette opération est irréversible. Les sauvegardes faites avant aujourd’hui gardent le dossier jusqu’à leur expiration.</translation>
    </message>
    <message>
        <source>The file was erased: only the anonymised record remains.</source>
        <translation>Le dossier a été effacé : seule la fiche anonymisée reste.</translation>
    </message>
</context>
<context>
    <name>relais::gui::ContactDialog</name>
    <message>
        <source>(no territory)</source>
        <translation>(aucun territoire)</translation>
    </message>
    <message>
        <source>Anonymous person (%1)</source>
        <translation>Personne anonyme (%1)</translation>
    </message>
    <message>
        <source>The person has not given a name: record an alias or a short description instead.</source>
        <translation>La personne n’a pas donné de nom&#xa0;: consignez plutôt un alias ou une courte description.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the contact (%1)</source>
        <translation>Enregistrer la rencontre (%1)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>Personne rencontrée</translation>
    </message>
    <message>
        <source>Types of intervention</source>
        <translation>Types d’intervention</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problématiques</translation>
    </message>
    <message>
        <source>Partner organisations referred to</source>
        <translation>Organismes partenaires vers lesquels la personne est orientée</translation>
    </message>
    <message>
        <source>Add the typed text as a new problem</source>
        <translation>Ajouter le texte saisi comme nouvelle problématique</translation>
    </message>
    <message>
        <source>Add the text typed in the filter as a new problem</source>
        <translation>Ajouter le texte saisi dans le filtre comme nouvelle problématique</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type to filter; Up and Down move, Space ticks the highlighted entry, Shift+Space types a space.</source>
        <translation>Tapez pour filtrer&#xa0;; Haut et Bas pour vous déplacer, Espace pour cocher l’élément en surbrillance, Maj+Espace pour taper une espace.</translation>
    </message>
    <message>
        <source>No person chosen yet.</source>
        <translation>Aucune personne choisie pour le moment.</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49</translation>
    </message>
    <message>
        <source>50–64</source>
        <translation>50–64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ans et plus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Contact with: %1</source>
        <translation>Rencontre avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the person met in the search, or tick “Anonymous person” (%1).</source>
        <translation>Choisissez la personne rencontrée dans la recherche, ou cochez «&#xa0;Personne anonyme&#xa0;» (%1).</translation>
    </message>
</context>
<context>
    <name>relais::gui::DashboardPage</name>
    <message>
        <source>(not recorded)</source>
        <translation>(non consigné)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Show the cases whose follow-up is overdue</source>
        <translation>Afficher les suivis dont le prochain contact est en retard</translation>
    </message>
    <message>
        <source>Show the waiting list</source>
        <translation>Afficher la liste d’attente</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Caseload per case manager</source>
        <translation>Charge de cas par gestionnaire</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Suivis actifs</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Double-click a case manager to see their cases</source>
        <translation>Double-cliquez sur un gestionnaire de cas pour voir ses suivis</translation>
    </message>
    <message>
        <source>Active cases of %1</source>
        <translation>Suivis actifs de %1</translation>
    </message>
    <message>
        <source>Active cases per case manager against the cap</source>
        <translation>Suivis actifs par gestionnaire de cas par rapport au maximum</translation>
    </message>
    <message>
        <source>Active cases by stage</source>
        <translation>Suivis actifs par étape</translation>
    </message>
    <message>
        <source>Encounters per month</source>
        <translation>Rencontres par mois</translation>
    </message>
    <message>
        <source>Encounters by territory</source>
        <translation>Rencontres par territoire</translation>
    </message>
    <message>
        <source>Encounters by type of intervention</source>
        <translation>Rencontres par type d’intervention</translation>
    </message>
    <message>
        <source>Last twelve months: %1 to %2</source>
        <translation>Douze derniers mois&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>Overdue follow-ups: %1</source>
        <translation>Suivis en retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting list: %1</source>
        <translation>Liste d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active cases against the cap</source>
        <translation>Suivis actifs par rapport au maximum</translation>
    </message>
    <message>
        <source>Active cases at the stage %1</source>
        <translation>Suivis actifs à l’étape %1</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Prochain contact prévu</translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>(non visible)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s). Double-click a row to open the client file.</source>
        <translation>
            <numerusform>%n suivi. Double-cliquez sur une ligne pour ouvrir le dossier de l’usager.</numerusform>
            <numerusform>%n suivis. Double-cliquez sur une ligne pour ouvrir le dossier de l’usager.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Encounters in the month of %1</source>
        <translation>Rencontres du mois de %1</translation>
    </message>
    <message>
        <source>Encounters with no territory recorded</source>
        <translation>Rencontres sans territoire inscrit</translation>
    </message>
    <message>
        <source>Encounters in the territory %1</source>
        <translation>Rencontres sur le territoire %1</translation>
    </message>
    <message>
        <source>Encounters of type %1</source>
        <translation>Rencontres de type %1</translation>
    </message>
    <message>
        <source>The latest %1 encounters. Double-click a row to open the client file.</source>
        <translation>Les %1 rencontres les plus récentes. Double-cliquez sur une ligne pour ouvrir le dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s). Double-click a row to open the client file.</source>
        <translation>
            <numerusform>%n rencontre. Double-cliquez sur une ligne pour ouvrir le dossier.</numerusform>
            <numerusform>%n rencontres. Double-cliquez sur une ligne pour ouvrir le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Types of intervention</source>
        <translation>Types d’intervention</translation>
    </message>
</context>
<context>
    <name>relais::gui::FieldEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier le champ «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>relais::gui::GroupSessionDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the group session (%1)</source>
        <translation>Enregistrer la séance de groupe (%1)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>People present who are not in the attendee list</source>
        <translation>Personnes présentes qui ne figurent pas dans la liste des participants</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>relais::gui::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Anonymous head-count</source>
        <translation>Personnes non nommées</translation>
    </message>
    <message>
        <source>New &amp;group session…</source>
        <translation>Nouvelle séance de &amp;groupe…</translation>
    </message>
    <message>
        <source>Open group</source>
        <translation>Groupe ouvert</translation>
    </message>
    <message>
        <source>Closed group</source>
        <translation>Groupe fermé</translation>
    </message>
</context>
<context>
    <name>relais::gui::ImportDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>One row per partner organisation, matched by its code.</source>
        <translation>Une ligne par organisme partenaire, reconnu par son code.</translation>
    </message>
    <message>
        <source>One row per person; “ref” is the file&apos;s own key, which interventions and cases use. A row with only an alias is an anonymous person.</source>
        <translation>Une ligne par personne&#xa0;; «&#xa0;ref&#xa0;» est la clé propre au fichier, utilisée par les interventions et les suivis. Une ligne avec seulement un surnom est une personne anonyme.</translation>
    </message>
    <message>
        <source>One row per intervention; “person_ref” names a person imported before, “worker” a user name, “types”, “problems” and “referred_to” are lists separated by “;”.</source>
        <translation>Une ligne par intervention&#xa0;; «&#xa0;person_ref&#xa0;» désigne une personne importée avant, «&#xa0;worker&#xa0;» un nom d’utilisateur&#xa0;; «&#xa0;types&#xa0;», «&#xa0;problems&#xa0;» et «&#xa0;referred_to&#xa0;» sont des listes séparées par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>One row per case, matched by person, programme and opening day; placed at its stage directly. The caseload cap applies.</source>
        <translation>Une ligne par suivi, reconnu par la personne, le programme et le jour d’ouverture&#xa0;; placé directement à son étape. Le maximum de suivis actifs s’applique.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Spreadsheet file (CSV)</source>
        <translation>Fichier de tableur (CSV)</translation>
    </message>
    <message>
        <source>A CSV file saved from the spreadsheet</source>
        <translation>Un fichier CSV enregistré depuis le tableur</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet file</source>
        <translation>Choisir le fichier de tableur</translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>Check the file without importing it</source>
        <translation>Vérifier le fichier sans l’importer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes relevés dans le fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Columns, in any order (* required): %1.</source>
        <translation>Colonnes, dans n’importe quel ordre (* obligatoire)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Choisir le tableur à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the kind of file and the file: Relais checks it before anything is imported.</source>
        <translation>Choisissez le type de fichier et le fichier&#xa0;: Relais le vérifie avant d’importer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Check the file to see what the import would change.</source>
        <translation>Vérifiez le fichier pour voir ce que l’importation changerait.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 to create, %2 to update, %3 unchanged; new territories: %4, new problems: %5.</source>
        <translation>
            <numerusform>%n ligne&#xa0;: %1 à créer, %2 à mettre à jour, %3 inchangée(s)&#xa0;; nouveaux territoires&#xa0;: %4, nouvelles problématiques&#xa0;: %5.</numerusform>
            <numerusform>%n lignes&#xa0;: %1 à créer, %2 à mettre à jour, %3 inchangées&#xa0;; nouveaux territoires&#xa0;: %4, nouvelles problématiques&#xa0;: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 created, %2 updated, %3 unchanged; new territories: %4, new problems: %5.</source>
        <translation>
            <numerusform>%n ligne&#xa0;: %1 créée(s), %2 mise(s) à jour, %3 inchangée(s)&#xa0;; nouveaux territoires&#xa0;: %4, nouvelles problématiques&#xa0;: %5.</numerusform>
            <numerusform>%n lignes&#xa0;: %1 créées, %2 mises à jour, %3 inchangées&#xa0;; nouveaux territoires&#xa0;: %4, nouvelles problématiques&#xa0;: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns (unknown to Relais): %1.</source>
        <translation>Colonnes ignorées (inconnues de Relais)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Choisissez d’abord le fichier à importer.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s) found. Correct them in the spreadsheet, save it as CSV and check it again. Nothing was changed.</source>
        <translation>
            <numerusform>%1 ne peut pas être importé&#xa0;: %n problème relevé. Corrigez-le dans le tableur, enregistrez-le en CSV et vérifiez-le de nouveau. Rien n’a été modifié.</numerusform>
            <numerusform>%1 ne peut pas être importé&#xa0;: %n problèmes relevés. Corrigez-les dans le tableur, enregistrez-le en CSV et vérifiez-le de nouveau. Rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>Seuls les %1 premiers sont listés.</translation>
    </message>
    <message>
        <source>%1 has no problems. Importing it would change:</source>
        <translation>%1 ne contient aucun problème. L’importer changerait&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found (the file changed since it was checked). Nothing was changed.</source>
        <translation>
            <numerusform>%1 n’a pas été importé&#xa0;: %n problème relevé (le fichier a changé depuis sa vérification). Rien n’a été modifié.</numerusform>
            <numerusform>%1 n’a pas été importé&#xa0;: %n problèmes relevés (le fichier a changé depuis sa vérification). Rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>relais::gui::IncomingReferralDialog</name>
    <message>
        <source>No one chosen yet: pick a person found, or give the names of a new one.</source>
        <translation>Personne n’est encore choisi&#xa0;: sélectionnez une personne trouvée, ou indiquez les nom et prénom d’une nouvelle personne.</translation>
    </message>
    <message>
        <source>Incoming referral</source>
        <translation>Orientation reçue</translation>
    </message>
    <message>
        <source>Name or alias, then Enter</source>
        <translation>Nom ou alias, puis Entrée</translation>
    </message>
    <message>
        <source>Referred person: %1</source>
        <translation>Personne orientée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A new person will be recorded with these names.</source>
        <translation>Une nouvelle personne sera inscrite avec ces nom et prénom.</translation>
    </message>
    <message>
        <source>&amp;Find the person:</source>
        <translation>&amp;Chercher la personne&#xa0;:</translation>
    </message>
    <message>
        <source>…or a new person, &amp;first name:</source>
        <translation>…ou une nouvelle personne, &amp;prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Orientée pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Add the partner organisation to the directory first.</source>
        <translation>Ajoutez d’abord l’organisme partenaire au répertoire.</translation>
    </message>
    <message>
        <source>Choose the referred person, or give the names of a new one.</source>
        <translation>Choisissez la personne orientée, ou indiquez les nom et prénom d’une nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>relais::gui::IntakePage</name>
    <message>
        <source>Intake queue and waiting list</source>
        <translation>Intake et liste d’attente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>Demande consignée</translation>
    </message>
    <message>
        <source>&amp;Incoming referral…</source>
        <translation>&amp;Orientation reçue…</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Intake (incoming referral)</source>
        <translation>Intake (orientation reçue)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in intake</source>
        <translation>
            <numerusform>%n candidat en intake</numerusform>
            <numerusform>%n candidats en intake</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n personne sur la liste d’attente</numerusform>
            <numerusform>%n personnes sur la liste d’attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::ListPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
</context>
<context>
    <name>relais::gui::MainWindow</name>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouvelle rencontre…</translation>
    </message>
    <message>
        <source>New &amp;group session…</source>
        <translation>Nouvelle séance de &amp;groupe…</translation>
    </message>
    <message>
        <source>&amp;Search people…</source>
        <translation>&amp;Rechercher des personnes…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Outreach contacts</source>
        <translation>Rencontres de proximité</translation>
    </message>
    <message>
        <source>Intake queue and waiting list</source>
        <translation>Intake et liste d’attente</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Search people by name or alias (Ctrl+K)</source>
        <translation>Rechercher des personnes par nom ou alias (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search people by name or alias</source>
        <translation>Rechercher des personnes par nom ou alias</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Session ouverte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation>Dossier de la base de données</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The client file has changes that are not saved. Save them now?</source>
        <translation>Le dossier de l’usager contient des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Rencontre enregistrée.</translation>
    </message>
    <message>
        <source>Group session saved.</source>
        <translation>Séance de groupe enregistrée.</translation>
    </message>
    <message>
        <source>What you were typing before the lock is back; it is not saved yet.</source>
        <translation>Ce que vous tapiez avant le verrouillage a été rétabli&#xa0;; ce n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <source>Relais %1 — case management for outreach work, offline and encrypted.</source>
        <translation>Relais %1 — gestion de cas pour l’intervention de proximité, hors connexion et chiffrée.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time Relais starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Relais.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Go to the screens of the navigation, in order</source>
        <translation>Aller aux écrans de la navigation, dans l’ordre</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the client file&apos;s changes</source>
        <translation>Enregistrer les modifications du dossier de l’usager</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Maj+Z</translation>
    </message>
    <message>
        <source>Undo, redo an edit in the client file</source>
        <translation>Annuler ou rétablir une modification dans le dossier de l’usager</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the list on screen</source>
        <translation>Filtrer la liste affichée</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Save the contact being logged</source>
        <translation>Enregistrer la rencontre en cours de saisie</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Anonymous person, in the contact dialog</source>
        <translation>Personne anonyme, dans la fenêtre de rencontre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The last backup was made on %1.</source>
        <translation>La dernière sauvegarde date du %1.</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet.</source>
        <translation>Aucune sauvegarde de cette base de données n’a encore été faite.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Make an encrypted backup now? Keep it on another drive: it opens with the same passwords.</source>
        <translation>Faire une sauvegarde chiffrée maintenant&#xa0;? Conservez-la sur un autre disque&#xa0;: elle s’ouvre avec les mêmes mots de passe.</translation>
    </message>
    <message>
        <source>relais-backup-%1.db</source>
        <translation>relais-sauvegarde-%1.db</translation>
    </message>
    <message>
        <source>Save the encrypted backup</source>
        <translation>Enregistrer la sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The encrypted backup was saved to %1 (with its key file %2).</source>
        <translation>La sauvegarde chiffrée a été enregistrée dans %1 (avec son fichier de clés %2).</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
    </message>
    <message>
        <source>&amp;Export everything to a folder…</source>
        <translation>&amp;Tout exporter dans un dossier…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>relais::gui::MergeEntriesDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Entry to keep</source>
        <translation>Entrée à conserver</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (prédéfini)</translation>
    </message>
    <message>
        <source>Choose the entry to keep. Everything recorded with the others (people, contacts, group sessions, partner organisations, referrals) will refer to it instead, and the others leave the list. A merge cannot be undone.</source>
        <translation>Choisissez l’entrée à conserver. Tout ce qui a été consigné avec les autres (personnes, rencontres, séances de groupe, organismes partenaires, orientations) s’y rapportera désormais, et les autres disparaîtront de la liste. Une fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n other entry(ies) into “%1”? This cannot be undone.</source>
        <translation>
            <numerusform>Fusionner %n autre entrée dans «&#xa0;%1&#xa0;»&#xa0;? Cette opération est irréversible.</numerusform>
            <numerusform>Fusionner %n autres entrées dans «&#xa0;%1&#xa0;»&#xa0;? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::MergePersonDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Fusionner avec une autre fiche</translation>
    </message>
    <message>
        <source>&amp;Find the duplicate record (name or alias):</source>
        <translation>&amp;Rechercher la fiche en double (nom ou alias)&#xa0;:</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>Personnes correspondantes</translation>
    </message>
    <message>
        <source>Everything recorded for the chosen record moves into this file.</source>
        <translation>Tout ce qui a été consigné pour la fiche choisie sera déplacé dans ce dossier.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>followed by %1</source>
        <translation>suivi(e) par %1</translation>
    </message>
</context>
<context>
    <name>relais::gui::OutreachPage</name>
    <message>
        <source>Outreach contacts</source>
        <translation>Rencontres de proximité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouvelle rencontre…</translation>
    </message>
</context>
<context>
    <name>relais::gui::PartnerDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d’organisme</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>Edit partner organisation</source>
        <translation>Modifier l’organisme partenaire</translation>
    </message>
    <message>
        <source>New partner organisation</source>
        <translation>Nouvel organisme partenaire</translation>
    </message>
    <message>
        <source>shelter, health centre, soup kitchen…</source>
        <translation>refuge, centre de santé, soupe populaire…</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation>(aucun territoire)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Cou&amp;rriel&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Personne-re&amp;ssource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>relais::gui::PartnersPage</name>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
</context>
<context>
    <name>relais::gui::PeopleListModel</name>
    <message>
        <source>%1 (anonymous)</source>
        <translation>%1 (anonyme)</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou alias</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
</context>
<context>
    <name>relais::gui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search by name or alias (Ctrl+F)</source>
        <translation>Rechercher par nom ou alias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people by name or alias</source>
        <translation>Rechercher des personnes par nom ou alias</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>Another worker&apos;s file</source>
        <translation>Dossier d’un autre intervenant</translation>
    </message>
    <message>
        <source>%1 is followed by %2. You can see the name and the worker only; ask a team lead if you need access.</source>
        <translation>Le dossier de %1 est suivi par %2. Vous ne voyez que le nom et l’intervenant&#xa0;; adressez-vous à un responsable d’équipe si vous avez besoin d’y accéder.</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>un autre intervenant</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>Al&amp;ias&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Someone with the same birth date and a similar name is already recorded: %1. If it is the same person, merge the two files from the client file.</source>
        <translation>Une personne ayant la même date de naissance et un nom semblable est déjà inscrite&#xa0;: %1. S’il s’agit de la même personne, fusionnez les deux fiches depuis le dossier de l’usager.</translation>
    </message>
</context>
<context>
    <name>relais::gui::PersonSearch</name>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>case manager: %1</source>
        <translation>gestionnaire de cas&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Safety alert: %1</source>
        <translation>Alerte de sécurité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::gui::PipelineStrip</name>
    <message>
        <source>Case stages</source>
        <translation>Étapes du suivi</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun suivi</translation>
    </message>
    <message>
        <source>Closed at: %1</source>
        <translation>Fermé à l’étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Étape actuelle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>As the computer (system language)</source>
        <translation>Comme l’ordinateur (langue du système)</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claires</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouillage après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Relais starts. On a shared computer these preferences are the same for everyone using this computer account; they contain nothing about clients.</source>
        <translation>Un changement de langue prend effet au prochain démarrage de Relais. Sur un ordinateur partagé, ces préférences sont les mêmes pour toutes les personnes qui utilisent ce compte de l’ordinateur&#xa0;; elles ne contiennent rien sur les usagers.</translation>
    </message>
</context>
<context>
    <name>relais::gui::ProgrammeDialog</name>
    <message>
        <source>A &amp;residence permit is required</source>
        <translation>Un titre de &amp;séjour est exigé</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Caseload cap: active cases per case manager</source>
        <translation>Maximum de la charge de cas&#xa0;: suivis actifs par gestionnaire de cas</translation>
    </message>
    <message>
        <source>Maximum months on the street, 0 for not checked</source>
        <translation>Nombre maximal de mois en rue, 0 si ce n’est pas vérifié</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>A residence permit is required</source>
        <translation>Un titre de séjour est exigé</translation>
    </message>
    <message>
        <source>Admission checks these rules; a team lead may admit someone who does not meet them by giving a reason.</source>
        <translation>L’admission vérifie ces critères&#xa0;; un responsable d’équipe peut admettre une personne qui n’y répond pas en indiquant un motif.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Caseload &amp;cap:</source>
        <translation>&amp;Maximum de la charge de cas&#xa0;:</translation>
    </message>
    <message>
        <source>On the street for less &amp;than:</source>
        <translation>En rue depuis moins &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Active cases per case manager in this programme</source>
        <translation>Suivis actifs par gestionnaire de cas dans ce programme</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>relais::gui::ProgrammesTab</name>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Caseload cap</source>
        <translation>Maximum de la charge de cas</translation>
    </message>
    <message>
        <source>On the street for less than</source>
        <translation>En rue depuis moins de</translation>
    </message>
    <message>
        <source>Residence permit required</source>
        <translation>Titre de séjour exigé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected programme (F2)</source>
        <translation>Modifier le programme sélectionné (F2)</translation>
    </message>
    <message>
        <source>Each programme has its own caseload cap and eligibility rules. New cases go to the default programme unless another is chosen.</source>
        <translation>Chaque programme a son propre maximum de charge de cas et ses propres critères d’admissibilité. Les nouveaux suivis sont rattachés au programme par défaut, à moins qu’un autre ne soit choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Programme %1 added.</source>
        <translation>Programme %1 ajouté.</translation>
    </message>
    <message>
        <source>Programme %1 saved.</source>
        <translation>Programme %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::gui::RecoveryDialog</name>
    <message>
        <source>&amp;Set new password and sign in</source>
        <translation>&amp;Définir le nouveau mot de passe et se connecter</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Tapez la clé de récupération.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>relais::gui::ReferenceEntryDialog</name>
    <message>
        <source>New territory</source>
        <translation>Nouveau territoire</translation>
    </message>
    <message>
        <source>Rename territory</source>
        <translation>Renommer le territoire</translation>
    </message>
    <message>
        <source>Territory name</source>
        <translation>Nom du territoire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Nouvelle problématique</translation>
    </message>
    <message>
        <source>Rename problem</source>
        <translation>Renommer la problématique</translation>
    </message>
    <message>
        <source>Problem label</source>
        <translation>Libellé de la problématique</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>New intervention type</source>
        <translation>Nouveau type d’intervention</translation>
    </message>
    <message>
        <source>Rename intervention type</source>
        <translation>Renommer le type d’intervention</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>A stable code for exports: lower-case letters, digits and underscores. It cannot be changed later.</source>
        <translation>Un code stable pour les exportations&#xa0;: lettres minuscules, chiffres et traits de soulignement. Il ne pourra pas être modifié par la suite.</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé en français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé en anglais</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation>Libellé en &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>Libellé en &amp;anglais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>relais::gui::ReferenceListPanel</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé en français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé en anglais</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Prédéfini</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problématiques</translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation>Types d’intervention</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Change the selected entry (F2)</source>
        <translation>Modifier l’entrée sélectionnée (F2)</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Fusionner les doublons…</translation>
    </message>
    <message>
        <source>Select two or more entries that mean the same (Ctrl+click), then merge them into one</source>
        <translation>Sélectionnez deux entrées ou plus qui ont le même sens (Ctrl+clic), puis fusionnez-les en une seule</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Ajout effectué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is in the list.</source>
        <translation>%1 figure dans la liste.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Modification enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select two or more entries (Ctrl+click) to merge them.</source>
        <translation>Sélectionnez deux entrées ou plus (Ctrl+clic) pour les fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entry(ies) into “%1”.</source>
        <translation>
            <numerusform>%n entrée fusionnée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n entrées fusionnées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::ReportsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <source>Fiscal year (April to March)</source>
        <translation>Exercice financier (d’avril à mars)</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Show counts under %1 as “&lt; %1” in tables (small communities are easy to recognise)</source>
        <translation>Afficher les effectifs inférieurs à %1 sous la forme «&#xa0;&lt; %1&#xa0;» dans les tableaux (les petites communautés sont faciles à reconnaître)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Compute the figures (F5)</source>
        <translation>Calculer les chiffres (F5)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Reports hold figures only: no name, alias or note. Exported files are not encrypted: keep them in a safe place.</source>
        <translation>Les rapports ne contiennent que des chiffres&#xa0;: aucun nom, alias ni note. Les fichiers exportés ne sont pas chiffrés&#xa0;: conservez-les en lieu sûr.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4%5</source>
        <translation>Du %1 au %2, comparativement à la période du %3 au %4%5</translation>
    </message>
    <message>
        <source>Persons reached</source>
        <translation>Personnes rejointes</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Encounters with people aged 65 or more</source>
        <translation>Rencontres avec des personnes de 65 ans et plus</translation>
    </message>
    <message>
        <source>Encounters whose age is unknown</source>
        <translation>Rencontres dont l’âge est inconnu</translation>
    </message>
    <message>
        <source>Different problems addressed</source>
        <translation>Problématiques différentes traitées</translation>
    </message>
    <message>
        <source>Partner organisations referred to</source>
        <translation>Organismes partenaires vers lesquels les usagers ont été orientés</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>Cases admitted</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Case exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Share of encounters with people aged 65 or more</source>
        <translation>Part des rencontres avec des personnes de 65 ans et plus</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>The report was saved to %1.

Exported files are not encrypted: keep them in a safe place, and delete them when they are no longer needed.</source>
        <translation>Le rapport a été enregistré dans %1.

Les fichiers exportés ne sont pas chiffrés&#xa0;: conservez-les en lieu sûr et supprimez-les lorsqu’ils ne sont plus nécessaires.</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Production du PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>activity-report.pdf</source>
        <translation>activity-report.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures as JSON</source>
        <translation>Exporter les chiffres en JSON</translation>
    </message>
    <message>
        <source>activity-report.json</source>
        <translation>activity-report.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the tables as CSV into a folder</source>
        <translation>Exporter les tableaux en CSV dans un dossier</translation>
    </message>
</context>
<context>
    <name>relais::gui::ResetPasswordDialog</name>
    <message>
        <source>Reset a password with the recovery key</source>
        <translation>Réinitialiser un mot de passe avec la clé de récupération</translation>
    </message>
    <message>
        <source>User whose password is reset</source>
        <translation>Utilisateur dont le mot de passe est réinitialisé</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>For someone who forgot their password: type the recovery key written down when the database was created, and a new password for them. This signs nobody in: you stay signed in as yourself, and they sign in with the new password. Every use of the recovery key is recorded.</source>
        <translation>Pour une personne qui a oublié son mot de passe&#xa0;: tapez la clé de récupération notée lors de la création de la base de données, ainsi qu’un nouveau mot de passe pour cette personne. Aucune session n’est ouverte pour autant&#xa0;: la vôtre reste ouverte, et la personne se connecte ensuite avec le nouveau mot de passe. Chaque utilisation de la clé de récupération est consignée.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>C&amp;onfirmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Choose the user.</source>
        <translation>Choisissez l’utilisateur.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Tapez la clé de récupération.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>relais::gui::SetupWizard</name>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>Choose a folder for the database.</source>
        <translation>Choisissez un dossier pour la base de données.</translation>
    </message>
    <message>
        <source>The database will be %1</source>
        <translation>Fichier de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The database is ready. Write its recovery key down before you finish.</source>
        <translation>La base de données est prête. Notez sa clé de récupération avant de terminer.</translation>
    </message>
    <message>
        <source>Nothing was created. Go back to change the folder or the administrator, then try again.</source>
        <translation>Rien n’a été créé. Revenez en arrière pour changer le dossier ou l’administrateur, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>relais::gui::UnlockWidget</name>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de la base de données</translation>
    </message>
    <message>
        <source>Open a Relais database</source>
        <translation>Ouvrir une base de données Relais</translation>
    </message>
    <message>
        <source>Relais databases (*.db);;All files (*)</source>
        <translation>Bases de données Relais (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the database file first.</source>
        <translation>Choisissez d’abord le fichier de la base de données.</translation>
    </message>
</context>
<context>
    <name>relais::gui::UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>Comptes d’utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>C&amp;hanger le rôle…</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Ré&amp;initialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Set a new password for someone who forgot theirs, with the recovery key</source>
        <translation>Définir un nouveau mot de passe pour une personne qui a oublié le sien, avec la clé de récupération</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>&amp;Supprimer l’utilisateur…</translation>
    </message>
    <message>
        <source>Re-&amp;key database…</source>
        <translation>Changer la &amp;clé de la base de données…</translation>
    </message>
    <message>
        <source>Give the database a new encryption key</source>
        <translation>Donner une nouvelle clé de chiffrement à la base de données</translation>
    </message>
    <message>
        <source>Re-key now: the database gets a new encryption key, so a copy of the old key (kept by the removed user, or left in an old key file) no longer opens it. Everyone else signs in as before.</source>
        <translation>Changez la clé maintenant&#xa0;: la base de données recevra une nouvelle clé de chiffrement, et une copie de l’ancienne clé (conservée par l’utilisateur supprimé ou restée dans un ancien fichier de clés) ne permettra plus de l’ouvrir. Les autres personnes se connectent comme avant.</translation>
    </message>
    <message>
        <source>Re-key &amp;now</source>
        <translation>Changer la clé &amp;maintenant</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Added %1 (%2). They can sign in now.</source>
        <translation>Compte %1 (%2) ajouté. La personne peut se connecter dès maintenant.</translation>
    </message>
    <message>
        <source>%1 is now %2, from their next sign-in.</source>
        <translation>%1 aura le rôle «&#xa0;%2&#xa0;» à partir de sa prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 has a new password. Nobody was signed in: you are still signed in as %2.</source>
        <translation>%1 a un nouveau mot de passe. Aucune session n’a été ouverte&#xa0;: votre session (%2) reste ouverte.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Remove the account %1? They will no longer be able to sign in. What they recorded stays.</source>
        <translation>Supprimer le compte %1&#xa0;? Cette personne ne pourra plus se connecter. Ce qu’elle a consigné est conservé.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>Re-key database</source>
        <translation>Changer la clé de la base de données</translation>
    </message>
    <message>
        <source>Give the database a new encryption key? Every remaining account and the recovery key keep working; a copy of the old key, such as one a removed user may have kept, no longer opens the database. It takes a moment for a large database.</source>
        <translation>Donner une nouvelle clé de chiffrement à la base de données&#xa0;? Tous les comptes restants et la clé de récupération continueront de fonctionner&#xa0;; une copie de l’ancienne clé, comme celle qu’un utilisateur supprimé pourrait avoir conservée, ne permettra plus d’ouvrir la base de données. L’opération peut prendre un moment si la base de données est volumineuse.</translation>
    </message>
    <message>
        <source>The database has a new key. Old copies of the key no longer open it.</source>
        <translation>La base de données a une nouvelle clé. Les anciennes copies de la clé ne permettent plus de l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>relais::storage::AuditAnchor</name>
    <message>
        <source>The audit trail&apos;s anchor file is damaged or was altered.</source>
        <translation>Le fichier d’ancrage du journal d’audit est endommagé ou a été modifié.</translation>
    </message>
</context>
</TS>
