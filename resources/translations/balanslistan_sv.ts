<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>FilterBanner</name>
    <message numerus="yes">
        <source>Urval: {filter} – %n punkter visas.</source>
        <translation>
            <numerusform>Urval: {filter} – %n punkt visas.</numerusform>
            <numerusform>Urval: {filter} – %n punkter visas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>Förfaller inom %n dagar</source>
        <translation>
            <numerusform>Förfaller inom %n dag</numerusform>
            <numerusform>Förfaller inom %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%n fil(er) kunde inte importeras:</source>
        <translation>
            <numerusform>%n fil kunde inte importeras:</numerusform>
            <numerusform>%n filer kunde inte importeras:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De andra filerna (%n) importerades.</source>
        <translation>
            <numerusform>Den andra filen importerades.</numerusform>
            <numerusform>De andra filerna (%n) importerades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n punkter</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n försenade</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindowFiles</name>
    <message numerus="yes">
        <source>%n punkter hade ändrats sedan importen och lämnades orörda.</source>
        <translation>
            <numerusform>%n punkt hade ändrats sedan importen och lämnades orörd.</numerusform>
            <numerusform>%n punkter hade ändrats sedan importen och lämnades orörda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punkter exporterades till {path}.</source>
        <translation>
            <numerusform>%n punkt exporterades till {path}.</numerusform>
            <numerusform>%n punkter exporterades till {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindowItems</name>
    <message numerus="yes">
        <source>Ta bort %n punkter? De försvinner ur listan men finns kvar med sin historik (Redigera → Borttagna punkter), och Ctrl+Z ångrar.</source>
        <translation>
            <numerusform>Ta bort %n punkt? Den försvinner ur listan men finns kvar med sin historik (Redigera → Borttagna punkter), och Ctrl+Z ångrar.</numerusform>
            <numerusform>Ta bort %n punkter? De försvinner ur listan men finns kvar med sin historik (Redigera → Borttagna punkter), och Ctrl+Z ångrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punkter togs bort. Ctrl+Z ångrar.</source>
        <translation>
            <numerusform>%n punkt togs bort. Ctrl+Z ångrar.</numerusform>
            <numerusform>%n punkter togs bort. Ctrl+Z ångrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anteckning för de %n punkterna (varför de är klara):</source>
        <translation>
            <numerusform>Anteckning för punkten (varför den är klar):</numerusform>
            <numerusform>Anteckning för de %n punkterna (varför de är klara):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nytt datum för de %n punkterna:</source>
        <translation>
            <numerusform>Nytt datum för punkten:</numerusform>
            <numerusform>Nytt datum för de %n punkterna:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ny ansvarig för de %n punkterna:</source>
        <translation>
            <numerusform>Ny ansvarig för punkten:</numerusform>
            <numerusform>Ny ansvarig för de %n punkterna:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forum för de %n punkterna:</source>
        <translation>
            <numerusform>Forum för punkten:</numerusform>
            <numerusform>Forum för de %n punkterna:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message numerus="yes">
        <source>%n öppna punkter.</source>
        <translation>
            <numerusform>%n öppen punkt.</numerusform>
            <numerusform>%n öppna punkter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message numerus="yes">
        <source>Ta bort %n möten utan ändringar, anteckningar eller dokument?</source>
        <translation>
            <numerusform>Ta bort %n möte utan ändringar, anteckningar eller dokument?</numerusform>
            <numerusform>Ta bort %n möten utan ändringar, anteckningar eller dokument?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n händelser i historiken hör till mötet. De behålls, men kopplas inte längre till något möte.</source>
        <translation>
            <numerusform>%n händelse i historiken hör till mötet. Den behålls, men kopplas inte längre till något möte.</numerusform>
            <numerusform>%n händelser i historiken hör till mötet. De behålls, men kopplas inte längre till något möte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message numerus="yes">
        <source>Öppna punkter som är försenade eller förfaller inom %n dagar, per ansvarig. Meddelandet öppnas i ditt e-postprogram; programmet skickar inget själv.</source>
        <translation>
            <numerusform>Öppna punkter som är försenade eller förfaller inom %n dag, per ansvarig. Meddelandet öppnas i ditt e-postprogram; programmet skickar inget själv.</numerusform>
            <numerusform>Öppna punkter som är försenade eller förfaller inom %n dagar, per ansvarig. Meddelandet öppnas i ditt e-postprogram; programmet skickar inget själv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Ersätta databasens innehåll med kopian från {date} (%n punkter)? Det nuvarande innehållet sparas först som en kopia.</source>
        <translation>
            <numerusform>Ersätta databasens innehåll med kopian från {date} (%n punkt)? Det nuvarande innehållet sparas först som en kopia.</numerusform>
            <numerusform>Ersätta databasens innehåll med kopian från {date} (%n punkter)? Det nuvarande innehållet sparas först som en kopia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <source>%n sidor</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
</context>
</TS>
