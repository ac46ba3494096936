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
    <name>SignInErrors</name>
    <message>
        <source>This session has no desktop services (for example a remote login), so the system keychain cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no default collection to keep passwords in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (usually by signing in to the computer again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can set a passphrase instead: your sign-in is then kept on this computer, encrypted with a key made from the passphrase. Without one, your sign-in lasts only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the sign-in. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network cable, Wi-Fi or VPN, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in came back from the browser within 5 minutes. Press Sign In to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. It may be busy or the connection may be slow. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented a key other than the one registered for this network, so the connection was refused. Contact your network administrator before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insecure connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to move the connection to an unencrypted address. The connection was refused to protect your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s certificates cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate file of this network&apos;s settings is missing or cannot be read. Ask your administrator to check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. This can mean the network uses a private certificate that is not set up here, or that someone is intercepting the connection. Contact your network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the sign-in elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the connection to another address, which was refused. Ask your administrator to check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s server reported an internal error. Try again in a few minutes; if it persists, contact the network&apos;s help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s server answered with an error. Try again; if it persists, contact the network&apos;s help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn (for example after signing out on another computer, or by the network). Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not accept the sign-in. Check your user ID, password and one-time code, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was rejected for your safety. Close the browser tab and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not registered with the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network does not accept this application&apos;s registration or the access it asks for. Ask your administrator to check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not accept the sign-in. Try again; if it persists, contact the network&apos;s help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but your account may not use this network&apos;s records from this application. Contact the network&apos;s help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in a way this application does not understand. Check that the network&apos;s address is right, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s address is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s address does not use an encrypted connection (https), so it was not contacted. Ask your administrator to correct the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s settings are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network does not say where to sign in, and its settings here do not either. Ask your administrator to check the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started for the sign-in. Check that a default browser is set on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in cannot be opened with this passphrase. Type it again, or sign in again to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in saved on this computer is damaged or belongs to another passphrase. Sign in again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file for the saved sign-in could not be read or written (the disk may be full or the folder not writable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong during the sign-in. Try again; if it persists, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
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
    <message>
        <source>%1 (built with %2)</source>
        <extracomment>The version in use, then the version the program was built against.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::AllergyBanner</name>
    <message>
        <source>drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biologic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(substance not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Allergies (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No allergy recorded by any facility (this does not mean there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No active allergy (%n resolved or refuted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::DocumentListModel</name>
    <message>
        <source>Discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::DocumentReader</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section&apos;s formatting could not be read; its text is shown plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no structured sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discharge summary or referral letter has been shared for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment has neither content nor an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the attachment to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient to read the discharge summaries and referral letters shared by every facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment points outside the network (%1); it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::FindBar</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::LabTableModel</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLAC10: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results without a JLAC10 code joined this row by their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also reported in another unit that cannot be converted exactly: shown on its own row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values were converted exactly into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference ranges (they differ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::LabTrendChart</name>
    <message>
        <source>Select one or more tests in the table to see their trend (Ctrl+click adds a test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected tests have no numeric results in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values: showing the last year. Drag across the chart to zoom, right-click to zoom out, or choose a period above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::LabsView</name>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility has shared lab results for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient to see their lab results over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tests · %3 of %4 dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abnormal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tests with a value outside its reference range in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
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
        <source>Cumulative lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging the lab results…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient information is hidden. Enter your PIN to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your PIN? Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient information is hidden. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
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
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Patient search will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sign-in to search for patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File › Sign In… to connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationLane</name>
    <message>
        <source>Medication lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prescriptions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationTimeline</name>
    <message numerus="yes">
        <source>%1
%2
%3 · %n prescription(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ingredient from two facilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationTreeModel</name>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prescription(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first 7 characters of the YJ codes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generic-name codes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HOT codes name the same product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drug names match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ingredient from two facilities (%1), overlapping %2:
• %3
• %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationsView</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication active on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active on %1: %n drug(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ingredient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %n prescription(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Same ingredient prescribed by two facilities (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient to see the medications from every facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications active on the workspace date (or today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prescription, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by drug, facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the medications…</source>
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
    <message>
        <source>Authorization endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: used when the server does not publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS-MIX2 folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility code &quot;%1&quot; is not 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::NewSecretDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN for the screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When you leave the computer, the window locks and hides patient information. This PIN unlocks it; after %n wrong tries you must sign in again. Choose at least %1 characters; a longer password is safer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your sign-in with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available. Your sign-in can instead be kept on this computer, encrypted with a key made from this passphrase. You will type it each time Renkei Viewer starts. If you forget it, you simply sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your saved sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that protects your sign-in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientArea</name>
    <message>
        <source>Part of this record could not be opened; what is shown is incomplete.</source>
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
</context>
<context>
    <name>renkei::ui::PatientBanner</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get this patient&apos;s latest data from the network (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync (what has arrived is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Allergies: %n</source>
        <translation>
            <numerusform>Allergies: %n</numerusform>
            <numerusform>Allergies: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Active allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facilities sharing</source>
        <translation>
            <numerusform>%n facility sharing</numerusform>
            <numerusform>%n facilities sharing</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientListModel</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientOpener</name>
    <message>
        <source>The sync stopped: %1 What arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient&apos;s record could not be opened from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientSearchPanel</name>
    <message>
        <source>Recent patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On this computer (%n)</source>
        <translation>
            <numerusform>On this computer (%n)</numerusform>
            <numerusform>On this computer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All cached patients (%n)</source>
        <translation>
            <numerusform>All cached patients (%n)</numerusform>
            <numerusform>All cached patients (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the network (%n)</source>
        <translation>
            <numerusform>On the network (%n)</numerusform>
            <numerusform>On the network (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The birth date cannot be read. Try 1970/03/01, S45.3.1 or 昭和45年3月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached patients could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local cache is open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached patient matches. Press Enter to search the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached patient matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients on this computer yet. Search the network by name, birth date or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, an id or a birth date to search the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient on the network matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found on the network.</source>
        <translation>
            <numerusform>%n patient found on the network.</numerusform>
            <numerusform>%n patients found on the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (kanji or kana) or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date, e.g. S45.3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1970/03/01, 19700301, S45.3.1 or 昭和45年3月1日; a year alone works too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the regional network&apos;s patients (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other cached patients (%n)</source>
        <translation>
            <numerusform>Other cached patients (%n)</numerusform>
            <numerusform>Other cached patients (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::PdfAttachmentView</name>
    <message>
        <source>The attachment is not a PDF this viewer can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: …%2【%3】%4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment is kept on the network&apos;s server and is not in the local record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::ScreenLock</name>
    <message>
        <source>The PIN could not be checked. Sign in again to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Attempts left: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN was wrong %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::SessionIndicator</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access valid until %1 (renewed automatically)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::SessionUi</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::SignInDialog</name>
    <message>
        <source>No network is set up on this computer. Ask your administrator to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unattended workstation (no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · you sign in in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept on this computer, encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a regional network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your network and press Sign In. Your web browser opens the network&apos;s sign-in page; come back here when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as the Demo Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::Ssmix2FoldersEditor</name>
    <message>
        <source>Choose an SS-MIX2 Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility code (10 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::Ssmix2Import</name>
    <message>
        <source>The folder was not found. If it is on a shared drive, check that the share is mounted and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose the SS-MIX2 storage&apos;s root folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be read (no permission, or the share was disconnected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. What was imported before stays in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SS-MIX2 files were found. Choose the storage&apos;s root folder (the one holding the three-digit folders) or one patient&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients: %1 (%2 joined to the network&apos;s patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) could not be joined: the facility code is not known. Enter it in Network Settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 read of %2; values stored: %3, unchanged: %4, removed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had problems and were skipped or read in part.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported (not supported yet): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::Ssmix2ImportUi</name>
    <message>
        <source>Sign in to a network first: SS-MIX2 data is imported into that network&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SS-MIX2 Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SS-MIX2 import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SS-MIX2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SS-MIX2 folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing folder %1 of %2: patient %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing patient %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SS-&amp;MIX2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the network&apos;s SS-MIX2 folders into the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::TimelineCanvas</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s)</source>
        <translation>
            <numerusform>%n drug</numerusform>
            <numerusform>%n drugs</numerusform>
        </translation>
    </message>
    <message>
        <source>New since you last viewed this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since last viewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 wk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ten years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the most recent items (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters, admissions, lab results, prescriptions and documents by facility. Arrow keys move, plus and minus zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient to see every visit, admission, lab result, prescription and document on one time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no dated visits, results, prescriptions or documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 facilities</source>
        <translation>
            <numerusform>%n item from %1 facilities</numerusform>
            <numerusform>%n items from %1 facilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since last viewed</source>
        <translation>
            <numerusform>%n new since last viewed</numerusform>
            <numerusform>%n new since last viewed</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large record: its items are being placed on the time axis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::ViewerUi</name>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Pane &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Japanese Era Dates (和暦)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::Workspace</name>
    <message>
        <source>Doctor: Timeline, Labs, Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist: Medications, Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: Timeline, Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::WorkspacePane</name>
    <message>
        <source>Choose what pane %1 shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace date every pane follows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::BreakGlassDialog</name>
    <message>
        <source>Emergency Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are opening %1 outside the normal consent path.&lt;/b&gt;&lt;br/&gt;Give the reason. It is recorded in the audit log with your name and the time, and the network may review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency transport: the patient cannot give consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconscious or confused on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening condition: immediate treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (required for &quot;Other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Emergency View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::EmergencyAccess</name>
    <message>
        <source>Allergies, medications, diagnoses and key results of this patient on one screen (break the glass when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency access could not be recorded in the audit log, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::EmergencyFacts</name>
    <message>
        <source>⚠ same ingredient from another facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suspected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::EmergencyView</name>
    <message>
        <source>End Emergency Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS (break the glass) — reason: %1 — this access is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allergy recorded by any facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active problem recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent key laboratory results (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last discharge summary: diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discharge summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary names no discharge diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::format</name>
    <message>
        <source>Unknown facility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::PagePrinter</name>
    <message>
        <source>Printed by %1 at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown facility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: this document holds a patient&apos;s medical information. Use it only for the patient&apos;s care; do not copy or pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::PrintActions</name>
    <message>
        <source>The network&apos;s policy (%1) does not allow printing on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient to print their summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s policy (%1) does not allow exporting patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient to export their summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the patient summary (preview first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the patient summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this print or export could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient summary was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Patient Summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the patient summary to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::PrintUi</name>
    <message>
        <source>Emer&amp;gency View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::SummaryDialog</name>
    <message>
        <source>Print Patient Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Patient Summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (encounters, documents, laboratory results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies, active problems and current medications are as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent laboratory results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::SummaryDocument</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr./Ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation><numerusform> (%n year)</numerusform><numerusform> (%n years)</numerusform></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allergy or contraindication recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suspected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active problem recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication current on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> × %n day(s)</source>
        <translation><numerusform> × %n day</numerusform><numerusform> × %n days</numerusform></translation>
    </message>
    <message>
        <source>⚠ same ingredient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The same ingredient is prescribed by more than one facility: check with the prescribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent laboratory results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encounter in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n older</source>
        <translation><numerusform>… and %n older</numerusform><numerusform>… and %n older</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::ViewPrint</name>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative laboratory results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication list (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> × %n day(s)</source>
        <translation><numerusform> × %n day</numerusform><numerusform> × %n days</numerusform></translation>
    </message>
    <message>
        <source>⚠ also from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication current on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no text sections (see its attachment).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
