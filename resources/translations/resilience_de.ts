<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ContactDialog</name>
    <message>
        <source>How supported did I feel</source>
        <translation>Wie unterstützt habe ich mich gefühlt</translation>
    </message>
    <message>
        <source>Mood after, −5 to +5</source>
        <translation>Stimmung danach, −5 bis +5</translation>
    </message>
</context>
<context>
    <name>GroundingPage</name>
    <message>
        <source>Grounding steps done</source>
        <translation>Erledigte Erdungsschritte</translation>
    </message>
</context>
<context>
    <name>LookingBackCard</name>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Open the entry of {0}: {1}</source>
        <translation>Den Eintrag vom {0} öffnen: {1}</translation>
    </message>
</context>
<context>
    <name>LosingTouchPanel</name>
    <message>
        <source>Log a contact with the person chosen above</source>
        <translation>Einen Kontakt mit der oben gewählten Person eintragen</translation>
    </message>
</context>
<context>
    <name>MoodPadWidget</name>
    <message>
        <source>Mood check-in: how pleasant (left to right) and how energetic (bottom to top) do you feel? Click to place the point.</source>
        <translation>Stimmungs-Check-in: Wie angenehm (von links nach rechts) und wie energiegeladen (von unten nach oben) fühlst du dich? Klicke, um den Punkt zu setzen.</translation>
    </message>
    <message>
        <source>Mood pad</source>
        <translation>Stimmungsfeld</translation>
    </message>
    <message>
        <source>How pleasant and how energetic you feel, −5 to +5 each. Left and right arrow keys change pleasantness, up and down change energy.</source>
        <translation>Wie angenehm und wie energiegeladen du dich fühlst, jeweils −5 bis +5. Pfeiltasten links und rechts ändern das Wohlbefinden, hoch und runter die Energie.</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>noch nicht gesetzt</translation>
    </message>
    <message>
        <source>pleasant {0}, energy {1}</source>
        <translation>angenehm {0}, Energie {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Stay in touch every so many days</source>
        <translation>Kontakt halten alle so und so viele Tage</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Show data as text…</source>
        <translation>Daten als Text anzeigen…</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>(Enter shows the data as text.)</source>
        <translation>(Eingabe zeigt die Daten als Text.)</translation>
    </message>
    <message>
        <source>{title}: the data as text</source>
        <translation>{title}: die Daten als Text</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>meditation</source>
        <translation>Meditation</translation>
    </message>
    <message>
        <source>imagery</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>grounding</source>
        <translation>Erdung</translation>
    </message>
    <message>
        <source>No practice in this period yet.
Even three minutes of slow breathing count.</source>
        <translation>In diesem Zeitraum noch keine Übung.
Schon drei Minuten langsames Atmen zählen.</translation>
    </message>
    <message>
        <source>Minutes practised per week</source>
        <translation>Geübte Minuten pro Woche</translation>
    </message>
    <message>
        <source>Rate your stress before and after a practice (one tap each)
to see which practice settles you most.</source>
        <translation>Bewerte deinen Stress vor und nach einer Übung (je ein Tipp),
um zu sehen, welche Übung dich am meisten beruhigt.</translation>
    </message>
    <message>
        <source>change in stress, 0–10 (after − before; below 0 = calmer)</source>
        <translation>Veränderung des Stresses, 0–10 (nachher − vorher; unter 0 = ruhiger)</translation>
    </message>
    <message>
        <source>Stress change per practice (box: middle half, dot: mean)</source>
        <translation>Stressveränderung pro Übung (Kasten: mittlere Hälfte, Punkt: Mittelwert)</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>vigorous</source>
        <translation>intensiv</translation>
    </message>
    <message>
        <source>moderate minutes</source>
        <translation>Minuten mäßig</translation>
    </message>
    <message>
        <source>vigorous minutes (× 2)</source>
        <translation>Minuten intensiv (× 2)</translation>
    </message>
    <message>
        <source>Source: WHO guidelines on physical activity and sedentary behaviour, 2020</source>
        <translation>Quelle: WHO-Leitlinien zu körperlicher Aktivität und sitzendem Verhalten, 2020</translation>
    </message>
    <message>
        <source>Association, not cause: weeks with more activity may differ in other ways too.</source>
        <translation>Zusammenhang, keine Ursache: Wochen mit mehr Bewegung können sich auch anders unterscheiden.</translation>
    </message>
    <message>
        <source>No moderate or vigorous minutes in this period yet.
Some activity is better than none.</source>
        <translation>In diesem Zeitraum noch keine mäßigen oder intensiven Minuten.
Etwas Bewegung ist besser als keine.</translation>
    </message>
    <message>
        <source>guideline minutes</source>
        <translation>Leitlinien-Minuten</translation>
    </message>
    <message>
        <source>Weekly minutes against the WHO guideline</source>
        <translation>Wöchentliche Minuten im Vergleich zur WHO-Leitlinie</translation>
    </message>
    <message>
        <source>WHO 150–300 min a week</source>
        <translation>WHO: 150–300 Min. pro Woche</translation>
    </message>
    <message>
        <source>vigorous (× 2)</source>
        <translation>intensiv (× 2)</translation>
    </message>
    <message>
        <source>partial week</source>
        <translation>angebrochene Woche</translation>
    </message>
    <message>
        <source>No sessions in the last {weeks} weeks.</source>
        <translation>Keine Einheiten in den letzten {weeks} Wochen.</translation>
    </message>
    <message>
        <source>other activities</source>
        <translation>andere Aktivitäten</translation>
    </message>
    <message>
        <source>Activity mix, last {weeks} weeks</source>
        <translation>Aktivitäten-Mix, letzte {weeks} Wochen</translation>
    </message>
    <message>
        <source>Record your mood before and after a session to see
how each activity changes it.</source>
        <translation>Halte deine Stimmung vor und nach einer Einheit fest, um zu sehen,
wie jede Aktivität sie verändert.</translation>
    </message>
    <message>
        <source>change in pleasantness (after − before)
box: middle half · dot: mean</source>
        <translation>Veränderung der Stimmung (nachher − vorher)
Kasten: mittlere Hälfte · Punkt: Mittelwert</translation>
    </message>
    <message>
        <source>Mood change per activity</source>
        <translation>Stimmungsveränderung pro Aktivität</translation>
    </message>
    <message>
        <source>A few weeks with recorded moods are needed for this chart.</source>
        <translation>Für dieses Diagramm braucht es einige Wochen mit festgehaltener Stimmung.</translation>
    </message>
    <message>
        <source>one week</source>
        <translation>eine Woche</translation>
    </message>
    <message>
        <source>fitted line (r = {r})</source>
        <translation>Ausgleichsgerade (r = {r})</translation>
    </message>
    <message>
        <source>guideline minutes in the week</source>
        <translation>Leitlinien-Minuten in der Woche</translation>
    </message>
    <message>
        <source>mean weekly mood
({mood_source})</source>
        <translation>mittlere Wochenstimmung
({mood_source})</translation>
    </message>
    <message>
        <source>Weekly minutes and mood
</source>
        <translation>Wöchentliche Minuten und Stimmung
</translation>
    </message>
    <message>
        <source>This is not a diagnosis.</source>
        <translation>Dies ist keine Diagnose.</translation>
    </message>
    <message>
        <source>No {title} answers in this period.</source>
        <translation>Keine Antworten zu {title} in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{title} (trend only)</source>
        <translation>{title} (nur Verlauf)</translation>
    </message>
    <message>
        <source>Not enough days yet: each comparison needs at least
5 days with and 5 days without.</source>
        <translation>Noch nicht genug Tage: Jeder Vergleich braucht mindestens
5 Tage mit und 5 Tage ohne.</translation>
    </message>
    <message>
        <source>difference in mean {unit} (with − without), 95 % interval</source>
        <translation>Unterschied im Mittel {unit} (mit − ohne), 95-%-Intervall</translation>
    </message>
    <message>
        <source>An association, not proof of cause.</source>
        <translation>Ein Zusammenhang, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <source>No mood check-ins in this period yet</source>
        <translation>In diesem Zeitraum noch keine Stimmungseinträge</translation>
    </message>
    <message>
        <source>Pleasantness</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>{label} ({rolling_days}-day mean)</source>
        <translation>{label} (Mittel über {rolling_days} Tage)</translation>
    </message>
    <message>
        <source>mood (−5 … +5)</source>
        <translation>Stimmung (−5 … +5)</translation>
    </message>
    <message>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message>
        <source>Pleasantness per day{value} (grey: no check-in)</source>
        <translation>Wohlbefinden pro Tag{value} (grau: kein Check-in)</translation>
    </message>
    <message>
        <source>No feelings named in this period yet</source>
        <translation>In diesem Zeitraum noch keine Gefühle benannt</translation>
    </message>
    <message>
        <source>times named</source>
        <translation>Mal genannt</translation>
    </message>
    <message>
        <source>Emotion words by frequency</source>
        <translation>Gefühlswörter nach Häufigkeit</translation>
    </message>
    <message>
        <source>high energy, unpleasant</source>
        <translation>viel Energie, unangenehm</translation>
    </message>
    <message>
        <source>high energy, pleasant</source>
        <translation>viel Energie, angenehm</translation>
    </message>
    <message>
        <source>low energy, unpleasant</source>
        <translation>wenig Energie, unangenehm</translation>
    </message>
    <message>
        <source>low energy, pleasant</source>
        <translation>wenig Energie, angenehm</translation>
    </message>
    <message>
        <source>mixed / neutral</source>
        <translation>gemischt / neutral</translation>
    </message>
    <message>
        <source>Name some feelings to see your emotional granularity</source>
        <translation>Benenne ein paar Gefühle, um deine emotionale Differenziertheit zu sehen</translation>
    </message>
    <message>
        <source>distinct words in the month</source>
        <translation>verschiedene Wörter im Monat</translation>
    </message>
    <message>
        <source>part of a month (so far)</source>
        <translation>Teil eines Monats (bisher)</translation>
    </message>
    <message>
        <source>distinct words</source>
        <translation>verschiedene Wörter</translation>
    </message>
    <message>
        <source>Emotional granularity: different words used per month (rising is good)</source>
        <translation>Emotionale Differenziertheit: verschiedene Wörter pro Monat (steigend ist gut)</translation>
    </message>
    <message numerus="yes">
        <source>After naming a feeling its strength stayed about the same (%n entries)</source>
        <comment>After naming a feeling its strength stayed about the same (%n entry)</comment>
        <translation>
            <numerusform>Nach dem Benennen eines Gefühls blieb seine Stärke etwa gleich (%n Eintrag)</numerusform>
            <numerusform>Nach dem Benennen eines Gefühls blieb seine Stärke etwa gleich (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After naming a feeling its strength dropped by {drop} on average (%n entries)</source>
        <comment>After naming a feeling its strength dropped by {drop} on average (%n entry)</comment>
        <translation>
            <numerusform>Nach dem Benennen eines Gefühls sank seine Stärke im Schnitt um {drop} (%n Eintrag)</numerusform>
            <numerusform>Nach dem Benennen eines Gefühls sank seine Stärke im Schnitt um {drop} (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After naming a feeling its strength rose by {drop} on average (%n entries)</source>
        <comment>After naming a feeling its strength rose by {drop} on average (%n entry)</comment>
        <translation>
            <numerusform>Nach dem Benennen eines Gefühls stieg seine Stärke im Schnitt um {drop} (%n Eintrag)</numerusform>
            <numerusform>Nach dem Benennen eines Gefühls stieg seine Stärke im Schnitt um {drop} (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate how strong a feeling is before and after naming it to see the effect here</source>
        <translation>Bewerte, wie stark ein Gefühl vor und nach dem Benennen ist, um hier die Wirkung zu sehen</translation>
    </message>
    <message>
        <source>drop in strength (0–10 scale)</source>
        <translation>Rückgang der Intensität (Skala 0–10)</translation>
    </message>
    <message>
        <source>Add the people who matter to you to see your network here.</source>
        <translation>Füge die Menschen hinzu, die dir wichtig sind, um hier dein Netz zu sehen.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Inner rings: closer</source>
        <translation>Innere Ringe: näher</translation>
    </message>
    <message>
        <source>Log a call, a message or a meeting to see your contacts per week.</source>
        <translation>Trage einen Anruf, eine Nachricht oder ein Treffen ein, um deine Kontakte pro Woche zu sehen.</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Online, call or message</source>
        <translation>Online, Anruf oder Nachricht</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Kontakte pro Woche</translation>
    </message>
    <message>
        <source>When you log a contact, note how supported you felt to see it here.</source>
        <translation>Wenn du einen Kontakt einträgst, notiere, wie unterstützt du dich gefühlt hast, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Ein Kontakt</translation>
    </message>
    <message>
        <source>30-day average</source>
        <translation>30-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>How supported I felt</source>
        <translation>Wie unterstützt ich mich fühlte</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>integrity check of the copy said: {result}</source>
        <translation>die Integritätsprüfung der Kopie meldete: {result}</translation>
    </message>
    <message>
        <source>the copy does not hold the same number of rows</source>
        <translation>die Kopie enthält nicht dieselbe Anzahl von Zeilen</translation>
    </message>
    <message>
        <source>{name} could not be converted ({error}).</source>
        <translation>{name} konnte nicht umgewandelt werden ({error}).</translation>
    </message>
    <message>
        <source>The converted copy of {name} did not verify ({differ}).</source>
        <translation>Die umgewandelte Kopie von {name} hat die Prüfung nicht bestanden ({differ}).</translation>
    </message>
    <message>
        <source>{name} could not be encrypted ({error}).</source>
        <translation>{name} konnte nicht verschlüsselt werden ({error}).</translation>
    </message>
    <message>
        <source>The sealed copy of {name} did not verify.</source>
        <translation>Die versiegelte Kopie von {name} hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>{name} could not be decrypted ({error}).</source>
        <translation>{name} konnte nicht entschlüsselt werden ({error}).</translation>
    </message>
    <message>
        <source>Please check the date: {shown} is outside the years {range_text}.</source>
        <translation>Bitte prüfe das Datum: {shown} liegt außerhalb der Jahre {range_text}.</translation>
    </message>
    <message>
        <source>No journal in {folder} yet, and that file cannot become one by itself: it is not a plain backup and carries no copy of a key (an encrypted backup written before backups carried one, or not a backup at all). If it is an encrypted backup, copy its journal&apos;s vault.json into {folder} and run the restore again. Nothing was changed.</source>
        <translation>In {folder} gibt es noch kein Tagebuch, und diese Datei kann von sich aus keines werden: Sie ist keine einfache Sicherung und enthält keine Kopie eines Schlüssels (eine verschlüsselte Sicherung aus der Zeit, bevor Sicherungen eine Kopie enthielten, oder gar keine Sicherung). Wenn es eine verschlüsselte Sicherung ist, kopiere die vault.json ihres Tagebuchs nach {folder} und starte die Wiederherstellung erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That is neither the passphrase this backup was made with nor its recovery key. Nothing was changed.</source>
        <translation>Das ist weder die Passphrase, mit der diese Sicherung erstellt wurde, noch ihr Wiederherstellungsschlüssel. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{what} is empty (0 bytes): it was cut short and cannot be opened. Nothing was changed.</source>
        <translation>{what} ist leer (0 Byte): Die Datei wurde abgeschnitten und kann nicht geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{what} is damaged and cannot be opened safely ({summary}). Nothing was changed.</source>
        <translation>{what} ist beschädigt und kann nicht sicher geöffnet werden ({summary}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key file vault.json of this locked journal is missing or damaged. Your passphrase or your recovery key still opens it with the copy of the key kept in your backups; a command that changes the journal (or `unlock`, or `passphrase --recovery-key`) then writes vault.json again.</source>
        <translation>Die Schlüsseldatei vault.json dieses gesperrten Tagebuchs fehlt oder ist beschädigt. Deine Passphrase oder dein Wiederherstellungsschlüssel öffnet es weiterhin mit der Kopie des Schlüssels in deinen Sicherungen; ein Befehl, der das Tagebuch ändert (oder `unlock` bzw. `passphrase --recovery-key`), schreibt vault.json dann neu.</translation>
    </message>
    <message>
        <source>The journal file is encrypted or damaged, and there is no key file vault.json and no backup with a copy of the key. If the journal was locked, put back a copy of its vault.json, or restore a backup file of it that carries its key into a new folder (`restore FILE --data-dir NEW`, then the passphrase or recovery key). Nothing was changed.</source>
        <translation>Die Tagebuchdatei ist verschlüsselt oder beschädigt, und es gibt weder eine Schlüsseldatei vault.json noch eine Sicherung mit einer Kopie des Schlüssels. Wenn das Tagebuch gesperrt war, lege eine Kopie seiner vault.json zurück oder stelle eine Sicherungsdatei, die seinen Schlüssel enthält, in einem neuen Ordner wieder her (`restore DATEI --data-dir NEU`, dann die Passphrase oder den Wiederherstellungsschlüssel). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That {what} is not right: vault.json is missing or damaged, and it opens none of the key copies kept in the backups (a backup&apos;s copy opens with the passphrase in force when it was made, or with the recovery key). Nothing was changed.</source>
        <translation>Diese Angabe ({what}) stimmt nicht: vault.json fehlt oder ist beschädigt, und sie öffnet keine der Schlüsselkopien in den Sicherungen (die Kopie einer Sicherung öffnet sich mit der Passphrase, die bei ihrer Erstellung galt, oder mit dem Wiederherstellungsschlüssel). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>Diese Passphrase stimmt nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{error} The lock was not turned on; nothing was changed.</source>
        <translation>{error} Die Sperre wurde nicht eingeschaltet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{error} The lock is still on; nothing was changed. If that backup is damaged, move it out of the backups folder and try again.</source>
        <translation>{error} Die Sperre ist weiterhin aktiv; es wurde nichts geändert. Wenn diese Sicherung beschädigt ist, verschiebe sie aus dem Sicherungsordner und versuche es erneut.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>{shown} is inside the data folder ({folder}); choose a place outside it.</source>
        <translation>{shown} liegt im Datenordner ({folder}); wähle einen Ort außerhalb davon.</translation>
    </message>
    <message>
        <source>{shown} is a link to a file that does not exist; choose a real file name.</source>
        <translation>{shown} ist ein Verweis auf eine Datei, die es nicht gibt; wähle einen echten Dateinamen.</translation>
    </message>
    <message>
        <source>{shown} is {kind}, not a file; choose a file name.</source>
        <translation>{shown} ist {kind}, keine Datei; wähle einen Dateinamen.</translation>
    </message>
    <message>
        <source>{shown} already exists; use --force to replace it.</source>
        <translation>{shown} gibt es schon; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>{shown}: the folder {folder} does not exist.</source>
        <translation>{shown}: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>{shown} is {kind}; a folder is needed here.</source>
        <translation>{shown} ist {kind}; hier wird ein Ordner gebraucht.</translation>
    </message>
    <message>
        <source>{shown} already holds files; use --force to write into it anyway (files of the same name are replaced).</source>
        <translation>In {shown} liegen schon Dateien; mit --force wird trotzdem hineingeschrieben (gleichnamige Dateien werden ersetzt).</translation>
    </message>
    <message>
        <source>{shown}: cannot create the folder ({error}).</source>
        <translation>{shown}: Der Ordner kann nicht angelegt werden ({error}).</translation>
    </message>
    <message>
        <source>{shown}: cannot write it ({error}).</source>
        <translation>{shown}: Kann nicht geschrieben werden ({error}).</translation>
    </message>
    <message>
        <source>Lost it? It cannot be shown again, but with your passphrase you can get a new one: `resilience-desktop unlock`, then `resilience-desktop lock` (the old recovery key then stops working).</source>
        <translation>Verloren? Er kann nicht noch einmal angezeigt werden, aber mit deiner Passphrase bekommst du einen neuen: `resilience-desktop unlock`, dann `resilience-desktop lock` (der alte Wiederherstellungsschlüssel gilt dann nicht mehr).</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>neue Passphrase</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>passphrase (or recovery key)</source>
        <translation>Passphrase (oder Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
        <source>sync folder passphrase</source>
        <translation>Passphrase des Sync-Ordners</translation>
    </message>
    <message>
        <source>type it again</source>
        <translation>erneute Eingabe</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Noch einmal eingeben: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{what} expected on stdin.</source>
        <translation>{what} auf stdin erwartet.</translation>
    </message>
    <message>
        <source>vault.json was written again from the key copy in the backups.</source>
        <translation>vault.json wurde aus der Schlüsselkopie in den Sicherungen neu geschrieben.</translation>
    </message>
    <message>
        <source>No journal in {folder}.</source>
        <translation>Kein Tagebuch in {folder}.</translation>
    </message>
    <message>
        <source>The journal is already locked.</source>
        <translation>Das Tagebuch ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>The journal is locked. Your recovery key (write it down, it is shown only once):</source>
        <translation>Das Tagebuch ist gesperrt. Dein Wiederherstellungsschlüssel (schreib ihn auf, er wird nur einmal angezeigt):</translation>
    </message>
    <message>
        <source>The journal is not locked.</source>
        <translation>Das Tagebuch ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The passphrase lock is off; the journal and its backups are no longer encrypted.</source>
        <translation>Die Passphrase-Sperre ist aufgehoben; das Tagebuch und seine Sicherungen sind nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>The journal is not locked; use `lock` to set a passphrase.</source>
        <translation>Das Tagebuch ist nicht gesperrt; setze mit `lock` eine Passphrase.</translation>
    </message>
    <message>
        <source>vault.json will be written again with the new passphrase.</source>
        <translation>vault.json wird mit der neuen Passphrase neu geschrieben.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Wiederherstellungsschlüssel: </translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>The journal is not locked; turn the lock on first.</source>
        <translation>Das Tagebuch ist nicht gesperrt; schalte zuerst die Sperre ein.</translation>
    </message>
    <message>
        <source>Resilience is busy {pending}; try again when it has finished. Nothing was changed.</source>
        <translation>Resilience ist gerade beschäftigt ({pending}); versuche es erneut, wenn das abgeschlossen ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Open Resilience once to finish {pending}. Nothing was changed.</source>
        <translation>Öffne Resilience einmal, um Folgendes abzuschließen: {pending}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened safely ({problem}). Nothing was changed.</source>
        <translation>Die Tagebuchdatei ist beschädigt und kann nicht sicher geöffnet werden ({problem}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The last change to {db} was cut short, and what it left (the {wal} file beside it) can only be settled where the folder can be written. Copy the whole folder {parent} to a writable place and use --data-dir with the copy. Nothing was changed.</source>
        <translation>Die letzte Änderung an {db} wurde unterbrochen, und was sie hinterlassen hat (die Datei {wal} daneben), lässt sich nur dort bereinigen, wo in den Ordner geschrieben werden kann. Kopiere den ganzen Ordner {parent} an einen beschreibbaren Ort und verwende --data-dir mit der Kopie. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened ({error}). Nothing was changed.</source>
        <translation>Die Tagebuchdatei kann nicht geöffnet werden ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This journal was saved by an older version and must be updated: open Resilience once. Nothing was changed.</source>
        <translation>Dieses Tagebuch wurde von einer älteren Version gespeichert und muss aktualisiert werden: Öffne Resilience einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No journal in {data_dir}.</source>
        <translation>Kein Tagebuch in {data_dir}.</translation>
    </message>
    <message>
        <source>turning the passphrase lock on</source>
        <translation>die Passphrasen-Sperre einschalten</translation>
    </message>
    <message>
        <source>turning the lock off</source>
        <translation>die Sperre ausschalten</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This journal is locked with a passphrase. Unlock it first.</source>
        <translation>Dieses Tagebuch ist mit einer Passphrase gesperrt. Entsperre es zuerst.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase} characters.</source>
        <translation>Die Passphrase braucht mindestens {min_passphrase} Zeichen.</translation>
    </message>
    <message>
        <source>That recovery key is not right. Nothing was changed.</source>
        <translation>Dieser Wiederherstellungsschlüssel stimmt nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Nach dem Einatmen halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Nach dem Ausatmen halten</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a number of seconds.</source>
        <translation>{label}: „{value}“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>{label}: please give a number of seconds.</source>
        <translation>{label}: Bitte gib eine Anzahl von Sekunden an.</translation>
    </message>
    <message>
        <source>{label} must be from 0 to 20 seconds (you gave {value}).</source>
        <translation>{label} muss zwischen 0 und 20 Sekunden liegen (angegeben: {value}).</translation>
    </message>
    <message>
        <source>Please give the pattern a name.</source>
        <translation>Bitte gib dem Muster einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long ({max_name} characters at most).</source>
        <translation>Der Name ist zu lang (höchstens {max_name} Zeichen).</translation>
    </message>
    <message>
        <source>“{name}” is a built-in pattern; please choose another name.</source>
        <translation>„{name}“ ist ein eingebautes Muster; bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>You already have a pattern called “{name}”.</source>
        <translation>Du hast bereits ein Muster namens „{name}“.</translation>
    </message>
    <message>
        <source>A pattern needs an in-breath and an out-breath longer than 0 seconds.</source>
        <translation>Ein Muster braucht ein Einatmen und ein Ausatmen, die länger als 0 Sekunden sind.</translation>
    </message>
    <message>
        <source>That pattern no longer exists.</source>
        <translation>Dieses Muster gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation>Meditation</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Erdung</translation>
    </message>
    <message>
        <source>Stop if dizzy; skip breath holds when pregnant or with heart or lung conditions unless a clinician has cleared them.</source>
        <translation>Hör auf, wenn dir schwindlig wird; lass das Atemanhalten in der Schwangerschaft oder bei Herz- oder Lungenerkrankungen weg, sofern eine Ärztin oder ein Arzt es nicht freigegeben hat.</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Noch etwas mehr ein</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>in {seconds}</source>
        <translation>ein {seconds}</translation>
    </message>
    <message>
        <source>top-up in {seconds}</source>
        <translation>Nachatmen {seconds}</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>halten {seconds}</translation>
    </message>
    <message>
        <source>out {seconds}</source>
        <translation>aus {seconds}</translation>
    </message>
    <message>
        <source>{parts} s</source>
        <translation>{parts} s</translation>
    </message>
    <message>
        <source>Four equal sides: in, hold, out, hold.</source>
        <translation>Vier gleiche Seiten: ein, halten, aus, halten.</translation>
    </message>
    <message>
        <source>In for 4, hold for 7, out for 8. Beginners: at most 4 cycles.</source>
        <translation>Ein für 4, halten für 7, aus für 8. Anfänger: höchstens 4 Zyklen.</translation>
    </message>
    <message>
        <source>About 5.5 breaths a minute, no holds.</source>
        <translation>Etwa 5,5 Atemzüge pro Minute, ohne Halten.</translation>
    </message>
    <message>
        <source>In through the nose, a short second top-up in, then a long slow out (Balban et al. 2023, Cell Reports Medicine 4:100895).</source>
        <translation>Durch die Nase ein, ein kurzes zweites Nachatmen, dann lange und langsam aus (Balban et al. 2023, Cell Reports Medicine 4:100895).</translation>
    </message>
    <message>
        <source>A longer out-breath than in-breath.</source>
        <translation>Ein längeres Aus- als Einatmen.</translation>
    </message>
    <message>
        <source>unreachable: a pattern always has phases</source>
        <translation>nicht erreichbar: Ein Muster hat immer Phasen</translation>
    </message>
    <message>
        <source>{name}: beginners do at most {limit} cycles, so this session has {limit}.</source>
        <translation>{name}: Anfänger machen höchstens {limit} Zyklen, daher hat diese Übung {limit}.</translation>
    </message>
    <message>
        <source>Stress {label} goes from 0 to 10.</source>
        <translation>Stress {label} reicht von 0 bis 10.</translation>
    </message>
    <message>
        <source>Unknown practice “{kind}”.</source>
        <translation>Unbekannte Übung „{kind}“.</translation>
    </message>
    <message>
        <source>A practice needs a name (the pattern or script).</source>
        <translation>Eine Übung braucht einen Namen (das Muster oder das Skript).</translation>
    </message>
    <message>
        <source>The {label} length must be between 0 seconds and a day.</source>
        <translation>Die Dauer ({label}) muss zwischen 0 Sekunden und einem Tag liegen.</translation>
    </message>
    <message>
        <source>The notes are too long (20,000 characters at most).</source>
        <translation>Die Notizen sind zu lang (höchstens 20.000 Zeichen).</translation>
    </message>
    <message>
        <source>That practice is no longer in the log.</source>
        <translation>Diese Übung steht nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation>Diese Aktivität gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Built-in activities cannot be deleted.</source>
        <translation>Eingebaute Aktivitäten können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>“{name}” is used by {used}; it can only be deleted when no session uses it.</source>
        <translation>„{name}“ wird von {used} verwendet; sie kann erst gelöscht werden, wenn keine Einheit sie mehr verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n are flagged (a name you already have, or a repeat) and left unticked: tick them only if they are different people.</source>
        <comment>%n is flagged (a name you already have, or a repeat) and left unticked: tick it only if it is a different person.</comment>
        <translation>
            <numerusform>%n ist markiert (ein Name, den du schon hast, oder eine Wiederholung) und nicht angehakt: Hake ihn nur an, wenn es eine andere Person ist.</numerusform>
            <numerusform>%n sind markiert (ein Name, den du schon hast, oder eine Wiederholung) und nicht angehakt: Hake sie nur an, wenn es andere Personen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bars from {first} to {last}</source>
        <comment>%n bar from {first} to {last}</comment>
        <translation>
            <numerusform>%n Balken von {first} bis {last}</numerusform>
            <numerusform>%n Balken von {first} bis {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calm practices</source>
        <comment>%n calm practice</comment>
        <translation>
            <numerusform>%n Ruheübung</numerusform>
            <numerusform>%n Ruheübungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calm practices, {minutes} minutes in all.</source>
        <comment>%n calm practice, {minutes} minutes in all.</comment>
        <translation>
            <numerusform>%n Ruheübung, insgesamt {minutes} Minuten.</numerusform>
            <numerusform>%n Ruheübungen, insgesamt {minutes} Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coloured squares: mean {mean}, lowest {low}, highest {high}</source>
        <comment>%n coloured square: mean {mean}, lowest {low}, highest {high}</comment>
        <translation>
            <numerusform>%n farbiges Quadrat: Mittel {mean}, niedrigster {low}, höchster {high}</numerusform>
            <numerusform>%n farbige Quadrate: Mittel {mean}, niedrigster {low}, höchster {high}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <comment>%n contact</comment>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>%n day ago</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted</source>
        <comment>%n day counted</comment>
        <translation>
            <numerusform>%n Tag gezählt</numerusform>
            <numerusform>%n Tage gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days recounted by Google updated</source>
        <comment>%n day recounted by Google updated</comment>
        <translation>
            <numerusform>%n von Google neu gezählter Tag aktualisiert</numerusform>
            <numerusform>%n von Google neu gezählte Tage aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a mood check-in (pleasantness and energy, −5 to +5).</source>
        <comment>%n day with a mood check-in (pleasantness and energy, −5 to +5).</comment>
        <translation>
            <numerusform>%n Tag mit einem Stimmungs-Check-in (Wohlbefinden und Energie, −5 bis +5).</numerusform>
            <numerusform>%n Tage mit einem Stimmungs-Check-in (Wohlbefinden und Energie, −5 bis +5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits to review</source>
        <comment>%n edit to review</comment>
        <translation>
            <numerusform>%n Änderung zu prüfen</numerusform>
            <numerusform>%n Änderungen zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries are</source>
        <comment>%n entry is</comment>
        <translation>
            <numerusform>%n Eintrag ist</numerusform>
            <numerusform>%n Einträge sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries edited on two computers</source>
        <comment>%n entry edited on two computers</comment>
        <translation>
            <numerusform>%n Eintrag auf zwei Computern bearbeitet</numerusform>
            <numerusform>%n Einträge auf zwei Computern bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were edited on two computers: see Journal → Review.</source>
        <comment>%n entry was edited on two computers: see Journal → Review.</comment>
        <translation>
            <numerusform>%n Eintrag wurde auf zwei Computern bearbeitet: siehe Tagebuch → Prüfen.</numerusform>
            <numerusform>%n Einträge wurden auf zwei Computern bearbeitet: siehe Tagebuch → Prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise sessions</source>
        <comment>%n exercise session</comment>
        <translation>
            <numerusform>%n Trainingseinheit</numerusform>
            <numerusform>%n Trainingseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files in the folder did not arrive whole yet; they are read at the next sync.</source>
        <comment>%n file in the folder did not arrive whole yet; it is read at the next sync.</comment>
        <translation>
            <numerusform>%n Datei im Ordner ist noch nicht vollständig angekommen; sie wird beim nächsten Synchronisieren gelesen.</numerusform>
            <numerusform>%n Dateien im Ordner sind noch nicht vollständig angekommen; sie werden beim nächsten Synchronisieren gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <comment>%n group</comment>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <comment>%n journal entry</comment>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <comment>%n month ago</comment>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems</source>
        <comment>%n more problem</comment>
        <translation>
            <numerusform>%n weiteres Problem</numerusform>
            <numerusform>%n weitere Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these weeks are partial (cut by the start or end of the period, hatched in the chart): only their days in the period count.</source>
        <comment>%n of these weeks is partial (cut by the start or end of the period, hatched in the chart): only its days in the period count.</comment>
        <translation>
            <numerusform>%n dieser Wochen ist angebrochen (vom Anfang oder Ende des Zeitraums geteilt, im Diagramm schraffiert): Nur ihre Tage im Zeitraum zählen.</numerusform>
            <numerusform>%n dieser Wochen sind angebrochen (vom Anfang oder Ende des Zeitraums geteilt, im Diagramm schraffiert): Nur ihre Tage im Zeitraum zählen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older versions of notes kept (edited on two computers).</source>
        <comment>%n older version of a note kept (edited on two computers).</comment>
        <translation>
            <numerusform>%n ältere Fassung einer Notiz aufbewahrt (auf zwei Computern bearbeitet).</numerusform>
            <numerusform>%n ältere Fassungen von Notizen aufbewahrt (auf zwei Computern bearbeitet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other notes edited on two computers (the other text is kept: File → Sync… shows it)</source>
        <comment>%n other note edited on two computers (the other text is kept: File → Sync… shows it)</comment>
        <translation>
            <numerusform>%n weitere Notiz auf zwei Computern bearbeitet (der andere Text bleibt erhalten: Datei → Sync… zeigt ihn)</numerusform>
            <numerusform>%n weitere Notizen auf zwei Computern bearbeitet (der andere Text bleibt erhalten: Datei → Sync… zeigt ihn)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other notes were edited on two computers: the other texts are kept (Show older versions…).</source>
        <comment>%n other note was edited on two computers: the other text is kept (Show older versions…).</comment>
        <translation>
            <numerusform>%n andere Notiz wurde auf zwei Computern bearbeitet: Der andere Text ist aufbewahrt (Ältere Fassungen zeigen…).</numerusform>
            <numerusform>%n andere Notizen wurden auf zwei Computern bearbeitet: Die anderen Texte sind aufbewahrt (Ältere Fassungen zeigen…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <comment>%n person</comment>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <comment>%n point</comment>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have</source>
        <comment>%n row has</comment>
        <translation>
            <numerusform>%n Zeile hat</numerusform>
            <numerusform>%n Zeilen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <comment>%n session</comment>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were</source>
        <comment>%n session was</comment>
        <translation>
            <numerusform>%n Einheit wurde</numerusform>
            <numerusform>%n Einheiten wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions.</source>
        <comment>%n session.</comment>
        <translation>
            <numerusform>%n Einheit.</numerusform>
            <numerusform>%n Einheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values from {first} to {last}</source>
        <comment>%n value from {first} to {last}</comment>
        <translation>
            <numerusform>%n Wert von {first} bis {last}</numerusform>
            <numerusform>%n Werte von {first} bis {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <comment>%n week ago</comment>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <comment>%n year ago</comment>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also log %n exercise sessions of</source>
        <comment>Also log %n exercise session of</comment>
        <translation>
            <numerusform>Außerdem %n Trainingseinheit eintragen von</numerusform>
            <numerusform>Außerdem %n Trainingseinheiten eintragen von</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Down %n points since {since}.</source>
        <comment>Down %n point since {since}.</comment>
        <translation>
            <numerusform>%n Punkt weniger seit {since}.</numerusform>
            <numerusform>%n Punkte weniger seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tables as CSV to {path}</source>
        <comment>Exported %n table as CSV to {path}</comment>
        <translation>
            <numerusform>%n Tabelle als CSV nach {path} exportiert</numerusform>
            <numerusform>%n Tabellen als CSV nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart Minutes for %n days</source>
        <comment>Heart Minutes for %n day</comment>
        <translation>
            <numerusform>Kardiopunkte für %n Tag</numerusform>
            <numerusform>Kardiopunkte für %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart Minutes of %n days added</source>
        <comment>Heart Minutes of %n day added</comment>
        <translation>
            <numerusform>Kardiopunkte von %n Tag hinzugefügt</numerusform>
            <numerusform>Kardiopunkte von %n Tagen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n notes from the inbox.</source>
        <comment>Imported %n note from the inbox.</comment>
        <translation>
            <numerusform>%n Notiz aus dem Eingang importiert.</numerusform>
            <numerusform>%n Notizen aus dem Eingang importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mood rose most after {name}: {mean} on average (%n sessions).</source>
        <comment>Mood rose most after {name}: {mean} on average (%n session).</comment>
        <translation>
            <numerusform>Die Stimmung stieg am meisten nach {name}: im Schnitt {mean} (%n Einheit).</numerusform>
            <numerusform>Die Stimmung stieg am meisten nach {name}: im Schnitt {mean} (%n Einheiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average {per_week} guideline minutes a week (moderate + 2 × vigorous); {reached} of %n weeks reached the WHO guideline of {guideline} minutes.</source>
        <comment>On average {per_week} guideline minutes a week (moderate + 2 × vigorous); {reached} of %n week reached the WHO guideline of {guideline} minutes.</comment>
        <translation>
            <numerusform>Im Schnitt {per_week} Leitlinien-Minuten pro Woche (mäßig + 2 × intensiv); {reached} von %n Woche erreichte die WHO-Leitlinie von {guideline} Minuten.</numerusform>
            <numerusform>Im Schnitt {per_week} Leitlinien-Minuten pro Woche (mäßig + 2 × intensiv); {reached} von %n Wochen erreichten die WHO-Leitlinie von {guideline} Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n changes</source>
        <comment>Sent %n change</comment>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress dropped by {drop} points on average (0–10) across %n rated practices.</source>
        <comment>Stress dropped by {drop} points on average (0–10) across %n rated practice.</comment>
        <translation>
            <numerusform>Der Stress sank im Schnitt um {drop} Punkte (0–10) über %n bewertete Übung.</numerusform>
            <numerusform>Der Stress sank im Schnitt um {drop} Punkte (0–10) über %n bewertete Übungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress dropped most after {name}: {mean} on average (%n practices).</source>
        <comment>Stress dropped most after {name}: {mean} on average (%n practice).</comment>
        <translation>
            <numerusform>Der Stress sank am meisten nach {name}: im Schnitt {mean} (%n Übung).</numerusform>
            <numerusform>Der Stress sank am meisten nach {name}: im Schnitt {mean} (%n Übungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced {when} · %n changes from {computers}</source>
        <comment>Synced {when} · %n change from {computers}</comment>
        <translation>
            <numerusform>Synchronisiert {when} · %n Änderung von {computers}</numerusform>
            <numerusform>Synchronisiert {when} · %n Änderungen von {computers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: &lt;b&gt;{minutes}&lt;/b&gt; minutes over &lt;b&gt;%n&lt;/b&gt; practices.</source>
        <comment>This week: &lt;b&gt;{minutes}&lt;/b&gt; minutes over &lt;b&gt;%n&lt;/b&gt; practice.</comment>
        <translation>
            <numerusform>Diese Woche: &lt;b&gt;{minutes}&lt;/b&gt; Minuten in &lt;b&gt;%n&lt;/b&gt; Übung.</numerusform>
            <numerusform>Diese Woche: &lt;b&gt;{minutes}&lt;/b&gt; Minuten in &lt;b&gt;%n&lt;/b&gt; Übungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: {minutes} min of practice over %n sessions.</source>
        <comment>This week: {minutes} min of practice over %n session.</comment>
        <translation>
            <numerusform>Diese Woche: {minutes} Min. Übung in %n Einheit.</numerusform>
            <numerusform>Diese Woche: {minutes} Min. Übung in %n Einheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up %n points since {since}.</source>
        <comment>Up %n point since {since}.</comment>
        <translation>
            <numerusform>%n Punkt mehr seit {since}.</numerusform>
            <numerusform>%n Punkte mehr seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached the WHO {low} minutes in {met} of the last %n whole weeks; {so_far}</source>
        <comment>You reached the WHO {low} minutes in {met} of the last whole week; {so_far}</comment>
        <translation>
            <numerusform>Die WHO-{low} Minuten hast du in {met} der letzten %n ganzen Woche erreicht; {so_far}</numerusform>
            <numerusform>Die WHO-{low} Minuten hast du in {met} der letzten %n ganzen Wochen erreicht; {so_far}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>and %n more</comment>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n computers</source>
        <comment>from %n computer</comment>
        <translation>
            <numerusform>von %n Computer</numerusform>
            <numerusform>von %n Computern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n changes</source>
        <comment>received %n change</comment>
        <translation>
            <numerusform>%n Änderung empfangen</numerusform>
            <numerusform>%n Änderungen empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received {received} from %n computers</source>
        <comment>received {received} from %n computer</comment>
        <translation>
            <numerusform>{received} von %n Computer empfangen</numerusform>
            <numerusform>{received} von %n Computern empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n changes</source>
        <comment>sent %n change</comment>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{in_person} contacts in person and {online} online, with %n different people.</source>
        <comment>{in_person} contacts in person and {online} online, with %n person.</comment>
        <translation>
            <numerusform>{in_person} persönliche Kontakte und {online} online, mit %n Person.</numerusform>
            <numerusform>{in_person} persönliche Kontakte und {online} online, mit %n verschiedenen Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (group, %n members)</source>
        <comment>{name} (group, %n member)</comment>
        <translation>
            <numerusform>{name} (Gruppe, %n Mitglied)</numerusform>
            <numerusform>{name} (Gruppe, %n Mitglieder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {relationship}, closeness {closeness}, %n contacts in 90 days</source>
        <comment>{name}: {relationship}, closeness {closeness}, %n contact in 90 days</comment>
        <translation>
            <numerusform>{name}: {relationship}, Nähe {closeness}, %n Kontakt in 90 Tagen</numerusform>
            <numerusform>{name}: {relationship}, Nähe {closeness}, %n Kontakte in 90 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” (%n check-ins)</source>
        <comment>“{name}” (%n check-in)</comment>
        <translation>
            <numerusform>„{name}“ (%n Check-in)</numerusform>
            <numerusform>„{name}“ (%n Check-ins)</numerusform>
        </translation>
    </message>
    <message>
        <source>Please give the activity a name.</source>
        <translation>Bitte gib der Aktivität einen Namen.</translation>
    </message>
    <message>
        <source>Please keep the activity name under 80 characters.</source>
        <translation>Bitte halte den Namen der Aktivität unter 80 Zeichen.</translation>
    </message>
    <message>
        <source>The MET value must be a number between 1.0 and 23.0.</source>
        <translation>Der MET-Wert muss eine Zahl zwischen 1,0 und 23,0 sein.</translation>
    </message>
    <message>
        <source>The MET value must be between 1.0 and 23.0.</source>
        <translation>Der MET-Wert muss zwischen 1,0 und 23,0 liegen.</translation>
    </message>
    <message>
        <source>There is already an activity called “{name}”.</source>
        <translation>Es gibt bereits eine Aktivität namens „{name}“.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Die Datei {name} existiert nicht.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This looks like a Strava export: choose the Strava format instead.</source>
        <translation>Das sieht nach einem Strava-Export aus: Wähle stattdessen das Strava-Format.</translation>
    </message>
    <message>
        <source>Line 1: the header needs the columns date, activity and minutes (missing: {missing}).</source>
        <translation>Zeile 1: Die Kopfzeile braucht die Spalten date, activity und minutes (es fehlt: {missing}).</translation>
    </message>
    <message>
        <source>The file has no activities in it.</source>
        <translation>Die Datei enthält keine Aktivitäten.</translation>
    </message>
    <message>
        <source>An activity was deleted while the preview was open; try again.</source>
        <translation>Eine Aktivität wurde gelöscht, während die Vorschau offen war; versuche es erneut.</translation>
    </message>
    <message>
        <source>Please give the date and start time.</source>
        <translation>Bitte gib Datum und Startzeit an.</translation>
    </message>
    <message>
        <source>The start time is in the future. Log a session once it has started.</source>
        <translation>Die Startzeit liegt in der Zukunft. Trage eine Einheit ein, sobald sie begonnen hat.</translation>
    </message>
    <message>
        <source>Please choose an activity.</source>
        <translation>Bitte wähle eine Aktivität.</translation>
    </message>
    <message>
        <source>Minutes must be a whole number from 1 to 1440.</source>
        <translation>Die Minuten müssen eine ganze Zahl von 1 bis 1440 sein.</translation>
    </message>
    <message>
        <source>Perceived effort goes from 0 to 10.</source>
        <translation>Die empfundene Anstrengung reicht von 0 bis 10.</translation>
    </message>
    <message>
        <source>The distance must be between 0 and 2000 km.</source>
        <translation>Die Strecke muss zwischen 0 und 2000 km liegen.</translation>
    </message>
    <message>
        <source>Mood {label} goes from −5 to +5.</source>
        <translation>Stimmung {label} reicht von −5 bis +5.</translation>
    </message>
    <message>
        <source>One of the chosen people no longer exists.</source>
        <translation>Eine der ausgewählten Personen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>Eine der ausgewählten Gruppen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Diese Einheit gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>WHO guidelines on physical activity and sedentary behaviour, 2020: 150–300 min moderate a week, 1 vigorous minute = 2 moderate.</source>
        <translation>WHO-Leitlinien zu körperlicher Aktivität und sitzendem Verhalten, 2020: 150–300 Min. mäßige Aktivität pro Woche, 1 intensive Minute = 2 mäßige.</translation>
    </message>
    <message>
        <source>Each day with a session raises the score; a missed day lowers the score; it never resets to zero.</source>
        <translation>Jeder Tag mit einer Einheit hebt den Wert; ein ausgelassener Tag senkt ihn; er fällt nie auf null zurück.</translation>
    </message>
    <message>
        <source>Resilience is not a substitute for diagnosis, treatment or professional advice. If you are in danger, call your local emergency number.</source>
        <translation>Resilience ersetzt keine Diagnose, Behandlung oder professionelle Beratung. Wenn du in Gefahr bist, ruf die örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Emergency: call your local emergency number (911, 999, 112, 000).</source>
        <translation>Notfall: Ruf die örtliche Notrufnummer an (112, 911, 999, 000).</translation>
    </message>
    <message>
        <source>findahelpline.com lists verified helplines by country.</source>
        <translation>findahelpline.com führt geprüfte Hilfetelefone nach Ländern auf.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Call or text 988, or chat at 988lifeline.org.</source>
        <translation>Anrufen oder SMS an 988, oder Chat auf 988lifeline.org.</translation>
    </message>
    <message>
        <source>Text HOME to 741741.</source>
        <translation>SMS mit HOME an 741741.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Call 116 123 (free, 24/7) or email jo@samaritans.org.</source>
        <translation>Anrufen unter 116 123 (kostenlos, rund um die Uhr) oder E-Mail an jo@samaritans.org.</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258.</source>
        <translation>SMS mit SHOUT an 85258.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Text 50808.</source>
        <translation>SMS an 50808.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Call or text 988 (24/7).</source>
        <translation>Anrufen oder SMS an 988 (rund um die Uhr).</translation>
    </message>
    <message>
        <source>Call 1-800-668-6868, or text CONNECT to 686868.</source>
        <translation>Anrufen unter 1-800-668-6868 oder SMS mit CONNECT an 686868.</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Call 13 11 14, or text 0477 13 11 14.</source>
        <translation>Anrufen unter 13 11 14 oder SMS an 0477 13 11 14.</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Call or text 1737.</source>
        <translation>Anrufen oder SMS an 1737.</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Call 0800 111 0 111 or 0800 111 0 222 (free, 24/7).</source>
        <translation>Anrufen unter 0800 111 0 111 oder 0800 111 0 222 (kostenlos, rund um die Uhr).</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Call 3114 (numéro national de prévention du suicide, 24/7).</source>
        <translation>Anrufen unter 3114 (numéro national de prévention du suicide, rund um die Uhr).</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Call 14416.</source>
        <translation>Anrufen unter 14416.</translation>
    </message>
    <message>
        <source>Anywhere else</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Visit findahelpline.com for verified helplines in your country.</source>
        <translation>Auf findahelpline.com findest du geprüfte Hilfetelefone in deinem Land.</translation>
    </message>
    <message>
        <source>Your family doctor</source>
        <translation>Deine Hausärztin oder dein Hausarzt</translation>
    </message>
    <message>
        <source>A GP or primary-care doctor can talk things through, rule out physical causes and refer you to a psychologist, counsellor or psychiatrist.</source>
        <translation>Eine Hausärztin oder ein Hausarzt kann mit dir über alles sprechen, körperliche Ursachen ausschließen und dich an eine Psychologin, einen Psychotherapeuten oder eine Psychiaterin überweisen.</translation>
    </message>
    <message>
        <source>Professional directories</source>
        <translation>Verzeichnisse von Fachleuten</translation>
    </message>
    <message>
        <source>National associations of psychologists, counsellors and psychotherapists keep searchable directories of registered practitioners; look for one near you or one who works online.</source>
        <translation>Nationale Verbände von Psychologinnen, Beratern und Psychotherapeutinnen führen durchsuchbare Verzeichnisse zugelassener Fachleute; suche jemanden in deiner Nähe oder jemanden, der online arbeitet.</translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation>Arbeit oder Studium</translation>
    </message>
    <message>
        <source>Many employers offer a confidential Employee Assistance Programme with a few free sessions; universities and colleges have counselling services.</source>
        <translation>Viele Arbeitgeber bieten ein vertrauliches Mitarbeiterberatungsprogramm (EAP) mit einigen kostenlosen Sitzungen an; Hochschulen haben psychologische Beratungsstellen.</translation>
    </message>
    <message>
        <source>Online therapy</source>
        <translation>Online-Therapie</translation>
    </message>
    <message>
        <source>Licensed therapists also work by video, phone or message. Check that the therapist is registered with a professional body where you live.</source>
        <translation>Zugelassene Therapeutinnen und Therapeuten arbeiten auch per Video, Telefon oder Nachricht. Prüfe, ob die Person bei einer Berufskammer deines Wohnorts eingetragen ist.</translation>
    </message>
    <message>
        <source>Things may have been heavy lately. You don&apos;t have to carry them alone: talking with a doctor, a therapist or someone you trust can help, and the Support page has people you can reach any time.</source>
        <translation>In letzter Zeit war vielleicht vieles schwer. Du musst das nicht allein tragen: Ein Gespräch mit einer Ärztin, einem Therapeuten oder einem Menschen, dem du vertraust, kann helfen, und auf der Seite „Unterstützung“ findest du Menschen, die du jederzeit erreichen kannst.</translation>
    </message>
    <message>
        <source>Your answers suggest that bouncing back from hard times feels difficult at the moment.</source>
        <translation>Deine Antworten deuten darauf hin, dass es dir im Moment schwerfällt, dich von schwierigen Zeiten zu erholen.</translation>
    </message>
    <message>
        <source>Your answers suggest you bounce back from hard times about as well as most people.</source>
        <translation>Deine Antworten deuten darauf hin, dass du dich von schwierigen Zeiten etwa so gut erholst wie die meisten Menschen.</translation>
    </message>
    <message>
        <source>Your answers suggest you bounce back from hard times more easily than most people.</source>
        <translation>Deine Antworten deuten darauf hin, dass du dich von schwierigen Zeiten leichter erholst als die meisten Menschen.</translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been very low over the last two weeks.</source>
        <translation>Deine Antworten deuten darauf hin, dass dein Wohlbefinden in den letzten zwei Wochen sehr gering war.</translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been on the low side over the last two weeks.</source>
        <translation>Deine Antworten deuten darauf hin, dass dein Wohlbefinden in den letzten zwei Wochen eher gering war.</translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been reasonably good over the last two weeks.</source>
        <translation>Deine Antworten deuten darauf hin, dass dein Wohlbefinden in den letzten zwei Wochen recht gut war.</translation>
    </message>
    <message>
        <source>Your self-esteem score is {score} out of {high}. This questionnaire has no official cut-offs: what matters is how it moves over time for you.</source>
        <translation>Dein Selbstwert-Wert liegt bei {score} von {high}. Dieser Fragebogen hat keine offiziellen Grenzwerte: Wichtig ist, wie er sich bei dir über die Zeit bewegt.</translation>
    </message>
    <message>
        <source>Your well-being score is {score} out of 100. {reading}</source>
        <translation>Dein Wohlbefindens-Wert liegt bei {score} von 100. {reading}</translation>
    </message>
    <message>
        <source>Your resilience score is {score} (from {low} to {high}). {reading}</source>
        <translation>Dein Resilienz-Wert liegt bei {score} (von {low} bis {high}). {reading}</translation>
    </message>
    <message>
        <source>This is your first answer to this questionnaire: next time you will see the change.</source>
        <translation>Das ist deine erste Antwort auf diesen Fragebogen: Beim nächsten Mal siehst du die Veränderung.</translation>
    </message>
    <message>
        <source>The same score as last time (since {since}).</source>
        <translation>Derselbe Wert wie beim letzten Mal (seit {since}).</translation>
    </message>
    <message>
        <source>Up {amount} since {since}.</source>
        <translation>{amount} mehr seit {since}.</translation>
    </message>
    <message>
        <source>Down {amount} since {since}.</source>
        <translation>{amount} weniger seit {since}.</translation>
    </message>
    <message>
        <source>A change of 10 points or more is considered meaningful.</source>
        <translation>Eine Veränderung um 10 Punkte oder mehr gilt als bedeutsam.</translation>
    </message>
    <message>
        <source>Changes under 10 points are within the usual ups and downs.</source>
        <translation>Veränderungen unter 10 Punkten liegen im Rahmen der üblichen Schwankungen.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Zweimal im Jahr</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>{name}: not taken yet</source>
        <translation>{name}: noch nicht ausgefüllt</translation>
    </message>
    <message>
        <source>{name}: due (last taken {day})</source>
        <translation>{name}: fällig (zuletzt ausgefüllt {day})</translation>
    </message>
    <message>
        <source>Three good things</source>
        <translation>Drei gute Dinge</translation>
    </message>
    <message>
        <source>three good things</source>
        <translation>drei gute Dinge</translation>
    </message>
    <message>
        <source>Give the strength a name, in your own words.</source>
        <translation>Gib der Stärke einen Namen, in deinen eigenen Worten.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max_name} characters).</source>
        <translation>Der Name ist zu lang (höchstens {max_name} Zeichen).</translation>
    </message>
    <message>
        <source>That strength no longer exists.</source>
        <translation>Diese Stärke gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Write all three good things (a few words each is enough).</source>
        <translation>Schreib alle drei guten Dinge auf (ein paar Wörter für jedes genügen).</translation>
    </message>
    <message>
        <source>The draft&apos;s date: {error}</source>
        <translation>Datum des Entwurfs: {error}</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Freies Schreiben</translation>
    </message>
    <message>
        <source>Hard time</source>
        <translation>Schwere Zeit</translation>
    </message>
    <message>
        <source>Growth reflection</source>
        <translation>Rückblick auf Wachstum</translation>
    </message>
    <message>
        <source>What is on your mind? Write whatever comes, no one else will read it.</source>
        <translation>Was beschäftigt dich? Schreib einfach, was kommt – niemand sonst wird es lesen.</translation>
    </message>
    <message>
        <source>Three good things: what went well today, and why did it happen?</source>
        <translation>Drei gute Dinge: Was ist heute gut gelaufen, und warum ist es passiert?</translation>
    </message>
    <message>
        <source>What happened? How do you feel right now? What do you need?</source>
        <translation>Was ist passiert? Wie fühlst du dich gerade? Was brauchst du?</translation>
    </message>
    <message>
        <source>Looking back: what helped? What did you learn? Who supported you?</source>
        <translation>Rückblick: Was hat geholfen? Was hast du gelernt? Wer hat dich unterstützt?</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation>{what} muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The entry is empty: write something before saving.</source>
        <translation>Der Eintrag ist leer: Schreib etwas, bevor du speicherst.</translation>
    </message>
    <message>
        <source>Choose a date for the entry.</source>
        <translation>Wähle ein Datum für den Eintrag.</translation>
    </message>
    <message>
        <source>{isoformat} is in the future. An entry can be for today or any earlier day.</source>
        <translation>{isoformat} liegt in der Zukunft. Ein Eintrag kann für heute oder einen früheren Tag sein.</translation>
    </message>
    <message>
        <source>Choose what kind of entry this is.</source>
        <translation>Wähle, welche Art von Eintrag das ist.</translation>
    </message>
    <message>
        <source>A mood check-in needs both pleasantness and energy.</source>
        <translation>Ein Stimmungs-Check-in braucht sowohl Wohlbefinden als auch Energie.</translation>
    </message>
    <message>
        <source>This entry no longer exists; copy your text into a new entry to keep it.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; kopiere deinen Text in einen neuen Eintrag, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>3 days ago</source>
        <translation>vor 3 Tagen</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>vor einem Monat</translation>
    </message>
    <message>
        <source>six months ago</source>
        <translation>vor sechs Monaten</translation>
    </message>
    <message>
        <source>What helped? What did you learn? Who supported you?</source>
        <translation>Was hat geholfen? Was hast du gelernt? Wer hat dich unterstützt?</translation>
    </message>
    <message>
        <source>Looking back: a hard time {when}</source>
        <translation>Rückblick: eine schwere Zeit {when}</translation>
    </message>
    <message>
        <source>today</source>
        <comment>earlier today</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <source>{text!r} is not an entry uid (32 hex digits, or at least the first {min_uid_prefix}).</source>
        <translation>{text!r} ist keine Eintrags-UID (32 Hexadezimalziffern oder mindestens die ersten {min_uid_prefix}).</translation>
    </message>
    <message>
        <source>No entry has the uid {text!r}.</source>
        <translation>Kein Eintrag hat die UID {text!r}.</translation>
    </message>
    <message>
        <source>More than one entry&apos;s uid starts with {text!r}; give more of it.</source>
        <translation>Die UID mehrerer Einträge beginnt mit {text!r}; gib mehr davon an.</translation>
    </message>
    <message>
        <source>That entry is in the Trash; restore it in the window first.</source>
        <translation>Dieser Eintrag ist im Papierkorb; stelle ihn zuerst im Fenster wieder her.</translation>
    </message>
    <message>
        <source>Unknown reason for keeping a text: {reason!r}.</source>
        <translation>Unbekannter Grund, einen Text zu behalten: {reason!r}.</translation>
    </message>
    <message>
        <source>That earlier version no longer exists.</source>
        <translation>Diese frühere Fassung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Online community</source>
        <translation>Online-Gemeinschaft</translation>
    </message>
    <message>
        <source>A contact cannot be logged in the future.</source>
        <translation>Ein Kontakt kann nicht in der Zukunft eingetragen werden.</translation>
    </message>
    <message>
        <source>Choose at least one person or a group.</source>
        <translation>Wähle mindestens eine Person oder eine Gruppe.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Unbekannter Kanal: {channel}.</translation>
    </message>
    <message>
        <source>Duration must be between 1 minute and 24 hours.</source>
        <translation>Die Dauer muss zwischen 1 Minute und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>&apos;How supported did I feel&apos; goes from 1 to 5.</source>
        <translation>„Wie unterstützt habe ich mich gefühlt“ reicht von 1 bis 5.</translation>
    </message>
    <message>
        <source>Mood after goes from -5 to +5.</source>
        <translation>Die Stimmung danach reicht von −5 bis +5.</translation>
    </message>
    <message>
        <source>The note is too long (at most {max_note} characters).</source>
        <translation>Die Notiz ist zu lang (höchstens {max_note} Zeichen).</translation>
    </message>
    <message>
        <source>Someone in this contact no longer exists.</source>
        <translation>Jemand aus diesem Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Diese Gruppe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>already in your people</source>
        <translation>bereits bei deinen Menschen</translation>
    </message>
    <message>
        <source>appears more than once in this file</source>
        <translation>kommt in dieser Datei mehrmals vor</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Praktisch</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <source>Book club</source>
        <translation>Buchclub</translation>
    </message>
    <message>
        <source>Sports league</source>
        <translation>Sportverein</translation>
    </message>
    <message>
        <source>Art class</source>
        <translation>Malkurs</translation>
    </message>
    <message>
        <source>Volunteer association</source>
        <translation>Ehrenamtlicher Verein</translation>
    </message>
    <message>
        <source>Faith or community group</source>
        <translation>Glaubens- oder Gemeindegruppe</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>Close friend</source>
        <translation>Enge Freundin oder enger Freund</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freundin oder Freund</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollegin oder Kollege</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Nachbarin oder Nachbar</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <source>Professional (e.g. therapist)</source>
        <translation>Fachperson (z. B. Therapeut/in)</translation>
    </message>
    <message>
        <source>Online friend</source>
        <translation>Online-Freundschaft</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Please give the {what} a name.</source>
        <translation>Bitte gib einen Namen an ({what}).</translation>
    </message>
    <message>
        <source>That name is too long (at most {max_name} characters).</source>
        <translation>Dieser Name ist zu lang (höchstens {max_name} Zeichen).</translation>
    </message>
    <message>
        <source>Unknown relationship: {relationship}.</source>
        <translation>Unbekannte Beziehung: {relationship}.</translation>
    </message>
    <message>
        <source>Closeness goes from 1 to 5.</source>
        <translation>Nähe reicht von 1 bis 5.</translation>
    </message>
    <message>
        <source>Unknown kind of support: {unknown}.</source>
        <translation>Unbekannte Art von Unterstützung: {unknown}.</translation>
    </message>
    <message>
        <source>Stay-in-touch cadence must be 1 to {max_cadence_days} days.</source>
        <translation>Der Kontaktrhythmus muss 1 bis {max_cadence_days} Tage betragen.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>Ein Geburtstag kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Diese Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Unknown kind of group: {kind}.</source>
        <translation>Unbekannte Art von Gruppe: {kind}.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nobody is down for emotional support yet. Who could you talk to when things are hard?</source>
        <translation>Noch niemand ist für emotionale Unterstützung eingetragen. Mit wem könntest du sprechen, wenn es schwer ist?</translation>
    </message>
    <message>
        <source>Nobody is down for practical help yet. Is there someone who could lend a hand with everyday things?</source>
        <translation>Noch niemand ist für praktische Hilfe eingetragen. Gibt es jemanden, der dir im Alltag zur Hand gehen könnte?</translation>
    </message>
    <message>
        <source>Nobody is down for advice yet. A mentor, a friend or a professional could be someone to ask.</source>
        <translation>Noch niemand ist für Rat eingetragen. Eine Mentorin, ein Freund oder eine Fachperson könnte jemand sein, den du fragen kannst.</translation>
    </message>
    <message>
        <source>Nobody is down for companionship yet. A group or a class can be a gentle way to spend time with others.</source>
        <translation>Noch niemand ist für Gesellschaft eingetragen. Eine Gruppe oder ein Kurs kann ein sanfter Weg sein, Zeit mit anderen zu verbringen.</translation>
    </message>
    <message>
        <source>Line {line}: a new card starts before the card from line {begin_line} ended (END:VCARD missing).</source>
        <translation>Zeile {line}: Eine neue Karte beginnt, bevor die Karte aus Zeile {begin_line} endet (END:VCARD fehlt).</translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD without a BEGIN:VCARD.</source>
        <translation>Zeile {line}: END:VCARD ohne BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Line {line}: text outside a card (expected BEGIN:VCARD). Is this a vCard (.vcf) file?</source>
        <translation>Zeile {line}: Text außerhalb einer Karte (erwartet: BEGIN:VCARD). Ist das eine vCard-Datei (.vcf)?</translation>
    </message>
    <message>
        <source>The card starting on line {begin_line} never ends (END:VCARD missing); the file may be cut short.</source>
        <translation>Die Karte ab Zeile {begin_line} endet nie (END:VCARD fehlt); die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>No contacts found: the file has no BEGIN:VCARD.</source>
        <translation>Keine Kontakte gefunden: Die Datei enthält kein BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Line {line}: the {name} value cannot be read as {charset} text.</source>
        <translation>Zeile {line}: Der Wert {name} kann nicht als {charset}-Text gelesen werden.</translation>
    </message>
    <message>
        <source>Line {line}: vCard version {version} is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>Zeile {line}: vCard-Version {version} wird nicht unterstützt (2.1, 3.0 und 4.0 schon).</translation>
    </message>
    <message>
        <source>The card on line {line}: {error}</source>
        <translation>Die Karte in Zeile {line}: {error}</translation>
    </message>
    <message>
        <source>Line {line}: the birthday “{text}” is not a real date like 1990-04-01.</source>
        <translation>Zeile {line}: Der Geburtstag „{text}“ ist kein echtes Datum wie 1990-04-01.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a valid choice.</source>
        <translation>{key}: {value!r} ist keine gültige Auswahl.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Help-line region</source>
        <translation>Region der Hilfetelefone</translation>
    </message>
    <message>
        <source>Week start</source>
        <translation>Wochenbeginn</translation>
    </message>
    <message>
        <source>Stay-in-touch cadence</source>
        <translation>Kontaktrhythmus</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <source>Daily check-in time</source>
        <translation>Uhrzeit des täglichen Check-ins</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Uhrzeit des Wochenrückblicks</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Name on the summary</source>
        <translation>Name auf der Zusammenfassung</translation>
    </message>
    <message>
        <source>{folder} holds no sync folder file (journal.json), but this journal syncs with another folder. Nothing was changed.</source>
        <translation>{folder} enthält keine Datei eines Sync-Ordners (journal.json), aber dieses Tagebuch wird mit einem anderen Ordner synchronisiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A passphrase for the new sync folder is needed.</source>
        <translation>Für den neuen Sync-Ordner wird eine Passphrase benötigt.</translation>
    </message>
    <message>
        <source>{folder} belongs to another journal. Nothing was changed.</source>
        <translation>{folder} gehört zu einem anderen Tagebuch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The sync folder&apos;s passphrase is needed to join it.</source>
        <translation>Um dem Sync-Ordner beizutreten, wird seine Passphrase benötigt.</translation>
    </message>
    <message>
        <source>{folder} is not a Resilience sync folder file, or it is damaged (perhaps still arriving). Nothing was changed.</source>
        <translation>{folder} ist keine Datei eines Resilience-Sync-Ordners oder sie ist beschädigt (vielleicht wird sie noch übertragen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key record in {folder} is damaged. Nothing was changed.</source>
        <translation>Der Schlüsseleintrag in {folder} ist beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That is not the sync folder&apos;s passphrase. Nothing was changed.</source>
        <translation>Das ist nicht die Passphrase des Sync-Ordners. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name}: longer than 1 MB</source>
        <translation>{name}: größer als 1 MB</translation>
    </message>
    <message>
        <source>{name}: the note is not UTF-8 text.</source>
        <translation>{name}: Die Notiz ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>{name}: the note is not text (it holds NUL bytes).</source>
        <translation>{name}: Die Notiz ist kein Text (sie enthält NUL-Bytes).</translation>
    </message>
    <message>
        <source>{name}, line 1: {line!r} is not a date and time written YYYY-MM-DD HH:MM.</source>
        <translation>{name}, Zeile 1: {line!r} ist kein Datum mit Uhrzeit in der Form JJJJ-MM-TT HH:MM.</translation>
    </message>
    <message>
        <source>{name}, line 1: {line!r} is not a real date and time.</source>
        <translation>{name}, Zeile 1: {line!r} ist kein echtes Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>{name}, line {number}: &apos;mood:&apos; needs two whole numbers from -5 to 5, pleasantness then energy (like &apos;mood: 2 -1&apos;), not {value!r}.</source>
        <translation>{name}, Zeile {number}: „mood:“ braucht zwei ganze Zahlen von -5 bis 5, erst Wohlbefinden, dann Energie (etwa „mood: 2 -1“), nicht {value!r}.</translation>
    </message>
    <message>
        <source>{name}: the note has no text to keep.</source>
        <translation>{name}: Die Notiz enthält keinen Text, der behalten werden kann.</translation>
    </message>
    <message>
        <source>{folder} is not a sync folder (no journal.json).</source>
        <translation>{folder} ist kein Sync-Ordner (keine journal.json).</translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation>Stimmungs-Check-in</translation>
    </message>
    <message>
        <source>Circuit training</source>
        <translation>Zirkeltraining</translation>
    </message>
    <message>
        <source>Swimming laps, slow</source>
        <translation>Bahnenschwimmen, langsam</translation>
    </message>
    <message>
        <source>Yoga, Hatha</source>
        <translation>Yoga, Hatha</translation>
    </message>
    <message>
        <source>Pilates</source>
        <translation>Pilates</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Resistance training</source>
        <translation>Krafttraining</translation>
    </message>
    <message>
        <source>Dancing, general</source>
        <translation>Tanzen, allgemein</translation>
    </message>
    <message>
        <source>Basketball, general</source>
        <translation>Basketball, allgemein</translation>
    </message>
    <message>
        <source>{name} holds no export.xml: this is not Apple Health&apos;s export.zip.</source>
        <translation>{name} enthält keine export.xml: Das ist nicht die export.zip von Apple Health.</translation>
    </message>
    <message>
        <source>{where}, attribute &quot;{name}&quot;: {reason}</source>
        <translation>{where}, Attribut „{name}“: {reason}</translation>
    </message>
    <message>
        <source>{where}: unknown distance unit “{unit}”.</source>
        <translation>{where}: unbekannte Entfernungseinheit „{unit}“.</translation>
    </message>
    <message>
        <source>{where}: unknown duration unit “{unit}”.</source>
        <translation>{where}: unbekannte Zeiteinheit „{unit}“.</translation>
    </message>
    <message>
        <source>{where}: it ends before it starts.</source>
        <translation>{where}: Das Ende liegt vor dem Anfang.</translation>
    </message>
    <message>
        <source>{name} is not an Apple Health export (it starts with &lt;{tag}&gt;).</source>
        <translation>{name} ist kein Apple-Health-Export (die Datei beginnt mit &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>export.xml is not complete, well-formed XML (line {position}): it may be cut off.</source>
        <translation>export.xml ist kein vollständiges, wohlgeformtes XML (Zeile {position}): Die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>{name} is damaged ({error}).</source>
        <translation>{name} ist beschädigt ({error}).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is not a complete zip archive (it may be cut off or damaged: {error}).</source>
        <translation>{name} ist kein vollständiges ZIP-Archiv (vielleicht abgeschnitten oder beschädigt: {error}).</translation>
    </message>
    <message>
        <source>{name} is {file_size} MB, too large to import.</source>
        <translation>{name} ist {file_size} MB groß, zu groß zum Importieren.</translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({error}).</source>
        <translation>{name} kann nicht aus dem Archiv gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON{value}.</source>
        <translation>{name} ist kein gültiges JSON{value}.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply.</source>
        <translation>{name} ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>{where}, field &quot;timeZone&quot;: expected a time zone name.</source>
        <translation>{where}, Feld „timeZone“: Erwartet wurde der Name einer Zeitzone.</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a known time zone.</source>
        <translation>{where}: „{name}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Line 1: this is not a Bearable export (column &quot;{missing}&quot; is missing).</source>
        <translation>Zeile 1: Das ist kein Bearable-Export (Spalte „{missing}“ fehlt).</translation>
    </message>
    <message>
        <source>{where}, field &quot;date&quot;: {error}</source>
        <translation>{where}, Feld „date“: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;time of day&quot;: {error}</source>
        <translation>{where}, Feld „time of day“: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;rating/amount&quot;: {error}</source>
        <translation>{where}, Feld „rating/amount“: {error}</translation>
    </message>
    <message>
        <source>{where}: the catalogue has no “Circuit training” to log it as.</source>
        <translation>{where}: Der Katalog enthält kein „Zirkeltraining“, als das es eingetragen werden könnte.</translation>
    </message>
    <message>
        <source>Line {line}: a quoted field starting here never ends (a &quot; is missing); the file may be cut off.</source>
        <translation>Zeile {line}: Ein hier beginnendes Feld in Anführungszeichen endet nie (ein &quot; fehlt); die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>Line {line}: a line break inside a field that is not in quotes; the file may have been changed by another program.</source>
        <translation>Zeile {line}: ein Zeilenumbruch in einem Feld ohne Anführungszeichen; die Datei wurde vielleicht von einem anderen Programm verändert.</translation>
    </message>
    <message>
        <source>Line {line}: the file holds binary data (NUL bytes), not CSV text.</source>
        <translation>Zeile {line}: Die Datei enthält Binärdaten (NUL-Bytes), keinen CSV-Text.</translation>
    </message>
    <message>
        <source>Line {line}: not valid CSV ({text}).</source>
        <translation>Zeile {line}: kein gültiges CSV ({text}).</translation>
    </message>
    <message>
        <source>The file looks cut off at line {line}: that row has {cells} fields, the header has {low}.</source>
        <translation>Die Datei scheint bei Zeile {line} abgeschnitten zu sein: Diese Zeile hat {cells} Felder, die Kopfzeile hat {low}.</translation>
    </message>
    <message>
        <source>Line {line}: {cells} fields, but the header has {expected}.</source>
        <translation>Zeile {line}: {cells} Felder, aber die Kopfzeile hat {expected}.</translation>
    </message>
    <message>
        <source>Line 1: this is not a Daylio export (column &quot;{missing}&quot; is missing).</source>
        <translation>Zeile 1: Das ist kein Daylio-Export (Spalte „{missing}“ fehlt).</translation>
    </message>
    <message>
        <source>{where}, field &quot;full_date&quot;: {error}</source>
        <translation>{where}, Feld „full_date“: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;time&quot;: {error}</source>
        <translation>{where}, Feld „time“: {error}</translation>
    </message>
    <message>
        <source>Custom mood &quot;{name}&quot;: pleasantness goes from −5 to +5.</source>
        <translation>Eigene Stimmung „{name}“: Das Wohlbefinden reicht von −5 bis +5.</translation>
    </message>
    <message>
        <source>audio recordings</source>
        <translation>Audioaufnahmen</translation>
    </message>
    <message>
        <source>PDF attachments</source>
        <translation>PDF-Anhänge</translation>
    </message>
    <message>
        <source>{name} holds no journal (.json) at its top level: this is not a Day One JSON export.</source>
        <translation>{name} enthält auf oberster Ebene kein Tagebuch (.json): Das ist kein Day-One-JSON-Export.</translation>
    </message>
    <message>
        <source>{name}: this is not a Day One JSON export (field &quot;entries&quot; is missing).</source>
        <translation>{name}: Das ist kein Day-One-JSON-Export (Feld „entries“ fehlt).</translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: missing.</source>
        <translation>{where}, Feld „creationDate“: fehlt.</translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: “{text}” is not a date and time like 2024-05-31T18:30:00Z.</source>
        <translation>{where}, Feld „creationDate“: „{text}“ ist kein Datum mit Uhrzeit wie 2024-05-31T18:30:00Z.</translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: {error}</source>
        <translation>{where}, Feld „creationDate“: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;tags&quot;: expected a list of text.</source>
        <translation>{where}, Feld „tags“: Erwartet wurde eine Liste von Texten.</translation>
    </message>
    <message>
        <source>{where}: expected an object.</source>
        <translation>{where}: Erwartet wurde ein Objekt.</translation>
    </message>
    <message>
        <source>{where}, field &quot;uuid&quot;: missing.</source>
        <translation>{where}, Feld „uuid“: fehlt.</translation>
    </message>
    <message>
        <source>{where}, field &quot;text&quot;: expected text.</source>
        <translation>{where}, Feld „text“: Erwartet wurde Text.</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({where}).</source>
        <translation>Die Datei ist kein gültiges JSON ({where}).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a Resilience export.</source>
        <translation>Die Datei ist zu tief verschachtelt, um ein Resilience-Export zu sein.</translation>
    </message>
    <message>
        <source>This is not a Resilience export (field &quot;format&quot;).</source>
        <translation>Das ist kein Resilience-Export (Feld „format“).</translation>
    </message>
    <message>
        <source>Field &quot;format_version&quot;: {version!r} is not one this version ({version2}) can read.</source>
        <translation>Feld „format_version“: {version!r} kann diese Version ({version2}) nicht lesen.</translation>
    </message>
    <message>
        <source>Field &quot;tables&quot; is missing or not an object.</source>
        <translation>Feld „tables“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>Jogging</source>
        <translation>Joggen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{name}: not complete, well-formed XML (line {position}); it may be cut off.</source>
        <translation>{name}: kein vollständiges, wohlgeformtes XML (Zeile {position}); die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>{name} is not a TCX activity file.</source>
        <translation>{name} ist keine TCX-Aktivitätsdatei.</translation>
    </message>
    <message>
        <source>{where}, &lt;Id&gt;: “{stamp}” is not a start time ({error}).</source>
        <translation>{where}, &lt;Id&gt;: „{stamp}“ ist keine Startzeit ({error}).</translation>
    </message>
    <message>
        <source>{name}, line 1: this is not Google Fit&apos;s daily activity metrics CSV (column &quot;Date&quot; is missing).</source>
        <translation>{name}, Zeile 1: Das ist nicht die CSV mit den täglichen Aktivitätswerten von Google Fit (Spalte „Date“ fehlt).</translation>
    </message>
    <message>
        <source>{name} holds no .tcx activity or daily metrics CSV: this is not Google Fit&apos;s Takeout export.</source>
        <translation>{name} enthält weder eine .tcx-Aktivität noch eine CSV mit Tageswerten: Das ist kein Google-Fit-Export aus Takeout.</translation>
    </message>
    <message>
        <source>{name}: nothing Google Fit exports was found in it.</source>
        <translation>{name}: Darin wurde nichts gefunden, was Google Fit exportiert.</translation>
    </message>
    <message>
        <source>{where}: expected an object (this is not a Journey entry).</source>
        <translation>{where}: Erwartet wurde ein Objekt (das ist kein Journey-Eintrag).</translation>
    </message>
    <message>
        <source>{where}, field &quot;date_journal&quot;: missing (this is not a Journey entry).</source>
        <translation>{where}, Feld „date_journal“: fehlt (das ist kein Journey-Eintrag).</translation>
    </message>
    <message>
        <source>{where}, field &quot;date_journal&quot;: {error}</source>
        <translation>{where}, Feld „date_journal“: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;mood&quot;: {mood!r} is not a mood from 1 to 5.</source>
        <translation>{where}, Feld „mood“: {mood!r} ist keine Stimmung von 1 bis 5.</translation>
    </message>
    <message>
        <source>Journey entry</source>
        <translation>Journey-Eintrag</translation>
    </message>
    <message>
        <source>{name} holds no entry (.json) files: this is not a Journey export.</source>
        <translation>{name} enthält keine Eintragsdateien (.json): Das ist kein Journey-Export.</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({error}).</source>
        <translation>Die Datei ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a jrnl export.</source>
        <translation>Die Datei ist zu tief verschachtelt, um ein jrnl-Export zu sein.</translation>
    </message>
    <message>
        <source>This is not a jrnl JSON export (field &quot;entries&quot; is missing).</source>
        <translation>Das ist kein jrnl-JSON-Export (Feld „entries“ fehlt).</translation>
    </message>
    <message>
        <source>{where}, field &quot;{name}&quot;: expected text.</source>
        <translation>{where}, Feld „{name}“: Erwartet wurde Text.</translation>
    </message>
    <message>
        <source>{where}, field &quot;{name}&quot;: {error}</source>
        <translation>{where}, Feld „{name}“: {error}</translation>
    </message>
    <message>
        <source>Field &quot;schema_version&quot;: {schema_version!r} is newer than this version of Resilience can read.</source>
        <translation>Feld „schema_version“: {schema_version!r} ist neuer, als diese Version von Resilience lesen kann.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot; does not exist in this version of Resilience.</source>
        <translation>Tabelle „{name}“ gibt es in dieser Version von Resilience nicht.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: needs &quot;columns&quot; and &quot;rows&quot; lists.</source>
        <translation>Tabelle „{name}“: braucht die Listen „columns“ und „rows“.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: unknown field {column!r}.</source>
        <translation>Tabelle „{name}“: unbekanntes Feld {column!r}.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: a field is listed twice.</source>
        <translation>Tabelle „{name}“: Ein Feld ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The data does not fit together ({error}).</source>
        <translation>Die Daten passen nicht zusammen ({error}).</translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;, row {number}: this value is not allowed ({error}).</source>
        <translation>Tabelle „{name}“, Zeile {number}: Dieser Wert ist nicht erlaubt ({error}).</translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;: a row is not allowed ({error}).</source>
        <translation>Tabelle „{name}“: Eine Zeile ist nicht erlaubt ({error}).</translation>
    </message>
    <message>
        <source>{where}: expected {columns} values.</source>
        <translation>{where}: {columns} Werte erwartet.</translation>
    </message>
    <message>
        <source>{where}, field &quot;{column}&quot;: {error}</source>
        <translation>{where}, Feld „{column}“: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;uid&quot;: the same row id appears twice.</source>
        <translation>{where}, Feld „uid“: Dieselbe Zeilen-ID kommt zweimal vor.</translation>
    </message>
    <message>
        <source>{where}, field &quot;value&quot; ({key}): {error}</source>
        <translation>{where}, Feld „value“ ({key}): {error}</translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;, row {number}, field &quot;{column}&quot;: {value!r} points at no row of &quot;{parent}&quot;.</source>
        <translation>Tabelle „{name}“, Zeile {number}, Feld „{column}“: {value!r} verweist auf keine Zeile von „{parent}“.</translation>
    </message>
    <message>
        <source>save it as UTF-8 and try again.</source>
        <translation>speichere sie als UTF-8 und versuche es erneut.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Die Datei kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The file is {size}; this importer reads at most {max_bytes}. Split it into smaller files.</source>
        <translation>Die Datei ist {size} groß; dieser Import liest höchstens {max_bytes}. Teile sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (it is {name} text); {save_as_utf}</source>
        <translation>Die Datei ist nicht in UTF-8 (sie ist {name}-Text); {save_as_utf}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (it looks like UTF-16 text); {save_as_utf}</source>
        <translation>Die Datei ist nicht in UTF-8 (sie sieht nach UTF-16-Text aus); {save_as_utf}</translation>
    </message>
    <message>
        <source>The file is not text (it holds binary data).</source>
        <translation>Die Datei ist kein Text (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (looks like {sample}); {save_as_utf}</source>
        <translation>Die Datei ist nicht in UTF-8 (sieht aus wie {sample}); {save_as_utf}</translation>
    </message>
    <message>
        <source>The file is not text (it holds NUL bytes).</source>
        <translation>Die Datei ist kein Text (sie enthält NUL-Bytes).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app_name} {version}&lt;/h3&gt;&lt;p&gt;An offline companion for building emotional resilience. Everything stays on this computer; Resilience never opens a network connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{disclaimer}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Resilience is free software under the GNU GPL v3 or later (the LICENSE file). The Qt libraries are used unmodified and can be replaced in the installed folder, as the LGPL allows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app_name} {version}&lt;/h3&gt;&lt;p&gt;Ein Offline-Begleiter, um emotionale Widerstandskraft aufzubauen. Alles bleibt auf diesem Computer; Resilience stellt nie eine Netzwerkverbindung her.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{disclaimer}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Resilience ist freie Software unter der GNU GPL v3 oder später (Datei LICENSE). Die Qt-Bibliotheken werden unverändert verwendet und können im installierten Ordner ersetzt werden, wie es die LGPL erlaubt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app_name}</source>
        <translation>Über {app_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {safety_line}</source>
        <translation>&lt;b&gt;Sicherheit:&lt;/b&gt; {safety_line}</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Sicherheit…</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>My patterns…</source>
        <translation>Meine Muster…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Übung</translation>
    </message>
    <message>
        <source>Length in minutes or breaths</source>
        <translation>Dauer in Minuten oder Atemzügen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Begi&amp;nner (4-7-8: at most 4 breaths)</source>
        <translation>A&amp;nfänger (4-7-8: höchstens 4 Atemzüge)</translation>
    </message>
    <message>
        <source>&amp;Tones (one in, two out)</source>
        <translation>&amp;Töne (einer beim Ein-, zwei beim Ausatmen)</translation>
    </message>
    <message>
        <source>Re&amp;duced motion</source>
        <translation>Weniger &amp;Bewegung</translation>
    </message>
    <message>
        <source>No practice yet this week.</source>
        <translation>Diese Woche noch keine Übung.</translation>
    </message>
    <message>
        <source> Last: {label}, {started_at}.</source>
        <translation> Zuletzt: {label}, {started_at}.</translation>
    </message>
    <message>
        <source>No sound output here: follow the words and the circle.</source>
        <translation>Hier gibt es keine Tonausgabe: Folge den Worten und dem Kreis.</translation>
    </message>
    <message>
        <source>When feelings run high, your senses can bring you back to the here and now. Press Start and take each step at your own pace; writing anything down is optional.</source>
        <translation>Wenn die Gefühle hochkochen, können deine Sinne dich ins Hier und Jetzt zurückholen. Drück auf Start und geh jeden Schritt in deinem eigenen Tempo; etwas aufzuschreiben ist freiwillig.</translation>
    </message>
    <message>
        <source>Notes for this step (optional)</source>
        <translation>Notizen zu diesem Schritt (optional)</translation>
    </message>
    <message>
        <source>Optional: write what you notice.</source>
        <translation>Optional: Schreib auf, was du bemerkst.</translation>
    </message>
    <message>
        <source>&amp;Keep my notes with this practice</source>
        <translation>Meine Notizen mit dieser Übung &amp;behalten</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>5-4-3-2-1 grounding</source>
        <translation>5-4-3-2-1-Erdung</translation>
    </message>
    <message>
        <source>{count} {things} you can {sense}</source>
        <translation>{count} {things}, die du {sense} kannst</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Choose a script and press Start. Each part stays on screen long enough to read slowly and picture it; Right arrow moves on sooner, Left goes back.</source>
        <translation>Wähle ein Skript und drück auf Start. Jeder Teil bleibt lange genug auf dem Bildschirm, um ihn langsam zu lesen und sich vorzustellen; mit der Pfeiltaste nach rechts geht es früher weiter, mit der nach links zurück.</translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation>Fortschritt im Skript</translation>
    </message>
    <message>
        <source>Guided imagery script</source>
        <translation>Skript für eine Fantasiereise</translation>
    </message>
    <message>
        <source>Move &amp;on by itself</source>
        <translation>Von selbst &amp;weitergehen</translation>
    </message>
    <message>
        <source>Soft bell bet&amp;ween parts</source>
        <translation>Sanfte Glocke &amp;zwischen den Teilen</translation>
    </message>
    <message>
        <source>Read a&amp;loud</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <source>Uses your system&apos;s voice, when it has one.</source>
        <translation>Verwendet die Stimme deines Systems, wenn es eine hat.</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Skript:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{intro}&lt;br&gt;&lt;br&gt;About {total_seconds} minutes.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{intro}&lt;br&gt;&lt;br&gt;Etwa {total_seconds} Minuten.</translation>
    </message>
    <message>
        <source>No system voice was found, so the text is shown only.</source>
        <translation>Es wurde keine Systemstimme gefunden, daher wird der Text nur angezeigt.</translation>
    </message>
    <message>
        <source>Meditation timer</source>
        <translation>Meditations-Timer</translation>
    </message>
    <message>
        <source>No interval bells</source>
        <translation>Keine Intervallglocken</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every 2 minutes</source>
        <translation>alle 2 Minuten</translation>
    </message>
    <message>
        <source>every 3 minutes</source>
        <translation>alle 3 Minuten</translation>
    </message>
    <message>
        <source>every 5 minutes</source>
        <translation>alle 5 Minuten</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>alle 10 Minuten</translation>
    </message>
    <message>
        <source>every 15 minutes</source>
        <translation>alle 15 Minuten</translation>
    </message>
    <message>
        <source>every 20 minutes</source>
        <translation>alle 20 Minuten</translation>
    </message>
    <message>
        <source>Settling in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Einstimmung</translation>
    </message>
    <message>
        <source>Interval bells</source>
        <translation>Intervallglocken</translation>
    </message>
    <message>
        <source>Ring a bell at the &amp;end</source>
        <translation>Am &amp;Ende eine Glocke läuten</translation>
    </message>
    <message>
        <source>Pla&amp;y bells (otherwise shown on screen only)</source>
        <translation>Glocken &amp;abspielen (sonst nur auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>&amp;Warm-up (settle in):</source>
        <translation>&amp;Einstimmung (zur Ruhe kommen):</translation>
    </message>
    <message>
        <source>Inter&amp;val bells:</source>
        <translation>Inter&amp;vallglocken:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source> (shown, not heard)</source>
        <translation> (angezeigt, nicht zu hören)</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtakt</translation>
    </message>
    <message>
        <source>{cycles} breaths · {total_seconds} · press Space to start</source>
        <translation>{cycles} Atemzüge · {total_seconds} · Leertaste zum Starten</translation>
    </message>
    <message>
        <source>{done} of {cycles} breaths done · {left} left</source>
        <translation>{done} von {cycles} Atemzügen geschafft · noch {left}</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Meine Atemmuster</translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation>Meine Muster</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>In, hold, out, hold: 0 to 20 seconds each; a pattern needs an in-breath and an out-breath.</source>
        <translation>Ein, halten, aus, halten: jeweils 0 bis 20 Sekunden; ein Muster braucht ein Ein- und ein Ausatmen.</translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation>Name des Musters</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>{label}, seconds</source>
        <translation>{label}, Sekunden</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Stress now (optional):</source>
        <translation>Stress jetzt (optional):</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>Und jetzt?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Focus mode: {name}</source>
        <translation>Fokusmodus: {name}</translation>
    </message>
    <message>
        <source>End and log</source>
        <translation>Beenden und eintragen</translation>
    </message>
    <message>
        <source>Leave focus (Esc)</source>
        <translation>Fokus verlassen (Esc)</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>Fokus verlassen</translation>
    </message>
    <message>
        <source>Space starts and pauses · Esc or F11 leaves focus; the practice goes on</source>
        <translation>Leertaste startet und pausiert · Esc oder F11 verlässt den Fokus; die Übung läuft weiter</translation>
    </message>
    <message>
        <source>Focus (F11)</source>
        <translation>Fokus (F11)</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Only the practice, filling the screen. Esc or F11 returns.</source>
        <translation>Nur die Übung, bildschirmfüllend. Esc oder F11 kehrt zurück.</translation>
    </message>
    <message>
        <source>Focus mode opens from the main window only.</source>
        <translation>Der Fokusmodus öffnet sich nur aus dem Hauptfenster.</translation>
    </message>
    <message>
        <source>Stopped before it began; nothing was logged.</source>
        <translation>Beendet, bevor es begann; nichts wurde eingetragen.</translation>
    </message>
    <message>
        <source>Not logged: {error}</source>
        <translation>Nicht eingetragen: {error}</translation>
    </message>
    <message>
        <source>Logged {actual_seconds}{done} of {name}. How stressed do you feel now? (optional)</source>
        <translation>{actual_seconds}{done} von {name} eingetragen. Wie gestresst fühlst du dich jetzt? (optional)</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Eingetragen.</translation>
    </message>
    <message>
        <source>Logged, with stress {value} after.</source>
        <translation>Eingetragen, mit Stress {value} danach.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>{text} (Space)</source>
        <translation>{text} (Leertaste)</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Gezeigte Wochen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Stress change</source>
        <translation>Stressveränderung</translation>
    </message>
    <message>
        <source>Recent practices</source>
        <translation>Letzte Übungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>No practice yet this week. The charts show the weeks before.</source>
        <translation>Diese Woche noch keine Übung. Die Diagramme zeigen die Wochen davor.</translation>
    </message>
    <message>
        <source> · stress {stress_before}→{stress_after}</source>
        <translation> · Stress {stress_before}→{stress_after}</translation>
    </message>
    <message>
        <source>Choose a practice in the list to delete it.</source>
        <translation>Wähle eine Übung in der Liste, um sie zu löschen.</translation>
    </message>
    <message>
        <source>Deleted {label}.</source>
        <translation>{label} gelöscht.</translation>
    </message>
    <message>
        <source>Restored {label}.</source>
        <translation>{label} wiederhergestellt.</translation>
    </message>
    <message>
        <source>unknown sound {name!r}</source>
        <translation>unbekannter Klang {name!r}</translation>
    </message>
    <message>
        <source>Stress {number} of 10</source>
        <translation>Stress {number} von 10</translation>
    </message>
    <message>
        <source>0 = not stressed at all, 10 = the most stressed you can imagine. Optional.</source>
        <translation>0 = überhaupt nicht gestresst, 10 = so gestresst, wie du es dir nur vorstellen kannst. Optional.</translation>
    </message>
    <message>
        <source>no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. Start Resilience from a desktop session, or set DISPLAY (X11) or WAYLAND_DISPLAY (Wayland). Without a display, the commands work (resilience-desktop --help lists them), and so does --screenshot DIR.</source>
        <translation>Es wurde keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann das Fenster nicht geöffnet werden. Starte Resilience aus einer Desktop-Sitzung oder setze DISPLAY (X11) bzw. WAYLAND_DISPLAY (Wayland). Ohne Anzeige funktionieren die Befehle (resilience-desktop --help listet sie auf), ebenso --screenshot ORDNER.</translation>
    </message>
    <message>
        <source> Details for support are in the log: {log_dir}.</source>
        <translation> Details für den Support stehen im Protokoll: {log_dir}.</translation>
    </message>
    <message>
        <source>Something went wrong while {what}. Your saved entries are safe: nothing already saved was lost.{where} You can keep working; if it happens again, restart Resilience.</source>
        <translation>Beim Folgenden ist etwas schiefgegangen: {what}. Deine gespeicherten Einträge sind sicher: Nichts bereits Gespeichertes ging verloren.{where} Du kannst weiterarbeiten; wenn es wieder passiert, starte Resilience neu.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>MET values: Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 43(8):1575-81. Intensity: light &lt; 3.0, moderate 3.0–5.9, vigorous ≥ 6.0 METs (WHO 2020).</source>
        <translation>MET-Werte: Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 43(8):1575-81. Intensität: leicht &lt; 3,0, mäßig 3,0–5,9, intensiv ≥ 6,0 MET (WHO 2020).</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>MET</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>New activity&apos;s name</source>
        <translation>Name der neuen Aktivität</translation>
    </message>
    <message>
        <source>New activity, e.g. Rowing</source>
        <translation>Neue Aktivität, z. B. Rudern</translation>
    </message>
    <message>
        <source>New activity&apos;s MET value</source>
        <translation>MET-Wert der neuen Aktivität</translation>
    </message>
    <message>
        <source>MET </source>
        <translation>MET </translation>
    </message>
    <message>
        <source>muscle-strengthening</source>
        <translation>Muskelkräftigung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Ausgewählte löschen</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(eigene)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Select an activity to delete.</source>
        <translation>Wähle eine Aktivität aus, die gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Activity mix</source>
        <translation>Aktivitäten-Mix</translation>
    </message>
    <message>
        <source>Mood change</source>
        <translation>Stimmungsveränderung</translation>
    </message>
    <message>
        <source>Minutes and mood</source>
        <translation>Minuten und Stimmung</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Trainingseinheiten</translation>
    </message>
    <message>
        <source>Arrow keys choose a session; Edit… and Delete act on it</source>
        <translation>Mit den Pfeiltasten wählst du eine Einheit; „Bearbeiten…“ und „Löschen“ wirken auf sie</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Einheiten</translation>
    </message>
    <message>
        <source>Log a walk, a swim, a yoga class or a game with “Log a session…”, or bring in a Strava or CSV export with “Import CSV…”. Your week is measured against the WHO guideline of 150–300 minutes; some activity is better than none.</source>
        <translation>Trag einen Spaziergang, eine Runde Schwimmen, eine Yogastunde oder ein Spiel mit „Einheit eintragen…“ ein, oder hol einen Strava- oder CSV-Export mit „CSV importieren…“ herein. Deine Woche wird an der WHO-Leitlinie von 150–300 Minuten gemessen; etwas Bewegung ist besser als keine.</translation>
    </message>
    <message>
        <source>Log a session…</source>
        <translation>Einheit eintragen…</translation>
    </message>
    <message>
        <source>Repeat a recent session</source>
        <translation>Eine kürzliche Einheit wiederholen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Activities…</source>
        <translation>Aktivitäten…</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Einheit gespeichert.</translation>
    </message>
    <message>
        <source>Select a session in the table to edit it.</source>
        <translation>Wähle eine Einheit in der Tabelle aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Session updated.</source>
        <translation>Einheit aktualisiert.</translation>
    </message>
    <message>
        <source>Select a session in the table to delete it.</source>
        <translation>Wähle eine Einheit in der Tabelle aus, um sie zu löschen.</translation>
    </message>
    <message>
        <source>Deleted {label}. Press Undo (Ctrl+Z) to bring it back.</source>
        <translation>{label} gelöscht. Drück auf Rückgängig (Strg+Z), um es zurückzuholen.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>{activity_name}, {minutes} min</source>
        <translation>{activity_name}, {minutes} Min.</translation>
    </message>
    <message>
        <source>Logged {activity_name}, {minutes} min, starting now.</source>
        <translation>{activity_name}, {minutes} Min. eingetragen, Beginn jetzt.</translation>
    </message>
    <message>
        <source>Import exercise CSV</source>
        <translation>Trainings-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{name}: {error}
Nothing was imported.</source>
        <translation>{name}: {error}
Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Activity catalogue updated.</source>
        <translation>Aktivitätenkatalog aktualisiert.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>Choose a range of at most twenty years.</source>
        <translation>Wähle einen Zeitraum von höchstens zwanzig Jahren.</translation>
    </message>
    <message>
        <source>no answers in this period</source>
        <translation>keine Antworten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>no cut-offs (trend only)</source>
        <translation>keine Grenzwerte (nur Verlauf)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Last scores</source>
        <translation>Letzte Werte</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Guideline minutes a week (average)</source>
        <translation>Leitlinien-Minuten pro Woche (Durchschnitt)</translation>
    </message>
    <message>
        <source>Weeks reaching 150 minutes</source>
        <translation>Wochen mit 150 Minuten oder mehr</translation>
    </message>
    <message>
        <source>{reached} of {weeks}</source>
        <translation>{reached} von {weeks}</translation>
    </message>
    <message>
        <source>Partial weeks at the period&apos;s edges</source>
        <translation>Angebrochene Wochen am Rand des Zeitraums</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Tage mit einem Check-in</translation>
    </message>
    <message>
        <source>Average pleasantness (−5 to +5)</source>
        <translation>Mittleres Wohlbefinden (−5 bis +5)</translation>
    </message>
    <message>
        <source>Average energy (−5 to +5)</source>
        <translation>Mittlere Energie (−5 bis +5)</translation>
    </message>
    <message>
        <source>{app}: summary {period}</source>
        <translation>{app}: Zusammenfassung {period}</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Für: {name}</translation>
    </message>
    <message>
        <source>Generated on {day}</source>
        <translation>Erstellt am {day}</translation>
    </message>
    <message>
        <source>Calm practice</source>
        <translation>Ruheübungen</translation>
    </message>
    <message>
        <source>No calm practice logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Ruheübungen festgehalten.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Practices rated before and after</source>
        <translation>Vorher und nachher bewertete Übungen</translation>
    </message>
    <message>
        <source>Average drop in stress (0–10)</source>
        <translation>Mittlerer Rückgang des Stresses (0–10)</translation>
    </message>
    <message>
        <source>Journal entries I chose to share</source>
        <translation>Tagebucheinträge, die ich teilen möchte</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Verschiedene Personen</translation>
    </message>
    <message>
        <source>Made by the person on their own computer to share with their therapist. Questionnaire scores are self-reports. {not_a_diagnosis}</source>
        <translation>Von der Person selbst auf ihrem eigenen Computer erstellt, um sie mit ihrer Therapeutin oder ihrem Therapeuten zu teilen. Die Fragebogenwerte sind Selbstauskünfte. {not_a_diagnosis}</translation>
    </message>
    <message>
        <source>Self-check questionnaires</source>
        <translation>Selbsttest-Fragebögen</translation>
    </message>
    <message>
        <source>Bands: BRS 1.00–2.99 low, 3.00–4.30 normal, 4.31–5.00 high; WHO-5 ≤ 50 suggests poor well-being, ≤ 28 suggests likely depression; Rosenberg has no cut-offs.</source>
        <translation>Bereiche: BRS 1,00–2,99 niedrig, 3,00–4,30 normal, 4,31–5,00 hoch; WHO-5 ≤ 50 weist auf geringes Wohlbefinden hin, ≤ 28 auf eine wahrscheinliche Depression; die Rosenberg-Skala hat keine Grenzwerte.</translation>
    </message>
    <message>
        <source>Contact with people</source>
        <translation>Kontakt mit Menschen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Import {file_name}</source>
        <translation>{file_name} importieren</translation>
    </message>
    <message>
        <source>Sessions in the file</source>
        <translation>Einheiten in der Datei</translation>
    </message>
    <message>
        <source>Import {rows}</source>
        <translation>{rows} importieren</translation>
    </message>
    <message>
        <source>{source} file: {rows} will be added</source>
        <translation>{source}-Datei: {rows} werden hinzugefügt</translation>
    </message>
    <message>
        <source>{duplicates} already saved (skipped)</source>
        <translation>{duplicates} bereits gespeichert (übersprungen)</translation>
    </message>
    <message>
        <source>
{errors} problems, so nothing can be imported. Fix these lines in the file and try again:</source>
        <translation>
{errors} Probleme, daher kann nichts importiert werden. Korrigiere diese Zeilen in der Datei und versuche es erneut:</translation>
    </message>
    <message>
        <source>
Everything in this file is already saved.</source>
        <translation>
Alles in dieser Datei ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>{error}
Nothing was imported.</source>
        <translation>{error}
Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Wed 28 Nov 2026</source>
        <translation>Mi. 28. Nov. 2026</translation>
    </message>
    <message>
        <source>Dancing, salsa or cultural</source>
        <translation>Tanzen, Salsa oder Volkstanz</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>30.20 km</source>
        <translation>30,20 km</translation>
    </message>
    <message>
        <source>Ana Novak, Riverside book club</source>
        <translation>Ana Novak, Buchclub am Fluss</translation>
    </message>
    <message>
        <source>A long note about the session</source>
        <translation>Eine lange Notiz zur Einheit</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Einheit bearbeiten</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Einheit eintragen</translation>
    </message>
    <message>
        <source>{name}  ({met} MET, {intensity})</source>
        <translation>{name}  ({met} MET, {intensity})</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Date and start</source>
        <translation>Datum und Beginn</translation>
    </message>
    <message>
        <source>Perceived effort (0–10)</source>
        <translation>Empfundene Anstrengung (0–10)</translation>
    </message>
    <message>
        <source>Mood before (−5 … +5)</source>
        <translation>Stimmung vorher (−5 … +5)</translation>
    </message>
    <message>
        <source>Mood after (−5 … +5)</source>
        <translation>Stimmung nachher (−5 … +5)</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation>{name} (Gruppe)</translation>
    </message>
    <message>
        <source>Add people and groups in the People tab to note who you exercised with.</source>
        <translation>Füge im Tab „Menschen“ Personen und Gruppen hinzu, um festzuhalten, mit wem du trainiert hast.</translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation>Stimmung vorher</translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation>Stimmung nachher</translation>
    </message>
    <message>
        <source>Right-click a column title to show or hide columns.</source>
        <translation>Klicke mit der rechten Maustaste auf einen Spaltentitel, um Spalten ein- oder auszublenden.</translation>
    </message>
    <message>
        <source>Distance: {distance_km} km</source>
        <translation>Strecke: {distance_km} km</translation>
    </message>
    <message>
        <source>With: </source>
        <translation>Mit: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notizen: </translation>
    </message>
    <message>
        <source>above the 300-minute upper range: great</source>
        <translation>über der Obergrenze von 300 Minuten: großartig</translation>
    </message>
    <message>
        <source>within the 150–300 range</source>
        <translation>im Bereich von 150–300</translation>
    </message>
    <message>
        <source>{minutes} to go for 150; some activity is better than none</source>
        <translation>noch {minutes} bis 150; etwas Bewegung ist besser als keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;This week&lt;/b&gt; (from {start}): &lt;b&gt;{minutes}&lt;/b&gt; guideline minutes ({moderate_minutes} moderate + 2 × {vigorous_minutes} vigorous), {verdict}. {strength_days} MET-minutes: {met_minutes}.</source>
        <translation>&lt;b&gt;Diese Woche&lt;/b&gt; (ab {start}): &lt;b&gt;{minutes}&lt;/b&gt; Leitlinien-Minuten ({moderate_minutes} mäßig + 2 × {vigorous_minutes} intensiv), {verdict}. {strength_days} MET-Minuten: {met_minutes}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Heart Minutes&lt;/b&gt; as {source} counts them: &lt;b&gt;{minutes}&lt;/b&gt; this week ({days_counted}). Google&apos;s own measure (1 a minute of moderate activity, 2 of vigorous), not added to the guideline minutes.</source>
        <translation>&lt;b&gt;Kardiopunkte&lt;/b&gt;, wie {source} sie zählt: &lt;b&gt;{minutes}&lt;/b&gt; diese Woche ({days_counted}). Googles eigenes Maß (1 pro Minute mäßiger, 2 pro Minute intensiver Aktivität), nicht zu den Richtwert-Minuten addiert.</translation>
    </message>
    <message>
        <source>Strength days: &lt;b&gt;{days}&lt;/b&gt; (goal of {goal} a week met).</source>
        <translation>Krafttage: &lt;b&gt;{days}&lt;/b&gt; (Ziel von {goal} pro Woche erreicht).</translation>
    </message>
    <message>
        <source>Strength days: &lt;b&gt;{days}&lt;/b&gt; of the {goal} a week.</source>
        <translation>Krafttage: &lt;b&gt;{days}&lt;/b&gt; von {goal} pro Woche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Habit strength&lt;/b&gt;: {overall:.0%} overall</source>
        <translation>&lt;b&gt;Gewohnheitsstärke&lt;/b&gt;: {overall:.0%} insgesamt</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Weeks start on Monday</source>
        <translation>Wochen beginnen am Montag</translation>
    </message>
    <message>
        <source>Weeks start on Sunday</source>
        <translation>Wochen beginnen am Sonntag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Days with / without</source>
        <translation>Tage mit / ohne</translation>
    </message>
    <message>
        <source>Pleasantness, same day</source>
        <translation>Wohlbefinden, am selben Tag</translation>
    </message>
    <message>
        <source>Pleasantness, next day</source>
        <translation>Wohlbefinden, am nächsten Tag</translation>
    </message>
    <message>
        <source>Energy, same day</source>
        <translation>Energie, am selben Tag</translation>
    </message>
    <message>
        <source>Energy, next day</source>
        <translation>Energie, am nächsten Tag</translation>
    </message>
    <message>
        <source>not enough days ({n_with} / {n_without})</source>
        <translation>nicht genug Tage ({n_with} / {n_without})</translation>
    </message>
    <message>
        <source>{difference}  ({low} to {high})</source>
        <translation>{difference}  ({low} bis {high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;: {mean_change} {measure}, 95 % interval {low} to {high} (n = {n}) &lt;a href=&apos;{key}&apos;&gt;{tab} →&lt;/a&gt;</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;: {mean_change} {measure}, 95-%-Intervall {low} bis {high} (n = {n}) &lt;a href=&apos;{key}&apos;&gt;{tab} →&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{caveat}&lt;/b&gt; Mean mood on days with versus days without each thing, and on the day after; the brackets hold the 95 % interval of the difference. A comparison shows once there are at least {min_days} days on each side. Mood comes from your journal check-ins (−5 to +5).</source>
        <translation>&lt;b&gt;{caveat}&lt;/b&gt; Mittlere Stimmung an Tagen mit und an Tagen ohne die jeweilige Sache sowie am Tag danach; die Klammern enthalten das 95-%-Intervall des Unterschieds. Ein Vergleich erscheint, sobald es auf jeder Seite mindestens {min_days} Tage gibt. Die Stimmung stammt aus deinen Tagebuch-Check-ins (−5 bis +5).</translation>
    </message>
    <message>
        <source>What helps me: comparisons</source>
        <translation>Was mir hilft: Vergleiche</translation>
    </message>
    <message>
        <source>Double-click to open the {tab} tab</source>
        <translation>Doppelklick öffnet den Tab „{tab}“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also from your data&lt;/b&gt; (95 % intervals; an association, not proof of cause):&lt;br&gt;</source>
        <translation>&lt;b&gt;Außerdem aus deinen Daten&lt;/b&gt; (95-%-Intervalle; ein Zusammenhang, kein Beweis für eine Ursache):&lt;br&gt;</translation>
    </message>
    <message>
        <source>Nothing with enough records yet.</source>
        <translation>Noch nichts mit genug Einträgen.</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation>Selbsttests</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <source>Strengths and good things</source>
        <translation>Stärken und gute Dinge</translation>
    </message>
    <message>
        <source>Due: </source>
        <translation>Fällig: </translation>
    </message>
    <message>
        <source>. Whenever suits you.</source>
        <translation>. Wann immer es dir passt.</translation>
    </message>
    <message>
        <source>No self-check is due.</source>
        <translation>Kein Selbsttest ist fällig.</translation>
    </message>
    <message>
        <source>Working out your figures…</source>
        <translation>Deine Zahlen werden ermittelt…</translation>
    </message>
    <message>
        <source>These figures could not be worked out{reason}. Your saved entries are safe. Choose another period or open this page again to try again.</source>
        <translation>Diese Zahlen konnten nicht ermittelt werden{reason}. Deine gespeicherten Einträge sind sicher. Wähle einen anderen Zeitraum oder öffne diese Seite erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>{short_name} saved.</source>
        <translation>{short_name} gespeichert.</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number} of {items}.&lt;/b&gt; {number2}</source>
        <translation>&lt;b&gt;{number} von {items}.&lt;/b&gt; {number2}</translation>
    </message>
    <message>
        <source>Item {number}: {label} ({value})</source>
        <translation>Frage {number}: {label} ({value})</translation>
    </message>
    <message>
        <source>The questions are shown in their original English: a questionnaire may only be used in a published, validated translation, and none is included yet.</source>
        <translation>Die Fragen werden im englischen Original gezeigt: Ein Fragebogen darf nur in einer veröffentlichten, validierten Übersetzung verwendet werden, und eine solche ist noch nicht enthalten.</translation>
    </message>
    <message>
        <source>Show all questions on one page</source>
        <translation>Alle Fragen auf einer Seite zeigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;{stem} Press &lt;b&gt;{keys_hint}&lt;/b&gt; to answer; Up and Down move between questions; Enter saves.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{not_a_diagnosis}&lt;/i&gt; &lt;small&gt;{citation}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{stem} Drück &lt;b&gt;{keys_hint}&lt;/b&gt;, um zu antworten; mit Pfeil hoch und runter wechselst du zwischen den Fragen; Eingabe speichert.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{not_a_diagnosis}&lt;/i&gt; &lt;small&gt;{citation}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Answers are {keys_hint}.</source>
        <translation>Antworten sind {keys_hint}.</translation>
    </message>
    <message>
        <source>Please answer item {missing} before saving.</source>
        <translation>Bitte beantworte Frage {missing}, bevor du speicherst.</translation>
    </message>
    <message>
        <source>Answer the {short_name}…</source>
        <translation>{short_name} ausfüllen…</translation>
    </message>
    <message>
        <source>How often to suggest the {short_name}</source>
        <translation>Wie oft der {short_name} vorgeschlagen wird</translation>
    </message>
    <message>
        <source>Remove the latest answer…</source>
        <translation>Letzte Antwort entfernen…</translation>
    </message>
    <message>
        <source>Suggest the {short_name}:</source>
        <translation>{short_name} vorschlagen:</translation>
    </message>
    <message>
        <source>Latest: &lt;b&gt;{score}&lt;/b&gt;{band} ({taken_on})</source>
        <translation>Zuletzt: &lt;b&gt;{score}&lt;/b&gt;{band} ({taken_on})</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>It takes about a minute. Your answers stay on this computer.</source>
        <translation>Es dauert etwa eine Minute. Deine Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt fällig.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove an answer</source>
        <translation>Eine Antwort entfernen</translation>
    </message>
    <message>
        <source>Remove your {short_name} answers of {when}? They cannot be brought back.</source>
        <translation>Deine Antworten im {short_name} vom {when} entfernen? Sie können nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>A note about support</source>
        <translation>Ein Hinweis zu Unterstützung</translation>
    </message>
    <message>
        <source>Open the Support page</source>
        <translation>Seite „Unterstützung“ öffnen</translation>
    </message>
    <message>
        <source>My strengths, in my own words</source>
        <translation>Meine Stärken, in meinen eigenen Worten</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>A strength, e.g. “I keep going”</source>
        <translation>Eine Stärke, z. B. „Ich gebe nicht auf“</translation>
    </message>
    <message>
        <source>Strength name</source>
        <translation>Name der Stärke</translation>
    </message>
    <message>
        <source>What this strength means to me</source>
        <translation>Was diese Stärke für mich bedeutet</translation>
    </message>
    <message>
        <source>What it looks like when you use it…</source>
        <translation>Wie es aussieht, wenn du sie einsetzt…</translation>
    </message>
    <message>
        <source>Examples from my entries</source>
        <translation>Beispiele aus meinen Einträgen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation>Stärke speichern</translation>
    </message>
    <message>
        <source>Add an example from my entries…</source>
        <translation>Ein Beispiel aus meinen Einträgen hinzufügen…</translation>
    </message>
    <message>
        <source>Examples from my entries:</source>
        <translation>Beispiele aus meinen Einträgen:</translation>
    </message>
    <message>
        <source>Three good things this week</source>
        <translation>Drei gute Dinge diese Woche</translation>
    </message>
    <message>
        <source>What went well, and why did it happen? Saved as a journal entry of the gratitude kind.</source>
        <translation>Was ist gut gelaufen, und warum ist es passiert? Wird als Tagebucheintrag der Art „Dankbarkeit“ gespeichert.</translation>
    </message>
    <message>
        <source>Good thing {number}</source>
        <translation>Gutes Ding {number}</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>In meinem Tagebuch speichern</translation>
    </message>
    <message>
        <source>Not written this week yet — whenever suits you.</source>
        <translation>Diese Woche noch nicht geschrieben – wann immer es dir passt.</translation>
    </message>
    <message>
        <source>Written this week ({day} {month}). You can always add more.</source>
        <translation>Diese Woche geschrieben ({day}. {month}). Du kannst jederzeit mehr hinzufügen.</translation>
    </message>
    <message>
        <source>Strength saved.</source>
        <translation>Stärke gespeichert.</translation>
    </message>
    <message>
        <source>Choose a strength in the list first.</source>
        <translation>Wähle zuerst eine Stärke in der Liste.</translation>
    </message>
    <message>
        <source>Save the strength first, then add examples.</source>
        <translation>Speichere zuerst die Stärke, dann füge Beispiele hinzu.</translation>
    </message>
    <message>
        <source>No journal entries to pick from yet.</source>
        <translation>Noch keine Tagebucheinträge zum Auswählen.</translation>
    </message>
    <message>
        <source>Add an example</source>
        <translation>Ein Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>An entry that shows “{name}”:</source>
        <translation>Ein Eintrag, der „{name}“ zeigt:</translation>
    </message>
    <message>
        <source>Example added.</source>
        <translation>Beispiel hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved to your journal as “Three good things”.</source>
        <translation>In deinem Tagebuch als „Drei gute Dinge“ gespeichert.</translation>
    </message>
    <message>
        <source>Export summary (PDF)</source>
        <translation>Zusammenfassung exportieren (PDF)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation>Einzuschließende Tagebucheinträge</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Tick the journal entries you want to share. Nothing else from your journal goes into the summary.</source>
        <translation>Hake die Tagebucheinträge an, die du teilen möchtest. Sonst kommt nichts aus deinem Tagebuch in die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Preview with {entries} chosen entries.</source>
        <translation>Vorschau mit {entries} ausgewählten Einträgen.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {name}: {error}. Nothing was written.</source>
        <translation>{name} konnte nicht gespeichert werden: {error}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved to {path} (readable only by you).</source>
        <translation>Gespeichert unter {path} (nur für dich lesbar).</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Letzte 3 Jahre</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Affect labeling: Lieberman MD et al. Putting feelings into words. Psychological Science 2007;18(5):421-428.</source>
        <translation>Affektbenennung: Lieberman MD et al. Putting feelings into words. Psychological Science 2007;18(5):421-428.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation>Jahr in Pixeln</translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation>Gefühlswörter</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Differenziertheit</translation>
    </message>
    <message>
        <source>Naming the feeling</source>
        <translation>Das Gefühl benennen</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Tags, separated by commas (work, family, walk)</source>
        <translation>Schlagwörter, durch Kommas getrennt (Arbeit, Familie, Spaziergang)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mood check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stimmungs-Check-in&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No mood check-in for this entry</source>
        <translation>Kein Stimmungs-Check-in für diesen Eintrag</translation>
    </message>
    <message>
        <source>Clear the mood check-in</source>
        <translation>Stimmungs-Check-in leeren</translation>
    </message>
    <message>
        <source>Tap the pad</source>
        <translation>Tippe auf das Feld</translation>
    </message>
    <message>
        <source>How strong is this feeling? (0–10)</source>
        <translation>Wie stark ist dieses Gefühl? (0–10)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name the feeling&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Gefühl benennen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>And now, after naming it? (0–10)</source>
        <translation>Und jetzt, nachdem du es benannt hast? (0–10)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Start writing here…</source>
        <translation>Fang hier an zu schreiben…</translation>
    </message>
    <message>
        <source>Tap the pad: how pleasant, how much energy?</source>
        <translation>Tippe auf das Feld: Wie angenehm, wie viel Energie?</translation>
    </message>
    <message>
        <source>Pleasantness {value}
Energy {value2}
{quadrant}</source>
        <translation>Wohlbefinden {value}
Energie {value2}
{quadrant}</translation>
    </message>
    <message>
        <source>Tick the words that fit; hover a word for its meaning.</source>
        <translation>Hake die Wörter an, die passen; fahr mit der Maus über ein Wort, um seine Bedeutung zu sehen.</translation>
    </message>
    <message>
        <source>Name the feeling: emotion words</source>
        <translation>Das Gefühl benennen: Gefühlswörter</translation>
    </message>
    <message>
        <source>Arrow keys move, Space ticks a word</source>
        <translation>Pfeiltasten bewegen, Leertaste hakt ein Wort an</translation>
    </message>
    <message>
        <source>Your own word…</source>
        <translation>Dein eigenes Wort…</translation>
    </message>
    <message>
        <source>Your own emotion word</source>
        <translation>Dein eigenes Gefühlswort</translation>
    </message>
    <message>
        <source>Add your own emotion word</source>
        <translation>Dein eigenes Gefühlswort hinzufügen</translation>
    </message>
    <message>
        <source>your own word</source>
        <translation>dein eigenes Wort</translation>
    </message>
    <message>
        <source>Search your journal…</source>
        <translation>Dein Tagebuch durchsuchen…</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Entries edited on two computers: choose which text to keep</source>
        <translation>Auf zwei Computern bearbeitete Einträge: Wähle, welcher Text bleibt</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Arrow keys choose an entry; Enter opens it</source>
        <translation>Mit den Pfeiltasten wählst du einen Eintrag; Eingabe öffnet ihn</translation>
    </message>
    <message>
        <source>&amp;Go to day:</source>
        <translation>&amp;Gehe zu Tag:</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation>Gefühlswort</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>{to_review} to review</source>
        <translation>{to_review} zu prüfen</translation>
    </message>
    <message>
        <source> (the best ones)</source>
        <translation> (die besten)</translation>
    </message>
    <message>
        <source>{hits} found{more}</source>
        <translation>{hits} gefunden{more}</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Nichts gefunden. Versuch es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries yet. Start writing on the right.</source>
        <translation>Noch keine Einträge. Fang rechts an zu schreiben.</translation>
    </message>
    <message>
        <source>⇄ edited on two computers</source>
        <translation>⇄ auf zwei Computern bearbeitet</translation>
    </message>
    <message>
        <source> on another computer</source>
        <translation> auf einem anderen Computer</translation>
    </message>
    <message>
        <source>{when} — written{where} (edited on two computers)</source>
        <translation>{when} – geschrieben{where} (auf zwei Computern bearbeitet)</translation>
    </message>
    <message>
        <source>{when} — replaced by a later save</source>
        <translation>{when} – durch eine spätere Speicherung ersetzt</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
    <message>
        <source>Each time you save a change, the earlier text is kept here. After {thin_after_days} days one version a day is kept.</source>
        <translation>Jedes Mal, wenn du eine Änderung speicherst, wird der frühere Text hier aufbewahrt. Nach {thin_after_days} Tagen wird eine Fassung pro Tag behalten.</translation>
    </message>
    <message>
        <source>No earlier versions of this entry yet.</source>
        <translation>Noch keine früheren Fassungen dieses Eintrags.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Text der gewählten Fassung</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Diese Fassung wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>Diese Fassung wiederherstellen?</translation>
    </message>
    <message>
        <source>The entry&apos;s text becomes this earlier version. The current text is kept in the history, so you can go back to it.</source>
        <translation>Der Text des Eintrags wird zu dieser früheren Fassung. Der aktuelle Text bleibt im Verlauf, sodass du zu ihm zurückkehren kannst.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Einen neuen Eintrag beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>Papierkorb…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Earlier versions of this entry; restore one</source>
        <translation>Frühere Fassungen dieses Eintrags; eine wiederherstellen</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation>Eintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Here is the draft you had not saved yet (last kept {when}). Carry on writing and Save, or discard it.</source>
        <translation>Hier ist der Entwurf, den du noch nicht gespeichert hattest (zuletzt aufbewahrt {when}). Schreib weiter und speichere, oder verwirf ihn.</translation>
    </message>
    <message>
        <source>Draft kept {saved_at:%H:%M:%S}</source>
        <translation>Entwurf aufbewahrt {saved_at:%H:%M:%S}</translation>
    </message>
    <message>
        <source>The draft could not be kept ({error}). Your text is still here.</source>
        <translation>Der Entwurf konnte nicht aufbewahrt werden ({error}). Dein Text ist noch da.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <source>Throw away the text of this unsaved draft?</source>
        <translation>Den Text dieses ungespeicherten Entwurfs wegwerfen?</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text is still here.</source>
        <translation>Nicht gespeichert: {error}. Dein Text ist noch da.</translation>
    </message>
    <message>
        <source>Saved {now:%H:%M:%S}</source>
        <translation>Gespeichert {now:%H:%M:%S}</translation>
    </message>
    <message>
        <source>Moved to the Trash. Press Ctrl+Z or Undo delete to bring it back.</source>
        <translation>In den Papierkorb verschoben. Drück Strg+Z oder „Löschen rückgängig“, um ihn zurückzuholen.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Eintrag wiederhergestellt.</translation>
    </message>
    <message>
        <source>Write your reflection, then Save.</source>
        <translation>Schreib deinen Rückblick und speichere dann.</translation>
    </message>
    <message>
        <source>Save the entry first: its history starts with the next change.</source>
        <translation>Speichere den Eintrag zuerst: Sein Verlauf beginnt mit der nächsten Änderung.</translation>
    </message>
    <message>
        <source>Earlier version restored; the text it replaced is in History.</source>
        <translation>Frühere Fassung wiederhergestellt; der ersetzte Text steht im Verlauf.</translation>
    </message>
    <message>
        <source>energy ↑</source>
        <translation>Energie ↑</translation>
    </message>
    <message>
        <source>pleasant →</source>
        <translation>angenehm →</translation>
    </message>
    <message>
        <source> (and on {device})</source>
        <translation> (und auf {device})</translation>
    </message>
    <message>
        <source>{entry_date}  {title} — edited on two computers{where}</source>
        <translation>{entry_date}  {title} – auf zwei Computern bearbeitet{where}</translation>
    </message>
    <message>
        <source>Review edits from two computers</source>
        <translation>Änderungen von zwei Computern prüfen</translation>
    </message>
    <message>
        <source>These entries were changed on two computers before they synced. Choose the text to keep; the other stays in the entry&apos;s history.</source>
        <translation>Diese Einträge wurden auf zwei Computern geändert, bevor sie synchronisiert wurden. Wähle den Text, der bleiben soll; der andere bleibt im Verlauf des Eintrags.</translation>
    </message>
    <message>
        <source>Entries to review</source>
        <translation>Zu prüfende Einträge</translation>
    </message>
    <message>
        <source>Nothing to review: every entry has one text.</source>
        <translation>Nichts zu prüfen: Jeder Eintrag hat einen Text.</translation>
    </message>
    <message>
        <source>Keep both (merge by hand)</source>
        <translation>Beide behalten (von Hand zusammenführen)</translation>
    </message>
    <message>
        <source>The entry now (the later edit)</source>
        <translation>Der Eintrag jetzt (die spätere Bearbeitung)</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Die andere Fassung</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diesen behalten</translation>
    </message>
    <message>
        <source>The entry&apos;s text now</source>
        <translation>Der Text des Eintrags jetzt</translation>
    </message>
    <message>
        <source>Keep the entry&apos;s text now</source>
        <translation>Den jetzigen Text des Eintrags behalten</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Die andere Fassung behalten</translation>
    </message>
    <message>
        <source>(The other computer&apos;s text was not kept.)</source>
        <translation>(Der Text des anderen Computers wurde nicht behalten.)</translation>
    </message>
    <message>
        <source>The other version, written on {where}</source>
        <translation>Die andere Fassung, geschrieben auf {where}</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Nicht geändert: {error}</translation>
    </message>
    <message>
        <source>Journal Trash</source>
        <translation>Papierkorb des Tagebuchs</translation>
    </message>
    <message>
        <source>Deleted entries stay here for {trash_days} days, then they are removed for good.</source>
        <translation>Gelöschte Einträge bleiben {trash_days} Tage hier und werden dann endgültig entfernt.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>This entry will be gone for good. Delete it?</source>
        <translation>Dieser Eintrag ist dann endgültig weg. Löschen?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Export su&amp;mmary (PDF)…</source>
        <translation>&amp;Zusammenfassung exportieren (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Passphrase lock…</source>
        <translation>&amp;Passphrasen-Sperre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Support and help lines</source>
        <translation>&amp;Unterstützung und Hilfetelefone</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>Ü&amp;ber {app_name}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <source>No group (one-to-one)</source>
        <translation>Keine Gruppe (unter vier Augen)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation>1 gar nicht</translation>
    </message>
    <message>
        <source>5 very</source>
        <translation>5 sehr</translation>
    </message>
    <message>
        <source>How supported did I feel</source>
        <translation>Wie unterstützt habe ich mich gefühlt</translation>
    </message>
    <message>
        <source>Mood after (−5 to +5)</source>
        <translation>Stimmung danach (−5 bis +5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Who was there? Choosing a group ticks its members: untick anyone absent.</source>
        <translation>Wer war dabei? Eine Gruppe zu wählen hakt ihre Mitglieder an: Entferne den Haken bei allen, die gefehlt haben.</translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation>Eine Person nach Namen suchen</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Einen Namen suchen…</translation>
    </message>
    <message>
        <source>People: tick who was there</source>
        <translation>Menschen: Hake an, wer dabei war</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>e.g. weekly on Tuesday</source>
        <translation>z. B. wöchentlich dienstags</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Trifft sich</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Nächster Kontakt fällig</translation>
    </message>
    <message>
        <source>{status} (snoozed)</source>
        <translation>{status} (verschoben)</translation>
    </message>
    <message>
        <source>Keep in touch every {cadence_days}; {days_since} on the clock</source>
        <translation>Kontakt halten alle {cadence_days}; seit {days_since}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation>Fühlte mich unterstützt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Contacts log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <source>The people and groups who support you, when you last spoke, and who it might be time to call. Add someone, or import your address book (vCard).</source>
        <translation>Die Menschen und Gruppen, die dich unterstützen, wann ihr zuletzt gesprochen habt und wen du vielleicht mal wieder anrufen könntest. Füge jemanden hinzu oder importiere dein Adressbuch (vCard).</translation>
    </message>
    <message>
        <source>Log contact with selected…</source>
        <translation>Kontakt mit Ausgewählten eintragen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>{statuses}, {due} due or overdue</source>
        <translation>{statuses}, {due} fällig oder überfällig</translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation>Ein Treffen eintragen…</translation>
    </message>
    <message>
        <source>newest {rows} contacts</source>
        <translation>die neuesten {rows} Kontakte</translation>
    </message>
    <message>
        <source>{name} — {days_overdue} overdue
    {lower}, last contact {last}</source>
        <translation>{name} – {days_overdue} überfällig
    {lower}, letzter Kontakt {last}</translation>
    </message>
    <message>
        <source>Aim: every {cadence_days}</source>
        <translation>Ziel: alle {cadence_days}</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt verlieren</translation>
    </message>
    <message>
        <source>Nobody is overdue. You are keeping in touch.</source>
        <translation>Niemand ist überfällig. Du hältst den Kontakt.</translation>
    </message>
    <message>
        <source>Losing touch: people overdue for contact</source>
        <translation>Kontakt verlieren: Menschen, bei denen ein Kontakt überfällig ist</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Kontakt eintragen…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Snooze for how many days</source>
        <translation>Um wie viele Tage später erinnern</translation>
    </message>
    <message>
        <source>Who supports me</source>
        <translation>Wer mich unterstützt</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> und {more} weitere</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Import contacts (vCard)…</source>
        <translation>Kontakte importieren (vCard)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>Saved {split}.</source>
        <translation>{split} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the group {split}.</source>
        <translation>Die Gruppe {split} gespeichert.</translation>
    </message>
    <message>
        <source>Contact on {day} saved.</source>
        <translation>Kontakt am {day} gespeichert.</translation>
    </message>
    <message>
        <source>Add a person or a group first, then log your contacts.</source>
        <translation>Füge zuerst eine Person oder eine Gruppe hinzu, dann trag deine Kontakte ein.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name}: {error} Nothing was imported.</source>
        <translation>{name}: {error} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Tick at least one person to add.</source>
        <translation>Hake mindestens eine Person zum Hinzufügen an.</translation>
    </message>
    <message>
        <source>{added} people added from {name}.</source>
        <translation>{added} Personen aus {name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Snoozed until {until}.</source>
        <translation>Erinnerung verschoben bis {until}.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <source>Remove {name} and their part in your contacts log?</source>
        <translation>{name} und ihren Anteil an deinem Kontaktprotokoll entfernen?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Remove the group {name}? Its meetings stay in your contacts log.</source>
        <translation>Die Gruppe {name} entfernen? Ihre Treffen bleiben in deinem Kontaktprotokoll.</translation>
    </message>
    <message>
        <source>Removed the group {name}.</source>
        <translation>Die Gruppe {name} entfernt.</translation>
    </message>
    <message>
        <source>Remove this contact from your log?</source>
        <translation>Diesen Kontakt aus deinem Protokoll entfernen?</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>Kontakt entfernt.</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>1 = distant, 5 = closest</source>
        <translation>1 = fern, 5 = am nächsten</translation>
    </message>
    <message>
        <source>Closeness (1–5)</source>
        <translation>Nähe (1–5)</translation>
    </message>
    <message>
        <source>Support they give</source>
        <translation>Unterstützung, die sie gibt</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>default for the relationship</source>
        <translation>Standard für die Beziehung</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{file_name}: {entries} found.</source>
        <translation>{file_name}: {entries} gefunden.</translation>
    </message>
    <message>
        <source>Contacts found in the file</source>
        <translation>In der Datei gefundene Kontakte</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Keine anhaken</translation>
    </message>
    <message>
        <source>Add ticked people</source>
        <translation>Angehakte Personen hinzufügen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Resilience backs up your journal automatically once a day and before every update, and keeps 7 daily, 4 weekly and 12 monthly copies. Restoring a backup first backs up the journal as it is now.</source>
        <translation>Resilience sichert dein Tagebuch automatisch einmal am Tag und vor jedem Update und behält 7 tägliche, 4 wöchentliche und 12 monatliche Kopien. Bevor eine Sicherung wiederhergestellt wird, wird das Tagebuch im jetzigen Zustand gesichert.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Ausgewählte wiederherstellen…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Sicherung erstellt: {name}</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Wähle zuerst eine Sicherung in der Liste.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your journal with the backup from {created:%Y-%m-%d %H:%M}? Your journal as it is now is backed up first.</source>
        <translation>Dein Tagebuch durch die Sicherung vom {created:%d.%m.%Y %H:%M} ersetzen? Dein Tagebuch wird im jetzigen Zustand zuerst gesichert.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the backup from {created:%Y-%m-%d %H:%M}.</source>
        <translation>Die Sicherung vom {created:%d.%m.%Y %H:%M} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Custom moods: how pleasant was each? (−5 to +5, 0 = neutral)</source>
        <translation>Eigene Stimmungen: Wie angenehm war jede? (−5 bis +5, 0 = neutral)</translation>
    </message>
    <message>
        <source>From the activities {names}. Daylio records no durations, so each session gets the length above and ends at the check-in time.</source>
        <translation>Aus den Aktivitäten {names}. Daylio erfasst keine Dauer, daher bekommt jede Einheit die oben angegebene Länge und endet zur Uhrzeit des Check-ins.</translation>
    </message>
    <message>
        <source>No activity in this file looks like exercise (walk, running, yoga, gym…).</source>
        <translation>Keine Aktivität in dieser Datei sieht nach Bewegung aus (Spaziergang, Laufen, Yoga, Fitnessstudio…).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Passphrase lock</source>
        <translation>Passphrasen-Sperre</translation>
    </message>
    <message>
        <source>current passphrase</source>
        <translation>aktuelle Passphrase</translation>
    </message>
    <message>
        <source>new passphrase (8 characters or more)</source>
        <translation>neue Passphrase (8 Zeichen oder mehr)</translation>
    </message>
    <message>
        <source>the new passphrase again</source>
        <translation>die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation>Sperre einschalten</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation>Sperre ausschalten</translation>
    </message>
    <message>
        <source> min (0 = never)</source>
        <translation> Min. (0 = nie)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>Your journal and its backups are encrypted. Without the passphrase or the recovery key nobody can read them, not even you.</source>
        <translation>Dein Tagebuch und seine Sicherungen sind verschlüsselt. Ohne die Passphrase oder den Wiederherstellungsschlüssel kann sie niemand lesen, auch du nicht.</translation>
    </message>
    <message>
        <source>Lock the journal with a passphrase: the file and its backups are encrypted. If you forget the passphrase, only the recovery key shown once can open it.</source>
        <translation>Sperre das Tagebuch mit einer Passphrase: Die Datei und ihre Sicherungen werden verschlüsselt. Wenn du die Passphrase vergisst, kann nur der einmal angezeigte Wiederherstellungsschlüssel sie öffnen.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Turning the lock on</source>
        <translation>Sperre wird eingeschaltet</translation>
    </message>
    <message>
        <source>The journal is locked. Write down the recovery key below: it is shown only this once.</source>
        <translation>Das Tagebuch ist gesperrt. Schreib dir den Wiederherstellungsschlüssel unten auf: Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Die Passphrase ist geändert.</translation>
    </message>
    <message>
        <source>Turning the lock off</source>
        <translation>Sperre wird ausgeschaltet</translation>
    </message>
    <message>
        <source>The lock is off: the journal and its backups are no longer encrypted.</source>
        <translation>Die Sperre ist aus: Das Tagebuch und seine Sicherungen sind nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>{app_name}: the journal needs attention</source>
        <translation>{app_name}: Das Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your journal file is damaged and was not opened.&lt;/b&gt;&lt;br&gt;Nothing has been changed or deleted. You can put back the newest good backup (the damaged file is kept in a separate folder) or save what can still be read.</source>
        <translation>&lt;b&gt;Deine Tagebuchdatei ist beschädigt und wurde nicht geöffnet.&lt;/b&gt;&lt;br&gt;Nichts wurde geändert oder gelöscht. Du kannst die neueste gute Sicherung zurücklegen (die beschädigte Datei wird in einem eigenen Ordner aufbewahrt) oder retten, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <source>Details: {problem}{key}</source>
        <translation>Details: {problem}{key}</translation>
    </message>
    <message>
        <source>Save what can be read…</source>
        <translation>Lesbares retten…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No good backup found</source>
        <translation>Keine gute Sicherung gefunden</translation>
    </message>
    <message>
        <source>Restore the backup from {created:%Y-%m-%d %H:%M}</source>
        <translation>Die Sicherung vom {created:%d.%m.%Y %H:%M} wiederherstellen</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept in {kept}.</source>
        <translation>Die Sicherung ist wieder an ihrem Platz. Die beschädigte Datei wird in {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Save what can be read</source>
        <translation>Lesbares retten</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Es wurde nichts gespeichert: {error}</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file: </source>
        <translation>Aus der beschädigten Datei konnte nichts gelesen werden: </translation>
    </message>
    <message>
        <source>Saved {rows} rows from {tables} tables to {dest}.</source>
        <translation>{rows} Zeilen aus {tables} Tabellen in {dest} gespeichert.</translation>
    </message>
    <message>
        <source> Some parts could not be read: </source>
        <translation> Einige Teile konnten nicht gelesen werden: </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;If this journal was locked with a passphrase, it may not be damaged: its key file vault.json is missing and no backup here holds a copy of the key. Put back a copy of vault.json, or restore a backup file of this journal into a new folder (resilience-desktop restore FILE --data-dir NEW) with its passphrase or recovery key.</source>
        <translation>&lt;br&gt;&lt;br&gt;Wenn dieses Tagebuch mit einer Passphrase gesperrt war, ist es vielleicht nicht beschädigt: Seine Schlüsseldatei vault.json fehlt, und keine Sicherung hier enthält eine Kopie des Schlüssels. Lege eine Kopie der vault.json zurück oder stelle eine Sicherungsdatei dieses Tagebuchs in einem neuen Ordner wieder her (resilience-desktop restore DATEI --data-dir NEU), mit seiner Passphrase oder seinem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Resilience JSON document (*.json)</source>
        <translation>Resilience-JSON-Dokument (*.json)</translation>
    </message>
    <message>
        <source>CSV files, one per table (*.csv)</source>
        <translation>CSV-Dateien, eine pro Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Resilience JSON export</source>
        <translation>Resilience-JSON-Export</translation>
    </message>
    <message>
        <source>Daylio CSV export</source>
        <translation>Daylio-CSV-Export</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation>jrnl-JSON-Export</translation>
    </message>
    <message>
        <source>Day One JSON export</source>
        <translation>Day-One-JSON-Export</translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation>Day-One-Export (*.zip *.json)</translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation>Apple-Health-Export</translation>
    </message>
    <message>
        <source>Apple Health export (*.zip *.xml)</source>
        <translation>Apple-Health-Export (*.zip *.xml)</translation>
    </message>
    <message>
        <source>Google Fit (Takeout)</source>
        <translation>Google Fit (Takeout)</translation>
    </message>
    <message>
        <source>Google Takeout (*.zip *.csv *.tcx)</source>
        <translation>Google Takeout (*.zip *.csv *.tcx)</translation>
    </message>
    <message>
        <source>Bearable CSV export</source>
        <translation>Bearable-CSV-Export</translation>
    </message>
    <message>
        <source>Journey export</source>
        <translation>Journey-Export</translation>
    </message>
    <message>
        <source>Journey export (*.zip)</source>
        <translation>Journey-Export (*.zip)</translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation>Der Export ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Your journal is locked, but an export is a plain file anyone can read. Export anyway?</source>
        <translation>Dein Tagebuch ist gesperrt, aber ein Export ist eine einfache Datei, die jeder lesen kann. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Exported {written} tables as CSV files into {target}.</source>
        <translation>{written} Tabellen als CSV-Dateien nach {target} exportiert.</translation>
    </message>
    <message>
        <source>Exported everything to {dest}.</source>
        <translation>Alles nach {dest} exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The export could not be written: {error}</source>
        <translation>Der Export konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export fertig</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Wähle eine Datei, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Wähle eine Datei zum Importieren</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of the file to import.</source>
        <translation>{path} ist ein Ordner; gib den Pfad der Datei an, die importiert werden soll.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>--exercise-sessions only applies to --format daylio.</source>
        <translation>--exercise-sessions gilt nur für --format daylio.</translation>
    </message>
    <message>
        <source>{path}: {error} Nothing was imported.</source>
        <translation>{path}: {error} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Created a new journal in {folder}.</source>
        <translation>Neues Tagebuch in {folder} angelegt.</translation>
    </message>
    <message>
        <source>Nothing new to import, so no journal was created in {folder}.</source>
        <translation>Nichts Neues zu importieren, daher wurde in {folder} kein Tagebuch angelegt.</translation>
    </message>
    <message>
        <source>This file cannot be imported: {error}</source>
        <translation>Diese Datei kann nicht importiert werden: {error}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Es wurde nichts importiert: {error}</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Importiert: {summary}</translation>
    </message>
    <message>
        <source>Unlock {app_name}</source>
        <translation>{app_name} entsperren</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery key</source>
        <translation>Ich habe sie vergessen: meinen Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>a new passphrase (8 characters or more)</source>
        <translation>eine neue Passphrase (8 Zeichen oder mehr)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>This journal is locked. Enter your passphrase to open it.</source>
        <translation>Dieses Tagebuch ist gesperrt. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The key file (vault.json) is missing or damaged. Your passphrase, or your recovery key with “I forgot it”, still opens the journal with the copy of the key kept in your backups, and the key file is written again.</source>
        <translation>Die Schlüsseldatei (vault.json) fehlt oder ist beschädigt. Deine Passphrase oder dein Wiederherstellungsschlüssel mit „Ich habe sie vergessen“ öffnet das Tagebuch weiterhin mit der Kopie des Schlüssels in deinen Sicherungen, und die Schlüsseldatei wird neu geschrieben.</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}</source>
        <translation>Die Sprache konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything stays on this computer.&lt;/b&gt; There is no account to make and Resilience never uses the network: what you write, log and feel is kept in one file in your own data folder, backed up there, and nowhere else.</source>
        <translation>&lt;b&gt;Alles bleibt auf diesem Computer.&lt;/b&gt; Es gibt kein Konto, das du anlegen musst, und Resilience nutzt nie das Netzwerk: Was du schreibst, einträgst und fühlst, liegt in einer Datei in deinem eigenen Datenordner, wird dort gesichert und nirgendwo sonst.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Resilience</source>
        <translation>Willkommen bei Resilience</translation>
    </message>
    <message>
        <source>A private place to name what you feel, move, keep in touch with the people who matter, and look back on hard times you came through.</source>
        <translation>Ein privater Ort, um zu benennen, was du fühlst, dich zu bewegen, mit den Menschen in Kontakt zu bleiben, die dir wichtig sind, und auf schwere Zeiten zurückzublicken, die du überstanden hast.</translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation>Vorname (optional)</translation>
    </message>
    <message>
        <source>optional: used only to greet you</source>
        <translation>optional: nur für die Begrüßung</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Dein Vorname</translation>
    </message>
    <message>
        <source>Help lines for</source>
        <translation>Hilfetelefone für</translation>
    </message>
    <message>
        <source>Help is one key away: press F1 anywhere for the help lines. </source>
        <translation>Hilfe ist nur eine Taste entfernt: Drück überall F1 für die Hilfetelefone. </translation>
    </message>
    <message>
        <source>You can change all of this later in Settings (Ctrl+,).</source>
        <translation>Du kannst all das später in den Einstellungen ändern (Strg+,).</translation>
    </message>
    <message>
        <source>This computer&apos;s region settings name a country with no help lines listed here, so Find A Helpline is shown. If your country is in the list above, choose it.</source>
        <translation>Die Regionseinstellungen dieses Computers nennen ein Land, für das hier keine Hilfetelefone aufgeführt sind, daher wird Find A Helpline angezeigt. Wenn dein Land oben in der Liste steht, wähle es aus.</translation>
    </message>
    <message>
        <source>Help lines for {region} were chosen from this computer&apos;s region settings. If you live somewhere else, choose your country above.</source>
        <translation>Die Hilfetelefone für {region} wurden anhand der Regionseinstellungen dieses Computers gewählt. Wenn du woanders lebst, wähle oben dein Land aus.</translation>
    </message>
    <message>
        <source>Lock with a passphrase…</source>
        <translation>Mit einer Passphrase sperren…</translation>
    </message>
    <message>
        <source>Optional: lock the journal with a passphrase</source>
        <translation>Optional: das Tagebuch mit einer Passphrase sperren</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Mit Demodaten erkunden</translation>
    </message>
    <message>
        <source>Opens a second window on made-up data that is thrown away when it closes; your own data stays empty.</source>
        <translation>Öffnet ein zweites Fenster mit erfundenen Daten, die beim Schließen verworfen werden; deine eigenen Daten bleiben leer.</translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase ✔</source>
        <translation>Dein Tagebuch ist mit einer Passphrase gesperrt ✔</translation>
    </message>
    <message>
        <source>Optional: encrypt your journal and its backups with a passphrase.</source>
        <translation>Optional: Verschlüssle dein Tagebuch und seine Sicherungen mit einer Passphrase.</translation>
    </message>
    <message>
        <source>Passphrase lock…</source>
        <translation>Passphrasen-Sperre…</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own. Your own data here stays as it is.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster. Deine eigenen Daten hier bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The demo could not be started. Try `resilience-desktop --demo` from a terminal.</source>
        <translation>Die Demo konnte nicht gestartet werden. Versuch `resilience-desktop --demo` in einem Terminal.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Resilience cannot show reminders or stay open in the tray here.</source>
        <translation>Dieser Desktop hat keinen Infobereich (System Tray), daher kann Resilience hier keine Erinnerungen zeigen und nicht im Infobereich geöffnet bleiben.</translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation>{app_name} öffnen</translation>
    </message>
    <message>
        <source>{text}: time</source>
        <translation>{text}: Uhrzeit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You and the look of things</source>
        <translation>Du und das Aussehen</translation>
    </message>
    <message>
        <source>optional, e.g. Alex Morgan</source>
        <translation>optional, z. B. Alex Morgan</translation>
    </message>
    <message>
        <source>Name on the therapist summary</source>
        <translation>Name auf der Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>Name on summary</source>
        <translation>Name auf der Zusammenfassung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Die Woche beginnt am</translation>
    </message>
    <message>
        <source>A new language shows the next time Resilience starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Resilience.</translation>
    </message>
    <message>
        <source>Stay in touch: default cadence by relationship</source>
        <translation>In Kontakt bleiben: Standardrhythmus je nach Beziehung</translation>
    </message>
    <message>
        <source>{label}: keep in touch every … days</source>
        <translation>{label}: Kontakt halten alle … Tage</translation>
    </message>
    <message>
        <source>Reminders (off unless you turn them on)</source>
        <translation>Erinnerungen (aus, bis du sie einschaltest)</translation>
    </message>
    <message>
        <source>A daily check-in at</source>
        <translation>Ein täglicher Check-in um</translation>
    </message>
    <message>
        <source>A weekly review, first day of the week, at</source>
        <translation>Ein Wochenrückblick am ersten Tag der Woche um</translation>
    </message>
    <message>
        <source>Keep Resilience in the tray when its window closes</source>
        <translation>Resilience im Infobereich behalten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Reminders appear as a quiet notification; nothing is sent anywhere.</source>
        <translation>Erinnerungen erscheinen als leise Benachrichtigung; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Privacy and your data</source>
        <translation>Privatsphäre und deine Daten</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten der Inaktivität</translation>
    </message>
    <message>
        <source>Locked ✔</source>
        <translation>Gesperrt ✔</translation>
    </message>
    <message>
        <source>Idle locking works once the passphrase lock is on.</source>
        <translation>Das Sperren bei Inaktivität funktioniert, sobald die Passphrasen-Sperre eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Support and help lines</source>
        <translation>Unterstützung und Hilfetelefone</translation>
    </message>
    <message>
        <source>Help lines (F1)</source>
        <translation>Hilfetelefone (F1)</translation>
    </message>
    <message>
        <source>Crisis lines and how to find a therapist</source>
        <translation>Krisentelefone und wie du eine Therapeutin oder einen Therapeuten findest</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Show help lines &amp;for:</source>
        <translation>Hilfetelefone zeigen &amp;für:</translation>
    </message>
    <message>
        <source>Show help lines for</source>
        <translation>Hilfetelefone zeigen für</translation>
    </message>
    <message>
        <source>Finding a therapist</source>
        <translation>Eine Therapeutin oder einen Therapeuten finden</translation>
    </message>
    <message>
        <source>Help lines last checked {last_checked}. Numbers change: if one does not work, use findahelpline.com.</source>
        <translation>Hilfetelefone zuletzt geprüft am {last_checked}. Nummern ändern sich: Wenn eine nicht funktioniert, nutze findahelpline.com.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>A ten-minute walk</source>
        <translation>Ein zehnminütiger Spaziergang</translation>
    </message>
    <message>
        <source>Some activity is better than none (WHO guideline, 2020). Once your log shows what lifts your mood, the suggestion here will come from it.</source>
        <translation>Etwas Bewegung ist besser als keine (WHO-Leitlinie, 2020). Sobald dein Protokoll zeigt, was deine Stimmung hebt, kommt der Vorschlag hier daraus.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Three minutes of box breathing</source>
        <translation>Drei Minuten Box-Atmung</translation>
    </message>
    <message>
        <source>In 4 s, hold 4 s, out 4 s, hold 4 s. Stop if you feel dizzy. Once you rate your stress before and after, the suggestion here will come from what helps you.</source>
        <translation>4 s ein, 4 s halten, 4 s aus, 4 s halten. Hör auf, wenn dir schwindlig wird. Sobald du deinen Stress vorher und nachher bewertest, kommt der Vorschlag hier aus dem, was dir hilft.</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Your mood rose by {mean} on average across the {count} sessions of it in the last {look_back_days} days where you rated your mood before and after.</source>
        <translation>Deine Stimmung ist im Schnitt um {mean} gestiegen, über die {count} Einheiten davon in den letzten {look_back_days} Tagen, bei denen du deine Stimmung vorher und nachher bewertet hast.</translation>
    </message>
    <message>
        <source>Get in touch with {name}</source>
        <translation>Melde dich bei {name}</translation>
    </message>
    <message>
        <source>You felt supported ({mean} of 5 on average) across the {count} contacts with them in the last {look_back_days} days where you rated it.</source>
        <translation>Du hast dich unterstützt gefühlt (im Schnitt {mean} von 5), über die {count} Kontakte mit dieser Person in den letzten {look_back_days} Tagen, bei denen du es bewertet hast.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>This week&apos;s activity</source>
        <translation>Bewegung dieser Woche</translation>
    </message>
    <message>
        <source>Exercise →</source>
        <translation>Bewegung →</translation>
    </message>
    <message>
        <source>You have reached the WHO guideline&apos;s 150 minutes this week.</source>
        <translation>Du hast diese Woche die 150 Minuten der WHO-Leitlinie erreicht.</translation>
    </message>
    <message>
        <source>{minutes} minutes to the guideline&apos;s 150. Every bit counts.</source>
        <translation>Noch {minutes} Minuten bis zu den 150 der Leitlinie. Jedes bisschen zählt.</translation>
    </message>
    <message>
        <source>Nothing logged yet this week. Some activity is better than none.</source>
        <translation>Diese Woche noch nichts eingetragen. Etwas Bewegung ist besser als keine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{minutes}&lt;/b&gt; guideline minutes since {start}.&lt;br&gt;{aim}&lt;br&gt;Muscle strengthening: {strength} of {strength_days} days{value}.</source>
        <translation>&lt;b&gt;{minutes}&lt;/b&gt; Leitlinien-Minuten seit {start}.&lt;br&gt;{aim}&lt;br&gt;Muskelkräftigung: {strength} von {strength_days} Tagen{value}.</translation>
    </message>
    <message>
        <source>Mood, last 30 days</source>
        <translation>Stimmung, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Journal →</source>
        <translation>Tagebuch →</translation>
    </message>
    <message>
        <source>Pleasantness from −5 to +5, {days} with a check-in.</source>
        <translation>Wohlbefinden von −5 bis +5, {days} mit einem Check-in.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>%n day</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins will draw a line here.</source>
        <translation>Deine Check-ins zeichnen hier eine Linie.</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>People →</source>
        <translation>Menschen →</translation>
    </message>
    <message>
        <source>Nobody is due a contact. Well kept in touch.</source>
        <translation>Bei niemandem ist ein Kontakt fällig. Gut in Kontakt geblieben.</translation>
    </message>
    <message>
        <source>Add the people who matter to you on the People tab, and Today will remind you gently when it has been a while.</source>
        <translation>Füge im Tab „Menschen“ die Menschen hinzu, die dir wichtig sind, und „Heute“ erinnert dich sanft, wenn es eine Weile her ist.</translation>
    </message>
    <message>
        <source>last contact {last_contact}</source>
        <translation>letzter Kontakt {last_contact}</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>noch kein Kontakt eingetragen</translation>
    </message>
    <message>
        <source>Log a contact with {name}</source>
        <translation>Einen Kontakt mit {name} eintragen</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Einen Rückblick schreiben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hide this until the next look back is due</source>
        <translation>Bis zum nächsten fälligen Rückblick ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;A hard time {day}&lt;/b&gt; ({entry_date}: &lt;i&gt;{what}&lt;/i&gt;)&lt;br&gt;{follow_up_questions}</source>
        <translation>&lt;b&gt;Eine schwere Zeit {day}&lt;/b&gt; ({entry_date}: &lt;i&gt;{what}&lt;/i&gt;)&lt;br&gt;{follow_up_questions}</translation>
    </message>
    <message>
        <source>Something for today</source>
        <translation>Etwas für heute</translation>
    </message>
    <message>
        <source>Insights →</source>
        <translation>Einblicke →</translation>
    </message>
    <message>
        <source>Open the Insights tab</source>
        <translation>Den Tab „Einblicke“ öffnen</translation>
    </message>
    <message>
        <source>Open the {tab} tab</source>
        <translation>Den Tab „{tab}“ öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-checks due:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Fällige Selbsttests:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>How are you right now? Tap the pad: how pleasant, how much energy.</source>
        <translation>Wie geht es dir gerade? Tippe auf das Feld: Wie angenehm, wie viel Energie.</translation>
    </message>
    <message>
        <source>It is saved to your journal as you tap. Then you can pick words for the feeling: putting feelings into words can take some of their edge off.</source>
        <translation>Es wird beim Tippen in deinem Tagebuch gespeichert. Dann kannst du Wörter für das Gefühl wählen: Gefühle in Worte zu fassen kann ihnen etwas die Schärfe nehmen.</translation>
    </message>
    <message>
        <source>Write more…</source>
        <translation>Mehr schreiben…</translation>
    </message>
    <message>
        <source>Write more in the Journal</source>
        <translation>Mehr im Tagebuch schreiben</translation>
    </message>
    <message>
        <source>Name the feeling</source>
        <translation>Das Gefühl benennen</translation>
    </message>
    <message>
        <source>Pleasantness {value} · energy {value2}: {quadrant}. Any words for it?</source>
        <translation>Wohlbefinden {value} · Energie {value2}: {quadrant}. Hast du Worte dafür?</translation>
    </message>
    <message>
        <source>Not saved: {error}. Tap again to retry.</source>
        <translation>Nicht gespeichert: {error}. Tippe noch einmal, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Saved to your journal at {now_to_second:%H:%M}.</source>
        <translation>Um {now_to_second:%H:%M} in deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>{minutes} of {target} guideline minutes this week</source>
        <translation>{minutes} von {target} Leitlinien-Minuten diese Woche</translation>
    </message>
    <message>
        <source>of {target} min</source>
        <translation>von {target} Min.</translation>
    </message>
    <message>
        <source>Mood over the last {days} days: {points} days with a check-in, average pleasantness {mean} (from −5 to +5)</source>
        <translation>Stimmung in den letzten {days} Tagen: {points} Tage mit einem Check-in, mittleres Wohlbefinden {mean} (von −5 bis +5)</translation>
    </message>
    <message>
        <source>No mood check-ins in the last {days} days</source>
        <translation>Keine Stimmungs-Check-ins in den letzten {days} Tagen</translation>
    </message>
    <message>
        <source>Open {tab} →</source>
        <translation>{tab} öffnen →</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Waiting for the sync to finish…</source>
        <translation>Warte, bis die Synchronisierung fertig ist …</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>already holds files. Write into it</source>
        <translation>enthält bereits Dateien. Trotzdem hineinschreiben</translation>
    </message>
    <message>
        <source>already exists. Replace it</source>
        <translation>existiert bereits. Ersetzen</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Dort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your stress fell by {drop} points on average (0–10) across the {count} sessions of it in the last {look_back_days} days where you rated your stress before and after.</source>
        <translation>Dein Stress ist im Schnitt um {drop} Punkte gesunken (0–10), über die {count} Übungen davon in den letzten {look_back_days} Tagen, bei denen du deinen Stress vorher und nachher bewertet hast.</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Atmen</translation>
    </message>
    <message>
        <source>&amp;Meditate</source>
        <translation>&amp;Meditieren</translation>
    </message>
    <message>
        <source>&amp;Imagery</source>
        <translation>&amp;Fantasiereise</translation>
    </message>
    <message>
        <source>&amp;Grounding</source>
        <translation>&amp;Erdung</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Choose a valid date for the entry.</source>
        <translation>Wähle ein gültiges Datum für den Eintrag.</translation>
    </message>
    <message>
        <source>Exercised (any)</source>
        <translation>Bewegt (beliebig)</translation>
    </message>
    <message>
        <source>Contact in person</source>
        <translation>Kontakt persönlich</translation>
    </message>
    <message>
        <source>Contact online</source>
        <translation>Kontakt online</translation>
    </message>
    <message>
        <source>Practised calm</source>
        <translation>Ruheübung gemacht</translation>
    </message>
    <message>
        <source>Wrote a journal entry</source>
        <translation>Tagebucheintrag geschrieben</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
    <message>
        <source>Naming a feeling</source>
        <translation>Ein Gefühl benennen</translation>
    </message>
    <message>
        <source>drop in intensity (0–10)</source>
        <translation>Rückgang der Stärke (0–10)</translation>
    </message>
    <message>
        <source>change in pleasantness (after − before)</source>
        <translation>Veränderung des Wohlbefindens (nachher − vorher)</translation>
    </message>
    <message>
        <source>drop in stress (0–10)</source>
        <translation>Rückgang des Stresses (0–10)</translation>
    </message>
    <message>
        <source>No contacts logged in the last 60 days.</source>
        <translation>In den letzten 60 Tagen keine Kontakte eingetragen.</translation>
    </message>
    <message>
        <source>More contact in person in the last 30 days than in the 30 before: {recent} vs {before}.</source>
        <translation>Mehr persönlicher Kontakt in den letzten 30 Tagen als in den 30 davor: {recent} gegenüber {before}.</translation>
    </message>
    <message>
        <source>Less contact in person in the last 30 days than in the 30 before: {recent} vs {before}.</source>
        <translation>Weniger persönlicher Kontakt in den letzten 30 Tagen als in den 30 davor: {recent} gegenüber {before}.</translation>
    </message>
    <message>
        <source>As much contact in person in the last 30 days as in the 30 before: {recent} each.</source>
        <translation>Genauso viel persönlicher Kontakt in den letzten 30 Tagen wie in den 30 davor: jeweils {recent}.</translation>
    </message>
    <message>
        <source>Calls, messages and online: {recent} ({before} before).</source>
        <translation>Anrufe, Nachrichten und online: {recent} (davor {before}).</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>How supported I felt after contacts</source>
        <translation>Wie unterstützt ich mich nach Kontakten fühlte</translation>
    </message>
    <message>
        <source>this week so far: {minutes} guideline minutes.</source>
        <translation>diese Woche bisher: {minutes} Leitlinien-Minuten.</translation>
    </message>
    <message>
        <source>Mood can be compared once there are weeks both above and below {low} guideline minutes.</source>
        <translation>Die Stimmung lässt sich vergleichen, sobald es Wochen über und unter {low} Leitlinien-Minuten gibt.</translation>
    </message>
    <message>
        <source>Mood on weeks with {low}+ guideline minutes: {diff} higher than on other weeks ({active} vs {other} weeks).</source>
        <translation>Stimmung in Wochen mit {low}+ Leitlinien-Minuten: {diff} höher als in anderen Wochen ({active} gegenüber {other} Wochen).</translation>
    </message>
    <message>
        <source>Mood on weeks with {low}+ guideline minutes: {diff} lower than on other weeks ({active} vs {other} weeks).</source>
        <translation>Stimmung in Wochen mit {low}+ Leitlinien-Minuten: {diff} niedriger als in anderen Wochen ({active} gegenüber {other} Wochen).</translation>
    </message>
    <message>
        <source>Mood on weeks with {low}+ guideline minutes: about the same as on other weeks ({active} vs {other} weeks).</source>
        <translation>Stimmung in Wochen mit {low}+ Leitlinien-Minuten: etwa gleich wie in anderen Wochen ({active} gegenüber {other} Wochen).</translation>
    </message>
    <message>
        <source>Most minutes in the last {weeks} weeks: {named}.</source>
        <translation>Die meisten Minuten in den letzten {weeks} Wochen: {named}.</translation>
    </message>
    <message>
        <source>No mood check-ins in the last 30 days.</source>
        <translation>In den letzten 30 Tagen keine Stimmungseinträge.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average.</source>
        <translation>Stimmung in den letzten 30 Tagen: Wohlbefinden im Schnitt {now}.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average, up from {then} in the 30 before.</source>
        <translation>Stimmung in den letzten 30 Tagen: Wohlbefinden im Schnitt {now}, gestiegen von {then} in den 30 davor.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average, down from {then} in the 30 before.</source>
        <translation>Stimmung in den letzten 30 Tagen: Wohlbefinden im Schnitt {now}, gesunken von {then} in den 30 davor.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average, about the same as in the 30 before.</source>
        <translation>Stimmung in den letzten 30 Tagen: Wohlbefinden im Schnitt {now}, etwa gleich wie in den 30 davor.</translation>
    </message>
    <message>
        <source>Named most often in this period: {named}.</source>
        <translation>In diesem Zeitraum am häufigsten genannt: {named}.</translation>
    </message>
    <message>
        <source>Different feeling words in {month}: {count}.</source>
        <translation>Verschiedene Gefühlswörter im {month}: {count}.</translation>
    </message>
    <message>
        <source>The month before: {count}.</source>
        <translation>Im Monat davor: {count}.</translation>
    </message>
    <message>
        <source>A mood on {checked} of {days} days: {pleasant} pleasant, {unpleasant} unpleasant, the rest neutral.</source>
        <translation>Eine Stimmung an {checked} von {days} Tagen: {pleasant} angenehm, {unpleasant} unangenehm, der Rest neutral.</translation>
    </message>
    <message>
        <source>No practice in the last 4 weeks.</source>
        <translation>Keine Übung in den letzten 4 Wochen.</translation>
    </message>
    <message>
        <source>{total} minutes of practice in the last 4 weeks, most of it {kind} ({minutes} minutes).</source>
        <translation>{total} Minuten Übung in den letzten 4 Wochen, das meiste davon {kind} ({minutes} Minuten).</translation>
    </message>
    <message>
        <source>No activity has raised the mood on average yet.</source>
        <translation>Noch keine Aktivität hat die Stimmung im Schnitt gehoben.</translation>
    </message>
    <message>
        <source>No practice has lowered the stress on average yet.</source>
        <translation>Noch keine Übung hat den Stress im Schnitt gesenkt.</translation>
    </message>
    <message>
        <source>Give this computer a name (the other computers show it).</source>
        <translation>Gib diesem Computer einen Namen (die anderen Computer zeigen ihn an).</translation>
    </message>
    <message>
        <source>A computer&apos;s name can have at most {limit} characters.</source>
        <translation>Der Name eines Computers darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose a sync folder first.</source>
        <translation>Wähle zuerst einen Sync-Ordner.</translation>
    </message>
    <message>
        <source>The sync folder must not be inside the data folder (or hold it). Nothing was changed.</source>
        <translation>Der Sync-Ordner darf nicht im Datenordner liegen (und ihn nicht enthalten). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Check the name, or connect the drive it is on.</source>
        <translation>Es gibt keinen Ordner {folder}. Prüfe den Namen oder schließe das Laufwerk an, auf dem er liegt.</translation>
    </message>
    <message>
        <source>This journal already syncs with another folder. Stop syncing on this computer first to choose a new one. Nothing was changed.</source>
        <translation>Dieses Tagebuch synchronisiert schon mit einem anderen Ordner. Beende zuerst das Synchronisieren auf diesem Computer, um einen neuen zu wählen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync folder unreachable: {folder}</source>
        <translation>Sync-Ordner nicht erreichbar: {folder}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Sync folder unreachable</source>
        <translation>Sync-Ordner nicht erreichbar</translation>
    </message>
    <message>
        <source>Sync stopped: see File → Sync…</source>
        <translation>Synchronisieren angehalten: siehe Datei → Synchronisieren…</translation>
    </message>
    <message>
        <source>Sync failed (the log has details)</source>
        <translation>Synchronisieren fehlgeschlagen (Details im Protokoll)</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisiert {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Created the sync folder. Its recovery key opens it if the passphrase is lost. It is shown only now: write it down and keep it safe:
{key}</source>
        <translation>Sync-Ordner erstellt. Sein Wiederherstellungsschlüssel öffnet ihn, falls die Passphrase verloren geht. Er wird nur jetzt angezeigt: Schreib ihn auf und bewahre ihn sicher auf:
{key}</translation>
    </message>
    <message>
        <source>Up to date with the sync folder: nothing new to send or receive.</source>
        <translation>Auf dem Stand des Sync-Ordners: nichts Neues zu senden oder zu empfangen.</translation>
    </message>
    <message>
        <source>This computer was away longer than the folder keeps changes: caught up by merging the folder&apos;s summary (edits made here are kept).</source>
        <translation>Dieser Computer war länger weg, als der Ordner Änderungen aufbewahrt: Er hat aufgeholt, indem er die Zusammenfassung des Ordners zusammengeführt hat (hier gemachte Änderungen bleiben erhalten).</translation>
    </message>
    <message>
        <source>{name} runs a newer Resilience: update Resilience to read its changes (they wait in the folder).</source>
        <translation>{name} verwendet ein neueres Resilience: Aktualisiere Resilience, um seine Änderungen zu lesen (sie warten im Ordner).</translation>
    </message>
    <message>
        <source>The clock of {name} is more than a day ahead; its times are not trusted.</source>
        <translation>Die Uhr von {name} geht mehr als einen Tag vor; ihren Zeiten wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Inbox note not imported: {reason}</source>
        <translation>Notiz aus dem Eingang nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>This computer was away longer than the folder keeps changes: merged by uid (edits made here are kept).</source>
        <translation>Dieser Computer war länger weg, als der Ordner Änderungen aufbewahrt: nach uid zusammengeführt (hier gemachte Änderungen bleiben erhalten).</translation>
    </message>
    <message>
        <source>Sync folder passphrase: </source>
        <translation>Passphrase des Sync-Ordners: </translation>
    </message>
    <message>
        <source>Created a new journal in {folder} from the sync folder.</source>
        <translation>Neues Tagebuch in {folder} aus dem Sync-Ordner angelegt.</translation>
    </message>
    <message>
        <source>Created the sync folder {folder}. Its recovery key opens it if the passphrase is lost (shown once, write it down):</source>
        <translation>Sync-Ordner {folder} angelegt. Sein Wiederherstellungsschlüssel öffnet ihn, falls die Passphrase verloren geht (wird nur einmal angezeigt, schreib ihn auf):</translation>
    </message>
    <message>
        <source>{name} (this computer): last synced {when}</source>
        <translation>{name} (dieser Computer): zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>{name}: last synced {when}</source>
        <translation>{name}: zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>Up to date with the sync folder · {when}</source>
        <translation>Auf dem Stand des Sync-Ordners · {when}</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Keep this journal the same on several computers through a folder that a sync tool you already use carries between them (Syncthing, Nextcloud, Dropbox, a USB stick). Resilience only reads and writes the folder; everything in it is encrypted with the folder&apos;s passphrase, except notes you drop into its inbox folder from a phone.</source>
        <translation>Halte dieses Tagebuch auf mehreren Computern gleich, über einen Ordner, den ein Sync-Programm, das du schon nutzt, zwischen ihnen überträgt (Syncthing, Nextcloud, Dropbox, ein USB-Stick). Resilience liest und schreibt nur den Ordner; alles darin ist mit der Passphrase des Ordners verschlüsselt, außer Notizen, die du von einem Telefon in seinen Eingangsordner legst.</translation>
    </message>
    <message>
        <source>Computers in this folder:</source>
        <translation>Computer in diesem Ordner:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>Sync-&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder &amp;passphrase:</source>
        <translation>Ordner-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase wie&amp;derholen:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Show &amp;older versions…</source>
        <translation>&amp;Ältere Fassungen zeigen…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>S&amp;top syncing on this computer</source>
        <translation>Synchronisieren auf diesem Computer &amp;beenden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{name} (this computer) — last synced {when}</source>
        <translation>{name} (dieser Computer) — zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>{name} — last synced {when}</source>
        <translation>{name} — zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>A sync is already running; try again when it ends.</source>
        <translation>Es läuft schon eine Synchronisierung; versuch es wieder, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Type the sync folder&apos;s passphrase.</source>
        <translation>Gib die Passphrase des Sync-Ordners ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Gib zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>A sync is running; try again when it ends.</source>
        <translation>Eine Synchronisierung läuft; versuch es wieder, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>This computer no longer syncs. The folder and the other computers keep their copies; choose a folder to sync again.</source>
        <translation>Dieser Computer synchronisiert nicht mehr. Der Ordner und die anderen Computer behalten ihre Kopien; wähle einen Ordner, um wieder zu synchronisieren.</translation>
    </message>
    <message>
        <source>The sync failed unexpectedly; the log has details. Nothing was lost.</source>
        <translation>Das Synchronisieren ist unerwartet fehlgeschlagen; Details stehen im Protokoll. Nichts ging verloren.</translation>
    </message>
    <message>
        <source>({new} new).</source>
        <translation>({new} neu).</translation>
    </message>
    <message>
        <source>Note on a person</source>
        <translation>Notiz zu einer Person</translation>
    </message>
    <message>
        <source>Note on a group</source>
        <translation>Notiz zu einer Gruppe</translation>
    </message>
    <message>
        <source>Note on a contact</source>
        <translation>Notiz zu einem Kontakt</translation>
    </message>
    <message>
        <source>Note on an exercise session</source>
        <translation>Notiz zu einer Trainingseinheit</translation>
    </message>
    <message>
        <source>Note on a calm session</source>
        <translation>Notiz zu einer Ruheübung</translation>
    </message>
    <message>
        <source>Description of a strength</source>
        <translation>Beschreibung einer Stärke</translation>
    </message>
    <message>
        <source>Example of a strength</source>
        <translation>Beispiel einer Stärke</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message>
        <source>{kind}{owner} — written on {where}, {when}</source>
        <translation>{kind}{owner} — geschrieben auf {where}, {when}</translation>
    </message>
    <message>
        <source>Older versions of notes</source>
        <translation>Ältere Fassungen von Notizen</translation>
    </message>
    <message>
        <source>When two computers changed the same note before they synced, one text won; the other is kept here. Copy it and paste what you want to keep into the note.</source>
        <translation>Wenn zwei Computer dieselbe Notiz geändert haben, bevor sie synchronisiert wurden, hat ein Text gewonnen; der andere ist hier aufbewahrt. Kopiere ihn und füge in die Notiz ein, was du behalten möchtest.</translation>
    </message>
    <message>
        <source>&amp;Older versions (newest first):</source>
        <translation>Ä&amp;ltere Fassungen (neueste zuerst):</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Älterer Text</translation>
    </message>
    <message>
        <source>The note now</source>
        <translation>Die Notiz jetzt</translation>
    </message>
    <message>
        <source>Older text:</source>
        <translation>Älterer Text:</translation>
    </message>
    <message>
        <source>The note now:</source>
        <translation>Die Notiz jetzt:</translation>
    </message>
    <message>
        <source>&amp;Copy older text</source>
        <translation>Älteren Text &amp;kopieren</translation>
    </message>
    <message>
        <source>(this note is not on this computer)</source>
        <translation>(diese Notiz ist nicht auf diesem Computer)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Resilience summary: {name}, {period}</source>
        <translation>Resilience-Zusammenfassung: {name}, {period}</translation>
    </message>
    <message>
        <source>Resilience summary: {period}</source>
        <translation>Resilience-Zusammenfassung: {period}</translation>
    </message>
    <message>
        <source>Resilience summary</source>
        <translation>Resilience-Zusammenfassung</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>suggests likely depression</source>
        <translation>Depression wahrscheinlich</translation>
    </message>
    <message>
        <source>suggests poor well-being</source>
        <translation>geringes Wohlbefinden</translation>
    </message>
    <message>
        <source>above 50</source>
        <translation>über 50</translation>
    </message>
    <message>
        <source>No mood check-ins in this period.</source>
        <translation>Keine Stimmungs-Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Average pleasantness {pleasantness}, average energy {energy}.</source>
        <translation>Mittleres Wohlbefinden {pleasantness}, mittlere Energie {energy}.</translation>
    </message>
    <message>
        <source>--data-dir (or RESILIENCE_DATA_DIR) must be a folder; {path} is a file.</source>
        <translation>--data-dir (oder RESILIENCE_DATA_DIR) muss ein Ordner sein; {path} ist eine Datei.</translation>
    </message>
    <message>
        <source>--data-dir (or RESILIENCE_DATA_DIR) must be a folder; {path} is not a folder.</source>
        <translation>--data-dir (oder RESILIENCE_DATA_DIR) muss ein Ordner sein; {path} ist kein Ordner.</translation>
    </message>
    <message>
        <source>No backups in {folder} yet.</source>
        <translation>Noch keine Sicherungen in {folder}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Sicherungen in {folder}, neueste zuerst:</translation>
    </message>
    <message>
        <source>{given}: no such file, nor a backup of that name. `resilience-desktop backup --list` shows the backups by name.</source>
        <translation>{given}: keine solche Datei und keine Sicherung dieses Namens. `resilience-desktop backup --list` zeigt die Sicherungen mit Namen.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>{error} Close it and try again.</source>
        <translation>{error} Schließe es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Restored {source}.
The journal as it was before is kept in {previous}</source>
        <translation>{source} wiederhergestellt.
Das Tagebuch, wie es vorher war, liegt in {previous}</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key): </source>
        <translation>Passphrase (oder Wiederherstellungsschlüssel): </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored {source} into {folder} (a new journal there).</source>
        <translation>{source} in {folder} wiederhergestellt (dort ein neues Tagebuch).</translation>
    </message>
    <message>
        <source>It is locked: open it with the same passphrase or recovery key.</source>
        <translation>Es ist gesperrt: Öffne es mit derselben Passphrase oder demselben Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>{folder} holds a journal now. Nothing was changed.</source>
        <translation>{folder} enthält jetzt ein Tagebuch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No journal in {folder}; nothing was checked.</source>
        <translation>Kein Tagebuch in {folder}; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Resilience; install it to open the journal. The file was not changed.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von Resilience gespeichert; installiere sie, um das Tagebuch zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file was not changed. Open Resilience to restore a backup, or run `resilience-desktop restore FILE`.</source>
        <translation>Die Datei wurde nicht verändert. Öffne Resilience, um eine Sicherung wiederherzustellen, oder führe `resilience-desktop restore DATEI` aus.</translation>
    </message>
    <message>
        <source>an empty line</source>
        <translation>eine leere Zeile</translation>
    </message>
    <message>
        <source>item {number}: {shown} is not an answer; use a whole number {keys}. Nothing was stored.</source>
        <translation>Frage {number}: {shown} ist keine Antwort; nimm eine ganze Zahl {keys}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the {scale} has {items} items but {lines} lines were given. Nothing was stored.</source>
        <translation>Der {scale} hat {items} Fragen, aber es wurden {lines} Zeilen angegeben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>item {number}: no answer given. Nothing was stored.</source>
        <translation>Frage {number}: keine Antwort angegeben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>stopped before the last item. Nothing was stored.</source>
        <translation>Vor der letzten Frage abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Please type one of {values}.</source>
        <translation>Bitte gib eine dieser Zahlen ein: {values}.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Help lines: open Resilience and press F1, or see findahelpline.com.</source>
        <translation>Hilfetelefone: Öffne Resilience und drücke F1, oder sieh auf findahelpline.com nach.</translation>
    </message>
    <message>
        <source>what was given on stdin is not UTF-8 text (check the terminal&apos;s or the file&apos;s encoding).</source>
        <translation>was auf stdin kam, ist kein UTF-8-Text (prüfe die Kodierung des Terminals oder der Datei).</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The {what}: {not_text} {outcome}</source>
        <translation>{what}: {not_text} {outcome}</translation>
    </message>
    <message>
        <source>--years must be more than 0 and at most 200 (for example 0.5 or 10); {years} was given.</source>
        <translation>--years muss größer als 0 und höchstens 200 sein (zum Beispiel 0.5 oder 10); angegeben wurde {years}.</translation>
    </message>
    <message>
        <source>{years} years up to {end} would start before {first_year}: choose fewer years or a later --end-date.</source>
        <translation>{years} Jahre bis {end} würden vor {first_year} beginnen: wähle weniger Jahre oder ein späteres --end-date.</translation>
    </message>
    <message>
        <source>{folder} already holds a journal; demo data only goes into an empty data directory (use --data-dir with a new folder).</source>
        <translation>{folder} enthält schon ein Tagebuch; Demodaten kommen nur in einen leeren Datenordner (nimm --data-dir mit einem neuen Ordner).</translation>
    </message>
    <message>
        <source>Demo data for {years} years written to {folder}</source>
        <translation>Demodaten für {years} Jahre nach {folder} geschrieben</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No entry on {day}. Nothing was changed.</source>
        <translation>Kein Eintrag am {day}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{count} entries on {day}:</source>
        <translation>{count} Einträge am {day}:</translation>
    </message>
    <message>
        <source>Which one? uid (or its first digits): </source>
        <translation>Welcher? uid (oder ihre ersten Zeichen): </translation>
    </message>
    <message>
        <source>That entry is not from {day}. Nothing was changed.</source>
        <translation>Dieser Eintrag ist nicht vom {day}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>several entries on {day}; give the uid of one: resilience-desktop edit UID</source>
        <translation>mehrere Einträge am {day}; gib die uid von einem an: resilience-desktop edit UID</translation>
    </message>
    <message>
        <source>No uid given. Nothing was changed.</source>
        <translation>Keine uid angegeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No change: nothing was saved.</source>
        <translation>Keine Änderung: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved {day}: {title} (the previous text is in its history).</source>
        <translation>Gespeichert {day}: {title} (der vorige Text steht in seinem Verlauf).</translation>
    </message>
    <message>
        <source>No editor is set. Set VISUAL or EDITOR to the editor you want (for example `export EDITOR=nano`). Nothing was changed.</source>
        <translation>Kein Editor eingestellt. Setze VISUAL oder EDITOR auf den gewünschten Editor (zum Beispiel `export EDITOR=nano`). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The editor {editor} could not be started ({error}). Nothing was changed.</source>
        <translation>Der Editor {editor} konnte nicht gestartet werden ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The editor exited with status {status}. Nothing was changed.</source>
        <translation>Der Editor wurde mit Status {status} beendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The editor removed the file. Nothing was changed.</source>
        <translation>Der Editor hat die Datei entfernt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The edited text is not UTF-8. Nothing was changed.</source>
        <translation>Der bearbeitete Text ist kein UTF-8. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Warning: this journal is locked, but the export is NOT encrypted; anyone who can read {path} can read your journal.</source>
        <translation>Achtung: Dieses Tagebuch ist gesperrt, aber der Export ist NICHT verschlüsselt; wer {path} lesen kann, kann dein Tagebuch lesen.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Nach {path} exportiert</translation>
    </message>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Gib mindestens ein Suchwort an.</translation>
    </message>
    <message>
        <source>The journal could not be searched ({error}). Run `resilience-desktop check` for details.</source>
        <translation>Das Tagebuch konnte nicht durchsucht werden ({error}). Führe `resilience-desktop check` aus, um Näheres zu erfahren.</translation>
    </message>
    <message>
        <source>No entries match {query}.</source>
        <translation>Keine Einträge passen zu {query}.</translation>
    </message>
    <message>
        <source>showing {shown} of {total} — use --limit {total} to see them all</source>
        <translation>{shown} von {total} angezeigt — mit --limit {total} siehst du alle</translation>
    </message>
    <message>
        <source>Summary for {start} to {end} written to {path}</source>
        <translation>Zusammenfassung für {start} bis {end} nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Write your entry, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows).</source>
        <translation>Schreib deinen Eintrag und drücke dann Strg-D in einer neuen Zeile (unter Windows Strg-Z, dann Enter).</translation>
    </message>
    <message>
        <source>The entry is empty: nothing was written.</source>
        <translation>Der Eintrag ist leer: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{error} Nothing was written.</source>
        <translation>{error} Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Entry written for {day}: {title} [{uid}]</source>
        <translation>Eintrag für {day} geschrieben: {title} [{uid}]</translation>
    </message>
    <message>
        <source>Resilience is already open (another window is using this data).</source>
        <translation>Resilience ist schon geöffnet (ein anderes Fenster nutzt diese Daten).</translation>
    </message>
    <message>
        <source>{added} added, {skipped} skipped</source>
        <translation>{added} hinzugefügt, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>Nothing is drawn yet.</source>
        <translation>Noch nichts gezeichnet.</translation>
    </message>
    <message>
        <source>Across: {label}</source>
        <translation>Waagrecht: {label}</translation>
    </message>
    <message>
        <source>Up: {label}</source>
        <translation>Senkrecht: {label}</translation>
    </message>
    <message>
        <source>series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>reference line at {value}</source>
        <translation>Bezugslinie bei {value}</translation>
    </message>
    <message>
        <source>lowest {low}, highest {high}, last {last}</source>
        <translation>niedrigster {low}, höchster {high}, letzter {last}</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Balken:</translation>
    </message>
    <message>
        <source>mood recorded on sessions</source>
        <translation>bei den Einheiten erfasste Stimmung</translation>
    </message>
    <message>
        <source>Pleasantness per week{value} (grey: no check-in)</source>
        <translation>Wohlbefinden pro Woche{value} (grau: kein Check-in)</translation>
    </message>
</context>
<context>
    <name>ScaleCard</name>
    <message>
        <source>Remove the latest {0} answer</source>
        <translation>Die letzte Antwort im {0} entfernen</translation>
    </message>
</context>
</TS>
