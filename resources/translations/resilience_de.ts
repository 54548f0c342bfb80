<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
