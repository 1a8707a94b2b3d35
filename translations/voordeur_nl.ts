<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AdviceWording</name>
    <message>
        <source>Telnet (remote control without encryption)</source>
        <translation>Telnet (bediening op afstand zonder versleuteling)</translation>
    </message>
    <message>
        <source>FTP (file transfer without encryption)</source>
        <translation>FTP (bestanden versturen zonder versleuteling)</translation>
    </message>
    <message>
        <source>RTSP (camera video stream)</source>
        <translation>RTSP (videobeeld van de camera)</translation>
    </message>
    <message>
        <source>Android Debug Bridge (full control of the device)</source>
        <translation>Android Debug Bridge (volledige controle over het apparaat)</translation>
    </message>
    <message>
        <source>TR-069 (remote management by the provider)</source>
        <translation>TR-069 (beheer op afstand door de provider)</translation>
    </message>
    <message>
        <source>Windows file sharing (SMB)</source>
        <translation>Windows-bestandsdeling (SMB)</translation>
    </message>
    <message>
        <source>Remote Desktop (RDP)</source>
        <translation>Extern bureaublad (RDP)</translation>
    </message>
    <message>
        <source>VNC (remote screen)</source>
        <translation>VNC (scherm op afstand)</translation>
    </message>
    <message>
        <source>Hikvision control port</source>
        <translation>bedieningspoort van Hikvision</translation>
    </message>
    <message>
        <source>Dahua control port</source>
        <translation>bedieningspoort van Dahua</translation>
    </message>
    <message>
        <source>XMEye recorder control port</source>
        <translation>bedieningspoort van XMEye-recorders</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <translation>nl</translation>
    </message>
    <message>
        <source>unknown kind of device</source>
        <translation>onbekend soort apparaat</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>video recorder</source>
        <translation>videorecorder</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>tv</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>streaming stick or box</source>
        <translation>streamingstick of -box</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>router</source>
        <translation>router</translation>
    </message>
    <message>
        <source>wifi access point</source>
        <translation>wifi-toegangspunt</translation>
    </message>
    <message>
        <source>network storage (NAS)</source>
        <translation>netwerkopslag (NAS)</translation>
    </message>
    <message>
        <source>thermostat</source>
        <translation>thermostaat</translation>
    </message>
    <message>
        <source>light bridge</source>
        <translation>lichtbridge</translation>
    </message>
    <message>
        <source>video doorbell</source>
        <translation>videodeurbel</translation>
    </message>
    <message>
        <source>smart plug or switch</source>
        <translation>slimme stekker of schakelaar</translation>
    </message>
    <message>
        <source>robot vacuum</source>
        <translation>robotstofzuiger</translation>
    </message>
    <message>
        <source>game console</source>
        <translation>spelcomputer</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>computer</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>household appliance</source>
        <translation>huishoudapparaat</translation>
    </message>
    <message>
        <source>media server</source>
        <translation>mediaserver</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>lamp</translation>
    </message>
    <message>
        <source>smart-home hub</source>
        <translation>slimmehuiscentrale</translation>
    </message>
    <message>
        <source>smart display</source>
        <translation>slim scherm</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>tablet</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Nu doen</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>updates itself</source>
        <translation>updatet zichzelf</translation>
    </message>
    <message>
        <source>update in the maker&apos;s app</source>
        <translation>updaten in de app van de fabrikant</translation>
    </message>
    <message>
        <source>update on the device&apos;s web page</source>
        <translation>updaten op de webpagina van het apparaat</translation>
    </message>
    <message>
        <source>your internet provider updates it</source>
        <translation>je internetprovider updatet het</translation>
    </message>
    <message>
        <source>depends on the model</source>
        <translation>hangt af van het model</translation>
    </message>
    <message>
        <source>announced service</source>
        <translation>aangekondigde dienst</translation>
    </message>
    <message>
        <source>service detail</source>
        <translation>detail van een dienst</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>naam van een dienst</translation>
    </message>
    <message>
        <source>UPnP manufacturer</source>
        <translation>UPnP-fabrikant</translation>
    </message>
    <message>
        <source>UPnP model name</source>
        <translation>UPnP-modelnaam</translation>
    </message>
    <message>
        <source>UPnP model number</source>
        <translation>UPnP-modelnummer</translation>
    </message>
    <message>
        <source>UPnP description</source>
        <translation>UPnP-beschrijving</translation>
    </message>
    <message>
        <source>UPnP name</source>
        <translation>UPnP-naam</translation>
    </message>
    <message>
        <source>UPnP device type</source>
        <translation>UPnP-apparaatsoort</translation>
    </message>
    <message>
        <source>UPnP service</source>
        <translation>UPnP-dienst</translation>
    </message>
    <message>
        <source>server software</source>
        <translation>serversoftware</translation>
    </message>
    <message>
        <source>WS-Discovery type</source>
        <translation>WS-Discovery-soort</translation>
    </message>
    <message>
        <source>WS-Discovery scope</source>
        <translation>WS-Discovery-bereik</translation>
    </message>
    <message>
        <source>camera hardware (ONVIF)</source>
        <translation>camerahardware (ONVIF)</translation>
    </message>
    <message>
        <source>camera name (ONVIF)</source>
        <translation>cameranaam (ONVIF)</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>netwerknaam</translation>
    </message>
    <message>
        <source>maker of the network chip</source>
        <translation>fabrikant van de netwerkchip</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>device at %1</source>
        <translation>apparaat op %1</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>onbekend apparaat</translation>
    </message>
    <message>
        <source>you said so</source>
        <translation>dat heb je zelf aangegeven</translation>
    </message>
    <message>
        <source>this maker makes only this kind of device</source>
        <translation>deze fabrikant maakt alleen dit soort apparaat</translation>
    </message>
    <message>
        <source>the brand appears in its name “%1”</source>
        <translation>het merk staat in de naam “%1”</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Government advice about this maker: %1 (%2)</source>
        <translation>Overheidsadvies over dit merk: %1 (%2)</translation>
    </message>
    <message>
        <source>The advice names another brand; it applies to %1 because it is a %2.</source>
        <translation>Het advies noemt een ander merk; het geldt voor %1 omdat dat een %2 is.</translation>
    </message>
    <message>
        <source>What you can do: %1</source>
        <translation>Wat je kunt doen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Attackers are known to misuse %n leak(s) in this model</source>
        <translation>
            <numerusform>Van dit model wordt %n bekend lek actief misbruikt</numerusform>
            <numerusform>Van dit model worden %n bekende lekken actief misbruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attackers are known to misuse %n leak(s) in %1 devices of this kind</source>
        <translation>
            <numerusform>Bij dit soort apparaten van %1 wordt %n bekend lek actief misbruikt</numerusform>
            <numerusform>Bij dit soort apparaten van %1 worden %n bekende lekken actief misbruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attackers are known to misuse %n leak(s) in products of %1</source>
        <translation>
            <numerusform>In producten van %1 wordt %n bekend lek actief misbruikt</numerusform>
            <numerusform>In producten van %1 worden %n bekende lekken actief misbruikt</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the latest update. If the maker no longer offers one, take the device off the internet or replace it.</source>
        <translation>Installeer de nieuwste update. Biedt de fabrikant die niet meer, haal het apparaat dan van internet of vervang het.</translation>
    </message>
    <message>
        <source>Criminals have used at least one of these leaks for ransomware.</source>
        <translation>Criminelen hebben minstens één van deze lekken gebruikt voor gijzelsoftware (ransomware).</translation>
    </message>
    <message>
        <source>%1 no longer gets updates (since %2)</source>
        <translation>%1 krijgt geen updates meer (sinds %2)</translation>
    </message>
    <message>
        <source>New leaks will not be fixed. Keep it off the internet, or better, replace it.</source>
        <translation>Nieuwe lekken worden niet meer gedicht. Houd het weg van internet, of beter: vervang het.</translation>
    </message>
    <message>
        <source>%1 gets updates until %2</source>
        <translation>%1 krijgt updates tot %2</translation>
    </message>
    <message>
        <source>After that date, new leaks will not be fixed. Plan to replace it.</source>
        <translation>Na die datum worden nieuwe lekken niet meer gedicht. Plan om het te vervangen.</translation>
    </message>
    <message>
        <source>Reachable from the internet: the router forwards port %1 %2 to port %3</source>
        <translation>Bereikbaar vanaf internet: de router stuurt poort %1 %2 door naar poort %3</translation>
    </message>
    <message>
        <source>Anyone on the internet can reach %1 (port forwarding “%2”). If you do not use this from outside, remove the port forwarding in your router and turn off UPnP there.</source>
        <translation>Iedereen op internet kan %1 bereiken (poort doorsturen “%2”). Gebruik je dit niet van buitenaf? Haal dan het doorsturen van de poort weg in je router en zet daar UPnP uit.</translation>
    </message>
    <message>
        <source>The router lets devices open ports to the internet themselves (UPnP)</source>
        <translation>De router laat apparaten zelf poorten naar internet openzetten (UPnP)</translation>
    </message>
    <message numerus="yes">
        <source>%n port forwarding(s) are open right now. Turn off UPnP in the router unless a game console or other device really needs it.</source>
        <translation>
            <numerusform>Er staat nu %n poort open naar internet. Zet UPnP uit in de router, tenzij een spelcomputer of ander apparaat het echt nodig heeft.</numerusform>
            <numerusform>Er staan nu %n poorten open naar internet. Zet UPnP uit in de router, tenzij een spelcomputer of ander apparaat het echt nodig heeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to the home network: %1 (port %2)</source>
        <translation>Open op het thuisnetwerk: %1 (poort %2)</translation>
    </message>
    <message>
        <source>Botnets look for this. Turn it off in the device&apos;s settings if you can, and make sure it has a password of your own.</source>
        <translation>Botnets zoeken hiernaar. Zet het uit in de instellingen van het apparaat als dat kan, en zorg dat het een eigen wachtwoord heeft.</translation>
    </message>
    <message>
        <source>This maker&apos;s devices come with a known factory password</source>
        <translation>Apparaten van deze fabrikant hebben een bekend fabriekswachtwoord</translation>
    </message>
    <message numerus="yes">
        <source>Make sure you have set a password of your own. Voordeur knows %n factory password(s) for %1.</source>
        <translation>
            <numerusform>Zorg dat je een eigen wachtwoord hebt ingesteld. Voordeur kent %n fabriekswachtwoord van %1.</numerusform>
            <numerusform>Zorg dat je een eigen wachtwoord hebt ingesteld. Voordeur kent %n fabriekswachtwoorden van %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>How to update: %1</source>
        <translation>Zo update je het: %1</translation>
    </message>
    <message>
        <source>More from the maker: %1</source>
        <translation>Meer bij de fabrikant: %1</translation>
    </message>
    <message>
        <source>Your internet provider manages this router</source>
        <translation>Je internetprovider beheert deze router</translation>
    </message>
    <message>
        <source>Updates come from your provider. Ask them whether it is up to date, and for a new one if it is old.</source>
        <translation>Updates komen van je provider. Vraag of hij bijgewerkt is, en vraag om een nieuwe als hij oud is.</translation>
    </message>
    <message>
        <source>This computer runs %1, about which governments have given advice</source>
        <translation>Op deze computer staat %1, waarover overheden advies hebben gegeven</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s):</source>
        <translation>
            <numerusform>%n apparaat:</numerusform>
            <numerusform>%n apparaten:</numerusform>
        </translation>
    </message>
    <message>
        <source>(your correction)</source>
        <translation>(jouw correctie)</translation>
    </message>
    <message>
        <source>(%1% sure)</source>
        <translation>(%1% zeker)</translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation>herkend aan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n item(s)):</source>
        <translation>
            <numerusform>Actieplan (%n punt):</numerusform>
            <numerusform>Actieplan (%n punten):</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the list of leaks that attackers actively misuse has not been downloaded yet, so it was not checked. Download it with: voordeur-cli knowledge update</source>
        <translation>Let op: de lijst met lekken die actief worden misbruikt is nog niet gedownload, dus daarop is niet gecontroleerd. Download hem met: voordeur-cli knowledge update</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>home network</source>
        <translation>thuisnetwerk</translation>
    </message>
