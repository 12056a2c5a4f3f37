<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Kallelse och dagordning</source>
        <translation>Notice and agenda</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Mall:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Numret på dagordningens första punkt</source>
        <translation>Number of the agenda&apos;s first item</translation>
    </message>
    <message>
        <source>Första &amp;nummer:</source>
        <translation>First &amp;number:</translation>
    </message>
    <message>
        <source>Organisationen under forumets namn. En rättelse sparas för forumet.</source>
        <translation>The organisation under the forum&apos;s name. A correction is remembered for the forum.</translation>
    </message>
    <message>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>länk till Teams/Zoom</source>
        <translation>link to Teams/Zoom</translation>
    </message>
    <message>
        <source>En rad per organisation, t.ex. &quot;Vision: Indu Bala Chopra&quot;</source>
        <translation>One line per organisation, e.g. &quot;Vision: Indu Bala Chopra&quot;</translation>
    </message>
    <message>
        <source>Kallelse</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Videolänk:</source>
        <translation>&amp;Video link:</translation>
    </message>
    <message>
        <source>Förhinder anmäls &amp;till:</source>
        <translation>Report absence &amp;to:</translation>
    </message>
    <message>
        <source>Föranmälda frågor &amp;senast:</source>
        <translation>Pre-notified questions &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Kallade:</source>
        <translation>&amp;Called:</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta &amp;ned</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Byt rubrik…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Åte&amp;rställ mallen</source>
        <translation>Re&amp;set template</translation>
    </message>
    <message>
        <source>Dagordningens punkter (sparas i din kopia av mallen)</source>
        <translation>Agenda items (saved in your copy of the template)</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska och skriv ut…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Spara som &amp;Word…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <source>öppna frågor förs in</source>
        <translation>open questions are listed</translation>
    </message>
    <message>
        <source>kvarvarande frågor förs in</source>
        <translation>carried-over questions are listed</translation>
    </message>
    <message>
        <source>förslag från föregående möte</source>
        <translation>suggested from the previous meeting</translation>
    </message>
    <message>
        <source>sista dag för anmälan visas</source>
        <translation>the deadline for notification is shown</translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Rubrik:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <source>beslut</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Typ av ärende:</source>
        <translation>Type of matter:</translation>
    </message>
    <message>
        <source>Byt rubrik</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Under &quot;{title}&quot; förs de öppna frågorna in. Ta bort punkten ändå?</source>
        <translation>The open questions are listed under &quot;{title}&quot;. Remove the item anyway?</translation>
    </message>
    <message>
        <source>Välj en mall för dagordningen.</source>
        <translation>Choose a template for the agenda.</translation>
    </message>
    <message>
        <source>Välj eller skriv forumets namn.</source>
        <translation>Choose or type the forum&apos;s name.</translation>
    </message>
    <message>
        <source>inget</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{n} öppna frågor ({late} försenade) förs in under Balanslista och Kvarvarande frågor. Föregående möte: {prev}.</source>
        <translation>{n} open questions ({late} overdue) are listed under Balance list and Carried-over questions. Previous meeting: {prev}.</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Spara dagordningen</source>
        <translation>Save the agenda</translation>
    </message>
    <message>
        <source>Förhandsgranska dagordningen</source>
        <translation>Preview the agenda</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Balanslistan kan inte starta</source>
        <translation>Balanslistan cannot start</translation>
    </message>
    <message>
        <source>Databasen {path} kunde inte öppnas.

{reason}</source>
        <translation>The database {path} could not be opened.

