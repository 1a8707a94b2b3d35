<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AdviceWording</name>
    <message>
        <source>Telnet (remote control without encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP (file transfer without encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTSP (camera video stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Debug Bridge (full control of the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR-069 (remote management by the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows file sharing (SMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop (RDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC (remote screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hikvision control port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dahua control port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMEye recorder control port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming stick or box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wifi access point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network storage (NAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermostat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video doorbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart plug or switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot vacuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>game console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart-home hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update in the maker&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update on the device&apos;s web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your internet provider updates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP model number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WS-Discovery type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WS-Discovery scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera hardware (ONVIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera name (ONVIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker of the network chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this maker makes only this kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brand appears in its name “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government advice about this maker: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advice names another brand; it applies to %1 because it is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attackers are known to misuse %n leak(s) in this model</source>
        <translation>
            <numerusform>Attackers are known to misuse %n leak in this model</numerusform>
            <numerusform>Attackers are known to misuse %n leaks in this model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attackers are known to misuse %n leak(s) in %1 devices of this kind</source>
        <translation>
            <numerusform>Attackers are known to misuse %n leak in %1 devices of this kind</numerusform>
            <numerusform>Attackers are known to misuse %n leaks in %1 devices of this kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attackers are known to misuse %n leak(s) in products of %1</source>
        <translation>
            <numerusform>Attackers are known to misuse %n leak in products of %1</numerusform>
            <numerusform>Attackers are known to misuse %n leaks in products of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the latest update. If the maker no longer offers one, take the device off the internet or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminals have used at least one of these leaks for ransomware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer gets updates (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leaks will not be fixed. Keep it off the internet, or better, replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets updates until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After that date, new leaks will not be fixed. Plan to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from the internet: the router forwards port %1 %2 to port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the internet can reach %1 (port forwarding “%2”). If you do not use this from outside, remove the port forwarding in your router and turn off UPnP there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router lets devices open ports to the internet themselves (UPnP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port forwarding(s) are open right now. Turn off UPnP in the router unless a game console or other device really needs it.</source>
        <translation>
            <numerusform>%n port forwarding is open right now. Turn off UPnP in the router unless a game console or other device really needs it.</numerusform>
            <numerusform>%n port forwardings are open right now. Turn off UPnP in the router unless a game console or other device really needs it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to the home network: %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botnets look for this. Turn it off in the device&apos;s settings if you can, and make sure it has a password of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This maker&apos;s devices come with a known factory password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make sure you have set a password of your own. Voordeur knows %n factory password(s) for %1.</source>
        <translation>
            <numerusform>Make sure you have set a password of your own. Voordeur knows %n factory password for %1.</numerusform>
            <numerusform>Make sure you have set a password of your own. Voordeur knows %n factory passwords for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>How to update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More from the maker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internet provider manages this router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates come from your provider. Ask them whether it is up to date, and for a new one if it is old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer runs %1, about which governments have given advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s):</source>
        <translation>
            <numerusform>%n device:</numerusform>
            <numerusform>%n devices:</numerusform>
        </translation>
    </message>
    <message>
        <source>(your correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n item(s)):</source>
        <translation>
            <numerusform>Action plan (%n item):</numerusform>
            <numerusform>Action plan (%n items):</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the list of leaks that attackers actively misuse has not been downloaded yet, so it was not checked. Download it with: voordeur-cli knowledge update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviseCommand</name>
    <message>
        <source>The file is too large for a saved scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is nested too deeply for a saved scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a saved Voordeur scan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scan has a wrong value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the devices cannot be recognised; this is what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the input file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupStep</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A step in the side list: %1 is its number, %2 its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: voordeur-cli [--help] [--version] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur checks how safe the smart devices in a home are. This is its command-line version for helpdesks and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;voordeur-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success (a search that found nothing also succeeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command could not do its work (for example: no such network interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or option, or a wrong option value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input file is missing, unreadable or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available yet in this version of Voordeur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the input file with --input FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the input file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what to do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the devices on the home network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface to search on (default: the one with the default route).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to search, 1 to 60 seconds (default: 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also search over IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check whether risky services such as telnet are open (connects only, never logs in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seconds takes a whole number from 1 to 60, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the devices of a saved scan and list what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scan (JSON from &quot;scan --json&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check passwords read from standard input for strength, reuse and leaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the leak check; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are read from standard input only, never from arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or update the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info, update, or import-kev FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download updates from this address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-kev takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report of a saved checkup as HTML or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved checkup (.voordeur file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html or pdf (default: html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes html or pdf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check this computer for security software that governments have advised about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: read &quot;label&lt;TAB&gt;password&quot; lines from standard input and check them; forget: delete the remembered fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved scan (JSON from &quot;scan --json&quot;), to link labels to devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember fingerprints of the passwords (never the passwords) to detect reuse next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this leak service instead (tests, mirrors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wi-Fi network&apos;s name: passwords that contain it count as weak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Voordeur checks how safe the smart devices in your home are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this session: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at step &lt;number&gt; (1 to 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;: use 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the demo household: nothing is sent on any network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeCommand</name>
    <message numerus="yes">
        <source>Imported the list of known exploited vulnerabilities: %n entries, version %1 (released %2); %3 of them concern makers Voordeur knows.</source>
        <translation>
            <numerusform>Imported the list of known exploited vulnerabilities: %n entry, version %1 (released %2); %3 of them concern makers Voordeur knows.</numerusform>
            <numerusform>Imported the list of known exploited vulnerabilities: %n entries, version %1 (released %2); %3 of them concern makers Voordeur knows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list you had (version %1, %n entries) was kept.</source>
        <translation>
            <numerusform>The list you had (version %1, %n entry) was kept.</numerusform>
            <numerusform>The list you had (version %1, %n entries) was kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Voordeur: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makers: %1 (known under %2 names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisories of authorities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known default passwords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known exploited vulnerabilities (CISA KEV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet: run &quot;voordeur-cli knowledge update&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1, released %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1, of which %2 concern makers Voordeur knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makers with the most entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid list of known exploited vulnerabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the list of known exploited vulnerabilities from %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeFiles</name>
    <message>
        <source>Made your own copy of the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base was damaged (%1) and has been made again from the copy that came with Voordeur. The damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base was written by a newer version of Voordeur and has been made again for this version. The newer file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base has been brought up to date with this version of Voordeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your downloaded list of known exploited vulnerabilities (version %1) was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base could not be brought up to date with this version of Voordeur (%1); the previous one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base that came with Voordeur cannot be read (%1); your own copy is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base that came with Voordeur is missing (%1). Please reinstall Voordeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base that came with Voordeur is damaged (%1). Please reinstall Voordeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder for the knowledge base (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is damaged and could not be moved out of the way (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the knowledge base (%1). Is the disk full, or the folder read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is in use by another program (%1). Close other Voordeur windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the knowledge base (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is larger than %1 MiB, far more than the real list; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not JSON, or it is cut off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has an entry with an invalid CVE number (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is incomplete: its count does not match its entries (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lists %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be saved in the knowledge base (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 cannot be used (%2): only https is allowed, or http to this computer (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading is switched off in this environment (%1 is set), so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Is this computer connected to the internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP status %2), which Voordeur does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from %1 was stopped: it is larger than the list can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from %1 broke off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from %1 is not a valid list of known exploited vulnerabilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordWording</name>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a common word or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a common word with look-alike characters (such as 3 for e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word that belongs to this household, such as a brand or the network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence such as abcd or 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address of the leak service is not a safe (https) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network use is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leak service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to the leak service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leak service gave an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leak service gave an answer that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer could not compute the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked for leaks (not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaked: seen %1 times in data leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in known data leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked for leaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the factory password of this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a factory password of this maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>botnets try this password on every device they find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a long password of four or more unrelated words, different for every device and account; a password manager remembers them for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is nearly the same as the one you used for %2 last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is the same as the one you used for %2 last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly the same password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing only a number or a sign does not help: attackers try those variations first. Give each a password of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever learns this password can get into all of them. Give each a password of its own, starting with the router and the Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 has leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was seen %1 times in data leaks, so attackers try it early. Change it everywhere you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has a factory password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botnets try this password on every device they find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can look up this password in the maker&apos;s manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password of your own now, in the device&apos;s app or web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) checked:</source>
        <translation>
            <numerusform>%n password checked:</numerusform>
            <numerusform>%n passwords checked:</numerusform>
        </translation>
    </message>
    <message>
        <source>strength: %1 (%2 of 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same password as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the same as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as last time&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the same as last time&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse not checked: not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n item(s)):</source>
        <translation>
            <numerusform>Action plan (%n item):</numerusform>
            <numerusform>Action plan (%n items):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordsCommand</name>
    <message>
        <source>Standard input could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no TAB between the label and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no label before the TAB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered fingerprints in %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur no longer remembers any password fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory passwords cannot be recognised without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one line per password: a label, a TAB, the password. End with Ctrl-D. What you type is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passwords were given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered fingerprints in %1 cannot be used; they are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for leaks at %1: only the first 5 characters of each password&apos;s SHA-1 fingerprint are sent. Use --offline to skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered the fingerprints (never the passwords) to detect reuse next time. Forget them with: voordeur-cli passwords forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints could not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network interface &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface %1 has no IPv4 address: is this computer connected to the home network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no default route, so it is not clear which network is the home network. Name one with --interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to use the network (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching is switched off in this environment (%1 is set), so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n device(s) on %1 (%2/%3) in %4 s.</source>
        <translation>
            <numerusform>Found %n device on %1 (%2/%3) in %4 s.</numerusform>
            <numerusform>Found %n devices on %1 (%2/%3) in %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker of network chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Router: internet address %1; %n port(s) forwarded to the home network.</source>
        <translation>
            <numerusform>Router: internet address %1; %n port forwarded to the home network.</numerusform>
            <numerusform>Router: internet address %1; %n ports forwarded to the home network.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end: this is what was found so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::AboutDialog</name>
    <message>
        <source>windows and translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge base and saved checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device descriptions and downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password protection and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading device descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your router&apos;s port forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <extracomment>A line in the About dialog: %1 library, %2 version, %3 what Voordeur uses it for, %4 licence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Voordeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur helps your household find the smart devices at home, keep them up to date and close the doors they leave open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence (EUPL) version 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::CheckupSession</name>
    <message>
        <source>The knowledge base could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Voordeur checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkup file %1 is damaged and cannot be read. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkup file %1 was made by a newer version of Voordeur. Update Voordeur to open it; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur may not write to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be saved. Your earlier file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkup could not be saved to %1 (%2). Your earlier file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checkup is open for viewing only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::DeviceDetailPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device in the list to see what Voordeur knows about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: camera above the front door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the device, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply name and correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are a&amp;utomatic updates on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When was it last updated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the factory &amp;password changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a private MAC address: the device made it up, so it says nothing about the maker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (registered to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You added this device by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: the device told nothing Voordeur could use. If you know what it is, say so below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said what this device is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Voordeur itself thought:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Could also be:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yours: left out of the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do for this device, in step 5.</source>
        <translation>
            <numerusform>%n thing to do for this device, in step 5.</numerusform>
            <numerusform>%n things to do for this device, in step 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;ot mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neighbour&apos;s or a visitor&apos;s device: leave it out of the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised by&lt;/b&gt; (%1 sure):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::DeviceTableModel</name>
    <message>
        <source>your correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said this device is not yours: it is left out of the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::DevicesPage</name>
    <message>
        <source>These are the devices Voordeur found. Choose one to see why Voordeur thinks it is what it is. Give it a name you recognise, correct it when Voordeur got it wrong, and answer three short questions: that makes the advice in step 5 fit your home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No devices yet:&lt;/b&gt; search in step 2, or add a device by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the devices by name, maker, model or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device &amp;by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a device the search cannot see, such as a doorbell on another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: doorbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make&amp;r (if you know it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode&amp;l (if you know it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::MainWindow</name>
    <message>
        <source>Voordeur — home device checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open checkup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Voordeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;demo household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up household of smart devices, for demonstrations. Nothing is sent on any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — a made-up household. Nothing is sent on any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with the demo household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View a checkup for the helpdesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open someone&apos;s saved checkup to look at it only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checkup &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewing only&lt;/b&gt; — someone else&apos;s checkup; nothing can be changed. Read-out code: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Voordeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(viewing only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur checkups (*.voordeur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View a checkup for the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checkup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::ScanPage</name>
    <message>
        <source>Voordeur asks the devices on your home network who they are, the way they find each other themselves. This takes a few seconds and changes nothing on your devices. Make sure the devices you want to check are switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that announce themselves (mDNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media and UPnP devices (SSDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras and Windows computers (WS-Discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address on the network (neighbour table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port forwards of the router (UPnP IGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device names (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky open services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done, %n answer(s)</source>
        <translation>
            <numerusform>done, %n answer</numerusform>
            <numerusform>done, %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No devices were found.&lt;/b&gt; Things to try: check that this computer is connected to your home network (not a guest network or a mobile hotspot), switch on the devices you want to check, and search again. Some routers keep devices apart (&quot;client isolation&quot; or &quot;AP isolation&quot;): then add your devices by hand in step 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Searching did not work.&lt;/b&gt; %1&lt;br&gt;Things to try: connect this computer to your home network by cable or Wi-Fi and search again; or add your devices by hand in step 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo household: nothing is sent on any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start searching when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching… %1 s, %n device(s) found so far.</source>
        <translation>
            <numerusform>Searching… %1 s, %n device found so far.</numerusform>
            <numerusform>Searching… %1 s, %n devices found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 s; %n device(s) found.</source>
        <translation>
            <numerusform>Stopped after %1 s; %n device found.</numerusform>
            <numerusform>Stopped after %1 s; %n devices found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 s: %n device(s) found.</source>
        <translation>
            <numerusform>Done in %1 s: %n device found.</numerusform>
            <numerusform>Done in %1 s: %n devices found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Voordeur only searches your network when you agree.&lt;/b&gt; Go back to step 1 and tick &quot;Search my home network for devices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::UpcomingStepPage</name>
    <message>
        <source>In this step Voordeur looks for the devices on your home network, such as your router, cameras, TV and speakers. You see them appear one by one while it searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you see every device that was found, with its brand and model and how Voordeur recognised it. You can correct what is wrong and add devices it could not see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you check the passwords of your router, Wi-Fi and devices: are they strong, do you use the same one twice, and have they leaked? Nothing you type here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your action plan: what to do today, what is important and what is a good tip, with the steps for each device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your checkup, print the action plan or save it as a PDF, and set reminders to check for updates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not available yet in this version of Voordeur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voordeur::ui::WelcomePage</name>
    <message>
        <source>Welcome to Voordeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur checks with you how safe the smart devices in your home are: your router, cameras, TV, speakers, printer and thermostat. You go through six steps and end with an action plan you can print. The checkup takes about fifteen minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the checkup does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It finds the devices on your home network and recognises their brand and model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each device it looks up how to update it, and whether there are known vulnerabilities or government advice about the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It checks your passwords for strength, reuse and leaks, without ever storing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It makes an action plan: what to do today, what is important, and tips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Voordeur sends over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you switch it on: a check whether risky services such as telnet are open on your own devices. Voordeur only knocks; it never logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you switch it on: for the leak check, the first 5 characters of a scrambled summary (a hash) of each password go to Have I Been Pwned. Your password itself never leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you update the knowledge base: the list of known exploited vulnerabilities is downloaded from the US cybersecurity agency CISA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Voordeur never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account, no cloud, no telemetry: nothing about you or your devices is sent to us or to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passwords are never saved and never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur never tries to log in to your devices and changes nothing on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on your own home network, and only after you agree: the &quot;who is there?&quot; questions that devices use themselves to find each other (mDNS, SSDP/UPnP, WS-Discovery), and a look at which ports your router forwards to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, address %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network this computer uses for the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home network to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search my home network for devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for the checkup: Voordeur asks the devices on this network who they are, and nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check my devices for risky &amp;open services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voordeur knocks on a few ports such as telnet on your own devices to see if they answer; it never logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my passwords against known &amp;leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first 5 characters of a scrambled summary of each password go to Have I Been Pwned; the password itself never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