</context>
<context>
    <name>AdviseCommand</name>
    <message>
        <source>The file is too large for a saved scan.</source>
        <translation>Het bestand is te groot voor een opgeslagen zoekresultaat.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Het bestand is geen geldige JSON (%1).</translation>
    </message>
    <message>
        <source>The file is nested too deeply for a saved scan.</source>
        <translation>Het bestand is te diep genest voor een opgeslagen zoekresultaat.</translation>
    </message>
    <message>
        <source>The file is not a saved Voordeur scan (%1).</source>
        <translation>Het bestand is geen opgeslagen zoekresultaat van Voordeur (%1).</translation>
    </message>
    <message>
        <source>The saved scan has a wrong value: %1.</source>
        <translation>Het opgeslagen zoekresultaat heeft een verkeerde waarde: %1.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read.</source>
        <translation>De kennisbank kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Without it, the devices cannot be recognised; this is what was found.</source>
        <translation>Zonder de kennisbank kunnen de apparaten niet worden herkend; dit is wat er gevonden is.</translation>
    </message>
    <message>
        <source>Cannot read the input file %1.</source>
        <translation>Kan het invoerbestand %1 niet lezen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
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
    <message>
        <source>Also check this computer for security software that governments have advised about.</source>
        <translation>Controleer ook of op deze computer beveiligingssoftware staat waarover overheden advies hebben gegeven.</translation>
    </message>
    <message>
        <source>check: read &quot;label&lt;TAB&gt;password&quot; lines from standard input and check them; forget: delete the remembered fingerprints.</source>
        <translation>check: lees regels &quot;label&lt;TAB&gt;wachtwoord&quot; van standaardinvoer en controleer ze; forget: wis de onthouden vingerafdrukken.</translation>
    </message>
    <message>
        <source>A saved scan (JSON from &quot;scan --json&quot;), to link labels to devices.</source>
        <translation>Een bewaarde scan (JSON van &quot;scan --json&quot;), om labels aan apparaten te koppelen.</translation>
    </message>
    <message>
        <source>Remember fingerprints of the passwords (never the passwords) to detect reuse next time.</source>
        <translation>Onthoud vingerafdrukken van de wachtwoorden (nooit de wachtwoorden zelf) om hergebruik de volgende keer te zien.</translation>
    </message>
    <message>
        <source>Ask this leak service instead (tests, mirrors).</source>
        <translation>Vraag het aan deze lekdienst in plaats daarvan (tests, kopieën).</translation>
    </message>
    <message>
        <source>The Wi-Fi network&apos;s name: passwords that contain it count as weak.</source>
        <translation>De naam van het wifi-netwerk: wachtwoorden waar die in staat, tellen als zwak.</translation>
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
    <message>
        <source>Start with the demo household: nothing is sent on any network.</source>
        <translation>Begin met het demohuishouden: er wordt niets verstuurd op welk netwerk dan ook.</translation>
    </message>
