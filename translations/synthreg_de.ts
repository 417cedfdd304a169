<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ColumnRole</name>
    <message>
        <location filename="../core/data/columnspec.cpp" line="+62"/>
        <source>Continuous</source>
        <translation>Stetig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer / count</source>
        <translation>Ganzzahl / Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinal</source>
        <translation>Ordinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survival time</source>
        <translation>Überlebenszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event indicator</source>
        <translation>Ereignisindikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit time</source>
        <translation>Besuchszeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>MissingPolicy</name>
    <message>
        <location line="+8"/>
        <source>Keep and synthesize</source>
        <translation>Beibehalten und synthetisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impute (median / mode)</source>
        <translation>Imputieren (Median / Modus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows</source>
        <translation>Zeilen verwerfen</translation>
    </message>
</context>
<context>
    <name>RoleFamily</name>
    <message>
        <location filename="../ui/rolefamily.cpp" line="+63"/>
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and times</source>
        <translation>Datum und Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survival</source>
        <translation>Überleben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>SetColumnSpecCommand</name>
    <message>
        <location filename="../ui/setcolumnspeccommand.cpp" line="+12"/>
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change missing values of %1</source>
        <translation>Fehlende Werte von %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+67"/>
        <source>Privacy-preserving synthetic registry data.</source>
        <translation>Datenschutzwahrende synthetische Registerdaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the built-in demo data.</source>
        <translation>Die eingebauten Demodaten öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use LANGUAGE (en, de) for this session.</source>
        <translation>LANGUAGE (en, de) für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data file to import.</source>
        <translation>Zu importierende Datendatei.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ColumnProfilePanel</name>
    <message>
        <location filename="../ui/columnprofilepanel.cpp" line="+157"/>
        <source>Column profile</source>
        <translation>Spaltenprofil</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a column to see its profile.</source>
        <translation>Wählen Sie eine Spalte, um ihr Profil zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed role</source>
        <translation>Vorgeschlagene Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing:</source>
        <translation>Fehlend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct values:</source>
        <translation>Verschiedene Werte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean:</source>
        <translation>Mittelwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation:</source>
        <translation>Standardabweichung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposed role: %1</source>
        <translation>Vorgeschlagene Rolle: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Most frequent values</source>
        <translation>Häufigste Werte</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::DataMode</name>
    <message>
        <location filename="../ui/datamode.cpp" line="+83"/>
        <location line="+21"/>
        <source>Data preview</source>
        <translation>Datenvorschau</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1 warning about %1.</source>
        <translation>1 Warnung zu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 warnings about %2.</source>
        <translation>%1 Warnungen zu %2.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::DatasetLoader</name>
    <message>
        <location filename="../ui/datasetloader.cpp" line="+39"/>
        <source>The demo data is missing from this build.</source>
        <translation>Die Demodaten fehlen in diesem Build.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstall SynthReg.</source>
        <translation>Installieren Sie SynthReg neu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (table %2)</source>
        <translation>%1 (Tabelle %2)</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::HistogramView</name>
    <message>
        <location filename="../ui/histogramview.cpp" line="+89"/>
        <location line="+21"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No values to chart.</source>
        <translation>Keine Werte für ein Diagramm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+97"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Supported data files (*.csv *.tsv *.tab *.txt *.sqlite *.sqlite3 *.db *.sas7bdat *.xpt *.dta *.sav *.zsav)</source>
        <translation>Unterstützte Datendateien (*.csv *.tsv *.tab *.txt *.sqlite *.sqlite3 *.db *.sas7bdat *.xpt *.dta *.sav *.zsav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimited text (*.csv *.tsv *.tab *.txt)</source>
        <translation>Text mit Trennzeichen (*.csv *.tsv *.tab *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAS files (*.sas7bdat *.xpt)</source>
        <translation>SAS-Dateien (*.sas7bdat *.xpt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stata files (*.dta)</source>
        <translation>Stata-Dateien (*.dta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPSS files (*.sav *.zsav)</source>
        <translation>SPSS-Dateien (*.sav *.zsav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains no tables or views to import.</source>
        <translation>%1 enthält keine Tabellen oder Sichten zum Importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (view)</source>
        <translation>%1 (Sicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Table</source>
        <translation>Tabelle wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and views in %1:</source>
        <translation>Tabellen und Sichten in %1:</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last schema change</source>
        <translation>Letzte Schemaänderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redo the last undone schema change</source>
        <translation>Letzte rückgängig gemachte Schemaänderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the built-in PBC trial data (418 patients)</source>
        <translation>Die eingebauten Daten der PBC-Studie öffnen (418 Patienten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV, TSV, SQLite, SAS, Stata or SPSS file</source>
        <translation>Eine CSV-, TSV-, SQLite-, SAS-, Stata- oder SPSS-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SynthReg</source>
        <translation>Ü&amp;ber SynthReg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mode</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device: CPU</source>
        <translation>Gerät: CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generators will train on this device. GPU support comes with training.</source>
        <translation>Generatoren werden auf diesem Gerät trainiert. GPU-Unterstützung kommt mit dem Training.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Import in progress</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — SynthReg</source>
        <translation>%1 — SynthReg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SynthReg could not import %1.</source>
        <translation>SynthReg konnte %1 nicht importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SynthReg</source>
        <translation>Über SynthReg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SynthReg %1&lt;/h3&gt;&lt;p&gt;Turns clinical registry and trial extracts into privacy-preserving synthetic data, on this computer, without a network.&lt;/p&gt;&lt;p&gt;The demo data is the Mayo Clinic PBC trial data from the R package &lt;i&gt;survival&lt;/i&gt; (LGPL ≥ 2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SynthReg %1&lt;/h3&gt;&lt;p&gt;Macht aus Auszügen klinischer Register und Studien datenschutzwahrende synthetische Daten – auf diesem Computer, ohne Netzwerk.&lt;/p&gt;&lt;p&gt;Die Demodaten sind die PBC-Studiendaten der Mayo Clinic aus dem R-Paket &lt;i&gt;survival&lt;/i&gt; (LGPL ≥ 2).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::PlaceholderMode</name>
    <message>
        <location filename="../ui/placeholdermode.cpp" line="+53"/>
        <source>Train a generator</source>
        <translation>Einen Generator trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will pick a generator and a preset (fast, balanced or best), run the training on the CPU or a GPU and follow its progress and loss curves. Every run is kept with its seed and settings.</source>
        <translation>Hier wählen Sie einen Generator und eine Voreinstellung (schnell, ausgewogen oder beste), trainieren auf der CPU oder einer GPU und verfolgen Fortschritt und Verlustkurven. Jeder Lauf wird mit Startwert und Einstellungen aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training is not available in this version of SynthReg.</source>
        <translation>Training ist in dieser Version von SynthReg noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate the synthetic data</source>
        <translation>Die synthetischen Daten bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will see a scorecard for fidelity, utility, privacy and survival, with distributions, correlation heatmaps, Kaplan–Meier curves and a privacy panel, each compared with a real holdout.</source>
        <translation>Hier sehen Sie eine Bewertung von Treue, Nutzen, Datenschutz und Überlebenszeit – mit Verteilungen, Korrelations-Heatmaps, Kaplan-Meier-Kurven und einer Datenschutzübersicht, jeweils im Vergleich mit einem echten Holdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation is not available in this version of SynthReg.</source>
        <translation>Die Bewertung ist in dieser Version von SynthReg noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release a bundle</source>
        <translation>Ein Paket freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will check the release gate (privacy thresholds and small-cell rules) and export a bundle with the synthetic data, a data dictionary, the report and a manifest. The real data never goes into it.</source>
        <translation>Hier prüfen Sie die Freigabekriterien (Datenschutzschwellen und Regeln für kleine Zellen) und exportieren ein Paket mit den synthetischen Daten, einem Datenwörterbuch, dem Bericht und einem Manifest. Die echten Daten gelangen nie hinein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release is not available in this version of SynthReg.</source>
        <translation>Die Freigabe ist in dieser Version von SynthReg noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaDelegate</name>
    <message>
        <location filename="../ui/schemadelegate.cpp" line="+40"/>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing values of %1</source>
        <translation>Fehlende Werte von %1</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaMode</name>
    <message>
        <location filename="../ui/schemamode.cpp" line="+129"/>
        <source>Nothing imported yet.
Open the demo or import a file in the Data mode to see the schema SynthReg proposes for it.</source>
        <translation>Noch nichts importiert.
Öffnen Sie die Demo oder importieren Sie eine Datei im Modus Daten, um das von SynthReg vorgeschlagene Schema zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Proposed schema</source>
        <translation>Vorgeschlagenes Schema</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SynthReg proposed a role and a way to handle missing values for each of the %1 columns of %2. Check them before training: double-click a role or a missing-value cell to change it.</source>
        <translation>SynthReg hat für jede der %1 Spalten von %2 eine Rolle und einen Umgang mit fehlenden Werten vorgeschlagen. Prüfen Sie sie vor dem Training: Doppelklicken Sie auf eine Rolle oder eine Zelle für fehlende Werte, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role colours</source>
        <translation>Rollenfarben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last schema change</source>
        <translation>Letzte Schemaänderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the last undone schema change</source>
        <translation>Letzte rückgängig gemachte Schemaänderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Schema…</source>
        <translation>Schema importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a schema</source>
        <translation>Ein Schema importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the roles and links with a saved SynthReg schema or SDV metadata</source>
        <translation>Rollen und Verknüpfungen durch ein gespeichertes SynthReg-Schema oder SDV-Metadaten ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Schema…</source>
        <translation>Schema exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the schema</source>
        <translation>Das Schema exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this schema as SynthReg schema JSON or SDV metadata</source>
        <translation>Dieses Schema als SynthReg-Schema-JSON oder SDV-Metadaten speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is neither a SynthReg schema (no &quot;format&quot; key) nor SDV metadata (no &quot;METADATA_SPEC_VERSION&quot; key).</source>
        <translation>%1 ist weder ein SynthReg-Schema (kein Schlüssel „format“) noch SDV-Metadaten (kein Schlüssel „METADATA_SPEC_VERSION“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 names a column more than once.</source>
        <translation>%1 nennt eine Spalte mehrfach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not describe every column of the data.</source>
        <translation>%1 beschreibt nicht jede Spalte der Daten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import schema from %1</source>
        <translation>Schema aus %1 importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import Schema</source>
        <translation>Schema importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SynthReg schema or SDV metadata (*.json)</source>
        <translation>SynthReg-Schema oder SDV-Metadaten (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schema Not Imported</source>
        <translation>Schema nicht importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not fit the data, so the schema was left as it was.</source>
        <translation>%1 passt nicht zu den Daten, daher wurde das Schema nicht verändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SynthReg schema (*.json)</source>
        <translation>SynthReg-Schema (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDV metadata (*.json)</source>
        <translation>SDV-Metadaten (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Schema</source>
        <translation>Schema exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schema Not Exported</source>
        <translation>Schema nicht exportiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 finding about this table.</source>
        <translation>1 Befund zu dieser Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings about this table.</source>
        <translation>%1 Befunde zu dieser Tabelle.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaModel</name>
    <message>
        <location filename="../ui/schemamodel.cpp" line="+84"/>
        <source>%1 (%2 role)</source>
        <translation>%1 (Rollengruppe %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 values missing</source>
        <translation>%1 von %2 Werten fehlen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing %</source>
        <translation>Fehlend %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason / warnings</source>
        <translation>Begründung / Warnungen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::StartPage</name>
    <message>
        <location filename="../ui/startpage.cpp" line="+58"/>
        <source>Welcome to SynthReg</source>
        <translation>Willkommen bei SynthReg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn a registry or trial extract into synthetic data you can share, with the evidence your governance board needs.</source>
        <translation>Machen Sie aus einem Register- oder Studienauszug synthetische Daten, die Sie weitergeben können – mit den Nachweisen, die Ihr Gremium braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Open demo project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Primary biliary cholangitis trial, Mayo Clinic: 418 patients, survival endpoint, missing values. Built in.</source>
        <translation>Studie zur primär biliären Cholangitis, Mayo Clinic: 418 Patienten, Überlebensendpunkt, fehlende Werte. Eingebaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import file…</source>
        <translation>Datei importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or TSV, a SQLite table, or a SAS, Stata or SPSS file.</source>
        <translation>CSV oder TSV, eine SQLite-Tabelle oder eine SAS-, Stata- oder SPSS-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data stays on this computer. SynthReg opens source files read-only and never changes them.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. SynthReg öffnet Quelldateien nur lesend und verändert sie nie.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::TableModel</name>
    <message>
        <location filename="../ui/tablemodel.cpp" line="+13"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+2"/>
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::WarningPanel</name>
    <message>
        <location filename="../ui/warningpanel.cpp" line="+97"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide warning details</source>
        <translation>Warnungsdetails ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show warning details</source>
        <translation>Warnungsdetails anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss warnings</source>
        <translation>Warnungen schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
</TS>
