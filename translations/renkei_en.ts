<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Renkei Viewer: a viewer for Japanese regional healthcare information-sharing networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version, the build and the Qt and OpenSSL versions, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start against the built-in demo network (synthetic patients; nothing leaves this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the window is shown, save it as a PNG image and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language: %1 (use ja or en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::AboutDialog</name>
    <message>
        <source>About Renkei Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a patient&apos;s records from every facility in a regional healthcare network together in one view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::MainWindow</name>
    <message>
        <source>Renkei Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Renkei Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you are connected to a regional network, you can search for patients here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a patient and select them to see their timeline, lab results, prescriptions and discharge summaries from every facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the built-in demo network. All patients are synthetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo network (starting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo network is preparing its synthetic patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo network could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo network could not start. Restart Renkei Viewer; if it happens again, see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network is running. Once you sign in, you can search for patients here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::NetworkSettingsDialog</name>
    <message>
        <source>&amp;Network Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the network &quot;%1&quot; and the passwords stored for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PKCS#12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned server key (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a-z, 0-9 and &apos;-&apos;, e.g. kanto-net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in (authorization code with PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended workstation (client credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: base64 SHA-256 of the server&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id must be 1 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR base URL is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https addresses are allowed (http only to this computer: 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id the network registered for this clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned key must be a base64 SHA-256 digest (44 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate cannot be opened: wrong password, or not a PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). Nothing was saved. On a workstation without a keychain, an administrator can add this network with &quot;renkei-cli network add --passphrase-file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate is not trusted, does not match the pinned key, or the server wants a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a FHIR CapabilityStatement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network with the id &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unattended workstation needs the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the network &quot;%1&quot; and its stored passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a FHIR %1 server%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
