<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FirstRunPage</name>
    <message>
        <source>This computer&apos;s region settings name a country with no help lines listed here, so Find A Helpline is shown. If your country is in the list above, choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines for {region} were chosen from this computer&apos;s region settings. If you live somewhere else, choose your country above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show data as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the data as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change in stress, 0–10 (after − before; below 0 = calmer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress change per practice (box: middle half, dot: mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: WHO guidelines on physical activity and sedentary behaviour, 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association, not cause: weeks with more activity may differ in other ways too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly minutes against the WHO guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO 150–300 min a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigorous (× 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity mix, last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change in pleasantness (after − before)
box: middle half · dot: mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood change per activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted line (r = {r:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline minutes in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean weekly mood
({mood_source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly minutes and mood
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference in mean {unit} (with − without), 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An association, not proof of cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({rolling_days}-day mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood (−5 … +5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness per day{value} (grey: no check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion words by frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct words in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a month (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional granularity: different words used per month (rising is good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop in strength (0–10 scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Where the network axes go in its figure (left, bottom, width, height); the legend sits in the empty top-left corner. A fixed rectangle instead of constrained layout keeps a 200-person picture well inside its time budget.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner rings: closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, call or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How supported I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <extracomment>Kinds that rotation thins out; before-migration copies are kept (they are rare).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check of the copy said: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not hold the same number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be converted ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted copy of {name} did not verify ({differ}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be encrypted ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed copy of {name} did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be decrypted ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the date: {shown} is outside the years {range_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal in {folder} yet, and that file cannot become one by itself: it is not a plain backup and carries no copy of a key (an encrypted backup written before backups carried one, or not a backup at all). If it is an encrypted backup, copy its journal&apos;s vault.json into {folder} and run the restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is neither the passphrase this backup was made with nor its recovery key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is empty (0 bytes): it was cut short and cannot be opened. Nothing was changed.</source>
        <extracomment>PRAGMA application_id of every Resilience journal and backup (&quot;RSLC&quot;). Private copies are made beside the journal (never in the system temp folder, so no plaintext leaves the data folder); a killed run&apos;s copy is removed by the next writer open (``transitions.remove_leftovers``). What a b-tree page&apos;s first byte may be (interior/leaf, index/table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is damaged and cannot be opened safely ({summary}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file vault.json of this locked journal is missing or damaged. Your passphrase or your recovery key still opens it with the copy of the key kept in your backups; a command that changes the journal (or `unlock`, or `passphrase --recovery-key`) then writes vault.json again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is encrypted or damaged, and there is no key file vault.json and no backup with a copy of the key. If the journal was locked, put back a copy of its vault.json, or restore a backup file of it that carries its key into a new folder (`restore FILE --data-dir NEW`, then the passphrase or recovery key). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {what} is not right: vault.json is missing or damaged, and it opens none of the key copies kept in the backups (a backup&apos;s copy opens with the passphrase in force when it was made, or with the recovery key). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <extracomment>Argon2id cost: about 0.3 s on a laptop core, 64 MiB (OWASP-style settings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The lock was not turned on; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The lock is still on; nothing was changed. If that backup is damaged, move it out of the backups folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not locked; turn the lock on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience is busy {pending}; try again when it has finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Resilience once to finish {pending}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened safely ({problem}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change to {db} was cut short, and what it left (the {wal} file beside it) can only be settled where the folder can be written. Copy the whole folder {parent} to a writable place and use --data-dir with the copy. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file cannot be opened ({error}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was saved by an older version and must be updated: open Resilience once. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal in {data_dir}.</source>
        <extracomment>(session) -&gt; the data key of a locked journal; raises JournalLockedError if none is given. The session whose connection the models&apos; handle is bound to (a guard, never a lookup).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning the passphrase lock on</source>
        <extracomment>Temporary copies the app may leave after a kill; each is redundant by construction.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning the lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is locked with a passphrase. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please give a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be from 0 to 20 seconds (you gave {value:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the pattern a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long ({max_name} characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a built-in pattern; please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a pattern called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern needs an in-breath and an out-breath longer than 0 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pattern no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if dizzy; skip breath holds when pregnant or with heart or lung conditions unless a clinician has cleared them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress {label} goes from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown practice “{kind}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice needs a name (the pattern or script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} length must be between 0 seconds and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (20,000 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That practice is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in activities cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is used by {used}; it can only be deleted when no session uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calm practices</source>
        <comment>%n calm practice</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <comment>%n contact</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries are</source>
        <comment>%n entry is</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise sessions</source>
        <comment>%n exercise session</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <comment>%n group</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <comment>%n journal entry</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems</source>
        <comment>%n more problem</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <comment>%n person</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have</source>
        <comment>%n row has</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <comment>%n session</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were</source>
        <comment>%n session was</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please give the activity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the activity name under 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MET value must be a number between 1.0 and 23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MET value must be between 1.0 and 23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an activity called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Strava export: choose the Strava format instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the header needs the columns date, activity and minutes (missing: {missing}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no activities in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity was deleted while the preview was open; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the date and start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is in the future. Log a session once it has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes must be a whole number from 1 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived effort goes from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance must be between 0 and 2000 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood {label} goes from −5 to +5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen people no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO guidelines on physical activity and sedentary behaviour, 2020: 150–300 min moderate a week, 1 vigorous minute = 2 moderate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day with a session raises the score; a missed day lowers the score; it never resets to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience is not a substitute for diagnosis, treatment or professional advice. If you are in danger, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: call your local emergency number (911, 999, 112, 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findahelpline.com lists verified helplines by country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your family doctor</source>
        <extracomment>ISO 3166 territory code (as in the system locale &quot;de_DE&quot;) -&gt; region key. Keys used by earlier versions -&gt; the region they now mean.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GP or primary-care doctor can talk things through, rule out physical causes and refer you to a psychologist, counsellor or psychiatrist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National associations of psychologists, counsellors and psychotherapists keep searchable directories of registered practitioners; look for one near you or one who works online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many employers offer a confidential Employee Assistance Programme with a few free sessions; universities and colleges have counselling services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed therapists also work by video, phone or message. Check that the therapist is registered with a professional body where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things may have been heavy lately. You don&apos;t have to carry them alone: talking with a doctor, a therapist or someone you trust can help, and the Support page has people you can reach any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest that bouncing back from hard times feels difficult at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest you bounce back from hard times about as well as most people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest you bounce back from hard times more easily than most people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been very low over the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been on the low side over the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been reasonably good over the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the strength a name, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most {max_name} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That strength no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write all three good things (a few words each is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s date: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on your mind? Write whatever comes, no one else will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three good things: what went well today, and why did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? How do you feel right now? What do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back: what helped? What did you learn? Who supported you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is empty: write something before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{isoformat} is in the future. An entry can be for today or any earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of entry this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mood check-in needs both pleasantness and energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists; copy your text into a new entry to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped? What did you learn? Who supported you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not an entry uid (32 hex digits, or at least the first {min_uid_prefix}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry has the uid {text!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one entry&apos;s uid starts with {text!r}; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is in the Trash; restore it in the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason for keeping a text: {reason!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That earlier version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <extracomment>code -&gt; name shown in Settings (each language in its own words, so a person who cannot read the current one still finds theirs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be logged in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one person or a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration must be between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;How supported did I feel&apos; goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after goes from -5 to +5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most {max_note} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in this contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in your people</source>
        <extracomment>What an imported person starts as (editable afterwards).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports league</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith or community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the {what} a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is too long (at most {max_name} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relationship: {relationship}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of support: {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay-in-touch cadence must be 1 to {max_cadence_days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of group: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is down for emotional support yet. Who could you talk to when things are hard?</source>
        <extracomment>A gentle note per kind of support nobody gives yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is down for practical help yet. Is there someone who could lend a hand with everyday things?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is down for advice yet. A mentor, a friend or a professional could be someone to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is down for companionship yet. A group or a class can be a gentle way to spend time with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vCard file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 (looks like {raw}); {save_as_utf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a new card starts before the card from line {begin_line} ended (END:VCARD missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD without a BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: text outside a card (expected BEGIN:VCARD). Is this a vCard (.vcf) file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card starting on line {begin_line} never ends (END:VCARD missing); the file may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts found: the file has no BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the {name} value cannot be read as {charset} text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: vCard version {version} is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card on line {line}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the birthday “{text}” is not a real date like 1990-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a valid choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help-line region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay-in-touch cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds no sync folder file (journal.json), but this journal syncs with another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase for the new sync folder is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} belongs to another journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder&apos;s passphrase is needed to join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a Resilience sync folder file, or it is damaged (perhaps still arriving). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record in {folder} is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the sync folder&apos;s passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: longer than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the note is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the note is not text (it holds NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line 1: {line!r} is not a date and time written YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line 1: {line!r} is not a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {number}: &apos;mood:&apos; needs two whole numbers from -5 to 5, pleasantness then energy (like &apos;mood: 2 -1&apos;), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the note has no text to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a sync folder (no journal.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimming laps, slow</source>
        <extracomment>workoutActivityType without &quot;HKWorkoutActivityType&quot; -&gt; Strava-like type or catalogue name
----------
a TCX Sport or file-name activity word (lower case) -&gt; Strava-like type or catalogue name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yoga, Hatha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dancing, general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basketball, general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no export.xml: this is not Apple Health&apos;s export.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, attribute &quot;{name}&quot;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown distance unit “{unit}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown duration unit “{unit}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: it ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Apple Health export (it starts with &lt;{tag}&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export.xml is not complete, well-formed XML (line {position}): it may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a complete zip archive (it may be cut off or damaged: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {file_size} MB, too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON{value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;timeZone&quot;: expected a time zone name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: this is not a Bearable export (column &quot;{missing}&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;date&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;time of day&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;rating/amount&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the catalogue has no “Circuit training” to log it as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a quoted field starting here never ends (a &quot; is missing); the file may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the file holds binary data (NUL bytes), not CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: not valid CSV ({text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks cut off at line {line}: that row has {cells} fields, the header has {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {cells} fields, but the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: this is not a Daylio export (column &quot;{missing}&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;full_date&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;time&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom mood &quot;{name}&quot;: pleasantness goes from −5 to +5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no journal (.json) at its top level: this is not a Day One JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is not a Day One JSON export (field &quot;entries&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: “{text}” is not a date and time like 2024-05-31T18:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;tags&quot;: expected a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;uuid&quot;: missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;text&quot;: expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON ({where}).</source>
        <extracomment>2: every row carries its stable ``uid`` and import merges on it; 1 still imports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a Resilience export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Resilience export (field &quot;format&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;format_version&quot;: {version!r} is not one this version ({version2}) can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;tables&quot; is missing or not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jogging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not complete, well-formed XML (line {position}); it may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a TCX activity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, &lt;Id&gt;: “{stamp}” is not a start time ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line 1: this is not Google Fit&apos;s daily activity metrics CSV (column &quot;Date&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no .tcx activity or daily metrics CSV: this is not Google Fit&apos;s Takeout export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: nothing Google Fit exports was found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected an object (this is not a Journey entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;date_journal&quot;: missing (this is not a Journey entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;date_journal&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;mood&quot;: {mood!r} is not a mood from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no entry (.json) files: this is not a Journey export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a jrnl export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a jrnl JSON export (field &quot;entries&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;{name}&quot;: expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;{name}&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;schema_version&quot;: {schema_version!r} is newer than this version of Resilience can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot; does not exist in this version of Resilience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: needs &quot;columns&quot; and &quot;rows&quot; lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: unknown field {column!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: a field is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not fit together ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;, row {number}: this value is not allowed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;: a row is not allowed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected {columns} values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;{column}&quot;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;uid&quot;: the same row id appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &quot;value&quot; ({key}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;, row {number}, field &quot;{column}&quot;: {value!r} points at no row of &quot;{parent}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size}; this importer reads at most {max_bytes}. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 (it is {name} text); {save_as_utf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 (it looks like UTF-16 text); {save_as_utf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 (looks like {sample}); {save_as_utf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it holds NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app_name} {version}&lt;/h3&gt;&lt;p&gt;An offline companion for building emotional resilience. Everything stays on this computer; Resilience never opens a network connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{disclaimer}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Resilience is free software under the GNU GPL v3 or later (the LICENSE file). The Qt libraries are used unmodified and can be replaced in the installed folder, as the LGPL allows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {safety_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes or breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begi&amp;nner (4-7-8: at most 4 breaths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tones (one in, two out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;duced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {minutes} min of practice over {count} session{s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice yet this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Last: {label}, {started_at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output here: follow the words and the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When feelings run high, your senses can bring you back to the here and now. Press Start and take each step at your own pace; writing anything down is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: write what you notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my notes with this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-4-3-2-1 grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {things} you can {sense}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a script and press Start. Each part stays on screen long enough to read slowly and picture it; Right arrow moves on sooner, Left goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided imagery script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;on by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft bell bet&amp;ween parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a&amp;loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses your system&apos;s voice, when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{intro}&lt;br&gt;&lt;br&gt;About {total_seconds} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system voice was found, so the text is shown only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditation timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interval bells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 20 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval bells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring a bell at the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;y bells (otherwise shown on screen only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up (settle in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter&amp;val bells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shown, not heard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cycles} breaths · {total_seconds} · press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {cycles} breaths done · {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In, hold, out, hold: 0 to 20 seconds each; a pattern needs an in-breath and an out-breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress now (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before it began; nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {actual_seconds}{done} of {name}. How stressed do you feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged, with stress {value} after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: &lt;b&gt;{minutes}&lt;/b&gt; minutes over &lt;b&gt;{count}&lt;/b&gt; practice{s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice yet this week. The charts show the weeks before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stress {stress_before}→{stress_after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice in the list to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sound {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress {number} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not stressed at all, 10 = the most stressed you can imagine. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. Start Resilience from a desktop session, or set DISPLAY (X11) or WAYLAND_DISPLAY (Wayland). Without a display, the commands work (resilience-desktop --help lists them), and so does --screenshot DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Details for support are in the log: {log_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while {what}. Your saved entries are safe: nothing already saved was lost.{where} You can keep working; if it happens again, restart Resilience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MET values: Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 43(8):1575-81. Intensity: light &lt; 3.0, moderate 3.0–5.9, vigorous ≥ 6.0 METs (WHO 2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity, e.g. Rowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity&apos;s MET value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MET </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an activity to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys choose a session; Edit… and Delete act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a walk, a swim, a yoga class or a game with “Log a session…”, or bring in a Strava or CSV export with “Import CSV…”. Your week is measured against the WHO guideline of 150–300 minutes; some activity is better than none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a recent session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the table to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the table to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {label}. Press Undo (Ctrl+Z) to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity_name}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {activity_name}, {minutes} min, starting now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exercise CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error}
Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity catalogue updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} file: {rows} will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duplicates} already saved (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{errors} problems, so nothing can be imported. Fix these lines in the file and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Everything in this file is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}
Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed 28 Nov 2026</source>
        <extracomment>the widest text each column usually holds (cells are measured, not guessed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dancing, salsa or cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30.20 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana Novak, Riverside book club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long note about the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ({met:g} MET, {intensity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived effort (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before (−5 … +5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after (−5 … +5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people and groups in the People tab to note who you exercised with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a column title to show or hide columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: {distance_km:.2f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the 300-minute upper range: great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the 150–300 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} to go for 150; some activity is better than none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This week&lt;/b&gt; (from {start}): &lt;b&gt;{minutes}&lt;/b&gt; guideline minutes ({moderate_minutes} moderate + 2 × {vigorous_minutes} vigorous), {verdict}. {strength_days} MET-minutes: {met_minutes:,.0f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength days: &lt;b&gt;{days}&lt;/b&gt; (goal of {goal} a week met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength days: &lt;b&gt;{days}&lt;/b&gt; of the {goal} a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Habit strength&lt;/b&gt;: {overall:.0%} overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with / without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness, same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness, next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough days ({n_with} / {n_without})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{difference}  ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;: {mean_change:+.1f} {measure}, 95 % interval {low:+.1f} to {high:+.1f} (n = {n}) &lt;a href=&apos;{tab}&apos;&gt;{tab} →&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{caveat}&lt;/b&gt; Mean mood on days with versus days without each thing, and on the day after; the brackets hold the 95 % interval of the difference. A comparison shows once there are at least {min_days} days on each side. Mood comes from your journal check-ins (−5 to +5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me: comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the {tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Also from your data&lt;/b&gt; (95 % intervals; an association, not proof of cause):&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with enough records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-check is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short_name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#item_frame { border: 2px solid #3f7f93; border-radius: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#item_frame { border: 2px solid transparent; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{number} of {items}.&lt;/b&gt; {number2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}: {label} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are shown in their original English: a questionnaire may only be used in a published, validated translation, and none is included yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all questions on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{stem} Press &lt;b&gt;{keys_hint}&lt;/b&gt; to answer; Up and Down move between questions; Enter saves.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{not_a_diagnosis}&lt;/i&gt; &lt;small&gt;{citation}&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Tasks still running (kept referenced so Python does not collect them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are {keys_hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer item {missing} before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#care_note { background: #eef5f7; border: 1px solid #9cc3cf; border-radius: 6px; } QFrame#care_note QLabel { color: #1f3a44; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the {short_name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to suggest the {short_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the latest answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: &lt;b&gt;{score}&lt;/b&gt;{band} ({taken_on})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes about a minute. Your answers stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due now.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your {short_name} answers of {when}? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Support page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My strengths, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strength, e.g. “I keep going”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this strength means to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it looks like when you use it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples from my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an example from my entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples from my entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three good things this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, and why did it happen? Saved as a journal entry of the gratitude kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good thing {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written this week yet — whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written this week ({day} {last:%b}). You can always add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strength in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the strength first, then add examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries to pick from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry that shows “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your journal as “Three good things”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the journal entries you want to share. Nothing else from your journal goes into the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with {entries} chosen entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {error}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path} (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affect labeling: Lieberman MD et al. Putting feelings into words. Psychological Science 2007;18(5):421-428.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming the feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas (work, family, walk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mood check-in&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood check-in for this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is this feeling? (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name the feeling&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And now, after naming it? (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start writing here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the pad: how pleasant, how much energy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness {value}
Energy {value2}
{quadrant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid date for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the words that fit; hover a word for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the feeling: emotion words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move, Space ticks a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own emotion word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own emotion word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries edited on two computers: choose which text to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys choose an entry; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{to_review} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the best ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hits} found{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entries yet. Start writing on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ edited on two computers</source>
        <extracomment>Shown after the title of an entry edited on two computers, until it is reviewed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — written{where} (edited on two computers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — replaced by a later save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time you save a change, the earlier text is kept here. After {thin_after_days} days one version a day is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions of this entry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s text becomes this earlier version. The current text is kept in the history, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this entry; restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is the draft you had not saved yet (last kept {when}). Carry on writing and Save, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept {saved_at:%H:%M:%S}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept ({error}). Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the text of this unsaved draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {now:%H:%M:%S}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash. Press Ctrl+Z or Undo delete to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reflection, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry first: its history starts with the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version restored; the text it replaced is in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in: how pleasant (left to right) and how energetic (bottom to top) do you feel? Click to place the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pleasant and how energetic you feel, −5 to +5 each. Arrow keys move the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and on {device})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry_date}  {title} — edited on two computers{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review edits from two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries were changed on two computers before they synced. Choose the text to keep; the other stays in the entry&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: every entry has one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (merge by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry now (the later edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s text now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the entry&apos;s text now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The other computer&apos;s text was not kept.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version, written on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries stay here for {trash_days} days, then they are removed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry will be gone for good. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;summary (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support and help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group (one-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How supported did I feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after (−5 to +5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was there? Choosing a group ticks its members: untick anyone absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: tick who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekly on Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per week, last {weeks_shown} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How supported I felt after contacts, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch every {cadence_days}; {days_since} on the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and groups who support you, when you last spoke, and who it might be time to call. Add someone, or import your address book (vCard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact with selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{statuses}, {due} due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more people first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest {rows} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {days_overdue} overdue
    {lower}, last contact {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim: every {cadence_days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is overdue. You are keeping in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing touch: people overdue for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supports me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts (vCard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {split}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the group {split}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact on {day} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person or a group first, then log your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} people added from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} and their part in your contacts log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group {name}? Its meetings stay in your contacts log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the group {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this contact from your log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = distant, 5 = closest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support they give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file_name}: {entries} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {flagged} {are} flagged (a name you already have, or a repeat) and left unticked: tick {them} only if {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticked people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience backs up your journal automatically once a day and before every update, and keeps 7 daily, 4 weekly and 12 monthly copies. Restoring a backup first backs up the journal as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your journal with the backup from {created:%Y-%m-%d %H:%M}? Your journal as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {created:%Y-%m-%d %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom moods: how pleasant was each? (−5 to +5, 0 = neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({count} check-in{value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log {count} exercise session{value} of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the activities {names}. Daylio records no durations, so each session gets the length above and ends at the check-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in this file looks like exercise (walk, running, yoga, gym…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min (0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups are encrypted. Without the passphrase or the recovery key nobody can read them, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal with a passphrase: the file and its backups are encrypted. If you forget the passphrase, only the recovery key shown once can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning the lock on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Write down the recovery key below: it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning the lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is off: the journal and its backups are no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app_name}: the journal needs attention</source>
        <extracomment>The newest good backup is in place and open: the app can continue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your journal file is damaged and was not opened.&lt;/b&gt;&lt;br&gt;Nothing has been changed or deleted. You can put back the newest good backup (the damaged file is kept in a separate folder) or save what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {problem}{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what can be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {created:%Y-%m-%d %H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {rows} rows from {tables} tables to {dest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Some parts could not be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;If this journal was locked with a passphrase, it may not be damaged: its key file vault.json is missing and no backup here holds a copy of the key. Put back a copy of vault.json, or restore a backup file of this journal into a new folder (resilience-desktop restore FILE --data-dir NEW) with its passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience JSON document (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, one per table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience JSON export</source>
        <extracomment>label -&gt; (importer &quot;module:function&quot;, previewer &quot;module:function&quot;, file filter)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Health export (*.zip *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Fit (Takeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Takeout (*.zip *.csv *.tcx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearable CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey export (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <extracomment>label -&gt; &quot;module:function&quot; giving the first entries to be added (others show counts only)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked, but an export is a plain file anyone can read. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {written} tables as CSV files into {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported everything to {dest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock {app_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot it: use my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new passphrase (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is locked. Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (vault.json) is missing or damaged. Your passphrase, or your recovery key with “I forgot it”, still opens the journal with the copy of the key kept in your backups, and the key file is written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything stays on this computer.&lt;/b&gt; There is no account to make and Resilience never uses the network: what you write, log and feel is kept in one file in your own data folder, backed up there, and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to name what you feel, move, keep in touch with the people who matter, and look back on hard times you came through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: used only to greet you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is one key away: press F1 anywhere for the help lines. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of this later in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: lock the journal with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a second window on made-up data that is thrown away when it closes; your own data stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: encrypt your journal and its backups with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo opens in a window of its own. Your own data here stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started. Try `resilience-desktop --demo` from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Resilience cannot show reminders or stay open in the tray here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the look of things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time Resilience starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch: default cadence by relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: keep in touch every … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders (off unless you turn them on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily check-in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly review, first day of the week, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Resilience in the tray when its window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as a quiet notification; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle locking works once the passphrase lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and how to find a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help lines &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help lines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines last checked {last_checked}. Numbers change: if one does not work, use findahelpline.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached the WHO guideline&apos;s 150 minutes this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes to the guideline&apos;s 150. Every bit counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet this week. Some activity is better than none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{minutes}&lt;/b&gt; guideline minutes since {start}.&lt;br&gt;{aim}&lt;br&gt;Muscle strengthening: {strength} of {strength_days} days{value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness from −5 to +5, {days} with a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>%n day</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins will draw a line here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due a contact. Well kept in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who matter to you on the People tab, and Today will remind you gently when it has been a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact {last_contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until the next look back is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A hard time {day}&lt;/b&gt; ({entry_date}: &lt;i&gt;{what}&lt;/i&gt;)&lt;br&gt;{follow_up_questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On this day&lt;/b&gt;&lt;br&gt;{links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Insights tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the {tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-checks due:&lt;/b&gt; {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now? Tap the pad: how pleasant, how much energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved to your journal as you tap. Then you can pick words for the feeling: putting feelings into words can take some of their edge off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write more in the Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness {value} · energy {value2}: {quadrant}. Any words for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}. Tap again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your journal at {now_to_second:%H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} of {target} guideline minutes this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {target} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood over the last {days} days: {points} days with a check-in, average pleasantness {mean:.1f} (from −5 to +5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood check-ins in the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame[todayCard=&quot;true&quot;] { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {tab} →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackgroundTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already holds files. Write into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists. Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
