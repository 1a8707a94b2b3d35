<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>CheckupStep</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Apparaten zoeken</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Wachtwoorden</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A step in the side list: %1 is its number, %2 its title.</extracomment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: voordeur-cli [--help] [--version] &lt;command&gt; [options]</source>
        <translation>Gebruik: voordeur-cli [--help] [--version] &lt;opdracht&gt; [opties]</translation>
    </message>
    <message>
        <source>Voordeur checks how safe the smart devices in a home are. This is its command-line version for helpdesks and scripts.</source>
        <translation>Voordeur controleert hoe veilig de slimme apparaten in een huis zijn. Dit is de versie voor de opdrachtregel, voor helpdesks en scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run &quot;voordeur-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Typ &quot;voordeur-cli &lt;opdracht&gt; --help&quot; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Afsluitcodes:</translation>
    </message>
    <message>
        <source>success (a search that found nothing also succeeded)</source>
        <translation>gelukt (ook een zoektocht die niets vond, is gelukt)</translation>
    </message>
    <message>
        <source>the command could not do its work (for example: no such network interface)</source>
        <translation>de opdracht kon zijn werk niet doen (bijvoorbeeld: die netwerkaansluiting bestaat niet)</translation>
    </message>
    <message>
        <source>unknown command or option, or a wrong option value</source>
        <translation>onbekende opdracht of optie, of een verkeerde waarde bij een optie</translation>
    </message>
    <message>
        <source>an input file is missing, unreadable or not valid</source>
        <translation>een invoerbestand ontbreekt, is niet te lezen of is ongeldig</translation>
    </message>
    <message>
        <source>the command is not available in this version</source>
        <translation>de opdracht is nog niet beschikbaar in deze versie</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Onbekende optie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available yet in this version of Voordeur.</source>
        <translation>&quot;%1&quot; is nog niet beschikbaar in deze versie van Voordeur.</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Geef één JSON-document in plaats van tekst.</translation>
    </message>
    <message>
        <source>Name the input file with --input FILE.</source>
        <translation>Geef het invoerbestand op met --input BESTAND.</translation>
    </message>
    <message>
        <source>Cannot read the input file %1.</source>
        <translation>Kan het invoerbestand %1 niet lezen.</translation>
    </message>
    <message>
        <source>Name what to do: %1.</source>
        <translation>Zeg wat er moet gebeuren: %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use %2.</source>
        <translation>Onbekende actie &quot;%1&quot;: gebruik %2.</translation>
    </message>
    <message>
        <source>Find the devices on the home network.</source>
        <translation>Zoek de apparaten op het thuisnetwerk.</translation>
    </message>
    <message>
        <source>Network interface to search on (default: the one with the default route).</source>
        <translation>Netwerkaansluiting waarop gezocht wordt (standaard: die van de standaardroute).</translation>
    </message>
    <message>
        <source>How long to search, 1 to 60 seconds (default: 3).</source>
        <translation>Hoe lang er gezocht wordt, 1 tot en met 60 seconden (standaard: 3).</translation>
    </message>
    <message>
        <source>Also search over IPv6.</source>
        <translation>Zoek ook via IPv6.</translation>
    </message>
    <message>
        <source>Also check whether risky services such as telnet are open (connects only, never logs in).</source>
        <translation>Controleer ook of risicovolle diensten zoals telnet openstaan (maakt alleen verbinding, logt nooit in).</translation>
    </message>
    <message>
        <source>--seconds takes a whole number from 1 to 60, not &quot;%1&quot;.</source>
        <translation>--seconds verwacht een heel getal van 1 tot en met 60, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recognise the devices of a saved scan and list what to do.</source>
        <translation>Herken de apparaten uit een opgeslagen zoekresultaat en zet op een rij wat je moet doen.</translation>
    </message>
    <message>
        <source>The saved scan (JSON from &quot;scan --json&quot;).</source>
        <translation>Het opgeslagen zoekresultaat (JSON van &quot;scan --json&quot;).</translation>
    </message>
    <message>
        <source>Check passwords read from standard input for strength, reuse and leaks.</source>
        <translation>Controleer wachtwoorden van de standaardinvoer op sterkte, hergebruik en lekken.</translation>
    </message>
    <message>
        <source>Read &quot;label&lt;TAB&gt;password&quot; lines from standard input and check them.</source>
        <translation>Lees regels &quot;naam&lt;TAB&gt;wachtwoord&quot; van de standaardinvoer en controleer ze.</translation>
    </message>
    <message>
        <source>Skip the leak check; nothing is sent.</source>
        <translation>Sla de lekcontrole over; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Passwords are read from standard input only, never from arguments.</source>
        <translation>Wachtwoorden worden alleen van de standaardinvoer gelezen, nooit uit argumenten.</translation>
    </message>
    <message>
        <source>Show or update the knowledge base.</source>
        <translation>Toon of werk de kennisbank bij.</translation>
    </message>
    <message>
        <source>info, update, or import-kev FILE.</source>
        <translation>info, update of import-kev BESTAND.</translation>
    </message>
    <message>
        <source>Download updates from this address instead.</source>
        <translation>Download updates van dit adres in plaats van het standaardadres.</translation>
    </message>
    <message>
        <source>import-kev takes exactly one file.</source>
        <translation>import-kev verwacht precies één bestand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments.</source>
        <translation>&quot;%1&quot; verwacht geen verdere argumenten.</translation>
    </message>
    <message>
        <source>--base-url needs an http or https address.</source>
        <translation>--base-url verwacht een http- of https-adres.</translation>
    </message>
    <message>
        <source>Make a report of a saved checkup as HTML or PDF.</source>
        <translation>Maak een rapport van een opgeslagen controle, als HTML of pdf.</translation>
    </message>
    <message>
        <source>The saved checkup (.voordeur file).</source>
        <translation>De opgeslagen controle (.voordeur-bestand).</translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation>Waar het rapport wordt opgeslagen.</translation>
    </message>
    <message>
        <source>html or pdf (default: html).</source>
        <translation>html of pdf (standaard: html).</translation>
    </message>
    <message>
        <source>--format takes html or pdf, not &quot;%1&quot;.</source>
        <translation>--format verwacht html of pdf, niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Voordeur checks how safe the smart devices in your home are.</source>
        <translation>Voordeur controleert hoe veilig de slimme apparaten in je huis zijn.</translation>
    </message>
    <message>
        <source>Interface language for this session: nl or en.</source>
        <translation>Taal van het programma voor deze keer: nl of en.</translation>
    </message>
    <message>
        <source>Open at step &lt;number&gt; (1 to 6).</source>
        <translation>Open bij stap &lt;number&gt; (1 tot en met 6).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Sla een afbeelding van het venster op in &lt;file&gt; en stop.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik nl of en.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;: use 1 to 6.</source>
        <translation>Er is geen stap &quot;%1&quot;: gebruik 1 tot en met 6.</translation>
    </message>
    <message>
        <source>Could not save the picture to %1.</source>
        <translation>Kon de afbeelding niet opslaan in %1.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>open: %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <source>There is no network interface &quot;%1&quot;.</source>
        <translation>Er is geen netwerkaansluiting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The network interface %1 is not connected.</source>
        <translation>De netwerkaansluiting %1 is niet verbonden.</translation>
    </message>
    <message>
        <source>The network interface %1 has no IPv4 address: is this computer connected to the home network?</source>
        <translation>De netwerkaansluiting %1 heeft geen IPv4-adres: is deze computer verbonden met het thuisnetwerk?</translation>
    </message>
    <message>
        <source>This computer has no default route, so it is not clear which network is the home network. Name one with --interface.</source>
        <translation>Deze computer heeft geen standaardroute, dus het is niet duidelijk welk netwerk het thuisnetwerk is. Kies er een met --interface.</translation>
    </message>
    <message>
        <source>Not allowed to use the network (%1).</source>
        <translation>Geen toestemming om het netwerk te gebruiken (%1).</translation>
    </message>
    <message>
        <source>Searching is switched off in this environment (%1 is set), so nothing was sent.</source>
        <translation>Zoeken staat uit in deze omgeving (%1 is gezet), dus er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The network could not be used (%1).</source>
        <translation>Het netwerk kon niet worden gebruikt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n device(s) on %1 (%2/%3) in %4 s.</source>
        <translation>
            <numerusform>%n apparaat gevonden op %1 (%2/%3) in %4 s.</numerusform>
            <numerusform>%n apparaten gevonden op %1 (%2/%3) in %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <source>Maker of network chip</source>
        <translation>Maker van de netwerkchip</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gevonden via</translation>
    </message>
    <message>
        <source>(private address)</source>
        <translation>(privéadres)</translation>
    </message>
    <message numerus="yes">
        <source>Router: internet address %1; %n port(s) forwarded to the home network.</source>
        <translation>
            <numerusform>Router: internetadres %1; %n poort doorgestuurd naar het thuisnetwerk.</numerusform>
            <numerusform>Router: internetadres %1; %n poorten doorgestuurd naar het thuisnetwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Stopped before the end: this is what was found so far.</source>
        <translation>Gestopt voor het einde: dit is wat tot nu toe gevonden is.</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::AboutDialog</name>
    <message>
        <source>windows and translations</source>
        <translation>vensters en vertalingen</translation>
    </message>
    <message>
        <source>knowledge base and saved checkups</source>
        <translation>kennisbank en opgeslagen controles</translation>
    </message>
    <message>
        <source>device descriptions and downloads</source>
        <translation>apparaatbeschrijvingen en downloads</translation>
    </message>
    <message>
        <source>password protection and signatures</source>
        <translation>bescherming van wachtwoorden en handtekeningen</translation>
    </message>
    <message>
        <source>reading device descriptions</source>
        <translation>apparaatbeschrijvingen lezen</translation>
    </message>
    <message>
        <source>reading your router&apos;s port forwarding</source>
        <translation>doorgestuurde poorten van je router lezen</translation>
    </message>
    <message>
        <source>password strength</source>
        <translation>sterkte van wachtwoorden</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <extracomment>A line in the About dialog: %1 library, %2 version, %3 what Voordeur uses it for, %4 licence.</extracomment>
        <translation>%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>About Voordeur</source>
        <translation>Over Voordeur</translation>
    </message>
    <message>
        <source>Voordeur %1</source>
        <translation>Voordeur %1</translation>
    </message>
    <message>
        <source>Voordeur helps your household find the smart devices at home, keep them up to date and close the doors they leave open.</source>
        <translation>Voordeur helpt je huishouden de slimme apparaten in huis te vinden, ze bij te werken en de deuren te sluiten die ze openlaten.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence (EUPL) version 1.2.</source>
        <translation>Vrije software onder de European Union Public Licence (EUPL), versie 1.2.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::MainWindow</name>
    <message>
        <source>Voordeur — home device checkup</source>
        <translation>Voordeur — controle van je slimme apparaten</translation>
    </message>
    <message>
        <source>Steps of the checkup</source>
        <translation>Stappen van de controle</translation>
    </message>
    <message>
        <source>Step &amp;%1: %2</source>
        <translation>Stap &amp;%1: %2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New checkup</source>
        <translation>&amp;Nieuwe controle</translation>
    </message>
    <message>
        <source>&amp;Open checkup…</source>
        <translation>Controle &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save checkup</source>
        <translation>Controle op&amp;slaan</translation>
    </message>
    <message>
        <source>Saving and opening checkups is not available yet in this version.</source>
        <translation>Controles opslaan en openen kan nog niet in deze versie.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Voordeur</source>
        <translation>&amp;Over Voordeur</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::UpcomingStepPage</name>
    <message>
        <source>In this step Voordeur looks for the devices on your home network, such as your router, cameras, TV and speakers. You see them appear one by one while it searches.</source>
        <translation>In deze stap zoekt Voordeur de apparaten op je thuisnetwerk, zoals je router, camera&apos;s, tv en speakers. Je ziet ze een voor een verschijnen terwijl er gezocht wordt.</translation>
    </message>
    <message>
        <source>Here you see every device that was found, with its brand and model and how Voordeur recognised it. You can correct what is wrong and add devices it could not see.</source>
        <translation>Hier zie je elk apparaat dat gevonden is, met merk en model en waaraan Voordeur het herkend heeft. Je kunt verbeteren wat niet klopt en apparaten toevoegen die Voordeur niet kon zien.</translation>
    </message>
    <message>
        <source>Here you check the passwords of your router, Wi-Fi and devices: are they strong, do you use the same one twice, and have they leaked? Nothing you type here is saved.</source>
        <translation>Hier controleer je de wachtwoorden van je router, wifi en apparaten: zijn ze sterk, gebruik je er een twee keer, en zijn ze gelekt? Niets wat je hier typt, wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Your action plan: what to do today, what is important and what is a good tip, with the steps for each device.</source>
        <translation>Je actieplan: wat je vandaag doet, wat belangrijk is en wat een goede tip is, met de stappen per apparaat.</translation>
    </message>
    <message>
        <source>Save your checkup, print the action plan or save it as a PDF, and set reminders to check for updates again.</source>
        <translation>Sla je controle op, druk het actieplan af of bewaar het als pdf, en zet herinneringen om later weer te kijken of er updates zijn.</translation>
    </message>
    <message>
        <source>This step is not available yet in this version of Voordeur.</source>
        <translation>Deze stap is nog niet beschikbaar in deze versie van Voordeur.</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::WelcomePage</name>
    <message>
        <source>Welcome to Voordeur</source>
        <translation>Welkom bij Voordeur</translation>
    </message>
    <message>
        <source>Voordeur checks with you how safe the smart devices in your home are: your router, cameras, TV, speakers, printer and thermostat. You go through six steps and end with an action plan you can print. The checkup takes about fifteen minutes.</source>
        <translation>Voordeur controleert samen met jou hoe veilig de slimme apparaten in je huis zijn: je router, camera&apos;s, tv, speakers, printer en thermostaat. Je loopt zes stappen door en krijgt aan het eind een actieplan dat je kunt afdrukken. De controle duurt ongeveer een kwartier.</translation>
    </message>
    <message>
        <source>What the checkup does</source>
        <translation>Wat de controle doet</translation>
    </message>
    <message>
        <source>It finds the devices on your home network and recognises their brand and model.</source>
        <translation>Voordeur zoekt de apparaten op je thuisnetwerk en herkent hun merk en model.</translation>
    </message>
    <message>
        <source>For each device it looks up how to update it, and whether there are known vulnerabilities or government advice about the brand.</source>
        <translation>Per apparaat zoekt Voordeur uit hoe je het updatet, en of er bekende lekken zijn of een overheidsadvies over het merk.</translation>
    </message>
    <message>
        <source>It checks your passwords for strength, reuse and leaks, without ever storing them.</source>
        <translation>Voordeur controleert je wachtwoorden op sterkte, hergebruik en lekken, zonder ze ooit op te slaan.</translation>
    </message>
    <message>
        <source>It makes an action plan: what to do today, what is important, and tips.</source>
        <translation>Voordeur maakt een actieplan: wat je vandaag doet, wat belangrijk is, en tips.</translation>
    </message>
    <message>
        <source>What Voordeur sends over the network</source>
        <translation>Wat Voordeur over het netwerk stuurt</translation>
    </message>
    <message>
        <source>Only if you switch it on: a check whether risky services such as telnet are open on your own devices. Voordeur only knocks; it never logs in.</source>
        <translation>Alleen als je het aanzet: een controle of risicovolle diensten zoals telnet openstaan op je eigen apparaten. Voordeur klopt alleen aan en logt nooit in.</translation>
    </message>
    <message>
        <source>Only if you switch it on: for the leak check, the first 5 characters of a scrambled summary (a hash) of each password go to Have I Been Pwned. Your password itself never leaves your computer.</source>
        <translation>Alleen als je het aanzet: voor de lekcontrole gaan de eerste 5 tekens van een onherkenbaar gemaakte samenvatting (een hash) van elk wachtwoord naar Have I Been Pwned. Je wachtwoord zelf verlaat je computer nooit.</translation>
    </message>
    <message>
        <source>When you update the knowledge base: the list of known exploited vulnerabilities is downloaded from the US cybersecurity agency CISA.</source>
        <translation>Als je de kennisbank bijwerkt: de lijst met bekende lekken die actief worden misbruikt, wordt gedownload van CISA, de Amerikaanse dienst voor cyberveiligheid.</translation>
    </message>
    <message>
        <source>What Voordeur never does</source>
        <translation>Wat Voordeur nooit doet</translation>
    </message>
    <message>
        <source>No account, no cloud, no telemetry: nothing about you or your devices is sent to us or to anyone else.</source>
        <translation>Geen account, geen cloud, geen telemetrie: er gaat niets over jou of je apparaten naar ons of naar iemand anders.</translation>
    </message>
    <message>
        <source>Your passwords are never saved and never sent.</source>
        <translation>Je wachtwoorden worden nooit opgeslagen en nooit verstuurd.</translation>
    </message>
    <message>
        <source>Voordeur never tries to log in to your devices and changes nothing on your network.</source>
        <translation>Voordeur probeert nooit in te loggen op je apparaten en verandert niets aan je netwerk.</translation>
    </message>
    <message>
        <source>Start the checkup</source>
        <translation>Start de controle</translation>
    </message>
    <message>
        <source>Only on your own home network, and only after you agree: the &quot;who is there?&quot; questions that devices use themselves to find each other (mDNS, SSDP/UPnP, WS-Discovery), and a look at which ports your router forwards to the internet.</source>
        <translation>Alleen op je eigen thuisnetwerk, en pas nadat je toestemming geeft: de vragen &quot;wie is daar?&quot; die apparaten zelf ook gebruiken om elkaar te vinden (mDNS, SSDP/UPnP, WS-Discovery), en een blik op welke poorten je router doorstuurt naar internet.</translation>
    </message>
</context>
</TS>
