<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ContactDialog</name>
    <message>
        <source>How supported did I feel</source>
        <translation>Cuánto apoyo sentí</translation>
    </message>
    <message>
        <source>Mood after, −5 to +5</source>
        <translation>Ánimo después, −5 a +5</translation>
    </message>
</context>
<context>
    <name>GroundingPage</name>
    <message>
        <source>Grounding steps done</source>
        <translation>Pasos de anclaje hechos</translation>
    </message>
</context>
<context>
    <name>LookingBackCard</name>
    <message>
        <source>On this day</source>
        <translation>Tal día como hoy</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Open the entry of {0}: {1}</source>
        <translation>Abrir la entrada del {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LosingTouchPanel</name>
    <message>
        <source>Log a contact with the person chosen above</source>
        <translation>Registrar un contacto con la persona elegida arriba</translation>
    </message>
</context>
<context>
    <name>MoodPadWidget</name>
    <message>
        <source>Mood check-in: how pleasant (left to right) and how energetic (bottom to top) do you feel? Click to place the point.</source>
        <translation>Registro de ánimo: ¿cuán agradable (de izquierda a derecha) y con cuánta energía (de abajo arriba) te sientes? Haz clic para colocar el punto.</translation>
    </message>
    <message>
        <source>Mood pad</source>
        <translation>Panel de ánimo</translation>
    </message>
    <message>
        <source>How pleasant and how energetic you feel, −5 to +5 each. Left and right arrow keys change pleasantness, up and down change energy.</source>
        <translation>Cuán agradable y con cuánta energía te sientes, de −5 a +5 cada uno. Las flechas izquierda y derecha cambian lo agradable; arriba y abajo, la energía.</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>todavía sin colocar</translation>
    </message>
    <message>
        <source>pleasant {0}, energy {1}</source>
        <translation>agradable {0}, energía {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Stay in touch every so many days</source>
        <translation>Mantener el contacto cada tantos días</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Show data as text…</source>
        <translation>Mostrar los datos como texto…</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <source>(Enter shows the data as text.)</source>
        <translation>(Intro muestra los datos como texto.)</translation>
    </message>
    <message>
        <source>{title}: the data as text</source>
        <translation>{title}: los datos como texto</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiración</translation>
    </message>
    <message>
        <source>meditation</source>
        <translation>meditación</translation>
    </message>
    <message>
        <source>imagery</source>
        <translation>visualización</translation>
    </message>
    <message>
        <source>grounding</source>
        <translation>anclaje</translation>
    </message>
    <message>
        <source>No practice in this period yet.
Even three minutes of slow breathing count.</source>
        <translation>Todavía no hay práctica en este periodo.
Incluso tres minutos de respiración lenta cuentan.</translation>
    </message>
    <message>
        <source>Minutes practised per week</source>
        <translation>Minutos de práctica por semana</translation>
    </message>
    <message>
        <source>Rate your stress before and after a practice (one tap each)
to see which practice settles you most.</source>
        <translation>Valora tu estrés antes y después de una práctica (un toque cada vez)
para ver qué práctica te calma más.</translation>
    </message>
    <message>
        <source>change in stress, 0–10 (after − before; below 0 = calmer)</source>
        <translation>cambio en el estrés, 0–10 (después − antes; por debajo de 0 = más calma)</translation>
    </message>
    <message>
        <source>Stress change per practice (box: middle half, dot: mean)</source>
        <translation>Cambio de estrés por práctica (caja: mitad central, punto: media)</translation>
    </message>
    <message>
        <source>light</source>
        <translation>ligera</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>vigorous</source>
        <translation>vigorosa</translation>
    </message>
    <message>
        <source>moderate minutes</source>
        <translation>minutos moderados</translation>
    </message>
    <message>
        <source>vigorous minutes (× 2)</source>
        <translation>minutos vigorosos (× 2)</translation>
    </message>
    <message>
        <source>Source: WHO guidelines on physical activity and sedentary behaviour, 2020</source>
        <translation>Fuente: directrices de la OMS sobre actividad física y hábitos sedentarios, 2020</translation>
    </message>
    <message>
        <source>Association, not cause: weeks with more activity may differ in other ways too.</source>
        <translation>Asociación, no causa: las semanas con más actividad también pueden diferir en otras cosas.</translation>
    </message>
    <message>
        <source>No moderate or vigorous minutes in this period yet.
Some activity is better than none.</source>
        <translation>Todavía no hay minutos moderados o vigorosos en este periodo.
Algo de actividad es mejor que nada.</translation>
    </message>
    <message>
        <source>guideline minutes</source>
        <translation>minutos de la directriz</translation>
    </message>
    <message>
        <source>Weekly minutes against the WHO guideline</source>
        <translation>Minutos semanales frente a la directriz de la OMS</translation>
    </message>
    <message>
        <source>WHO 150–300 min a week</source>
        <translation>OMS: 150–300 min a la semana</translation>
    </message>
    <message>
        <source>vigorous (× 2)</source>
        <translation>vigorosa (× 2)</translation>
    </message>
    <message>
        <source>partial week</source>
        <translation>semana incompleta</translation>
    </message>
    <message>
        <source>No sessions in the last {weeks} weeks.</source>
        <translation>No hay sesiones en las últimas {weeks} semanas.</translation>
    </message>
    <message>
        <source>other activities</source>
        <translation>otras actividades</translation>
    </message>
    <message>
        <source>Activity mix, last {weeks} weeks</source>
        <translation>Combinación de actividades, últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Record your mood before and after a session to see
how each activity changes it.</source>
        <translation>Registra tu ánimo antes y después de una sesión para ver
cómo lo cambia cada actividad.</translation>
    </message>
    <message>
        <source>change in pleasantness (after − before)
box: middle half · dot: mean</source>
        <translation>cambio en lo agradable (después − antes)
caja: mitad central · punto: media</translation>
    </message>
    <message>
        <source>Mood change per activity</source>
        <translation>Cambio de ánimo por actividad</translation>
    </message>
    <message>
        <source>A few weeks with recorded moods are needed for this chart.</source>
        <translation>Este gráfico necesita algunas semanas con el ánimo registrado.</translation>
    </message>
    <message>
        <source>one week</source>
        <translation>una semana</translation>
    </message>
    <message>
        <source>fitted line (r = {r})</source>
        <translation>recta ajustada (r = {r})</translation>
    </message>
    <message>
        <source>guideline minutes in the week</source>
        <translation>minutos de la directriz en la semana</translation>
    </message>
    <message>
        <source>mean weekly mood
({mood_source})</source>
        <translation>ánimo semanal medio
({mood_source})</translation>
    </message>
    <message>
        <source>Weekly minutes and mood
</source>
        <translation>Minutos semanales y ánimo
</translation>
    </message>
    <message>
        <source>This is not a diagnosis.</source>
        <translation>Esto no es un diagnóstico.</translation>
    </message>
    <message>
        <source>No {title} answers in this period.</source>
        <translation>No hay respuestas de {title} en este periodo.</translation>
    </message>
    <message>
        <source>{title} (trend only)</source>
        <translation>{title} (solo tendencia)</translation>
    </message>
    <message>
        <source>Not enough days yet: each comparison needs at least
5 days with and 5 days without.</source>
        <translation>Todavía no hay días suficientes: cada comparación necesita al menos
5 días con y 5 días sin.</translation>
    </message>
    <message>
        <source>difference in mean {unit} (with − without), 95 % interval</source>
        <translation>diferencia en la media de {unit} (con − sin), intervalo del 95 %</translation>
    </message>
    <message>
        <source>An association, not proof of cause.</source>
        <translation>Una asociación, no una prueba de causa.</translation>
    </message>
    <message>
        <source>No mood check-ins in this period yet</source>
        <translation>Todavía no hay registros de ánimo en este periodo</translation>
    </message>
    <message>
        <source>Pleasantness</source>
        <translation>Lo agradable</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>{label} ({rolling_days}-day mean)</source>
        <translation>{label} (media de {rolling_days} días)</translation>
    </message>
    <message>
        <source>mood (−5 … +5)</source>
        <translation>ánimo (−5 … +5)</translation>
    </message>
    <message>
        <source>Mood over time</source>
        <translation>Ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Pleasantness per day{value} (grey: no check-in)</source>
        <translation>Lo agradable por día{value} (gris: sin registro)</translation>
    </message>
    <message>
        <source>No feelings named in this period yet</source>
        <translation>Todavía no has nombrado sentimientos en este periodo</translation>
    </message>
    <message>
        <source>times named</source>
        <translation>veces nombrada</translation>
    </message>
    <message>
        <source>Emotion words by frequency</source>
        <translation>Palabras de emociones por frecuencia</translation>
    </message>
    <message>
        <source>high energy, unpleasant</source>
        <translation>mucha energía, desagradable</translation>
    </message>
    <message>
        <source>high energy, pleasant</source>
        <translation>mucha energía, agradable</translation>
    </message>
    <message>
        <source>low energy, unpleasant</source>
        <translation>poca energía, desagradable</translation>
    </message>
    <message>
        <source>low energy, pleasant</source>
        <translation>poca energía, agradable</translation>
    </message>
    <message>
        <source>mixed / neutral</source>
        <translation>mixto / neutro</translation>
    </message>
    <message>
        <source>Name some feelings to see your emotional granularity</source>
        <translation>Nombra algunos sentimientos para ver tu granularidad emocional</translation>
    </message>
    <message>
        <source>distinct words in the month</source>
        <translation>palabras distintas en el mes</translation>
    </message>
    <message>
        <source>part of a month (so far)</source>
        <translation>parte de un mes (hasta ahora)</translation>
    </message>
    <message>
        <source>distinct words</source>
        <translation>palabras distintas</translation>
    </message>
    <message>
        <source>Emotional granularity: different words used per month (rising is good)</source>
        <translation>Granularidad emocional: palabras distintas usadas por mes (si sube, es bueno)</translation>
    </message>
    <message numerus="yes">
        <source>After naming a feeling its strength stayed about the same (%n entries)</source>
        <comment>After naming a feeling its strength stayed about the same (%n entry)</comment>
        <translation>
            <numerusform>Después de nombrar un sentimiento, su intensidad se mantuvo más o menos igual (%n entrada)</numerusform>
            <numerusform>Después de nombrar un sentimiento, su intensidad se mantuvo más o menos igual (%n entradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After naming a feeling its strength dropped by {drop} on average (%n entries)</source>
        <comment>After naming a feeling its strength dropped by {drop} on average (%n entry)</comment>
        <translation>
            <numerusform>Después de nombrar un sentimiento, su intensidad bajó {drop} de media (%n entrada)</numerusform>
            <numerusform>Después de nombrar un sentimiento, su intensidad bajó {drop} de media (%n entradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After naming a feeling its strength rose by {drop} on average (%n entries)</source>
        <comment>After naming a feeling its strength rose by {drop} on average (%n entry)</comment>
        <translation>
            <numerusform>Después de nombrar un sentimiento, su intensidad subió {drop} de media (%n entrada)</numerusform>
            <numerusform>Después de nombrar un sentimiento, su intensidad subió {drop} de media (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate how strong a feeling is before and after naming it to see the effect here</source>
        <translation>Valora la intensidad de un sentimiento antes y después de nombrarlo para ver aquí el efecto</translation>
    </message>
    <message>
        <source>drop in strength (0–10 scale)</source>
        <translation>bajada de intensidad (escala 0–10)</translation>
    </message>
    <message>
        <source>Add the people who matter to you to see your network here.</source>
        <translation>Añade a las personas que te importan para ver aquí tu red.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Inner rings: closer</source>
        <translation>Anillos interiores: más cercanos</translation>
    </message>
    <message>
        <source>Log a call, a message or a meeting to see your contacts per week.</source>
        <translation>Registra una llamada, un mensaje o un encuentro para ver tus contactos por semana.</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Online, call or message</source>
        <translation>En línea, llamada o mensaje</translation>
    </message>
    <message>
        <source>Contacts per week</source>
        <translation>Contactos por semana</translation>
    </message>
    <message>
        <source>When you log a contact, note how supported you felt to see it here.</source>
        <translation>Cuando registres un contacto, anota cuánto apoyo sentiste para verlo aquí.</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Un contacto</translation>
    </message>
    <message>
        <source>30-day average</source>
        <translation>Media de 30 días</translation>
    </message>
    <message>
        <source>How supported I felt</source>
        <translation>Cuánto apoyo sentí</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>No se pudo escribir la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>integrity check of the copy said: {result}</source>
        <translation>la comprobación de integridad de la copia dijo: {result}</translation>
    </message>
    <message>
        <source>the copy does not hold the same number of rows</source>
        <translation>la copia no tiene el mismo número de filas</translation>
    </message>
    <message>
        <source>{name} could not be converted ({error}).</source>
        <translation>No se pudo convertir {name} ({error}).</translation>
    </message>
    <message>
        <source>The converted copy of {name} did not verify ({differ}).</source>
        <translation>La copia convertida de {name} no superó la verificación ({differ}).</translation>
    </message>
    <message>
        <source>{name} could not be encrypted ({error}).</source>
        <translation>No se pudo cifrar {name} ({error}).</translation>
    </message>
    <message>
        <source>The sealed copy of {name} did not verify.</source>
        <translation>La copia sellada de {name} no superó la verificación.</translation>
    </message>
    <message>
        <source>{name} could not be decrypted ({error}).</source>
        <translation>No se pudo descifrar {name} ({error}).</translation>
    </message>
    <message>
        <source>Please check the date: {shown} is outside the years {range_text}.</source>
        <translation>Revisa la fecha: {shown} está fuera de los años {range_text}.</translation>
    </message>
    <message>
        <source>No journal in {folder} yet, and that file cannot become one by itself: it is not a plain backup and carries no copy of a key (an encrypted backup written before backups carried one, or not a backup at all). If it is an encrypted backup, copy its journal&apos;s vault.json into {folder} and run the restore again. Nothing was changed.</source>
        <translation>Todavía no hay ningún diario en {folder}, y ese archivo no puede convertirse en uno por sí solo: no es una copia de seguridad simple y no lleva ninguna copia de una clave (una copia cifrada escrita antes de que las copias llevaran una, o no es una copia de seguridad). Si es una copia cifrada, copia el vault.json de su diario en {folder} y vuelve a ejecutar la restauración. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That is neither the passphrase this backup was made with nor its recovery key. Nothing was changed.</source>
        <translation>Esa no es ni la frase de contraseña con la que se hizo esta copia ni su clave de recuperación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{what} is empty (0 bytes): it was cut short and cannot be opened. Nothing was changed.</source>
        <translation>{what} está vacío (0 bytes): se cortó y no se puede abrir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{what} is damaged and cannot be opened safely ({summary}). Nothing was changed.</source>
        <translation>{what} está dañado y no se puede abrir con seguridad ({summary}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The key file vault.json of this locked journal is missing or damaged. Your passphrase or your recovery key still opens it with the copy of the key kept in your backups; a command that changes the journal (or `unlock`, or `passphrase --recovery-key`) then writes vault.json again.</source>
        <translation>Falta el archivo de clave vault.json de este diario bloqueado o está dañado. Tu frase de contraseña o tu clave de recuperación lo siguen abriendo con la copia de la clave guardada en tus copias de seguridad; un comando que cambie el diario (o `unlock`, o `passphrase --recovery-key`) vuelve a escribir entonces vault.json.</translation>
    </message>
    <message>
        <source>The journal file is encrypted or damaged, and there is no key file vault.json and no backup with a copy of the key. If the journal was locked, put back a copy of its vault.json, or restore a backup file of it that carries its key into a new folder (`restore FILE --data-dir NEW`, then the passphrase or recovery key). Nothing was changed.</source>
        <translation>El archivo del diario está cifrado o dañado, y no hay archivo de clave vault.json ni ninguna copia de seguridad con una copia de la clave. Si el diario estaba bloqueado, vuelve a poner una copia de su vault.json, o restaura en una carpeta nueva una copia de seguridad que lleve su clave (`restore ARCHIVO --data-dir NUEVA`, y luego la frase de contraseña o la clave de recuperación). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That {what} is not right: vault.json is missing or damaged, and it opens none of the key copies kept in the backups (a backup&apos;s copy opens with the passphrase in force when it was made, or with the recovery key). Nothing was changed.</source>
        <translation>Ese dato ({what}) no es correcto: falta vault.json o está dañado, y no abre ninguna de las copias de la clave guardadas en las copias de seguridad (la copia de una copia de seguridad se abre con la frase de contraseña vigente cuando se hizo, o con la clave de recuperación). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>Esa frase de contraseña no es correcta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{error} The lock was not turned on; nothing was changed.</source>
        <translation>{error} El bloqueo no se activó; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{error} The lock is still on; nothing was changed. If that backup is damaged, move it out of the backups folder and try again.</source>
        <translation>{error} El bloqueo sigue activo; no se ha cambiado nada. Si esa copia de seguridad está dañada, sácala de la carpeta de copias e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>{shown} is inside the data folder ({folder}); choose a place outside it.</source>
        <translation>{shown} está dentro de la carpeta de datos ({folder}); elige un lugar fuera de ella.</translation>
    </message>
    <message>
        <source>{shown} is a link to a file that does not exist; choose a real file name.</source>
        <translation>{shown} es un enlace a un archivo que no existe; elige un nombre de archivo real.</translation>
    </message>
    <message>
        <source>{shown} is {kind}, not a file; choose a file name.</source>
        <translation>{shown} es {kind}, no un archivo; elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>{shown} already exists; use --force to replace it.</source>
        <translation>{shown} ya existe; usa --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>{shown}: the folder {folder} does not exist.</source>
        <translation>{shown}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>{shown} is {kind}; a folder is needed here.</source>
        <translation>{shown} es {kind}; aquí se necesita una carpeta.</translation>
    </message>
    <message>
        <source>{shown} already holds files; use --force to write into it anyway (files of the same name are replaced).</source>
        <translation>{shown} ya contiene archivos; usa --force para escribir en ella de todos modos (los archivos con el mismo nombre se reemplazan).</translation>
    </message>
    <message>
        <source>{shown}: cannot create the folder ({error}).</source>
        <translation>{shown}: no se puede crear la carpeta ({error}).</translation>
    </message>
    <message>
        <source>{shown}: cannot write it ({error}).</source>
        <translation>{shown}: no se puede escribir ({error}).</translation>
    </message>
    <message>
        <source>Lost it? It cannot be shown again, but with your passphrase you can get a new one: `resilience-desktop unlock`, then `resilience-desktop lock` (the old recovery key then stops working).</source>
        <translation>¿La has perdido? No se puede volver a mostrar, pero con tu frase de contraseña puedes obtener una nueva: `resilience-desktop unlock` y luego `resilience-desktop lock` (la clave de recuperación antigua deja de funcionar).</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>nueva frase de contraseña</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>passphrase (or recovery key)</source>
        <translation>frase de contraseña (o clave de recuperación)</translation>
    </message>
    <message>
        <source>sync folder passphrase</source>
        <translation>frase de contraseña de la carpeta de sincronización</translation>
    </message>
    <message>
        <source>type it again</source>
        <translation>repetición</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbela otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{what} expected on stdin.</source>
        <translation>Se esperaba {what} en stdin.</translation>
    </message>
    <message>
        <source>vault.json was written again from the key copy in the backups.</source>
        <translation>vault.json se ha vuelto a escribir a partir de la copia de la clave en las copias de seguridad.</translation>
    </message>
    <message>
        <source>No journal in {folder}.</source>
        <translation>No hay ningún diario en {folder}.</translation>
    </message>
    <message>
        <source>The journal is already locked.</source>
        <translation>El diario ya está bloqueado.</translation>
    </message>
    <message>
        <source>The journal is locked. Your recovery key (write it down, it is shown only once):</source>
        <translation>El diario está bloqueado. Tu clave de recuperación (anótala, solo se muestra una vez):</translation>
    </message>
    <message>
        <source>The journal is not locked.</source>
        <translation>El diario no está bloqueado.</translation>
    </message>
    <message>
        <source>The passphrase lock is off; the journal and its backups are no longer encrypted.</source>
        <translation>El bloqueo con frase de contraseña está desactivado; el diario y sus copias de seguridad ya no están cifrados.</translation>
    </message>
    <message>
        <source>The journal is not locked; use `lock` to set a passphrase.</source>
        <translation>El diario no está bloqueado; usa `lock` para poner una frase de contraseña.</translation>
    </message>
    <message>
        <source>vault.json will be written again with the new passphrase.</source>
        <translation>vault.json se volverá a escribir con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>The journal is not locked; turn the lock on first.</source>
        <translation>El diario no está bloqueado; activa primero el bloqueo.</translation>
    </message>
    <message>
        <source>Resilience is busy {pending}; try again when it has finished. Nothing was changed.</source>
        <translation>Resilience está ocupado ({pending}); inténtalo de nuevo cuando termine. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Open Resilience once to finish {pending}. Nothing was changed.</source>
        <translation>Abre Resilience una vez para terminar lo siguiente: {pending}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened safely ({problem}). Nothing was changed.</source>
        <translation>El archivo del diario está dañado y no se puede abrir con seguridad ({problem}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The last change to {db} was cut short, and what it left (the {wal} file beside it) can only be settled where the folder can be written. Copy the whole folder {parent} to a writable place and use --data-dir with the copy. Nothing was changed.</source>
        <translation>El último cambio en {db} quedó a medias, y lo que dejó (el archivo {wal} de al lado) solo puede resolverse donde se pueda escribir en la carpeta. Copia toda la carpeta {parent} a un lugar con permiso de escritura y usa --data-dir con la copia. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened ({error}). Nothing was changed.</source>
        <translation>No se puede abrir el archivo del diario ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This journal was saved by an older version and must be updated: open Resilience once. Nothing was changed.</source>
        <translation>Este diario lo guardó una versión anterior y hay que actualizarlo: abre Resilience una vez. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No journal in {data_dir}.</source>
        <translation>No hay ningún diario en {data_dir}.</translation>
    </message>
    <message>
        <source>turning the passphrase lock on</source>
        <translation>activar el bloqueo con frase de contraseña</translation>
    </message>
    <message>
        <source>turning the lock off</source>
        <translation>desactivar el bloqueo</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>This journal is locked with a passphrase. Unlock it first.</source>
        <translation>Este diario está bloqueado con una frase de contraseña. Desbloquéalo primero.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase} characters.</source>
        <translation>La frase de contraseña necesita al menos {min_passphrase} caracteres.</translation>
    </message>
    <message>
        <source>That recovery key is not right. Nothing was changed.</source>
        <translation>Esa clave de recuperación no es correcta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Retén tras inhalar</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Retén tras exhalar</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a number of seconds.</source>
        <translation>{label}: «{value}» no es un número de segundos.</translation>
    </message>
    <message>
        <source>{label}: please give a number of seconds.</source>
        <translation>{label}: indica un número de segundos.</translation>
    </message>
    <message>
        <source>{label} must be from 0 to 20 seconds (you gave {value}).</source>
        <translation>{label} debe estar entre 0 y 20 segundos (has indicado {value}).</translation>
    </message>
    <message>
        <source>Please give the pattern a name.</source>
        <translation>Ponle un nombre al patrón.</translation>
    </message>
    <message>
        <source>The name is too long ({max_name} characters at most).</source>
        <translation>El nombre es demasiado largo ({max_name} caracteres como máximo).</translation>
    </message>
    <message>
        <source>“{name}” is a built-in pattern; please choose another name.</source>
        <translation>«{name}» es un patrón incluido; elige otro nombre.</translation>
    </message>
    <message>
        <source>You already have a pattern called “{name}”.</source>
        <translation>Ya tienes un patrón llamado «{name}».</translation>
    </message>
    <message>
        <source>A pattern needs an in-breath and an out-breath longer than 0 seconds.</source>
        <translation>Un patrón necesita una inhalación y una exhalación de más de 0 segundos.</translation>
    </message>
    <message>
        <source>That pattern no longer exists.</source>
        <translation>Ese patrón ya no existe.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation>Meditación</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Anclaje</translation>
    </message>
    <message>
        <source>Stop if dizzy; skip breath holds when pregnant or with heart or lung conditions unless a clinician has cleared them.</source>
        <translation>Para si te mareas; omite las retenciones de la respiración si estás embarazada o tienes problemas cardíacos o pulmonares, salvo que un profesional sanitario te lo haya permitido.</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Un poco más de aire</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <source>in {seconds}</source>
        <translation>inhala {seconds}</translation>
    </message>
    <message>
        <source>top-up in {seconds}</source>
        <translation>un poco más {seconds}</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>retén {seconds}</translation>
    </message>
    <message>
        <source>out {seconds}</source>
        <translation>exhala {seconds}</translation>
    </message>
    <message>
        <source>{parts} s</source>
        <translation>{parts} s</translation>
    </message>
    <message>
        <source>Four equal sides: in, hold, out, hold.</source>
        <translation>Cuatro lados iguales: inhalar, retener, exhalar, retener.</translation>
    </message>
    <message>
        <source>In for 4, hold for 7, out for 8. Beginners: at most 4 cycles.</source>
        <translation>Inhala 4, retén 7, exhala 8. Principiantes: 4 ciclos como máximo.</translation>
    </message>
    <message>
        <source>About 5.5 breaths a minute, no holds.</source>
        <translation>Unas 5,5 respiraciones por minuto, sin retenciones.</translation>
    </message>
    <message>
        <source>In through the nose, a short second top-up in, then a long slow out (Balban et al. 2023, Cell Reports Medicine 4:100895).</source>
        <translation>Inhala por la nariz, una segunda inhalación corta y luego una exhalación larga y lenta (Balban et al. 2023, Cell Reports Medicine 4:100895).</translation>
    </message>
    <message>
        <source>A longer out-breath than in-breath.</source>
        <translation>Una exhalación más larga que la inhalación.</translation>
    </message>
    <message>
        <source>unreachable: a pattern always has phases</source>
        <translation>inalcanzable: un patrón siempre tiene fases</translation>
    </message>
    <message>
        <source>{name}: beginners do at most {limit} cycles, so this session has {limit}.</source>
        <translation>{name}: los principiantes hacen {limit} ciclos como máximo, así que esta sesión tiene {limit}.</translation>
    </message>
    <message>
        <source>Stress {label} goes from 0 to 10.</source>
        <translation>El estrés {label} va de 0 a 10.</translation>
    </message>
    <message>
        <source>Unknown practice “{kind}”.</source>
        <translation>Práctica desconocida «{kind}».</translation>
    </message>
    <message>
        <source>A practice needs a name (the pattern or script).</source>
        <translation>Una práctica necesita un nombre (el patrón o el guion).</translation>
    </message>
    <message>
        <source>The {label} length must be between 0 seconds and a day.</source>
        <translation>La duración ({label}) debe estar entre 0 segundos y un día.</translation>
    </message>
    <message>
        <source>The notes are too long (20,000 characters at most).</source>
        <translation>Las notas son demasiado largas (20 000 caracteres como máximo).</translation>
    </message>
    <message>
        <source>That practice is no longer in the log.</source>
        <translation>Esa práctica ya no está en el registro.</translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation>Esa actividad ya no existe.</translation>
    </message>
    <message>
        <source>Built-in activities cannot be deleted.</source>
        <translation>Las actividades incluidas no se pueden borrar.</translation>
    </message>
    <message>
        <source>“{name}” is used by {used}; it can only be deleted when no session uses it.</source>
        <translation>«{name}» se usa en {used}; solo se puede borrar cuando ninguna sesión la use.</translation>
    </message>
    <message numerus="yes">
        <source>%n are flagged (a name you already have, or a repeat) and left unticked: tick them only if they are different people.</source>
        <comment>%n is flagged (a name you already have, or a repeat) and left unticked: tick it only if it is a different person.</comment>
        <translation>
            <numerusform>%n está marcado (un nombre que ya tienes o una repetición) y sin seleccionar: márcalo solo si es una persona distinta.</numerusform>
            <numerusform>%n están marcados (un nombre que ya tienes o una repetición) y sin seleccionar: márcalos solo si son personas distintas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bars from {first} to {last}</source>
        <comment>%n bar from {first} to {last}</comment>
        <translation>
            <numerusform>%n barra de {first} a {last}</numerusform>
            <numerusform>%n barras de {first} a {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calm practices</source>
        <comment>%n calm practice</comment>
        <translation>
            <numerusform>%n práctica de calma</numerusform>
            <numerusform>%n prácticas de calma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calm practices, {minutes} minutes in all.</source>
        <comment>%n calm practice, {minutes} minutes in all.</comment>
        <translation>
            <numerusform>%n práctica de calma, {minutes} minutos en total.</numerusform>
            <numerusform>%n prácticas de calma, {minutes} minutos en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coloured squares: mean {mean}, lowest {low}, highest {high}</source>
        <comment>%n coloured square: mean {mean}, lowest {low}, highest {high}</comment>
        <translation>
            <numerusform>%n cuadrado de color: media {mean}, mínimo {low}, máximo {high}</numerusform>
            <numerusform>%n cuadrados de color: media {mean}, mínimo {low}, máximo {high}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <comment>%n contact</comment>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>%n day ago</comment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted</source>
        <comment>%n day counted</comment>
        <translation>
            <numerusform>%n día contado</numerusform>
            <numerusform>%n días contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days recounted by Google updated</source>
        <comment>%n day recounted by Google updated</comment>
        <translation>
            <numerusform>%n día recontado por Google actualizado</numerusform>
            <numerusform>%n días recontados por Google actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a mood check-in (pleasantness and energy, −5 to +5).</source>
        <comment>%n day with a mood check-in (pleasantness and energy, −5 to +5).</comment>
        <translation>
            <numerusform>%n día con registro de ánimo (lo agradable y la energía, de −5 a +5).</numerusform>
            <numerusform>%n días con registro de ánimo (lo agradable y la energía, de −5 a +5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits to review</source>
        <comment>%n edit to review</comment>
        <translation>
            <numerusform>%n cambio por revisar</numerusform>
            <numerusform>%n cambios por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries are</source>
        <comment>%n entry is</comment>
        <translation>
            <numerusform>%n entrada está</numerusform>
            <numerusform>%n entradas están</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries edited on two computers</source>
        <comment>%n entry edited on two computers</comment>
        <translation>
            <numerusform>%n entrada editada en dos ordenadores</numerusform>
            <numerusform>%n entradas editadas en dos ordenadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were edited on two computers: see Journal → Review.</source>
        <comment>%n entry was edited on two computers: see Journal → Review.</comment>
        <translation>
            <numerusform>%n entrada se editó en dos ordenadores: mira Diario → Revisar.</numerusform>
            <numerusform>%n entradas se editaron en dos ordenadores: mira Diario → Revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise sessions</source>
        <comment>%n exercise session</comment>
        <translation>
            <numerusform>%n sesión de ejercicio</numerusform>
            <numerusform>%n sesiones de ejercicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files in the folder did not arrive whole yet; they are read at the next sync.</source>
        <comment>%n file in the folder did not arrive whole yet; it is read at the next sync.</comment>
        <translation>
            <numerusform>%n archivo de la carpeta aún no ha llegado completo; se leerá en la próxima sincronización.</numerusform>
            <numerusform>%n archivos de la carpeta aún no han llegado completos; se leerán en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <comment>%n group</comment>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <comment>%n journal entry</comment>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <comment>%n month ago</comment>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems</source>
        <comment>%n more problem</comment>
        <translation>
            <numerusform>%n problema más</numerusform>
            <numerusform>%n problemas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these weeks are partial (cut by the start or end of the period, hatched in the chart): only their days in the period count.</source>
        <comment>%n of these weeks is partial (cut by the start or end of the period, hatched in the chart): only its days in the period count.</comment>
        <translation>
            <numerusform>%n de estas semanas está incompleta (cortada por el inicio o el final del periodo, rayada en el gráfico): solo cuentan sus días dentro del periodo.</numerusform>
            <numerusform>%n de estas semanas están incompletas (cortadas por el inicio o el final del periodo, rayadas en el gráfico): solo cuentan sus días dentro del periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older versions of notes kept (edited on two computers).</source>
        <comment>%n older version of a note kept (edited on two computers).</comment>
        <translation>
            <numerusform>%n versión anterior de una nota guardada (editada en dos ordenadores).</numerusform>
            <numerusform>%n versiones anteriores de notas guardadas (editadas en dos ordenadores).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other notes edited on two computers (the other text is kept: File → Sync… shows it)</source>
        <comment>%n other note edited on two computers (the other text is kept: File → Sync… shows it)</comment>
        <translation>
            <numerusform>%n nota más editada en dos ordenadores (se conserva el otro texto: Archivo → Sincronizar… lo muestra)</numerusform>
            <numerusform>%n notas más editadas en dos ordenadores (se conserva el otro texto: Archivo → Sincronizar… lo muestra)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other notes were edited on two computers: the other texts are kept (Show older versions…).</source>
        <comment>%n other note was edited on two computers: the other text is kept (Show older versions…).</comment>
        <translation>
            <numerusform>%n nota más se editó en dos ordenadores: el otro texto se guarda (Mostrar versiones anteriores…).</numerusform>
            <numerusform>%n notas más se editaron en dos ordenadores: los otros textos se guardan (Mostrar versiones anteriores…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <comment>%n person</comment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <comment>%n point</comment>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have</source>
        <comment>%n row has</comment>
        <translation>
            <numerusform>%n fila tiene</numerusform>
            <numerusform>%n filas tienen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <comment>%n session</comment>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were</source>
        <comment>%n session was</comment>
        <translation>
            <numerusform>%n sesión ya estaba</numerusform>
            <numerusform>%n sesiones ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions.</source>
        <comment>%n session.</comment>
        <translation>
            <numerusform>%n sesión.</numerusform>
            <numerusform>%n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values from {first} to {last}</source>
        <comment>%n value from {first} to {last}</comment>
        <translation>
            <numerusform>%n valor de {first} a {last}</numerusform>
            <numerusform>%n valores de {first} a {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <comment>%n week ago</comment>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <comment>%n year ago</comment>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also log %n exercise sessions of</source>
        <comment>Also log %n exercise session of</comment>
        <translation>
            <numerusform>Registrar también %n sesión de ejercicio de</numerusform>
            <numerusform>Registrar también %n sesiones de ejercicio de</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Down %n points since {since}.</source>
        <comment>Down %n point since {since}.</comment>
        <translation>
            <numerusform>%n punto menos desde el {since}.</numerusform>
            <numerusform>%n puntos menos desde el {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tables as CSV to {path}</source>
        <comment>Exported %n table as CSV to {path}</comment>
        <translation>
            <numerusform>%n tabla exportada como CSV a {path}</numerusform>
            <numerusform>%n tablas exportadas como CSV a {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart Minutes for %n days</source>
        <comment>Heart Minutes for %n day</comment>
        <translation>
            <numerusform>Puntos cardio de %n día</numerusform>
            <numerusform>Puntos cardio de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart Minutes of %n days added</source>
        <comment>Heart Minutes of %n day added</comment>
        <translation>
            <numerusform>Puntos cardio de %n día añadidos</numerusform>
            <numerusform>Puntos cardio de %n días añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n notes from the inbox.</source>
        <comment>Imported %n note from the inbox.</comment>
        <translation>
            <numerusform>Se importó %n nota de la bandeja de entrada.</numerusform>
            <numerusform>Se importaron %n notas de la bandeja de entrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mood rose most after {name}: {mean} on average (%n sessions).</source>
        <comment>Mood rose most after {name}: {mean} on average (%n session).</comment>
        <translation>
            <numerusform>El ánimo subió más después de {name}: {mean} de media (%n sesión).</numerusform>
            <numerusform>El ánimo subió más después de {name}: {mean} de media (%n sesiones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average {per_week} guideline minutes a week (moderate + 2 × vigorous); {reached} of %n weeks reached the WHO guideline of {guideline} minutes.</source>
        <comment>On average {per_week} guideline minutes a week (moderate + 2 × vigorous); {reached} of %n week reached the WHO guideline of {guideline} minutes.</comment>
        <translation>
            <numerusform>De media, {per_week} minutos de la directriz por semana (moderados + 2 × vigorosos); {reached} de %n semana alcanzó la directriz de la OMS de {guideline} minutos.</numerusform>
            <numerusform>De media, {per_week} minutos de la directriz por semana (moderados + 2 × vigorosos); {reached} de %n semanas alcanzaron la directriz de la OMS de {guideline} minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n changes</source>
        <comment>Sent %n change</comment>
        <translation>
            <numerusform>Enviado %n cambio</numerusform>
            <numerusform>Enviados %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress dropped by {drop} points on average (0–10) across %n rated practices.</source>
        <comment>Stress dropped by {drop} points on average (0–10) across %n rated practice.</comment>
        <translation>
            <numerusform>El estrés bajó de media {drop} puntos (0–10) en %n práctica valorada.</numerusform>
            <numerusform>El estrés bajó de media {drop} puntos (0–10) en %n prácticas valoradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress dropped most after {name}: {mean} on average (%n practices).</source>
        <comment>Stress dropped most after {name}: {mean} on average (%n practice).</comment>
        <translation>
            <numerusform>El estrés bajó más después de {name}: {mean} de media (%n práctica).</numerusform>
            <numerusform>El estrés bajó más después de {name}: {mean} de media (%n prácticas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced {when} · %n changes from {computers}</source>
        <comment>Synced {when} · %n change from {computers}</comment>
        <translation>
            <numerusform>Sincronizado {when} · %n cambio de {computers}</numerusform>
            <numerusform>Sincronizado {when} · %n cambios de {computers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: &lt;b&gt;{minutes}&lt;/b&gt; minutes over &lt;b&gt;%n&lt;/b&gt; practices.</source>
        <comment>This week: &lt;b&gt;{minutes}&lt;/b&gt; minutes over &lt;b&gt;%n&lt;/b&gt; practice.</comment>
        <translation>
            <numerusform>Esta semana: &lt;b&gt;{minutes}&lt;/b&gt; minutos en &lt;b&gt;%n&lt;/b&gt; práctica.</numerusform>
            <numerusform>Esta semana: &lt;b&gt;{minutes}&lt;/b&gt; minutos en &lt;b&gt;%n&lt;/b&gt; prácticas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: {minutes} min of practice over %n sessions.</source>
        <comment>This week: {minutes} min of practice over %n session.</comment>
        <translation>
            <numerusform>Esta semana: {minutes} min de práctica en %n sesión.</numerusform>
            <numerusform>Esta semana: {minutes} min de práctica en %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up %n points since {since}.</source>
        <comment>Up %n point since {since}.</comment>
        <translation>
            <numerusform>%n punto más desde el {since}.</numerusform>
            <numerusform>%n puntos más desde el {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached the WHO {low} minutes in {met} of the last %n whole weeks; {so_far}</source>
        <comment>You reached the WHO {low} minutes in {met} of the last whole week; {so_far}</comment>
        <translation>
            <numerusform>Alcanzaste los {low} minutos de la OMS en {met} de la última %n semana completa; {so_far}</numerusform>
            <numerusform>Alcanzaste los {low} minutos de la OMS en {met} de las últimas %n semanas completas; {so_far}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>and %n more</comment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n computers</source>
        <comment>from %n computer</comment>
        <translation>
            <numerusform>de %n ordenador</numerusform>
            <numerusform>de %n ordenadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n changes</source>
        <comment>received %n change</comment>
        <translation>
            <numerusform>recibido %n cambio</numerusform>
            <numerusform>recibidos %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received {received} from %n computers</source>
        <comment>received {received} from %n computer</comment>
        <translation>
            <numerusform>{received} recibidos de %n ordenador</numerusform>
            <numerusform>{received} recibidos de %n ordenadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n changes</source>
        <comment>sent %n change</comment>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{in_person} contacts in person and {online} online, with %n different people.</source>
        <comment>{in_person} contacts in person and {online} online, with %n person.</comment>
        <translation>
            <numerusform>{in_person} contactos en persona y {online} en línea, con %n persona.</numerusform>
            <numerusform>{in_person} contactos en persona y {online} en línea, con %n personas distintas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (group, %n members)</source>
        <comment>{name} (group, %n member)</comment>
        <translation>
            <numerusform>{name} (grupo, %n miembro)</numerusform>
            <numerusform>{name} (grupo, %n miembros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {relationship}, closeness {closeness}, %n contacts in 90 days</source>
        <comment>{name}: {relationship}, closeness {closeness}, %n contact in 90 days</comment>
        <translation>
            <numerusform>{name}: {relationship}, cercanía {closeness}, %n contacto en 90 días</numerusform>
            <numerusform>{name}: {relationship}, cercanía {closeness}, %n contactos en 90 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” (%n check-ins)</source>
        <comment>“{name}” (%n check-in)</comment>
        <translation>
            <numerusform>«{name}» (%n registro)</numerusform>
            <numerusform>«{name}» (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Please give the activity a name.</source>
        <translation>Ponle un nombre a la actividad.</translation>
    </message>
    <message>
        <source>Please keep the activity name under 80 characters.</source>
        <translation>El nombre de la actividad debe tener menos de 80 caracteres.</translation>
    </message>
    <message>
        <source>The MET value must be a number between 1.0 and 23.0.</source>
        <translation>El valor MET debe ser un número entre 1,0 y 23,0.</translation>
    </message>
    <message>
        <source>The MET value must be between 1.0 and 23.0.</source>
        <translation>El valor MET debe estar entre 1,0 y 23,0.</translation>
    </message>
    <message>
        <source>There is already an activity called “{name}”.</source>
        <translation>Ya existe una actividad llamada «{name}».</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>El archivo {name} no existe.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This looks like a Strava export: choose the Strava format instead.</source>
        <translation>Parece una exportación de Strava: elige en su lugar el formato Strava.</translation>
    </message>
    <message>
        <source>Line 1: the header needs the columns date, activity and minutes (missing: {missing}).</source>
        <translation>Línea 1: la cabecera necesita las columnas date, activity y minutes (falta: {missing}).</translation>
    </message>
    <message>
        <source>The file has no activities in it.</source>
        <translation>El archivo no contiene actividades.</translation>
    </message>
    <message>
        <source>An activity was deleted while the preview was open; try again.</source>
        <translation>Se borró una actividad mientras la vista previa estaba abierta; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Please give the date and start time.</source>
        <translation>Indica la fecha y la hora de inicio.</translation>
    </message>
    <message>
        <source>The start time is in the future. Log a session once it has started.</source>
        <translation>La hora de inicio está en el futuro. Registra una sesión cuando haya empezado.</translation>
    </message>
    <message>
        <source>Please choose an activity.</source>
        <translation>Elige una actividad.</translation>
    </message>
    <message>
        <source>Minutes must be a whole number from 1 to 1440.</source>
        <translation>Los minutos deben ser un número entero de 1 a 1440.</translation>
    </message>
    <message>
        <source>Perceived effort goes from 0 to 10.</source>
        <translation>El esfuerzo percibido va de 0 a 10.</translation>
    </message>
    <message>
        <source>The distance must be between 0 and 2000 km.</source>
        <translation>La distancia debe estar entre 0 y 2000 km.</translation>
    </message>
    <message>
        <source>Mood {label} goes from −5 to +5.</source>
        <translation>El ánimo {label} va de −5 a +5.</translation>
    </message>
    <message>
        <source>One of the chosen people no longer exists.</source>
        <translation>Una de las personas elegidas ya no existe.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>Uno de los grupos elegidos ya no existe.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <source>WHO guidelines on physical activity and sedentary behaviour, 2020: 150–300 min moderate a week, 1 vigorous minute = 2 moderate.</source>
        <translation>Directrices de la OMS sobre actividad física y hábitos sedentarios, 2020: 150–300 min de actividad moderada a la semana; 1 minuto vigoroso = 2 moderados.</translation>
    </message>
    <message>
        <source>Each day with a session raises the score; a missed day lowers the score; it never resets to zero.</source>
        <translation>Cada día con una sesión sube la puntuación; un día sin sesión la baja; nunca vuelve a cero.</translation>
    </message>
    <message>
        <source>Resilience is not a substitute for diagnosis, treatment or professional advice. If you are in danger, call your local emergency number.</source>
        <translation>Resilience no sustituye a un diagnóstico, un tratamiento ni un consejo profesional. Si estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Emergency: call your local emergency number (911, 999, 112, 000).</source>
        <translation>Emergencias: llama al número de emergencias de tu zona (112, 911, 999, 000).</translation>
    </message>
    <message>
        <source>findahelpline.com lists verified helplines by country.</source>
        <translation>findahelpline.com recoge líneas de ayuda verificadas por país.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Call or text 988, or chat at 988lifeline.org.</source>
        <translation>Llama o envía un SMS al 988, o chatea en 988lifeline.org.</translation>
    </message>
    <message>
        <source>Text HOME to 741741.</source>
        <translation>Envía HOME por SMS al 741741.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Call 116 123 (free, 24/7) or email jo@samaritans.org.</source>
        <translation>Llama al 116 123 (gratis, 24/7) o escribe a jo@samaritans.org.</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258.</source>
        <translation>Envía SHOUT por SMS al 85258.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Text 50808.</source>
        <translation>Envía un SMS al 50808.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Call or text 988 (24/7).</source>
        <translation>Llama o envía un SMS al 988 (24/7).</translation>
    </message>
    <message>
        <source>Call 1-800-668-6868, or text CONNECT to 686868.</source>
        <translation>Llama al 1-800-668-6868, o envía CONNECT por SMS al 686868.</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Call 13 11 14, or text 0477 13 11 14.</source>
        <translation>Llama al 13 11 14, o envía un SMS al 0477 13 11 14.</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Call or text 1737.</source>
        <translation>Llama o envía un SMS al 1737.</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Call 0800 111 0 111 or 0800 111 0 222 (free, 24/7).</source>
        <translation>Llama al 0800 111 0 111 o al 0800 111 0 222 (gratis, 24/7).</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Call 3114 (numéro national de prévention du suicide, 24/7).</source>
        <translation>Llama al 3114 (numéro national de prévention du suicide, 24/7).</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Call 14416.</source>
        <translation>Llama al 14416.</translation>
    </message>
    <message>
        <source>Anywhere else</source>
        <translation>En cualquier otro lugar</translation>
    </message>
    <message>
        <source>Visit findahelpline.com for verified helplines in your country.</source>
        <translation>Visita findahelpline.com para encontrar líneas de ayuda verificadas en tu país.</translation>
    </message>
    <message>
        <source>Your family doctor</source>
        <translation>Tu médico de cabecera</translation>
    </message>
    <message>
        <source>A GP or primary-care doctor can talk things through, rule out physical causes and refer you to a psychologist, counsellor or psychiatrist.</source>
        <translation>Un médico de cabecera o de atención primaria puede hablar contigo, descartar causas físicas y derivarte a un psicólogo, un orientador o un psiquiatra.</translation>
    </message>
    <message>
        <source>Professional directories</source>
        <translation>Directorios de profesionales</translation>
    </message>
    <message>
        <source>National associations of psychologists, counsellors and psychotherapists keep searchable directories of registered practitioners; look for one near you or one who works online.</source>
        <translation>Los colegios y asociaciones nacionales de psicólogos, orientadores y psicoterapeutas tienen directorios de profesionales colegiados en los que se puede buscar; busca a alguien cerca de ti o que trabaje en línea.</translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation>Trabajo o estudios</translation>
    </message>
    <message>
        <source>Many employers offer a confidential Employee Assistance Programme with a few free sessions; universities and colleges have counselling services.</source>
        <translation>Muchas empresas ofrecen un programa confidencial de ayuda al empleado con algunas sesiones gratuitas; las universidades tienen servicios de atención psicológica.</translation>
    </message>
    <message>
        <source>Online therapy</source>
        <translation>Terapia en línea</translation>
    </message>
    <message>
        <source>Licensed therapists also work by video, phone or message. Check that the therapist is registered with a professional body where you live.</source>
        <translation>Los terapeutas colegiados también atienden por vídeo, teléfono o mensaje. Comprueba que el terapeuta esté colegiado en el lugar donde vives.</translation>
    </message>
    <message>
        <source>Things may have been heavy lately. You don&apos;t have to carry them alone: talking with a doctor, a therapist or someone you trust can help, and the Support page has people you can reach any time.</source>
        <translation>Puede que últimamente las cosas hayan pesado mucho. No tienes que cargar con ellas a solas: hablar con un médico, un terapeuta o alguien de confianza puede ayudar, y en la página Apoyo hay personas a las que puedes acudir en cualquier momento.</translation>
    </message>
    <message>
        <source>Your answers suggest that bouncing back from hard times feels difficult at the moment.</source>
        <translation>Tus respuestas indican que ahora mismo te cuesta recuperarte de los momentos difíciles.</translation>
    </message>
    <message>
        <source>Your answers suggest you bounce back from hard times about as well as most people.</source>
        <translation>Tus respuestas indican que te recuperas de los momentos difíciles más o menos como la mayoría de la gente.</translation>
    </message>
    <message>
        <source>Your answers suggest you bounce back from hard times more easily than most people.</source>
        <translation>Tus respuestas indican que te recuperas de los momentos difíciles con más facilidad que la mayoría de la gente.</translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been very low over the last two weeks.</source>
        <translation>Tus respuestas indican que tu bienestar ha sido muy bajo en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been on the low side over the last two weeks.</source>
        <translation>Tus respuestas indican que tu bienestar ha sido más bien bajo en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Your answers suggest your well-being has been reasonably good over the last two weeks.</source>
        <translation>Tus respuestas indican que tu bienestar ha sido bastante bueno en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Your self-esteem score is {score} out of {high}. This questionnaire has no official cut-offs: what matters is how it moves over time for you.</source>
        <translation>Tu puntuación de autoestima es {score} de {high}. Este cuestionario no tiene puntos de corte oficiales: lo que importa es cómo cambia con el tiempo para ti.</translation>
    </message>
    <message>
        <source>Your well-being score is {score} out of 100. {reading}</source>
        <translation>Tu puntuación de bienestar es {score} de 100. {reading}</translation>
    </message>
    <message>
        <source>Your resilience score is {score} (from {low} to {high}). {reading}</source>
        <translation>Tu puntuación de resiliencia es {score} (de {low} a {high}). {reading}</translation>
    </message>
    <message>
        <source>This is your first answer to this questionnaire: next time you will see the change.</source>
        <translation>Es tu primera respuesta a este cuestionario: la próxima vez verás el cambio.</translation>
    </message>
    <message>
        <source>The same score as last time (since {since}).</source>
        <translation>La misma puntuación que la última vez (desde el {since}).</translation>
    </message>
    <message>
        <source>Up {amount} since {since}.</source>
        <translation>{amount} más desde el {since}.</translation>
    </message>
    <message>
        <source>Down {amount} since {since}.</source>
        <translation>{amount} menos desde el {since}.</translation>
    </message>
    <message>
        <source>A change of 10 points or more is considered meaningful.</source>
        <translation>Un cambio de 10 puntos o más se considera significativo.</translation>
    </message>
    <message>
        <source>Changes under 10 points are within the usual ups and downs.</source>
        <translation>Los cambios de menos de 10 puntos están dentro de los altibajos habituales.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Dos veces al año</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>{name}: not taken yet</source>
        <translation>{name}: aún no respondido</translation>
    </message>
    <message>
        <source>{name}: due (last taken {day})</source>
        <translation>{name}: pendiente (última vez {day})</translation>
    </message>
    <message>
        <source>Three good things</source>
        <translation>Tres cosas buenas</translation>
    </message>
    <message>
        <source>three good things</source>
        <translation>tres cosas buenas</translation>
    </message>
    <message>
        <source>Give the strength a name, in your own words.</source>
        <translation>Ponle un nombre a la fortaleza, con tus propias palabras.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max_name} characters).</source>
        <translation>El nombre es demasiado largo ({max_name} caracteres como máximo).</translation>
    </message>
    <message>
        <source>That strength no longer exists.</source>
        <translation>Esa fortaleza ya no existe.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <source>Write all three good things (a few words each is enough).</source>
        <translation>Escribe las tres cosas buenas (basta con unas pocas palabras para cada una).</translation>
    </message>
    <message>
        <source>The draft&apos;s date: {error}</source>
        <translation>Fecha del borrador: {error}</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>Hard time</source>
        <translation>Momento difícil</translation>
    </message>
    <message>
        <source>Growth reflection</source>
        <translation>Reflexión de crecimiento</translation>
    </message>
    <message>
        <source>What is on your mind? Write whatever comes, no one else will read it.</source>
        <translation>¿Qué tienes en mente? Escribe lo que salga; nadie más lo leerá.</translation>
    </message>
    <message>
        <source>Three good things: what went well today, and why did it happen?</source>
        <translation>Tres cosas buenas: ¿qué ha ido bien hoy y por qué ha pasado?</translation>
    </message>
    <message>
        <source>What happened? How do you feel right now? What do you need?</source>
        <translation>¿Qué ha pasado? ¿Cómo te sientes ahora mismo? ¿Qué necesitas?</translation>
    </message>
    <message>
        <source>Looking back: what helped? What did you learn? Who supported you?</source>
        <translation>Mirando atrás: ¿qué te ayudó? ¿Qué aprendiste? ¿Quién te apoyó?</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation>{what} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The entry is empty: write something before saving.</source>
        <translation>La entrada está vacía: escribe algo antes de guardar.</translation>
    </message>
    <message>
        <source>Choose a date for the entry.</source>
        <translation>Elige una fecha para la entrada.</translation>
    </message>
    <message>
        <source>{isoformat} is in the future. An entry can be for today or any earlier day.</source>
        <translation>{isoformat} está en el futuro. Una entrada puede ser de hoy o de cualquier día anterior.</translation>
    </message>
    <message>
        <source>Choose what kind of entry this is.</source>
        <translation>Elige qué tipo de entrada es.</translation>
    </message>
    <message>
        <source>A mood check-in needs both pleasantness and energy.</source>
        <translation>Un registro de ánimo necesita tanto lo agradable como la energía.</translation>
    </message>
    <message>
        <source>This entry no longer exists; copy your text into a new entry to keep it.</source>
        <translation>Esta entrada ya no existe; copia tu texto en una entrada nueva para conservarlo.</translation>
    </message>
    <message>
        <source>3 days ago</source>
        <translation>hace 3 días</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>hace un mes</translation>
    </message>
    <message>
        <source>six months ago</source>
        <translation>hace seis meses</translation>
    </message>
    <message>
        <source>What helped? What did you learn? Who supported you?</source>
        <translation>¿Qué te ayudó? ¿Qué aprendiste? ¿Quién te apoyó?</translation>
    </message>
    <message>
        <source>Looking back: a hard time {when}</source>
        <translation>Mirar atrás: un momento difícil {when}</translation>
    </message>
    <message>
        <source>today</source>
        <comment>earlier today</comment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>hace un año</translation>
    </message>
    <message>
        <source>{text!r} is not an entry uid (32 hex digits, or at least the first {min_uid_prefix}).</source>
        <translation>{text!r} no es un uid de entrada (32 dígitos hexadecimales, o al menos los primeros {min_uid_prefix}).</translation>
    </message>
    <message>
        <source>No entry has the uid {text!r}.</source>
        <translation>Ninguna entrada tiene el uid {text!r}.</translation>
    </message>
    <message>
        <source>More than one entry&apos;s uid starts with {text!r}; give more of it.</source>
        <translation>El uid de más de una entrada empieza por {text!r}; indica una parte más larga.</translation>
    </message>
    <message>
        <source>That entry is in the Trash; restore it in the window first.</source>
        <translation>Esa entrada está en la papelera; restáurala primero en la ventana.</translation>
    </message>
    <message>
        <source>Unknown reason for keeping a text: {reason!r}.</source>
        <translation>Motivo desconocido para conservar un texto: {reason!r}.</translation>
    </message>
    <message>
        <source>That earlier version no longer exists.</source>
        <translation>Esa versión anterior ya no existe.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Online community</source>
        <translation>Comunidad en línea</translation>
    </message>
    <message>
        <source>A contact cannot be logged in the future.</source>
        <translation>No se puede registrar un contacto en el futuro.</translation>
    </message>
    <message>
        <source>Choose at least one person or a group.</source>
        <translation>Elige al menos una persona o un grupo.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Canal desconocido: {channel}.</translation>
    </message>
    <message>
        <source>Duration must be between 1 minute and 24 hours.</source>
        <translation>La duración debe estar entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>&apos;How supported did I feel&apos; goes from 1 to 5.</source>
        <translation>«Cuánto apoyo sentí» va de 1 a 5.</translation>
    </message>
    <message>
        <source>Mood after goes from -5 to +5.</source>
        <translation>El ánimo después va de −5 a +5.</translation>
    </message>
    <message>
        <source>The note is too long (at most {max_note} characters).</source>
        <translation>La nota es demasiado larga ({max_note} caracteres como máximo).</translation>
    </message>
    <message>
        <source>Someone in this contact no longer exists.</source>
        <translation>Alguien de este contacto ya no existe.</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Ese grupo ya no existe.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <source>already in your people</source>
        <translation>ya está entre tus personas</translation>
    </message>
    <message>
        <source>appears more than once in this file</source>
        <translation>aparece más de una vez en este archivo</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Práctico</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>Compañía</translation>
    </message>
    <message>
        <source>Book club</source>
        <translation>Club de lectura</translation>
    </message>
    <message>
        <source>Sports league</source>
        <translation>Liga deportiva</translation>
    </message>
    <message>
        <source>Art class</source>
        <translation>Clase de arte</translation>
    </message>
    <message>
        <source>Volunteer association</source>
        <translation>Asociación de voluntariado</translation>
    </message>
    <message>
        <source>Faith or community group</source>
        <translation>Grupo religioso o comunitario</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Close friend</source>
        <translation>Amistad cercana</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañero/a de trabajo</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Vecino/a</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Professional (e.g. therapist)</source>
        <translation>Profesional (p. ej. terapeuta)</translation>
    </message>
    <message>
        <source>Online friend</source>
        <translation>Amistad en línea</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Please give the {what} a name.</source>
        <translation>Ponle un nombre ({what}).</translation>
    </message>
    <message>
        <source>That name is too long (at most {max_name} characters).</source>
        <translation>Ese nombre es demasiado largo ({max_name} caracteres como máximo).</translation>
    </message>
    <message>
        <source>Unknown relationship: {relationship}.</source>
        <translation>Relación desconocida: {relationship}.</translation>
    </message>
    <message>
        <source>Closeness goes from 1 to 5.</source>
        <translation>La cercanía va de 1 a 5.</translation>
    </message>
    <message>
        <source>Unknown kind of support: {unknown}.</source>
        <translation>Tipo de apoyo desconocido: {unknown}.</translation>
    </message>
    <message>
        <source>Stay-in-touch cadence must be 1 to {max_cadence_days} days.</source>
        <translation>La frecuencia de contacto debe ser de 1 a {max_cadence_days} días.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>Un cumpleaños no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Esa persona ya no existe.</translation>
    </message>
    <message>
        <source>Unknown kind of group: {kind}.</source>
        <translation>Tipo de grupo desconocido: {kind}.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Toca</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Nobody is down for emotional support yet. Who could you talk to when things are hard?</source>
        <translation>Todavía no hay nadie para el apoyo emocional. ¿Con quién podrías hablar cuando las cosas se ponen difíciles?</translation>
    </message>
    <message>
        <source>Nobody is down for practical help yet. Is there someone who could lend a hand with everyday things?</source>
        <translation>Todavía no hay nadie para la ayuda práctica. ¿Hay alguien que pueda echarte una mano con las cosas del día a día?</translation>
    </message>
    <message>
        <source>Nobody is down for advice yet. A mentor, a friend or a professional could be someone to ask.</source>
        <translation>Todavía no hay nadie para los consejos. Un mentor, una amiga o un profesional podría ser alguien a quien preguntar.</translation>
    </message>
    <message>
        <source>Nobody is down for companionship yet. A group or a class can be a gentle way to spend time with others.</source>
        <translation>Todavía no hay nadie para hacerte compañía. Un grupo o una clase pueden ser una forma amable de pasar tiempo con otras personas.</translation>
    </message>
    <message>
        <source>Line {line}: a new card starts before the card from line {begin_line} ended (END:VCARD missing).</source>
        <translation>Línea {line}: empieza una tarjeta nueva antes de que termine la de la línea {begin_line} (falta END:VCARD).</translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD without a BEGIN:VCARD.</source>
        <translation>Línea {line}: END:VCARD sin BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Line {line}: text outside a card (expected BEGIN:VCARD). Is this a vCard (.vcf) file?</source>
        <translation>Línea {line}: texto fuera de una tarjeta (se esperaba BEGIN:VCARD). ¿Es un archivo vCard (.vcf)?</translation>
    </message>
    <message>
        <source>The card starting on line {begin_line} never ends (END:VCARD missing); the file may be cut short.</source>
        <translation>La tarjeta que empieza en la línea {begin_line} nunca termina (falta END:VCARD); puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>No contacts found: the file has no BEGIN:VCARD.</source>
        <translation>No se encontraron contactos: el archivo no tiene BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Line {line}: the {name} value cannot be read as {charset} text.</source>
        <translation>Línea {line}: el valor {name} no se puede leer como texto {charset}.</translation>
    </message>
    <message>
        <source>Line {line}: vCard version {version} is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>Línea {line}: la versión {version} de vCard no es compatible (sí lo son 2.1, 3.0 y 4.0).</translation>
    </message>
    <message>
        <source>The card on line {line}: {error}</source>
        <translation>La tarjeta de la línea {line}: {error}</translation>
    </message>
    <message>
        <source>Line {line}: the birthday “{text}” is not a real date like 1990-04-01.</source>
        <translation>Línea {line}: el cumpleaños «{text}» no es una fecha real como 1990-04-01.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not a valid choice.</source>
        <translation>{key}: {value!r} no es una opción válida.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Help-line region</source>
        <translation>Región de las líneas de ayuda</translation>
    </message>
    <message>
        <source>Week start</source>
        <translation>Inicio de la semana</translation>
    </message>
    <message>
        <source>Stay-in-touch cadence</source>
        <translation>Frecuencia de contacto</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <source>Daily check-in time</source>
        <translation>Hora del registro diario</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Hora del repaso semanal</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name on the summary</source>
        <translation>Nombre en el resumen</translation>
    </message>
    <message>
        <source>{folder} holds no sync folder file (journal.json), but this journal syncs with another folder. Nothing was changed.</source>
        <translation>{folder} no contiene el archivo de una carpeta de sincronización (journal.json), pero este diario se sincroniza con otra carpeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A passphrase for the new sync folder is needed.</source>
        <translation>Se necesita una frase de contraseña para la nueva carpeta de sincronización.</translation>
    </message>
    <message>
        <source>{folder} belongs to another journal. Nothing was changed.</source>
        <translation>{folder} pertenece a otro diario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The sync folder&apos;s passphrase is needed to join it.</source>
        <translation>Para unirte a la carpeta de sincronización se necesita su frase de contraseña.</translation>
    </message>
    <message>
        <source>{folder} is not a Resilience sync folder file, or it is damaged (perhaps still arriving). Nothing was changed.</source>
        <translation>{folder} no es el archivo de una carpeta de sincronización de Resilience, o está dañado (quizá todavía se está copiando). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The key record in {folder} is damaged. Nothing was changed.</source>
        <translation>El registro de la clave en {folder} está dañado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That is not the sync folder&apos;s passphrase. Nothing was changed.</source>
        <translation>Esa no es la frase de contraseña de la carpeta de sincronización. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name}: longer than 1 MB</source>
        <translation>{name}: más de 1 MB</translation>
    </message>
    <message>
        <source>{name}: the note is not UTF-8 text.</source>
        <translation>{name}: la nota no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the note is not text (it holds NUL bytes).</source>
        <translation>{name}: la nota no es texto (contiene bytes NUL).</translation>
    </message>
    <message>
        <source>{name}, line 1: {line!r} is not a date and time written YYYY-MM-DD HH:MM.</source>
        <translation>{name}, línea 1: {line!r} no es una fecha y hora escrita como AAAA-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>{name}, line 1: {line!r} is not a real date and time.</source>
        <translation>{name}, línea 1: {line!r} no es una fecha y hora reales.</translation>
    </message>
    <message>
        <source>{name}, line {number}: &apos;mood:&apos; needs two whole numbers from -5 to 5, pleasantness then energy (like &apos;mood: 2 -1&apos;), not {value!r}.</source>
        <translation>{name}, línea {number}: «mood:» necesita dos números enteros de -5 a 5, primero lo agradable y luego la energía (como «mood: 2 -1»), no {value!r}.</translation>
    </message>
    <message>
        <source>{name}: the note has no text to keep.</source>
        <translation>{name}: la nota no tiene texto que guardar.</translation>
    </message>
    <message>
        <source>{folder} is not a sync folder (no journal.json).</source>
        <translation>{folder} no es una carpeta de sincronización (no tiene journal.json).</translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation>Registro de ánimo</translation>
    </message>
    <message>
        <source>Circuit training</source>
        <translation>Entrenamiento en circuito</translation>
    </message>
    <message>
        <source>Swimming laps, slow</source>
        <translation>Natación de largos, lenta</translation>
    </message>
    <message>
        <source>Yoga, Hatha</source>
        <translation>Yoga, hatha</translation>
    </message>
    <message>
        <source>Pilates</source>
        <translation>Pilates</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Resistance training</source>
        <translation>Entrenamiento de fuerza</translation>
    </message>
    <message>
        <source>Dancing, general</source>
        <translation>Baile, general</translation>
    </message>
    <message>
        <source>Basketball, general</source>
        <translation>Baloncesto, general</translation>
    </message>
    <message>
        <source>{name} holds no export.xml: this is not Apple Health&apos;s export.zip.</source>
        <translation>{name} no contiene export.xml: no es el export.zip de Apple Health.</translation>
    </message>
    <message>
        <source>{where}, attribute &quot;{name}&quot;: {reason}</source>
        <translation>{where}, atributo «{name}»: {reason}</translation>
    </message>
    <message>
        <source>{where}: unknown distance unit “{unit}”.</source>
        <translation>{where}: unidad de distancia desconocida «{unit}».</translation>
    </message>
    <message>
        <source>{where}: unknown duration unit “{unit}”.</source>
        <translation>{where}: unidad de duración desconocida «{unit}».</translation>
    </message>
    <message>
        <source>{where}: it ends before it starts.</source>
        <translation>{where}: termina antes de empezar.</translation>
    </message>
    <message>
        <source>{name} is not an Apple Health export (it starts with &lt;{tag}&gt;).</source>
        <translation>{name} no es una exportación de Apple Health (empieza por &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>export.xml is not complete, well-formed XML (line {position}): it may be cut off.</source>
        <translation>export.xml no es un XML completo y bien formado (línea {position}): puede que esté cortado.</translation>
    </message>
    <message>
        <source>{name} is damaged ({error}).</source>
        <translation>{name} está dañado ({error}).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name} is not a complete zip archive (it may be cut off or damaged: {error}).</source>
        <translation>{name} no es un archivo zip completo (puede estar cortado o dañado: {error}).</translation>
    </message>
    <message>
        <source>{name} is {file_size} MB, too large to import.</source>
        <translation>{name} ocupa {file_size} MB, demasiado para importarlo.</translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({error}).</source>
        <translation>No se puede leer {name} del archivo comprimido ({error}).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON{value}.</source>
        <translation>{name} no es JSON válido{value}.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply.</source>
        <translation>{name} está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>{where}, field &quot;timeZone&quot;: expected a time zone name.</source>
        <translation>{where}, campo «timeZone»: se esperaba el nombre de una zona horaria.</translation>
    </message>
    <message>
        <source>{where}: “{name}” is not a known time zone.</source>
        <translation>{where}: «{name}» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>Line 1: this is not a Bearable export (column &quot;{missing}&quot; is missing).</source>
        <translation>Línea 1: no es una exportación de Bearable (falta la columna «{missing}»).</translation>
    </message>
    <message>
        <source>{where}, field &quot;date&quot;: {error}</source>
        <translation>{where}, campo «date»: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;time of day&quot;: {error}</source>
        <translation>{where}, campo «time of day»: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;rating/amount&quot;: {error}</source>
        <translation>{where}, campo «rating/amount»: {error}</translation>
    </message>
    <message>
        <source>{where}: the catalogue has no “Circuit training” to log it as.</source>
        <translation>{where}: el catálogo no tiene «Entrenamiento en circuito» para registrarlo.</translation>
    </message>
    <message>
        <source>Line {line}: a quoted field starting here never ends (a &quot; is missing); the file may be cut off.</source>
        <translation>Línea {line}: un campo entre comillas que empieza aquí nunca termina (falta una &quot;); puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>Line {line}: a line break inside a field that is not in quotes; the file may have been changed by another program.</source>
        <translation>Línea {line}: un salto de línea dentro de un campo sin comillas; puede que otro programa haya cambiado el archivo.</translation>
    </message>
    <message>
        <source>Line {line}: the file holds binary data (NUL bytes), not CSV text.</source>
        <translation>Línea {line}: el archivo contiene datos binarios (bytes NUL), no texto CSV.</translation>
    </message>
    <message>
        <source>Line {line}: not valid CSV ({text}).</source>
        <translation>Línea {line}: no es CSV válido ({text}).</translation>
    </message>
    <message>
        <source>The file looks cut off at line {line}: that row has {cells} fields, the header has {low}.</source>
        <translation>El archivo parece cortado en la línea {line}: esa fila tiene {cells} campos y la cabecera tiene {low}.</translation>
    </message>
    <message>
        <source>Line {line}: {cells} fields, but the header has {expected}.</source>
        <translation>Línea {line}: {cells} campos, pero la cabecera tiene {expected}.</translation>
    </message>
    <message>
        <source>Line 1: this is not a Daylio export (column &quot;{missing}&quot; is missing).</source>
        <translation>Línea 1: no es una exportación de Daylio (falta la columna «{missing}»).</translation>
    </message>
    <message>
        <source>{where}, field &quot;full_date&quot;: {error}</source>
        <translation>{where}, campo «full_date»: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;time&quot;: {error}</source>
        <translation>{where}, campo «time»: {error}</translation>
    </message>
    <message>
        <source>Custom mood &quot;{name}&quot;: pleasantness goes from −5 to +5.</source>
        <translation>Ánimo personalizado «{name}»: lo agradable va de −5 a +5.</translation>
    </message>
    <message>
        <source>audio recordings</source>
        <translation>grabaciones de audio</translation>
    </message>
    <message>
        <source>PDF attachments</source>
        <translation>adjuntos PDF</translation>
    </message>
    <message>
        <source>{name} holds no journal (.json) at its top level: this is not a Day One JSON export.</source>
        <translation>{name} no contiene ningún diario (.json) en su nivel superior: no es una exportación JSON de Day One.</translation>
    </message>
    <message>
        <source>{name}: this is not a Day One JSON export (field &quot;entries&quot; is missing).</source>
        <translation>{name}: no es una exportación JSON de Day One (falta el campo «entries»).</translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: missing.</source>
        <translation>{where}, campo «creationDate»: falta.</translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: “{text}” is not a date and time like 2024-05-31T18:30:00Z.</source>
        <translation>{where}, campo «creationDate»: «{text}» no es una fecha y hora como 2024-05-31T18:30:00Z.</translation>
    </message>
    <message>
        <source>{where}, field &quot;creationDate&quot;: {error}</source>
        <translation>{where}, campo «creationDate»: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;tags&quot;: expected a list of text.</source>
        <translation>{where}, campo «tags»: se esperaba una lista de textos.</translation>
    </message>
    <message>
        <source>{where}: expected an object.</source>
        <translation>{where}: se esperaba un objeto.</translation>
    </message>
    <message>
        <source>{where}, field &quot;uuid&quot;: missing.</source>
        <translation>{where}, campo «uuid»: falta.</translation>
    </message>
    <message>
        <source>{where}, field &quot;text&quot;: expected text.</source>
        <translation>{where}, campo «text»: se esperaba texto.</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({where}).</source>
        <translation>El archivo no es JSON válido ({where}).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a Resilience export.</source>
        <translation>El archivo está anidado a demasiada profundidad para ser una exportación de Resilience.</translation>
    </message>
    <message>
        <source>This is not a Resilience export (field &quot;format&quot;).</source>
        <translation>No es una exportación de Resilience (campo «format»).</translation>
    </message>
    <message>
        <source>Field &quot;format_version&quot;: {version!r} is not one this version ({version2}) can read.</source>
        <translation>Campo «format_version»: {version!r} no es una que esta versión ({version2}) pueda leer.</translation>
    </message>
    <message>
        <source>Field &quot;tables&quot; is missing or not an object.</source>
        <translation>El campo «tables» falta o no es un objeto.</translation>
    </message>
    <message>
        <source>Jogging</source>
        <translation>Trotar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{name}: not complete, well-formed XML (line {position}); it may be cut off.</source>
        <translation>{name}: no es un XML completo y bien formado (línea {position}); puede que esté cortado.</translation>
    </message>
    <message>
        <source>{name} is not a TCX activity file.</source>
        <translation>{name} no es un archivo de actividad TCX.</translation>
    </message>
    <message>
        <source>{where}, &lt;Id&gt;: “{stamp}” is not a start time ({error}).</source>
        <translation>{where}, &lt;Id&gt;: «{stamp}» no es una hora de inicio ({error}).</translation>
    </message>
    <message>
        <source>{name}, line 1: this is not Google Fit&apos;s daily activity metrics CSV (column &quot;Date&quot; is missing).</source>
        <translation>{name}, línea 1: no es el CSV de métricas de actividad diaria de Google Fit (falta la columna «Date»).</translation>
    </message>
    <message>
        <source>{name} holds no .tcx activity or daily metrics CSV: this is not Google Fit&apos;s Takeout export.</source>
        <translation>{name} no contiene ninguna actividad .tcx ni ningún CSV de métricas diarias: no es la exportación de Google Fit de Takeout.</translation>
    </message>
    <message>
        <source>{name}: nothing Google Fit exports was found in it.</source>
        <translation>{name}: no se encontró nada de lo que exporta Google Fit.</translation>
    </message>
    <message>
        <source>{where}: expected an object (this is not a Journey entry).</source>
        <translation>{where}: se esperaba un objeto (no es una entrada de Journey).</translation>
    </message>
    <message>
        <source>{where}, field &quot;date_journal&quot;: missing (this is not a Journey entry).</source>
        <translation>{where}, campo «date_journal»: falta (no es una entrada de Journey).</translation>
    </message>
    <message>
        <source>{where}, field &quot;date_journal&quot;: {error}</source>
        <translation>{where}, campo «date_journal»: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;mood&quot;: {mood!r} is not a mood from 1 to 5.</source>
        <translation>{where}, campo «mood»: {mood!r} no es un ánimo del 1 al 5.</translation>
    </message>
    <message>
        <source>Journey entry</source>
        <translation>Entrada de Journey</translation>
    </message>
    <message>
        <source>{name} holds no entry (.json) files: this is not a Journey export.</source>
        <translation>{name} no contiene archivos de entrada (.json): no es una exportación de Journey.</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({error}).</source>
        <translation>El archivo no es JSON válido ({error}).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a jrnl export.</source>
        <translation>El archivo está anidado a demasiada profundidad para ser una exportación de jrnl.</translation>
    </message>
    <message>
        <source>This is not a jrnl JSON export (field &quot;entries&quot; is missing).</source>
        <translation>No es una exportación JSON de jrnl (falta el campo «entries»).</translation>
    </message>
    <message>
        <source>{where}, field &quot;{name}&quot;: expected text.</source>
        <translation>{where}, campo «{name}»: se esperaba texto.</translation>
    </message>
    <message>
        <source>{where}, field &quot;{name}&quot;: {error}</source>
        <translation>{where}, campo «{name}»: {error}</translation>
    </message>
    <message>
        <source>Field &quot;schema_version&quot;: {schema_version!r} is newer than this version of Resilience can read.</source>
        <translation>Campo «schema_version»: {schema_version!r} es más reciente de lo que esta versión de Resilience puede leer.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot; does not exist in this version of Resilience.</source>
        <translation>La tabla «{name}» no existe en esta versión de Resilience.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: needs &quot;columns&quot; and &quot;rows&quot; lists.</source>
        <translation>Tabla «{name}»: necesita las listas «columns» y «rows».</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: unknown field {column!r}.</source>
        <translation>Tabla «{name}»: campo desconocido {column!r}.</translation>
    </message>
    <message>
        <source>Table &quot;{name}&quot;: a field is listed twice.</source>
        <translation>Tabla «{name}»: hay un campo repetido.</translation>
    </message>
    <message>
        <source>The data does not fit together ({error}).</source>
        <translation>Los datos no encajan entre sí ({error}).</translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;, row {number}: this value is not allowed ({error}).</source>
        <translation>tabla «{name}», fila {number}: este valor no está permitido ({error}).</translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;: a row is not allowed ({error}).</source>
        <translation>tabla «{name}»: una fila no está permitida ({error}).</translation>
    </message>
    <message>
        <source>{where}: expected {columns} values.</source>
        <translation>{where}: se esperaban {columns} valores.</translation>
    </message>
    <message>
        <source>{where}, field &quot;{column}&quot;: {error}</source>
        <translation>{where}, campo «{column}»: {error}</translation>
    </message>
    <message>
        <source>{where}, field &quot;uid&quot;: the same row id appears twice.</source>
        <translation>{where}, campo «uid»: el mismo id de fila aparece dos veces.</translation>
    </message>
    <message>
        <source>{where}, field &quot;value&quot; ({key}): {error}</source>
        <translation>{where}, campo «value» ({key}): {error}</translation>
    </message>
    <message>
        <source>table &quot;{name}&quot;, row {number}, field &quot;{column}&quot;: {value!r} points at no row of &quot;{parent}&quot;.</source>
        <translation>tabla «{name}», fila {number}, campo «{column}»: {value!r} no apunta a ninguna fila de «{parent}».</translation>
    </message>
    <message>
        <source>save it as UTF-8 and try again.</source>
        <translation>guárdalo como UTF-8 e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>No se puede leer el archivo: {error}.</translation>
    </message>
    <message>
        <source>The file is {size}; this importer reads at most {max_bytes}. Split it into smaller files.</source>
        <translation>El archivo ocupa {size}; este importador lee como máximo {max_bytes}. Divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (it is {name} text); {save_as_utf}</source>
        <translation>El archivo no está en UTF-8 (es texto {name}); {save_as_utf}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (it looks like UTF-16 text); {save_as_utf}</source>
        <translation>El archivo no está en UTF-8 (parece texto UTF-16); {save_as_utf}</translation>
    </message>
    <message>
        <source>The file is not text (it holds binary data).</source>
        <translation>El archivo no es texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (looks like {sample}); {save_as_utf}</source>
        <translation>El archivo no está en UTF-8 (parece {sample}); {save_as_utf}</translation>
    </message>
    <message>
        <source>The file is not text (it holds NUL bytes).</source>
        <translation>El archivo no es texto (contiene bytes NUL).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app_name} {version}&lt;/h3&gt;&lt;p&gt;An offline companion for building emotional resilience. Everything stays on this computer; Resilience never opens a network connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{disclaimer}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Resilience is free software under the GNU GPL v3 or later (the LICENSE file). The Qt libraries are used unmodified and can be replaced in the installed folder, as the LGPL allows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app_name} {version}&lt;/h3&gt;&lt;p&gt;Un compañero sin conexión para fortalecer la resiliencia emocional. Todo se queda en este ordenador; Resilience nunca abre una conexión de red.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{disclaimer}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hecho con:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Resilience es software libre bajo la GNU GPL v3 o posterior (el archivo LICENSE). Las bibliotecas de Qt se usan sin modificar y pueden sustituirse en la carpeta instalada, como permite la LGPL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app_name}</source>
        <translation>Acerca de {app_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety:&lt;/b&gt; {safety_line}</source>
        <translation>&lt;b&gt;Seguridad:&lt;/b&gt; {safety_line}</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Seguridad…</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <source>My patterns…</source>
        <translation>Mis patrones…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>Length in minutes or breaths</source>
        <translation>Duración en minutos o respiraciones</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patrón:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Begi&amp;nner (4-7-8: at most 4 breaths)</source>
        <translation>Princip&amp;iante (4-7-8: 4 respiraciones como máximo)</translation>
    </message>
    <message>
        <source>&amp;Tones (one in, two out)</source>
        <translation>&amp;Tonos (uno al inhalar, dos al exhalar)</translation>
    </message>
    <message>
        <source>Re&amp;duced motion</source>
        <translation>Menos &amp;movimiento</translation>
    </message>
    <message>
        <source>No practice yet this week.</source>
        <translation>Todavía no hay práctica esta semana.</translation>
    </message>
    <message>
        <source> Last: {label}, {started_at}.</source>
        <translation> Última: {label}, {started_at}.</translation>
    </message>
    <message>
        <source>No sound output here: follow the words and the circle.</source>
        <translation>Aquí no hay salida de sonido: sigue las palabras y el círculo.</translation>
    </message>
    <message>
        <source>When feelings run high, your senses can bring you back to the here and now. Press Start and take each step at your own pace; writing anything down is optional.</source>
        <translation>Cuando las emociones se desbordan, tus sentidos pueden traerte de vuelta al aquí y ahora. Pulsa Empezar y da cada paso a tu ritmo; escribir algo es opcional.</translation>
    </message>
    <message>
        <source>Notes for this step (optional)</source>
        <translation>Notas para este paso (opcional)</translation>
    </message>
    <message>
        <source>Optional: write what you notice.</source>
        <translation>Opcional: escribe lo que notes.</translation>
    </message>
    <message>
        <source>&amp;Keep my notes with this practice</source>
        <translation>&amp;Guardar mis notas con esta práctica</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>5-4-3-2-1 grounding</source>
        <translation>Anclaje 5-4-3-2-1</translation>
    </message>
    <message>
        <source>{count} {things} you can {sense}</source>
        <translation>{count} {things} que puedes {sense}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Choose a script and press Start. Each part stays on screen long enough to read slowly and picture it; Right arrow moves on sooner, Left goes back.</source>
        <translation>Elige un guion y pulsa Empezar. Cada parte se queda en pantalla el tiempo suficiente para leerla despacio e imaginarla; la flecha derecha avanza antes y la izquierda vuelve atrás.</translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation>Progreso en el guion</translation>
    </message>
    <message>
        <source>Guided imagery script</source>
        <translation>Guion de visualización guiada</translation>
    </message>
    <message>
        <source>Move &amp;on by itself</source>
        <translation>Avanzar s&amp;olo</translation>
    </message>
    <message>
        <source>Soft bell bet&amp;ween parts</source>
        <translation>Campana suave &amp;entre partes</translation>
    </message>
    <message>
        <source>Read a&amp;loud</source>
        <translation>Leer en vo&amp;z alta</translation>
    </message>
    <message>
        <source>Uses your system&apos;s voice, when it has one.</source>
        <translation>Usa la voz de tu sistema, si tiene una.</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{intro}&lt;br&gt;&lt;br&gt;About {total_seconds} minutes.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{intro}&lt;br&gt;&lt;br&gt;Unos {total_seconds} minutos.</translation>
    </message>
    <message>
        <source>No system voice was found, so the text is shown only.</source>
        <translation>No se encontró ninguna voz del sistema, así que el texto solo se muestra.</translation>
    </message>
    <message>
        <source>Meditation timer</source>
        <translation>Temporizador de meditación</translation>
    </message>
    <message>
        <source>No interval bells</source>
        <translation>Sin campanas de intervalo</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>cada minuto</translation>
    </message>
    <message>
        <source>every 2 minutes</source>
        <translation>cada 2 minutos</translation>
    </message>
    <message>
        <source>every 3 minutes</source>
        <translation>cada 3 minutos</translation>
    </message>
    <message>
        <source>every 5 minutes</source>
        <translation>cada 5 minutos</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>cada 10 minutos</translation>
    </message>
    <message>
        <source>every 15 minutes</source>
        <translation>cada 15 minutos</translation>
    </message>
    <message>
        <source>every 20 minutes</source>
        <translation>cada 20 minutos</translation>
    </message>
    <message>
        <source>Settling in</source>
        <translation>Acomodándote</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Interval bells</source>
        <translation>Campanas de intervalo</translation>
    </message>
    <message>
        <source>Ring a bell at the &amp;end</source>
        <translation>Tocar una campana al &amp;final</translation>
    </message>
    <message>
        <source>Pla&amp;y bells (otherwise shown on screen only)</source>
        <translation>&amp;Reproducir campanas (si no, solo se muestran en pantalla)</translation>
    </message>
    <message>
        <source>&amp;Warm-up (settle in):</source>
        <translation>&amp;Preparación (para acomodarte):</translation>
    </message>
    <message>
        <source>Inter&amp;val bells:</source>
        <translation>Campanas de inter&amp;valo:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source> (shown, not heard)</source>
        <translation> (mostrado, no se oye)</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Marcapasos de respiración</translation>
    </message>
    <message>
        <source>{cycles} breaths · {total_seconds} · press Space to start</source>
        <translation>{cycles} respiraciones · {total_seconds} · pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>{done} of {cycles} breaths done · {left} left</source>
        <translation>{done} de {cycles} respiraciones hechas · quedan {left}</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Mis patrones de respiración</translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation>Mis patrones</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nue&amp;va</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>In, hold, out, hold: 0 to 20 seconds each; a pattern needs an in-breath and an out-breath.</source>
        <translation>Inhalar, retener, exhalar, retener: de 0 a 20 segundos cada uno; un patrón necesita una inhalación y una exhalación.</translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation>Nombre del patrón</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>{label}, seconds</source>
        <translation>{label}, segundos</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Stress now (optional):</source>
        <translation>Estrés ahora (opcional):</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>¿Y ahora?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Focus mode: {name}</source>
        <translation>Modo concentración: {name}</translation>
    </message>
    <message>
        <source>End and log</source>
        <translation>Terminar y registrar</translation>
    </message>
    <message>
        <source>Leave focus (Esc)</source>
        <translation>Salir del modo concentración (Esc)</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>Salir del modo concentración</translation>
    </message>
    <message>
        <source>Space starts and pauses · Esc or F11 leaves focus; the practice goes on</source>
        <translation>Espacio inicia y pausa · Esc o F11 sale del modo concentración; la práctica continúa</translation>
    </message>
    <message>
        <source>Focus (F11)</source>
        <translation>Concentración (F11)</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo concentración</translation>
    </message>
    <message>
        <source>Only the practice, filling the screen. Esc or F11 returns.</source>
        <translation>Solo la práctica, a pantalla completa. Esc o F11 vuelve.</translation>
    </message>
    <message>
        <source>Focus mode opens from the main window only.</source>
        <translation>El modo concentración solo se abre desde la ventana principal.</translation>
    </message>
    <message>
        <source>Stopped before it began; nothing was logged.</source>
        <translation>Se detuvo antes de empezar; no se registró nada.</translation>
    </message>
    <message>
        <source>Not logged: {error}</source>
        <translation>No se registró: {error}</translation>
    </message>
    <message>
        <source>Logged {actual_seconds}{done} of {name}. How stressed do you feel now? (optional)</source>
        <translation>Registrado: {actual_seconds}{done} de {name}. ¿Cuánto estrés sientes ahora? (opcional)</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <source>Logged, with stress {value} after.</source>
        <translation>Registrado, con estrés {value} después.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>{text} (Space)</source>
        <translation>{text} (Espacio)</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Últimas 26 semanas</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Últimos 2 años</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Semanas mostradas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Stress change</source>
        <translation>Cambio de estrés</translation>
    </message>
    <message>
        <source>Recent practices</source>
        <translation>Prácticas recientes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>No practice yet this week. The charts show the weeks before.</source>
        <translation>Todavía no hay práctica esta semana. Los gráficos muestran las semanas anteriores.</translation>
    </message>
    <message>
        <source> · stress {stress_before}→{stress_after}</source>
        <translation> · estrés {stress_before}→{stress_after}</translation>
    </message>
    <message>
        <source>Choose a practice in the list to delete it.</source>
        <translation>Elige una práctica de la lista para borrarla.</translation>
    </message>
    <message>
        <source>Deleted {label}.</source>
        <translation>{label} borrada.</translation>
    </message>
    <message>
        <source>Restored {label}.</source>
        <translation>{label} restaurada.</translation>
    </message>
    <message>
        <source>unknown sound {name!r}</source>
        <translation>sonido desconocido {name!r}</translation>
    </message>
    <message>
        <source>Stress {number} of 10</source>
        <translation>Estrés {number} de 10</translation>
    </message>
    <message>
        <source>0 = not stressed at all, 10 = the most stressed you can imagine. Optional.</source>
        <translation>0 = nada de estrés, 10 = el mayor estrés que puedas imaginar. Opcional.</translation>
    </message>
    <message>
        <source>no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. Start Resilience from a desktop session, or set DISPLAY (X11) or WAYLAND_DISPLAY (Wayland). Without a display, the commands work (resilience-desktop --help lists them), and so does --screenshot DIR.</source>
        <translation>no se encontró ninguna pantalla (no están definidas ni DISPLAY ni WAYLAND_DISPLAY), así que la ventana no puede abrirse. Inicia Resilience desde una sesión de escritorio, o define DISPLAY (X11) o WAYLAND_DISPLAY (Wayland). Sin pantalla funcionan los comandos (resilience-desktop --help los enumera), y también --screenshot CARPETA.</translation>
    </message>
    <message>
        <source> Details for support are in the log: {log_dir}.</source>
        <translation> Los detalles para el soporte están en el registro: {log_dir}.</translation>
    </message>
    <message>
        <source>Something went wrong while {what}. Your saved entries are safe: nothing already saved was lost.{where} You can keep working; if it happens again, restart Resilience.</source>
        <translation>Algo salió mal durante esta tarea: {what}. Tus entradas guardadas están a salvo: no se ha perdido nada de lo que ya estaba guardado.{where} Puedes seguir trabajando; si vuelve a ocurrir, reinicia Resilience.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>MET values: Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 43(8):1575-81. Intensity: light &lt; 3.0, moderate 3.0–5.9, vigorous ≥ 6.0 METs (WHO 2020).</source>
        <translation>Valores MET: Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 43(8):1575-81. Intensidad: ligera &lt; 3,0, moderada 3,0–5,9, vigorosa ≥ 6,0 MET (OMS 2020).</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>MET</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>New activity&apos;s name</source>
        <translation>Nombre de la nueva actividad</translation>
    </message>
    <message>
        <source>New activity, e.g. Rowing</source>
        <translation>Nueva actividad, p. ej. Remo</translation>
    </message>
    <message>
        <source>New activity&apos;s MET value</source>
        <translation>Valor MET de la nueva actividad</translation>
    </message>
    <message>
        <source>MET </source>
        <translation>MET </translation>
    </message>
    <message>
        <source>muscle-strengthening</source>
        <translation>fortalecimiento muscular</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Borrar la seleccionada</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(tuya)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>«{name}» añadida.</translation>
    </message>
    <message>
        <source>Select an activity to delete.</source>
        <translation>Selecciona una actividad para borrarla.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» borrada.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Directriz</translation>
    </message>
    <message>
        <source>Activity mix</source>
        <translation>Combinación de actividades</translation>
    </message>
    <message>
        <source>Mood change</source>
        <translation>Cambio de ánimo</translation>
    </message>
    <message>
        <source>Minutes and mood</source>
        <translation>Minutos y ánimo</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Sesiones de ejercicio</translation>
    </message>
    <message>
        <source>Arrow keys choose a session; Edit… and Delete act on it</source>
        <translation>Las flechas eligen una sesión; «Editar…» y «Borrar» actúan sobre ella</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>Log a walk, a swim, a yoga class or a game with “Log a session…”, or bring in a Strava or CSV export with “Import CSV…”. Your week is measured against the WHO guideline of 150–300 minutes; some activity is better than none.</source>
        <translation>Registra un paseo, un rato de natación, una clase de yoga o un partido con «Registrar una sesión…», o trae una exportación de Strava o un CSV con «Importar CSV…». Tu semana se mide con la directriz de la OMS de 150–300 minutos; algo de actividad es mejor que nada.</translation>
    </message>
    <message>
        <source>Log a session…</source>
        <translation>Registrar una sesión…</translation>
    </message>
    <message>
        <source>Repeat a recent session</source>
        <translation>Repetir una sesión reciente</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Activities…</source>
        <translation>Actividades…</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <source>Select a session in the table to edit it.</source>
        <translation>Selecciona una sesión en la tabla para editarla.</translation>
    </message>
    <message>
        <source>Session updated.</source>
        <translation>Sesión actualizada.</translation>
    </message>
    <message>
        <source>Select a session in the table to delete it.</source>
        <translation>Selecciona una sesión en la tabla para borrarla.</translation>
    </message>
    <message>
        <source>Deleted {label}. Press Undo (Ctrl+Z) to bring it back.</source>
        <translation>{label} borrada. Pulsa Deshacer (Ctrl+Z) para recuperarla.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>{activity_name}, {minutes} min</source>
        <translation>{activity_name}, {minutes} min</translation>
    </message>
    <message>
        <source>Logged {activity_name}, {minutes} min, starting now.</source>
        <translation>Registrado: {activity_name}, {minutes} min, empezando ahora.</translation>
    </message>
    <message>
        <source>Import exercise CSV</source>
        <translation>Importar CSV de ejercicio</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{name}: {error}
Nothing was imported.</source>
        <translation>{name}: {error}
No se importó nada.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} no se importó.</translation>
    </message>
    <message>
        <source>Activity catalogue updated.</source>
        <translation>Catálogo de actividades actualizado.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>Choose a range of at most twenty years.</source>
        <translation>Elige un periodo de veinte años como máximo.</translation>
    </message>
    <message>
        <source>no answers in this period</source>
        <translation>sin respuestas en este periodo</translation>
    </message>
    <message>
        <source>no cut-offs (trend only)</source>
        <translation>sin puntos de corte (solo tendencia)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Last scores</source>
        <translation>Últimas puntuaciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Guideline minutes a week (average)</source>
        <translation>Minutos de la directriz por semana (media)</translation>
    </message>
    <message>
        <source>Weeks reaching 150 minutes</source>
        <translation>Semanas que llegan a 150 minutos</translation>
    </message>
    <message>
        <source>{reached} of {weeks}</source>
        <translation>{reached} de {weeks}</translation>
    </message>
    <message>
        <source>Partial weeks at the period&apos;s edges</source>
        <translation>Semanas incompletas en los extremos del periodo</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Días con registro</translation>
    </message>
    <message>
        <source>Average pleasantness (−5 to +5)</source>
        <translation>Media de lo agradable (de −5 a +5)</translation>
    </message>
    <message>
        <source>Average energy (−5 to +5)</source>
        <translation>Media de la energía (de −5 a +5)</translation>
    </message>
    <message>
        <source>{app}: summary {period}</source>
        <translation>{app}: resumen {period}</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>Generated on {day}</source>
        <translation>Generado el {day}</translation>
    </message>
    <message>
        <source>Calm practice</source>
        <translation>Prácticas de calma</translation>
    </message>
    <message>
        <source>No calm practice logged in this period.</source>
        <translation>No se registró ninguna práctica de calma en este periodo.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Practices rated before and after</source>
        <translation>Prácticas valoradas antes y después</translation>
    </message>
    <message>
        <source>Average drop in stress (0–10)</source>
        <translation>Bajada media del estrés (0–10)</translation>
    </message>
    <message>
        <source>Journal entries I chose to share</source>
        <translation>Entradas del diario que elegí compartir</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personas distintas</translation>
    </message>
    <message>
        <source>Made by the person on their own computer to share with their therapist. Questionnaire scores are self-reports. {not_a_diagnosis}</source>
        <translation>Elaborado por la propia persona en su ordenador para compartirlo con su terapeuta. Las puntuaciones de los cuestionarios son autoinformes. {not_a_diagnosis}</translation>
    </message>
    <message>
        <source>Self-check questionnaires</source>
        <translation>Cuestionarios de autoevaluación</translation>
    </message>
    <message>
        <source>Bands: BRS 1.00–2.99 low, 3.00–4.30 normal, 4.31–5.00 high; WHO-5 ≤ 50 suggests poor well-being, ≤ 28 suggests likely depression; Rosenberg has no cut-offs.</source>
        <translation>Rangos: BRS 1,00–2,99 bajo, 3,00–4,30 normal, 4,31–5,00 alto; en el WHO-5, ≤ 50 indica un bienestar bajo y ≤ 28 una probable depresión; la escala de Rosenberg no tiene puntos de corte.</translation>
    </message>
    <message>
        <source>Contact with people</source>
        <translation>Contacto con personas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Import {file_name}</source>
        <translation>Importar {file_name}</translation>
    </message>
    <message>
        <source>Sessions in the file</source>
        <translation>Sesiones del archivo</translation>
    </message>
    <message>
        <source>Import {rows}</source>
        <translation>Importar {rows}</translation>
    </message>
    <message>
        <source>{source} file: {rows} will be added</source>
        <translation>Archivo de {source}: se añadirán {rows}</translation>
    </message>
    <message>
        <source>{duplicates} already saved (skipped)</source>
        <translation>{duplicates} ya guardadas (omitidas)</translation>
    </message>
    <message>
        <source>
{errors} problems, so nothing can be imported. Fix these lines in the file and try again:</source>
        <translation>
{errors} con problemas, así que no se puede importar nada. Corrige estas líneas en el archivo e inténtalo de nuevo:</translation>
    </message>
    <message>
        <source>
Everything in this file is already saved.</source>
        <translation>
Todo lo que hay en este archivo ya está guardado.</translation>
    </message>
    <message>
        <source>{error}
Nothing was imported.</source>
        <translation>{error}
No se importó nada.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Wed 28 Nov 2026</source>
        <translation>mié 28 nov 2026</translation>
    </message>
    <message>
        <source>Dancing, salsa or cultural</source>
        <translation>Baile, salsa o bailes tradicionales</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>30.20 km</source>
        <translation>30,20 km</translation>
    </message>
    <message>
        <source>Ana Novak, Riverside book club</source>
        <translation>Ana Novak, club de lectura del río</translation>
    </message>
    <message>
        <source>A long note about the session</source>
        <translation>Una nota larga sobre la sesión</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>{name}  ({met} MET, {intensity})</source>
        <translation>{name}  ({met} MET, {intensity})</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Date and start</source>
        <translation>Fecha e inicio</translation>
    </message>
    <message>
        <source>Perceived effort (0–10)</source>
        <translation>Esfuerzo percibido (0–10)</translation>
    </message>
    <message>
        <source>Mood before (−5 … +5)</source>
        <translation>Ánimo antes (−5 … +5)</translation>
    </message>
    <message>
        <source>Mood after (−5 … +5)</source>
        <translation>Ánimo después (−5 … +5)</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation>{name} (grupo)</translation>
    </message>
    <message>
        <source>Add people and groups in the People tab to note who you exercised with.</source>
        <translation>Añade personas y grupos en la pestaña Personas para anotar con quién hiciste ejercicio.</translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation>Ánimo antes</translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation>Ánimo después</translation>
    </message>
    <message>
        <source>Right-click a column title to show or hide columns.</source>
        <translation>Haz clic derecho en el título de una columna para mostrar u ocultar columnas.</translation>
    </message>
    <message>
        <source>Distance: {distance_km} km</source>
        <translation>Distancia: {distance_km} km</translation>
    </message>
    <message>
        <source>With: </source>
        <translation>Con: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notas: </translation>
    </message>
    <message>
        <source>above the 300-minute upper range: great</source>
        <translation>por encima del límite superior de 300 minutos: genial</translation>
    </message>
    <message>
        <source>within the 150–300 range</source>
        <translation>dentro del rango de 150–300</translation>
    </message>
    <message>
        <source>{minutes} to go for 150; some activity is better than none</source>
        <translation>faltan {minutes} para 150; algo de actividad es mejor que nada</translation>
    </message>
    <message>
        <source>&lt;b&gt;This week&lt;/b&gt; (from {start}): &lt;b&gt;{minutes}&lt;/b&gt; guideline minutes ({moderate_minutes} moderate + 2 × {vigorous_minutes} vigorous), {verdict}. {strength_days} MET-minutes: {met_minutes}.</source>
        <translation>&lt;b&gt;Esta semana&lt;/b&gt; (desde {start}): &lt;b&gt;{minutes}&lt;/b&gt; minutos de la directriz ({moderate_minutes} moderados + 2 × {vigorous_minutes} vigorosos), {verdict}. {strength_days} MET-minutos: {met_minutes}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Heart Minutes&lt;/b&gt; as {source} counts them: &lt;b&gt;{minutes}&lt;/b&gt; this week ({days_counted}). Google&apos;s own measure (1 a minute of moderate activity, 2 of vigorous), not added to the guideline minutes.</source>
        <translation>&lt;b&gt;Puntos cardio&lt;/b&gt; tal como los cuenta {source}: &lt;b&gt;{minutes}&lt;/b&gt; esta semana ({days_counted}). Medida propia de Google (1 por minuto de actividad moderada, 2 de vigorosa), no sumada a los minutos de la pauta.</translation>
    </message>
    <message>
        <source>Strength days: &lt;b&gt;{days}&lt;/b&gt; (goal of {goal} a week met).</source>
        <translation>Días de fuerza: &lt;b&gt;{days}&lt;/b&gt; (objetivo de {goal} a la semana cumplido).</translation>
    </message>
    <message>
        <source>Strength days: &lt;b&gt;{days}&lt;/b&gt; of the {goal} a week.</source>
        <translation>Días de fuerza: &lt;b&gt;{days}&lt;/b&gt; de {goal} a la semana.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Habit strength&lt;/b&gt;: {overall:.0%} overall</source>
        <translation>&lt;b&gt;Fuerza del hábito&lt;/b&gt;: {overall:.0%} en total</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Primer día de la semana</translation>
    </message>
    <message>
        <source>Weeks start on Monday</source>
        <translation>Las semanas empiezan el lunes</translation>
    </message>
    <message>
        <source>Weeks start on Sunday</source>
        <translation>Las semanas empiezan el domingo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Days with / without</source>
        <translation>Días con / sin</translation>
    </message>
    <message>
        <source>Pleasantness, same day</source>
        <translation>Lo agradable, el mismo día</translation>
    </message>
    <message>
        <source>Pleasantness, next day</source>
        <translation>Lo agradable, al día siguiente</translation>
    </message>
    <message>
        <source>Energy, same day</source>
        <translation>Energía, el mismo día</translation>
    </message>
    <message>
        <source>Energy, next day</source>
        <translation>Energía, al día siguiente</translation>
    </message>
    <message>
        <source>not enough days ({n_with} / {n_without})</source>
        <translation>no hay días suficientes ({n_with} / {n_without})</translation>
    </message>
    <message>
        <source>{difference}  ({low} to {high})</source>
        <translation>{difference}  ({low} a {high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;: {mean_change} {measure}, 95 % interval {low} to {high} (n = {n}) &lt;a href=&apos;{key}&apos;&gt;{tab} →&lt;/a&gt;</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;: {mean_change} {measure}, intervalo del 95 % de {low} a {high} (n = {n}) &lt;a href=&apos;{key}&apos;&gt;{tab} →&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{caveat}&lt;/b&gt; Mean mood on days with versus days without each thing, and on the day after; the brackets hold the 95 % interval of the difference. A comparison shows once there are at least {min_days} days on each side. Mood comes from your journal check-ins (−5 to +5).</source>
        <translation>&lt;b&gt;{caveat}&lt;/b&gt; Ánimo medio los días con y sin cada cosa, y al día siguiente; los corchetes contienen el intervalo del 95 % de la diferencia. Una comparación aparece cuando hay al menos {min_days} días en cada lado. El ánimo procede de tus registros en el diario (−5 a +5).</translation>
    </message>
    <message>
        <source>What helps me: comparisons</source>
        <translation>Lo que me ayuda: comparaciones</translation>
    </message>
    <message>
        <source>Double-click to open the {tab} tab</source>
        <translation>Doble clic para abrir la pestaña {tab}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also from your data&lt;/b&gt; (95 % intervals; an association, not proof of cause):&lt;br&gt;</source>
        <translation>&lt;b&gt;También de tus datos&lt;/b&gt; (intervalos del 95 %; una asociación, no una prueba de causa):&lt;br&gt;</translation>
    </message>
    <message>
        <source>Nothing with enough records yet.</source>
        <translation>Todavía no hay nada con suficientes registros.</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Últimos 5 años</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation>Autoevaluaciones</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Lo que me ayuda</translation>
    </message>
    <message>
        <source>Strengths and good things</source>
        <translation>Fortalezas y cosas buenas</translation>
    </message>
    <message>
        <source>Due: </source>
        <translation>Toca: </translation>
    </message>
    <message>
        <source>. Whenever suits you.</source>
        <translation>. Cuando te venga bien.</translation>
    </message>
    <message>
        <source>No self-check is due.</source>
        <translation>No toca ninguna autoevaluación.</translation>
    </message>
    <message>
        <source>Working out your figures…</source>
        <translation>Calculando tus cifras…</translation>
    </message>
    <message>
        <source>These figures could not be worked out{reason}. Your saved entries are safe. Choose another period or open this page again to try again.</source>
        <translation>No se pudieron calcular estas cifras{reason}. Tus entradas guardadas están a salvo. Elige otro periodo o vuelve a abrir esta página para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>{short_name} saved.</source>
        <translation>{short_name} guardado.</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number} of {items}.&lt;/b&gt; {number2}</source>
        <translation>&lt;b&gt;{number} de {items}.&lt;/b&gt; {number2}</translation>
    </message>
    <message>
        <source>Item {number}: {label} ({value})</source>
        <translation>Pregunta {number}: {label} ({value})</translation>
    </message>
    <message>
        <source>The questions are shown in their original English: a questionnaire may only be used in a published, validated translation, and none is included yet.</source>
        <translation>Las preguntas se muestran en su inglés original: un cuestionario solo puede usarse en una traducción publicada y validada, y todavía no se incluye ninguna.</translation>
    </message>
    <message>
        <source>Show all questions on one page</source>
        <translation>Mostrar todas las preguntas en una página</translation>
    </message>
    <message>
        <source>&lt;p&gt;{stem} Press &lt;b&gt;{keys_hint}&lt;/b&gt; to answer; Up and Down move between questions; Enter saves.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{not_a_diagnosis}&lt;/i&gt; &lt;small&gt;{citation}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{stem} Pulsa &lt;b&gt;{keys_hint}&lt;/b&gt; para responder; las flechas arriba y abajo cambian de pregunta; Intro guarda.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{not_a_diagnosis}&lt;/i&gt; &lt;small&gt;{citation}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Answers are {keys_hint}.</source>
        <translation>Las respuestas son {keys_hint}.</translation>
    </message>
    <message>
        <source>Please answer item {missing} before saving.</source>
        <translation>Responde a la pregunta {missing} antes de guardar.</translation>
    </message>
    <message>
        <source>Answer the {short_name}…</source>
        <translation>Responder el {short_name}…</translation>
    </message>
    <message>
        <source>How often to suggest the {short_name}</source>
        <translation>Cada cuánto sugerir el {short_name}</translation>
    </message>
    <message>
        <source>Remove the latest answer…</source>
        <translation>Quitar la última respuesta…</translation>
    </message>
    <message>
        <source>Suggest the {short_name}:</source>
        <translation>Sugerir el {short_name}:</translation>
    </message>
    <message>
        <source>Latest: &lt;b&gt;{score}&lt;/b&gt;{band} ({taken_on})</source>
        <translation>Última: &lt;b&gt;{score}&lt;/b&gt;{band} ({taken_on})</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Todavía sin responder.</translation>
    </message>
    <message>
        <source>It takes about a minute. Your answers stay on this computer.</source>
        <translation>Lleva alrededor de un minuto. Tus respuestas se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toca ahora.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove an answer</source>
        <translation>Quitar una respuesta</translation>
    </message>
    <message>
        <source>Remove your {short_name} answers of {when}? They cannot be brought back.</source>
        <translation>¿Quitar tus respuestas del {short_name} del {when}? No se podrán recuperar.</translation>
    </message>
    <message>
        <source>A note about support</source>
        <translation>Una nota sobre el apoyo</translation>
    </message>
    <message>
        <source>Open the Support page</source>
        <translation>Abrir la página Apoyo</translation>
    </message>
    <message>
        <source>My strengths, in my own words</source>
        <translation>Mis fortalezas, con mis propias palabras</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>A strength, e.g. “I keep going”</source>
        <translation>Una fortaleza, p. ej. «Sigo adelante»</translation>
    </message>
    <message>
        <source>Strength name</source>
        <translation>Nombre de la fortaleza</translation>
    </message>
    <message>
        <source>What this strength means to me</source>
        <translation>Lo que esta fortaleza significa para mí</translation>
    </message>
    <message>
        <source>What it looks like when you use it…</source>
        <translation>Cómo se ve cuando la usas…</translation>
    </message>
    <message>
        <source>Examples from my entries</source>
        <translation>Ejemplos de mis entradas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation>Guardar fortaleza</translation>
    </message>
    <message>
        <source>Add an example from my entries…</source>
        <translation>Añadir un ejemplo de mis entradas…</translation>
    </message>
    <message>
        <source>Examples from my entries:</source>
        <translation>Ejemplos de mis entradas:</translation>
    </message>
    <message>
        <source>Three good things this week</source>
        <translation>Tres cosas buenas esta semana</translation>
    </message>
    <message>
        <source>What went well, and why did it happen? Saved as a journal entry of the gratitude kind.</source>
        <translation>¿Qué ha ido bien y por qué ha pasado? Se guarda como una entrada del diario de tipo gratitud.</translation>
    </message>
    <message>
        <source>Good thing {number}</source>
        <translation>Cosa buena {number}</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>Guardar en mi diario</translation>
    </message>
    <message>
        <source>Not written this week yet — whenever suits you.</source>
        <translation>Todavía no lo has escrito esta semana; cuando te venga bien.</translation>
    </message>
    <message>
        <source>Written this week ({day} {month}). You can always add more.</source>
        <translation>Escrito esta semana ({day} {month}). Siempre puedes añadir más.</translation>
    </message>
    <message>
        <source>Strength saved.</source>
        <translation>Fortaleza guardada.</translation>
    </message>
    <message>
        <source>Choose a strength in the list first.</source>
        <translation>Elige primero una fortaleza de la lista.</translation>
    </message>
    <message>
        <source>Save the strength first, then add examples.</source>
        <translation>Guarda primero la fortaleza y luego añade ejemplos.</translation>
    </message>
    <message>
        <source>No journal entries to pick from yet.</source>
        <translation>Todavía no hay entradas del diario entre las que elegir.</translation>
    </message>
    <message>
        <source>Add an example</source>
        <translation>Añadir un ejemplo</translation>
    </message>
    <message>
        <source>An entry that shows “{name}”:</source>
        <translation>Una entrada que muestra «{name}»:</translation>
    </message>
    <message>
        <source>Example added.</source>
        <translation>Ejemplo añadido.</translation>
    </message>
    <message>
        <source>Saved to your journal as “Three good things”.</source>
        <translation>Guardado en tu diario como «Tres cosas buenas».</translation>
    </message>
    <message>
        <source>Export summary (PDF)</source>
        <translation>Exportar resumen (PDF)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation>Entradas del diario que incluir</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Tick the journal entries you want to share. Nothing else from your journal goes into the summary.</source>
        <translation>Marca las entradas del diario que quieras compartir. Nada más de tu diario entra en el resumen.</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Actualizar vista previa</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Preview with {entries} chosen entries.</source>
        <translation>Vista previa con {entries} entradas elegidas.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {name}: {error}. Nothing was written.</source>
        <translation>No se pudo guardar {name}: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Saved to {path} (readable only by you).</source>
        <translation>Guardado en {path} (solo tú puedes leerlo).</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Últimos 3 años</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Affect labeling: Lieberman MD et al. Putting feelings into words. Psychological Science 2007;18(5):421-428.</source>
        <translation>Etiquetado afectivo: Lieberman MD et al. Putting feelings into words. Psychological Science 2007;18(5):421-428.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation>El año en píxeles</translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation>Palabras de emociones</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>Naming the feeling</source>
        <translation>Ponerle nombre a lo que sientes</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Tags, separated by commas (work, family, walk)</source>
        <translation>Etiquetas, separadas por comas (trabajo, familia, paseo)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mood check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registro de ánimo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No mood check-in for this entry</source>
        <translation>Sin registro de ánimo para esta entrada</translation>
    </message>
    <message>
        <source>Clear the mood check-in</source>
        <translation>Borrar el registro de ánimo</translation>
    </message>
    <message>
        <source>Tap the pad</source>
        <translation>Toca el panel</translation>
    </message>
    <message>
        <source>How strong is this feeling? (0–10)</source>
        <translation>¿Con qué intensidad sientes esto? (0–10)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name the feeling&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ponle nombre a lo que sientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>And now, after naming it? (0–10)</source>
        <translation>¿Y ahora, después de nombrarlo? (0–10)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Start writing here…</source>
        <translation>Empieza a escribir aquí…</translation>
    </message>
    <message>
        <source>Tap the pad: how pleasant, how much energy?</source>
        <translation>Toca el panel: ¿cuán agradable, cuánta energía?</translation>
    </message>
    <message>
        <source>Pleasantness {value}
Energy {value2}
{quadrant}</source>
        <translation>Lo agradable {value}
Energía {value2}
{quadrant}</translation>
    </message>
    <message>
        <source>Tick the words that fit; hover a word for its meaning.</source>
        <translation>Marca las palabras que encajen; pasa el ratón sobre una palabra para ver su significado.</translation>
    </message>
    <message>
        <source>Name the feeling: emotion words</source>
        <translation>Ponle nombre a lo que sientes: palabras de emociones</translation>
    </message>
    <message>
        <source>Arrow keys move, Space ticks a word</source>
        <translation>Las flechas mueven, Espacio marca una palabra</translation>
    </message>
    <message>
        <source>Your own word…</source>
        <translation>Tu propia palabra…</translation>
    </message>
    <message>
        <source>Your own emotion word</source>
        <translation>Tu propia palabra de emoción</translation>
    </message>
    <message>
        <source>Add your own emotion word</source>
        <translation>Añadir tu propia palabra de emoción</translation>
    </message>
    <message>
        <source>your own word</source>
        <translation>tu propia palabra</translation>
    </message>
    <message>
        <source>Search your journal…</source>
        <translation>Buscar en tu diario…</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Entries edited on two computers: choose which text to keep</source>
        <translation>Entradas editadas en dos ordenadores: elige qué texto conservar</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Arrow keys choose an entry; Enter opens it</source>
        <translation>Las flechas eligen una entrada; Intro la abre</translation>
    </message>
    <message>
        <source>&amp;Go to day:</source>
        <translation>&amp;Ir al día:</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier ánimo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation>Palabra de emoción</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filtro: {name}</translation>
    </message>
    <message>
        <source>{to_review} to review</source>
        <translation>{to_review} por revisar</translation>
    </message>
    <message>
        <source> (the best ones)</source>
        <translation> (las mejores)</translation>
    </message>
    <message>
        <source>{hits} found{more}</source>
        <translation>{hits} encontradas{more}</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>No se encontró nada. Prueba con menos palabras o más cortas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries yet. Start writing on the right.</source>
        <translation>Todavía no hay entradas. Empieza a escribir a la derecha.</translation>
    </message>
    <message>
        <source>⇄ edited on two computers</source>
        <translation>⇄ editada en dos ordenadores</translation>
    </message>
    <message>
        <source> on another computer</source>
        <translation> en otro ordenador</translation>
    </message>
    <message>
        <source>{when} — written{where} (edited on two computers)</source>
        <translation>{when}: escrita{where} (editada en dos ordenadores)</translation>
    </message>
    <message>
        <source>{when} — replaced by a later save</source>
        <translation>{when}: sustituida por un guardado posterior</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Historial de la entrada</translation>
    </message>
    <message>
        <source>Each time you save a change, the earlier text is kept here. After {thin_after_days} days one version a day is kept.</source>
        <translation>Cada vez que guardas un cambio, el texto anterior se conserva aquí. Pasados {thin_after_days} días se conserva una versión por día.</translation>
    </message>
    <message>
        <source>No earlier versions of this entry yet.</source>
        <translation>Todavía no hay versiones anteriores de esta entrada.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>La más reciente primero</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Texto de la versión elegida</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurar esta versión…</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>¿Restaurar esta versión?</translation>
    </message>
    <message>
        <source>The entry&apos;s text becomes this earlier version. The current text is kept in the history, so you can go back to it.</source>
        <translation>El texto de la entrada pasa a ser esta versión anterior. El texto actual se conserva en el historial, así que puedes volver a él.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>Papelera…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Earlier versions of this entry; restore one</source>
        <translation>Versiones anteriores de esta entrada; restaura una</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation>Guardar la entrada (Ctrl+S)</translation>
    </message>
    <message>
        <source>Here is the draft you had not saved yet (last kept {when}). Carry on writing and Save, or discard it.</source>
        <translation>Aquí está el borrador que aún no habías guardado (guardado por última vez {when}). Sigue escribiendo y guarda, o descártalo.</translation>
    </message>
    <message>
        <source>Draft kept {saved_at:%H:%M:%S}</source>
        <translation>Borrador guardado {saved_at:%H:%M:%S}</translation>
    </message>
    <message>
        <source>The draft could not be kept ({error}). Your text is still here.</source>
        <translation>No se pudo guardar el borrador ({error}). Tu texto sigue aquí.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>¿Descartar el borrador?</translation>
    </message>
    <message>
        <source>Throw away the text of this unsaved draft?</source>
        <translation>¿Tirar el texto de este borrador sin guardar?</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text is still here.</source>
        <translation>No se guardó: {error}. Tu texto sigue aquí.</translation>
    </message>
    <message>
        <source>Saved {now:%H:%M:%S}</source>
        <translation>Guardado {now:%H:%M:%S}</translation>
    </message>
    <message>
        <source>Moved to the Trash. Press Ctrl+Z or Undo delete to bring it back.</source>
        <translation>Movida a la papelera. Pulsa Ctrl+Z o «Deshacer borrado» para recuperarla.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Entrada restaurada.</translation>
    </message>
    <message>
        <source>Write your reflection, then Save.</source>
        <translation>Escribe tu reflexión y luego guarda.</translation>
    </message>
    <message>
        <source>Save the entry first: its history starts with the next change.</source>
        <translation>Guarda primero la entrada: su historial empieza con el siguiente cambio.</translation>
    </message>
    <message>
        <source>Earlier version restored; the text it replaced is in History.</source>
        <translation>Versión anterior restaurada; el texto que sustituyó está en el historial.</translation>
    </message>
    <message>
        <source>energy ↑</source>
        <translation>energía ↑</translation>
    </message>
    <message>
        <source>pleasant →</source>
        <translation>agradable →</translation>
    </message>
    <message>
        <source> (and on {device})</source>
        <translation> (y en {device})</translation>
    </message>
    <message>
        <source>{entry_date}  {title} — edited on two computers{where}</source>
        <translation>{entry_date}  {title}: editada en dos ordenadores{where}</translation>
    </message>
    <message>
        <source>Review edits from two computers</source>
        <translation>Revisar ediciones de dos ordenadores</translation>
    </message>
    <message>
        <source>These entries were changed on two computers before they synced. Choose the text to keep; the other stays in the entry&apos;s history.</source>
        <translation>Estas entradas se cambiaron en dos ordenadores antes de sincronizarse. Elige el texto que quieres conservar; el otro queda en el historial de la entrada.</translation>
    </message>
    <message>
        <source>Entries to review</source>
        <translation>Entradas por revisar</translation>
    </message>
    <message>
        <source>Nothing to review: every entry has one text.</source>
        <translation>Nada que revisar: cada entrada tiene un solo texto.</translation>
    </message>
    <message>
        <source>Keep both (merge by hand)</source>
        <translation>Conservar ambas (unir a mano)</translation>
    </message>
    <message>
        <source>The entry now (the later edit)</source>
        <translation>La entrada ahora (la edición posterior)</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>The entry&apos;s text now</source>
        <translation>El texto actual de la entrada</translation>
    </message>
    <message>
        <source>Keep the entry&apos;s text now</source>
        <translation>Conservar el texto actual de la entrada</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Conservar la otra versión</translation>
    </message>
    <message>
        <source>(The other computer&apos;s text was not kept.)</source>
        <translation>(El texto del otro ordenador no se conservó.)</translation>
    </message>
    <message>
        <source>The other version, written on {where}</source>
        <translation>La otra versión, escrita en {where}</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
    <message>
        <source>Journal Trash</source>
        <translation>Papelera del diario</translation>
    </message>
    <message>
        <source>Deleted entries stay here for {trash_days} days, then they are removed for good.</source>
        <translation>Las entradas borradas se quedan aquí {trash_days} días y después se eliminan para siempre.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Borrar para siempre…</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>¿Borrar para siempre?</translation>
    </message>
    <message>
        <source>This entry will be gone for good. Delete it?</source>
        <translation>Esta entrada desaparecerá para siempre. ¿Borrarla?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Sincroni&amp;zar…</translation>
    </message>
    <message>
        <source>Export su&amp;mmary (PDF)…</source>
        <translation>Exportar &amp;resumen (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Passphrase lock…</source>
        <translation>Bloqueo con &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Support and help lines</source>
        <translation>A&amp;poyo y líneas de ayuda</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>&amp;Acerca de {app_name}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>No group (one-to-one)</source>
        <translation>Sin grupo (a solas)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation>1 nada</translation>
    </message>
    <message>
        <source>5 very</source>
        <translation>5 mucho</translation>
    </message>
    <message>
        <source>How supported did I feel</source>
        <translation>Cuánto apoyo sentí</translation>
    </message>
    <message>
        <source>Mood after (−5 to +5)</source>
        <translation>Ánimo después (−5 a +5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who was there? Choosing a group ticks its members: untick anyone absent.</source>
        <translation>¿Quién estuvo? Elegir un grupo marca a sus miembros: desmarca a quien no estuviera.</translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation>Buscar a una persona por su nombre</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Buscar un nombre…</translation>
    </message>
    <message>
        <source>People: tick who was there</source>
        <translation>Personas: marca quién estuvo</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Añadir un grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. weekly on Tuesday</source>
        <translation>p. ej. los martes, cada semana</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Se reúne</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>{status} (snoozed)</source>
        <translation>{status} (pospuesto)</translation>
    </message>
    <message>
        <source>Keep in touch every {cadence_days}; {days_since} on the clock</source>
        <translation>Mantener el contacto cada {cadence_days}; {days_since} desde el último</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation>Me sentí apoyado</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Contacts log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>The people and groups who support you, when you last spoke, and who it might be time to call. Add someone, or import your address book (vCard).</source>
        <translation>Las personas y los grupos que te apoyan, cuándo hablasteis por última vez y a quién quizá toque llamar. Añade a alguien o importa tu libreta de direcciones (vCard).</translation>
    </message>
    <message>
        <source>Log contact with selected…</source>
        <translation>Registrar contacto con los seleccionados…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>{statuses}, {due} due or overdue</source>
        <translation>{statuses}, {due} con contacto pendiente o atrasado</translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation>Registrar una reunión…</translation>
    </message>
    <message>
        <source>newest {rows} contacts</source>
        <translation>los {rows} contactos más recientes</translation>
    </message>
    <message>
        <source>{name} — {days_overdue} overdue
    {lower}, last contact {last}</source>
        <translation>{name}: {days_overdue} de retraso
    {lower}, último contacto {last}</translation>
    </message>
    <message>
        <source>Aim: every {cadence_days}</source>
        <translation>Objetivo: cada {cadence_days}</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Perdiendo el contacto</translation>
    </message>
    <message>
        <source>Nobody is overdue. You are keeping in touch.</source>
        <translation>No hay nadie con retraso. Estás manteniendo el contacto.</translation>
    </message>
    <message>
        <source>Losing touch: people overdue for contact</source>
        <translation>Perdiendo el contacto: personas con las que se ha pasado el plazo</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Snooze for how many days</source>
        <translation>Cuántos días posponer</translation>
    </message>
    <message>
        <source>Who supports me</source>
        <translation>Quién me apoya</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> y {more} más</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Añadir grupo…</translation>
    </message>
    <message>
        <source>Import contacts (vCard)…</source>
        <translation>Importar contactos (vCard)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Saved {split}.</source>
        <translation>{split} guardado.</translation>
    </message>
    <message>
        <source>Saved the group {split}.</source>
        <translation>Grupo {split} guardado.</translation>
    </message>
    <message>
        <source>Contact on {day} saved.</source>
        <translation>Contacto del {day} guardado.</translation>
    </message>
    <message>
        <source>Add a person or a group first, then log your contacts.</source>
        <translation>Añade primero una persona o un grupo y luego registra tus contactos.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name}: {error} Nothing was imported.</source>
        <translation>{name}: {error} No se importó nada.</translation>
    </message>
    <message>
        <source>Tick at least one person to add.</source>
        <translation>Marca al menos una persona para añadirla.</translation>
    </message>
    <message>
        <source>{added} people added from {name}.</source>
        <translation>{added} personas añadidas desde {name}.</translation>
    </message>
    <message>
        <source>Snoozed until {until}.</source>
        <translation>Pospuesto hasta el {until}.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirma, por favor</translation>
    </message>
    <message>
        <source>Remove {name} and their part in your contacts log?</source>
        <translation>¿Quitar a {name} y su parte en tu registro de contactos?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} quitado.</translation>
    </message>
    <message>
        <source>Remove the group {name}? Its meetings stay in your contacts log.</source>
        <translation>¿Quitar el grupo {name}? Sus reuniones se quedan en tu registro de contactos.</translation>
    </message>
    <message>
        <source>Removed the group {name}.</source>
        <translation>Grupo {name} quitado.</translation>
    </message>
    <message>
        <source>Remove this contact from your log?</source>
        <translation>¿Quitar este contacto de tu registro?</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>Contacto quitado.</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>1 = distant, 5 = closest</source>
        <translation>1 = lejana, 5 = muy cercana</translation>
    </message>
    <message>
        <source>Closeness (1–5)</source>
        <translation>Cercanía (1–5)</translation>
    </message>
    <message>
        <source>Support they give</source>
        <translation>Apoyo que da</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Mantener el contacto cada</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>default for the relationship</source>
        <translation>predeterminado para la relación</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocido</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>{file_name}: {entries} found.</source>
        <translation>{file_name}: {entries} encontrados.</translation>
    </message>
    <message>
        <source>Contacts found in the file</source>
        <translation>Contactos encontrados en el archivo</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>No marcar ninguno</translation>
    </message>
    <message>
        <source>Add ticked people</source>
        <translation>Añadir las personas marcadas</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Resilience backs up your journal automatically once a day and before every update, and keeps 7 daily, 4 weekly and 12 monthly copies. Restoring a backup first backs up the journal as it is now.</source>
        <translation>Resilience hace una copia de seguridad de tu diario automáticamente una vez al día y antes de cada actualización, y conserva 7 copias diarias, 4 semanales y 12 mensuales. Antes de restaurar una copia, se hace una copia del diario tal como está ahora.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Copia hecha: {name}</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Elige primero una copia de la lista.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your journal with the backup from {created:%Y-%m-%d %H:%M}? Your journal as it is now is backed up first.</source>
        <translation>¿Sustituir tu diario por la copia del {created:%d/%m/%Y %H:%M}? Antes se hará una copia de tu diario tal como está ahora.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia</translation>
    </message>
    <message>
        <source>Restored the backup from {created:%Y-%m-%d %H:%M}.</source>
        <translation>Se restauró la copia del {created:%d/%m/%Y %H:%M}.</translation>
    </message>
    <message>
        <source>Custom moods: how pleasant was each? (−5 to +5, 0 = neutral)</source>
        <translation>Ánimos personalizados: ¿cuán agradable fue cada uno? (−5 a +5, 0 = neutro)</translation>
    </message>
    <message>
        <source>From the activities {names}. Daylio records no durations, so each session gets the length above and ends at the check-in time.</source>
        <translation>De las actividades {names}. Daylio no guarda duraciones, así que cada sesión recibe la duración de arriba y termina a la hora del registro.</translation>
    </message>
    <message>
        <source>No activity in this file looks like exercise (walk, running, yoga, gym…).</source>
        <translation>Ninguna actividad de este archivo parece ejercicio (paseo, correr, yoga, gimnasio…).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Passphrase lock</source>
        <translation>Bloqueo con frase de contraseña</translation>
    </message>
    <message>
        <source>current passphrase</source>
        <translation>frase de contraseña actual</translation>
    </message>
    <message>
        <source>new passphrase (8 characters or more)</source>
        <translation>nueva frase de contraseña (8 caracteres o más)</translation>
    </message>
    <message>
        <source>the new passphrase again</source>
        <translation>repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation>Activar el bloqueo</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation>Desactivar el bloqueo</translation>
    </message>
    <message>
        <source> min (0 = never)</source>
        <translation> min (0 = nunca)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Your journal and its backups are encrypted. Without the passphrase or the recovery key nobody can read them, not even you.</source>
        <translation>Tu diario y sus copias de seguridad están cifrados. Sin la frase de contraseña o la clave de recuperación nadie puede leerlos, ni siquiera tú.</translation>
    </message>
    <message>
        <source>Lock the journal with a passphrase: the file and its backups are encrypted. If you forget the passphrase, only the recovery key shown once can open it.</source>
        <translation>Bloquea el diario con una frase de contraseña: el archivo y sus copias se cifran. Si olvidas la frase de contraseña, solo la clave de recuperación, que se muestra una vez, podrá abrirlo.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Turning the lock on</source>
        <translation>Activando el bloqueo</translation>
    </message>
    <message>
        <source>The journal is locked. Write down the recovery key below: it is shown only this once.</source>
        <translation>El diario está bloqueado. Apunta la clave de recuperación de abajo: solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>La frase de contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Turning the lock off</source>
        <translation>Desactivando el bloqueo</translation>
    </message>
    <message>
        <source>The lock is off: the journal and its backups are no longer encrypted.</source>
        <translation>El bloqueo está desactivado: el diario y sus copias ya no están cifrados.</translation>
    </message>
    <message>
        <source>{app_name}: the journal needs attention</source>
        <translation>{app_name}: el diario necesita atención</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your journal file is damaged and was not opened.&lt;/b&gt;&lt;br&gt;Nothing has been changed or deleted. You can put back the newest good backup (the damaged file is kept in a separate folder) or save what can still be read.</source>
        <translation>&lt;b&gt;El archivo de tu diario está dañado y no se ha abierto.&lt;/b&gt;&lt;br&gt;No se ha cambiado ni borrado nada. Puedes volver a poner la copia buena más reciente (el archivo dañado se guarda en otra carpeta) o guardar lo que aún se pueda leer.</translation>
    </message>
    <message>
        <source>Details: {problem}{key}</source>
        <translation>Detalles: {problem}{key}</translation>
    </message>
    <message>
        <source>Save what can be read…</source>
        <translation>Guardar lo que se pueda leer…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No good backup found</source>
        <translation>No se encontró ninguna copia buena</translation>
    </message>
    <message>
        <source>Restore the backup from {created:%Y-%m-%d %H:%M}</source>
        <translation>Restaurar la copia del {created:%d/%m/%Y %H:%M}</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept in {kept}.</source>
        <translation>La copia de seguridad vuelve a estar en su sitio. El archivo dañado se guarda en {kept}.</translation>
    </message>
    <message>
        <source>Save what can be read</source>
        <translation>Guardar lo que se pueda leer</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>No se guardó nada: {error}</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file: </source>
        <translation>No se pudo leer nada del archivo dañado: </translation>
    </message>
    <message>
        <source>Saved {rows} rows from {tables} tables to {dest}.</source>
        <translation>Se guardaron {rows} filas de {tables} tablas en {dest}.</translation>
    </message>
    <message>
        <source> Some parts could not be read: </source>
        <translation> Algunas partes no se pudieron leer: </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;If this journal was locked with a passphrase, it may not be damaged: its key file vault.json is missing and no backup here holds a copy of the key. Put back a copy of vault.json, or restore a backup file of this journal into a new folder (resilience-desktop restore FILE --data-dir NEW) with its passphrase or recovery key.</source>
        <translation>&lt;br&gt;&lt;br&gt;Si este diario estaba bloqueado con una frase de contraseña, puede que no esté dañado: falta su archivo de clave vault.json y ninguna copia de aquí contiene una copia de la clave. Vuelve a poner una copia de vault.json, o restaura una copia de seguridad de este diario en una carpeta nueva (resilience-desktop restore ARCHIVO --data-dir NUEVA) con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>Resilience JSON document (*.json)</source>
        <translation>Documento JSON de Resilience (*.json)</translation>
    </message>
    <message>
        <source>CSV files, one per table (*.csv)</source>
        <translation>Archivos CSV, uno por tabla (*.csv)</translation>
    </message>
    <message>
        <source>Resilience JSON export</source>
        <translation>Exportación JSON de Resilience</translation>
    </message>
    <message>
        <source>Daylio CSV export</source>
        <translation>Exportación CSV de Daylio</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation>Exportación JSON de jrnl</translation>
    </message>
    <message>
        <source>Day One JSON export</source>
        <translation>Exportación JSON de Day One</translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation>Exportación de Day One (*.zip *.json)</translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation>Exportación de Apple Health</translation>
    </message>
    <message>
        <source>Apple Health export (*.zip *.xml)</source>
        <translation>Exportación de Apple Health (*.zip *.xml)</translation>
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
        <translation>Exportación CSV de Bearable</translation>
    </message>
    <message>
        <source>Journey export</source>
        <translation>Exportación de Journey</translation>
    </message>
    <message>
        <source>Journey export (*.zip)</source>
        <translation>Exportación de Journey (*.zip)</translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation>La exportación no está cifrada</translation>
    </message>
    <message>
        <source>Your journal is locked, but an export is a plain file anyone can read. Export anyway?</source>
        <translation>Tu diario está bloqueado, pero una exportación es un archivo normal que cualquiera puede leer. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Exported {written} tables as CSV files into {target}.</source>
        <translation>Se exportaron {written} tablas como archivos CSV en {target}.</translation>
    </message>
    <message>
        <source>Exported everything to {dest}.</source>
        <translation>Todo exportado a {dest}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>The export could not be written: {error}</source>
        <translation>No se pudo escribir la exportación: {error}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Elige un archivo para ver lo que contiene.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of the file to import.</source>
        <translation>{path} es una carpeta; indica la ruta del archivo que quieres importar.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: ese archivo no existe.</translation>
    </message>
    <message>
        <source>--exercise-sessions only applies to --format daylio.</source>
        <translation>--exercise-sessions solo se aplica a --format daylio.</translation>
    </message>
    <message>
        <source>{path}: {error} Nothing was imported.</source>
        <translation>{path}: {error} No se importó nada.</translation>
    </message>
    <message>
        <source>Created a new journal in {folder}.</source>
        <translation>Se ha creado un diario nuevo en {folder}.</translation>
    </message>
    <message>
        <source>Nothing new to import, so no journal was created in {folder}.</source>
        <translation>No había nada nuevo que importar, así que no se ha creado ningún diario en {folder}.</translation>
    </message>
    <message>
        <source>This file cannot be imported: {error}</source>
        <translation>Este archivo no se puede importar: {error}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Importado: {summary}</translation>
    </message>
    <message>
        <source>Unlock {app_name}</source>
        <translation>Desbloquear {app_name}</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery key</source>
        <translation>La he olvidado: usar mi clave de recuperación</translation>
    </message>
    <message>
        <source>a new passphrase (8 characters or more)</source>
        <translation>una nueva frase de contraseña (8 caracteres o más)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>This journal is locked. Enter your passphrase to open it.</source>
        <translation>Este diario está bloqueado. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>The key file (vault.json) is missing or damaged. Your passphrase, or your recovery key with “I forgot it”, still opens the journal with the copy of the key kept in your backups, and the key file is written again.</source>
        <translation>Falta el archivo de clave (vault.json) o está dañado. Tu frase de contraseña, o tu clave de recuperación con «La he olvidado», sigue abriendo el diario con la copia de la clave guardada en tus copias de seguridad, y el archivo de clave se vuelve a escribir.</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}</source>
        <translation>No se pudo guardar el idioma: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything stays on this computer.&lt;/b&gt; There is no account to make and Resilience never uses the network: what you write, log and feel is kept in one file in your own data folder, backed up there, and nowhere else.</source>
        <translation>&lt;b&gt;Todo se queda en este ordenador.&lt;/b&gt; No hay que crear ninguna cuenta y Resilience nunca usa la red: lo que escribes, registras y sientes se guarda en un archivo dentro de tu propia carpeta de datos, con sus copias allí mismo, y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Resilience</source>
        <translation>Te damos la bienvenida a Resilience</translation>
    </message>
    <message>
        <source>A private place to name what you feel, move, keep in touch with the people who matter, and look back on hard times you came through.</source>
        <translation>Un lugar privado para ponerle nombre a lo que sientes, moverte, mantener el contacto con las personas que te importan y mirar atrás a los momentos difíciles que superaste.</translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>optional: used only to greet you</source>
        <translation>opcional: solo para saludarte</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Help lines for</source>
        <translation>Líneas de ayuda de</translation>
    </message>
    <message>
        <source>Help is one key away: press F1 anywhere for the help lines. </source>
        <translation>La ayuda está a una tecla: pulsa F1 en cualquier lugar para ver las líneas de ayuda. </translation>
    </message>
    <message>
        <source>You can change all of this later in Settings (Ctrl+,).</source>
        <translation>Puedes cambiar todo esto más adelante en Ajustes (Ctrl+,).</translation>
    </message>
    <message>
        <source>This computer&apos;s region settings name a country with no help lines listed here, so Find A Helpline is shown. If your country is in the list above, choose it.</source>
        <translation>La configuración regional de este ordenador indica un país sin líneas de ayuda en esta lista, así que se muestra Find A Helpline. Si tu país está en la lista de arriba, elígelo.</translation>
    </message>
    <message>
        <source>Help lines for {region} were chosen from this computer&apos;s region settings. If you live somewhere else, choose your country above.</source>
        <translation>Las líneas de ayuda de {region} se eligieron según la configuración regional de este ordenador. Si vives en otro lugar, elige tu país arriba.</translation>
    </message>
    <message>
        <source>Lock with a passphrase…</source>
        <translation>Bloquear con una frase de contraseña…</translation>
    </message>
    <message>
        <source>Optional: lock the journal with a passphrase</source>
        <translation>Opcional: bloquear el diario con una frase de contraseña</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Explorar con datos de demostración</translation>
    </message>
    <message>
        <source>Opens a second window on made-up data that is thrown away when it closes; your own data stays empty.</source>
        <translation>Abre una segunda ventana con datos inventados que se descartan al cerrarla; tus propios datos siguen vacíos.</translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase ✔</source>
        <translation>Tu diario está bloqueado con una frase de contraseña ✔</translation>
    </message>
    <message>
        <source>Optional: encrypt your journal and its backups with a passphrase.</source>
        <translation>Opcional: cifra tu diario y sus copias de seguridad con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase lock…</source>
        <translation>Bloqueo con frase de contraseña…</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own. Your own data here stays as it is.</source>
        <translation>La demostración se abre en su propia ventana. Tus datos de aquí se quedan como están.</translation>
    </message>
    <message>
        <source>The demo could not be started. Try `resilience-desktop --demo` from a terminal.</source>
        <translation>No se pudo iniciar la demostración. Prueba `resilience-desktop --demo` desde una terminal.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Resilience cannot show reminders or stay open in the tray here.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que Resilience no puede mostrar recordatorios ni quedarse abierto en la bandeja.</translation>
    </message>
    <message>
        <source>Open {app_name}</source>
        <translation>Abrir {app_name}</translation>
    </message>
    <message>
        <source>{text}: time</source>
        <translation>{text}: hora</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>You and the look of things</source>
        <translation>Tú y el aspecto</translation>
    </message>
    <message>
        <source>optional, e.g. Alex Morgan</source>
        <translation>opcional, p. ej. Alex Morgan</translation>
    </message>
    <message>
        <source>Name on the therapist summary</source>
        <translation>Nombre en el resumen para terapia</translation>
    </message>
    <message>
        <source>Name on summary</source>
        <translation>Nombre en el resumen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semana empieza el</translation>
    </message>
    <message>
        <source>A new language shows the next time Resilience starts.</source>
        <translation>Un idioma nuevo se muestra la próxima vez que se inicie Resilience.</translation>
    </message>
    <message>
        <source>Stay in touch: default cadence by relationship</source>
        <translation>Mantener el contacto: frecuencia predeterminada según la relación</translation>
    </message>
    <message>
        <source>{label}: keep in touch every … days</source>
        <translation>{label}: mantener el contacto cada … días</translation>
    </message>
    <message>
        <source>Reminders (off unless you turn them on)</source>
        <translation>Recordatorios (desactivados hasta que los actives)</translation>
    </message>
    <message>
        <source>A daily check-in at</source>
        <translation>Un registro diario a las</translation>
    </message>
    <message>
        <source>A weekly review, first day of the week, at</source>
        <translation>Un repaso semanal, el primer día de la semana, a las</translation>
    </message>
    <message>
        <source>Keep Resilience in the tray when its window closes</source>
        <translation>Mantener Resilience en la bandeja cuando se cierre su ventana</translation>
    </message>
    <message>
        <source>Reminders appear as a quiet notification; nothing is sent anywhere.</source>
        <translation>Los recordatorios aparecen como una notificación discreta; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Privacy and your data</source>
        <translation>Privacidad y tus datos</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Minutos de inactividad antes de bloquear</translation>
    </message>
    <message>
        <source>Locked ✔</source>
        <translation>Bloqueado ✔</translation>
    </message>
    <message>
        <source>Idle locking works once the passphrase lock is on.</source>
        <translation>El bloqueo por inactividad funciona cuando el bloqueo con frase de contraseña está activado.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Support and help lines</source>
        <translation>Apoyo y líneas de ayuda</translation>
    </message>
    <message>
        <source>Help lines (F1)</source>
        <translation>Líneas de ayuda (F1)</translation>
    </message>
    <message>
        <source>Crisis lines and how to find a therapist</source>
        <translation>Líneas de crisis y cómo encontrar a un terapeuta</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Show help lines &amp;for:</source>
        <translation>Mostrar líneas de ayuda &amp;de:</translation>
    </message>
    <message>
        <source>Show help lines for</source>
        <translation>Mostrar líneas de ayuda de</translation>
    </message>
    <message>
        <source>Finding a therapist</source>
        <translation>Encontrar a un terapeuta</translation>
    </message>
    <message>
        <source>Help lines last checked {last_checked}. Numbers change: if one does not work, use findahelpline.com.</source>
        <translation>Líneas de ayuda revisadas por última vez el {last_checked}. Los números cambian: si alguno no funciona, usa findahelpline.com.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>A ten-minute walk</source>
        <translation>Un paseo de diez minutos</translation>
    </message>
    <message>
        <source>Some activity is better than none (WHO guideline, 2020). Once your log shows what lifts your mood, the suggestion here will come from it.</source>
        <translation>Algo de actividad es mejor que nada (directriz de la OMS, 2020). Cuando tu registro muestre lo que mejora tu ánimo, la sugerencia de aquí saldrá de ahí.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Three minutes of box breathing</source>
        <translation>Tres minutos de respiración cuadrada</translation>
    </message>
    <message>
        <source>In 4 s, hold 4 s, out 4 s, hold 4 s. Stop if you feel dizzy. Once you rate your stress before and after, the suggestion here will come from what helps you.</source>
        <translation>Inhala 4 s, retén 4 s, exhala 4 s, retén 4 s. Para si te mareas. Cuando valores tu estrés antes y después, la sugerencia de aquí saldrá de lo que te ayuda.</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
    <message>
        <source>Your mood rose by {mean} on average across the {count} sessions of it in the last {look_back_days} days where you rated your mood before and after.</source>
        <translation>Tu ánimo subió {mean} de media en las {count} sesiones de esto de los últimos {look_back_days} días en las que valoraste tu ánimo antes y después.</translation>
    </message>
    <message>
        <source>Get in touch with {name}</source>
        <translation>Ponte en contacto con {name}</translation>
    </message>
    <message>
        <source>You felt supported ({mean} of 5 on average) across the {count} contacts with them in the last {look_back_days} days where you rated it.</source>
        <translation>Te sentiste apoyado ({mean} de 5 de media) en los {count} contactos con esta persona de los últimos {look_back_days} días en los que lo valoraste.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>This week&apos;s activity</source>
        <translation>La actividad de esta semana</translation>
    </message>
    <message>
        <source>Exercise →</source>
        <translation>Ejercicio →</translation>
    </message>
    <message>
        <source>You have reached the WHO guideline&apos;s 150 minutes this week.</source>
        <translation>Esta semana has alcanzado los 150 minutos de la directriz de la OMS.</translation>
    </message>
    <message>
        <source>{minutes} minutes to the guideline&apos;s 150. Every bit counts.</source>
        <translation>Faltan {minutes} minutos para los 150 de la directriz. Cada poco cuenta.</translation>
    </message>
    <message>
        <source>Nothing logged yet this week. Some activity is better than none.</source>
        <translation>Todavía no hay nada registrado esta semana. Algo de actividad es mejor que nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{minutes}&lt;/b&gt; guideline minutes since {start}.&lt;br&gt;{aim}&lt;br&gt;Muscle strengthening: {strength} of {strength_days} days{value}.</source>
        <translation>&lt;b&gt;{minutes}&lt;/b&gt; minutos de la directriz desde {start}.&lt;br&gt;{aim}&lt;br&gt;Fortalecimiento muscular: {strength} de {strength_days} días{value}.</translation>
    </message>
    <message>
        <source>Mood, last 30 days</source>
        <translation>Ánimo, últimos 30 días</translation>
    </message>
    <message>
        <source>Journal →</source>
        <translation>Diario →</translation>
    </message>
    <message>
        <source>Pleasantness from −5 to +5, {days} with a check-in.</source>
        <translation>Lo agradable de −5 a +5, {days} con registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>%n day</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins will draw a line here.</source>
        <translation>Tus registros dibujarán una línea aquí.</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>People →</source>
        <translation>Personas →</translation>
    </message>
    <message>
        <source>Nobody is due a contact. Well kept in touch.</source>
        <translation>No le toca contacto a nadie. Has mantenido bien el contacto.</translation>
    </message>
    <message>
        <source>Add the people who matter to you on the People tab, and Today will remind you gently when it has been a while.</source>
        <translation>Añade en la pestaña Personas a quienes te importan, y Hoy te lo recordará con suavidad cuando haya pasado un tiempo.</translation>
    </message>
    <message>
        <source>last contact {last_contact}</source>
        <translation>último contacto {last_contact}</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>todavía no hay contactos registrados</translation>
    </message>
    <message>
        <source>Log a contact with {name}</source>
        <translation>Registrar un contacto con {name}</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Mirando atrás</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Escribir una reflexión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Hide this until the next look back is due</source>
        <translation>Ocultar hasta que toque la siguiente mirada atrás</translation>
    </message>
    <message>
        <source>&lt;b&gt;A hard time {day}&lt;/b&gt; ({entry_date}: &lt;i&gt;{what}&lt;/i&gt;)&lt;br&gt;{follow_up_questions}</source>
        <translation>&lt;b&gt;Un momento difícil {day}&lt;/b&gt; ({entry_date}: &lt;i&gt;{what}&lt;/i&gt;)&lt;br&gt;{follow_up_questions}</translation>
    </message>
    <message>
        <source>Something for today</source>
        <translation>Algo para hoy</translation>
    </message>
    <message>
        <source>Insights →</source>
        <translation>Perspectivas →</translation>
    </message>
    <message>
        <source>Open the Insights tab</source>
        <translation>Abrir la pestaña Perspectivas</translation>
    </message>
    <message>
        <source>Open the {tab} tab</source>
        <translation>Abrir la pestaña {tab}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-checks due:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Autoevaluaciones pendientes:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>How are you right now? Tap the pad: how pleasant, how much energy.</source>
        <translation>¿Cómo estás ahora mismo? Toca el panel: cuán agradable, cuánta energía.</translation>
    </message>
    <message>
        <source>It is saved to your journal as you tap. Then you can pick words for the feeling: putting feelings into words can take some of their edge off.</source>
        <translation>Se guarda en tu diario al tocar. Después puedes elegir palabras para lo que sientes: ponerle palabras a las emociones puede quitarles algo de filo.</translation>
    </message>
    <message>
        <source>Write more…</source>
        <translation>Escribir más…</translation>
    </message>
    <message>
        <source>Write more in the Journal</source>
        <translation>Escribir más en el diario</translation>
    </message>
    <message>
        <source>Name the feeling</source>
        <translation>Ponle nombre a lo que sientes</translation>
    </message>
    <message>
        <source>Pleasantness {value} · energy {value2}: {quadrant}. Any words for it?</source>
        <translation>Lo agradable {value} · energía {value2}: {quadrant}. ¿Alguna palabra para ello?</translation>
    </message>
    <message>
        <source>Not saved: {error}. Tap again to retry.</source>
        <translation>No se guardó: {error}. Toca otra vez para reintentarlo.</translation>
    </message>
    <message>
        <source>Saved to your journal at {now_to_second:%H:%M}.</source>
        <translation>Guardado en tu diario a las {now_to_second:%H:%M}.</translation>
    </message>
    <message>
        <source>{minutes} of {target} guideline minutes this week</source>
        <translation>{minutes} de {target} minutos de la directriz esta semana</translation>
    </message>
    <message>
        <source>of {target} min</source>
        <translation>de {target} min</translation>
    </message>
    <message>
        <source>Mood over the last {days} days: {points} days with a check-in, average pleasantness {mean} (from −5 to +5)</source>
        <translation>Ánimo en los últimos {days} días: {points} días con registro, media de lo agradable {mean} (de −5 a +5)</translation>
    </message>
    <message>
        <source>No mood check-ins in the last {days} days</source>
        <translation>Ningún registro de ánimo en los últimos {days} días</translation>
    </message>
    <message>
        <source>Open {tab} →</source>
        <translation>Abrir {tab} →</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Waiting for the sync to finish…</source>
        <translation>Esperando a que termine la sincronización…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>already holds files. Write into it</source>
        <translation>ya contiene archivos. Escribir en ella</translation>
    </message>
    <message>
        <source>already exists. Replace it</source>
        <translation>ya existe. Sustituirlo</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>¿Sustituir?</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>No se puede guardar ahí</translation>
    </message>
    <message>
        <source>Your stress fell by {drop} points on average (0–10) across the {count} sessions of it in the last {look_back_days} days where you rated your stress before and after.</source>
        <translation>Tu estrés bajó {drop} puntos de media (0–10) en las {count} sesiones de esto de los últimos {look_back_days} días en las que valoraste tu estrés antes y después.</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Respirar</translation>
    </message>
    <message>
        <source>&amp;Meditate</source>
        <translation>&amp;Meditar</translation>
    </message>
    <message>
        <source>&amp;Imagery</source>
        <translation>&amp;Visualización</translation>
    </message>
    <message>
        <source>&amp;Grounding</source>
        <translation>&amp;Anclaje</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>P&amp;rogreso</translation>
    </message>
    <message>
        <source>Choose a valid date for the entry.</source>
        <translation>Elige una fecha válida para la entrada.</translation>
    </message>
    <message>
        <source>Exercised (any)</source>
        <translation>Hice ejercicio (cualquiera)</translation>
    </message>
    <message>
        <source>Contact in person</source>
        <translation>Contacto en persona</translation>
    </message>
    <message>
        <source>Contact online</source>
        <translation>Contacto en línea</translation>
    </message>
    <message>
        <source>Practised calm</source>
        <translation>Practiqué la calma</translation>
    </message>
    <message>
        <source>Wrote a journal entry</source>
        <translation>Escribí en el diario</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Naming a feeling</source>
        <translation>Nombrar un sentimiento</translation>
    </message>
    <message>
        <source>drop in intensity (0–10)</source>
        <translation>bajada de intensidad (0–10)</translation>
    </message>
    <message>
        <source>change in pleasantness (after − before)</source>
        <translation>cambio en lo agradable (después − antes)</translation>
    </message>
    <message>
        <source>drop in stress (0–10)</source>
        <translation>bajada del estrés (0–10)</translation>
    </message>
    <message>
        <source>No contacts logged in the last 60 days.</source>
        <translation>No hay contactos registrados en los últimos 60 días.</translation>
    </message>
    <message>
        <source>More contact in person in the last 30 days than in the 30 before: {recent} vs {before}.</source>
        <translation>Más contacto en persona en los últimos 30 días que en los 30 anteriores: {recent} frente a {before}.</translation>
    </message>
    <message>
        <source>Less contact in person in the last 30 days than in the 30 before: {recent} vs {before}.</source>
        <translation>Menos contacto en persona en los últimos 30 días que en los 30 anteriores: {recent} frente a {before}.</translation>
    </message>
    <message>
        <source>As much contact in person in the last 30 days as in the 30 before: {recent} each.</source>
        <translation>Tanto contacto en persona en los últimos 30 días como en los 30 anteriores: {recent} en cada periodo.</translation>
    </message>
    <message>
        <source>Calls, messages and online: {recent} ({before} before).</source>
        <translation>Llamadas, mensajes y en línea: {recent} ({before} antes).</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>How supported I felt after contacts</source>
        <translation>Cuánto apoyo sentí después de los contactos</translation>
    </message>
    <message>
        <source>this week so far: {minutes} guideline minutes.</source>
        <translation>esta semana hasta ahora: {minutes} minutos de la directriz.</translation>
    </message>
    <message>
        <source>Mood can be compared once there are weeks both above and below {low} guideline minutes.</source>
        <translation>El ánimo se podrá comparar cuando haya semanas por encima y por debajo de {low} minutos de la directriz.</translation>
    </message>
    <message>
        <source>Mood on weeks with {low}+ guideline minutes: {diff} higher than on other weeks ({active} vs {other} weeks).</source>
        <translation>Ánimo en semanas con {low}+ minutos de la directriz: {diff} más alto que en las demás semanas ({active} frente a {other} semanas).</translation>
    </message>
    <message>
        <source>Mood on weeks with {low}+ guideline minutes: {diff} lower than on other weeks ({active} vs {other} weeks).</source>
        <translation>Ánimo en semanas con {low}+ minutos de la directriz: {diff} más bajo que en las demás semanas ({active} frente a {other} semanas).</translation>
    </message>
    <message>
        <source>Mood on weeks with {low}+ guideline minutes: about the same as on other weeks ({active} vs {other} weeks).</source>
        <translation>Ánimo en semanas con {low}+ minutos de la directriz: más o menos igual que en las demás semanas ({active} frente a {other} semanas).</translation>
    </message>
    <message>
        <source>Most minutes in the last {weeks} weeks: {named}.</source>
        <translation>Más minutos en las últimas {weeks} semanas: {named}.</translation>
    </message>
    <message>
        <source>No mood check-ins in the last 30 days.</source>
        <translation>No hay registros de ánimo en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average.</source>
        <translation>Ánimo en los últimos 30 días: lo agradable {now} de media.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average, up from {then} in the 30 before.</source>
        <translation>Ánimo en los últimos 30 días: lo agradable {now} de media, por encima de {then} en los 30 anteriores.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average, down from {then} in the 30 before.</source>
        <translation>Ánimo en los últimos 30 días: lo agradable {now} de media, por debajo de {then} en los 30 anteriores.</translation>
    </message>
    <message>
        <source>Mood in the last 30 days: pleasantness {now} on average, about the same as in the 30 before.</source>
        <translation>Ánimo en los últimos 30 días: lo agradable {now} de media, más o menos igual que en los 30 anteriores.</translation>
    </message>
    <message>
        <source>Named most often in this period: {named}.</source>
        <translation>Lo más nombrado en este periodo: {named}.</translation>
    </message>
    <message>
        <source>Different feeling words in {month}: {count}.</source>
        <translation>Palabras de sentimiento distintas en {month}: {count}.</translation>
    </message>
    <message>
        <source>The month before: {count}.</source>
        <translation>El mes anterior: {count}.</translation>
    </message>
    <message>
        <source>A mood on {checked} of {days} days: {pleasant} pleasant, {unpleasant} unpleasant, the rest neutral.</source>
        <translation>Un ánimo en {checked} de {days} días: {pleasant} agradables, {unpleasant} desagradables, el resto neutros.</translation>
    </message>
    <message>
        <source>No practice in the last 4 weeks.</source>
        <translation>Ninguna práctica en las últimas 4 semanas.</translation>
    </message>
    <message>
        <source>{total} minutes of practice in the last 4 weeks, most of it {kind} ({minutes} minutes).</source>
        <translation>{total} minutos de práctica en las últimas 4 semanas, la mayor parte {kind} ({minutes} minutos).</translation>
    </message>
    <message>
        <source>No activity has raised the mood on average yet.</source>
        <translation>Ninguna actividad ha subido el ánimo de media todavía.</translation>
    </message>
    <message>
        <source>No practice has lowered the stress on average yet.</source>
        <translation>Ninguna práctica ha bajado el estrés de media todavía.</translation>
    </message>
    <message>
        <source>Give this computer a name (the other computers show it).</source>
        <translation>Dale un nombre a este ordenador (los demás ordenadores lo muestran).</translation>
    </message>
    <message>
        <source>A computer&apos;s name can have at most {limit} characters.</source>
        <translation>El nombre de un ordenador puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Choose a sync folder first.</source>
        <translation>Elige primero una carpeta de sincronización.</translation>
    </message>
    <message>
        <source>The sync folder must not be inside the data folder (or hold it). Nothing was changed.</source>
        <translation>La carpeta de sincronización no puede estar dentro de la carpeta de datos (ni contenerla). No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Check the name, or connect the drive it is on.</source>
        <translation>No existe la carpeta {folder}. Revisa el nombre o conecta la unidad en la que está.</translation>
    </message>
    <message>
        <source>This journal already syncs with another folder. Stop syncing on this computer first to choose a new one. Nothing was changed.</source>
        <translation>Este diario ya se sincroniza con otra carpeta. Deja primero de sincronizar en este ordenador para elegir una nueva. No se cambió nada.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync folder unreachable: {folder}</source>
        <translation>Carpeta de sincronización inaccesible: {folder}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync folder unreachable</source>
        <translation>Carpeta de sincronización inaccesible</translation>
    </message>
    <message>
        <source>Sync stopped: see File → Sync…</source>
        <translation>Sincronización detenida: mira Archivo → Sincronizar…</translation>
    </message>
    <message>
        <source>Sync failed (the log has details)</source>
        <translation>La sincronización falló (el registro tiene los detalles)</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Created the sync folder. Its recovery key opens it if the passphrase is lost. It is shown only now: write it down and keep it safe:
{key}</source>
        <translation>Carpeta de sincronización creada. Su clave de recuperación la abre si pierdes la frase de contraseña. Solo se muestra ahora: anótala y guárdala en un lugar seguro:
{key}</translation>
    </message>
    <message>
        <source>Up to date with the sync folder: nothing new to send or receive.</source>
        <translation>Al día con la carpeta de sincronización: nada nuevo que enviar ni recibir.</translation>
    </message>
    <message>
        <source>This computer was away longer than the folder keeps changes: caught up by merging the folder&apos;s summary (edits made here are kept).</source>
        <translation>Este ordenador estuvo fuera más tiempo del que la carpeta guarda los cambios: se puso al día fusionando el resumen de la carpeta (las ediciones hechas aquí se conservan).</translation>
    </message>
    <message>
        <source>{name} runs a newer Resilience: update Resilience to read its changes (they wait in the folder).</source>
        <translation>{name} usa un Resilience más reciente: actualiza Resilience para leer sus cambios (esperan en la carpeta).</translation>
    </message>
    <message>
        <source>The clock of {name} is more than a day ahead; its times are not trusted.</source>
        <translation>El reloj de {name} va más de un día adelantado; no se confía en sus horas.</translation>
    </message>
    <message>
        <source>Inbox note not imported: {reason}</source>
        <translation>Nota de la bandeja de entrada no importada: {reason}</translation>
    </message>
    <message>
        <source>This computer was away longer than the folder keeps changes: merged by uid (edits made here are kept).</source>
        <translation>Este ordenador ha estado fuera más tiempo del que la carpeta guarda los cambios: se ha fusionado por uid (se conservan las ediciones hechas aquí).</translation>
    </message>
    <message>
        <source>Sync folder passphrase: </source>
        <translation>Frase de contraseña de la carpeta de sincronización: </translation>
    </message>
    <message>
        <source>Created a new journal in {folder} from the sync folder.</source>
        <translation>Se ha creado un diario nuevo en {folder} a partir de la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Created the sync folder {folder}. Its recovery key opens it if the passphrase is lost (shown once, write it down):</source>
        <translation>Se ha creado la carpeta de sincronización {folder}. Su clave de recuperación la abre si se pierde la frase de contraseña (solo se muestra una vez, anótala):</translation>
    </message>
    <message>
        <source>{name} (this computer): last synced {when}</source>
        <translation>{name} (este ordenador): última sincronización {when}</translation>
    </message>
    <message>
        <source>{name}: last synced {when}</source>
        <translation>{name}: última sincronización {when}</translation>
    </message>
    <message>
        <source>Up to date with the sync folder · {when}</source>
        <translation>Al día con la carpeta de sincronización · {when}</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Keep this journal the same on several computers through a folder that a sync tool you already use carries between them (Syncthing, Nextcloud, Dropbox, a USB stick). Resilience only reads and writes the folder; everything in it is encrypted with the folder&apos;s passphrase, except notes you drop into its inbox folder from a phone.</source>
        <translation>Mantén este diario igual en varios ordenadores mediante una carpeta que una herramienta de sincronización que ya usas lleva de uno a otro (Syncthing, Nextcloud, Dropbox, una memoria USB). Resilience solo lee y escribe la carpeta; todo lo que contiene está cifrado con la frase de contraseña de la carpeta, salvo las notas que dejes desde un teléfono en su carpeta de entrada.</translation>
    </message>
    <message>
        <source>Computers in this folder:</source>
        <translation>Ordenadores de esta carpeta:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>&amp;Carpeta de sincronización:</translation>
    </message>
    <message>
        <source>Folder &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la carpeta:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repetir la frase de contraseña:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este ordenador:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Show &amp;older versions…</source>
        <translation>Mostrar versiones &amp;anteriores…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>S&amp;top syncing on this computer</source>
        <translation>&amp;Dejar de sincronizar en este ordenador</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{name} (this computer) — last synced {when}</source>
        <translation>{name} (este ordenador) — última sincronización {when}</translation>
    </message>
    <message>
        <source>{name} — last synced {when}</source>
        <translation>{name} — última sincronización {when}</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elige la carpeta de sincronización</translation>
    </message>
    <message>
        <source>A sync is already running; try again when it ends.</source>
        <translation>Ya hay una sincronización en curso; inténtalo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Type the sync folder&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña de la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <source>A sync is running; try again when it ends.</source>
        <translation>Hay una sincronización en curso; inténtalo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>This computer no longer syncs. The folder and the other computers keep their copies; choose a folder to sync again.</source>
        <translation>Este ordenador ya no se sincroniza. La carpeta y los demás ordenadores conservan sus copias; elige una carpeta para volver a sincronizar.</translation>
    </message>
    <message>
        <source>The sync failed unexpectedly; the log has details. Nothing was lost.</source>
        <translation>La sincronización falló de forma inesperada; el registro tiene los detalles. No se perdió nada.</translation>
    </message>
    <message>
        <source>({new} new).</source>
        <translation>({new} nuevos).</translation>
    </message>
    <message>
        <source>Note on a person</source>
        <translation>Nota sobre una persona</translation>
    </message>
    <message>
        <source>Note on a group</source>
        <translation>Nota sobre un grupo</translation>
    </message>
    <message>
        <source>Note on a contact</source>
        <translation>Nota sobre un contacto</translation>
    </message>
    <message>
        <source>Note on an exercise session</source>
        <translation>Nota sobre una sesión de ejercicio</translation>
    </message>
    <message>
        <source>Note on a calm session</source>
        <translation>Nota sobre una sesión de calma</translation>
    </message>
    <message>
        <source>Description of a strength</source>
        <translation>Descripción de una fortaleza</translation>
    </message>
    <message>
        <source>Example of a strength</source>
        <translation>Ejemplo de una fortaleza</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <source>{kind}{owner} — written on {where}, {when}</source>
        <translation>{kind}{owner} — escrita en {where}, {when}</translation>
    </message>
    <message>
        <source>Older versions of notes</source>
        <translation>Versiones anteriores de notas</translation>
    </message>
    <message>
        <source>When two computers changed the same note before they synced, one text won; the other is kept here. Copy it and paste what you want to keep into the note.</source>
        <translation>Cuando dos ordenadores cambiaron la misma nota antes de sincronizarse, ganó un texto; el otro se guarda aquí. Cópialo y pega en la nota lo que quieras conservar.</translation>
    </message>
    <message>
        <source>&amp;Older versions (newest first):</source>
        <translation>Versiones &amp;anteriores (las más recientes primero):</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <source>The note now</source>
        <translation>La nota ahora</translation>
    </message>
    <message>
        <source>Older text:</source>
        <translation>Texto anterior:</translation>
    </message>
    <message>
        <source>The note now:</source>
        <translation>La nota ahora:</translation>
    </message>
    <message>
        <source>&amp;Copy older text</source>
        <translation>&amp;Copiar el texto anterior</translation>
    </message>
    <message>
        <source>(this note is not on this computer)</source>
        <translation>(esta nota no está en este ordenador)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Resilience summary: {name}, {period}</source>
        <translation>Resumen de Resilience: {name}, {period}</translation>
    </message>
    <message>
        <source>Resilience summary: {period}</source>
        <translation>Resumen de Resilience: {period}</translation>
    </message>
    <message>
        <source>Resilience summary</source>
        <translation>Resumen de Resilience</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>suggests likely depression</source>
        <translation>probable depresión</translation>
    </message>
    <message>
        <source>suggests poor well-being</source>
        <translation>bienestar bajo</translation>
    </message>
    <message>
        <source>above 50</source>
        <translation>más de 50</translation>
    </message>
    <message>
        <source>No mood check-ins in this period.</source>
        <translation>No hay registros de ánimo en este periodo.</translation>
    </message>
    <message>
        <source>Average pleasantness {pleasantness}, average energy {energy}.</source>
        <translation>Media de lo agradable {pleasantness}, media de la energía {energy}.</translation>
    </message>
    <message>
        <source>--data-dir (or RESILIENCE_DATA_DIR) must be a folder; {path} is a file.</source>
        <translation>--data-dir (o RESILIENCE_DATA_DIR) tiene que ser una carpeta; {path} es un archivo.</translation>
    </message>
    <message>
        <source>--data-dir (or RESILIENCE_DATA_DIR) must be a folder; {path} is not a folder.</source>
        <translation>--data-dir (o RESILIENCE_DATA_DIR) tiene que ser una carpeta; {path} no es una carpeta.</translation>
    </message>
    <message>
        <source>No backups in {folder} yet.</source>
        <translation>Todavía no hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Copias de seguridad en {folder}, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>{given}: no such file, nor a backup of that name. `resilience-desktop backup --list` shows the backups by name.</source>
        <translation>{given}: no existe ese archivo ni una copia de seguridad con ese nombre. `resilience-desktop backup --list` muestra las copias de seguridad por nombre.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad escrita: {path}</translation>
    </message>
    <message>
        <source>{error} Close it and try again.</source>
        <translation>{error} Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Restored {source}.
The journal as it was before is kept in {previous}</source>
        <translation>Se ha restaurado {source}.
El diario tal como estaba antes se guarda en {previous}</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key): </source>
        <translation>Frase de contraseña (o clave de recuperación): </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restored {source} into {folder} (a new journal there).</source>
        <translation>Se ha restaurado {source} en {folder} (un diario nuevo allí).</translation>
    </message>
    <message>
        <source>It is locked: open it with the same passphrase or recovery key.</source>
        <translation>Está bloqueado: ábrelo con la misma frase de contraseña o clave de recuperación.</translation>
    </message>
    <message>
        <source>{folder} holds a journal now. Nothing was changed.</source>
        <translation>{folder} ya contiene un diario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No journal in {folder}; nothing was checked.</source>
        <translation>No hay ningún diario en {folder}; no se ha comprobado nada.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Resilience; install it to open the journal. The file was not changed.</source>
        <translation>Este diario se guardó con una versión más reciente de Resilience; instálala para abrir el diario. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The file was not changed. Open Resilience to restore a backup, or run `resilience-desktop restore FILE`.</source>
        <translation>El archivo no se ha modificado. Abre Resilience para restaurar una copia de seguridad o ejecuta `resilience-desktop restore ARCHIVO`.</translation>
    </message>
    <message>
        <source>an empty line</source>
        <translation>una línea vacía</translation>
    </message>
    <message>
        <source>item {number}: {shown} is not an answer; use a whole number {keys}. Nothing was stored.</source>
        <translation>Pregunta {number}: {shown} no es una respuesta; usa un número entero {keys}. No se guardó nada.</translation>
    </message>
    <message>
        <source>the {scale} has {items} items but {lines} lines were given. Nothing was stored.</source>
        <translation>El {scale} tiene {items} preguntas, pero se dieron {lines} líneas. No se guardó nada.</translation>
    </message>
    <message>
        <source>item {number}: no answer given. Nothing was stored.</source>
        <translation>Pregunta {number}: no se dio ninguna respuesta. No se guardó nada.</translation>
    </message>
    <message>
        <source>stopped before the last item. Nothing was stored.</source>
        <translation>Se detuvo antes de la última pregunta. No se guardó nada.</translation>
    </message>
    <message>
        <source>Please type one of {values}.</source>
        <translation>Escribe uno de estos números: {values}.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Help lines: open Resilience and press F1, or see findahelpline.com.</source>
        <translation>Líneas de ayuda: abre Resilience y pulsa F1, o consulta findahelpline.com.</translation>
    </message>
    <message>
        <source>what was given on stdin is not UTF-8 text (check the terminal&apos;s or the file&apos;s encoding).</source>
        <translation>lo que llegó por stdin no es texto UTF-8 (comprueba la codificación del terminal o del archivo).</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>The {what}: {not_text} {outcome}</source>
        <translation>{what}: {not_text} {outcome}</translation>
    </message>
    <message>
        <source>--years must be more than 0 and at most 200 (for example 0.5 or 10); {years} was given.</source>
        <translation>--years tiene que ser mayor que 0 y como mucho 200 (por ejemplo 0.5 o 10); se indicó {years}.</translation>
    </message>
    <message>
        <source>{years} years up to {end} would start before {first_year}: choose fewer years or a later --end-date.</source>
        <translation>{years} años hasta {end} empezarían antes de {first_year}: elige menos años o una --end-date posterior.</translation>
    </message>
    <message>
        <source>{folder} already holds a journal; demo data only goes into an empty data directory (use --data-dir with a new folder).</source>
        <translation>{folder} ya contiene un diario; los datos de demostración solo van a una carpeta de datos vacía (usa --data-dir con una carpeta nueva).</translation>
    </message>
    <message>
        <source>Demo data for {years} years written to {folder}</source>
        <translation>Datos de demostración de {years} años escritos en {folder}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>No entry on {day}. Nothing was changed.</source>
        <translation>No hay ninguna entrada el {day}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{count} entries on {day}:</source>
        <translation>{count} entradas el {day}:</translation>
    </message>
    <message>
        <source>Which one? uid (or its first digits): </source>
        <translation>¿Cuál? uid (o sus primeros caracteres): </translation>
    </message>
    <message>
        <source>That entry is not from {day}. Nothing was changed.</source>
        <translation>Esa entrada no es del {day}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>several entries on {day}; give the uid of one: resilience-desktop edit UID</source>
        <translation>varias entradas el {day}; indica el uid de una: resilience-desktop edit UID</translation>
    </message>
    <message>
        <source>No uid given. Nothing was changed.</source>
        <translation>No se indicó ningún uid. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No change: nothing was saved.</source>
        <translation>Sin cambios: no se guardó nada.</translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved {day}: {title} (the previous text is in its history).</source>
        <translation>Guardado {day}: {title} (el texto anterior está en su historial).</translation>
    </message>
    <message>
        <source>No editor is set. Set VISUAL or EDITOR to the editor you want (for example `export EDITOR=nano`). Nothing was changed.</source>
        <translation>No hay ningún editor configurado. Pon en VISUAL o EDITOR el editor que quieras (por ejemplo `export EDITOR=nano`). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The editor {editor} could not be started ({error}). Nothing was changed.</source>
        <translation>No se pudo iniciar el editor {editor} ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The editor exited with status {status}. Nothing was changed.</source>
        <translation>El editor terminó con el estado {status}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The editor removed the file. Nothing was changed.</source>
        <translation>El editor eliminó el archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The edited text is not UTF-8. Nothing was changed.</source>
        <translation>El texto editado no es UTF-8. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Warning: this journal is locked, but the export is NOT encrypted; anyone who can read {path} can read your journal.</source>
        <translation>Atención: este diario está bloqueado, pero la exportación NO está cifrada; quien pueda leer {path} puede leer tu diario.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Indica al menos una palabra que buscar.</translation>
    </message>
    <message>
        <source>The journal could not be searched ({error}). Run `resilience-desktop check` for details.</source>
        <translation>No se pudo buscar en el diario ({error}). Ejecuta `resilience-desktop check` para ver los detalles.</translation>
    </message>
    <message>
        <source>No entries match {query}.</source>
        <translation>Ninguna entrada coincide con {query}.</translation>
    </message>
    <message>
        <source>showing {shown} of {total} — use --limit {total} to see them all</source>
        <translation>se muestran {shown} de {total}; usa --limit {total} para verlas todas</translation>
    </message>
    <message>
        <source>Summary for {start} to {end} written to {path}</source>
        <translation>Resumen del {start} al {end} escrito en {path}</translation>
    </message>
    <message>
        <source>Write your entry, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows).</source>
        <translation>Escribe tu entrada y luego pulsa Ctrl-D en una línea nueva (en Windows, Ctrl-Z y después Intro).</translation>
    </message>
    <message>
        <source>The entry is empty: nothing was written.</source>
        <translation>La entrada está vacía: no se escribió nada.</translation>
    </message>
    <message>
        <source>{error} Nothing was written.</source>
        <translation>{error} No se escribió nada.</translation>
    </message>
    <message>
        <source>Entry written for {day}: {title} [{uid}]</source>
        <translation>Entrada escrita para el {day}: {title} [{uid}]</translation>
    </message>
    <message>
        <source>Resilience is already open (another window is using this data).</source>
        <translation>Resilience ya está abierto (otra ventana está usando estos datos).</translation>
    </message>
    <message>
        <source>{added} added, {skipped} skipped</source>
        <translation>{added} añadidos, {skipped} omitidos</translation>
    </message>
    <message>
        <source>Nothing is drawn yet.</source>
        <translation>Todavía no hay nada dibujado.</translation>
    </message>
    <message>
        <source>Across: {label}</source>
        <translation>Horizontal: {label}</translation>
    </message>
    <message>
        <source>Up: {label}</source>
        <translation>Vertical: {label}</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>reference line at {value}</source>
        <translation>línea de referencia en {value}</translation>
    </message>
    <message>
        <source>lowest {low}, highest {high}, last {last}</source>
        <translation>mínimo {low}, máximo {high}, último {last}</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Barras:</translation>
    </message>
    <message>
        <source>mood recorded on sessions</source>
        <translation>estado de ánimo anotado en las sesiones</translation>
    </message>
    <message>
        <source>Pleasantness per week{value} (grey: no check-in)</source>
        <translation>Lo agradable por semana{value} (gris: sin registro)</translation>
    </message>
</context>
<context>
    <name>ScaleCard</name>
    <message>
        <source>Remove the latest {0} answer</source>
        <translation>Quitar la última respuesta del {0}</translation>
    </message>
</context>
</TS>