{reason}</translation>
    </message>
    <message>
        <source>Vill du återställa databasen från en säkerhetskopia?</source>
        <translation>Do you want to restore the database from a backup?</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Punkt {id} har ändrats efter din ändring, så den kan inte ångras automatiskt. Ändra punkten för hand i stället.</source>
        <extracomment>Called with the id of an item after it changed (refresh views). Called with a TrackerError when an undo or redo could not be carried out.</extracomment>
        <translation>Item {id} has been changed after your change, so it cannot be undone automatically. Change the item by hand instead.</translation>
    </message>
    <message>
        <source>Ny punkt {id}</source>
        <extracomment>The item&apos;s latest note before and after the edit (an edit with a note sets it).</extracomment>
        <translation>New item {id}</translation>
    </message>
    <message>
        <source>Ta bort punkt {id}</source>
        <translation>Delete item {id}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Sparas i historiken tillsammans med ändringen</source>
        <extracomment>Fields edited in the pane, in the order they are compared and saved.</extracomment>
        <translation>Saved in the history together with the change</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Väckt av</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Ansvarig:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Väckt av:</source>
        <translation>&amp;Raised by:</translation>
    </message>
    <message>
        <source>S&amp;enast:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>Anteckni&amp;ng:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Spara ändringarna (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Å&amp;terställ</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Förkasta ändringarna som inte sparats</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Meningen i dokumentet</source>
        <translation>The sentence in the document</translation>
    </message>
    <message>
        <source>Öppna &amp;dokumentet</source>
        <translation>Open the &amp;document</translation>
    </message>
    <message>
        <source>Öppna dokumentet</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Välj en punkt i listan för att se och ändra den.</source>
        <translation>Select an item in the list to see and edit it.</translation>
    </message>
    <message>
        <source>Punkt {id} · {kind}</source>
        <translation>Item {id} · {kind}</translation>
    </message>
    <message>
        <source>i dokumentet: ”{text}”</source>
        <translation>in the document: “{text}”</translation>
    </message>
    <message>
        <source>Punkten lades till för hand.</source>
        <translation>The item was added by hand.</translation>
    </message>
    <message>
        <source>sida {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>rad {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>Avsnitt: {section}</source>
        <translation>Section: {section}</translation>
    </message>
    <message>
        <source>En punkt måste ha en titel. Skriv en titel och spara igen.</source>
        <translation>An item must have a title. Enter a title and save again.</translation>
    </message>
    <message>
        <source>Ändra punkt {id}</source>
        <translation>Edit item {id}</translation>
    </message>
    <message>
        <source>Punkten har ändrats</source>
        <translation>The item has changed</translation>
    </message>
    <message>
        <source>Punkt {id} har ändrats av någon annan sedan du öppnade den, så dina ändringar sparades inte.

Vill du ladda om punkten? Dina ändringar går då förlorade; gör om dem efteråt.</source>
        <translation>Item {id} was changed by someone else after you opened it, so your changes were not saved.

Do you want to reload the item? Your changes are then lost; make them again afterwards.</translation>
    </message>
    <message>
        <source>Dokumentet hittades inte</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <source>Dokumentet {name} finns inte längre på
{path}

Det kan ha flyttats, bytt namn eller tagits bort. Leta upp filen i utforskaren, eller importera den igen från den nya platsen.</source>
        <translation>The document {name} is no longer at
{path}

It may have been moved, renamed or deleted. Find the file in your file manager, or import it again from its new location.</translation>
    </message>
    <message>
        <source>Dokumentet {name} kunde inte öppnas: inget program för filtypen är installerat. Öppna filen själv från
{path}</source>
        <translation>The document {name} could not be opened: no program for this file type is installed. Open the file yourself from
{path}</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Dokumentets text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <source>Sök i dokumentet</source>
        <translation>Search the document</translation>
    </message>
    <message>
        <source>Föregående träff (Skift+Retur)</source>
        <translation>Previous match (Shift+Return)</translation>
    </message>
    <message>
        <source>Föregående träff</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Nästa träff (Retur, F3)</source>
        <translation>Next match (Return, F3)</translation>
    </message>
    <message>
        <source>Nästa träff</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Stäng sökningen (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <source>Stäng sökningen</source>
        <translation>Close the search</translation>
    </message>
    <message>
        <source>Sök i dokumentet…</source>
        <translation>Search the document…</translation>
    </message>
    <message>
        <source>Dokumentets text finns inte att visa.</source>
        <translation>The document&apos;s text is not available.</translation>
    </message>
    <message>
        <source>— Sida {page} —</source>
        <translation>— Page {page} —</translation>
    </message>
    <message>
        <source>{n} av {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <source>Hittades inte</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Skriv ett datum: 2024-05-14, 14/5, 14 maj, fre 17 maj, v. 20, i maj eller idag. Tomt fält = inget datum. Alt+↓ öppnar kalendern.</source>
        <translation>Type a date (Swedish forms): 2024-05-14, 14/5, 14 maj, fre 17 maj, v. 20, i maj or idag. Empty field = no date. Alt+↓ opens the calendar.</translation>
    </message>
    <message>
        <source>Välj i kalendern</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Datumet ”{text}” går inte att läsa. Skriv till exempel 2024-05-14, 14/5, 14 maj, v. 20 eller i maj, eller lämna fältet tomt för inget datum.</source>
        <translation>The date “{text}” cannot be read. Type for example 2024-05-14, 14/5, 14 maj, v. 20 or i maj, or leave the field empty for no date.</translation>
    </message>
    <message>
        <source>⚠ okänt datum</source>
        <translation>⚠ unknown date</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>(obs: veckodagen stämmer inte)</source>
        <translation>(note: the weekday does not match)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Ett oväntat fel inträffade: {error}

Inget har sparats av den pågående åtgärden. Försök igen; om felet återkommer, starta om programmet.</source>
        <translation>An unexpected error occurred: {error}

Nothing of the current action has been saved. Try again; if the error comes back, restart the program.</translation>
    </message>
    <message>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade: {error}

Åtgärden avbröts; det som redan sparats finns kvar. Försök igen; om felet återkommer, starta om programmet.</source>
        <translation>An unexpected error occurred: {error}

The action was stopped; what was already saved is kept. Try again; if the error comes back, restart the program.</translation>
    </message>
    <message>
        <source>Detaljer finns i loggfilen {path}.</source>
        <translation>Details are in the log file {path}.</translation>
    </message>
    <message>
        <source>Oväntat fel</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FilterBanner</name>
    <message>
        <source>&amp;Visa alla</source>
        <translation>&amp;Show all</translation>
    </message>
    <message>
        <source>Ta bort sökning och filter: visa alla öppna punkter</source>
        <translation>Clear the search and filters: show all open items</translation>
    </message>
    <message numerus="yes">
        <source>Urval: {filter} – %n punkter visas.</source>
        <translation>
            <numerusform>Selection: {filter} – %n item shown.</numerusform>
            <numerusform>Selection: {filter} – %n items shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Sök i titel, text, ansvarig och källa…</source>
        <extracomment>Search is run this long after the last key press (typing stays smooth on big lists).</extracomment>
        <translation>Search title, text, owner and source…</translation>
    </message>
    <message>
        <source>Alla ord måste finnas. Ord med minst tre tecken söks i titel, text, ansvarig och källmening, även inuti ord (”miljö” hittar ”arbetsmiljöfrågan”). Ord med en eller två tecken söks bara i titel och ansvarig.</source>
        <translation>All words must occur. Words of three characters or more are searched in title, text, owner and source sentence, also inside words (“miljö” finds “arbetsmiljöfrågan”). Words of one or two characters are searched in title and owner only.</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Klara</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Avförda</source>
        <translation>Struck off</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Visa bara försenade punkter</source>
        <translation>Show only overdue items</translation>
    </message>
    <message numerus="yes">
        <source>Förfaller inom %n dagar</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Visa bara punkter som förfaller snart</source>
        <translation>Show only items due soon</translation>
    </message>
    <message>
        <source>&amp;Ansvarig:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Alla ansvariga</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Alla forum</source>
        <translation>All forums</translation>
    </message>
    <message>
        <source>Alla punkter</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Öppna punkter</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Klara punkter</source>
        <translation>Done items</translation>
    </message>
    <message>
        <source>Avförda punkter</source>
        <translation>Struck-off items</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>Ansvarig: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <source>Forum: {body}</source>
        <translation>Forum: {body}</translation>
    </message>
    <message>
        <source>Sök: ”{text}”</source>
        <translation>Search: “{text}”</translation>
    </message>
</context>
<context>
    <name>ForumsDialog</name>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Förkortningar</source>
        <translation>Short names</translation>
    </message>
    <message>
        <source>Dubbelklicka för att ändra. Organisationen skiljer två förvaltningars forum med samma namn åt vid import; förkortningarna (kommaseparerade, t.ex. ”FVG”) kan skrivas överallt där ett forum anges.</source>
        <translation>Double-click to change. The organisation keeps two administrations&apos; forums of the same name apart when minutes are imported; the short names (comma-separated, e.g. “FVG”) can be typed wherever a forum is asked for.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Så gör du – Balanslistan</source>
        <translation>How to – Balanslistan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Så gör du&lt;/h2&gt;&lt;h3&gt;Efter ett möte: importera protokollet&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Arkiv → Importera…&lt;/b&gt; (Ctrl+O) eller dra PDF-, Word- eller textfiler till fönstret. Granska punkterna innan de sparas: bocka ur det som inte ska med, ändra titel, ansvarig och datum. Saknas en punkt: markera texten i dokumentet och tryck Ctrl+Shift+A. Blev importen fel tar &lt;b&gt;Arkiv → Ångra import…&lt;/b&gt; tillbaka allt den gjorde.&lt;/p&gt;&lt;h3&gt;Under mötet: mötesläge&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Visa → Mötesläge…&lt;/b&gt; (F5) visar forumets öppna punkter en i taget. Mötet registreras först när något ändras eller antecknas.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;PgDn / PgUp&lt;/td&gt;&lt;td&gt;nästa / föregående punkt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;markera klar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+T, datum, Enter&lt;/td&gt;&lt;td&gt;nytt datum (2024-05-14, 14/5, 14 maj, v. 20, i maj)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R, namn, Enter&lt;/td&gt;&lt;td&gt;ny ansvarig&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;skriv, Enter (Ctrl+M)&lt;/td&gt;&lt;td&gt;anteckning i historiken&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N, titel, Enter&lt;/td&gt;&lt;td&gt;ny punkt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;ångra / gör om&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+plus / Ctrl+minus&lt;/td&gt;&lt;td&gt;textstorlek&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F11 / Esc&lt;/td&gt;&lt;td&gt;helskärm / avsluta mötesläget&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Visa → Möten…&lt;/b&gt; rättar eller tar bort ett möte.&lt;/p&gt;&lt;h3&gt;Före nästa möte: dagordning&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Arkiv → Dagordning…&lt;/b&gt; (Ctrl+Shift+D): välj forum och datum; kallelsens uppgifter fylls i från forumets tidigare möten och kan ändras. Spara som PDF eller Word.&lt;/p&gt;&lt;h3&gt;Listan&lt;/h3&gt;&lt;p&gt;Sök (Ctrl+F) och filtrera i raden ovanför listan. Ett aktivt urval visas i en gul rad med &lt;b&gt;Visa alla&lt;/b&gt;. Markera flera rader (Skift/Ctrl+klick) för att stänga, ge nytt datum eller ny ansvarig på en gång (Redigera → Valda punkter). Delete tar bort valda punkter; de finns kvar under Redigera → Borttagna punkter. Ctrl+S sparar ändringar i detaljpanelen, Ctrl+N lägger till en punkt, Ctrl+P skriver ut listan, Ctrl+E exporterar till Excel, CSV eller kalender.&lt;/p&gt;&lt;h3&gt;Datum&lt;/h3&gt;&lt;p&gt;Skriv datum som du säger dem: 2024-05-14, 14/5, 14 maj, fre 17 maj, v. 20, i maj, idag. Vad som sparas visas bredvid fältet innan du sparar. Tomt fält betyder inget datum; Alt+↓ öppnar kalendern.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;How to&lt;/h2&gt;&lt;h3&gt;After a meeting: import the minutes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) or drop PDF, Word or text files on the window. Review the items before they are saved: untick what should not be included, change title, owner and date. If an item is missing: select its text in the document and press Ctrl+Shift+A. If the import went wrong, &lt;b&gt;File → Undo import…&lt;/b&gt; takes back everything it did.&lt;/p&gt;&lt;h3&gt;During the meeting: meeting mode&lt;/h3&gt;&lt;p&gt;&lt;b&gt;View → Meeting mode…&lt;/b&gt; (F5) shows the forum&apos;s open items one at a time. The meeting is recorded only when something is changed or noted.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;PgDn / PgUp&lt;/td&gt;&lt;td&gt;next / previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;mark done&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+T, date, Enter&lt;/td&gt;&lt;td&gt;new date (Swedish forms: 2024-05-14, 14/5, 14 maj, v. 20, i maj)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R, name, Enter&lt;/td&gt;&lt;td&gt;new owner&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;type, Enter (Ctrl+M)&lt;/td&gt;&lt;td&gt;note in the history&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N, title, Enter&lt;/td&gt;&lt;td&gt;new item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+plus / Ctrl+minus&lt;/td&gt;&lt;td&gt;text size&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F11 / Esc&lt;/td&gt;&lt;td&gt;full screen / leave meeting mode&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;View → Meetings…&lt;/b&gt; corrects or deletes a meeting.&lt;/p&gt;&lt;h3&gt;Before the next meeting: agenda&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File → Agenda…&lt;/b&gt; (Ctrl+Shift+D): choose forum and date; the notice&apos;s facts are filled in from the forum&apos;s earlier meetings and can be changed. Save as PDF or Word.&lt;/p&gt;&lt;h3&gt;The list&lt;/h3&gt;&lt;p&gt;Search (Ctrl+F) and filter in the bar above the list. An active selection is shown in a yellow strip with &lt;b&gt;Show all&lt;/b&gt;. Select several rows (Shift/Ctrl+click) to close them, give them a new date or a new owner at once (Edit → Selected items). Delete deletes the selected items; they are kept under Edit → Deleted items. Ctrl+S saves changes in the detail pane, Ctrl+N adds an item, Ctrl+P prints the list, Ctrl+E exports to Excel, CSV or calendar.&lt;/p&gt;&lt;h3&gt;Dates&lt;/h3&gt;&lt;p&gt;Type dates the Swedish way: 2024-05-14, 14/5, 14 maj, fre 17 maj, v. 20, i maj, idag. What will be saved is shown beside the field before you save. An empty field means no date; Alt+↓ opens the calendar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>rubrik</source>
        <extracomment>Field names in the history (translatable copies of ``labels.FIELD_LABELS``).</extracomment>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>typ</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>ansvarig</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>väckt av</source>
        <translation>raised by</translation>
    </message>
    <message>
        <source>senast</source>
        <translation>due</translation>
    </message>
    <message>
        <source>tidsangivelse</source>
        <translation>due as written</translation>
    </message>
    <message>
        <source>datumprecision</source>
        <translation>date precision</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>avvikelse</source>
        <translation>deviation</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>avsnitt</source>
        <translation>section</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Ångrad ändring</source>
        <translation>Change undone</translation>
    </message>
    <message>
        <source>Ändringen gjordes om</source>
        <translation>Change redone</translation>
    </message>
    <message>
        <source>Ny punkt på mötet</source>
        <translation>New item at the meeting</translation>
    </message>
    <message>
        <source>Klar enligt mötet {date}</source>
        <translation>Done according to the meeting {date}</translation>
    </message>
    <message>
        <source>Klar enligt mötet</source>
        <extracomment>The other texts of ``tracker.labels`` a history line may hold.</extracomment>
        <translation>Done according to the meeting</translation>
    </message>
    <message>
        <source>Ångrad: skapad av misstag</source>
        <translation>Undone: added by mistake</translation>
    </message>
    <message>
        <source>Återställd: tillägget gjordes om</source>
        <translation>Restored: adding it was redone</translation>
    </message>
    <message>
        <source>tillagd för hand vid import</source>
        <extracomment>The program&apos;s notes (translatable copies of ``labels.NOTE_TEMPLATES``, same keys).</extracomment>
        <translation>added by hand on import</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Borttagen: {what}</source>
        <translation>Deleted: {what}</translation>
    </message>
    <message>
        <source>Återställd efter borttagning</source>
        <translation>Restored after deletion</translation>
    </message>
    <message>
        <source>Importen av {file} ångrades</source>
        <translation>The import of {file} was undone</translation>
    </message>
    <message>
        <source>Påminnelse skickad till {owner}</source>
        <translation>Reminder sent to {owner}</translation>
    </message>
    <message>
        <source>erbjöds {offered} men togs inte med; togs upp nu</source>
        <translation>offered {offered} but not taken; taken up now</translation>
    </message>
    <message>
        <source>Ångrat: punkten lades till av misstag</source>
        <translation>Undone: the item was added by mistake</translation>
    </message>
    <message>
        <source>Gjort om: punkten återställd</source>
        <translation>Redone: the item was restored</translation>
    </message>
    <message>
        <source>Ångrat: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>Gjort om: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <source>Ändra punkt {id}</source>
        <translation>Edit item {id}</translation>
    </message>
    <message>
        <source>Markera punkt {id} klar</source>
        <translation>Mark item {id} done</translation>
    </message>
    <message>
        <source>Nytt datum för punkt {id}</source>
        <translation>New date for item {id}</translation>
    </message>
    <message>
        <source>Ny ansvarig för punkt {id}</source>
        <translation>New owner for item {id}</translation>
    </message>
    <message>
        <source>behandlad {when}</source>
        <translation>discussed {when}</translation>
    </message>
    <message>
        <source>behandlad {when} (tillagd för hand vid import)</source>
        <translation>discussed {when} (added by hand on import)</translation>
    </message>
    <message>
        <source>skapad</source>
        <translation>created</translation>
    </message>
    <message>
        <source>behandlad</source>
        <translation>discussed</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>oväntat fel vid läsningen ({error})</source>
        <translation>unexpected error while reading ({error})</translation>
    </message>
    <message>
        <source>filtypen kan inte importeras (bara PDF, Word .docx och text)</source>
        <translation>this file type cannot be imported (only PDF, Word .docx and text)</translation>
    </message>
    <message>
        <source>Läser dokument…</source>
        <translation>Reading documents…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importerar</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Läser {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Textigenkänning (OCR) av {name}: sida {done} av {total}…</source>
        <translation>Text recognition (OCR) of {name}: page {done} of {total}…</translation>
    </message>
    <message>
        <source>oväntat fel ({error}); inget sparades från filen</source>
        <translation>unexpected error ({error}); nothing from the file was saved</translation>
    </message>
    <message numerus="yes">
        <source>%n fil(er) kunde inte importeras:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De andra filerna (%n) importerades.</source>
        <translation>
            <numerusform>The other file (%n) was imported.</numerusform>
            <numerusform>The other files (%n) were imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inget sparades från filerna ovan.</source>
        <translation>Nothing was saved from the files above.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Redan importerad</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Dessa dokument har redan importerats tidigare; inget ändrades:

{names}</source>
        <translation>These documents were imported before; nothing was changed:

{names}</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Nr</source>
        <extracomment>(sort key of the store, header text) per column, in display order.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Väckt av</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Senast ändrad</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>s. {page}</source>
        <extracomment>Item id of a row (``Qt.UserRole``). &quot;overdue&quot;, &quot;soon&quot;, &quot;done&quot; or &quot;&quot; (for tests and delegates). Emitted after every re-query (filter, sort or refresh).</extracomment>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>rad {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>Senaste anteckning: {note}</source>
        <translation>Latest note: {note}</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Förfaller inom {n} dagar</source>
        <translation>Due within {n} days</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>kvarstående fråga</source>
        <extracomment>Kind names for the screen (translatable copies of the store&apos;s KIND_LABELS).</extracomment>
        <translation>carried-over question</translation>
    </message>
    <message>
        <source>hänskjuten fråga</source>
        <translation>referred question</translation>
    </message>
    <message>
        <source>inväntar svar</source>
        <translation>awaiting reply</translation>
    </message>
    <message>
        <source>bordlagt</source>
        <translation>tabled</translation>
    </message>
    <message>
        <source>återremitterat</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>uppdrag</source>
        <translation>assignment</translation>
    </message>
    <message>
        <source>uppföljning</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>åtgärd</source>
        <translation>action</translation>
    </message>
    <message>
        <source>balanslistepunkt</source>
        <translation>balance-list item</translation>
    </message>
    <message>
        <source>avslut</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>aktivitet</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>målavvikelse</source>
        <translation>goal deviation</translation>
    </message>
    <message>
        <source>indikatoravvikelse</source>
        <translation>indicator deviation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Balanslistan</source>
        <extracomment>The window&apos;s size on first start, when the screen has room for it. A remembered size smaller than this (or than the screen) is a strip: not reused.</extracomment>
        <translation>Balance list</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Antal punkter</source>
        <translation>Number of items</translation>
    </message>
    <message numerus="yes">
        <source>%n punkter</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n försenade</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Punkten har ändringar som inte sparats. Vill du spara dem?</source>
        <translation>The item has unsaved changes. Do you want to save them?</translation>
    </message>
</context>
<context>
    <name>MainWindowFiles</name>
    <message>
        <source>En import pågår redan.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Importen av {file} är ångrad: {removed} punkter borttagna, {reverted} återställda, {reopened} öppnade igen.</source>
        <translation>The import of {file} is undone: {removed} items deleted, {reverted} restored, {reopened} reopened.</translation>
    </message>
    <message numerus="yes">
        <source>%n punkter hade ändrats sedan importen och lämnades orörda.</source>
        <translation>
            <numerusform>%n item had changed since the import and was left as it is.</numerusform>
            <numerusform>%n items had changed since the import and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importera dokument</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <source>Dokument (*.pdf *.docx *.txt);;Alla filer (*)</source>
        <translation>Documents (*.pdf *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Importerat: {new} nya, {upd} uppdaterade, {closed} stängda punkter.</source>
        <translation>Imported: {new} new, {upd} updated, {closed} closed items.</translation>
    </message>
    <message>
        <source>Importen avbröts; inget sparades.</source>
        <translation>The import was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Balanslista – {body}</source>
        <translation>Balance list – {body}</translation>
    </message>
    <message>
        <source>Balanslista</source>
        <translation>Balance list</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semikolonseparerad (*.csv)</source>
        <translation>CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Exportera balanslistan</source>
        <translation>Export the balance list</translation>
    </message>
    <message>
        <source>Filen {path} kunde inte sparas: {error}</source>
        <translation>The file {path} could not be saved: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n punkter exporterades till {path}.</source>
        <translation>
            <numerusform>%n item was exported to {path}.</numerusform>
            <numerusform>%n items were exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dagordningen finns inte i den här versionen av programmet.</source>
        <translation>Agendas are not available in this version of the program.</translation>
    </message>
    <message>
        <source>Utskrift finns inte i den här versionen av programmet.</source>
        <translation>Printing is not available in this version of the program.</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Listan är tom: inget att skriva ut.</source>
        <translation>The list is empty: nothing to print.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Vänta tills importen är klar, och försök sedan igen.</source>
        <translation>Wait until the import has finished, then try again.</translation>
    </message>
    <message>
        <source>Databasen är återställd från {name} ({n} punkter).</source>
        <translation>The database has been restored from {name} ({n} items).</translation>
    </message>
    <message>
        <source>Det tidigare innehållet sparades som {name}.</source>
        <translation>The previous content was saved as {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindowItems</name>
    <message>
        <source>Punkt {id} togs bort (tillägget ångrades).</source>
        <translation>Item {id} was removed (adding it was undone).</translation>
    </message>
    <message>
        <source>Punkt {id} lades till (den syns inte med nuvarande filter).</source>
        <translation>Item {id} was added (it is hidden by the current filter).</translation>
    </message>
    <message>
        <source>Ändra punkt {id}</source>
        <translation>Edit item {id}</translation>
    </message>
    <message>
        <source>Ta bort punkter</source>
        <translation>Delete items</translation>
    </message>
    <message numerus="yes">
        <source>Ta bort %n punkter? De försvinner ur listan men finns kvar med sin historik (Redigera → Borttagna punkter), och Ctrl+Z ångrar.</source>
        <translation>
            <numerusform>Delete %n item? It leaves the list but is kept with its history (Edit → Deleted items), and Ctrl+Z undoes.</numerusform>
            <numerusform>Delete %n items? They leave the list but are kept with their history (Edit → Deleted items), and Ctrl+Z undoes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta bort {n} punkter</source>
        <translation>Delete {n} items</translation>
    </message>
    <message numerus="yes">
        <source>%n punkter togs bort. Ctrl+Z ångrar.</source>
        <translation>
            <numerusform>%n item was deleted. Ctrl+Z undoes.</numerusform>
            <numerusform>%n items were deleted. Ctrl+Z undoes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Markera valda som klara</source>
        <translation>Mark selected as done</translation>
    </message>
    <message numerus="yes">
        <source>Anteckning för de %n punkterna (varför de är klara):</source>
        <translation>
            <numerusform>Note for the %n item (why it is done):</numerusform>
            <numerusform>Note for the %n items (why they are done):</numerusform>
        </translation>
    </message>
    <message>
        <source>Stäng {n} punkter</source>
        <translation>Close {n} items</translation>
    </message>
    <message>
        <source>Nytt datum för valda</source>
        <translation>New date for selected</translation>
    </message>
    <message numerus="yes">
        <source>Nytt datum för de %n punkterna:</source>
        <translation>
            <numerusform>New date for the %n item:</numerusform>
            <numerusform>New date for the %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nytt datum för {n} punkter</source>
        <translation>New date for {n} items</translation>
    </message>
    <message>
        <source>Ny ansvarig för valda</source>
        <translation>New owner for selected</translation>
    </message>
    <message numerus="yes">
        <source>Ny ansvarig för de %n punkterna:</source>
        <translation>
            <numerusform>New owner for the %n item:</numerusform>
            <numerusform>New owner for the %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ny ansvarig för {n} punkter</source>
        <translation>New owner for {n} items</translation>
    </message>
    <message>
        <source>Flytta valda till forum</source>
        <translation>Move selected to forum</translation>
    </message>
    <message numerus="yes">
        <source>Forum för de %n punkterna:</source>
        <translation>
            <numerusform>Forum for the %n item:</numerusform>
            <numerusform>Forum for the %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Flytta {n} punkter</source>
        <translation>Move {n} items</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>&amp;Importera…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Importera protokoll eller rapporter (PDF, Word, text)</source>
        <translation>Import minutes or reports (PDF, Word, text)</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Spara listan som Excel, CSV eller kalender</source>
        <translation>Save the list as Excel, CSV or calendar</translation>
    </message>
    <message>
        <source>&amp;Dagordning…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <source>Skapa dagordning/kallelse med balanslistan</source>
        <translation>Create an agenda/notice with the balance list</translation>
    </message>
    <message>
        <source>Skriv &amp;ut balanslistan…</source>
        <translation>&amp;Print the balance list…</translation>
    </message>
    <message>
        <source>Skriv ut punkterna som visas</source>
        <translation>Print the items shown</translation>
    </message>
    <message>
        <source>Ditt &amp;namn i historiken…</source>
        <translation>Your &amp;name in the history…</translation>
    </message>
    <message>
        <source>Namnet som står i historiken vid dina ändringar</source>
        <translation>The name shown in the history beside your changes</translation>
    </message>
    <message>
        <source>Åte&amp;rställ säkerhetskopia…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Ersätt databasens innehåll med en säkerhetskopia</source>
        <translation>Replace the database&apos;s content with a backup</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ny punkt…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>Lägg till en punkt för hand</source>
        <translation>Add an item by hand</translation>
    </message>
    <message>
        <source>&amp;Spara punkten</source>
        <translation>&amp;Save item</translation>
    </message>
    <message>
        <source>Spara ändringarna i den valda punkten</source>
        <translation>Save the changes to the selected item</translation>
    </message>
    <message>
        <source>&amp;Ta bort punkt…</source>
        <translation>&amp;Delete item…</translation>
    </message>
    <message>
        <source>Ta bort de valda punkterna (de kan återställas)</source>
        <translation>Delete the selected items (they can be restored)</translation>
    </message>
    <message>
        <source>Borttagna &amp;punkter…</source>
        <translation>Deleted &amp;items…</translation>
    </message>
    <message>
        <source>Visa och återställ borttagna punkter</source>
        <translation>Show and restore deleted items</translation>
    </message>
    <message>
        <source>Markera valda som &amp;klara…</source>
        <translation>Mark selected as &amp;done…</translation>
    </message>
    <message>
        <source>Stäng alla valda punkter med samma anteckning</source>
        <translation>Close all selected items with the same note</translation>
    </message>
    <message>
        <source>Nytt &amp;datum för valda…</source>
        <translation>New &amp;date for selected…</translation>
    </message>
    <message>
        <source>Ge alla valda punkter samma datum</source>
        <translation>Give all selected items the same date</translation>
    </message>
    <message>
        <source>Ny a&amp;nsvarig för valda…</source>
        <translation>New o&amp;wner for selected…</translation>
    </message>
    <message>
        <source>Ge alla valda punkter samma ansvariga</source>
        <translation>Give all selected items the same owner</translation>
    </message>
    <message>
        <source>Flytta valda till &amp;forum…</source>
        <translation>Move selected to &amp;forum…</translation>
    </message>
    <message>
        <source>Flytta alla valda punkter till ett annat forum</source>
        <translation>Move all selected items to another forum</translation>
    </message>
    <message>
        <source>På&amp;minnelser per e-post…</source>
        <translation>E-mail &amp;reminders…</translation>
    </message>
    <message>
        <source>Påminn de ansvariga om försenade punkter och punkter som förfaller snart</source>
        <translation>Remind the owners of overdue items and items due soon</translation>
    </message>
    <message>
        <source>Å&amp;ngra import…</source>
        <translation>U&amp;ndo import…</translation>
    </message>
    <message>
        <source>Ta tillbaka allt som en import gjorde, i ett steg</source>
        <translation>Take back everything an import did, in one step</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Mötesläge…</source>
        <translation>&amp;Meeting mode…</translation>
    </message>
    <message>
        <source>Gå igenom ett forums öppna punkter på mötet</source>
        <translation>Go through a forum&apos;s open items in the meeting</translation>
    </message>
    <message>
        <source>Mö&amp;ten…</source>
        <translation>Mee&amp;tings…</translation>
    </message>
    <message>
        <source>Visa, rätta och ta bort registrerade möten</source>
        <translation>Show, correct and delete recorded meetings</translation>
    </message>
    <message>
        <source>&amp;Forum…</source>
        <translation>&amp;Forums…</translation>
    </message>
    <message>
        <source>Forumens organisation och förkortningar</source>
        <translation>The forums&apos; organisations and short names</translation>
    </message>
    <message>
        <source>&amp;Uppdatera listan</source>
        <translation>&amp;Refresh the list</translation>
    </message>
    <message>
        <source>S&amp;törre text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Mindre text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal textstorlek</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Så gör du…</source>
        <translation>&amp;How to…</translation>
    </message>
    <message>
        <source>En kort guide till dagens uppgifter, med kortkommandona</source>
        <translation>A short guide to the day&apos;s tasks, with the keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Om Balanslistan</source>
        <translation>&amp;About Balanslistan</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Valda punkter</source>
        <translation>&amp;Selected items</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Detaljpanel</source>
        <translation>&amp;Detail pane</translation>
    </message>
    <message>
        <source>Sp&amp;råk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Systemets språk</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Om Balanslistan</source>
        <translation>About Balanslistan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balanslistan {version}&lt;/h3&gt;&lt;p&gt;Håller balanslistan – öppna frågor och uppdrag – från protokoll, minnesanteckningar och uppföljningsrapporter.&lt;/p&gt;&lt;p&gt;Databas: {db}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balanslistan {version}&lt;/h3&gt;&lt;p&gt;Keeps the balance list – open questions and assignments – from minutes, meeting notes and follow-up reports.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket byts nästa gång programmet startas.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message>
        <source>Mötesläge – välj möte</source>
        <translation>Meeting mode – choose the meeting</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Starta mötet</source>
        <translation>&amp;Start the meeting</translation>
    </message>
    <message>
        <source>Vilket möte gäller det? Mötesläget visar forumets öppna punkter.</source>
        <translation>Which meeting is it? Meeting mode shows the forum&apos;s open items.</translation>
    </message>
    <message>
        <source>Förslag: nästa möte enligt tidigare protokoll.</source>
        <translation>Suggested: the next meeting according to earlier minutes.</translation>
    </message>
    <message>
        <source>Inget nästa möte känt; dagens datum föreslås.</source>
        <translation>No next meeting known; today&apos;s date is suggested.</translation>
    </message>
    <message numerus="yes">
        <source>%n öppna punkter.</source>
        <translation>
            <numerusform>%n open item.</numerusform>
            <numerusform>%n open items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Mötesläge – {title}</source>
        <extracomment>The meeting&apos;s record: None until something is changed or noted (opening meeting mode and leaving it records nothing; see :meth:`meeting_id`).</extracomment>
        <translation>Meeting mode – {title}</translation>
    </message>
    <message>
        <source>Mötesläge</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>Skriv en anteckning och tryck Enter</source>
        <translation>Type a note and press Enter</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nytt datum</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Ny ansvarig</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Titel på den nya punkten, Enter sparar</source>
        <translation>Title of the new item, Enter saves</translation>
    </message>
    <message>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>PgDn nästa · PgUp föregående · Ctrl+D klar · Ctrl+T nytt datum · Ctrl+R byt ansvarig · Ctrl+M anteckning · Ctrl+N ny punkt · Ctrl+Z ångra · Ctrl+± textstorlek · F11 helskärm · Esc avsluta</source>
        <translation>PgDn next · PgUp previous · Ctrl+D done · Ctrl+T new date · Ctrl+R change owner · Ctrl+M note · Ctrl+N new item · Ctrl+Z undo · Ctrl+± text size · F11 full screen · Esc quit</translation>
    </message>
    <message>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Föregående</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Markera klar</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Byt ansvarig</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Normal textstorlek</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <source>Helskärm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Okänt forum</source>
        <translation>Unknown forum</translation>
    </message>
    <message>
        <source>okänt datum</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>Inga öppna punkter</source>
        <translation>No open items</translation>
    </message>
    <message>
        <source>Inga öppna punkter för {body}.</source>
        <translation>No open items for {body}.</translation>
    </message>
    <message>
        <source>forumet</source>
        <translation>the forum</translation>
    </message>
    <message>
        <source>Tryck Ctrl+N för att lägga till en punkt.</source>
        <translation>Press Ctrl+N to add an item.</translation>
    </message>
    <message>
        <source>Punkt {n} av {total}</source>
        <translation>Item {n} of {total}</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Ansvarig: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <source>Senast: {due}</source>
        <translation>Due: {due}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Väckt av: {name}</source>
        <translation>Raised by: {name}</translation>
    </message>
    <message>
        <source>Punkten är redan {status}.</source>
        <translation>The item is already {status}.</translation>
    </message>
    <message>
        <source>Markera punkt {id} klar</source>
        <translation>Mark item {id} done</translation>
    </message>
    <message>
        <source>✓ Punkt {id} markerad klar. Ctrl+Z ångrar.</source>
        <translation>✓ Item {id} marked done. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Nytt datum för punkt {id}</source>
        <translation>New date for item {id}</translation>
    </message>
    <message>
        <source>Nytt datum {date} för punkt {id}.</source>
        <translation>New date {date} for item {id}.</translation>
    </message>
    <message>
        <source>Ny ansvarig för punkt {id}</source>
        <translation>New owner for item {id}</translation>
    </message>
    <message>
        <source>Ansvarig för punkt {id}: {owner}.</source>
        <translation>Owner of item {id}: {owner}.</translation>
    </message>
    <message>
        <source>Anteckningen sparades på punkt {id}.</source>
        <translation>The note was saved on item {id}.</translation>
    </message>
    <message>
        <source>Ny punkt {id} tillagd. Ctrl+T sätter datum, Ctrl+R ansvarig.</source>
        <translation>New item {id} added. Ctrl+T sets the date, Ctrl+R the owner.</translation>
    </message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Nytt datum (Enter):</source>
        <translation>New date (Enter):</translation>
    </message>
    <message>
        <source>Ny ansvarig (Enter):</source>
        <translation>New owner (Enter):</translation>
    </message>
    <message>
        <source>Ny punkt:</source>
        <translation>New item:</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Händelser</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Spara ändringen</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <source>&amp;Ta bort mötet…</source>
        <translation>&amp;Delete the meeting…</translation>
    </message>
    <message>
        <source>För ett möte som registrerats av misstag. Historiken behålls.</source>
        <translation>For a meeting recorded by mistake. The history is kept.</translation>
    </message>
    <message>
        <source>Ta bort &amp;tomma möten…</source>
        <translation>Delete &amp;empty meetings…</translation>
    </message>
    <message>
        <source>Möten utan ändringar, anteckningar eller dokument – t.ex. ett mötesläge som öppnades och stängdes i en tidigare version av programmet.</source>
        <translation>Meetings without changes, notes or document – e.g. a meeting mode opened and closed in an earlier version of the program.</translation>
    </message>
    <message>
        <source>Valt möte</source>
        <translation>Selected meeting</translation>
    </message>
    <message>
        <source>mötesläge / för hand</source>
        <translation>meeting mode / by hand</translation>
    </message>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Okänt forum</source>
        <translation>Unknown forum</translation>
    </message>
    <message>
        <source>Inga möten är registrerade.</source>
        <translation>No meetings are recorded.</translation>
    </message>
    <message>
        <source>Händelser: hur många ändringar och anteckningar i historiken som hör till mötet.</source>
        <translation>Events: how many changes and notes in the history belong to the meeting.</translation>
    </message>
    <message>
        <source>Tomma möten</source>
        <translation>Empty meetings</translation>
    </message>
    <message>
        <source>Det finns inga tomma möten.</source>
        <translation>There are no empty meetings.</translation>
    </message>
    <message numerus="yes">
        <source>Ta bort %n möten utan ändringar, anteckningar eller dokument?</source>
        <translation>
            <numerusform>Delete %n meeting without changes, notes or document?</numerusform>
            <numerusform>Delete %n meetings without changes, notes or document?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta bort mötet {body} {date}?</source>
        <translation>Delete the meeting {body} {date}?</translation>
    </message>
    <message>
        <source>okänt datum</source>
        <translation>unknown date</translation>
    </message>
    <message numerus="yes">
        <source>%n händelser i historiken hör till mötet. De behålls, men kopplas inte längre till något möte.</source>
        <translation>
            <numerusform>%n history event belongs to the meeting. It is kept, but no longer linked to any meeting.</numerusform>
            <numerusform>%n history events belong to the meeting. They are kept, but no longer linked to any meeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mötet kommer från ett importerat dokument; dokumentet finns kvar.</source>
        <translation>The meeting comes from an imported document; the document is kept.</translation>
    </message>
    <message>
        <source>Ta bort mötet</source>
        <translation>Delete the meeting</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Ansvarig:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>S&amp;enast:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Skriv en titel för punkten.</source>
        <translation>Enter a title for the item.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Senaste anteckning</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <source>Utskrivet {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Urval: {filters}</source>
        <translation>Filter: {filters}</translation>
    </message>
    <message>
        <source>Sida {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Inga punkter motsvarar urvalet.</source>
        <translation>No items match the filter.</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Spara balanslistan som PDF</source>
        <translation>Save the balance list as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skriv ut balanslistan</source>
        <translation>Print the balance list</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Påminnelser per e-post</source>
        <translation>E-mail reminders</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Förfaller snart</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Ansvariga att påminna</source>
        <translation>Owners to remind</translation>
    </message>
    <message>
        <source>Mottagarens e-postadress (kan fyllas i i e-postprogrammet)</source>
        <translation>The recipient&apos;s e-mail address (can be filled in in the e-mail program)</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>Öppna punkter som är försenade eller förfaller inom %n dagar, per ansvarig. Meddelandet öppnas i ditt e-postprogram; programmet skickar inget själv.</source>
        <translation>
            <numerusform>Open items that are overdue or due within %n day, per owner. The message opens in your e-mail program; this program sends nothing itself.</numerusform>
            <numerusform>Open items that are overdue or due within %n days, per owner. The message opens in your e-mail program; this program sends nothing itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Öppna i &amp;e-postprogrammet</source>
        <translation>Open in the &amp;e-mail program</translation>
    </message>
    <message>
        <source>&amp;Kopiera texten</source>
        <translation>&amp;Copy the text</translation>
    </message>
    <message>
        <source>Inga punkter är försenade eller förfaller snart.</source>
        <translation>No items are overdue or due soon.</translation>
    </message>
    <message>
        <source>Inget e-postprogram kunde öppnas. Kopiera texten och klistra in den.</source>
        <translation>No e-mail program could be opened. Copy the text and paste it.</translation>
    </message>
</context>
<context>
    <name>RemovedDialog</name>
    <message>
        <source>Borttagna punkter</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Borttagna punkter syns inte i listan, men finns kvar med sin historik. Markera en eller flera och välj Återställ.</source>
        <translation>Deleted items are not shown in the list but are kept with their history. Select one or more and choose Restore.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Välj kopian som ska återställas. Den nuvarande databasen sparas först som en kopia i mappen backups/, så återställningen kan göras ogjord. Stäng andra fönster och kommandon som har databasen öppen.</source>
        <translation>Choose the backup to restore. The current database is first saved as a copy in the backups/ folder, so the restore can be undone. Close other windows and commands that have the database open.</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skadad</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av den här databasen.</source>
        <translation>There are no backups of this database.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>automatisk</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>före återställning</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message numerus="yes">
        <source>Ersätta databasens innehåll med kopian från {date} (%n punkter)? Det nuvarande innehållet sparas först som en kopia.</source>
        <translation>
            <numerusform>Replace the database&apos;s content with the backup from {date} (%n item)? The current content is saved as a copy first.</numerusform>
            <numerusform>Replace the database&apos;s content with the backup from {date} (%n items)? The current content is saved as a copy first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Granska import – {name}</source>
        <translation>Review import – {name}</translation>
    </message>
    <message>
        <source>Granska import</source>
        <translation>Review import</translation>
    </message>
    <message>
        <source>Möte och dokument</source>
        <translation>Meeting and document</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>forum eller nämnd, t.ex. Förvaltningsgruppen</source>
        <translation>forum or committee, e.g. Förvaltningsgruppen</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>kl. {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>Rapporten gäller {year}. Punkter vars slutdatum har passerat är inte förvalda – kryssa i dem som fortfarande är aktuella.</source>
        <translation>The report is about {year}. Items whose due date has passed are not preselected – check those that still apply.</translation>
    </message>
    <message>
        <source>Gammal rapport:</source>
        <translation>Old report:</translation>
    </message>
    <message>
        <source>Plats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Närvarande:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>Justerare:</source>
        <translation>Adjusters:</translation>
    </message>
    <message>
        <source>Nästa möte:</source>
        <translation>Next meeting:</translation>
    </message>
    <message>
        <source>Sidorna {pages} var skannade och lästes med textigenkänning (OCR). Kontrollera namn, datum och siffror mot originalet.</source>
        <translation>Pages {pages} were scanned and read by text recognition (OCR). Check names, dates and numbers against the original.</translation>
    </message>
    <message>
        <source>OCR:</source>
        <translation>OCR:</translation>
    </message>
    <message>
        <source>protokoll/minnesanteckningar</source>
        <translation>minutes/meeting notes</translation>
    </message>
    <message>
        <source>uppföljningsrapport</source>
        <translation>follow-up report</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Dokument:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>{file} ({kind}, {pages})</source>
        <translation>{file} ({kind}, {pages})</translation>
    </message>
    <message numerus="yes">
        <source>%n sidor</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Hittade punkter</source>
        <translation>Items found</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Säkerhet</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Underlag för vald punkt</source>
        <translation>Evidence for the selected item</translation>
    </message>
    <message>
        <source>Varningar</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>s. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>Inga varningar.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Varningar ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <source>Dokumentet</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Lägg till som punkt</source>
        <translation>&amp;Add as item</translation>
    </message>
    <message>
        <source>Gör en ny punkt av den markerade texten (eller raden där markören står) – för det som inte hittades automatiskt ({key})</source>
        <translation>Make a new item of the selected text (or the line where the cursor is) – for what was not found automatically ({key})</translation>
    </message>
    <message>
        <source>Lägg till som punkt av typen</source>
        <translation>Add as item of the kind</translation>
    </message>
    <message>
        <source>Sö&amp;k…</source>
        <translation>Fin&amp;d…</translation>
    </message>
    <message>
        <source>Sök i dokumentet (Ctrl+F)</source>
        <translation>Search the document (Ctrl+F)</translation>
    </message>
    <message>
        <source>Markera &amp;alla</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>Markera &amp;inga</source>
        <translation>Check &amp;none</translation>
    </message>
    <message>
        <source>&amp;Ta bort tillagd punkt</source>
        <translation>&amp;Remove added item</translation>
    </message>
    <message>
        <source>Tar bort en punkt som du lagt till för hand (Delete)</source>
        <translation>Removes an item you added by hand (Delete)</translation>
    </message>
    <message>
        <source>&amp;Spara i balanslistan</source>
        <translation>&amp;Save to the balance list</translation>
    </message>
    <message>
        <source>Kontrollera punkterna innan de sparas. Bocka ur det som inte ska med (mellanslag kryssar i eller ur markerad rad); möjliga punkter står sist, okryssade. Dubbelklicka på titel, ansvarig eller datum (2024-05-14, 14/5, v. 20) för att ändra. Saknas en punkt: markera texten i dokumentet och välj Lägg till som punkt ({key}).</source>
        <translation>Check the items before they are saved. Untick what should not be included (Space ticks or unticks the selected row); possible items come last, unticked. Double-click a title, owner or date (2024-05-14, 14/5, v. 20) to change it. If an item is missing: select its text in the document and choose Add as item ({key}).</translation>
    </message>
    <message>
        <source>Inga punkter hittades i dokumentet.</source>
        <translation>No items were found in the document.</translation>
    </message>
    <message>
        <source>Mötesdatumet (eller dess år) framgår inte av dokumentet. Ange det, så läses datum utan årtal mot det.</source>
        <translation>The document does not give the meeting date (or its year). Enter it, and dates written without a year are read against it.</translation>
    </message>
    <message>
        <source>”{text}” är inget mötesdatum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2024-03-12.</source>
        <translation>“{text}” is not a meeting date. Type it as YYYY-MM-DD, e.g. 2024-03-12.</translation>
    </message>
    <message>
        <source>Sidan lästes med OCR</source>
        <translation>The page was read by OCR</translation>
    </message>
    <message>
        <source>Avsnitt: {s}</source>
        <translation>Section: {s}</translation>
    </message>
    <message>
        <source>Sida {p}, rad {l}</source>
        <translation>Page {p}, line {l}</translation>
    </message>
    <message>
        <source>Tidsangivelse: {t}</source>
        <translation>Time phrase: {t}</translation>
    </message>
    <message>
        <source>Väckt av: {r}</source>
        <translation>Raised by: {r}</translation>
    </message>
    <message>
        <source>Start: {d}</source>
        <translation>Start: {d}</translation>
    </message>
    <message>
        <source>Avvikelse: {d}</source>
        <translation>Deviation: {d}</translation>
    </message>
    <message>
        <source>Varför: {r}</source>
        <translation>Why: {r}</translation>
    </message>
    <message>
        <source>{n}) ej tagen punkt från {date}: {title} – {score:.0f} % – {reason}</source>
        <translation>{n}) item not taken from {date}: {title} – {score:.0f} % – {reason}</translation>
    </message>
    <message>
        <source>{n}) #{id}: {title} – {score:.0f} % – {reason}</source>
        <translation>{n}) #{id}: {title} – {score:.0f} % – {reason}</translation>
    </message>
    <message>
        <source>Osäker koppling. Välj punkt med 1, 2 eller 3 (N = ny punkt):</source>
        <translation>Unsure link. Pick the item with 1, 2 or 3 (N = new item):</translation>
    </message>
    <message>
        <source>Befintliga punkter som liknar (välj en annan med 1, 2 eller 3):</source>
        <translation>Existing items that look alike (pick another with 1, 2 or 3):</translation>
    </message>
    <message>
        <source>Markera texten för punkten i dokumentet till höger (eller ställ markören på en rad) och välj sedan Lägg till som punkt.</source>
        <translation>Select the item&apos;s text in the document on the right (or put the cursor on a line), then choose Add as item.</translation>
    </message>
    <message>
        <source>Lägg till som punkt</source>
        <translation>Add as item</translation>
    </message>
</context>
<context>
    <name>ReviewRows</name>
    <message>
        <source>Ta med punkt {n}</source>
        <translation>Include item {n}</translation>
    </message>
    <message>
        <source>Åtgärd för punkt {n}</source>
        <translation>Action for item {n}</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Stänger</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Uppdaterar</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>{verb} ej tagen punkt från {date}: {title} ({score:.0f} %)</source>
        <translation>{verb} item not taken from {date}: {title} ({score:.0f} %)</translation>
    </message>
    <message>
        <source>{verb} #{id}: {title} ({score:.0f} %)</source>
        <translation>{verb} #{id}: {title} ({score:.0f} %)</translation>
    </message>
    <message>
        <source>Varför: {r}</source>
        <translation>Why: {r}</translation>
    </message>
    <message>
        <source>Stänger ingen punkt (hoppa över)</source>
        <translation>Closes no item (skip)</translation>
    </message>
    <message>
        <source>Uppdaterar ingen punkt (hoppa över)</source>
        <translation>Updates no item (skip)</translation>
    </message>
    <message>
        <source>i dokumentet: ”{text}”</source>
        <translation>in the document: “{text}”</translation>
    </message>
    <message>
        <source>för hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>liknar</source>
        <translation>look-alike</translation>
    </message>
    <message>
        <source>Ny punkt som liknar befintliga: är det samma fråga, välj den med 1, 2 eller 3 så uppdateras den i stället.</source>
        <translation>A new item that looks like existing ones: if it is the same matter, pick it with 1, 2 or 3 and it is updated instead.</translation>
    </message>
    <message>
        <source>osäker</source>
        <translation>unsure</translation>
    </message>
    <message>
        <source>Osäker koppling till en befintlig punkt: välj rätt punkt med 1, 2 eller 3 (N = ny punkt). Sparas inte utan ditt val.</source>
        <translation>Unsure link to an existing item: pick the right item with 1, 2 or 3 (N = new item). Not saved without your choice.</translation>
    </message>
    <message>
        <source>möjlig</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>Möjlig punkt: en mening med en skyldighet som ingen regel bekräftade. Kryssa i den om den ska med.</source>
        <translation>Possible item: a sentence stating an obligation that no rule confirmed. Tick it to include it.</translation>
    </message>
    <message>
        <source>Tillagd för hand från dokumentets text; Delete tar bort den.</source>
        <translation>Added by hand from the document&apos;s text; Delete removes it.</translation>
    </message>
    <message>
        <source>Låg säkerhet: kontrollera punkten extra noga.</source>
        <translation>Low confidence: check this item carefully.</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Sidan {page} lästes med textigenkänning (OCR): texten kan vara feltolkad. Kontrollera punkten mot originalet.</source>
        <translation>Page {page} was read by text recognition (OCR): the text may be misread. Check this item against the original.</translation>
    </message>
    <message>
        <source>Typ för punkt {n}</source>
        <translation>Kind of item {n}</translation>
    </message>
    <message>
        <source>Sparas: {new} nya, {upd} uppdaterade, {close} stängda</source>
        <translation>To be saved: {new} new, {upd} updated, {close} closed</translation>
    </message>
    <message>
        <source>Datumet ”{text}” för punkten ”{title}” går inte att läsa. Skriv t.ex. 2024-05-14, 14/5, 14 maj eller v. 20, eller lämna rutan tom.</source>
        <translation>The date “{text}” of the item “{title}” cannot be read. Type e.g. 2024-05-14, 14/5, 14 maj or v. 20, or leave the cell empty.</translation>
    </message>
    <message>
        <source>Datumet {text} för punkten ”{title}” ligger utanför det tillåtna spannet {first}–{last}. Kontrollera årtalet.</source>
        <translation>The date {text} of the item “{title}” is outside the allowed range {first}–{last}. Check the year.</translation>
    </message>
    <message>
        <source>Punkt {n} saknar titel. Skriv en titel eller bocka ur punkten.</source>
        <translation>Item {n} has no title. Enter a title or uncheck the item.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Fönstrets läge och storlek</source>
        <translation>Window position and size</translation>
    </message>
    <message>
        <source>Verktygsfält och detaljpanel</source>
        <translation>Toolbar and detail pane</translation>
    </message>
    <message>
        <source>Listans kolumner</source>
        <translation>List columns</translation>
    </message>
    <message>
        <source>Listans textstorlek</source>
        <translation>List text size</translation>
    </message>
    <message>
        <source>Sökning</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bara försenade</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Bara de som förfaller snart</source>
        <translation>Due soon only</translation>
    </message>
    <message>
        <source>Sortering</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <source>Omvänd sortering</source>
        <translation>Reverse sort order</translation>
    </message>
    <message>
        <source>Mapp för import</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <source>Mapp för export</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Mapp för dagordningar</source>
        <translation>Agenda folder</translation>
    </message>
    <message>
        <source>Mapp för utskrifter som PDF</source>
        <translation>Folder for lists saved as PDF</translation>
    </message>
    <message>
        <source>Mötesfönstrets textstorlek</source>
        <translation>Meeting window text size</translation>
    </message>
    <message>
        <source>Mötesfönstrets läge och storlek</source>
        <translation>Meeting window position and size</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>öppen</source>
        <extracomment>Status names for the screen (translatable copies of the store&apos;s STATUS_LABELS).</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>klar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>avförd</source>
        <translation>struck off</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Ångra import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Importerad</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nya punkter</source>
        <translation>New items</translation>
    </message>
    <message>
        <source>Importerade dokument</source>
        <translation>Imported documents</translation>
    </message>
    <message>
        <source>Allt som importen gjorde tas tillbaka i ett steg: nya punkter tas bort, ändrade datum och ansvariga återställs, stängda punkter öppnas igen och mötet tas bort. Historiken behålls, och dokumentet kan importeras igen.</source>
        <translation>Everything the import did is taken back in one step: new items are deleted, changed dates and owners restored, closed items reopened and the meeting deleted. The history is kept, and the document can be imported again.</translation>
    </message>
    <message>
        <source>Å&amp;ngra importen…</source>
        <translation>U&amp;ndo the import…</translation>
    </message>
    <message>
        <source>Ångra importen av {file}? {n} öppna punkter från dokumentet tas bort och punkter som importen ändrade återställs.</source>
        <translation>Undo the import of {file}? {n} open items from the document are deleted and items the import changed are restored.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Ditt namn i historiken</source>
        <translation>Your name in the history</translation>
    </message>
    <message>
        <source>Välkommen till Balanslistan. </source>
        <translation>Welcome to Balanslistan. </translation>
    </message>
    <message>
        <source>Vilket namn ska stå i historiken vid dina ändringar? (Det kan ändras under Arkiv → Ditt namn i historiken…)</source>
        <translation>Which name should the history show beside your changes? (You can change it under File → Your name in the history…)</translation>
    </message>
</context>
</TS>
