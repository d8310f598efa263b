<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>Account names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (1 to 64 characters, starting with a letter or digit); got &quot;%1&quot;.</source>
        <translation>Kontonamen bestehen aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (1 bis 64 Zeichen, beginnend mit einem Buchstaben oder einer Ziffer); erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>API keys are kept only in the OS keychain. AgentDesk shows at most their first and last four characters.</source>
        <translation>API-Schlüssel liegen nur im Schlüsselbund des Systems. AgentDesk zeigt höchstens ihre ersten und letzten vier Zeichen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. work</source>
        <translation>z. B. arbeit</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>optional: the provider&apos;s public API</source>
        <translation>optional: die öffentliche API des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>AttentionReason</name>
    <message>
        <source>Copilot is waiting for you: answer on the pull request on GitHub (mention @copilot).</source>
        <translation>Copilot wartet auf Sie: Antworten Sie im Pull-Request auf GitHub (erwähnen Sie @copilot).</translation>
    </message>
    <message>
        <source>Devin is blocked and waiting for your reply.</source>
        <translation>Devin ist blockiert und wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Devin is waiting for your reply.</source>
        <translation>Devin wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Devin waits for approval of an action; approve it in the Devin web app (its API has no approval call).</source>
        <translation>Devin wartet auf die Freigabe einer Aktion; geben Sie sie in der Devin-Web-App frei (seine API hat keinen Freigabeaufruf).</translation>
    </message>
    <message>
        <source>Jules drafted a plan and waits for your approval.</source>
        <translation>Jules hat einen Plan entworfen und wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <source>Jules is waiting for your reply.</source>
        <translation>Jules wartet auf Ihre Antwort.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created a task</source>
        <translation>Aufgabe erstellt</translation>
    </message>
    <message>
        <source>Approved the plan</source>
        <translation>Plan freigegeben</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Cancelled upstream</source>
        <translation>Beim Anbieter abgebrochen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Hid from the list</source>
        <translation>Aus der Liste ausgeblendet</translation>
    </message>
    <message>
        <source>Showed in the list again</source>
        <translation>Wieder in der Liste angezeigt</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>Konto hinzugefügt</translation>
    </message>
    <message>
        <source>Edited an account</source>
        <translation>Konto bearbeitet</translation>
    </message>
    <message>
        <source>Removed an account</source>
        <translation>Konto entfernt</translation>
    </message>
    <message>
        <source>Synced an account&apos;s tasks</source>
        <translation>Aufgaben eines Kontos abgeglichen</translation>
    </message>
    <message>
        <source>Signed in to the platform</source>
        <translation>Bei der Plattform angemeldet</translation>
    </message>
    <message>
        <source>Signed out of the platform</source>
        <translation>Von der Plattform abgemeldet</translation>
    </message>
    <message>
        <source>Started the worker</source>
        <translation>Worker gestartet</translation>
    </message>
    <message>
        <source>Stopped the worker</source>
        <translation>Worker angehalten</translation>
    </message>
    <message>
        <source>Added a worker route</source>
        <translation>Worker-Route hinzugefügt</translation>
    </message>
    <message>
        <source>Removed a worker route</source>
        <translation>Worker-Route entfernt</translation>
    </message>
    <message>
        <source>Set the webhook key</source>
        <translation>Webhook-Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>Set a budget</source>
        <translation>Ein Budget gesetzt</translation>
    </message>
    <message>
        <source>Removed a budget</source>
        <translation>Ein Budget entfernt</translation>
    </message>
    <message>
        <source>Sent failing checks to the agent</source>
        <translation>Fehlgeschlagene Prüfungen an den Agenten gesendet</translation>
    </message>
    <message>
        <source>Sent a review to the agent</source>
        <translation>Ein Review an den Agenten gesendet</translation>
    </message>
