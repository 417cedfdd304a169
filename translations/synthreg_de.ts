<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ColumnComparison</name>
    <message>
        <location filename="../ui/columncomparison.cpp" line="+119" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (missing %2 %)</source>
        <translation>%1 (fehlend %2 %)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+32" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <location line="-27" />
        <source>%1 (year)</source>
        <translation>%1 (Jahr)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Share of present values (%)</source>
        <translation>Anteil der vorhandenen Werte (%)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1: real and synthetic</source>
        <translation>%1: real und synthetisch</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: no values to compare</source>
        <translation>%1: keine Werte zum Vergleichen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Level</source>
        <translation>Ausprägung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Real (%)</source>
        <translation>Real (%)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Real density</source>
        <translation>Dichte real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synthetic (%)</source>
        <translation>Synthetisch (%)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synthetic density</source>
        <translation>Dichte synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing (% of rows)</source>
        <translation>Fehlend (% der Zeilen)</translation>
    </message>
</context>
<context>
    <name>ColumnRole</name>
    <message>
        <location filename="../core/data/columnspec.cpp" line="+62" />
        <source>Continuous</source>
        <translation>Stetig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integer / count</source>
        <translation>Ganzzahl / Anzahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordinal</source>
        <translation>Ordinal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survival time</source>
        <translation>Überlebenszeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event indicator</source>
        <translation>Ereignisindikator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visit time</source>
        <translation>Besuchszeitpunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../core/jobs/evaluator.cpp" line="+48" />
        <source>%1 synthetic rows are exact copies of real patients' rows: remove them before any release.</source>
        <translation>%1 synthetische Zeilen sind exakte Kopien von Zeilen echter Patienten: Entfernen Sie sie vor jeder Freigabe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The privacy-leakage coefficient is %1, above the %2 threshold: synthetic rows sit closer to the training patients than to unseen ones.</source>
        <translation>Der Privacy-Leakage-Koeffizient ist %1 und liegt über der Schwelle von %2: Synthetische Zeilen liegen näher an den Trainingspatienten als an ungesehenen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A membership-inference attack tells training patients from unseen ones with AUC %1 (0.5 is ideal).</source>
        <translation>Ein Membership-Inference-Angriff unterscheidet Trainingspatienten von ungesehenen mit einer AUC von %1 (ideal ist 0,5).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 categories have fewer than %2 rows: check them against your output-checking rules.</source>
        <translation>%1 Kategorien haben weniger als %2 Zeilen: Prüfen Sie sie anhand Ihrer Regeln zur Output-Kontrolle.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A classifier tells synthetic from real rows with AUC %1: the synthetic data are easy to recognise.</source>
        <translation>Ein Klassifikator unterscheidet synthetische von echten Zeilen mit einer AUC von %1: Die synthetischen Daten sind leicht zu erkennen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The quality score is %1, below 0.70 (poor).</source>
        <translation>Der Qualitätswert ist %1 und liegt unter 0,70 (schlecht).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Survival endpoint %1 could not be evaluated: %2</source>
        <translation>Der Überlebensendpunkt %1 konnte nicht bewertet werden: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Survival endpoint %1 differs between real and synthetic data (log-rank p = %2).</source>
        <translation>Der Überlebensendpunkt %1 unterscheidet sich zwischen echten und synthetischen Daten (Log-Rank p = %2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The evaluation was cancelled.</source>
        <translation>Die Bewertung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The holdout does not match the training data: %1</source>
        <translation>Die Holdout-Daten passen nicht zu den Trainingsdaten: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Column shapes and pair trends</source>
        <translation>Spaltenverteilungen und Paarzusammenhänge</translation>
    </message>
    <message>
        <location line="+5" />
        <source>TabSynDex</source>
        <translation>TabSynDex</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table 1 and its tests</source>
        <translation>Tabelle 1 und ihre Tests</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Correlation matrices</source>
        <translation>Korrelationsmatrizen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Survival endpoints</source>
        <translation>Überlebensendpunkte</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Utility: train on synthetic, test on real</source>
        <translation>Nutzen: Training auf synthetischen, Test auf echten Daten</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Privacy: exact matches, distances, leakage, membership inference</source>
        <translation>Datenschutz: exakte Treffer, Abstände, Leakage, Membership Inference</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>GeneratorSummary</name>
    <message>
        <location filename="../ui/trainmode.cpp" line="+43" />
        <source>The instant baseline: captures each column's distribution and pairwise correlations, not complex interactions.</source>
        <translation>Die sofortige Basislinie: erfasst die Verteilung jeder Spalte und die paarweisen Korrelationen, keine komplexen Wechselwirkungen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conditional GAN for mixed-type clinical tables with rare categories; samples under conditions and can keep a target column predictable.</source>
        <translation>Bedingtes GAN für gemischte klinische Tabellen mit seltenen Kategorien; erzeugt Zeilen unter Bedingungen und kann eine Zielspalte vorhersagbar halten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fast, stable variational autoencoder for registries; conditional generation from a latent library.</source>
        <translation>Schneller, stabiler Variational Autoencoder für Register; bedingte Erzeugung aus einer Bibliothek latenter Codes.</translation>
    </message>
</context>
<context>
    <name>MissingPolicy</name>
    <message>
        <location filename="../core/data/columnspec.cpp" line="+8" />
        <source>Keep and synthesize</source>
        <translation>Beibehalten und synthetisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impute (median / mode)</source>
        <translation>Imputieren (Median / Modus)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop rows</source>
        <translation>Zeilen verwerfen</translation>
    </message>
</context>
<context>
    <name>PrivacyChecks</name>
    <message>
        <location filename="../core/privacy/privacychecks.cpp" line="+36" />
        <source>Exact copies of training rows</source>
        <translation>Exakte Kopien von Trainingszeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n synthetic row(s) repeat a real patient's row exactly; remove them before release (the release export does).</source>
        <translation>
            <numerusform>%n synthetische Zeile wiederholt exakt die Zeile eines realen Patienten; entfernen Sie sie vor der Freigabe (der Freigabe-Export tut das).</numerusform>
            <numerusform>%n synthetische Zeilen wiederholen exakt die Zeile eines realen Patienten; entfernen Sie sie vor der Freigabe (der Freigabe-Export tut das).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No synthetic row repeats a training row.</source>
        <translation>Keine synthetische Zeile wiederholt eine Trainingszeile.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leakage coefficient</source>
        <translation>Leakage-Koeffizient</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Synthetic rows are markedly closer to training patients than to new ones (%1 against the limit %2): the generator memorised. Train fewer epochs or use a smaller model.</source>
        <translation>Synthetische Zeilen liegen deutlich näher an Trainingspatienten als an neuen (%1 bei Grenze %2): Der Generator hat auswendig gelernt. Trainieren Sie weniger Epochen oder nehmen Sie ein kleineres Modell.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Synthetic rows are about as close to training patients as to new ones (%1; limit %2).</source>
        <translation>Synthetische Zeilen liegen etwa so nah an Trainingspatienten wie an neuen (%1; Grenze %2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Share closer to training rows</source>
        <translation>Anteil näher an Trainingszeilen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 % of synthetic rows lie closer to a training row than to any holdout row; an honest generator gives about %2 %, and more than %3 points above that suggests memorisation.</source>
        <translation>%1 % der synthetischen Zeilen liegen näher an einer Trainingszeile als an jeder Holdout-Zeile; ein ehrlicher Generator ergibt etwa %2 %, mehr als %3 Punkte darüber deuten auf Auswendiglernen hin.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Membership attack AUC</source>
        <translation>AUC des Mitgliedschaftsangriffs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An attacker who holds a patient's record tells whether it was in the training data with an AUC of %1 (0.50 is a coin toss; above %2 fails).</source>
        <translation>Ein Angreifer, der den Datensatz eines Patienten kennt, erkennt mit einer AUC von %1, ob er in den Trainingsdaten war (0,50 ist ein Münzwurf; über %2 nicht bestanden).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Small cells</source>
        <translation>Kleine Zellen</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n category(ies) hold fewer than %1 rows; output checking asks to merge or suppress them before release.</source>
        <translation>
            <numerusform>%n Kategorie hat weniger als %1 Zeilen; die Ausgabekontrolle verlangt, sie vor der Freigabe zusammenzufassen oder zu unterdrücken.</numerusform>
            <numerusform>%n Kategorien haben weniger als %1 Zeilen; die Ausgabekontrolle verlangt, sie vor der Freigabe zusammenzufassen oder zu unterdrücken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every category holds at least %1 rows.</source>
        <translation>Jede Kategorie hat mindestens %1 Zeilen.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Not safe to release as it is: %1. Read the explanations below and retrain or clean the data before sharing it.</source>
        <translation>So nicht sicher freizugeben: %1. Lesen Sie die Erläuterungen unten und trainieren Sie neu oder bereinigen Sie die Daten, bevor Sie sie weitergeben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No direct leak found, but look at: %1.</source>
        <translation>Kein direktes Leck gefunden, aber prüfen Sie: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No sign that the synthetic rows reveal training patients: no copies, no closer to training patients than to new ones, and a membership attack does no better than chance.</source>
        <translation>Kein Hinweis, dass die synthetischen Zeilen Trainingspatienten preisgeben: keine Kopien, nicht näher an Trainingspatienten als an neuen, und ein Mitgliedschaftsangriff ist nicht besser als Zufall.</translation>
    </message>
</context>
<context>
    <name>ReleaseBuilder</name>
    <message>
        <location filename="../core/release/releasebuilder.cpp" line="+109" />
        <source>Every synthetic row copies a real patient: nothing is left to release. Retrain with fewer epochs or another generator.</source>
        <translation>Jede synthetische Zeile kopiert einen realen Patienten: Es bleibt nichts freizugeben. Trainieren Sie mit weniger Epochen oder einem anderen Generator neu.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking the release</source>
        <translation>Freigabe wird geprüft</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The release is blocked by failed checks (%1). Fix what they explain, or give a written justification of at least %2 characters to release anyway; it is recorded in provenance.json and the audit log.</source>
        <translation>Die Freigabe ist durch nicht bestandene Prüfungen gesperrt (%1). Beheben Sie, was sie erklären, oder geben Sie eine schriftliche Begründung von mindestens %2 Zeichen an, um trotzdem freizugeben; sie wird in provenance.json und im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Writing the synthetic table</source>
        <translation>Synthetische Tabelle wird geschrieben</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Drawing the figures</source>
        <translation>Abbildungen werden gezeichnet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+2" />
        <source>Writing the bundle</source>
        <translation>Paket wird geschrieben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ReleaseGate</name>
    <message>
        <location filename="../core/release/releasegate.cpp" line="+20" />
        <source>Quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The quality score could not be computed; evaluate the synthetic data first.</source>
        <translation>Der Qualitätswert konnte nicht berechnet werden; bewerten Sie zuerst die synthetischen Daten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The synthetic data reproduces the real columns and their relations poorly (%1, floor %2): recipients would draw wrong conclusions. Train longer or choose another generator.</source>
        <translation>Die synthetischen Daten geben die realen Spalten und ihre Zusammenhänge schlecht wieder (%1, Untergrenze %2): Empfänger würden falsche Schlüsse ziehen. Trainieren Sie länger oder wählen Sie einen anderen Generator.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Column shapes and pair trends score %1 (floor %2).</source>
        <translation>Spaltenverteilungen und Paartrends erreichen %1 (Untergrenze %2).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Not computed: the evaluation had no holdout (real rows the generator never saw). Evaluate with a holdout to measure it.</source>
        <translation>Nicht berechnet: Die Bewertung hatte keine Holdout-Daten (reale Zeilen, die der Generator nie gesehen hat). Bewerten Sie mit Holdout-Daten, um dies zu messen.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Copies of real patients</source>
        <translation>Kopien realer Patienten</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n synthetic row(s) repeat a real patient's row exactly; the export leaves them out, but copies show the generator memorised: retrain before releasing.</source>
        <translation><numerusform>%n synthetische Zeile wiederholt die Zeile eines realen Patienten exakt; der Export lässt sie weg, doch Kopien zeigen, dass der Generator auswendig gelernt hat: Trainieren Sie vor der Freigabe neu.</numerusform><numerusform>%n synthetische Zeilen wiederholen die Zeile eines realen Patienten exakt; der Export lässt sie weg, doch Kopien zeigen, dass der Generator auswendig gelernt hat: Trainieren Sie vor der Freigabe neu.</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>No synthetic row repeats a real patient's row.</source>
        <translation>Keine synthetische Zeile wiederholt die Zeile eines realen Patienten.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../ui/reporttables.cpp" line="+24" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Welch's t-test</source>
        <translation>Welch-t-Test</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mann-Whitney U</source>
        <translation>Mann-Whitney-U</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fisher's exact test</source>
        <translation>Exakter Test nach Fisher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chi-square test</source>
        <translation>Chi-Quadrat-Test</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, mean (SD)</source>
        <translation>%1, Mittelwert (SD)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, median [IQR]</source>
        <translation>%1, Median [IQR]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kolmogorov-Smirnov</source>
        <translation>Kolmogorov-Smirnov</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, missing</source>
        <translation>%1, fehlend</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Score on the real holdout</source>
        <translation>Wert auf dem realen Holdout</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trained on synthetic</source>
        <translation>Auf synthetischen Daten trainiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trained on real</source>
        <translation>Auf realen Daten trainiert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RMSE (lower is better)</source>
        <translation>RMSE (kleiner ist besser)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Effect agreement (univariable Cox regression of %1, event %2): same direction %3 %, same significance %4 %</source>
        <translation>Effektübereinstimmung (univariable Cox-Regression von %1, Ereignis %2): gleiche Richtung %3 %, gleiche Signifikanz %4 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effect agreement (univariable logistic regression of %1 = %2): same direction %3 %, same significance %4 %</source>
        <translation>Effektübereinstimmung (univariable logistische Regression von %1 = %2): gleiche Richtung %3 %, gleiche Signifikanz %4 %</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Covariate</source>
        <translation>Kovariable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odds ratio, real</source>
        <translation>Odds Ratio, real</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hazard ratio, real</source>
        <translation>Hazard Ratio, real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p, real</source>
        <translation>p, real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odds ratio, synthetic</source>
        <translation>Odds Ratio, synthetisch</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hazard ratio, synthetic</source>
        <translation>Hazard Ratio, synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p, synthetic</source>
        <translation>p, synthetisch</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Same direction</source>
        <translation>Gleiche Richtung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same significance</source>
        <translation>Gleiche Signifikanz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 vs. %3</translation>
    </message>
</context>
<context>
    <name>RoleFamily</name>
    <message>
        <location filename="../ui/rolefamily.cpp" line="+63" />
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates and times</source>
        <translation>Datum und Zeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survival</source>
        <translation>Überleben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>SchemaLinks</name>
    <message>
        <location filename="../core/data/schemalinks.cpp" line="+25" />
        <source>Choose a time column and an event column for the endpoint.</source>
        <translation>Wählen Sie für den Endpunkt eine Zeitspalte und eine Ereignisspalte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The time and the event of an endpoint must be two different columns.</source>
        <translation>Zeit und Ereignis eines Endpunkts müssen zwei verschiedene Spalten sein.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 and %2 are already endpoint %3.</source>
        <translation>%1 und %2 sind bereits Endpunkt %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is already the other part of endpoint %2.</source>
        <translation>%1 ist bereits der andere Teil des Endpunkts %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 needs two or three values (such as 0 = censored, 1 = event) to say whether the event happened; it has %2.</source>
        <translation>%1 braucht zwei oder drei Werte (etwa 0 = zensiert, 1 = Ereignis), um anzugeben, ob das Ereignis eintrat; sie hat %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location line="+9" />
        <source>time of the endpoint %1, chosen by you</source>
        <translation>Zeit des Endpunkts %1, von Ihnen gewählt</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose the patient id column and the visit time column.</source>
        <translation>Wählen Sie die Spalte der Patienten-ID und die Spalte der Visitenzeit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The patient id and the visit time must be two different columns.</source>
        <translation>Patienten-ID und Visitenzeit müssen zwei verschiedene Spalten sein.</translation>
    </message>
</context>
<context>
    <name>SetColumnSpecCommand</name>
    <message>
        <location filename="../ui/setcolumnspeccommand.cpp" line="+12" />
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change missing values of %1</source>
        <translation>Fehlende Werte von %1 ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <location filename="../ui/survivalchart.cpp" line="+88" />
        <source>%1: Kaplan-Meier, real and synthetic (shaded: 95% confidence band)</source>
        <translation>%1: Kaplan-Meier, real und synthetisch (schattiert: 95-%-Konfidenzband)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Survival probability</source>
        <translation>Überlebenswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Real at risk</source>
        <translation>Unter Risiko, real</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synthetic at risk</source>
        <translation>Unter Risiko, synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Real survival</source>
        <translation>Überleben, real</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synthetic survival</source>
        <translation>Überleben, synthetisch</translation>
    </message>
</context>
<context>
    <name>Synthesis</name>
    <message>
        <location filename="../core/jobs/synthesizer.cpp" line="+103" />
        <source>Unknown generator '%1'; choose one of %2.</source>
        <translation>Unbekannter Generator „%1“; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The target column '%1' is not modelled; give it a role in the schema or choose another target.</source>
        <translation>Die Zielspalte „%1“ wird nicht modelliert; geben Sie ihr im Schema eine Rolle oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Training was cancelled.</source>
        <translation>Das Training wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The stored model cannot be read by this version of SynthReg; train it again.</source>
        <translation>Das gespeicherte Modell kann von dieser SynthReg-Version nicht gelesen werden; trainieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The number of rows must be 0 or more.</source>
        <translation>Die Zeilenzahl muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sampling was cancelled.</source>
        <translation>Das Erzeugen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sampling was stopped.</source>
        <translation>Das Erzeugen wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+131" />
        <source>Privacy-preserving synthetic registry data.</source>
        <translation>Datenschutzwahrende synthetische Registerdaten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open the built-in demo data.</source>
        <translation>Die eingebauten Demodaten öffnen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use LANGUAGE (en, de) for this session.</source>
        <translation>LANGUAGE (en, de) für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Data file to import.</source>
        <translation>Zu importierende Datendatei.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="+91" />
        <location line="+2" />
        <source>Show data</source>
        <translation>Daten zeigen</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Shows the numbers behind the chart as a table.</source>
        <translation>Zeigt die Zahlen hinter dem Diagramm als Tabelle.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 as a table</source>
        <translation>%1 als Tabelle</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::CheckGrid</name>
    <message>
        <location filename="../ui/checkgrid.cpp" line="+13" />
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ColumnProfilePanel</name>
    <message>
        <location filename="../ui/columnprofilepanel.cpp" line="+157" />
        <source>Column profile</source>
        <translation>Spaltenprofil</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a column to see its profile.</source>
        <translation>Wählen Sie eine Spalte, um ihr Profil zu sehen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proposed role</source>
        <translation>Vorgeschlagene Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing:</source>
        <translation>Fehlend:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distinct values:</source>
        <translation>Verschiedene Werte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean:</source>
        <translation>Mittelwert:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard deviation:</source>
        <translation>Standardabweichung:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+60" />
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="-45" />
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Proposed role: %1</source>
        <translation>Vorgeschlagene Rolle: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Most frequent values</source>
        <translation>Häufigste Werte</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ColumnsView</name>
    <message>
        <location filename="../ui/columnsview.cpp" line="+49" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 score %2; missing %3 % real, %4 % synthetic</source>
        <translation>%1-Wert %2; fehlend %3 % real, %4 % synthetisch</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Column distributions</source>
        <translation>Spaltenverteilungen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Distribution of %1, real and synthetic</source>
        <translation>Verteilung von %1, real und synthetisch</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Columns, weakest shape score first</source>
        <translation>Spalten, schwächster Formwert zuerst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column shapes score per column (1 = identical distributions); choose one to see it.</source>
        <translation>Formwert (Column Shapes) je Spalte (1 = gleiche Verteilungen); wählen Sie eine aus, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::CorrelationsView</name>
    <message>
        <location filename="../ui/correlationsview.cpp" line="+68" />
        <location line="+5" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+4" />
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Synthetic − real</source>
        <translation>Synthetisch − real</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Column pair</source>
        <translation>Spaltenpaar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Numeric pairs:</source>
        <translation>&amp;Numerische Paare:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pearson correlation</source>
        <translation>Pearson-Korrelation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spearman rank correlation</source>
        <translation>Spearman-Rangkorrelation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coefficient for numeric pairs</source>
        <translation>Koeffizient für numerische Paare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blue: negative, red: positive association. Pairs with a category use Cramér's V (two categories) or the correlation ratio (a category and a number), both between 0 and 1. The difference map saturates at ±%1; hover over a cell for its value.</source>
        <translation>Blau: negativer, rot: positiver Zusammenhang. Paare mit einer Kategorie nutzen Cramérs V (zwei Kategorien) oder das Korrelationsverhältnis (eine Kategorie und eine Zahl), beide zwischen 0 und 1. Die Differenzkarte sättigt bei ±%1; zeigen Sie auf eine Zelle, um ihren Wert zu sehen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Association heatmaps, real, synthetic and their difference</source>
        <translation>Zusammenhangs-Heatmaps, real, synthetisch und ihre Differenz</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::DataMode</name>
    <message>
        <location filename="../ui/datamode.cpp" line="+84" />
        <location line="+26" />
        <source>Data preview</source>
        <translation>Datenvorschau</translation>
    </message>
    <message>
        <location line="+46" />
        <source>1 warning about %1.</source>
        <translation>1 Warnung zu %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 warnings about %2.</source>
        <translation>%1 Warnungen zu %2.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::DatasetLoader</name>
    <message>
        <location filename="../ui/datasetloader.cpp" line="+24" />
        <source>The demo data is missing from this build.</source>
        <translation>Die Demodaten fehlen in diesem Build.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reinstall SynthReg.</source>
        <translation>Installieren Sie SynthReg neu.</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+25" />
        <source>%1 (table %2)</source>
        <translation>%1 (Tabelle %2)</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::EvaluateMode</name>
    <message>
        <location filename="../ui/evaluatemode.cpp" line="+152" />
        <location line="+181" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-165" />
        <source>Compare with a synthetic file</source>
        <translation>Mit einer synthetischen Datei vergleichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data files (*.csv *.tsv *.txt *.sqlite *.db *.sav *.dta *.sas7bdat);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.sqlite *.db *.sav *.dta *.sas7bdat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Starting …</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluating …</source>
        <translation>Bewertung läuft …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Evaluating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Export training rows</source>
        <translation>Trainingszeilen exportieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>training-rows.csv</source>
        <translation>trainingszeilen.csv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Wrote %1 training rows to %2.</source>
        <translation>%1 Trainingszeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+36" />
        <source>Evaluate</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Evaluate synthetic data</source>
        <translation>Synthetische Daten bewerten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy needs real rows the generator never saw, so 20% of the rows are kept aside as a holdout; a synthetic file made elsewhere should have been trained on the same training rows.</source>
        <translation>Für den Datenschutz braucht es echte Zeilen, die der Generator nie gesehen hat: 20 % der Zeilen werden deshalb als Holdout zurückgehalten; eine anderswo erzeugte synthetische Datei sollte mit denselben Trainingszeilen trainiert worden sein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 rows: %2 for training, %3 held out</source>
        <translation>%1 Zeilen: %2 zum Training, %3 zurückgehalten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open or import real data first (Data mode).</source>
        <translation>Öffnen oder importieren Sie zuerst echte Daten (Modus Daten).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The split is made once from a fixed seed, by patient when the schema names a patient id.</source>
        <translation>Die Aufteilung wird einmal mit festem Startwert erstellt, nach Patienten, wenn das Schema eine Patienten-ID nennt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export training rows…</source>
        <translation>Trainingszeilen exportieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writes the training rows as CSV, to train an external generator on.</source>
        <translation>Schreibt die Trainingszeilen als CSV, um damit einen externen Generator zu trainieren.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare with a synthetic file…</source>
        <translation>Mit einer synthetischen Datei vergleichen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a synthetic data file with the same columns as the real data.</source>
        <translation>Wählen Sie eine synthetische Datendatei mit denselben Spalten wie die echten Daten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Synthetic: %1 (%2 rows)</source>
        <translation>Synthetisch: %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No synthetic file chosen.</source>
        <translation>Keine synthetische Datei gewählt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Target column:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A column to predict: adds train-on-synthetic, test-on-real utility (optional).</source>
        <translation>Eine vorherzusagende Spalte: ergänzt den Nutzen „auf synthetischen Daten trainieren, auf echten testen“ (optional).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Evaluate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compares the synthetic file with the training and holdout rows.</source>
        <translation>Vergleicht die synthetische Datei mit den Trainings- und Holdout-Zeilen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stops the evaluation after the current step.</source>
        <translation>Beendet die Bewertung nach dem aktuellen Schritt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress of the evaluation.</source>
        <translation>Fortschritt der Bewertung.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target columns</source>
        <translation>Zielspalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluation progress</source>
        <translation>Fortschritt der Bewertung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::EvaluationDetails</name>
    <message>
        <location filename="../ui/evaluationdetails.cpp" line="+120" />
        <source>Choose a target column before evaluating to see how well a model trained on the synthetic data predicts it in real patients (train on synthetic, test on real).</source>
        <translation>Wählen Sie vor der Bewertung eine Zielspalte, um zu sehen, wie gut ein auf synthetischen Daten trainiertes Modell sie bei realen Patienten vorhersagt (synthetisch trainieren, real testen).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>XGBoost predicting %1, trained on %2 synthetic rows and, for the baseline, on %3 real training rows; both tested on the same %4 real holdout rows.</source>
        <translation>XGBoost sagt %1 vorher, trainiert auf %2 synthetischen Zeilen und, als Vergleich, auf %3 realen Trainingszeilen; beide getestet auf denselben %4 realen Holdout-Zeilen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A classifier told real from synthetic rows with an AUC of %1 (0.50: indistinguishable).</source>
        <translation>Ein Klassifikator unterschied reale von synthetischen Zeilen mit einer AUC von %1 (0,50: ununterscheidbar).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Effect agreement needs a target with two values.</source>
        <translation>Die Effektübereinstimmung braucht eine Zielspalte mit zwei Werten.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table 1</source>
        <translation>Tabelle 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survival</source>
        <translation>Überleben</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Utility</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each column's distribution, real against synthetic</source>
        <translation>Die Verteilung jeder Spalte, real gegen synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How columns go together, real against synthetic</source>
        <translation>Wie Spalten zusammenhängen, real gegen synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Descriptive statistics with tests, as in a paper's Table 1</source>
        <translation>Deskriptive Statistik mit Tests, wie in der Tabelle 1 einer Publikation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kaplan-Meier curves, real against synthetic</source>
        <translation>Kaplan-Meier-Kurven, real gegen synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Does a model trained on synthetic data work on real patients?</source>
        <translation>Funktioniert ein auf synthetischen Daten trainiertes Modell bei realen Patienten?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could the synthetic data reveal a real patient?</source>
        <translation>Könnten die synthetischen Daten einen realen Patienten preisgeben?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table 1, real and synthetic</source>
        <translation>Tabelle 1, real und synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Train on synthetic, test on real</source>
        <translation>Synthetisch trainieren, real testen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Effect agreement</source>
        <translation>Effektübereinstimmung</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::EvaluationJob</name>
    <message>
        <location filename="../ui/evaluationjob.cpp" line="+31" />
        <source>The evaluation stopped with an internal error: %1</source>
        <translation>Die Bewertung wurde durch einen internen Fehler abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The evaluation stopped with an unknown internal error.</source>
        <translation>Die Bewertung wurde durch einen unbekannten internen Fehler abgebrochen.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::HeatmapWidget</name>
    <message>
        <location filename="../ui/heatmapwidget.cpp" line="+52" />
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cramér's V</source>
        <translation>Cramérs V</translation>
    </message>
    <message>
        <location line="+1" />
        <source>correlation ratio η</source>
        <translation>Korrelationsverhältnis η</translation>
    </message>
    <message>
        <location line="+3" />
        <source>same column</source>
        <translation>dieselbe Spalte</translation>
    </message>
    <message numerus="yes">
        <location line="+91" />
        <source>%n columns; the Show data table lists every value.</source>
        <translation>
            <numerusform>%n Spalte; die Tabelle unter „Daten zeigen“ listet jeden Wert.</numerusform>
            <numerusform>%n Spalten; die Tabelle unter „Daten zeigen“ listet jeden Wert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>undefined (too few rows or a constant column)</source>
        <translation>nicht definiert (zu wenige Zeilen oder eine konstante Spalte)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 × %2
%3: %4</source>
        <translation>%1 × %2
%3: %4</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::HistogramView</name>
    <message>
        <location filename="../ui/histogramview.cpp" line="+51" />
        <location line="+21" />
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No values to chart.</source>
        <translation>Keine Werte für ein Diagramm.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="+71" />
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQLite database &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>SQLite-Datenbank &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delimited text file &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Textdatei mit Trennzeichen &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+38" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Problems found in the preview</source>
        <translation>In der Vorschau gefundene Probleme</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Reading options</source>
        <translation>Leseoptionen</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <location line="+2" />
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Point (1.5)</source>
        <translation>Punkt (1.5)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Comma (1,5)</source>
        <translation>Komma (1,5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No: number the columns</source>
        <translation>Nein: Spalten nummerieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First row is a header</source>
        <translation>Erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cell texts that mean "missing", separated by commas. %1 stands for an empty cell.</source>
        <translation>Zelltexte, die „fehlend“ bedeuten, durch Kommas getrennt. %1 steht für eine leere Zelle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decimal &amp;separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First row is a &amp;header:</source>
        <translation>Erste Zeile ist &amp;Kopfzeile:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Missing values:</source>
        <translation>&amp;Fehlende Werte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Separate with commas; %1 is an empty cell.</source>
        <translation>Durch Kommas trennen; %1 ist eine leere Zelle.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What to import</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Table or view</source>
        <translation>&amp;Tabelle oder Sicht</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table or view</source>
        <translation>Tabelle oder Sicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQL &amp;query</source>
        <translation>SQL-&amp;Abfrage</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Tables and views</source>
        <translation>Tabellen und Sichten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SELECT … FROM … WHERE …  (one read-only SELECT statement)</source>
        <translation>SELECT … FROM … WHERE …  (eine lesende SELECT-Anweisung)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 (view)</source>
        <translation>%1 (Sicht)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (1 row)</source>
        <translation>%1 (1 Zeile)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>SELECT * FROM %1 WHERE …  (one read-only SELECT statement)</source>
        <translation>SELECT * FROM %1 WHERE …  (eine lesende SELECT-Anweisung)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>the database holds no tables or views</source>
        <translation>die Datenbank enthält keine Tabellen oder Sichten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write a query, or choose another file.</source>
        <translation>Schreiben Sie eine Abfrage oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file cannot be read with these settings.</source>
        <translation>Mit diesen Einstellungen lässt sich die Datei nicht lesen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing to import: choose another table or correct the query as the message above says.</source>
        <translation>Nichts zu importieren: Wählen Sie eine andere Tabelle oder korrigieren Sie die Abfrage wie oben beschrieben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to import: change the options, or correct the file, as the message above says.</source>
        <translation>Nichts zu importieren: Ändern Sie die Optionen oder korrigieren Sie die Datei wie oben beschrieben.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n columns</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>its only row is shown</source>
        <translation>ihre einzige Zeile wird gezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>all %n rows are shown</source>
        <translation>
            <numerusform>die %n Zeile wird gezeigt</numerusform>
            <numerusform>alle %n Zeilen werden gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>preview of the first %1 of %2 rows</source>
        <translation>Vorschau der ersten %1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>preview of the first %1 rows</source>
        <translation>Vorschau der ersten %1 Zeilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ImportPreview</name>
    <message>
        <location filename="../ui/importpreview.cpp" line="+59" />
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location line="+9" />
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>semicolon-separated</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tab-separated</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pipe-separated</source>
        <translation>durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>separated by '%1'</source>
        <translation>durch „%1“ getrennt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 with byte order mark</source>
        <translation>%1 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+4" />
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <location line="+0" />
        <source>decimal point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no header row (columns are numbered)</source>
        <translation>keine Kopfzeile (Spalten werden nummeriert)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::LossChart</name>
    <message>
        <location filename="../ui/losschart.cpp" line="+134" />
        <source>Training losses per epoch</source>
        <translation>Trainingsverluste je Epoche</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Loss (generator's own units)</source>
        <translation>Verlust (Einheiten des Generators)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training loss chart</source>
        <translation>Diagramm der Trainingsverluste</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+117" />
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Supported data files (*.csv *.tsv *.tab *.txt *.sqlite *.sqlite3 *.db *.sas7bdat *.xpt *.dta *.sav *.zsav)</source>
        <translation>Unterstützte Datendateien (*.csv *.tsv *.tab *.txt *.sqlite *.sqlite3 *.db *.sas7bdat *.xpt *.dta *.sav *.zsav)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delimited text (*.csv *.tsv *.tab *.txt)</source>
        <translation>Text mit Trennzeichen (*.csv *.tsv *.tab *.txt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQLite databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SAS files (*.sas7bdat *.xpt)</source>
        <translation>SAS-Dateien (*.sas7bdat *.xpt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stata files (*.dta)</source>
        <translation>Stata-Dateien (*.dta)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SPSS files (*.sav *.zsav)</source>
        <translation>SPSS-Dateien (*.sav *.zsav)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+35" />
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 contains no tables or views to import.</source>
        <translation>%1 enthält keine Tabellen oder Sichten zum Importieren.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (view)</source>
        <translation>%1 (Sicht)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a Table</source>
        <translation>Tabelle wählen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables and views in %1:</source>
        <translation>Tabellen und Sichten in %1:</translation>
    </message>
    <message>
        <location line="+132" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo the last schema change</source>
        <translation>Letzte Schemaänderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Redo the last undone schema change</source>
        <translation>Letzte rückgängig gemachte Schemaänderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+66" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the built-in PBC trial data (418 patients)</source>
        <translation>Die eingebauten Daten der PBC-Studie öffnen (418 Patienten)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a CSV, TSV, SQLite, SAS, Stata or SPSS file</source>
        <translation>Eine CSV-, TSV-, SQLite-, SAS-, Stata- oder SPSS-Datei importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About SynthReg</source>
        <translation>Ü&amp;ber SynthReg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow the System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 mode</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 Threads</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generators can train on this GPU; choose the device in the Train mode.</source>
        <translation>Generatoren können auf dieser GPU trainieren; das Gerät wählen Sie im Modus Training.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No CUDA GPU found: generators train on the CPU.</source>
        <translation>Keine CUDA-GPU gefunden: Generatoren trainieren auf der CPU.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job progress</source>
        <translation>Fortschritt der Aufgabe</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+25" />
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Import in progress</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 — SynthReg</source>
        <translation>%1 — SynthReg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 rows × %2 columns</source>
        <translation>%1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SynthReg could not import %1.</source>
        <translation>SynthReg konnte %1 nicht importieren.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>About SynthReg</source>
        <translation>Über SynthReg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;SynthReg %1&lt;/h3&gt;&lt;p&gt;Turns clinical registry and trial extracts into privacy-preserving synthetic data, on this computer, without a network.&lt;/p&gt;&lt;p&gt;The demo data is the Mayo Clinic PBC trial data from the R package &lt;i&gt;survival&lt;/i&gt; (LGPL ≥ 2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SynthReg %1&lt;/h3&gt;&lt;p&gt;Macht aus Auszügen klinischer Register und Studien datenschutzwahrende synthetische Daten – auf diesem Computer, ohne Netzwerk.&lt;/p&gt;&lt;p&gt;Die Demodaten sind die PBC-Studiendaten der Mayo Clinic aus dem R-Paket &lt;i&gt;survival&lt;/i&gt; (LGPL ≥ 2).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::PrivacyView</name>
    <message>
        <location filename="../ui/privacyview.cpp" line="+73" />
        <source>Distance to the closest training row</source>
        <translation>Abstand zur nächsten Trainingszeile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Distance (standardised units)</source>
        <translation>Abstand (standardisierte Einheiten)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Share of rows (%)</source>
        <translation>Anteil der Zeilen (%)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Real holdout rows (new patients)</source>
        <translation>Reale Holdout-Zeilen (neue Patienten)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+107" />
        <source>Synthetic rows</source>
        <translation>Synthetische Zeilen</translation>
    </message>
    <message>
        <location line="-82" />
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Holdout rows (%)</source>
        <translation>Holdout-Zeilen (%)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synthetic rows (%)</source>
        <translation>Synthetische Zeilen (%)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Privacy needs real rows the generator never saw; this evaluation had no holdout.</source>
        <translation>Datenschutz braucht reale Zeilen, die der Generator nie gesehen hat; diese Bewertung hatte keinen Holdout.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Privacy verdict: %1</source>
        <translation>Datenschutz-Urteil: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Real rows</source>
        <translation>Reale Zeilen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Categories with fewer than %1 rows (small cells)</source>
        <translation>Kategorien mit weniger als %1 Zeilen (kleine Zellen)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Distances to the closest training row, synthetic and holdout</source>
        <translation>Abstände zur nächsten Trainingszeile, synthetisch und Holdout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy checks</source>
        <translation>Datenschutzprüfungen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ProjectSidebar</name>
    <message>
        <location filename="../ui/projectsidebar.cpp" line="+59" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synthetic sets</source>
        <translation>Synthetische Datensätze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 rows · %2</source>
        <translation>%1 Zeilen · %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, trained in %2 s</source>
        <translation>%1, trainiert in %2 s</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Quality %1 · %2</source>
        <translation>Qualität %1 · %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Import a file or the demo</source>
        <translation>Datei oder Demo importieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet (Train mode)</source>
        <translation>Noch keine (Modus Training)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None yet (Evaluate mode)</source>
        <translation>Noch keine (Modus Bewertung)</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ReleaseJob</name>
    <message>
        <location filename="../ui/releasejob.cpp" line="+40" />
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ReleaseMode</name>
    <message>
        <location filename="../ui/releasemode.cpp" line="+245" />
        <location line="+16" />
        <source>Checking the release …</source>
        <translation>Die Freigabe wird geprüft …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to release yet: train a generator (Train) or compare a synthetic file (Evaluate) first. The release is checked against that evaluation.</source>
        <translation>Noch nichts freizugeben: Trainieren Sie zuerst einen Generator (Trainieren) oder vergleichen Sie eine synthetische Datei (Bewerten). Die Freigabe wird anhand dieser Bewertung geprüft.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ready to release: every check passes.</source>
        <translation>Bereit zur Freigabe: Alle Prüfungen sind bestanden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blocked: a check failed. Fix what it explains and evaluate again, or write below why the data may be released anyway.</source>
        <translation>Gesperrt: Eine Prüfung ist nicht bestanden. Beheben Sie, was sie erklärt, und bewerten Sie erneut – oder begründen Sie unten, warum die Daten trotzdem freigegeben werden dürfen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready to release, with warnings: read them before you export.</source>
        <translation>Bereit zur Freigabe, mit Warnungen: Lesen Sie sie vor dem Export.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Leave out copies of real patients (%1 found)</source>
        <translation>Kopien realer Patienten weglassen (%1 gefunden)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Export release bundle</source>
        <translation>Freigabepaket exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Exporting: %1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Wrote %1: %2 synthetic rows; %3 copies of real rows left out. SHA-256 %4.</source>
        <translation>%1 geschrieben: %2 synthetische Zeilen; %3 Kopien realer Zeilen weggelassen. SHA-256 %4.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Exporting …</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+20" />
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="-19" />
        <source>SynthReg checks the synthetic table against disclosure rules before anything leaves the building, then writes one zip: the synthetic data, its dictionary, an HTML and PDF report with the figures, the privacy assessment, how it was made, a README, the licence and a SHA-256 manifest. The real data and the trained model never go in it.</source>
        <translation>SynthReg prüft die synthetische Tabelle gegen Offenlegungsregeln, bevor etwas das Haus verlässt, und schreibt dann ein Zip-Archiv: die synthetischen Daten, ihr Datenwörterbuch, einen HTML- und PDF-Bericht mit den Abbildungen, die Datenschutzbewertung, die Entstehung, eine README, die Lizenz und ein SHA-256-Manifest. Die realen Daten und das trainierte Modell kommen nie hinein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Why may it be released anyway? (at least %1 characters; recorded in the bundle's provenance and report)</source>
        <translation>&amp;Warum dürfen die Daten trotzdem freigegeben werden? (mindestens %1 Zeichen; wird in Herkunftsangaben und Bericht des Pakets festgehalten)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also include the table as &amp;SQLite</source>
        <translation>Tabelle zusätzlich als &amp;SQLite beilegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave out copies of real patients</source>
        <translation>Kopien realer Patienten weglassen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export bundle …</source>
        <translation>Paket &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writes the release bundle (a zip) where you choose.</source>
        <translation>Schreibt das Freigabepaket (ein Zip-Archiv) an einen Ort Ihrer Wahl.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stops the export; no zip is left behind.</source>
        <translation>Bricht den Export ab; es bleibt kein Zip-Archiv zurück.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File name of the synthetic table</source>
        <translation>Dateiname der synthetischen Tabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Release checks</source>
        <translation>Freigabeprüfungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Justification for releasing despite failed checks</source>
        <translation>Begründung für die Freigabe trotz nicht bestandener Prüfungen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaDelegate</name>
    <message>
        <location filename="../ui/schemadelegate.cpp" line="+40" />
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Missing values of %1</source>
        <translation>Fehlende Werte von %1</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaLinksEditor</name>
    <message>
        <location filename="../ui/schemalinkseditor.cpp" line="+33" />
        <source>censored</source>
        <translation>zensiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>competing</source>
        <translation>konkurrierend</translation>
    </message>
    <message>
        <location line="+109" />
        <location line="+2" />
        <source>Survival endpoints</source>
        <translation>Überlebensendpunkte</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event coding</source>
        <translation>Ereigniskodierung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name, e.g. OS</source>
        <translation>Name, z. B. OS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new endpoint</source>
        <translation>Name des neuen Endpunkts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time column of the new endpoint</source>
        <translation>Zeitspalte des neuen Endpunkts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up time until the event or censoring</source>
        <translation>Beobachtungszeit bis zum Ereignis oder zur Zensierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event column of the new endpoint</source>
        <translation>Ereignisspalte des neuen Endpunkts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whether the event happened, coded like 0 = censored, 1 = event</source>
        <translation>Ob das Ereignis eintrat, kodiert etwa als 0 = zensiert, 1 = Ereignis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the endpoint</source>
        <translation>Den Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Columns of the table</source>
        <translation>Spalten der Tabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One row per visit (longitudinal)</source>
        <translation>Eine Zeile pro Visite (longitudinal)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check when patients have several rows, one per visit</source>
        <translation>Ankreuzen, wenn Patienten mehrere Zeilen haben, eine pro Visite</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patient id:</source>
        <translation>Patienten-ID:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visit time:</source>
        <translation>Visitenzeit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patient id column</source>
        <translation>Spalte der Patienten-ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visit time column</source>
        <translation>Spalte der Visitenzeit</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Add endpoint %1</source>
        <translation>Endpunkt %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Set longitudinal keys %1, %2</source>
        <translation>Longitudinale Schlüssel %1, %2 setzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove longitudinal keys</source>
        <translation>Longitudinale Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaMode</name>
    <message>
        <location filename="../ui/schemamode.cpp" line="+133" />
        <source>Nothing imported yet.
Open the demo or import a file in the Data mode to see the schema SynthReg proposes for it.</source>
        <translation>Noch nichts importiert.
Öffnen Sie die Demo oder importieren Sie eine Datei im Modus Daten, um das von SynthReg vorgeschlagene Schema zu sehen.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Proposed schema</source>
        <translation>Vorgeschlagenes Schema</translation>
    </message>
    <message>
        <location line="-3" />
        <source>SynthReg proposed a role and a way to handle missing values for each of the %1 columns of %2. Check them before training: double-click a role or a missing-value cell to change it.</source>
        <translation>SynthReg hat für jede der %1 Spalten von %2 eine Rolle und einen Umgang mit fehlenden Werten vorgeschlagen. Prüfen Sie sie vor dem Training: Doppelklicken Sie auf eine Rolle oder eine Zelle für fehlende Werte, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Role colours</source>
        <translation>Rollenfarben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the last schema change</source>
        <translation>Letzte Schemaänderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo the last undone schema change</source>
        <translation>Letzte rückgängig gemachte Schemaänderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import Schema…</source>
        <translation>Schema importieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a schema</source>
        <translation>Ein Schema importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace the roles and links with a saved SynthReg schema or SDV metadata</source>
        <translation>Rollen und Verknüpfungen durch ein gespeichertes SynthReg-Schema oder SDV-Metadaten ersetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Schema…</source>
        <translation>Schema exportieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the schema</source>
        <translation>Das Schema exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save this schema as SynthReg schema JSON or SDV metadata</source>
        <translation>Dieses Schema als SynthReg-Schema-JSON oder SDV-Metadaten speichern</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Import schema from %1</source>
        <translation>Schema aus %1 importieren</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Import Schema</source>
        <translation>Schema importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SynthReg schema or SDV metadata (*.json)</source>
        <translation>SynthReg-Schema oder SDV-Metadaten (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Schema Not Imported</source>
        <translation>Schema nicht importiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not fit the data, so the schema was left as it was.</source>
        <translation>%1 passt nicht zu den Daten, daher wurde das Schema nicht verändert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>SynthReg schema (*.json)</source>
        <translation>SynthReg-Schema (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SDV metadata (*.json)</source>
        <translation>SDV-Metadaten (*.json)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export Schema</source>
        <translation>Schema exportieren</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Schema Not Exported</source>
        <translation>Schema nicht exportiert</translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 finding about this table.</source>
        <translation>1 Befund zu dieser Tabelle.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 findings about this table.</source>
        <translation>%1 Befunde zu dieser Tabelle.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SchemaModel</name>
    <message>
        <location filename="../ui/schemamodel.cpp" line="+84" />
        <source>%1 (%2 role)</source>
        <translation>%1 (Rollengruppe %2)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 of %2 values missing</source>
        <translation>%1 von %2 Werten fehlen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing %</source>
        <translation>Fehlend %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason / warnings</source>
        <translation>Begründung / Warnungen</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::ScorecardWidget</name>
    <message>
        <location filename="../ui/scorecardwidget.cpp" line="+157" />
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poor</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+124" />
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <location line="-100" />
        <source>Fidelity</source>
        <translation>Treue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survival endpoints</source>
        <translation>Überlebensendpunkte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to look at</source>
        <translation>Worauf zu achten ist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column shapes</source>
        <translation>Spaltenverteilungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column pair trends</source>
        <translation>Spaltenpaar-Zusammenhänge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exact copies</source>
        <translation>Exakte Kopien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leakage coefficient</source>
        <translation>Leckage-Koeffizient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership inference AUC</source>
        <translation>AUC der Mitgliedschaftsinferenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closer to training rows</source>
        <translation>Näher an Trainingszeilen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The same score for the real holdout against the real training rows: what real data reach.</source>
        <translation>Derselbe Wert für den echten Holdout gegen die echten Trainingszeilen: was echte Daten erreichen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The mean of the column shapes and column pair trends scores: 1 means the synthetic data match the real training rows.</source>
        <translation>Mittel aus Spaltenverteilungen und Spaltenpaar-Zusammenhängen: 1 heißt, die synthetischen Daten entsprechen den echten Trainingszeilen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How closely each column's distribution matches the real one (1 − KS statistic or 1 − total variation distance), averaged.</source>
        <translation>Wie genau die Verteilung jeder Spalte der echten entspricht (1 − KS-Statistik oder 1 − Totalvariationsabstand), gemittelt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How closely the correlations and contingency tables of column pairs match the real ones, averaged.</source>
        <translation>Wie genau Korrelationen und Kontingenztafeln der Spaltenpaare den echten entsprechen, gemittelt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The columns whose distributions differ most from the real training rows.</source>
        <translation>Die Spalten, deren Verteilungen am stärksten von den echten Trainingszeilen abweichen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Synthetic rows identical to a real training row: each one discloses a real patient.</source>
        <translation>Synthetische Zeilen, die einer echten Trainingszeile gleichen: Jede legt einen echten Patienten offen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How much closer synthetic rows sit to the training patients than to unseen ones; above 0.05 is a leak.</source>
        <translation>Wie viel näher synthetische Zeilen an den Trainingspatienten liegen als an ungesehenen; über 0,05 ist ein Leck.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How well an attacker tells training patients from unseen ones by their distance to synthetic rows; 0.5 is guessing.</source>
        <translation>Wie gut ein Angreifer Trainingspatienten über ihren Abstand zu synthetischen Zeilen von ungesehenen unterscheidet; 0,5 ist Raten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of synthetic rows closer to a training row than to a holdout row, against the share an honest generator reaches.</source>
        <translation>Anteil synthetischer Zeilen, die näher an einer Trainings- als an einer Holdout-Zeile liegen, verglichen mit dem Anteil eines ehrlichen Generators.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kaplan-Meier medians of the real and synthetic data, the log-rank test between them and the mean gap between the curves.</source>
        <translation>Kaplan-Meier-Mediane der echten und synthetischen Daten, der Log-Rank-Test zwischen ihnen und der mittlere Abstand der Kurven.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Findings a data steward should read before any release.</source>
        <translation>Befunde, die Datenverantwortliche vor jeder Freigabe lesen sollten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Weakest columns</source>
        <translation>Schwächste Spalten</translation>
    </message>
    <message>
        <location line="+21" />
        <source>real holdout: %1</source>
        <translation>echter Holdout: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (%2, missing %3 → %4)</source>
        <translation>%1 (%2, fehlend %3 → %4)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Weakest columns: %1</source>
        <translation>Schwächste Spalten: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Privacy needs real rows the generator never saw; this evaluation had no holdout.</source>
        <translation>Datenschutz braucht echte Zeilen, die der Generator nie gesehen hat; diese Bewertung hatte keinen Holdout.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copies found</source>
        <translation>Kopien gefunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>of %1 synthetic rows</source>
        <translation>von %1 synthetischen Zeilen</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Near the limit</source>
        <translation>Nahe der Grenze</translation>
    </message>
    <message>
        <location line="-1" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16" />
        <source>limit %1; real data: %2</source>
        <translation>Grenze %1; echte Daten: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>0.50 is ideal; above 0.60 is flagged</source>
        <translation>0,50 ist ideal; über 0,60 wird markiert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ideal %1</source>
        <translation>ideal %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: not evaluated (%2)</source>
        <translation>%1: nicht bewertet (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: median %2 real vs %3 synthetic; log-rank p = %4; KM divergence %5, optimism %6</source>
        <translation>%1: Median %2 echt gegenüber %3 synthetisch; Log-Rank p = %4; KM-Abweichung %5, Optimismus %6</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing stands out.</source>
        <translation>Nichts fällt auf.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::StartPage</name>
    <message>
        <location filename="../ui/startpage.cpp" line="+75" />
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Welcome to SynthReg</source>
        <translation>Willkommen bei SynthReg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn a registry or trial extract into synthetic data you can share, with the evidence your governance board needs.</source>
        <translation>Machen Sie aus einem Register- oder Studienauszug synthetische Daten, die Sie weitergeben können – mit den Nachweisen, die Ihr Gremium braucht.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>Open demo project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Primary biliary cholangitis trial, Mayo Clinic: 418 patients, survival endpoint, missing values. Built in.</source>
        <translation>Studie zur primär biliären Cholangitis, Mayo Clinic: 418 Patienten, Überlebensendpunkt, fehlende Werte. Eingebaut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import file…</source>
        <translation>Datei importieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV or TSV, a SQLite table, or a SAS, Stata or SPSS file.</source>
        <translation>CSV oder TSV, eine SQLite-Tabelle oder eine SAS-, Stata- oder SPSS-Datei.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your data stays on this computer. SynthReg opens source files read-only and never changes them.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. SynthReg öffnet Quelldateien nur lesend und verändert sie nie.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::SurvivalView</name>
    <message>
        <location filename="../ui/survivalview.cpp" line="+54" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No survival endpoint: mark a time column and its event column in the Schema mode.</source>
        <translation>Kein Überlebensendpunkt: Markieren Sie im Schema-Modus eine Zeitspalte und ihre Ereignisspalte.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (95% CI %2 to %3)</source>
        <translation>%1 (95-%-KI %2 bis %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not evaluated: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median survival: real %1, synthetic %2.</source>
        <translation>Medianes Überleben: real %1, synthetisch %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log-rank test, real against synthetic: p = %1 (a small p means the curves differ). Mean absolute gap between the curves: %2.</source>
        <translation>Log-Rank-Test, real gegen synthetisch: p = %1 (ein kleines p heißt, die Kurven unterscheiden sich). Mittlerer absoluter Abstand der Kurven: %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Numbers at risk</source>
        <translation>Anzahl unter Risiko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers at risk, real and synthetic</source>
        <translation>Anzahl unter Risiko, real und synthetisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survival endpoint</source>
        <translation>Überlebensendpunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kaplan-Meier curves, real and synthetic</source>
        <translation>Kaplan-Meier-Kurven, real und synthetisch</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::TableModel</name>
    <message>
        <location filename="../ui/tablemodel.cpp" line="+13" />
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+2" />
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::TrainMode</name>
    <message>
        <location filename="../ui/trainmode.cpp" line="+8" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+150" />
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Preparing the data …</source>
        <translation>Daten werden vorbereitet …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training: preparing the data …</source>
        <translation>Training: Daten werden vorbereitet …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Generating synthetic rows …</source>
        <translation>Synthetische Zeilen werden erzeugt …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training was cancelled.</source>
        <translation>Das Training wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> · %1 rows/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message>
        <location line="+2" />
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Best quality check so far: %1 at epoch %2. Training ends with that epoch&apos;s weights unless a later check scores higher.</source>
        <translation>Beste Qualitätsprüfung bisher: %1 in Epoche %2. Das Training endet mit den Gewichten dieser Epoche, sofern keine spätere Prüfung besser abschneidet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, seed %2</source>
        <translation>%1, Seed %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done in %1: %2 synthetic rows.</source>
        <translation>Fertig in %1: %2 synthetische Zeilen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The synthetic rows are being evaluated against the real data: see the Evaluate mode.</source>
        <translation>Die synthetischen Zeilen werden mit den echten Daten verglichen: siehe Modus Bewertung.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kept epoch %1 of %2, the best of the quality checks (%3). </source>
        <translation>Behalten: Epoche %1 von %2, die beste der Qualitätsprüfungen (%3). </translation>
    </message>
    <message>
        <location line="+1" />
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Open a data file first (Data mode).</source>
        <translation>Öffnen Sie zuerst eine Datendatei (Modus Daten).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Train a generator</source>
        <translation>Einen Generator trainieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The generator learns from the training rows (80 % of the data) and never sees the 20 % held out for the privacy check. Training runs in the background; you can cancel it at any moment.</source>
        <translation>Der Generator lernt aus den Trainingszeilen (80 % der Daten) und sieht die für die Datenschutzprüfung zurückgehaltenen 20 % nie. Das Training läuft im Hintergrund; Sie können es jederzeit abbrechen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Generator:</source>
        <translation>&amp;Generator:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fast — a quarter of the default epochs, for a first look</source>
        <translation>Schnell — ein Viertel der üblichen Epochen, für einen ersten Blick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced — the default epochs</source>
        <translation>Ausgewogen — die üblichen Epochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Best — three times the default epochs</source>
        <translation>Beste — dreimal so viele Epochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Seed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same seed on the same device gives the same synthetic data.</source>
        <translation>Derselbe Seed auf demselben Gerät ergibt dieselben synthetischen Daten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;advanced settings</source>
        <translation>&amp;Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs in this session</source>
        <translation>Läufe in dieser Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+5" />
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel training</source>
        <translation>Training abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::TrainingJob</name>
    <message>
        <location filename="../ui/trainingjob.cpp" line="+37" />
        <source>The model trained, but generating rows failed: %1</source>
        <translation>Das Modell wurde trainiert, aber das Erzeugen der Zeilen schlug fehl: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Training stopped with an internal error: %1</source>
        <translation>Das Training wurde durch einen internen Fehler beendet: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training stopped with an unknown internal error.</source>
        <translation>Das Training wurde durch einen unbekannten internen Fehler beendet.</translation>
    </message>
</context>
<context>
    <name>synthreg::gui::WarningPanel</name>
    <message>
        <location filename="../ui/warningpanel.cpp" line="+97" />
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide warning details</source>
        <translation>Warnungsdetails ausblenden</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show warning details</source>
        <translation>Warnungsdetails anzeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss warnings</source>
        <translation>Warnungen schließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
</TS>