<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>Read &quot;label&lt;TAB&gt;password&quot; lines from standard input and check them.</source>
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
        <source>Saving and opening checkups is not available yet in this version.</source>
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
</context>
</TS>