</context>
<context>
    <name>Copilot</name>
    <message>
        <source>Pull request #%1: %2</source>
        <translation>Pull-Request #%1: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message numerus="yes">
        <source>(Gave up after %n attempt(s).)</source>
        <translation>
            <numerusform>(Nach %n Versuch aufgegeben.)</numerusform>
            <numerusform>(Nach %n Versuchen aufgegeben.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2 redirected the request to %3. AgentDesk never sends credentials to another host; check the account&apos;s base URL.</source>
        <translation>%1 fehlgeschlagen: %2 leitete die Anfrage nach %3 um. AgentDesk sendet Zugangsdaten nie an einen anderen Host; prüfen Sie die Basis-URL des Kontos.</translation>
    </message>
    <message>
        <source>%1 failed: %2 sent an answer larger than %3 MB; AgentDesk stopped reading it.</source>
        <translation>%1 fehlgeschlagen: %2 sandte eine Antwort größer als %3 MB; AgentDesk hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 failed: %2 did not finish answering within %3 s.</source>
        <translation>%1 fehlgeschlagen: %2 hat die Antwort nicht innerhalb von %3 s beendet.</translation>
    </message>
    <message>
        <source>%1 failed: %2 did not answer within %3 s.</source>
        <translation>%1 fehlgeschlagen: %2 hat nicht innerhalb von %3 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 failed: the answer from %2 broke off before its end (%3).</source>
        <translation>%1 fehlgeschlagen: Die Antwort von %2 brach vor ihrem Ende ab (%3).</translation>
    </message>
    <message>
        <source>%1 failed: cannot reach %2 (%3).</source>
        <translation>%1 fehlgeschlagen: %2 ist nicht erreichbar (%3).</translation>
    </message>
    <message>
        <source>The provider asks to wait %1 s; AgentDesk gives up rather than wait that long.</source>
        <translation>Der Anbieter bittet, %1 s zu warten; so lange wartet AgentDesk nicht und gibt auf.</translation>
    </message>
    <message>
        <source>%1 failed: %2 answered HTTP %3 with an empty body.</source>
        <translation>%1 fehlgeschlagen: %2 antwortete HTTP %3 ohne Inhalt.</translation>
    </message>
    <message>
        <source>%1 failed: %2 answered HTTP %3 with %4, not the JSON it should send (%5 at byte %6).</source>
        <translation>%1 fehlgeschlagen: %2 antwortete HTTP %3 mit %4 statt des erwarteten JSON (%5 bei Byte %6).</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>einer HTML-Seite</translation>
    </message>
    <message>
        <source>a body that does not parse</source>
        <translation>einem nicht lesbaren Inhalt</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <source>New Task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation>Repository-URL</translation>
    </message>
    <message>
        <source>The repository URL, e.g. https://github.com/owner/repo</source>
        <translation>Die Repository-URL, z. B. https://github.com/owner/repo</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation>&amp;Auftrag:</translation>
    </message>
    <message>
        <source>What should the agent do?</source>
        <translation>Was soll der Agent tun?</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>SCHLÜSSEL=WERT, einer pro Zeile</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Open a pull request when done</source>
        <translation>Nach Abschluss einen Pull Request öffnen</translation>
    </message>
    <message>
        <source>Wait for my approval of the plan</source>
        <translation>Auf meine Freigabe des Plans warten</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The platform no longer accepts this sign-in (%1). Sign in again.</source>
        <translation>Die Plattform nimmt diese Anmeldung nicht mehr an (%1). Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign-in was refused in the browser (%1).</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>OperatorActions</name>
    <message>
        <source>also upstream</source>
        <translation>auch beim Anbieter</translation>
    </message>
    <message>
        <source>here only</source>
        <translation>nur hier</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Google Jules</source>
        <translation>Google Jules</translation>
    </message>
    <message>
        <source>Devin</source>
        <translation>Devin</translation>
    </message>
    <message>
        <source>OpenAI Codex Cloud</source>
        <translation>OpenAI Codex Cloud</translation>
    </message>
    <message>
        <source>Cursor Cloud Agents</source>
        <translation>Cursor Cloud Agents</translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
</context>
<context>
    <name>ProviderAdapter</name>
    <message>
        <source>%1 has no plan approval step.</source>
        <translation>%1 hat keinen Schritt zur Planfreigabe.</translation>
    </message>
    <message>
        <source>%1 does not accept follow-up messages.</source>
        <translation>%1 nimmt keine Folgenachrichten an.</translation>
    </message>
    <message>
        <source>%1 offers no way to stop a task through its API; stop it in the provider&apos;s web app if needed.</source>
        <translation>%1 bietet keine Möglichkeit, eine Aufgabe über die API zu stoppen; stoppen Sie sie bei Bedarf in der Web-App des Anbieters.</translation>
    </message>
    <message>
        <source>%1 offers no way to delete a task upstream.</source>
        <translation>%1 bietet keine Möglichkeit, eine Aufgabe beim Anbieter zu löschen.</translation>
    </message>
    <message>
        <source>%1 cannot list repositories.</source>
        <translation>%1 kann keine Repositorys auflisten.</translation>
    </message>
    <message>
        <source>There is no plan waiting for approval (the task is %1).</source>
        <translation>Kein Plan wartet auf Freigabe (die Aufgabe ist %1).</translation>
    </message>
    <message>
        <source>The task has ended (%1).</source>
        <translation>Die Aufgabe ist beendet (%1).</translation>
    </message>
    <message>
        <source>[… %1 more characters not kept]</source>
        <translation>[… %1 weitere Zeichen nicht gespeichert]</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk kann nicht starten</translation>
    </message>
    <message>
        <source>The platform session is gone.</source>
        <translation>Die Plattform-Sitzung besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when something needs you</source>
        <translation>Desktop-&amp;Benachrichtigungen zeigen, wenn etwas Sie braucht</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (count only, no notifications)</source>
        <translation>&amp;Nicht stören (nur zählen, keine Benachrichtigungen)</translation>
    </message>
    <message>
        <source>Also notify when a task is &amp;done</source>
        <translation>Auch benachrichtigen, wenn eine Aufgabe &amp;fertig ist</translation>
    </message>
    <message>
        <source>Flag a running task as &amp;maybe stuck after:</source>
        <translation>Laufende Aufgabe als &amp;möglicherweise hängend markieren nach:</translation>
    </message>
    <message>
        <source> min (0 = never)</source>
        <translation> min (0 = nie)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check &amp;running tasks every:</source>
        <translation>&amp;Laufende Aufgaben prüfen alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check tasks &amp;waiting for you every:</source>
        <translation>Auf Sie &amp;wartende Aufgaben prüfen alle:</translation>
    </message>
    <message>
        <source>Window and language</source>
        <translation>Fenster und Sprache</translation>
    </message>
    <message>
        <source>Start minimized to the &amp;tray</source>
        <translation>Minimiert im &amp;Infobereich starten</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps AgentDesk running in the tray</source>
        <translation>&amp;Schließen des Fensters lässt AgentDesk im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>the only route&apos;s agent</source>
        <translation>der Agent der einzigen Route</translation>
    </message>
    <message>
        <source>Sessions at &amp;once:</source>
        <translation>Sitzungen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Lease length:</source>
        <translation>&amp;Lease-Dauer:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abfragen alle:</translation>
    </message>
    <message>
        <source>Listen for &amp;webhooks on 127.0.0.1</source>
        <translation>Auf &amp;Webhooks an 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>Webhook p&amp;ort:</source>
        <translation>Webhook-P&amp;ort:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to the Agent Platform</source>
        <translation>Bei der Agentenplattform anmelden</translation>
    </message>
    <message>
        <source>AgentDesk opens your browser to sign in. The tokens the platform gives back are kept only in the OS keychain.</source>
        <translation>AgentDesk öffnet Ihren Browser zur Anmeldung. Die Tokens der Plattform werden nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>Plattform-&amp;URL:</translation>
    </message>
    <message>
        <source>https://platform.example</source>
        <translation>https://platform.example</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>Plattform-URL</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>optional: where the sign-in server lives, if not at the platform URL</source>
        <translation>optional: wo der Anmeldeserver liegt, falls nicht unter der Plattform-URL</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>optional: only for a confidential client</source>
        <translation>optional: nur für einen vertraulichen Client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>C&amp;opy Address</source>
        <translation>Adresse k&amp;opieren</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>WorkerPanel</name>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Worker state</source>
        <translation>Worker-Zustand</translation>
    </message>
    <message>
        <source>Worker details</source>
        <translation>Worker-Details</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Take queued sessions from the agent platform and run them as provider tasks</source>
        <translation>Wartende Sitzungen von der Agentenplattform übernehmen und als Anbieter-Aufgaben ausführen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Take no new sessions; running ones continue upstream and resume on the next start</source>
        <translation>Keine neuen Sitzungen übernehmen; laufende arbeiten beim Anbieter weiter und werden beim nächsten Start fortgesetzt</translation>
    </message>
    <message>
        <source>Stop and &amp;hand back</source>
        <translation>Stoppen und &amp;zurückgeben</translation>
    </message>
    <message>
        <source>Stop and release every claimed session so another worker can take it</source>
        <translation>Stoppen und jede übernommene Sitzung freigeben, damit ein anderer Worker sie übernehmen kann</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Watch the headless worker running on this computer (agentdeskctl worker run)</source>
        <translation>Den Worker ohne Oberfläche beobachten, der auf diesem Rechner läuft (agentdeskctl worker run)</translation>
    </message>
    <message>
        <source>Claimed sessions</source>
        <translation>Übernommene Sitzungen</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Recent webhook deliveries</source>
        <translation>Letzte Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Worker log</source>
        <translation>Worker-Protokoll</translation>
    </message>
</context>
<context>
    <name>WorkerStore</name>
    <message>
        <source>No route for agent &quot;%1&quot;.</source>
        <translation>Keine Route für den Agenten „%1“.</translation>
    </message>
    <message>
        <source>The claim on %1 cannot be read: its phase &quot;%2&quot; is unknown to this version.</source>
        <translation>Die Übernahme von %1 kann nicht gelesen werden: Ihre Phase „%2“ ist dieser Version unbekannt.</translation>
    </message>
    <message>
        <source>The route of agent %1 names the unknown provider &quot;%2&quot;.</source>
        <translation>Die Route von Agent %1 nennt den unbekannten Anbieter „%2“.</translation>
    </message>
    <message>
        <source>Cannot start a transaction for the outbox: %1</source>
        <translation>Für den Postausgang kann keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the outbox: %1</source>
        <translation>Der Postausgang kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Outbox item %1 has the unknown kind &quot;%2&quot;.</source>
        <translation>Eintrag %1 im Postausgang hat die unbekannte Art „%2“.</translation>
    </message>
</context>
<context>
    <name>agentdesk</name>
    <message>
        <source>A repository URL is required.</source>
        <translation>Eine Repository-URL ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL; use the form https://github.com/owner/repo.</source>
        <translation>„%1“ ist keine gültige URL; verwenden Sie die Form https://github.com/owner/repo.</translation>
    </message>
    <message>
        <source>The repository URL must start with https:// or http:// (got &quot;%1&quot;).</source>
        <translation>Die Repository-URL muss mit https:// oder http:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The repository URL must name an owner and a repository, like https://github.com/owner/repo.</source>
        <translation>Die Repository-URL muss Besitzer und Repository nennen, etwa https://github.com/owner/repo.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannter Anbieter „%1“; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch name.</source>
        <translation>„%1“ ist kein gültiger Branch-Name.</translation>
    </message>
    <message>
        <source>Environment variable names must not be empty.</source>
        <translation>Namen von Umgebungsvariablen dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form KEY=VALUE.</source>
        <translation>„%1“ hat nicht die Form SCHLÜSSEL=WERT.</translation>
    </message>
    <message>
        <source>Environment variable names must not be empty (in &quot;%1&quot;).</source>
        <translation>Namen von Umgebungsvariablen dürfen nicht leer sein (in „%1“).</translation>
    </message>
    <message>
        <source>%1 failed: the provider rejected the credentials (%2). Check the account&apos;s API key.</source>
        <translation>%1 fehlgeschlagen: Der Anbieter hat die Zugangsdaten abgelehnt (%2). Prüfen Sie den API-Schlüssel des Kontos.</translation>
    </message>
    <message>
        <source>%1 failed: not found upstream (%2).</source>
        <translation>%1 fehlgeschlagen: beim Anbieter nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the provider is rate limiting requests (%2). Try again later.</source>
        <translation>%1 fehlgeschlagen: Der Anbieter drosselt Anfragen (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 failed: conflict (%2).</source>
        <translation>%1 fehlgeschlagen: Konflikt (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the provider had a server error (%2).</source>
        <translation>%1 fehlgeschlagen: Der Anbieter hatte einen Serverfehler (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the request was refused (%2).</source>
        <translation>%1 fehlgeschlagen: Die Anfrage wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>No key is stored in the keychain for this entry.</source>
        <translation>Für diesen Eintrag liegt kein Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). AgentDesk keeps keys only in the keychain: start a Secret Service such as gnome-keyring and try again.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). AgentDesk speichert Schlüssel nur im Schlüsselbund: Starten Sie einen Secret Service wie gnome-keyring und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>No task with id %1. `agentdeskctl task list` shows the known tasks.</source>
        <translation>Keine Aufgabe mit der ID %1. `agentdeskctl task list` zeigt die bekannten Aufgaben.</translation>
    </message>
    <message>
        <source>The keychain works but holds no key for account &quot;%1&quot;. Enter the key again with `agentdeskctl account edit %1 --key-stdin` or in Accounts.</source>
        <translation>Der Schlüsselbund funktioniert, enthält aber keinen Schlüssel für das Konto „%1“. Geben Sie den Schlüssel erneut ein, mit `agentdeskctl account edit %1 --key-stdin` oder unter Konten.</translation>
    </message>
    <message>
        <source>The key of account &quot;%1&quot; is in a locked keyring. %2</source>
        <translation>Der Schlüssel des Kontos „%1“ liegt in einem gesperrten Schlüsselbund. %2</translation>
    </message>
    <message>
        <source>The prompt</source>
        <translation>Der Prompt</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind %3.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character at position %2; providers would cut it off there. Remove it.</source>
        <translation>%1 enthält an Position %2 ein NUL-Zeichen; die Anbieter würden dort abschneiden. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3. Remove it.</source>
        <translation>%1 enthält an Position %3 das Steuerzeichen U+%2. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The prompt file %1 is not UTF-8 text: the byte at offset %2 (0x%3) does not belong there. Save it as UTF-8 and try again.</source>
        <translation>Die Prompt-Datei %1 ist kein UTF-8-Text: Das Byte an Position %2 (0x%3) gehört dort nicht hin. Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The prompt file %1 contains a NUL byte at offset %2; it does not look like text. Remove it and try again.</source>
        <translation>Die Prompt-Datei %1 enthält an Position %2 ein NUL-Byte; sie sieht nicht nach Text aus. Entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That is not an HTTP request.</source>
        <translation>Das ist keine HTTP-Anfrage.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 KiB.</source>
        <translation>Der Anfragekopf ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The request line is not METHOD TARGET HTTP/1.x.</source>
        <translation>Die Anfragezeile hat nicht die Form METHODE ZIEL HTTP/1.x.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are spoken here.</source>
        <translation>Hier wird nur HTTP/1.0 und HTTP/1.1 gesprochen.</translation>
    </message>
    <message>
        <source>The request target must be a path.</source>
        <translation>Das Anfrageziel muss ein Pfad sein.</translation>
    </message>
    <message>
        <source>The request target is not a valid path.</source>
        <translation>Das Anfrageziel ist kein gültiger Pfad.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>Die Anfrage hat mehr als %1 Kopfzeilen.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Gefaltete Kopfzeilen werden nicht angenommen.</translation>
    </message>
    <message>
        <source>A header field has no valid name.</source>
        <translation>Eine Kopfzeile hat keinen gültigen Namen.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs a Host header.</source>
        <translation>Eine HTTP/1.1-Anfrage braucht eine Host-Kopfzeile.</translation>
    </message>
    <message>
        <source>Transfer-Encoding and Content-Length together are not accepted.</source>
        <translation>Transfer-Encoding und Content-Length zusammen werden nicht angenommen.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is understood.</source>
        <translation>Nur die Transferkodierung „chunked“ wird verstanden.</translation>
    </message>
    <message>
        <source>The Content-Length is not one number.</source>
        <translation>Content-Length ist nicht genau eine Zahl.</translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation>Der Body ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The keyring is locked (%1). Unlock your keyring (log in to your desktop session, or open your keyring app and unlock it), then retry. Your keys are still there.</source>
        <translation>Der Schlüsselbund ist gesperrt (%1). Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut. Ihre Schlüssel sind noch da.</translation>
    </message>
    <message>
        <source>The keyring is locked (%1). Unlock your keyring, then retry. Your keys are still there.</source>
        <translation>Der Schlüsselbund ist gesperrt (%1). Entsperren Sie ihn und versuchen Sie es erneut. Ihre Schlüssel sind noch da.</translation>
    </message>
    <message>
        <source>The OS keychain could not be used (%1). AgentDesk keeps keys only in the keychain: make sure a Secret Service such as gnome-keyring is running, then retry.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar (%1). AgentDesk bewahrt Schlüssel nur dort auf: Stellen Sie sicher, dass ein Secret Service wie gnome-keyring läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be read: its provider &quot;%2&quot; is unknown to this version of AgentDesk.</source>
        <translation>Das Konto „%1“ kann nicht gelesen werden: Sein Anbieter „%2“ ist dieser AgentDesk-Version unbekannt.</translation>
    </message>
    <message>
        <source>%1 is not supported by this build of AgentDesk.</source>
        <translation>%1 wird von diesem Build von AgentDesk nicht unterstützt.</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n s</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n h</translation>
    </message>
    <message>
        <source>%n d</source>
        <translation>%n T.</translation>
    </message>
    <message>
        <source>Code changes</source>
        <translation>Codeänderungen</translation>
    </message>
    <message>
        <source>Cannot read the Codex login at %1 (%2). Run `codex login` first.</source>
        <translation>Die Codex-Anmeldung in %1 kann nicht gelesen werden (%2). Führen Sie zuerst `codex login` aus.</translation>
    </message>
    <message>
        <source>%1 holds no ChatGPT login (tokens.access_token and tokens.account_id). Sign in with `codex login` using ChatGPT, not an API key.</source>
        <translation>%1 enthält keine ChatGPT-Anmeldung (tokens.access_token und tokens.account_id). Melden Sie sich mit `codex login` über ChatGPT an, nicht mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Codex login.</source>
        <translation>%1 ist zu groß für eine Codex-Anmeldung.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>Attempt %1: code changes</source>
        <translation>Versuch %1: Codeänderungen</translation>
    </message>
    <message>
        <source>The session timed out.</source>
        <translation>Die Sitzung hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>The session timed out: %1</source>
        <translation>Die Sitzung hat das Zeitlimit überschritten: %1</translation>
    </message>
    <message>
        <source>The session was stopped on GitHub.</source>
        <translation>Die Sitzung wurde auf GitHub angehalten.</translation>
    </message>
    <message>
        <source>The session failed.</source>
        <translation>Die Sitzung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The session finished.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Working on branch %1 (from %2).</source>
        <translation>Arbeitet auf Branch %1 (von %2).</translation>
    </message>
    <message>
        <source>Copilot reported the task as %1.</source>
        <translation>Copilot meldete die Aufgabe als %1.</translation>
    </message>
    <message>
        <source>Cursor reported an error for this agent.</source>
        <translation>Cursor meldete einen Fehler für diesen Agenten.</translation>
    </message>
    <message>
        <source>The Cursor agent expired before it finished.</source>
        <translation>Der Cursor-Agent ist abgelaufen, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <source>Devin suspended the session (%1); it cannot go on until that is resolved.</source>
        <translation>Devin hat die Sitzung angehalten (%1); sie kann erst weitergehen, wenn das gelöst ist.</translation>
    </message>
    <message>
        <source>Devin suspended the session (%1); send a message to resume it.</source>
        <translation>Devin hat die Sitzung angehalten (%1); senden Sie eine Nachricht, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The Devin session expired.</source>
        <translation>Die Devin-Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Devin reported an error.</source>
        <translation>Devin meldete einen Fehler.</translation>
    </message>
    <message>
        <source>Devin reported an error (%1).</source>
        <translation>Devin meldete einen Fehler (%1).</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source> (branch %1)</source>
        <translation> (Branch %1)</translation>
    </message>
    <message>
        <source>When you are done, open a pull request.</source>
        <translation>Wenn Sie fertig sind, öffnen Sie einen Pull Request.</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>Plan freigegeben</translation>
    </message>
    <message>
        <source>Session completed</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Session failed</source>
        <translation>Sitzung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Task %1 cannot be read: its %2 &quot;%3&quot; is unknown to this version of AgentDesk.</source>
        <translation>Aufgabe %1 kann nicht gelesen werden: %2 „%3“ ist dieser AgentDesk-Version unbekannt.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; edit it, or pick another name.</source>
        <translation>Ein Konto namens „%1“ gibt es schon; bearbeiten Sie es oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; is being added right now (by another AgentDesk window or command); pick another name, or wait and edit it.</source>
        <translation>Ein Konto namens „%1“ wird gerade angelegt (von einem anderen AgentDesk-Fenster oder -Befehl); wählen Sie einen anderen Namen, oder warten Sie und bearbeiten Sie es dann.</translation>
    </message>
    <message>
        <source>The reservation of the account name &quot;%1&quot; is gone.</source>
        <translation>Die Reservierung des Kontonamens „%1“ ist nicht mehr da.</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be updated.</source>
        <translation>Die Spalte „%1“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>No task with id %1.</source>
        <translation>Keine Aufgabe mit der ID %1.</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, geschätzt</translation>
    </message>
    <message>
        <source>%1 ACU</source>
        <translation>%1 ACU</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>1 premium request</source>
        <translation>1 Premium-Anfrage</translation>
    </message>
    <message>
        <source>%1 premium requests</source>
        <translation>%1 Premium-Anfragen</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
</context>
<context>
    <name>agentdesk::AccountService</name>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;. `agentdeskctl account list` shows the accounts.</source>
        <translation>Kein Konto namens „%1“. `agentdeskctl account list` zeigt die Konten.</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL such as https://api.example.com.</source>
        <translation>Die Basis-URL muss eine http(s)-URL sein, etwa https://api.example.com.</translation>
    </message>
    <message>
        <source>%1 is not supported by this build of AgentDesk.</source>
        <translation>%1 wird von diesem Build von AgentDesk nicht unterstützt.</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>Das Konto wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 (experimental)</source>
        <translation>%1 (experimentell)</translation>
    </message>
</context>
<context>
    <name>agentdesk::AccountTroubleBanner</name>
    <message>
        <source>Account problems</source>
        <translation>Kontoprobleme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rejects its key since %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; weist seinen Schlüssel seit %2 ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be reached since %2; its tasks may be out of date.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist seit %2 nicht erreichbar; seine Aufgaben sind womöglich nicht aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more account(s).</source>
        <translation>
            <numerusform>… und %n weiteres Konto.</numerusform>
            <numerusform>… und %n weitere Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check the key…</source>
        <translation>Schlüssel prüfen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keyring is locked.&lt;/b&gt; AgentDesk asked once and reads no keys until you unlock it; unlock it, then Retry.</source>
        <translation>&lt;b&gt;Der Schlüsselbund ist gesperrt.&lt;/b&gt; AgentDesk hat einmal gefragt und liest keine Schlüssel, bis Sie ihn entsperren; entsperren Sie ihn, dann „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>agentdesk::AccountsDialog</name>
    <message>
        <source>ChatGPT account id</source>
        <translation>ChatGPT-Konto-ID</translation>
    </message>
    <message>
        <source>Use my Codex CLI &amp;login</source>
        <translation>Meine Codex-CLI-&amp;Anmeldung verwenden</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>From the key (cog_ = v3, apk_ = v1)</source>
        <translation>Aus dem Schlüssel (cog_ = v3, apk_ = v1)</translation>
    </message>
    <message>
        <source>v0 (legacy)</source>
        <translation>v0 (veraltet)</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Read your Codex login; press Add to keep it in the OS keychain.</source>
        <translation>Ihre Codex-Anmeldung wurde gelesen; „Hinzufügen“ legt sie im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>(short key, not shown)</source>
        <translation>(kurzer Schlüssel, nicht angezeigt)</translation>
    </message>
    <message>
        <source>(no key in keychain)</source>
        <translation>(kein Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <source>(keychain unavailable)</source>
        <translation>(Schlüsselbund nicht verfügbar)</translation>
    </message>
    <message>
        <source>Codex Cloud needs the ChatGPT account id; use your Codex CLI login or paste it.</source>
        <translation>Codex Cloud braucht die ChatGPT-Konto-ID; verwenden Sie Ihre Codex-CLI-Anmeldung oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; and delete its key from the keychain? Tasks made with it stay, but can no longer be synced.</source>
        <translation>Das Konto „%1“ entfernen und seinen Schlüssel aus dem Schlüsselbund löschen? Damit erstellte Aufgaben bleiben, können aber nicht mehr synchronisiert werden.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Reads the access token and account id of the ChatGPT login your Codex CLI keeps ($CODEX_HOME/auth.json or ~/.codex/auth.json) — nothing else.</source>
        <translation>Liest das Zugriffstoken und die Konto-ID der ChatGPT-Anmeldung, die Ihre Codex-CLI aufbewahrt ($CODEX_HOME/auth.json oder ~/.codex/auth.json) – sonst nichts.</translation>
    </message>
    <message>
        <source>Codex Cloud has no local login to import.</source>
        <translation>Für Codex Cloud gibt es keine lokale Anmeldung zum Importieren.</translation>
    </message>
    <message>
        <source>(keyring locked)</source>
        <translation>(Schlüsselbund gesperrt)</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: the key works and is in the OS keychain.</source>
        <translation>„%1“ hinzugefügt: Der Schlüssel funktioniert und liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Tasks started in the provider&apos;s own app, CLI or IDE join the list; how far back to look.</source>
        <translation>Aufgaben, die in der App, CLI oder IDE des Anbieters gestartet wurden, kommen in die Liste; wie weit zurück geschaut wird.</translation>
    </message>
    <message>
        <source>Tasks of the last 30 days (default)</source>
        <translation>Aufgaben der letzten 30 Tage (Standard)</translation>
    </message>
    <message>
        <source>Tasks of the last 7 days</source>
        <translation>Aufgaben der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Tasks of the last 90 days</source>
        <translation>Aufgaben der letzten 90 Tage</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Started &amp;elsewhere:</source>
        <translation>&amp;Anderswo gestartet:</translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation>&amp;Neues Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Adopts</source>
        <translation>Übernimmt</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>unverändert, sofern Sie keinen neuen eingeben</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>letzter Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ActivityDelegate</name>
    <message>
        <source>   (exit %1)</source>
        <translation>   (Exit-Code %1)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n weitere Zeile</numerusform>
            <numerusform>… %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ActivityMirror</name>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation>%1-Aufgabe</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>Pull Request</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The agent is waiting for input.</source>
        <translation>Der Agent wartet auf eine Eingabe.</translation>
    </message>
    <message>
        <source>%1 finished the task.</source>
        <translation>%1 hat die Aufgabe abgeschlossen.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The %1 task was cancelled.</source>
        <translation>Die %1-Aufgabe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 task failed.</source>
        <translation>Die %1-Aufgabe ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ActivityModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Code change</source>
        <translation>Codeänderung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>agentdesk::AttentionModel</name>
    <message>
        <source>The plan is waiting for your approval.</source>
        <translation>Der Plan wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <source>The agent is waiting for your answer.</source>
        <translation>Der Agent wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>Die Aufgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The task is done.</source>
        <translation>Die Aufgabe ist erledigt.</translation>
    </message>
    <message>
        <source>The task is done: %1</source>
        <translation>Die Aufgabe ist erledigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Maybe stuck: no new activity for %n minute(s).</source>
        <translation>
            <numerusform>Möglicherweise hängend: seit %n Minute keine neue Aktivität.</numerusform>
            <numerusform>Möglicherweise hängend: seit %n Minuten keine neue Aktivität.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent platform</source>
        <translation>Agentenplattform</translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again so the worker can keep taking sessions.</source>
        <translation>Anmeldung abgelaufen: Melden Sie sich erneut an, damit der Worker weiter Sitzungen übernehmen kann.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable: unlock it, then retry.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Worker session %1</source>
        <translation>Worker-Sitzung %1</translation>
    </message>
    <message>
        <source>The worker lost its claim on this session: %1</source>
        <translation>Der Worker hat seinen Anspruch auf diese Sitzung verloren: %1</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget aufgebraucht</translation>
    </message>
    <message>
        <source>Budget %1 % spent</source>
        <translation>Budget zu %1 % aufgebraucht</translation>
    </message>
    <message>
        <source>Checks failed on the pull request: %1.</source>
        <translation>Prüfungen im Pull Request fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>A reviewer asked for changes on the pull request (%1).</source>
        <translation>Ein Reviewer hat Änderungen am Pull Request verlangt (%1).</translation>
    </message>
</context>
<context>
    <name>agentdesk::AttentionPresenter</name>
    <message>
        <source>&lt;b&gt;Maybe stuck:&lt;/b&gt; no new activity since %1. &lt;a href=&quot;message&quot;&gt;Send a message&lt;/a&gt; · &lt;a href=&quot;cancel&quot;&gt;Cancel upstream&lt;/a&gt;</source>
        <translation>&lt;b&gt;Möglicherweise hängend:&lt;/b&gt; keine neue Aktivität seit %1. &lt;a href=&quot;message&quot;&gt;Nachricht senden&lt;/a&gt; · &lt;a href=&quot;cancel&quot;&gt;Beim Anbieter abbrechen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>agentdesk::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Aktionen des Bedieners</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>agentdesk::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>agentdesk::Cli</name>
    <message>
        <source>--api-version applies to devin and cursor-cloud only.</source>
        <translation>--api-version gilt nur für devin und cursor-cloud.</translation>
    </message>
    <message>
        <source>--api-version for %1 is one of %2.</source>
        <translation>--api-version für %1 ist eines von %2.</translation>
    </message>
    <message>
        <source>Which tasks started elsewhere (the provider&apos;s app, CLI, IDE) to show: all, none, or those of the last DAYS days (default 30).</source>
        <translation>Welche anderswo (App, CLI, IDE des Anbieters) gestarteten Aufgaben gezeigt werden: all, none oder die der letzten DAYS Tage (Standard 30).</translation>
    </message>
    <message>
        <source>--adopt is all, none or a number of days (1 to 3650), not &quot;%1&quot;.</source>
        <translation>--adopt ist all, none oder eine Anzahl Tage (1 bis 3650), nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: skipped (it adopts no tasks, or its provider cannot list them).</source>
        <translation>%1: übersprungen (es übernimmt keine Aufgaben, oder sein Anbieter kann sie nicht auflisten).</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 adopted, %4 changed, %5 gone upstream%6.</source>
        <translation>%1: %2 aufgeführt, %3 übernommen, %4 geändert, %5 beim Anbieter verschwunden%6.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the activities of %n adopted task(s)…</source>
        <translation>
            <numerusform>Die Aktivitäten von %n übernommenen Aufgabe werden abgerufen …</numerusform>
            <numerusform>Die Aktivitäten von %n übernommenen Aufgaben werden abgerufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation>Kontoname.</translation>
    </message>
    <message>
        <source>Override the provider&apos;s API base URL.</source>
        <translation>Die Basis-URL der Anbieter-API überschreiben.</translation>
    </message>
    <message>
        <source>API version: v1 or v3 for devin (default: from the key), v0 or v1 for cursor-cloud (default v1).</source>
        <translation>API-Version: v1 oder v3 für devin (Standard: aus dem Schlüssel), v0 oder v1 für cursor-cloud (Standard v1).</translation>
    </message>
    <message>
        <source>codex-cloud: the ChatGPT account id to send with the pasted token.</source>
        <translation>codex-cloud: die ChatGPT-Konto-ID, die mit dem eingefügten Token gesendet wird.</translation>
    </message>
    <message>
        <source>codex-cloud: take the token and account id from your Codex CLI login (~/.codex/auth.json, or $CODEX_HOME). Nothing else is read.</source>
        <translation>codex-cloud: Token und Konto-ID aus Ihrer Codex-CLI-Anmeldung nehmen (~/.codex/auth.json oder $CODEX_HOME). Sonst wird nichts gelesen.</translation>
    </message>
    <message>
        <source>codex-cloud: read this auth.json instead.</source>
        <translation>codex-cloud: stattdessen diese auth.json lesen.</translation>
    </message>
    <message>
        <source>Add the account without trying the key against the provider first (offline); its tasks are adopted with the next `account sync`.</source>
        <translation>Das Konto hinzufügen, ohne den Schlüssel vorher beim Anbieter zu prüfen (offline); seine Aufgaben werden mit dem nächsten `account sync` übernommen.</translation>
    </message>
    <message>
        <source>account add takes one PROVIDER (%1).</source>
        <translation>account add erwartet einen ANBIETER (%1).</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannter Anbieter „%1“; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>account add needs --name NAME.</source>
        <translation>account add braucht --name NAME.</translation>
    </message>
    <message>
        <source>--account-id, --from-codex-login and --codex-auth apply to codex-cloud only.</source>
        <translation>--account-id, --from-codex-login und --codex-auth gelten nur für codex-cloud.</translation>
    </message>
    <message>
        <source>codex-cloud needs --from-codex-login, or --account-id ID with the token on standard input.</source>
        <translation>codex-cloud braucht --from-codex-login oder --account-id ID mit dem Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>API key (input hidden): </source>
        <translation>API-Schlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>No API key on standard input. Pipe it in, e.g. `agentdeskctl account add jules --name work &lt; key.txt`.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe. Leiten Sie ihn ein, z. B. `agentdeskctl account add jules --name work &lt; key.txt`.</translation>
    </message>
    <message>
        <source>%1 has no local login to import.</source>
        <translation>Für %1 gibt es keine lokale Anmeldung zum Importieren.</translation>
    </message>
    <message>
        <source>Using the login of your Codex CLI from %1 (access token and account id only).</source>
        <translation>Die Anmeldung Ihrer Codex-CLI aus %1 wird verwendet (nur Zugriffstoken und Konto-ID).</translation>
    </message>
    <message>
        <source>hint: add it without the check with --no-check when the provider cannot be reached now.</source>
        <translation>Hinweis: Mit --no-check fügen Sie es ohne Prüfung hinzu, wenn der Anbieter gerade nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Added %1 account &quot;%2&quot;; its key is in the OS keychain%3.</source>
        <translation>%1-Konto „%2“ hinzugefügt; sein Schlüssel liegt im Schlüsselbund des Systems%3.</translation>
    </message>
    <message>
        <source> and works</source>
        <translation> und funktioniert</translation>
    </message>
    <message>
        <source>Adopting %1…</source>
        <translation>%1 wird übernommen …</translation>
    </message>
    <message>
        <source>Read a new API key from standard input.</source>
        <translation>Einen neuen API-Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation>Diese API-Basis-URL verwenden.</translation>
    </message>
    <message>
        <source>Go back to the provider&apos;s own endpoint.</source>
        <translation>Zum eigenen Endpunkt des Anbieters zurückkehren.</translation>
    </message>
    <message>
        <source>devin v1|v3, cursor-cloud v0|v1.</source>
        <translation>devin v1|v3, cursor-cloud v0|v1.</translation>
    </message>
    <message>
        <source>Do not try the changed account against the provider first.</source>
        <translation>Das geänderte Konto nicht vorher beim Anbieter prüfen.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>account edit takes one NAME.</source>
        <translation>account edit erwartet einen NAMEN.</translation>
    </message>
    <message>
        <source>Give --base-url or --default-url, not both.</source>
        <translation>Geben Sie --base-url oder --default-url an, nicht beides.</translation>
    </message>
    <message>
        <source>New API key (input hidden): </source>
        <translation>Neuer API-Schlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;. `agentdeskctl account list` shows the accounts.</source>
        <translation>Kein Konto namens „%1“. `agentdeskctl account list` zeigt die Konten.</translation>
    </message>
    <message>
        <source>Changed account &quot;%1&quot;.</source>
        <translation>Konto „%1“ geändert.</translation>
    </message>
    <message>
        <source>account list takes no arguments.</source>
        <translation>account list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>(short key, not shown)</source>
        <translation>(kurzer Schlüssel, nicht angezeigt)</translation>
    </message>
    <message>
        <source>(no key in keychain)</source>
        <translation>(kein Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <source>(keyring locked)</source>
        <translation>(Schlüsselbund gesperrt)</translation>
    </message>
    <message>
        <source>(keychain unavailable)</source>
        <translation>(Schlüsselbund nicht verfügbar)</translation>
    </message>
    <message>
        <source>No accounts. Add one with `agentdeskctl account add PROVIDER --name NAME`.</source>
        <translation>Keine Konten. Fügen Sie eines mit `agentdeskctl account add PROVIDER --name NAME` hinzu.</translation>
    </message>
    <message>
        <source>List every task (archived ones too) instead of what changed since the last sync; tasks the provider no longer has are marked gone upstream.</source>
        <translation>Jede Aufgabe auflisten (auch archivierte) statt nur der seit dem letzten Abgleich geänderten; Aufgaben, die der Anbieter nicht mehr hat, werden als beim Anbieter verschwunden markiert.</translation>
    </message>
    <message>
        <source>The account (default: every account).</source>
        <translation>Das Konto (Standard: jedes Konto).</translation>
    </message>
    <message>
        <source>account sync takes at most one NAME.</source>
        <translation>account sync erwartet höchstens einen NAMEN.</translation>
    </message>
    <message>
        <source>Account to remove.</source>
        <translation>Zu entfernendes Konto.</translation>
    </message>
    <message>
        <source>account remove takes one NAME.</source>
        <translation>account remove erwartet einen NAMEN.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its key.</source>
        <translation>Konto „%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>Höchstens N Einträge (Standard 100).</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Unknown option %1. See `agentdeskctl --help`.</source>
        <translation>Unbekannte Option %1. Siehe `agentdeskctl --help`.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See `agentdeskctl --help`.</source>
        <translation>Unbekannter Befehl „%1“. Siehe `agentdeskctl --help`.</translation>
    </message>
    <message>
        <source>Usage: agentdeskctl %1 SUBCOMMAND

</source>
        <translation>Aufruf: agentdeskctl %1 UNTERBEFEHL

</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. See `agentdeskctl %1 --help`.</source>
        <translation>Unbekannter Befehl „%1 %2“. Siehe `agentdeskctl %1 --help`.</translation>
    </message>
    <message>
        <source>  GONE UPSTREAM since </source>
        <translation>  BEIM ANBIETER VERSCHWUNDEN seit </translation>
    </message>
    <message>
        <source>  NEEDS YOU: </source>
        <translation>  BRAUCHT SIE: </translation>
    </message>
    <message>
        <source>  Title:    </source>
        <translation>  Titel:    </translation>
    </message>
    <message>
        <source>  Repo:     </source>
        <translation>  Repo:     </translation>
    </message>
    <message>
        <source>  Account:  </source>
        <translation>  Konto:    </translation>
    </message>
    <message>
        <source>  Origin:   </source>
        <translation>  Herkunft: </translation>
    </message>
    <message>
        <source>started elsewhere (adopted)</source>
        <translation>anderswo gestartet (übernommen)</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>hier gestartet</translation>
    </message>
    <message>
        <source>, archived upstream</source>
        <translation>, beim Anbieter archiviert</translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation>, ausgeblendet</translation>
    </message>
    <message>
        <source>  Upstream: </source>
        <translation>  Anbieter: </translation>
    </message>
    <message>
        <source>  PR:       </source>
        <translation>  PR:       </translation>
    </message>
    <message>
        <source>  Summary:  </source>
        <translation>  Ergebnis: </translation>
    </message>
    <message>
        <source>  Error:    </source>
        <translation>  Fehler:   </translation>
    </message>
    <message>
        <source>  Created:  </source>
        <translation>  Erstellt: </translation>
    </message>
    <message>
        <source>   Updated: </source>
        <translation>   Geändert: </translation>
    </message>
    <message>
        <source>  Activities (%1):</source>
        <translation>  Aktivitäten (%1):</translation>
    </message>
    <message>
        <source>note: %1 support is experimental: it uses an unofficial API that may change.</source>
        <translation>Hinweis: Die Unterstützung für %1 ist experimentell: Sie nutzt eine inoffizielle API, die sich ändern kann.</translation>
    </message>
    <message>
        <source>db check takes no arguments.</source>
        <translation>db check erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; it is created on first use.</source>
        <translation>Unter %1 gibt es noch keine Datenbank; sie wird beim ersten Gebrauch angelegt.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Integrity: ok; schema %1 of %2.</source>
        <translation>Integrität: ok; Schema %1 von %2.</translation>
    </message>
    <message>
        <source>Integrity: DAMAGED (%1).</source>
        <translation>Integrität: BESCHÄDIGT (%1).</translation>
    </message>
    <message>
        <source>Restore a backup over it (with AgentDesk closed), or move it away to start with an empty one.</source>
        <translation>Stellen Sie eine Sicherung darüber wieder her (bei geschlossenem AgentDesk) oder verschieben Sie sie, um mit einer leeren zu beginnen.</translation>
    </message>
    <message>
        <source>Backups kept next to it: %1</source>
        <translation>Daneben aufbewahrte Sicherungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>Die Datenbank %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The platform&apos;s address.</source>
        <translation>Die Adresse der Plattform.</translation>
    </message>
    <message>
        <source>The OAuth client id of AgentDesk on the platform.</source>
        <translation>Die OAuth-Client-ID von AgentDesk auf der Plattform.</translation>
    </message>
    <message>
        <source>Discovery base, if not the platform address.</source>
        <translation>Basis für die Discovery, falls nicht die Plattformadresse.</translation>
    </message>
    <message>
        <source>Workspace (default: current).</source>
        <translation>Arbeitsbereich (Standard: current).</translation>
    </message>
    <message>
        <source>Scopes to ask for.</source>
        <translation>Anzufordernde Scopes.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the address and wait for the redirect.</source>
        <translation>Keinen Browser öffnen: die Adresse ausgeben und auf die Weiterleitung warten.</translation>
    </message>
    <message>
        <source>Read a confidential client&apos;s secret from standard input.</source>
        <translation>Das Geheimnis eines vertraulichen Clients von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Give up after SECONDS without an answer (default 300).</source>
        <translation>Nach SEKUNDEN ohne Antwort aufgeben (Standard 300).</translation>
    </message>
    <message>
        <source>platform login needs --url with the platform&apos;s http(s) address.</source>
        <translation>platform login braucht --url mit der http(s)-Adresse der Plattform.</translation>
    </message>
    <message>
        <source>platform login needs --client-id: the id the platform gave AgentDesk when it was registered as an OAuth app (ask your platform&apos;s administrator).</source>
        <translation>platform login braucht --client-id: die ID, die die Plattform AgentDesk bei der Registrierung als OAuth-App gegeben hat (fragen Sie die Administration Ihrer Plattform).</translation>
    </message>
    <message>
        <source>--issuer must be an http(s) URL.</source>
        <translation>--issuer muss eine http(s)-URL sein.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Client-Geheimnis (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>Kein Client-Geheimnis auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation>Ihr Browser wird zur Anmeldung geöffnet. Falls er sich nicht öffnet, besuchen Sie:</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warte auf den Browser…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2 (workspace %3).</source>
        <translation>Angemeldet als %1 bei %2 (Arbeitsbereich %3).</translation>
    </message>
    <message>
        <source>platform logout takes no arguments.</source>
        <translation>platform logout erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out; the tokens were revoked where the platform allows it and deleted.</source>
        <translation>Abgemeldet; die Tokens wurden, wo die Plattform es erlaubt, widerrufen und gelöscht.</translation>
    </message>
    <message>
        <source>platform status takes no arguments.</source>
        <translation>platform status erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Not signed in. `agentdeskctl platform login --url URL --client-id ID` signs in.</source>
        <translation>Nicht angemeldet. `agentdeskctl platform login --url URL --client-id ID` meldet an.</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt; on %3, workspace %4; access token valid until %5.</source>
        <translation>Angemeldet als %1 &lt;%2&gt; bei %3, Arbeitsbereich %4; Zugriffstoken gültig bis %5.</translation>
    </message>
    <message>
        <source>Provider.</source>
        <translation>Anbieter.</translation>
    </message>
    <message>
        <source>Account to use.</source>
        <translation>Zu verwendendes Konto.</translation>
    </message>
    <message>
        <source>sources list needs --provider (%1).</source>
        <translation>sources list braucht --provider (%1).</translation>
    </message>
    <message>
        <source>Task id.</source>
        <translation>Aufgaben-ID.</translation>
    </message>
    <message>
        <source>%1 takes one task ID.</source>
        <translation>%1 erwartet eine Aufgaben-ID.</translation>
    </message>
    <message>
        <source>Repository URL.</source>
        <translation>Repository-URL.</translation>
    </message>
    <message>
        <source>Starting branch.</source>
        <translation>Start-Branch.</translation>
    </message>
    <message>
        <source>What the agent should do.</source>
        <translation>Was der Agent tun soll.</translation>
    </message>
    <message>
        <source>Read the prompt from a file (UTF-8).</source>
        <translation>Den Prompt aus einer Datei lesen (UTF-8).</translation>
    </message>
    <message>
        <source>Open a pull request when done.</source>
        <translation>Nach Abschluss einen Pull Request öffnen.</translation>
    </message>
    <message>
        <source>Wait for plan approval.</source>
        <translation>Auf Planfreigabe warten.</translation>
    </message>
    <message>
        <source>Environment variable for the agent.</source>
        <translation>Umgebungsvariable für den Agenten.</translation>
    </message>
    <message>
        <source>devin: stop after N ACUs.</source>
        <translation>devin: nach N ACUs stoppen.</translation>
    </message>
    <message>
        <source>devin: tag the session (repeatable).</source>
        <translation>devin: die Sitzung markieren (wiederholbar).</translation>
    </message>
    <message>
        <source>cursor-cloud: the model id.</source>
        <translation>cursor-cloud: die Modell-ID.</translation>
    </message>
    <message>
        <source>codex-cloud: attempts to run (1-4).</source>
        <translation>codex-cloud: Anzahl der Versuche (1–4).</translation>
    </message>
    <message>
        <source>codex-cloud: the environment id (default: the one matching --repo).</source>
        <translation>codex-cloud: die Umgebungs-ID (Standard: die zu --repo passende).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; put the prompt in --prompt.</source>
        <translation>Unerwartetes Argument „%1“; geben Sie den Auftrag mit --prompt an.</translation>
    </message>
    <message>
        <source>task create needs --provider (%1).</source>
        <translation>task create braucht --provider (%1).</translation>
    </message>
    <message>
        <source>task create needs --repo URL.</source>
        <translation>task create braucht --repo URL.</translation>
    </message>
    <message>
        <source>Give exactly one of --prompt TEXT and --prompt-file F.</source>
        <translation>Geben Sie genau eines von --prompt TEXT und --prompt-file F an.</translation>
    </message>
    <message>
        <source>Cannot read the prompt file %1: %2.</source>
        <translation>Die Auftragsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The prompt file %1 is %2 bytes; a prompt is at most %3 characters.</source>
        <translation>Die Prompt-Datei %1 hat %2 Bytes; ein Prompt hat höchstens %3 Zeichen.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>Created %1 (%2 %3).</source>
        <translation>%1 erstellt (%2 %3).</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Nur dieser Anbieter.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Nur dieser Status.</translation>
    </message>
    <message>
        <source>Only tasks started here (agentdesk) or elsewhere.</source>
        <translation>Nur hier (agentdesk) oder anderswo (elsewhere) gestartete Aufgaben.</translation>
    </message>
    <message>
        <source>Include hidden tasks.</source>
        <translation>Ausgeblendete Aufgaben einschließen.</translation>
    </message>
    <message>
        <source>At most N tasks.</source>
        <translation>Höchstens N Aufgaben.</translation>
    </message>
    <message>
        <source>task list takes options only.</source>
        <translation>task list erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannter Status „%1“; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--origin is agentdesk or elsewhere, not &quot;%1&quot;.</source>
        <translation>--origin ist agentdesk oder elsewhere, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &quot;%1&quot;.</source>
        <translation>--limit erwartet eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>REPO</source>
        <translation>REPO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>needs you: </source>
        <translation>braucht Sie: </translation>
    </message>
    <message>
        <source>No task with id %1. `agentdeskctl task list` shows the known tasks.</source>
        <translation>Keine Aufgabe mit der ID %1. `agentdeskctl task list` zeigt die bekannten Aufgaben.</translation>
    </message>
    <message>
        <source>Sync every task that has not ended.</source>
        <translation>Jede noch nicht beendete Aufgabe synchronisieren.</translation>
    </message>
    <message>
        <source>task sync takes one task ID or --all.</source>
        <translation>task sync erwartet eine Aufgaben-ID oder --all.</translation>
    </message>
    <message>
        <source>No active tasks to sync.
</source>
        <translation>Keine aktiven Aufgaben zu synchronisieren.
</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>  needs you: </source>
        <translation>  braucht Sie: </translation>
    </message>
    <message>
        <source>Plan approved; the task is now %1.</source>
        <translation>Plan freigegeben; die Aufgabe ist jetzt %1.</translation>
    </message>
    <message>
        <source>Message for the agent.</source>
        <translation>Nachricht für den Agenten.</translation>
    </message>
    <message>
        <source>task message takes a task ID and the TEXT (quote it).</source>
        <translation>task message erwartet eine Aufgaben-ID und den TEXT (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>Message sent; the task is %1.</source>
        <translation>Nachricht gesendet; die Aufgabe ist %1.</translation>
    </message>
    <message>
        <source>Cancelled upstream; the task is %1.</source>
        <translation>Beim Anbieter abgebrochen; die Aufgabe ist %1.</translation>
    </message>
    <message>
        <source>Delete the task at the provider too.</source>
        <translation>Die Aufgabe auch beim Anbieter löschen.</translation>
    </message>
    <message>
        <source>Deleted %1 here and upstream.</source>
        <translation>%1 hier und beim Anbieter gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 here; it still exists upstream.</source>
        <translation>%1 hier gelöscht; beim Anbieter besteht sie weiter.</translation>
    </message>
    <message>
        <source>Hid %1; `task list --hidden` still shows it.</source>
        <translation>%1 ausgeblendet; `task list --hidden` zeigt sie weiterhin.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>The agent to work for (default: the only route&apos;s).</source>
        <translation>Der Agent, für den gearbeitet wird (Standard: der der einzigen Route).</translation>
    </message>
    <message>
        <source>This worker&apos;s name on the platform (default: the host name).</source>
        <translation>Der Name dieses Workers auf der Plattform (Standard: der Rechnername).</translation>
    </message>
    <message>
        <source>Sessions at once (default 1).</source>
        <translation>Sitzungen gleichzeitig (Standard 1).</translation>
    </message>
    <message>
        <source>Lease length, 1..900 (default 900).</source>
        <translation>Lease-Dauer, 1..900 (Standard 900).</translation>
    </message>
    <message>
        <source>Webhook listener address (default 127.0.0.1:8787).</source>
        <translation>Adresse des Webhook-Empfängers (Standard 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Do not listen for webhooks; poll only.</source>
        <translation>Nicht auf Webhooks lauschen; nur abfragen.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Sekunden zwischen Abfragen (Standard 30).</translation>
    </message>
    <message>
        <source>PEM certificate: serve webhooks over HTTPS.</source>
        <translation>PEM-Zertifikat: Webhooks über HTTPS empfangen.</translation>
    </message>
    <message>
        <source>PEM private key for --tls-cert.</source>
        <translation>Privater PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>worker run takes options only.</source>
        <translation>worker run erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, such as 127.0.0.1:8787.</source>
        <translation>--listen erwartet HOST:PORT, etwa 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM (RSA keys are supported).</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel ist kein gültiges PEM (RSA-Schlüssel werden unterstützt).</translation>
    </message>
    <message numerus="yes">
        <source>Pass --agent ID (routes exist for %n agent(s)).</source>
        <translation>
            <numerusform>Geben Sie --agent ID an (es gibt Routen für %n Agenten).</numerusform>
            <numerusform>Geben Sie --agent ID an (es gibt Routen für %n Agenten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another worker is already running on this data directory (pid %1). Stop it first, or watch it with `agentdeskctl worker status --follow`.</source>
        <translation>Auf diesem Datenverzeichnis läuft bereits ein anderer Worker (PID %1). Stoppen Sie ihn zuerst oder beobachten Sie ihn mit `agentdeskctl worker status --follow`.</translation>
    </message>
    <message>
        <source>warning: no route for agent %1: its sessions will be released. Add one with `agentdeskctl worker route add`.</source>
        <translation>Warnung: keine Route für den Agenten %1: Seine Sitzungen werden freigegeben. Fügen Sie eine mit `agentdeskctl worker route add` hinzu.</translation>
    </message>
    <message>
        <source>Not signed in to the agent platform. Run `agentdeskctl platform login` first.</source>
        <translation>Nicht bei der Agentenplattform angemeldet. Führen Sie zuerst `agentdeskctl platform login` aus.</translation>
    </message>
    <message numerus="yes">
        <source>webhook … and %n more delivery(s)</source>
        <translation>
            <numerusform>webhook … und %n weitere Zustellung</numerusform>
            <numerusform>webhook … und %n weitere Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no live feed: %1</source>
        <translation>Warnung: kein Live-Feed: %1</translation>
    </message>
    <message numerus="yes">
        <source>attached to worker %1 (pid %2): %3, %n open claim(s)</source>
        <translation>
            <numerusform>mit Worker %1 (PID %2) verbunden: %3, %n offener Anspruch</numerusform>
            <numerusform>mit Worker %1 (PID %2) verbunden: %3, %n offene Ansprüche</numerusform>
        </translation>
    </message>
    <message>
        <source>worker %1 %2</source>
        <translation>Worker %1 %2</translation>
    </message>
    <message>
        <source>Attach to the running worker&apos;s live feed and print its events until it stops.</source>
        <translation>Mit dem Live-Feed des laufenden Workers verbinden und seine Ereignisse ausgeben, bis er stoppt.</translation>
    </message>
    <message>
        <source>worker status takes options only.</source>
        <translation>worker status erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>noch nicht registriert</translation>
    </message>
    <message>
        <source>State: %1%2</source>
        <translation>Zustand: %1%2</translation>
    </message>
    <message>
        <source> (pid %1)</source>
        <translation> (PID %1)</translation>
    </message>
    <message>
        <source>Last heartbeat: %1</source>
        <translation>Letzter Heartbeat: %1</translation>
    </message>
    <message>
        <source>Open claims: %1 · outbox: %2 · webhook events seen: %3 · routes: %4</source>
        <translation>Offene Ansprüche: %1 · Postausgang: %2 · gesehene Webhook-Ereignisse: %3 · Routen: %4</translation>
    </message>
    <message>
        <source>The platform agent.</source>
        <translation>Der Agent der Plattform.</translation>
    </message>
    <message>
        <source>The provider (%1).</source>
        <translation>Der Anbieter (%1).</translation>
    </message>
    <message>
        <source>The provider account to use.</source>
        <translation>Das zu verwendende Anbieterkonto.</translation>
    </message>
    <message>
        <source>The default repository.</source>
        <translation>Das Standard-Repository.</translation>
    </message>
    <message>
        <source>A further repository sessions may target (repeatable).</source>
        <translation>Ein weiteres Repository, das Sitzungen ansteuern dürfen (wiederholbar).</translation>
    </message>
    <message>
        <source>Branch to start from.</source>
        <translation>Branch, von dem aus begonnen wird.</translation>
    </message>
    <message>
        <source>Require plan approval in the console.</source>
        <translation>Planfreigabe in der Konsole verlangen.</translation>
    </message>
    <message>
        <source>worker route add needs --agent, --provider, --account and --repo.</source>
        <translation>worker route add braucht --agent, --provider, --account und --repo.</translation>
    </message>
    <message>
        <source>Sessions of agent %1 run at %2 (account %3) on %4.</source>
        <translation>Sitzungen des Agenten %1 laufen bei %2 (Konto %3) auf %4.</translation>
    </message>
    <message>
        <source>No routes. `agentdeskctl worker route add --agent ID --provider P --account NAME --repo URL` adds one.</source>
        <translation>Keine Routen. `agentdeskctl worker route add --agent ID --provider P --account NAME --repo URL` fügt eine hinzu.</translation>
    </message>
    <message>
        <source>worker route remove takes the agent id.</source>
        <translation>worker route remove erwartet die Agenten-ID.</translation>
    </message>
    <message>
        <source>Route removed.</source>
        <translation>Route entfernt.</translation>
    </message>
    <message>
        <source>worker route takes add, list or remove.</source>
        <translation>worker route erwartet add, list oder remove.</translation>
    </message>
    <message>
        <source>worker webhook-key takes &quot;set&quot; (the key is read from standard input).</source>
        <translation>worker webhook-key erwartet „set“ (der Schlüssel wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Webhook key (input hidden): </source>
        <translation>Webhook-Schlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>Webhook key saved in the OS keychain.</source>
        <translation>Webhook-Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The worker still holds claims; run it once more to finish or release them.</source>
        <translation>Der Worker hält noch Ansprüche; starten Sie ihn noch einmal, um sie abzuschließen oder freizugeben.</translation>
    </message>
    <message>
        <source>Forgot the worker registration; the next `worker run` registers again.</source>
        <translation>Die Worker-Registrierung wurde vergessen; der nächste `worker run` registriert neu.</translation>
    </message>
    <message>
        <source>No webhook key on standard input.</source>
        <translation>Kein Webhook-Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>The argument %1%2 is not UTF-8 text: the byte at offset %3 (0x%4) does not belong there. Pass it as UTF-8 (a prompt can also come from a UTF-8 file with --prompt-file).</source>
        <translation>Das Argument %1%2 ist kein UTF-8-Text: Das Byte an Position %3 (0x%4) gehört dort nicht hin. Geben Sie es als UTF-8 an (ein Prompt kann auch mit --prompt-file aus einer UTF-8-Datei kommen).</translation>
    </message>
    <message>
        <source> (after %1)</source>
        <translation> (nach %1)</translation>
    </message>
    <message>
        <source>Usage: agentdeskctl [--data-dir DIR] [--timeout SECONDS] COMMAND SUBCOMMAND [OPTIONS]

Console for cloud coding agents (Google Jules, Devin, Cursor Cloud Agents, OpenAI Codex Cloud, GitHub Copilot).

Commands:
</source>
        <translation>Aufruf: agentdeskctl [--data-dir VERZ] [--timeout SEKUNDEN] BEFEHL UNTERBEFEHL [OPTIONEN]

Konsole für Cloud-Coding-Agenten (Google Jules, Devin, Cursor Cloud Agents, OpenAI Codex Cloud, GitHub Copilot).

Befehle:
</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Zahl von Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 task(s) synced; they are kept.</source>
        <translation>Angehalten: %1 von %2 Aufgabe(n) synchronisiert; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stopped; what was adopted is kept, the rest comes with the next sync.</source>
        <translation>Angehalten; was übernommen wurde, bleibt erhalten, der Rest kommt mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Fetching activities</source>
        <translation>Aktivitäten werden geholt</translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR   Keep data in DIR (or set AGENTDESK_DATA_DIR).
  --timeout SECONDS  Give up on a provider or the platform after this long per request, retries included (default 60).
  --help           Show this help; `agentdeskctl COMMAND --help` shows a command&apos;s help.
  --version        Show the version.

Exit codes: 0 ok, 2 usage or validation, 3 not found, 4 provider or network error, 5 auth or keychain, 6 local storage (the database or the data directory), 7 refused by a budget, 130 stopped by Ctrl+C or SIGTERM (what was done is kept).
</source>
        <translation>
Globale Optionen:
  --data-dir DIR   Daten in DIR ablegen (oder AGENTDESK_DATA_DIR setzen).
  --timeout SEKUNDEN  Eine Anfrage an einen Anbieter oder die Plattform nach so langer Zeit aufgeben, Wiederholungen eingeschlossen (Standard 60).
  --help           Diese Hilfe zeigen; `agentdeskctl BEFEHL --help` zeigt die Hilfe eines Befehls.
  --version        Die Version zeigen.

Exit-Codes: 0 ok, 2 Aufruf oder Prüfung, 3 nicht gefunden, 4 Anbieter- oder Netzwerkfehler, 5 Anmeldung oder Schlüsselbund, 6 lokaler Speicher (Datenbank oder Datenverzeichnis), 7 von einem Budget abgelehnt, 130 mit Strg+C oder SIGTERM angehalten (was erledigt war, bleibt erhalten).
</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>von %1 nicht gemeldet</translation>
    </message>
    <message>
        <source>  Cost:     </source>
        <translation>  Kosten:   </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>  (%n estimated)</source>
        <translation>
            <numerusform>  (%n geschätzt)</numerusform>
            <numerusform>  (%n geschätzt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 over %n task(s) (%2)</source>
        <translation>
            <numerusform>Summe: %1 für %n Aufgabe (%2)</numerusform>
            <numerusform>Summe: %1 für %n Aufgaben (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) have no price and are not in the dollar total; set one with `agentdeskctl price set`.</source>
        <translation>
            <numerusform>%n Angabe hat keinen Preis und fehlt in der Dollarsumme; setze einen mit `agentdeskctl price set`.</numerusform>
            <numerusform>%n Angaben haben keinen Preis und fehlen in der Dollarsumme; setze einen mit `agentdeskctl price set`.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Nur dieses Konto.</translation>
    </message>
    <message>
        <source>Only tasks created on or after this day.</source>
        <translation>Nur Aufgaben, die an oder nach diesem Tag erstellt wurden.</translation>
    </message>
    <message>
        <source>One row per task (default), account, provider or day.</source>
        <translation>Eine Zeile pro Aufgabe (Standard), Konto, Anbieter oder Tag.</translation>
    </message>
    <message>
        <source>cost takes options only.</source>
        <translation>cost nimmt nur Optionen.</translation>
    </message>
    <message>
        <source>--by takes task, account, provider or day.</source>
        <translation>--by nimmt task, account, provider oder day.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD.</source>
        <translation>--since nimmt einen Tag als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The overall budget, across every account.</source>
        <translation>Das Gesamtbudget über alle Konten.</translation>
    </message>
    <message>
        <source>The limit.</source>
        <translation>Die Grenze.</translation>
    </message>
    <message>
        <source>usd, or the account&apos;s unit: acu, tokens, premium_requests, credits, tasks.</source>
        <translation>usd, oder die Einheit des Kontos: acu, tokens, premium_requests, credits, tasks.</translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation>day, week oder month.</translation>
    </message>
    <message>
        <source>warn, block (refuse new tasks; the default) or stop (block, and cancel running tasks where the provider can).</source>
        <translation>warn, block (neue Aufgaben ablehnen; Standard) oder stop (ablehnen und laufende Aufgaben abbrechen, wo der Anbieter es kann).</translation>
    </message>
    <message>
        <source>budget set takes an account NAME or --all.</source>
        <translation>budget set nimmt einen Kontonamen oder --all.</translation>
    </message>
    <message>
        <source>budget set needs --limit with a number of 0 or more.</source>
        <translation>budget set braucht --limit mit einer Zahl ab 0.</translation>
    </message>
    <message>
        <source>budget set needs --unit: usd, acu, tokens, premium_requests, credits or tasks.</source>
        <translation>budget set braucht --unit: usd, acu, tokens, premium_requests, credits oder tasks.</translation>
    </message>
    <message>
        <source>budget set needs --period day, week or month.</source>
        <translation>budget set braucht --period day, week oder month.</translation>
    </message>
    <message>
        <source>--on-limit takes warn, block or stop.</source>
        <translation>--on-limit nimmt warn, block oder stop.</translation>
    </message>
    <message>
        <source>Budget set: %1 a %2 for %3; on limit: %4.</source>
        <translation>Budget gesetzt: %1 pro %2 für %3; bei Erreichen: %4.</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>alle Konten</translation>
    </message>
    <message>
        <source>budget list takes no arguments.</source>
        <translation>budget list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>No budgets. `agentdeskctl budget set` adds one.</source>
        <translation>Keine Budgets. `agentdeskctl budget set` fügt eines hinzu.</translation>
    </message>
    <message>
        <source>The overall budget.</source>
        <translation>Das Gesamtbudget.</translation>
    </message>
    <message>
        <source>budget remove takes an account NAME or --all.</source>
        <translation>budget remove nimmt einen Kontonamen oder --all.</translation>
    </message>
    <message>
        <source>No budget for %1.</source>
        <translation>Kein Budget für %1.</translation>
    </message>
    <message>
        <source>Budget removed.</source>
        <translation>Budget entfernt.</translation>
    </message>
    <message>
        <source>acu, tokens, premium_requests, credits or tasks.</source>
        <translation>acu, tokens, premium_requests, credits oder tasks.</translation>
    </message>
    <message>
        <source>Dollars per unit.</source>
        <translation>Dollar pro Einheit.</translation>
    </message>
    <message>
        <source>jules, devin, codex-cloud, cursor-cloud, copilot</source>
        <translation>jules, devin, codex-cloud, cursor-cloud, copilot</translation>
    </message>
    <message>
        <source>price set takes one PROVIDER.</source>
        <translation>price set nimmt einen ANBIETER.</translation>
    </message>
    <message>
        <source>price set needs --unit: acu, tokens, premium_requests, credits or tasks.</source>
        <translation>price set braucht --unit: acu, tokens, premium_requests, credits oder tasks.</translation>
    </message>
    <message>
        <source>price set needs --usd with a number of 0 or more.</source>
        <translation>price set braucht --usd mit einer Zahl ab 0.</translation>
    </message>
    <message>
        <source>Price set: %1 per %2 for %3.</source>
        <translation>Preis gesetzt: %1 pro %2 für %3.</translation>
    </message>
    <message>
        <source>price list takes no arguments.</source>
        <translation>price list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--ci-fix is off, ask or auto, not &quot;%1&quot;.</source>
        <translation>--ci-fix ist off, ask oder auto, nicht „%1“.</translation>
    </message>
    <message>
        <source>--ci-fix-rounds takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--ci-fix-rounds nimmt eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>When a task&apos;s pull request fails its checks: off, ask (a needs-you item with a one-click send; the default) or auto (send the failure to the agent without asking).</source>
        <translation>Wenn die Prüfungen des Pull Requests einer Aufgabe fehlschlagen: off, ask (ein „Braucht Sie“-Eintrag mit Senden per Klick; Standard) oder auto (den Fehler ohne Rückfrage an den Agenten senden).</translation>
    </message>
    <message>
        <source>At most N rounds sent back per pull request (default 3).</source>
        <translation>Höchstens N Runden pro Pull Request zurücksenden (Standard 3).</translation>
    </message>
    <message>
        <source>Nothing to change: give --key-stdin, --base-url, --default-url, --api-version, --adopt, --ci-fix or --ci-fix-rounds.</source>
        <translation>Nichts zu ändern: Geben Sie --key-stdin, --base-url, --default-url, --api-version, --adopt, --ci-fix oder --ci-fix-rounds an.</translation>
    </message>
    <message>
        <source>  (not read from GitHub yet)</source>
        <translation>  (noch nicht von GitHub gelesen)</translation>
    </message>
    <message>
        <source>  %1, checks %2, review %3</source>
        <translation>  %1, Prüfungen %2, Review %3</translation>
    </message>
    <message>
        <source>    failing: </source>
        <translation>    fehlgeschlagen: </translation>
    </message>
    <message>
        <source>warning: %1: the pull request was not read: %2</source>
        <translation>Warnung: %1: Der Pull Request wurde nicht gelesen: %2</translation>
    </message>
    <message>
        <source>No task with id %1.</source>
        <translation>Keine Aufgabe mit der ID %1.</translation>
    </message>
    <message>
        <source>  pull request: checks %1, review %2</source>
        <translation>  Pull Request: Prüfungen %1, Review %2</translation>
    </message>
    <message>
        <source>Print what would be sent; send nothing.</source>
        <translation>Ausgeben, was gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>Would send (%1), nothing sent:</source>
        <translation>Würde senden (%1), nichts gesendet:</translation>
    </message>
    <message>
        <source>Sent as a comment on the pull request: %1</source>
        <translation>Als Kommentar zum Pull Request gesendet: %1</translation>
    </message>
    <message>
        <source>Sent to the agent as a follow-up on %1.</source>
        <translation>Als Folgenachricht an den Agenten gesendet, zu %1.</translation>
    </message>
    <message>
        <source>Send the failing checks of the task&apos;s pull request, with their log&apos;s last lines, to the agent.</source>
        <translation>Die fehlgeschlagenen Prüfungen des Pull Requests der Aufgabe mit den letzten Zeilen ihres Logs an den Agenten senden.</translation>
    </message>
    <message>
        <source>Send the changes a reviewer asked for on the task&apos;s pull request to the agent.</source>
        <translation>Die von einem Reviewer verlangten Änderungen am Pull Request der Aufgabe an den Agenten senden.</translation>
    </message>
    <message>
        <source>The session takes no more messages: sent as the new task %1, on the pull request&apos;s branch.</source>
        <translation>Die Sitzung nimmt keine Nachrichten mehr an: als neue Aufgabe %1 auf dem Branch des Pull Requests gesendet.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CloudEvent</name>
    <message>
        <source>Binary-mode CloudEvents must carry a JSON body (Content-Type application/json).</source>
        <translation>CloudEvents im Binärmodus müssen einen JSON-Body tragen (Content-Type application/json).</translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1</source>
        <translation>Der Body ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Expected application/cloudevents+json, or a binary-mode CloudEvent with a JSON body.</source>
        <translation>Erwartet wird application/cloudevents+json oder ein CloudEvent im Binärmodus mit JSON-Body.</translation>
    </message>
    <message>
        <source>Not a CloudEvents 1.0 envelope (specversion &quot;%1&quot;).</source>
        <translation>Kein CloudEvents-1.0-Umschlag (specversion „%1“).</translation>
    </message>
    <message>
        <source>The CloudEvent lacks id, type or source.</source>
        <translation>Dem CloudEvent fehlen id, type oder source.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CodexAdapter</name>
    <message>
        <source>Codex Cloud has no plan approval step.</source>
        <translation>Codex Cloud hat keinen Schritt zur Planfreigabe.</translation>
    </message>
    <message>
        <source>Codex: list environments (experimental)</source>
        <translation>Codex: Umgebungen auflisten (experimentell)</translation>
    </message>
    <message>
        <source>Codex: find the environment for %1</source>
        <translation>Codex: die Umgebung für %1 finden</translation>
    </message>
    <message>
        <source>No Codex environment matches %1. Create one in Codex (chatgpt.com/codex), or pick one of `agentdeskctl sources list --provider codex-cloud` with --codex-env.</source>
        <translation>Keine Codex-Umgebung passt zu %1. Legen Sie eine in Codex an (chatgpt.com/codex) oder wählen Sie eine aus `agentdeskctl sources list --provider codex-cloud` mit --codex-env.</translation>
    </message>
    <message>
        <source>Several Codex environments match %1: %2. Choose one with --codex-env.</source>
        <translation>Mehrere Codex-Umgebungen passen zu %1: %2. Wählen Sie eine mit --codex-env.</translation>
    </message>
    <message>
        <source>Codex: create task</source>
        <translation>Codex: Aufgabe erstellen</translation>
    </message>
    <message>
        <source>Codex: create task answered without a task id.</source>
        <translation>Codex: „Aufgabe erstellen“ antwortete ohne Aufgaben-ID.</translation>
    </message>
    <message>
        <source>Codex: get task</source>
        <translation>Codex: Aufgabe abrufen</translation>
    </message>
    <message>
        <source>Codex: follow-up (experimental)</source>
        <translation>Codex: Folgenachricht (experimentell)</translation>
    </message>
    <message>
        <source>Codex: cancel (experimental)</source>
        <translation>Codex: abbrechen (experimentell)</translation>
    </message>
    <message>
        <source>Codex: archive (experimental)</source>
        <translation>Codex: archivieren (experimentell)</translation>
    </message>
    <message>
        <source>Codex: get task answered without a task id; nothing was applied.</source>
        <translation>Codex: Aufgabe abrufen lieferte keine Aufgaben-ID; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>Codex: get the other attempts (experimental)</source>
        <translation>Codex: die anderen Versuche abrufen (experimentell)</translation>
    </message>
    <message>
        <source>Codex: list tasks (experimental)</source>
        <translation>Codex: Aufgaben auflisten (experimentell)</translation>
    </message>
    <message>
        <source>Codex: check the login (experimental)</source>
        <translation>Codex: Anmeldung prüfen (experimentell)</translation>
    </message>
    <message>
        <source>The ChatGPT login works for Codex Cloud.</source>
        <translation>Die ChatGPT-Anmeldung funktioniert für Codex Cloud.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an action or a task…</source>
        <translation>Aktion oder Aufgabe eingeben…</translation>
    </message>
    <message>
        <source>Command or task</source>
        <translation>Befehl oder Aufgabe</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>agentdesk::CopilotAdapter</name>
    <message>
        <source>GitHub&apos;s agent tasks API takes no follow-up messages. To give Copilot more to do (or answer it), comment on its pull request on GitHub and mention @copilot.</source>
        <translation>GitHubs Agent-Tasks-API nimmt keine Folgenachrichten an. Um Copilot mehr aufzutragen (oder ihm zu antworten), kommentieren Sie seinen Pull-Request auf GitHub und erwähnen Sie @copilot.</translation>
    </message>
    <message>
        <source>GitHub&apos;s agent tasks API cannot stop a task. Stop it on github.com (Copilot ▸ Agents).</source>
        <translation>GitHubs Agent-Tasks-API kann keine Aufgabe anhalten. Halten Sie sie auf github.com an (Copilot ▸ Agents).</translation>
    </message>
    <message>
        <source>GitHub&apos;s agent tasks API cannot delete or archive a task; archive it on github.com. Deleting it here removes it from AgentDesk only.</source>
        <translation>GitHubs Agent-Tasks-API kann Aufgaben weder löschen noch archivieren; archivieren Sie sie auf github.com. Löschen entfernt sie hier nur aus AgentDesk.</translation>
    </message>
    <message>
        <source>Copilot has no plan approval step.</source>
        <translation>Copilot hat keinen Schritt zur Planfreigabe.</translation>
    </message>
    <message>
        <source>GitHub: check the token</source>
        <translation>GitHub: Token prüfen</translation>
    </message>
    <message>
        <source>GitHub: read agent tasks</source>
        <translation>GitHub: Agent-Aufgaben lesen</translation>
    </message>
    <message>
        <source>The token works for %1 and may read agent tasks.</source>
        <translation>Das Token funktioniert für %1 und darf Agent-Aufgaben lesen.</translation>
    </message>
    <message>
        <source>Copilot works on GitHub repositories: %1 is not one (https://github.com/OWNER/REPO).</source>
        <translation>Copilot arbeitet mit GitHub-Repositorys: %1 ist keins (https://github.com/BESITZER/REPO).</translation>
    </message>
    <message>
        <source>Copilot: start a task</source>
        <translation>Copilot: Aufgabe starten</translation>
    </message>
    <message>
        <source>Copilot: start a task answered without a task id.</source>
        <translation>Copilot: Aufgabe starten lieferte keine Aufgaben-ID.</translation>
    </message>
    <message>
        <source>Copilot: get task</source>
        <translation>Copilot: Aufgabe abrufen</translation>
    </message>
    <message>
        <source>Copilot: get task answered without a task id; nothing was applied.</source>
        <translation>Copilot: Aufgabe abrufen lieferte keine Aufgaben-ID; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>GitHub: get repository</source>
        <translation>GitHub: Repository abrufen</translation>
    </message>
    <message>
        <source>GitHub: find the pull request</source>
        <translation>GitHub: Pull-Request suchen</translation>
    </message>
    <message>
        <source>Copilot: list tasks</source>
        <translation>Copilot: Aufgaben auflisten</translation>
    </message>
    <message>
        <source>GitHub: list repositories</source>
        <translation>GitHub: Repositorys auflisten</translation>
    </message>
</context>
<context>
    <name>agentdesk::CoreContext</name>
    <message>
        <source>The database %1 has no profile id; it was not created by this version of AgentDesk.</source>
        <translation>Die Datenbank %1 hat keine Profil-ID; sie wurde nicht von dieser AgentDesk-Version angelegt.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CredentialResolver</name>
    <message>
        <source>No account named &quot;%1&quot;. `agentdeskctl account list` shows the accounts.</source>
        <translation>Kein Konto namens „%1“. `agentdeskctl account list` zeigt die Konten.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; belongs to %2, not %3.</source>
        <translation>Das Konto „%1“ gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>No %1 account is set up. Add one with `agentdeskctl account add %2 --name NAME` or in Accounts.</source>
        <translation>Kein %1-Konto eingerichtet. Fügen Sie eines mit `agentdeskctl account add %2 --name NAME` oder unter „Konten“ hinzu.</translation>
    </message>
    <message>
        <source>There are several %1 accounts (%2); choose one.</source>
        <translation>Es gibt mehrere %1-Konten (%2); wählen Sie eines.</translation>
    </message>
</context>
<context>
    <name>agentdesk::CursorAdapter</name>
    <message>
        <source>Cursor has no plan approval step; continue with a follow-up message instead.</source>
        <translation>Cursor hat keinen Schritt zur Planfreigabe; fahren Sie stattdessen mit einer Folgenachricht fort.</translation>
    </message>
    <message>
        <source>Cursor is still working on the previous message (only one run per agent may be active). Wait for it to finish or cancel it, then send the message again.</source>
        <translation>Cursor arbeitet noch an der vorigen Nachricht (pro Agent darf nur ein Lauf aktiv sein). Warten Sie, bis er fertig ist, oder brechen Sie ihn ab und senden Sie die Nachricht dann erneut.</translation>
    </message>
    <message>
        <source>The Cursor run has already ended; there is nothing to cancel.</source>
        <translation>Der Cursor-Lauf ist bereits beendet; es gibt nichts abzubrechen.</translation>
    </message>
    <message>
        <source>Cursor: launch agent</source>
        <translation>Cursor: Agent starten</translation>
    </message>
    <message>
        <source>Cursor: launch agent answered without an agent id.</source>
        <translation>Cursor: „Agent starten“ antwortete ohne Agenten-ID.</translation>
    </message>
    <message>
        <source>Cursor: get agent</source>
        <translation>Cursor: Agent abrufen</translation>
    </message>
    <message>
        <source>Cursor: get conversation</source>
        <translation>Cursor: Unterhaltung abrufen</translation>
    </message>
    <message>
        <source>Cursor: get run</source>
        <translation>Cursor: Lauf abrufen</translation>
    </message>
    <message>
        <source>Cursor: run stream</source>
        <translation>Cursor: Lauf-Stream</translation>
    </message>
    <message>
        <source>Cursor: send follow-up</source>
        <translation>Cursor: Folgenachricht senden</translation>
    </message>
    <message>
        <source>No Cursor run is known for this task yet; refresh it first.</source>
        <translation>Für diese Aufgabe ist noch kein Cursor-Lauf bekannt; aktualisieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cursor: cancel run</source>
        <translation>Cursor: Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cursor: stop agent</source>
        <translation>Cursor: Agent stoppen</translation>
    </message>
    <message>
        <source>Cursor: delete agent</source>
        <translation>Cursor: Agent löschen</translation>
    </message>
    <message>
        <source>Cursor: list repositories</source>
        <translation>Cursor: Repositorys auflisten</translation>
    </message>
    <message>
        <source>Cursor: get agent answered without an agent id; nothing was applied.</source>
        <translation>Cursor: Agent abrufen lieferte keine Agent-ID; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>Cursor: the follow-up was accepted, but the answer named no run.</source>
        <translation>Cursor: Die Folgenachricht wurde angenommen, aber die Antwort nannte keinen Lauf.</translation>
    </message>
    <message>
        <source>Cursor: list agents</source>
        <translation>Cursor: Agents auflisten</translation>
    </message>
    <message>
        <source>Cursor: check the key</source>
        <translation>Cursor: Schlüssel prüfen</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; works.</source>
        <translation>Der Schlüssel „%1“ funktioniert.</translation>
    </message>
    <message>
        <source>Cursor: get usage</source>
        <translation>Cursor: Verbrauch abrufen</translation>
    </message>
</context>
<context>
    <name>agentdesk::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AgentDesk (schema %2, this version knows %3). Upgrade AgentDesk; the file was left untouched.</source>
        <translation>Die Datenbank %1 wurde von einem neueren AgentDesk geschrieben (Schema %2, diese Version kennt %3). Aktualisieren Sie AgentDesk; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a directory. Move that file away, or choose another place with --data-dir (or AGENTDESK_DATA_DIR).</source>
        <translation>Das Datenverzeichnis %1 ist eine Datei, kein Verzeichnis. Verschieben Sie die Datei oder wählen Sie einen anderen Ort mit --data-dir (oder AGENTDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1 (check that its parent exists and is writable), or choose another place with --data-dir.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden (prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist), oder wählen Sie einen anderen Ort mit --data-dir.</translation>
    </message>
    <message>
        <source>The data directory %1 is read-only for you: AgentDesk needs to write its database there. Make it writable, or choose another place with --data-dir.</source>
        <translation>Das Datenverzeichnis %1 ist für Sie schreibgeschützt: AgentDesk muss dort seine Datenbank schreiben. Machen Sie es beschreibbar oder wählen Sie einen anderen Ort mit --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). AgentDesk has not changed it. Restore it from a backup%3, or move it away to start with an empty one; `agentdeskctl db check` shows what is wrong.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). AgentDesk hat sie nicht verändert. Stellen Sie sie aus einer Sicherung wieder her%3 oder verschieben Sie sie, um mit einer leeren zu beginnen; `agentdeskctl db check` zeigt, was nicht stimmt.</translation>
    </message>
    <message>
        <source> (the newest AgentDesk kept is %1)</source>
        <translation> (die neueste, die AgentDesk aufbewahrt hat, ist %1)</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2. Nothing was changed.</source>
        <translation>%1 kann vor der Aktualisierung nicht gesichert werden: %2. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode &quot;%2&quot;), which AgentDesk needs so the window, the command line and the worker can share it. Keep the data directory on a local file system.</source>
        <translation>Die Datenbank %1 kann kein Write-Ahead-Logging nutzen (Journalmodus „%2“); AgentDesk braucht es, damit Fenster, Befehlszeile und Worker sie gemeinsam nutzen können. Legen Sie das Datenverzeichnis auf ein lokales Dateisystem.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>ihre Schemaversion ist nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot start upgrading %1: %2</source>
        <translation>Die Aktualisierung von %1 kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed (%3); it was left at schema %4.</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen (%3); sie bleibt bei Schema %4.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: the version could not be recorded (%3).</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen: Die Version konnte nicht vermerkt werden (%3).</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade of %1 to schema %2: %3</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 kann nicht abgeschlossen werden: %3</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 gibt es schon.</translation>
    </message>
    <message>
        <source>Another AgentDesk process (%1, pid %2) is upgrading the database %3 and has not finished in %4 s. Wait for it, or stop it and try again.</source>
        <translation>Ein anderer AgentDesk-Prozess (%1, PID %2) aktualisiert die Datenbank %3 und ist nach %4 s nicht fertig. Warten Sie darauf, oder beenden Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::DevinAdapter</name>
    <message>
        <source>Devin has no plan approval call in its API; when it waits for approval, answer in the Devin web app or send it a message.</source>
        <translation>Devin hat in seiner API keinen Aufruf zur Planfreigabe; wenn es auf Freigabe wartet, antworten Sie in der Devin-Web-App oder senden Sie eine Nachricht.</translation>
    </message>
    <message>
        <source>Devin has no delete; cancel terminates a session upstream, and delete here removes it from AgentDesk only.</source>
        <translation>Devin kann nicht löschen; „Abbrechen“ beendet eine Sitzung beim Anbieter, „Löschen“ entfernt sie hier nur aus AgentDesk.</translation>
    </message>
    <message>
        <source>Devin&apos;s API cannot list repositories; type the repository URL.</source>
        <translation>Devins API kann keine Repositorys auflisten; geben Sie die Repository-URL ein.</translation>
    </message>
    <message>
        <source>Devin: identify the key</source>
        <translation>Devin: Schlüssel identifizieren</translation>
    </message>
    <message>
        <source>Devin: GET /v3/self named no organisation for this key; use a service-user token (cog_…) of an organisation.</source>
        <translation>Devin: GET /v3/self nannte keine Organisation für diesen Schlüssel; verwenden Sie ein Service-User-Token (cog_…) einer Organisation.</translation>
    </message>
    <message>
        <source>Devin: create session</source>
        <translation>Devin: Sitzung erstellen</translation>
    </message>
    <message>
        <source>Devin: create session answered without a session_id.</source>
        <translation>Devin: „Sitzung erstellen“ antwortete ohne session_id.</translation>
    </message>
    <message>
        <source>Devin: get session</source>
        <translation>Devin: Sitzung abrufen</translation>
    </message>
    <message>
        <source>Devin: list messages</source>
        <translation>Devin: Nachrichten auflisten</translation>
    </message>
    <message>
        <source>Devin: send message</source>
        <translation>Devin: Nachricht senden</translation>
    </message>
    <message>
        <source>Devin: terminate session</source>
        <translation>Devin: Sitzung beenden</translation>
    </message>
    <message>
        <source>Devin: get session answered without a session_id; nothing was applied.</source>
        <translation>Devin: Sitzung abrufen lieferte keine session_id; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>Devin: list sessions</source>
        <translation>Devin: Sitzungen auflisten</translation>
    </message>
    <message>
        <source>Devin: check the key</source>
        <translation>Devin: Schlüssel prüfen</translation>
    </message>
    <message>
        <source>The key works (Devin API v1).</source>
        <translation>Der Schlüssel funktioniert (Devin-API v1).</translation>
    </message>
    <message>
        <source>The key works: %1 of organisation %2.</source>
        <translation>Der Schlüssel funktioniert: %1 der Organisation %2.</translation>
    </message>
</context>
<context>
    <name>agentdesk::GitHubAdapter</name>
    <message>
        <source>GitHub: read pull request %1</source>
        <translation>GitHub: Pull Request %1 lesen</translation>
    </message>
    <message>
        <source>GitHub: read the checks of %1</source>
        <translation>GitHub: Prüfungen von %1 lesen</translation>
    </message>
    <message>
        <source>GitHub: read the commit statuses of %1</source>
        <translation>GitHub: Commit-Status von %1 lesen</translation>
    </message>
    <message>
        <source>GitHub: read the reviews of %1</source>
        <translation>GitHub: Reviews von %1 lesen</translation>
    </message>
    <message>
        <source>GitHub: read the review comments of %1</source>
        <translation>GitHub: Review-Kommentare von %1 lesen</translation>
    </message>
    <message>
        <source>A GitHub account reads the pull requests of the agents&apos; tasks; it runs no tasks. Start the task with one of the agents.</source>
        <translation>Ein GitHub-Konto liest die Pull Requests der Aufgaben der Agenten; es führt keine Aufgaben aus. Starten Sie die Aufgabe mit einem der Agenten.</translation>
    </message>
    <message>
        <source>GitHub: check the token</source>
        <translation>GitHub: Token prüfen</translation>
    </message>
    <message>
        <source>The token works for %1.</source>
        <translation>Das Token funktioniert für %1.</translation>
    </message>
    <message>
        <source>GitHub: read the log of job %1</source>
        <translation>GitHub: Log von Job %1 lesen</translation>
    </message>
    <message>
        <source>GitHub: the log of job %1 redirected nowhere.</source>
        <translation>GitHub: Das Log von Job %1 leitete ins Leere um.</translation>
    </message>
    <message>
        <source>GitHub: download the log of job %1</source>
        <translation>GitHub: Log von Job %1 herunterladen</translation>
    </message>
    <message>
        <source>GitHub: comment on %1</source>
        <translation>GitHub: %1 kommentieren</translation>
    </message>
</context>
<context>
    <name>agentdesk::HttpConnection</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>Die Anfrage kam nicht rechtzeitig an.</translation>
    </message>
    <message>
        <source>This listener does not serve that host.</source>
        <translation>Dieser Empfänger bedient diesen Host nicht.</translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation>Der Body ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The chunked body is malformed.</source>
        <translation>Der Chunked-Inhalt ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>agentdesk::JulesAdapter</name>
    <message>
        <source>Jules has no upstream cancel: its API offers no way to stop a session. Stop it in the Jules web app, or delete the task here.</source>
        <translation>Jules kann beim Anbieter nicht abbrechen: Seine API bietet keine Möglichkeit, eine Sitzung zu stoppen. Stoppen Sie sie in der Jules-Web-App oder löschen Sie die Aufgabe hier.</translation>
    </message>
    <message>
        <source>Jules: list sources</source>
        <translation>Jules: Quellen auflisten</translation>
    </message>
    <message>
        <source>The repository %1 is not connected to Jules for account &quot;%2&quot;. Install the Jules GitHub app for it at jules.google.com, then try again.</source>
        <translation>Das Repository %1 ist für das Konto „%2“ nicht mit Jules verbunden. Installieren Sie dafür die Jules-GitHub-App auf jules.google.com und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Jules: create session</source>
        <translation>Jules: Sitzung erstellen</translation>
    </message>
    <message>
        <source>Jules: create session answered without a session id.</source>
        <translation>Jules: „Sitzung erstellen“ antwortete ohne Sitzungs-ID.</translation>
    </message>
    <message>
        <source>Jules: get session</source>
        <translation>Jules: Sitzung abrufen</translation>
    </message>
    <message>
        <source>Jules: list activities</source>
        <translation>Jules: Aktivitäten auflisten</translation>
    </message>
    <message>
        <source>Jules: approve plan</source>
        <translation>Jules: Plan freigeben</translation>
    </message>
    <message>
        <source>Jules: send message</source>
        <translation>Jules: Nachricht senden</translation>
    </message>
    <message>
        <source>Jules: delete session</source>
        <translation>Jules: Sitzung löschen</translation>
    </message>
    <message>
        <source>Jules: check the key</source>
        <translation>Jules: Schlüssel prüfen</translation>
    </message>
    <message>
        <source>The key works; no repository is connected to Jules yet.</source>
        <translation>Der Schlüssel funktioniert; mit Jules ist noch kein Repository verbunden.</translation>
    </message>
    <message>
        <source>The key works and reaches connected repositories.</source>
        <translation>Der Schlüssel funktioniert und erreicht verbundene Repositorys.</translation>
    </message>
    <message>
        <source>Jules: get session answered without a session id; nothing was applied.</source>
        <translation>Jules: Sitzung abrufen lieferte keine Sitzungs-ID; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>Jules: list sessions</source>
        <translation>Jules: Sitzungen auflisten</translation>
    </message>
</context>
<context>
    <name>agentdesk::KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer in time. It is probably locked and waiting for an unlock prompt: unlock your keyring, then retry. Your keys are still there.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Er ist wahrscheinlich gesperrt und wartet auf eine Entsperrung: Entsperren Sie ihn und versuchen Sie es erneut. Ihre Schlüssel sind noch da.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (log in to your desktop session, or open your keyring app and unlock it), then retry. Your keys are still there.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut. Ihre Schlüssel sind noch da.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Ledger</name>
    <message>
        <source>Refused: the ACU budget of account &quot;%1&quot; has less than one ACU left. Nothing was sent.</source>
        <translation>Abgelehnt: Das ACU-Budget des Kontos „%1“ hat weniger als eine ACU übrig. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>default: Devin Core plan, $2.25 per ACU (Cognition pricing)</source>
        <translation>Standard: Devin-Core-Plan, 2,25 $ pro ACU (Preise von Cognition)</translation>
    </message>
    <message>
        <source>default: GitHub, $0.04 per premium request beyond the plan (GitHub billing docs)</source>
        <translation>Standard: GitHub, 0,04 $ pro Premium-Anfrage über den Plan hinaus (GitHub-Abrechnungsdoku)</translation>
    </message>
    <message>
        <source>default: GitHub AI Credits, $0.01 each since 2026-06-01 (GitHub billing docs)</source>
        <translation>Standard: GitHub AI Credits, je 0,01 $ seit 2026-06-01 (GitHub-Abrechnungsdoku)</translation>
    </message>
    <message>
        <source>the overall budget</source>
        <translation>das Gesamtbudget</translation>
    </message>
    <message>
        <source>the budget of account &quot;%1&quot;</source>
        <translation>das Budget des Kontos „%1“</translation>
    </message>
    <message>
        <source>%1 (%2 a %3, on limit: %4): %5 spent since %6; it resets %7</source>
        <translation>%1 (%2 pro %3, bei Erreichen: %4): %5 verbraucht seit %6; es beginnt neu am %7</translation>
    </message>
    <message>
        <source>Refused by %1. Nothing was sent. Raise it with `agentdeskctl budget set` or wait for the reset.</source>
        <translation>Abgelehnt durch %1. Es wurde nichts gesendet. Erhöhe es mit `agentdeskctl budget set` oder warte auf den Neubeginn.</translation>
    </message>
</context>
<context>
    <name>agentdesk::LedgerStore</name>
    <message>
        <source>set by the operator on %1</source>
        <translation>vom Operator gesetzt am %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::LoopbackRedirectListener</name>
    <message>
        <source>The sign-in callback must be a GET request.</source>
        <translation>Der Anmelde-Rückruf muss eine GET-Anfrage sein.</translation>
    </message>
    <message>
        <source>Nothing is served here except the sign-in callback.</source>
        <translation>Hier wird nur der Anmelde-Rückruf bedient.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in AgentDesk is waiting for.</source>
        <translation>Diese Anmeldeantwort gehört nicht zu der Anmeldung, auf die AgentDesk wartet.</translation>
    </message>
    <message>
        <source>This sign-in answer was already used.</source>
        <translation>Diese Anmeldeantwort wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode.</translation>
    </message>
</context>
<context>
    <name>agentdesk::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Could not refresh %1: %2</source>
        <translation>%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>&amp;New Task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Au&amp;dit Trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Export Tasks…</source>
        <translation>Aufgaben &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Maybe stuck</source>
        <translation>Möglicherweise hängend</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>&amp;Worker Panel</source>
        <translation>&amp;Worker-Bereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Platform sign-in</source>
        <translation>Plattform-Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 von %2 Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n braucht Sie</numerusform>
            <numerusform>%n brauchen Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk (%1)</source>
        <translation>AgentDesk (%1)</translation>
    </message>
    <message>
        <source>AgentDesk keeps running</source>
        <translation>AgentDesk läuft weiter</translation>
    </message>
    <message>
        <source>It will tell you when a task needs you. Quit from the tray menu.</source>
        <translation>Es meldet sich, wenn eine Aufgabe Sie braucht. Beenden über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&amp;Next Task That Needs You</source>
        <translation>&amp;Nächste Aufgabe, die Sie braucht</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Tasks</source>
        <translation>&amp;Ausgeblendete Aufgaben zeigen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;One console for your coding agents&lt;/h3&gt;&lt;p&gt;AgentDesk sends tasks to Google Jules, Devin, Cursor, OpenAI Codex and GitHub Copilot, and shows every task they run — started here or anywhere else — in one live list. It tells you when one needs you.&lt;/p&gt;&lt;p&gt;Start by adding a provider account: its key stays in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eine Konsole für Ihre Coding-Agents&lt;/h3&gt;&lt;p&gt;AgentDesk sendet Aufgaben an Google Jules, Devin, Cursor, OpenAI Codex und GitHub Copilot und zeigt jede Aufgabe, die sie ausführen – hier oder anderswo gestartet – in einer lebendigen Liste. Es meldet sich, wenn eine Sie braucht.&lt;/p&gt;&lt;p&gt;Fügen Sie zuerst ein Anbieterkonto hinzu: Sein Schlüssel bleibt im Schlüsselbund Ihres Systems.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Nothing needs you right now.</source>
        <translation>Gerade braucht Sie nichts.</translation>
    </message>
    <message>
        <source>&amp;Routes and Webhook Key…</source>
        <translation>&amp;Routen und Webhook-Schlüssel …</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n ausgeblendet</numerusform>
            <numerusform>%n ausgeblendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::NewTaskDialog</name>
    <message>
        <source>&amp;Send task</source>
        <translation>Aufgabe &amp;senden</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Maximum ACUs</source>
        <translation>Maximale ACUs</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>Standard des Kontos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Match the repository</source>
        <translation>Zum Repository passend</translation>
    </message>
    <message>
        <source>Codex environment</source>
        <translation>Codex-Umgebung</translation>
    </message>
    <message>
        <source>Codex Cloud support is experimental: it uses the unofficial backend of the Codex CLI with your own Codex login.</source>
        <translation>Die Unterstützung für Codex Cloud ist experimentell: Sie nutzt das inoffizielle Backend der Codex-CLI mit Ihrer eigenen Codex-Anmeldung.</translation>
    </message>
    <message>
        <source>Max &amp;ACUs:</source>
        <translation>Max. &amp;ACUs:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;dell:</translation>
    </message>
    <message>
        <source>Attem&amp;pts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source>Codex en&amp;vironment:</source>
        <translation>Codex-&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Codex Cloud opens pull requests from its own web app.</source>
        <translation>Codex Cloud öffnet Pull Requests aus seiner eigenen Web-App.</translation>
    </message>
    <message>
        <source>This provider has no plan approval step.</source>
        <translation>Dieser Anbieter hat keinen Schritt zur Planfreigabe.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>&amp;Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Open Accounts to add a provider account; this draft stays as it is.</source>
        <translation>Öffnet die Konten, um ein Anbieterkonto hinzuzufügen; dieser Entwurf bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>No provider account is set up yet: add one first (Add Account…); what you typed here stays.</source>
        <translation>Es ist noch kein Anbieterkonto eingerichtet: Fügen Sie zuerst eines hinzu (Konto hinzufügen …); was Sie hier eingegeben haben, bleibt.</translation>
    </message>
    <message>
        <source>%1 (experimental)</source>
        <translation>%1 (experimentell)</translation>
    </message>
</context>
<context>
    <name>agentdesk::NotificationRouter</name>
    <message>
        <source>Needs you: %1</source>
        <translation>Braucht Sie: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) need you</source>
        <translation>
            <numerusform>%n Aufgabe braucht Sie</numerusform>
            <numerusform>%n Aufgaben brauchen Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n Aufgabe fehlgeschlagen</numerusform>
            <numerusform>%n Aufgaben fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) done</source>
        <translation>
            <numerusform>%n Aufgabe fertig</numerusform>
            <numerusform>%n Aufgaben fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::Notifier</name>
    <message>
        <source>Approve plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>agentdesk::OAuthClient</name>
    <message>
        <source>Sign-in: discovery</source>
        <translation>Anmeldung: Discovery</translation>
    </message>
    <message>
        <source>Sign-in: token exchange</source>
        <translation>Anmeldung: Token-Austausch</translation>
    </message>
    <message>
        <source>the token answer held no access_token</source>
        <translation>die Token-Antwort enthielt kein access_token</translation>
    </message>
    <message>
        <source>Sign-in: refresh</source>
        <translation>Anmeldung: Erneuerung</translation>
    </message>
    <message>
        <source>Sign-in: user info</source>
        <translation>Anmeldung: Benutzerinformationen</translation>
    </message>
    <message>
        <source>user info</source>
        <translation>Benutzerinformationen</translation>
    </message>
    <message>
        <source>Sign-out: revocation</source>
        <translation>Abmeldung: Widerruf</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the address and your connection.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
</context>
<context>
    <name>agentdesk::PaletteModel</name>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>Action, unavailable: %1. %2</source>
        <translation>Aktion, nicht verfügbar: %1. %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::PkceLogin</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformClient</name>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformConfig</name>
    <message>
        <source>The platform URL must be an http(s) address, such as https://platform.example.</source>
        <translation>Die Plattform-URL muss eine http(s)-Adresse sein, etwa https://platform.example.</translation>
    </message>
    <message>
        <source>Enter the client ID the platform registered for AgentDesk.</source>
        <translation>Geben Sie die Client-ID ein, die die Plattform für AgentDesk registriert hat.</translation>
    </message>
    <message>
        <source>The issuer must be an http(s) address.</source>
        <translation>Der Aussteller muss eine http(s)-Adresse sein.</translation>
    </message>
    <message>
        <source>Enter a workspace, or &quot;current&quot;.</source>
        <translation>Geben Sie einen Arbeitsbereich ein oder „current“.</translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformSession</name>
    <message>
        <source>The sign-in for %1 is gone from the keychain. Sign in again.</source>
        <translation>Die Anmeldung für %1 fehlt im Schlüsselbund. Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Not signed in to the agent platform. Run `agentdeskctl platform login` or use Sign In.</source>
        <translation>Nicht bei der Agentenplattform angemeldet. Führen Sie `agentdeskctl platform login` aus oder verwenden Sie „Anmelden“.</translation>
    </message>
    <message>
        <source>Could not refresh the platform sign-in: %1</source>
        <translation>Die Plattform-Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Another AgentDesk process has been refreshing the platform sign-in for too long; try again.</source>
        <translation>Ein anderer AgentDesk-Prozess erneuert die Plattform-Anmeldung schon zu lange; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>agentdesk::PlatformStatus</name>
    <message>
        <source>&amp;Sign In to Platform…</source>
        <translation>Bei der Plattform an&amp;melden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Sign &amp;Out of Platform</source>
        <translation>Von der Plattform a&amp;bmelden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Platform: &lt;a href=&quot;signin&quot;&gt;sign in&lt;/a&gt;</source>
        <translation>Plattform: &lt;a href=&quot;signin&quot;&gt;anmelden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not signed in to an agent platform. The worker needs a signed-in platform account.</source>
        <translation>Nicht bei einer Agentenplattform angemeldet. Der Worker braucht ein angemeldetes Plattformkonto.</translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation>Plattform: Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Platform: %1 · %2</source>
        <translation>Plattform: %1 · %2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. The access token is renewed automatically (current one valid until %3).</source>
        <translation>Bei %1 als %2 angemeldet. Das Zugriffstoken wird automatisch erneuert (das aktuelle gilt bis %3).</translation>
    </message>
    <message>
        <source>Platform: &lt;a href=&quot;signin&quot;&gt;&lt;b&gt;sign in again&lt;/b&gt;&lt;/a&gt;</source>
        <translation>Plattform: &lt;a href=&quot;signin&quot;&gt;&lt;b&gt;erneut anmelden&lt;/b&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Platform: keychain locked — &lt;a href=&quot;retry&quot;&gt;retry&lt;/a&gt;</source>
        <translation>Plattform: Schlüsselbund gesperrt – &lt;a href=&quot;retry&quot;&gt;erneut versuchen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Switch Platform Account…</source>
        <translation>Plattformkonto &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? AgentDesk revokes its tokens and deletes them from the keychain.</source>
        <translation>Von %1 abmelden? AgentDesk widerruft seine Tokens und löscht sie aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Melde ab…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ProfileSecretStore</name>
    <message>
        <source>The keychain holds no entry for this profile.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag für dieses Profil.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ProviderAdapter</name>
    <message>
        <source>%1 does not accept environment variables through its API (with this account&apos;s API version); remove them or pick another provider.</source>
        <translation>%1 nimmt über seine API (mit der API-Version dieses Kontos) keine Umgebungsvariablen an; entfernen Sie sie oder wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>%1 cannot be asked for a pull request when the task is created.</source>
        <translation>%1 kann beim Erstellen der Aufgabe nicht um einen Pull Request gebeten werden.</translation>
    </message>
    <message>
        <source>%1 does not support the option &quot;%2&quot;%3.</source>
        <translation>%1 unterstützt die Option „%2“ nicht%3.</translation>
    </message>
    <message>
        <source> (it supports: %1)</source>
        <translation> (unterstützt: %1)</translation>
    </message>
    <message>
        <source>The base URL ends in /%1, but this %2 account uses %3. Type %4 (AgentDesk adds the version), or pick the API version that matches the URL.</source>
        <translation>Die Basis-URL endet auf /%1, aber dieses %2-Konto nutzt %3. Geben Sie %4 ein (AgentDesk ergänzt die Version) oder wählen Sie die API-Version, die zur URL passt.</translation>
    </message>
    <message>
        <source>%1 failed: the provider listed more than %2 entries; AgentDesk stopped reading.</source>
        <translation>%1 fehlgeschlagen: Der Anbieter lieferte mehr als %2 Einträge; AgentDesk hat aufgehört zu lesen.</translation>
    </message>
    <message>
        <source>%1 cannot list its tasks.</source>
        <translation>%1 kann seine Aufgaben nicht auflisten.</translation>
    </message>
</context>
<context>
    <name>agentdesk::PullRequestService</name>
    <message>
        <source>Check &quot;%1&quot; failed (%2) on %3.</source>
        <translation>Prüfung „%1“ fehlgeschlagen (%2) auf %3.</translation>
    </message>
    <message>
        <source>All checks passed on %1.</source>
        <translation>Alle Prüfungen auf %1 bestanden.</translation>
    </message>
    <message>
        <source>%1 asked for changes%2: %3</source>
        <translation>%1 verlangt Änderungen%2: %3</translation>
    </message>
    <message>
        <source>The pull request was approved.</source>
        <translation>Der Pull Request wurde genehmigt.</translation>
    </message>
    <message>
        <source>The pull request was merged.</source>
        <translation>Der Pull Request wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>The pull request was closed without merging.</source>
        <translation>Der Pull Request wurde ohne Zusammenführen geschlossen.</translation>
    </message>
    <message>
        <source>The task&apos;s pull request address %1 is not a GitHub pull request.</source>
        <translation>Die Pull-Request-Adresse %1 der Aufgabe ist kein GitHub-Pull-Request.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No GitHub account can read pull requests on %1. Add one: `agentdeskctl account add github --name NAME` with a token on standard input (or File ▸ Accounts).</source>
        <translation>Kein GitHub-Konto kann Pull Requests auf %1 lesen. Fügen Sie eines hinzu: `agentdeskctl account add github --name NAME` mit einem Token auf der Standardeingabe (oder Datei ▸ Konten).</translation>
    </message>
    <message>
        <source>No task %1.</source>
        <translation>Keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>This task has no pull request.</source>
        <translation>Diese Aufgabe hat keinen Pull Request.</translation>
    </message>
    <message>
        <source>The pull request has not been read from GitHub yet: sync the task first.</source>
        <translation>Der Pull Request wurde noch nicht von GitHub gelesen: Gleichen Sie die Aufgabe zuerst ab.</translation>
    </message>
    <message>
        <source>The pull request is %1: there is nothing to send.</source>
        <translation>Der Pull Request ist %1: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>No check is failing on the pull request (checks: %1).</source>
        <translation>Im Pull Request schlägt keine Prüfung fehl (Prüfungen: %1).</translation>
    </message>
    <message>
        <source>No reviewer has asked for changes on the pull request.</source>
        <translation>Kein Reviewer hat Änderungen am Pull Request verlangt.</translation>
    </message>
    <message>
        <source>Sending failures back is off for account &quot;%1&quot; (agentdeskctl account edit %1 --ci-fix ask).</source>
        <translation>Das Zurücksenden von Fehlern ist für das Konto „%1“ aus (agentdeskctl account edit %1 --ci-fix ask).</translation>
    </message>
    <message>
        <source>Already sent for commit %1 on %2: nothing sent. A new commit with failures can be sent again.</source>
        <translation>Für Commit %1 bereits am %2 gesendet: nichts gesendet. Ein neuer Commit mit Fehlern kann wieder gesendet werden.</translation>
    </message>
    <message>
        <source>Already sent for commit %1: nothing sent.</source>
        <translation>Für Commit %1 bereits gesendet: nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>This pull request had its %n round(s) already: nothing sent. Raise them with `agentdeskctl account edit %1 --ci-fix-rounds N`.</source>
        <translation>
            <numerusform>Dieser Pull Request hatte seine %n Runde schon: nichts gesendet. Erhöhen mit `agentdeskctl account edit %1 --ci-fix-rounds N`.</numerusform>
            <numerusform>Dieser Pull Request hatte seine %n Runden schon: nichts gesendet. Erhöhen mit `agentdeskctl account edit %1 --ci-fix-rounds N`.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 round %2 for commit %3 by %4</source>
        <translation>%1 Runde %2 für Commit %3 per %4</translation>
    </message>
    <message>
        <source>Sent to the agent (%1):
%2</source>
        <translation>An den Agenten gesendet (%1):
%2</translation>
    </message>
</context>
<context>
    <name>agentdesk::SessionMirror</name>
    <message>
        <source>Took over the %1 task started under an earlier claim</source>
        <translation>Die unter einer früheren Übernahme gestartete %1-Aufgabe weitergeführt</translation>
    </message>
    <message>
        <source>Continuing the %1 task %2 started under an earlier claim of this session.</source>
        <translation>Die %1-Aufgabe %2, gestartet unter einer früheren Übernahme dieser Sitzung, wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Took over %1 task %2</source>
        <translation>%1-Aufgabe %2 übernommen</translation>
    </message>
    <message>
        <source>Creating the %1 task…</source>
        <translation>Erstelle die %1-Aufgabe…</translation>
    </message>
    <message>
        <source>The claim ended while %1 task %2 was being created; it keeps running there.</source>
        <translation>Die Übernahme endete, während die %1-Aufgabe %2 angelegt wurde; sie läuft dort weiter.</translation>
    </message>
    <message>
        <source>%1 task created</source>
        <translation>%1-Aufgabe erstellt</translation>
    </message>
    <message>
        <source>Running as %1 task %2</source>
        <translation>Läuft als %1-Aufgabe %2</translation>
    </message>
    <message>
        <source>The worker stopped while creating the provider task, and %1 could not be searched for it (%2). Check the provider for a task that may have started, then retry the session.</source>
        <translation>Der Worker hielt an, während er die Anbieteraufgabe anlegte, und %1 konnte nicht danach durchsucht werden (%2). Prüfen Sie beim Anbieter, ob eine Aufgabe gestartet wurde, und wiederholen Sie dann die Sitzung.</translation>
    </message>
    <message>
        <source>No task was started before the restart; creating it now.</source>
        <translation>Vor dem Neustart wurde keine Aufgabe gestartet; sie wird jetzt angelegt.</translation>
    </message>
    <message>
        <source>The worker stopped while creating the provider task and found no such task among the newest ones at %1. Check the provider, then retry the session.</source>
        <translation>Der Worker hielt an, während er die Anbieteraufgabe anlegte, und fand bei %1 unter den neuesten keine solche Aufgabe. Prüfen Sie den Anbieter und wiederholen Sie dann die Sitzung.</translation>
    </message>
    <message>
        <source>Found the %1 task started before the restart</source>
        <translation>Die vor dem Neustart gestartete %1-Aufgabe gefunden</translation>
    </message>
    <message>
        <source>Found %1 task %2 started before the restart</source>
        <translation>%1-Aufgabe %2 gefunden, gestartet vor dem Neustart</translation>
    </message>
    <message>
        <source>The session is gone from the platform.</source>
        <translation>Die Sitzung gibt es auf der Plattform nicht mehr.</translation>
    </message>
    <message>
        <source>Another claim holds the session now.</source>
        <translation>Ein anderer Anspruch hält die Sitzung jetzt.</translation>
    </message>
    <message>
        <source>Forwarded operator input %1 to the provider.</source>
        <translation>Eingabe %1 des Bedieners an den Anbieter weitergeleitet.</translation>
    </message>
</context>
<context>
    <name>agentdesk::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
</context>
<context>
    <name>agentdesk::SignInDialog</name>
    <message>
        <source>&amp;Sign In in Browser</source>
        <translation>Im Browser &amp;anmelden</translation>
    </message>
    <message>
        <source>Looking up the platform&apos;s sign-in server…</source>
        <translation>Suche den Anmeldeserver der Plattform…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser. If no browser opened, copy this address into one:</source>
        <translation>Warte darauf, dass Sie die Anmeldung im Browser abschließen. Falls sich kein Browser geöffnet hat, kopieren Sie diese Adresse in einen:</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::SseStream</name>
    <message>
        <source>%1: the stream from %2 broke (%3).</source>
        <translation>%1: Der Stream von %2 ist abgebrochen (%3).</translation>
    </message>
    <message>
        <source>%1: %2 sent an event larger than %3 MB; the stream was closed.</source>
        <translation>%1: %2 sandte ein Ereignis größer als %3 MB; der Stream wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1: %2 sent nothing for %3 s; the stream was closed.</source>
        <translation>%1: %2 sandte %3 s lang nichts; der Stream wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskActions</name>
    <message>
        <source>&amp;Approve Plan</source>
        <translation>Plan &amp;freigeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Antworten …</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Cancel Upstream…</source>
        <translation>Beim Anbieter a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Open &amp;Pull Request</source>
        <translation>&amp;Pull Request öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Hide From List</source>
        <translation>In der Liste aus&amp;blenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hidden; View ▸ Show Hidden Tasks shows it again.</source>
        <translation>Ausgeblendet; Ansicht ▸ Ausgeblendete Aufgaben zeigen zeigt sie wieder.</translation>
    </message>
    <message>
        <source>Shown again.</source>
        <translation>Wieder angezeigt.</translation>
    </message>
    <message>
        <source>Look for tasks started elsewhere</source>
        <translation>Nach anderswo gestarteten Aufgaben suchen</translation>
    </message>
    <message>
        <source>Look for tasks started elsewhere (%1)</source>
        <translation>Nach anderswo gestarteten Aufgaben suchen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) started elsewhere added.</source>
        <translation>
            <numerusform>%n anderswo gestartete Aufgabe hinzugefügt.</numerusform>
            <numerusform>%n anderswo gestartete Aufgaben hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe.</translation>
    </message>
    <message>
        <source>Experimental: %1 is reached through an unofficial API.</source>
        <translation>Experimentell: %1 wird über eine inoffizielle API erreicht.</translation>
    </message>
    <message>
        <source>This task has no pull request yet.</source>
        <translation>Diese Aufgabe hat noch keinen Pull Request.</translation>
    </message>
    <message>
        <source>Approving the plan…</source>
        <translation>Plan wird freigegeben…</translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>Plan freigegeben.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Stop &quot;%1&quot; at %2? This cannot be undone.</source>
        <translation>„%1“ bei %2 stoppen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled upstream.</source>
        <translation>Beim Anbieter abgebrochen.</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from AgentDesk?</source>
        <translation>„%1“ aus AgentDesk löschen?</translation>
    </message>
    <message>
        <source>Also delete it at %1</source>
        <translation>Auch bei %1 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>Nicht mehr &amp;warten</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stopped waiting. The provider may still carry it out; the timeline will show it.</source>
        <translation>Es wird nicht mehr gewartet. Der Anbieter führt es womöglich trotzdem aus; der Verlauf zeigt es.</translation>
    </message>
    <message>
        <source>Nothing is being waited for.</source>
        <translation>Es wird auf nichts gewartet.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>(Stop Waiting: %1)</source>
        <translation>(Nicht mehr warten: %1)</translation>
    </message>
    <message>
        <source>Send &amp;Failure to the Agent</source>
        <translation>&amp;Fehler an den Agenten senden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Send Re&amp;view to the Agent</source>
        <translation>Re&amp;view an den Agenten senden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Sending to the agent…</source>
        <translation>Wird an den Agenten gesendet…</translation>
    </message>
    <message>
        <source>Send failure to the agent</source>
        <translation>Fehler an den Agenten senden</translation>
    </message>
    <message>
        <source>Send review to the agent</source>
        <translation>Review an den Agenten senden</translation>
    </message>
    <message>
        <source>Sent as a comment on the pull request.</source>
        <translation>Als Kommentar zum Pull Request gesendet.</translation>
    </message>
    <message>
        <source>Sent to the agent as a follow-up.</source>
        <translation>Als Folgenachricht an den Agenten gesendet.</translation>
    </message>
    <message>
        <source>The session takes no more messages: sent as a new task on the pull request&apos;s branch.</source>
        <translation>Die Sitzung nimmt keine Nachrichten mehr an: als neue Aufgabe auf dem Branch des Pull Requests gesendet.</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskAdoption</name>
    <message>
        <source>every task started elsewhere</source>
        <translation>jede anderswo gestartete Aufgabe</translation>
    </message>
    <message>
        <source>no tasks started elsewhere</source>
        <translation>keine anderswo gestarteten Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>tasks started elsewhere in the last %n day(s)</source>
        <translation>
            <numerusform>anderswo gestartete Aufgaben des letzten Tages</numerusform>
            <numerusform>anderswo gestartete Aufgaben der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>No longer listed by %1.</source>
        <translation>Von %1 nicht mehr aufgeführt.</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskDetailView</name>
    <message>
        <source>Select a task to see its timeline.
Press Ctrl+N to send a new one.</source>
        <translation>Wählen Sie eine Aufgabe, um ihren Verlauf zu sehen.
Strg+N sendet eine neue.</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Aktivitätsverlauf</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation>Braucht Sie: %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>In %1 öffnen</translation>
    </message>
    <message>
        <source>Pull request: %1</source>
        <translation>Pull Request: %1</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Braucht Sie</translation>
    </message>
    <message>
        <source>Reply to the agent</source>
        <translation>Dem Agent antworten</translation>
    </message>
    <message>
        <source>Reply to the agent… (Ctrl+Enter sends, Esc leaves)</source>
        <translation>Dem Agent antworten … (Strg+Eingabe sendet, Esc verlässt)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>gone upstream</source>
        <translation>beim Anbieter verschwunden</translation>
    </message>
    <message>
        <source>started elsewhere</source>
        <translation>anderswo gestartet</translation>
    </message>
    <message>
        <source>The plan is waiting for your approval.</source>
        <translation>Der Plan wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>Prüfungen bestanden</translation>
    </message>
    <message>
        <source>checks running</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen verlangt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>checks failed on the pull request: %1</source>
        <translation>Prüfungen im Pull Request fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Send failure to the agent</source>
        <translation>Fehler an den Agenten senden</translation>
    </message>
    <message>
        <source>a reviewer asked for changes</source>
        <translation>ein Reviewer verlangt Änderungen</translation>
    </message>
    <message>
        <source>Send review to the agent</source>
        <translation>Review an den Agenten senden</translation>
    </message>
    <message>
        <source>%1 calls it %2</source>
        <translation>%1 nennt es %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskFilterBar</name>
    <message>
        <source>Search tasks (Ctrl+F)</source>
        <translation>Aufgaben suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Herkunftsfilter</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Started here</source>
        <translation>Hier gestartet</translation>
    </message>
    <message>
        <source>Started elsewhere</source>
        <translation>Anderswo gestartet</translation>
    </message>
    <message>
        <source>Tasks sent from AgentDesk, or adopted from the providers&apos; own apps (marked ↗)</source>
        <translation>Aufgaben, die AgentDesk gesendet hat, oder aus den Apps der Anbieter übernommene (mit ↗ markiert)</translation>
    </message>
    <message>
        <source>Needs &amp;you</source>
        <translation>&amp;Braucht Sie</translation>
    </message>
    <message>
        <source>Show only tasks waiting for you</source>
        <translation>Nur Aufgaben zeigen, die auf Sie warten</translation>
    </message>
    <message>
        <source>Show Only Tasks That Need You</source>
        <translation>Nur Aufgaben zeigen, die Sie brauchen</translation>
    </message>
    <message>
        <source>Show Only Failed Tasks</source>
        <translation>Nur fehlgeschlagene Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Show Only Tasks Started Elsewhere</source>
        <translation>Nur anderswo gestartete Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Show Only %1 Tasks</source>
        <translation>Nur Aufgaben von %1 zeigen</translation>
    </message>
    <message>
        <source>Show All Tasks (Clear Filters)</source>
        <translation>Alle Aufgaben zeigen (Filter zurücksetzen)</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskListModel</name>
    <message>
        <source>Needs you: %1</source>
        <translation>Braucht Sie: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↗</source>
        <translation>%1 ↗</translation>
    </message>
    <message>
        <source>Started elsewhere (in %1&apos;s own app, CLI or IDE) and adopted here</source>
        <translation>Anderswo gestartet (in der App, CLI oder IDE von %1) und hier übernommen</translation>
    </message>
    <message>
        <source>Started from AgentDesk</source>
        <translation>Aus AgentDesk gestartet</translation>
    </message>
    <message>
        <source>%1, needs you: %2</source>
        <translation>%1, braucht Sie: %2</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>May be out of date: its account (%1) cannot be reached or rejects its key.</source>
        <translation>Womöglich nicht aktuell: Ihr Konto (%1) ist nicht erreichbar oder weist seinen Schlüssel ab.</translation>
    </message>
    <message>
        <source>Reported by %1 for this task.</source>
        <translation>Von %1 für diese Aufgabe gemeldet.</translation>
    </message>
    <message>
        <source>An estimate: %1 does not report this task&apos;s figure.</source>
        <translation>Eine Schätzung: %1 meldet für diese Aufgabe keine Zahl.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Not read from GitHub yet (a GitHub account reads it).</source>
        <translation>Noch nicht von GitHub gelesen (ein GitHub-Konto liest ihn).</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Closed without merging</source>
        <translation>Ohne Zusammenführen geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>eine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>checks running</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen verlangt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1; %2; %3.</source>
        <translation>%1; %2; %3.</translation>
    </message>
    <message>
        <source>Needs you: the pull request %1.</source>
        <translation>Braucht Sie: der Pull Request %1.</translation>
    </message>
    <message>
        <source>gone upstream: the provider no longer has it</source>
        <translation>beim Anbieter verschwunden: Der Anbieter hat sie nicht mehr</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskListView</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskService</name>
    <message>
        <source>The task was never created upstream.</source>
        <translation>Die Aufgabe wurde beim Anbieter nie erstellt.</translation>
    </message>
    <message>
        <source>The task was created upstream (%1 %2) but could not be saved: %3</source>
        <translation>Die Aufgabe wurde beim Anbieter erstellt (%1 %2), konnte aber nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>%1 no longer has this task (gone upstream since %2); only deleting it here is left.</source>
        <translation>%1 hat diese Aufgabe nicht mehr (beim Anbieter verschwunden seit %2); nur das Löschen hier bleibt.</translation>
    </message>
    <message>
        <source>%1 cannot list its tasks.</source>
        <translation>%1 kann seine Aufgaben nicht auflisten.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Die Nachricht</translation>
    </message>
    <message>
        <source>The message was sent, but recording it failed: %1</source>
        <translation>Die Nachricht wurde gesendet, aber das Vermerken schlug fehl: %1</translation>
    </message>
    <message>
        <source>The task was stopped upstream, but recording it failed: %1</source>
        <translation>Die Aufgabe wurde beim Anbieter angehalten, aber das Vermerken schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::TaskStore</name>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cannot count the tasks.</source>
        <translation>Die Aufgaben können nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Cannot read the change journal.</source>
        <translation>Das Änderungsjournal kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>agentdesk::Transaction</name>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>Das Schreiben in die Datenbank kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot finish writing to the database: %1</source>
        <translation>Das Schreiben in die Datenbank kann nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::TrayIcon</name>
    <message>
        <source>&amp;Show AgentDesk</source>
        <translation>AgentDesk &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>AgentDesk — %n task(s) need you</source>
        <translation>
            <numerusform>AgentDesk – %n Aufgabe braucht Sie</numerusform>
            <numerusform>AgentDesk – %n Aufgaben brauchen Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk — nothing needs you</source>
        <translation>AgentDesk – nichts braucht Sie</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the window</source>
        <translation>
            <numerusform>… %n weitere im Fenster</numerusform>
            <numerusform>… %n weitere im Fenster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::WebhookDeliveryModel</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation>Ereignis %1 um %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>agentdesk::WebhookReceiver</name>
    <message>
        <source>Cannot listen for webhooks on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht auf Webhooks gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Missing or wrong X-One-Webhook-Key.</source>
        <translation>X-One-Webhook-Key fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>Endpoint verification.</source>
        <translation>Endpunkt-Prüfung.</translation>
    </message>
    <message>
        <source>Webhooks are POSTed.</source>
        <translation>Webhooks werden per POST gesendet.</translation>
    </message>
    <message>
        <source>Cannot record the event: %1</source>
        <translation>Das Ereignis kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Already received; nothing to do.</source>
        <translation>Bereits empfangen; nichts zu tun.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Angenommen.</translation>
    </message>
    <message>
        <source>Webhooks are served at /webhook.</source>
        <translation>Webhooks werden unter /webhook angenommen.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WindowDialogs</name>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>%1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>Aufgaben exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n Aufgabe nach %1 exportiert.</numerusform>
            <numerusform>%n Aufgaben nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::Worker</name>
    <message>
        <source>No agent to work for: pass --agent or add a route first.</source>
        <translation>Kein Agent, für den gearbeitet werden kann: Geben Sie --agent an oder fügen Sie zuerst eine Route hinzu.</translation>
    </message>
    <message>
        <source>Connecting to the platform…</source>
        <translation>Verbinde mit der Plattform…</translation>
    </message>
    <message>
        <source>The platform rejected the saved worker %1. Reconfigure it with `agentdeskctl worker forget`, then start again.</source>
        <translation>Die Plattform hat den gespeicherten Worker %1 abgelehnt. Konfigurieren Sie ihn mit `agentdeskctl worker forget` neu und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Worker %1 is running for agent %2.</source>
        <translation>Worker %1 läuft für den Agenten %2.</translation>
    </message>
    <message>
        <source>Resuming the claim on %1</source>
        <translation>Setze den Anspruch auf %1 fort</translation>
    </message>
    <message>
        <source>The worker is stopping.</source>
        <translation>Der Worker stoppt.</translation>
    </message>
    <message>
        <source>Claimed %1 (lease %2 s)</source>
        <translation>%1 übernommen (Lease %2 s)</translation>
    </message>
    <message>
        <source>Cancelled on the platform.</source>
        <translation>Auf der Plattform abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled the provider task upstream.</source>
        <translation>Die Anbieter-Aufgabe wurde beim Anbieter abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot cancel upstream; the task keeps running there.</source>
        <translation>%1 kann beim Anbieter nicht abbrechen; die Aufgabe läuft dort weiter.</translation>
    </message>
    <message>
        <source>The platform refused the claim: it is no longer this worker&apos;s.</source>
        <translation>Die Plattform lehnte den Anspruch ab: Er gehört nicht mehr diesem Worker.</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <source>Stopping and handing sessions back…</source>
        <translation>Stoppe und gebe Sitzungen zurück…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <source>The worker stopped before starting it.</source>
        <translation>Der Worker stoppte, bevor er sie begann.</translation>
    </message>
    <message>
        <source>The operator stopped the worker and handed the session back.</source>
        <translation>Der Bediener hat den Worker gestoppt und die Sitzung zurückgegeben.</translation>
    </message>
    <message>
        <source>Stopped. Running sessions resume on the next start.</source>
        <translation>Gestoppt. Laufende Sitzungen werden beim nächsten Start fortgesetzt.</translation>
    </message>
    <message>
        <source>The lease ran out while it could not be renewed; the platform may give the session to another worker. If it comes back here, its task is taken over.</source>
        <translation>Die Übernahme lief ab, weil sie nicht verlängert werden konnte; die Plattform kann die Sitzung einem anderen Worker geben. Kommt sie hierher zurück, wird ihre Aufgabe weitergeführt.</translation>
    </message>
    <message>
        <source>The worker stopped taking work: it cannot write its records (%1).</source>
        <translation>Der Worker nimmt keine Arbeit mehr an: Er kann seine Aufzeichnungen nicht schreiben (%1).</translation>
    </message>
    <message>
        <source>The platform gave the session to another claim.</source>
        <translation>Die Plattform hat die Sitzung einer anderen Übernahme gegeben.</translation>
    </message>
    <message>
        <source>Cancelled the provider task of the lost claim.</source>
        <translation>Die Anbieteraufgabe der verlorenen Übernahme wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The platform gave %1 back under a new claim; the old one had run out.</source>
        <translation>Die Plattform hat %1 unter einer neuen Übernahme zurückgegeben; die alte war abgelaufen.</translation>
    </message>
    <message>
        <source>The platform refused to end the claim (%1): %2. The claim is over here; the session is the platform&apos;s to give out again.</source>
        <translation>Die Plattform hat das Beenden der Übernahme abgelehnt (%1): %2. Hier ist die Übernahme beendet; die Sitzung kann die Plattform wieder vergeben.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerActions</name>
    <message>
        <source>&amp;Start Worker</source>
        <translation>Worker &amp;starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>S&amp;top Worker</source>
        <translation>Worker s&amp;toppen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Stop Worker and &amp;Hand Back Sessions</source>
        <translation>Worker stoppen und Sitzungen &amp;zurückgeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The worker cannot start</source>
        <translation>Der Worker kann nicht starten</translation>
    </message>
    <message>
        <source>hand back sessions</source>
        <translation>Sitzungen zurückgeben</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerClaimsModel</name>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Session %1, claim %2</source>
        <translation>Sitzung %1, Anspruch %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Provider task</source>
        <translation>Anbieter-Aufgabe</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>nicht verlängert</translation>
    </message>
    <message>
        <source>Left open (worker stopped)</source>
        <translation>Offen gelassen (Worker angehalten)</translation>
    </message>
    <message>
        <source> (last seen: %1)</source>
        <translation> (zuletzt gesehen: %1)</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerController</name>
    <message>
        <source>A worker is already running on this computer; the panel is attached to it.</source>
        <translation>Auf diesem Rechner läuft bereits ein Worker; der Bereich ist mit ihm verbunden.</translation>
    </message>
    <message>
        <source>Sign in to the agent platform first (File ▸ Sign In).</source>
        <translation>Melden Sie sich zuerst bei der Agentenplattform an (Datei ▸ Anmelden).</translation>
    </message>
    <message>
        <source>The worker has no route yet. Add one with `agentdeskctl worker route add`: it says which provider account and repository an agent&apos;s sessions run on.</source>
        <translation>Der Worker hat noch keine Route. Fügen Sie eine mit `agentdeskctl worker route add` hinzu: Sie legt fest, auf welchem Anbieterkonto und Repository die Sitzungen eines Agenten laufen.</translation>
    </message>
    <message numerus="yes">
        <source>Routes exist for %n agents; choose which one this worker serves in Settings.</source>
        <translation>
            <numerusform>Es gibt Routen für %n Agenten; wählen Sie in den Einstellungen, welchem dieser Worker dient.</numerusform>
            <numerusform>Es gibt Routen für %n Agenten; wählen Sie in den Einstellungen, welchem dieser Worker dient.</numerusform>
        </translation>
    </message>
    <message>
        <source>The worker stopped: %1</source>
        <translation>Der Worker hat gestoppt: %1</translation>
    </message>
    <message>
        <source>The worker runs without its live feed: %1</source>
        <translation>Der Worker läuft ohne seinen Live-Feed: %1</translation>
    </message>
    <message>
        <source>A worker is starting on this data directory; the panel attaches to it when it is up.</source>
        <translation>Auf diesem Datenverzeichnis startet gerade ein Worker; das Panel verbindet sich mit ihm, sobald er läuft.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerFeedClient</name>
    <message>
        <source>No worker is running in %1.</source>
        <translation>In %1 läuft kein Worker.</translation>
    </message>
    <message>
        <source>Detached.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Cannot reach the worker&apos;s live feed: %1</source>
        <translation>Der Live-Feed des Workers ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The worker refused the live feed: %1</source>
        <translation>Der Worker hat den Live-Feed abgelehnt: %1</translation>
    </message>
    <message>
        <source>The worker went away.</source>
        <translation>Der Worker ist verschwunden.</translation>
    </message>
    <message>
        <source>The worker closed the feed: %1</source>
        <translation>Der Worker hat den Feed geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerFeedServer</name>
    <message>
        <source>The worker&apos;s live feed cannot listen on 127.0.0.1: %1</source>
        <translation>Der Live-Feed des Workers kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation>Unbekannte Anfrage.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerHost</name>
    <message>
        <source>The platform session is gone.</source>
        <translation>Die Plattform-Sitzung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The worker is still stopping; start it again in a moment.</source>
        <translation>Der Worker hält noch an; starte ihn gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerLock</name>
    <message>
        <source>Another worker is already running on this data directory (%1, pid %2). Stop it first, or watch it with `agentdeskctl worker status --follow`.</source>
        <translation>Auf diesem Datenverzeichnis läuft schon ein Worker (%1, PID %2). Beenden Sie ihn zuerst, oder verfolgen Sie ihn mit `agentdeskctl worker status --follow`.</translation>
    </message>
    <message>
        <source>Cannot take the worker lock %1 (check that the data directory is writable).</source>
        <translation>Die Worker-Sperre %1 kann nicht genommen werden (prüfen Sie, ob das Datenverzeichnis beschreibbar ist).</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerPanel</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No headless worker is running on this computer. Start one with `agentdeskctl worker run`, or press Start to run the worker here.</source>
        <translation>Auf diesem Rechner läuft kein Worker ohne Oberfläche. Starten Sie einen mit `agentdeskctl worker run` oder drücken Sie „Starten“, um den Worker hier auszuführen.</translation>
    </message>
    <message>
        <source> (headless, pid %1)</source>
        <translation> (ohne Oberfläche, PID %1)</translation>
    </message>
    <message>
        <source>last heartbeat %1</source>
        <translation>letzter Heartbeat %1</translation>
    </message>
    <message>
        <source>webhooks on port %1</source>
        <translation>Webhooks auf Port %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open claim(s)</source>
        <translation>
            <numerusform>%n offener Anspruch</numerusform>
            <numerusform>%n offene Ansprüche</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs queued agent sessions from the platform on your provider accounts.</source>
        <translation>Führt wartende Agentensitzungen der Plattform auf Ihren Anbieterkonten aus.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerPolicy</name>
    <message>
        <source>This worker has no route for agent %1; another worker may run it.</source>
        <translation>Dieser Worker hat keine Route für den Agenten %1; ein anderer Worker kann sie ausführen.</translation>
    </message>
    <message>
        <source>The session asks for %1 execution; this worker runs cloud sessions.</source>
        <translation>Die Sitzung verlangt Ausführung per %1; dieser Worker führt Cloud-Sitzungen aus.</translation>
    </message>
    <message>
        <source>The session&apos;s target repository %1 is not in this worker&apos;s allowlist for agent %2.</source>
        <translation>Das Ziel-Repository %1 der Sitzung steht nicht auf der Erlaubnisliste dieses Workers für den Agenten %2.</translation>
    </message>
    <message>
        <source>The session carries no request to work on.</source>
        <translation>Die Sitzung enthält keinen Auftrag.</translation>
    </message>
    <message>
        <source>Allowed by the route for agent %1: %2 account %3, repository %4.</source>
        <translation>Erlaubt durch die Route für den Agenten %1: %2-Konto %3, Repository %4.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerRuntime</name>
    <message>
        <source>Cannot read the webhook key from the keychain: %1</source>
        <translation>Der Webhook-Schlüssel kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Listening on %1 needs a webhook key: run `agentdeskctl worker webhook-key set` first.</source>
        <translation>Das Lauschen auf %1 braucht einen Webhook-Schlüssel: Führen Sie zuerst `agentdeskctl worker webhook-key set` aus.</translation>
    </message>
    <message>
        <source>Webhooks are taken without a key: any program on this machine can wake the worker (it still only acts on what the platform says). Set a key with `agentdeskctl worker webhook-key set`.</source>
        <translation>Webhooks werden ohne Schlüssel angenommen: Jedes Programm auf diesem Rechner kann den Worker wecken (er handelt trotzdem nur nach dem, was die Plattform sagt). Setzen Sie einen Schlüssel mit `agentdeskctl worker webhook-key set`.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerSetup</name>
    <message>
        <source>A route needs the agent, the account and the repository.</source>
        <translation>Eine Route braucht den Agent, das Konto und das Repository.</translation>
    </message>
    <message>
        <source>No %1 account named &quot;%2&quot;. Add it under Accounts (or with `agentdeskctl account add`).</source>
        <translation>Kein %1-Konto namens „%2“. Fügen Sie es unter Konten hinzu (oder mit `agentdeskctl account add`).</translation>
    </message>
    <message>
        <source>The webhook key must be at least %1 characters long.</source>
        <translation>Der Webhook-Schlüssel muss mindestens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>agentdesk::WorkerSetupDialog</name>
    <message>
        <source>Worker Routes and Webhook Key</source>
        <translation>Worker-Routen und Webhook-Schlüssel</translation>
    </message>
    <message>
        <source>A route says which provider account, repository and options run the sessions of one platform agent. Sessions of an agent without a route are handed back. What a session&apos;s text says never changes these.</source>
        <translation>Eine Route legt fest, mit welchem Anbieterkonto, Repository und welchen Optionen die Sitzungen eines Plattform-Agents laufen. Sitzungen eines Agents ohne Route werden zurückgegeben. Was im Text einer Sitzung steht, ändert daran nie etwas.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>agt_…, from the platform&apos;s agent page</source>
        <translation>agt_…, von der Agent-Seite der Plattform</translation>
    </message>
    <message>
        <source>Further repositories a session may name, separated by spaces (optional)</source>
        <translation>Weitere Repositorys, die eine Sitzung nennen darf, durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <source>The repository&apos;s default branch</source>
        <translation>Der Standard-Branch des Repositorys</translation>
    </message>
    <message>
        <source>Open a &amp;pull request when done</source>
        <translation>Am Ende einen &amp;Pull-Request öffnen</translation>
    </message>
    <message>
        <source>Require plan appro&amp;val in the console</source>
        <translation>Plan&amp;freigabe in der Konsole verlangen</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Also &amp;allowed:</source>
        <translation>Auch &amp;erlaubt:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Save Route</source>
        <translation>Route &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;move Route</source>
        <translation>Route ent&amp;fernen</translation>
    </message>
    <message>
        <source>Webhook key</source>
        <translation>Webhook-Schlüssel</translation>
    </message>
    <message>
        <source>The key the platform sends in X-One-Webhook-Key (at least %1 characters)</source>
        <translation>Der Schlüssel, den die Plattform in X-One-Webhook-Key sendet (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>Save &amp;Key</source>
        <translation>Schlüssel spei&amp;chern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a provider account first (File ▸ Accounts): a route runs sessions with one.</source>
        <translation>Fügen Sie zuerst ein Anbieterkonto hinzu (Datei ▸ Konten): Eine Route führt Sitzungen damit aus.</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>pull request</source>
        <translation>Pull-Request</translation>
    </message>
    <message>
        <source>plan approval</source>
        <translation>Planfreigabe</translation>
    </message>
    <message numerus="yes">
        <source>+%n repositories</source>
        <translation>
            <numerusform>+%n Repository</numerusform>
            <numerusform>+%n Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of agent %1 now run with %2.</source>
        <translation>Sitzungen von Agent %1 laufen jetzt mit %2.</translation>
    </message>
    <message>
        <source>Select the route to remove.</source>
        <translation>Wählen Sie die zu entfernende Route.</translation>
    </message>
    <message>
        <source>Removed the route of agent %1; its sessions are handed back from now on.</source>
        <translation>Route von Agent %1 entfernt; seine Sitzungen werden ab jetzt zurückgegeben.</translation>
    </message>
    <message>
        <source>Webhook key saved in the OS keychain. A running worker uses it after its next start.</source>
        <translation>Webhook-Schlüssel im Schlüsselbund des Systems gespeichert. Ein laufender Worker nutzt ihn ab seinem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>agentdesk::workerthread::ThreadedSecretStore</name>
    <message>
        <source>The keychain is not available to the worker.</source>
        <translation>Der Schlüsselbund ist für den Worker nicht verfügbar.</translation>
    </message>
</context>
</TS>