</context>
<context>
    <name>KnowledgeCommand</name>
    <message numerus="yes">
        <source>Imported the list of known exploited vulnerabilities: %n entries, version %1 (released %2); %3 of them concern makers Voordeur knows.</source>
        <translation>
            <numerusform>De lijst met bekende lekken die actief worden misbruikt is ingelezen: %n lek, versie %1 (uitgebracht %2); %3 daarvan gaan over fabrikanten die Voordeur kent.</numerusform>
            <numerusform>De lijst met bekende lekken die actief worden misbruikt is ingelezen: %n lekken, versie %1 (uitgebracht %2); %3 daarvan gaan over fabrikanten die Voordeur kent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <source>The list you had (version %1, %n entries) was kept.</source>
        <translation>
            <numerusform>De lijst die je had (versie %1, %n lek) is bewaard.</numerusform>
            <numerusform>De lijst die je had (versie %1, %n lekken) is bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>Shipped with Voordeur: %1</source>
        <translation>Meegeleverd met Voordeur: %1</translation>
    </message>
    <message>
        <source>Your copy: %1</source>
        <translation>Jouw kopie: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <source>Makers: %1 (known under %2 names)</source>
        <translation>Fabrikanten: %1 (bekend onder %2 namen)</translation>
    </message>
    <message>
        <source>Advisories of authorities: %1</source>
        <translation>Adviezen van overheden: %1</translation>
    </message>
    <message>
        <source>Known default passwords: %1</source>
        <translation>Bekende fabriekswachtwoorden: %1</translation>
    </message>
    <message>
        <source>Known exploited vulnerabilities (CISA KEV)</source>
        <translation>Bekende lekken die actief worden misbruikt (CISA KEV)</translation>
    </message>
    <message>
        <source>Not downloaded yet: run &quot;voordeur-cli knowledge update&quot;.</source>
        <translation>Nog niet gedownload: gebruik &quot;voordeur-cli knowledge update&quot;.</translation>
    </message>
    <message>
        <source>Version: %1, released %2</source>
        <translation>Versie: %1, uitgebracht %2</translation>
    </message>
    <message>
        <source>Entries: %1, of which %2 concern makers Voordeur knows</source>
        <translation>Lekken: %1, waarvan %2 over fabrikanten die Voordeur kent</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Ingelezen: %1</translation>
    </message>
    <message>
        <source>Makers with the most entries:</source>
        <translation>Fabrikanten met de meeste lekken:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid list of known exploited vulnerabilities.</source>
        <translation>%1 is geen geldige lijst met bekende lekken die actief worden misbruikt.</translation>
    </message>
    <message>
        <source>Downloading the list of known exploited vulnerabilities from %1 …</source>
        <translation>De lijst met bekende lekken die actief worden misbruikt wordt gedownload van %1 …</translation>
    </message>
</context>
<context>
    <name>KnowledgeFiles</name>
    <message>
        <source>Made your own copy of the knowledge base.</source>
        <translation>Er is een eigen kopie van de kennisbank gemaakt.</translation>
    </message>
    <message>
        <source>The knowledge base was damaged (%1) and has been made again from the copy that came with Voordeur. The damaged file was kept as %2.</source>
        <translation>De kennisbank was beschadigd (%1) en is opnieuw gemaakt uit de kopie die bij Voordeur hoort. Het beschadigde bestand is bewaard als %2.</translation>
    </message>
    <message>
        <source>The knowledge base was written by a newer version of Voordeur and has been made again for this version. The newer file was kept as %1.</source>
        <translation>De kennisbank was geschreven door een nieuwere versie van Voordeur en is opnieuw gemaakt voor deze versie. Het nieuwere bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>The knowledge base has been brought up to date with this version of Voordeur.</source>
        <translation>De kennisbank is bijgewerkt voor deze versie van Voordeur.</translation>
    </message>
    <message>
        <source>Your downloaded list of known exploited vulnerabilities (version %1) was kept.</source>
        <translation>Je gedownloade lijst met bekende lekken die actief worden misbruikt (versie %1) is bewaard.</translation>
    </message>
    <message>
        <source>The knowledge base could not be brought up to date with this version of Voordeur (%1); the previous one is used.</source>
        <translation>De kennisbank kon niet worden bijgewerkt voor deze versie van Voordeur (%1); de vorige wordt gebruikt.</translation>
    </message>
    <message>
        <source>The knowledge base that came with Voordeur cannot be read (%1); your own copy is used.</source>
        <translation>De kennisbank die bij Voordeur hoort kan niet worden gelezen (%1); je eigen kopie wordt gebruikt.</translation>
    </message>
    <message>
        <source>The knowledge base that came with Voordeur is missing (%1). Please reinstall Voordeur.</source>
        <translation>De kennisbank die bij Voordeur hoort ontbreekt (%1). Installeer Voordeur opnieuw.</translation>
    </message>
    <message>
        <source>The knowledge base that came with Voordeur is damaged (%1). Please reinstall Voordeur.</source>
        <translation>De kennisbank die bij Voordeur hoort is beschadigd (%1). Installeer Voordeur opnieuw.</translation>
    </message>
    <message>
        <source>Cannot make the folder for the knowledge base (%1).</source>
        <translation>Kan de map voor de kennisbank niet maken (%1).</translation>
    </message>
    <message>
        <source>The knowledge base is damaged and could not be moved out of the way (%1).</source>
        <translation>De kennisbank is beschadigd en kon niet opzij worden gezet (%1).</translation>
    </message>
    <message>
        <source>Cannot write the knowledge base (%1). Is the disk full, or the folder read-only?</source>
        <translation>Kan de kennisbank niet schrijven (%1). Is de schijf vol, of is de map alleen-lezen?</translation>
    </message>
    <message>
        <source>The knowledge base is in use by another program (%1). Close other Voordeur windows and try again.</source>
        <translation>De kennisbank wordt door een ander programma gebruikt (%1). Sluit andere Voordeur-vensters en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot open the knowledge base (%1).</source>
        <translation>Kan de kennisbank niet openen (%1).</translation>
    </message>
    <message>
        <source>It is larger than %1 MiB, far more than the real list; it was not read.</source>
        <translation>Het is groter dan %1 MiB, veel meer dan de echte lijst; het is niet gelezen.</translation>
    </message>
    <message>
        <source>It is not JSON, or it is cut off (%1).</source>
        <translation>Het is geen JSON, of het is afgebroken (%1).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>Het veld &quot;%1&quot; ontbreekt of heeft de verkeerde soort waarde.</translation>
    </message>
    <message>
        <source>It has an entry with an invalid CVE number (&quot;%1&quot;).</source>
        <translation>Er staat een lek in met een ongeldig CVE-nummer (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>It is incomplete: its count does not match its entries (%1).</source>
        <translation>Het is onvolledig: het aantal klopt niet met de lekken erin (%1).</translation>
    </message>
    <message>
        <source>It has no entries.</source>
        <translation>Er staan geen lekken in.</translation>
    </message>
    <message>
        <source>It lists %1 twice.</source>
        <translation>%1 staat er twee keer in.</translation>
    </message>
    <message>
        <source>The list could not be saved in the knowledge base (%1).</source>
        <translation>De lijst kon niet in de kennisbank worden opgeslagen (%1).</translation>
    </message>
    <message>
        <source>The address %1 cannot be used (%2): only https is allowed, or http to this computer (127.0.0.1).</source>
        <translation>Het adres %1 kan niet worden gebruikt (%2): alleen https mag, of http naar deze computer (127.0.0.1).</translation>
    </message>
    <message>
        <source>Downloading is switched off in this environment (%1 is set), so nothing was sent.</source>
        <translation>Downloaden staat uit in deze omgeving (%1 is ingesteld), dus er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Is this computer connected to the internet?</source>
        <translation>Kon %1 niet bereiken (%2). Is deze computer verbonden met internet?</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>De beveiligde verbinding met %1 is mislukt (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP status %2), which Voordeur does not follow.</source>
        <translation>%1 antwoordde met een doorverwijzing (HTTP-status %2); die volgt Voordeur niet.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 antwoordde met HTTP-status %2.</translation>
    </message>
    <message>
        <source>The download from %1 was stopped: it is larger than the list can be.</source>
        <translation>Het downloaden van %1 is gestopt: het is groter dan de lijst kan zijn.</translation>
    </message>
    <message>
        <source>The download from %1 broke off (%2).</source>
        <translation>Het downloaden van %1 is afgebroken (%2).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Het downloaden is geannuleerd.</translation>
    </message>
    <message>
        <source>The download from %1 is not a valid list of known exploited vulnerabilities.</source>
        <translation>Wat van %1 is gedownload is geen geldige lijst met bekende lekken die actief worden misbruikt.</translation>
    </message>
</context>
<context>
    <name>PasswordWording</name>
    <message>
        <source>very weak</source>
        <translation>heel zwak</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>heel sterk</translation>
    </message>
    <message>
        <source>shorter than 8 characters</source>
        <translation>korter dan 8 tekens</translation>
    </message>
    <message>
        <source>a common word or password</source>
        <translation>een veelgebruikt woord of wachtwoord</translation>
    </message>
    <message>
        <source>a common word with look-alike characters (such as 3 for e)</source>
        <translation>een veelgebruikt woord met lijkende tekens (zoals 3 voor e)</translation>
    </message>
    <message>
        <source>a word that belongs to this household, such as a brand or the network name</source>
        <translation>een woord dat bij dit huishouden hoort, zoals een merk of de netwerknaam</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>een patroon op het toetsenbord</translation>
    </message>
    <message>
        <source>repeated characters</source>
        <translation>herhaalde tekens</translation>
    </message>
    <message>
        <source>a sequence such as abcd or 1234</source>
        <translation>een reeks zoals abcd of 1234</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>een jaartal</translation>
    </message>
    <message>
        <source>the address of the leak service is not a safe (https) address</source>
        <translation>het adres van de lekdienst is geen veilig (https-)adres</translation>
    </message>
    <message>
        <source>network use is switched off</source>
        <translation>netwerkgebruik staat uit</translation>
    </message>
    <message>
        <source>no internet connection</source>
        <translation>geen internet</translation>
    </message>
    <message>
        <source>the leak service did not answer in time</source>
        <translation>de lekdienst antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the secure connection to the leak service failed</source>
        <translation>de beveiligde verbinding met de lekdienst mislukte</translation>
    </message>
    <message>
        <source>the leak service gave an error</source>
        <translation>de lekdienst gaf een fout</translation>
    </message>
    <message>
        <source>the leak service gave an answer that cannot be read</source>
        <translation>de lekdienst gaf een antwoord dat niet te lezen is</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>this computer could not compute the check</source>
        <translation>deze computer kon de controle niet berekenen</translation>
    </message>
    <message>
        <source>not checked for leaks (not asked)</source>
        <translation>niet gecontroleerd op lekken (niet gevraagd)</translation>
    </message>
    <message>
        <source>leaked: seen %1 times in data leaks</source>
        <translation>gelekt: komt %1 keer voor in gelekte wachtwoorden</translation>
    </message>
    <message>
        <source>not found in known data leaks</source>
        <translation>niet gevonden in bekende datalekken</translation>
    </message>
    <message>
        <source>not checked for leaks: %1</source>
        <translation>niet gecontroleerd op lekken: %1</translation>
    </message>
    <message>
        <source>this is the factory password of this model</source>
        <translation>dit is het fabriekswachtwoord van dit model</translation>
    </message>
    <message>
        <source>this is a factory password of this maker</source>
        <translation>dit is een fabriekswachtwoord van deze fabrikant</translation>
    </message>
    <message>
        <source>botnets try this password on every device they find</source>
        <translation>botnets proberen dit wachtwoord op elk apparaat dat ze vinden</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The password of %1 is %2</source>
        <translation>Het wachtwoord van %1 is %2</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>Het is %1.</translation>
    </message>
    <message>
        <source>Choose a long password of four or more unrelated words, different for every device and account; a password manager remembers them for you.</source>
        <translation>Kies een lang wachtwoord van vier of meer losse woorden, voor elk apparaat en account een ander; een wachtwoordmanager onthoudt ze voor je.</translation>
    </message>
    <message>
        <source>The password of %1 is nearly the same as the one you used for %2 last time</source>
        <translation>Het wachtwoord van %1 is bijna hetzelfde als dat van %2 de vorige keer</translation>
    </message>
    <message>
        <source>The password of %1 is the same as the one you used for %2 last time</source>
        <translation>Je gebruikte het wachtwoord van %1 de vorige keer ook voor %2</translation>
    </message>
    <message>
        <source>Nearly the same password for %1</source>
        <translation>Bijna hetzelfde wachtwoord voor %1</translation>
    </message>
    <message>
        <source>The same password for %1</source>
        <translation>Hetzelfde wachtwoord voor %1</translation>
    </message>
    <message>
        <source>Changing only a number or a sign does not help: attackers try those variations first. Give each a password of its own.</source>
        <translation>Alleen een cijfer of teken veranderen helpt niet: aanvallers proberen die varianten als eerste. Geef elk een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Whoever learns this password can get into all of them. Give each a password of its own, starting with the router and the Wi-Fi.</source>
        <translation>Wie dit wachtwoord kent, komt overal in. Geef elk een eigen wachtwoord, te beginnen met de router en de wifi.</translation>
    </message>
    <message>
        <source>The password of %1 has leaked</source>
        <translation>Het wachtwoord van %1 is gelekt</translation>
    </message>
    <message>
        <source>It was seen %1 times in data leaks, so attackers try it early. Change it everywhere you use it.</source>
        <translation>Het komt %1 keer voor in gelekte wachtwoorden, dus aanvallers proberen het vroeg. Verander het overal waar je het gebruikt.</translation>
    </message>
    <message>
        <source>%1 still has a factory password</source>
        <translation>%1 heeft nog een fabriekswachtwoord</translation>
    </message>
    <message>
        <source>Botnets try this password on every device they find.</source>
        <translation>Botnets proberen dit wachtwoord op elk apparaat dat ze vinden.</translation>
    </message>
    <message>
        <source>Anyone can look up this password in the maker&apos;s manual.</source>
        <translation>Iedereen kan dit wachtwoord opzoeken in de handleiding van de fabrikant.</translation>
    </message>
    <message>
        <source>Set a password of your own now, in the device&apos;s app or web page.</source>
        <translation>Stel nu een eigen wachtwoord in, in de app of op de webpagina van het apparaat.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) checked:</source>
        <translation>
            <numerusform>%n wachtwoord gecontroleerd:</numerusform>
            <numerusform>%n wachtwoorden gecontroleerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>strength: %1 (%2 of 4)</source>
        <translation>sterkte: %1 (%2 van 4)</translation>
    </message>
    <message>
        <source>same password as: %1</source>
        <translation>hetzelfde wachtwoord als: %1</translation>
    </message>
    <message>
        <source>nearly the same as: %1</source>
        <translation>bijna hetzelfde als: %1</translation>
    </message>
    <message>
        <source>same as last time&apos;s: %1</source>
        <translation>hetzelfde als vorige keer bij: %1</translation>
    </message>
    <message>
        <source>nearly the same as last time&apos;s: %1</source>
        <translation>bijna hetzelfde als vorige keer bij: %1</translation>
    </message>
    <message>
        <source>reuse not checked: not enough memory</source>
        <translation>hergebruik niet gecontroleerd: te weinig geheugen</translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n item(s)):</source>
        <translation>
            <numerusform>Actieplan (%n punt):</numerusform>
            <numerusform>Actieplan (%n punten):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordsCommand</name>
    <message>
        <source>Standard input could not be read (%1).</source>
        <translation>Standaardinvoer kon niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>Line %1 has no TAB between the label and the password.</source>
        <translation>Regel %1 heeft geen TAB tussen het label en het wachtwoord.</translation>
    </message>
    <message>
        <source>Line %1 has no label before the TAB.</source>
        <translation>Regel %1 heeft geen label voor de TAB.</translation>
    </message>
    <message>
        <source>Line %1 is too long.</source>
        <translation>Regel %1 is te lang.</translation>
    </message>
    <message>
        <source>There are more than %1 lines.</source>
        <translation>Er zijn meer dan %1 regels.</translation>
    </message>
    <message>
        <source>The remembered fingerprints in %1 could not be deleted.</source>
        <translation>De onthouden vingerafdrukken in %1 konden niet worden gewist.</translation>
    </message>
    <message>
        <source>Voordeur no longer remembers any password fingerprints.</source>
        <translation>Voordeur onthoudt geen vingerafdrukken van wachtwoorden meer.</translation>
    </message>
    <message>
        <source>Factory passwords cannot be recognised without it.</source>
        <translation>Zonder kennisbank zijn fabriekswachtwoorden niet te herkennen.</translation>
    </message>
    <message>
        <source>Type one line per password: a label, a TAB, the password. End with Ctrl-D. What you type is not shown.</source>
        <translation>Typ één regel per wachtwoord: een label, een TAB, het wachtwoord. Sluit af met Ctrl-D. Wat je typt, wordt niet getoond.</translation>
    </message>
    <message>
        <source>No passwords were given on standard input.</source>
        <translation>Er zijn geen wachtwoorden gegeven op standaardinvoer.</translation>
    </message>
    <message>
        <source>The remembered fingerprints in %1 cannot be used; they are left as they are.</source>
        <translation>De onthouden vingerafdrukken in %1 zijn niet te gebruiken; ze blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Checking for leaks at %1: only the first 5 characters of each password&apos;s SHA-1 fingerprint are sent. Use --offline to skip this.</source>
        <translation>Controle op lekken bij %1: alleen de eerste 5 tekens van de SHA-1-vingerafdruk van elk wachtwoord worden verstuurd. Sla dit over met --offline.</translation>
    </message>
    <message>
        <source>Remembered the fingerprints (never the passwords) to detect reuse next time. Forget them with: voordeur-cli passwords forget</source>
        <translation>De vingerafdrukken (nooit de wachtwoorden) zijn onthouden om hergebruik de volgende keer te zien. Wissen kan met: voordeur-cli passwords forget</translation>
    </message>
    <message>
        <source>The fingerprints could not be remembered.</source>
        <translation>De vingerafdrukken konden niet worden onthouden.</translation>
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
    <name>voordeur::ui::CheckupSession</name>
    <message>
        <source>The knowledge base could not be read.</source>
        <translation>De kennisbank kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Het bestand %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The file %1 is not a Voordeur checkup.</source>
        <translation>Het bestand %1 is geen controle van Voordeur.</translation>
    </message>
    <message>
        <source>The checkup file %1 is damaged and cannot be read. It was left as it is.</source>
        <translation>Het controlebestand %1 is beschadigd en kan niet worden gelezen. Het is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>The checkup file %1 was made by a newer version of Voordeur. Update Voordeur to open it; the file was left as it is.</source>
        <translation>Het controlebestand %1 is gemaakt met een nieuwere versie van Voordeur. Werk Voordeur bij om het te openen; het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Voordeur may not write to %1. Choose another folder.</source>
        <translation>Voordeur mag niet schrijven naar %1. Kies een andere map.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be saved. Your earlier file is unchanged.</source>
        <translation>De schijf is vol: %1 kon niet worden opgeslagen. Je eerdere bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>The checkup could not be saved to %1 (%2). Your earlier file is unchanged.</source>
        <translation>De controle kon niet worden opgeslagen in %1 (%2). Je eerdere bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>This checkup is open for viewing only.</source>
        <translation>Deze controle is alleen geopend om te bekijken.</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::DeviceDetailPane</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Choose a device in the list to see what Voordeur knows about it.</source>
        <translation>Kies een apparaat in de lijst om te zien wat Voordeur erover weet.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation>Fabrikant:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Software (firmware):</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC-adres:</translation>
    </message>
    <message>
        <source>Name and correct</source>
        <translation>Naam geven en verbeteren</translation>
    </message>
    <message>
        <source>Your &amp;name for it:</source>
        <translation>Jouw &amp;naam ervoor:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Ma&amp;ker:</source>
        <translation>Fa&amp;brikant:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;del:</translation>
    </message>
    <message>
        <source>for example: camera above the front door</source>
        <translation>bijvoorbeeld: camera boven de voordeur</translation>
    </message>
    <message>
        <source>as printed on the device, if you know it</source>
        <translation>zoals het op het apparaat staat, als je het weet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Apply name and correction</source>
        <translation>Naam en verbetering toepassen</translation>
    </message>
    <message>
        <source>About this device</source>
        <translation>Over dit apparaat</translation>
    </message>
    <message>
        <source>Are a&amp;utomatic updates on?</source>
        <translation>Staan a&amp;utomatische updates aan?</translation>
    </message>
    <message>
        <source>&amp;When was it last updated?</source>
        <translation>&amp;Wanneer is het voor het laatst bijgewerkt?</translation>
    </message>
    <message>
        <source>Was the factory &amp;password changed?</source>
        <translation>Is het &amp;fabriekswachtwoord veranderd?</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Within the last month</source>
        <translation>In de afgelopen maand</translation>
    </message>
    <message>
        <source>Within the last year</source>
        <translation>In het afgelopen jaar</translation>
    </message>
    <message>
        <source>Longer ago</source>
        <translation>Langer geleden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>met de hand toegevoegd</translation>
    </message>
    <message>
        <source>%1 (a private MAC address: the device made it up, so it says nothing about the maker)</source>
        <translation>%1 (een privé-MAC-adres: het apparaat heeft het zelf bedacht, dus het zegt niets over de fabrikant)</translation>
    </message>
    <message>
        <source>%1 (registered to %2)</source>
        <translation>%1 (geregistreerd op naam van %2)</translation>
    </message>
    <message>
        <source>You added this device by hand.</source>
        <translation>Je hebt dit apparaat met de hand toegevoegd.</translation>
    </message>
    <message>
        <source>Not recognised: the device told nothing Voordeur could use. If you know what it is, say so below.</source>
        <translation>Niet herkend: het apparaat vertelde niets waar Voordeur iets mee kon. Weet je wat het is, vul het dan hieronder in.</translation>
    </message>
    <message>
        <source>You said what this device is.</source>
        <translation>Je hebt aangegeven wat dit apparaat is.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2; by %3)</source>
        <translation>%1 (%2; door %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voordeur itself thought:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Voordeur dacht zelf:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could also be:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kan ook zijn:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yours: left out of the action plan.</source>
        <translation>Niet van jou: buiten het actieplan gelaten.</translation>
    </message>
    <message>
        <source>Nothing to do for this device.</source>
        <translation>Niets te doen voor dit apparaat.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do for this device, in step 5.</source>
        <translation>
            <numerusform>%n ding te doen voor dit apparaat, in stap 5.</numerusform>
            <numerusform>%n dingen te doen voor dit apparaat, in stap 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;ot mine</source>
        <translation>N&amp;iet van mij</translation>
    </message>
    <message>
        <source>A neighbour&apos;s or a visitor&apos;s device: leave it out of the action plan.</source>
        <translation>Een apparaat van de buren of van bezoek: laat het buiten het actieplan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised by&lt;/b&gt; (%1 sure):</source>
        <translation>&lt;b&gt;Herkend aan&lt;/b&gt; (%1 zeker):</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::DeviceTableModel</name>
    <message>
        <source>your correction</source>
        <translation>jouw verbetering</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>niet herkend</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (not mine)</source>
        <translation>%1 (niet van mij)</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>met de hand toegevoegd</translation>
    </message>
    <message>
        <source>You said this device is not yours: it is left out of the action plan.</source>
        <translation>Je hebt aangegeven dat dit apparaat niet van jou is: het blijft buiten het actieplan.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Hoe zeker</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::DevicesPage</name>
    <message>
        <source>These are the devices Voordeur found. Choose one to see why Voordeur thinks it is what it is. Give it a name you recognise, correct it when Voordeur got it wrong, and answer three short questions: that makes the advice in step 5 fit your home.</source>
        <translation>Dit zijn de apparaten die Voordeur heeft gevonden. Kies er een om te zien waarom Voordeur denkt dat het is wat het is. Geef het een naam die je herkent, verbeter het als Voordeur het mis had, en beantwoord drie korte vragen: zo past het advies in stap 5 bij jouw huis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No devices yet:&lt;/b&gt; search in step 2, or add a device by hand.</source>
        <translation>&lt;b&gt;Nog geen apparaten:&lt;/b&gt; zoek ze in stap 2, of voeg een apparaat met de hand toe.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <source>Filter the devices by name, maker, model or address</source>
        <translation>Filter de apparaten op naam, fabrikant, model of adres</translation>
    </message>
    <message>
        <source>Add a device &amp;by hand…</source>
        <translation>Apparaat met de &amp;hand toevoegen…</translation>
    </message>
    <message>
        <source>Add a device by hand</source>
        <translation>Apparaat met de hand toevoegen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>For a device the search cannot see, such as a doorbell on another network.</source>
        <translation>Voor een apparaat dat het zoeken niet ziet, zoals een deurbel op een ander netwerk.</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>for example: doorbell</source>
        <translation>bijvoorbeeld: deurbel</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Make&amp;r (if you know it):</source>
        <translation>Fab&amp;rikant (als je het weet):</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Mode&amp;l (if you know it):</source>
        <translation>Mode&amp;l (als je het weet):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Add &amp;this device</source>
        <translation>&amp;Dit apparaat toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
    <message>
        <source>Start the &amp;demo household</source>
        <translation>Start het &amp;demohuishouden</translation>
    </message>
    <message>
        <source>A made-up household of smart devices, for demonstrations. Nothing is sent on any network.</source>
        <translation>Een verzonnen huishouden met slimme apparaten, voor demonstraties. Er wordt niets verstuurd op welk netwerk dan ook.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — a made-up household. Nothing is sent on any network.</source>
        <translation>&lt;b&gt;DEMO&lt;/b&gt; — een verzonnen huishouden. Er wordt niets verstuurd op welk netwerk dan ook.</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Start over with the demo household</source>
        <translation>Opnieuw beginnen met het demohuishouden</translation>
    </message>
    <message>
        <source>&amp;View a checkup for the helpdesk…</source>
        <translation>Controle &amp;bekijken voor de helpdesk…</translation>
    </message>
    <message>
        <source>Open someone&apos;s saved checkup to look at it only; nothing can be changed.</source>
        <translation>Open de opgeslagen controle van iemand anders om alleen mee te kijken; er kan niets worden veranderd.</translation>
    </message>
    <message>
        <source>Save checkup &amp;as…</source>
        <translation>Controle opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewing only&lt;/b&gt; — someone else&apos;s checkup; nothing can be changed. Read-out code: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meekijkmodus&lt;/b&gt; — de controle van iemand anders; er kan niets worden veranderd. Voorleescode: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — Voordeur</source>
        <translation>%1 — Voordeur</translation>
    </message>
    <message>
        <source>(viewing only)</source>
        <translation>(meekijkmodus)</translation>
    </message>
    <message>
        <source>Voordeur</source>
        <translation>Voordeur</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Voordeur checkups (*.voordeur)</source>
        <translation>Controles van Voordeur (*.voordeur)</translation>
    </message>
    <message>
        <source>View a checkup for the helpdesk</source>
        <translation>Controle bekijken voor de helpdesk</translation>
    </message>
    <message>
        <source>Open checkup</source>
        <translation>Controle openen</translation>
    </message>
    <message>
        <source>Save checkup</source>
        <translation>Controle opslaan</translation>
    </message>
</context>
<context>
    <name>voordeur::ui::ScanPage</name>
    <message>
        <source>Voordeur asks the devices on your home network who they are, the way they find each other themselves. This takes a few seconds and changes nothing on your devices. Make sure the devices you want to check are switched on.</source>
        <translation>Voordeur vraagt de apparaten op je thuisnetwerk wie ze zijn, op de manier waarop ze elkaar zelf vinden. Dat duurt een paar seconden en verandert niets aan je apparaten. Zet de apparaten die je wilt controleren aan.</translation>
    </message>
    <message>
        <source>&amp;Start searching</source>
        <translation>&amp;Zoeken starten</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Stoppen met zoeken</translation>
    </message>
    <message>
        <source>&amp;Continue to the devices</source>
        <translation>&amp;Verder naar de apparaten</translation>
    </message>
    <message>
        <source>Found so far</source>
        <translation>Tot nu toe gevonden</translation>
    </message>
    <message>
        <source>Devices found so far</source>
        <translation>Apparaten die tot nu toe gevonden zijn</translation>
    </message>
    <message>
        <source>Devices that announce themselves (mDNS)</source>
        <translation>Apparaten die zich aanmelden (mDNS)</translation>
    </message>
    <message>
        <source>Media and UPnP devices (SSDP)</source>
        <translation>Media- en UPnP-apparaten (SSDP)</translation>
    </message>
    <message>
        <source>Cameras and Windows computers (WS-Discovery)</source>
        <translation>Camera&apos;s en Windows-computers (WS-Discovery)</translation>
    </message>
    <message>
        <source>Every address on the network (neighbour table)</source>
        <translation>Alle adressen op het netwerk (buurtabel)</translation>
    </message>
    <message>
        <source>Port forwards of the router (UPnP IGD)</source>
        <translation>Doorgestuurde poorten van de router (UPnP IGD)</translation>
    </message>
    <message>
        <source>Device names (DNS)</source>
        <translation>Namen van apparaten (DNS)</translation>
    </message>
    <message>
        <source>Risky open services</source>
        <translation>Riskante open diensten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done, %n answer(s)</source>
        <translation>
            <numerusform>klaar, %n antwoord</numerusform>
            <numerusform>klaar, %n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>not available here</source>
        <translation>hier niet beschikbaar</translation>
    </message>
    <message>
        <source>&lt;b&gt;No devices were found.&lt;/b&gt; Things to try: check that this computer is connected to your home network (not a guest network or a mobile hotspot), switch on the devices you want to check, and search again. Some routers keep devices apart (&quot;client isolation&quot; or &quot;AP isolation&quot;): then add your devices by hand in step 3.</source>
        <translation>&lt;b&gt;Er zijn geen apparaten gevonden.&lt;/b&gt; Probeer dit: kijk of deze computer met je thuisnetwerk verbonden is (niet met een gastnetwerk of een mobiele hotspot), zet de apparaten aan die je wilt controleren en zoek opnieuw. Sommige routers houden apparaten van elkaar gescheiden (&quot;client isolation&quot; of &quot;AP isolation&quot;): voeg je apparaten dan met de hand toe in stap 3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Searching did not work.&lt;/b&gt; %1&lt;br&gt;Things to try: connect this computer to your home network by cable or Wi-Fi and search again; or add your devices by hand in step 3.</source>
        <translation>&lt;b&gt;Zoeken is niet gelukt.&lt;/b&gt; %1&lt;br&gt;Probeer dit: verbind deze computer met een kabel of wifi met je thuisnetwerk en zoek opnieuw; of voeg je apparaten met de hand toe in stap 3.</translation>
    </message>
    <message>
        <source>This is the demo household: nothing is sent on any network.</source>
        <translation>Dit is het demohuishouden: er wordt niets verstuurd op welk netwerk dan ook.</translation>
    </message>
    <message>
        <source>Press Start searching when you are ready.</source>
        <translation>Druk op Zoeken starten als je klaar bent.</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %1 s, %n device(s) found so far.</source>
        <translation>
            <numerusform>Zoeken… %1 s, tot nu toe %n apparaat gevonden.</numerusform>
            <numerusform>Zoeken… %1 s, tot nu toe %n apparaten gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 s; %n device(s) found.</source>
        <translation>
            <numerusform>Gestopt na %1 s; %n apparaat gevonden.</numerusform>
            <numerusform>Gestopt na %1 s; %n apparaten gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 s: %n device(s) found.</source>
        <translation>
            <numerusform>Klaar in %1 s: %n apparaat gevonden.</numerusform>
            <numerusform>Klaar in %1 s: %n apparaten gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching did not work.</source>
        <translation>Zoeken is niet gelukt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voordeur only searches your network when you agree.&lt;/b&gt; Go back to step 1 and tick &quot;Search my home network for devices&quot;.</source>
        <translation>&lt;b&gt;Voordeur doorzoekt je netwerk alleen als je daarmee instemt.&lt;/b&gt; Ga terug naar stap 1 en vink &quot;Mijn thuisnetwerk doorzoeken op apparaten&quot; aan.</translation>
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
    <message>
        <source>Wi-Fi</source>
        <translation>Wifi</translation>
    </message>
    <message>
        <source>Network cable</source>
        <translation>Netwerkkabel</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>%1 (%2, address %3)</source>
        <translation>%1 (%2, adres %3)</translation>
    </message>
    <message>
        <source>The network this computer uses for the internet</source>
        <translation>Het netwerk dat deze computer voor internet gebruikt</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Voordat je begint</translation>
    </message>
    <message>
        <source>&amp;Home network:</source>
        <translation>&amp;Thuisnetwerk:</translation>
    </message>
    <message>
        <source>Home network to search</source>
        <translation>Thuisnetwerk om te doorzoeken</translation>
    </message>
    <message>
        <source>&amp;Search my home network for devices</source>
        <translation>Mijn thuisnetwerk &amp;doorzoeken op apparaten</translation>
    </message>
    <message>
        <source>Needed for the checkup: Voordeur asks the devices on this network who they are, and nothing more.</source>
        <translation>Nodig voor de controle: Voordeur vraagt de apparaten op dit netwerk wie ze zijn, en verder niets.</translation>
    </message>
    <message>
        <source>Also check my devices for risky &amp;open services</source>
        <translation>Mijn apparaten ook controleren op riskante &amp;open diensten</translation>
    </message>
    <message>
        <source>Voordeur knocks on a few ports such as telnet on your own devices to see if they answer; it never logs in.</source>
        <translation>Voordeur klopt op een paar poorten, zoals telnet, van je eigen apparaten om te zien of ze antwoorden; het logt nooit in.</translation>
    </message>
    <message>
        <source>Check my passwords against known &amp;leaks</source>
        <translation>Mijn wachtwoorden controleren op bekende &amp;lekken</translation>
    </message>
    <message>
        <source>Only the first 5 characters of a scrambled summary of each password go to Have I Been Pwned; the password itself never leaves this computer.</source>
        <translation>Alleen de eerste 5 tekens van een versleutelde samenvatting van elk wachtwoord gaan naar Have I Been Pwned; het wachtwoord zelf verlaat deze computer nooit.</translation>
    </message>
</context>
</TS>
